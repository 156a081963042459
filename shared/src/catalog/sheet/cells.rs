//! The grammar of one cell of the catalog spreadsheet (see `docs/CATALOG-SPREADSHEET.md`).
//!
//! A cell holding a list has one item per line (blank lines ignored). An item with parts is
//! written `main | nhãn: giá trị | cờ`: its main value first, then labelled parts in any order
//! and bare flags. Inside an item `\|` is a bar, `\n` a line break and `\\` a backslash, so any
//! text survives an export and an import unchanged.

use crate::catalog::{Channel, FeeKind, ImplementingLevel, OnlineLevel, TargetSubject, TimeLimit, TimeUnit};
use crate::money::Vnd;
use crate::payment::FeeDue;
use crate::text::search_key;

/// The items of a list cell: its non-blank lines, each still escaped.
pub fn items(cell: &str) -> Vec<&str> {
    cell.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// `text` with its escapes undone.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('|') => out.push('|'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            // Any other backslash is the text's own.
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// `text` as one item of a list cell whose items have no parts (a bar needs no escape there).
pub fn escape_line(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

/// `text` as one part of an item with parts.
pub fn escape_part(text: &str) -> String {
    escape_line(text).replace('|', "\\|")
}

/// One item with parts, split at its unescaped bars.
pub struct Item {
    pub main: String,
    /// `(label as typed, value)`, in the order written.
    pub labelled: Vec<(String, String)>,
    pub flags: Vec<String>,
}

impl Item {
    pub fn parse(line: &str) -> Item {
        let mut parts = Vec::new();
        let mut current = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    current.push(c);
                    if let Some(next) = chars.next() {
                        current.push(next);
                    }
                }
                '|' => parts.push(std::mem::take(&mut current)),
                c => current.push(c),
            }
        }
        parts.push(current);
        let mut parts = parts.into_iter().map(|p| p.trim().to_owned());
        let main = unescape(&parts.next().unwrap_or_default());
        let (mut labelled, mut flags) = (Vec::new(), Vec::new());
        for part in parts.filter(|p| !p.is_empty()) {
            match part.split_once(':') {
                Some((label, value)) => labelled.push((label.trim().to_owned(), unescape(value.trim()))),
                None => flags.push(unescape(&part)),
            }
        }
        Item { main, labelled, flags }
    }

    /// The value labelled `label` (compared without marks or case), taken out of the item so
    /// that what is left over can be reported as unknown.
    pub fn take(&mut self, label: &str) -> Option<String> {
        let at = self.labelled.iter().position(|(l, _)| search_key(l) == search_key(label))?;
        Some(self.labelled.remove(at).1).filter(|v| !v.is_empty())
    }

    /// Whether the flag `flag` is set (and takes it out).
    pub fn flag(&mut self, flag: &str) -> bool {
        let at = self.flags.iter().position(|f| search_key(f) == search_key(flag));
        at.map(|i| self.flags.remove(i)).is_some()
    }

    /// The first label or flag no one took.
    pub fn leftover(&self) -> Option<String> {
        self.labelled.first().map(|(l, _)| l.clone()).or_else(|| self.flags.first().cloned())
    }
}

/// An item written back: `main | label: value | flag`, empty parts left out.
pub fn write_item(main: &str, labelled: &[(&str, Option<String>)], flags: &[&str]) -> String {
    let mut out = escape_part(main);
    for (label, value) in labelled {
        if let Some(value) = value {
            out.push_str(&format!(" | {label}: {}", escape_part(value)));
        }
    }
    for flag in flags {
        out.push_str(&format!(" | {flag}"));
    }
    out
}

/// A vocabulary: the words written for each value, and more words read as it.
pub struct Words<T: 'static> {
    pub written: &'static [(T, &'static str)],
    pub also: &'static [(T, &'static str)],
}

impl<T: Copy + PartialEq> Words<T> {
    pub fn read(&self, text: &str) -> Option<T> {
        let key = search_key(text);
        self.written.iter().chain(self.also).find(|(_, w)| search_key(w) == key).map(|(v, _)| *v)
    }

    pub fn write(&self, value: T) -> &'static str {
        self.written.iter().find(|(v, _)| *v == value).map_or("", |(_, w)| w)
    }
}

