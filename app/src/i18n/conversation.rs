//! Texts of the conversation around a dossier: its message thread, the officers' private notes
//! and the answers an officer keeps.

use super::{Lang, Text};
use shared::conversation::{
    MAX_FILES, MAX_NOTE, MAX_TEMPLATE_TITLE, MAX_TEMPLATES, MAX_TEXT, MessageProblem, NoteProblem, TemplateProblem,
};

pub mod t {
    use super::Text;
    texts! {
        MSG_TITLE: "Trao đổi với cơ quan giải quyết" / "Messages with the office";
        MSG_TITLE_OFFICER: "Trao đổi với người nộp hồ sơ" / "Messages with the applicant";
        MSG_LEAD: "Hỏi và trả lời về hồ sơ này. Tin nhắn không thay cho yêu cầu bổ sung hồ sơ: thời hạn giải quyết không dừng lại khi bạn nhắn tin." / "Ask and answer about this application. A message is not a request for more documents: the time limit does not stop for it.";
        MSG_LEAD_OFFICER: "Người nộp hồ sơ nhận tin nhắn của bạn qua thư điện tử và trên trang hồ sơ. Tin nhắn không dừng thời hạn; để yêu cầu bổ sung hồ sơ, hãy dùng thao tác «Yêu cầu bổ sung»." / "The applicant gets your message by mail and on the application's page. A message does not stop the clock; to ask for more documents, use “Request a supplement”.";
        MSG_NONE: "Chưa có tin nhắn nào." / "No messages yet.";
        MSG_OLDER: "Xem tin nhắn cũ hơn" / "Older messages";
        MSG_LATEST: "Về tin nhắn mới nhất" / "Back to the latest messages";
        MSG_YOU: "Bạn" / "You";
        MSG_OFFICE: "Cơ quan giải quyết" / "The office";
        MSG_APPLICANT: "Người nộp hồ sơ" / "Applicant";
        MSG_NEW: "Mới" / "New";
        MSG_TEXT: "Tin nhắn" / "Message";
        MSG_TEXT_HINT: "Tối đa 4.000 ký tự. Không cần ghi lại số định danh: cơ quan đã có trong hồ sơ." / "Up to 4,000 characters. No need to repeat your ID number: the office has it.";
        MSG_FILES: "Tệp đính kèm (không bắt buộc)" / "Files (optional)";
        MSG_SEND: "Gửi tin nhắn" / "Send the message";
        MSG_SENT: "Đã gửi tin nhắn." / "Your message was sent.";
        MSG_REFUSED: "Chưa gửi được tin nhắn" / "The message was not sent";
        MSG_FILES_OF: "Tệp đính kèm" / "Files";
        MSG_USE_TEMPLATE: "Câu trả lời mẫu" / "Kept answer";
        MSG_FILL_TEMPLATE: "Điền vào tin nhắn" / "Put it in the message";
        MSG_MANAGE_TEMPLATES: "Quản lý câu trả lời mẫu" / "Manage kept answers";
        MSG_UNREAD: "tin nhắn chưa đọc" / "unread messages";
        NOTES_TITLE: "Ghi chú nội bộ" / "Internal notes";
        NOTES_LEAD: "Chỉ cán bộ xem được; người nộp hồ sơ không bao giờ thấy các ghi chú này." / "Officers only; the applicant never sees these notes.";
        NOTES_NONE: "Chưa có ghi chú." / "No notes yet.";
        NOTE_TEXT: "Ghi chú mới" / "New note";
        NOTE_ADD: "Lưu ghi chú" / "Keep the note";
        NOTE_SAVED: "Đã lưu ghi chú." / "The note was kept.";
        NOTE_REFUSED: "Chưa lưu được ghi chú" / "The note was not kept";
        TPL_TITLE: "Câu trả lời mẫu" / "Kept answers";
        TPL_LEAD: "Những câu trả lời bạn hay dùng, để điền nhanh vào tin nhắn. Các chỗ {ma_ho_so}, {thu_tuc} và {ngay_hen} được thay bằng mã hồ sơ, tên thủ tục và ngày hẹn trả của hồ sơ bạn trả lời." / "Answers you often give, to put in a message quickly. {ma_ho_so}, {thu_tuc} and {ngay_hen} become the application's code, its procedure and its appointment.";
        TPL_NONE: "Bạn chưa lưu câu trả lời mẫu nào." / "You keep no answers yet.";
        TPL_NEW: "Thêm câu trả lời mẫu" / "Add a kept answer";
        TPL_EDIT: "Sửa câu trả lời mẫu" / "Change the kept answer";
        TPL_NAME: "Tên gợi nhớ" / "Title";
        TPL_NAME_HINT: "Để bạn tìm lại trong danh sách; tối đa {max} ký tự." / "To find it again in the list; up to {max} characters.";
        TPL_BODY: "Nội dung" / "Text";
        TPL_SAVE: "Lưu" / "Save";
        TPL_DELETE: "Xoá" / "Delete";
        TPL_CHANGE: "Sửa" / "Change";
        TPL_SAVED: "Đã lưu các câu trả lời mẫu." / "Your kept answers were saved.";
        TPL_REFUSED: "Chưa lưu được câu trả lời mẫu" / "The kept answer was not saved";
        TPL_UPDATED: "Cập nhật" / "Updated";
    }
}

