//! The officer's workspace: the queue of the officer's agency, and what the officer may do with
//! one dossier now. The actions post to `server/src/http/backoffice_forms.rs`.

use super::call::Guarded;
#[cfg(feature = "ssr")]
use super::call::{ServiceError, guarded, service};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::deadline::{DueFilter, Progress, Timeliness};
use shared::dossier::{Move, Status};

#[cfg(feature = "ssr")]
#[async_trait::async_trait]
pub trait BackofficeService: Send + Sync {
    async fn queue(&self, actor: &shared::access::Actor, filter: QueueFilter) -> Result<Queue, ServiceError>;
    async fn panel(&self, actor: &shared::access::Actor, id: i64) -> Result<Option<OfficerPanel>, ServiceError>;
    async fn counter_intake(&self, actor: &shared::access::Actor) -> Result<CounterIntakePage, ServiceError>;
}

#[cfg(feature = "ssr")]
fn backoffice() -> Result<std::sync::Arc<dyn BackofficeService>, ServerFnError> {
    service::<dyn BackofficeService>()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: i64,
    pub code: String,
    pub procedure_name: String,
    pub owner_name: String,
    pub status: Status,
    /// The workflow step it stands at, once received.
    pub step: Option<String>,
    pub submitted_at: String,
    pub due: Option<String>,
    pub progress: Option<Progress>,
    /// Messages from the applicant this officer has not seen.
    pub unread: i64,
    /// The version shown: a bulk action on it applies to this one only.
    pub version: i32,
}

/// What the officer narrows the queue to (query `trang_thai`, `thu_tuc`, `han`, `kenh`, `tim`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    pub status: Option<Status>,
    /// A procedure id.
    pub procedure: Option<i64>,
    pub deadline: Option<DueFilter>,
    /// How it was filed (online, at the counter, by post).
    pub channel: Option<shared::dossier::Channel>,
    /// Part of its code or of its applicant's name (at most [`QueueFilter::TEXT_MAX`] characters).
    pub text: Option<String>,
    /// The page, from 1 (query `trang`).
    pub page: Option<u32>,
}

impl QueueFilter {
    pub const TEXT_MAX: usize = 60;

    /// The filter the query's values ask for. A value the page does not offer (an edited
    /// address) filters nothing.
    pub fn asked(value: impl Fn(&str) -> Option<String>) -> Self {
        let text = value("tim").map(|t| t.trim().chars().take(Self::TEXT_MAX).collect::<String>());
        QueueFilter {
            status: value("trang_thai").as_deref().and_then(Status::parse),
            procedure: value("thu_tuc").and_then(|v| v.parse().ok()),
            deadline: value("han").as_deref().and_then(DueFilter::parse),
            channel: value("kenh")
                .and_then(|v| v.parse::<i32>().ok())
                .and_then(|c| shared::dossier::Channel::ALL.into_iter().find(|k| k.code() == c)),
            text: text.filter(|t| !t.is_empty()),
            page: value("trang").and_then(|v| v.parse().ok()),
        }
    }

    /// The filter's query string, without the page (what a saved view keeps).
    pub fn query(&self) -> String {
        let enc = crate::links::encode_component;
        let mut pairs = Vec::new();
        if let Some(s) = self.status {
            pairs.push(format!("trang_thai={}", enc(s.code())));
        }
        if let Some(p) = self.procedure {
            pairs.push(format!("thu_tuc={p}"));
        }
        if let Some(d) = self.deadline {
            pairs.push(format!("han={}", enc(d.code())));
        }
        if let Some(c) = self.channel {
            pairs.push(format!("kenh={}", c.code()));
        }
        if let Some(t) = &self.text {
            pairs.push(format!("tim={}", enc(t)));
        }
        pairs.join("&")
    }

    /// The query string of this filter on `page` (for the pager's links).
    pub fn link(&self, page: u32) -> String {
        let query = self.query();
        let sep = if query.is_empty() { "" } else { "&" };
        format!("/can-bo?{query}{sep}trang={page}")
    }
}

/// Why a queue view was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ViewProblem {
    NoName,
    NameTooLong,
    /// The officer already keeps as many as they may.
    TooMany,
    /// The queue as it is, unfiltered, is not a view.
    NoFilter,
}

/// A queue view beside the filters: one the officer saved (`id`), or one every officer of the
/// role has (`preset`); its query and how many dossiers it holds now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub id: Option<i64>,
    pub name: String,
    /// For a view every officer of the role has: its code (`cho_tiep_nhan`, `sap_den_han`,
    /// `qua_han`), named by the page in the reader's language.
    pub preset: Option<String>,
    pub query: String,
    pub count: i64,
    /// More than the count says (counted up to a bound).
    pub more: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    pub agency_name: String,
    pub rows: Vec<QueueRow>,
    /// The statuses this officer's queue holds, for the filter.
    pub statuses: Vec<Status>,
    /// The agency's procedures (id, name), for the filter.
    pub procedures: Vec<(i64, String)>,
    pub filter: QueueFilter,
    /// A next page exists.
    pub has_next: bool,
    /// This officer may print the agency's register (Mẫu 07); the default range is this month.
    pub can_print_register: bool,
    /// Reception: the link to record a dossier brought to the counter or sent by post.
    pub can_record_at_counter: bool,
    pub month_start: String,
    pub today: String,
    /// Reception: the queue's bulk form offers to receive the dossiers ticked.
    pub can_receive: bool,
    /// A unit head: the specialists of the unit the bulk form may give the dossiers ticked to.
    pub specialists: Vec<(i64, String)>,
    /// The bulk form's one-time key (a message sent to several dossiers is written once each).
    pub bulk_key: String,
    /// The role's views and the officer's saved ones, with their counts.
    pub views: Vec<QueueView>,
}

