//! Authorization: the one place that answers "may this actor do this action on this resource".
//!
//! Every server function and HTTP handler builds an [`Actor`] from the session and calls
//! [`decide`]; nothing else in the code base compares roles. The rules are pure so they can be
//! tested as a whole matrix (`tests` below: every actor against every action).
//!
//! The model: people (citizens, and the members of a business) act on their own things and on
//! their businesses' things; officers act only inside their own agency, and a specialist only on
//! dossiers of the units they belong to; a system admin administers accounts and reads the audit
//! log but does not process dossiers (separation of duties).

use serde::{Deserialize, Serialize};

/// An officer's role. Stored as [`Role::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub enum Role {
    /// Một cửa: receives dossiers, requests supplements, refuses or accepts, returns results.
    Reception,
    /// Chuyên viên: reviews dossiers assigned to their unit and proposes a decision.
    Specialist,
    /// Trưởng phòng (head of a unit): assigns the unit's dossiers to its specialists, and may
    /// review and propose like them.
    UnitHead,
    /// Lãnh đạo: approves, rejects or sends back.
    Leader,
    /// Quản trị cơ quan: officers and roles of their agency, its procedures and calendar.
    AgencyAdmin,
    /// Quản trị hệ thống: every agency's officers, the audit log.
    SystemAdmin,
    /// Bộ phận tiếp nhận phản ánh, kiến nghị: classifies the province's feedback, gives it to
    /// the agency concerned or refuses it, and publishes the answers.
    FeedbackDesk,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Reception,
        Role::Specialist,
        Role::UnitHead,
        Role::Leader,
        Role::AgencyAdmin,
        Role::SystemAdmin,
        Role::FeedbackDesk,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Reception => "reception",
            Role::Specialist => "specialist",
            Role::UnitHead => "unit_head",
            Role::Leader => "leader",
            Role::AgencyAdmin => "agency_admin",
            Role::SystemAdmin => "system_admin",
            Role::FeedbackDesk => "feedback_desk",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Who is acting, as the server resolved it from the session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Anonymous,
    /// A person: a citizen, possibly a member of some businesses. Only businesses whose
    /// representation was verified count: an unverified one is nobody's to file for yet.
    Person {
        account: i64,
        businesses: Vec<i64>,
        /// The businesses among them this person owns (manages members of).
        owns: Vec<i64>,
    },
    /// An officer of one agency (and a unit in it), who passed the second factor.
    Officer {
        account: i64,
        agency: i64,
        unit: Option<i64>,
        roles: Vec<Role>,
    },
}

impl Actor {
    pub fn account(&self) -> Option<i64> {
        match self {
            Actor::Anonymous => None,
            Actor::Person { account, .. } | Actor::Officer { account, .. } => Some(*account),
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        matches!(self, Actor::Officer { roles, .. } if roles.contains(&role))
    }
}

/// What the rules need to know about a dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierScope {
    /// The account that filed it; none for a dossier received at the counter or by post for
    /// someone without an account.
    pub owner: Option<i64>,
    /// The business it was filed for, if any: every member sees it.
    pub business: Option<i64>,
    /// The agency that received it and answers for it.
    pub agency: i64,
    /// The agency whose step it is at now: the receiving agency, or another one during an
    /// interconnected (liên thông) step.
    pub at_agency: i64,
    /// The unit whose step it is at (of `at_agency`), once handed over.
    pub unit: Option<i64>,
    /// The specialist who took it in that unit, if any.
    pub assignee: Option<i64>,
    /// False while it is a draft: a draft is its filer's alone, whatever agency it names.
    pub submitted: bool,
    /// Recorded by the counter for a walk-in or postal applicant: while it is a draft it is the
    /// receiving counter's to fill, not the applicant's (who may have no account at all).
    pub counter: bool,
}

