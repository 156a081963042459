//! Money in Vietnamese đồng. The đồng has no minor unit, so amounts are whole `i64` đồng and are
//! never floats.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Vnd(pub i64);

impl Vnd {
    pub const ZERO: Vnd = Vnd(0);

    /// Display form used on Vietnamese pages and forms: `.` groups thousands, then ` đ`.
    pub fn display(self) -> String {
        let digits = self.0.unsigned_abs().to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push('.');
            }
            grouped.push(c);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}{grouped} đ")
    }
}

/// Digits as read aloud.
const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
/// The name of each group of three digits, from the units up.
const SCALES: [&str; 7] = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"];

impl Vnd {
    /// The amount in words, as a receipt writes it ("Năm mươi nghìn đồng"): groups of three
    /// digits read with "linh" for a zero ten, "mốt" and "lăm" for a one and a five after a ten,
    /// and a group inside the number read in full ("không trăm linh năm").
    pub fn in_words(self) -> String {
        let negative = self.0 < 0;
        let mut rest = self.0.unsigned_abs();
        let mut groups = Vec::new();
        while rest > 0 {
            groups.push((rest % 1000) as usize);
            rest /= 1000;
        }
        let mut words: Vec<String> = Vec::new();
        for (scale, group) in groups.iter().enumerate().rev() {
            if *group == 0 {
                continue;
            }
            let leading = scale + 1 == groups.len();
            words.push(read_group(*group, !leading));
            if !SCALES[scale].is_empty() {
                words.push(SCALES[scale].to_owned());
            }
        }
        if words.is_empty() {
            words.push(DIGITS[0].to_owned());
        }
        let text = format!("{}{} đồng", if negative { "âm " } else { "" }, words.join(" "));
        let mut chars = text.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// One group of three digits (1–999); `full` reads its hundreds even when they are zero.
fn read_group(n: usize, full: bool) -> String {
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    let mut out: Vec<&str> = Vec::new();
    if h > 0 || full {
        out.extend([DIGITS[h], "trăm"]);
    }
    match t {
        0 if u > 0 && !out.is_empty() => out.push("linh"),
        0 => {}
        1 => out.push("mười"),
        _ => out.extend([DIGITS[t], "mươi"]),
    }
    match u {
        0 => {}
        1 if t >= 2 => out.push("mốt"),
        5 if t >= 1 => out.push("lăm"),
        _ => out.push(DIGITS[u]),
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(Vnd(0).display(), "0 đ");
        assert_eq!(Vnd(8_000).display(), "8.000 đ");
        assert_eq!(Vnd(200_000).display(), "200.000 đ");
        assert_eq!(Vnd(1_234_567).display(), "1.234.567 đ");
        assert_eq!(Vnd(-50_000).display(), "-50.000 đ");
    }

    #[test]
    fn amounts_read_as_a_receipt_writes_them() {
        let cases = [
            (0, "Không đồng"),
            (15, "Mười lăm đồng"),
            (21, "Hai mươi mốt đồng"),
            (105, "Một trăm linh năm đồng"),
            (50_000, "Năm mươi nghìn đồng"),
            (200_000, "Hai trăm nghìn đồng"),
            (1_205_000, "Một triệu hai trăm linh năm nghìn đồng"),
            (1_000_005, "Một triệu không trăm linh năm đồng"),
            (2_015_000_000, "Hai tỷ không trăm mười lăm triệu đồng"),
            (310_000, "Ba trăm mười nghìn đồng"),
        ];
        for (amount, words) in cases {
            assert_eq!(Vnd(amount).in_words(), words, "{amount}");
        }
    }
}
