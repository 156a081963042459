//! Ranking of catalog search results.
//!
//! The database narrows the candidates with the folded key (every query word must occur in it);
//! this module decides the order, the same way on every backend. Best first:
//! the exact procedure code; the name equal to the query; the name starting with it; the name
//! containing the phrase; every word found in the name; every word found anywhere else (field,
//! agency, abbreviations). Among equals, a name that also matches with the accents as typed
//! wins, then the shorter name.

use crate::text::{key_words, search_key};
use unicode_normalization::UnicodeNormalization;

/// A parsed search text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    key: String,
    words: Vec<String>,
    accented: String,
}

/// What the ranking needs to know about one procedure.
pub struct Candidate<'a> {
    pub code: &'a str,
    pub name: &'a str,
    /// Folded key of everything else searchable: field, agency, abbreviations.
    pub other_key: &'a str,
}

impl SearchQuery {
    /// `None` when the text holds nothing searchable (only punctuation or spaces).
    pub fn parse(text: &str) -> Option<Self> {
        let key = search_key(text);
        let words = key_words(&key);
        if words.is_empty() {
            return None;
        }
        let accented = text.nfc().collect::<String>().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        Some(Self { key: words.join(" "), words, accented })
    }

    /// The words the database must find (each as a substring of the folded key).
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Higher is better; `None` when the candidate does not match every word.
    pub fn score(&self, c: &Candidate<'_>) -> Option<u32> {
        self.score_folded(c, &Folded::of(c))
    }

    /// `score` with the candidate's folded forms computed beforehand (a catalog kept in memory
    /// folds each name once, not once per query: folding was the largest cost of a search).
    pub fn score_folded(&self, c: &Candidate<'_>, folded: &Folded) -> Option<u32> {
        let name_key = &folded.name_key;
        let name_words: Vec<&str> = name_key.split(' ').collect();
        let other_words = &folded.other_words;
        let in_name = |w: &String| name_words.iter().any(|n| n.starts_with(w.as_str()));
        let in_other =
            |w: &String| other_words.iter().any(|n| n.starts_with(w.as_str())) || c.code.starts_with(w.as_str());

        let base = if self.words.len() == 1 && self.words[0] == c.code {
            1000
        } else if *name_key == self.key {
            900
        } else if name_key.starts_with(&self.key) {
            800
        } else if contains_phrase(name_key, &self.key) {
            700
        } else if self.words.iter().all(in_name) {
            500
        } else if self.words.iter().all(|w| in_name(w) || in_other(w)) {
            300
        } else {
            return None;
        };
        let accent_bonus = if folded.name_lower.contains(&self.accented) { 50 } else { 0 };
        Some(base + accent_bonus)
    }
}

/// The phrase occurs at a word boundary (so "sinh" does not match inside "khaisinh").
/// What scoring needs of a candidate, folded once.
#[derive(Clone, Debug)]
pub struct Folded {
    /// The name's key words, space-joined.
    name_key: String,
    /// The name in NFC, lower case (for the bonus of typed accents).
    name_lower: String,
    other_words: Vec<String>,
}

impl Folded {
    pub fn of(c: &Candidate<'_>) -> Self {
        Self {
            name_key: key_words(&search_key(c.name)).join(" "),
            name_lower: c.name.nfc().collect::<String>().to_lowercase(),
            other_words: key_words(c.other_key),
        }
    }
}

fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(i, _)| i == 0 || haystack.as_bytes()[i - 1] == b' ')
}

/// Sorts `(score, name, code)` triples best first, with stable tie-breaks.
pub fn order_key(score: u32, name: &str, code: &str) -> (std::cmp::Reverse<u32>, usize, String) {
    (std::cmp::Reverse(score), name.chars().count(), code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PERMIT: (&str, &str) =
        ("1.009999", "Cấp giấy phép xây dựng đối với công trình không theo tuyến, nhà ở riêng lẻ");
    const MOVE: (&str, &str) = ("1.009998", "Cấp giấy phép di dời công trình xây dựng");
    const BIRTH: (&str, &str) = ("1.001193", "Đăng ký khai sinh");

    fn rank(q: &str, list: &[(&str, &str)]) -> Vec<String> {
        let q = SearchQuery::parse(q).unwrap();
        let mut scored: Vec<_> = list
            .iter()
            .filter_map(|(code, name)| {
                q.score(&Candidate { code, name, other_key: "" }).map(|s| (order_key(s, name, code), code.to_string()))
            })
            .collect();
        scored.sort();
        scored.into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn unaccented_and_upper_case_find_the_permit_first() {
        let list = [MOVE, BIRTH, PERMIT];
        assert_eq!(rank("cap giay phep xay dung", &list)[0], PERMIT.0);
        assert_eq!(rank("GIẤY PHÉP XÂY DỰNG", &list)[0], PERMIT.0);
    }

    #[test]
    fn code_is_found_exactly() {
        assert_eq!(rank("1.001193", &[PERMIT, BIRTH]), vec![BIRTH.0]);
    }

    #[test]
    fn every_word_must_match() {
        assert!(rank("khai sinh xây", &[BIRTH]).is_empty());
        assert_eq!(rank("dang ky khai", &[BIRTH]), vec![BIRTH.0]);
    }

    #[test]
    fn words_match_as_prefixes_of_words() {
        assert_eq!(rank("khai", &[BIRTH]), vec![BIRTH.0]);
        assert!(rank("hai", &[BIRTH]).is_empty());
    }

    #[test]
    fn punctuation_only_is_not_a_query() {
        assert_eq!(SearchQuery::parse(" ,;- "), None);
    }

    #[test]
    fn typed_accents_rank_higher() {
        let q = SearchQuery::parse("hòa giải").unwrap();
        let exact = q.score(&Candidate { code: "1.000001", name: "Hòa giải", other_key: "" }).unwrap();
        let other = q.score(&Candidate { code: "1.000002", name: "Hoà giải", other_key: "" }).unwrap();
        assert!(exact > other);
        assert!(other >= 900, "old tone placement still matches as the same name");
    }
}