/// What a bulk action on the queue did, dossier by dossier (or why it did nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkReport {
    /// Why nothing was done (no dossier ticked, too many, an empty message).
    pub problem: Option<String>,
    pub lines: Vec<BulkLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkLine {
    /// The dossier's code, or its number when it is not the officer's to know.
    pub dossier: String,
    pub done: bool,
    /// Why not, when not done.
    pub reason: Option<String>,
}

/// The officer's reason for asking for a supplement a second time (the "supplement once" rule:
/// allowed with a reason, and the dossier counts as late).
pub const SUPPLEMENT_AGAIN_FIELD: &str = "ly_do_bo_sung_lai";

/// What an officer may do with one dossier now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerPanel {
    /// The version the actions apply to (a newer one means someone acted first).
    pub version: i32,
    /// The moves this officer may make now (of `Move::OFFICERS`).
    pub actions: Vec<Move>,
    /// Units of the agency, for the hand-over.
    pub units: Vec<(i64, String)>,
    pub due: Option<String>,
    pub supplement_requests: i32,
    /// Processed, and this officer may attach the result document.
    pub can_attach_result: bool,
    pub workflow_name: String,
    /// Every stay at a step so far (the processing-control sheet).
    pub steps: Vec<StepLine>,
    pub assignee: Option<String>,
    /// A specialist of the unit may take it.
    pub can_claim: bool,
    /// The unit head's choice of specialists (empty for everyone else).
    pub specialists: Vec<(i64, String)>,
    pub can_draft_apology: bool,
    /// A drafted apology waiting for the leader: "new appointment — reason".
    pub pending_apology: Option<String>,
    pub can_approve_apology: bool,
    /// The specialist's hand-over goes to the leader (else to another unit or agency).
    pub propose_to_leader: bool,
    /// What may still be refunded of a paid fee (đồng), when the dossier was refused, stopped
    /// or withdrawn and this officer may refund.
    pub refundable: Option<i64>,
    /// Refunds over the approval threshold waiting for a second officer.
    pub awaiting_refunds: Vec<AwaitingRefund>,
    /// The counter may waive the unpaid fee (exempt applicant).
    pub can_exempt: bool,
}

/// A refund that waits for a second officer's approval.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwaitingRefund {
    pub refund: i64,
    /// Đồng.
    pub amount: i64,
    pub reason: String,
    pub requested_by: String,
    /// The viewer is not the officer who asked for it.
    pub may_approve: bool,
}

/// One stay of the dossier at one step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepLine {
    pub name: String,
    /// Agency, and unit if any.
    pub place: String,
    pub started: String,
    pub due: Option<String>,
    pub finished: Option<String>,
    pub assignee: Option<String>,
    /// For a finished stay with a budget.
    pub timeliness: Option<Timeliness>,
    /// For the open stay with a budget.
    pub progress: Option<Progress>,
}

#[server]
pub async fn officer_queue(
    trang_thai: Option<String>,
    thu_tuc: Option<i64>,
    han: Option<String>,
    kenh: Option<i32>,
    tim: Option<String>,
    trang: Option<u32>,
) -> Result<Guarded<Queue>, ServerFnError> {
    let actor = crate::request::current_actor();
    let filter = QueueFilter::asked(|k| match k {
        "trang_thai" => trang_thai.clone(),
        "thu_tuc" => thu_tuc.map(|v| v.to_string()),
        "han" => han.clone(),
        "kenh" => kenh.map(|v| v.to_string()),
        "tim" => tim.clone(),
        "trang" => trang.map(|v| v.to_string()),
        _ => None,
    });
    guarded(backoffice()?.queue(&actor, filter).await)
}

/// What a reception officer types to start recording a dossier brought to the counter or
/// received by post (`/can-bo/tiep-nhan`), as posted: the names are [`intake_fields`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterIntake {
    /// The procedure's code (`1.001193`).
    pub procedure: String,
    /// A channel's slug: `truc-tiep` (at the counter) or `buu-chinh` (by post).
    pub channel: String,
    pub name: String,
    pub id_number: String,
    pub phone: String,
    pub email: String,
}

/// The posted names of [`CounterIntake`]'s fields.
pub mod intake_fields {
    pub const PROCEDURE: &str = "thu_tuc";
    pub const CHANNEL: &str = "kenh";
    pub const NAME: &str = "ho_ten";
    pub const ID_NUMBER: &str = "so_dinh_danh";
    pub const PHONE: &str = "dien_thoai";
    pub const EMAIL: &str = "thu_dien_tu";
}

impl CounterIntake {
    /// From posted fields.
    pub fn from_fields(get: impl Fn(&str) -> String) -> CounterIntake {
        use intake_fields::*;
        CounterIntake {
            procedure: get(PROCEDURE),
            channel: get(CHANNEL),
            name: get(NAME),
            id_number: get(ID_NUMBER),
            phone: get(PHONE),
            email: get(EMAIL),
        }
    }
}

/// The intake page: the procedures this counter receives, as (code, name) by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterIntakePage {
    pub procedures: Vec<(String, String)>,
}

/// The counter's intake page, for a reception officer.
#[server]
pub async fn load_counter_intake() -> Result<Guarded<CounterIntakePage>, ServerFnError> {
    let actor = crate::request::current_actor();
    guarded(backoffice()?.counter_intake(&actor).await)
}

/// `None` for someone who is not an officer of the dossier's agency.
#[server]
pub async fn load_officer_panel(id: i64) -> Result<Option<OfficerPanel>, ServerFnError> {
    let actor = crate::request::current_actor();
    backoffice()?.panel(&actor, id).await.map_err(ServerFnError::new)
}