/// Something an actor wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read the catalog, a procedure, public statistics, look up a status by dossier code.
    ReadPublic,
    /// See and change one's own account (password, sessions, second factor).
    ManageOwnAccount,
    /// Reach a page or form that needs an account, whoever holds it: the service behind it then
    /// decides the finer action (the dossier, the agency or the business it names).
    SignedIn,
    /// Work on dossiers as an officer: the queue of what waits for them and the dossier page's
    /// forms (reception, specialists, unit heads, leaders); each move is decided per dossier.
    WorkOnDossiers,
    /// See the background jobs and put a failed one back in the queue (the system administrator).
    ManageJobs,
    /// Start a filing (citizens and business members).
    FileDossier,
    /// Register a business with its tax code (the registrant becomes its first member).
    RegisterBusiness,
    /// See a business, its members and its dossiers.
    ViewBusiness { business: i64 },
    /// Invite someone to a business (its owners).
    InviteToBusiness { business: i64 },
    /// Remove a member of a business, or make one an owner (its owners).
    ManageBusinessMembers { business: i64 },
    /// Verify businesses' representation and decide claims on tax codes: the counter of the
    /// agency that registers businesses (`registry`).
    VerifyBusinesses { registry: i64 },
    /// Read a dossier.
    ViewDossier(DossierScope),
    /// Change a dossier as its applicant (supplement, withdraw, pay).
    ActOnOwnDossier(DossierScope),
    /// Write on a dossier's message thread: its applicant once it is submitted, and the officers
    /// who see it. (Reading the thread is seeing the dossier.)
    Converse(DossierScope),
    /// Read and write the officers' private notes on a dossier: the officers who see it, never
    /// a person.
    KeepNotes(DossierScope),
    /// Ask a unit's opinion on a dossier (xin ý kiến): whoever processes it (its assigned
    /// specialist, the unit head) and the leaders of the agency where it stands. (Reading what
    /// was asked and answered is keeping notes: internal, never a person's.)
    AskOpinion(DossierScope),
    /// See and answer what `unit` of `agency` was asked: that unit's specialists and head, and
    /// the agency's leaders. They see the question and its files, never the dossier.
    AnswerOpinion { agency: i64, unit: i64 },
    /// Reception: start recording a dossier brought to the counter or received by post.
    RecordAtCounter,
    /// Reception: fill and submit a dossier the counter is recording (its draft), for the
    /// applicant in front of them or whose papers came by post.
    FillCounterDossier(DossierScope),
    /// Reception: accept, request a supplement, refuse, return the result.
    ReceiveDossier(DossierScope),
    /// Reception: attach and hand over the result: the receiving counter, or the counter the
    /// procedure names to return results while the dossier waits there (at no unit).
    ReturnResult(DossierScope),
    /// Specialist: review and propose a decision (the one it is assigned to; a unit head too).
    ProcessDossier(DossierScope),
    /// Specialist: take an unassigned dossier of their unit.
    ClaimDossier(DossierScope),
    /// Unit head: give a dossier of their unit to one of its specialists.
    AssignDossier(DossierScope),
    /// Leader: approve, reject, send back.
    DecideDossier(DossierScope),
    /// Create officers in an agency and change their roles and units.
    ManageOfficers { agency: i64 },
    /// Grant `role` to an officer of `agency`.
    GrantRole { agency: i64, role: Role },
    /// Read the security audit log.
    ViewAuditLog,
    /// Edit the province's working calendar (holidays, days off, swapped working days).
    ManageCalendar,
    /// Print an agency's dossier register (Sổ theo dõi hồ sơ, Mẫu 07).
    ViewAgencyRecords { agency: i64 },
    /// Edit and publish the procedures `agency` implements (system admin: every agency's).
    ManageCatalog { agency: i64 },
    /// Set `agency`'s office hours (system admin: every agency's).
    ManageOfficeHours { agency: i64 },
    /// Install `agency`'s signing key and certificate and set its e-receipt book (system admin:
    /// every agency's).
    ManagePapers { agency: i64 },
    /// Import or export the whole catalog file (agencies, fields, every agency's procedures).
    ImportCatalog,
    /// Set the portal's contact details shown in every footer.
    ManagePortalContact,
    /// See what the national portal has been sent and send a dossier's record again.
    ManageNationalSync,
    /// The PAKN desk: see every feedback, classify it, give it to an agency or refuse it, publish
    /// the answer.
    HandleFeedback,
    /// Answer a feedback given to `agency` (its leaders, or its own PAKN desk).
    AnswerFeedback { agency: i64 },
    /// See the Decision 766 dashboard of `agency` (its leaders and administrators), or of the
    /// whole province (`None`) or any agency (system administrators).
    ViewIndicators { agency: Option<i64> },
}

/// Why an action is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Denial {
    /// Nobody is signed in: the answer is "sign in" (401), not "forbidden".
    SignInRequired,
    /// Signed in, but not allowed (403).
    Forbidden,
}

