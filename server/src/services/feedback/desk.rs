//! The desk's and the agencies' side: the queue with each feedback's current time limit, one
//! feedback with its history, and the actions — classify and give to an agency, refuse (desk);
//! ask the sender for more, answer (the agency); publish a public answer (desk). A refusal, a
//! request for more and the answer are mailed to the sender.

use super::{Feedback, current_due, name_of, record, working_days_after};
use crate::db::schema::{agencies, feedback, feedback_events};
use crate::db::{DbConn, DbError};
use crate::services::notify::{Mail, enqueue};
use app::api::ServiceError;
use app::api::feedback::{FeedbackDetail, FeedbackEvent, FeedbackQueue, QueueRow};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::feedback::{ANSWER_MAX, Kind, PUBLISH_DAYS, State, Topic};
use shared::rating::Level;
use shared::time::minute;

/// Rows a queue shows at most (the open ones are a province's week or two).
const QUEUE_MAX: i64 = 500;

/// What an officer does to a feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskAction {
    /// The desk classifies it and gives it to the agency of this code.
    Assign { kind: Kind, agency: String },
    /// The desk refuses it, saying why.
    Refuse { reason: String },
    /// The agency asks the sender for more.
    AskInfo { what: String },
    /// The agency answers; `public`: the desk is to publish it.
    Answer { text: String, public: bool },
    /// The desk publishes a public answer.
    Publish,
}

/// Why an action was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum ActProblem {
    NotFound,
    Denied(Denial),
    /// Not in a state for this action.
    NotNow,
    /// A required text is empty or too long, or the agency is unknown.
    Invalid,
}

/// The agency the viewer answers for, if they may answer at all.
fn answering_agency(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::Officer { agency, .. } if decide(actor, Action::AnswerFeedback { agency: *agency }).is_ok() => {
            Some(*agency)
        }
        _ => None,
    }
}

pub(super) fn queue(
    conn: &mut DbConn,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<Result<FeedbackQueue, ServiceError>, DbError> {
    let desk = decide(actor, Action::HandleFeedback).is_ok();
    let agency = answering_agency(actor);
    if !desk && agency.is_none() {
        let denial = decide(actor, Action::HandleFeedback).err().unwrap_or(Denial::Forbidden);
        return Ok(Err(ServiceError::Denied(denial)));
    }
    let mut q =
        feedback::table.left_join(agencies::table).filter(feedback::state.ne(State::Unconfirmed.code())).into_boxed();
    if desk {
        // Open ones, and answered ones waiting for their publication.
        q = q.filter(
            feedback::state
                .eq_any([State::AtDesk.code(), State::Assigned.code(), State::InfoRequested.code()])
                .or(feedback::state.eq(State::Answered.code()).and(feedback::answer_public.eq(true))),
        );
    } else {
        q = q
            .filter(feedback::agency_id.eq(agency))
            .filter(feedback::state.eq_any([State::Assigned.code(), State::InfoRequested.code()]));
    }
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        i64,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        bool,
    )> = q
        .order(feedback::received_at)
        .limit(QUEUE_MAX)
        .select((
            feedback::id,
            feedback::code,
            feedback::title,
            feedback::state,
            feedback::topic,
            agencies::name.nullable(),
            feedback::received_at,
            feedback::refuse_due,
            feedback::resolve_due,
            feedback::publish_due,
            feedback::answer_public,
        ))
        .load(conn)?;
    let rows = rows
        .into_iter()
        .filter_map(|(id, code, title, state, topic, agency, received, refuse, resolve, publish, public)| {
            let state = State::parse(&state)?;
            let due = current_due(state, (refuse, resolve, publish), public, now);
            Some(QueueRow {
                id,
                code,
                title,
                state,
                topic: Topic::parse(&topic).unwrap_or(Topic::Other),
                agency,
                received_at: received.map(minute).unwrap_or_default(),
                due: due.map(|(d, _)| minute(d)),
                progress: due.map(|(_, p)| p),
            })
        })
        .collect();
    Ok(Ok(FeedbackQueue { desk, rows }))
}

#[derive(Queryable)]
struct Row {
    id: i64,
    code: String,
    state: String,
    topic: String,
    reference: Option<String>,
    title: String,
    content: String,
    sender_name: String,
    sender_email: String,
    sender_phone: Option<String>,
    kind: Option<String>,
    agency_id: Option<i64>,
    received_at: Option<NaiveDateTime>,
    refuse_due: Option<NaiveDateTime>,
    resolve_due: Option<NaiveDateTime>,
    publish_due: Option<NaiveDateTime>,
    answer: Option<String>,
    answer_public: bool,
    refusal: Option<String>,
    rating: Option<String>,
}

