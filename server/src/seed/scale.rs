//! Provincial-scale dossiers for the benchmarks (`portal seed --synthetic N --dossiers M --queue Q`):
//! M dossiers spread over three years (or `--years`) on the synthetic catalog's agencies, with
//! the status mix of a working province (most returned, a few refused, withdrawn or stopped, the
//! recent ones still open) and the public timeline of each, plus Q open dossiers waiting at the counter of
//! the first synthetic agency. Never part of the demo: the accounts live under `tai.example`
//! (a reserved domain) and everything sits in the test province `H99`.
//!
//! Rows are written with multi-row `INSERT … VALUES` statements built here (every value is
//! generated, none comes from outside), in transactions of a few thousand dossiers, which loads a
//! million dossiers in minutes on either backend; ids are given explicitly so the events can
//! name their dossier without reading it back.

use super::synthetic::{AGENCIES, Lcg};
use crate::db::schema::{accounts, agencies, dossier_events, dossiers, procedure_forms, procedures};
use crate::db::{Backend, DbConn, DbError};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use shared::dossier::{DossierCode, Status};
use std::collections::HashMap;
use std::fmt::Write;

/// The next free id of a table (ids are given explicitly, see the module comment).
macro_rules! next_id {
    ($conn:expr, $table:ident) => {
        $table::table.select(diesel::dsl::max($table::id)).first::<Option<i64>>($conn)?.unwrap_or(0) + 1
    };
}

/// The counter officer of the first synthetic agency (its queue holds the Q open dossiers).
pub const BENCH_OFFICER: &str = "tiepnhan@tai.example";
/// Their authenticator secret (base32), published so the benchmark can compute the codes.
pub const BENCH_OFFICER_TOTP: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
/// A citizen who files often (a service agent): one dossier in 2,000 is theirs.
pub const BENCH_CITIZEN: &str = "nguoidan000000@tai.example";
/// Every synthetic citizen's e-mail is `nguoidan{n:06}@tai.example`, for n below the report's count.
pub fn citizen_email(n: usize) -> String {
    format!("nguoidan{n:06}@tai.example")
}

/// The minimal e-form of a synthetic procedure: one required text field.
const FORM_JSON: &str = r#"{"key":"don-thu-nghiem","version":1,"title":"Đơn đề nghị (thử nghiệm)","sections":[{"title":"Nội dung","fields":[{"key":"noi_dung","label":"Nội dung đề nghị","type":"long_text","max_chars":2000,"required":true}]}]}"#;

const FAMILY: &[&str] = &["Lò", "Quàng", "Cầm", "Hà", "Nguyễn", "Trần", "Lê", "Phạm", "Vì", "Sùng", "Giàng", "Mùa"];
const MIDDLE: &[&str] = &["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Thanh", "A"];
const GIVEN: &[&str] = &["Hoa", "Dũng", "Lan", "Tuấn", "Mai", "Sơn", "Hương", "Páo", "Dính", "Xuân", "Bình", "Châu"];

/// Dossiers per transaction.
const BATCH: usize = 2_000;
pub struct ScalePlan {
    pub dossiers: usize,
    pub queue: usize,
    /// How many years back from the day the seed runs the dossiers came in (three for the
    /// suite; one for the statistics benchmark's "a year of a million dossiers").
    pub years: u32,
}

#[derive(Debug, Default)]
pub struct ScaleReport {
    pub citizens: usize,
    pub dossiers: usize,
    pub events: usize,
    pub queue: usize,
    pub queue_agency: String,
    /// Already seeded: nothing was written.
    pub existing: bool,
}

struct Context {
    /// (procedure id, agency index, form id, time limit in days) of every synthetic procedure.
    procedures: Vec<(i64, usize, i64, i64)>,
    /// Procedures of agency 0, by index into `procedures` (the queue's), free of fees first.
    first_agency: Vec<usize>,
    agency_ids: Vec<i64>,
    agency_codes: Vec<String>,
    citizens: Vec<(i64, String, String, String)>,
    officer: i64,
    years: i64,
}

