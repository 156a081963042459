//! Every procedure offered online can be filed online, and the case the filer picks decides the
//! documents asked for, the appointment and the fee; on SQLite and PostgreSQL, through the real
//! handlers.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::act;
use common::forms::post_multipart;
use common::people::{birth_pairs, officer, person, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{document_requirements, dossiers, procedures};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn new_draft(app: &TestApp, session: &str, code: &str) -> i64 {
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", code)], session).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{code}: {}", created.body);
    created.location.unwrap().trim_start_matches("/ho-so/").parse().unwrap()
}

/// The generic form's fields, filled (who applies comes prefilled from the account).
fn generic_fields(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut fields = vec![
        ("chu_ho_so", "ban_than"),
        ("f.ho_ten", "Lò Thị Demo"),
        ("f.so_dinh_danh", "014190000001"),
        ("f.dien_thoai", "0912345678"),
        ("f.dia_chi", "Bản Hụm, xã Chiềng Cơi"),
        ("f.noi_dung", "Đề nghị giải quyết theo quy định."),
    ];
    fields.extend_from_slice(extra);
    fields
}

async fn dossier_case(app: &TestApp, id: i64) -> Option<String> {
    app.state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::case_key).first(conn)?))
        .await
        .unwrap()
}

both_backends!(the_case_decides_the_documents_and_the_appointment, |backend: Backend| async move {
    let app = seeded(backend).await;
    // A document only the "needs verification" case of marriage registration asks for.
    app.state
        .db
        .run(|conn| {
            let procedure: i64 =
                procedures::table.filter(procedures::code.eq("1.000894")).select(procedures::id).first(conn)?;
            diesel::insert_into(document_requirements::table)
                .values((
                    document_requirements::procedure_id.eq(procedure),
                    document_requirements::ordinal.eq(5),
                    document_requirements::case_key.eq("can_xac_minh"),
                    document_requirements::name.eq("Văn bản xác minh của cơ quan có thẩm quyền"),
                    document_requirements::originals.eq(1),
                    document_requirements::copies.eq(0),
                    document_requirements::mandatory.eq(true),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let (_, detail) = app.get("/thu-tuc/1.000894").await;
    assert!(detail.contains("Nộp trực tuyến"), "offered online, so fileable though nobody designed its form");
    let id = new_draft(&app, &session, "1.000894").await;
    assert_eq!(dossier_case(&app, id).await.as_deref(), Some("thong_thuong"), "the first case until another is picked");

    let path = format!("/ho-so/{id}");
    let (_, page) = app.get_with(&path, &[("cookie", &session)]).await;
    assert!(page.contains("Trường hợp của hồ sơ") && page.contains(r#"name="truong_hop""#), "{page}");
    assert!(page.contains("Nội dung đề nghị giải quyết"), "the generic form");
    assert!(!page.contains("Văn bản xác minh"), "not asked in the usual case");

    // A case the procedure does not have: told, the values kept, the case unchanged.
    let bogus = post_multipart(
        &app,
        &path,
        &session,
        &generic_fields(&[("truong_hop", "khong_co"), ("hanh_dong", "luu")]),
        &[],
    )
    .await;
    assert_eq!(bogus.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bogus.body);
    assert!(bogus.body.contains("Trường hợp của hồ sơ: Vui lòng chọn một mục trong danh sách."), "{}", bogus.body);
    assert_eq!(dossier_case(&app, id).await.as_deref(), Some("thong_thuong"));
    let (_, page) = app.get_with(&path, &[("cookie", &session)]).await;
    assert!(page.contains("Đề nghị giải quyết theo quy định."), "values saved all the same");

    // The other case: its document is asked for, and submission waits for it.
    let chosen = [("truong_hop", "can_xac_minh"), ("hanh_dong", "luu")];
    let saved = post_multipart(
        &app,
        &path,
        &session,
        &generic_fields(&chosen),
        &[("tep.1", "to-khai.pdf", PDF), ("tep.2", "cccd.pdf", PDF)],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(dossier_case(&app, id).await.as_deref(), Some("can_xac_minh"));
    let submit = generic_fields(&[("truong_hop", "can_xac_minh"), ("hanh_dong", "nop")]);
    let refused = post_multipart(&app, &path, &session, &submit, &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Còn thiếu giấy tờ: Văn bản xác minh của cơ quan có thẩm quyền"), "{}", refused.body);
    let submitted = post_multipart(&app, &path, &session, &submit, &[("tep.5", "xac-minh.pdf", PDF)]).await;
    assert_eq!(submitted.location.as_deref(), Some(format!("/ho-so/{id}?da_nop=1").as_str()), "{}", submitted.body);

    // The ward works one session, 08:00 to 16:00 (set by the system admin on the calendar page;
    // a session that closes before it opens is refused and changes nothing).
    let ward: i64 = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::agencies;
            Ok(agencies::table
                .filter(agencies::code.eq(server::seed::accounts::DEMO_AGENCY))
                .select(agencies::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let ward_id = ward.to_string();
    let hours = |opens| [("co_quan", ward_id.as_str()), ("sang_mo", opens), ("sang_dong", "16:00")];
    let refused_hours = app.post_form("/quan-tri/lich/gio-lam-viec", &hours("17:00"), &admin).await;
    assert_eq!(refused_hours.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused_hours.body.contains("Giờ làm việc không hợp lệ"), "the page again, with why");
    let set = app.post_form("/quan-tri/lich/gio-lam-viec", &hours("08:00"), &admin).await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let (_, calendar_page) = app.get_with("/quan-tri/lich", &[("cookie", &admin)]).await;
    assert!(calendar_page.contains("08:00–16:00"), "listed with the ward");
    // The ward's own admin sets the ward's hours, not the provincial police's, and does not
    // change the province's calendar.
    let ward_admin = officer(&app, "quantricoquan@demo.sonla.vn").await;
    let police: i64 = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::agencies;
            Ok(agencies::table
                .filter(agencies::code.eq(server::seed::accounts::DEMO_PROVINCIAL_POLICE))
                .select(agencies::id)
                .first(conn)?)
        })
        .await
        .unwrap();
    let police_id = police.to_string();
    let theirs = [("co_quan", police_id.as_str()), ("sang_mo", "08:00"), ("sang_dong", "16:00")];
    let refused = app.post_form("/quan-tri/lich/gio-lam-viec", &theirs, &ward_admin).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let own = app.post_form("/quan-tri/lich/gio-lam-viec", &hours("08:00"), &ward_admin).await;
    assert_eq!(own.status, StatusCode::SEE_OTHER, "{}", own.body);
    let (status, their_page) = app.get_with("/quan-tri/lich", &[("cookie", &ward_admin)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(their_page.contains(&format!(r#"<option value="{ward}">"#)), "their agency");
    assert!(!their_page.contains(&format!(r#"<option value="{police}">"#)), "not another");
    assert!(!their_page.contains(r#"action="/quan-tri/lich""#), "the province's days are the system admin's");

    // Received: the appointment counts the case's five working days, not the usual same day.
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let received = act(&app, &reception, id, "tiep_nhan", &[]).await;
    assert_eq!(received.status, StatusCode::SEE_OTHER, "{}", received.body);
    let (received_at, due_at, calendar) = app
        .state
        .db
        .run(move |conn| {
            let (r, d): (Option<chrono::NaiveDateTime>, Option<chrono::NaiveDateTime>) = dossiers::table
                .filter(dossiers::id.eq(id))
                .select((dossiers::received_at, dossiers::due_at))
                .first(conn)?;
            Ok((r.unwrap(), d.unwrap(), server::services::calendar::calendar_of_dossier(conn, id)?))
        })
        .await
        .unwrap();
    let vietnam = chrono::Duration::hours(7);
    let five_days = shared::catalog::TimeLimit { value: 5, unit: shared::catalog::TimeUnit::WorkingDays };
    let expected = shared::deadline::due_at(&calendar, received_at + vietnam, five_days, None, &[]) - vietnam;
    assert_eq!(due_at, expected);
    assert_eq!((due_at + vietnam).time(), chrono::NaiveTime::from_hms_opt(16, 0, 0).unwrap(), "at the ward's closing");
    let (_, page) = app.get_with(&path, &[("cookie", &session)]).await;
    assert!(page.contains("Cần xác minh điều kiện kết hôn"), "the submitted dossier names its case: {page}");
});

both_backends!(the_case_decides_the_fee, |backend: Backend| async move {
    let app = seeded(backend).await;
    let me = person(&app, DEMO_CITIZEN.email).await;
    let mut fees = Vec::new();
    for case in ["dung_han", "qua_han"] {
        let id = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
        let mut pairs = birth_pairs();
        pairs.push(("truong_hop".to_owned(), case.to_owned()));
        app.state.services.filing.save_posted(&me, id, &pairs).await.unwrap();
        let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
        app.state.services.filing.upload(&me, id, 6, "cccd.pdf", body).await.unwrap().unwrap();
        app.state.services.filing.submit(&me, id).await.unwrap();
        let fee: i64 = app
            .state
            .db
            .run(move |conn| {
                Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::fee_amount).first(conn)?)
            })
            .await
            .unwrap();
        fees.push(fee);
    }
    assert_eq!(fees, [0, 8_000], "on time free; late 8.000 đ");
});

both_backends!(every_procedure_offered_online_can_be_filed_online, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let (online, offline): (Vec<(String, Vec<i32>)>, Vec<String>) = app
        .state
        .db
        .run(|conn| {
            use server::db::schema::procedure_forms;
            let rows: Vec<(i64, String, String)> = procedures::table
                .filter(procedures::effective_to.is_null())
                .select((procedures::id, procedures::code, procedures::online_level))
                .load(conn)?;
            let mut online = Vec::new();
            let mut offline = Vec::new();
            for (id, code, level) in rows {
                let designed: i64 =
                    procedure_forms::table.filter(procedure_forms::procedure_id.eq(id)).count().get_result(conn)?;
                if level == "none" {
                    offline.push(code);
                } else if designed == 0 {
                    let mandatory: Vec<i32> = document_requirements::table
                        .filter(document_requirements::procedure_id.eq(id))
                        .filter(document_requirements::mandatory.eq(true))
                        .filter(document_requirements::case_key.is_null())
                        .select(document_requirements::ordinal)
                        .load(conn)?;
                    online.push((code, mandatory));
                }
            }
            Ok((online, offline))
        })
        .await
        .unwrap();
    assert!(online.len() >= 5 && !offline.is_empty(), "the demo catalog has both: {online:?} {offline:?}");
    for (code, mandatory) in &online {
        let (_, detail) = app.get(&format!("/thu-tuc/{code}")).await;
        // A visitor's "file online" signs in first, then starts the draft.
        assert!(detail.contains(&format!(r#"value="/ho-so/tao?thu_tuc={code}""#)), "{code} offers filing");
        let id = new_draft(&app, &session, code).await;
        let names: Vec<String> = mandatory.iter().map(|o| format!("tep.{o}")).collect();
        let files: Vec<(&str, &str, &[u8])> = names.iter().map(|n| (n.as_str(), "giay-to.pdf", PDF)).collect();
        let path = format!("/ho-so/{id}");
        let submitted = post_multipart(&app, &path, &session, &generic_fields(&[("hanh_dong", "nop")]), &files).await;
        assert_eq!(
            submitted.location.as_deref(),
            Some(format!("/ho-so/{id}?da_nop=1").as_str()),
            "{code}: {}",
            submitted.body
        );
    }
    for code in &offline {
        let (_, detail) = app.get(&format!("/thu-tuc/{code}")).await;
        assert!(!detail.contains("/ho-so/tao"), "{code} is not offered online");
        let refused = app.post_form("/ho-so/tao", &[("thu_tuc", code)], &session).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{code}");
    }
});

both_backends!(a_per_page_fee_counts_the_pages_the_form_gives, |backend: Backend| async move {
    use shared::catalog::{Channel, FeeFormula, ProcedureCode};
    let app = seeded(backend).await;
    // Certification of copies as an administrator would put it in: its per-page fee takes the
    // count from the form's `so_trang` (no designed form: the generic one asks for it).
    let mut doc = server::seed::demo_catalog().procedures.into_iter().find(|p| p.code.as_str() == "2.000815").unwrap();
    doc.code = ProcedureCode::parse("1.099998").unwrap();
    for offer in doc.channels.iter_mut().filter(|o| o.channel == Channel::Online) {
        for fee in &mut offer.fees {
            if let FeeFormula::PerUnit { count_field, .. } = &mut fee.formula {
                *count_field = Some("so_trang".into());
            }
        }
    }
    let written = app
        .state
        .db
        .run(move |conn| {
            server::services::catalog::store::write(conn, &doc, server::services::catalog::store::Mode::OnlyNew)
        })
        .await
        .unwrap();
    assert!(matches!(written, server::services::catalog::store::Written::Created { .. }), "{written:?}");
    let session = session_of(&app, DEMO_CITIZEN.email).await;
    let id = new_draft(&app, &session, "1.099998").await;
    let (_, page) = app.get_with(&format!("/ho-so/{id}?buoc=3"), &[("cookie", &session)]).await;
    assert!(page.contains("Số trang") && page.contains(r#"name="f.so_trang""#), "the generic form asks for the count");

    let me = person(&app, DEMO_CITIZEN.email).await;
    let mut pairs: Vec<(String, String)> =
        generic_fields(&[("f.so_trang", "10")]).into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    pairs.push(("truong_hop".to_owned(), "binh_thuong".to_owned()));
    app.state.services.filing.save_posted(&me, id, &pairs).await.unwrap();
    let mandatory: Vec<i32> = app
        .state
        .db
        .run(|conn| {
            Ok(document_requirements::table
                .inner_join(procedures::table)
                .filter(procedures::code.eq("1.099998"))
                .filter(document_requirements::mandatory.eq(true))
                .filter(document_requirements::case_key.is_null().or(document_requirements::case_key.eq("binh_thuong")))
                .select(document_requirements::ordinal)
                .load(conn)?)
        })
        .await
        .unwrap();
    for ordinal in mandatory {
        let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
        app.state.services.filing.upload(&me, id, ordinal, "ban-sao.pdf", body).await.unwrap().unwrap();
    }
    app.state.services.filing.submit(&me, id).await.unwrap();
    let fee: i64 = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::fee_amount).first(conn)?))
        .await
        .unwrap();
    // Circular 226/2016: 2.000 đ for each of pages 1–2, 1.000 đ from page 3: 4.000 + 8 × 1.000.
    assert_eq!(fee, 12_000);
});
