//! One procedure version as a document: every constituent part of Decree 63/2010 Art. 8, in the
//! shape the portal imports and exports (its own JSON) and the catalog editor edits. The portal
//! numbers the versions itself; `version` is informative on export and ignored on import.
//!
//! [`ProcedureDocument::check`] is the one check of a document on its own (the database adds
//! what it alone knows: the field and agency exist, the date follows the version in force).

use super::{
    AgencyCode, Channel, ChannelOffer, DocumentRequirement, FeeFormula, FieldCode, ImplementingLevel, OnlineLevel,
    ProcedureCase, ProcedureCode, TargetSubject,
};
use serde::{Deserialize, Serialize};

/// The longest name, step, condition or legal basis accepted (a full sentence of legalese fits).
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The most cases, channel offers, documents or clauses of one kind in a procedure.
pub const MAX_PARTS: usize = 100;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureDocument {
    pub code: ProcedureCode,
    #[serde(default)]
    pub version: u32,
    pub name: String,
    pub field: FieldCode,
    pub level: ImplementingLevel,
    /// The agency that decides (cơ quan có thẩm quyền quyết định) and, unless a step of the
    /// workflow names another, processes.
    pub agency: AgencyCode,
    /// The one-stop units that receive its dossiers, the first being where an online dossier
    /// goes unless its filer picks another; empty: the deciding agency's own (a provincial
    /// centre receives for many agencies, a commune's may receive for provincial ones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub receiving_agencies: Vec<AgencyCode>,
    /// Where results are handed back; `None`: where the dossier was received.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returning_agency: Option<AgencyCode>,
    pub target_subjects: Vec<TargetSubject>,
    pub online_level: OnlineLevel,
    pub eligible_full_online: bool,
    /// Abbreviations and other words people search by (GPXD, LLTP, HKD …).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO dates; the version applies from `effective_from` until its successor starts.
    pub effective_from: String,
    pub effective_to: Option<String>,
    pub publication_decision: Option<String>,
    #[serde(default)]
    pub cases: Vec<ProcedureCase>,
    pub channels: Vec<ChannelOffer>,
    pub documents: Vec<DocumentRequirement>,
    pub steps: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<String>,
    pub legal_bases: Vec<String>,
    pub result: String,
    /// When the fees are paid: before the counter receives the dossier, or before the result.
    #[serde(default)]
    pub fee_due: crate::payment::FeeDue,
}

/// What is wrong with a document, at a path such as `channels[2].time_limit`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogProblem {
    pub path: String,
    pub kind: CatalogProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CatalogProblemKind {
    Required,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    InvalidDate,
    EndsBeforeStart,
    DuplicateCase,
    UnknownCase {
        key: String,
    },
    InvalidCutoff,
    /// Offered online (partly or fully) without an online channel offer, or the reverse.
    OnlineMismatch,
    /// Fee tiers must start at unit 1 and rise.
    InvalidTiers,
    NotANumber,
    NotAnOption,
    /// A procedure with this code exists already.
    CodeTaken,
    /// Not a code of the national database's form (one digit, a dot, six digits).
    BadCode,
    /// Not a name an e-form field can have (`so_trang`).
    BadFieldKey,
    /// The version ends already (ISO date).
    AlreadyEnds {
        on: String,
    },
    /// A date in the past where only today or later makes sense.
    InThePast,
    /// A workflow is reception, processing step(s), approval, result, in that order.
    WorkflowShape,
    /// Only a processing step may be done by another agency (liên thông).
    OnlyProcessingElsewhere,
    /// No unit with this code in the agency that does the step.
    UnknownUnit {
        code: String,
    },
    /// The steps' budgets end after the procedure's own time limit would (the date and time
    /// the law allows, from a plain Monday's opening).
    OverLegalLimit {
        planned: String,
        legal: String,
    },
    UnknownField {
        code: String,
    },
    UnknownAgency {
        code: String,
    },
    /// A new version must start after the version it follows (ISO date of that one).
    NotAfterCurrent {
        current: String,
    },
    /// The same entry twice in a list.
    Duplicate,
    /// E-form builder: a repeating group cannot hold another group.
    GroupInGroup,
    /// E-form builder: a cross-field rule that cannot stand (`FormSchema::check_rule`).
    BadRule,
    /// E-form builder: a field changed so that a cross-field rule naming it could not stand.
    UsedByRule,
    /// E-form builder: another field has this key.
    DuplicateFieldKey,
    /// E-form builder: a section or group that still holds fields.
    NotEmpty,
    /// E-form builder: the field named by another field's condition (that field's label).
    InUse {
        by: String,
    },
    /// The smallest is above the largest (or the largest is 0 where it cannot be).
    InvalidRange,
    /// An option line without a value or label, or whose value is used twice.
    BadOption {
        line: String,
    },
    /// The form's draft started from an older version than the one published since.
    PublishedSince {
        version: i32,
    },
    /// A form to publish with no field at all.
    EmptyForm,
    /// A fee is counted from this form field, which the form does not ask as a number.
    MissingCountField {
        key: String,
    },
    /// Spreadsheet: a part of a cell's line the grammar does not know (its label as written).
    UnknownPart {
        part: String,
    },
    /// Spreadsheet: a fee line names a channel (and case) the procedure has no offer for.
    UnknownChannel,
    /// The whole row or file could not be read (the reader's own words).
    Unreadable {
        reason: String,
    },
}

