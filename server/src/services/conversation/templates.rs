//! The answers an officer keeps to write messages from (`/can-bo/mau-tin-nhan`): their own, at
//! most `shared::conversation::MAX_TEMPLATES`, for any officer who works on dossiers.

use super::Conversation;
use crate::db::schema::message_templates;
use crate::db::{DbConn, DbError};
use app::api::ServiceError;
use app::api::conversation::TemplateView;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::conversation::{MAX_TEMPLATES, TemplateProblem, template};

/// Why a kept answer was not saved or removed.
#[derive(Debug, PartialEq, Eq)]
pub enum TemplateError {
    Denied(Denial),
    NotFound,
    Refused(Vec<TemplateProblem>),
}

/// The officer's account, when they may keep answers.
fn keeper(actor: &Actor) -> Result<i64, Denial> {
    decide(actor, Action::WorkOnDossiers)?;
    actor.account().ok_or(Denial::SignInRequired)
}

/// `actor`'s kept answers, by title.
pub(super) fn list(conn: &mut DbConn, actor: &Actor) -> Result<Result<Vec<TemplateView>, ServiceError>, DbError> {
    let me = match keeper(actor) {
        Ok(me) => me,
        Err(denial) => return Ok(Err(ServiceError::Denied(denial))),
    };
    let rows: Vec<(i64, String, String, NaiveDateTime)> = message_templates::table
        .filter(message_templates::account_id.eq(me))
        .order((message_templates::title, message_templates::id))
        .select((
            message_templates::id,
            message_templates::title,
            message_templates::body,
            message_templates::updated_at,
        ))
        .load(conn)?;
    Ok(Ok(rows
        .into_iter()
        .map(|(id, title, body, at)| TemplateView { id, title, body, updated_at: shared::time::minute(at) })
        .collect()))
}

impl Conversation {
    /// Saves a kept answer of `actor`'s: a new one (`id` none) or one of theirs changed.
    pub async fn save_template(
        &self,
        actor: &Actor,
        id: Option<i64>,
        title: String,
        body: String,
    ) -> anyhow::Result<Result<(), TemplateError>> {
        let me = match keeper(actor) {
            Ok(me) => me,
            Err(denial) => return Ok(Err(TemplateError::Denied(denial))),
        };
        let (title, body) = match template(&title, &body) {
            Ok(checked) => checked,
            Err(problems) => return Ok(Err(TemplateError::Refused(problems))),
        };
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = shared::time::now();
                    let mine = message_templates::table.filter(message_templates::account_id.eq(me));
                    if let Some(id) = id {
                        let changed = diesel::update(mine.filter(message_templates::id.eq(id)))
                            .set((
                                message_templates::title.eq(&title),
                                message_templates::body.eq(&body),
                                message_templates::updated_at.eq(now),
                            ))
                            .execute(conn)?;
                        return Ok(if changed == 1 { Ok(()) } else { Err(TemplateError::NotFound) });
                    }
                    let kept: i64 = mine.count().get_result(conn)?;
                    if kept >= MAX_TEMPLATES {
                        return Ok(Err(TemplateError::Refused(vec![TemplateProblem::TooMany])));
                    }
                    diesel::insert_into(message_templates::table)
                        .values((
                            message_templates::account_id.eq(me),
                            message_templates::title.eq(&title),
                            message_templates::body.eq(&body),
                            message_templates::updated_at.eq(now),
                        ))
                        .execute(conn)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?)
    }

    /// Removes kept answer `id` of `actor`'s.
    pub async fn delete_template(&self, actor: &Actor, id: i64) -> anyhow::Result<Result<(), TemplateError>> {
        let me = match keeper(actor) {
            Ok(me) => me,
            Err(denial) => return Ok(Err(TemplateError::Denied(denial))),
        };
        Ok(self
            .db
            .run(move |conn| {
                let gone = diesel::delete(
                    message_templates::table
                        .filter(message_templates::account_id.eq(me))
                        .filter(message_templates::id.eq(id)),
                )
                .execute(conn)?;
                Ok::<_, DbError>(if gone == 1 { Ok(()) } else { Err(TemplateError::NotFound) })
            })
            .await?)
    }
}
