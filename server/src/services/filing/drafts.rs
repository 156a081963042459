//! Drafts: created from a procedure's current e-form (prefilled from the account), saved as
//! often as the filer likes (autosave or the save button), deleted by their filer. Only drafts
//! change; the `version` column makes two saves from two tabs fail cleanly instead of mixing.

use super::{Filing, own_draft};
use crate::db::schema::{accounts, dossiers, procedure_forms, procedures};
use crate::db::{DbConn, DbError};
use crate::services::catalog::in_force;
use crate::services::dossier::case::{case_of, cases};
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::catalog::OnlineLevel;
use shared::dossier::{Channel, Status};
use shared::eform::{FieldProblem, FormSchema, FormValues, GENERIC_FORM_KEY, Prefill, Problem, generic_form};
use shared::identity::{CitizenId, Phone};
use shared::time::now;

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// Unknown, or not the actor's: the same answer.
    #[error("not found")]
    NotFound,
    #[error("denied")]
    Denied(Denial),
    /// The procedure has no e-form for online filing.
    #[error("no e-form")]
    NoForm,
    /// No longer a draft (submitted).
    #[error("not editable")]
    NotEditable,
    /// Saved meanwhile from elsewhere; reload.
    #[error("changed meanwhile")]
    Conflict,
    #[error("invalid owner")]
    Invalid(Vec<FieldProblem>),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbError> for DraftError {
    fn from(e: DbError) -> Self {
        DraftError::Unexpected(e.into())
    }
}

/// For whom the dossier is filed (chủ hồ sơ).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnerChoice {
    /// The filer themself.
    Myself,
    /// A business the filer is a member of: every member sees the dossier.
    Business(i64),
    /// Another person, whom the filer represents (ủy quyền).
    Other { name: String, id_number: String, phone: String },
}

impl OwnerChoice {
    /// From the form's `chu_ho_so` radio and the other-person fields.
    pub fn from_fields(get: impl Fn(&str) -> String) -> OwnerChoice {
        let choice = get("chu_ho_so");
        if let Some(id) = choice.strip_prefix("dn:").and_then(|s| s.parse().ok()) {
            return OwnerChoice::Business(id);
        }
        if choice == "nguoi_khac" {
            return OwnerChoice::Other {
                name: shared::text::nfc(get("chu_ho_so_ten").trim()),
                id_number: get("chu_ho_so_dinh_danh").trim().to_owned(),
                phone: get("chu_ho_so_dien_thoai").trim().to_owned(),
            };
        }
        OwnerChoice::Myself
    }
}

/// Account data for prefilling.
pub(super) struct Me {
    pub full_name: String,
    pub citizen_id: Option<String>,
    pub birth: Option<chrono::NaiveDate>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub identity_verified: bool,
}

pub(super) fn me(conn: &mut DbConn, account: i64) -> Result<Me, DbError> {
    let (full_name, citizen_id, birth, phone, email, identity_verified) = accounts::table
        .filter(accounts::id.eq(account))
        .select((
            accounts::full_name,
            accounts::citizen_id,
            accounts::date_of_birth,
            accounts::phone,
            accounts::email,
            accounts::identity_verified,
        ))
        .first(conn)?;
    Ok(Me { full_name, citizen_id, birth, phone, email, identity_verified })
}

pub(super) fn prefilled(schema: &FormSchema, me: &Me) -> FormValues {
    let mut values = FormValues::default();
    for field in schema.fields() {
        let value = match field.prefill {
            Some(Prefill::FullName) => Some(me.full_name.clone()),
            Some(Prefill::CitizenId) => me.citizen_id.clone(),
            Some(Prefill::BirthDate) => me.birth.map(shared::time::iso_date),
            // Stored E.164; the form shows the national form people type.
            Some(Prefill::Phone) => me.phone.as_deref().and_then(|p| Phone::parse(p).ok()).map(|p| p.display()),
            Some(Prefill::Email) => me.email.clone(),
            // An account keeps no address: the field only marks what the receipt prints.
            Some(Prefill::Address) | None => None,
        };
        if let Some(v) = value {
            values.fields.insert(field.key.clone(), v);
        }
    }
    values
}

/// The posted field that chooses the dossier's case.
pub const CASE_FIELD: &str = "truong_hop";