pub fn decide(actor: &Actor, action: Action) -> Result<(), Denial> {
    use Action::*;
    if action == ReadPublic {
        return Ok(());
    }
    let allowed = match actor {
        Actor::Anonymous => return Err(Denial::SignInRequired),
        Actor::Person { account, businesses, owns } => match action {
            ManageOwnAccount | SignedIn | FileDossier | RegisterBusiness => true,
            ViewBusiness { business } => businesses.contains(&business),
            InviteToBusiness { business } | ManageBusinessMembers { business } => owns.contains(&business),
            // The counter's draft is not the applicant's yet.
            ViewDossier(d) | ActOnOwnDossier(d) => {
                (d.owner == Some(*account) || d.business.is_some_and(|b| businesses.contains(&b)))
                    && (d.submitted || !d.counter)
            }
            // A draft has nobody at the office to write to yet.
            Converse(d) => {
                (d.owner == Some(*account) || d.business.is_some_and(|b| businesses.contains(&b))) && d.submitted
            }
            _ => false,
        },
        // No officer, whatever their role, sees or touches a dossier before it is submitted,
        // except the receiving counter the draft it is recording.
        Actor::Officer { agency, roles, .. } if action.dossier().is_some_and(|d| !d.submitted) => {
            matches!(action, ViewDossier(d) | FillCounterDossier(d)
                if d.counter && d.agency == *agency && roles.contains(&Role::Reception))
        }
        Actor::Officer { agency, unit, roles, .. } => {
            let has = |r: Role| roles.contains(&r);
            let in_agency = |d: &DossierScope| d.agency == *agency;
            let here = |d: &DossierScope| d.at_agency == *agency;
            let in_unit = |d: &DossierScope| same_unit(d.unit, *unit);
            let me = actor.account();
            match action {
                ManageOwnAccount | SignedIn => true,
                WorkOnDossiers => queue_parts(actor) != QueueParts::default(),
                // The receiving agency's counter and leaders follow their dossiers everywhere;
                // the agency where it stands now sees it while there; a unit sees its own. Whoever
                // sees it writes on its thread and keeps notes on it.
                ViewDossier(d) | Converse(d) | KeepNotes(d) => {
                    (in_agency(&d) && (has(Role::Reception) || has(Role::Leader)))
                        || (here(&d) && has(Role::Leader))
                        || ((has(Role::Specialist) || has(Role::UnitHead)) && in_unit(&d))
                        || (here(&d) && d.unit.is_none() && has(Role::Reception))
                }
                ReceiveDossier(d) => in_agency(&d) && has(Role::Reception),
                RecordAtCounter => has(Role::Reception),
                ReturnResult(d) => (in_agency(&d) || (here(&d) && d.unit.is_none())) && has(Role::Reception),
                ProcessDossier(d) => {
                    in_unit(&d)
                        && (has(Role::UnitHead) || (has(Role::Specialist) && d.assignee.is_some() && d.assignee == me))
                }
                AskOpinion(d) => {
                    (in_unit(&d)
                        && (has(Role::UnitHead) || (has(Role::Specialist) && d.assignee.is_some() && d.assignee == me)))
                        || (here(&d) && has(Role::Leader))
                }
                AnswerOpinion { agency: target, unit: asked } => {
                    target == *agency
                        && (has(Role::Leader)
                            || ((has(Role::Specialist) || has(Role::UnitHead)) && *unit == Some(asked)))
                }
                ClaimDossier(d) => in_unit(&d) && has(Role::Specialist) && d.assignee.is_none(),
                AssignDossier(d) => in_unit(&d) && has(Role::UnitHead),
                DecideDossier(d) => here(&d) && has(Role::Leader),
                ManageOfficers { agency: target }
                | ManageCatalog { agency: target }
                | ManageOfficeHours { agency: target }
                | ManagePapers { agency: target } => {
                    has(Role::SystemAdmin) || (has(Role::AgencyAdmin) && target == *agency)
                }
                GrantRole { agency: target, role } => {
                    has(Role::SystemAdmin) || (has(Role::AgencyAdmin) && target == *agency && role != Role::SystemAdmin)
                }
                ViewAuditLog | ManageJobs | ManageCalendar | ImportCatalog | ManagePortalContact
                | ManageNationalSync => has(Role::SystemAdmin),
                HandleFeedback => has(Role::FeedbackDesk),
                ViewIndicators { agency: target } => {
                    has(Role::SystemAdmin) || (target == Some(*agency) && (has(Role::Leader) || has(Role::AgencyAdmin)))
                }
                AnswerFeedback { agency: target } => {
                    target == *agency && (has(Role::Leader) || has(Role::FeedbackDesk))
                }
                ViewAgencyRecords { agency: target } => {
                    target == *agency && (has(Role::Reception) || has(Role::Leader) || has(Role::AgencyAdmin))
                }
                VerifyBusinesses { registry } => registry == *agency && has(Role::Reception),
                _ => false,
            }
        }
    };
    if allowed { Ok(()) } else { Err(Denial::Forbidden) }
}

