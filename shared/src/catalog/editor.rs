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
    let mut p = Parse { get, problems: &mut problems };
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
    problems.extend(next.check().into_iter().filter(|c| Section::of_path(&c.path) == section));
    if problems.is_empty() { Ok(next) } else { Err(problems) }
}

/// Non-empty trimmed lines.
pub fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

struct Parse<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    problems: &'a mut Vec<CatalogProblem>,
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
    if let Some(field) = p.choice("linh_vuc", "field".into(), |s| super::FieldCode::parse(s).ok()) {
        doc.field = field;
    }
    if let Some(agency) = p.choice("co_quan", "agency".into(), |s| super::AgencyCode::parse(s).ok()) {
        doc.agency = agency;
    }
    if let Some(level) = p.choice("cap", "level".into(), ImplementingLevel::parse) {
        doc.level = level;
    }
    doc.target_subjects =
        TargetSubject::ALL.iter().copied().filter(|s| p.ticked(&format!("doi_tuong.{}", s.code()))).collect();
    if let Some(online) = p.choice("muc_do", "online_level".into(), OnlineLevel::parse) {
        doc.online_level = online;
    }
    doc.eligible_full_online = p.ticked("toan_trinh");
    if let Some(due) = p.choice("thu_phi", "fee_due".into(), FeeDue::parse) {
        doc.fee_due = due;
    }
    doc.aliases = lines(&p.text("tu_khoa"));
    doc.publication_decision = p.optional("quyet_dinh");
    doc.result = p.text("ket_qua");
}

fn cases(p: &mut Parse) -> Vec<ProcedureCase> {
    p.rows("th", &["ma", "ten", "mo_ta"])
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
    for (n, i) in rows.into_iter().enumerate() {
        let at = |key: &str| format!("k.{i}.{key}");
        let path = |key: &str| format!("channels[{n}].{key}");
        let channel = p.choice(&at("kenh"), path("channel"), Channel::parse);
        let unit = p.choice(&at("don_vi"), path("time_limit"), TimeUnit::parse);
        let value = p.number(&at("thoi_han"), path("time_limit"));
        let fees = fees(p, i, n);
        let (Some(channel), Some(unit)) = (channel, unit) else { continue };
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

fn fees(p: &mut Parse, channel_row: usize, n: usize) -> Vec<FeeItem> {
    let prefix = format!("k.{channel_row}.phi");
    let mut items = Vec::new();
    for (m, j) in p.rows(&prefix, &["ten", "muc", "bac"]).into_iter().enumerate() {
        let at = |key: &str| format!("{prefix}.{j}.{key}");
        let path = |key: &str| format!("channels[{n}].fees[{m}].{key}");
        let kind = p.choice(&at("loai"), path("kind"), FeeKind::parse);
        let formula = match p.text(&at("cach_tinh")).as_str() {
            "per_unit" => {
                let tiers = tiers(p, &at("bac"), path("formula"));
                let cap = p.number(&at("tran"), path("formula"));
                Some(FeeFormula::PerUnit {
                    unit: p.text(&at("don_vi_tinh")),
                    tiers,
                    cap: (cap > 0).then_some(Vnd(i64::from(cap))),
                })
            }
            "flat" => Some(FeeFormula::Flat { amount: Vnd(i64::from(p.number(&at("muc"), path("formula")))) }),
            _ => {
                p.refuse(path("formula"), K::NotAnOption);
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
    items
}

/// Tiers written `1:2000, 3:1000` (from unit : amount per unit).
fn tiers(p: &mut Parse, name: &str, path: String) -> Vec<FeeTier> {
    let text = p.text(name);
    let parsed: Option<Vec<FeeTier>> = text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (from, amount) = t.split_once(':')?;
            let amount: String = amount.chars().filter(|c| c.is_ascii_digit()).collect();
            Some(FeeTier { from_unit: from.trim().parse().ok()?, amount: Vnd(amount.parse().ok()?) })
        })
        .collect();
    parsed.unwrap_or_else(|| {
        p.refuse(path, K::NotANumber);
        Vec::new()
    })
}

/// `1:2000, 3:1000` for the form.
pub fn tiers_text(tiers: &[FeeTier]) -> String {
    tiers.iter().map(|t| format!("{}:{}", t.from_unit, t.amount.0)).collect::<Vec<_>>().join(", ")
}

fn documents(p: &mut Parse) -> Vec<DocumentRequirement> {
    let rows = p.rows("g", &["ten", "mau", "dieu_kien"]);
    rows.into_iter()
        .enumerate()
        .map(|(n, i)| {
            let at = |key: &str| format!("g.{i}.{key}");
            DocumentRequirement {
                case_key: p.optional(&at("truong_hop")),
                name: p.text(&at("ten")),
                originals: p.number(&at("ban_chinh"), format!("documents[{n}].originals")),
                copies: p.number(&at("ban_sao"), format!("documents[{n}].copies")),
                form_template: p.optional(&at("mau")),
                mandatory: p.ticked(&at("bat_buoc")),
                condition: p.optional(&at("dieu_kien")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn posted(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        move |k: &str| map.get(k).cloned()
    }

    fn sample() -> ProcedureDocument {
        crate::catalog::document::tests::sample()
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
                ("channels[0].channel", &K::NotAnOption),
                ("channels[0].time_limit", &K::NotANumber),
                ("channels[0].case_key", &K::UnknownCase { key: "khong_co".into() }),
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
        assert!(apply(&doc, Section::Clauses, &posted(&[])).is_err(), "steps are this section's");
    }
}