/// Whether `case` is one of dossier `id`'s procedure's cases.
fn is_case_of(conn: &mut DbConn, id: i64, case: &str) -> Result<bool, DbError> {
    let procedure_id: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::procedure_id).first(conn)?;
    Ok(cases(conn, procedure_id)?.iter().any(|(key, _)| key == case))
}

/// The procedure's current e-form (id, schema, case), or its generic form when nobody has designed
/// one yet: created on first use, so a procedure is fileable online the day it is offered online.
/// Two first drafts at once both land on the one row (the unique key absorbs the second insert).
/// The form a dossier of `case` is filed on: the case's own latest form, else the procedure's
/// (inserting the generic one the first time a procedure without a form is filed).
pub(super) fn current_form(
    conn: &mut DbConn,
    procedure_id: i64,
    name: &str,
    case: Option<&str>,
) -> Result<(i64, String), DbError> {
    use crate::services::catalog::forms::latest;
    let own = match case {
        Some(case) => latest(conn, procedure_id, Some(case))?,
        None => None,
    };
    if let Some((id, _, json)) = own.map_or_else(|| latest(conn, procedure_id, None), |f| Ok(Some(f)))? {
        return Ok((id, json));
    }
    let generic =
        serde_json::to_string(&generic_form(name, &crate::services::catalog::forms::fee_counts(conn, procedure_id)?))
            .unwrap_or_default();
    let row = (
        procedure_forms::procedure_id.eq(procedure_id),
        procedure_forms::form_key.eq(GENERIC_FORM_KEY),
        procedure_forms::version.eq(1),
        procedure_forms::schema_json.eq(generic),
        procedure_forms::created_at.eq(now()),
    );
    let key = (procedure_forms::procedure_id, procedure_forms::form_key, procedure_forms::version);
    // The same statement on both backends; the multi-backend connection cannot spell it.
    match conn {
        DbConn::Pg(pg) => {
            diesel::insert_into(procedure_forms::table).values(row).on_conflict(key).do_nothing().execute(pg)?
        }
        DbConn::Sqlite(lite) => {
            diesel::insert_into(procedure_forms::table).values(row).on_conflict(key).do_nothing().execute(lite)?
        }
    };
    let (id, _, json) = latest(conn, procedure_id, None)?.ok_or(DbError::Query(diesel::result::Error::NotFound))?;
    Ok((id, json))
}

/// A new draft: its procedure (id and name), the agency whose counter receives it, the filer's
/// account, who it is for (the owner kind and the person it is prefilled from) and its channel.
pub(super) struct NewDraft<'a> {
    pub procedure: (i64, &'a str),
    pub agency: i64,
    pub filer: Option<i64>,
    pub owner: (&'static str, &'a Me),
    pub channel: Channel,
}

/// Inserts a draft on its procedure's current e-form, prefilled from its owner; returns its id.
/// Online, the owner's e-mail is their account's; at the counter it is kept on the dossier.
pub(super) fn insert_draft(conn: &mut DbConn, d: NewDraft<'_>) -> Result<i64, DbError> {
    let ((procedure_id, name), (owner_kind, owner)) = (d.procedure, d.owner);
    // The first case until the filer picks another on the draft.
    let case_key = cases(conn, procedure_id)?.into_iter().next().map(|(key, _)| key);
    let (form_id, schema_json) = current_form(conn, procedure_id, name, case_key.as_deref())?;
    let schema: FormSchema =
        serde_json::from_str(&schema_json).map_err(|e| crate::db::decode(format!("form {form_id}: {e}")))?;
    let values = prefilled(&schema, owner);
    let email = owner.email.as_ref().filter(|_| d.channel != Channel::Online);
    let now = now();
    Ok(diesel::insert_into(dossiers::table)
        .values((
            dossiers::status.eq(Status::Draft.code()),
            dossiers::version.eq(1),
            dossiers::procedure_id.eq(procedure_id),
            dossiers::form_id.eq(form_id),
            dossiers::case_key.eq(case_key),
            dossiers::agency_id.eq(d.agency),
            dossiers::filer_account_id.eq(d.filer),
            dossiers::owner_kind.eq(owner_kind),
            dossiers::owner_name.eq(&owner.full_name),
            dossiers::owner_id_number.eq(&owner.citizen_id),
            dossiers::owner_phone.eq(&owner.phone),
            dossiers::owner_email.eq(email),
            dossiers::form_data.eq(serde_json::to_string(&values).unwrap_or_default()),
            dossiers::identity_verified.eq(owner.identity_verified),
            dossiers::channel.eq(d.channel.code()),
            dossiers::return_channel.eq(d.channel.code()),
            dossiers::created_at.eq(now),
            dossiers::updated_at.eq(now),
        ))
        .returning(dossiers::id)
        .get_result(conn)?)
}

