//! What the citizen's pages show: my dossiers and drafts, one dossier, my document store; and
//! the notices marked read.

use super::Filing;
use crate::db::schema::{
    admin_units, agencies, businesses, dossier_documents, dossier_events, dossiers, procedure_forms, procedures,
    stored_files,
};
use crate::db::{DbConn, DbError};
use crate::services::catalog::units::choices as unit_choices;
use crate::services::dossier::scope::scoped;
use app::api::ServiceError;
use app::api::filing::{
    DossierRow, DossierView, EventView, FileView, LookupOutcome, MyDossiers, OwnerView, RequirementView, UnitChoice,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::dossier::Status;
use shared::eform::{FormSchema, FormValues};
use shared::time::minute;

/// Rows per list.
const LIST_LIMIT: i64 = 100;
/// Submitted dossiers per page of `/ho-so` (a business or a service agent files hundreds).
const DOSSIERS_PER_PAGE: i64 = 20;
/// Drafts shown at once: a draft is work in progress, a person has a handful.
const DRAFTS_SHOWN: i64 = 50;
/// The last page one may ask for.
const MAX_PAGE: u32 = 5_000;

/// (id, code, procedure name, status, updated at) of a row of the person's lists.
type Row = (i64, Option<String>, String, Status, NaiveDateTime);

#[async_trait::async_trait]
impl app::api::filing::FilingService for Filing {
    async fn unread_notices(&self, actor: &Actor) -> Result<u32, ServiceError> {
        use crate::db::schema::notices;
        decide(actor, Action::FileDossier).map_err(ServiceError::Denied)?;
        let account = actor.account().unwrap_or_default();
        self.db
            .run(move |conn| {
                // Counting stops at 100: the badge says "99+" beyond, and the count stays cheap.
                let ids: Vec<i64> = notices::table
                    .filter(notices::account_id.eq(account))
                    .filter(notices::read_at.is_null())
                    .select(notices::id)
                    .limit(100)
                    .load(conn)?;
                Ok::<_, DbError>(u32::try_from(ids.len()).unwrap_or(100))
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn my_dossiers(&self, actor: &Actor, page: u32) -> Result<MyDossiers, ServiceError> {
        decide(actor, Action::FileDossier).map_err(ServiceError::Denied)?;
        let account = actor.account().unwrap_or_default();
        let page = page.clamp(1, MAX_PAGE);
        self.db
            .run(move |conn| {
                let draft = Status::Draft.code();
                let mine = || {
                    dossiers::table
                        .inner_join(procedures::table)
                        .filter(dossiers::filer_account_id.eq(account))
                        .order((dossiers::updated_at.desc(), dossiers::id.desc()))
                        .select((
                            dossiers::id,
                            dossiers::code,
                            procedures::name,
                            dossiers::status,
                            dossiers::updated_at,
                        ))
                };
                // A counter's draft for this person is the counter's until submitted.
                let online = shared::dossier::Channel::Online.code();
                let drafts: Vec<Row> = mine()
                    .filter(dossiers::status.eq(draft))
                    .filter(dossiers::channel.eq(online))
                    .limit(DRAFTS_SHOWN)
                    .load(conn)?;
                let mut submitted: Vec<Row> = mine()
                    .filter(dossiers::status.ne(draft))
                    .limit(DOSSIERS_PER_PAGE + 1)
                    .offset(i64::from(page - 1) * DOSSIERS_PER_PAGE)
                    .load(conn)?;
                let has_next = submitted.len() as i64 > DOSSIERS_PER_PAGE;
                submitted.truncate(DOSSIERS_PER_PAGE as usize);
                let rows = |rows: Vec<Row>| -> Vec<DossierRow> {
                    rows.into_iter()
                        .map(|(id, code, procedure_name, status, updated)| DossierRow {
                            id,
                            code,
                            procedure_name,
                            status,
                            updated: minute(updated),
                            unread: 0,
                        })
                        .collect()
                };
                let (drafts, mut dossiers) = (rows(drafts), rows(submitted));
                crate::services::dossier::unread::count_rows(conn, account, &mut dossiers)?;
                let files = store(conn, account)?;
                let notices: Vec<(Option<i64>, String, String, NaiveDateTime)> = {
                    use crate::db::schema::notices;
                    notices::table
                        .filter(notices::account_id.eq(account))
                        .filter(notices::read_at.is_null())
                        .order(notices::id.desc())
                        .limit(20)
                        .select((notices::dossier_id, notices::message, notices::message_en, notices::created_at))
                        .load(conn)?
                };
                let notices = notices
                    .into_iter()
                    .map(|(dossier_id, message, message_en, at)| app::api::filing::NoticeView {
                        dossier_id,
                        message,
                        message_en,
                        at: minute(at),
                    })
                    .collect();
                Ok::<_, DbError>(MyDossiers { drafts, dossiers, files, notices, page, has_next })
            })
            .await
            .map_err(crate::services::unexpected)
    }

    async fn dossier(&self, actor: &Actor, id: i64) -> Result<DossierView, ServiceError> {
        decide(actor, Action::SignedIn).map_err(ServiceError::Denied)?;
        let actor = actor.clone();
        let file_limit = self.file_limit;
        let view = self
            .db
            .run(move |conn| dossier_view(conn, &actor, id, file_limit))
            .await
            .map_err(crate::services::unexpected)?;
        view.ok_or(ServiceError::NotFound)
    }

    async fn autosave(&self, actor: &Actor, id: i64, pairs: Vec<(String, String)>) -> Result<String, ServiceError> {
        use super::DraftError;
        match self.save_posted(actor, id, &pairs).await {
            // An incomplete owner is saved as far as it goes; the page says what is missing.
            Ok(()) | Err(DraftError::Invalid(_)) => {
                Ok(shared::time::local(shared::time::now()).format("%H:%M:%S").to_string())
            }
            Err(DraftError::Denied(d)) => Err(ServiceError::Denied(d)),
            Err(DraftError::NotFound | DraftError::NotEditable | DraftError::NoForm) => Err(ServiceError::NotFound),
            Err(DraftError::Conflict) => Err(ServiceError::Invalid("changed meanwhile".to_owned())),
            Err(DraftError::Unexpected(e)) => Err(crate::services::unexpected(format!("{e:#}"))),
        }
    }

    async fn rating(
        &self,
        actor: &Actor,
        code: String,
        check: Option<String>,
        client: String,
    ) -> Result<app::api::filing::RatingOutcome, ServiceError> {
        Filing::rating(self, actor, code, check, client).await.map_err(crate::services::unexpected)
    }

    async fn progress_board(
        &self,
        agency: Option<String>,
        month: Option<String>,
        page: u32,
    ) -> Result<app::api::filing::ProgressBoard, ServiceError> {
        Filing::progress_board(self, agency, month, page).await.map_err(crate::services::unexpected)
    }

    async fn lookup(&self, code: String, check: String, client: String) -> Result<LookupOutcome, ServiceError> {
        Filing::lookup(self, code, check, client).await.map_err(crate::services::unexpected)
    }

    async fn verify_result(
        &self,
        code: String,
        sha256: Option<String>,
        client: String,
    ) -> Result<app::api::filing::VerifyOutcome, ServiceError> {
        Filing::verify_result(self, code, sha256, client).await.map_err(crate::services::unexpected)
    }
}

impl Filing {
    /// Marks the notices of `actor`'s account read; how many were unread.
    pub async fn mark_notices_read(&self, actor: &Actor) -> Result<usize, DbError> {
        use crate::db::schema::notices;
        let Some(account) = actor.account() else { return Ok(0) };
        self.db
            .run(move |conn| {
                diesel::update(
                    notices::table.filter(notices::account_id.eq(account)).filter(notices::read_at.is_null()),
                )
                .set(notices::read_at.eq(shared::time::now()))
                .execute(conn)
                .map_err(DbError::from)
            })
            .await
    }
}

/// Dossier `id`'s page as `actor` sees it, or `None` when they may not see it.
fn dossier_view(conn: &mut DbConn, actor: &Actor, id: i64, file_limit: u64) -> Result<Option<DossierView>, DbError> {
    let Some(s) = scoped(conn, id)? else { return Ok(None) };
    if decide(actor, Action::ViewDossier(s.scope)).is_err() {
        return Ok(None);
    }
    // An officer reading someone's personal data leaves a trace.
    if let shared::access::Actor::Officer { account, .. } = actor {
        audit_officer_read(conn, crate::services::audit::Event::DossierOpened, *account, id)?;
    }
    let applicant = super::fills(actor, s.scope);
    let editable = matches!(s.status, Status::Draft | Status::SupplementRequested) && applicant;
    let Head { code, procedure_id, procedure_code, procedure_name, agency_name, schema, values, owner, submitted, due } =
        head(conn, id)?;
    let case = crate::services::dossier::case::case_of(conn, id)?;
    let requirements = crate::services::dossier::case::requirements(conn, procedure_id, case.as_deref())?;
    let files = attached(conn, id)?;
    let documents = requirement_views(requirements, &files, &schema);
    let events = timeline(conn, id, matches!(actor, Actor::Officer { .. }))?;
    let apology_available = crate::services::dossier::notices::approved_apology(conn, id)?.is_some();
    let refusal_slip_available = crate::services::records::refused_at_reception(conn, id)?;
    let refusal_answer_available = s.status == Status::Refused && !refusal_slip_available;
    let fee = fee_view(conn, id, s.status, applicant)?;
    let received = dossiers::table
        .filter(dossiers::id.eq(id))
        .select(dossiers::received_at)
        .first::<Option<NaiveDateTime>>(conn)?
        .is_some();
    let memberships = memberships(conn, actor)?;
    let aids = form_aids(conn, actor, id, editable, &schema, &values)?;
    let receiver: (String, String) = agencies::table
        .inner_join(dossiers::table.on(dossiers::agency_id.eq(agencies::id)))
        .filter(dossiers::id.eq(id))
        .select((agencies::code, agencies::name))
        .first(conn)?;
    Ok(Some(DossierView {
        id,
        code,
        status: s.status,
        editable,
        procedure_code,
        procedure_name,
        agency_name,
        schema,
        values,
        documents,
        cases: crate::services::dossier::case::cases(conn, procedure_id)?
            .into_iter()
            .map(|(key, name)| app::api::filing::Choice { key, name })
            .collect(),
        case,
        receivers: super::receiving::of_procedure(conn, procedure_id)?
            .into_iter()
            .map(|(_, key, name)| app::api::filing::Choice { key, name })
            .collect(),
        receiver: receiver.0,
        receiver_name: receiver.1,
        owner,
        counter: s.scope.counter,
        businesses: memberships,
        units: aids.units,
        events,
        submitted_at: submitted.map(minute),
        appointment: due.map(minute),
        file_limit_mb: file_limit / (1024 * 1024),
        open_problems: aids.problems,
        missing_documents: aids.missing,
        store_files: aids.store_files,
        version: s.version,
        receipt_available: received,
        apology_available,
        refusal_slip_available,
        refusal_answer_available,
        fee,
        result_files: files
            .iter()
            .filter(|f| f.1 == crate::services::dossier::documents::RESULT_REQUIREMENT)
            .map(attached_view)
            .collect(),
        can_rate: applicant && shared::rating::may_rate(s.status),
        can_withdraw: applicant
            && shared::dossier::apply(s.status, shared::dossier::Move::Withdraw, shared::dossier::By::Applicant)
                .is_ok(),
    }))
}

/// A dossier's own row: its procedure, the deciding agency, its form and answers, its owner.
struct Head {
    code: Option<String>,
    procedure_id: i64,
    procedure_code: String,
    procedure_name: String,
    agency_name: String,
    schema: FormSchema,
    values: FormValues,
    owner: OwnerView,
    submitted: Option<NaiveDateTime>,
    due: Option<NaiveDateTime>,
}

/// Loads dossier `id`'s own row and reads its form and answers.
fn head(conn: &mut DbConn, id: i64) -> Result<Head, DbError> {
    #[allow(clippy::type_complexity)]
    let (
        code,
        procedure_id,
        procedure_code,
        procedure_name,
        agency_name,
        data,
        schema_json,
        owner,
        (submitted, due),
    ): (
        Option<String>,
        i64,
        String,
        String,
        String,
        String,
        String,
        (String, String, Option<String>, Option<String>, Option<i64>),
        (Option<NaiveDateTime>, Option<NaiveDateTime>),
    ) = dossiers::table
        // The deciding agency (the procedure's), not the unit that received it.
        .inner_join(procedures::table.inner_join(agencies::table))
        .inner_join(procedure_forms::table)
        .filter(dossiers::id.eq(id))
        .select((
            dossiers::code,
            dossiers::procedure_id,
            procedures::code,
            procedures::name,
            agencies::name,
            dossiers::form_data,
            procedure_forms::schema_json,
            (
                dossiers::owner_kind,
                dossiers::owner_name,
                dossiers::owner_id_number,
                dossiers::owner_phone,
                dossiers::business_id,
            ),
            (dossiers::submitted_at, dossiers::due_at),
        ))
        .first(conn)?;
    let schema: FormSchema = serde_json::from_str(&schema_json).map_err(|e| crate::db::decode(e.to_string()))?;
    let values: FormValues = serde_json::from_str(&data).map_err(|e| crate::db::decode(e.to_string()))?;
    let (owner_kind, owner_name, owner_id, owner_phone, business_id) = owner;
    let owner = OwnerView { kind: owner_kind, name: owner_name, id_number: owner_id, phone: owner_phone, business_id };
    Ok(Head { code, procedure_id, procedure_code, procedure_name, agency_name, schema, values, owner, submitted, due })
}

/// (document id, requirement, file id, name, content type, size) of a file attached to a dossier.
type Attached = (i64, i32, i64, String, String, i64);

/// The files attached to dossier `id`, the applicant's and the office's result, in order.
fn attached(conn: &mut DbConn, id: i64) -> Result<Vec<Attached>, DbError> {
    Ok(dossier_documents::table
        .inner_join(stored_files::table)
        .filter(dossier_documents::dossier_id.eq(id))
        .order(dossier_documents::id)
        .select((
            dossier_documents::id,
            dossier_documents::requirement,
            stored_files::id,
            stored_files::display_name,
            stored_files::content_type,
            stored_files::size_bytes,
        ))
        .load(conn)?)
}

/// How an attached file is shown.
fn attached_view(f: &Attached) -> FileView {
    FileView {
        document_id: Some(f.0),
        file_id: f.2,
        name: f.3.clone(),
        content_type: f.4.clone(),
        size: u64::try_from(f.5).unwrap_or(0),
    }
}

/// The documents asked for, each with its attached files; the form's own requirement, if it
/// stands for one, is not listed.
fn requirement_views(
    requirements: Vec<crate::services::dossier::case::Requirement>,
    files: &[Attached],
    schema: &FormSchema,
) -> Vec<RequirementView> {
    requirements
        .into_iter()
        .filter(|r| Some(r.ordinal) != schema.replaces_requirement)
        .map(|r| RequirementView {
            ordinal: r.ordinal,
            name: r.name,
            mandatory: r.mandatory,
            files: files.iter().filter(|f| f.1 == r.ordinal).map(attached_view).collect(),
        })
        .collect()
}

/// Dossier `id`'s timeline, as an officer or the applicant may see it.
fn timeline(conn: &mut DbConn, id: i64, officer: bool) -> Result<Vec<EventView>, DbError> {
    // The applicant sees the public steps; officers also see the internal hand-overs
    // and their notes.
    let mut events_query = dossier_events::table.filter(dossier_events::dossier_id.eq(id)).into_boxed();
    if !officer {
        events_query = events_query.filter(dossier_events::public.eq(true));
    }
    let events: Vec<(NaiveDateTime, Status, Option<String>)> = events_query
        .order(dossier_events::id)
        .select((dossier_events::at, dossier_events::to_status, dossier_events::note))
        .load(conn)?;
    Ok(events.into_iter().map(|(at, status, note)| EventView { at: minute(at), status, note }).collect())
}

/// Dossier `id`'s fee, if it has one; payable here only by the `applicant`.
fn fee_view(
    conn: &mut DbConn,
    id: i64,
    status: Status,
    applicant: bool,
) -> Result<Option<app::api::filing::FeeView>, DbError> {
    let fee = crate::services::payments::fee_status(conn, id, status)?;
    Ok(fee.map(|f| app::api::filing::FeeView {
        amount: shared::money::Vnd(f.amount).display(),
        at_submission: f.due == shared::payment::FeeDue::AtSubmission,
        paid: f.paid_at.is_some(),
        payable: f.payable && applicant,
        refunded: (f.refunded > 0).then(|| shared::money::Vnd(f.refunded).display()),
        exemption: f.exemption,
        rules: f.rules,
    }))
}

/// The businesses a person may file for (none for an officer).
fn memberships(conn: &mut DbConn, actor: &Actor) -> Result<Vec<(i64, String)>, DbError> {
    Ok(match actor {
        Actor::Person { businesses: ids, .. } => businesses::table
            .filter(businesses::id.eq_any(ids))
            .order(businesses::name)
            .select((businesses::id, businesses::name))
            .load(conn)?,
        _ => Vec::new(),
    })
}

/// What the form around the answers needs: unit names, and for a draft being edited the
/// viewer's document store and what still stops submission.
struct FormAids {
    units: Vec<UnitChoice>,
    store_files: Vec<FileView>,
    problems: Vec<shared::eform::FieldProblem>,
    missing: Vec<i32>,
}

/// Loads the form's aids for dossier `id`, fuller when it is `editable`.
fn form_aids(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    editable: bool,
    schema: &FormSchema,
    values: &FormValues,
) -> Result<FormAids, DbError> {
    // To fill in: every unit in force; to read: the names of the units answered
    // (abolished ones too, as an old dossier names them).
    let units = if editable { unit_choices(conn)? } else { units_answered(conn, schema, values)? };
    let store_files = match (editable, actor.account()) {
        (true, Some(account)) => store(conn, account)?.into_iter().map(|f| f.file).collect(),
        _ => Vec::new(),
    };
    let (problems, missing) = if editable { super::submit::completeness(conn, id)? } else { (Vec::new(), Vec::new()) };
    Ok(FormAids { units, store_files, problems, missing })
}

/// The account's document store, newest first: one entry per distinct file (by its hash), with
/// its upload date and whether a dossier holds it.
fn store(conn: &mut crate::db::DbConn, account: i64) -> Result<Vec<app::api::filing::StoredFile>, DbError> {
    let rows: Vec<(i64, String, String, i64, String, NaiveDateTime)> = stored_files::table
        .filter(stored_files::account_id.eq(account))
        .order(stored_files::id.desc())
        .limit(LIST_LIMIT)
        .select((
            stored_files::id,
            stored_files::display_name,
            stored_files::content_type,
            stored_files::size_bytes,
            stored_files::sha256,
            stored_files::created_at,
        ))
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let held: std::collections::BTreeSet<i64> = dossier_documents::table
        .filter(dossier_documents::file_id.eq_any(&ids))
        .select(dossier_documents::file_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    Ok(rows
        .into_iter()
        .filter(|row| seen.insert(row.4.clone()))
        .map(|(file_id, name, content_type, size, _, at)| app::api::filing::StoredFile {
            file: FileView { document_id: None, file_id, name, content_type, size: u64::try_from(size).unwrap_or(0) },
            uploaded: shared::time::date_of(at),
            in_use: held.contains(&file_id),
        })
        .collect())
}

/// The administrative units `values` names in `schema`'s unit fields (of groups too), by name.
fn units_answered(
    conn: &mut crate::db::DbConn,
    schema: &FormSchema,
    values: &FormValues,
) -> Result<Vec<UnitChoice>, DbError> {
    use shared::eform::FieldKind;
    let mut codes: Vec<String> = Vec::new();
    for field in schema.fields() {
        match &field.kind {
            FieldKind::AdminUnit => codes.push(values.get(&field.key).to_owned()),
            FieldKind::Group { fields, .. } => {
                let rows = values.groups.get(&field.key).map(Vec::as_slice).unwrap_or_default();
                for member in fields.iter().filter(|f| matches!(f.kind, FieldKind::AdminUnit)) {
                    codes.extend(rows.iter().filter_map(|r| r.get(&member.key).cloned()));
                }
            }
            _ => {}
        }
    }
    codes.retain(|c| !c.trim().is_empty());
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String, String)> = admin_units::table
        .filter(admin_units::code.eq_any(codes))
        .select((admin_units::code, admin_units::name))
        .load(conn)?;
    Ok(rows.into_iter().map(|(code, name)| UnitChoice { code, name }).collect())
}

/// An audit line for an officer who read a dossier or one of its documents.
pub(crate) fn audit_officer_read(
    conn: &mut DbConn,
    event: crate::services::audit::Event,
    officer: i64,
    dossier: i64,
) -> Result<(), DbError> {
    let entry = crate::services::audit::Entry {
        event,
        actor: Some(officer),
        subject: Some(format!("dossier:{dossier}")),
        ip: None,
        detail: None,
    };
    crate::services::audit::record(conn, shared::time::now(), entry)
}