/// Writes the plan's dossiers; the synthetic catalog must be there. Does nothing when the bench
/// officer exists already (the data was generated before).
pub fn apply(
    conn: &mut DbConn,
    backend: Backend,
    plan: &ScalePlan,
    password_hash: &str,
) -> Result<ScaleReport, DbError> {
    let already: i64 = accounts::table.filter(accounts::email.eq(BENCH_OFFICER)).count().get_result(conn)?;
    if already > 0 {
        return Ok(ScaleReport { existing: true, ..ScaleReport::default() });
    }
    let now = shared::time::now();
    let ctx = prepare(conn, plan, password_hash, now)?;
    let mut rng = Lcg(0xD055_1E55);
    let mut next_dossier = next_id!(conn, dossiers);
    let mut next_event = next_id!(conn, dossier_events);
    let mut counters: HashMap<(usize, NaiveDate), u32> = HashMap::new();
    let mut report = ScaleReport {
        citizens: ctx.citizens.len(),
        queue: plan.queue.min(plan.dossiers),
        queue_agency: ctx.agency_codes[0].clone(),
        ..ScaleReport::default()
    };
    let mut done = 0;
    while done < plan.dossiers {
        let end = (done + BATCH).min(plan.dossiers);
        let mut dossier_sql = String::with_capacity(BATCH * 600);
        let mut event_sql = String::with_capacity(BATCH * 600);
        for i in done..end {
            let in_queue = i < report.queue;
            let d = invent(&ctx, &mut rng, in_queue, i, now, &mut counters);
            write_dossier(&mut dossier_sql, next_dossier, &d, &ctx);
            for (n, (at, from, to)) in d.events.iter().enumerate() {
                let actor = if n == 0 { ctx.citizens[d.citizen].0 } else { ctx.officer };
                sep(&mut event_sql);
                let from = from.map_or("NULL".to_owned(), |s| format!("'{}'", s.code()));
                let _ = write!(
                    event_sql,
                    "({next_event},{next_dossier},{},{actor},{from},'{}',NULL,TRUE)",
                    ts(*at),
                    to.code()
                );
                next_event += 1;
                report.events += 1;
            }
            next_dossier += 1;
        }
        crate::db::transaction(conn, |conn| {
            conn.batch_execute(&format!(
                "INSERT INTO dossiers (id, code, status, version, procedure_id, form_id, agency_id, \
                 filer_account_id, owner_kind, owner_name, owner_id_number, owner_phone, form_data, \
                 identity_verified, created_at, updated_at, submitted_at, received_at, due_at, finished_at, \
                 at_agency_id, supplement_requests, fee_amount) VALUES {dossier_sql}"
            ))?;
            conn.batch_execute(&format!(
                "INSERT INTO dossier_events (id, dossier_id, at, actor_account_id, from_status, to_status, note, \
                 public) VALUES {event_sql}"
            ))
        })?;
        report.dossiers = end;
        done = end;
        if done % 100_000 == 0 {
            tracing::info!(dossiers = done, "synthetic dossiers written");
        }
    }
    // The day's numbering continues after the generated codes.
    let mut rows: Vec<String> = counters
        .into_iter()
        .map(|((agency, day), last)| format!("({},'{}',{last})", ctx.agency_ids[agency], day.format("%Y-%m-%d")))
        .collect();
    rows.sort();
    for chunk in rows.chunks(5_000) {
        conn.batch_execute(&format!(
            "INSERT INTO dossier_code_counters (agency_id, day, last_number) VALUES {}",
            chunk.join(",")
        ))?;
    }
    if backend == Backend::Postgres {
        // Explicit ids leave the identity sequences behind.
        for table in ["accounts", "dossiers", "dossier_events", "procedure_forms"] {
            conn.batch_execute(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            ))?;
        }
    }
    // The generated dossiers were written around the statistics: count them.
    crate::services::dossier::tally::rebuild(conn, now)?;
    // Statistics for the planner, and (PostgreSQL) the visibility map that index-only scans
    // need, as autovacuum would have left them on a database that grew over three years.
    conn.batch_execute(if backend == Backend::Postgres { "VACUUM ANALYZE" } else { "ANALYZE" })?;
    Ok(report)
}

/// A generated dossier: who, what, and its timeline (time, from, to).
struct Invented {
    procedure: usize,
    agency: usize,
    citizen: usize,
    code: String,
    status: Status,
    submitted: NaiveDateTime,
    received: Option<NaiveDateTime>,
    due: Option<NaiveDateTime>,
    finished: Option<NaiveDateTime>,
    events: Vec<(NaiveDateTime, Option<Status>, Status)>,
}

