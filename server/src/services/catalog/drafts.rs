//! The catalog editor's drafts. A procedure is changed in the portal as a draft (the whole
//! document, complete or not), one section at a time, then published as a version effective on
//! a date through [`store::write`]. Every save names the revision it was made on: a save on an
//! older revision is refused (someone saved meanwhile), so two administrators never overwrite
//! each other. The system admin edits every agency's procedures, an agency admin their own
//! (before and after the change). Every save, publication and discard is in the audit log.

use super::store::{self, Mode, Written};
use crate::db::schema::{agencies, catalog_drafts, fields, procedures};
use crate::db::{DbConn, DbError};
use crate::services::audit::{Entry, Event, record};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::catalog::editor::{Section, apply};
use shared::catalog::{CatalogProblem, CatalogProblemKind, ProcedureDocument};

#[derive(Debug, PartialEq, Eq)]
pub enum EditError {
    /// No such procedure or draft, or not the actor's to edit: the same answer.
    NotFound,
    /// Saved by someone else since this revision was read.
    Stale,
    Invalid(Vec<CatalogProblem>),
}

/// A procedure as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub document: ProcedureDocument,
    /// 0 while nobody has changed the published version.
    pub revision: i32,
    /// The version the draft starts from, if the procedure is published.
    pub published: Option<i32>,
}

/// The draft of `code`, or its latest version as the start of one.
pub fn load(conn: &mut DbConn, actor: &Actor, code: &str) -> Result<Result<Draft, EditError>, DbError> {
    let published = store::latest(conn, code)?;
    let row: Option<(String, i32)> = catalog_drafts::table
        .filter(catalog_drafts::code.eq(code))
        .select((catalog_drafts::document_json, catalog_drafts::revision))
        .first(conn)
        .optional()?;
    let (document, revision) = match (row, published) {
        (Some((json, revision)), _) => {
            (serde_json::from_str(&json).map_err(|e| super::corrupt("catalog_drafts.document_json", e))?, revision)
        }
        (None, Some((id, ..))) => (store::read(conn, id)?, 0),
        (None, None) => return Ok(Err(EditError::NotFound)),
    };
    if !may_edit(conn, actor, &document)? {
        return Ok(Err(EditError::NotFound));
    }
    Ok(Ok(Draft { document, revision, published: published.map(|(_, v, _)| v) }))
}

pub(super) fn may_edit(conn: &mut DbConn, actor: &Actor, doc: &ProcedureDocument) -> Result<bool, DbError> {
    let agency: Option<i64> =
        agencies::table.filter(agencies::code.eq(doc.agency.as_str())).select(agencies::id).first(conn).optional()?;
    Ok(agency.is_some_and(|agency| decide(actor, Action::ManageCatalog { agency }).is_ok()))
}

/// Starts a new procedure: its code, name, field and agency; the rest is filled section by section.
pub fn create(
    conn: &mut DbConn,
    actor: &Actor,
    doc: ProcedureDocument,
    now: NaiveDateTime,
) -> Result<Result<(), EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let taken = store::latest(conn, doc.code.as_str())?.is_some()
            || catalog_drafts::table
                .filter(catalog_drafts::code.eq(doc.code.as_str()))
                .count()
                .get_result::<i64>(conn)?
                > 0;
        if taken {
            let kind = CatalogProblemKind::CodeTaken;
            return Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "ma".into(), kind }])));
        }
        // Named by the fields of the new-procedure form.
        let mut problems: Vec<CatalogProblem> = doc
            .check()
            .into_iter()
            .filter(|p| p.path == "name")
            .map(|p| CatalogProblem { path: "ten".into(), kind: p.kind })
            .collect();
        if !may_edit(conn, actor, &doc)? {
            let code = doc.agency.to_string();
            problems.push(CatalogProblem { path: "co_quan".into(), kind: CatalogProblemKind::UnknownAgency { code } });
        }
        let field: i64 = fields::table.filter(fields::code.eq(doc.field.as_str())).count().get_result(conn)?;
        if field == 0 {
            let code = doc.field.to_string();
            problems.push(CatalogProblem { path: "linh_vuc".into(), kind: CatalogProblemKind::UnknownField { code } });
        }
        if !problems.is_empty() {
            return Ok(Err(EditError::Invalid(problems)));
        }
        put(conn, actor, &doc, 0, now)?;
        audit(conn, actor, Event::CatalogDraftSaved, &doc.code.to_string(), "moi", now)?;
        Ok(Ok(()))
    })
}

/// Saves `section` of `code`'s draft from its posted fields, made on `revision`; returns the
/// new revision.
pub fn save(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    revision: i32,
    section: Section,
    get: &dyn Fn(&str) -> Option<String>,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let draft = match load(conn, actor, code)? {
            Ok(d) => d,
            Err(e) => return Ok(Err(e)),
        };
        if draft.revision != revision {
            return Ok(Err(EditError::Stale));
        }
        let next = match apply(&draft.document, section, get) {
            Ok(next) => next,
            Err(problems) => return Ok(Err(EditError::Invalid(problems))),
        };
        if !may_edit(conn, actor, &next)? {
            let code = next.agency.to_string();
            let kind = CatalogProblemKind::UnknownAgency { code };
            return Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "co_quan".into(), kind }])));
        }
        if !put(conn, actor, &next, revision, now)? {
            return Ok(Err(EditError::Stale));
        }
        audit(conn, actor, Event::CatalogDraftSaved, code, section.slug(), now)?;
        Ok(Ok(revision + 1))
    })
}