/// Puts draft `id` on the form of its case (a case may have a form of its own): picking another
/// case on the draft shows that case's form, with every answer kept under its field's key.
fn follow_case(conn: &mut DbConn, id: i64) -> Result<(), DbError> {
    let (procedure_id, name, form_id, case): (i64, String, i64, Option<String>) = dossiers::table
        .inner_join(procedures::table)
        .filter(dossiers::id.eq(id))
        .select((procedures::id, procedures::name, dossiers::form_id, dossiers::case_key))
        .first(conn)?;
    let (form, _) = current_form(conn, procedure_id, &name, case.as_deref())?;
    if form != form_id {
        diesel::update(dossiers::table.filter(dossiers::id.eq(id))).set(dossiers::form_id.eq(form)).execute(conn)?;
    }
    Ok(())
}

impl Filing {
    /// Starts a draft of the procedure `code`'s current e-form; returns its id.
    pub async fn create_draft(&self, actor: &Actor, code: String) -> Result<i64, DraftError> {
        decide(actor, Action::FileDossier).map_err(DraftError::Denied)?;
        let account = actor.account().ok_or(DraftError::Denied(Denial::SignInRequired))?;

        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let today = shared::time::today();
                    let procedure: Option<(i64, i64, String, String)> = procedures::table
                        .filter(procedures::code.eq(&code))
                        .filter(in_force(today))
                        .select((procedures::id, procedures::agency_id, procedures::name, procedures::online_level))
                        .first(conn)
                        .optional()?;
                    let Some((procedure_id, agency_id, name, online)) = procedure else {
                        return Ok(Err(DraftError::NotFound));
                    };
                    if online == OnlineLevel::None.code() {
                        return Ok(Err(DraftError::NoForm));
                    }
                    let agency_id = super::receiving::default_of(conn, procedure_id)?.unwrap_or(agency_id);
                    let me = me(conn, account)?;
                    let draft = NewDraft {
                        procedure: (procedure_id, &name),
                        agency: agency_id,
                        filer: Some(account),
                        owner: ("self", &me),
                        channel: Channel::Online,
                    };
                    Ok::<_, DbError>(Ok(insert_draft(conn, draft)?))
                })
            })
            .await?
    }

    /// Saves the draft's values, owner and case (`None` keeps the case). Any values are kept (a
    /// draft may be incomplete); an "other person" owner is checked, since it is data about
    /// someone else, and the case must be one of the procedure's.
    pub async fn save_draft(
        &self,
        actor: &Actor,
        id: i64,
        values: FormValues,
        owner: Option<OwnerChoice>,
        case: Option<String>,
        receiver: Option<String>,
    ) -> Result<(), DraftError> {
        let account = actor.account().ok_or(DraftError::Denied(Denial::SignInRequired))?;
        if let Some(OwnerChoice::Business(b)) = owner {
            decide(actor, Action::ViewBusiness { business: b }).map_err(|_| DraftError::NotFound)?;
        }
        let mut problems = owner.as_ref().map(owner_problems).unwrap_or_default();
        let owner_ok = problems.is_empty();
        let actor = actor.clone();
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let s = match own_draft(conn, &actor, id)? {
                        Ok(s) => s,
                        Err(e) => return Ok(Err(e)),
                    };
                    let me = me(conn, account)?;
                    // A counter's draft keeps the applicant it was started for, at that counter.
                    let (owner, receiver) = if s.scope.counter { (&None, None) } else { (&owner, receiver.clone()) };
                    let (kind, business, name, id_number, phone) = match owner {
                        // Not asked on this step: as saved.
                        None => {
                            let (kind, business, name, id_number, phone): Owner = dossiers::table
                                .filter(dossiers::id.eq(id))
                                .select((
                                    dossiers::owner_kind,
                                    dossiers::business_id,
                                    dossiers::owner_name,
                                    dossiers::owner_id_number,
                                    dossiers::owner_phone,
                                ))
                                .first(conn)?;
                            (owner_kind(&kind), business, name, id_number, phone)
                        }
                        Some(OwnerChoice::Myself) => {
                            ("self", None, me.full_name.clone(), me.citizen_id.clone(), me.phone.clone())
                        }
                        Some(OwnerChoice::Business(b)) => {
                            use crate::db::schema::businesses;
                            let (name, tax): (String, String) = businesses::table
                                .filter(businesses::id.eq(*b))
                                .select((businesses::name, businesses::tax_code))
                                .first(conn)?;
                            ("business", Some(*b), name, Some(tax), me.phone.clone())
                        }
                        Some(OwnerChoice::Other { name, id_number, phone }) => {
                            let phone = Phone::parse(phone).ok().map(|p| p.e164().to_owned());
                            ("other", None, name.clone(), Some(id_number.clone()), phone)
                        }
                    };
                    // The owner's problems do not stop the values from being saved.
                    let kind = if owner_ok { kind } else { "self" };
                    if s.status != Status::Draft {
                        // Supplementing a submitted dossier: the owner stays who it was.
                        let updated = diesel::update(
                            dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(s.version)),
                        )
                        .set((
                            dossiers::form_data.eq(serde_json::to_string(&values).unwrap_or_default()),
                            dossiers::version.eq(s.version + 1),
                            dossiers::updated_at.eq(now()),
                        ))
                        .execute(conn)?;
                        return Ok(if updated == 1 { Ok(Vec::new()) } else { Err(DraftError::Conflict) });
                    }
                    // A case the procedure does not have (a stale page, a hand-made post) keeps the
                    // saved one, and the values are saved all the same.
                    let saved_case = case_of(conn, id)?;
                    // Only another case can change the form (autosave saves often).
                    let case_changed = case.as_ref().is_some_and(|c| Some(c) != saved_case.as_ref());
                    let (case, case_problem) = match case {
                        Some(case) if is_case_of(conn, id, &case)? => (Some(case), None),
                        Some(_) => (
                            saved_case,
                            Some(FieldProblem { path: CASE_FIELD.to_owned(), problem: Problem::NotAnOption }),
                        ),
                        None => (saved_case, None),
                    };
                    let updated = diesel::update(
                        dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::version.eq(s.version)),
                    )
                    .set((
                        dossiers::form_data.eq(serde_json::to_string(&values).unwrap_or_default()),
                        dossiers::case_key.eq(case),
                        dossiers::owner_kind.eq(kind),
                        dossiers::business_id.eq(if owner_ok { business } else { None }),
                        dossiers::owner_name.eq(if owner_ok { name } else { me.full_name.clone() }),
                        dossiers::owner_id_number.eq(if owner_ok { id_number } else { me.citizen_id.clone() }),
                        dossiers::owner_phone.eq(if owner_ok { phone } else { me.phone.clone() }),
                        dossiers::version.eq(s.version + 1),
                        dossiers::updated_at.eq(now()),
                    ))
                    .execute(conn)?;
                    if updated != 1 {
                        return Ok(Err(DraftError::Conflict));
                    }
                    if case_changed {
                        follow_case(conn, id)?;
                    }
                    // A unit that does not receive this procedure keeps the saved one.
                    let mut found = Vec::from_iter(case_problem);
                    if let Some(code) = receiver {
                        match super::receiving::chosen(conn, id, &code)? {
                            Some(agency) => {
                                diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
                                    .set(dossiers::agency_id.eq(agency))
                                    .execute(conn)?;
                            }
                            None => found.push(FieldProblem {
                                path: super::receiving::RECEIVER_FIELD.to_owned(),
                                problem: Problem::NotAnOption,
                            }),
                        }
                    }
                    Ok::<_, DbError>(Ok(found))
                })
            })
            .await?;
        problems.extend(outcome?);
        if problems.is_empty() { Ok(()) } else { Err(DraftError::Invalid(problems)) }
    }

    /// Deletes a draft (its files stay in the filer's document store).
    pub async fn delete_draft(&self, actor: &Actor, id: i64) -> Result<(), DraftError> {
        let actor = actor.clone();

        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    match own_draft(conn, &actor, id)? {
                        Err(e) => return Ok(Err(e)),
                        Ok(s) if s.status != Status::Draft => return Ok(Err(DraftError::NotEditable)),
                        Ok(_) => {}
                    }
                    let files = crate::services::dossier::documents::files_of(conn, id)?;
                    diesel::delete(
                        dossiers::table.filter(dossiers::id.eq(id)).filter(dossiers::status.eq(Status::Draft.code())),
                    )
                    .execute(conn)?;
                    crate::services::dossier::documents::mark_unlinked(conn, &files)?;
                    Ok::<_, DbError>(Ok(()))
                })
            })
            .await?
    }
}

