//! The benchmark's scale data (`portal seed --synthetic N --dossiers M --queue Q`), at a small
//! size: the dossiers are whole (codes, timelines, owners the lookup can check), the queue is at
//! the first synthetic agency's counter, the day's numbering continues after the generated
//! codes, and running it again writes nothing.

use crate::common;

use axum::http::StatusCode;
use common::people::cookie_named;
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{accounts, agencies, dossier_events, dossiers};
use server::seed::accounts::DEMO_PASSWORD;
use server::seed::scale::{BENCH_CITIZEN, BENCH_OFFICER, BENCH_OFFICER_TOTP, ScalePlan};
use server::services::accounts::totp;
use std::collections::HashSet;

both_backends!(generates_whole_dossiers_and_a_queue, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    server::seed::seed_synthetic(&app.state.db, 200).await.expect("synthetic catalog");
    let report = server::seed::seed_scale(&app.state.db, ScalePlan { dossiers: 3_000, queue: 400, years: 3 })
        .await
        .expect("scale data");
    assert_eq!((report.dossiers, report.queue, report.citizens), (3_000, 400, 600));
    assert!(!report.existing);

    let queue_agency = report.queue_agency.clone();
    let (codes, events, at_counter, owner, citizen_has) = app
        .state
        .db
        .run(move |conn| {
            let codes: Vec<Option<String>> = dossiers::table
                .inner_join(agencies::table)
                .filter(agencies::code.like("%.H99"))
                .select(dossiers::code)
                .load(conn)?;
            let events: i64 = dossier_events::table.count().get_result(conn)?;
            let at_counter: i64 = dossiers::table
                .inner_join(agencies::table)
                .filter(agencies::code.eq(&queue_agency))
                .filter(dossiers::status.eq_any(["ChoTiepNhan", "DaTiepNhan", "DaBoSung", "DaXuLyXong"]))
                .count()
                .get_result(conn)?;
            let owner: (String, String) = dossiers::table
                .inner_join(agencies::table)
                .filter(agencies::code.like("%.H99"))
                .filter(dossiers::status.eq("DaTraKetQua"))
                .select((dossiers::code.assume_not_null(), dossiers::owner_id_number.assume_not_null()))
                .first(conn)?;
            let citizen: i64 =
                accounts::table.filter(accounts::email.eq(BENCH_CITIZEN)).select(accounts::id).first(conn)?;
            let citizen_has: i64 =
                dossiers::table.filter(dossiers::filer_account_id.eq(citizen)).count().get_result(conn)?;
            Ok::<_, server::db::DbError>((codes, events, at_counter, owner, citizen_has))
        })
        .await
        .expect("read back");
    let codes: Vec<String> = codes.into_iter().map(|c| c.expect("every generated dossier has its code")).collect();
    assert_eq!(codes.len(), 3_000);
    assert_eq!(codes.iter().collect::<HashSet<_>>().len(), 3_000, "codes are unique");
    // Counted into the statistics: every received dossier once.
    let (received, summed) = app
        .state
        .db
        .run(|conn| {
            let received: i64 = dossiers::table.filter(dossiers::received_at.is_not_null()).count().get_result(conn)?;
            let span = server::services::statistics::Span::Months(190_001, 299_912);
            let by_agency =
                server::services::statistics::sums_by(conn, server::services::statistics::Key::Agency, span, None)?;
            Ok::<_, server::db::DbError>((received, by_agency.iter().map(|(_, s)| s.received).sum::<i64>()))
        })
        .await
        .unwrap();
    assert!(received > 2_000, "{received}");
    assert_eq!(summed, received, "the statistics hold every received dossier");
    assert!(codes.iter().all(|c| shared::dossier::DossierCode::parse(c).is_some()), "codes are well formed");
    assert!((3_000 * 2..=3_000 * 5).contains(&events), "a timeline per dossier: {events} events");
    assert!(at_counter >= 400, "the queue waits at the counter: {at_counter}");
    assert!(citizen_has >= 1, "the frequent filer has dossiers");

    // The public lookup finds a generated dossier with its owner's last four digits.
    let (code, id_number) = owner;
    let check = &id_number[id_number.len() - 4..];
    let (status, body) = app.get(&format!("/api/v1/lookup?code={code}&check={check}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("\"status\":\"DaTraKetQua\""), "{body}");

    // The counter officer signs in with the published authenticator secret (as the benchmark
    // does) and pages through the queue.
    let posted = app.post_form("/dang-nhap", &[("dinh_danh", BENCH_OFFICER), ("mat_khau", DEMO_PASSWORD)], "").await;
    let pending = cookie_named(&posted.set_cookies, "xac_thuc").expect("pending sign-in");
    let code = totp::code_at_step(BENCH_OFFICER_TOTP, totp::step_at(chrono::Utc::now().timestamp())).expect("code");
    let done = app.post_form("/dang-nhap/ma-xac-thuc", &[("ma", &code)], &pending).await;
    let session = cookie_named(&done.set_cookies, "phien").expect("officer session");
    let (status, page) = app.get_with("/can-bo?trang=8", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!("{queue_agency}-", queue_agency = report.queue_agency)),
        "page 8 of the queue has rows"
    );

    // The frequent filer's list comes a page of 20 at a time, newest first.
    let moved = app
        .state
        .db
        .run(move |conn| {
            let citizen: i64 =
                accounts::table.filter(accounts::email.eq(BENCH_CITIZEN)).select(accounts::id).first(conn)?;
            let others: Vec<i64> = dossiers::table
                .filter(dossiers::filer_account_id.ne(citizen))
                .filter(dossiers::status.ne("NhapHoSo"))
                .order(dossiers::id)
                .limit(25)
                .select(dossiers::id)
                .load(conn)?;
            diesel::update(dossiers::table.filter(dossiers::id.eq_any(&others)))
                .set(dossiers::filer_account_id.eq(citizen))
                .execute(conn)?;
            Ok::<_, server::db::DbError>(
                dossiers::table.filter(dossiers::filer_account_id.eq(citizen)).count().get_result::<i64>(conn)?,
            )
        })
        .await
        .expect("give the frequent filer more dossiers");
    let session = common::people::session_of(&app, BENCH_CITIZEN).await;
    // Each row links its dossier; nothing else on the page links to one (no drafts, no notices).
    let rows = |page: &str| page.matches("href=\"/ho-so/").count();
    let (status, first) = app.get_with("/ho-so", &[("cookie", &session)]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rows(&first), 20, "the first page holds 20");
    assert!(first.contains("href=\"/ho-so?trang=2\""), "and links to the next");
    let (_, second) = app.get_with("/ho-so?trang=2", &[("cookie", &session)]).await;
    assert_eq!(rows(&second) as i64, moved - 20, "the second holds the rest");
    assert!(second.contains("href=\"/ho-so?trang=1\"") && !second.contains("trang=3"));

    // Generated again: nothing is written.
    let again = server::seed::seed_scale(&app.state.db, ScalePlan { dossiers: 3_000, queue: 400, years: 3 })
        .await
        .expect("again");
    assert!(again.existing);
});