pub const LEVELS: Words<ImplementingLevel> = Words {
    written: &[(ImplementingLevel::Province, "Cấp tỉnh"), (ImplementingLevel::Commune, "Cấp xã")],
    also: &[
        (ImplementingLevel::Province, "Tỉnh"),
        (ImplementingLevel::Province, "province"),
        (ImplementingLevel::Commune, "Xã"),
        (ImplementingLevel::Commune, "commune"),
    ],
};

pub const CHANNELS: Words<Channel> = Words {
    written: &[(Channel::Direct, "Trực tiếp"), (Channel::Online, "Trực tuyến"), (Channel::Postal, "Dịch vụ bưu chính")],
    also: &[
        (Channel::Direct, "direct"),
        (Channel::Online, "online"),
        (Channel::Postal, "Bưu chính"),
        (Channel::Postal, "postal"),
    ],
};

pub const SUBJECTS: Words<TargetSubject> = Words {
    written: &[
        (TargetSubject::Citizen, "Công dân Việt Nam"),
        (TargetSubject::Foreigner, "Người nước ngoài"),
        (TargetSubject::Organization, "Tổ chức, doanh nghiệp"),
    ],
    also: &[
        (TargetSubject::Citizen, "Công dân"),
        (TargetSubject::Citizen, "citizen"),
        (TargetSubject::Foreigner, "foreigner"),
        (TargetSubject::Organization, "Tổ chức"),
        (TargetSubject::Organization, "Doanh nghiệp"),
        (TargetSubject::Organization, "organization"),
    ],
};

pub const ONLINE_LEVELS: Words<OnlineLevel> = Words {
    written: &[(OnlineLevel::None, "Không"), (OnlineLevel::Partial, "Một phần"), (OnlineLevel::Full, "Toàn trình")],
    also: &[
        (OnlineLevel::None, "none"),
        (OnlineLevel::Partial, "partial"),
        (OnlineLevel::Partial, "Dịch vụ công trực tuyến một phần"),
        (OnlineLevel::Full, "full"),
        (OnlineLevel::Full, "Dịch vụ công trực tuyến toàn trình"),
    ],
};

pub const FEE_KINDS: Words<FeeKind> = Words {
    written: &[(FeeKind::Fee, "Phí"), (FeeKind::Charge, "Lệ phí")],
    also: &[(FeeKind::Fee, "fee"), (FeeKind::Charge, "charge")],
};

pub const FEE_DUE: Words<FeeDue> = Words {
    written: &[(FeeDue::AtSubmission, "Khi nộp hồ sơ"), (FeeDue::BeforeResult, "Trước khi nhận kết quả")],
    also: &[(FeeDue::AtSubmission, "submission"), (FeeDue::BeforeResult, "result")],
};

pub const YES_NO: Words<bool> = Words {
    written: &[(true, "Có"), (false, "Không")],
    also: &[(true, "x"), (true, "yes"), (true, "1"), (false, "no"), (false, "0")],
};

const TIME_UNITS: Words<TimeUnit> = Words {
    written: &[
        (TimeUnit::WorkingDays, "ngày làm việc"),
        (TimeUnit::CalendarDays, "ngày"),
        (TimeUnit::Hours, "giờ"),
        (TimeUnit::Months, "tháng"),
    ],
    also: &[(TimeUnit::CalendarDays, "ngày lịch"), (TimeUnit::Hours, "giờ làm việc")],
};

/// The national database's words for a same-day procedure (zero working days).
const SAME_DAY: &str = "Trong ngày";

/// `15 ngày làm việc`, `10 ngày` (calendar), `8 giờ`, `2 tháng` or `Trong ngày`.
pub fn time_limit(text: &str) -> Option<TimeLimit> {
    if search_key(text) == search_key(SAME_DAY) {
        return Some(TimeLimit { value: 0, unit: TimeUnit::WorkingDays });
    }
    let text = text.trim();
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let value = text[..digits].parse().ok()?;
    Some(TimeLimit { value, unit: TIME_UNITS.read(&text[digits..])? })
}

pub fn write_time_limit(limit: TimeLimit) -> String {
    if limit.is_same_day() { SAME_DAY.to_owned() } else { format!("{} {}", limit.value, TIME_UNITS.write(limit.unit)) }
}

/// An amount of đồng as people write it: `50.000 đồng`, `50,000 đ`, `50000`, `Miễn phí`.
pub fn money(text: &str) -> Option<Vnd> {
    let key = search_key(text);
    if key == "mien phi" || key == "khong thu" {
        return Some(Vnd::ZERO);
    }
    let number = ["vnđ", "vnd", "đồng", "đ"].iter().fold(text.trim().to_lowercase(), |t, unit| {
        t.strip_suffix(unit).map(str::trim_end).map(str::to_owned).unwrap_or(t)
    });
    let digits: String = number.chars().filter(|c| !matches!(c, '.' | ',' | ' ')).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(Vnd)
}

