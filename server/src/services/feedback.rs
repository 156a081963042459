//! Feedback and proposals (phản ánh, kiến nghị): sent by anyone — signed in, or confirmed through
//! the link mailed to the address they give —, received by the province's PAKN desk, which
//! classifies it and gives it to the agency concerned or refuses it; the agency answers (or asks
//! the sender for more); the desk publishes an answer marked public with personal data removed;
//! the sender rates the answer. The time limits (`shared::feedback`) run on the working calendar
//! from the day it was received. Every step is a `feedback_events` line.

pub mod desk;
pub mod files;
mod sender;

pub use desk::DeskAction;
pub use sender::{SendOutcome, SenderError};

use crate::db::schema::{accounts, agencies, feedback, feedback_events};
use crate::db::{Db, DbConn, DbError};
use app::api::ServiceError;
use app::api::feedback::{FeedbackDetail, FeedbackQueue, Published, PublishedPage, SenderView};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Actor;
use shared::catalog::{TimeLimit, TimeUnit};
use shared::deadline::{Progress, WorkingCalendar, due_at, progress};
use shared::feedback::{State, redact};

/// Published answers a page.
const PER_PAGE: i64 = 20;

#[derive(Clone)]
pub struct Feedback {
    db: Db,
    base_url: url::Url,
    /// Where the senders' attachments are kept, and the largest one.
    store: crate::storage::Store,
    scanner: crate::antivirus::Scanner,
    file_limit: u64,
    /// Feedback sent per client network, and confirmation mails per address: the form sends
    /// mail to whatever address it is given, so neither a flood of feedback nor a flood of mail
    /// to someone else's address goes through (shared by the clones).
    senders: std::sync::Arc<super::rate_limit::RateLimiter>,
    addresses: std::sync::Arc<super::rate_limit::RateLimiter>,
}

/// Feedback one client network may send in an hour, and confirmation mails one address may be
/// sent in a day.
pub const SENT_PER_HOUR: u32 = 5;
pub const MAILS_PER_ADDRESS_PER_DAY: u32 = 3;

impl Feedback {
    pub fn new(
        db: Db,
        base_url: url::Url,
        store: crate::storage::Store,
        scanner: crate::antivirus::Scanner,
        file_limit: u64,
    ) -> Self {
        use super::rate_limit::RateLimiter;
        use std::time::Duration;
        let senders = RateLimiter::new(SENT_PER_HOUR, Duration::from_secs(3_600)).shared(&db, "feedback_senders");
        let addresses =
            RateLimiter::new(MAILS_PER_ADDRESS_PER_DAY, Duration::from_secs(86_400)).shared(&db, "feedback_addresses");
        Self {
            db,
            base_url,
            store,
            scanner,
            file_limit,
            senders: std::sync::Arc::new(senders),
            addresses: std::sync::Arc::new(addresses),
        }
    }

    pub fn file_limit(&self) -> u64 {
        self.file_limit
    }
}

/// `days` working days after `from` on the province's calendar (the end of that day).
pub(crate) fn working_days_after(calendar: &WorkingCalendar, from: NaiveDateTime, days: u32) -> NaiveDateTime {
    let limit = TimeLimit { value: days, unit: TimeUnit::WorkingDays };
    shared::time::utc(due_at(calendar, shared::time::local(from), limit, None, &[]))
}

/// The time limit of the stage a feedback is at, and where it stands at `now`.
pub(crate) fn current_due(
    state: State,
    dues: (Option<NaiveDateTime>, Option<NaiveDateTime>, Option<NaiveDateTime>),
    answer_public: bool,
    now: NaiveDateTime,
) -> Option<(NaiveDateTime, Progress)> {
    let (refuse, resolve, publish) = dues;
    let due = match state {
        State::AtDesk => refuse,
        State::Assigned | State::InfoRequested => resolve,
        State::Answered if answer_public => publish,
        _ => None,
    }?;
    Some((due, progress(now, due, chrono::Duration::days(1))))
}

/// Writes one line of a feedback's history.
pub(crate) fn record(
    conn: &mut DbConn,
    id: i64,
    now: NaiveDateTime,
    actor: Option<i64>,
    action: &str,
    note: Option<&str>,
) -> Result<(), DbError> {
    diesel::insert_into(feedback_events::table)
        .values((
            feedback_events::feedback_id.eq(id),
            feedback_events::at.eq(now),
            feedback_events::actor_account_id.eq(actor),
            feedback_events::action.eq(action),
            feedback_events::note.eq(note),
        ))
        .execute(conn)?;
    Ok(())
}

#[async_trait::async_trait]
impl app::api::feedback::FeedbackService for Feedback {
    async fn blank_form(&self, actor: &Actor) -> Result<shared::feedback::FeedbackForm, ServiceError> {
        let Actor::Person { account, .. } = actor else { return Ok(shared::feedback::FeedbackForm::default()) };
        let account = *account;
        let (name, email): (String, Option<String>) = self
            .db
            .run(move |conn| {
                Ok(accounts::table
                    .filter(accounts::id.eq(account))
                    .select((accounts::full_name, accounts::email))
                    .first(conn)?)
            })
            .await
            .map_err(super::unexpected)?;
        Ok(shared::feedback::FeedbackForm { name, email: email.unwrap_or_default(), ..Default::default() })
    }

