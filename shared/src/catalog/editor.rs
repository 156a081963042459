//! The catalog editor's forms: a procedure document edited one section at a time, each section
//! one plain HTML form (so it works without JavaScript). Lists are rows named `prefix.i.key`;
//! the page adds blank rows to fill in, a row left blank is ignored, and a row whose `xoa` box is
//! ticked is removed. [`apply`] turns a section's posted fields into the document's new parts,
//! or the problems that stop the save (then nothing changes).

use super::document::{CatalogProblem, CatalogProblemKind as K};
use super::{
    Channel, ChannelOffer, DocumentRequirement, FeeFormula, FeeItem, FeeKind, FeeTier, ImplementingLevel, OnlineLevel,
    ProcedureCase, ProcedureDocument, TargetSubject, TimeLimit, TimeUnit,
};
use crate::money::Vnd;
use crate::payment::FeeDue;

/// The sections of the editor, with the URL segment of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    General,
    Cases,
    Channels,
    Documents,
    Clauses,
}

impl Section {
    pub const ALL: [Section; 5] =
        [Section::General, Section::Cases, Section::Channels, Section::Documents, Section::Clauses];

    pub fn slug(self) -> &'static str {
        match self {
            Section::General => "chung",
            Section::Cases => "truong-hop",
            Section::Channels => "kenh",
            Section::Documents => "giay-to",
            Section::Clauses => "trinh-tu",
        }
    }

    pub fn parse(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The section a problem's path belongs to.
    pub fn of_path(path: &str) -> Section {
        let head = path.split(['.', '[']).next().unwrap_or_default();
        match head {
            "cases" => Section::Cases,
            "channels" => Section::Channels,
            "documents" => Section::Documents,
            "steps" | "conditions" | "legal_bases" => Section::Clauses,
            _ => Section::General,
        }
    }
}

/// The most rows a posted list may have (existing ones and blanks together).
pub const MAX_ROWS: usize = super::document::MAX_PARTS;

/// The section's posted fields applied to a copy of `doc`: the new document, or why not.
/// Problems of the document check that belong to this section refuse the save too; the others
/// (another section still incomplete) wait for publication.
pub fn apply(
    doc: &ProcedureDocument,
    section: Section,
    get: &dyn Fn(&str) -> Option<String>,
) -> Result<ProcedureDocument, Vec<CatalogProblem>> {
    let mut next = doc.clone();
    let mut problems = Vec::new();
    let mut p = Parse { get, problems: &mut problems, rows: RowMap::default() };
    match section {
        Section::General => general(&mut next, &mut p),
        Section::Cases => next.cases = cases(&mut p),
        Section::Channels => next.channels = channels(&mut p),
        Section::Documents => next.documents = documents(&mut p),
        Section::Clauses => {
            next.steps = lines(&p.text("buoc"));
            next.conditions = lines(&p.text("dieu_kien"));
            next.legal_bases = lines(&p.text("can_cu"));
        }
    }
    let rows = p.rows;
    // The online level and the online channel are edited in two sections, in either order, so
    // their agreement waits for publication.
    let checked =
        next.check().into_iter().filter(|c| Section::of_path(&c.path) == section && c.kind != K::OnlineMismatch);
    problems.extend(checked.map(|c| CatalogProblem { path: form_name(&c.path, &rows), kind: c.kind }));
    if problems.is_empty() { Ok(next) } else { Err(problems) }
}

/// Which form row each kept list entry came from (the document's n-th case is form row
/// `cases[n]`), so the check's problems point at the row on the page.
#[derive(Default)]
struct RowMap {
    receiving: Vec<usize>,
    cases: Vec<usize>,
    channels: Vec<(usize, Vec<usize>)>,
    documents: Vec<usize>,
}

