//! Every way into the portal, classified as public or protected. A protected page, server
//! function or handler authorizes through `shared::access` itself; this map is what the test
//! `server/tests/it/route_access.rs` holds the router to: a route or server function missing here
//! fails it, and so does a protected one that answers an anonymous caller with data.

/// Who may call a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not (the catalog, sign-in itself, operations endpoints).
    Public,
    /// Only a signed-in actor whom `shared::access::decide` allows.
    Protected,
}

/// Leptos pages by path. A protected page renders 401 for an anonymous visitor.
pub const PAGES: &[(&str, Access)] = &[
    ("/", Access::Public),
    ("/thu-tuc", Access::Public),
    ("/thu-tuc/{code}", Access::Public),
    ("/dang-ky", Access::Public),
    ("/dang-ky/kiem-tra-thu", Access::Public),
    ("/dang-nhap", Access::Public),
    // Needs the pending sign-in's cookie, not a session.
    ("/dang-nhap/ma-xac-thuc", Access::Public),
    // Needs the open choice's cookie of a national sign-in, not a session.
    ("/dang-nhap/vneid/lien-ket", Access::Public),
    ("/quen-mat-khau", Access::Public),
    ("/quen-mat-khau/da-gui", Access::Public),
    ("/dat-lai-mat-khau", Access::Public),
    // Enabled by configuration for the demo only.
    ("/hop-thu", Access::Public),
    // Shows only the business name and invited address to the link's holder.
    ("/doanh-nghiep/loi-moi", Access::Public),
    ("/tai-khoan", Access::Protected),
    ("/doanh-nghiep", Access::Protected),
    ("/doanh-nghiep/{id}/ho-so", Access::Protected),
    ("/quan-tri", Access::Protected),
    ("/quan-tri/nhat-ky", Access::Protected),
    ("/quan-tri/cong-viec", Access::Protected),
    ("/quan-tri/dong-bo", Access::Protected),
    ("/quan-tri/lich", Access::Protected),
    ("/quan-tri/lien-he", Access::Protected),
    ("/quan-tri/chu-ky-so", Access::Protected),
    ("/quan-tri/thu-tuc", Access::Protected),
    ("/quan-tri/thu-tuc/moi", Access::Protected),
    ("/quan-tri/thu-tuc/nhap", Access::Protected),
    ("/quan-tri/thu-tuc/{code}", Access::Protected),
    ("/quan-tri/thu-tuc/{code}/{section}", Access::Protected),
    ("/quan-tri/quy-trinh/{code}", Access::Protected),
    ("/quan-tri/bieu-mau/{code}", Access::Protected),
    ("/quan-tri/bieu-mau/{code}/soan", Access::Protected),
    ("/quan-tri/bieu-mau/{code}/soan/truong", Access::Protected),
    ("/ho-so", Access::Protected),
    // A dossier the visitor may not see answers 404, anonymous 401.
    ("/ho-so/{id}", Access::Protected),
    // The dossier's page as an officer's move shows it again (a confirmation, a problem).
    ("/can-bo/ho-so/{id}", Access::Protected),
    ("/tra-cuu", Access::Public),
    // Asks for the check value unless its applicant is signed in.
    ("/danh-gia/{code}", Access::Public),
    ("/tien-do", Access::Public),
    ("/thong-ke", Access::Public),
    ("/phan-anh", Access::Public),
    ("/phan-anh/gui", Access::Public),
    // The sender's page: their account, or their link's secret; anyone else finds nothing.
    ("/phan-anh/{code}", Access::Public),
    ("/can-bo/phan-anh", Access::Protected),
    ("/can-bo/chi-so", Access::Protected),
    ("/can-bo/phan-anh/{id}", Access::Protected),
    ("/kha-nang-tiep-can", Access::Public),
    ("/xac-thuc/{code}", Access::Public),
    ("/can-bo", Access::Protected),
    ("/can-bo/doanh-nghiep", Access::Protected),
    ("/can-bo/tiep-nhan", Access::Protected),
    ("/can-bo/mau-tin-nhan", Access::Protected),
    ("/can-bo/y-kien", Access::Protected),
    ("/can-bo/y-kien/{id}", Access::Protected),
    ("/xuat-du-lieu", Access::Protected),
];

/// Server functions by name (their URL is `/api/<name><hash>`).
pub const SERVER_FNS: &[(&str, Access)] = &[
    ("search_procedures", Access::Public),
    ("load_catalog_facets", Access::Public),
    ("get_procedure", Access::Public),
    ("load_mailbox", Access::Public),
    // Answers who is signed in: nobody, for an anonymous caller.
    ("get_viewer", Access::Public),
    ("federated_sign_in", Access::Public),
    ("pending_second_factor", Access::Public),
    // Answers only to the browser holding the choice's cookie, with a masked address.
    ("load_link_choice", Access::Public),
    ("business_invitation", Access::Public),
    ("my_businesses", Access::Protected),
    ("business_dossiers", Access::Protected),
    ("admin_officers", Access::Protected),
    ("audit_log", Access::Protected),
    ("load_jobs", Access::Protected),
    ("load_calendar_page", Access::Protected),
    ("load_contact_admin", Access::Protected),
    ("load_papers_admin", Access::Protected),
    // The footer every page shows: what the portal publishes anyway.
    ("portal_contact", Access::Public),
    ("load_catalog_admin", Access::Protected),
    ("load_procedure_editor", Access::Protected),
    ("load_editor_choices", Access::Protected),
    ("load_workflow_editor", Access::Protected),
    ("load_form_editor", Access::Protected),
    ("load_catalog_import", Access::Protected),
    ("load_verification", Access::Public),
    ("load_my_dossiers", Access::Protected),
    // Answers 0 to anyone who is not a signed-in person (the service decides `FileDossier`).
    ("unread_notices", Access::Public),
    ("load_dossier", Access::Protected),
    ("load_thread", Access::Protected),
    ("load_notes", Access::Protected),
    ("load_templates", Access::Protected),
    ("load_dossier_opinions", Access::Protected),
    ("load_asked_opinions", Access::Protected),
    ("load_asked_opinion", Access::Protected),
    ("load_exports", Access::Protected),
    ("autosave_draft", Access::Protected),
    ("officer_queue", Access::Protected),
    ("load_registry_queue", Access::Protected),
    // Answers nothing (None) to anyone who is not an officer of the dossier's agency.
    ("load_officer_panel", Access::Public),
    ("load_counter_intake", Access::Protected),
    // Rate-limited; answers only with a code and check value, no personal data.
    ("lookup_dossier", Access::Public),
    // The same: its applicant signed in, or the code and the check value.
    ("load_rating", Access::Public),
    // Codes, procedures, dates and initials: what a one-stop office posts on its wall.
    ("load_progress_board", Access::Public),
    ("load_statistics", Access::Public),
    ("load_national_sync", Access::Protected),
    ("load_published_feedback", Access::Public),
    ("load_feedback_form", Access::Public),
    ("load_sender_feedback", Access::Public),
    ("load_feedback_queue", Access::Protected),
    ("load_feedback_detail", Access::Protected),
    ("load_indicator_dashboard", Access::Protected),
    ("load_usual_time", Access::Public),
];

/// The server function name in a registered path, `/api/get_viewer1234…` → `get_viewer`.
pub fn server_fn_name(path: &str) -> &str {
    path.trim_start_matches("/api/").trim_end_matches(|c: char| c.is_ascii_digit())
}
