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
}