/// Why a message was not sent, in `lang` (`limit_mb`: the largest file).
pub fn message_problem(problem: MessageProblem, lang: Lang, limit_mb: u64) -> String {
    let vi = lang == Lang::Vi;
    match problem {
        MessageProblem::Empty => Text {
            vi: "Hãy viết tin nhắn hoặc đính kèm một tệp.",
            en: "Write a message or attach a file.",
        }
        .get(lang)
        .to_owned(),
        MessageProblem::TooLong => {
            if vi {
                format!("Tin nhắn dài quá {MAX_TEXT} ký tự.")
            } else {
                format!("The message is longer than {MAX_TEXT} characters.")
            }
        }
        MessageProblem::TooManyFiles => {
            if vi {
                format!("Mỗi tin nhắn đính kèm tối đa {MAX_FILES} tệp.")
            } else {
                format!("A message carries at most {MAX_FILES} files.")
            }
        }
        MessageProblem::File(problem) => super::upload_problem_message(problem, lang, limit_mb),
        MessageProblem::TooManyToday => Text {
            vi: "Bạn đã gửi nhiều tin nhắn về hồ sơ này trong 24 giờ qua. Hãy thử lại sau.",
            en: "You sent many messages about this application in the last 24 hours. Try again later.",
        }
        .get(lang)
        .to_owned(),
        MessageProblem::ThreadFull => Text {
            vi: "Các tệp đính kèm của hồ sơ này đã đạt dung lượng tối đa; hãy gửi tin nhắn không kèm tệp.",
            en: "This application's messages hold as many files as they may; send the message without files.",
        }
        .get(lang)
        .to_owned(),
    }
}

/// Which input of the message form a problem belongs to (`noi_dung` or `tep`; none for the
/// form as a whole).
pub fn message_problem_field(problem: MessageProblem) -> Option<&'static str> {
    match problem {
        MessageProblem::Empty | MessageProblem::TooLong => Some("noi_dung"),
        MessageProblem::TooManyFiles | MessageProblem::File(_) | MessageProblem::ThreadFull => Some("tep"),
        MessageProblem::TooManyToday => None,
    }
}

pub fn note_problem(problem: NoteProblem, lang: Lang) -> String {
    match problem {
        NoteProblem::Empty => Text { vi: "Hãy viết nội dung ghi chú.", en: "Write the note." }.get(lang).to_owned(),
        NoteProblem::TooLong => match lang {
            Lang::Vi => format!("Ghi chú dài quá {MAX_NOTE} ký tự."),
            Lang::En => format!("The note is longer than {MAX_NOTE} characters."),
        },
    }
}

/// A kept answer's problem and the input it belongs to.
pub fn template_problem(problem: TemplateProblem, lang: Lang) -> (&'static str, String) {
    let vi = lang == Lang::Vi;
    match problem {
        TemplateProblem::NoTitle => {
            ("tieu_de", Text { vi: "Hãy đặt tên gợi nhớ.", en: "Give it a title." }.get(lang).to_owned())
        }
        TemplateProblem::TitleTooLong => (
            "tieu_de",
            if vi {
                format!("Tên dài quá {MAX_TEMPLATE_TITLE} ký tự.")
            } else {
                format!("The title is longer than {MAX_TEMPLATE_TITLE} characters.")
            },
        ),
        TemplateProblem::Empty => {
            ("noi_dung", Text { vi: "Hãy viết nội dung.", en: "Write the text." }.get(lang).to_owned())
        }
        TemplateProblem::TooLong => (
            "noi_dung",
            if vi {
                format!("Nội dung dài quá {MAX_TEXT} ký tự.")
            } else {
                format!("The text is longer than {MAX_TEXT} characters.")
            },
        ),
        TemplateProblem::TooMany => (
            "tieu_de",
            if vi {
                format!("Bạn đã lưu {MAX_TEMPLATES} câu trả lời mẫu, mức tối đa; hãy xoá bớt một câu.")
            } else {
                format!("You keep {MAX_TEMPLATES} answers, the most you may; delete one first.")
            },
        ),
    }
}
