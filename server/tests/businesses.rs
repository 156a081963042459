//! Businesses: registration by tax code, members invited by e-mail, what members see, on SQLite
//! and PostgreSQL.

mod common;

use axum::http::StatusCode;
use common::people::{seeded, session_of};
use common::{Backend, TestApp, link_in};
use server::seed::accounts::{DEMO_BUSINESS, DEMO_CITIZEN, DEMO_MEMBER};

async fn session_with(app: &TestApp, who: &str, password: &str) -> String {
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", who), ("mat_khau", password)], "").await;
    assert_eq!(posted.location.as_deref(), Some("/tai-khoan"), "signing in {who}");
    posted
        .set_cookies
        .iter()
        .find(|c| c.starts_with("phien="))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .expect("session")
}

fn business(tax: &str, confirm: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("ma_so_thue", tax.to_owned()),
        ("ten", "Công ty TNHH Cà phê Demo Sơn La".to_owned()),
        ("dia_chi", "Số 1 đường Demo, phường Tô Hiệu".to_owned()),
        ("nguoi_dai_dien", "Lò Thị Demo".to_owned()),
    ];
    if confirm {
        f.push(("xac_nhan_mst", "1".to_owned()));
    }
    f
}

fn refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

both_backends!(members_of_the_demo_business_see_it, |backend: Backend| async move {
    let app = seeded(backend).await;
    for who in [DEMO_CITIZEN.email, DEMO_MEMBER.citizen_id] {
        let session = session_of(&app, who).await;
        let (status, page) = app.get_with("/doanh-nghiep", &[("cookie", &session)]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(DEMO_BUSINESS.name) && page.contains(DEMO_BUSINESS.tax_code), "{page}");
        assert!(page.contains(DEMO_CITIZEN.full_name) && page.contains(DEMO_MEMBER.full_name), "both members listed");
    }
    let (status, _) = app.get("/doanh-nghiep").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let anonymous = app.post_form("/doanh-nghiep", &refs(&business("5500123457", false)), "").await;
    assert_eq!(anonymous.location.as_deref(), Some("/dang-nhap"), "a post without a session changes nothing");
});

both_backends!(register_invite_and_accept, |backend: Backend| async move {
    let app = seeded(backend).await;
    let owner = session_of(&app, DEMO_CITIZEN.email).await;

    // Bad input: every problem, in Vietnamese, values kept.
    let bad = app.post_form("/doanh-nghiep", &[("ma_so_thue", "12ab"), ("ten", "Tên giữ lại")], &owner).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Mã số thuế phải gồm 10 chữ số"), "{}", bad.body);
    assert!(bad.body.contains("Vui lòng nhập địa chỉ trụ sở"));
    assert!(bad.body.contains("value=\"Tên giữ lại\""));
    // A wrong check digit needs a confirmation; then it is accepted.
    let unconfirmed = app.post_form("/doanh-nghiep", &refs(&business("5500123458", false)), &owner).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.body.contains("name=\"xac_nhan_mst\""));
    let confirmed = app.post_form("/doanh-nghiep", &refs(&business("5500123458", true)), &owner).await;
    assert_eq!(confirmed.location.as_deref(), Some("/doanh-nghiep?da_dang_ky=1"), "{}", confirmed.body);
    // A tax code is registered once.
    let taken = app.post_form("/doanh-nghiep", &refs(&business("5500123458", true)), &owner).await;
    assert!(taken.body.contains("đã được đăng ký"), "{}", taken.body);

    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &owner)]).await;
    let id = page
        .split("name=\"doanh_nghiep\" value=\"")
        .filter_map(|s| s.split('"').next())
        .filter_map(|s| s.parse::<i64>().ok())
        .max()
        .expect("business id in the invite form");
    let id = id.to_string();

    // Invite the demo member; a bad address is refused with a message.
    let bad = app.post_form("/doanh-nghiep/moi", &[("doanh_nghiep", &id), ("email", "không phải thư")], &owner).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let invited =
        app.post_form("/doanh-nghiep/moi", &[("doanh_nghiep", &id), ("email", DEMO_MEMBER.email)], &owner).await;
    assert_eq!(invited.location.as_deref(), Some("/doanh-nghiep?da_moi=1"));
    let (_, body) = app.latest_mail_to(DEMO_MEMBER.email).await.expect("invitation mail");
    let link = link_in(&body);
    let token = link.split("ma=").nth(1).unwrap().to_owned();

    // Someone who is not a member cannot invite to it.
    let outsider = registered_outsider(&app).await;
    let refused =
        app.post_form("/doanh-nghiep/moi", &[("doanh_nghiep", &id), ("email", "x@example.vn")], &outsider).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // The link holder with another address cannot accept it.
    let wrong = app.post_form("/doanh-nghiep/loi-moi", &[("ma", &token)], &outsider).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert!(wrong.body.contains("địa chỉ khác"), "{}", wrong.body);

    let member = session_of(&app, DEMO_MEMBER.email).await;
    let (status, invitation) = app.get_with(&link, &[("cookie", &member)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(invitation.contains("Công ty TNHH Cà phê Demo Sơn La"));
    let accepted = app.post_form("/doanh-nghiep/loi-moi", &[("ma", &token)], &member).await;
    assert_eq!(accepted.location.as_deref(), Some("/doanh-nghiep?da_tham_gia=1"), "{}", accepted.body);
    // Membership is read at each request: the member sees the business at once.
    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &member)]).await;
    assert!(page.contains("Công ty TNHH Cà phê Demo Sơn La"));
    // The link works once.
    let again = app.post_form("/doanh-nghiep/loi-moi", &[("ma", &token)], &member).await;
    assert!(again.body.contains("không hợp lệ, đã được dùng"), "{}", again.body);
});

/// A citizen outside every business, signed in.
async fn registered_outsider(app: &TestApp) -> String {
    let password = "mây trắng bay qua đèo Pha Đin";
    let form = [
        ("ho_ten", "Người Ngoài"),
        ("so_dinh_danh", "014085009999"),
        ("ngay_sinh", "1985-03-14"),
        ("email", "ngoai@example.vn"),
        ("dien_thoai", ""),
        ("mat_khau", password),
        ("nhap_lai_mat_khau", password),
    ];
    let registered = app.post_form("/dang-ky", &form, "").await;
    assert_eq!(registered.location.as_deref(), Some("/dang-ky/kiem-tra-thu"), "{}", registered.body);
    let (_, body) = app.latest_mail_to("ngoai@example.vn").await.expect("verification");
    let (status, _) = app.get(&link_in(&body)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    session_with(app, "ngoai@example.vn", password).await
}
