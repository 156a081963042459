//! The catalog of administrative procedures (thủ tục hành chính, TTHC).
//!
//! The constituent parts of a procedure follow Decree 63/2010 Art. 8(2), which Decision 766
//! indicator 1.3 checks: name, steps, channels, documents, time limit, subjects, implementing
//! agency; plus forms, conditions, fees, result and legal bases where they apply.

mod codes;
mod document;
pub mod editor;
mod fees;
mod query;
pub mod sheet;
mod time_limit;

pub use codes::{AgencyCode, CodeError, FieldCode, ProcedureCode};
pub use document::{CatalogProblem, CatalogProblemKind, MAX_PARTS, MAX_TEXT_CHARS, ProcedureDocument};
pub use fees::{FeeFormula, FeeItem, FeeKind, FeeTier, MAX_UNITS, is_field_key};
pub use query::{CatalogQuery, MAX_PAGE, MAX_QUERY_CHARS, PER_PAGE, QueryProblem, RawCatalogQuery};
pub use time_limit::{TimeLimit, TimeUnit};

use serde::{Deserialize, Serialize};

/// Which e-form of the catalog an editor's page is about: a procedure's own (`1.000894`) or
/// one of its cases' (`1.000894~phai_xac_minh`), written so in the editor's URLs. A dossier of
/// a case that has its own form is filed on it; the other cases use the procedure's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormTarget {
    pub code: String,
    pub case: Option<String>,
}

impl FormTarget {
    pub fn parse(target: &str) -> FormTarget {
        match target.split_once('~') {
            Some((code, case)) if !case.is_empty() => FormTarget { code: code.to_owned(), case: Some(case.to_owned()) },
            _ => FormTarget { code: target.trim_end_matches('~').to_owned(), case: None },
        }
    }
}

impl std::fmt::Display for FormTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.case {
            Some(case) => write!(f, "{}~{case}", self.code),
            None => f.write_str(&self.code),
        }
    }
}

/// Which of a procedure's offers (for one channel, in their order, each for one case or for
/// every case) applies to a dossier of `case`: the case's own, else the one for every case, else
/// the first. The case decides the time limit and the fees (Decree 63/2010 Art. 8: a procedure's
/// parts may differ by case), so a dossier never silently takes another case's.
pub fn offer_for_case(offers: &[Option<&str>], case: Option<&str>) -> Option<usize> {
    let own = case.and_then(|c| offers.iter().position(|o| *o == Some(c)));
    own.or_else(|| offers.iter().position(Option::is_none)).or(if offers.is_empty() { None } else { Some(0) })
}

pub(crate) use crate::code::coded_enum;

coded_enum! {
    /// Online service level, Decree 42/2022 Art. 11: "toàn trình" (full, formerly level 4) and
    /// "một phần" (partial, formerly level 3). `None` is information only (formerly levels 1–2).
    OnlineLevel { None => "none", Partial => "partial", Full => "full" }
}

coded_enum! {
    /// The tier of government that implements a procedure. Since 1 July 2025 local government has
    /// two tiers (province and commune); vertically organised agencies post staff to the centres.
    ImplementingLevel { Province => "province", Commune => "commune" }
}

coded_enum! {
    /// Submission channel; the national sync calls it `KenhThucHien` (1, 2, 3).
    Channel { Direct => "direct", Online => "online", Postal => "postal" }
}

coded_enum! {
    /// Who may file the procedure.
    TargetSubject { Citizen => "citizen", Foreigner => "foreigner", Organization => "organization" }
}

impl Channel {
    /// The national sync's `KenhThucHien` value.
    pub fn sync_code(self) -> u8 {
        match self {
            Channel::Direct => 1,
            Channel::Online => 2,
            Channel::Postal => 3,
        }
    }
}

/// One line of the procedure list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureSummary {
    pub code: ProcedureCode,
    pub name: String,
    pub field_name: String,
    pub level: ImplementingLevel,
    pub agency_name: String,
    pub online_level: OnlineLevel,
}

/// A page of the procedure list, already ranked and cut.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogPage {
    pub items: Vec<ProcedureSummary>,
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

