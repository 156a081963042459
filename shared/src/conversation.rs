//! The conversation around a dossier (issue #19): messages between its applicant and the
//! officers handling it, the officers' private notes on it, and the answers an officer keeps to
//! reuse. A message is not a supplement request: it never pauses the clock, moves the status or
//! asks for documents; the formal request stays the only way to do that.

pub mod opinions;

use crate::dossier::UploadProblem;
use serde::{Deserialize, Serialize};

/// A message's text, in characters.
pub const MAX_TEXT: usize = 4_000;
/// Files one message may carry.
pub const MAX_FILES: usize = 3;
/// Messages one person may write on one dossier in a day: enough for any real exchange, and a
/// bound on the mail a runaway script could make the portal send.
pub const DAILY_MESSAGES: i64 = 30;
/// All files of one dossier's thread together, in bytes.
pub const THREAD_BYTES: i64 = 100 * 1024 * 1024;
/// A private note's text, in characters.
pub const MAX_NOTE: usize = 2_000;
/// Answers one officer may keep.
pub const MAX_TEMPLATES: i64 = 50;
/// A kept answer's title, in characters.
pub const MAX_TEMPLATE_TITLE: usize = 120;
/// Messages a thread shows at once (older ones a page back).
pub const PAGE: i64 = 50;

/// Why a message was not sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageProblem {
    /// Neither text nor a file.
    Empty,
    TooLong,
    TooManyFiles,
    /// A file refused (type, size, empty, broken off).
    File(UploadProblem),
    /// The author's messages on this dossier today reached [`DAILY_MESSAGES`].
    TooManyToday,
    /// The thread's files reached [`THREAD_BYTES`].
    ThreadFull,
}

/// A message's text as it is kept: line endings made `\n`, the ends trimmed; refused when it is
/// empty without a file, or too long.
pub fn message_text(text: &str, files: usize) -> Result<String, MessageProblem> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if files > MAX_FILES {
        return Err(MessageProblem::TooManyFiles);
    }
    if text.chars().count() > MAX_TEXT {
        return Err(MessageProblem::TooLong);
    }
    if text.is_empty() && files == 0 {
        return Err(MessageProblem::Empty);
    }
    Ok(text.to_owned())
}

/// Why a note was not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteProblem {
    Empty,
    TooLong,
}

/// A note's text as it is kept, or why not.
pub fn note_text(text: &str) -> Result<String, NoteProblem> {
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        Err(NoteProblem::Empty)
    } else if text.chars().count() > MAX_NOTE {
        Err(NoteProblem::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

/// Why an answer to keep was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateProblem {
    NoTitle,
    TitleTooLong,
    Empty,
    TooLong,
    /// The officer already keeps [`MAX_TEMPLATES`].
    TooMany,
}

/// A kept answer's title and text, trimmed, or every problem with them.
pub fn template(title: &str, text: &str) -> Result<(String, String), Vec<TemplateProblem>> {
    let (title, text) = (title.trim(), text.replace("\r\n", "\n"));
    let text = text.trim();
    let mut problems = Vec::new();
    if title.is_empty() {
        problems.push(TemplateProblem::NoTitle);
    } else if title.chars().count() > MAX_TEMPLATE_TITLE {
        problems.push(TemplateProblem::TitleTooLong);
    }
    if text.is_empty() {
        problems.push(TemplateProblem::Empty);
    } else if text.chars().count() > MAX_TEXT {
        problems.push(TemplateProblem::TooLong);
    }
    if problems.is_empty() { Ok((title.to_owned(), text.to_owned())) } else { Err(problems) }
}

/// The places a kept answer may name, filled for the dossier it answers.
pub const PLACES: [&str; 3] = ["{ma_ho_so}", "{thu_tuc}", "{ngay_hen}"];

/// `text` with its places filled: the dossier's code, its procedure's name and its appointment
/// (left as written when the dossier has none yet).
pub fn fill(text: &str, code: &str, procedure: &str, appointment: Option<&str>) -> String {
    let text = text.replace(PLACES[0], code).replace(PLACES[1], procedure);
    match appointment {
        Some(when) => text.replace(PLACES[2], when),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_needs_text_or_a_file_and_keeps_its_lines() {
        assert_eq!(message_text("  \r\n ", 0), Err(MessageProblem::Empty));
        assert_eq!(message_text("", 1), Ok(String::new()), "a file alone is a message");
        assert_eq!(message_text(" Xin chào\r\ncán bộ \r", 0).as_deref(), Ok("Xin chào\ncán bộ"));
        assert_eq!(message_text(&"ắ".repeat(MAX_TEXT), 0).map(|t| t.chars().count()), Ok(MAX_TEXT));
        assert_eq!(message_text(&"ắ".repeat(MAX_TEXT + 1), 0), Err(MessageProblem::TooLong));
        assert_eq!(message_text("có tệp", MAX_FILES + 1), Err(MessageProblem::TooManyFiles));
    }

    #[test]
    fn notes_and_kept_answers_are_bounded() {
        assert_eq!(note_text(" \n "), Err(NoteProblem::Empty));
        assert_eq!(note_text(&"a".repeat(MAX_NOTE + 1)), Err(NoteProblem::TooLong));
        assert_eq!(note_text(" Gọi lại chiều nay ").as_deref(), Ok("Gọi lại chiều nay"));
        assert_eq!(template(" ", " "), Err(vec![TemplateProblem::NoTitle, TemplateProblem::Empty]));
        assert_eq!(
            template(&"t".repeat(MAX_TEMPLATE_TITLE + 1), &"x".repeat(MAX_TEXT + 1)),
            Err(vec![TemplateProblem::TitleTooLong, TemplateProblem::TooLong])
        );
        assert_eq!(template(" Hẹn ", " Mời ông/bà "), Ok(("Hẹn".to_owned(), "Mời ông/bà".to_owned())));
    }

    #[test]
    fn a_kept_answer_names_the_dossier_it_answers() {
        let text = "Hồ sơ {ma_ho_so} ({thu_tuc}) hẹn trả {ngay_hen}.";
        assert_eq!(
            fill(text, "H99.1-261207-0001", "Đăng ký khai sinh", Some("16:00 10/12/2026")),
            "Hồ sơ H99.1-261207-0001 (Đăng ký khai sinh) hẹn trả 16:00 10/12/2026."
        );
        assert_eq!(fill(text, "C", "P", None), "Hồ sơ C (P) hẹn trả {ngay_hen}.");
    }
}
