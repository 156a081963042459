//! Seed data: the demo catalog (`portal seed`) and a synthetic catalog for benchmarks
//! (`portal seed --synthetic N`), which is never part of the demo.
//!
//! Seeding is idempotent: rows are matched by their natural codes, and a procedure version that
//! already exists is left as it is, so running the seed again changes nothing.

pub mod accounts;
pub mod documents;
pub mod dossiers;
pub mod forms;
pub mod scale;
mod synthetic;
pub mod workflows;

use crate::db::{Db, DbError};
use crate::services::catalog::file::CatalogFile;
use crate::services::catalog::import::{ImportReport, import};
use crate::services::catalog::store::Mode;
use crate::services::signatures::Signatures;

/// The demo catalog: Sơn La with the 45 procedures most filed at a ward and at the province
/// (`docs/DEMO-CATALOG.md` says which facts are confirmed).
const DEMO_CATALOG: &str = include_str!("demo_catalog.json");

pub fn demo_catalog() -> CatalogFile {
    serde_json::from_str(DEMO_CATALOG).expect("demo_catalog.json is a catalog file (checked by a unit test)")
}

pub async fn seed_demo(db: &Db) -> Result<ImportReport, DbError> {
    let report = seed_catalog(db, demo_catalog()).await?;
    db.run(forms::apply).await?;
    db.run(workflows::apply).await?;
    db.run(crate::services::calendar::seed).await?;
    db.run(crate::services::portal::seed_demo).await?;
    Ok(report)
}

/// What the demo's agencies need to issue papers: a signing key each (a self-signed test
/// certificate) and an e-receipt book (demo symbols); the number of keys made. What a province
/// installed is left alone.
pub async fn seed_demo_papers(db: &Db, signatures: std::sync::Arc<Signatures>) -> Result<usize, DbError> {
    db.run(move |conn| {
        crate::services::signatures::ensure_demo_books(conn)?;
        signatures.ensure_demo_keys(conn)
    })
    .await
}

/// Imports a catalog file through the importer, adding only the procedures not there yet (so a
/// seed never undoes an administrator's edit); a refused row is an error naming its problems.
pub async fn seed_catalog(db: &Db, file: CatalogFile) -> Result<ImportReport, DbError> {
    let report = db.run(move |conn| import(conn, &file.into(), Mode::OnlyNew, true)).await?;
    if report.refused() {
        let refused: Vec<String> = report
            .rows
            .iter()
            .filter_map(|r| match &r.written {
                crate::services::catalog::store::Written::Refused(p) => Some(format!("{} {p:?}", r.code)),
                _ => None,
            })
            .chain(report.reference_problems.iter().map(|p| format!("{p:?}")))
            .take(10)
            .collect();
        return Err(crate::db::decode(format!("the seed catalog is refused: {}", refused.join("; "))));
    }
    Ok(report)
}

pub async fn seed_synthetic(db: &Db, procedures: usize) -> Result<ImportReport, DbError> {
    seed_catalog(db, synthetic::catalog(procedures)).await
}

/// Provincial-scale dossiers on the synthetic catalog (which must be seeded first).
pub async fn seed_scale(db: &Db, plan: scale::ScalePlan) -> Result<scale::ScaleReport, DbError> {
    let hash = crate::services::accounts::passwords::hash(accounts::DEMO_PASSWORD.to_owned())
        .await
        .map_err(|e| crate::db::decode(e.to_string()))?;
    let backend = db.backend();
    db.run(move |conn| scale::apply(conn, backend, &plan, &hash)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn demo_catalog_is_consistent() {
        let seed = demo_catalog();
        // A lived-in demo (issue #14): the procedures most filed at a ward and at the province.
        assert!(seed.procedures.len() >= 40, "{}", seed.procedures.len());
        let units: HashSet<_> = seed.admin_units.iter().map(|u| u.code.as_str()).collect();
        let agencies: HashSet<_> = seed.agencies.iter().map(|a| a.code.as_str()).collect();
        let fields: HashSet<_> = seed.fields.iter().map(|f| f.code.as_str()).collect();
        for a in &seed.agencies {
            assert!(units.contains(a.admin_unit.as_str()), "{} → {}", a.code, a.admin_unit);
        }
        let mut codes = HashSet::new();
        for p in &seed.procedures {
            assert_eq!(p.check(), vec![], "{}", p.code);
            assert!(codes.insert(p.code.as_str()), "duplicate {}", p.code);
            assert!(agencies.contains(p.agency.as_str()), "{} → {}", p.code, p.agency);
            assert!(fields.contains(p.field.as_str()), "{} → {}", p.code, p.field);
            let cases: HashSet<_> = p.cases.iter().map(|c| c.key.as_str()).collect();
            for key in p
                .channels
                .iter()
                .filter_map(|c| c.case_key.as_deref())
                .chain(p.documents.iter().filter_map(|d| d.case_key.as_deref()))
            {
                assert!(cases.contains(key), "{} names unknown case {key}", p.code);
            }
            assert!(
                !p.channels.is_empty() && !p.documents.is_empty() && !p.steps.is_empty(),
                "{} is incomplete",
                p.code
            );
        }
    }

    #[test]
    fn demo_text_is_nfc() {
        use unicode_normalization::is_nfc;
        let text = DEMO_CATALOG;
        assert!(is_nfc(text));
    }
}