impl CatalogPage {
    pub fn page_count(&self) -> u32 {
        let pages = self.total.div_ceil(u64::from(self.per_page.max(1)));
        u32::try_from(pages).unwrap_or(u32::MAX).max(1)
    }
}

/// A code and its display name, for filter choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub code: String,
    pub name: String,
}

/// A filter value with the number of current procedures it selects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facet {
    pub code: String,
    pub name: String,
    pub count: u64,
}

/// The values a visitor can filter the list by, with counts; the home page groups by them too.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CatalogFacets {
    pub agencies: Vec<Facet>,
    pub fields: Vec<Facet>,
    pub levels: Vec<(ImplementingLevel, u64)>,
    pub online_levels: Vec<(OnlineLevel, u64)>,
}

/// A sub-case of a procedure (trường hợp) with its own documents, time limit or fee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureCase {
    pub key: String,
    pub name: String,
    pub description: Option<String>,
}

/// How a procedure is offered through one channel: its time limit and fees there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelOffer {
    pub channel: Channel,
    /// The case this offer applies to; `None` means every case.
    pub case_key: Option<String>,
    pub time_limit: TimeLimit,
    /// Same-day procedures: a dossier received after this local time (HH:MM) is returned the
    /// next working day. A per-procedure rule, never a general one.
    pub same_day_cutoff: Option<String>,
    pub fees: Vec<FeeItem>,
    pub note: Option<String>,
}

/// A document the applicant must (or may) provide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentRequirement {
    pub case_key: Option<String>,
    pub name: String,
    pub originals: u32,
    pub copies: u32,
    /// The official form or declaration to fill in, when there is one.
    pub form_template: Option<String>,
    pub mandatory: bool,
    pub condition: Option<String>,
}

/// Every constituent part of one procedure version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureDetail {
    pub code: ProcedureCode,
    pub version: u32,
    pub name: String,
    pub field: Named,
    pub level: ImplementingLevel,
    pub agency: Named,
    /// Where its dossiers are received (empty: at the deciding agency's own counter).
    pub receiving: Vec<Named>,
    /// Where results are handed back (`None`: where the dossier was received).
    pub returning: Option<Named>,
    pub target_subjects: Vec<TargetSubject>,
    pub online_level: OnlineLevel,
    pub eligible_full_online: bool,
    pub cases: Vec<ProcedureCase>,
    pub channels: Vec<ChannelOffer>,
    pub documents: Vec<DocumentRequirement>,
    pub steps: Vec<String>,
    pub conditions: Vec<String>,
    pub legal_bases: Vec<String>,
    pub result: String,
    /// ISO date (YYYY-MM-DD) from which this version applies.
    pub effective_from: String,
    pub publication_decision: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_takes_its_own_offer_then_the_common_one_then_the_first() {
        let offers = [Some("thong_thuong"), None, Some("phuc_tap")];
        assert_eq!(offer_for_case(&offers, Some("phuc_tap")), Some(2));
        assert_eq!(offer_for_case(&offers, Some("khac")), Some(1));
        assert_eq!(offer_for_case(&offers, None), Some(1));
        assert_eq!(offer_for_case(&[Some("a"), Some("b")], None), Some(0));
        assert_eq!(offer_for_case(&[], Some("a")), None);
    }

    #[test]
    fn coded_enums_round_trip() {
        for level in OnlineLevel::ALL {
            assert_eq!(OnlineLevel::parse(level.code()), Some(*level));
        }
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.code()), Some(*channel));
        }
        assert_eq!(ImplementingLevel::parse("district"), None);
    }

    #[test]
    fn channel_sync_codes_follow_the_national_vocabulary() {
        assert_eq!(Channel::Direct.sync_code(), 1);
        assert_eq!(Channel::Online.sync_code(), 2);
        assert_eq!(Channel::Postal.sync_code(), 3);
    }

    #[test]
    fn page_count_rounds_up_and_is_at_least_one() {
        let page = |total| CatalogPage { items: vec![], total, page: 1, per_page: 20 };
        assert_eq!(page(0).page_count(), 1);
        assert_eq!(page(20).page_count(), 1);
        assert_eq!(page(21).page_count(), 2);
    }
}
