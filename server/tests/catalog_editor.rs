//! The catalog editor's drafts, on SQLite and PostgreSQL: a section saved on an old revision is
//! refused (two administrators never overwrite each other); an agency admin edits only their
//! agency's procedures; a published draft is a new version in force from its date; every step
//! is in the audit log.

mod common;

use common::people::seeded;
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{accounts, audit_log, procedures};
use server::services::catalog::drafts::{self, EditError};
use server::services::catalog::store::Written;
use shared::access::Actor;
use shared::catalog::editor::Section;
use shared::catalog::{CatalogProblemKind, ProcedureCode};
use std::collections::HashMap;

async fn officer_actor(app: &TestApp, email: &'static str) -> Actor {
    app.state
        .db
        .run(move |conn| {
            let id: i64 = accounts::table.filter(accounts::email.eq(email)).select(accounts::id).first(conn)?;
            Ok(server::services::accounts::sessions::actor_of(conn, id, "officer")?.expect("an officer"))
        })
        .await
        .unwrap()
}

fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

async fn save(
    app: &TestApp,
    actor: &Actor,
    code: &'static str,
    revision: i32,
    section: Section,
    fields: HashMap<String, String>,
) -> Result<i32, EditError> {
    let actor = actor.clone();
    let now = chrono::Utc::now().naive_utc();
    app.state
        .db
        .run(move |conn| drafts::save(conn, &actor, code, revision, section, &|k| fields.get(k).cloned(), now))
        .await
        .unwrap()
}

async fn load(app: &TestApp, actor: &Actor, code: &'static str) -> drafts::Draft {
    let actor = actor.clone();
    app.state.db.run(move |conn| drafts::load(conn, &actor, code)).await.unwrap().unwrap()
}

fn clauses(steps: &str) -> HashMap<String, String> {
    form(&[("buoc", steps), ("can_cu", "Nghị định 23/2015/NĐ-CP")])
}