/// `50.000 đồng`.
pub fn write_money(amount: Vnd) -> String {
    amount.display().replace(" đ", " đồng")
}

/// A date written `dd/mm/yyyy` (as Vietnamese documents do) or ISO `yyyy-mm-dd`, as ISO.
pub fn date(text: &str) -> Option<String> {
    let text = text.trim();
    let parsed = chrono::NaiveDate::parse_from_str(text, "%d/%m/%Y")
        .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d"))
        .ok()?;
    Some(parsed.format("%Y-%m-%d").to_string())
}

/// An ISO date as `dd/mm/yyyy` (kept as it is when it is not one).
pub fn write_date(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map_or_else(|_| iso.to_owned(), |d| d.format("%d/%m/%Y").to_string())
}

/// A procedure code as a spreadsheet may have turned it: a cell typed `1.000890` is stored as
/// the number 1.00089, so a code with fewer than six decimals gets its trailing zeros back.
pub fn procedure_code(text: &str) -> String {
    let text = text.trim();
    match text.split_once('.') {
        Some((head, tail))
            if head.len() == 1
                && !tail.is_empty()
                && tail.len() < 6
                && text.chars().all(|c| c.is_ascii_digit() || c == '.') =>
        {
            format!("{head}.{tail:0<6}")
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_splits_at_unescaped_bars_and_round_trips() {
        let mut item = Item::parse(r"Tờ khai \| bản gốc | bản chính: 1 | mẫu: TK\\01 | không bắt buộc");
        assert_eq!(item.main, "Tờ khai | bản gốc");
        assert_eq!(item.take("Bản chính").as_deref(), Some("1"));
        assert_eq!(item.take("mau").as_deref(), Some(r"TK\01"));
        assert!(item.flag("Không bắt buộc"));
        assert_eq!(item.leftover(), None);
        let written = write_item("a | b\nc", &[("ghi chú", Some("x: y | z".into())), ("bỏ", None)], &["cờ"]);
        let mut back = Item::parse(&written);
        assert_eq!(back.main, "a | b\nc");
        assert_eq!(back.take("ghi chú").as_deref(), Some("x: y | z"));
        assert!(back.flag("cờ"));
        assert_eq!(unescape(&escape_line(r"C:\new | x")), r"C:\new | x");
    }

    #[test]
    fn values_are_read_as_people_write_them() {
        assert_eq!(time_limit("15 ngày làm việc"), Some(TimeLimit { value: 15, unit: TimeUnit::WorkingDays }));
        assert_eq!(time_limit("10 Ngày"), Some(TimeLimit { value: 10, unit: TimeUnit::CalendarDays }));
        assert_eq!(time_limit("trong ngày"), Some(TimeLimit { value: 0, unit: TimeUnit::WorkingDays }));
        assert_eq!(time_limit("mười ngày"), None);
        for limit in
            [TimeLimit { value: 8, unit: TimeUnit::Hours }, TimeLimit { value: 0, unit: TimeUnit::WorkingDays }]
        {
            assert_eq!(time_limit(&write_time_limit(limit)), Some(limit));
        }
        assert_eq!(money("50.000 đồng"), Some(Vnd(50_000)));
        assert_eq!(money("1,200,000 VNĐ"), Some(Vnd(1_200_000)));
        assert_eq!(money("Miễn phí"), Some(Vnd(0)));
        assert_eq!(money("năm mươi"), None);
        assert_eq!(money(&write_money(Vnd(200_000))), Some(Vnd(200_000)));
        assert_eq!(date("01/07/2025").as_deref(), Some("2025-07-01"));
        assert_eq!(date("2025-07-01").as_deref(), Some("2025-07-01"));
        assert_eq!(date("31/02/2025"), None);
        assert_eq!(procedure_code("1.00089"), "1.000890");
        assert_eq!(procedure_code("2.000815"), "2.000815");
        assert_eq!(LEVELS.read("cấp XÃ"), Some(ImplementingLevel::Commune));
        assert_eq!(CHANNELS.read(CHANNELS.write(Channel::Postal)), Some(Channel::Postal));
    }
}
