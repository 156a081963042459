//! The catalog editor's drafts, on SQLite and PostgreSQL: a section saved on an old revision is
//! refused (two administrators never overwrite each other); an agency admin edits only their
//! agency's procedures; a published draft is a new version in force from its date; every step
//! is in the audit log.

use crate::common;

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
    let now = shared::time::now();
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
        matches!(bad, Err(EditError::Invalid(ref p)) if p[0].path == "buoc" && p[0].kind == CatalogProblemKind::Required)
    );

    // Published from today: the public page has the new steps; the draft is gone.
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    let now = shared::time::now();
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
    assert!(matches!(moved, Err(EditError::Invalid(ref p)) if p[0].path == "co_quan"), "{moved:?}");
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
    let now = shared::time::now();
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

/// `POST` one of the editor's forms as a browser without JavaScript does.
async fn post(app: &TestApp, path: &str, fields: &[(&str, &str)], session: &str) -> common::Posted {
    app.post_form(path, fields, session).await
}

both_backends!(an_agency_admin_puts_a_procedure_online_with_plain_forms, |backend: Backend| async move {
    use axum::http::StatusCode;
    let app = seeded(backend).await;
    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    let (status, list) = app.get_with("/quan-tri/thu-tuc", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("2.000815") && !list.contains("3.000333"), "their agency's procedures only");

    // A code of the wrong form is refused beside the field, what was typed kept.
    let typed = [("ma", "1.23"), ("ten", "Đăng ký khai thác nước"), ("linh_vuc", "HT"), ("co_quan", "000.01.50.H52")];
    let bad = post(&app, "/quan-tri/thu-tuc/moi", &[&typed[..], &[("cap", "commune")]].concat(), cookie).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Mã thủ tục gồm một chữ số") && bad.body.contains("Đăng ký khai thác nước"));
    // Another agency's is refused too.
    let other = [("ma", "1.011112"), ("ten", "Thủ tục thử"), ("linh_vuc", "HT"), ("co_quan", "000.00.13.H52")];
    let refused = post(&app, "/quan-tri/thu-tuc/moi", &[&other[..], &[("cap", "commune")]].concat(), cookie).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let new =
        [("ma", "1.011112"), ("ten", "Xác nhận tình trạng nhà ở"), ("linh_vuc", "HT"), ("co_quan", "000.01.50.H52")];
    let created = post(&app, "/quan-tri/thu-tuc/moi", &[&new[..], &[("cap", "commune")]].concat(), cookie).await;
    assert_eq!(created.location.as_deref(), Some("/quan-tri/thu-tuc/1.011112?da_tao=1"), "{}", created.body);
    let (_, page) = app.get_with("/quan-tri/thu-tuc/1.011112", &[("cookie", cookie)]).await;
    assert!(page.contains("Cần sửa trước khi công bố"), "an empty draft cannot be published yet");

    let sections: [(&str, Vec<(&str, &str)>); 5] = [
        (
            "chung",
            vec![
                ("ten", "Xác nhận tình trạng nhà ở"),
                ("linh_vuc", "HT"),
                ("co_quan", "000.01.50.H52"),
                ("cap", "commune"),
                ("doi_tuong.citizen", "1"),
                ("muc_do", "partial"),
                ("thu_phi", "submission"),
                ("ket_qua", "Giấy xác nhận"),
            ],
        ),
        (
            "truong-hop",
            vec![
                ("th.0.ma", "thuong"),
                ("th.0.ten", "Thông thường"),
                ("th.1.ma", "xac_minh"),
                ("th.1.ten", "Cần xác minh"),
            ],
        ),
        (
            "kenh",
            vec![
                ("k.0.kenh", "direct"),
                ("k.0.thoi_han", "3"),
                ("k.0.don_vi", "working_days"),
                ("k.1.kenh", "online"),
                ("k.1.truong_hop", "xac_minh"),
                ("k.1.thoi_han", "7"),
                ("k.1.don_vi", "working_days"),
                ("k.1.phi.0.loai", "fee"),
                ("k.1.phi.0.ten", "Lệ phí"),
                ("k.1.phi.0.cach_tinh", "flat"),
                ("k.1.phi.0.muc", "20.000"),
                ("k.2.kenh", "online"),
                ("k.2.thoi_han", "3"),
                ("k.2.don_vi", "working_days"),
            ],
        ),
        ("giay-to", vec![("g.0.ten", "Đơn đề nghị"), ("g.0.ban_chinh", "1"), ("g.0.bat_buoc", "1")]),
        ("trinh-tu", vec![("buoc", "Nộp hồ sơ\nNhận kết quả"), ("can_cu", "Luật Nhà ở 2023")]),
    ];
    for (revision, (slug, fields)) in sections.iter().enumerate() {
        let rev = (revision + 1).to_string();
        let all = [&fields[..], &[("phien_ban", rev.as_str())]].concat();
        let saved = post(&app, &format!("/quan-tri/thu-tuc/1.011112/{slug}"), &all, cookie).await;
        assert_eq!(saved.location.as_deref(), Some("/quan-tri/thu-tuc/1.011112?da_luu=1"), "{slug}: {}", saved.body);
    }
    // A save on a revision someone else has moved past: refused, what was typed kept.
    let stale =
        post(&app, "/quan-tri/thu-tuc/1.011112/trinh-tu", &[("buoc", "Một bước cũ"), ("phien_ban", "2")], cookie).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("vừa được người khác lưu") && stale.body.contains("Một bước cũ"));
    assert!(stale.body.contains(r#"name="phien_ban" value="6""#), "offers to save over the current revision");
    // A bad number is named beside its field.
    let bad = post(
        &app,
        "/quan-tri/thu-tuc/1.011112/giay-to",
        &[("g.0.ten", "Đơn"), ("g.0.ban_chinh", "một"), ("phien_ban", "6")],
        cookie,
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r##"href="#g-0-ban_chinh""##), "the summary links to the field");

    let (_, page) = app.get_with("/quan-tri/thu-tuc/1.011112", &[("cookie", cookie)]).await;
    assert!(!page.contains("Cần sửa trước khi công bố"), "complete now: {page}");
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive().format("%Y-%m-%d").to_string();
    let published =
        post(&app, "/quan-tri/thu-tuc/1.011112/cong-bo", &[("phien_ban", "6"), ("hieu_luc", &today)], cookie).await;
    assert_eq!(published.location.as_deref(), Some("/quan-tri/thu-tuc/1.011112?da_cong_bo=1"), "{}", published.body);
    let (status, public) = app.get("/thu-tuc/1.011112").await;
    assert_eq!(status, StatusCode::OK);
    assert!(public.contains("Xác nhận tình trạng nhà ở") && public.contains(r#"value="/ho-so/tao?thu_tuc=1.011112""#));
    let (_, found) = app.get("/thu-tuc?q=1.011112").await;
    assert_eq!(common::listed_codes(&found), ["1.011112"]);

    // Withdrawn from today (not from yesterday): gone from the catalog and its search at once.
    let yesterday = (chrono::Utc::now() + chrono::Duration::hours(7) - chrono::Duration::days(1)).date_naive();
    let past = yesterday.format("%Y-%m-%d").to_string();
    let refused = post(&app, "/quan-tri/thu-tuc/1.011112/ngung", &[("ngung_tu", &past)], cookie).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Chọn hôm nay hoặc một ngày sau."));
    let withdrawn = post(&app, "/quan-tri/thu-tuc/1.011112/ngung", &[("ngung_tu", &today)], cookie).await;
    assert_eq!(withdrawn.location.as_deref(), Some("/quan-tri/thu-tuc/1.011112?da_ngung=1"), "{}", withdrawn.body);
    let (status, _) = app.get("/thu-tuc/1.011112").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, found) = app.get("/thu-tuc?q=1.011112").await;
    assert!(common::listed_codes(&found).is_empty(), "the in-memory catalog was rebuilt");
    let again = post(&app, "/quan-tri/thu-tuc/1.011112/ngung", &[("ngung_tu", &today)], cookie).await;
    assert!(again.body.contains("đã hết hiệu lực từ ngày"), "{}", again.body);
    let (_, page) = app.get_with("/quan-tri/thu-tuc/1.011112", &[("cookie", cookie)]).await;
    assert!(!page.contains(r#"action="/quan-tri/thu-tuc/1.011112/ngung""#), "nothing left to withdraw");

    // Not theirs: the police's procedure does not exist for them; not an admin: refused.
    let (status, _) = app.get_with("/quan-tri/thu-tuc/3.000333", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let theirs =
        post(&app, "/quan-tri/thu-tuc/3.000333/trinh-tu", &[("buoc", "Nộp"), ("phien_ban", "0")], cookie).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let citizen = common::people::session_of(&app, "congdan@demo.sonla.vn").await;
    let (status, _) = app.get_with("/quan-tri/thu-tuc", &[("cookie", citizen.as_str())]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get("/quan-tri/thu-tuc").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
});

/// A workflow's form rows: reception, processing by `unit` for `hours`, approval, result.
fn workflow_rows(unit: &'static str, hours: &'static str, version: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("ten_quy_trinh", "Chứng thực bản sao trong ngày"),
        ("phien_ban", version),
        ("b.0.ten", "Tiếp nhận"),
        ("b.0.loai", "reception"),
        ("b.0.don_vi", "BPMC"),
        ("b.0.han", "1"),
        ("b.0.don_vi_han", "hours"),
        ("b.1.ten", "Chứng thực"),
        ("b.1.loai", "processing"),
        ("b.1.don_vi", unit),
        ("b.1.han", hours),
        ("b.1.don_vi_han", "hours"),
        ("b.2.ten", "Ký"),
        ("b.2.loai", "approval"),
        ("b.2.han", "1"),
        ("b.2.don_vi_han", "hours"),
        ("b.3.ten", "Trả kết quả"),
        ("b.3.loai", "result"),
        ("b.3.don_vi", "BPMC"),
        ("b.3.han", "1"),
        ("b.3.don_vi_han", "hours"),
    ]
}

both_backends!(an_agency_admin_changes_a_workflow_as_a_new_version, |backend: Backend| async move {
    use axum::http::StatusCode;
    let app = seeded(backend).await;
    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    let (status, page) = app.get_with("/quan-tri/quy-trinh/2.000815", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Phiên bản quy trình 1.") && page.contains(r#"name="b.0.ten""#), "{page}");

    // Refused, nothing written: a unit the ward does not have; steps longer than the same day
    // the procedure promises; a shape that is not reception … result.
    let unknown = post(&app, "/quan-tri/quy-trinh/2.000815", &workflow_rows("KHONGCO", "3", "1"), cookie).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("không có đơn vị mã “KHONGCO”"), "{}", unknown.body);
    let long = post(&app, "/quan-tri/quy-trinh/2.000815", &workflow_rows("TPHT", "20", "1"), cookie).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(long.body.contains("vượt thời hạn giải quyết"), "{}", long.body);
    let mut shapeless = workflow_rows("TPHT", "3", "1");
    shapeless.push(("b.2.xoa", "1"));
    let shapeless = post(&app, "/quan-tri/quy-trinh/2.000815", &shapeless, cookie).await;
    assert!(shapeless.body.contains("Quy trình gồm: tiếp nhận"), "{}", shapeless.body);

    let saved = post(&app, "/quan-tri/quy-trinh/2.000815", &workflow_rows("TPHT", "3", "1"), cookie).await;
    assert_eq!(saved.location.as_deref(), Some("/quan-tri/quy-trinh/2.000815?da_luu=1"), "{}", saved.body);
    let stale = post(&app, "/quan-tri/quy-trinh/2.000815", &workflow_rows("TPHT", "2", "1"), cookie).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains(r#"name="phien_ban" value="2""#));
    let versions: Vec<i32> = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::workflows;
            Ok(workflows::table
                .inner_join(procedures::table)
                .filter(procedures::code.eq("2.000815"))
                .order(workflows::version)
                .select(workflows::version)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(versions, [1, 2], "the earlier version stays for the dossiers received under it");
    let (_, page) = app.get_with("/quan-tri/quy-trinh/2.000815", &[("cookie", cookie)]).await;
    assert!(page.contains("Phiên bản quy trình 2.") && page.contains("Chứng thực bản sao trong ngày"));

    // Not theirs: the police's workflow does not exist for the ward's admin.
    let (status, _) = app.get_with("/quan-tri/quy-trinh/3.000333", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let theirs = post(&app, "/quan-tri/quy-trinh/3.000333", &workflow_rows("TPHT", "3", "0"), cookie).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
});

both_backends!(an_agency_admin_publishes_a_new_form_version_from_json, |backend: Backend| async move {
    use axum::http::StatusCode;
    use server::db::schema::{dossiers, procedure_forms};
    let app = seeded(backend).await;
    // A citizen's draft of birth registration, on the form as it is now.
    let citizen = common::people::session_of(&app, "congdan@demo.sonla.vn").await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &citizen).await;
    let draft: i64 = created.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap();

    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    let (status, page) = app.get_with("/quan-tri/bieu-mau/1.001193", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Phiên bản biểu mẫu 1") && page.contains(r#"name="f.ho_ten_tre""#),
        "previewed as people see it"
    );
    let (status, json) = app.get_with("/quan-tri/bieu-mau/1.001193/tai-ve", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    let mut schema: shared::eform::FormSchema = serde_json::from_str(&json).unwrap();
    schema.title = "Tờ khai đăng ký khai sinh (mẫu mới)".into();
    let changed = serde_json::to_string(&schema).unwrap();

    // Refused, nothing published: not JSON; a schema whose keys collide; a stale version.
    let bad = post(&app, "/quan-tri/bieu-mau/1.001193", &[("json", "{"), ("phien_ban", "1")], cookie).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Không đọc được"), "{}", bad.body);
    let mut colliding = schema.clone();
    let first = colliding.sections[0].fields[0].clone();
    colliding.sections[0].fields.push(first);
    let colliding = serde_json::to_string(&colliding).unwrap();
    let refused = post(&app, "/quan-tri/bieu-mau/1.001193", &[("json", &colliding), ("phien_ban", "1")], cookie).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);

    let published = post(&app, "/quan-tri/bieu-mau/1.001193", &[("json", &changed), ("phien_ban", "1")], cookie).await;
    assert_eq!(published.location.as_deref(), Some("/quan-tri/bieu-mau/1.001193?da_cong_bo=1"), "{}", published.body);
    let stale = post(&app, "/quan-tri/bieu-mau/1.001193", &[("json", &changed), ("phien_ban", "1")], cookie).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);

    // The draft filed before keeps its version; a new draft gets the new one.
    let new = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &citizen).await;
    let new: i64 = new.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap();
    let versions: Vec<i32> = app
        .state
        .db
        .run(move |conn| {
            let of = |conn: &mut server::db::DbConn, id: i64| -> Result<i32, server::db::DbError> {
                Ok(dossiers::table
                    .inner_join(procedure_forms::table)
                    .filter(dossiers::id.eq(id))
                    .select(procedure_forms::version)
                    .first(conn)?)
            };
            Ok(vec![of(conn, draft)?, of(conn, new)?])
        })
        .await
        .unwrap();
    assert_eq!(versions, [1, 2]);
    let (_, page) = app.get_with("/quan-tri/bieu-mau/1.001193", &[("cookie", cookie)]).await;
    assert!(page.contains("Tờ khai đăng ký khai sinh (mẫu mới)"));

    // Not theirs: the police's form.
    let (status, _) = app.get_with("/quan-tri/bieu-mau/3.000333/tai-ve", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});
