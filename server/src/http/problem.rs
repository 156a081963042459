//! The portal's answer when a request cannot be done. A handler (or a middleware) answers with a
//! [`Problem`]: its HTTP status and which one it is travel in the response, and [`render`] turns
//! it into the app's error page (`app::components::notice::ProblemPage`: the site's header and
//! footer, the reason in the visitor's language, the way back). The texts are the app's
//! (`app/src/i18n/problems.rs`), so no answer is ever written in two languages at once.

use super::AppState;
use app::components::notice::ShownProblem;
use app::i18n::{Text, t};
use app::request::{CsrfToken, Viewer};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Every reason a request is not done, with the status it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    FormTooLarge,
    RequestTooLarge,
    BadForm,
    /// The form's CSRF token is missing or wrong (audited by `refusals.rs`).
    FormExpired,
    /// A state-changing request from another site (audited by `refusals.rs`).
    CrossSite,
    NotAllowed,
    NotFound,
    Unavailable,
    DossierChanged,
    UnknownAction,
    NotYourRole,
    NotInThisStatus,
    PaymentUnderWay,
    FeeUnpaid,
    NoFile,
    FileTooLarge,
    ResultOnlyProcessed,
    BothDates,
    BadRange,
    TooManyInRange,
    RegisterNotAllowed,
    TooManyRequests,
    TooManyInvitations,
    UnknownDecision,
    AlreadyDecided,
    NoBusiness,
    ClaimPointless,
    ClaimReason,
    UnknownRole,
    RoleNeeded,
    BadDate,
    BadData,
    NoNationalSignIn,
    UnknownLanguage,
    NothingToPay,
    BadAmount,
    /// Not a failure: the refund left, the gateway has not answered yet (202).
    RefundSent,
    RefundRefused,
    RefundNotClosed,
    RefundReason,
    RefundSameOfficer,
    RefundTooMuch,
    RefundNothing,
    NothingPaid,
    ApologyUsed,
    PastDue,
    BadNewAppointment,
    LastOwner,
    PaymentPending,
}

impl Problem {
    /// Every problem, for the tests that render each in both languages.
    pub const ALL: [Problem; 49] = [
        Problem::FormTooLarge,
        Problem::RequestTooLarge,
        Problem::BadForm,
        Problem::FormExpired,
        Problem::CrossSite,
        Problem::NotAllowed,
        Problem::NotFound,
        Problem::Unavailable,
        Problem::DossierChanged,
        Problem::UnknownAction,
        Problem::NotYourRole,
        Problem::NotInThisStatus,
        Problem::PaymentUnderWay,
        Problem::FeeUnpaid,
        Problem::NoFile,
        Problem::FileTooLarge,
        Problem::ResultOnlyProcessed,
        Problem::BothDates,
        Problem::BadRange,
        Problem::TooManyInRange,
        Problem::RegisterNotAllowed,
        Problem::TooManyRequests,
        Problem::TooManyInvitations,
        Problem::UnknownDecision,
        Problem::AlreadyDecided,
        Problem::NoBusiness,
        Problem::ClaimPointless,
        Problem::ClaimReason,
        Problem::UnknownRole,
        Problem::RoleNeeded,
        Problem::BadDate,
        Problem::BadData,
        Problem::NoNationalSignIn,
        Problem::UnknownLanguage,
        Problem::NothingToPay,
        Problem::BadAmount,
        Problem::RefundSent,
        Problem::RefundRefused,
        Problem::RefundNotClosed,
        Problem::RefundReason,
        Problem::RefundSameOfficer,
        Problem::RefundTooMuch,
        Problem::RefundNothing,
        Problem::NothingPaid,
        Problem::ApologyUsed,
        Problem::PastDue,
        Problem::BadNewAppointment,
        Problem::LastOwner,
        Problem::PaymentPending,
    ];

    pub fn status(self) -> StatusCode {
        use Problem::*;
        match self {
            FormTooLarge | RequestTooLarge | FileTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            BadForm | UnknownAction | UnknownDecision | UnknownRole => StatusCode::BAD_REQUEST,
            FormExpired | CrossSite | NotAllowed | NotYourRole | RegisterNotAllowed | RefundSameOfficer => {
                StatusCode::FORBIDDEN
            }
            NotFound | NoNationalSignIn | UnknownLanguage => StatusCode::NOT_FOUND,
            Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            DossierChanged | NotInThisStatus | PaymentUnderWay | FeeUnpaid | ResultOnlyProcessed | AlreadyDecided
            | NothingToPay | RefundRefused | RefundNotClosed | RefundTooMuch | NothingPaid | ApologyUsed | PastDue
            | LastOwner | PaymentPending => StatusCode::CONFLICT,
            NoFile | BothDates | BadRange | TooManyInRange | NoBusiness | ClaimPointless | ClaimReason | RoleNeeded
            | BadDate | BadData | BadAmount | RefundReason | RefundNothing | BadNewAppointment => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            TooManyRequests | TooManyInvitations => StatusCode::TOO_MANY_REQUESTS,
            RefundSent => StatusCode::ACCEPTED,
        }
    }

