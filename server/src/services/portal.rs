//! The portal's contact details (`portal_contact`, one row): read by every page's footer, set by
//! the system admin. Every page asks for the footer, so it is kept in memory for a minute (and
//! dropped at once when this instance saves); another instance shows a change within that minute.

use crate::db::schema::{accounts, agencies, portal_contact};
use crate::db::{Db, DbConn, DbError};
use app::api::ServiceError;
use app::api::portal::ContactAdmin;
use app::api::portal::{FooterContact, FooterHours};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::portal::{Contact, ContactProblem};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an instance shows the footer it read before reading it again.
const FOOTER_FRESH: Duration = Duration::from_secs(60);

type Cached = Option<(Instant, Option<FooterContact>)>;

#[derive(Clone)]
pub struct Portal {
    db: Db,
    footer: Arc<Mutex<Cached>>,
    /// Counts saves: a footer read that a save overtook is not kept.
    saves: Arc<AtomicU64>,
}

type ContactRow = (String, String, String, String, Option<i64>, String, NaiveDateTime, Option<String>);

impl Portal {
    pub fn new(db: Db) -> Self {
        Self { db, footer: Arc::default(), saves: Arc::default() }
    }

    /// Saves `contact` (the caller has checked `ManagePortalContact`), or says why not; the
    /// change is in the audit log.
    pub async fn save(&self, actor: i64, contact: Contact) -> Result<Result<(), Vec<ContactProblem>>, DbError> {
        let contact = contact.trimmed();
        let now = shared::time::now();
        let saved = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let ids: Vec<i64> = agencies::table.select(agencies::id).load(conn)?;
                    let problems = contact.check(&ids);
                    if !problems.is_empty() {
                        return Ok(Err(problems));
                    }
                    let before = load(conn)?.map(|(c, ..)| describe(&c)).unwrap_or_default();
                    write(conn, &contact, Some(actor), now)?;
                    let detail = format!("trước: {before} | sau: {}", describe(&contact));
                    let entry = crate::services::audit::Entry {
                        event: crate::services::audit::Event::ContactChanged,
                        actor: Some(actor),
                        subject: None,
                        ip: None,
                        detail: Some(&detail),
                    };
                    crate::services::audit::record(conn, now, entry)?;
                    Ok(Ok(()))
                })
            })
            .await?;
        if saved.is_ok() {
            self.saves.fetch_add(1, Ordering::SeqCst);
            *self.footer.lock().unwrap_or_else(|e| e.into_inner()) = None;
        }
        Ok(saved)
    }

    async fn read_footer(&self) -> Result<Option<FooterContact>, DbError> {
        self.db
            .run(|conn| {
                let Some((contact, ..)) = load(conn)? else { return Ok(None) };
                let hours = match contact.hours_agency {
                    Some(agency) => Some(footer_hours(conn, agency)?),
                    None => None,
                };
                Ok(Some(FooterContact { contact, hours }))
            })
            .await
    }
}

/// Every part of a contact, for the audit log.
fn describe(c: &Contact) -> String {
    let hours = c.hours_agency.map_or_else(|| "-".to_owned(), |a| a.to_string());
    format!(
        "{} · {} · {} · {} · giờ làm việc của cơ quan {hours} · {}",
        c.operator, c.address, c.hotline, c.email, c.note
    )
}

/// Writes the one row (inserted the first time).
fn write(conn: &mut DbConn, contact: &Contact, actor: Option<i64>, now: NaiveDateTime) -> Result<(), DbError> {
    let values = (
        portal_contact::operator.eq(&contact.operator),
        portal_contact::address.eq(&contact.address),
        portal_contact::hotline.eq(&contact.hotline),
        portal_contact::email.eq(&contact.email),
        portal_contact::hours_agency_id.eq(contact.hours_agency),
        portal_contact::note.eq(&contact.note),
        portal_contact::updated_by.eq(actor),
        portal_contact::updated_at.eq(now),
    );
    let updated = diesel::update(portal_contact::table.filter(portal_contact::id.eq(1))).set(values).execute(conn)?;
    if updated == 0 {
        diesel::insert_into(portal_contact::table).values((portal_contact::id.eq(1_i64), values)).execute(conn)?;
    }
    Ok(())
}

