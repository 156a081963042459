//! Online fee payment (level 4). A dossier's fee is computed at submission from its procedure's
//! online offer; the procedure says whether it is due before reception or before the result.
//! The payer is sent to the gateway with a signed request; the gateway's signed server-to-server
//! notification (IPN) is the only thing that marks a payment paid, besides the reconciliation
//! query the worker makes for payments still pending after their window. The browser's return
//! from the gateway only displays. Every message is kept (`payment_messages`).
//!
//! The gateway speaks VNPay 2.1.0 (`vnpay.rs`); the built-in sandbox (`sandbox.rs`) speaks the
//! same protocol, so the embedded default takes a payment end to end on one machine.
//!
//! By capability: what is owed (`fees.rs`), paying (`checkout.rs`), asking the gateway later
//! (`reconciliation.rs`) and giving money back (`refunds.rs`).

mod checkout;
mod fees;
mod reconciliation;
mod refunds;
pub mod sandbox;
pub mod vnpay;

pub use checkout::{IpnAnswer, KEEP_UNVERIFIED, ReturnOutcome, Returned, prune_unverified};
pub use fees::{
    ExemptProblem, FeeStatus, Settlement, blocks, compute_fee, exemption_rules, fee_names, fee_status,
    settle_at_counter,
};
pub use reconciliation::answer_hash;
pub use refunds::{RefundError, awaiting_approval};

use crate::config::payment::PaymentConfig;
use crate::db::{Db, DbError};
use chrono::NaiveDateTime;

#[derive(Clone)]
pub struct Payments {
    db: Db,
    config: PaymentConfig,
    base_url: url::Url,
    http: reqwest::Client,
    /// Gateway notifications per sending address.
    notifications: std::sync::Arc<super::rate_limit::RateLimiter>,
    /// Refunds above this many đồng wait for a second officer's approval.
    refund_approval_above: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum PayError {
    /// Not the applicant's dossier (or no such dossier): the same answer.
    #[error("not found")]
    NotFound,
    /// Nothing to pay now (no fee, already paid, or not at the stage the fee is due).
    #[error("nothing to pay")]
    NothingDue,
    /// A payment is already under way at the gateway.
    #[error("payment under way")]
    UnderWay,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbError> for PayError {
    fn from(e: DbError) -> Self {
        PayError::Unexpected(e.into())
    }
}

/// A moment as the gateway's `yyyyMMddHHmmss` in Vietnam time; paying, the query and refunds all send it.
fn vn_stamp(t: NaiveDateTime) -> String {
    shared::time::local(t).format("%Y%m%d%H%M%S").to_string()
}

impl Payments {
    pub fn new(db: Db, config: PaymentConfig, base_url: url::Url, refund_approval_above: i64) -> Self {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        let notifications = std::sync::Arc::new(
            super::rate_limit::RateLimiter::per_minute(checkout::IPN_PER_MINUTE).shared(&db, "gateway_notifications"),
        );
        Self { db, config, base_url, http, notifications, refund_approval_above }
    }

    /// Counts a gateway notification from `client`; false when it sends too many.
    pub async fn allow_notification(&self, client: &str) -> bool {
        self.notifications.allow(client).await
    }

    pub fn config(&self) -> &PaymentConfig {
        &self.config
    }

    pub fn base_url(&self) -> &url::Url {
        &self.base_url
    }
}
