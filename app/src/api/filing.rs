//! Online filing: the person's drafts, dossiers, notices and document store, one dossier, the
//! autosave of a draft, the public status lookup and the check of an issued result. The forms
//! post to `server/src/http/filing_forms.rs` and `server/src/http/filing_steps.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, guarded_optional, service};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};
use shared::dossier::Status;
use shared::eform::{FieldProblem, FormSchema, FormValues};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait FilingService: Send + Sync {
    /// The person's drafts, one page of their submitted dossiers (newest first), files, notices.
    async fn my_dossiers(&self, actor: &shared::access::Actor, page: u32) -> Result<MyDossiers, ServiceError>;
    /// How many notices about the person's dossiers they have not read (at most 99: a badge).
    async fn unread_notices(&self, actor: &shared::access::Actor) -> Result<u32, ServiceError>;
    /// `NotFound` also when the actor may not see it.
    async fn dossier(&self, actor: &shared::access::Actor, id: i64) -> Result<DossierView, ServiceError>;
    async fn lookup(&self, code: String, check: String, client: String) -> Result<LookupOutcome, ServiceError>;
    /// Whether `sha256` is the hash of a result issued under `code` (rate-limited per client).
    async fn verify_result(
        &self,
        code: String,
        sha256: Option<String>,
        client: String,
    ) -> Result<VerifyOutcome, ServiceError>;
    /// The rating page of dossier `code` for the signed-in applicant, or for whoever gives its
    /// check value (rate-limited per client like the lookup).
    async fn rating(
        &self,
        actor: &shared::access::Actor,
        code: String,
        check: Option<String>,
        client: String,
    ) -> Result<RatingOutcome, ServiceError>;
    /// The public progress board of the receiving unit `agency` (a code; the first unit when
    /// none) for `month` (`YYYY-MM`; this month when none), one page of its dossiers.
    async fn progress_board(
        &self,
        agency: Option<String>,
        month: Option<String>,
        page: u32,
    ) -> Result<ProgressBoard, ServiceError>;
    /// Saves a draft's text fields (autosave); returns the time of the save (Vietnam, hh:mm:ss).
    async fn autosave(
        &self,
        actor: &shared::access::Actor,
        id: i64,
        pairs: Vec<(String, String)>,
    ) -> Result<String, ServiceError>;
}

#[cfg(feature = "ssr")]
fn filing() -> Result<std::sync::Arc<dyn FilingService>, ServerFnError> {
    service::<dyn FilingService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierRow {
    pub id: i64,
    pub code: Option<String>,
    pub procedure_name: String,
    pub status: Status,
    /// Vietnam time.
    pub updated: String,
    /// Messages from the office the reader has not seen.
    pub unread: i64,
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
    /// In Vietnamese, and in English (empty for notices older than the English line).
    pub message: String,
    pub message_en: String,
    pub at: String,
}

impl NoticeView {
    /// The notice in `lang`, Vietnamese where it has no English line.
    pub fn text(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::En if !self.message_en.is_empty() => &self.message_en,
            _ => &self.message,
        }
    }
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
    /// Recorded by the counter for a walk-in or postal applicant: the owner and the receiving
    /// counter are fixed.
    pub counter: bool,
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
    /// The applicant may rate it (its outcome is known): the link to `/danh-gia/{code}`.
    pub can_rate: bool,
    /// The result documents, once attached.
    pub result_files: Vec<FileView>,
    /// Received: the receipt (Mẫu 01) can be downloaded.
    pub receipt_available: bool,
    /// An approved apology with a new appointment (Mẫu 04) can be downloaded.
    pub apology_available: bool,
    /// Refused by the counter: the refusal slip (Mẫu 03) can be downloaded.
    pub refusal_slip_available: bool,
    /// Refused on the merits after processing: the agency's written answer with the reason.
    pub refusal_answer_available: bool,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicStatus {
    pub code: String,
    pub procedure_name: String,
    pub agency_name: String,
    pub status: Status,
    pub submitted_at: Option<String>,
    pub received_at: Option<String>,
    pub appointment: Option<String>,
    /// While it is open: how long its procedure's recent dossiers took.
    pub usual_time: Option<shared::statistics::UsualTime>,
    pub timeline: Vec<TimelineEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LookupOutcome {
    Found(Box<PublicStatus>),
    /// Unknown code or wrong check value: one answer for both.
    NotFound,
    RateLimited,
}

#[server]
pub async fn load_my_dossiers(trang: Option<u32>) -> Result<Guarded<MyDossiers>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(filing()?.my_dossiers(&actor, trang.unwrap_or(1)).await)
}

/// The person's unread notices, for the header's badge (0 for anyone who files nothing).
#[server]
pub async fn unread_notices() -> Result<u32, ServerFnError> {
    let actor = crate::request::current_actor();
    Ok(filing()?.unread_notices(&actor).await.unwrap_or(0))
}

/// `None` when the dossier does not exist or the actor may not see it (the same answer).
#[server]
pub async fn load_dossier(id: i64) -> Result<Guarded<Option<DossierView>>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded_optional(filing()?.dossier(&actor, id).await)
}

