//! The sender's side: sending (received at once from an account whose e-mail is known; else
//! waiting for the confirmation through the mailed link), confirming, their own page, and their
//! rating of the answer.

use super::{Feedback, current_due, record, working_days_after};
use crate::db::schema::{accounts, agencies, feedback, feedback_events};
use crate::db::{DbConn, DbError};
use crate::services::accounts::tokens::{hash_secret, is_well_formed, new_secret};
use crate::services::notify::{Mail, enqueue_with_link};
use app::api::feedback::SenderView;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::Actor;
use shared::feedback::{INFO_DAYS, REFUSE_DAYS, RESOLVE_DAYS, State, Topic, ValidFeedback};
use shared::rating::Level;
use shared::time::minute;

/// How a sending ended.
#[derive(Debug, PartialEq, Eq)]
pub enum SendOutcome {
    /// From an account: received; its page is `/phan-anh/{code}`.
    Received { code: String },
    /// Waiting for the sender to confirm through the mailed link.
    MailSent,
    /// Too many from this network, or too many mails to this address: nothing kept or sent.
    RateLimited,
}

#[derive(Debug, thiserror::Error)]
pub enum SenderError {
    #[error("not found")]
    NotFound,
    /// Not in a state for this (already confirmed, nothing to rate yet).
    #[error("not now")]
    NotNow,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The next public reference of the day: `PA-261207-0003`.
fn next_code(conn: &mut DbConn, now: NaiveDateTime) -> Result<String, DbError> {
    let prefix = format!("PA-{}-", shared::time::local(now).format("%y%m%d"));
    let today: i64 = feedback::table.filter(feedback::code.like(format!("{prefix}%"))).count().get_result(conn)?;
    Ok(format!("{prefix}{:04}", today + 1))
}

/// Dates the feedback received at `now` and sets its time limits.
fn receive(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> Result<(), DbError> {
    let calendar = crate::services::calendar::load_calendar(conn)?;
    diesel::update(feedback::table.filter(feedback::id.eq(id)))
        .set((
            feedback::state.eq(State::AtDesk.code()),
            feedback::received_at.eq(now),
            feedback::refuse_due.eq(working_days_after(&calendar, now, REFUSE_DAYS)),
            feedback::info_due.eq(working_days_after(&calendar, now, INFO_DAYS)),
            feedback::resolve_due.eq(working_days_after(&calendar, now, RESOLVE_DAYS)),
        ))
        .execute(conn)?;
    Ok(())
}

impl Feedback {
    /// Keeps a feedback. From a person's account it is received at once (their account's e-mail
    /// is theirs); otherwise a link to confirm goes to the address given.
    pub async fn send(&self, actor: &Actor, form: ValidFeedback, client: &str) -> Result<SendOutcome, DbError> {
        let account = match actor {
            Actor::Person { account, .. } => Some(*account),
            _ => None,
        };
        // A signed-in person's feedback is theirs and goes to their account's address, whatever
        // address the form carries; anyone else's waits for the typed address to confirm it.
        let known: Option<String> = match account {
            Some(a) => self
                .db
                .run(move |conn| {
                    Ok(accounts::table.filter(accounts::id.eq(a)).select(accounts::email).first(conn).optional()?)
                })
                .await?
                .flatten(),
            None => None,
        };
        let address = known.clone().unwrap_or_else(|| form.email.as_str().to_owned()).to_lowercase();
        if !self.senders.allow(client).await || (known.is_none() && !self.addresses.count(&address).await) {
            return Ok(SendOutcome::RateLimited);
        }
        let account = account.filter(|_| known.is_some());
        let (base, now) = (self.base_url.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let email = known.as_deref().unwrap_or(form.email.as_str());
                    let secret = new_secret();
                    let code = next_code(conn, now)?;
                    let id: i64 = diesel::insert_into(feedback::table)
                        .values((
                            feedback::code.eq(&code),
                            feedback::state.eq(State::Unconfirmed.code()),
                            feedback::sender_account_id.eq(account),
                            feedback::sender_name.eq(&form.name),
                            feedback::sender_email.eq(email),
                            feedback::sender_phone.eq(form.phone.as_ref().map(|p| p.display())),
                            feedback::follow_hash.eq(hash_secret(&secret)),
                            feedback::topic.eq(form.topic.code()),
                            feedback::reference.eq(&form.reference),
                            feedback::title.eq(&form.title),
                            feedback::content.eq(&form.content),
                            feedback::created_at.eq(now),
                        ))
                        .returning(feedback::id)
                        .get_result(conn)?;
                    record(conn, id, now, None, "gui", None)?;
                    let link = base.join(&format!("/phan-anh/{code}?t={secret}")).map_or_else(|_| String::new(), String::from);
                    if account.is_some() {
                        receive(conn, id, now)?;
                        record(conn, id, now, None, "xac_nhan", None)?;
                        let body = format!(
                            "Cổng Dịch vụ công tỉnh Sơn La đã tiếp nhận phản ánh, kiến nghị {code} của bạn: «{}».\n\nTheo dõi và nhận trả lời tại:\n{link}\n",
                            form.title
                        );
                        let mail = Mail { to: email, subject: &format!("Đã tiếp nhận phản ánh, kiến nghị {code}"), body: &body };
                        enqueue_with_link(conn, now, mail)?;
                        return Ok(SendOutcome::Received { code });
                    }
                    let body = format!(
                        "Bạn (hoặc ai đó dùng địa chỉ thư này) đã gửi phản ánh, kiến nghị {code}: «{}».\n\nĐể chúng tôi tiếp nhận, hãy mở liên kết dưới đây và bấm «Xác nhận gửi». Liên kết này cũng là nơi bạn theo dõi và nhận trả lời, xin đừng chia sẻ:\n{link}\n\nNếu không phải bạn gửi, hãy bỏ qua thư này.\n",
                        form.title
                    );
                    let mail = Mail { to: form.email.as_str(), subject: &format!("Xác nhận phản ánh, kiến nghị {code}"), body: &body };
                    enqueue_with_link(conn, now, mail)?;
                    Ok(SendOutcome::MailSent)
                })
            })
            .await
    }

    /// The holder of the link confirms: the feedback is received now.
    pub async fn confirm(&self, code: String, secret: String) -> Result<(), SenderError> {
        let now = shared::time::now();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some((id, state)) = by_secret(conn, &code, &secret)? else {
                        return Ok(Err(SenderError::NotFound));
                    };
                    if state != State::Unconfirmed {
                        return Ok(Err(SenderError::NotNow));
                    }
                    receive(conn, id, now)?;
                    record(conn, id, now, None, "xac_nhan", None)?;
                    Ok(Ok(()))
                })
            })
            .await?
    }

    /// The sender answers the agency's request for more information; it goes back to the agency.
    pub async fn add_info(
        &self,
        actor: &Actor,
        code: String,
        secret: Option<String>,
        text: String,
    ) -> Result<(), SenderError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some((id, state)) = sender_of(conn, &actor, &code, secret.as_deref())? else {
                        return Ok(Err(SenderError::NotFound));
                    };
                    if state != State::InfoRequested {
                        return Ok(Err(SenderError::NotNow));
                    }
                    diesel::update(feedback::table.filter(feedback::id.eq(id)))
                        .set(feedback::state.eq(State::Assigned.code()))
                        .execute(conn)?;
                    record(conn, id, now, None, "bo_sung", Some(&text))?;
                    Ok(Ok(()))
                })
            })
            .await?
    }

    /// The sender rates the answer (once answered; changed by rating again).
    pub async fn rate(
        &self,
        actor: &Actor,
        code: String,
        secret: Option<String>,
        level: Level,
    ) -> Result<(), SenderError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let Some((id, state)) = sender_of(conn, &actor, &code, secret.as_deref())? else {
                        return Ok(Err(SenderError::NotFound));
                    };
                    if !matches!(state, State::Answered | State::Published) {
                        return Ok(Err(SenderError::NotNow));
                    }
                    // Only a change is written (the same rating again adds no line).
                    let changed = diesel::update(feedback::table.filter(feedback::id.eq(id)))
                        .filter(feedback::rating.is_null().or(feedback::rating.ne(level.code())))
                        .set((feedback::rating.eq(level.code()), feedback::rated_at.eq(now)))
                        .execute(conn)?;
                    if changed == 1 {
                        record(conn, id, now, None, "danh_gia", Some(level.code()))?;
                    }
                    Ok(Ok(()))
                })
            })
            .await?
    }
}

