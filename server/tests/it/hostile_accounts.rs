//! Accounts under attack, on both databases: an agency admin against a system admin; a second
//! factor reset that must not re-enrol on a phished password; guessing second-factor codes;
//! old reset links after a reset; registration and reset abuse; national sign-in against an
//! account that typed the same ID number (pre-hijacking); single-use links redacted once sent.

use crate::common;

use axum::http::StatusCode;
use common::people::{cookie_named, officer, person, seeded};
use common::{Backend, TestApp, link_in};
use diesel::prelude::*;
use server::db::schema::{accounts, outbox_mail};
use server::seed::accounts::{DEMO_CITIZEN, DEMO_PASSWORD};
use server::services::accounts::federated::{Finished, LinkError};
use server::services::accounts::oidc::VerifiedIdentity;
use server::services::accounts::totp;

async fn account_id(app: &TestApp, email: &'static str) -> i64 {
    person(app, email).await.account().unwrap()
}

both_backends!(an_agency_admin_cannot_touch_a_system_admin, |backend: Backend| async move {
    let app = seeded(backend).await;
    let agency_admin = officer(&app, "quantricoquan@demo.sonla.vn").await;
    let system_admin = officer(&app, "quantri@demo.sonla.vn").await;
    let target = account_id(&app, "quantri@demo.sonla.vn").await;
    let reset = app.post_form(&format!("/quan-tri/can-bo/{target}/dat-lai-xac-thuc"), &[], &agency_admin).await;
    assert_eq!(reset.status, StatusCode::FORBIDDEN, "{}", reset.body);
    let roles =
        app.post_form(&format!("/quan-tri/can-bo/{target}/vai-tro"), &[("vai_tro", "reception")], &agency_admin).await;
    assert_eq!(roles.status, StatusCode::FORBIDDEN, "{}", roles.body);
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &system_admin)]).await;
    assert_eq!(status, StatusCode::OK, "the system admin was not signed out");
    // The agency admin still manages the officers whose every role they may grant.
    let counter = account_id(&app, "motcua@demo.sonla.vn").await;
    let reset = app.post_form(&format!("/quan-tri/can-bo/{counter}/dat-lai-xac-thuc"), &[], &agency_admin).await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
});

both_backends!(a_reset_second_factor_needs_the_mailed_link_not_just_the_password, |backend: Backend| async move {
    let app = seeded(backend).await;
    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let counter = officer(&app, "motcua@demo.sonla.vn").await;
    let id = account_id(&app, "motcua@demo.sonla.vn").await;
    let reset = app.post_form(&format!("/quan-tri/can-bo/{id}/dat-lai-xac-thuc"), &[], &admin).await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &counter)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "every session ended");
    let (subject, body) = app.latest_mail_to("motcua@demo.sonla.vn").await.expect("the officer is told");
    assert!(subject.contains("đã được đặt lại"), "{subject}");
    let link = link_in(&body);

    // With the password alone (phished), no authenticator can be enrolled.
    let signed =
        app.post_form("/dang-nhap", &[("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", DEMO_PASSWORD)], "").await;
    let pending = cookie_named(&signed.set_cookies, "xac_thuc").expect("password step");
    let (_, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &pending)]).await;
    assert!(!page.contains("data-secret") && page.contains("đã được quản trị viên đặt lại"), "{page}");

    // Through the mailed link, the officer enrols again.
    let landing = app.request(axum::http::Request::get(&link).body(axum::body::Body::empty()).unwrap()).await;
    assert_eq!(landing.headers()["location"], "/dang-nhap?cai_lai=1");
    let relink = landing.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let signed = app
        .post_form("/dang-nhap", &[("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", DEMO_PASSWORD)], &relink)
        .await;
    let pending = cookie_named(&signed.set_cookies, "xac_thuc").expect("password step");
    let cookies = format!("{pending}; {relink}");
    let (_, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &cookies)]).await;
    let secret = page.split("data-secret=\"").nth(1).expect("enrolment offered").split('"').next().unwrap().to_owned();
    // Meanwhile someone with the phished password and no link signs in: the new secret, now
    // stored, is not shown to them either.
    let phished =
        app.post_form("/dang-nhap", &[("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", DEMO_PASSWORD)], "").await;
    let phished = cookie_named(&phished.set_cookies, "xac_thuc").expect("password step");
    let (_, page) = app.get_with("/dang-nhap/ma-xac-thuc", &[("cookie", &phished)]).await;
    assert!(!page.contains("data-secret") && !page.contains(&secret), "{page}");
    let code = totp::code_at_step(&secret, totp::step_at(chrono::Utc::now().timestamp())).unwrap();
    let done = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &code)], &cookies).await;
    assert!(cookie_named(&done.set_cookies, "phien").is_some(), "{}", done.body);
    // The link worked once.
    let again = app.request(axum::http::Request::get(&link).body(axum::body::Body::empty()).unwrap()).await;
    assert_eq!(again.headers()["location"], "/dang-nhap?cai_lai_loi=1");
});