/// The public progress board (công khai tiến độ) of one receiving unit for one month: what it
/// received, what is in progress and what was finished on time or late, each dossier by its
/// code and procedure, its applicant shown by initials only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressBoard {
    /// Every receiving unit, as (code, name).
    pub agencies: Vec<(String, String)>,
    pub agency: Option<(String, String)>,
    /// `YYYY-MM`, and the months one may pick (this one and the eleven before), newest first.
    pub month: String,
    pub months: Vec<String>,
    pub received: u64,
    pub in_progress: u64,
    pub on_time: u64,
    pub late: u64,
    pub rows: Vec<BoardRow>,
    pub page: u32,
    pub has_next: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardRow {
    pub code: String,
    pub procedure_name: String,
    /// Initials only ("N. V. A.").
    pub applicant: String,
    pub received_at: String,
    pub due: Option<String>,
    pub status: Status,
    /// Finished: on time or late (Decision 766's rule: two supplement requests are late).
    pub finished_on_time: Option<bool>,
}

/// The public progress board (no sign-in; no personal data).
#[server]
pub async fn load_progress_board(
    co_quan: Option<String>,
    thang: Option<String>,
    trang: Option<u32>,
) -> Result<ProgressBoard, ServerFnError> {
    filing()?.progress_board(co_quan, thang, trang.unwrap_or(1)).await.map_err(ServerFnError::new)
}

/// What the rating page of a dossier shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RatingOutcome {
    /// Not signed in as its applicant: the check value is asked (at the counter's kiosk, from the
    /// mail's link).
    AskCheck,
    /// An unknown code or a wrong check value: the same answer.
    NotFound,
    RateLimited,
    /// No outcome yet to rate.
    NotYet,
    Form(RatingForm),
}

/// The rating form of a dossier, with the rating already given if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingForm {
    pub code: String,
    pub procedure_name: String,
    pub given: Option<shared::rating::Rating>,
    /// The rating may still be given or changed.
    pub editable: bool,
    /// Until when it may be changed (hh:mm dd/mm/yyyy), once given.
    pub until: Option<String>,
    /// The check value the form carries back, for someone not signed in.
    pub check: Option<String>,
}

/// The rating page of dossier `code`: answers nothing about it to someone who is neither its
/// signed-in applicant nor holds its check value.
#[server]
pub async fn load_rating(code: String, kiem_tra: Option<String>) -> Result<RatingOutcome, ServerFnError> {
    let actor = crate::request::current_actor();
    filing()?.rating(&actor, code, kiem_tra, crate::request::client_address()).await.map_err(ServerFnError::new)
}

#[server]
pub async fn lookup_dossier(code: String, check: String) -> Result<LookupOutcome, ServerFnError> {
    filing()?.lookup(code, check, crate::request::client_address()).await.map_err(ServerFnError::new)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub code: String,
    pub procedure_name: String,
    pub agency_name: String,
    /// When the result was issued (Vietnam time).
    pub issued_at: String,
    /// The hash that matched, normalised (lower-case hex).
    pub sha256: String,
    /// When the file is a paper the agency signed (not the result itself): which one and whose
    /// certificate signed it.
    pub signed: Option<SignedPaper>,
}

/// A signed paper recognised by the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedPaper {
    /// `services::signatures::Paper`'s code: receipt, supplement, refusal, apology, stop_notice,
    /// control_sheet, result_cover, fee_receipt.
    pub paper: String,
    /// The signing certificate's subject (the agency) and SHA-256 fingerprint.
    pub signer: String,
    pub fingerprint: String,
    /// Signed with a demo's self-signed test certificate (not legally valid): the page says so.
    pub demo: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyOutcome {
    /// The file is a result issued under the code.
    Found(Verification),
    /// Nothing asked yet (no well-formed hash): the page shows only the forms.
    Asking,
    /// Not a result issued under this code, whether or not the code exists.
    NoMatch,
    RateLimited,
}

#[server]
pub async fn load_verification(code: String, sha256: Option<String>) -> Result<VerifyOutcome, ServerFnError> {
    filing()?.verify_result(code, sha256, crate::request::client_address()).await.map_err(ServerFnError::new)
}

/// Changes a draft, so it carries the page's CSRF token (`csrf`) like a form post does.
#[server(input = Json)]
pub async fn autosave_draft(
    id: i64,
    pairs: Vec<(String, String)>,
    csrf: String,
) -> Result<Guarded<String>, ServerFnError> {
    let actor = crate::request::current_actor();
    let parts = expect_context::<http::request::Parts>();
    if actor.account().is_some() && !crate::request::csrf_matches(&parts, &csrf) {
        return Err(ServerFnError::new("the form expired; reload the page"));
    }
    guarded(filing()?.autosave(&actor, id, pairs).await)
}

/// The query parameter naming the step, and the posted field that says which step was sent.
pub const STEP_FIELD: &str = "buoc";
