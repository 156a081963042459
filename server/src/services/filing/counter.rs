//! Dossiers brought to the one-stop counter or received by post (KenhThucHien 1 and 3): the
//! reception officer starts a draft for the applicant in front of them (or whose papers came by
//! post), then fills the same e-form, uploads the scans and submits it through the same steps as
//! an online filer (`fills` in `filing.rs` lets the counter do so while it is a draft). The
//! code series, deadline engine, workflow and forms are the online dossier's.
//!
//! The applicant needs no account. When one with the same ID number exists and VNeID vouched for
//! it, the dossier is linked to it (they follow it online); an account that merely claims the
//! number is not trusted with someone's dossier.

use super::drafts::{Me, NewDraft, insert_draft};
use super::{DraftError, Filing, receiving};
use crate::db::DbError;
use crate::db::schema::{accounts, procedure_agencies, procedures};
use crate::services::catalog::in_force;
use diesel::prelude::*;
use shared::access::{Action, Actor, Denial, decide};
use shared::dossier::Channel;
use shared::eform::{FieldProblem, Problem};
use shared::identity::{CitizenId, Email, Phone};

pub use app::api::backoffice::{CounterIntake as Intake, intake_fields as fields};

/// Longest applicant name kept.
const NAME_CHARS: usize = 200;

/// The intake checked: the applicant as stored, or every problem with its field.
#[derive(Debug)]
struct Checked {
    channel: Channel,
    name: String,
    id_number: CitizenId,
    phone: Option<Phone>,
    email: Option<Email>,
}

/// A typed optional value, `None` when left empty.
fn optional(raw: &str) -> Option<&str> {
    Some(raw.trim()).filter(|s| !s.is_empty())
}

fn check(intake: &Intake) -> Result<Checked, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut push = |path: &str, problem| problems.push(FieldProblem { path: path.to_owned(), problem });
    let channel = Channel::from_slug(intake.channel.trim()).filter(|c| *c != Channel::Online);
    if channel.is_none() {
        push(fields::CHANNEL, Problem::NotAnOption);
    }
    if intake.procedure.trim().is_empty() {
        push(fields::PROCEDURE, Problem::Required);
    }
    let name = shared::text::nfc(intake.name.trim());
    if name.is_empty() {
        push(fields::NAME, Problem::Required);
    } else if name.chars().count() > NAME_CHARS {
        push(fields::NAME, Problem::TooLong { max: NAME_CHARS });
    }
    let id_number = CitizenId::parse(intake.id_number.trim());
    match (&id_number, intake.id_number.trim().is_empty()) {
        (_, true) => push(fields::ID_NUMBER, Problem::Required),
        (Err(_), false) => push(fields::ID_NUMBER, Problem::InvalidCitizenId),
        _ => {}
    }
    let phone = optional(&intake.phone).map(Phone::parse).transpose();
    if phone.is_err() {
        push(fields::PHONE, Problem::InvalidPhone);
    }
    let email = optional(&intake.email).map(Email::parse).transpose();
    if email.is_err() {
        push(fields::EMAIL, Problem::InvalidEmail);
    }
    match (channel, id_number, phone, email) {
        (Some(channel), Ok(id_number), Ok(phone), Ok(email)) if problems.is_empty() => {
            Ok(Checked { channel, name, id_number, phone, email })
        }
        _ => Err(problems),
    }
}

/// The procedures in force that the counter of `agency` receives, as (code, name) by name: those
/// whose catalog names it among their receiving units, and its own that name none.
pub fn receivable(conn: &mut crate::db::DbConn, agency: i64) -> Result<Vec<(String, String)>, DbError> {
    use crate::services::catalog::detail::RETURNS;
    let all: Vec<(i64, String, String, i64)> = procedures::table
        .filter(in_force(shared::time::today()))
        .select((procedures::id, procedures::code, procedures::name, procedures::agency_id))
        .load(conn)?;
    let named: Vec<(i64, i64)> = procedure_agencies::table
        .filter(procedure_agencies::role.ne(RETURNS))
        .select((procedure_agencies::procedure_id, procedure_agencies::agency_id))
        .load(conn)?;
    let mut receivers: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for (procedure, receiver) in named {
        receivers.entry(procedure).or_default().push(receiver);
    }
    let mut found: Vec<(String, String)> = all
        .into_iter()
        .filter(|(id, _, _, own)| receivers.get(id).map_or(*own == agency, |named| named.contains(&agency)))
        .map(|(_, code, name, _)| (code, name))
        .collect();
    found.sort_by_cached_key(|(_, name)| shared::text::search_key(name));
    found.dedup();
    Ok(found)
}

