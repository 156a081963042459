//! Feedback and proposals (phản ánh, kiến nghị — PAKN) about a procedure, a dossier or an
//! officer's conduct (domain brief §5.2, indicators 5.1–5.3): what a sender writes, the states it
//! goes through at the province's PAKN desk and the agency it is given to, the time limits in
//! working days, whether it was handled on time, and the text published with personal data
//! removed. Pure: the server stores and mails, this module decides.

use crate::identity::{Email, Phone};
use serde::{Deserialize, Serialize};

crate::code::coded_enum! {
    /// What the feedback is about.
    Topic {
        Procedure => "thu_tuc",
        Dossier => "ho_so",
        Officer => "can_bo",
        Other => "khac",
    }
}

crate::code::coded_enum! {
    /// The desk's classification (indicator 5.1).
    Kind {
        /// Phản ánh: something went wrong.
        Complaint => "phan_anh",
        /// Kiến nghị: something should change.
        Proposal => "kien_nghi",
    }
}

crate::code::coded_enum! {
    /// Where a feedback stands.
    State {
        /// Sent without an account; waits for the sender to confirm their e-mail.
        Unconfirmed => "cho_xac_nhan",
        /// At the PAKN desk, to be classified and given to an agency, or refused.
        AtDesk => "moi",
        /// Given to an agency, which answers.
        Assigned => "da_chuyen",
        /// The agency asked the sender for more information.
        InfoRequested => "yeu_cau_bo_sung",
        /// Answered; the sender has the answer.
        Answered => "da_tra_loi",
        /// Answered and published (personal data removed).
        Published => "da_cong_khai",
        /// Refused by the desk (not a matter for it), with its reason.
        Refused => "tu_choi",
    }
}

impl State {
    /// Still to be handled by someone at the province.
    pub fn is_open(self) -> bool {
        matches!(self, State::AtDesk | State::Assigned | State::InfoRequested)
    }
}

/// The time limits, in working days, from the day the feedback was received (confirmed):
/// refuse it, ask for more information, resolve it; and from the answer: publish it.
pub const REFUSE_DAYS: u32 = 2;
pub const INFO_DAYS: u32 = 5;
pub const RESOLVE_DAYS: u32 = 15;
pub const PUBLISH_DAYS: u32 = 2;

/// Longest texts kept, in characters.
pub const TITLE_MAX: usize = 200;
pub const CONTENT_MAX: usize = 5_000;
pub const NAME_MAX: usize = 100;
pub const REFERENCE_MAX: usize = 40;
pub const ANSWER_MAX: usize = 10_000;

/// The posted names of the sender's form.
pub mod fields {
    pub const NAME: &str = "ho_ten";
    pub const EMAIL: &str = "email";
    pub const PHONE: &str = "dien_thoai";
    pub const TOPIC: &str = "ve_viec";
    pub const PROCEDURE: &str = "ma_thu_tuc";
    pub const DOSSIER: &str = "ma_ho_so";
    pub const OFFICER: &str = "can_bo";
    pub const TITLE: &str = "tieu_de";
    pub const CONTENT: &str = "noi_dung";
    pub const CONSENT: &str = "dong_y";
}

/// What a sender typed, as posted (kept to show the form again).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackForm {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub topic: String,
    pub procedure: String,
    pub dossier: String,
    pub officer: String,
    pub title: String,
    pub content: String,
    pub consent: bool,
}

/// A problem with one field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormProblem {
    NameMissing,
    NameTooLong,
    EmailInvalid,
    PhoneInvalid,
    TopicMissing,
    /// The topic needs its reference: the procedure's or dossier's code, the officer.
    ReferenceMissing,
    ReferenceTooLong,
    TitleMissing,
    TitleTooLong,
    ContentTooShort,
    ContentTooLong,
    NoConsent,
}

impl FormProblem {
    /// The posted name of the field it is about.
    pub fn field(self) -> &'static str {
        use FormProblem::*;
        match self {
            NameMissing | NameTooLong => fields::NAME,
            EmailInvalid => fields::EMAIL,
            PhoneInvalid => fields::PHONE,
            TopicMissing => fields::TOPIC,
            ReferenceMissing | ReferenceTooLong => "tham_chieu",
            TitleMissing | TitleTooLong => fields::TITLE,
            ContentTooShort | ContentTooLong => fields::CONTENT,
            NoConsent => fields::CONSENT,
        }
    }
}

