//! One field of a form as the builder's plain HTML form: `ma` (key), `nhan` (label), `loai`
//! (kind), `bat_buoc`, `goi_y` (help), `dk_truong`/`dk_bang` (shown when that field has a value,
//! or this value), `dien_san` (prefill from the account), and what the kind needs: `toi_da_ky_tu`,
//! `nho_nhat`/`lon_nhat`, `qua_khu`, `lua_chon` (one option a line, `value | label`),
//! `dong_it_nhat`/`dong_nhieu_nhat`, `giay_to`. [`parse`] reads it or names each input at fault;
//! [`inputs`] is the inverse.

use super::{MAX_HELP, MAX_LABEL, MAX_OPTIONS};
use crate::catalog::{CatalogProblem, CatalogProblemKind as K, is_field_key};
use crate::eform::{Choice, Condition, Field, FieldKind, Prefill};

/// The most characters a text field may be given as its limit.
pub const MAX_TEXT_LIMIT: usize = 10_000;
/// The most rows a repeating group may be given.
pub const MAX_GROUP_ROWS: usize = 100;

/// Every kind, by the code the form posts, in the order the builder offers them.
pub const KINDS: [&str; 15] = [
    "text",
    "long_text",
    "number",
    "money",
    "date",
    "select",
    "radio",
    "checkbox",
    "citizen_id",
    "tax_code",
    "phone",
    "email",
    "admin_unit",
    "group",
    "document",
];

impl FieldKind {
    /// The kind's code in [`KINDS`] (and in the schema's JSON).
    pub fn code(&self) -> &'static str {
        match self {
            FieldKind::Text { .. } => "text",
            FieldKind::LongText { .. } => "long_text",
            FieldKind::Number { .. } => "number",
            FieldKind::Money { .. } => "money",
            FieldKind::Date { .. } => "date",
            FieldKind::Select { .. } => "select",
            FieldKind::Radio { .. } => "radio",
            FieldKind::Checkbox => "checkbox",
            FieldKind::CitizenId => "citizen_id",
            FieldKind::TaxCode => "tax_code",
            FieldKind::Phone => "phone",
            FieldKind::Email => "email",
            FieldKind::AdminUnit => "admin_unit",
            FieldKind::Group { .. } => "group",
            FieldKind::Document { .. } => "document",
        }
    }
}

impl Prefill {
    pub const ALL: [Prefill; 6] =
        [Prefill::FullName, Prefill::CitizenId, Prefill::BirthDate, Prefill::Phone, Prefill::Email, Prefill::Address];

    pub fn code(self) -> &'static str {
        match self {
            Prefill::FullName => "full_name",
            Prefill::CitizenId => "citizen_id",
            Prefill::BirthDate => "birth_date",
            Prefill::Phone => "phone",
            Prefill::Email => "email",
            Prefill::Address => "address",
        }
    }

    pub fn parse(code: &str) -> Option<Prefill> {
        Prefill::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// What the kind `code` asks besides the inputs every field has (the builder shows only these).
pub fn kind_inputs(code: &str) -> &'static [&'static str] {
    match code {
        "text" | "long_text" => &["toi_da_ky_tu"],
        "number" => &["nho_nhat", "lon_nhat"],
        "money" => &["lon_nhat"],
        "date" => &["qua_khu"],
        "select" | "radio" => &["lua_chon"],
        "group" => &["dong_it_nhat", "dong_nhieu_nhat"],
        "document" => &["giay_to"],
        _ => &[],
    }
}

struct Reader<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    problems: Vec<CatalogProblem>,
}

