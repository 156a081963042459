//! The one validator of form values, for the browser and the server alike.

use super::{Condition, Field, FieldKind, FormSchema, FormValues, Row, Rule};
use crate::identity::{CitizenId, Email, Phone, TaxCode, parse_iso_date};
use serde::{Deserialize, Serialize};

/// A problem with one field; `path` is the field key, or `group.row.key` inside a group (rows
/// counted from 0), the same name the input carries after its `f.`/`g.` prefix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    NotANumber,
    BelowMin {
        min: i64,
    },
    AboveMax {
        max: i64,
    },
    InvalidDate,
    FutureDate,
    NotAnOption,
    InvalidCitizenId,
    InvalidTaxCode,
    InvalidPhone,
    InvalidEmail,
    UnknownAdminUnit,
    TooFewRows {
        min: usize,
    },
    TooManyRows {
        max: usize,
    },
    /// Before the date its [`Rule::DateOrder`] says it follows (named by [`earlier_of`]).
    DateOutOfOrder,
}

/// Every problem of `values` against `schema`. `today` is (year, month, day) in Vietnam;
/// `is_admin_unit` tells whether a code names an administrative unit in force.
pub fn validate(
    schema: &FormSchema,
    values: &FormValues,
    today: (i32, u32, u32),
    is_admin_unit: &dyn Fn(&str) -> bool,
) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    let top = |key: &str| values.get(key).to_owned();
    for field in schema.fields() {
        if !applies(field.when.as_ref(), &top) {
            continue;
        }
        if let FieldKind::Group { fields, min_rows, max_rows } = &field.kind {
            let rows = values.groups.get(&field.key).map(Vec::as_slice).unwrap_or_default();
            let min = if field.required { (*min_rows).max(1) } else { *min_rows };
            if rows.len() < min {
                problems.push(FieldProblem { path: field.key.clone(), problem: Problem::TooFewRows { min } });
            }
            if rows.len() > *max_rows {
                problems
                    .push(FieldProblem { path: field.key.clone(), problem: Problem::TooManyRows { max: *max_rows } });
            }
            for (i, row) in rows.iter().enumerate() {
                let in_row = |key: &str| row_value(row, key);
                for member in fields {
                    if applies(member.when.as_ref(), &in_row) {
                        let path = format!("{}.{i}.{}", field.key, member.key);
                        check(member, &in_row(&member.key), path, today, is_admin_unit, &mut problems);
                    }
                }
            }
            continue;
        }
        check(field, &top(&field.key), field.key.clone(), today, is_admin_unit, &mut problems);
    }
    for rule in &schema.rules {
        check_rule(schema, rule, values, &mut problems);
    }
    problems
}

/// A cross-field rule, on the top-level fields or on each row of the group its fields are in;
/// a field whose condition fails, or that already has a problem of its own, is left alone.
fn check_rule(schema: &FormSchema, rule: &Rule, values: &FormValues, problems: &mut Vec<FieldProblem>) {
    let (on, other) = rule.fields();
    let Some(((on_field, group), (other_field, _))) = schema.rule_field(on).zip(schema.rule_field(other)) else {
        return;
    };
    let top = |key: &str| values.get(key).to_owned();
    let mut judge = |value_of: &dyn Fn(&str) -> String, path: String| {
        let asked = |f: &Field| applies(f.when.as_ref(), value_of);
        if !asked(on_field) || !asked(other_field) || problems.iter().any(|p| p.path == path) {
            return;
        }
        let (mine, theirs) = (value_of(&on_field.key), value_of(&other_field.key));
        let problem = match rule {
            Rule::DateOrder { .. } => match (parse_iso_date(&mine), parse_iso_date(&theirs)) {
                (Some(later), Some(earlier)) if later < earlier => Some(Problem::DateOutOfOrder),
                _ => None,
            },
            Rule::RequiredWith { .. } => (mine.is_empty() && !theirs.is_empty()).then_some(Problem::Required),
        };
        if let Some(problem) = problem {
            problems.push(FieldProblem { path, problem });
        }
    };
    match group {
        None => judge(&top, on_field.key.clone()),
        Some(group) if applies(group.when.as_ref(), &top) => {
            let rows = values.groups.get(&group.key).map(Vec::as_slice).unwrap_or_default();
            for (i, row) in rows.iter().enumerate() {
                judge(&|key: &str| row_value(row, key), format!("{}.{i}.{}", group.key, on_field.key));
            }
        }
        Some(_) => {}
    }
}

