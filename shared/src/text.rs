//! Vietnamese text normalisation.
//!
//! Stored text is NFC: some keyboards and operating systems send NFD (a base letter followed by
//! combining marks), and the same word in two forms would otherwise fail to compare equal.
//! The search key folds everything a searcher may or may not type: tone and vowel marks, case,
//! `đ`, and runs of white space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` safe inside HTML text and double-quoted attributes (for the few pages the server
/// writes itself, outside the UI's templates).
pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The canonical stored form of user text: Unicode NFC with surrounding white space trimmed.
/// A person's name as a public list may show it: each word's first letter and a dot
/// ("Nguyễn Văn An" → "N. V. A."), so that a board of dossiers says whose it is to its owner and
/// to nobody else.
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect::<Vec<_>>().join(" ")
}

pub fn nfc(s: &str) -> String {
    s.trim().nfc().collect()
}

/// The text without tone and vowel marks, `đ` as `d`, case kept: "Phí lý lịch" → "Phi ly lich"
/// (for systems that take ASCII only, such as a payment gateway's order description).
pub fn strip_marks(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// The accent- and case-insensitive key used for matching.
///
/// "Cấp Giấy phép  XÂY DỰNG" → "cap giay phep xay dung". `đ`/`Đ` have no Unicode
/// decomposition, so they are mapped by hand. Because every mark is removed, old and new tone
/// placement ("hoà" / "hòa", "thuỷ" / "thủy") fold to the same key.
pub fn search_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Words of a search key, keeping only letters, digits and the dots of procedure codes.
/// Punctuation becomes a separator, so "giấy phép, xây-dựng" gives four words.
pub fn key_words(key: &str) -> Vec<String> {
    key.split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_name_on_a_public_list_is_its_initials() {
        assert_eq!(initials("Nguyễn Văn An"), "N. V. A.");
        assert_eq!(initials("  Đinh   Thị  "), "Đ. T.");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn folds_marks_case_and_d() {
        assert_eq!(search_key("Cấp giấy phép xây dựng"), "cap giay phep xay dung");
        assert_eq!(search_key("GIẤY PHÉP XÂY DỰNG"), "giay phep xay dung");
        assert_eq!(search_key("Đăng ký đất đai"), "dang ky dat dai");
    }

    #[test]
    fn old_and_new_tone_placement_are_equal() {
        assert_eq!(search_key("Hoà Bình"), search_key("Hòa Bình"));
        assert_eq!(search_key("thuỷ lợi"), search_key("thủy lợi"));
        assert_eq!(search_key("khoá"), search_key("khóa"));
    }

    #[test]
    fn nfd_input_matches_nfc() {
        let nfd: String = "Chứng thực".nfd().collect();
        assert_ne!(nfd, "Chứng thực");
        assert_eq!(search_key(&nfd), search_key("Chứng thực"));
        assert_eq!(nfc(&nfd), "Chứng thực");
    }

    #[test]
    fn collapses_white_space() {
        assert_eq!(search_key("  khai \t\n sinh  "), "khai sinh");
    }

    #[test]
    fn words_keep_procedure_codes() {
        assert_eq!(key_words("1.001193, khai-sinh."), vec!["1.001193", "khai", "sinh"]);
    }

    proptest! {
        #[test]
        fn key_is_idempotent(s in "\\PC{0,40}") {
            let once = search_key(&s);
            prop_assert_eq!(search_key(&once), once.clone());
        }

        #[test]
        fn key_has_no_marks_or_upper_case(s in "[a-zA-ZàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ ]{0,40}") {
            let key = search_key(&s);
            prop_assert!(key.chars().all(|c| c.is_ascii_lowercase() || c == ' '), "{}", key);
        }
    }
}
