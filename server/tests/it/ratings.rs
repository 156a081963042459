//! The satisfaction rating of a dossier, on SQLite and PostgreSQL: only once its outcome is
//! known; by its applicant signed in or by whoever gives the check value (the kiosk, the mail's
//! link); one per dossier, changed within a week and not after; nobody else may rate, and the
//! officers' pages never show who rated what.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::act;
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::ratings;
use server::seed::accounts::DEMO_CITIZEN;

/// (rows, overall, channel, edited) of the ratings table.
async fn stored(app: &TestApp) -> (i64, Option<String>, Option<String>, bool) {
    app.state
        .db
        .run(|conn| {
            let rows: Vec<(String, String, Option<chrono::NaiveDateTime>)> =
                ratings::table.select((ratings::overall, ratings::channel, ratings::edited_at)).load(conn)?;
            let first = rows.first().cloned();
            Ok((
                rows.len() as i64,
                first.as_ref().map(|r| r.0.clone()),
                first.as_ref().map(|r| r.1.clone()),
                first.is_some_and(|r| r.2.is_some()),
            ))
        })
        .await
        .unwrap()
}

both_backends!(a_dossier_is_rated_once_by_its_applicant_or_with_its_check_value, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, code) = common::dossiers::submitted_birth(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let page = format!("/danh-gia/{code}");

    // No outcome yet: nothing to rate.
    let (_, body) = app.get_with(&page, &[("cookie", &citizen)]).await;
    assert!(body.contains("chưa có kết quả giải quyết"), "{body}");
    let early = app.post_form(&page, &[("muc_do", "hai_long")], &citizen).await;
    assert_eq!(early.status, StatusCode::CONFLICT);

    // Refused at the counter: the mail asks for a rating; the dossier page links to it.
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let refused = act(&app, &reception, id, "tu_choi", &[("ghi_chu", "Không thuộc thẩm quyền")]).await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    let (_, mail) = app.latest_mail_to(DEMO_CITIZEN.email).await.unwrap();
    assert!(mail.contains(&format!("/danh-gia/{code}")), "{mail}");
    let (_, dossier) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    assert!(dossier.contains(&format!(r#"href="/danh-gia/{code}""#)), "{dossier}");

    // Someone else: asked for the check value; a wrong one finds nothing; the right one the form.
    let (status, body) = app.get(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"name="kiem_tra""#) && !body.contains("Đăng ký khai sinh"), "nothing said: {body}");
    let (status, _) = app.get(&format!("{page}?kiem_tra=9999")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let unknown = code.replace(&code[code.len() - 4..], "9999");
    let (status, asked) = app.get(&format!("/danh-gia/{unknown}")).await;
    assert_eq!(status, StatusCode::OK, "an unknown code is asked for its check value too");
    assert!(asked.contains(r#"name="kiem_tra""#), "{asked}");
    let stranger = app.post_form(&page, &[("muc_do", "khong_hai_long"), ("kiem_tra", "9999")], "").await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    let member = session_of(&app, "thanhvien@demo.sonla.vn").await;
    let not_theirs = app.post_form(&page, &[("muc_do", "khong_hai_long")], &member).await;
    assert_eq!(not_theirs.status, StatusCode::NOT_FOUND, "another person without the check value");
    let by_officer = app.post_form(&page, &[("muc_do", "rat_hai_long")], &reception).await;
    assert_eq!(by_officer.status, StatusCode::NOT_FOUND, "an officer is not the applicant");
    let (status, body) = app.get(&format!("{page}?kiem_tra=0001")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"name="muc_do""#) && body.contains(r#"name="tieu_chi_12""#), "{body}");
    assert_eq!(stored(&app).await.0, 0);

    // The applicant: the overall level is required; then kept, by account.
    let incomplete = app.post_form(&page, &[("tieu_chi_4", "hai_long")], &citizen).await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(incomplete.body.contains(r##"href="#muc_do""##), "{}", incomplete.body);
    assert!(
        incomplete.body.contains(r#"id="tieu_chi_4-hai_long" name="tieu_chi_4" value="hai_long" checked"#),
        "as given"
    );
    assert_eq!(stored(&app).await.0, 0, "nothing kept");
    let rated = app
        .post_form(&page, &[("muc_do", "khong_hai_long"), ("tieu_chi_4", "hai_long"), ("y_kien", "Chờ lâu")], &citizen)
        .await;
    assert_eq!(rated.location.as_deref(), Some(format!("{page}?da_luu=1").as_str()), "{}", rated.body);
    assert_eq!(stored(&app).await, (1, Some("khong_hai_long".into()), Some("tai_khoan".into()), false));
    // Changed within the week, here from the kiosk with the check value: still one rating.
    let changed = app.post_form(&page, &[("muc_do", "hai_long"), ("kiem_tra", "0001")], "").await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert_eq!(stored(&app).await, (1, Some("hai_long".into()), Some("tai_khoan".into()), true));

    // Officers see the dossier, never its rating or its comment.
    let (_, officer_page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert!(!officer_page.contains("Chờ lâu") && !officer_page.contains("Hài lòng"), "{officer_page}");

    // A week later it stands as it is.
    app.state
        .db
        .run(|conn| {
            let week_ago = shared::time::now() - chrono::Duration::days(8);
            diesel::update(ratings::table).set(ratings::created_at.eq(week_ago)).execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let late = app.post_form(&page, &[("muc_do", "rat_hai_long")], &citizen).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(stored(&app).await.1.as_deref(), Some("hai_long"));
    let (_, body) = app.get_with(&page, &[("cookie", &citizen)]).await;
    assert!(body.contains("không sửa được nữa") && !body.contains("Gửi đánh giá"), "{body}");
});