impl ProcedureDocument {
    /// Every problem of the document on its own; empty when it may be saved.
    pub fn check(&self) -> Vec<CatalogProblem> {
        let mut problems = Problems::default();
        problems.text("name", &self.name, true);
        problems.text("result", &self.result, true);
        if self.target_subjects.is_empty() {
            problems.push("target_subjects", CatalogProblemKind::Required);
        }
        let from = problems.date("effective_from", Some(&self.effective_from));
        let to = problems.date("effective_to", self.effective_to.as_deref());
        if let (Some(from), Some(to)) = (from, to)
            && to <= from
        {
            problems.push("effective_to", CatalogProblemKind::EndsBeforeStart);
        }
        for (i, alias) in self.aliases.iter().enumerate() {
            problems.text(&format!("aliases[{i}]"), alias, true);
        }
        problems.count("aliases", self.aliases.len());
        problems.count("receiving_agencies", self.receiving_agencies.len());
        for (i, agency) in self.receiving_agencies.iter().enumerate() {
            if self.receiving_agencies[..i].contains(agency) {
                problems.push(&format!("receiving_agencies[{i}]"), CatalogProblemKind::Duplicate);
            }
        }
        self.check_cases(&mut problems);
        self.check_channels(&mut problems);
        for (i, d) in self.documents.iter().enumerate() {
            problems.text(&format!("documents[{i}].name"), &d.name, true);
            problems.case(&format!("documents[{i}].case_key"), d.case_key.as_deref(), &self.cases);
        }
        problems.required_list("documents", self.documents.len());
        for (kind, list) in
            [("steps", &self.steps), ("conditions", &self.conditions), ("legal_bases", &self.legal_bases)]
        {
            for (i, body) in list.iter().enumerate() {
                problems.text(&format!("{kind}[{i}]"), body, true);
            }
            problems.count(kind, list.len());
        }
        if self.steps.is_empty() {
            problems.push("steps", CatalogProblemKind::Required);
        }
        problems.0
    }

    fn check_cases(&self, problems: &mut Problems) {
        problems.count("cases", self.cases.len());
        for (i, c) in self.cases.iter().enumerate() {
            let key_ok = !c.key.is_empty()
                && c.key.len() <= 40
                && c.key.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            if !key_ok {
                problems.push(&format!("cases[{i}].key"), CatalogProblemKind::Required);
            } else if self.cases[..i].iter().any(|d| d.key == c.key) {
                problems.push(&format!("cases[{i}].key"), CatalogProblemKind::DuplicateCase);
            }
            problems.text(&format!("cases[{i}].name"), &c.name, true);
        }
    }

