//! `portal`: the province's public-service portal and one-stop back office.

use anyhow::Context;
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
    Migrate {
        /// PostgreSQL: then grant this role what the running portal needs, and no right to change
        /// or remove audit rows (run as the tables' owner; serve as the role).
        #[arg(long, value_name = "ROLE")]
        grant_to: Option<String>,
    },
    /// Run only the background worker (mail, daily digest); `serve` runs one too.
    Worker,
    /// Load the demo catalog (Sơn La, 45 procedures), or a synthetic one for benchmarks.
    Seed {
        /// Instead of the demo, generate this many synthetic procedures in a separate test province.
        #[arg(long, value_name = "N")]
        synthetic: Option<usize>,
        /// With --synthetic: also generate this many dossiers over `--years` years (benchmarks).
        #[arg(long, value_name = "M", requires = "synthetic")]
        dossiers: Option<usize>,
        /// With --dossiers: how many of them wait open at the first synthetic agency's counter.
        #[arg(long, value_name = "Q", default_value_t = 0, requires = "dossiers")]
        queue: usize,
        /// With --dossiers: over how many years back from today they came in.
        #[arg(long, value_name = "Y", default_value_t = 3, requires = "dossiers")]
        years: u32,
        /// With --dossiers: give every dossier without documents this many small PDFs (the export
        /// benchmark's).
        #[arg(long, value_name = "K", requires = "dossiers")]
        documents: Option<usize>,
    },
    /// Write one export of an agency's dossiers now, in this process (the export benchmark): prints
    /// its rows, its size, the time it took and the process's peak memory.
    Export {
        /// The agency's code.
        #[arg(long)]
        agency: String,
        /// Submission days, `YYYY-MM-DD`, both included.
        #[arg(long)]
        from: chrono::NaiveDate,
        #[arg(long)]
        to: chrono::NaiveDate,
        /// XLSX instead of CSV.
        #[arg(long)]
        xlsx: bool,
        /// A ZIP with every dossier's documents.
        #[arg(long)]
        documents: bool,
    },
    /// The catalog as a file: import a province's procedures, or export them.
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// The precomputed statistics (`daily_stats`).
    Stats {
        #[command(subcommand)]
        command: StatsCommand,
    },
    /// Back up the database and every stored object into DIR (taken while the portal runs).
    Backup {
        dir: std::path::PathBuf,
        /// Only list the objects (a store kept by its own replication), do not copy them.
        #[arg(long)]
        listing_only: bool,
    },
    /// Restore the backup in DIR into the configured database (empty) and store; the portal is
    /// stopped meanwhile.
    Restore { dir: std::path::PathBuf },
    /// The audit log's hash chain: check it, or export a period with a signature.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Administration from the command line; acts as the system itself.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Seal the rows not yet linked, then walk the whole chain: prints how many rows hold, or
    /// the first broken link (and exits with 1).
    Verify,
    /// Write the sealed rows of a period to FILE as JSON lines, and FILE.p7s, a detached CMS
    /// signature by an agency's signing key.
    Export {
        /// First day, `YYYY-MM-DD` (UTC).
        #[arg(long)]
        from: chrono::NaiveDate,
        /// Last day, included.
        #[arg(long)]
        to: chrono::NaiveDate,
        /// The code of the agency whose key signs (the province's office, usually).
        #[arg(long)]
        agency: String,
        file: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum StatsCommand {
    /// Count every dossier afresh and rewrite the daily sums (after a restore or a bulk load).
    Rebuild,
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// Import a catalog file (the portal's JSON, or an XLSX or CSV spreadsheet in the national
    /// database's layout): new procedures are added, a changed one gets a new version effective
    /// on its date, an unchanged one is left. All or nothing.
    Import {
        file: std::path::PathBuf,
        /// Report what would happen, row by row, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the whole catalog (every version) to FILE, as XLSX or CSV when its name ends so,
    /// else as the portal's JSON; without FILE, JSON to standard output.
    Export { file: Option<std::path::PathBuf> },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an officer; prints the single-use link to set the password (also mailed).
    CreateOfficer {
        #[arg(long)]
        email: String,
        /// Full name, e.g. "Cầm Thị Lan".
        #[arg(long)]
        name: String,
        /// Agency code (as in the catalog), e.g. 000.00.14.H57.
        #[arg(long)]
        agency: String,
        /// Unit code inside the agency (see create-unit).
        #[arg(long)]
        unit: Option<String>,
        /// One or more of: reception, specialist, leader, agency_admin, system_admin.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[arg(long)]
        title: Option<String>,
    },
    /// Create a unit (phòng, bộ phận) inside an agency, if it does not exist.
    CreateUnit {
        #[arg(long)]
        agency: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
    },
}

/// glibc raises its mmap threshold each time a large block is freed, after which blocks of that
/// size are carved from the heap arenas and stay there once freed. A new password hash takes a
/// 19 MiB Argon2 block: a burst of them left hundreds of MB resident (docs/PERFORMANCE.md;
/// sign-ins themselves reuse each hashing thread's memory, see `passwords`). A fixed threshold
/// of 16 MiB keeps such blocks in their own mappings, returned when freed, while the 5 MiB parts
/// of an upload still reuse heap memory (a mapping per part would cost its page faults).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() {
    unsafe extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    /// `M_MMAP_THRESHOLD` in glibc's malloc.h.
    const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
    // SAFETY: mallopt only sets glibc's allocation policy; it takes the allocator's own lock.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 16 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() {}

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
    server::services::jobs::set_lease(config.job_lease);
    if let Some(point) = &config.crash_point {
        server::crash::arm(point);
    }
    return_large_blocks_to_the_system();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let code = match runtime.block_on(run(cli.command, config)) {
        Ok(()) => 0,
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "portal stopped");
            eprintln!("error: {e:#}");
            1
        }
    };
    leave(code)
}

