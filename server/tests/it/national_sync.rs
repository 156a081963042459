//! The national portal's sync, on SQLite and PostgreSQL, against a receiver that speaks real
//! HTTP (`common::national_receiver`): every status change of every dossier is delivered once,
//! in order per dossier, through a failing receiver, an answer lost to a timeout (sent again
//! under the same key, answered "already have it") and waits that grow; the dossier's state
//! follows, indicator 1.4 counts it once delivered, and the administrator sees a failing event
//! and sends it again.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::act;
use common::national_receiver::{Next, Receiver};
use common::people::{officer, seeded};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossiers, sync_events};
use server::services::national_sync::{Sender, SyncSettings, deliver_due};
use std::time::Duration;

const ADMIN: &str = "quantri@demo.sonla.vn";

fn sender(receiver: &Receiver) -> Sender {
    let settings = SyncSettings {
        url: receiver.url.parse().unwrap(),
        token: Some("token-of-the-province".into()),
        timeout: Duration::from_millis(400),
    };
    Sender::new(settings, "https://dichvucong.sonla.gov.vn".parse().unwrap()).unwrap()
}

/// The sync state of dossier `id`, and its events not delivered yet.
async fn state(app: &TestApp, id: i64) -> (i32, i64) {
    app.state
        .db
        .run(move |conn| {
            let state: i32 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::sync_state).first(conn)?;
            let pending: i64 = sync_events::table
                .filter(sync_events::dossier_id.eq(id))
                .filter(sync_events::delivered_at.is_null())
                .count()
                .get_result(conn)?;
            Ok((state, pending))
        })
        .await
        .unwrap()
}

both_backends!(every_change_is_delivered_once_in_order_through_failures_and_timeouts, |backend: Backend| async move {
    let app = seeded(backend).await;
    let receiver = Receiver::start().await;
    let sender = sender(&receiver);
    // Whatever the demo's seed left in the outbox goes first.
    let mut now = shared::time::now();
    for _ in 0..5 {
        deliver_due(&app.state.db, &sender, now).await.unwrap();
    }
    let before = receiver.applied().len();

    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (first, first_code) = common::dossiers::submitted_birth(&app).await;
    let (second, second_code) = common::dossiers::submitted_birth(&app).await;
    for id in [first, second] {
        assert_eq!(act(&app, &reception, id, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(state(&app, first).await, (0, 2), "submitted and received: two changes to deliver");

    // The first request fails; the second is applied but its answer comes after the sender gave
    // up (it is sent again and answered "already have it"); then all goes well.
    receiver.script(&[Next::Fail, Next::ApplyThenStall(Duration::from_millis(1_500))]);
    now = shared::time::now();
    let (delivered, failed) = deliver_due(&app.state.db, &sender, now).await.unwrap();
    assert_eq!((delivered, failed), (0, 2), "one dossier's event failed, the other's timed out");
    assert_eq!(state(&app, first).await, (2, 2), "failing, nothing delivered, its second change waits its turn");
    let error: Option<String> = app
        .state
        .db
        .run(move |conn| {
            Ok(sync_events::table
                .filter(sync_events::dossier_id.eq(first))
                .order(sync_events::id)
                .select(sync_events::last_error)
                .first(conn)?)
        })
        .await
        .unwrap();
    assert!(error.as_deref().is_some_and(|e| e.contains("503")), "{error:?}");
    // Nothing is due before the wait is over.
    assert_eq!(deliver_due(&app.state.db, &sender, now).await.unwrap(), (0, 0));
    for _ in 0..6 {
        now += chrono::Duration::hours(2);
        deliver_due(&app.state.db, &sender, now).await.unwrap();
    }
    for id in [first, second] {
        assert_eq!(state(&app, id).await, (1, 0), "every change of {id} delivered");
    }
    let applied: Vec<(String, String, String)> = receiver.applied().into_iter().skip(before).collect();
    let of = |code: &str| applied.iter().filter(|(_, c, _)| c == code).map(|(_, _, s)| s.clone()).collect::<Vec<_>>();
    assert_eq!(of(&first_code), ["ChoTiepNhan", "DaTiepNhan"], "in order, once each");
    assert_eq!(of(&second_code), ["ChoTiepNhan", "DaTiepNhan"]);
    let keys: std::collections::HashSet<&String> = applied.iter().map(|(k, ..)| k).collect();
    assert_eq!(keys.len(), applied.len(), "no event applied twice");
    assert!(receiver.requests() > before + applied.len(), "the failed and the timed-out ones were sent again");
    assert!(receiver.bearer_tokens().iter().all(|t| t.as_deref() == Some("token-of-the-province")));

    // Delivered is what indicator 1.4 counts.
    let synced: i64 = app
        .state
        .db
        .run(move |conn| {
            Ok(dossiers::table
                .filter(dossiers::id.eq_any([first, second]))
                .select(dossiers::stats_flags)
                .load::<i32>(conn)?)
        })
        .await
        .unwrap()
        .into_iter()
        .filter(|flags| *flags as u32 & server::services::dossier::tally::SYNCED != 0)
        .count() as i64;
    assert_eq!(synced, 2);
});

both_backends!(the_administrator_sees_a_failing_delivery_and_sends_it_again, |backend: Backend| async move {
    let app = seeded(backend).await;
    let receiver = Receiver::start().await;
    let sender = sender(&receiver);
    let admin = officer(&app, ADMIN).await;
    // The demo's own changes delivered first.
    for _ in 0..5 {
        deliver_due(&app.state.db, &sender, shared::time::now() + chrono::Duration::days(1)).await.unwrap();
    }
    let (id, code) = common::dossiers::submitted_birth(&app).await;
    receiver.script(&[Next::Fail]);
    assert_eq!(deliver_due(&app.state.db, &sender, shared::time::now()).await.unwrap(), (0, 1));
    assert_eq!(state(&app, id).await, (2, 1));

    let (status, page) = app.get_with("/quan-tri/dong-bo", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&code) && page.contains("503"), "the failing delivery and why: {page}");
    // A dossier looked up by its code shows its state and its record's changes.
    let (_, found) = app.get_with(&format!("/quan-tri/dong-bo?ma={code}"), &[("cookie", &admin)]).await;
    assert!(found.contains("ChoTiepNhan") && found.contains("Đang lỗi"), "{found}");

    // Its next try waits; sent again by the administrator, it goes at the next round.
    assert_eq!(deliver_due(&app.state.db, &sender, shared::time::now()).await.unwrap(), (0, 0));
    let event: i64 = app
        .state
        .db
        .run(move |conn| {
            Ok(sync_events::table.filter(sync_events::dossier_id.eq(id)).select(sync_events::id).first(conn)?)
        })
        .await
        .unwrap();
    let posted = app.post_form(&format!("/quan-tri/dong-bo/{event}/gui-lai"), &[], &admin).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    assert_eq!(deliver_due(&app.state.db, &sender, shared::time::now()).await.unwrap(), (1, 0));
    assert_eq!(state(&app, id).await, (1, 0), "delivered");

    // Nobody else may see or resend.
    let reception = officer(&app, "motcua@demo.sonla.vn").await;
    let (status, _) = app.get_with("/quan-tri/dong-bo", &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let refused = app.post_form(&format!("/quan-tri/dong-bo/{event}/gui-lai"), &[], &reception).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
});