/// The form field a document path (`channels[0].fees[1].label`) is edited in.
fn form_name(path: &str, rows: &RowMap) -> String {
    let segments: Vec<(&str, Option<usize>)> = path
        .split('.')
        .map(|s| match s.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
            None => (s, None),
        })
        .collect();
    let row = |list: &[usize], n: usize| list.get(n).copied().unwrap_or(n);
    match segments.as_slice() {
        [("cases", Some(n)), (key, _)] => {
            format!("th.{}.{}", row(&rows.cases, *n), if *key == "key" { "ma" } else { "ten" })
        }
        [("channels", Some(n)), ("fees", Some(m)), (key, _)] => {
            let (i, fees) = rows.channels.get(*n).cloned().unwrap_or((*n, Vec::new()));
            let field = match *key {
                "label" => "ten",
                "kind" => "loai",
                "count_field" => "dem",
                _ => "bac",
            };
            format!("k.{i}.phi.{}.{field}", row(&fees, *m))
        }
        [("channels", Some(n)), (key, _)] => {
            let i = rows.channels.get(*n).map_or(*n, |c| c.0);
            let field = match *key {
                "channel" => "kenh",
                "case_key" => "truong_hop",
                "time_limit" => "thoi_han",
                "same_day_cutoff" => "gio_chot",
                _ => "ghi_chu",
            };
            format!("k.{i}.{field}")
        }
        [("receiving_agencies", Some(n))] => format!("tiep_nhan.{}", row(&rows.receiving, *n)),
        [("documents", Some(n)), (key, _)] => {
            format!("g.{}.{}", row(&rows.documents, *n), if *key == "case_key" { "truong_hop" } else { "ten" })
        }
        [("channels", _), ..] => "k.0.kenh".into(),
        [("documents", _), ..] => "g.0.ten".into(),
        [("cases", _), ..] => "th.0.ma".into(),
        [(name, _), ..] => match *name {
            "name" => "ten",
            "result" => "ket_qua",
            "target_subjects" => "doi_tuong",
            "online_level" => "muc_do",
            "field" => "linh_vuc",
            "agency" => "co_quan",
            "receiving_agencies" => "tiep_nhan.0",
            "returning_agency" => "tra_ket_qua",
            "level" => "cap",
            "fee_due" => "thu_phi",
            "aliases" => "tu_khoa",
            "publication_decision" => "quyet_dinh",
            "steps" => "buoc",
            "conditions" => "dieu_kien",
            "legal_bases" => "can_cu",
            other => other,
        }
        .to_owned(),
        [] => String::new(),
    }
}

/// Non-empty trimmed lines.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// A new procedure from the fields of the new-procedure form (`ma`, `ten`, `linh_vuc`,
/// `co_quan`, `cap`): the start of a draft, its other parts filled in section by section.
pub fn new_procedure(
    get: &dyn Fn(&str) -> Option<String>,
    today: &str,
) -> Result<ProcedureDocument, Vec<CatalogProblem>> {
    let mut problems = Vec::new();
    let mut p = Parse { get, problems: &mut problems, rows: RowMap::default() };
    let code = p.choice("ma", "ma".into(), |s| super::ProcedureCode::parse(s).ok());
    if code.is_none() {
        p.problems.pop();
        let kind = if p.text("ma").is_empty() { K::Required } else { K::BadCode };
        p.refuse("ma".into(), kind);
    }
    let name = p.text("ten");
    if name.is_empty() {
        p.refuse("ten".into(), K::Required);
    } else if name.chars().count() > super::document::MAX_TEXT_CHARS {
        p.refuse("ten".into(), K::TooLong { max: super::document::MAX_TEXT_CHARS });
    }
    let field = p.choice("linh_vuc", "linh_vuc".into(), |s| super::FieldCode::parse(s).ok());
    let agency = p.choice("co_quan", "co_quan".into(), |s| super::AgencyCode::parse(s).ok());
    let level = p.choice("cap", "cap".into(), ImplementingLevel::parse);
    match (code, field, agency, level) {
        (Some(code), Some(field), Some(agency), Some(level)) if problems.is_empty() => Ok(ProcedureDocument {
            code,
            version: 0,
            name,
            field,
            level,
            agency,
            receiving_agencies: Vec::new(),
            returning_agency: None,
            target_subjects: Vec::new(),
            online_level: OnlineLevel::None,
            eligible_full_online: false,
            aliases: Vec::new(),
            effective_from: today.to_owned(),
            effective_to: None,
            publication_decision: None,
            cases: Vec::new(),
            channels: Vec::new(),
            documents: Vec::new(),
            steps: Vec::new(),
            conditions: Vec::new(),
            legal_bases: Vec::new(),
            result: String::new(),
            fee_due: FeeDue::default(),
        }),
        _ => Err(problems),
    }
}

struct Parse<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    problems: &'a mut Vec<CatalogProblem>,
    rows: RowMap,
}

