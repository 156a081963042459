//! The portal server: everything with I/O. `main.rs` is the command line; this library is what
//! the integration tests drive in-process.

pub mod antivirus;
pub mod backup;
pub mod config;
pub mod crash;
pub mod db;
pub mod http;
pub mod seed;
pub mod services;
pub mod storage;
pub mod telemetry;
pub mod worker;

use config::Config;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

/// Connects to the database (running pending migrations) and storage, and wires the services.
pub async fn build_state(config: &Config) -> anyhow::Result<http::AppState> {
    let db = db::Db::connect(&config.database, config.db_pool_size)?;
    let applied = db.migrate().await?;
    if !applied.is_empty() {
        tracing::info!(count = applied.len(), "applied database migrations");
    }
    let store = storage::build(&config.storage)?;
    let scanner = antivirus::Scanner::new(config.antivirus.clone());
    let mailbox = config.demo_mailbox.then(|| Arc::new(services::notify::DemoMailbox::new(db.clone())));
    let key = Arc::new(services::accounts::server_key::ServerKey::load(&config.security.secret_key)?);
    let signatures = Arc::new(services::signatures::Signatures::new(db.clone(), key.clone()));
    let accounts = services::accounts::Accounts::new(db.clone(), config.base_url.clone(), key);
    let businesses = services::businesses::Businesses::new(
        db.clone(),
        config.base_url.clone(),
        config.security.business_registry.clone(),
    );
    let limits = services::dossier::documents::StorageLimits {
        quota_bytes: config.security.storage_quota_bytes,
        files_per_requirement: config.security.files_per_requirement,
    };
    let filing = services::filing::Filing::new(
        db.clone(),
        store.clone(),
        scanner.clone(),
        config.base_url.clone(),
        config.upload_max_bytes,
        limits,
    );
    let backoffice = services::backoffice::Backoffice::new(db.clone(), config.base_url.clone());
    let payments = services::payments::Payments::new(
        db.clone(),
        config.payment.clone(),
        config.base_url.clone(),
        config.security.refund_second_officer_above,
    );
    let services = services::Services {
        accounts: Arc::new(accounts),
        businesses: Arc::new(businesses),
        filing: Arc::new(filing),
        backoffice: Arc::new(backoffice),
        payments: Arc::new(payments),
        portal: Arc::new(services::portal::Portal::new(db.clone())),
        catalog: Arc::new(services::catalog::Catalog::new(db.clone())),
        catalog_admin: Arc::new(services::catalog::admin::CatalogAdmin::new(db.clone())),
        admin: Arc::new(services::admin::Admin::new(db.clone())),
        records: Arc::new(services::records::Records::new(db.clone(), config.base_url.clone(), signatures.clone())),
        signatures,
        statistics: Arc::new(services::statistics::Statistics::new(db.clone())),
        feedback: Arc::new(services::feedback::Feedback::new(
            db.clone(),
            config.base_url.clone(),
            store.clone(),
            scanner.clone(),
            config.upload_max_bytes,
        )),
        conversation: Arc::new(services::conversation::Conversation::new(
            db.clone(),
            config.base_url.clone(),
            store.clone(),
            scanner.clone(),
            config.upload_max_bytes,
        )),
        exports: Arc::new(services::exports::Exports::new(db.clone(), store.clone())),
        mailbox,
        federated_sign_in: config.federated.as_ref().map(|f| f.label.clone()),
    };
    let oidc = config.federated.as_ref().map(|f| services::accounts::oidc::OidcClient::new(f.settings.clone()));
    let public_authority = http::csrf::authority_of(&config.base_url).unwrap_or_default();
    let refusal_audits = Arc::new(
        services::rate_limit::RateLimiter::per_minute(http::refusals::PER_MINUTE).shared(&db, "refusal_audits"),
    );
    Ok(http::AppState::new(http::Shared {
        leptos_options: leptos_options(config),
        db,
        store,
        scanner,
        metrics: Arc::default(),
        services,
        public_authority,
        secure_cookies: config.base_url.scheme() == "https",
        oidc,
        trusted_proxies: config.trusted_proxies.clone(),
        security: config.security.clone(),
        refusal_audits,
        page_cache: http::page_cache::PageCache::new(config.page_cache),
    }))
}

fn hash_file_present() -> bool {
    app::hash_file("hash.txt").is_some_and(|p| p.exists())
}

/// Where the built site is and what it is called; `name` in `[[workspace.metadata.leptos]]`.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("portal")
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        // The release build names its files with a hash of their content and lists the hashes
        // in this file beside the server (Leptos and `http::assets` read it).
        .hash_files(hash_file_present())
        .site_addr(config.listen)
        .env(if cfg!(debug_assertions) { leptos::config::Env::DEV } else { leptos::config::Env::PROD })
        .build()
}
