//! The read side of administration: officers an admin manages, and the audit log. The changes
//! (create an officer, set roles, reset a second factor) are in `accounts::officers`; the
//! calendar's and the job queue's are here, over `calendar` and `jobs`.

use crate::db::schema::{accounts, agencies, agency_units, audit_log, officer_roles, officers};
use crate::db::{Db, DbError};
use crate::services::calendar::CalendarProblem;
use app::api::ServiceError;
use app::api::admin::{
    AgencyHoursRow, AgencyOption, AuditPage, AuditQuery, AuditRow, CalendarDayRow, CalendarPage, JobRow, OfficerPage,
    OfficerRow, SyncOverview, UnitOption,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, Role, decide};
use shared::deadline::OfficeHours;
use std::collections::HashMap;

const OFFICERS_PER_PAGE: i64 = 50;
const AUDIT_PER_PAGE: i64 = 50;

pub struct Admin {
    db: Db,
}

impl Admin {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Puts failed job `id` back in the queue (`jobs::retry`); `false` if there is no such job.
    pub async fn retry_job(&self, actor: &Actor, id: i64) -> Result<Result<bool, Denial>, DbError> {
        let actor = actor.clone();
        self.db.run(move |conn| crate::services::jobs::retry(conn, &actor, id, shared::time::now())).await
    }

    /// Sends the undelivered national sync change `event` at the next round.
    pub async fn resend_sync_event(&self, actor: &Actor, event: i64) -> Result<Result<bool, Denial>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| crate::services::national_sync::admin::resend_event(conn, &actor, event, now)).await
    }

    /// Writes dossier `id`'s national record again, as it is now.
    pub async fn resend_sync_record(&self, actor: &Actor, id: i64) -> Result<Result<bool, Denial>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| crate::services::national_sync::admin::resend_record(conn, &actor, id, now)).await
    }

    /// Adds `day` to the working calendar as an exception of `kind`, or changes it (`calendar::set_day`).
    pub async fn set_calendar_day(
        &self,
        actor: &Actor,
        day: NaiveDate,
        kind: String,
        note: String,
    ) -> Result<Result<(), CalendarProblem>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| crate::services::calendar::set_day(conn, &actor, day, &kind, &note, now)).await
    }

    /// Removes the exception of `day` (`calendar::remove_day`); `false` if there was none.
    pub async fn remove_calendar_day(&self, actor: &Actor, day: NaiveDate) -> Result<Result<bool, Denial>, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db.run(move |conn| crate::services::calendar::remove_day(conn, &actor, day, now)).await
    }

    /// Sets `agency`'s office hours (`calendar::set_hours`); `false` if no such agency or not allowed.
    pub async fn set_office_hours(&self, actor: &Actor, agency: i64, hours: OfficeHours) -> Result<bool, DbError> {
        let (actor, now) = (actor.clone(), shared::time::now());
        self.db
            .run(move |conn| {
                let known: i64 = agencies::table.filter(agencies::id.eq(agency)).count().get_result(conn)?;
                if known == 1 && crate::services::calendar::set_hours(conn, &actor, agency, &hours, now)?.is_err() {
                    return Ok(false);
                }
                Ok(known == 1)
            })
            .await
    }
}

/// Denied unless the actor is signed in; then `action` decides.
fn authorize(actor: &Actor, action: Action) -> Result<(), ServiceError> {
    decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
    decide(actor, action).map_err(ServiceError::Denied)
}