/// Writes the draft as revision `revision + 1` if it is still at `revision` (0: not stored yet).
fn put(
    conn: &mut DbConn,
    actor: &Actor,
    doc: &ProcedureDocument,
    revision: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let json = serde_json::to_string(doc).map_err(|e| super::corrupt("draft document", e))?;
    let agency: i64 =
        agencies::table.filter(agencies::code.eq(doc.agency.as_str())).select(agencies::id).first(conn)?;
    let by = actor.account();
    let written = if revision == 0 {
        let exists: i64 =
            catalog_drafts::table.filter(catalog_drafts::code.eq(doc.code.as_str())).count().get_result(conn)?;
        if exists > 0 {
            return Ok(false);
        }
        diesel::insert_into(catalog_drafts::table)
            .values((
                catalog_drafts::code.eq(doc.code.as_str()),
                catalog_drafts::agency_id.eq(agency),
                catalog_drafts::document_json.eq(json),
                catalog_drafts::revision.eq(1),
                catalog_drafts::updated_by.eq(by),
                catalog_drafts::updated_at.eq(now),
            ))
            .execute(conn)?
    } else {
        diesel::update(
            catalog_drafts::table
                .filter(catalog_drafts::code.eq(doc.code.as_str()))
                .filter(catalog_drafts::revision.eq(revision)),
        )
        .set((
            catalog_drafts::agency_id.eq(agency),
            catalog_drafts::document_json.eq(json),
            catalog_drafts::revision.eq(revision + 1),
            catalog_drafts::updated_by.eq(by),
            catalog_drafts::updated_at.eq(now),
        ))
        .execute(conn)?
    };
    Ok(written == 1)
}

/// Publishes `code`'s draft (at `revision`) as a version effective from `from`; the draft is gone
/// once published. A document the check refuses stays a draft, with its problems.
pub fn publish(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    revision: i32,
    from: NaiveDate,
    now: NaiveDateTime,
) -> Result<Result<Written, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let draft = match load(conn, actor, code)? {
            Ok(d) => d,
            Err(e) => return Ok(Err(e)),
        };
        if draft.revision != revision || revision == 0 {
            return Ok(Err(EditError::Stale));
        }
        let mut doc = draft.document;
        doc.effective_from = shared::time::iso_date(from);
        doc.effective_to = None;
        let written = store::write(conn, &doc, Mode::NewVersions)?;
        if let Written::Refused(problems) = written {
            return Ok(Err(EditError::Invalid(problems)));
        }
        diesel::delete(catalog_drafts::table.filter(catalog_drafts::code.eq(code))).execute(conn)?;
        let detail = match &written {
            Written::Created { version } | Written::NewVersion { version } | Written::Unchanged { version } => {
                format!("phiên bản {version} từ {}", doc.effective_from)
            }
            Written::Refused(_) => String::new(),
        };
        audit(conn, actor, Event::CatalogPublished, code, &detail, now)?;
        Ok(Ok(written))
    })
}

/// Withdraws `code` from the catalog from `to` (today or later): its latest version ends that
/// day and no version follows. Dossiers filed under it keep it; a draft, if any, stays.
pub fn unpublish(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    to: NaiveDate,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<Result<i32, EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        let Some((id, ..)) = store::latest(conn, code)? else { return Ok(Err(EditError::NotFound)) };
        let current = store::read(conn, id)?;
        if !may_edit(conn, actor, &current)? {
            return Ok(Err(EditError::NotFound));
        }
        let refuse = |kind| Ok(Err(EditError::Invalid(vec![CatalogProblem { path: "ngung_tu".into(), kind }])));
        if to < today {
            return refuse(CatalogProblemKind::InThePast);
        }
        let version = match store::end_latest(conn, code, to)? {
            Ok(version) => version,
            Err(store::EndRefused::AlreadyEnds(on)) => return refuse(CatalogProblemKind::AlreadyEnds { on }),
            Err(store::EndRefused::BeforeStart(_)) => return refuse(CatalogProblemKind::EndsBeforeStart),
        };
        audit(conn, actor, Event::CatalogUnpublished, code, &format!("phiên bản {version} đến {to}"), now)?;
        Ok(Ok(version))
    })
}

/// Throws `code`'s draft away (the published version, if any, is untouched).
pub fn discard(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    revision: i32,
    now: NaiveDateTime,
) -> Result<Result<(), EditError>, DbError> {
    crate::db::transaction(conn, |conn| {
        match load(conn, actor, code)? {
            Ok(d) if d.revision == revision && revision > 0 => {}
            Ok(_) => return Ok(Err(EditError::Stale)),
            Err(e) => return Ok(Err(e)),
        }
        diesel::delete(
            catalog_drafts::table.filter(catalog_drafts::code.eq(code)).filter(catalog_drafts::revision.eq(revision)),
        )
        .execute(conn)?;
        audit(conn, actor, Event::CatalogDraftDiscarded, code, "", now)?;
        Ok(Ok(()))
    })
}