/// The contact, when it and who last saved it (by name).
fn load(conn: &mut DbConn) -> Result<Option<(Contact, NaiveDateTime, Option<String>)>, DbError> {
    let row: Option<ContactRow> = portal_contact::table
        .left_join(accounts::table.on(portal_contact::updated_by.eq(accounts::id.nullable())))
        .select((
            portal_contact::operator,
            portal_contact::address,
            portal_contact::hotline,
            portal_contact::email,
            portal_contact::hours_agency_id,
            portal_contact::note,
            portal_contact::updated_at,
            accounts::full_name.nullable(),
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(operator, address, hotline, email, hours_agency, note, at, by)| {
        (Contact { operator, address, hotline, email, hours_agency, note }, at, by)
    }))
}

/// `agency`'s office hours as the footer reads them.
fn footer_hours(conn: &mut DbConn, agency: i64) -> Result<FooterHours, DbError> {
    let name: String = agencies::table.filter(agencies::id.eq(agency)).select(agencies::name).first(conn)?;
    let hours = crate::services::calendar::hours_of(conn, agency)?;
    let span = crate::services::calendar::span;
    Ok(FooterHours {
        agency: name,
        weekdays: hours.sessions.iter().map(span).collect(),
        saturday: hours.saturday.as_ref().map(span),
    })
}

/// The demo's contact, set once (a real deployment's admin sets its own).
pub fn seed_demo(conn: &mut DbConn) -> Result<(), DbError> {
    if load(conn)?.is_some() {
        return Ok(());
    }
    let centre: Option<i64> =
        agencies::table.filter(agencies::code.eq("000.00.01.H52")).select(agencies::id).first(conn).optional()?;
    let contact = Contact {
        operator: "Văn phòng Ủy ban nhân dân tỉnh Sơn La".into(),
        address: "Trung tâm Phục vụ hành chính công tỉnh, phường Tô Hiệu, tỉnh Sơn La".into(),
        hotline: "1800 0000".into(),
        email: "motcua@sonla.example.vn".into(),
        hours_agency: centre,
        note: "Bản trình diễn: dữ liệu thủ tục cần đối chiếu với văn bản công bố chính thức.".into(),
    };
    write(conn, &contact, None, shared::time::now())
}

#[async_trait::async_trait]
impl app::api::portal::PortalService for Portal {
    async fn footer(&self) -> Result<Option<FooterContact>, ServiceError> {
        if let Some((at, footer)) = self.footer.lock().unwrap_or_else(|e| e.into_inner()).as_ref()
            && at.elapsed() < FOOTER_FRESH
        {
            return Ok(footer.clone());
        }
        let saves = self.saves.load(Ordering::SeqCst);
        let footer = self.read_footer().await.map_err(super::unexpected)?;
        let mut kept = self.footer.lock().unwrap_or_else(|e| e.into_inner());
        if self.saves.load(Ordering::SeqCst) == saves {
            *kept = Some((Instant::now(), footer.clone()));
        }
        Ok(footer)
    }

    async fn contact_admin(&self, actor: &Actor) -> Result<ContactAdmin, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        decide(actor, Action::ManagePortalContact).map_err(ServiceError::Denied)?;
        self.db
            .run(|conn| {
                let agencies: Vec<(i64, String)> =
                    agencies::table.order(agencies::name).select((agencies::id, agencies::name)).load(conn)?;
                let (contact, updated) = match load(conn)? {
                    Some((contact, at, by)) => {
                        let at = shared::time::minute(at);
                        (contact, Some(by.map_or_else(|| at.to_string(), |by| format!("{at} — {by}"))))
                    }
                    None => (Contact::default(), None),
                };
                Ok::<_, DbError>(ContactAdmin { contact, agencies, updated })
            })
            .await
            .map_err(super::unexpected)
    }
}
