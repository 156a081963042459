//! The statistics, on SQLite and PostgreSQL: every change of a dossier (reception, the workflow
//! to its result, a rating, an appointment passing) moves the day's and the month's sums in the
//! same transaction, a rebuild from the dossiers finds exactly the same sums, and the public page
//! `/thong-ke`, its CSV and its JSON show them without a sign-in; a procedure's usual time
//! appears once enough of its dossiers are finished.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{Crew, act};
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{daily_stats, dossiers};
use server::seed::accounts::DEMO_CITIZEN;
use server::services::statistics::{Key, Span, sums_by};
use shared::statistics::Sums;

/// The province's sums of this year, by month and by day (all days added up), the year's rows
/// checked equal to the days'.
async fn sums(app: &TestApp) -> (Sums, Sums) {
    app.state
        .db
        .run(|conn| {
            let year = chrono::Datelike::year(&shared::time::today());
            let add = |rows: Vec<(i64, Sums)>| {
                let mut total = Sums::default();
                rows.into_iter().for_each(|(_, s)| total += s);
                total
            };
            let months = add(sums_by(conn, Key::Agency, Span::Months(year * 100 + 1, year * 100 + 12), None)?);
            let from = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            let to = chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
            let days = add(sums_by(conn, Key::Procedure, Span::Days(from, to), None)?);
            let years = add(sums_by(conn, Key::Procedure, Span::Years(year, year), None)?);
            assert_eq!(years, days, "the year rows hold what the days hold");
            Ok((months, days))
        })
        .await
        .unwrap()
}

/// The sums by month, checked equal to the sums by day and to what the public page says (the
/// page keeps its sums between requests: every change must reach it at once).
async fn current(app: &TestApp) -> Sums {
    let (months, days) = sums(app).await;
    assert_eq!(months, days, "the months hold what the days hold");
    let (status, json) = app.get("/thong-ke.json").await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let published: serde_json::Value = serde_json::from_str(&json).unwrap();
    let published: Sums = serde_json::from_value(published["totals"].clone()).unwrap();
    assert_eq!(published, months, "the public statistics show the sums as they are now");
    months
}

/// What every dossier last counted, and the day rows, as a rebuild must find them again.
async fn snapshot(app: &TestApp) -> (Vec<(i64, Option<chrono::NaiveDate>, i32, i64)>, i64) {
    app.state
        .db
        .run(|conn| {
            let rows = dossiers::table
                .order(dossiers::id)
                .select((dossiers::id, dossiers::stats_day, dossiers::stats_flags, dossiers::stats_working_days_x100))
                .load(conn)?;
            let days: i64 = daily_stats::table.count().get_result(conn)?;
            Ok((rows, days))
        })
        .await
        .unwrap()
}

