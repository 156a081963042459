//! Businesses: registration by tax code, members invited by e-mail, what members see, on SQLite
//! and PostgreSQL.

use crate::common;

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
        ("so_dinh_danh_dai_dien", DEMO_CITIZEN.citizen_id.to_owned()),
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

    // Registered without VNeID proof that the registrant is the representative: it waits for
    // the registry, and nobody can file for it or invite to it yet.
    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &owner)]).await;
    assert!(page.contains("Chờ cơ quan đăng ký kinh doanh xác minh"), "{page}");
    let id = business_id(&app, "5500123458").await;
    let early = app
        .post_form("/doanh-nghiep/moi", &[("doanh_nghiep", &id.to_string()), ("email", "x@example.vn")], &owner)
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN, "no invitations before verification");
    // The registry's counter verifies it; other officers may not.
    let other_counter = common::people::officer(&app, "motcua@demo.sonla.vn").await;
    let (status, _) = app.get_with("/can-bo/doanh-nghiep", &[("cookie", &other_counter)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let refused =
        app.post_form(&format!("/can-bo/doanh-nghiep/{id}"), &[("quyet_dinh", "duyet")], &other_counter).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let registry = common::people::officer(&app, "dangkykinhdoanh@demo.sonla.vn").await;
    let (status, queue) = app.get_with("/can-bo/doanh-nghiep", &[("cookie", &registry)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains("5500123458") && queue.contains(DEMO_CITIZEN.citizen_id), "{queue}");
    let verified = app.post_form(&format!("/can-bo/doanh-nghiep/{id}"), &[("quyet_dinh", "duyet")], &registry).await;
    assert_eq!(verified.location.as_deref(), Some("/can-bo/doanh-nghiep?da_quyet_dinh=1"), "{}", verified.body);
    let (subject, _) = app.latest_mail_to(DEMO_CITIZEN.email).await.expect("the owner is told");
    assert!(subject.contains("đã được xác minh"), "{subject}");
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

async fn business_id(app: &TestApp, tax_code: &'static str) -> i64 {
    app.state
        .db
        .run(move |conn| {
            use diesel::prelude::*;
            use server::db::schema::businesses;
            Ok(businesses::table.filter(businesses::tax_code.eq(tax_code)).select(businesses::id).first(conn)?)
        })
        .await
        .unwrap()
}

both_backends!(owners_remove_members_and_access_ends_at_once, |backend: Backend| async move {
    let app = seeded(backend).await;
    let owner = session_of(&app, DEMO_CITIZEN.email).await;
    let member = session_of(&app, DEMO_MEMBER.email).await;
    let business = business_id(&app, DEMO_BUSINESS.tax_code).await;
    let member_id = common::people::person(&app, DEMO_MEMBER.email).await.account().unwrap();
    let owner_id = common::people::person(&app, DEMO_CITIZEN.email).await.account().unwrap();
    let (status, _) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so"), &[("cookie", &member)]).await;
    assert_eq!(status, StatusCode::OK, "a member sees the business's dossiers");
    // A plain member can neither invite nor remove the owner.
    let invite = app
        .post_form("/doanh-nghiep/moi", &[("doanh_nghiep", &business.to_string()), ("email", "x@example.vn")], &member)
        .await;
    assert_eq!(invite.status, StatusCode::FORBIDDEN);
    let coup = app.post_form(&format!("/doanh-nghiep/{business}/thanh-vien/{owner_id}/xoa"), &[], &member).await;
    assert_eq!(coup.status, StatusCode::FORBIDDEN);
    // The only owner cannot leave while a member remains.
    let leave = app.post_form(&format!("/doanh-nghiep/{business}/thanh-vien/{owner_id}/xoa"), &[], &owner).await;
    assert_eq!(leave.status, StatusCode::CONFLICT);
    // The owner removes the member: at the member's next request the business is gone.
    let removed = app.post_form(&format!("/doanh-nghiep/{business}/thanh-vien/{member_id}/xoa"), &[], &owner).await;
    assert_eq!(removed.location.as_deref(), Some("/doanh-nghiep?da_go=1"), "{}", removed.body);
    let (status, _) = app.get_with(&format!("/doanh-nghiep/{business}/ho-so"), &[("cookie", &member)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "access ended at once");
    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &member)]).await;
    assert!(!page.contains(DEMO_BUSINESS.name), "{page}");
    let (_, log) = app.get_with("/doanh-nghiep", &[("cookie", &owner)]).await;
    assert!(!log.contains(DEMO_MEMBER.full_name), "the member is gone from the list");
});

both_backends!(a_squatted_tax_code_is_claimed_back_through_the_registry, |backend: Backend| async move {
    let app = seeded(backend).await;
    // A squatter registers a real company's tax code with someone else's name as representative.
    let squatter = registered_outsider(&app).await;
    let squatted = app.post_form("/doanh-nghiep", &refs(&business("0100109106", false)), &squatter).await;
    assert_eq!(squatted.location.as_deref(), Some("/doanh-nghiep?da_dang_ky=1"), "{}", squatted.body);
    let id = business_id(&app, "0100109106").await;
    // Unverified, it gives the squatter nothing to file with.
    let actor = common::people::person(&app, "ngoai@example.vn").await;
    assert!(matches!(&actor, shared::access::Actor::Person { businesses, .. } if !businesses.contains(&id)));
    // The real representative finds the code taken and claims it.
    let owner = session_of(&app, DEMO_CITIZEN.email).await;
    let taken = app.post_form("/doanh-nghiep", &refs(&business("0100109106", false)), &owner).await;
    assert!(taken.body.contains("khiếu nại"), "{}", taken.body);
    let no_reason =
        app.post_form("/doanh-nghiep/khieu-nai", &[("mst_khieu_nai", "0100109106"), ("ly_do", " ")], &owner).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let claim = app
        .post_form(
            "/doanh-nghiep/khieu-nai",
            &[
                ("mst_khieu_nai", "0100109106"),
                ("ly_do", "Tôi là người đại diện theo pháp luật; giấy chứng nhận đính kèm tại quầy."),
            ],
            &owner,
        )
        .await;
    assert_eq!(claim.location.as_deref(), Some("/doanh-nghiep?da_khieu_nai=1"), "{}", claim.body);
    // The registry's counter upholds it: the squatter is out, the claimant owns it, verified.
    let registry = common::people::officer(&app, "dangkykinhdoanh@demo.sonla.vn").await;
    let (_, queue) = app.get_with("/can-bo/doanh-nghiep", &[("cookie", &registry)]).await;
    let claim_id = queue
        .split("/can-bo/khieu-nai/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the claim in the registry's queue")
        .to_owned();
    let upheld =
        app.post_form(&format!("/can-bo/khieu-nai/{claim_id}"), &[("quyet_dinh", "chap_nhan")], &registry).await;
    assert_eq!(upheld.location.as_deref(), Some("/can-bo/doanh-nghiep?da_quyet_dinh=1"), "{}", upheld.body);
    let again = app.post_form(&format!("/can-bo/khieu-nai/{claim_id}"), &[("quyet_dinh", "bac_bo")], &registry).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "decided once");
    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &squatter)]).await;
    assert!(!page.contains("Công ty TNHH Cà phê Demo Sơn La"), "the squatter lost it");
    let (subject, _) = app.latest_mail_to("ngoai@example.vn").await.expect("the squatter is told");
    assert!(subject.contains("không còn là thành viên"), "{subject}");
    let actor = common::people::person(&app, DEMO_CITIZEN.email).await;
    assert!(matches!(&actor, shared::access::Actor::Person { owns, .. } if owns.contains(&id)), "{actor:?}");
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
