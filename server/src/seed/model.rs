//! The shape of a catalog seed file (JSON). The demo catalog in `demo_catalog.json` uses it, and
//! so can a province importing its own catalog.

use serde::Deserialize;
use shared::catalog::{
    AgencyCode, ChannelOffer, DocumentRequirement, FieldCode, ImplementingLevel, OnlineLevel, ProcedureCase,
    ProcedureCode, TargetSubject,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogSeed {
    pub admin_units: Vec<SeedAdminUnit>,
    pub agencies: Vec<SeedAgency>,
    pub fields: Vec<SeedField>,
    pub procedures: Vec<SeedProcedure>,
}

/// An administrative unit (đơn vị hành chính). Units are data with validity dates, and a unit
/// abolished by a merger names its successor so old addresses still resolve.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAdminUnit {
    /// Official unit code: 2 digits for a province, 5 for a commune.
    pub code: String,
    pub name: String,
    /// `province`, `district` (abolished 1/7/2025, kept for old records), `commune` or `ward`.
    pub kind: String,
    pub parent: Option<String>,
    /// ISO dates.
    pub valid_from: String,
    pub valid_to: Option<String>,
    pub successor: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAgency {
    pub code: AgencyCode,
    pub name: String,
    pub level: ImplementingLevel,
    /// Code of the administrative unit the agency serves.
    pub admin_unit: String,
    pub parent: Option<AgencyCode>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedField {
    pub code: FieldCode,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProcedure {
    pub code: ProcedureCode,
    pub version: u32,
    pub name: String,
    pub field: FieldCode,
    pub level: ImplementingLevel,
    pub agency: AgencyCode,
    pub target_subjects: Vec<TargetSubject>,
    pub online_level: OnlineLevel,
    pub eligible_full_online: bool,
    /// Abbreviations and other words people search by (GPXD, LLTP, HKD …).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO dates.
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
}
