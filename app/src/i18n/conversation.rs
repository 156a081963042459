//! Texts of the conversation around a dossier: its message thread, the officers' private notes
//! and the answers an officer keeps.

use super::{Lang, Text};
use shared::conversation::opinions::{DAYS, OpinionProblem};
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
        OP_TITLE: "Xin ý kiến cơ quan, đơn vị khác" / "Opinions asked of other units";
        OP_LEAD: "Nội bộ: người nộp hồ sơ không thấy câu hỏi và câu trả lời. Đơn vị được hỏi chỉ thấy câu hỏi và tệp kèm theo, không thấy hồ sơ." / "Internal: the applicant sees neither question nor answer. The unit asked sees the question and its files, not the application.";
        OP_NONE: "Chưa xin ý kiến đơn vị nào." / "No unit has been asked yet.";
        OP_ASKED: "Đã gửi xin ý kiến." / "The question was sent.";
        OP_ASK: "Gửi xin ý kiến" / "Send the question";
        OP_NEW: "Xin ý kiến mới" / "Ask for an opinion";
        OP_UNIT: "Đơn vị được hỏi" / "Unit to ask";
        OP_UNIT_HINT: "Chọn phòng, ban của cơ quan cần hỏi." / "Choose the office of the agency to ask.";
        OP_UNIT_PICK: "— Chọn đơn vị —" / "— Choose a unit —";
        OP_DAYS: "Thời hạn trả lời (ngày làm việc)" / "Time to answer (working days)";
        OP_DAYS_HINT: "Từ 1 đến 30 ngày làm việc, không tính ngày gửi; ngày nghỉ, ngày lễ theo lịch làm việc của tỉnh." / "1 to 30 working days, not counting today; days off as the province's calendar has them.";
        OP_QUESTION: "Nội dung xin ý kiến" / "Question";
        OP_QUESTION_HINT: "Nêu rõ vấn đề cần ý kiến; tối đa 4.000 ký tự." / "Say what you need an opinion on; up to 4,000 characters.";
        OP_FILES: "Tệp gửi kèm (không bắt buộc)" / "Files (optional)";
        OP_REFUSED: "Chưa gửi được xin ý kiến" / "The question was not sent";
        OP_TO: "Gửi" / "To";
        OP_BY: "Người hỏi" / "Asked by";
        OP_DUE: "Hạn trả lời" / "Answer by";
        OP_WAITING: "Chờ trả lời" / "Waiting";
        OP_OVERDUE: "Quá hạn" / "Overdue";
        OP_DONE: "Đã trả lời" / "Answered";
        OP_ANSWER: "Trả lời" / "Answer";
        OP_ANSWER_TEXT: "Nội dung trả lời" / "Your answer";
        OP_ANSWER_HINT: "Câu trả lời được ghi vào quá trình xử lý nội bộ của hồ sơ; chỉ trả lời một lần. Tối đa 4.000 ký tự." / "The answer goes on the application's internal record; it is given once. Up to 4,000 characters.";
        OP_ANSWER_SEND: "Gửi trả lời" / "Send the answer";
        OP_ANSWERED: "Đã gửi trả lời." / "The answer was sent.";
        OP_ANSWER_REFUSED: "Chưa gửi được trả lời" / "The answer was not sent";
        OP_LIST_TITLE: "Xin ý kiến gửi đơn vị" / "Questions to your unit";
        OP_LIST_LEAD: "Các cơ quan, đơn vị khác hỏi ý kiến đơn vị bạn về hồ sơ họ đang giải quyết. Quá hạn được xếp trước." / "Other agencies and units ask your unit's opinion on applications they handle. Overdue ones come first.";
        OP_LIST_OPEN: "Chờ trả lời" / "Waiting for an answer";
        OP_LIST_ANSWERED: "Đã trả lời" / "Answered";
        OP_LIST_NONE: "Không có câu hỏi nào." / "No questions.";
        OP_FROM: "Cơ quan hỏi" / "Asked by";
        OP_ABOUT: "Hồ sơ" / "Application";
        OP_ASKED_AT: "Ngày hỏi" / "Asked on";
        OP_OPEN_COUNT: "chờ trả lời" / "waiting";
        OP_OVERDUE_COUNT: "quá hạn" / "overdue";
        OP_SEE_ALL: "Xem các câu hỏi gửi đơn vị" / "See the questions to your unit";
        OP_PAGE_TITLE: "Xin ý kiến" / "Request for an opinion";
        OP_QUESTION_OF: "Câu hỏi" / "Question";
        OP_MORE: "Trang sau" / "Next page";
        OP_BACK: "Về danh sách xin ý kiến" / "Back to the questions";
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

/// Why a question or an answer was not sent, in `lang` (`limit_mb`: the largest file).
pub fn opinion_problem(problem: OpinionProblem, lang: Lang, limit_mb: u64) -> String {
    let vi = lang == Lang::Vi;
    match problem {
        OpinionProblem::NoUnit => {
            Text { vi: "Hãy chọn đơn vị được hỏi.", en: "Choose the unit to ask." }.get(lang).to_owned()
        }
        OpinionProblem::Days => {
            let (low, high) = (DAYS.start(), DAYS.end());
            if vi {
                format!("Thời hạn trả lời là số ngày làm việc, từ {low} đến {high}.")
            } else {
                format!("The time to answer is a number of working days, {low} to {high}.")
            }
        }
        OpinionProblem::Empty => Text { vi: "Hãy viết nội dung.", en: "Write the text." }.get(lang).to_owned(),
        OpinionProblem::TooLong => {
            if vi {
                format!("Nội dung dài quá {MAX_TEXT} ký tự.")
            } else {
                format!("The text is longer than {MAX_TEXT} characters.")
            }
        }
        OpinionProblem::TooManyFiles => {
            if vi {
                format!("Gửi kèm tối đa {MAX_FILES} tệp.")
            } else {
                format!("Attach at most {MAX_FILES} files.")
            }
        }
        OpinionProblem::File(problem) => super::upload_problem_message(problem, lang, limit_mb),
        OpinionProblem::Answered => Text {
            vi: "Câu hỏi này đã được trả lời; câu trả lời không sửa được.",
            en: "This question was answered already; an answer cannot be changed.",
        }
        .get(lang)
        .to_owned(),
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
