//! Texts of feedback and proposals (phản ánh, kiến nghị): the public page, the sender's form and
//! page, the desk's and the agencies' queue and detail.

use super::{Lang, Text};
use shared::feedback::{FormProblem, Kind, State, Topic};

pub mod t {
    use super::Text;
    texts! {
        FB_TITLE: "Phản ánh, kiến nghị" / "Feedback and proposals";
        FB_LEAD: "Gửi phản ánh, kiến nghị về thủ tục hành chính, về hồ sơ của bạn hoặc về thái độ của cán bộ. Bộ phận tiếp nhận chuyển đến cơ quan có thẩm quyền; câu trả lời được gửi cho bạn và công khai tại đây, đã ẩn thông tin cá nhân." / "Send feedback about an administrative procedure, your application or an officer's conduct. The desk gives it to the agency concerned; the answer is sent to you and published here, personal data removed.";
        FB_LIMITS: "Thời hạn: từ chối tiếp nhận trong 2 ngày làm việc, đề nghị bổ sung thông tin trong 5 ngày, giải quyết trong 15 ngày và công khai trong 2 ngày sau khi trả lời." / "Time limits: a refusal within 2 working days, a request for more within 5, the answer within 15, and publication within 2 days of the answer.";
        FB_SEND: "Gửi phản ánh, kiến nghị" / "Send feedback";
        FB_PUBLISHED: "Các câu trả lời đã công khai" / "Published answers";
        FB_NONE_PUBLISHED: "Chưa có câu trả lời nào được công khai." / "No answer has been published yet.";
        FB_ASKED_BY: "Người gửi" / "Sent by";
        FB_ANSWER: "Trả lời" / "Answer";
        FB_ANSWERED_BY: "Cơ quan trả lời" / "Answered by";
        FB_SEND_LEAD: "Hãy cho biết bạn là ai để chúng tôi trả lời. Nếu chưa đăng nhập, chúng tôi gửi một liên kết đến thư điện tử của bạn để xác nhận; phản ánh được tiếp nhận khi bạn xác nhận." / "Tell us who you are so we can answer. If you are not signed in, we mail you a link to confirm; the feedback is received when you confirm.";
        FB_NAME: "Họ và tên" / "Full name";
        FB_EMAIL: "Thư điện tử" / "E-mail";
        FB_PHONE: "Số điện thoại (không bắt buộc)" / "Phone (optional)";
        FB_TOPIC: "Phản ánh về" / "About";
        FB_PROCEDURE: "Mã thủ tục hành chính" / "Procedure code";
        FB_DOSSIER: "Mã hồ sơ" / "Application code";
        FB_OFFICER: "Cán bộ, bộ phận (họ tên, nơi làm việc)" / "Officer or desk (name, workplace)";
        FB_REFERENCE_HINT: "Điền ô tương ứng với nội dung bạn chọn ở trên." / "Fill the box that matches what you chose above.";
        FB_SUBJECT: "Tiêu đề" / "Subject";
        FB_CONTENT: "Nội dung" / "What happened, or what you propose";
        FB_CONTENT_HINT: "Ít nhất 20 ký tự. Không ghi số định danh hay thông tin không cần thiết." / "At least 20 characters. Leave out ID numbers and anything not needed.";
        FB_CONSENT: "Tôi đồng ý để cơ quan nhà nước dùng thông tin trên để xử lý và trả lời phản ánh này" / "I agree that the authorities use this information to handle and answer this feedback";
        FB_REFUSED_FORM: "Chưa gửi được phản ánh" / "The feedback was not sent";
        FB_MAIL_SENT: "Chúng tôi đã gửi thư có liên kết xác nhận đến địa chỉ bạn cho. Phản ánh được tiếp nhận khi bạn mở liên kết và bấm «Xác nhận gửi»." / "We mailed a link to the address you gave. The feedback is received once you open it and press “Confirm”.";
        FB_SENDER_TITLE: "Phản ánh, kiến nghị của bạn" / "Your feedback";
        FB_CONFIRM: "Xác nhận gửi" / "Confirm";
        FB_CONFIRM_LEAD: "Bấm «Xác nhận gửi» để phản ánh được tiếp nhận. Hãy giữ liên kết này: đây là nơi bạn theo dõi và nhận trả lời." / "Press “Confirm” for the feedback to be received. Keep this link: it is where you follow it and get the answer.";
        FB_CONFIRMED: "Đã tiếp nhận phản ánh, kiến nghị của bạn." / "Your feedback was received.";
        FB_RECEIVED_AT: "Tiếp nhận lúc" / "Received";
        FB_DUE: "Hạn xử lý" / "Due";
        FB_STATE: "Tình trạng" / "Status";
        FB_AGENCY: "Cơ quan xử lý" / "Handling agency";
        FB_REFUSAL: "Lý do không tiếp nhận" / "Why it was not accepted";
        FB_INFO_ASKED: "Cơ quan đề nghị bổ sung" / "The agency asks for";
        FB_INFO_SEND: "Gửi thông tin bổ sung" / "Send the information";
        FB_INFO_SENT: "Đã gửi thông tin bổ sung." / "The information was sent.";
        FB_RATE: "Bạn có hài lòng với câu trả lời?" / "Are you satisfied with the answer?";
        FB_RATE_SEND: "Gửi đánh giá" / "Send";
        FB_RATED: "Cảm ơn bạn đã đánh giá." / "Thank you for rating.";
        FB_YOUR_RATING: "Đánh giá của bạn" / "Your rating";
        FB_NOT_FOUND: "Không tìm thấy phản ánh này, hoặc liên kết không đúng." / "No such feedback, or the link is not right.";
        FB_QUEUE_TITLE: "Phản ánh, kiến nghị cần xử lý" / "Feedback to handle";
        FB_QUEUE_EMPTY: "Không có phản ánh, kiến nghị nào cần xử lý." / "No feedback to handle.";
        FB_RECEIVED: "Tiếp nhận" / "Received";
        FB_DUE_SOON: "Sắp đến hạn" / "Due soon";
        FB_OVERDUE: "Quá hạn" / "Overdue";
        FB_IN_TIME: "Trong hạn" / "In time";
        FB_SENDER: "Người gửi" / "Sender";
        FB_HISTORY: "Quá trình xử lý" / "History";
        FB_KIND: "Phân loại" / "Classification";
        FB_ASSIGN: "Chuyển cơ quan xử lý" / "Give to the agency";
        FB_ASSIGN_TO: "Cơ quan có thẩm quyền" / "Agency concerned";
        FB_REFUSE: "Từ chối tiếp nhận" / "Refuse";
        FB_REFUSE_REASON: "Lý do từ chối" / "Reason for refusing";
        FB_ASK_INFO: "Đề nghị người gửi bổ sung" / "Ask the sender for more";
        FB_ASK_WHAT: "Thông tin cần bổ sung" / "What is needed";
        FB_ANSWER_TEXT: "Nội dung trả lời" / "The answer";
        FB_ANSWER_PUBLIC: "Công khai câu trả lời (thông tin cá nhân được ẩn)" / "Publish the answer (personal data removed)";
        FB_ANSWER_SEND: "Gửi trả lời" / "Send the answer";
        FB_PUBLISH: "Công khai câu trả lời" / "Publish the answer";
        FB_PUBLIC_PREVIEW: "Nội dung sẽ công khai" / "What will be published";
        FB_UPDATED: "Đã cập nhật phản ánh, kiến nghị." / "The feedback was updated.";
        FB_FILES: "Tệp đính kèm" / "Attached files";
        FB_NO_FILES: "Chưa có tệp nào." / "No file yet.";
        FB_ATTACH: "Thêm tệp (ảnh chụp, giấy tờ liên quan)" / "Add a file (a photo, a related paper)";
        FB_ATTACH_HINT: "PDF, JPG hoặc PNG; tối đa 3 tệp." / "PDF, JPG or PNG; at most 3 files.";
        FB_ATTACH_SEND: "Đính kèm" / "Attach";
        FB_ATTACHED: "Đã đính kèm tệp." / "The file was attached.";
    }
}