    /// Why, for the visitor.
    pub fn text(self) -> Text {
        use Problem::*;
        match self {
            FormTooLarge => t::PROBLEM_FORM_TOO_LARGE,
            RequestTooLarge => t::PROBLEM_REQUEST_TOO_LARGE,
            BadForm => t::PROBLEM_BAD_FORM,
            FormExpired => t::PROBLEM_FORM_EXPIRED,
            CrossSite => t::PROBLEM_CROSS_SITE,
            NotAllowed => t::PROBLEM_NOT_ALLOWED,
            NotFound => t::PROBLEM_NOT_FOUND,
            Unavailable => t::PROBLEM_UNAVAILABLE,
            DossierChanged => t::PROBLEM_DOSSIER_CHANGED,
            UnknownAction => t::PROBLEM_UNKNOWN_ACTION,
            NotYourRole => t::PROBLEM_NOT_YOUR_ROLE,
            NotInThisStatus => t::PROBLEM_NOT_IN_THIS_STATUS,
            PaymentUnderWay => t::PROBLEM_PAYMENT_UNDER_WAY,
            FeeUnpaid => t::PROBLEM_FEE_UNPAID,
            NoFile => t::PROBLEM_NO_FILE,
            FileTooLarge => t::PROBLEM_FILE_TOO_LARGE,
            ResultOnlyProcessed => t::PROBLEM_RESULT_ONLY_PROCESSED,
            BothDates => t::PROBLEM_BOTH_DATES,
            BadRange => t::PROBLEM_BAD_RANGE,
            TooManyInRange => t::PROBLEM_TOO_MANY_IN_RANGE,
            RegisterNotAllowed => t::PROBLEM_REGISTER_NOT_ALLOWED,
            TooManyRequests => t::PROBLEM_TOO_MANY_REQUESTS,
            TooManyInvitations => t::PROBLEM_TOO_MANY_INVITATIONS,
            UnknownDecision => t::PROBLEM_UNKNOWN_DECISION,
            AlreadyDecided => t::PROBLEM_ALREADY_DECIDED,
            NoBusiness => t::PROBLEM_NO_BUSINESS,
            ClaimPointless => t::PROBLEM_CLAIM_POINTLESS,
            ClaimReason => t::PROBLEM_CLAIM_REASON,
            UnknownRole => t::PROBLEM_UNKNOWN_ROLE,
            RoleNeeded => t::PROBLEM_ROLE_NEEDED,
            BadDate => t::PROBLEM_BAD_DATE,
            BadData => t::PROBLEM_BAD_DATA,
            NoNationalSignIn => t::PROBLEM_NO_NATIONAL_SIGN_IN,
            UnknownLanguage => t::PROBLEM_UNKNOWN_LANGUAGE,
            NothingToPay => t::PROBLEM_NOTHING_TO_PAY,
            BadAmount => t::PROBLEM_BAD_AMOUNT,
            RefundSent => t::PROBLEM_REFUND_SENT,
            RefundRefused => t::PROBLEM_REFUND_REFUSED,
            RefundNotClosed => t::PROBLEM_REFUND_NOT_CLOSED,
            RefundReason => t::PROBLEM_REFUND_REASON,
            RefundSameOfficer => t::PROBLEM_REFUND_SAME_OFFICER,
            RefundTooMuch => t::PROBLEM_REFUND_TOO_MUCH,
            RefundNothing => t::PROBLEM_REFUND_NOTHING,
            NothingPaid => t::PROBLEM_NOTHING_PAID,
            ApologyUsed => t::PROBLEM_APOLOGY_USED,
            PastDue => t::PROBLEM_PAST_DUE,
            BadNewAppointment => t::PROBLEM_BAD_NEW_APPOINTMENT,
            LastOwner => t::PROBLEM_LAST_OWNER,
            PaymentPending => t::PROBLEM_PAYMENT_PENDING,
        }
    }
}

impl IntoResponse for Problem {
    /// The status and the problem itself; [`render`] writes the page. (A response that never
    /// passes `render` still says why, in Vietnamese, the portal's language.)
    fn into_response(self) -> Response {
        let mut response = (self.status(), self.text().vi).into_response();
        if matches!(self, Problem::FormExpired | Problem::CrossSite) {
            response.extensions_mut().insert(super::refusals::CsrfRefused);
        }
        response.extensions_mut().insert(self);
        response
    }
}