/// A feedback that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidFeedback {
    pub name: String,
    pub email: Email,
    pub phone: Option<Phone>,
    pub topic: Topic,
    /// The procedure's or dossier's code, or the officer's name or desk, by topic.
    pub reference: Option<String>,
    pub title: String,
    pub content: String,
}

/// The fewest characters a content says something in.
const CONTENT_MIN: usize = 20;

impl FeedbackForm {
    pub fn from_fields(get: impl Fn(&str) -> String) -> FeedbackForm {
        let text = |k: &str| crate::text::nfc(get(k).trim());
        FeedbackForm {
            name: text(fields::NAME),
            email: text(fields::EMAIL),
            phone: text(fields::PHONE),
            topic: text(fields::TOPIC),
            procedure: text(fields::PROCEDURE),
            dossier: text(fields::DOSSIER),
            officer: text(fields::OFFICER),
            title: text(fields::TITLE),
            content: crate::text::nfc(get(fields::CONTENT).trim()),
            consent: !get(fields::CONSENT).is_empty(),
        }
    }

    /// The reference the topic asks for, as typed.
    fn reference(&self, topic: Topic) -> Option<&str> {
        let typed = match topic {
            Topic::Procedure => &self.procedure,
            Topic::Dossier => &self.dossier,
            Topic::Officer => &self.officer,
            Topic::Other => return None,
        };
        Some(typed.as_str()).filter(|t| !t.is_empty())
    }

    /// The checked feedback, or every problem found.
    pub fn validate(&self) -> Result<ValidFeedback, Vec<FormProblem>> {
        use FormProblem::*;
        let mut problems = Vec::new();
        let count = |s: &str| s.chars().count();
        if self.name.is_empty() {
            problems.push(NameMissing);
        } else if count(&self.name) > NAME_MAX {
            problems.push(NameTooLong);
        }
        let email = Email::parse(&self.email).map_err(|_| problems.push(EmailInvalid)).ok();
        let phone = if self.phone.is_empty() {
            None
        } else {
            Phone::parse(&self.phone).map_err(|_| problems.push(PhoneInvalid)).ok()
        };
        let topic = Topic::parse(&self.topic);
        match topic {
            None => problems.push(TopicMissing),
            Some(Topic::Other) => {}
            Some(t) => match self.reference(t) {
                None => problems.push(ReferenceMissing),
                Some(r) if count(r) > REFERENCE_MAX.max(NAME_MAX) => problems.push(ReferenceTooLong),
                Some(_) => {}
            },
        }
        if self.title.is_empty() {
            problems.push(TitleMissing);
        } else if count(&self.title) > TITLE_MAX {
            problems.push(TitleTooLong);
        }
        if count(&self.content) < CONTENT_MIN {
            problems.push(ContentTooShort);
        } else if count(&self.content) > CONTENT_MAX {
            problems.push(ContentTooLong);
        }
        if !self.consent {
            problems.push(NoConsent);
        }
        match (problems.is_empty(), email, topic) {
            (true, Some(email), Some(topic)) => Ok(ValidFeedback {
                name: self.name.clone(),
                email,
                phone,
                topic,
                reference: self.reference(topic).map(str::to_owned),
                title: self.title.clone(),
                content: self.content.clone(),
            }),
            _ => Err(problems),
        }
    }
}

/// What stands in for personal data in published text.
pub const REDACTED: &str = "[đã ẩn]";

/// `text` with what identifies a person removed: e-mail addresses, and runs of nine or more
/// digits (phone and ID numbers, tax codes), with the separators people write inside numbers
/// (spaces, dots, dashes, slashes, underscores, brackets, plus).
pub fn redact(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|w| if w.contains('@') && w.contains('.') { REDACTED.to_owned() } else { w.to_owned() })
        .collect();
    let text = words.join(" ");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            // A run: digits and the separators people write inside numbers.
            let mut j = i;
            let mut digits = 0;
            let mut end = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit() || matches!(chars[j], ' ' | '.' | '-' | '/' | '_' | '(' | ')' | '+'))
            {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    end = j + 1;
                }
                j += 1;
            }
            if digits >= 9 {
                out.push_str(REDACTED);
            } else {
                out.extend(&chars[i..end]);
            }
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// When each stage was done, for deciding whether the feedback was handled on time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Handling {
    pub state: Option<State>,
    /// Refused, answered, published: whether each came by its time limit (`None`: not done).
    pub refused_on_time: Option<bool>,
    pub answered_on_time: Option<bool>,
    pub published_on_time: Option<bool>,
    /// For an open one: its current time limit has passed.
    pub overdue: bool,
}

