//! Online filing: `/ho-so` (my drafts, dossiers and document store), `/ho-so/{id}` (a draft in
//! steps, `?buoc=`, or a submitted dossier with its timeline), `/tra-cuu` (public status
//! lookup). Forms post to `server/src/http/filing_forms.rs`.

mod autosave;
mod dossier;
mod form;
mod list;
mod lookup;
mod steps;
mod verify;

pub use dossier::DossierPage;
pub use form::EForm;
pub use list::MyDossiersPage;
pub use lookup::LookupPage;
pub use steps::STEP_FIELD;
pub use verify::{Verification, VerifyOutcome, VerifyPage};

use crate::pages::accounts::Guarded;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::dossier::Status;
use shared::eform::{FieldProblem, FormSchema, FormValues};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierRow {
    pub id: i64,
    pub code: Option<String>,
    pub procedure_name: String,
    pub status: Status,
    /// Vietnam time.
    pub updated: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    /// The link to a dossier, when shown inside one.
    pub document_id: Option<i64>,
    pub file_id: i64,
    pub name: String,
    pub content_type: String,
    pub size: u64,
}

/// One distinct file of the filer's document store (the same file uploaded twice is one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFile {
    pub file: FileView,
    /// dd/mm/yyyy, Vietnam time.
    pub uploaded: String,
    /// Some dossier or draft holds it: it cannot be deleted.
    pub in_use: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyDossiers {
    pub drafts: Vec<DossierRow>,
    pub dossiers: Vec<DossierRow>,
    /// The document store: each distinct file uploaded, reusable.
    pub files: Vec<StoredFile>,
    /// Unread notices about the person's dossiers, newest first.
    pub notices: Vec<NoticeView>,
    /// The page of `dossiers` (from 1; query `trang`), and whether older ones follow.
    pub page: u32,
    pub has_next: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeView {
    pub dossier_id: Option<i64>,
    pub message: String,
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementView {
    pub ordinal: i32,
    pub name: String,
    pub mandatory: bool,
    pub files: Vec<FileView>,
}

/// One choice of a radio on the draft: a case (trường hợp: its key) or a receiving unit (its
/// agency code).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub key: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnerView {
    /// `self`, `business` or `other`.
    pub kind: String,
    pub name: String,
    pub id_number: Option<String>,
    pub phone: Option<String>,
    pub business_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitChoice {
    pub code: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub at: String,
    pub status: Status,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierView {
    pub id: i64,
    pub code: Option<String>,
    pub status: Status,
    /// A draft of this actor's: the form is shown for editing.
    pub editable: bool,
    pub procedure_code: String,
    pub procedure_name: String,
    pub agency_name: String,
    pub schema: FormSchema,
    pub values: FormValues,
    pub documents: Vec<RequirementView>,
    /// The procedure's cases (empty when it has one way) and the one the dossier is under: it
    /// decides the time limit, the fees and the documents.
    pub cases: Vec<Choice>,
    pub case: Option<String>,
    /// Where the dossier may be received, when its procedure names the one-stop units (agency
    /// code and name), and the code of the one it goes to.
    pub receivers: Vec<Choice>,
    pub receiver: String,
    /// The one-stop unit that receives it (`agency_name` is the agency that decides).
    pub receiver_name: String,
    pub owner: OwnerView,
    /// Businesses the viewer may file for.
    pub businesses: Vec<(i64, String)>,
    pub units: Vec<UnitChoice>,
    pub events: Vec<EventView>,
    pub submitted_at: Option<String>,
    /// When the result is due (hh:mm dd/mm/yyyy), once the counter has received the dossier.
    pub appointment: Option<String>,
    pub file_limit_mb: u64,
    /// For a draft: what still stops submission.
    pub open_problems: Vec<FieldProblem>,
    pub missing_documents: Vec<i32>,
    /// The viewer's document store, to reuse a file without uploading it again.
    pub store_files: Vec<FileView>,
    /// The version actions apply to (a newer one means someone acted first).
    pub version: i32,
    /// The applicant may still withdraw it.
    pub can_withdraw: bool,
    /// The result documents, once attached.
    pub result_files: Vec<FileView>,
    /// Received: the receipt (Mẫu 01) can be downloaded.
    pub receipt_available: bool,
    /// An approved apology with a new appointment (Mẫu 04) can be downloaded.
    pub apology_available: bool,
    /// The fee, when the dossier has one.
    pub fee: Option<FeeView>,
}

/// A dossier's fee and where its payment stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeView {
    /// "200.000 đ".
    pub amount: String,
    /// Due before reception (else before the result).
    pub at_submission: bool,
    pub paid: bool,
    /// The applicant may pay now.
    pub payable: bool,
    /// "50.000 đ" when some was refunded.
    pub refunded: Option<String>,
    /// Waived by the counter, with this reason.
    pub exemption: Option<String>,
    /// Who is exempt, in the catalog's words.
    pub rules: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub at: String,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicStatus {
    pub code: String,
    pub procedure_name: String,
    pub agency_name: String,
    pub status: Status,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub appointment: Option<String>,
    pub timeline: Vec<TimelineEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LookupOutcome {
    Found(PublicStatus),
    /// Unknown code or wrong check value: one answer for both.
    NotFound,
    RateLimited,
}

#[server]
pub async fn load_my_dossiers(trang: Option<u32>) -> Result<Guarded<MyDossiers>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    crate::pages::accounts::guarded(services.filing.my_dossiers(&actor, trang.unwrap_or(1)).await)
}

/// The person's unread notices, for the header's badge (0 for anyone who files nothing).
#[server]
pub async fn unread_notices() -> Result<u32, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    Ok(services.filing.unread_notices(&actor).await.unwrap_or(0))
}

/// `None` when the dossier does not exist or the actor may not see it (the same answer).
#[server]
pub async fn load_dossier(id: i64) -> Result<Guarded<Option<DossierView>>, ServerFnError> {
    let services = expect_context::<crate::services::Services>();
    let actor = crate::pages::accounts::current_actor();
    match services.filing.dossier(&actor, id).await {
        Err(crate::services::ServiceError::NotFound) => Ok(Ok(None)),
        other => crate::pages::accounts::guarded(other.map(Some)),
    }
}

/// Human size: "1,2 MB", "350 KB".
pub fn size_label(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}
