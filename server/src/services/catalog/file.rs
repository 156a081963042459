//! The portal's own catalog file (JSON): the administrative units, agencies and fields the
//! procedures refer to, and the procedures as documents. The demo catalog
//! (`seed/demo_catalog.json`) is one; `portal catalog export` writes one, `import` reads one.

use super::corrupt;
use crate::db::schema::{admin_units, agencies, fields, procedures};
use crate::db::{DbConn, DbError};
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use shared::catalog::{AgencyCode, FieldCode, ImplementingLevel, ProcedureDocument};
use std::collections::HashMap;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    #[serde(default)]
    pub admin_units: Vec<FileAdminUnit>,
    #[serde(default)]
    pub agencies: Vec<FileAgency>,
    #[serde(default)]
    pub fields: Vec<FileField>,
    #[serde(default)]
    pub procedures: Vec<ProcedureDocument>,
}

/// An administrative unit (đơn vị hành chính). Units are data with validity dates, and a unit
/// abolished by a merger names its successor so old addresses still resolve.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAdminUnit {
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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAgency {
    pub code: AgencyCode,
    pub name: String,
    pub level: ImplementingLevel,
    /// Code of the administrative unit the agency serves.
    pub admin_unit: String,
    pub parent: Option<AgencyCode>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileField {
    pub code: FieldCode,
    pub name: String,
}

/// Reads a catalog file; the error says where (line and column) and what.
pub fn parse(text: &str) -> Result<CatalogFile, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// The whole catalog as a file: every unit, agency and field, and every version of every
/// procedure (oldest first), so that importing it into an empty portal gives the same catalog.
pub fn export(conn: &mut DbConn) -> Result<CatalogFile, DbError> {
    let code_of: HashMap<i64, String> = admin_units::table
        .select((admin_units::id, admin_units::code))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .collect();
    #[allow(clippy::type_complexity)]
    let units: Vec<(String, String, String, Option<i64>, NaiveDate, Option<NaiveDate>, Option<i64>)> =
        admin_units::table
            .order(admin_units::id)
            .select((
                admin_units::code,
                admin_units::name,
                admin_units::kind,
                admin_units::parent_id,
                admin_units::valid_from,
                admin_units::valid_to,
                admin_units::successor_id,
            ))
            .load(conn)?;
    let iso = shared::time::iso_date;
    let admin_units = units
        .into_iter()
        .map(|(code, name, kind, parent, from, to, successor)| FileAdminUnit {
            code,
            name,
            kind,
            parent: parent.and_then(|p| code_of.get(&p).cloned()),
            valid_from: iso(from),
            valid_to: to.map(iso),
            successor: successor.and_then(|s| code_of.get(&s).cloned()),
        })
        .collect();
    let agency_code: HashMap<i64, String> =
        agencies::table.select((agencies::id, agencies::code)).load::<(i64, String)>(conn)?.into_iter().collect();
    #[allow(clippy::type_complexity)]
    let rows: Vec<(String, String, String, i64, Option<i64>, Option<String>, Option<String>)> = agencies::table
        .order(agencies::id)
        .select((
            agencies::code,
            agencies::name,
            agencies::level,
            agencies::admin_unit_id,
            agencies::parent_id,
            agencies::address,
            agencies::phone,
        ))
        .load(conn)?;
    let agencies = rows
        .into_iter()
        .map(|(code, name, level, unit, parent, address, phone)| {
            Ok(FileAgency {
                code: AgencyCode::parse(&code).map_err(|e| corrupt("agencies.code", e))?,
                name,
                level: ImplementingLevel::parse(&level).ok_or_else(|| corrupt("agencies.level", &level))?,
                admin_unit: code_of.get(&unit).cloned().unwrap_or_default(),
                parent: parent
                    .and_then(|p| agency_code.get(&p))
                    .map(|c| AgencyCode::parse(c).map_err(|e| corrupt("agencies.code", e)))
                    .transpose()?,
                address,
                phone,
            })
        })
        .collect::<Result<_, DbError>>()?;
    let fields = fields::table
        .order(fields::id)
        .select((fields::code, fields::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(code, name)| {
            Ok(FileField { code: FieldCode::parse(&code).map_err(|e| corrupt("fields.code", e))?, name })
        })
        .collect::<Result<_, DbError>>()?;
    let ids: Vec<i64> =
        procedures::table.order((procedures::code, procedures::version)).select(procedures::id).load(conn)?;
    let procedures = ids.into_iter().map(|id| super::store::read(conn, id)).collect::<Result<_, _>>()?;
    Ok(CatalogFile { admin_units, agencies, fields, procedures })
}