/// Which parts of the officers' queue are `actor`'s: the dossiers waiting at their agency's
/// counter (reception), those processing at their agency, for a decision (leaders), and those
/// their unit processes (specialists, unit heads). None of them for anyone else.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueParts {
    pub counter: bool,
    pub decisions: bool,
    pub unit: bool,
}

pub fn queue_parts(actor: &Actor) -> QueueParts {
    let Actor::Officer { roles, .. } = actor else { return QueueParts::default() };
    let has = |r: Role| roles.contains(&r);
    QueueParts {
        counter: has(Role::Reception),
        decisions: has(Role::Leader),
        unit: has(Role::Specialist) || has(Role::UnitHead),
    }
}

impl Action {
    /// The dossier the action is about, if it is about one.
    pub fn dossier(&self) -> Option<&DossierScope> {
        use Action::*;
        match self {
            ViewDossier(d)
            | ActOnOwnDossier(d)
            | Converse(d)
            | KeepNotes(d)
            | AskOpinion(d)
            | FillCounterDossier(d)
            | ReceiveDossier(d)
            | ReturnResult(d)
            | ProcessDossier(d)
            | ClaimDossier(d)
            | AssignDossier(d)
            | DecideDossier(d) => Some(d),
            _ => None,
        }
    }
}

/// A specialist works on dossiers assigned to their unit; one not yet assigned to a unit is
/// reception's, not theirs.
fn same_unit(dossier: Option<i64>, officer: Option<i64>) -> bool {
    matches!((dossier, officer), (Some(d), Some(o)) if d == o)
}

crate::code::stored_as_text!(Role);

#[cfg(test)]
mod tests {
    use super::*;

    const ME: i64 = 1;
    const OTHER: i64 = 2;
    const MY_BIZ: i64 = 10;
    const OTHER_BIZ: i64 = 11;
    const AGENCY: i64 = 100;
    const OTHER_AGENCY: i64 = 101;
    const UNIT: i64 = 1000;
    const OTHER_UNIT: i64 = 1001;

    fn officer(role: Role) -> Actor {
        Actor::Officer { account: 50, agency: AGENCY, unit: Some(UNIT), roles: vec![role] }
    }

    /// Columns of the matrix, in this order.
    fn actors() -> Vec<(&'static str, Actor)> {
        vec![
            ("anonymous", Actor::Anonymous),
            ("citizen", Actor::Person { account: ME, businesses: vec![], owns: vec![] }),
            // The owner of MY_BIZ (a plain member is below, `plain_members_neither_invite_nor_remove`).
            ("member", Actor::Person { account: ME, businesses: vec![MY_BIZ], owns: vec![MY_BIZ] }),
            ("reception", officer(Role::Reception)),
            ("specialist", officer(Role::Specialist)),
            ("unit_head", officer(Role::UnitHead)),
            ("leader", officer(Role::Leader)),
            ("agency_admin", officer(Role::AgencyAdmin)),
            ("system_admin", officer(Role::SystemAdmin)),
        ]
    }

    /// The officers of the matrix are account 50.
    const OFFICER: i64 = 50;

    fn dossier(owner: i64, business: Option<i64>, agency: i64, unit: Option<i64>) -> DossierScope {
        DossierScope {
            owner: Some(owner),
            business,
            agency,
            at_agency: agency,
            unit,
            assignee: Some(OFFICER),
            submitted: true,
            counter: false,
        }
    }

