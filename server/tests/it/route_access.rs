//! Every route and server function is classified public or protected
//! (`server::http::access_map`), and every protected one refuses an anonymous caller.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{Backend, TestApp};
use http_body_util::BodyExt;
use server::http::access_map::{Access, PAGES, SERVER_FNS, server_fn_name};
use std::collections::BTreeSet;

// Generating the route list runs the app once, which needs a runtime.
#[tokio::test]
async fn every_page_is_classified() {
    let routed: BTreeSet<String> = server::http::route_list().iter().map(|r| r.path().to_owned()).collect();
    let classified: BTreeSet<String> = PAGES.iter().map(|(p, _)| (*p).to_owned()).collect();
    let unclassified: Vec<_> = routed.difference(&classified).collect();
    assert!(unclassified.is_empty(), "pages missing from access_map::PAGES: {unclassified:?}");
    let stale: Vec<_> = classified.difference(&routed).collect();
    assert!(stale.is_empty(), "access_map::PAGES names pages that do not exist: {stale:?}");
}

#[test]
fn every_server_function_is_classified() {
    let registered: BTreeSet<String> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| server_fn_name(path).to_owned()).collect();
    assert!(registered.contains("get_viewer"), "the registry is read: {registered:?}");
    let classified: BTreeSet<String> = SERVER_FNS.iter().map(|(n, _)| (*n).to_owned()).collect();
    let unclassified: Vec<_> = registered.difference(&classified).collect();
    assert!(unclassified.is_empty(), "server functions missing from access_map::SERVER_FNS: {unclassified:?}");
    let stale: Vec<_> = classified.difference(&registered).collect();
    assert!(stale.is_empty(), "access_map::SERVER_FNS names functions that do not exist: {stale:?}");
}

#[test]
fn every_plain_route_is_classified_where_it_is_registered() {
    // The router registers plain routes only from this list, which carries the classification;
    // here the list is checked to be what the protected handlers expect.
    let protected: Vec<&str> =
        server::http::plain_routes().into_iter().filter(|(_, a, _)| *a == Access::Protected).map(|(p, ..)| p).collect();
    assert!(protected.contains(&"/quan-tri/can-bo"));
    assert!(protected.contains(&"/tai-khoan/doi-mat-khau"));
}

both_backends!(protected_pages_refuse_anonymous_visitors, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    for (path, access) in PAGES {
        if *access != Access::Protected {
            continue;
        }
        let (status, body) = app.get(path).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}: {body}");
        assert!(body.contains("href=\"/dang-nhap\""), "{path} offers to sign in");
    }
});

both_backends!(protected_server_functions_refuse_anonymous_callers, |backend: Backend| async move {
    let app = TestApp::start(backend).await;
    let paths: Vec<(&'static str, String)> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| (path, server_fn_name(path).to_owned())).collect();
    for (name, access) in SERVER_FNS {
        if *access != Access::Protected {
            continue;
        }
        let (path, _) = paths.iter().find(|(_, n)| n == name).expect("registered");
        // Valid arguments for each (a new protected function with arguments needs a line here).
        let (content_type, body) = match *name {
            "audit_log" => {
                ("application/json", r#"{"query":{"event":null,"account":null,"from":null,"to":null,"page":1}}"#)
            }
            "load_dossier"
            | "load_feedback_detail"
            | "load_thread"
            | "load_notes"
            | "load_dossier_opinions"
            | "load_asked_opinion" => ("application/x-www-form-urlencoded", "id=1"),
            "load_procedure_editor" | "load_workflow_editor" | "load_form_editor" => {
                ("application/x-www-form-urlencoded", "code=1.001234")
            }
            "autosave_draft" => ("application/json", r#"{"id":1,"pairs":[],"csrf":""}"#),
            "business_dossiers" => ("application/json", r#"{"business":1,"filter":{}}"#),
            _ => ("application/x-www-form-urlencoded", ""),
        };
        let request = Request::post(*path)
            .header("origin", "http://127.0.0.1:3000")
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap();
        let response = app.request(request).await;
        let status = response.status();
        let body = String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes()).into_owned();
        assert_eq!(status, StatusCode::OK, "{name}: {body}");
        assert!(body.contains("SignInRequired"), "{name} answered an anonymous caller with: {body}");
    }
});