impl Reader<'_> {
    fn text(&self, name: &str) -> String {
        (self.get)(name).map(|v| crate::text::nfc(v.trim())).unwrap_or_default()
    }

    fn push(&mut self, path: &str, kind: K) {
        self.problems.push(CatalogProblem { path: path.to_owned(), kind });
    }

    /// Text of at most `max` characters; `None` (and a problem) when required and blank.
    fn bounded(&mut self, name: &str, max: usize, required: bool) -> Option<String> {
        let value = self.text(name);
        if value.is_empty() && required {
            self.push(name, K::Required);
            return None;
        }
        if value.chars().count() > max {
            self.push(name, K::TooLong { max });
        }
        Some(value).filter(|v| !v.is_empty())
    }

    /// A whole number in `range`, if given.
    fn number(&mut self, name: &str, range: std::ops::RangeInclusive<i64>) -> Option<i64> {
        let value = self.text(name);
        if value.is_empty() {
            return None;
        }
        match whole(&value) {
            Some(n) if range.contains(&n) => Some(n),
            _ => {
                self.push(name, K::NotANumber);
                None
            }
        }
    }

    fn count(&mut self, name: &str, default: usize, max: usize) -> usize {
        let max_i = i64::try_from(max).unwrap_or(i64::MAX);
        self.number(name, 0..=max_i).and_then(|n| usize::try_from(n).ok()).unwrap_or(default)
    }

    fn options(&mut self) -> Vec<Choice> {
        let mut options: Vec<Choice> = Vec::new();
        let mut values = std::collections::HashSet::new();
        for line in self.text("lua_chon").lines().map(str::trim).filter(|l| !l.is_empty()) {
            if options.len() == MAX_OPTIONS {
                self.push("lua_chon", K::TooMany { max: MAX_OPTIONS });
                return options;
            }
            let (value, label) = match line.split_once('|') {
                Some((value, label)) => (value.trim(), label.trim()),
                None => (line, line),
            };
            if value.is_empty() || label.is_empty() || !values.insert(value.to_owned()) {
                self.push("lua_chon", K::BadOption { line: line.to_owned() });
                return options;
            }
            if label.chars().count() > MAX_LABEL || value.chars().count() > MAX_LABEL {
                self.push("lua_chon", K::TooLong { max: MAX_LABEL });
                return options;
            }
            options.push(Choice { value: value.to_owned(), label: label.to_owned() });
        }
        if options.is_empty() {
            self.push("lua_chon", K::Required);
        }
        options
    }

    fn kind(&mut self, code: &str) -> Option<FieldKind> {
        let limit = |r: &mut Self, default: usize| r.count("toi_da_ky_tu", default, MAX_TEXT_LIMIT).max(1);
        let kind = match code {
            "text" => FieldKind::Text { max_chars: limit(self, 200) },
            "long_text" => FieldKind::LongText { max_chars: limit(self, 2000) },
            "number" => {
                let (min, max) =
                    (self.number("nho_nhat", i64::MIN..=i64::MAX), self.number("lon_nhat", i64::MIN..=i64::MAX));
                if let (Some(min), Some(max)) = (min, max)
                    && min > max
                {
                    self.push("lon_nhat", K::InvalidRange);
                }
                FieldKind::Number { min, max }
            }
            "money" => FieldKind::Money { max: self.number("lon_nhat", 0..=i64::MAX) },
            "date" => FieldKind::Date { past_only: (self.get)("qua_khu").is_some() },
            "select" => FieldKind::Select { options: self.options() },
            "radio" => FieldKind::Radio { options: self.options() },
            "checkbox" => FieldKind::Checkbox,
            "citizen_id" => FieldKind::CitizenId,
            "tax_code" => FieldKind::TaxCode,
            "phone" => FieldKind::Phone,
            "email" => FieldKind::Email,
            "admin_unit" => FieldKind::AdminUnit,
            "group" => {
                let min_rows = self.count("dong_it_nhat", 0, MAX_GROUP_ROWS);
                let max_rows = self.count("dong_nhieu_nhat", 20, MAX_GROUP_ROWS);
                if max_rows == 0 || min_rows > max_rows {
                    self.push("dong_nhieu_nhat", K::InvalidRange);
                }
                FieldKind::Group { fields: Vec::new(), min_rows, max_rows }
            }
            "document" => match self.number("giay_to", 1..=i64::from(i32::MAX)) {
                Some(n) => FieldKind::Document { requirement: i32::try_from(n).unwrap_or(i32::MAX) },
                None => {
                    self.push("giay_to", K::NotAnOption);
                    return None;
                }
            },
            _ => {
                self.push("loai", K::NotAnOption);
                return None;
            }
        };
        Some(kind)
    }
}