/// Ends the process once its work is done, without the C library's exit handlers. The connection
/// pool keeps background threads that may be opening a PostgreSQL connection (libpq, OpenSSL) at
/// that moment; a normal exit ran OpenSSL's cleanup under them and the process died with
/// "free(): invalid pointer" after printing its result (seen in the CLI tests on PostgreSQL).
/// Everything the portal writes is already committed or synced by then; only the standard
/// streams need flushing.
fn leave(code: i32) -> ExitCode {
    use std::io::Write;
    unsafe extern "C" {
        fn _exit(status: std::ffi::c_int) -> !;
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: _exit only ends the process; nothing after it runs.
    unsafe { _exit(code) }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(config).await,
        Command::Worker => {
            let state = server::build_state(&config).await?;
            let worker = server::worker::Worker::new(&state, &config, worker_id())?;
            tracing::info!("worker started");
            tokio::select! {
                () = worker.run() => {}
                () = shutdown_signal() => {}
            }
            Ok(())
        }
        Command::Migrate { grant_to } => {
            let db = server::db::Db::connect(&config.database, 1)?;
            let applied = db.migrate().await?;
            println!("{} migration(s) applied", applied.len());
            if let Some(role) = grant_to {
                let granted = role.clone();
                db.run(move |conn| server::db::grant_runtime_role(conn, &granted)).await?;
                println!("role {role} may now run the portal");
            }
            Ok(())
        }
        Command::Audit { command } => audit(command, config).await,
        Command::Backup { dir, listing_only } => {
            let state = server::build_state(&config).await?;
            let started = std::time::Instant::now();
            let taken = server::backup::backup(&config, &state.db, &state.store, &dir, listing_only).await?;
            let copied = if taken.objects_copied { "copied" } else { "listed" };
            println!(
                "backup of the {} database and {} object(s) ({} bytes, {copied}) written to {} in {:.1} s",
                taken.backend,
                taken.objects,
                taken.object_bytes,
                dir.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Restore { dir } => {
            let manifest = server::backup::restore(&config, &dir).await?;
            let state = server::build_state(&config).await?;
            let done = server::backup::restore_objects(&state.db, &state.store, &dir, manifest).await?;
            println!(
                "restored the {} database of {}; {} object(s) put into the store; all {} object(s) the database names are there",
                done.manifest.backend, done.manifest.taken_at, done.objects_put, done.named
            );
            Ok(())
        }
        Command::Admin { command } => admin(command, config).await,
        Command::Catalog { command } => catalog(command, config).await,
        Command::Stats { command: StatsCommand::Rebuild } => {
            let db = server::db::Db::connect(&config.database, 1)?;
            db.migrate().await?;
            let started = std::time::Instant::now();
            let done = db.run(|conn| server::services::dossier::tally::rebuild(conn, shared::time::now())).await?;
            println!(
                "{} dossiers read, {} counted, {} day rows written in {:.1} s",
                done.dossiers,
                done.counted,
                done.day_rows,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Export { agency, from, to, xlsx, documents } => {
            let state = server::build_state(&config).await?;
            let format = if xlsx { shared::exports::Format::Xlsx } else { shared::exports::Format::Csv };
            let started = std::time::Instant::now();
            let shape = (from, to, format, documents);
            let (id, rows, size) =
                server::services::exports::run_now(&state.db, &state.store, &config.base_url, agency, shape).await?;
            let seconds = started.elapsed().as_secs_f64();
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find(|l| l.starts_with("VmHWM:"))
                        .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_owned())
                })
                .unwrap_or_default();
            println!(
                "export {id}: {rows} dossiers, {size} bytes in {seconds:.1} s ({:.1} MB/s), peak memory {peak} kB",
                size as f64 / 1_048_576.0 / seconds.max(0.001)
            );
            Ok(())
        }
        Command::Seed { synthetic, dossiers, queue, years, documents } => {
            let state = server::build_state(&config).await?;
            let report = match synthetic {
                None => server::seed::seed_demo(&state.db).await?,
                Some(n) => server::seed::seed_synthetic(&state.db, n).await?,
            };
            println!(
                "seeded: {} administrative units, {} agencies, {} fields, {} procedures (existing rows left as they were)",
                report.admin_units,
                report.agencies,
                report.fields,
                report.counts().0
            );
            // The demo's agencies sign their papers with self-signed test certificates; a
            // province installs its own, which this leaves as they are.
            let made = server::seed::seed_demo_papers(&state.db, state.services.signatures.clone()).await?;
            if made > 0 {
                println!("made {made} demo signing certificates (test certificates, not legally valid)");
            }
            if let Some(dossiers) = dossiers {
                let started = std::time::Instant::now();
                let r = server::seed::seed_scale(&state.db, server::seed::scale::ScalePlan { dossiers, queue, years })
                    .await?;
                if r.existing {
                    println!(
                        "synthetic dossiers already there ({} exists): nothing written",
                        server::seed::scale::BENCH_OFFICER
                    );
                } else {
                    println!(
                        "generated {} dossiers ({} events, {} open at the counter of {}) for {} citizens in {:.0} s",
                        r.dossiers,
                        r.events,
                        r.queue,
                        r.queue_agency,
                        r.citizens,
                        started.elapsed().as_secs_f64()
                    );
                }
                if let Some(per_dossier) = documents {
                    let started = std::time::Instant::now();
                    let written = server::seed::documents::seed_documents(&state.db, &state.store, per_dossier).await?;
                    println!("wrote {written} documents in {:.0} s", started.elapsed().as_secs_f64());
                }
            }
            if synthetic.is_none() {
                server::seed::accounts::seed_demo_accounts(&state.db).await?;
                print!("{}", server::seed::accounts::summary());
                if let Some(d) = server::seed::dossiers::seed_demo_dossiers(&state).await? {
                    println!("demo dossier: {} (public lookup at /tra-cuu, check value {})", d.code, d.check);
                }
            }
            Ok(())
        }
    }
}

async fn catalog(command: CatalogCommand, config: Config) -> anyhow::Result<()> {
    use server::services::catalog::{import, spreadsheet, store};
    let state = server::build_state(&config).await?;
    match command {
        CatalogCommand::Import { file: path, dry_run } => {
            let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            let incoming = spreadsheet::read(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let report =
                state.db.run(move |conn| import::import(conn, &incoming, store::Mode::NewVersions, !dry_run)).await?;
            print!("{}", import::describe(&report, app::i18n::Lang::Vi));
            if report.refused() {
                anyhow::bail!("nothing was imported");
            }
            Ok(())
        }
        CatalogCommand::Export { file: path } => {
            let format = path.as_ref().map_or(spreadsheet::Format::Json, |p| {
                spreadsheet::Format::of_name(&p.file_name().unwrap_or_default().to_string_lossy())
            });
            let bytes = state.db.run(move |conn| spreadsheet::export(conn, format)).await?;
            match path {
                Some(path) => std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?,
                None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)?,
            }
            Ok(())
        }
    }
}

async fn audit(command: AuditCommand, config: Config) -> anyhow::Result<()> {
    use server::services::audit::{chain, export};
    let state = server::build_state(&config).await?;
    match command {
        AuditCommand::Verify => {
            let (sealed, verdict) =
                state.db.run(|conn| Ok((chain::seal(conn, shared::time::now())?, chain::verify(conn)?))).await?;
            println!("{sealed} new row(s) sealed");
            match verdict {
                chain::Verdict::Intact { sealed, unsealed, head } => {
                    println!("audit chain intact: {sealed} row(s) linked, {unsealed} not yet sealed, head {head}");
                    Ok(())
                }
                chain::Verdict::Broken { seq, id, reason } => {
                    let row = id.map(|id| format!(" (audit row {id})")).unwrap_or_default();
                    anyhow::bail!("audit chain BROKEN at link {seq}{row}: {}", reason.explain());
                }
            }
        }
        AuditCommand::Export { from, to, agency, file } => {
            let signatures = state.services.signatures.clone();
            let path = file.clone();
            let (written, signature) = state
                .db
                .run(move |conn| {
                    chain::seal(conn, shared::time::now())?;
                    let agency_id = server::services::organisation::agency_id(conn, &agency)?
                        .ok_or_else(|| server::db::decode(format!("no agency has the code {agency}")))?;
                    let mut out = std::io::BufWriter::new(
                        std::fs::File::create(&path)
                            .map_err(|e| server::db::decode(format!("{}: {e}", path.display())))?,
                    );
                    let written =
                        export::write(conn, from, to, &mut out).map_err(|e| server::db::decode(e.to_string()))?;
                    let signature = signatures.sign_detached(conn, agency_id, &written.sha256)?;
                    Ok((written, signature))
                })
                .await?;
            let Some(signature) = signature else {
                anyhow::bail!("the agency has no usable signing key: the export is written but unsigned");
            };
            let mut p7s = file.clone().into_os_string();
            p7s.push(".p7s");
            std::fs::write(&p7s, signature).with_context(|| format!("writing {}", p7s.to_string_lossy()))?;
            let span = written.span.map(|(a, b)| format!(", links {a}–{b}")).unwrap_or_default();
            println!(
                "{} row(s) written to {}{span}; signature in {}",
                written.rows,
                file.display(),
                p7s.to_string_lossy()
            );
            Ok(())
        }
    }
}

async fn admin(command: AdminCommand, config: Config) -> anyhow::Result<()> {
    let state = server::build_state(&config).await?;
    match command {
        AdminCommand::CreateOfficer { email, name, agency, unit, roles, title } => {
            let (agency_id, unit_id) = server::services::organisation::resolve_codes(&state.db, agency, unit).await?;
            let form = shared::identity::OfficerForm {
                ho_ten: name,
                email,
                co_quan: agency_id.to_string(),
                don_vi: unit_id.map(|u| u.to_string()).unwrap_or_default(),
                chuc_danh: title.unwrap_or_default(),
                vai_tro: roles,
            };
            let valid = form.validate().map_err(|p| anyhow::anyhow!("refused: {p:?}"))?;
            use server::services::accounts::officers::{Admin, OfficerError};
            match state.services.accounts.create_officer(Admin::System, valid, None).await {
                Ok(created) => {
                    println!("officer #{} created; set-password link (72 h, single use):", created.account_id);
                    println!("{}", created.set_password_link);
                    Ok(())
                }
                Err(OfficerError::Refused(p)) => anyhow::bail!("refused: {p:?}"),
                Err(e) => Err(e.into()),
            }
        }
        AdminCommand::CreateUnit { agency, code, name } => {
            let (agency_id, _) = server::services::organisation::resolve_codes(&state.db, agency, None).await?;
            let id = state
                .db
                .run(move |conn| server::services::organisation::ensure_unit(conn, agency_id, &code, &name))
                .await?;
            println!("unit #{id}");
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let state = server::build_state(&config).await?;
    tracing::info!(database = ?config.database, storage = ?config.storage, "starting");
    tokio::spawn(server::worker::Worker::new(&state, &config, worker_id())?.run());
    let router = server::http::router(state);
    use axum::serve::ListenerExt;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {} (PORTAL_LISTEN): {e}", config.listen))?
        // Small answers go out at once: without it Nagle's algorithm held each answer on a reused
        // connection until the client's delayed acknowledgement (about 40 ms).
        .tap_io(|tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::debug!(error = %e, "could not set TCP_NODELAY");
            }
        });
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

/// Names this process in job leases (host and process id), for an admin reading the jobs.
fn worker_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_owned()).unwrap_or_default();
    format!("{host}:{}", std::process::id())
}