fn invent(
    ctx: &Context,
    rng: &mut Lcg,
    in_queue: bool,
    i: usize,
    now: NaiveDateTime,
    counters: &mut HashMap<(usize, NaiveDate), u32>,
) -> Invented {
    let procedure =
        if in_queue { ctx.first_agency[rng.pick(ctx.first_agency.len())] } else { rng.pick(ctx.procedures.len()) };
    let (_, agency, _, limit_days) = ctx.procedures[procedure];
    let citizen = if i % 2_000 == 1 { 0 } else { rng.pick(ctx.citizens.len()) };
    // The queue's dossiers came in over the last 30 days; the rest over the plan's years.
    let span_minutes = if in_queue { 30 * 24 * 60 } else { ctx.years * 365 * 24 * 60 };
    let submitted = now - Duration::minutes(1 + rng.pick(span_minutes as usize) as i64);
    let age_days = (now - submitted).num_days();
    let roll = rng.pick(1_000);
    use Status::*;
    let status = if in_queue {
        [Submitted, Submitted, Submitted, Received, Received, Supplemented, Processed, Processed][roll % 8]
    } else if age_days > 60 {
        match roll {
            0..=879 => ResultReturned,
            880..=919 => Refused,
            920..=949 => Withdrawn,
            950..=959 => Stopped,
            _ => Processed,
        }
    } else {
        match roll {
            0..=399 => ResultReturned,
            400..=549 => Processing,
            550..=649 => Processed,
            650..=749 => Received,
            750..=819 => SupplementRequested,
            820..=869 => Refused,
            870..=899 => Withdrawn,
            _ => Submitted,
        }
    };
    // The path through the lifecycle to that status.
    let path: &[Status] = match status {
        Submitted => &[Submitted],
        Received => &[Submitted, Received],
        Refused => &[Submitted, Refused],
        Withdrawn => &[Submitted, Withdrawn],
        Processing => &[Submitted, Received, Processing],
        SupplementRequested => &[Submitted, Received, Processing, SupplementRequested],
        // Asked at the counter before reception, and brought.
        Supplemented => &[Submitted, SupplementRequested, Supplemented],
        Stopped => &[Submitted, Received, Processing, Stopped],
        Processed => &[Submitted, Received, Processing, Processed],
        _ => &[Submitted, Received, Processing, Processed, ResultReturned],
    };
    let mut at = submitted;
    let mut events = Vec::with_capacity(path.len());
    let mut received = None;
    let mut from = Some(Draft);
    for (n, &to) in path.iter().enumerate() {
        if n > 0 {
            // Hours at the counter, days in processing; never in the future.
            let gap = if to == Received { 30 + rng.pick(600) } else { 60 + rng.pick(limit_days as usize * 1_440) };
            at = (at + Duration::minutes(gap as i64)).min(now - Duration::minutes(1));
        }
        if to == Received {
            received = Some(at);
        }
        events.push((at, from, to));
        from = Some(to);
    }
    let vn_day = shared::time::day_of(submitted);
    let sequence = counters.entry((agency, vn_day)).or_insert(0);
    *sequence += 1;
    let code = DossierCode::new(&ctx.agency_codes[agency], (vn_day.year(), vn_day.month(), vn_day.day()), *sequence)
        .map(|c| c.to_string())
        .unwrap_or_default();
    let finished = matches!(status, ResultReturned | Refused | Withdrawn | Stopped).then_some(at);
    Invented {
        procedure,
        agency,
        citizen,
        code,
        status,
        submitted,
        received,
        due: received.map(|r| r + Duration::days(limit_days + limit_days * 2 / 5)),
        finished,
        events,
    }
}

fn write_dossier(sql: &mut String, id: i64, d: &Invented, ctx: &Context) {
    let (procedure_id, _, form_id, _) = ctx.procedures[d.procedure];
    let (account, name, id_number, phone) = &ctx.citizens[d.citizen];
    let updated = d.events.last().map_or(d.submitted, |e| e.0);
    let at_agency = if d.status == Status::Processing { ctx.agency_ids[d.agency].to_string() } else { "NULL".into() };
    let opt = |t: Option<NaiveDateTime>| t.map_or("NULL".to_owned(), ts);
    sep(sql);
    let _ = write!(
        sql,
        "({id},'{}','{}',{},{procedure_id},{form_id},{},{account},'self','{name}','{id_number}','{phone}',\
         '{{\"fields\":{{\"noi_dung\":\"Đề nghị giải quyết thủ tục (dữ liệu thử nghiệm).\"}}}}',FALSE,{},{},{},{},{},{},{at_agency},{},0)",
        d.code,
        d.status.code(),
        d.events.len(),
        ctx.agency_ids[d.agency],
        ts(d.submitted - Duration::minutes(20)),
        ts(updated),
        ts(d.submitted),
        opt(d.received),
        opt(d.due),
        opt(d.finished),
        i32::from(d.status == Status::SupplementRequested || d.status == Status::Supplemented),
    );
}

fn sep(sql: &mut String) {
    if !sql.is_empty() {
        sql.push(',');
    }
}

fn ts(t: NaiveDateTime) -> String {
    format!("'{}'", t.format("%Y-%m-%d %H:%M:%S"))
}