impl Parse<'_> {
    fn text(&self, name: &str) -> String {
        (self.get)(name).map(|v| crate::text::nfc(v.trim())).unwrap_or_default()
    }

    fn optional(&self, name: &str) -> Option<String> {
        Some(self.text(name)).filter(|v| !v.is_empty())
    }

    fn ticked(&self, name: &str) -> bool {
        (self.get)(name).is_some()
    }

    fn refuse(&mut self, path: String, kind: K) {
        self.problems.push(CatalogProblem { path, kind });
    }

    /// A whole number (dots and spaces as thousands separators allowed: 200.000).
    fn number(&mut self, name: &str, path: String) -> u32 {
        let raw: String = self.text(name).chars().filter(|c| !matches!(c, '.' | ' ' | ',')).collect();
        if raw.is_empty() {
            return 0;
        }
        raw.parse().unwrap_or_else(|_| {
            self.refuse(path, K::NotANumber);
            0
        })
    }

    fn choice<T>(&mut self, name: &str, path: String, parse: fn(&str) -> Option<T>) -> Option<T> {
        let raw = self.text(name);
        let parsed = parse(&raw);
        if parsed.is_none() {
            self.refuse(path, K::NotAnOption);
        }
        parsed
    }

    /// The row indexes of list `prefix` that are filled and not ticked for removal.
    fn rows(&self, prefix: &str, keys: &[&str]) -> Vec<usize> {
        (0..MAX_ROWS)
            .filter(|i| !self.ticked(&format!("{prefix}.{i}.xoa")))
            .filter(|i| keys.iter().any(|k| !self.text(&format!("{prefix}.{i}.{k}")).is_empty()))
            .collect()
    }
}

fn general(doc: &mut ProcedureDocument, p: &mut Parse) {
    doc.name = p.text("ten");
    if let Some(field) = p.choice("linh_vuc", "linh_vuc".into(), |s| super::FieldCode::parse(s).ok()) {
        doc.field = field;
    }
    if let Some(agency) = p.choice("co_quan", "co_quan".into(), |s| super::AgencyCode::parse(s).ok()) {
        doc.agency = agency;
    }
    // Receiving agencies are rows of selects (`tiep_nhan.0` …); a blank one is no agency.
    let filled: Vec<usize> = (0..MAX_ROWS).filter(|i| p.optional(&format!("tiep_nhan.{i}")).is_some()).collect();
    doc.receiving_agencies = Vec::new();
    p.rows.receiving = Vec::new();
    for i in filled {
        let name = format!("tiep_nhan.{i}");
        if let Some(agency) = p.choice(&name, name.clone(), |s| super::AgencyCode::parse(s).ok()) {
            doc.receiving_agencies.push(agency);
            p.rows.receiving.push(i);
        }
    }
    doc.returning_agency = match p.optional("tra_ket_qua") {
        None => None,
        Some(_) => p.choice("tra_ket_qua", "tra_ket_qua".into(), |s| super::AgencyCode::parse(s).ok()),
    };
    if let Some(level) = p.choice("cap", "cap".into(), ImplementingLevel::parse) {
        doc.level = level;
    }
    doc.target_subjects =
        TargetSubject::ALL.iter().copied().filter(|s| p.ticked(&format!("doi_tuong.{}", s.code()))).collect();
    if let Some(online) = p.choice("muc_do", "muc_do".into(), OnlineLevel::parse) {
        doc.online_level = online;
    }
    doc.eligible_full_online = p.ticked("toan_trinh");
    if let Some(due) = p.choice("thu_phi", "thu_phi".into(), FeeDue::parse) {
        doc.fee_due = due;
    }
    doc.aliases = lines(&p.text("tu_khoa"));
    doc.publication_decision = p.optional("quyet_dinh");
    doc.result = p.text("ket_qua");
}

fn cases(p: &mut Parse) -> Vec<ProcedureCase> {
    p.rows.cases = p.rows("th", &["ma", "ten", "mo_ta"]);
    p.rows
        .cases
        .clone()
        .into_iter()
        .map(|i| ProcedureCase {
            key: p.text(&format!("th.{i}.ma")),
            name: p.text(&format!("th.{i}.ten")),
            description: p.optional(&format!("th.{i}.mo_ta")),
        })
        .collect()
}

