//! The outbox delivered over SMTP to a real server (aiosmtpd, started per test): a registration's
//! verification mail arrives intact in Vietnamese; a relay that is down leaves the message queued
//! with its error and a later retry time. On SQLite and PostgreSQL.

use crate::common;

use common::smtp_sink::SmtpSink;
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::outbox_mail;
use server::services::notify::smtp::{SmtpSender, SmtpSettings, SmtpTls};
use std::time::Duration;

fn settings(port: u16) -> SmtpSettings {
    SmtpSettings {
        host: "127.0.0.1".to_owned(),
        port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: "Cổng Dịch vụ công Sơn La <noreply@demo.sonla.vn>".to_owned(),
        timeout: Duration::from_secs(10),
    }
}

async fn register(app: &TestApp, email: &str) {
    let password = "mây trắng bay qua đèo Pha Đin";
    let form = [
        ("ho_ten", "Lò Văn Páo"),
        ("so_dinh_danh", "014085001234"),
        ("ngay_sinh", "1985-03-14"),
        ("email", email),
        ("dien_thoai", ""),
        ("mat_khau", password),
        ("nhap_lai_mat_khau", password),
    ];
    let posted = app.post_form("/dang-ky", &form, "").await;
    assert_eq!(posted.status, axum::http::StatusCode::SEE_OTHER, "{}", posted.body);
}

both_backends!(verification_mail_arrives_over_smtp, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let sink = SmtpSink::start();
    register(&app, "pao@example.vn").await;
    let sender = SmtpSender::new(&settings(sink.port)).unwrap();
    let sent = server::services::notify::send_due(&app.state.db, &sender).await.unwrap();
    assert_eq!(sent, 1);
    let mails = sink.wait_for(1, Duration::from_secs(20)).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].to.contains("pao@example.vn"));
    // Both languages (`app::i18n::mail`): Vietnamese first, UTF-8 intact through SMTP.
    assert_eq!(
        mails[0].subject,
        "Xác nhận địa chỉ thư điện tử – Cổng Dịch vụ công / Confirm your e-mail address – Public Service Portal"
    );
    assert!(mails[0].body.contains("Kính gửi Lò Văn Páo"), "{}", mails[0].body);
    assert!(mails[0].body.contains("Dear Lò Văn Páo"), "{}", mails[0].body);
    assert!(mails[0].body.contains("/xac-thuc-email?ma="));
    // Sent once: nothing is due any more.
    assert_eq!(server::services::notify::send_due(&app.state.db, &sender).await.unwrap(), 0);
});

both_backends!(a_relay_that_is_down_leaves_the_mail_queued, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    register(&app, "pao@example.vn").await;
    // A port with nothing listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let sender = SmtpSender::new(&settings(port)).unwrap();
    let sent = server::services::notify::send_due(&app.state.db, &sender).await.unwrap();
    assert_eq!(sent, 0);
    let (attempts, sent_at, error, next): (i32, Option<chrono::NaiveDateTime>, Option<String>, chrono::NaiveDateTime) =
        app.state
            .db
            .run(|conn| {
                Ok(outbox_mail::table
                    .select((
                        outbox_mail::attempts,
                        outbox_mail::sent_at,
                        outbox_mail::last_error,
                        outbox_mail::next_attempt_at,
                    ))
                    .first(conn)?)
            })
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    assert!(sent_at.is_none(), "not sent, not lost");
    assert!(error.is_some_and(|e| !e.contains("Kính gửi")), "the error is kept, never the body");
    assert!(next > shared::time::now(), "retried later");
    // Not due again at once.
    assert_eq!(server::services::notify::send_due(&app.state.db, &sender).await.unwrap(), 0);
});