/// Forms, citizens and the counter officer; the catalog's ids.
fn prepare(conn: &mut DbConn, plan: &ScalePlan, password_hash: &str, now: NaiveDateTime) -> Result<Context, DbError> {
    let agency_rows: Vec<(i64, String)> = agencies::table
        .filter(agencies::code.like("%.H99"))
        .order(agencies::code)
        .select((agencies::id, agencies::code))
        .load(conn)?;
    if agency_rows.len() != AGENCIES {
        return Err(crate::db::decode(
            "run `portal seed --synthetic N` first: the synthetic agencies are missing".into(),
        ));
    }
    let agency_index: HashMap<i64, usize> = agency_rows.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let catalog: Vec<(i64, i64, String)> = procedures::table
        .filter(procedures::code.like("9.%"))
        .order(procedures::code)
        .select((procedures::id, procedures::agency_id, procedures::code))
        .load(conn)?;
    // One e-form per synthetic procedure.
    let mut next_form = next_id!(conn, procedure_forms);
    let with_form: Vec<i64> = procedure_forms::table
        .inner_join(procedures::table)
        .filter(procedures::code.like("9.%"))
        .select(procedure_forms::procedure_id)
        .load(conn)?;
    let missing: Vec<String> = catalog
        .iter()
        .filter(|(id, _, _)| !with_form.contains(id))
        .map(|(id, _, _)| {
            let row = format!("({next_form},{id},NULL,'don-thu-nghiem',1,'{FORM_JSON}',{})", ts(now));
            next_form += 1;
            row
        })
        .collect();
    for chunk in missing.chunks(500) {
        conn.batch_execute(&format!(
            "INSERT INTO procedure_forms (id, procedure_id, case_key, form_key, version, schema_json, created_at) VALUES {}",
            chunk.join(",")
        ))?;
    }
    let forms: HashMap<i64, i64> = procedure_forms::table
        .inner_join(procedures::table)
        .filter(procedures::code.like("9.%"))
        .select((procedure_forms::procedure_id, procedure_forms::id))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    let mut rng = Lcg(0xC171_2E45);
    let procedures: Vec<(i64, usize, i64, i64)> = catalog
        .iter()
        .filter_map(|(id, agency, _)| Some((*id, *agency_index.get(agency)?, *forms.get(id)?, 1 + rng.pick(20) as i64)))
        .collect();
    let first_agency: Vec<usize> = (0..procedures.len()).filter(|&p| procedures[p].1 == 0).collect();
    if first_agency.is_empty() {
        return Err(crate::db::decode("the first synthetic agency has no procedure".into()));
    }
    // Citizens: one for every five dossiers, all with the demo password's hash computed once.
    let count = (plan.dossiers / 5).max(1);
    let mut next_account = next_id!(conn, accounts);
    let mut citizens = Vec::with_capacity(count);
    let mut rows = Vec::with_capacity(count);
    for n in 0..count {
        let name = format!(
            "{} {} {}",
            FAMILY[rng.pick(FAMILY.len())],
            MIDDLE[rng.pick(MIDDLE.len())],
            GIVEN[rng.pick(GIVEN.len())]
        );
        // Province 014 (Sơn La), a century-and-sex digit, the birth year, six digits.
        let year = 1950 + rng.pick(55) as i32;
        let id_number = format!("014{}{:02}{:06}", rng.pick(2), year % 100, n);
        let phone = format!("09{:08}", n);
        rows.push(format!(
            "({next_account},'citizen','{}',{},'{id_number}','{name}','{year}-0{}-1{}','{phone}','{password_hash}',TRUE,{})",
            citizen_email(n),
            ts(now),
            1 + rng.pick(9),
            rng.pick(10),
            ts(now)
        ));
        citizens.push((next_account, name, id_number, phone));
        next_account += 1;
    }
    let officer = next_account;
    rows.push(format!(
        "({officer},'officer','{BENCH_OFFICER}',{},NULL,'Cán bộ tiếp nhận thử nghiệm',NULL,NULL,'{password_hash}',FALSE,{})",
        ts(now),
        ts(now)
    ));
    for chunk in rows.chunks(2_000) {
        conn.batch_execute(&format!(
            "INSERT INTO accounts (id, kind, email, email_verified_at, citizen_id, full_name, date_of_birth, phone, \
             password_hash, identity_verified, created_at) VALUES {}",
            chunk.join(",")
        ))?;
    }
    conn.batch_execute(&format!(
        "UPDATE accounts SET totp_secret = '{BENCH_OFFICER_TOTP}', totp_enabled_at = {} WHERE id = {officer};
         INSERT INTO officers (account_id, agency_id, unit_id, title) VALUES ({officer}, {}, NULL, 'Công chức một cửa');
         INSERT INTO officer_roles (account_id, role, granted_at, granted_by) VALUES ({officer}, '{}', {}, NULL);",
        ts(now),
        agency_rows[0].0,
        shared::access::Role::Reception.code(),
        ts(now)
    ))?;
    Ok(Context {
        procedures,
        first_agency,
        agency_ids: agency_rows.iter().map(|(id, _)| *id).collect(),
        agency_codes: agency_rows.into_iter().map(|(_, code)| code).collect(),
        citizens,
        officer,
        years: i64::from(plan.years.max(1)),
    })
}