both_backends!(two_admins_do_not_overwrite_each_other, |backend: Backend| async move {
    let app = seeded(backend).await;
    let admin = officer_actor(&app, "quantri@demo.sonla.vn").await;
    let agency_admin = officer_actor(&app, "quantricoquan@demo.sonla.vn").await;
    // Both open certification of copies (the ward's) at revision 0 (no draft yet).
    let first = save(&app, &admin, "2.000815", 0, Section::Clauses, clauses("Nộp hồ sơ\nNhận kết quả")).await;
    assert_eq!(first, Ok(1));
    let second = save(&app, &agency_admin, "2.000815", 0, Section::Clauses, clauses("Chỉ một bước")).await;
    assert_eq!(second, Err(EditError::Stale), "saved meanwhile: refused, not merged");
    let second =
        save(&app, &agency_admin, "2.000815", 1, Section::Clauses, clauses("Nộp hồ sơ\nThẩm định\nNhận kết quả")).await;
    assert_eq!(second, Ok(2));
    let stale = save(&app, &admin, "2.000815", 1, Section::Clauses, clauses("Cũ")).await;
    assert_eq!(stale, Err(EditError::Stale));
    let draft = load(&app, &admin, "2.000815").await;
    assert_eq!(draft.document.steps, ["Nộp hồ sơ", "Thẩm định", "Nhận kết quả"]);
    assert_eq!((draft.revision, draft.published), (2, Some(1)));

    // A bad section changes nothing and says where.
    let bad = save(&app, &admin, "2.000815", 2, Section::Clauses, form(&[("buoc", " ")])).await;
    assert!(
        matches!(bad, Err(EditError::Invalid(ref p)) if p[0].path == "steps" && p[0].kind == CatalogProblemKind::Required)
    );

    // Published from today: the public page has the new steps; the draft is gone.
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    let now = chrono::Utc::now().naive_utc();
    let published = app
        .state
        .db
        .run({
            let a = admin.clone();
            move |conn| drafts::publish(conn, &a, "2.000815", 2, today, now)
        })
        .await
        .unwrap();
    assert_eq!(published, Ok(Written::NewVersion { version: 2 }));
    let (_, page) = app.get("/thu-tuc/2.000815").await;
    assert!(page.contains("Thẩm định"), "in force from today");
    let draft = load(&app, &admin, "2.000815").await;
    assert_eq!((draft.revision, draft.published), (0, Some(2)));
    let logged: Vec<String> = app
        .state
        .db
        .run(|conn| {
            Ok(audit_log::table
                .filter(audit_log::event.like("catalog_%"))
                .order(audit_log::id)
                .select(audit_log::event)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(logged, ["catalog_draft_saved", "catalog_draft_saved", "catalog_published"]);
});

both_backends!(an_agency_admin_edits_only_their_agencys_procedures, |backend: Backend| async move {
    let app = seeded(backend).await;
    let agency_admin = officer_actor(&app, "quantricoquan@demo.sonla.vn").await;
    // The criminal record is the provincial police's.
    let theirs = save(&app, &agency_admin, "3.000333", 0, Section::Clauses, clauses("Nộp")).await;
    assert_eq!(theirs, Err(EditError::NotFound));
    // Nor may they move one of their own to another agency.
    let moved = save(
        &app,
        &agency_admin,
        "2.000815",
        0,
        Section::General,
        form(&[
            ("ten", "Chứng thực bản sao"),
            ("linh_vuc", "CT"),
            ("co_quan", "000.00.13.H52"),
            ("cap", "commune"),
            ("doi_tuong.citizen", "1"),
            ("muc_do", "partial"),
            ("thu_phi", "submission"),
            ("ket_qua", "Bản sao được chứng thực"),
        ]),
    )
    .await;
    assert!(matches!(moved, Err(EditError::Invalid(ref p)) if p[0].path == "agency"), "{moved:?}");
    let (list, total) = app.state.db.run(move |conn| drafts::list(conn, &agency_admin, "", 1, 50)).await.unwrap();
    let mut ward: Vec<String> = server::seed::demo_catalog()
        .procedures
        .iter()
        .filter(|p| p.agency.as_str() == server::seed::accounts::DEMO_AGENCY)
        .map(|p| p.code.to_string())
        .collect();
    ward.sort();
    let listed: Vec<String> = list.iter().map(|r| r.code.clone()).collect();
    assert_eq!(listed, ward, "their agency's, and only those");
    assert_eq!(usize::try_from(total).unwrap(), list.len());

    // A new procedure of theirs: created as a draft, not public until published.
    let admin_of_ward = officer_actor(&app, "quantricoquan@demo.sonla.vn").await;
    let mut doc = server::seed::demo_catalog().procedures.into_iter().find(|p| p.code.as_str() == "2.000884").unwrap();
    doc.code = ProcedureCode::parse("1.011111").unwrap();
    doc.name = "Thủ tục mới của phường".into();
    let now = chrono::Utc::now().naive_utc();
    let created = app
        .state
        .db
        .run({
            let a = admin_of_ward.clone();
            let d = doc.clone();
            move |conn| drafts::create(conn, &a, d, now)
        })
        .await
        .unwrap();
    assert_eq!(created, Ok(()));
    let again = app
        .state
        .db
        .run({
            let a = admin_of_ward.clone();
            move |conn| drafts::create(conn, &a, doc, now)
        })
        .await
        .unwrap();
    assert!(matches!(again, Err(EditError::Invalid(ref p)) if p[0].kind == CatalogProblemKind::CodeTaken));
    let (status, _) = app.get("/thu-tuc/1.011111").await;
    assert_eq!(status, axum::http::StatusCode::NOT_FOUND, "a draft is not public");
    let public: i64 = app
        .state
        .db
        .run(|conn| Ok(procedures::table.filter(procedures::code.eq("1.011111")).count().get_result(conn)?))
        .await
        .unwrap();
    assert_eq!(public, 0);
});