/// Handled within its time limits (indicator 5.2): refused in time, or answered in time and,
/// when published, published in time; an open one is on time until its limit passes.
pub fn on_time(h: &Handling) -> bool {
    match h.state {
        Some(State::Refused) => h.refused_on_time == Some(true),
        Some(State::Answered) => h.answered_on_time == Some(true) && !h.overdue,
        Some(State::Published) => h.answered_on_time == Some(true) && h.published_on_time != Some(false),
        _ => !h.overdue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(k: &str) -> String {
        match k {
            "ho_ten" => " Nguyễn Thị Hoa ",
            "email" => "hoa@example.vn",
            "ve_viec" => "thu_tuc",
            "ma_thu_tuc" => "1.001193",
            "tieu_de" => "Cán bộ hẹn lại nhiều lần",
            "noi_dung" => "Tôi đến nộp hồ sơ ba lần mà chưa được tiếp nhận.",
            "dong_y" => "1",
            _ => "",
        }
        .to_owned()
    }

    #[test]
    fn a_complete_feedback_passes_and_each_problem_is_named() {
        let valid = FeedbackForm::from_fields(posted).validate().unwrap();
        assert_eq!(valid.name, "Nguyễn Thị Hoa");
        assert_eq!((valid.topic, valid.reference.as_deref()), (Topic::Procedure, Some("1.001193")));
        let empty = FeedbackForm::from_fields(|_| String::new()).validate().unwrap_err();
        use FormProblem::*;
        assert_eq!(empty, [NameMissing, EmailInvalid, TopicMissing, TitleMissing, ContentTooShort, NoConsent]);
        let no_reference = FeedbackForm::from_fields(|k| if k == "ma_thu_tuc" { String::new() } else { posted(k) });
        assert_eq!(no_reference.validate().unwrap_err(), [ReferenceMissing]);
        let bad_phone = FeedbackForm::from_fields(|k| if k == "dien_thoai" { "12".into() } else { posted(k) });
        assert_eq!(bad_phone.validate().unwrap_err(), [PhoneInvalid]);
        assert_eq!(ReferenceMissing.field(), "tham_chieu");
    }

    #[test]
    fn published_text_loses_emails_and_long_numbers_but_keeps_dates_and_codes() {
        let text = "Gọi 0912 345 678 hoặc thư an@x.vn; CCCD 014190000001. Hẹn ngày 12/11/2026, hồ sơ số 12.";
        assert_eq!(redact(text), "Gọi [đã ẩn] hoặc thư [đã ẩn] CCCD [đã ẩn]. Hẹn ngày 12/11/2026, hồ sơ số 12.");
        assert_eq!(redact("Thủ tục 1.001193 mất 15 ngày"), "Thủ tục 1.001193 mất 15 ngày");
        assert_eq!(
            redact("Số (091) 2345678 hay 0912/345/678 hay +84_912_345_678."),
            "Số ([đã ẩn] hay [đã ẩn] hay +[đã ẩn]."
        );
    }

    #[test]
    fn on_time_means_every_stage_by_its_limit() {
        let refused = Handling { state: Some(State::Refused), refused_on_time: Some(true), ..Handling::default() };
        assert!(on_time(&refused));
        let late_refusal = Handling { refused_on_time: Some(false), ..refused };
        assert!(!on_time(&late_refusal));
        let answered = Handling { state: Some(State::Answered), answered_on_time: Some(true), ..Handling::default() };
        assert!(on_time(&answered));
        assert!(!on_time(&Handling { overdue: true, ..answered }), "its publication is overdue");
        let published = Handling { state: Some(State::Published), published_on_time: Some(false), ..answered };
        assert!(!on_time(&published));
        let open = Handling { state: Some(State::Assigned), ..Handling::default() };
        assert!(on_time(&open));
        assert!(!on_time(&Handling { overdue: true, ..open }));
    }
}