/// The feedback `code` whose link's secret is `secret`: (id, state).
fn by_secret(conn: &mut DbConn, code: &str, secret: &str) -> Result<Option<(i64, State)>, DbError> {
    if !is_well_formed(secret) {
        return Ok(None);
    }
    let row: Option<(i64, String)> = feedback::table
        .filter(feedback::code.eq(code))
        .filter(feedback::follow_hash.eq(hash_secret(secret)))
        .select((feedback::id, feedback::state))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(id, s)| State::parse(&s).map(|s| (id, s))))
}

/// The feedback `code` if `actor` sent it (their account) or holds its link's secret.
pub(super) fn sender_of(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    secret: Option<&str>,
) -> Result<Option<(i64, State)>, DbError> {
    if let Some(secret) = secret {
        return by_secret(conn, code, secret);
    }
    let Actor::Person { account, .. } = actor else { return Ok(None) };
    let row: Option<(i64, String)> = feedback::table
        .filter(feedback::code.eq(code))
        .filter(feedback::sender_account_id.eq(account))
        .select((feedback::id, feedback::state))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(id, s)| State::parse(&s).map(|s| (id, s))))
}

/// The sender's page, or `None` for anyone else.
pub(super) fn view(
    conn: &mut DbConn,
    actor: &Actor,
    code: &str,
    secret: Option<String>,
) -> Result<Option<SenderView>, DbError> {
    let Some((id, state)) = sender_of(conn, actor, code, secret.as_deref())? else { return Ok(None) };
    #[allow(clippy::type_complexity)]
    let row: (
        String,
        String,
        String,
        Option<String>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        Option<String>,
        Option<String>,
        Option<String>,
        bool,
    ) = feedback::table
        .left_join(agencies::table)
        .filter(feedback::id.eq(id))
        .select((
            feedback::topic,
            feedback::title,
            feedback::content,
            agencies::name.nullable(),
            feedback::received_at,
            feedback::resolve_due,
            feedback::publish_due,
            feedback::answer,
            feedback::refusal,
            feedback::rating,
            feedback::answer_public,
        ))
        .first(conn)?;
    let (topic, title, content, agency, received, resolve, publish, answer, refusal, rating, public) = row;
    let info_request: Option<String> = if state == State::InfoRequested {
        feedback_events::table
            .filter(feedback_events::feedback_id.eq(id))
            .filter(feedback_events::action.eq("yeu_cau_bo_sung"))
            .order(feedback_events::id.desc())
            .select(feedback_events::note)
            .first::<Option<String>>(conn)
            .optional()?
            .flatten()
    } else {
        None
    };
    let due = current_due(state, (None, resolve, publish), public, shared::time::now()).map(|(d, _)| minute(d));
    Ok(Some(SenderView {
        code: code.to_owned(),
        state,
        topic: Topic::parse(&topic).unwrap_or(Topic::Other),
        title,
        content,
        agency,
        received_at: received.map(minute),
        due: if state.is_open() { due } else { None },
        answer,
        refusal,
        info_request,
        rating: rating.as_deref().and_then(Level::parse),
        files: super::files::list(conn, id)?.into_iter().map(|(_, name, _)| name).collect(),
        can_attach: state == State::Unconfirmed || state.is_open(),
        file_limit_mb: 0,
        secret,
    }))
}