fn load(conn: &mut DbConn, id: i64) -> Result<Option<Row>, DbError> {
    Ok(feedback::table
        .filter(feedback::id.eq(id))
        .filter(feedback::state.ne(State::Unconfirmed.code()))
        .select((
            feedback::id,
            feedback::code,
            feedback::state,
            feedback::topic,
            feedback::reference,
            feedback::title,
            feedback::content,
            feedback::sender_name,
            feedback::sender_email,
            feedback::sender_phone,
            feedback::kind,
            feedback::agency_id,
            feedback::received_at,
            feedback::refuse_due,
            feedback::resolve_due,
            feedback::publish_due,
            feedback::answer,
            feedback::answer_public,
            feedback::refusal,
            feedback::rating,
        ))
        .first(conn)
        .optional()?)
}

/// Whether `actor` is the desk, and whether they answer for `agency` (the one the feedback was
/// given to). Anyone else is told it does not exist.
fn roles_for(actor: &Actor, agency: Option<i64>) -> (bool, bool) {
    let desk = decide(actor, Action::HandleFeedback).is_ok();
    let answers = agency.is_some_and(|a| decide(actor, Action::AnswerFeedback { agency: a }).is_ok());
    (desk, answers)
}

fn may_see(actor: &Actor, row: &Row) -> (bool, bool) {
    roles_for(actor, row.agency_id)
}

/// Whether `actor` may read a feedback given to `agency` (`None`: not given yet).
pub(super) fn may_see_feedback(actor: &Actor, agency: Option<i64>) -> bool {
    let (desk, answers) = roles_for(actor, agency);
    desk || answers
}

pub(super) fn detail(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    now: NaiveDateTime,
) -> Result<Result<FeedbackDetail, ServiceError>, DbError> {
    if let Actor::Anonymous = actor {
        return Ok(Err(ServiceError::Denied(Denial::SignInRequired)));
    }
    let Some(row) = load(conn, id)? else { return Ok(Err(ServiceError::NotFound)) };
    let (desk, answers) = may_see(actor, &row);
    if !desk && !answers {
        return Ok(Err(ServiceError::NotFound));
    }
    let state = State::parse(&row.state).unwrap_or(State::AtDesk);
    let due = current_due(state, (row.refuse_due, row.resolve_due, row.publish_due), row.answer_public, now);
    let events: Vec<(NaiveDateTime, String, Option<i64>, Option<String>)> = feedback_events::table
        .filter(feedback_events::feedback_id.eq(id))
        .order(feedback_events::id)
        .select((
            feedback_events::at,
            feedback_events::action,
            feedback_events::actor_account_id,
            feedback_events::note,
        ))
        .load(conn)?;
    let mut history = Vec::with_capacity(events.len());
    for (at, action, actor_id, note) in events {
        history.push(FeedbackEvent { at: minute(at), action, actor: name_of(conn, actor_id)?, note });
    }
    let agency = match row.agency_id {
        Some(a) => agencies::table.filter(agencies::id.eq(a)).select(agencies::name).first(conn).optional()?,
        None => None,
    };
    let choices: Vec<(String, String)> = if desk {
        agencies::table.order(agencies::name).select((agencies::code, agencies::name)).load(conn)?
    } else {
        Vec::new()
    };
    Ok(Ok(FeedbackDetail {
        id: row.id,
        code: row.code,
        state,
        topic: Topic::parse(&row.topic).unwrap_or(Topic::Other),
        reference: row.reference,
        title: row.title,
        content: row.content,
        sender_name: row.sender_name,
        sender_email: row.sender_email,
        sender_phone: row.sender_phone,
        kind: row.kind.as_deref().and_then(Kind::parse),
        agency,
        received_at: row.received_at.map(minute),
        due: due.map(|(d, _)| minute(d)),
        progress: due.map(|(_, p)| p),
        answer: row.answer,
        answer_public: row.answer_public,
        refusal: row.refusal,
        rating: row.rating.as_deref().and_then(Level::parse),
        events: history,
        files: super::files::list(conn, id)?,
        agencies: choices,
        can_handle: desk,
        can_answer: answers,
    }))
}

impl Feedback {
    /// An officer acts on feedback `id`.
    pub async fn act(&self, actor: &Actor, id: i64, action: DeskAction) -> Result<Result<(), ActProblem>, DbError> {
        let (actor, base, now) = (actor.clone(), self.base_url.clone(), shared::time::now());
        self.db.run(move |conn| crate::db::transaction(conn, |conn| act(conn, &actor, id, action, &base, now))).await
    }
}

fn bounded(text: &str) -> Option<String> {
    let text = shared::text::nfc(text);
    (!text.is_empty() && text.chars().count() <= ANSWER_MAX).then_some(text)
}