/// The owner columns of a dossier: kind, business, name, ID number, phone.
type Owner = (String, Option<i64>, String, Option<String>, Option<String>);

/// The stored owner kind as the `'static` name `save_draft` writes.
fn owner_kind(kind: &str) -> &'static str {
    match kind {
        "business" => "business",
        "other" => "other",
        _ => "self",
    }
}

/// What a post of the draft's form saved: the answers as they were before it, and the
/// problems that did not stop the saving (an incomplete other-person owner, an unknown case).
pub struct Saved {
    pub before: FormValues,
    pub problems: Vec<FieldProblem>,
}

impl Filing {
    /// Saves a draft from the posted pairs of its form (`f.*`, `g.*`, and the owner fields).
    pub async fn save_posted(&self, actor: &Actor, id: i64, pairs: &[(String, String)]) -> Result<(), DraftError> {
        let saved = self.save_step(actor, id, pairs).await?;
        if saved.problems.is_empty() { Ok(()) } else { Err(DraftError::Invalid(saved.problems)) }
    }

    /// Saves what one step of the draft posted (named by its `buoc` pair): the owner, case and
    /// receiving unit on the first; one section's answers on a section's, the rest kept; no
    /// answer on the documents and check steps. A post without a step is the whole form.
    pub async fn save_step(&self, actor: &Actor, id: i64, pairs: &[(String, String)]) -> Result<Saved, DraftError> {
        use shared::eform::Step;
        decide(actor, Action::FileDossier)
            .or_else(|_| decide(actor, Action::RecordAtCounter))
            .map_err(DraftError::Denied)?;
        let stored: Option<(String, String)> = self
            .db
            .run(move |conn| {
                Ok(dossiers::table
                    .inner_join(procedure_forms::table)
                    .filter(dossiers::id.eq(id))
                    .select((procedure_forms::schema_json, dossiers::form_data))
                    .first(conn)
                    .optional()?)
            })
            .await?;
        let Some((schema_json, data)) = stored else { return Err(DraftError::NotFound) };
        let schema: FormSchema = serde_json::from_str(&schema_json).map_err(|e| DraftError::Unexpected(e.into()))?;
        let before: FormValues = serde_json::from_str(&data).map_err(|e| DraftError::Unexpected(e.into()))?;
        let posted = FormValues::from_pairs(&schema, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let chosen = |name: &str| Some(get(name).trim().to_owned()).filter(|c| !c.is_empty());
        let (case, receiver) = (chosen(CASE_FIELD), chosen(super::receiving::RECEIVER_FIELD));
        let owner = Some(OwnerChoice::from_fields(get));
        let step = get(app::api::filing::STEP_FIELD);
        let (values, owner, case, receiver) = match Step::parse(&step) {
            None if step.is_empty() => (posted, owner, case, receiver),
            Some(Step::General) => (before.clone(), owner, case, receiver),
            Some(Step::Section(n)) => (before.with_section(&schema, n, &posted), None, None, None),
            // The documents and check steps (or a name no step has) post no answers.
            _ => (before.clone(), None, None, None),
        };
        let problems = match self.save_draft(actor, id, values, owner, case, receiver).await {
            Ok(()) => Vec::new(),
            Err(DraftError::Invalid(problems)) => problems,
            Err(e) => return Err(e),
        };
        Ok(Saved { before, problems })
    }
}

fn owner_problems(owner: &OwnerChoice) -> Vec<FieldProblem> {
    let OwnerChoice::Other { name, id_number, phone } = owner else { return Vec::new() };
    let mut problems = Vec::new();
    let mut push = |path: &str, problem| problems.push(FieldProblem { path: path.to_owned(), problem });
    if name.is_empty() {
        push("chu_ho_so_ten", Problem::Required);
    }
    if CitizenId::parse(id_number).is_err() {
        push("chu_ho_so_dinh_danh", if id_number.is_empty() { Problem::Required } else { Problem::InvalidCitizenId });
    }
    if !phone.is_empty() && Phone::parse(phone).is_err() {
        push("chu_ho_so_dien_thoai", Problem::InvalidPhone);
    }
    problems
}