    fn check_channels(&self, problems: &mut Problems) {
        problems.required_list("channels", self.channels.len());
        for (i, offer) in self.channels.iter().enumerate() {
            let at = format!("channels[{i}]");
            problems.case(&format!("{at}.case_key"), offer.case_key.as_deref(), &self.cases);
            // A second offer for the same channel and case would never apply to any dossier.
            if self.channels[..i].iter().any(|o| o.channel == offer.channel && o.case_key == offer.case_key) {
                problems.push(&format!("{at}.case_key"), CatalogProblemKind::Duplicate);
            }
            if let Some(cutoff) = &offer.same_day_cutoff
                && chrono::NaiveTime::parse_from_str(cutoff, "%H:%M").is_err()
            {
                problems.push(&format!("{at}.same_day_cutoff"), CatalogProblemKind::InvalidCutoff);
            }
            problems.count(&format!("{at}.fees"), offer.fees.len());
            for (j, fee) in offer.fees.iter().enumerate() {
                problems.text(&format!("{at}.fees[{j}].label"), &fee.label, true);
                if let FeeFormula::PerUnit { tiers, count_field, .. } = &fee.formula {
                    let rising = tiers.windows(2).all(|w| w[0].from_unit < w[1].from_unit);
                    if tiers.first().map(|t| t.from_unit) != Some(1) || !rising {
                        problems.push(&format!("{at}.fees[{j}].formula"), CatalogProblemKind::InvalidTiers);
                    }
                    if count_field.as_deref().is_some_and(|k| !super::fees::is_field_key(k)) {
                        problems.push(&format!("{at}.fees[{j}].count_field"), CatalogProblemKind::BadFieldKey);
                    }
                }
            }
        }
        let online = self.channels.iter().any(|c| c.channel == Channel::Online);
        if online != (self.online_level != OnlineLevel::None) {
            problems.push("online_level", CatalogProblemKind::OnlineMismatch);
        }
    }
}

#[derive(Default)]
struct Problems(Vec<CatalogProblem>);

impl Problems {
    fn push(&mut self, path: &str, kind: CatalogProblemKind) {
        self.0.push(CatalogProblem { path: path.to_owned(), kind });
    }

    fn text(&mut self, path: &str, value: &str, required: bool) {
        if required && value.trim().is_empty() {
            self.push(path, CatalogProblemKind::Required);
        } else if value.chars().count() > MAX_TEXT_CHARS {
            self.push(path, CatalogProblemKind::TooLong { max: MAX_TEXT_CHARS });
        }
    }

