//! The public progress board (`/tien-do`), on SQLite and PostgreSQL: a unit's dossiers received
//! this month with the counts in progress, finished on time and late (two supplement requests
//! are late), by code and procedure with the applicant's initials only; drafts and dossiers not
//! yet received are not on it; anyone may read it.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::act;
use common::people::{officer, seeded};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::dossiers;

/// Marks dossier `id` returned `hours` after its appointment (negative: before), with
/// `supplements` requests.
async fn finish(app: &TestApp, id: i64, hours: i64, supplements: i32) {
    app.state
        .db
        .run(move |conn| {
            let due: chrono::NaiveDateTime =
                dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::due_at).first::<Option<_>>(conn)?.unwrap();
            diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                .set((
                    dossiers::status.eq("DaTraKetQua"),
                    dossiers::finished_at.eq(due + chrono::Duration::hours(hours)),
                    dossiers::supplement_requests.eq(supplements),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
}

both_backends!(the_board_shows_a_units_month_with_initials_only, |backend: Backend| async move {
    let app = seeded(backend).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let mut received = Vec::new();
    for _ in 0..4 {
        let (id, code) = common::dossiers::submitted_birth(&app).await;
        assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
        received.push((id, code));
    }
    let (_, waiting) = common::dossiers::submitted_birth(&app).await;
    // One in progress; one finished early; one late; one "on time" by its dates but asked twice
    // for a supplement, which is late.
    finish(&app, received[1].0, -2, 0).await;
    finish(&app, received[2].0, 5, 0).await;
    finish(&app, received[3].0, -2, 2).await;

    let agency = received[0].1.split('-').next().unwrap().to_owned();
    let (status, page) = app.get(&format!("/tien-do?co_quan={agency}")).await;
    assert_eq!(status, StatusCode::OK, "no sign-in needed");
    let count = |label: &str| {
        let after = page.split(&format!("<dt>{label}</dt><dd>")).nth(1).unwrap_or_default();
        after.split('<').next().unwrap_or_default().to_owned()
    };
    assert_eq!(
        (
            count("Đã tiếp nhận"),
            count("Đang giải quyết"),
            count("Đã giải quyết đúng hạn"),
            count("Đã giải quyết trễ hạn")
        ),
        ("4".into(), "1".into(), "1".into(), "2".into()),
        "{page}"
    );
    for (_, code) in &received {
        assert!(page.contains(code.as_str()), "{code}");
    }
    assert!(!page.contains(&waiting), "not received yet: not on the board");
    assert!(page.contains("L. T. D."), "the applicant's initials");
    assert!(!page.contains("Lò Thị Demo") && !page.contains("014190000001"), "no name, no ID number");

    // A month that is not one, or one to come, shows this month; an unknown unit the first one.
    let (status, odd) = app.get(&format!("/tien-do?co_quan={agency}&thang=2026-13")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(odd.contains(&received[0].1));
    let (_, future) = app.get(&format!("/tien-do?co_quan={agency}&thang=2999-01")).await;
    assert!(future.contains(&received[0].1));
    let (status, _) = app.get("/tien-do?co_quan=nothing&thang=x&trang=0").await;
    assert_eq!(status, StatusCode::OK);
});