pub fn feedback_topic(topic: Topic, lang: Lang) -> &'static str {
    let text = match topic {
        Topic::Procedure => Text { vi: "Thủ tục hành chính", en: "An administrative procedure" },
        Topic::Dossier => Text { vi: "Hồ sơ đã nộp", en: "An application" },
        Topic::Officer => Text { vi: "Thái độ, hành vi của cán bộ", en: "An officer's conduct" },
        Topic::Other => Text { vi: "Việc khác", en: "Something else" },
    };
    text.get(lang)
}

pub fn feedback_kind(kind: Kind, lang: Lang) -> &'static str {
    let text = match kind {
        Kind::Complaint => Text { vi: "Phản ánh", en: "Complaint" },
        Kind::Proposal => Text { vi: "Kiến nghị", en: "Proposal" },
    };
    text.get(lang)
}

pub fn feedback_state(state: State, lang: Lang) -> &'static str {
    let text = match state {
        State::Unconfirmed => Text { vi: "Chờ người gửi xác nhận", en: "Waiting for the sender to confirm" },
        State::AtDesk => Text { vi: "Đã tiếp nhận, chờ phân loại", en: "Received, to be classified" },
        State::Assigned => Text { vi: "Đang xử lý", en: "Being handled" },
        State::InfoRequested => {
            Text { vi: "Chờ người gửi bổ sung", en: "Waiting for the sender's information" }
        }
        State::Answered => Text { vi: "Đã trả lời", en: "Answered" },
        State::Published => Text { vi: "Đã trả lời và công khai", en: "Answered and published" },
        State::Refused => Text { vi: "Không tiếp nhận", en: "Not accepted" },
    };
    text.get(lang)
}