both_backends!(every_change_moves_the_sums_and_a_rebuild_finds_the_same, |backend: Backend| async move {
    let app = seeded(backend).await;
    // The demo's seeded dossiers are already counted; measure from there.
    let before = current(&app).await;
    let crew = Crew::sign_in(&app).await;
    let reception = crew.reception.clone();

    // Submitted, not received: not counted.
    let (waiting, _) = common::dossiers::submitted_birth(&app).await;
    assert_eq!(current(&app).await, before);
    // Received: counted once, online, not finished.
    assert_eq!(act(&app, &reception, waiting, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    let received = current(&app).await;
    assert_eq!(received.received - before.received, 1);
    assert_eq!(received.counter - before.counter, 0);
    assert_eq!(received.finished - before.finished, 0);
    assert_eq!(received.digitised, before.digitised, "digitised counts with an electronic result only");

    // Run to its result: finished on time with a result, an electronic result, digitised.
    let (done, code) = common::dossiers::returned_birth(&app, &crew).await;
    let returned = current(&app).await;
    assert_eq!(returned.received - received.received, 1);
    assert_eq!(returned.finished - received.finished, 1);
    assert_eq!(returned.finished_late - received.finished_late, 0);
    assert_eq!(returned.with_result - received.with_result, 1);
    assert_eq!(returned.electronic_result - received.electronic_result, 1);
    assert_eq!(returned.digitised - received.digitised, 1);
    assert!(returned.working_days_x100 >= received.working_days_x100);

    // Rated dissatisfied by its applicant: rated, not satisfied, and a complaint for 5.4.
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let rated = app.post_form(&format!("/danh-gia/{code}"), &[("muc_do", "khong_hai_long")], &citizen).await;
    assert_eq!(rated.status, StatusCode::SEE_OTHER, "{}", rated.body);
    let after_rating = current(&app).await;
    assert_eq!(after_rating.rated - returned.rated, 1);
    assert_eq!(after_rating.satisfied - returned.satisfied, 0);
    assert_eq!(after_rating.complained - returned.complained, 1);
    // Changed to satisfied within the week: moved, not added.
    let changed = app.post_form(&format!("/danh-gia/{code}"), &[("muc_do", "hai_long")], &citizen).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let rechanged = current(&app).await;
    assert_eq!(
        (rechanged.rated, rechanged.satisfied, rechanged.complained),
        (after_rating.rated, after_rating.satisfied + 1, after_rating.complained - 1)
    );

    // The waiting dossier's appointment passes: the hourly count makes it late (still open).
    app.state
        .db
        .run(move |conn| {
            diesel::update(dossiers::table.filter(dossiers::id.eq(waiting)))
                .set(dossiers::due_at.eq(shared::time::now() - chrono::Duration::hours(1)))
                .execute(conn)?;
            server::services::dossier::tally::recount_overdue(conn, shared::time::now())
        })
        .await
        .unwrap();
    let overdue = current(&app).await;
    assert_eq!(overdue.late - rechanged.late, 1);
    assert_eq!(overdue.open_late() - rechanged.open_late(), 1);
    let again = app
        .state
        .db
        .run(|conn| server::services::dossier::tally::recount_overdue(conn, shared::time::now()))
        .await
        .unwrap();
    assert_eq!(again, 0, "counted late once");

    // A rebuild from the dossiers finds the same counts and the same sums.
    let kept = snapshot(&app).await;
    let rebuilt =
        app.state.db.run(|conn| server::services::dossier::tally::rebuild(conn, shared::time::now())).await.unwrap();
    assert!(rebuilt.counted >= 2, "{rebuilt:?}");
    assert_eq!(snapshot(&app).await, kept);
    assert_eq!(current(&app).await, overdue);
    // A rebuild writes every month row again, so a page summed before it is summed again: moved
    // here by a change written around the sums, as a restore would be.
    app.state
        .db
        .run(|conn| {
            diesel::update(dossiers::table.filter(dossiers::stats_day.is_not_null()))
                .set(dossiers::channel.eq(shared::dossier::Channel::Postal.code()))
                .execute(conn)?;
            server::services::dossier::tally::rebuild(conn, shared::time::now())
        })
        .await
        .unwrap();
    let by_post = current(&app).await;
    assert_eq!((by_post.postal, by_post.online), (overdue.received, 0), "{by_post:?}");
    let _ = done;
});

/// The number after `label` in the page's summary.
fn summary(page: &str, label: &str) -> String {
    let after = page.split(&format!("<dt>{label}</dt><dd")).nth(1).unwrap_or_default();
    let after = after.split('>').nth(1).unwrap_or_default();
    after.split('<').next().unwrap_or_default().to_owned()
}

both_backends!(the_public_page_and_its_open_data_show_the_same_numbers, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (_, code) = common::dossiers::returned_birth(&app, &crew).await;
    let agency = code.split('-').next().unwrap().to_owned();
    let totals = current(&app).await;

    let (status, page) = app.get("/thong-ke").await;
    assert_eq!(status, StatusCode::OK, "no sign-in needed");
    assert_eq!(summary(&page, "Hồ sơ tiếp nhận"), totals.received.to_string(), "{page}");
    assert_eq!(summary(&page, "Đã giải quyết"), totals.finished.to_string());
    assert!(page.contains("<svg") && page.contains(r#"class="chart""#), "charts drawn on the server: {page}");
    assert!(page.contains(r#"id="bang-tiep-nhan""#), "each chart's table");
    assert!(page.contains(r#"data-indicator="2.1""#) && page.contains("Tổng điểm đo được"), "the indicators");
    assert!(page.contains("Đăng ký khai sinh"), "the procedure's processing time");
    assert!(!page.contains("Lò Thị Demo") && !page.contains(&code), "no personal data, no dossier");

    // The CSV: a row per month and the year's, the same numbers.
    let (status, csv) = app.get(&format!("/thong-ke.csv?co_quan={agency}")).await;
    assert_eq!(status, StatusCode::OK);
    let month = chrono::Datelike::month(&shared::time::today());
    let row: Vec<String> = csv
        .lines()
        .find(|l| l.split(',').next() == Some(&month.to_string()))
        .unwrap()
        .split(',')
        .map(str::to_owned)
        .collect();
    let (_, agency_page) = app.get(&format!("/thong-ke?co_quan={agency}")).await;
    let cells: Vec<String> = agency_page
        .split(&format!(r#"<tr data-month="{month}">"#))
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .split("<td>")
        .skip(1)
        .map(|c| c.split('<').next().unwrap().to_owned())
        .collect();
    // Received, online, counter, postal in both.
    assert_eq!(&row[1..5], &cells[0..4], "{csv}\n{cells:?}");
    let year = csv.lines().last().unwrap();
    assert!(year.starts_with("Cả năm,"), "{year}");

    // The JSON: everything the page shows.
    let (status, json) = app.get("/thong-ke.json").await;
    assert_eq!(status, StatusCode::OK);
    let data: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(data["totals"]["received"], totals.received);
    assert_eq!(data["months"].as_array().unwrap().len(), 12);

    // One month: its totals (everything here was received this month), the year's charts.
    let this_month = chrono::Datelike::month(&shared::time::today());
    let (_, monthly) = app.get(&format!("/thong-ke?thang={this_month}")).await;
    assert_eq!(summary(&monthly, "Hồ sơ tiếp nhận"), totals.received.to_string());
    assert!(monthly.contains(&format!("Tháng {this_month}/")), "the period named");
    let other = if this_month == 1 { 2 } else { 1 };
    let (_, empty_month) = app.get(&format!("/thong-ke?thang={other}")).await;
    assert_eq!(summary(&empty_month, "Hồ sơ tiếp nhận"), "0");
    let (_, json) = app.get("/thong-ke.json?thang=13").await;
    assert!(json.contains(r#""month":null"#), "a month that is none: the year");

    // Odd queries: the province and this year.
    let (status, _) = app.get("/thong-ke?co_quan=nothing&nam=1800").await;
    assert_eq!(status, StatusCode::OK);
});

both_backends!(a_procedure_shows_its_usual_time_once_enough_dossiers_are_done, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let usual = |body: &str| body.contains("Thường có kết quả trong");
    // The lookup of an open dossier before any is finished: nothing to say yet.
    let (_, code) = common::dossiers::submitted_birth(&app).await;
    let (_, lookup) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(lookup.contains(&code) && !usual(&lookup), "{lookup}");
    for _ in 0..shared::statistics::USUAL_TIME_MIN_SAMPLE {
        common::dossiers::returned_birth(&app, &crew).await;
    }
    let (_, page) = app.get("/thu-tuc/1.001193").await;
    assert!(usual(&page), "{page}");
    assert!(page.contains("9 trên 10 hồ sơ"), "the 90th percentile too");
    // Then the lookup of an open dossier says it too.
    let (_, lookup) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(usual(&lookup), "{lookup}");
});

both_backends!(a_leader_sees_their_agencys_indicators_and_ratings_by_criterion_only, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (_, code) = common::dossiers::returned_birth(&app, &crew).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let rating = [("muc_do", "khong_hai_long"), ("tieu_chi_4", "rat_hai_long")];
    assert_eq!(app.post_form(&format!("/danh-gia/{code}"), &rating, &citizen).await.status, StatusCode::SEE_OTHER);

    let (status, page) = app.get_with("/can-bo/chi-so", &[("cookie", &crew.leader)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Ủy ban nhân dân phường Tô Hiệu") && page.contains("Tổng điểm đo được"), "{page}");
    let row = |page: &str, n: u8| {
        let after = page.split(&format!(r#"<tr data-criterion="{n}">"#)).nth(1).unwrap_or_default();
        after
            .split("</tr>")
            .next()
            .unwrap_or_default()
            .split("<td>")
            .skip(1)
            .map(|c| c.split('<').next().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    let overall = row(&page, 1);
    assert_eq!(overall[2], "1", "one dissatisfied overall: {overall:?}");
    assert_eq!(row(&page, 4)[0], "1", "criterion 4 very satisfied");
    assert!(!page.contains("Lò Thị Demo") && !page.contains(&code), "counts only, never who rated what");
    // Another agency's indicators are not the leader's to see: their own is shown.
    let (_, own) = app.get_with("/can-bo/chi-so?co_quan=000.00.13.H52", &[("cookie", &crew.leader)]).await;
    assert!(own.contains("Ủy ban nhân dân phường Tô Hiệu"), "{own}");
    // A span that is none: said, and this year shown.
    let (status, bad) =
        app.get_with("/can-bo/chi-so?tu_ngay=2026-12-01&den_ngay=2026-01-01", &[("cookie", &crew.leader)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.contains("không quá một năm"), "{bad}");
    // A field with nothing received: nothing counted.
    let (_, field) =
        app.get_with("/can-bo/chi-so?linh_vuc=nothing-here&cap=province", &[("cookie", &crew.leader)]).await;
    assert!(field.contains("Tổng điểm đo được"));
    // The counter has no dashboard; a system administrator sees the province and may pick.
    let (status, _) = app.get_with("/can-bo/chi-so", &[("cookie", &crew.reception)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let (status, province) = app.get_with("/can-bo/chi-so", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(province.contains(r#"<select id="co_quan""#) && province.contains("Toàn tỉnh"), "{province}");
});
