//! Stored script injection, on both databases: what a citizen types (their name, the e-form's
//! answers, a document's file name, a business's name) and what an officer types (a note) come
//! back in officer pages, the audit log, official PDFs and the register spreadsheet. In HTML
//! they must arrive escaped, in a PDF as text, in the spreadsheet as text, never as a formula.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{act, pdf_text};
use common::forms::post_multipart;
use common::people::{officer, seeded, session_of};
use common::{Backend, TestApp};
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";
const SCRIPT: &str = "<script>alert('x')</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"bấm\")";

/// The raw payloads must not be in `html`; their escaped text must be.
fn escaped(html: &str, what: &str) {
    for payload in [SCRIPT, IMG] {
        assert!(!html.contains(payload), "{what}: raw {payload:?} in the page");
    }
}

async fn file_hostile_dossier(app: &TestApp, citizen: &str) -> i64 {
    let created = app.post_form("/ho-so/tao", &[("thu_tuc", "1.001193")], citizen).await;
    let draft = created.location.unwrap();
    let mut fields = common::people::birth_fields();
    let child = format!("{IMG} Lò Văn An");
    let birth_place = format!("{FORMULA} {SCRIPT}");
    for (k, v) in fields.iter_mut() {
        match *k {
            "f.ho_ten_tre" => *v = Box::leak(child.clone().into_boxed_str()),
            "f.noi_sinh" => *v = Box::leak(birth_place.clone().into_boxed_str()),
            _ => {}
        }
    }
    fields.push(("hanh_dong", "nop"));
    let file_name = format!("{SCRIPT}.pdf");
    let posted = post_multipart(app, &draft, citizen, &fields, &[("tep.6", &file_name, PDF)]).await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    draft.trim_start_matches("/ho-so/").parse().unwrap()
}

both_backends!(typed_markup_comes_back_as_text_everywhere, |backend: Backend| async move {
    let app = seeded(backend).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let id = file_hostile_dossier(&app, &citizen).await;
    let reception = officer(&app, "motcua@demo.sonla.vn").await;

    // The officer's queue and dossier page.
    let (_, queue) = app.get_with("/can-bo", &[("cookie", &reception)]).await;
    escaped(&queue, "queue");
    let (status, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &reception)]).await;
    assert_eq!(status, StatusCode::OK);
    escaped(&page, "officer's dossier page");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the child's name shown as typed");
    assert!(page.contains("&lt;script&gt;"), "the file name shown as typed");

    // A note with markup, then the timeline and the official forms.
    let note = format!("Thiếu giấy chứng sinh {IMG}");
    let refused = act(&app, &reception, id, "tu_choi", &[("ghi_chu", &note)]).await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    let (_, page) = app.get_with(&format!("/ho-so/{id}"), &[("cookie", &citizen)]).await;
    escaped(&page, "citizen's timeline");
    let (status, slip) = pdf_text(&app, &format!("/ho-so/{id}/phieu-tu-choi.pdf"), &citizen).await;
    assert_eq!(status, StatusCode::OK);
    assert!(slip.contains("onerror=alert(1)"), "the note is printed as text: {slip}");

    // The register as a spreadsheet: text cells, never a formula.
    let (status, bytes) = common::dossiers::register_xlsx(&app, &reception).await;
    assert_eq!(status, StatusCode::OK);
    let sheet = zip_entry(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "no formula in the register: {sheet}");

    // The business page and the audit log.
    let business = app
        .post_form(
            "/doanh-nghiep",
            &[
                ("ma_so_thue", "0100109106"),
                ("ten", &format!("Công ty {SCRIPT}")),
                ("dia_chi", IMG),
                ("nguoi_dai_dien", "Lò Thị Demo"),
                ("so_dinh_danh_dai_dien", DEMO_CITIZEN.citizen_id),
            ],
            &citizen,
        )
        .await;
    assert_eq!(business.status, StatusCode::SEE_OTHER, "{}", business.body);
    let (_, page) = app.get_with("/doanh-nghiep", &[("cookie", &citizen)]).await;
    escaped(&page, "businesses page");
    let registry = officer(&app, "dangkykinhdoanh@demo.sonla.vn").await;
    let (_, page) = app.get_with("/can-bo/doanh-nghiep", &[("cookie", &registry)]).await;
    escaped(&page, "registry's queue");
    let forged = app
        .request(
            axum::http::Request::post(format!("/ho-so/{id}/xoa"))
                .header("origin", "https://evil.example")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let admin = officer(&app, "quantri@demo.sonla.vn").await;
    let (status, log) = app.get_with("/quan-tri/nhat-ky", &[("cookie", &admin)]).await;
    assert_eq!(status, StatusCode::OK);
    escaped(&log, "audit log");
    assert!(log.contains("data-event=\"dossier_opened\""), "officers' reads are audited");
    assert!(log.contains("data-event=\"csrf_refused\""), "forgeries are audited");
});

fn zip_entry(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    archive.by_name(name).expect(name).read_to_string(&mut xml).unwrap();
    xml
}
