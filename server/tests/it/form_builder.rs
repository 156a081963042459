//! The e-form builder over HTTP, as a browser without JavaScript posts it, on SQLite and
//! PostgreSQL: a ward admin builds a form with a repeating group and conditions one step at a
//! time; a bad field is refused beside its input and changes nothing; a step on a revision
//! someone moved past is refused (409); a field named by a condition cannot be removed; a form
//! without the field a fee is counted from cannot be published; the published form is what new
//! drafts get; another agency's form does not exist for the admin.

use crate::common;

use axum::http::StatusCode;
use common::people::seeded;
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{channel_offers, fee_items, form_drafts, procedure_forms, procedures};
use shared::catalog::FeeFormula;
use shared::eform::{FieldKind, FormSchema};

const CODE: &str = "2.000815";
const STEP: &str = "/quan-tri/bieu-mau/2.000815/soan";
const FIELD: &str = "/quan-tri/bieu-mau/2.000815/soan/truong";

/// Certification of copies charges per page counted from the form's `so_trang` field.
async fn count_pages_from_the_form(app: &TestApp) {
    app.state
        .db
        .run(|conn| {
            let fees: Vec<(i64, String)> = fee_items::table
                .inner_join(channel_offers::table.inner_join(procedures::table))
                .filter(procedures::code.eq(CODE))
                .select((fee_items::id, fee_items::formula))
                .load(conn)?;
            for (id, formula) in fees {
                let mut formula: FeeFormula = serde_json::from_str(&formula).unwrap();
                if let FeeFormula::PerUnit { count_field, .. } = &mut formula {
                    *count_field = Some("so_trang".into());
                }
                diesel::update(fee_items::table.find(id))
                    .set(fee_items::formula.eq(serde_json::to_string(&formula).unwrap()))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
}

async fn published(app: &TestApp) -> Option<(i32, FormSchema)> {
    app.state
        .db
        .run(|conn| {
            let row: Option<(i32, String)> = procedure_forms::table
                .inner_join(procedures::table)
                .filter(procedures::code.eq(CODE))
                .order(procedure_forms::version.desc())
                .select((procedure_forms::version, procedure_forms::schema_json))
                .first(conn)
                .optional()?;
            Ok(row.map(|(v, json)| (v, serde_json::from_str(&json).unwrap())))
        })
        .await
        .unwrap()
}

async fn drafts_open(app: &TestApp) -> i64 {
    app.state
        .db
        .run(|conn| Ok(form_drafts::table.filter(form_drafts::schema_json.is_not_null()).count().get_result(conn)?))
        .await
        .unwrap()
}

/// What the page showed: revision `rev` and, unless `fields` say, no published version.
fn shown<'a>(fields: &[(&'a str, &'a str)], rev: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut all = [fields, &[("phien_ban", rev)]].concat();
    if !fields.iter().any(|(k, _)| *k == "ban_goc") {
        all.push(("ban_goc", "0"));
    }
    all
}

/// Posts one step on revision `rev` and expects to be sent back to the builder.
async fn step(app: &TestApp, cookie: &str, rev: &str, fields: &[(&str, &str)]) {
    let all = shown(fields, rev);
    let done = app.post_form(STEP, &all, cookie).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{fields:?}: {}", done.body);
}

/// Posts a field on revision `rev` and expects to be sent back to it in the builder.
async fn put(app: &TestApp, cookie: &str, rev: &str, fields: &[(&str, &str)]) {
    let all = shown(fields, rev);
    let done = app.post_form(FIELD, &all, cookie).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{fields:?}: {}", done.body);
    assert!(done.location.unwrap().starts_with("/quan-tri/bieu-mau/2.000815/soan?da_luu=1#t-"));
}

both_backends!(an_agency_admin_builds_a_form_field_by_field, |backend: Backend| async move {
    let app = seeded(backend).await;
    count_pages_from_the_form(&app).await;
    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    let (status, page) = app.get_with(STEP, &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Chưa có bản nháp") && page.contains("so_trang"), "starts from the generic form");

    // A section, then a question, a repeating group with a row condition, a conditional field.
    step(&app, cookie, "0", &[("thao_tac", "them_phan"), ("tieu_de", "Người được cấp bản sao")]).await;
    let radio = [("loai", "radio"), ("lua_chon", "co | Có\nkhong | Không"), ("bat_buoc", "1")];
    put(
        &app,
        cookie,
        "1",
        &[&radio[..], &[("phan", "3"), ("ma", "uy_quyen"), ("nhan", "Có ủy quyền không?")]].concat(),
    )
    .await;
    let group = [("loai", "group"), ("dong_it_nhat", "1"), ("dong_nhieu_nhat", "5")];
    put(&app, cookie, "2", &[&group[..], &[("phan", "3"), ("ma", "ban_sao"), ("nhan", "Các bản sao")]].concat()).await;
    let member = [("loai", "text"), ("toi_da_ky_tu", "200"), ("phan", "3"), ("nhom", "ban_sao")];
    put(&app, cookie, "3", &[&member[..], &[("ma", "ten_giay_to"), ("nhan", "Tên giấy tờ")]].concat()).await;
    let note = [("ma", "ghi_chu"), ("nhan", "Ghi chú"), ("dk_truong", "ten_giay_to")];
    put(&app, cookie, "4", &[&member[..], &note[..]].concat()).await;
    let conditional = [("loai", "text"), ("phan", "3"), ("ma", "nguoi_uy_quyen"), ("nhan", "Người ủy quyền")];
    put(&app, cookie, "5", &[&conditional[..], &[("dk_truong", "uy_quyen"), ("dk_bang", "co")]].concat()).await;
    let (_, page) = app.get_with(STEP, &[("cookie", cookie)]).await;
    assert!(page.contains("Bản nháp đang mở, lần sửa 6"), "{page}");
    assert!(page.contains(r#"name="f.uy_quyen""#), "previewed as people see it");

    // A bad key is named beside its input, what was typed kept, nothing changed.
    let bad = app
        .post_form(
            FIELD,
            &[("loai", "text"), ("phan", "0"), ("ma", "Số bản"), ("nhan", "Số bản sao"), ("phien_ban", "6")],
            cookie,
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Tên trường chỉ gồm chữ thường") && bad.body.contains("Số bản sao"), "{}", bad.body);
    assert!(bad.body.contains(r##"href="#ma""##), "the summary links to the input");
    // A step on a revision someone moved past: refused, the draft as it is now offered.
    let stale = app.post_form(STEP, &[("thao_tac", "len"), ("truong", "uy_quyen"), ("phien_ban", "3")], cookie).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains(r#"name="phien_ban" value="6""#));
    // A field a condition names stays; so does a group with members.
    let named = app.post_form(STEP, &[("thao_tac", "xoa"), ("truong", "uy_quyen"), ("phien_ban", "6")], cookie).await;
    assert_eq!(named.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(named.body.contains("Trường “Người ủy quyền” chỉ hiện theo trường này"), "{}", named.body);

    // Moved, then the page count removed: the form can no longer be published.
    step(&app, cookie, "6", &[("thao_tac", "len"), ("truong", "nguoi_uy_quyen")]).await;
    step(&app, cookie, "7", &[("thao_tac", "xoa"), ("truong", "so_trang")]).await;
    let refused = app.post_form(STEP, &[("thao_tac", "cong_bo"), ("phien_ban", "8")], cookie).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Phí được tính theo trường “so_trang”"), "{}", refused.body);
    assert_eq!(published(&app).await, None, "nothing published");
    let pages = [("loai", "number"), ("phan", "2"), ("ma", "so_trang"), ("nhan", "Số trang"), ("nho_nhat", "1")];
    put(&app, cookie, "8", &[&pages[..], &[("bat_buoc", "1")]].concat()).await;
    let done = app.post_form(STEP, &[("thao_tac", "cong_bo"), ("phien_ban", "9")], cookie).await;
    assert_eq!(done.location.as_deref(), Some("/quan-tri/bieu-mau/2.000815?da_cong_bo=1"), "{}", done.body);
    assert_eq!(drafts_open(&app).await, 0, "the draft is closed once published");
    let (version, form) = published(&app).await.expect("published");
    assert_eq!((version, form.key.as_str()), (1, "to-khai"), "a designed form, carried to later versions");
    let FieldKind::Group { fields, .. } = &form.field("ban_sao").unwrap().kind else { panic!("a group") };
    assert_eq!(fields.iter().map(|f| f.key.as_str()).collect::<Vec<_>>(), ["ten_giay_to", "ghi_chu"]);
    let keys: Vec<Vec<&str>> =
        form.sections[2..].iter().map(|s| s.fields.iter().map(|f| f.key.as_str()).collect()).collect();
    assert_eq!(keys, [vec!["so_trang"], vec!["uy_quyen", "nguoi_uy_quyen", "ban_sao"]]);

    // A citizen's new draft gets the published form.
    let citizen = common::people::session_of(&app, "congdan@demo.sonla.vn").await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", CODE)], &citizen).await;
    let draft = created.location.expect("a draft");
    let (_, page) = app.get_with(&draft, &[("cookie", citizen.as_str())]).await;
    assert!(page.contains("Có ủy quyền không?") && page.contains("Các bản sao"), "{page}");

    // A new draft thrown away leaves the published form as it was; revisions go on counting,
    // so a page left open on an old draft cannot land on a new one.
    step(&app, cookie, "10", &[("thao_tac", "tieu_de"), ("tieu_de", "Tờ khai tạm"), ("ban_goc", "1")]).await;
    let thrown = app.post_form(STEP, &[("thao_tac", "huy"), ("phien_ban", "11")], cookie).await;
    assert_eq!(thrown.location.as_deref(), Some("/quan-tri/bieu-mau/2.000815/soan?da_huy=1"));
    assert_eq!((drafts_open(&app).await, published(&app).await.unwrap().0), (0, 1));
    let old_page = app.post_form(STEP, &shown(&[("thao_tac", "xoa"), ("truong", "uy_quyen")], "11"), cookie).await;
    assert_eq!(old_page.status, StatusCode::CONFLICT);
    // A version published as JSON meanwhile: a step on the version the page showed is refused.
    let (_, json) = app.get_with("/quan-tri/bieu-mau/2.000815/tai-ve", &[("cookie", cookie)]).await;
    let by_json = app.post_form("/quan-tri/bieu-mau/2.000815", &[("json", &json), ("phien_ban", "1")], cookie).await;
    assert_eq!(by_json.status, StatusCode::SEE_OTHER, "{}", by_json.body);
    let shown_v1 = shown(&[("thao_tac", "them_phan"), ("tieu_de", "Phần cũ"), ("ban_goc", "1")], "12");
    assert_eq!(app.post_form(STEP, &shown_v1, cookie).await.status, StatusCode::CONFLICT);
    step(&app, cookie, "12", &[("thao_tac", "them_phan"), ("tieu_de", "Phần mới"), ("ban_goc", "2")]).await;

    // Not theirs: the police's form neither shows nor changes.
    let (status, _) = app.get_with("/quan-tri/bieu-mau/3.000333/soan", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let theirs = app
        .post_form(
            "/quan-tri/bieu-mau/3.000333/soan",
            &[("thao_tac", "them_phan"), ("tieu_de", "X"), ("phien_ban", "0")],
            cookie,
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_with("/quan-tri/bieu-mau/2.000815/soan", &[("cookie", citizen.as_str())]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
});

both_backends!(a_case_gets_a_form_of_its_own, |backend: Backend| async move {
    // Marriage registration: "needs verification" gets its own form; the other case keeps the
    // procedure's (the generic one). A dossier follows the form of the case picked on it.
    let app = seeded(backend).await;
    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    let (status, page) = app.get_with("/quan-tri/bieu-mau/1.000894", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Biểu mẫu theo trường hợp")
            && page.contains(r#"href="/quan-tri/bieu-mau/1.000894~can_xac_minh""#)
    );
    let case_form = "/quan-tri/bieu-mau/1.000894~can_xac_minh";
    let (status, page) = app.get_with(case_form, &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Trường hợp này chưa có biểu mẫu riêng"), "{page}");
    let (status, _) = app.get_with("/quan-tri/bieu-mau/1.000894~khong_co", &[("cookie", cookie)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a case the procedure does not have");

    // Built in the builder, from a copy of the procedure's form: one question added.
    let builder = format!("{case_form}/soan");
    let (_, page) = app.get_with(&builder, &[("cookie", cookie)]).await;
    assert!(page.contains("trường hợp Cần xác minh điều kiện kết hôn"), "{page}");
    let question = [
        ("loai", "text"),
        ("phan", "0"),
        ("ma", "noi_cu_tru_truoc"),
        ("nhan", "Nơi cư trú trước đây cần xác minh"),
        ("bat_buoc", "1"),
        ("phien_ban", "0"),
        ("ban_goc", "0"),
    ];
    let put = app.post_form(&format!("{builder}/truong"), &question, cookie).await;
    assert_eq!(put.status, StatusCode::SEE_OTHER, "{}", put.body);
    assert!(put.location.unwrap().starts_with("/quan-tri/bieu-mau/1.000894~can_xac_minh/soan?da_luu=1"));
    let done = app.post_form(&builder, &[("thao_tac", "cong_bo"), ("phien_ban", "1"), ("ban_goc", "0")], cookie).await;
    assert_eq!(
        done.location.as_deref(),
        Some("/quan-tri/bieu-mau/1.000894~can_xac_minh?da_cong_bo=1"),
        "{}",
        done.body
    );
    let forms: Vec<(Option<String>, String, i32)> = app
        .state
        .db
        .run(|conn| {
            Ok(procedure_forms::table
                .inner_join(procedures::table)
                .filter(procedures::code.eq("1.000894"))
                .select((procedure_forms::case_key, procedure_forms::form_key, procedure_forms::version))
                .load(conn)?)
        })
        .await
        .unwrap();
    assert!(forms.contains(&(Some("can_xac_minh".into()), "to-khai-can-xac-minh".into(), 1)), "{forms:?}");
    let (_, page) = app.get_with("/quan-tri/bieu-mau/1.000894", &[("cookie", cookie)]).await;
    assert!(page.contains("có biểu mẫu riêng"), "listed as having its own");

    // A citizen's draft: the first case, the procedure's form; picking the case shows its own.
    let citizen = common::people::session_of(&app, "congdan@demo.sonla.vn").await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.000894")], &citizen).await;
    let draft = created.location.expect("a draft");
    let (_, page) = app.get_with(&draft, &[("cookie", citizen.as_str())]).await;
    assert!(!page.contains("Nơi cư trú trước đây cần xác minh"), "not the first case's");
    let id: i64 = draft.trim_start_matches("/ho-so/").parse().unwrap();
    let me = common::people::person(&app, "congdan@demo.sonla.vn").await;
    let pick = vec![("truong_hop".to_owned(), "can_xac_minh".to_owned())];
    app.state.services.filing.save_posted(&me, id, &pick).await.unwrap();
    let (_, page) = app.get_with(&draft, &[("cookie", citizen.as_str())]).await;
    assert!(page.contains("Nơi cư trú trước đây cần xác minh"), "the case's own form: {page}");
    let back = vec![("truong_hop".to_owned(), "thong_thuong".to_owned())];
    app.state.services.filing.save_posted(&me, id, &back).await.unwrap();
    let (_, page) = app.get_with(&draft, &[("cookie", citizen.as_str())]).await;
    assert!(!page.contains("Nơi cư trú trước đây cần xác minh"), "and back");
});

both_backends!(cross_field_rules_are_built_on_the_page_and_hold_when_filing, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let cookie = session.as_str();
    step(&app, cookie, "0", &[("thao_tac", "them_phan"), ("tieu_de", "Giấy tờ đã có")]).await;
    let date = [("loai", "date"), ("phan", "2")];
    put(&app, cookie, "1", &[&date[..], &[("ma", "ngay_cap"), ("nhan", "Ngày cấp")]].concat()).await;
    put(&app, cookie, "2", &[&date[..], &[("ma", "ngay_het_han"), ("nhan", "Ngày hết hạn")]].concat()).await;
    let text = [("loai", "text"), ("toi_da_ky_tu", "50"), ("phan", "2"), ("ma", "so_giay"), ("nhan", "Số giấy tờ")];
    put(&app, cookie, "3", &text).await;

    // A date order between a date and a text cannot stand: said at the rules, nothing changed.
    let order = |earlier, later| {
        [("thao_tac", "them_quy_tac"), ("loai_quy_tac", "thu_tu_ngay"), ("ngay_truoc", earlier), ("ngay_sau", later)]
    };
    let bad = app.post_form(STEP, &shown(&order("so_giay", "ngay_het_han"), "4"), cookie).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains(r##"<a href="#ngay-truoc">Quy tắc cần hai trường khác nhau"##), "{}", bad.body);
    assert!(bad.body.contains(r#"id="ngay-truoc" name="ngay_truoc" aria-invalid="true""#), "the choice says so");
    step(&app, cookie, "4", &order("ngay_cap", "ngay_het_han")).await;
    let with = [
        ("thao_tac", "them_quy_tac"),
        ("loai_quy_tac", "bat_buoc_kem"),
        ("truong_bat_buoc", "ngay_cap"),
        ("khi_da_khai", "so_giay"),
    ];
    step(&app, cookie, "5", &with).await;
    let (_, page) = app.get_with(STEP, &[("cookie", cookie)]).await;
    assert!(page.contains("“Ngày hết hạn” không được trước “Ngày cấp”."), "{page}");
    assert!(page.contains("Phải khai “Ngày cấp” khi đã khai “Số giấy tờ”."));
    assert!(page.contains(r#"<option value="ngay_cap">Ngày cấp</option>"#), "dates offered for an order");
    // A field a rule names stays until the rule goes; a rule goes by its place.
    let named = app.post_form(STEP, &shown(&[("thao_tac", "xoa"), ("truong", "ngay_cap")], "6"), cookie).await;
    assert_eq!(named.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", named.body);
    step(&app, cookie, "6", &[("thao_tac", "xoa_quy_tac"), ("quy_tac", "1")]).await;
    let (_, page) = app.get_with(STEP, &[("cookie", cookie)]).await;
    assert!(!page.contains("Phải khai “Ngày cấp”"), "removed");
    let done = app.post_form(STEP, &[("thao_tac", "cong_bo"), ("phien_ban", "7")], cookie).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, form) = published(&app).await.expect("published");
    assert_eq!(
        form.rules,
        [shared::eform::Rule::DateOrder { earlier: "ngay_cap".into(), later: "ngay_het_han".into() }]
    );

    // A citizen filing the published form: an expiry before the issue is refused on its step.
    let citizen = common::people::session_of(&app, "congdan@demo.sonla.vn").await;
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", CODE)], &citizen).await;
    let draft = created.location.expect("a draft");
    let fields = [("buoc", "3"), ("hanh_dong", "tiep"), ("f.ngay_cap", "2025-05-01"), ("f.ngay_het_han", "2025-01-01")];
    let refused = common::forms::post_multipart(&app, &draft, &citizen, &fields, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains("Không được trước “Ngày cấp”."), "{}", refused.body);
});