fn channels(p: &mut Parse) -> Vec<ChannelOffer> {
    let rows = p.rows("k", &["thoi_han", "gio_chot", "ghi_chu"]);
    let mut offers = Vec::new();
    for i in rows {
        let at = |key: &str| format!("k.{i}.{key}");
        let channel = p.choice(&at("kenh"), at("kenh"), Channel::parse);
        let unit = p.choice(&at("don_vi"), at("don_vi"), TimeUnit::parse);
        let value = p.number(&at("thoi_han"), at("thoi_han"));
        let (fees, fee_rows) = fees(p, i);
        let (Some(channel), Some(unit)) = (channel, unit) else { continue };
        p.rows.channels.push((i, fee_rows));
        offers.push(ChannelOffer {
            channel,
            case_key: p.optional(&at("truong_hop")),
            time_limit: TimeLimit { value, unit },
            same_day_cutoff: p.optional(&at("gio_chot")),
            fees,
            note: p.optional(&at("ghi_chu")),
        });
    }
    offers
}

/// The fees of channel row `channel_row`, and the form rows they came from.
fn fees(p: &mut Parse, channel_row: usize) -> (Vec<FeeItem>, Vec<usize>) {
    let prefix = format!("k.{channel_row}.phi");
    let mut items = Vec::new();
    let rows = p.rows(&prefix, &["ten", "muc", "bac"]);
    for &j in &rows {
        let at = |key: &str| format!("{prefix}.{j}.{key}");
        let kind = p.choice(&at("loai"), at("loai"), FeeKind::parse);
        let formula = match p.text(&at("cach_tinh")).as_str() {
            "per_unit" => {
                let tiers = tiers(p, &at("bac"), at("bac"));
                let cap = p.number(&at("tran"), at("tran"));
                Some(FeeFormula::PerUnit {
                    unit: p.text(&at("don_vi_tinh")),
                    tiers,
                    cap: (cap > 0).then_some(Vnd(i64::from(cap))),
                    count_field: p.optional(&at("dem")),
                })
            }
            "flat" => Some(FeeFormula::Flat { amount: Vnd(i64::from(p.number(&at("muc"), at("muc")))) }),
            _ => {
                p.refuse(at("cach_tinh"), K::NotAnOption);
                None
            }
        };
        let (Some(kind), Some(formula)) = (kind, formula) else { continue };
        items.push(FeeItem {
            kind,
            label: p.text(&at("ten")),
            formula,
            exemptions: p.optional(&at("mien_giam")),
            legal_basis: p.optional(&at("can_cu")),
        });
    }
    (items, rows)
}

/// Tiers written `1:2000, 3:1000` (from unit : amount per unit).
fn tiers(p: &mut Parse, name: &str, path: String) -> Vec<FeeTier> {
    parse_tiers(&p.text(name)).unwrap_or_else(|| {
        p.refuse(path, K::NotANumber);
        Vec::new()
    })
}

/// Tiers from their text `1:2000, 3:1.000` (also what the catalog spreadsheet writes).
pub fn parse_tiers(text: &str) -> Option<Vec<FeeTier>> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (from, amount) = t.split_once(':')?;
            let amount: String = amount.chars().filter(|c| c.is_ascii_digit()).collect();
            Some(FeeTier { from_unit: from.trim().parse().ok()?, amount: Vnd(amount.parse().ok()?) })
        })
        .collect()
}

/// `1:2000, 3:1000` for the form.
pub fn tiers_text(tiers: &[FeeTier]) -> String {
    tiers.iter().map(|t| format!("{}:{}", t.from_unit, t.amount.0)).collect::<Vec<_>>().join(", ")
}

fn documents(p: &mut Parse) -> Vec<DocumentRequirement> {
    p.rows.documents = p.rows("g", &["ten", "mau", "dieu_kien"]);
    p.rows
        .documents
        .clone()
        .into_iter()
        .map(|i| {
            let at = |key: &str| format!("g.{i}.{key}");
            DocumentRequirement {
                case_key: p.optional(&at("truong_hop")),
                name: p.text(&at("ten")),
                originals: p.number(&at("ban_chinh"), at("ban_chinh")),
                copies: p.number(&at("ban_sao"), at("ban_sao")),
                form_template: p.optional(&at("mau")),
                mandatory: p.ticked(&at("bat_buoc")),
                condition: p.optional(&at("dieu_kien")),
            }
        })
        .collect()
}