    /// Every action, in every position relative to the actors, with the expected answer per
    /// column: `Y` allowed, `-` forbidden, `L` sign in required.
    #[test]
    fn every_role_against_every_action() {
        use Action::*;
        let mine = dossier(ME, None, AGENCY, Some(UNIT));
        let biz = dossier(OTHER, Some(MY_BIZ), AGENCY, Some(UNIT));
        let other_biz = dossier(OTHER, Some(OTHER_BIZ), AGENCY, Some(UNIT));
        let strangers = dossier(OTHER, None, AGENCY, Some(UNIT));
        let unassigned = dossier(OTHER, None, AGENCY, None);
        let other_unit = dossier(OTHER, None, AGENCY, Some(OTHER_UNIT));
        let other_agency = dossier(OTHER, None, OTHER_AGENCY, Some(UNIT + 5));
        let nobodys = DossierScope { assignee: None, ..strangers };
        let colleagues = DossierScope { assignee: Some(OFFICER + 1), ..strangers };
        // Received by another agency, now at a step of my agency's unit (liên thông), and the
        // reverse: received here, now at another agency's step.
        let visiting = DossierScope { at_agency: AGENCY, ..dossier(OTHER, None, OTHER_AGENCY, Some(UNIT)) };
        let away = DossierScope { at_agency: OTHER_AGENCY, ..dossier(OTHER, None, AGENCY, Some(UNIT + 5)) };
        // Received by another agency, its result now waiting at my counter (which the
        // procedure names to return results).
        let returning_here = DossierScope { at_agency: AGENCY, ..dossier(OTHER, None, OTHER_AGENCY, None) };
        // Drafts: a stranger's naming my agency (and already a unit and an assignee, which a
        // draft never has, so that nothing but the status can refuse), and my own.
        let draft = DossierScope { submitted: false, ..strangers };
        let my_draft = DossierScope { submitted: false, ..mine };
        // Recorded at my agency's counter for me (found by my ID number), still a draft; once
        // submitted; and one another agency's counter is recording.
        let counter_draft = DossierScope { counter: true, unit: None, assignee: None, ..my_draft };
        let counter_filed = DossierScope { submitted: true, ..counter_draft };
        let counter_elsewhere = DossierScope { agency: OTHER_AGENCY, at_agency: OTHER_AGENCY, ..counter_draft };
        #[rustfmt::skip]
        let table: Vec<(&str, Action, &str)> = vec![
            //                                                    anon cit mem rec spe uhd lea aad sad
            ("read public",                 ReadPublic,                       "Y Y Y Y Y Y Y Y Y"),
            ("own account",                 ManageOwnAccount,                 "L Y Y Y Y Y Y Y Y"),
            ("file a dossier",              FileDossier,                      "L Y Y - - - - - -"),
            ("register a business",         RegisterBusiness,                 "L Y Y - - - - - -"),
            ("view my business",            ViewBusiness { business: MY_BIZ },      "L - Y - - - - - -"),
            ("view another business",       ViewBusiness { business: OTHER_BIZ },   "L - - - - - - - -"),
            ("invite to my business",       InviteToBusiness { business: MY_BIZ },  "L - Y - - - - - -"),
            ("invite to another business",  InviteToBusiness { business: OTHER_BIZ },"L - - - - - - - -"),
            ("manage my business's members", ManageBusinessMembers { business: MY_BIZ }, "L - Y - - - - - -"),
            ("manage another's members",    ManageBusinessMembers { business: OTHER_BIZ }, "L - - - - - - - -"),
            ("verify businesses here",      VerifyBusinesses { registry: AGENCY },       "L - - Y - - - - -"),
            ("verify businesses elsewhere", VerifyBusinesses { registry: OTHER_AGENCY }, "L - - - - - - - -"),
            ("view my dossier",             ViewDossier(mine),                "L Y Y Y Y Y Y - -"),
            ("view my business's dossier",  ViewDossier(biz),                 "L - Y Y Y Y Y - -"),
            ("view another business's",     ViewDossier(other_biz),           "L - - Y Y Y Y - -"),
            ("view a stranger's dossier",   ViewDossier(strangers),           "L - - Y Y Y Y - -"),
            ("view unassigned dossier",     ViewDossier(unassigned),          "L - - Y - - Y - -"),
            ("view other unit's dossier",   ViewDossier(other_unit),          "L - - Y - - Y - -"),
            ("view other agency's dossier", ViewDossier(other_agency),        "L - - - - - - - -"),
            ("view one visiting my unit",   ViewDossier(visiting),            "L - - - Y Y Y - -"),
            ("view one of mine away",       ViewDossier(away),                "L - - Y - - Y - -"),
            ("view a stranger's draft",     ViewDossier(draft),               "L - - - - - - - -"),
            ("view my draft",               ViewDossier(my_draft),            "L Y Y - - - - - -"),
            ("act on my draft",             ActOnOwnDossier(my_draft),        "L Y Y - - - - - -"),
            ("record at the counter",       RecordAtCounter,                  "L - - Y - - - - -"),
            ("fill a counter draft here",   FillCounterDossier(counter_draft), "L - - Y - - - - -"),
            ("view a counter draft here",   ViewDossier(counter_draft),       "L - - Y - - - - -"),
            ("fill one elsewhere",          FillCounterDossier(counter_elsewhere), "L - - - - - - - -"),
            ("view one elsewhere",          ViewDossier(counter_elsewhere),   "L - - - - - - - -"),
            ("act on my counter draft",     ActOnOwnDossier(counter_draft),   "L - - - - - - - -"),
            ("fill a submitted one",        FillCounterDossier(counter_filed), "L - - - - - - - -"),
            ("act on my counter dossier",   ActOnOwnDossier(counter_filed),   "L Y Y - - - - - -"),
            ("fill an online draft",        FillCounterDossier(my_draft),     "L - - - - - - - -"),
            ("receive a draft",             ReceiveDossier(draft),            "L - - - - - - - -"),
            ("process a draft",             ProcessDossier(draft),            "L - - - - - - - -"),
            ("claim a draft",               ClaimDossier(DossierScope { assignee: None, ..draft }), "L - - - - - - - -"),
            ("assign a draft",              AssignDossier(draft),             "L - - - - - - - -"),
            ("decide a draft",              DecideDossier(draft),             "L - - - - - - - -"),
            ("act on my dossier",           ActOnOwnDossier(mine),            "L Y Y - - - - - -"),
            ("act on business dossier",     ActOnOwnDossier(biz),             "L - Y - - - - - -"),
            ("act on a stranger's dossier", ActOnOwnDossier(strangers),       "L - - - - - - - -"),
            ("receive in my agency",        ReceiveDossier(strangers),        "L - - Y - - - - -"),
            ("receive in another agency",   ReceiveDossier(other_agency),     "L - - - - - - - -"),
            ("receive one visiting",        ReceiveDossier(visiting),         "L - - - - - - - -"),
            ("receive one to return here",  ReceiveDossier(returning_here),   "L - - - - - - - -"),
            ("return a result received here", ReturnResult(strangers),        "L - - Y - - - - -"),
            ("return one waiting here",     ReturnResult(returning_here),     "L - - Y - - - - -"),
            ("return in another agency",    ReturnResult(other_agency),       "L - - - - - - - -"),
            ("return one visiting a unit",  ReturnResult(visiting),           "L - - - - - - - -"),
            ("return a draft",              ReturnResult(draft),              "L - - - - - - - -"),
            ("view one waiting here",       ViewDossier(returning_here),      "L - - Y - - Y - -"),
            ("process mine in my unit",     ProcessDossier(strangers),        "L - - - Y Y - - -"),
            ("process nobody's in my unit", ProcessDossier(nobodys),          "L - - - - Y - - -"),
            ("process a colleague's",       ProcessDossier(colleagues),       "L - - - - Y - - -"),
            ("process unassigned",          ProcessDossier(unassigned),       "L - - - - - - - -"),
            ("process in another unit",     ProcessDossier(other_unit),       "L - - - - - - - -"),
            ("process in another agency",   ProcessDossier(other_agency),     "L - - - - - - - -"),
            ("process one visiting",        ProcessDossier(visiting),         "L - - - Y Y - - -"),
            ("claim nobody's in my unit",   ClaimDossier(nobodys),            "L - - - Y - - - -"),
            ("claim a colleague's",         ClaimDossier(colleagues),         "L - - - - - - - -"),
            ("claim in another unit",       ClaimDossier(DossierScope { assignee: None, ..other_unit }), "L - - - - - - - -"),
            ("assign in my unit",           AssignDossier(colleagues),        "L - - - - Y - - -"),
            ("assign in another unit",      AssignDossier(other_unit),        "L - - - - - - - -"),
            ("decide in my agency",         DecideDossier(other_unit),        "L - - - - - Y - -"),
            ("decide in another agency",    DecideDossier(other_agency),      "L - - - - - - - -"),
            ("decide one away",             DecideDossier(away),              "L - - - - - - - -"),
            ("decide one visiting",         DecideDossier(visiting),          "L - - - - - Y - -"),
            ("manage my agency's officers", ManageOfficers { agency: AGENCY },       "L - - - - - - Y Y"),
            ("manage another agency's",     ManageOfficers { agency: OTHER_AGENCY }, "L - - - - - - - Y"),
            ("grant reception here",        GrantRole { agency: AGENCY, role: Role::Reception },         "L - - - - - - Y Y"),
            ("grant agency admin here",     GrantRole { agency: AGENCY, role: Role::AgencyAdmin },       "L - - - - - - Y Y"),
            ("grant system admin here",     GrantRole { agency: AGENCY, role: Role::SystemAdmin },       "L - - - - - - - Y"),
            ("grant reception elsewhere",   GrantRole { agency: OTHER_AGENCY, role: Role::Reception },   "L - - - - - - - Y"),
            ("read the audit log",          ViewAuditLog,                     "L - - - - - - - Y"),
            ("see and retry jobs",          ManageJobs,                       "L - - - - - - - Y"),
            ("reach a signed-in page",      SignedIn,                         "L Y Y Y Y Y Y Y Y"),
            ("work on dossiers",            WorkOnDossiers,                   "L - - Y Y Y Y - -"),
            ("edit the working calendar",   ManageCalendar,                   "L - - - - - - - Y"),
            ("my agency's register",        ViewAgencyRecords { agency: AGENCY },       "L - - Y - - Y Y -"),
            ("another agency's register",   ViewAgencyRecords { agency: OTHER_AGENCY }, "L - - - - - - - -"),
            ("my agency's procedures",      ManageCatalog { agency: AGENCY },           "L - - - - - - Y Y"),
            ("another agency's procedures", ManageCatalog { agency: OTHER_AGENCY },     "L - - - - - - - Y"),
            ("my agency's office hours",    ManageOfficeHours { agency: AGENCY },       "L - - - - - - Y Y"),
            ("another agency's hours",      ManageOfficeHours { agency: OTHER_AGENCY }, "L - - - - - - - Y"),
            ("my agency's signing key",     ManagePapers { agency: AGENCY },            "L - - - - - - Y Y"),
            ("another agency's key",        ManagePapers { agency: OTHER_AGENCY },      "L - - - - - - - Y"),
            ("import the catalog file",     ImportCatalog,                    "L - - - - - - - Y"),
            ("set the portal's contact",    ManagePortalContact,              "L - - - - - - - Y"),
            ("manage the national sync",    ManageNationalSync,               "L - - - - - - - Y"),
            ("handle feedback at the desk", HandleFeedback,                   "L - - - - - - - -"),
            ("answer my agency's feedback", AnswerFeedback { agency: AGENCY },       "L - - - - - Y - -"),
            ("answer another's feedback",   AnswerFeedback { agency: OTHER_AGENCY }, "L - - - - - - - -"),
            ("my agency's indicators",      ViewIndicators { agency: Some(AGENCY) },       "L - - - - - Y Y Y"),
            ("another agency's indicators", ViewIndicators { agency: Some(OTHER_AGENCY) }, "L - - - - - - - Y"),
            ("the province's indicators",   ViewIndicators { agency: None },               "L - - - - - - - Y"),
            ("write on my dossier's thread", Converse(mine),                  "L Y Y Y Y Y Y - -"),
            ("write on my business's",      Converse(biz),                    "L - Y Y Y Y Y - -"),
            ("write on a stranger's",       Converse(strangers),              "L - - Y Y Y Y - -"),
            ("write on my counter dossier's", Converse(counter_filed),        "L Y Y Y - - Y - -"),
            ("write on my draft's",         Converse(my_draft),               "L - - - - - - - -"),
            ("write on a counter draft's",   Converse(counter_draft),          "L - - - - - - - -"),
            ("write on another agency's",   Converse(other_agency),           "L - - - - - - - -"),
            ("notes on my dossier",         KeepNotes(mine),                  "L - - Y Y Y Y - -"),
            ("notes on one visiting",       KeepNotes(visiting),              "L - - - Y Y Y - -"),
            ("notes on a draft",            KeepNotes(draft),                 "L - - - - - - - -"),
            ("notes in another agency",     KeepNotes(other_agency),          "L - - - - - - - -"),
            ("ask on the one I process",    AskOpinion(strangers),            "L - - - Y Y Y - -"),
            ("ask on a colleague's",        AskOpinion(colleagues),           "L - - - - Y Y - -"),
            ("ask on one away",             AskOpinion(away),                 "L - - - - - - - -"),
            ("ask on one visiting",         AskOpinion(visiting),             "L - - - Y Y Y - -"),
            ("ask on my draft",             AskOpinion(my_draft),             "L - - - - - - - -"),
            ("ask in another agency",       AskOpinion(other_agency),         "L - - - - - - - -"),
            ("answer my unit's question",   AnswerOpinion { agency: AGENCY, unit: UNIT }, "L - - - Y Y Y - -"),
            ("answer another unit's",       AnswerOpinion { agency: AGENCY, unit: OTHER_UNIT }, "L - - - - - Y - -"),
            ("answer another agency's",     AnswerOpinion { agency: OTHER_AGENCY, unit: UNIT }, "L - - - - - - - -"),
        ];
        let actors = actors();
        let mut failures = Vec::new();
        for (name, action, expected) in &table {
            let expected: Vec<&str> = expected.split_whitespace().collect();
            assert_eq!(expected.len(), actors.len(), "row {name}");
            for ((actor_name, actor), want) in actors.iter().zip(expected) {
                let got = match decide(actor, *action) {
                    Ok(()) => "Y",
                    Err(Denial::Forbidden) => "-",
                    Err(Denial::SignInRequired) => "L",
                };
                if got != want {
                    failures.push(format!("{name} / {actor_name}: expected {want}, got {got}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // Every kind of action appears in the table. `kind` has no wildcard arm, so a new action
        // does not compile until it is numbered here, and then fails until the table has a row.
        fn kind(a: &Action) -> usize {
            match a {
                ReadPublic => 0,
                ManageOwnAccount => 1,
                FileDossier => 2,
                RegisterBusiness => 3,
                ViewBusiness { .. } => 4,
                InviteToBusiness { .. } => 5,
                ViewDossier(_) => 6,
                ActOnOwnDossier(_) => 7,
                ReceiveDossier(_) => 8,
                ProcessDossier(_) => 9,
                DecideDossier(_) => 10,
                ManageOfficers { .. } => 11,
                GrantRole { .. } => 12,
                ViewAuditLog => 13,
                ClaimDossier(_) => 14,
                AssignDossier(_) => 15,
                ManageCalendar => 16,
                ViewAgencyRecords { .. } => 17,
                ManageBusinessMembers { .. } => 18,
                VerifyBusinesses { .. } => 19,
                ManageCatalog { .. } => 20,
                ManageOfficeHours { .. } => 21,
                ImportCatalog => 22,
                ReturnResult(_) => 23,
                ManagePortalContact => 24,
                SignedIn => 25,
                WorkOnDossiers => 26,
                ManageJobs => 27,
                RecordAtCounter => 28,
                FillCounterDossier(_) => 29,
                ManageNationalSync => 30,
                HandleFeedback => 31,
                AnswerFeedback { .. } => 32,
                ViewIndicators { .. } => 33,
                Converse(_) => 34,
                KeepNotes(_) => 35,
                AskOpinion(_) => 36,
                AnswerOpinion { .. } => 37,
                ManagePapers { .. } => 38,
            }
        }
        let covered: std::collections::BTreeSet<usize> = table.iter().map(|(_, a, _)| kind(a)).collect();
        assert_eq!(covered.len(), 39, "an action kind has no row in the table");
    }

    #[test]
    fn plain_members_neither_invite_nor_remove() {
        let member = Actor::Person { account: ME, businesses: vec![MY_BIZ], owns: vec![] };
        assert_eq!(decide(&member, Action::ViewBusiness { business: MY_BIZ }), Ok(()));
        assert_eq!(decide(&member, Action::InviteToBusiness { business: MY_BIZ }), Err(Denial::Forbidden));
        assert_eq!(decide(&member, Action::ManageBusinessMembers { business: MY_BIZ }), Err(Denial::Forbidden));
        let business_dossier = dossier(OTHER, Some(MY_BIZ), AGENCY, Some(UNIT));
        assert_eq!(decide(&member, Action::ViewDossier(business_dossier)), Ok(()));
    }

    #[test]
    fn an_officer_with_several_roles_has_the_union() {
        let both =
            Actor::Officer { account: 5, agency: AGENCY, unit: None, roles: vec![Role::Reception, Role::Leader] };
        let d = dossier(OTHER, None, AGENCY, Some(UNIT));
        assert_eq!(decide(&both, Action::ReceiveDossier(d)), Ok(()));
        assert_eq!(decide(&both, Action::DecideDossier(d)), Ok(()));
        assert_eq!(decide(&both, Action::ProcessDossier(d)), Err(Denial::Forbidden));
    }

    #[test]
    fn the_feedback_desk_handles_feedback_and_answers_only_its_own_agencys() {
        let desk = Actor::Officer { account: 7, agency: AGENCY, unit: None, roles: vec![Role::FeedbackDesk] };
        assert_eq!(decide(&desk, Action::HandleFeedback), Ok(()));
        assert_eq!(decide(&desk, Action::AnswerFeedback { agency: AGENCY }), Ok(()));
        assert_eq!(decide(&desk, Action::AnswerFeedback { agency: OTHER_AGENCY }), Err(Denial::Forbidden));
        assert_eq!(decide(&desk, Action::WorkOnDossiers), Err(Denial::Forbidden), "no dossiers for the desk");
    }

    #[test]
    fn role_codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Some(r));
        }
        assert_eq!(Role::parse("admin"), None);
    }
}
