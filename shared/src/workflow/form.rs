//! The workflow editor's form: a workflow as plain HTML form rows (`b.i.thu_tu`, `b.i.ten`,
//! `b.i.loai`, `b.i.co_quan`, `b.i.don_vi`, `b.i.han`, `b.i.don_vi_han`, `b.i.xoa`), so it works
//! without JavaScript: blank rows to add a step, a box to remove one, and each row's position
//! number to move it (steps are ordered by it, then by row). [`parse`]
//! turns the posted rows into a workflow or the problems (named by form field) that stop it;
//! [`fields_of`] is the inverse. What needs the database (units exist, budgets fit the legal
//! time limit) is checked by the server.

use super::{Step, StepKind, Workflow, WorkflowProblem};
use crate::catalog::{CatalogProblem, CatalogProblemKind as K, TimeLimit, TimeUnit};

/// The most steps a workflow may have (rows posted beyond are ignored).
pub const MAX_STEPS: usize = 30;

impl StepKind {
    pub const ALL: [StepKind; 4] = [StepKind::Reception, StepKind::Processing, StepKind::Approval, StepKind::Result];

    pub fn code(self) -> &'static str {
        match self {
            StepKind::Reception => "reception",
            StepKind::Processing => "processing",
            StepKind::Approval => "approval",
            StepKind::Result => "result",
        }
    }

    pub fn parse(code: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The workflow in the posted rows with the form row of each step, or why not.
pub fn parse(get: &dyn Fn(&str) -> Option<String>) -> Result<(Workflow, Vec<usize>), Vec<CatalogProblem>> {
    let text = |name: &str| get(name).map(|v| crate::text::nfc(v.trim())).unwrap_or_default();
    let mut problems = Vec::new();
    let mut ordered: Vec<(u32, usize, Step)> = Vec::new();
    for i in 0..MAX_STEPS {
        let at = |key: &str| format!("b.{i}.{key}");
        if get(&at("xoa")).is_some() || ["ten", "han", "don_vi"].iter().all(|k| text(&at(k)).is_empty()) {
            continue;
        }
        let name = text(&at("ten"));
        if name.is_empty() {
            problems.push(problem(at("ten"), K::Required));
        } else if name.chars().count() > 200 {
            problems.push(problem(at("ten"), K::TooLong { max: 200 }));
        }
        let Some(kind) = StepKind::parse(&text(&at("loai"))) else {
            problems.push(problem(at("loai"), K::NotAnOption));
            continue;
        };
        let budget = match text(&at("han")).as_str() {
            "" => None,
            value => match (value.parse::<u32>(), TimeUnit::parse(&text(&at("don_vi_han")))) {
                (Ok(value), Some(unit)) if value > 0 => Some(TimeLimit { value, unit }),
                (Ok(_) | Err(_), Some(_)) => {
                    problems.push(problem(at("han"), K::NotANumber));
                    None
                }
                (_, None) => {
                    problems.push(problem(at("don_vi_han"), K::NotAnOption));
                    None
                }
            },
        };
        let position = match text(&at("thu_tu")).as_str() {
            "" => u32::try_from(i + 1).unwrap_or(u32::MAX),
            value => value.parse().unwrap_or_else(|_| {
                problems.push(problem(at("thu_tu"), K::NotANumber));
                0
            }),
        };
        let optional = |key: &str| Some(text(&at(key))).filter(|v| !v.is_empty());
        ordered.push((position, i, Step { name, kind, agency: optional("co_quan"), unit: optional("don_vi"), budget }));
    }
    ordered.sort_by_key(|(position, row, _)| (*position, *row));
    let rows: Vec<usize> = ordered.iter().map(|(_, row, _)| *row).collect();
    let steps: Vec<Step> = ordered.into_iter().map(|(.., step)| step).collect();
    let name = text("ten_quy_trinh");
    if name.is_empty() {
        problems.push(problem("ten_quy_trinh".into(), K::Required));
    }
    let workflow = Workflow { name, steps };
    if problems.is_empty() {
        // Named by the row a step came from.
        let row = |n: usize| rows.get(n.saturating_sub(1)).copied().unwrap_or(0);
        match workflow.check() {
            Ok(()) => {}
            Err(WorkflowProblem::Shape(_)) => problems.push(problem("b".into(), K::WorkflowShape)),
            Err(WorkflowProblem::Unnamed(n)) => problems.push(problem(format!("b.{}.ten", row(n)), K::Required)),
            Err(WorkflowProblem::ElsewhereAt(n)) => {
                problems.push(problem(format!("b.{}.co_quan", row(n)), K::OnlyProcessingElsewhere))
            }
        }
    }
    if problems.is_empty() { Ok((workflow, rows)) } else { Err(problems) }
}

fn problem(path: String, kind: K) -> CatalogProblem {
    CatalogProblem { path, kind }
}

/// The form rows of `workflow` (what the page shows before anything is posted).
pub fn fields_of(workflow: &Workflow) -> Vec<(String, String)> {
    let mut out = vec![("ten_quy_trinh".to_owned(), workflow.name.clone())];
    for (i, s) in workflow.steps.iter().enumerate() {
        let mut put = |key: &str, value: &str| out.push((format!("b.{i}.{key}"), value.to_owned()));
        put("thu_tu", &(i + 1).to_string());
        put("ten", &s.name);
        put("loai", s.kind.code());
        put("co_quan", s.agency.as_deref().unwrap_or_default());
        put("don_vi", s.unit.as_deref().unwrap_or_default());
        put("han", &s.budget.map(|b| b.value.to_string()).unwrap_or_default());
        put("don_vi_han", s.budget.map_or(TimeUnit::Hours, |b| b.unit).code());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn get(map: &HashMap<String, String>) -> impl Fn(&str) -> Option<String> + '_ {
        |k| map.get(k).cloned()
    }

    #[test]
    fn rows_round_trip_and_blank_or_removed_rows_are_skipped() {
        let mut w = Workflow::generic();
        w.steps[1].unit = Some("TPHT".into());
        w.steps[1].budget = Some(TimeLimit { value: 4, unit: TimeUnit::Hours });
        let mut map: HashMap<String, String> = fields_of(&w).into_iter().collect();
        assert_eq!(parse(&get(&map)).map(|(w, _)| w), Ok(w.clone()));
        // A blank row between, and an extra processing step ticked for removal.
        for (k, v) in [("b.9.ten", "Bỏ đi"), ("b.9.loai", "processing"), ("b.9.xoa", "1")] {
            map.insert(k.into(), v.into());
        }
        assert_eq!(parse(&get(&map)), Ok((w, vec![0, 1, 2, 3])));
    }

    #[test]
    fn a_row_moves_by_its_position() {
        // A second processing step typed in a blank row at the end, placed third.
        let mut map: HashMap<String, String> = fields_of(&Workflow::generic()).into_iter().collect();
        for (k, v) in [("b.4.thu_tu", "2.5"), ("b.4.ten", "Liên thông"), ("b.4.loai", "processing")] {
            map.insert(k.into(), v.into());
        }
        assert_eq!(parse(&get(&map)).unwrap_err()[0].path, "b.4.thu_tu", "a whole number");
        map.insert("b.4.thu_tu".into(), "2".into());
        let (w, rows) = parse(&get(&map)).unwrap();
        let names: Vec<&str> = w.steps.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Tiếp nhận hồ sơ", "Thẩm định, đề xuất", "Liên thông", "Phê duyệt", "Trả kết quả"]);
        assert_eq!(rows, [0, 1, 4, 2, 3]);
    }

    #[test]
    fn problems_name_their_fields() {
        let mut w = Workflow::generic();
        w.steps.swap(2, 3);
        let map: HashMap<String, String> = fields_of(&w).into_iter().collect();
        assert_eq!(parse(&get(&map)).unwrap_err()[0].kind, K::WorkflowShape);
        let mut map: HashMap<String, String> = fields_of(&Workflow::generic()).into_iter().collect();
        map.insert("b.1.han".into(), "bốn".into());
        map.insert("b.2.co_quan".into(), "000.00.13.H52".into());
        let problems = parse(&get(&map)).unwrap_err();
        assert_eq!(problems, [CatalogProblem { path: "b.1.han".into(), kind: K::NotANumber }]);
        map.insert("b.1.han".into(), "4".into());
        let problems = parse(&get(&map)).unwrap_err();
        assert_eq!(problems, [CatalogProblem { path: "b.2.co_quan".into(), kind: K::OnlyProcessingElsewhere }]);
        map.insert("b.3.ten".into(), " ".into());
        map.insert("b.3.han".into(), "1".into());
        map.remove("b.2.co_quan");
        let problems = parse(&get(&map)).unwrap_err();
        assert_eq!(problems, [CatalogProblem { path: "b.3.ten".into(), kind: K::Required }]);
    }
}