impl Filing {
    /// Starts a counter or postal dossier of `intake.procedure` at the officer's agency; returns
    /// its id. `Invalid` lists what to correct (nothing is created); a procedure that is unknown,
    /// not in force or not received by this agency is `NotFound`.
    pub async fn record_at_counter(&self, actor: &Actor, intake: Intake) -> Result<i64, DraftError> {
        decide(actor, Action::RecordAtCounter).map_err(DraftError::Denied)?;
        let Actor::Officer { agency: counter, .. } = actor else { return Err(DraftError::Denied(Denial::Forbidden)) };
        let counter = *counter;
        let applicant = check(&intake).map_err(DraftError::Invalid)?;
        let code = intake.procedure.trim().to_owned();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let procedure: Option<(i64, i64, String)> = procedures::table
                        .filter(procedures::code.eq(&code))
                        .filter(in_force(shared::time::today()))
                        .select((procedures::id, procedures::agency_id, procedures::name))
                        .first(conn)
                        .optional()?;
                    let Some((procedure_id, deciding, name)) = procedure else {
                        return Ok(Err(DraftError::NotFound));
                    };
                    // This counter must be one that receives the procedure (or the deciding
                    // agency's own when the catalog names none).
                    let receivers = receiving::of_procedure(conn, procedure_id)?;
                    let receives = if receivers.is_empty() {
                        deciding == counter
                    } else {
                        receivers.iter().any(|(id, ..)| *id == counter)
                    };
                    if !receives {
                        return Ok(Err(DraftError::NotFound));
                    }
                    let id_number = applicant.id_number.as_str().to_owned();
                    let linked: Option<i64> = accounts::table
                        .filter(accounts::citizen_id.eq(&id_number))
                        .filter(accounts::kind.eq(crate::services::accounts::KIND_CITIZEN))
                        .filter(accounts::identity_verified.eq(true))
                        .select(accounts::id)
                        .first(conn)
                        .optional()?;
                    let phone = applicant.phone.as_ref().map(|p| p.e164().to_owned());
                    let email = applicant.email.as_ref().map(|e| e.as_str().to_owned());
                    // VNeID vouched for the linked account (indicator 4.5).
                    let me = Me {
                        full_name: applicant.name.clone(),
                        citizen_id: Some(id_number),
                        birth: None,
                        phone,
                        email,
                        identity_verified: linked.is_some(),
                    };
                    let draft = NewDraft {
                        procedure: (procedure_id, &name),
                        agency: counter,
                        filer: linked,
                        owner: (if linked.is_some() { "self" } else { "other" }, &me),
                        channel: applicant.channel,
                    };
                    let id = insert_draft(conn, draft)?;
                    Ok::<_, DbError>(Ok(id))
                })
            })
            .await?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intake() -> Intake {
        Intake {
            procedure: "1.001193".into(),
            channel: "truc-tiep".into(),
            name: " Nguyễn Văn An ".into(),
            id_number: "001090000001".into(),
            phone: "0912 345 678".into(),
            email: String::new(),
        }
    }

    #[test]
    fn a_complete_intake_is_kept_as_typed_and_trimmed() {
        let c = check(&intake()).unwrap();
        assert_eq!((c.channel, c.name.as_str()), (Channel::Counter, "Nguyễn Văn An"));
        assert_eq!(c.phone.map(|p| p.e164().to_owned()).as_deref(), Some("+84912345678"));
        assert!(c.email.is_none());
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let bad = Intake {
            procedure: " ".into(),
            channel: "truc-tuyen".into(),
            name: String::new(),
            id_number: "123".into(),
            phone: "12".into(),
            email: "not-an-address".into(),
        };
        let paths: Vec<String> = check(&bad).unwrap_err().into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["kenh", "thu_tuc", "ho_ten", "so_dinh_danh", "dien_thoai", "thu_dien_tu"]);
    }
}
