//! The portal's services, one module per capability; they implement the service traits the UI
//! declares (`app::api`). `Services` holds each once: the form handlers call them directly and
//! the pages reach the same instances through those traits.

pub mod accounts;
pub mod admin;
pub mod audit;
pub mod backoffice;
pub mod businesses;
pub mod calendar;
pub mod catalog;
pub mod conversation;
pub mod dossier;
pub mod exports;
pub mod feedback;
pub mod filing;
pub mod jobs;
pub mod national_sync;
pub mod notify;
pub mod organisation;
pub mod payments;
pub mod portal;
pub mod rate_limit;
pub mod records;
pub mod signatures;
pub mod statistics;
pub mod upkeep;

use app::api::ServiceError;
use leptos::prelude::provide_context;
use std::sync::Arc;

/// Every service the requests use, each built once (`crate::build_state`).
#[derive(Clone)]
pub struct Services {
    pub accounts: Arc<accounts::Accounts>,
    pub businesses: Arc<businesses::Businesses>,
    pub filing: Arc<filing::Filing>,
    pub backoffice: Arc<backoffice::Backoffice>,
    pub payments: Arc<payments::Payments>,
    pub portal: Arc<portal::Portal>,
    pub catalog: Arc<catalog::Catalog>,
    pub catalog_admin: Arc<catalog::admin::CatalogAdmin>,
    pub admin: Arc<admin::Admin>,
    pub records: Arc<records::Records>,
    pub signatures: Arc<signatures::Signatures>,
    pub statistics: Arc<statistics::Statistics>,
    pub feedback: Arc<feedback::Feedback>,
    pub conversation: Arc<conversation::Conversation>,
    pub exports: Arc<exports::Exports>,
    /// Only when the deployment enables the demo mailbox.
    pub mailbox: Option<Arc<notify::DemoMailbox>>,
    /// The national sign-in's button label, when one is configured.
    pub federated_sign_in: Option<String>,
}

impl Services {
    /// Puts each service into the context of a page being rendered or a server function being
    /// called, as the trait `app::api` names it (`app::api::call::service`).
    pub fn provide(&self) {
        use app::api::{
            accounts, admin, backoffice, business, catalog, catalog_admin, conversation, exports, feedback, filing,
            opinions, papers, portal, statistics,
        };
        provide_context::<Arc<dyn catalog::CatalogService>>(self.catalog.clone());
        provide_context::<Arc<dyn accounts::SignInStepsService>>(self.accounts.clone());
        provide_context::<Arc<dyn business::BusinessService>>(self.businesses.clone());
        provide_context::<Arc<dyn admin::AdminService>>(self.admin.clone());
        provide_context::<Arc<dyn catalog_admin::CatalogAdminService>>(self.catalog_admin.clone());
        provide_context::<Arc<dyn portal::PortalService>>(self.portal.clone());
        provide_context::<Arc<dyn filing::FilingService>>(self.filing.clone());
        provide_context::<Arc<dyn backoffice::BackofficeService>>(self.backoffice.clone());
        provide_context::<Arc<dyn statistics::StatisticsService>>(self.statistics.clone());
        provide_context::<Arc<dyn feedback::FeedbackService>>(self.feedback.clone());
        provide_context::<Arc<dyn conversation::ConversationService>>(self.conversation.clone());
        provide_context::<Arc<dyn opinions::OpinionService>>(self.conversation.clone());
        provide_context::<Arc<dyn exports::ExportService>>(self.exports.clone());
        provide_context::<Arc<dyn papers::PapersService>>(self.signatures.clone());
        if let Some(mailbox) = &self.mailbox {
            provide_context::<Arc<dyn accounts::MailboxService>>(mailbox.clone());
        }
        if let Some(label) = &self.federated_sign_in {
            provide_context(accounts::NationalSignInLabel(label.clone()));
        }
    }
}

/// Logs an unexpected failure once, where it becomes a service error.
pub(crate) fn unexpected(e: impl std::fmt::Display) -> ServiceError {
    tracing::error!(error = %e, "service call failed");
    ServiceError::Unexpected
}