/// Renders the error page for a response that carries a [`Problem`], keeping its status, its
/// cookies and what the outer middleware read from it (the refused-forgery mark). The page is
/// rendered for the request as it came (its language cookie), with the visitor the session
/// middleware found (it leaves them on the response: this middleware runs outside it, so that
/// the same-origin and size refusals get the page too).
pub async fn render(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let mut asked = parts.clone();
    // This middleware runs outside the cookie prefixing: read the cookies as the app expects them
    // (`lang`, not `__Host-lang`), and drop unprefixed copies a sibling host may have planted.
    if state.secure_cookies {
        super::cookies::unprefix_incoming(&mut asked.headers);
    }
    let response = next.run(Request::from_parts(parts, body)).await;
    let Some(problem) = response.extensions().get::<Problem>().copied() else { return response };
    if let Some(viewer) = response.extensions().get::<Viewer>() {
        asked.extensions.insert(viewer.clone());
    }
    if let Some(token) = response.extensions().get::<CsrfToken>() {
        asked.extensions.insert(token.clone());
    }
    let page = page(&state, asked, problem).await;
    let (mut head, _) = response.into_parts();
    let (page_head, page_body) = page.into_parts();
    for name in [axum::http::header::CONTENT_TYPE, axum::http::header::CONTENT_SECURITY_POLICY] {
        match page_head.headers.get(&name) {
            Some(value) => head.headers.insert(name, value.clone()),
            None => head.headers.remove(name),
        };
    }
    head.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(head, page_body)
}

/// The app's error page for `problem`, rendered for the request `asked` (its language cookie, the
/// visitor the session found).
pub async fn page(state: &AppState, asked: axum::http::request::Parts, problem: Problem) -> Response {
    let shown = ShownProblem { status: problem.status().as_u16(), text: problem.text() };
    let services = state.services.clone();
    let options = state.leptos_options.clone();
    leptos_axum::render_app_async_with_context(
        move || {
            services.provide();
            provide_context(shown);
        },
        move || app::shell(options.clone()),
    )(Request::from_parts(asked, Body::empty()))
    .await
}

#[cfg(test)]
mod tests {
    use super::Problem;

    /// `ALL` holds every problem once: `ordinal` has no wildcard arm, so a new problem does not
    /// compile until it is numbered, and then fails here until it is in `ALL`.
    #[test]
    fn every_problem_is_listed_once_with_texts_in_both_languages() {
        fn ordinal(p: Problem) -> usize {
            use Problem::*;
            match p {
                FormTooLarge => 0,
                RequestTooLarge => 1,
                BadForm => 2,
                FormExpired => 3,
                CrossSite => 4,
                NotAllowed => 5,
                NotFound => 6,
                Unavailable => 7,
                DossierChanged => 8,
                UnknownAction => 9,
                NotYourRole => 10,
                NotInThisStatus => 11,
                PaymentUnderWay => 12,
                FeeUnpaid => 13,
                NoFile => 14,
                FileTooLarge => 15,
                ResultOnlyProcessed => 16,
                BothDates => 17,
                BadRange => 18,
                TooManyInRange => 19,
                RegisterNotAllowed => 20,
                TooManyRequests => 21,
                TooManyInvitations => 22,
                UnknownDecision => 23,
                AlreadyDecided => 24,
                NoBusiness => 25,
                ClaimPointless => 26,
                ClaimReason => 27,
                UnknownRole => 28,
                RoleNeeded => 29,
                BadDate => 30,
                BadData => 31,
                NoNationalSignIn => 32,
                UnknownLanguage => 33,
                NothingToPay => 34,
                BadAmount => 35,
                RefundSent => 36,
                RefundRefused => 37,
                RefundNotClosed => 38,
                RefundReason => 39,
                RefundSameOfficer => 40,
                RefundTooMuch => 41,
                RefundNothing => 42,
                NothingPaid => 43,
                ApologyUsed => 44,
                PastDue => 45,
                BadNewAppointment => 46,
                LastOwner => 47,
                PaymentPending => 48,
            }
        }
        let mut seen: Vec<usize> = Problem::ALL.iter().map(|p| ordinal(*p)).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (0..Problem::ALL.len()).collect::<Vec<_>>());
        for p in Problem::ALL {
            let text = p.text();
            assert!(!text.vi.is_empty() && !text.en.is_empty() && text.vi != text.en, "{p:?}");
        }
    }
}