/// The section's form fields filled from `doc` (the inverse of [`apply`]): what the page shows
/// before anything is posted.
pub fn fields_of(doc: &ProcedureDocument, section: Section) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |k: String, v: &str| out.push((k, v.to_owned()));
    match section {
        Section::General => {
            put("ten".into(), &doc.name);
            put("linh_vuc".into(), doc.field.as_str());
            put("co_quan".into(), doc.agency.as_str());
            for (i, agency) in doc.receiving_agencies.iter().enumerate() {
                put(format!("tiep_nhan.{i}"), agency.as_str());
            }
            put("tra_ket_qua".into(), doc.returning_agency.as_ref().map(|a| a.as_str()).unwrap_or_default());
            put("cap".into(), doc.level.code());
            for s in &doc.target_subjects {
                put(format!("doi_tuong.{}", s.code()), "1");
            }
            put("muc_do".into(), doc.online_level.code());
            if doc.eligible_full_online {
                put("toan_trinh".into(), "1");
            }
            put("thu_phi".into(), doc.fee_due.code());
            put("tu_khoa".into(), &doc.aliases.join("\n"));
            put("quyet_dinh".into(), doc.publication_decision.as_deref().unwrap_or_default());
            put("ket_qua".into(), &doc.result);
        }
        Section::Cases => {
            for (i, c) in doc.cases.iter().enumerate() {
                put(format!("th.{i}.ma"), &c.key);
                put(format!("th.{i}.ten"), &c.name);
                put(format!("th.{i}.mo_ta"), c.description.as_deref().unwrap_or_default());
            }
        }
        Section::Channels => {
            for (i, o) in doc.channels.iter().enumerate() {
                put(format!("k.{i}.kenh"), o.channel.code());
                put(format!("k.{i}.truong_hop"), o.case_key.as_deref().unwrap_or_default());
                put(format!("k.{i}.thoi_han"), &o.time_limit.value.to_string());
                put(format!("k.{i}.don_vi"), o.time_limit.unit.code());
                put(format!("k.{i}.gio_chot"), o.same_day_cutoff.as_deref().unwrap_or_default());
                put(format!("k.{i}.ghi_chu"), o.note.as_deref().unwrap_or_default());
                for (j, f) in o.fees.iter().enumerate() {
                    let at = |key: &str| format!("k.{i}.phi.{j}.{key}");
                    put(at("loai"), f.kind.code());
                    put(at("ten"), &f.label);
                    match &f.formula {
                        FeeFormula::Flat { amount } => {
                            put(at("cach_tinh"), "flat");
                            put(at("muc"), &amount.0.to_string());
                        }
                        FeeFormula::PerUnit { unit, tiers, cap, count_field } => {
                            put(at("dem"), count_field.as_deref().unwrap_or_default());
                            put(at("cach_tinh"), "per_unit");
                            put(at("don_vi_tinh"), unit);
                            put(at("bac"), &tiers_text(tiers));
                            put(at("tran"), &cap.map(|c| c.0.to_string()).unwrap_or_default());
                        }
                    }
                    put(at("mien_giam"), f.exemptions.as_deref().unwrap_or_default());
                    put(at("can_cu"), f.legal_basis.as_deref().unwrap_or_default());
                }
            }
        }
        Section::Documents => {
            for (i, d) in doc.documents.iter().enumerate() {
                put(format!("g.{i}.truong_hop"), d.case_key.as_deref().unwrap_or_default());
                put(format!("g.{i}.ten"), &d.name);
                put(format!("g.{i}.ban_chinh"), &d.originals.to_string());
                put(format!("g.{i}.ban_sao"), &d.copies.to_string());
                put(format!("g.{i}.mau"), d.form_template.as_deref().unwrap_or_default());
                if d.mandatory {
                    put(format!("g.{i}.bat_buoc"), "1");
                }
                put(format!("g.{i}.dieu_kien"), d.condition.as_deref().unwrap_or_default());
            }
        }
        Section::Clauses => {
            put("buoc".into(), &doc.steps.join("\n"));
            put("dieu_kien".into(), &doc.conditions.join("\n"));
            put("can_cu".into(), &doc.legal_bases.join("\n"));
        }
    }
    out
}

