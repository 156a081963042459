//! A stored code the domain does not know (a corrupt row, or one a newer version wrote) is an
//! error where it is read, never a silent default: the public lookup does not show "waiting for
//! reception" for a dossier whose status it cannot read, a payment whose state it cannot read is
//! not taken as pending, and an officer's unknown role is not quietly dropped.

use crate::common;
use axum::http::StatusCode;
use common::dossiers::{criminal_record, submitted_birth};
use common::people::seeded;
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossiers, officer_roles, payments};

async fn set_status(app: &TestApp, id: i64, code: &'static str) {
    app.state
        .db
        .run(move |conn| {
            Ok(diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                .set(dossiers::status.eq(code))
                .execute(conn)?)
        })
        .await
        .unwrap();
}

both_backends!(an_unknown_stored_status_is_an_error_not_a_default, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (id, code) = submitted_birth(&app).await;
    let lookup = format!("/api/v1/lookup?code={code}&check=0001");
    assert_eq!(app.get(&lookup).await.0, StatusCode::OK);

    set_status(&app, id, "DaDuyetTuDong").await;
    let (status, body) = app.get(&lookup).await;
    assert!(status.is_server_error(), "the server cannot answer, and says so: {status} {body}");
    assert!(!body.contains("ChoTiepNhan"), "no status made up: {body}");
    let (page, html) = app.get(&format!("/tra-cuu?ma={code}&kiem_tra=0001")).await;
    assert!(page.is_server_error() && !html.contains("Chờ tiếp nhận"), "{page} {html}");

    set_status(&app, id, "ChoTiepNhan").await;
    assert_eq!(app.get(&lookup).await.0, StatusCode::OK, "readable again once the code is known");
});

both_backends!(an_unknown_payment_state_or_role_is_an_error, |backend: Backend| async move {
    let app = seeded(backend).await;
    let id = criminal_record(&app).await;
    let read = |app: &TestApp| {
        let db = app.state.db.clone();
        async move {
            db.run(move |conn| {
                Ok(payments::table
                    .filter(payments::dossier_id.eq(id))
                    .select(payments::state)
                    .load::<shared::payment::PaymentState>(conn)?)
            })
            .await
        }
    };
    app.state
        .db
        .run(move |conn| {
            use server::db::schema::payments::dsl as p;
            let now = shared::time::now();
            diesel::insert_into(payments::table)
                .values((
                    p::dossier_id.eq(id),
                    p::amount.eq(200_000_i64),
                    p::state.eq("pending"),
                    p::txn_ref.eq("P-stored-codes"),
                    p::created_at.eq(now),
                    p::expires_at.eq(now),
                    p::updated_at.eq(now),
                ))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(read(&app).await.unwrap(), vec![shared::payment::PaymentState::Pending]);
    app.state
        .db
        .run(move |conn| {
            Ok(diesel::update(payments::table.filter(payments::dossier_id.eq(id)))
                .set(payments::state.eq("half_paid"))
                .execute(conn)?)
        })
        .await
        .unwrap();
    assert!(read(&app).await.is_err(), "an unknown state is not read as pending");

    let roles = app
        .state
        .db
        .run(|conn| {
            diesel::update(officer_roles::table).set(officer_roles::role.eq("superuser")).execute(conn)?;
            Ok(officer_roles::table.select(officer_roles::role).load::<shared::access::Role>(conn)?)
        })
        .await;
    assert!(roles.is_err(), "an unknown role is an error, not one role less");
});