/// A line of a feedback's history, by its action's code.
pub fn feedback_action(code: &str, lang: Lang) -> &'static str {
    let text = match code {
        "gui" => Text { vi: "Người gửi gửi phản ánh", en: "Sent" },
        "xac_nhan" => Text { vi: "Tiếp nhận", en: "Received" },
        "chuyen" => Text { vi: "Chuyển cơ quan xử lý", en: "Given to the agency" },
        "tu_choi" => Text { vi: "Từ chối tiếp nhận", en: "Refused" },
        "yeu_cau_bo_sung" => Text { vi: "Đề nghị bổ sung thông tin", en: "More asked for" },
        "bo_sung" => Text { vi: "Người gửi bổ sung thông tin", en: "The sender added information" },
        "tra_loi" => Text { vi: "Trả lời", en: "Answered" },
        "cong_khai" => Text { vi: "Công khai câu trả lời", en: "Published" },
        "danh_gia" => Text { vi: "Người gửi đánh giá", en: "The sender rated" },
        _ => Text { vi: "Khác", en: "Other" },
    };
    text.get(lang)
}

pub fn feedback_problem(problem: FormProblem, lang: Lang) -> &'static str {
    use FormProblem::*;
    let text = match problem {
        NameMissing => Text { vi: "Hãy nhập họ và tên.", en: "Enter your full name." },
        NameTooLong => {
            Text { vi: "Họ và tên dài quá 100 ký tự.", en: "The name is longer than 100 characters." }
        }
        EmailInvalid => Text {
            vi: "Hãy nhập địa chỉ thư điện tử đúng, ví dụ ten@example.vn.",
            en: "Enter a valid e-mail address, like name@example.vn.",
        },
        PhoneInvalid => Text {
            vi: "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.",
            en: "A phone number is 10 digits starting with 0.",
        },
        TopicMissing => {
            Text { vi: "Hãy chọn bạn phản ánh về việc gì.", en: "Choose what the feedback is about." }
        }
        ReferenceMissing => Text {
            vi: "Hãy ghi mã thủ tục, mã hồ sơ hoặc cán bộ bạn phản ánh.",
            en: "Give the procedure's or application's code, or the officer.",
        },
        ReferenceTooLong => Text { vi: "Mã hoặc tên dài quá.", en: "The code or name is too long." },
        TitleMissing => Text { vi: "Hãy nhập tiêu đề.", en: "Enter a subject." },
        TitleTooLong => {
            Text { vi: "Tiêu đề dài quá 200 ký tự.", en: "The subject is longer than 200 characters." }
        }
        ContentTooShort => Text { vi: "Nội dung cần ít nhất 20 ký tự.", en: "Write at least 20 characters." },
        ContentTooLong => Text { vi: "Nội dung dài quá 5.000 ký tự.", en: "Write at most 5,000 characters." },
        NoConsent => Text {
            vi: "Hãy đồng ý để cơ quan dùng thông tin xử lý phản ánh.",
            en: "Agree that the authorities use the information.",
        },
    };
    text.get(lang)
}