/// How many rows of list `prefix` the fields hold (`prefix.i.…`, the highest `i` plus one).
pub fn row_count(fields: &[(String, String)], prefix: &str) -> usize {
    let head = format!("{prefix}.");
    fields
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(&head)?.split('.').next()?.parse::<usize>().ok())
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::AgencyCode;
    use std::collections::HashMap;

    fn posted(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        move |k: &str| map.get(k).cloned()
    }

    fn sample() -> ProcedureDocument {
        crate::catalog::document::tests::sample()
    }

    #[test]
    fn every_section_round_trips_through_its_form() {
        let mut doc = sample();
        doc.aliases = vec!["CT".into(), "chứng thực".into()];
        doc.conditions = vec!["Bản chính còn rõ".into()];
        doc.receiving_agencies =
            vec![AgencyCode::parse("000.00.01.H52").unwrap(), AgencyCode::parse("000.02.50.H52").unwrap()];
        doc.returning_agency = Some(AgencyCode::parse("000.00.01.H52").unwrap());
        for section in Section::ALL {
            let fields = fields_of(&doc, section);
            let map: HashMap<String, String> = fields.into_iter().collect();
            let back = apply(&doc, section, &|k| map.get(k).cloned()).unwrap_or_else(|p| panic!("{section:?}: {p:?}"));
            assert_eq!(back, doc, "{section:?}");
        }
        assert_eq!(row_count(&fields_of(&doc, Section::Channels), "k"), 1);
        assert_eq!(row_count(&fields_of(&doc, Section::Channels), "k.0.phi"), 1);
    }

    #[test]
    fn blank_rows_are_ignored_and_ticked_rows_removed() {
        let form = posted(&[
            ("th.0.ma", "binh_thuong"),
            ("th.0.ten", "Thông thường"),
            ("th.1.ma", "phuc_tap"),
            ("th.1.ten", "Phức tạp"),
            ("th.1.xoa", "1"),
            ("th.2.ma", ""),
            ("th.2.ten", ""),
            ("th.3.ma", "nhieu_trang"),
            ("th.3.ten", "Nhiều trang"),
        ]);
        let doc = apply(&sample(), Section::Cases, &form).unwrap();
        let keys: Vec<&str> = doc.cases.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["binh_thuong", "nhieu_trang"]);
    }

    #[test]
    fn a_channel_with_a_per_page_fee_is_read_from_its_rows() {
        let form = posted(&[
            ("k.0.kenh", "online"),
            ("k.0.truong_hop", "binh_thuong"),
            ("k.0.thoi_han", "2"),
            ("k.0.don_vi", "working_days"),
            ("k.0.gio_chot", "15:00"),
            ("k.0.phi.0.loai", "fee"),
            ("k.0.phi.0.ten", "Phí chứng thực"),
            ("k.0.phi.0.cach_tinh", "per_unit"),
            ("k.0.phi.0.don_vi_tinh", "trang"),
            ("k.0.phi.0.bac", "1:2.000, 3:1.000"),
            ("k.0.phi.0.tran", "200.000"),
        ]);
        let doc = apply(&sample(), Section::Channels, &form).unwrap();
        assert_eq!(doc.channels.len(), 1);
        let offer = &doc.channels[0];
        assert_eq!(offer.time_limit, TimeLimit { value: 2, unit: TimeUnit::WorkingDays });
        assert_eq!(offer.fees[0].formula.amount_for(4), Vnd(6_000));
        assert_eq!(
            tiers_text(match &offer.fees[0].formula {
                FeeFormula::PerUnit { tiers, .. } => tiers,
                FeeFormula::Flat { .. } => panic!("per unit"),
            }),
            "1:2000, 3:1000"
        );
    }

    #[test]
    fn bad_values_refuse_the_save_where_they_are() {
        let form = posted(&[
            ("k.0.kenh", "fax"),
            ("k.0.thoi_han", "mười"),
            ("k.0.don_vi", "working_days"),
            ("k.1.kenh", "online"),
            ("k.1.thoi_han", "3"),
            ("k.1.don_vi", "working_days"),
            ("k.1.truong_hop", "khong_co"),
        ]);
        let problems = apply(&sample(), Section::Channels, &form).unwrap_err();
        let paths: Vec<(&str, &K)> = problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(
            paths,
            [
                ("k.0.kenh", &K::NotAnOption),
                ("k.0.thoi_han", &K::NotANumber),
                ("k.1.truong_hop", &K::UnknownCase { key: "khong_co".into() }),
            ]
        );
    }

    #[test]
    fn another_sections_gaps_do_not_stop_a_save() {
        let mut doc = sample();
        doc.documents.clear();
        let form = posted(&[("buoc", "Nộp hồ sơ\n\n Nhận kết quả "), ("can_cu", "Luật Hộ tịch 2014")]);
        let saved = apply(&doc, Section::Clauses, &form).unwrap();
        assert_eq!(saved.steps, ["Nộp hồ sơ", "Nhận kết quả"]);
        let problems = apply(&doc, Section::Clauses, &posted(&[])).unwrap_err();
        assert_eq!(problems[0].path, "buoc", "steps are this section's, named by their field");
    }
}