/// For a [`Problem::DateOutOfOrder`] at `path` (`key` or `group.row.key`): the field its date
/// must not be before, to name it in the message.
pub fn earlier_of<'a>(schema: &'a FormSchema, path: &str) -> Option<&'a Field> {
    let mut parts = path.split('.');
    let name = match (parts.next(), parts.next(), parts.next()) {
        (Some(group), Some(_row), Some(member)) => format!("{group}.{member}"),
        (Some(key), None, None) => key.to_owned(),
        _ => return None,
    };
    schema.rules.iter().find_map(|rule| match rule {
        Rule::DateOrder { earlier, later } if *later == name => schema.rule_field(earlier).map(|(f, _)| f),
        _ => None,
    })
}

fn row_value(row: &Row, key: &str) -> String {
    row.get(key).map(|s| s.trim().to_owned()).unwrap_or_default()
}

/// Whether a field with `condition` is asked, given the values of the fields it may name.
pub(crate) fn applies(condition: Option<&Condition>, value_of: &dyn Fn(&str) -> String) -> bool {
    match condition {
        None => true,
        Some(c) => {
            let v = value_of(&c.field);
            match &c.equals {
                Some(expected) => v == *expected,
                None => !v.is_empty(),
            }
        }
    }
}

fn check(
    field: &Field,
    value: &str,
    path: String,
    today: (i32, u32, u32),
    is_admin_unit: &dyn Fn(&str) -> bool,
    problems: &mut Vec<FieldProblem>,
) {
    let mut push = |problem| problems.push(FieldProblem { path: path.clone(), problem });
    if value.is_empty() {
        if field.required && !matches!(field.kind, FieldKind::Document { .. }) {
            push(Problem::Required);
        }
        return;
    }
    match &field.kind {
        FieldKind::Text { max_chars } | FieldKind::LongText { max_chars } => {
            if value.chars().count() > *max_chars {
                push(Problem::TooLong { max: *max_chars });
            }
        }
        FieldKind::Number { min, max } => match value.parse::<i64>() {
            Err(_) => push(Problem::NotANumber),
            Ok(n) => {
                if let Some(min) = min.filter(|m| n < *m) {
                    push(Problem::BelowMin { min });
                }
                if let Some(max) = max.filter(|m| n > *m) {
                    push(Problem::AboveMax { max });
                }
            }
        },
        FieldKind::Money { max } => {
            // "1.500.000" and "1500000" are the same amount; no fractions of a đồng.
            let digits: String = value.chars().filter(|c| !matches!(c, '.' | ' ' | ',')).collect();
            match digits.parse::<i64>() {
                Err(_) => push(Problem::NotANumber),
                Ok(n) if n < 0 => push(Problem::BelowMin { min: 0 }),
                Ok(n) => {
                    if let Some(max) = max.filter(|m| n > *m) {
                        push(Problem::AboveMax { max });
                    }
                }
            }
        }
        FieldKind::Date { past_only } => match parse_iso_date(value) {
            None => push(Problem::InvalidDate),
            Some(date) if *past_only && date > today => push(Problem::FutureDate),
            Some(_) => {}
        },
        FieldKind::Select { options } | FieldKind::Radio { options } => {
            if !options.iter().any(|o| o.value == value) {
                push(Problem::NotAnOption);
            }
        }
        FieldKind::Checkbox => {
            if value != "1" {
                push(Problem::NotAnOption);
            }
        }
        FieldKind::CitizenId => {
            if CitizenId::parse(value).is_err() {
                push(Problem::InvalidCitizenId);
            }
        }
        FieldKind::TaxCode => {
            if TaxCode::parse(value).is_err() {
                push(Problem::InvalidTaxCode);
            }
        }
        FieldKind::Phone => {
            if Phone::parse(value).is_err() {
                push(Problem::InvalidPhone);
            }
        }
        FieldKind::Email => {
            if Email::parse(value).is_err() {
                push(Problem::InvalidEmail);
            }
        }
        FieldKind::AdminUnit => {
            if !is_admin_unit(value) {
                push(Problem::UnknownAdminUnit);
            }
        }
        FieldKind::Group { .. } | FieldKind::Document { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eform::{Choice, Section};

    fn field(key: &str, kind: FieldKind, required: bool) -> Field {
        Field { key: key.into(), label: key.into(), kind, required, help: None, when: None, prefill: None }
    }

    fn schema() -> FormSchema {
        let mut father = field("ten_cha", FieldKind::Text { max_chars: 50 }, true);
        father.when = Some(Condition { field: "co_cha".into(), equals: Some("co".into()) });
        FormSchema {
            key: "thu".into(),
            version: 1,
            title: "Thử".into(),
            replaces_requirement: None,
            rules: Vec::new(),
            sections: vec![Section {
                title: "A".into(),
                fields: vec![
                    field("ho_ten", FieldKind::Text { max_chars: 10 }, true),
                    field("ngay_sinh", FieldKind::Date { past_only: true }, true),
                    field("so_tang", FieldKind::Number { min: Some(1), max: Some(7) }, false),
                    field("von", FieldKind::Money { max: Some(10_000_000) }, false),
                    field("cccd", FieldKind::CitizenId, false),
                    field("mst", FieldKind::TaxCode, false),
                    field("dt", FieldKind::Phone, false),
                    field("email", FieldKind::Email, false),
                    field("xa", FieldKind::AdminUnit, false),
                    field(
                        "co_cha",
                        FieldKind::Radio {
                            options: vec![
                                Choice { value: "co".into(), label: "Có".into() },
                                Choice { value: "khong".into(), label: "Không".into() },
                            ],
                        },
                        true,
                    ),
                    father,
                    field(
                        "thanh_vien",
                        FieldKind::Group {
                            fields: vec![
                                field("ten", FieldKind::Text { max_chars: 50 }, true),
                                field("cccd", FieldKind::CitizenId, false),
                            ],
                            min_rows: 0,
                            max_rows: 2,
                        },
                        true,
                    ),
                    field("giay_to", FieldKind::Document { requirement: 1 }, true),
                ],
            }],
        }
    }

    fn run(pairs: &[(&str, &str)]) -> Vec<(String, Problem)> {
        let s = schema();
        s.check().unwrap();
        let values = FormValues::from_pairs(&s, pairs.iter().copied());
        validate(&s, &values, (2026, 11, 22), &|c| c == "03670").into_iter().map(|p| (p.path, p.problem)).collect()
    }

    #[test]
    fn an_empty_form_lists_each_required_field() {
        assert_eq!(
            run(&[]),
            vec![
                ("ho_ten".into(), Problem::Required),
                ("ngay_sinh".into(), Problem::Required),
                ("co_cha".into(), Problem::Required),
                ("thanh_vien".into(), Problem::TooFewRows { min: 1 }),
            ]
        );
    }

    #[test]
    fn every_kind_is_checked() {
        let problems = run(&[
            ("f.ho_ten", "Lò Văn Páo quá dài"),
            ("f.ngay_sinh", "2027-01-01"),
            ("f.so_tang", "9"),
            ("f.von", "20.000.000"),
            ("f.cccd", "123"),
            ("f.mst", "abc"),
            ("f.dt", "12"),
            ("f.email", "x"),
            ("f.xa", "99999"),
            ("f.co_cha", "co"),
            ("g.thanh_vien.0.ten", "A"),
            ("g.thanh_vien.0.cccd", "1"),
        ]);
        let kinds: Vec<Problem> = problems.iter().map(|p| p.1).collect();
        assert_eq!(
            kinds,
            vec![
                Problem::TooLong { max: 10 },
                Problem::FutureDate,
                Problem::AboveMax { max: 7 },
                Problem::AboveMax { max: 10_000_000 },
                Problem::InvalidCitizenId,
                Problem::InvalidTaxCode,
                Problem::InvalidPhone,
                Problem::InvalidEmail,
                Problem::UnknownAdminUnit,
                Problem::Required,
                Problem::InvalidCitizenId,
            ]
        );
        assert_eq!(problems[9].0, "ten_cha", "required only because co_cha = co");
        assert_eq!(problems[10].0, "thanh_vien.0.cccd");
    }

    #[test]
    fn a_valid_form_passes_and_conditions_switch_fields_off() {
        let problems = run(&[
            ("f.ho_ten", "Lò Páo"),
            ("f.ngay_sinh", "2026-11-01"),
            ("f.von", "1.500.000"),
            ("f.xa", "03670"),
            ("f.co_cha", "khong"),
            ("f.ten_cha", ""),
            ("g.thanh_vien.0.ten", "Lò Mai"),
            ("g.thanh_vien.1.ten", ""),
            ("g.thanh_vien.5.ten", "dropped: beyond max rows"),
            ("f.unknown", "dropped"),
        ]);
        assert_eq!(problems, vec![]);
    }

    #[test]
    fn values_round_trip_through_pairs() {
        let s = schema();
        let v = FormValues::from_pairs(&s, [("f.ho_ten", "Páo"), ("g.thanh_vien.0.ten", "Mai")]);
        let pairs = v.to_pairs();
        let again = FormValues::from_pairs(&s, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(v, again);
    }

    fn ruled() -> FormSchema {
        let mut s = schema();
        s.sections[0].fields.push(field("ngay_cuoi", FieldKind::Date { past_only: false }, false));
        s.sections[0].fields.push(field("noi_cap", FieldKind::Text { max_chars: 50 }, false));
        if let FieldKind::Group { fields, .. } = &mut s.sections[0].fields[11].kind {
            fields.push(field("tu", FieldKind::Date { past_only: false }, false));
            fields.push(field("den", FieldKind::Date { past_only: false }, false));
        }
        s.rules = vec![
            Rule::DateOrder { earlier: "ngay_sinh".into(), later: "ngay_cuoi".into() },
            Rule::RequiredWith { field: "noi_cap".into(), other: "cccd".into() },
            Rule::DateOrder { earlier: "thanh_vien.tu".into(), later: "thanh_vien.den".into() },
        ];
        s
    }

    fn run_ruled(pairs: &[(&str, &str)]) -> Vec<(String, Problem)> {
        let s = ruled();
        s.check().unwrap();
        let values = FormValues::from_pairs(&s, pairs.iter().copied());
        validate(&s, &values, (2026, 11, 22), &|_| true).into_iter().map(|p| (p.path, p.problem)).collect()
    }

    const BASE: [(&str, &str); 4] =
        [("f.ho_ten", "Páo"), ("f.ngay_sinh", "2000-01-01"), ("f.co_cha", "khong"), ("g.thanh_vien.0.ten", "Mai")];

    #[test]
    fn dates_out_of_order_are_reported_on_the_later_one_row_by_row() {
        let mut pairs = BASE.to_vec();
        pairs.extend([
            ("f.ngay_cuoi", "1999-12-31"),
            ("g.thanh_vien.0.tu", "2010-05-01"),
            ("g.thanh_vien.0.den", "2010-04-30"),
            ("g.thanh_vien.1.ten", "Lò"),
            ("g.thanh_vien.1.tu", "2010-05-01"),
            ("g.thanh_vien.1.den", "2010-05-01"),
        ]);
        assert_eq!(
            run_ruled(&pairs),
            vec![("ngay_cuoi".into(), Problem::DateOutOfOrder), ("thanh_vien.0.den".into(), Problem::DateOutOfOrder)]
        );
        let s = ruled();
        assert_eq!(earlier_of(&s, "ngay_cuoi").map(|f| f.key.as_str()), Some("ngay_sinh"));
        assert_eq!(earlier_of(&s, "thanh_vien.0.den").map(|f| f.key.as_str()), Some("tu"));
        // The same day, a missing or unreadable date: no order to judge.
        pairs.retain(|(k, _)| *k != "g.thanh_vien.0.den");
        pairs.push(("f.ngay_cuoi", "2000-01-01"));
        assert_eq!(run_ruled(&pairs), vec![]);
    }

    #[test]
    fn an_answer_is_required_once_its_companion_is_given() {
        let mut pairs = BASE.to_vec();
        assert_eq!(run_ruled(&pairs), vec![]);
        pairs.push(("f.cccd", "001099000123"));
        assert_eq!(run_ruled(&pairs), vec![("noi_cap".into(), Problem::Required)]);
        pairs.push(("f.noi_cap", "Cục Cảnh sát"));
        assert_eq!(run_ruled(&pairs), vec![]);
    }

    #[test]
    fn rules_must_name_fields_that_can_be_compared() {
        let mut s = ruled();
        s.rules.push(Rule::DateOrder { earlier: "ho_ten".into(), later: "ngay_sinh".into() });
        assert!(s.check().unwrap_err().contains("both must be dates"));
        let mut s = ruled();
        s.rules.push(Rule::DateOrder { earlier: "ngay_sinh".into(), later: "thanh_vien.tu".into() });
        assert!(s.check().unwrap_err().contains("same row"));
        let mut s = ruled();
        s.rules.push(Rule::RequiredWith { field: "khong_co".into(), other: "cccd".into() });
        assert!(s.check().unwrap_err().contains("unknown field"));
    }

    #[test]
    fn broken_schemas_are_refused() {
        let mut s = schema();
        s.sections[0].fields.push(field("ho_ten", FieldKind::Checkbox, false));
        assert!(s.check().unwrap_err().contains("duplicate"));
        let mut s = schema();
        s.sections[0].fields[0].when = Some(Condition { field: "khong_co".into(), equals: None });
        assert!(s.check().unwrap_err().contains("unknown field"));
    }
}
