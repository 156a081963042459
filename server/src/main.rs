//! `portal`: the province's public-service portal and one-stop back office.

use clap::{Parser, Subcommand};
use server::config::Config;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "portal",
    version,
    about = "Cổng Dịch vụ công và Hệ thống một cửa điện tử / public-service portal and one-stop back office"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (runs pending migrations first).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the demo catalog (Sơn La, 11 procedures), or a synthetic one for benchmarks.
    Seed {
        /// Instead of the demo, generate this many synthetic procedures in a separate test province.
        #[arg(long, value_name = "N")]
        synthetic: Option<usize>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Configuration is checked before anything else, so a mistake stops the process before it
    // binds a port or touches the database.
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    server::telemetry::init(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "portal stopped");
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let db = server::db::Db::connect(&config.database, 1)?;
            let applied = db.migrate().await?;
            println!("{} migration(s) applied", applied.len());
            Ok(())
        }
        Command::Seed { synthetic } => {
            let state = server::build_state(&config).await?;
            let report = match synthetic {
                None => server::seed::seed_demo(&state.db).await?,
                Some(n) => server::seed::seed_synthetic(&state.db, n).await?,
            };
            println!(
                "seeded: {} administrative units, {} agencies, {} fields, {} procedures (existing rows left as they were)",
                report.admin_units, report.agencies, report.fields, report.procedures
            );
            if synthetic.is_none() {
                server::seed::accounts::seed_demo_accounts(&state.db).await?;
                let demo = server::seed::accounts::DEMO_CITIZEN;
                println!("demo citizen: {} (or ID {}) / password: {}", demo.email, demo.citizen_id, demo.password);
            }
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let state = server::build_state(&config).await?;
    tracing::info!(database = ?config.database, storage = ?config.storage, "starting");
    tokio::spawn(server::services::notify::run_worker(state.db.clone()));
    let router = server::http::router(state);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {} (PORTAL_LISTEN): {e}", config.listen))?;
    tracing::info!(url = %config.base_url, "portal is serving");
    println!("Cổng Dịch vụ công đang chạy tại {}", config.base_url);
    axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = terminate => {} }
    tracing::info!("shutting down");
}
