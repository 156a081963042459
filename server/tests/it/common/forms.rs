//! Posting multipart forms as the draft page does (the CSRF token first), and bodies that never
//! end, counting what the server reads of them.

use super::{TestApp, csrf_for};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use bytes::Bytes;
use futures::StreamExt;
use http_body_util::BodyExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub const BOUNDARY: &str = "----portal-test-boundary-7d1f";

/// One part of a multipart body, without its data's closing line break.
pub fn part_head(name: &str, file_name: Option<&str>) -> String {
    match file_name {
        None => format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
        Some(file) => format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/pdf\r\n\r\n"
        ),
    }
}

/// A multipart body: the CSRF token first (as the page puts it), then fields, then files.
pub fn multipart(csrf: &str, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    let mut part = |head: String, data: &[u8]| {
        body.extend_from_slice(head.as_bytes());
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    };
    part(part_head("csrf", None), csrf.as_bytes());
    for (name, value) in fields {
        part(part_head(name, None), value.as_bytes());
    }
    for (name, file_name, data) in files {
        part(part_head(name, Some(file_name)), data);
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (content_type(), body)
}

pub fn content_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

pub async fn post_multipart(
    app: &TestApp,
    path: &str,
    session: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> Answer {
    let (content_type, body) = multipart(&csrf_for(session), fields, files);
    post_body(app, path, session, &content_type, Body::from(body)).await
}

/// Posts the EICAR test PDF as file part `file_field` of the form at `path`, and checks it is
/// refused on the page with the antivirus's message and that nothing is kept: no stored file row,
/// and no object in the local store's documents.
pub async fn refused_as_infected(app: &TestApp, path: &str, session: &str, fields: &[(&str, &str)], file_field: &str) {
    let files_before = stored_files(app).await;
    let objects_before = objects(app);
    let eicar = super::eicar_pdf();
    let answer = post_multipart(app, path, session, fields, &[(file_field, "ho-so.pdf", &eicar)]).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", answer.body);
    assert!(answer.body.contains("mã độc"), "{path}: the reason is shown: {}", answer.body);
    assert_eq!(stored_files(app).await, files_before, "{path}: no file row");
    assert_eq!(objects(app), objects_before, "{path}: no object");
}

async fn stored_files(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    use server::db::schema::stored_files;
    app.state.db.run(|conn| Ok(stored_files::table.count().get_result(conn)?)).await.unwrap()
}

/// The objects in the local store (the data folder's `objects`), staged parts included.
fn objects(app: &TestApp) -> usize {
    fn walk(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .map_or(0, |entries| entries.flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 }).sum())
    }
    walk(&app.db.dir.path().join("objects"))
}

/// POSTs `body` from this site's page with the CSRF cookie and `session`.
pub async fn post_body(app: &TestApp, path: &str, session: &str, content_type: &str, body: Body) -> Answer {
    let request = Request::post(path)
        .header("content-type", content_type)
        .header("origin", "http://127.0.0.1:3000")
        .header("cookie", format!("csrf={}; {session}", csrf_for(session)))
        .body(body)
        .unwrap();
    let response = app.request(request).await;
    let status = response.status();
    let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
    let body = String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes()).replace("<!>", "");
    Answer { status, location, body }
}

/// A body that starts with `head` and then sends bytes for ever, as fast as they are read, and
/// how many bytes the server took from it.
pub fn endless(head: String) -> (Body, Arc<AtomicU64>) {
    let taken = Arc::new(AtomicU64::new(0));
    let count = taken.clone();
    let start = futures::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(head)) });
    let rest = futures::stream::repeat_with(|| Ok(Bytes::from(vec![b'A'; 64 * 1024])));
    let body = start.chain(rest).inspect(move |c| {
        count.fetch_add(c.as_ref().map_or(0, |c| c.len() as u64), Ordering::Relaxed);
    });
    (Body::from_stream(body), taken)
}

pub fn taken(counter: &AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}

/// A valid footer contact, as the system administrator types it at `/quan-tri/lien-he`.
pub const CONTACT: [(&str, &str); 6] = [
    ("co_quan_chu_quan", "Văn phòng UBND tỉnh"),
    ("dia_chi", "Số 1 Tô Hiệu"),
    ("duong_day_nong", "0212 3852 123"),
    ("thu_dien_tu", "lienhe@sonla.example.vn"),
    ("gio_theo_co_quan", ""),
    ("ghi_chu", ""),
];

/// The value of the first input named `field` on a page (a form's one-time key, say).
pub fn key_in(page: &str, field: &str) -> String {
    let after =
        page.split(&format!("name=\"{field}\" value=\"")).nth(1).unwrap_or_else(|| panic!("no {field}: {page}"));
    after.split('"').next().unwrap().to_owned()
}