    fn date(&mut self, path: &str, value: Option<&str>) -> Option<chrono::NaiveDate> {
        let value = value?;
        let parsed = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.push(path, CatalogProblemKind::InvalidDate);
        }
        parsed
    }

    fn count(&mut self, path: &str, n: usize) {
        if n > MAX_PARTS {
            self.push(path, CatalogProblemKind::TooMany { max: MAX_PARTS });
        }
    }

    fn required_list(&mut self, path: &str, n: usize) {
        if n == 0 {
            self.push(path, CatalogProblemKind::Required);
        }
        self.count(path, n);
    }

    fn case(&mut self, path: &str, key: Option<&str>, cases: &[ProcedureCase]) {
        if let Some(key) = key
            && !cases.iter().any(|c| c.key == key)
        {
            self.push(path, CatalogProblemKind::UnknownCase { key: key.to_owned() });
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalog::{FeeItem, FeeKind, FeeTier, TimeLimit, TimeUnit};
    use crate::money::Vnd;

    pub(crate) fn sample() -> ProcedureDocument {
        ProcedureDocument {
            code: ProcedureCode::parse("2.000815").unwrap(),
            version: 0,
            name: "Chứng thực bản sao từ bản chính".into(),
            field: FieldCode::parse("CT").unwrap(),
            level: ImplementingLevel::Commune,
            agency: AgencyCode::parse("000.01.50.H52").unwrap(),
            receiving_agencies: Vec::new(),
            returning_agency: None,
            target_subjects: vec![TargetSubject::Citizen],
            online_level: OnlineLevel::Partial,
            eligible_full_online: false,
            aliases: vec![],
            effective_from: "2025-07-01".into(),
            effective_to: None,
            publication_decision: None,
            cases: vec![ProcedureCase {
                key: "binh_thuong".into(), name: "Thông thường".into(), description: None
            }],
            channels: vec![ChannelOffer {
                channel: Channel::Online,
                case_key: Some("binh_thuong".into()),
                time_limit: TimeLimit { value: 0, unit: TimeUnit::WorkingDays },
                same_day_cutoff: Some("15:00".into()),
                fees: vec![FeeItem {
                    kind: FeeKind::Fee,
                    label: "Phí chứng thực".into(),
                    formula: FeeFormula::PerUnit {
                        unit: "trang".into(),
                        tiers: vec![
                            FeeTier { from_unit: 1, amount: Vnd(2_000) },
                            FeeTier { from_unit: 3, amount: Vnd(1_000) },
                        ],
                        cap: Some(Vnd(200_000)),
                        count_field: None,
                    },
                    exemptions: None,
                    legal_basis: None,
                }],
                note: None,
            }],
            documents: vec![DocumentRequirement {
                case_key: None,
                name: "Bản chính giấy tờ".into(),
                originals: 1,
                copies: 0,
                form_template: None,
                mandatory: true,
                condition: None,
            }],
            steps: vec!["Nộp hồ sơ".into()],
            conditions: vec![],
            legal_bases: vec!["Nghị định 23/2015/NĐ-CP".into()],
            result: "Bản sao được chứng thực".into(),
            fee_due: crate::payment::FeeDue::AtSubmission,
        }
    }

    fn kinds(doc: &ProcedureDocument) -> Vec<(String, CatalogProblemKind)> {
        doc.check().into_iter().map(|p| (p.path, p.kind)).collect()
    }

    #[test]
    fn a_complete_document_passes() {
        assert_eq!(kinds(&sample()), vec![]);
    }

    #[test]
    fn each_part_is_checked_where_it_is() {
        let mut doc = sample();
        doc.name = "  ".into();
        doc.effective_to = Some("2025-06-30".into());
        doc.cases.push(ProcedureCase { key: "binh_thuong".into(), name: "Lặp".into(), description: None });
        doc.channels[0].case_key = Some("khong_co".into());
        doc.channels[0].same_day_cutoff = Some("25:00".into());
        if let FeeFormula::PerUnit { tiers, .. } = &mut doc.channels[0].fees[0].formula {
            tiers.reverse();
        }
        doc.documents.clear();
        doc.online_level = OnlineLevel::None;
        assert_eq!(
            kinds(&doc),
            vec![
                ("name".into(), CatalogProblemKind::Required),
                ("effective_to".into(), CatalogProblemKind::EndsBeforeStart),
                ("cases[1].key".into(), CatalogProblemKind::DuplicateCase),
                ("channels[0].case_key".into(), CatalogProblemKind::UnknownCase { key: "khong_co".into() }),
                ("channels[0].same_day_cutoff".into(), CatalogProblemKind::InvalidCutoff),
                ("channels[0].fees[0].formula".into(), CatalogProblemKind::InvalidTiers),
                ("online_level".into(), CatalogProblemKind::OnlineMismatch),
                ("documents".into(), CatalogProblemKind::Required),
            ]
        );
    }

    #[test]
    fn the_json_shape_round_trips() {
        let doc = sample();
        let json = serde_json::to_string(&doc).unwrap();
        assert_eq!(serde_json::from_str::<ProcedureDocument>(&json).unwrap(), doc);
        assert!(serde_json::from_str::<ProcedureDocument>(&json.replacen("{", "{\"extra\":1,", 1)).is_err());
    }
}
