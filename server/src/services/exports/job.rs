//! The job that writes one export. Each run is a new attempt: it removes what an earlier attempt
//! left in the store (a worker that died mid-way, its lease run out), reads the dossiers a page
//! at a time into the file (`file.rs`), then streams the file into the store under
//! `exports/{id}/{attempt}/`. Only the update that ends a complete attempt — while the row is
//! still at that attempt — sets the key and makes the export ready: no half file is ever offered.

use super::file::ExportFile;
use crate::db::schema::{dossier_documents, dossiers, export_jobs, procedures, stored_files};
use crate::db::{Db, DbError};
use crate::services::jobs::MAX_ATTEMPTS;
use crate::storage::Store;
use anyhow::{Context, Result};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use futures::StreamExt;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use shared::dossier::{Channel, Status};
use shared::exports::{ExportRequest, ExportState, KEPT_DAYS, Scope};

/// Dossiers read at once.
const PAGE: i64 = 500;

/// A dossier as the list shows it: (id, code, procedure, applicant, status, channel, submitted,
/// received, due, finished).
type Row = (
    i64,
    Option<String>,
    i64,
    String,
    Status,
    i32,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

/// Writes export `id` (the job's payload); an export already ready or given up is left alone.
pub async fn run(db: &Db, store: &Store, base: &url::Url, id: i64) -> Result<()> {
    let Some((attempt, account, request)) = db.run(move |conn| begin(conn, id)).await? else { return Ok(()) };
    match write(db, store, id, attempt, &request).await {
        Ok(true) => {
            let base = base.clone();
            db.run(move |conn| tell(conn, id, account, &base)).await?;
            Ok(())
        }
        // A later attempt took over (this one outlived its lease): that one tells the asker.
        Ok(false) => Ok(()),
        Err(e) => {
            let message = format!("{e:#}");
            // The last try: the export is given up, and said so on the page.
            let state = if attempt >= MAX_ATTEMPTS { ExportState::Failed } else { ExportState::Writing };
            db.run(move |conn| {
                let row = export_jobs::table.filter(export_jobs::id.eq(id)).filter(export_jobs::attempt.eq(attempt));
                Ok::<_, DbError>(
                    diesel::update(row)
                        .set((export_jobs::state.eq(state.code()), export_jobs::error.eq(&message)))
                        .execute(conn)?,
                )
            })
            .await?;
            Err(e)
        }
    }
}

/// Starts a new attempt at export `id`: (the attempt, who asked, what), or nothing to do.
fn begin(conn: &mut crate::db::DbConn, id: i64) -> Result<Option<(i32, i64, ExportRequest)>, DbError> {
    let open = [ExportState::Waiting.code(), ExportState::Writing.code()];
    let updated =
        diesel::update(export_jobs::table.filter(export_jobs::id.eq(id)).filter(export_jobs::state.eq_any(open)))
            .set((
                export_jobs::state.eq(ExportState::Writing.code()),
                export_jobs::attempt.eq(export_jobs::attempt + 1),
                export_jobs::rows_done.eq(0),
                export_jobs::error.eq(None::<String>),
            ))
            .execute(conn)?;
    if updated == 0 {
        return Ok(None);
    }
    let (attempt, account, request): (i32, i64, String) = export_jobs::table
        .filter(export_jobs::id.eq(id))
        .select((export_jobs::attempt, export_jobs::account_id, export_jobs::request))
        .first(conn)?;
    let request = serde_json::from_str(&request).map_err(|e| crate::db::decode(format!("export {id}: {e}")))?;
    Ok(Some((attempt, account, request)))
}

/// The whole attempt: leftovers removed, the file written and stored, the export made ready
/// (true), unless a later attempt took it over meanwhile (false). The file is written on the
/// blocking pool, a page of rows at a time, so a large export never stalls the web server's
/// threads.
async fn write(db: &Db, store: &Store, id: i64, attempt: i32, request: &ExportRequest) -> Result<bool> {
    remove_prefix(store, &format!("exports/{id}/")).await?;
    let total = {
        let request = request.clone();
        db.run(move |conn| Ok::<_, DbError>(chosen(&request).count().get_result::<i64>(conn)?)).await?
    };
    progress(db, id, attempt, Some(total), 0).await?;
    let names: std::collections::HashMap<i64, String> = db
        .run(|conn| {
            Ok::<_, DbError>(procedures::table.select((procedures::id, procedures::name)).load::<(i64, String)>(conn)?)
        })
        .await?
        .into_iter()
        .collect();
    let mut file = ExportFile::new(request.format, request.documents)?;
    let (mut after, mut done) = (0_i64, 0_i64);
    loop {
        let asked = request.clone();
        let rows: Vec<Row> = db
            .run(move |conn| {
                Ok::<_, DbError>(
                    chosen(&asked)
                        .filter(dossiers::id.gt(after))
                        .order(dossiers::id)
                        .limit(PAGE)
                        .select((
                            dossiers::id,
                            dossiers::code,
                            dossiers::procedure_id,
                            dossiers::owner_name,
                            dossiers::status,
                            dossiers::channel,
                            dossiers::submitted_at,
                            dossiers::received_at,
                            dossiers::due_at,
                            dossiers::finished_at,
                        ))
                        .load(conn)?,
                )
            })
            .await?;
        let Some(last) = rows.last().map(|r| r.0) else { break };
        let lines: Vec<[String; 9]> = rows.iter().map(|row| cells(row, &names)).collect();
        file = tokio::task::spawn_blocking(move || {
            for line in &lines {
                file.row(line)?;
            }
            Ok::<_, anyhow::Error>(file)
        })
        .await??;
        if request.documents {
            copy_documents(db, store, &mut file, &rows).await?;
        }
        (after, done) = (last, done + rows.len() as i64);
        progress(db, id, attempt, None, done).await?;
    }
    let stem = format!("ho-so-{id}");
    let (path, name, _dir) = tokio::task::spawn_blocking(move || file.finish(&stem)).await??;
    renew_lease(db, id).await?;
    let key = Path::from(format!("exports/{id}/{attempt}/{name}"));
    let size = crate::storage::upload_file(store, &path, &key).await?;
    let now = shared::time::now();
    let (key_text, name_text) = (key.to_string(), name.clone());
    let ready = db
        .run(move |conn| {
            let row = export_jobs::table.filter(export_jobs::id.eq(id)).filter(export_jobs::attempt.eq(attempt));
            Ok::<_, DbError>(
                diesel::update(row)
                    .set((
                        export_jobs::state.eq(ExportState::Ready.code()),
                        export_jobs::object_key.eq(&key_text),
                        export_jobs::file_name.eq(&name_text),
                        export_jobs::size_bytes.eq(size as i64),
                        export_jobs::finished_at.eq(now),
                        export_jobs::expires_at.eq(now + Duration::days(KEPT_DAYS)),
                    ))
                    .execute(conn)?,
            )
        })
        .await?;
    if ready == 0 {
        // A later attempt took over meanwhile: it offers its own file.
        let _ = store.delete(&key).await;
    }
    Ok(ready == 1)
}

type Chosen = dossiers::BoxedQuery<'static, <crate::db::DbConn as diesel::Connection>::Backend>;

/// The dossiers an export holds: its scope's, submitted in its days (never a draft), narrowed
/// as asked.
fn chosen(request: &ExportRequest) -> Chosen {
    let mut query = dossiers::table
        .filter(dossiers::status.ne(Status::Draft))
        .filter(dossiers::submitted_at.ge(shared::time::start_of(request.from)))
        .filter(dossiers::submitted_at.lt(shared::time::end_of(request.to)))
        .into_boxed();
    query = match request.scope {
        Scope::Agency(agency) => query.filter(dossiers::agency_id.eq(agency)),
        Scope::Business(business) => query.filter(dossiers::business_id.eq(business)),
    };
    if let Some(procedure) = request.procedure {
        query = query.filter(dossiers::procedure_id.eq(procedure));
    }
    if let Some(status) = request.status {
        query = query.filter(dossiers::status.eq(status));
    }
    query
}

fn cells(row: &Row, procedures: &std::collections::HashMap<i64, String>) -> [String; 9] {
    let (_, code, procedure, owner, status, channel, submitted, received, due, finished) = row;
    let procedure = procedures.get(procedure).cloned().unwrap_or_default();
    let when = |at: &Option<NaiveDateTime>| at.map(shared::time::minute).unwrap_or_default();
    use app::i18n::t;
    let lang = app::i18n::Lang::Vi;
    [
        code.clone().unwrap_or_default(),
        procedure,
        owner.clone(),
        app::i18n::status_label(*status, lang).to_owned(),
        match Channel::from_code(*channel) {
            Channel::Online => t::CHANNEL_ONLINE,
            Channel::Counter => t::CHANNEL_COUNTER,
            Channel::Postal => t::CHANNEL_POSTAL,
        }
        .get(lang)
        .to_owned(),
        when(submitted),
        when(received),
        when(due),
        when(finished),
    ]
}

/// Copies the documents of `rows` into the ZIP, each streamed from the store as it comes.
async fn copy_documents(db: &Db, store: &Store, file: &mut ExportFile, rows: &[Row]) -> Result<()> {
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let docs: Vec<(i64, i32, String, String)> = db
        .run(move |conn| {
            Ok::<_, DbError>(
                dossier_documents::table
                    .inner_join(stored_files::table)
                    .filter(dossier_documents::dossier_id.eq_any(&ids))
                    .order((dossier_documents::dossier_id, dossier_documents::requirement, dossier_documents::id))
                    .select((
                        dossier_documents::dossier_id,
                        dossier_documents::requirement,
                        stored_files::display_name,
                        stored_files::object_key,
                    ))
                    .load(conn)?,
            )
        })
        .await?;
    let codes: std::collections::HashMap<i64, String> =
        rows.iter().map(|r| (r.0, r.1.clone().unwrap_or_else(|| format!("ho-so-{}", r.0)))).collect();
    let mut ordinal = (0_i64, 0_usize);
    for (dossier, _, name, key) in &docs {
        // Numbered within each dossier's folder.
        ordinal = if ordinal.0 == *dossier { (ordinal.0, ordinal.1 + 1) } else { (*dossier, 1) };
        let code = codes.get(dossier).map(String::as_str).unwrap_or_default();
        file.start_document(code, ordinal.1, name)?;
        let mut body =
            store.get(&Path::from(key.as_str())).await.with_context(|| format!("document {key}"))?.into_stream();
        while let Some(chunk) = body.next().await {
            file.document_chunk(&chunk?)?;
        }
    }
    Ok(())
}

/// Keeps the export's job claimed by this worker while it works (the jobs' lease, ten minutes by
/// default; a long export must not be taken by another worker and written twice).
async fn renew_lease(db: &Db, id: i64) -> Result<()> {
    use crate::db::schema::jobs;
    let until = shared::time::now() + crate::services::jobs::lease();
    db.run(move |conn| {
        Ok::<_, DbError>(
            diesel::update(
                jobs::table
                    .filter(jobs::kind.eq(shared::jobs::JobKind::Export.code()))
                    .filter(jobs::dedupe_key.eq(id.to_string()))
                    .filter(jobs::done_at.is_null()),
            )
            .set(jobs::locked_until.eq(until))
            .execute(conn)?,
        )
    })
    .await?;
    Ok(())
}

/// Records how far the attempt got, and keeps its job claimed.
async fn progress(db: &Db, id: i64, attempt: i32, total: Option<i64>, done: i64) -> Result<()> {
    renew_lease(db, id).await?;
    db.run(move |conn| {
        let row = export_jobs::table.filter(export_jobs::id.eq(id)).filter(export_jobs::attempt.eq(attempt));
        Ok::<_, DbError>(match total {
            Some(total) => diesel::update(row)
                .set((export_jobs::rows_total.eq(total), export_jobs::rows_done.eq(done)))
                .execute(conn)?,
            None => diesel::update(row).set(export_jobs::rows_done.eq(done)).execute(conn)?,
        })
    })
    .await?;
    Ok(())
}

/// Removes every object under `prefix` (what earlier attempts left).
pub(super) async fn remove_prefix(store: &Store, prefix: &str) -> Result<()> {
    let mut listing = store.list(Some(&Path::from(prefix)));
    let mut keys = Vec::new();
    while let Some(meta) = listing.next().await {
        keys.push(meta?.location);
    }
    for key in keys {
        store.delete(&key).await?;
    }
    Ok(())
}

/// Mails the person who asked that the file is ready, with the page's link (they sign in to
/// download it).
fn tell(conn: &mut crate::db::DbConn, id: i64, account: i64, base: &url::Url) -> Result<(), DbError> {
    use crate::db::schema::accounts;
    let to: Option<String> = accounts::table
        .filter(accounts::id.eq(account))
        .filter(accounts::disabled_at.is_null())
        .select(accounts::email)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    let Some(to) = to else { return Ok(()) };
    let expires: Option<NaiveDateTime> =
        export_jobs::table.filter(export_jobs::id.eq(id)).select(export_jobs::expires_at).first(conn)?;
    let link = base.join("/xuat-du-lieu").map(|u| u.to_string()).unwrap_or_default();
    let until = expires.map(shared::time::minute).unwrap_or_default();
    let (subject, body) = app::i18n::mail::compose_in(&app::i18n::mail::EXPORT_READY, |_| {
        vec![("link", link.clone()), ("until", until.clone())]
    });
    crate::services::notify::enqueue(
        conn,
        shared::time::now(),
        crate::services::notify::Mail { to: &to, subject: &subject, body: &body },
    )
}
