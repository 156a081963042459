//! The audit log of security events: sign-ins, failures, lockouts, password and second-factor
//! changes, role changes. Written in the same transaction as the event it records. Never holds a
//! password, a token or an ID number; `subject` names an account by its id.
//!
//! The log is append-only (database triggers refuse a delete or a change) and tamper-evident: a
//! sealer links the rows into a hash chain that `portal audit verify` checks (`chain`); a period
//! leaves as signed JSON lines (`export`).

pub mod chain;
pub mod export;

use crate::db::schema::audit_log;
use crate::db::{DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// What happened. The string form is stored and shown to the system admin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Registered,
    EmailVerified,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    SignedOutEverywhere,
    PasswordResetRequested,
    PasswordReset,
    PasswordChanged,
    SecondFactorEnrolled,
    SecondFactorReset,
    OfficerCreated,
    RolesChanged,
    BusinessRegistered,
    MemberInvited,
    MemberJoined,
    IdentityLinked,
    CalendarChanged,
    FederatedRefused,
    IdNumberReleased,
    SecondFactorReenrolLinkSent,
    BusinessVerified,
    BusinessContested,
    MemberRemoved,
    RefundRequested,
    RefundApproved,
    RefundDeclined,
    FeeWaived,
    FeeCollectedAtCounter,
    ResultAttached,
    DossierOpened,
    DocumentDownloaded,
    AuditLogRead,
    JobRetried,
    CsrfRefused,
    CatalogDraftSaved,
    CatalogPublished,
    CatalogDraftDiscarded,
    CatalogUnpublished,
    WorkflowSaved,
    FormPublished,
    CatalogImported,
    ContactChanged,
    /// An agency's signing key installed or its e-receipt book set.
    PapersChanged,
    SyncResent,
    /// A list of dossiers exported (its request in the detail); its file read later.
    ExportStarted,
    ExportDownloaded,
}

impl Event {
    pub fn code(self) -> &'static str {
        match self {
            Event::Registered => "registered",
            Event::EmailVerified => "email_verified",
            Event::SignedIn => "signed_in",
            Event::SignInFailed => "sign_in_failed",
            Event::LockedOut => "locked_out",
            Event::SignedOut => "signed_out",
            Event::SignedOutEverywhere => "signed_out_everywhere",
            Event::PasswordResetRequested => "password_reset_requested",
            Event::PasswordReset => "password_reset",
            Event::PasswordChanged => "password_changed",
            Event::SecondFactorEnrolled => "second_factor_enrolled",
            Event::SecondFactorReset => "second_factor_reset",
            Event::OfficerCreated => "officer_created",
            Event::RolesChanged => "roles_changed",
            Event::BusinessRegistered => "business_registered",
            Event::MemberInvited => "member_invited",
            Event::MemberJoined => "member_joined",
            Event::IdentityLinked => "identity_linked",
            Event::CalendarChanged => "calendar_changed",
            Event::FederatedRefused => "federated_refused",
            Event::IdNumberReleased => "id_number_released",
            Event::SecondFactorReenrolLinkSent => "second_factor_link_sent",
            Event::BusinessVerified => "business_verified",
            Event::BusinessContested => "business_contested",
            Event::MemberRemoved => "member_removed",
            Event::RefundRequested => "refund_requested",
            Event::RefundApproved => "refund_approved",
            Event::RefundDeclined => "refund_declined",
            Event::FeeWaived => "fee_waived",
            Event::FeeCollectedAtCounter => "fee_collected_at_counter",
            Event::ResultAttached => "result_attached",
            Event::DossierOpened => "dossier_opened",
            Event::DocumentDownloaded => "document_downloaded",
            Event::AuditLogRead => "audit_log_read",
            Event::JobRetried => "job_retried",
            Event::SyncResent => "sync_resent",
            Event::ExportStarted => "export_started",
            Event::ExportDownloaded => "export_downloaded",
            Event::CsrfRefused => "csrf_refused",
            Event::CatalogDraftSaved => "catalog_draft_saved",
            Event::CatalogPublished => "catalog_published",
            Event::CatalogDraftDiscarded => "catalog_draft_discarded",
            Event::CatalogUnpublished => "catalog_unpublished",
            Event::WorkflowSaved => "workflow_saved",
            Event::FormPublished => "form_published",
            Event::CatalogImported => "catalog_imported",
            Event::ContactChanged => "contact_changed",
            Event::PapersChanged => "papers_changed",
        }
    }

    pub const ALL: [Event; 48] = [
        Event::Registered,
        Event::EmailVerified,
        Event::SignedIn,
        Event::SignInFailed,
        Event::LockedOut,
        Event::SignedOut,
        Event::SignedOutEverywhere,
        Event::PasswordResetRequested,
        Event::PasswordReset,
        Event::PasswordChanged,
        Event::SecondFactorEnrolled,
        Event::SecondFactorReset,
        Event::OfficerCreated,
        Event::RolesChanged,
        Event::BusinessRegistered,
        Event::MemberInvited,
        Event::MemberJoined,
        Event::IdentityLinked,
        Event::CalendarChanged,
        Event::FederatedRefused,
        Event::IdNumberReleased,
        Event::SecondFactorReenrolLinkSent,
        Event::BusinessVerified,
        Event::BusinessContested,
        Event::MemberRemoved,
        Event::RefundRequested,
        Event::RefundApproved,
        Event::RefundDeclined,
        Event::FeeWaived,
        Event::FeeCollectedAtCounter,
        Event::ResultAttached,
        Event::DossierOpened,
        Event::DocumentDownloaded,
        Event::AuditLogRead,
        Event::JobRetried,
        Event::CsrfRefused,
        Event::CatalogDraftSaved,
        Event::CatalogPublished,
        Event::CatalogDraftDiscarded,
        Event::CatalogUnpublished,
        Event::WorkflowSaved,
        Event::FormPublished,
        Event::CatalogImported,
        Event::ContactChanged,
        Event::PapersChanged,
        Event::SyncResent,
        Event::ExportStarted,
        Event::ExportDownloaded,
    ];
}

pub struct Entry<'a> {
    pub event: Event,
    pub actor: Option<i64>,
    pub subject: Option<String>,
    pub ip: Option<&'a str>,
    pub detail: Option<&'a str>,
}

pub fn record(conn: &mut DbConn, at: NaiveDateTime, entry: Entry<'_>) -> Result<(), DbError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(at),
            audit_log::event.eq(entry.event.code()),
            audit_log::actor_account_id.eq(entry.actor),
            audit_log::subject.eq(entry.subject),
            audit_log::ip.eq(entry.ip),
            audit_log::detail.eq(entry.detail),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_page_offers_and_names_every_event() {
        let offered: std::collections::BTreeSet<&str> = app::api::admin::EVENTS.into_iter().collect();
        for event in Event::ALL {
            assert!(offered.contains(event.code()), "{} missing from the audit page's filter", event.code());
            let label = app::i18n::audit_event_label(event.code(), app::i18n::Lang::Vi);
            assert_ne!(label, event.code(), "{} has no label", event.code());
        }
    }
}