both_backends!(guessing_second_factor_codes_is_slowed_down, |backend: Backend| async move {
    let app = seeded(backend).await;
    let _enrolled = officer(&app, "motcua@demo.sonla.vn").await;
    let signed =
        app.post_form("/dang-nhap", &[("dinh_danh", "motcua@demo.sonla.vn"), ("mat_khau", DEMO_PASSWORD)], "").await;
    let pending = cookie_named(&signed.set_cookies, "xac_thuc").unwrap();
    for guess in ["000000", "111111", "222222", "333333", "444444"] {
        let wrong = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", guess)], &pending).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{guess}");
    }
    let throttled = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", "555555")], &pending).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS, "{}", throttled.body);
    assert!(throttled.body.contains("Vui lòng thử lại sau"), "{}", throttled.body);
    assert!(cookie_named(&throttled.set_cookies, "phien").is_none());
});

both_backends!(a_reset_spends_every_other_reset_link, |backend: Backend| async move {
    let app = seeded(backend).await;
    let mut links = Vec::new();
    for _ in 0..2 {
        let asked = app.post_form("/quen-mat-khau", &[("email", DEMO_CITIZEN.email)], "").await;
        assert_eq!(asked.location.as_deref(), Some("/quen-mat-khau/da-gui"));
        let (_, body) = app.latest_mail_to(DEMO_CITIZEN.email).await.unwrap();
        links.push(link_in(&body).split("ma=").nth(1).unwrap().to_owned());
    }
    assert_ne!(links[0], links[1]);
    let password = "đồi chè Mộc Châu xanh mướt mắt";
    let reset = |token: &str| {
        vec![("ma", token.to_owned()), ("mat_khau", password.to_owned()), ("nhap_lai_mat_khau", password.to_owned())]
    };
    let done = app.post_form("/dat-lai-mat-khau", &refs(&reset(&links[1])), "").await;
    assert_eq!(done.location.as_deref(), Some("/dang-nhap?da_dat_lai=1"), "{}", done.body);
    let stale = app.post_form("/dat-lai-mat-khau", &refs(&reset(&links[0])), "").await;
    assert!(stale.body.contains("không hợp lệ"), "the older link died with the reset: {}", stale.body);
});