fn act(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    action: DeskAction,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<Result<(), ActProblem>, DbError> {
    let Some(row) = load(conn, id)? else { return Ok(Err(ActProblem::NotFound)) };
    let (desk, answers) = may_see(actor, &row);
    if !desk && !answers {
        return Ok(Err(ActProblem::NotFound));
    }
    let state = State::parse(&row.state).unwrap_or(State::AtDesk);
    let by = actor.account();
    let here = feedback::table.filter(feedback::id.eq(id));
    let denied = || Ok(Err(ActProblem::Denied(Denial::Forbidden)));
    match action {
        DeskAction::Assign { kind, agency } => {
            if !desk {
                return denied();
            }
            if state != State::AtDesk {
                return Ok(Err(ActProblem::NotNow));
            }
            let Some((agency_id, name)) = agencies::table
                .filter(agencies::code.eq(&agency))
                .select((agencies::id, agencies::name))
                .first::<(i64, String)>(conn)
                .optional()?
            else {
                return Ok(Err(ActProblem::Invalid));
            };
            diesel::update(here)
                .set((
                    feedback::state.eq(State::Assigned.code()),
                    feedback::kind.eq(kind.code()),
                    feedback::agency_id.eq(agency_id),
                    feedback::assigned_at.eq(now),
                ))
                .execute(conn)?;
            record(conn, id, now, by, "chuyen", Some(&name))?;
        }
        DeskAction::Refuse { reason } => {
            if !desk {
                return denied();
            }
            if state != State::AtDesk {
                return Ok(Err(ActProblem::NotNow));
            }
            let Some(reason) = bounded(&reason) else { return Ok(Err(ActProblem::Invalid)) };
            diesel::update(here)
                .set((
                    feedback::state.eq(State::Refused.code()),
                    feedback::refused_at.eq(now),
                    feedback::refusal.eq(&reason),
                ))
                .execute(conn)?;
            record(conn, id, now, by, "tu_choi", Some(&reason))?;
            tell_sender(conn, &row, "Phản ánh, kiến nghị {code} không được tiếp nhận", &reason, base, now)?;
        }
        DeskAction::AskInfo { what } => {
            if !answers {
                return denied();
            }
            if state != State::Assigned {
                return Ok(Err(ActProblem::NotNow));
            }
            let Some(what) = bounded(&what) else { return Ok(Err(ActProblem::Invalid)) };
            diesel::update(here).set(feedback::state.eq(State::InfoRequested.code())).execute(conn)?;
            record(conn, id, now, by, "yeu_cau_bo_sung", Some(&what))?;
            tell_sender(conn, &row, "Cần bổ sung thông tin cho phản ánh, kiến nghị {code}", &what, base, now)?;
        }
        DeskAction::Answer { text, public } => {
            if !answers {
                return denied();
            }
            if !matches!(state, State::Assigned | State::InfoRequested) {
                return Ok(Err(ActProblem::NotNow));
            }
            let Some(text) = bounded(&text) else { return Ok(Err(ActProblem::Invalid)) };
            let calendar = crate::services::calendar::load_calendar(conn)?;
            let publish_due = public.then(|| working_days_after(&calendar, now, PUBLISH_DAYS));
            diesel::update(here)
                .set((
                    feedback::state.eq(State::Answered.code()),
                    feedback::answered_at.eq(now),
                    feedback::answer.eq(&text),
                    feedback::answer_public.eq(public),
                    feedback::publish_due.eq(publish_due),
                ))
                .execute(conn)?;
            record(conn, id, now, by, "tra_loi", None)?;
            tell_sender(conn, &row, "Trả lời phản ánh, kiến nghị {code}", &text, base, now)?;
        }
        DeskAction::Publish => {
            if !desk {
                return denied();
            }
            if state != State::Answered || !row.answer_public {
                return Ok(Err(ActProblem::NotNow));
            }
            diesel::update(here)
                .set((feedback::state.eq(State::Published.code()), feedback::published_at.eq(now)))
                .execute(conn)?;
            record(conn, id, now, by, "cong_khai", None)?;
        }
    }
    Ok(Ok(()))
}

/// Mails the sender `text` under `subject` (`{code}` filled), pointing to their page (the link
/// they hold; a signed-in sender finds it under their account too).
fn tell_sender(
    conn: &mut DbConn,
    row: &Row,
    subject: &str,
    text: &str,
    base: &url::Url,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let subject = subject.replace("{code}", &row.code);
    let page = base.join(&format!("/phan-anh/{}", row.code)).map_or_else(|_| String::new(), String::from);
    let body = format!(
        "{text}\n\nXem trên Cổng Dịch vụ công (mở bằng liên kết trong thư xác nhận, hoặc đăng nhập nếu bạn gửi từ tài khoản):\n{page}\n\nNếu bạn chưa hài lòng, hãy đánh giá câu trả lời trên trang đó.\n"
    );
    enqueue(conn, now, Mail { to: &row.sender_email, subject: &subject, body: &body })
}
