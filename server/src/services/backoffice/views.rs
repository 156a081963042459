//! The queue's views, beside its filters: the ones every officer of a role has (the counter:
//! waiting for reception; everyone: due within a day, overdue) and the ones an officer saved (a
//! name and a filter, `saved_views`), each with how many dossiers it holds now — counted over the
//! officer's own queue with the page's own query (`queue::theirs`, `queue::narrowed`), up to
//! [`COUNT_CAP`].

use super::Backoffice;
use super::queue::{Whose, narrowed, theirs};
use crate::db::schema::saved_views;
use crate::db::{DbConn, DbError};
use app::api::backoffice::{QueueFilter, QueueView, ViewProblem};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};

/// Views one officer may save.
pub const MAX_SAVED: i64 = 20;
/// A view's name, in characters.
pub const NAME_MAX: usize = 60;
/// A view's count stops here ("1000+"): a count is a walk over the queue's index.
const COUNT_CAP: i64 = 1_000;

/// Why a view was not saved or removed.
#[derive(Debug, PartialEq, Eq)]
pub enum ViewError {
    Denied(Denial),
    NotFound,
    Refused(ViewProblem),
}

/// The filter a saved query string asks for.
pub fn filter_of(query: &str) -> QueueFilter {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    QueueFilter::asked(|k| pairs.iter().find(|(n, v)| n == k && !v.trim().is_empty()).map(|(_, v)| v.clone()))
}

/// The role's views and `actor`'s saved ones, each counted now.
pub(super) fn with_counts(
    conn: &mut DbConn,
    actor: &Actor,
    whose: Whose,
    now: NaiveDateTime,
) -> Result<Vec<QueueView>, DbError> {
    let mut views: Vec<(Option<i64>, String, Option<String>, String)> = Vec::new();
    if whose.parts.counter {
        views.push((None, String::new(), Some("cho_tiep_nhan".into()), "trang_thai=ChoTiepNhan".into()));
    }
    views.push((None, String::new(), Some("sap_den_han".into()), "han=sap_den_han".into()));
    views.push((None, String::new(), Some("qua_han".into()), "han=qua_han".into()));
    let saved: Vec<(i64, String, String)> = saved_views::table
        .filter(saved_views::account_id.eq(actor.account().unwrap_or(0)))
        .order((saved_views::name, saved_views::id))
        .select((saved_views::id, saved_views::name, saved_views::query))
        .load(conn)?;
    views.extend(saved.into_iter().map(|(id, name, query)| (Some(id), name, None, query)));
    views
        .into_iter()
        .map(|(id, name, preset, query)| {
            let held: Vec<i64> = narrowed(theirs(whose), &filter_of(&query), now)
                .select(crate::db::schema::dossiers::id)
                .limit(COUNT_CAP + 1)
                .load(conn)?;
            let count = i64::try_from(held.len()).unwrap_or(i64::MAX);
            Ok(QueueView { id, name, preset, query, count: count.min(COUNT_CAP), more: count > COUNT_CAP })
        })
        .collect()
}

/// The officer's account, when they work on dossiers.
fn keeper(actor: &Actor) -> Result<i64, Denial> {
    decide(actor, Action::WorkOnDossiers)?;
    actor.account().ok_or(Denial::SignInRequired)
}

impl Backoffice {
    /// Saves the queue's filter `query` under `name` for `actor` (a view of the same name is
    /// replaced). Returns the filter's query as kept.
    pub async fn save_view(
        &self,
        actor: &Actor,
        name: String,
        query: String,
    ) -> anyhow::Result<Result<String, ViewError>> {
        let me = match keeper(actor) {
            Ok(me) => me,
            Err(denial) => return Ok(Err(ViewError::Denied(denial))),
        };
        let name = name.trim().to_owned();
        let query = filter_of(&query).query();
        let refused = |p| Ok(Err(ViewError::Refused(p)));
        if name.is_empty() {
            return refused(ViewProblem::NoName);
        }
        if name.chars().count() > NAME_MAX {
            return refused(ViewProblem::NameTooLong);
        }
        if query.is_empty() {
            return refused(ViewProblem::NoFilter);
        }
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let mine = saved_views::table.filter(saved_views::account_id.eq(me));
                    let replaced = diesel::delete(mine.filter(saved_views::name.eq(&name))).execute(conn)?;
                    let kept: i64 = mine.count().get_result(conn)?;
                    if replaced == 0 && kept >= MAX_SAVED {
                        return Ok(Err(ViewError::Refused(ViewProblem::TooMany)));
                    }
                    diesel::insert_into(saved_views::table)
                        .values((
                            saved_views::account_id.eq(me),
                            saved_views::name.eq(&name),
                            saved_views::query.eq(&query),
                            saved_views::created_at.eq(shared::time::now()),
                        ))
                        .execute(conn)?;
                    Ok::<_, DbError>(Ok(query.clone()))
                })
            })
            .await?)
    }

    /// Removes view `id` of `actor`'s.
    pub async fn delete_view(&self, actor: &Actor, id: i64) -> anyhow::Result<Result<(), ViewError>> {
        let me = match keeper(actor) {
            Ok(me) => me,
            Err(denial) => return Ok(Err(ViewError::Denied(denial))),
        };
        Ok(self
            .db
            .run(move |conn| {
                let gone = diesel::delete(
                    saved_views::table.filter(saved_views::account_id.eq(me)).filter(saved_views::id.eq(id)),
                )
                .execute(conn)?;
                Ok::<_, DbError>(if gone == 1 { Ok(()) } else { Err(ViewError::NotFound) })
            })
            .await?)
    }
}