fn audit(
    conn: &mut DbConn,
    actor: &Actor,
    event: Event,
    code: &str,
    detail: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let detail = format!("{code} {detail}");
    record(conn, now, Entry { event, actor: actor.account(), subject: None, ip: None, detail: Some(detail.trim()) })
}

/// One version of a procedure, for the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionRow {
    pub version: i32,
    pub name: String,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// Every version of `code`, newest first.
pub fn history(conn: &mut DbConn, code: &str) -> Result<Vec<VersionRow>, DbError> {
    let rows: Vec<(i32, String, NaiveDate, Option<NaiveDate>)> = procedures::table
        .filter(procedures::code.eq(code))
        .order(procedures::version.desc())
        .select((procedures::version, procedures::name, procedures::effective_from, procedures::effective_to))
        .load(conn)?;
    Ok(rows.into_iter().map(|(version, name, from, to)| VersionRow { version, name, from, to }).collect())
}

/// One procedure in the editor's list: its latest version, and whether a draft is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRow {
    pub code: String,
    pub name: String,
    pub agency: String,
    pub version: Option<i32>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub draft: bool,
}

/// The procedures `actor` may edit whose code or name contains `q` (accents ignored), by code,
/// `per_page` from `page` (from 1); and how many there are. Drafts of procedures not yet
/// published come first.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    q: &str,
    page: u32,
    per_page: u32,
) -> Result<(Vec<ListRow>, i64), DbError> {
    use diesel::dsl::{exists, not};
    let newer = diesel::alias!(procedures as newer);
    // Only the system admin may edit an agency that does not exist.
    let every_agency = decide(actor, Action::ManageCatalog { agency: -1 }).is_ok();
    let own = match actor {
        shared::access::Actor::Officer { agency, .. } => *agency,
        _ => return Ok((Vec::new(), 0)),
    };
    let key = format!("%{}%", shared::text::search_key(q).replace(['%', '_'], ""));
    let filtered = || {
        let mut query = procedures::table
            .inner_join(agencies::table)
            .filter(not(exists(
                newer
                    .filter(newer.field(procedures::code).eq(procedures::code))
                    .filter(newer.field(procedures::version).gt(procedures::version)),
            )))
            .filter(procedures::name_key.like(key.clone()).or(procedures::code.like(key.clone())))
            .into_boxed();
        if !every_agency {
            query = query.filter(procedures::agency_id.eq(own));
        }
        query
    };
    let total: i64 = filtered().count().get_result(conn)?;
    let offset = i64::from(page.max(1) - 1) * i64::from(per_page);
    #[allow(clippy::type_complexity)]
    let rows: Vec<(String, String, String, i32, NaiveDate, Option<NaiveDate>)> = filtered()
        .order(procedures::code)
        .limit(i64::from(per_page))
        .offset(offset)
        .select((
            procedures::code,
            procedures::name,
            agencies::name,
            procedures::version,
            procedures::effective_from,
            procedures::effective_to,
        ))
        .load(conn)?;
    let codes: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
    let drafted: Vec<String> =
        catalog_drafts::table.filter(catalog_drafts::code.eq_any(&codes)).select(catalog_drafts::code).load(conn)?;
    let mut out: Vec<ListRow> = Vec::new();
    if page <= 1 {
        out.extend(unpublished(conn, every_agency, own)?);
    }
    out.extend(rows.into_iter().map(|(code, name, agency, version, from, to)| ListRow {
        draft: drafted.contains(&code),
        code,
        name,
        agency,
        version: Some(version),
        from: Some(from),
        to,
    }));
    Ok((out, total))
}

/// Drafts of procedures not published yet.
fn unpublished(conn: &mut DbConn, every_agency: bool, own: i64) -> Result<Vec<ListRow>, DbError> {
    let mut query = catalog_drafts::table
        .inner_join(agencies::table)
        .filter(diesel::dsl::not(diesel::dsl::exists(
            procedures::table.filter(procedures::code.eq(catalog_drafts::code)),
        )))
        .into_boxed();
    if !every_agency {
        query = query.filter(catalog_drafts::agency_id.eq(own));
    }
    let rows: Vec<(String, String, String)> = query
        .order(catalog_drafts::code)
        .limit(i64::try_from(MAX_UNPUBLISHED).unwrap_or(i64::MAX))
        .select((catalog_drafts::code, catalog_drafts::document_json, agencies::name))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(code, json, agency)| ListRow {
            name: serde_json::from_str::<ProcedureDocument>(&json).map(|d| d.name).unwrap_or_default(),
            code,
            agency,
            version: None,
            from: None,
            to: None,
            draft: true,
        })
        .collect())
}

/// The most unpublished drafts the list shows at once (they are few: work in progress).
pub const MAX_UNPUBLISHED: usize = 200;
