//! What a failed form post leaves for the page that renders it again (`Posted`), and the
//! problems it can carry. Every form handler of the server answers a problem by rendering the
//! same page with one of these in context, so what was typed is never lost.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use shared::identity::{RegistrationForm, RegistrationProblem};

/// What a failed form post leaves for the page that renders it again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Posted {
    #[default]
    Nothing,
    /// An officer's move on a dossier, shown again: to confirm it (a refusal, a rejection, a
    /// stop) or with why it was not made (`message`), the note as typed.
    OfficerAct {
        action: String,
        note: String,
        message: Option<String>,
        confirm: bool,
    },
    /// A rating refused, as given, with why.
    Rating {
        rating: shared::rating::Rating,
        problems: Vec<shared::rating::RatingProblem>,
    },
    /// A feedback refused, as typed, with each problem on its field.
    Feedback {
        form: shared::feedback::FeedbackForm,
        problems: Vec<shared::feedback::FormProblem>,
    },
    /// A message on a dossier's thread refused, its text as typed (its files are chosen again).
    Message {
        text: String,
        problem: shared::conversation::MessageProblem,
    },
    /// A request for another unit's opinion refused, as filled (its files are chosen again).
    Opinion {
        unit: String,
        days: String,
        text: String,
        problem: shared::conversation::opinions::OpinionProblem,
    },
    /// An answer to a request for an opinion refused, as typed.
    OpinionAnswer {
        text: String,
        problem: shared::conversation::opinions::OpinionProblem,
    },
    /// An export refused, as asked, with every problem.
    Export {
        fields: Vec<(String, String)>,
        problems: Vec<shared::exports::ExportProblem>,
    },
    /// An officer's private note refused, as typed.
    Note {
        text: String,
        problem: shared::conversation::NoteProblem,
    },
    /// What a bulk action on the queue did (or why it did nothing), the message as typed.
    Bulk {
        report: crate::api::backoffice::BulkReport,
        text: String,
    },
    /// A queue view refused, its name as typed.
    View {
        name: String,
        problem: crate::api::backoffice::ViewProblem,
    },
    /// A kept answer refused, as typed (`id`: the one being changed).
    Template {
        id: Option<i64>,
        title: String,
        body: String,
        problems: Vec<shared::conversation::TemplateProblem>,
    },
    /// A file the sender tried to attach to their feedback, refused.
    FeedbackFile {
        problem: shared::dossier::UploadProblem,
    },
    /// The counter's intake refused, as typed, with each problem on its field.
    CounterIntake {
        intake: crate::api::backoffice::CounterIntake,
        problems: Vec<shared::eform::FieldProblem>,
    },
    Registration {
        form: RegistrationForm,
        problems: Vec<RegistrationProblem>,
    },
    SignIn {
        identifier: String,
        problem: SignInProblem,
    },
    Reset {
        token: String,
        problems: Vec<ResetProblem>,
    },
    ChangePassword {
        problems: Vec<ResetProblem>,
    },
    SecondFactor {
        problem: SecondFactorProblem,
    },
    LinkChoice {
        problem: LinkProblem,
    },
    /// Enrolment succeeded: the recovery codes, shown this once.
    RecoveryCodes {
        codes: Vec<String>,
    },
    Business {
        form: shared::identity::BusinessForm,
        problems: Vec<shared::identity::BusinessProblem>,
    },
    Invite {
        business: i64,
        email: String,
    },
    CreateOfficer {
        form: shared::identity::OfficerForm,
        problems: Vec<shared::identity::OfficerProblem>,
    },
    Invitation {
        problem: InvitationProblem,
    },
    /// The portal's contact details refused: as typed, and why.
    Contact {
        contact: shared::portal::Contact,
        problems: Vec<shared::portal::ContactProblem>,
    },
    /// An agency's key or receipt book refused: which agency, what was typed (never the private
    /// key: it is pasted again), and why.
    Papers {
        agency: i64,
        certificate: String,
        template: String,
        series: String,
        problems: Vec<shared::papers::PaperProblem>,
    },
    /// A change of the working calendar or of office hours refused.
    Calendar {
        refusal: CalendarRefusal,
    },
    /// A refund refused for something the officer can mend: what was typed, and why.
    Refund {
        amount: String,
        reason: String,
        mistake: RefundMistake,
    },
    /// The officer's result file refused (the dossier's page again, the reason by its form).
    ResultRefused {
        problem: shared::dossier::UploadProblem,
        limit_mb: u64,
    },
    /// A catalog file imported or tried: the report's lines (totals first, then each problem).
    CatalogImport {
        lines: Vec<String>,
        applied: bool,
        refused: bool,
    },
    /// A catalog editor's form refused: what was typed (kept), why, and whether someone else
    /// saved meanwhile (`stale`, with the revision now current).
    CatalogForm {
        values: Vec<(String, String)>,
        problems: Vec<shared::catalog::CatalogProblem>,
        stale: Option<i32>,
    },
    /// A draft saved with problems, or a refused submission.
    Draft {
        problems: Vec<shared::eform::FieldProblem>,
        /// Document requirements (ordinals) still without a file.
        missing: Vec<i32>,
        file_problems: Vec<(i32, shared::dossier::UploadProblem)>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecondFactorProblem {
    /// Wrong or reused code: one message.
    WrongCode,
    /// Too many wrong codes: wait this many seconds.
    Throttled { seconds: i64 },
    /// The pending sign-in expired or was used: sign in again.
    Expired,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationProblem {
    Invalid,
    OtherAddress,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetProblem {
    InvalidLink,
    WrongCurrent,
    /// Too many wrong current passwords: wait this many seconds.
    Throttled {
        seconds: i64,
    },
    Mismatch,
    Password(shared::identity::PasswordProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInProblem {
    /// One message for unknown account and wrong password.
    Rejected,
    EmailNotVerified,
    /// Too many failures: wait this many seconds (the same answer whether the account exists).
    Throttled {
        seconds: i64,
    },
    /// The password checks are saturated; nothing was counted.
    Unavailable,
}

/// The failed post being rendered again, if any. A resource, so the browser receives the same
/// value the server rendered with.
pub fn posted() -> Resource<Posted> {
    Resource::new(
        || (),
        |_| async {
            #[cfg(feature = "ssr")]
            {
                use_context::<Posted>().unwrap_or_default()
            }
            #[cfg(not(feature = "ssr"))]
            {
                Posted::Nothing
            }
        },
    )
}

/// Why linking a national identity to an existing account was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LinkProblem {
    Expired,
    WrongPassword,
    NoConsent,
    Throttled { seconds: i64 },
    Unavailable,
}

/// Why a change on the calendar page was refused (nothing changed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CalendarRefusal {
    BadDate,
    /// A day off must be a weekday, a worked day a weekend day.
    KindDoesNotFitTheDay,
    /// The note (basis or reason) is required, at most 200 characters.
    Note,
    /// Office hours that cannot be used.
    BadHours,
}

/// Why a refund the officer typed was not made, when they can mend it on the same form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RefundMistake {
    /// Not a whole number of đồng above zero.
    Amount,
    /// More than what was paid and not yet refunded.
    MoreThanPaid,
    /// Zero: nothing to refund.
    Nothing,
    Reason,
}
