//! Background jobs on SQLite and PostgreSQL: two workers on one database never run the same job
//! twice; failures are retried, then marked failed and retried by an admin; the daily digest is
//! scheduled once and mails the officers about overdue dossiers.

use crate::common;

use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::jobs;
use server::services::jobs::{self as queue, Job};
use std::sync::{Arc, Mutex};

both_backends!(two_workers_never_run_a_job_twice, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let now = shared::time::now();
    app.state
        .db
        .run(move |conn| {
            for i in 0..60 {
                queue::schedule(conn, "count", &format!("k{i}"), &i.to_string(), now)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let ran: Arc<Mutex<Vec<i64>>> = Arc::default();
    let mut workers = Vec::new();
    for name in ["worker-a", "worker-b"] {
        let (db, ran) = (app.state.db.clone(), ran.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let ran = ran.clone();
                let n = queue::run_once(&db, name, move |job: Job| {
                    let ran = ran.clone();
                    async move {
                        ran.lock().unwrap().push(job.id);
                        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                        Ok(())
                    }
                })
                .await
                .unwrap();
                if n == 0 {
                    break;
                }
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    let mut ran = ran.lock().unwrap().clone();
    assert_eq!(ran.len(), 60, "every job ran");
    ran.sort_unstable();
    ran.dedup();
    assert_eq!(ran.len(), 60, "and none twice");
    let open: i64 = app
        .state
        .db
        .run(|conn| Ok(jobs::table.filter(jobs::done_at.is_null()).count().get_result(conn)?))
        .await
        .unwrap();
    assert_eq!(open, 0);
});

both_backends!(failures_are_retried_then_failed_then_retried_by_an_admin, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let now = shared::time::now();
    let scheduled = app.state.db.run(move |conn| queue::schedule(conn, "boom", "once", "", now)).await.unwrap();
    assert!(scheduled);
    let again = app.state.db.run(move |conn| queue::schedule(conn, "boom", "once", "", now)).await.unwrap();
    assert!(!again, "scheduling is idempotent");
    for attempt in 1..=queue::MAX_ATTEMPTS {
        // Make it due again at once (the backoff would wait minutes).
        app.state
            .db
            .run(move |conn| {
                diesel::update(jobs::table).set(jobs::run_at.eq(shared::time::now())).execute(conn)?;
                Ok(())
            })
            .await
            .unwrap();
        let n = queue::run_once(&app.state.db, "w", |_job| async { Err("relay down".to_owned()) }).await.unwrap();
        assert_eq!(n, 1, "attempt {attempt}");
    }
    let (failed, error): (Option<chrono::NaiveDateTime>, Option<String>) = app
        .state
        .db
        .run(|conn| Ok(jobs::table.select((jobs::failed_at, jobs::last_error)).first(conn)?))
        .await
        .unwrap();
    assert!(failed.is_some());
    assert_eq!(error.as_deref(), Some("relay down"));
    assert_eq!(
        queue::run_once(&app.state.db, "w", |_job| async { Ok(()) }).await.unwrap(),
        0,
        "failed jobs wait for an admin"
    );
    let id: i64 = app.state.db.run(|conn| Ok(jobs::table.select(jobs::id).first(conn)?)).await.unwrap();
    use shared::access::{Actor, Denial, Role};
    let officer = |role| Actor::Officer { account: 1, agency: 1, unit: None, roles: vec![role] };
    let retry = |actor: Actor| app.state.db.run(move |conn| queue::retry(conn, &actor, id, shared::time::now()));
    assert_eq!(retry(officer(Role::AgencyAdmin)).await.unwrap(), Err(Denial::Forbidden), "the service decides too");
    assert_eq!(retry(officer(Role::SystemAdmin)).await.unwrap(), Ok(true));
    assert_eq!(queue::run_once(&app.state.db, "w", |_job| async { Ok(()) }).await.unwrap(), 1, "retried");
});

both_backends!(the_daily_digest_mails_officers_about_overdue_dossiers, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    server::seed::accounts::seed_demo_accounts(&app.state.db).await.unwrap();
    let state = app.state.clone();
    let demo = server::seed::dossiers::seed_demo_dossiers(&state).await.unwrap().unwrap();
    // The demo birth registration, received and overdue.
    let code = demo.code.clone();
    app.state
        .db
        .run(move |conn| {
            use server::db::schema::dossiers;
            let past = shared::time::now() - chrono::Duration::days(2);
            diesel::update(dossiers::table.filter(dossiers::code.eq(&code)))
                .set((dossiers::status.eq("DaTiepNhan"), dossiers::due_at.eq(past)))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    let job =
        Job { id: 0, kind: shared::jobs::JobKind::DueDigest.code().to_owned(), payload: String::new(), attempts: 1 };
    server::worker::handle(common::worker(&app), job).await.unwrap();
    let (subject, body) = app.latest_mail_to("motcua@demo.sonla.vn").await.expect("digest mail");
    assert!(subject.contains("sắp đến hạn hoặc quá hạn"));
    assert!(body.contains(&demo.code) && body.contains("QUÁ HẠN"), "{body}");
    assert!(app.latest_mail_to("chuyenvien@demo.sonla.vn").await.is_none(), "specialists are not in the digest");
});

both_backends!(only_a_system_admin_sees_the_jobs, |backend: Backend| async move {
    use app::api::ServiceError;
    use app::api::admin::AdminService;
    use shared::access::{Actor, Denial, Role};
    let app = TestApp::start(backend).await;
    let now = shared::time::now();
    app.state.db.run(move |conn| queue::schedule(conn, "count", "k", "", now)).await.unwrap();
    let officer = |role| Actor::Officer { account: 1, agency: 1, unit: None, roles: vec![role] };
    let rows = app.state.services.admin.jobs(&officer(Role::SystemAdmin)).await.unwrap();
    assert_eq!((rows.len(), rows[0].state.as_str()), (1, "waiting"));
    assert!(matches!(
        app.state.services.admin.jobs(&officer(Role::AgencyAdmin)).await,
        Err(ServiceError::Denied(Denial::Forbidden))
    ));
    assert!(matches!(
        app.state.services.admin.jobs(&Actor::Anonymous).await,
        Err(ServiceError::Denied(Denial::SignInRequired))
    ));
});

both_backends!(finished_jobs_are_pruned_after_thirty_days, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let now = shared::time::now();
    app.state
        .db
        .run(move |conn| {
            for (key, done, failed) in [
                ("old-done", Some(now - chrono::Duration::days(40)), None),
                ("old-failed", None, Some(now - chrono::Duration::days(31))),
                ("recent-done", Some(now - chrono::Duration::days(1)), None),
                ("waiting", None, None),
            ] {
                queue::schedule(conn, "count", key, "", now)?;
                diesel::update(jobs::table.filter(jobs::dedupe_key.eq(key)))
                    .set((jobs::done_at.eq(done), jobs::failed_at.eq(failed)))
                    .execute(conn)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let pruned = app.state.db.run(move |conn| queue::prune(conn, now)).await.unwrap();
    assert_eq!(pruned, 2);
    let left: Vec<String> = app
        .state
        .db
        .run(|conn| Ok(jobs::table.order(jobs::dedupe_key).select(jobs::dedupe_key).load(conn)?))
        .await
        .unwrap();
    assert_eq!(left, ["recent-done", "waiting"]);
});

both_backends!(the_daily_upkeep_deletes_what_is_past_its_keeping_time, |backend: Backend| async move {
    use server::db::schema::{auth_tokens, login_throttle, outbox_mail, sessions};
    let app = common::people::seeded(backend).await;
    let session = common::people::session_of(&app, server::seed::accounts::DEMO_CITIZEN.email).await;
    app.post_form("/quen-mat-khau", &[("email", server::seed::accounts::DEMO_CITIZEN.email)], "").await;
    app.post_form("/dang-nhap", &[("dinh_danh", "nobody@example.vn"), ("mat_khau", "sai mật khẩu")], "").await;
    app.latest_mail_to(server::seed::accounts::DEMO_CITIZEN.email).await.expect("delivered");
    let count = |app: &common::TestApp| {
        let db = app.state.db.clone();
        async move {
            db.run(|conn| {
                Ok([
                    sessions::table.count().get_result::<i64>(conn)?,
                    auth_tokens::table.count().get_result::<i64>(conn)?,
                    login_throttle::table.count().get_result::<i64>(conn)?,
                    outbox_mail::table.filter(outbox_mail::sent_at.is_not_null()).count().get_result::<i64>(conn)?,
                ])
            })
            .await
            .unwrap()
        }
    };
    let before = count(&app).await;
    assert!(before.iter().all(|n| *n > 0), "{before:?}");
    // Today nothing is old enough; in two months everything above is.
    let now = shared::time::now();
    let keep = server::services::notify::KEEP_SENT;
    app.state.db.run(move |conn| server::services::upkeep::prune(conn, now, keep)).await.unwrap();
    assert_eq!(count(&app).await, before, "nothing is pruned before its time");
    let later = now + chrono::Duration::days(60);
    let pruned = app.state.db.run(move |conn| server::services::upkeep::prune(conn, later, keep)).await.unwrap();
    assert!(pruned.sessions > 0 && pruned.tokens > 0 && pruned.throttle_rows > 0 && pruned.mail > 0, "{pruned:?}");
    assert_eq!(count(&app).await, [0, 0, 0, 0]);
    let (status, _) = app.get_with("/tai-khoan", &[("cookie", &session)]).await;
    assert_eq!(status, axum::http::StatusCode::UNAUTHORIZED);
});