/// A whole number, with dots or spaces between groups of three digits allowed (1.000.000).
fn whole(text: &str) -> Option<i64> {
    let mut groups = text.split(['.', ' ']);
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    if rest.iter().any(|g| g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    format!("{first}{}", rest.concat()).parse().ok()
}

/// The field in the posted inputs, or every problem of them.
pub fn parse(get: &dyn Fn(&str) -> Option<String>) -> Result<Field, Vec<CatalogProblem>> {
    let mut r = Reader { get, problems: Vec::new() };
    let key = r.text("ma");
    if key.is_empty() {
        r.push("ma", K::Required);
    } else if !is_field_key(&key) {
        r.push("ma", K::BadFieldKey);
    }
    let label = r.bounded("nhan", MAX_LABEL, true);
    let help = r.bounded("goi_y", MAX_HELP, false);
    let kind = r.kind(&r.text("loai"));
    let when = r
        .bounded("dk_truong", 40, false)
        .map(|field| Condition { field, equals: r.bounded("dk_bang", MAX_LABEL, false) });
    let prefill = match r.text("dien_san").as_str() {
        "" => None,
        code => Prefill::parse(code).or_else(|| {
            r.push("dien_san", K::NotAnOption);
            None
        }),
    };
    match (label, kind) {
        (Some(label), Some(kind)) if r.problems.is_empty() => {
            Ok(Field { key, label, kind, required: get("bat_buoc").is_some(), help, when, prefill })
        }
        _ => Err(r.problems),
    }
}

/// The inputs of `field` as the builder's form shows them.
pub fn inputs(field: &Field) -> Vec<(String, String)> {
    let mut values = vec![
        ("ma".to_owned(), field.key.clone()),
        ("nhan".to_owned(), field.label.clone()),
        ("loai".to_owned(), field.kind.code().to_owned()),
    ];
    let mut put = |name: &str, value: String| values.push((name.to_owned(), value));
    if field.required {
        put("bat_buoc", "on".into());
    }
    if let Some(help) = &field.help {
        put("goi_y", help.clone());
    }
    if let Some(condition) = &field.when {
        put("dk_truong", condition.field.clone());
        put("dk_bang", condition.equals.clone().unwrap_or_default());
    }
    if let Some(prefill) = field.prefill {
        put("dien_san", prefill.code().into());
    }
    let number = |n: &Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    match &field.kind {
        FieldKind::Text { max_chars } | FieldKind::LongText { max_chars } => put("toi_da_ky_tu", max_chars.to_string()),
        FieldKind::Number { min, max } => {
            put("nho_nhat", number(min));
            put("lon_nhat", number(max));
        }
        FieldKind::Money { max } => put("lon_nhat", number(max)),
        FieldKind::Date { past_only: true } => put("qua_khu", "on".into()),
        FieldKind::Select { options } | FieldKind::Radio { options } => {
            let lines: Vec<String> = options.iter().map(|o| format!("{} | {}", o.value, o.label)).collect();
            put("lua_chon", lines.join("\n"));
        }
        FieldKind::Group { min_rows, max_rows, .. } => {
            put("dong_it_nhat", min_rows.to_string());
            put("dong_nhieu_nhat", max_rows.to_string());
        }
        FieldKind::Document { requirement } => put("giay_to", requirement.to_string()),
        _ => {}
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parsed(pairs: &[(&str, &str)]) -> Result<Field, Vec<CatalogProblem>> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        parse(&|name: &str| map.get(name).cloned())
    }

    fn paths(result: Result<Field, Vec<CatalogProblem>>) -> Vec<String> {
        result.unwrap_err().into_iter().map(|p| p.path).collect()
    }

    #[test]
    fn every_kind_reads_back_what_it_writes() {
        let cases: Vec<Vec<(&str, &str)>> = vec![
            vec![("loai", "text"), ("toi_da_ky_tu", "80")],
            vec![("loai", "number"), ("nho_nhat", "1"), ("lon_nhat", "500")],
            vec![("loai", "money"), ("lon_nhat", "1000000")],
            vec![("loai", "date"), ("qua_khu", "on")],
            vec![("loai", "radio"), ("lua_chon", "nam | Nam\nnu | Nữ")],
            vec![("loai", "group"), ("dong_it_nhat", "1"), ("dong_nhieu_nhat", "10")],
            vec![("loai", "document"), ("giay_to", "2")],
            vec![("loai", "citizen_id"), ("dien_san", "citizen_id"), ("bat_buoc", "on")],
            vec![("loai", "text"), ("dk_truong", "co_con"), ("dk_bang", "co"), ("goi_y", "Như trên giấy khai sinh")],
        ];
        for mut pairs in cases {
            pairs.extend([("ma", "truong_1"), ("nhan", "Trường")]);
            let field = parsed(&pairs).unwrap_or_else(|p| panic!("{pairs:?}: {p:?}"));
            let written = inputs(&field);
            let again = parse(&|name: &str| written.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).unwrap();
            assert_eq!(again, field, "{pairs:?}");
        }
        let radio = parsed(&[("ma", "g"), ("nhan", "G"), ("loai", "select"), ("lua_chon", "Có\nKhông")]).unwrap();
        assert!(
            matches!(radio.kind, FieldKind::Select { ref options } if options[1].value == "Không"),
            "a bare line is its own value"
        );
    }

    #[test]
    fn each_bad_input_is_named() {
        assert_eq!(paths(parsed(&[("loai", "text")])), ["ma", "nhan"]);
        assert_eq!(paths(parsed(&[("ma", "Số trang"), ("nhan", "x"), ("loai", "text")])), ["ma"]);
        assert_eq!(paths(parsed(&[("ma", "a"), ("nhan", "x"), ("loai", "bogus")])), ["loai"]);
        assert_eq!(paths(parsed(&[("ma", "a"), ("nhan", "x"), ("loai", "select")])), ["lua_chon"]);
        let twice = [("ma", "a"), ("nhan", "x"), ("loai", "radio"), ("lua_chon", "a | A\na | B")];
        assert_eq!(parsed(&twice).unwrap_err()[0].kind, K::BadOption { line: "a | B".into() });
        let range = [("ma", "a"), ("nhan", "x"), ("loai", "number"), ("nho_nhat", "5"), ("lon_nhat", "2")];
        let decimal = [("ma", "a"), ("nhan", "x"), ("loai", "money"), ("lon_nhat", "1.5")];
        assert_eq!(paths(parsed(&decimal)), ["lon_nhat"], "not read as 15");
        let money = parsed(&[("ma", "a"), ("nhan", "x"), ("loai", "money"), ("lon_nhat", "1.000.000")]).unwrap();
        assert_eq!(money.kind, FieldKind::Money { max: Some(1_000_000) });
        let many: String = (0..=MAX_OPTIONS).map(|i| format!("o{i}\n")).collect();
        let too_many = [("ma", "a"), ("nhan", "x"), ("loai", "select"), ("lua_chon", many.as_str())];
        assert_eq!(parsed(&too_many).unwrap_err()[0].kind, K::TooMany { max: MAX_OPTIONS });
        assert_eq!(paths(parsed(&range)), ["lon_nhat"]);
        let rows = [("ma", "a"), ("nhan", "x"), ("loai", "group"), ("dong_nhieu_nhat", "0")];
        assert_eq!(paths(parsed(&rows)), ["dong_nhieu_nhat"]);
        assert_eq!(paths(parsed(&[("ma", "a"), ("nhan", "x"), ("loai", "document")])), ["giay_to"]);
        assert_eq!(paths(parsed(&[("ma", "a"), ("nhan", "x"), ("loai", "text"), ("dien_san", "nope")])), ["dien_san"]);
        let long = "x".repeat(MAX_LABEL + 1);
        assert_eq!(paths(parsed(&[("ma", "a"), ("nhan", &long), ("loai", "text")])), ["nhan"]);
    }
}