both_backends!(registration_and_reset_cannot_be_used_to_flood, |backend: Backend| async move {
    let app = seeded(backend).await;
    // A reset mailbox gets a few links an hour, however often it is asked for.
    for _ in 0..6 {
        app.post_form("/quen-mat-khau", &[("email", "thanhvien@demo.sonla.vn")], "").await;
    }
    let sent: i64 = app
        .state
        .db
        .run(|conn| {
            Ok(outbox_mail::table
                .filter(outbox_mail::to_address.eq("thanhvien@demo.sonla.vn"))
                .count()
                .get_result(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(sent, i64::from(server::services::accounts::RESET_MAILS_PER_HOUR));
    // One client: reset requests and registrations are refused past their hourly count.
    for _ in 6..server::services::accounts::RESETS_PER_HOUR {
        app.post_form("/quen-mat-khau", &[("email", "x@example.vn")], "").await;
    }
    let refused = app.post_form("/quen-mat-khau", &[("email", "x@example.vn")], "").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    for i in 0..server::services::accounts::REGISTRATIONS_PER_HOUR {
        let form = registration(&format!("lu{i}@example.vn"), "014085001234");
        app.post_form("/dang-ky", &refs(&form), "").await;
    }
    let form = registration("one.more@example.vn", "014085001234");
    let refused = app.post_form("/dang-ky", &refs(&form), "").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
});

both_backends!(registering_a_held_id_number_mails_the_registrant, |backend: Backend| async move {
    let app = seeded(backend).await;
    let form = registration("ke.gian@example.vn", DEMO_CITIZEN.citizen_id);
    let posted = app.post_form("/dang-ky", &refs(&form), "").await;
    assert_eq!(posted.location.as_deref(), Some("/dang-ky/kiem-tra-thu"), "the same answer as a new registration");
    let (subject, body) = app.latest_mail_to("ke.gian@example.vn").await.expect("a mail either way");
    assert!(subject.contains("Chưa thể đăng ký") && body.contains("VNeID"), "{subject}");
});

fn registration(email: &str, id: &str) -> Vec<(&'static str, String)> {
    let password = "mây trắng bay qua đèo Pha Đin";
    vec![
        ("ho_ten", "Lò Văn Páo".to_owned()),
        ("so_dinh_danh", id.to_owned()),
        ("ngay_sinh", birth_of(id)),
        ("email", email.to_owned()),
        ("dien_thoai", String::new()),
        ("mat_khau", password.to_owned()),
        ("nhap_lai_mat_khau", password.to_owned()),
    ]
}

/// A birth date that agrees with an ID number's century and year digits.
fn birth_of(id: &str) -> String {
    let century = if matches!(&id[3..4], "0" | "1") { "19" } else { "20" };
    format!("{century}{}-01-15", &id[4..6])
}

fn refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// What the national provider vouches for: the person holding `id_number`, as subject `sub`.
fn vouched(sub: &str, id_number: &str) -> VerifiedIdentity {
    VerifiedIdentity {
        issuer: "https://vneid.test".to_owned(),
        subject: sub.to_owned(),
        full_name: Some("Lò Thị Thật".to_owned()),
        email: Some(format!("{sub}@vneid.test")),
        email_verified: true,
        id_number: Some(id_number.to_owned()),
        birthdate: chrono::NaiveDate::from_ymd_opt(1990, 5, 19),
    }
}

/// An attacker registers with the victim's ID number (printed on the card) and their own address.
async fn pre_hijack(app: &TestApp, id_number: &str) -> String {
    let form = registration("ke.gian@example.vn", id_number);
    app.post_form("/dang-ky", &refs(&form), "").await;
    let (_, body) = app.latest_mail_to("ke.gian@example.vn").await.unwrap();
    app.get(&link_in(&body)).await;
    let signed = app
        .post_form(
            "/dang-nhap",
            &[("dinh_danh", "ke.gian@example.vn"), ("mat_khau", "mây trắng bay qua đèo Pha Đin")],
            "",
        )
        .await;
    cookie_named(&signed.set_cookies, "phien").expect("the attacker's session")
}

both_backends!(national_sign_in_never_links_on_a_self_typed_id_number, |backend: Backend| async move {
    let app = seeded(backend).await;
    let victim_id = "014190000555";
    let attacker = pre_hijack(&app, victim_id).await;
    // The victim signs in with VNeID: not linked, a choice instead.
    let finished =
        app.state.services.accounts.complete_federated(vouched("nan", victim_id), "10.0.0.1".into(), None).await;
    let Ok(Finished::ChooseLink(choice)) = finished else { panic!("a self-typed ID number must not link") };
    // The choice page names the held account only by a masked address.
    let view = app.state.services.accounts.open_link_choice(choice.clone()).await.unwrap().unwrap();
    assert_eq!(view.masked_email.as_deref(), Some("k***@example.vn"));
    // Without the password (or without consent) nothing links.
    let wrong = app
        .state
        .services
        .accounts
        .link_with_password(choice.clone(), "đoán bừa".into(), true, "10.0.0.1".into(), None)
        .await;
    assert!(matches!(wrong, Err(LinkError::WrongPassword)));
    let no_consent = app
        .state
        .services
        .accounts
        .link_with_password(choice.clone(), "mây trắng bay qua đèo Pha Đin".into(), false, "10.0.0.1".into(), None)
        .await;
    assert!(matches!(no_consent, Err(LinkError::NoConsent)));
    // "Not mine": a new verified account; the number leaves the attacker's account.
    app.state.services.accounts.link_as_new(choice.clone(), "10.0.0.1".into(), None).await.expect("a new account");
    let again = app.state.services.accounts.link_as_new(choice, "10.0.0.1".into(), None).await;
    assert!(matches!(again, Err(LinkError::Expired)), "the choice is spent");
    let holders: Vec<(Option<String>, bool)> = app
        .state
        .db
        .run(|conn| {
            Ok(accounts::table
                .filter(accounts::full_name.eq("Lò Thị Thật").or(accounts::email.eq("ke.gian@example.vn")))
                .select((accounts::citizen_id, accounts::identity_verified))
                .load(conn)?)
        })
        .await
        .unwrap();
    assert!(holders.contains(&(Some(victim_id.to_owned()), true)), "the victim's own verified account: {holders:?}");
    assert!(holders.contains(&(None, false)), "the attacker's account lost the number: {holders:?}");
    let (subject, _) = app.latest_mail_to("ke.gian@example.vn").await.unwrap();
    assert!(subject.contains("đã được gỡ"), "{subject}");
    // The victim's next VNeID sign-in goes straight to their own account, never the attacker's.
    let next = app.state.services.accounts.complete_federated(vouched("nan", victim_id), "10.0.0.1".into(), None).await;
    assert!(matches!(next, Ok(Finished::Session(_))));
    let (_, page) = app.get_with("/ho-so", &[("cookie", &attacker)]).await;
    assert!(!page.contains("Lò Thị Thật"));
});

both_backends!(linking_with_the_password_signs_everyone_else_out, |backend: Backend| async move {
    let app = seeded(backend).await;
    let own_id = "014190000556";
    // This time the account really is the person's own (they registered it themselves).
    let earlier_session = pre_hijack(&app, own_id).await;
    let Ok(Finished::ChooseLink(choice)) =
        app.state.services.accounts.complete_federated(vouched("ban-than", own_id), "10.0.0.2".into(), None).await
    else {
        panic!("a choice")
    };
    let linked = app
        .state
        .services
        .accounts
        .link_with_password(choice, "mây trắng bay qua đèo Pha Đin".into(), true, "10.0.0.2".into(), None)
        .await;
    assert!(linked.is_ok());
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &earlier_session)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "every earlier session ended");
    let (subject, _) = app.latest_mail_to("ke.gian@example.vn").await.unwrap();
    assert!(subject.contains("liên kết với VNeID"), "{subject}");
    let verified: bool = app
        .state
        .db
        .run(|conn| {
            Ok(accounts::table
                .filter(accounts::email.eq("ke.gian@example.vn"))
                .select(accounts::identity_verified)
                .first(conn)?)
        })
        .await
        .unwrap();
    assert!(verified);
});

both_backends!(single_use_links_do_not_outlive_their_delivery, |backend: Backend| async move {
    let app = seeded(backend).await;
    app.post_form("/quen-mat-khau", &[("email", DEMO_CITIZEN.email)], "").await;
    // Delivered with no demo mailbox to show it: redacted at once.
    let now = shared::time::now();
    app.state.db.run(move |conn| server::services::notify::deliver_due(conn, now, false)).await.unwrap();
    let bodies: Vec<String> = app
        .state
        .db
        .run(|conn| {
            Ok(outbox_mail::table
                .filter(outbox_mail::to_address.eq(DEMO_CITIZEN.email))
                .select(outbox_mail::body)
                .load(conn)?)
        })
        .await
        .unwrap();
    assert!(!bodies.is_empty());
    assert!(bodies.iter().all(|b| !b.contains("ma=")), "no usable link stays in the database: {bodies:?}");
});

both_backends!(a_stolen_session_cannot_guess_the_password_on_the_account_page, |backend: Backend| async move {
    let app = seeded(backend).await;
    let session = common::people::session_of(&app, DEMO_CITIZEN.email).await;
    let change = |current: &'static str| {
        let (app, session) = (&app, session.clone());
        async move {
            let new = "suối Nậm La chảy qua thành phố";
            app.post_form(
                "/tai-khoan/doi-mat-khau",
                &[("mat_khau_hien_tai", current), ("mat_khau", new), ("nhap_lai_mat_khau", new)],
                &session,
            )
            .await
        }
    };
    for _ in 0..5 {
        assert!(change("đoán bừa").await.body.contains("Mật khẩu hiện tại không đúng"));
    }
    let waiting = change(DEMO_PASSWORD).await;
    assert!(waiting.body.contains("Vui lòng thử lại sau"), "even the right one waits: {}", waiting.body);
    assert!(cookie_named(&waiting.set_cookies, "phien").is_none(), "nothing changed");
});