#[async_trait::async_trait]
impl app::api::admin::AdminService for Admin {
    async fn officers(&self, actor: &Actor, agency: Option<i64>, page: u32) -> Result<OfficerPage, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        let actor = actor.clone();
        let result = self
            .db
            .run(move |conn| {
                let all: Vec<(i64, String)> =
                    agencies::table.order(agencies::name).select((agencies::id, agencies::name)).load(conn)?;
                let managed: Vec<(i64, String)> = all
                    .into_iter()
                    .filter(|(id, _)| decide(&actor, Action::ManageOfficers { agency: *id }).is_ok())
                    .collect();
                if managed.is_empty() {
                    return Ok(Err(Denial::Forbidden));
                }
                let ids: Vec<i64> = match agency {
                    Some(a) if managed.iter().any(|(id, _)| *id == a) => vec![a],
                    Some(_) => return Ok(Err(Denial::Forbidden)),
                    None => managed.iter().map(|(id, _)| *id).collect(),
                };
                let units: Vec<(i64, i64, String)> = agency_units::table
                    .filter(agency_units::agency_id.eq_any(managed.iter().map(|(id, _)| *id).collect::<Vec<_>>()))
                    .order(agency_units::name)
                    .select((agency_units::id, agency_units::agency_id, agency_units::name))
                    .load(conn)?;
                let offset = (i64::from(page) - 1) * OFFICERS_PER_PAGE;
                #[allow(clippy::type_complexity)]
                let rows: Vec<(
                    i64,
                    String,
                    Option<String>,
                    String,
                    Option<String>,
                    Option<String>,
                    Option<NaiveDateTime>,
                )> = officers::table
                    .inner_join(accounts::table)
                    .inner_join(agencies::table)
                    .left_join(agency_units::table)
                    .filter(officers::agency_id.eq_any(&ids))
                    .order((agencies::name, accounts::full_name, accounts::id))
                    .select((
                        accounts::id,
                        accounts::full_name,
                        accounts::email,
                        agencies::name,
                        agency_units::name.nullable(),
                        officers::title,
                        accounts::totp_enabled_at,
                    ))
                    .limit(OFFICERS_PER_PAGE + 1)
                    .offset(offset)
                    .load(conn)?;
                let has_next = rows.len() as i64 > OFFICERS_PER_PAGE;
                let shown: Vec<i64> = rows.iter().take(OFFICERS_PER_PAGE as usize).map(|r| r.0).collect();
                let mut roles: HashMap<i64, Vec<Role>> = HashMap::new();
                let grants: Vec<(i64, Role)> = officer_roles::table
                    .filter(officer_roles::account_id.eq_any(&shown))
                    .select((officer_roles::account_id, officer_roles::role))
                    .load(conn)?;
                for (id, role) in grants {
                    roles.entry(id).or_default().push(role);
                }
                let officers = rows
                    .into_iter()
                    .take(OFFICERS_PER_PAGE as usize)
                    .map(|(id, full_name, email, agency, unit, title, totp)| {
                        let mut r = roles.remove(&id).unwrap_or_default();
                        r.sort();
                        OfficerRow {
                            account_id: id,
                            full_name,
                            email: email.unwrap_or_default(),
                            agency,
                            unit,
                            title,
                            roles: r,
                            second_factor: totp.is_some(),
                        }
                    })
                    .collect();
                // Roles this admin may grant in the agencies they manage.
                let grantable = Role::ALL
                    .into_iter()
                    .filter(|&role| {
                        managed.iter().any(|(a, _)| decide(&actor, Action::GrantRole { agency: *a, role }).is_ok())
                    })
                    .collect();
                let agencies = managed
                    .into_iter()
                    .map(|(id, name)| AgencyOption {
                        id,
                        name,
                        units: units
                            .iter()
                            .filter(|u| u.1 == id)
                            .map(|u| UnitOption { id: u.0, name: u.2.clone() })
                            .collect(),
                    })
                    .collect();
                Ok::<_, DbError>(Ok(OfficerPage {
                    agencies,
                    grantable,
                    officers,
                    page,
                    has_next,
                    can_view_audit: decide(&actor, Action::ViewAuditLog).is_ok(),
                }))
            })
            .await
            .map_err(super::unexpected)?;
        result.map_err(ServiceError::Denied)
    }

    async fn calendar(&self, actor: &Actor, year: Option<i32>) -> Result<CalendarPage, ServiceError> {
        use chrono::Datelike;
        // The system admin edits the calendar; an agency admin sees it and sets their agency's
        // office hours.
        let own = match actor {
            Actor::Officer { agency, .. } => *agency,
            _ => -1,
        };
        let days_editable = decide(actor, Action::ManageCalendar).is_ok();
        if !days_editable {
            authorize(actor, Action::ManageOfficeHours { agency: own })?;
        }
        let actor = actor.clone();
        let year = year.filter(|y| (2000..=2100).contains(y)).unwrap_or_else(|| shared::time::today().year());
        self.db
            .run(move |conn| {
                let rows = crate::services::calendar::days_of_year(conn, year)?;
                let days = rows
                    .into_iter()
                    .map(|(day, kind, note)| CalendarDayRow {
                        day: shared::time::iso_date(day),
                        label: format!("{} ({})", shared::time::date(day), weekday_vi(day.weekday())),
                        kind,
                        note,
                    })
                    .collect();
                let hours = agency_hours(conn)?
                    .into_iter()
                    .filter(|h| decide(&actor, Action::ManageOfficeHours { agency: h.agency_id }).is_ok())
                    .collect();
                Ok::<_, DbError>(CalendarPage { year, days, hours, days_editable })
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn jobs(&self, actor: &Actor) -> Result<Vec<JobRow>, ServiceError> {
        authorize(actor, Action::ManageJobs)?;
        self.db
            .run(|conn| {
                use crate::db::schema::jobs;
                #[allow(clippy::type_complexity)]
                let rows: Vec<(
                    i64,
                    String,
                    String,
                    NaiveDateTime,
                    i32,
                    Option<NaiveDateTime>,
                    Option<NaiveDateTime>,
                    Option<NaiveDateTime>,
                    Option<String>,
                )> = jobs::table
                    .order(jobs::id.desc())
                    .limit(100)
                    .select((
                        jobs::id,
                        jobs::kind,
                        jobs::dedupe_key,
                        jobs::run_at,
                        jobs::attempts,
                        jobs::locked_until,
                        jobs::done_at,
                        jobs::failed_at,
                        jobs::last_error,
                    ))
                    .load(conn)?;
                let now = shared::time::now();
                Ok(rows
                    .into_iter()
                    .map(|(id, kind, dedupe_key, run_at, attempts, locked, done, failed, last_error)| JobRow {
                        id,
                        kind,
                        dedupe_key,
                        run_at: shared::time::minute(done.unwrap_or(run_at)),
                        attempts,
                        state: if failed.is_some() {
                            "failed"
                        } else if done.is_some() {
                            "done"
                        } else if locked.is_some_and(|l| l > now) {
                            "running"
                        } else {
                            "waiting"
                        }
                        .to_owned(),
                        last_error,
                    })
                    .collect())
            })
            .await
            .map_err(super::unexpected)
    }

    async fn national_sync(&self, actor: &Actor, code: Option<String>) -> Result<SyncOverview, ServiceError> {
        authorize(actor, Action::ManageNationalSync)?;
        self.db
            .run(move |conn| crate::services::national_sync::admin::overview(conn, code))
            .await
            .map_err(super::unexpected)
    }

    async fn audit(&self, actor: &Actor, query: AuditQuery) -> Result<AuditPage, ServiceError> {
        authorize(actor, Action::ViewAuditLog)?;
        let page = query.page.max(1);
        let from = query.from.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let to = query.to.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let reader = actor.account();
        self.db
            .run(move |conn| {
                // Reading the log is itself logged (what was asked for, not what was shown).
                let asked = serde_json::json!({ "event": query.event, "account": query.account, "from": query.from, "to": query.to, "page": page }).to_string();
                let entry = crate::services::audit::Entry {
                    event: crate::services::audit::Event::AuditLogRead,
                    actor: reader,
                    subject: None,
                    ip: None,
                    detail: Some(&asked),
                };
                crate::services::audit::record(conn, shared::time::now(), entry)?;
                let mut q = audit_log::table.into_boxed();
                if let Some(event) = &query.event {
                    q = q.filter(audit_log::event.eq(event.clone()));
                }
                if let Some(account) = query.account {
                    q = q
                        .filter(audit_log::actor_account_id.eq(account).or(audit_log::subject.eq(account.to_string())));
                }
                if let Some(from) = from {
                    q = q.filter(audit_log::at.ge(shared::time::start_of(from)));
                }
                if let Some(to) = to {
                    let end = shared::time::end_of(to);
                    q = q.filter(audit_log::at.lt(end));
                }
                #[allow(clippy::type_complexity)]
                let rows: Vec<(
                    NaiveDateTime,
                    String,
                    Option<i64>,
                    Option<String>,
                    Option<String>,
                    Option<String>,
                )> = q
                    .order(audit_log::id.desc())
                    .select((
                        audit_log::at,
                        audit_log::event,
                        audit_log::actor_account_id,
                        audit_log::subject,
                        audit_log::ip,
                        audit_log::detail,
                    ))
                    .limit(AUDIT_PER_PAGE + 1)
                    .offset((i64::from(page) - 1) * AUDIT_PER_PAGE)
                    .load(conn)?;
                let has_next = rows.len() as i64 > AUDIT_PER_PAGE;
                let actor_ids: Vec<i64> = rows.iter().filter_map(|r| r.2).collect();
                let names: HashMap<i64, String> = accounts::table
                    .filter(accounts::id.eq_any(&actor_ids))
                    .select((accounts::id, accounts::full_name))
                    .load::<(i64, String)>(conn)?
                    .into_iter()
                    .collect();
                let rows = rows
                    .into_iter()
                    .take(AUDIT_PER_PAGE as usize)
                    .map(|(at, event, actor, subject, ip, detail)| AuditRow {
                        at: shared::time::second(at),
                        event,
                        actor: actor.map(|id| match names.get(&id) {
                            Some(name) => format!("#{id} {name}"),
                            None => format!("#{id}"),
                        }),
                        subject: subject
                            .map(|s| if s.chars().all(|c| c.is_ascii_digit()) { format!("#{s}") } else { s }),
                        ip,
                        detail,
                    })
                    .collect();
                Ok::<_, DbError>(AuditPage { rows, page, has_next })
            })
            .await
            .map_err(super::unexpected)
    }
}

/// Every agency's office hours, by name.
fn agency_hours(conn: &mut crate::db::DbConn) -> Result<Vec<AgencyHoursRow>, DbError> {
    use crate::services::calendar::set_hours_of;
    use shared::deadline::{OfficeHours, Session};
    let all: Vec<(i64, String)> =
        agencies::table.order(agencies::name).select((agencies::id, agencies::name)).load(conn)?;
    let mut set = set_hours_of(conn, None)?;
    let span = |s: Option<&Session>| {
        s.map(|s| (s.opens.format("%H:%M").to_string(), s.closes.format("%H:%M").to_string())).unwrap_or_default()
    };
    Ok(all
        .into_iter()
        .map(|(agency_id, agency)| {
            let own = set.remove(&agency_id);
            let hours = own.clone().unwrap_or_else(OfficeHours::standard);
            AgencyHoursRow {
                agency_id,
                agency,
                morning: span(hours.sessions.first()),
                afternoon: span(hours.sessions.get(1)),
                saturday: span(hours.saturday.as_ref()),
                own: own.is_some(),
            }
        })
        .collect())
}

fn weekday_vi(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "thứ Hai",
        Tue => "thứ Ba",
        Wed => "thứ Tư",
        Thu => "thứ Năm",
        Fri => "thứ Sáu",
        Sat => "thứ Bảy",
        Sun => "Chủ nhật",
    }
}
