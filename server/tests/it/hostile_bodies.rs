//! Request bodies a hostile client sends: endless text parts, endless part headers, too many
//! parts, endless bodies to every other route. Each is refused while the server has read only a
//! bounded amount of it (the body never ends, so a handler that buffered it would never answer,
//! and the count of bytes taken shows how much was read).

use crate::common;

use axum::http::StatusCode;
use common::forms::{BOUNDARY, content_type, endless, part_head, post_body, taken};
use common::people::{officer, seeded, session_of};
use common::{Backend, csrf_for};
use server::seed::accounts::DEMO_CITIZEN;

/// What a refusal may have read: a few bursts of the multipart reader, or the default body limit.
const READ_AT_MOST: u64 = 2 * 1024 * 1024;

/// The routes whose bodies carry files, with a session that may post to each.
async fn multipart_routes(app: &common::TestApp) -> Vec<(String, String)> {
    let citizen = session_of(app, DEMO_CITIZEN.email).await;
    let draft = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], &citizen).await;
    let draft = draft.location.expect("a new draft");
    let counter = officer(app, "motcua@demo.sonla.vn").await;
    let admin = officer(app, "quantri@demo.sonla.vn").await;
    let (filed, _) = common::dossiers::submitted_birth(app).await;
    let routes = vec![
        (draft, citizen.clone()),
        ("/xac-thuc/000.01.50.H52-261201-0001/tep".to_owned(), String::new()),
        ("/can-bo/ho-so/1/ket-qua".to_owned(), counter.clone()),
        ("/can-bo/ho-so/1/y-kien".to_owned(), counter.clone()),
        ("/can-bo/y-kien/1".to_owned(), counter),
        ("/quan-tri/thu-tuc/nhap".to_owned(), admin),
        ("/phan-anh/PA-261201-0001/tep".to_owned(), String::new()),
        (format!("/ho-so/{filed}/tin-nhan"), citizen),
    ];
    // Every route that streams is here, and nothing else.
    let mut streamed: Vec<&str> = server::http::STREAMED.to_vec();
    streamed.sort_unstable();
    assert_eq!(
        streamed,
        [
            "/can-bo/ho-so/{id}/ket-qua",
            "/can-bo/ho-so/{id}/y-kien",
            "/can-bo/y-kien/{id}",
            "/ho-so/{id}",
            "/ho-so/{id}/tin-nhan",
            "/phan-anh/{code}/tep",
            "/quan-tri/thu-tuc/nhap",
            "/xac-thuc/{code}/tep"
        ]
    );
    routes
}

both_backends!(an_endless_csrf_part_is_refused_on_every_multipart_route, |backend: Backend| async move {
    let app = seeded(backend).await;
    for (path, session) in multipart_routes(&app).await {
        let (body, counter) = endless(part_head("csrf", None));
        let answer = post_body(&app, &path, &session, &content_type(), body).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path}: {}", answer.body);
        assert!(taken(&counter) <= READ_AT_MOST, "{path} read {} bytes", taken(&counter));
    }
});

both_backends!(an_endless_part_head_is_refused_on_every_multipart_route, |backend: Backend| async move {
    let app = seeded(backend).await;
    for (path, session) in multipart_routes(&app).await {
        let head = format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\nX-Long: ");
        let (body, counter) = endless(head);
        let answer = post_body(&app, &path, &session, &content_type(), body).await;
        assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}: {}", answer.body);
        assert!(taken(&counter) <= READ_AT_MOST, "{path} read {} bytes", taken(&counter));
    }
});

both_backends!(an_endless_text_part_after_the_token_is_refused, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (draft, session) = multipart_routes(&app).await.remove(0);
    let head = format!("{}{}\r\n{}", part_head("csrf", None), csrf_for(&session), part_head("f.ho_ten_tre", None));
    let (body, counter) = endless(head);
    let answer = post_body(&app, &draft, &session, &content_type(), body).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", answer.body);
    assert!(taken(&counter) <= READ_AT_MOST, "read {} bytes", taken(&counter));
});

both_backends!(too_many_parts_are_refused_or_never_read, |backend: Backend| async move {
    let app = seeded(backend).await;
    for (path, session) in multipart_routes(&app).await {
        let mut body = format!("{}{}\r\n", part_head("csrf", None), csrf_for(&session));
        for i in 0..5_000 {
            body.push_str(&format!("{}\r\n", part_head(&format!("x{i}"), None)));
        }
        body.push_str(&format!("--{BOUNDARY}--\r\n"));
        let answer = post_body(&app, &path, &session, &content_type(), body.into()).await;
        // The draft and message forms count their parts; the one-file forms read the token and
        // one file and leave the rest unread.
        if path.starts_with("/ho-so/") {
            assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE, "{path}: {}", answer.body);
        } else {
            assert_ne!(answer.status, StatusCode::OK, "{path}: {}", answer.body);
        }
    }
});

both_backends!(a_draft_post_without_a_session_reads_nothing, |backend: Backend| async move {
    let app = seeded(backend).await;
    let (draft, _) = multipart_routes(&app).await.remove(0);
    let (body, counter) = endless(part_head("csrf", None));
    let answer = post_body(&app, &draft, "", &content_type(), body).await;
    assert_eq!((answer.status, answer.location.as_deref()), (StatusCode::SEE_OTHER, Some("/dang-nhap")));
    assert!(taken(&counter) <= 64 * 1024, "read {} bytes", taken(&counter));
});

both_backends!(every_other_route_bounds_its_body, |backend: Backend| async move {
    let app = seeded(backend).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let mut paths: Vec<String> = server::http::plain_routes()
        .into_iter()
        .map(|(p, ..)| p)
        .filter(|p| !server::http::STREAMED.contains(p))
        .map(|p| p.replace("{id}", "1").replace("{code}", "x").replace("{lang}", "vi"))
        .collect();
    paths.extend(leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()));
    for path in paths {
        for content_type in ["application/x-www-form-urlencoded", "application/json"] {
            let (body, counter) = endless("a=".to_owned());
            let answer = post_body(&app, &path, &citizen, content_type, body).await;
            assert!(taken(&counter) <= READ_AT_MOST, "{path} read {} bytes ({})", taken(&counter), answer.status);
        }
    }
});