    async fn published(&self, page: u32) -> Result<PublishedPage, ServiceError> {
        let page = page.clamp(1, 10_000);
        self.db.run(move |conn| published(conn, page)).await.map_err(super::unexpected)
    }

    async fn sender_view(
        &self,
        actor: &Actor,
        code: String,
        secret: Option<String>,
    ) -> Result<SenderView, ServiceError> {
        let actor = actor.clone();
        let mut view = self
            .db
            .run(move |conn| sender::view(conn, &actor, &code, secret))
            .await
            .map_err(super::unexpected)?
            .ok_or(ServiceError::NotFound)?;
        view.file_limit_mb = self.file_limit / 1024 / 1024;
        Ok(view)
    }

    async fn queue(&self, actor: &Actor) -> Result<FeedbackQueue, ServiceError> {
        let actor = actor.clone();
        let now = shared::time::now();
        self.db.run(move |conn| desk::queue(conn, &actor, now)).await.map_err(super::unexpected)?
    }

    async fn detail(&self, actor: &Actor, id: i64) -> Result<FeedbackDetail, ServiceError> {
        let actor = actor.clone();
        let now = shared::time::now();
        self.db.run(move |conn| desk::detail(conn, &actor, id, now)).await.map_err(super::unexpected)?
    }
}

fn published(conn: &mut DbConn, page: u32) -> Result<PublishedPage, DbError> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(String, String, String, String, String, Option<String>, Option<String>, Option<NaiveDateTime>)> =
        feedback::table
            .left_join(agencies::table)
            .filter(feedback::published_at.is_not_null())
            .order((feedback::published_at.desc(), feedback::id.desc()))
            .limit(PER_PAGE + 1)
            .offset(i64::from(page - 1) * PER_PAGE)
            .select((
                feedback::code,
                feedback::topic,
                feedback::title,
                feedback::content,
                feedback::sender_name,
                agencies::name.nullable(),
                feedback::answer,
                feedback::answered_at,
            ))
            .load(conn)?;
    let has_next = rows.len() as i64 > PER_PAGE;
    let rows = rows
        .into_iter()
        .take(PER_PAGE as usize)
        .map(|(code, topic, title, content, sender, agency, answer, answered)| Published {
            code,
            topic: shared::feedback::Topic::parse(&topic).unwrap_or(shared::feedback::Topic::Other),
            title: redact(&title),
            content: redact(&content),
            sender: shared::text::initials(&sender),
            agency: agency.unwrap_or_default(),
            answer: redact(&answer.unwrap_or_default()),
            answered_on: answered.map(shared::time::date_of).unwrap_or_default(),
        })
        .collect();
    Ok(PublishedPage { rows, page, has_next })
}

/// The name of account `id`, for the history.
pub(crate) fn name_of(conn: &mut DbConn, id: Option<i64>) -> Result<Option<String>, DbError> {
    let Some(id) = id else { return Ok(None) };
    Ok(accounts::table.filter(accounts::id.eq(id)).select(accounts::full_name).first(conn).optional()?)
}

/// Decision 766's feedback counts (5.2, 5.3) of the feedback received from `from` to `to`
/// (Vietnam days, both included), of `agency`'s when given, as of `now`.
pub fn tally(
    conn: &mut DbConn,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
    agency: Option<i64>,
    now: NaiveDateTime,
) -> Result<shared::indicators::FeedbackTally, DbError> {
    use shared::feedback::{Handling, on_time};
    let mut q = feedback::table
        .filter(feedback::received_at.ge(shared::time::start_of(from)))
        .filter(feedback::received_at.lt(shared::time::start_of(to + chrono::Duration::days(1))))
        .into_boxed();
    if let Some(agency) = agency {
        q = q.filter(feedback::agency_id.eq(agency));
    }
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        String,
        (Option<NaiveDateTime>, Option<NaiveDateTime>, Option<NaiveDateTime>),
        (Option<NaiveDateTime>, Option<NaiveDateTime>, Option<NaiveDateTime>),
        bool,
        Option<String>,
    )> = q
        .select((
            feedback::state,
            (feedback::refuse_due, feedback::resolve_due, feedback::publish_due),
            (feedback::refused_at, feedback::answered_at, feedback::published_at),
            feedback::answer_public,
            feedback::rating,
        ))
        .load(conn)?;
    let by = |done: Option<NaiveDateTime>, due: Option<NaiveDateTime>| match (done, due) {
        (Some(done), Some(due)) => Some(done <= due),
        (Some(_), None) => Some(true),
        _ => None,
    };
    Ok(rows
        .into_iter()
        .filter_map(|(state, dues, done, public, rating)| {
            let state = State::parse(&state)?;
            let (refuse, resolve, publish) = dues;
            let (refused, answered, published) = done;
            let overdue = current_due(state, dues, public, now).is_some_and(|(_, p)| p == Progress::Overdue);
            let handling = Handling {
                state: Some(state),
                refused_on_time: by(refused, refuse),
                answered_on_time: by(answered, resolve),
                published_on_time: by(published, publish),
                overdue,
            };
            let dissatisfied = rating.as_deref() == Some(shared::rating::Level::Dissatisfied.code());
            Some(shared::indicators::FeedbackTally::of(on_time(&handling), dissatisfied, false))
        })
        .fold(shared::indicators::FeedbackTally::default(), |a, b| a + b))
}
