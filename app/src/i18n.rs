//! Interface language. Vietnamese is the default; English is offered by a switch that stores the
//! choice in the `lang` cookie. Official catalog content (procedure names, documents, legal bases)
//! is published in Vietnamese and is shown as published in both languages.

use leptos::prelude::*;
use shared::catalog::{
    Channel, FeeKind, ImplementingLevel, OnlineLevel, QueryProblem, TargetSubject, TimeLimit, TimeUnit,
};
use shared::identity::{PasswordProblem, RegistrationProblem};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

/// The language of the current page, provided once by [`crate::App`].
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// One piece of interface text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

macro_rules! texts {
    ($($name:ident: $vi:literal / $en:literal;)+) => {
        $(pub const $name: Text = Text { vi: $vi, en: $en };)+
    };
}

mod access;
mod catalog_admin;
pub mod conversation;
pub mod exports;
mod feedback;
mod filing;
pub mod mail;
mod papers;
mod problems;
pub mod records;
mod statement;
mod statistics;
mod workspace;
pub use access::{
    audit_event_label, business_problem_message, contact_problem_message, officer_problem_message, role_label,
    sync_state_label,
};
pub use catalog_admin::{catalog_problem_message, fee_due_label, field_kind_label, prefill_label};
pub use feedback::{feedback_action, feedback_kind, feedback_problem, feedback_state, feedback_topic};
pub use filing::{
    date_order_message, eform_problem_message, field_problem_message, message_names_field, rating_criterion,
    rating_level, size_label, status_label, upload_problem_message,
};
pub use papers::paper_problem_message;
pub use statistics::{decimal, indicator_group, indicator_label, percent};

/// Interface texts, by the place they appear.
pub mod t {
    use super::Text;
    pub use super::access::t::*;
    pub use super::catalog_admin::t::*;
    pub use super::conversation::t::*;
    pub use super::exports::t::*;
    pub use super::feedback::t::*;
    pub use super::filing::t::*;
    pub use super::mail::t::*;
    pub use super::papers::t::*;
    pub use super::problems::t::*;
    pub use super::statement::t::*;
    pub use super::statistics::t::*;
    pub use super::workspace::t::*;
    texts! {
        PORTAL_NAME: "Cổng Dịch vụ công tỉnh Sơn La" / "Sơn La Provincial Public Service Portal";
        PORTAL_TAGLINE: "Thủ tục hành chính trực tuyến cho người dân và doanh nghiệp" / "Administrative procedures online for citizens and businesses";
        HOME_DESCRIPTION: "Tìm thủ tục hành chính của tỉnh Sơn La, nộp hồ sơ và thanh toán trực tuyến, theo dõi tiến độ giải quyết." / "Find Sơn La's administrative procedures, file and pay online, and follow your application.";
        LIST_DESCRIPTION: "Danh mục thủ tục hành chính của tỉnh Sơn La: thành phần hồ sơ, thời hạn, phí, lệ phí và mức độ trực tuyến." / "Sơn La's administrative procedures: required documents, time limits, fees and online level.";
        LOOKUP_DESCRIPTION: "Tra cứu tình trạng hồ sơ bằng mã hồ sơ, không cần đăng nhập." / "Check an application's status with its code, without signing in.";
        SIGN_IN_DESCRIPTION: "Đăng nhập bằng tài khoản của Cổng hoặc VNeID để nộp và theo dõi hồ sơ." / "Sign in with a portal account or VNeID to file and follow applications.";
        REGISTER_DESCRIPTION: "Tạo tài khoản để nộp hồ sơ trực tuyến trên Cổng Dịch vụ công tỉnh Sơn La." / "Create an account to file applications online on the Sơn La portal.";
        SKIP_TO_CONTENT: "Chuyển đến nội dung chính" / "Skip to main content";
        NAV_HOME: "Trang chủ" / "Home";
        NAV_CATALOG: "Thủ tục hành chính" / "Procedures";
        NAV_MAIN: "Điều hướng chính" / "Main navigation";
        NAV_LOOKUP: "Tra cứu hồ sơ" / "Track a dossier";
        NAV_MY_DOSSIERS: "Hồ sơ của tôi" / "My dossiers";
        NAV_UNREAD: "thông báo chưa đọc" / "unread notices";
        NAV_QUEUE: "Hồ sơ cần xử lý" / "Dossiers to handle";
        NAV_ADMIN: "Quản trị" / "Administration";
        SWITCH_LANG: "English" / "Tiếng Việt";
        SEARCH_LABEL: "Tìm thủ tục hành chính" / "Find an administrative procedure";
        SEARCH_PLACEHOLDER: "Nhập tên hoặc mã thủ tục, ví dụ: khai sinh, 1.001193" / "Name or code, e.g. khai sinh, 1.001193";
        SEARCH_BUTTON: "Tìm kiếm" / "Search";
        HOME_BY_FIELD: "Thủ tục theo lĩnh vực" / "Procedures by field";
        HOME_BY_LEVEL: "Thủ tục theo cấp thực hiện" / "Procedures by level of government";
        HOME_LOOKUP: "Đã nộp hồ sơ? Theo dõi tiến độ bằng mã hồ sơ:" / "Already filed? Follow your application with its code:";
        HOME_HOW_TITLE: "Cách nộp hồ sơ trực tuyến" / "How to file online";
        HOME_HOW_1: "Tìm thủ tục và đọc kỹ thành phần hồ sơ, thời hạn, phí, lệ phí." / "Find the procedure and read its documents, time limit and fees.";
        HOME_HOW_2: "Đăng nhập, điền tờ khai điện tử và tải lên giấy tờ cần thiết." / "Sign in, fill in the e-form and upload the required documents.";
        HOME_HOW_3: "Nộp hồ sơ, nhận mã hồ sơ và theo dõi tiến độ giải quyết." / "Submit, receive the dossier code and follow its progress.";
        HOME_HOW_4: "Thanh toán phí, lệ phí trực tuyến (nếu có) và nhận kết quả." / "Pay fees online where due and receive the result.";
        PROCEDURE_COUNT: "thủ tục" / "procedures";
        FILTERS: "Bộ lọc" / "Filters";
        FILTERS_OPEN: "Lọc theo cơ quan, lĩnh vực, cấp thực hiện, mức độ" / "Filter by agency, field, level, online level";
        FILTERS_APPLIED: "đang áp dụng" / "applied";
        FILTER_AGENCY: "Cơ quan thực hiện" / "Implementing agency";
        FILTER_FIELD: "Lĩnh vực" / "Field";
        FILTER_LEVEL: "Cấp thực hiện" / "Level of government";
        FILTER_ONLINE: "Mức độ dịch vụ công trực tuyến" / "Online service level";
        FILTER_ALL: "Tất cả" / "All";
        FILTER_APPLY: "Lọc" / "Apply";
        FILTER_CLEAR: "Xóa bộ lọc" / "Clear filters";
        LIST_TITLE: "Danh mục thủ tục hành chính" / "Catalog of administrative procedures";
        LIST_FOUND: "Tìm thấy" / "Found";
        LIST_EMPTY: "Không tìm thấy thủ tục nào phù hợp. Hãy thử từ khóa khác hoặc xóa bộ lọc." / "No procedure matches. Try other words or clear the filters.";
        COL_CODE: "Mã thủ tục" / "Code";
        COL_NAME: "Tên thủ tục" / "Procedure";
        COL_FIELD: "Lĩnh vực" / "Field";
        COL_LEVEL: "Cấp thực hiện" / "Level";
        COL_ONLINE: "Mức độ" / "Online level";
        PAGINATION: "Phân trang" / "Pagination";
        PAGE_PREV: "Trang trước" / "Previous page";
        PAGE_NEXT: "Trang sau" / "Next page";
        PAGE_OF: "Trang" / "Page";
        LOADING: "Đang tải…" / "Loading…";
        BAD_REQUEST_TITLE: "Yêu cầu chưa hợp lệ" / "The request is not valid";
        NOT_FOUND_TITLE: "Không tìm thấy trang" / "Page not found";
        NOT_FOUND_BODY: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi." / "The page you are looking for does not exist or has moved.";
        PROCEDURE_NOT_FOUND: "Không tìm thấy thủ tục có mã này." / "No procedure has this code.";
        PROCEDURE_BAD_CODE: "Mã thủ tục không hợp lệ. Mã có dạng 1.001193." / "Not a valid procedure code. Codes look like 1.001193.";
        UNAVAILABLE: "Hệ thống đang bận, vui lòng thử lại sau ít phút." / "The system is busy; please try again in a few minutes.";
        BACK_TO_LIST: "Quay lại danh mục thủ tục" / "Back to the catalog";
        D_CODE: "Mã thủ tục" / "Procedure code";
        D_FIELD: "Lĩnh vực" / "Field";
        D_LEVEL: "Cấp thực hiện" / "Level of government";
        D_AGENCY: "Cơ quan thực hiện" / "Implementing agency";
        D_RECEIVING: "Nơi tiếp nhận hồ sơ" / "Where dossiers are received";
        D_RETURNING: "Nơi trả kết quả" / "Where results are returned";
        D_SUBJECTS: "Đối tượng thực hiện" / "Who may apply";
        D_ONLINE: "Mức độ dịch vụ công trực tuyến" / "Online service level";
        D_EFFECTIVE: "Áp dụng từ ngày" / "In force from";
        D_VERSION: "Phiên bản" / "Version";
        D_PUBLISHED: "Quyết định công bố" / "Publication decision";
        D_CASES: "Các trường hợp" / "Cases";
        D_CHANNELS: "Cách thức thực hiện" / "How to submit";
        D_CH_CHANNEL: "Hình thức nộp" / "Channel";
        D_CH_TIME: "Thời hạn giải quyết" / "Time limit";
        D_CH_FEE: "Phí, lệ phí" / "Fees and charges";
        D_CH_NOTE: "Mô tả" / "Notes";
        D_CH_CASE: "Trường hợp" / "Case";
        D_FREE: "Không mất phí" / "Free of charge";
        D_FEE_UNPUBLISHED: "Theo mức thu do cơ quan có thẩm quyền công bố" / "At the rate published by the competent authority";
        D_DOCUMENTS: "Thành phần hồ sơ" / "Required documents";
        D_DOC_NAME: "Loại giấy tờ" / "Document";
        D_DOC_ORIGINALS: "Bản chính" / "Originals";
        D_DOC_COPIES: "Bản sao" / "Copies";
        D_DOC_FORM: "Mẫu đơn, tờ khai" / "Form";
        D_DOC_OPTIONAL: "không bắt buộc" / "optional";
        D_STEPS: "Trình tự thực hiện" / "Steps";
        D_CONDITIONS: "Yêu cầu, điều kiện" / "Requirements and conditions";
        D_NO_CONDITIONS: "Không có yêu cầu, điều kiện riêng." / "No particular requirements.";
        D_LEGAL: "Căn cứ pháp lý" / "Legal basis";
        D_RESULT: "Kết quả thực hiện" / "Result";
        D_FILE_ONLINE: "Nộp hồ sơ trực tuyến" / "File online";
        D_NOT_ONLINE: "Thủ tục này chưa nhận hồ sơ trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính (xem Cách thức thực hiện dưới đây)." / "This procedure does not take online filings yet; please file in person or by post (see the channels below).";
        D_FILE_AT: "Nơi nộp hồ sơ" / "Where to file";
        D_EXEMPT: "Miễn, giảm phí, lệ phí" / "Exemptions";
        D_FEE_BASIS: "Căn cứ thu phí, lệ phí" / "Legal basis of the fees";
        NAV_SIGN_IN: "Đăng nhập" / "Sign in";
        NAV_REGISTER: "Đăng ký" / "Register";
        NAV_ACCOUNT: "Tài khoản" / "Account";
        REGISTER_TITLE: "Đăng ký tài khoản" / "Register an account";
        REGISTER_BUTTON: "Đăng ký" / "Register";
        HAVE_ACCOUNT: "Đã có tài khoản?" / "Already have an account?";
        NO_ACCOUNT: "Chưa có tài khoản?" / "No account yet?";
        FORM_PROBLEMS: "Vui lòng kiểm tra lại" / "Please check the form";
        F_FULL_NAME: "Họ và tên" / "Full name";
        F_CITIZEN_ID: "Số định danh cá nhân (CCCD)" / "Personal ID number";
        F_CITIZEN_ID_HINT: "12 chữ số in trên thẻ căn cước." / "The 12 digits printed on the ID card.";
        F_BIRTH_DATE: "Ngày sinh" / "Date of birth";
        F_EMAIL: "Thư điện tử" / "E-mail";
        F_PHONE: "Số điện thoại" / "Phone number";
        F_PASSWORD: "Mật khẩu" / "Password";
        F_PASSWORD_HINT: "Ít nhất 10 ký tự; nên dùng một câu dễ nhớ." / "At least 10 characters; a memorable sentence works well.";
        F_PASSWORD_AGAIN: "Nhập lại mật khẩu" / "Password again";
        F_IDENTIFIER: "Thư điện tử hoặc số định danh cá nhân" / "E-mail or personal ID number";
        CHECK_MAIL_TITLE: "Kiểm tra hộp thư của bạn" / "Check your mailbox";
        CHECK_MAIL_BODY: "Nếu thông tin hợp lệ, chúng tôi đã gửi thư có liên kết xác nhận tới địa chỉ bạn đăng ký. Mở liên kết trong vòng 24 giờ để kích hoạt tài khoản." / "If the details were valid, we have sent a confirmation link to your address. Open it within 24 hours to activate the account.";
        EMAIL_VERIFIED: "Địa chỉ thư điện tử đã được xác nhận. Bạn có thể đăng nhập." / "Your e-mail address is confirmed. You can sign in now.";
        VERIFY_LINK_INVALID: "Liên kết xác nhận không hợp lệ, đã dùng hoặc đã hết hạn." / "The confirmation link is invalid, used or expired.";
        FORGOT_LINK: "Quên mật khẩu?" / "Forgot your password?";
        FORGOT_TITLE: "Quên mật khẩu" / "Forgotten password";
        FORGOT_BODY: "Nhập địa chỉ thư điện tử của tài khoản; chúng tôi sẽ gửi liên kết đặt lại mật khẩu, dùng được một lần trong 30 phút." / "Enter your account's e-mail address; we will send a link to set a new password, valid once within 30 minutes.";
        FORGOT_BUTTON: "Gửi liên kết" / "Send the link";
        RESET_SENT_BODY: "Nếu địa chỉ này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu tới đó." / "If this address has an account, we have sent it a link to set a new password.";
        RESET_TITLE: "Đặt mật khẩu mới" / "Set a new password";
        RESET_BUTTON: "Đặt mật khẩu mới" / "Set the new password";
        F_NEW_PASSWORD: "Mật khẩu mới" / "New password";
        F_CURRENT_PASSWORD: "Mật khẩu hiện tại" / "Current password";
        CHANGE_PASSWORD_TITLE: "Đổi mật khẩu" / "Change password";
        CHANGE_PASSWORD_DONE: "Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất." / "Password changed. Your other sessions were signed out.";
        WRONG_CURRENT_PASSWORD: "Mật khẩu hiện tại không đúng." / "The current password is wrong.";
        PASSWORD_RESET_DONE: "Đã đặt mật khẩu mới và đăng xuất mọi phiên cũ. Vui lòng đăng nhập." / "Your new password is set and every old session is signed out. Please sign in.";
        SIGN_IN_TITLE: "Đăng nhập" / "Sign in";
        SIGN_IN_BUTTON: "Đăng nhập" / "Sign in";
        SIGN_IN_REJECTED: "Thông tin đăng nhập không đúng. Vui lòng kiểm tra và thử lại." / "The sign-in details are wrong. Please check them and try again.";
        SIGN_IN_WAIT: "Đã nhập sai nhiều lần. Vui lòng thử lại sau {n} giây." / "Too many failed attempts. Please try again in {n} seconds.";
        SIGN_IN_UNVERIFIED: "Bạn cần xác nhận địa chỉ thư điện tử trước khi đăng nhập. Vui lòng mở thư xác nhận." / "Please confirm your e-mail address first, using the link we sent.";
        ACCOUNT_TITLE: "Tài khoản của tôi" / "My account";
        SIGNED_IN_AS: "Đang đăng nhập với tên" / "Signed in as";
        SIGN_OUT: "Đăng xuất" / "Sign out";
        SIGN_OUT_EVERYWHERE: "Đăng xuất trên mọi thiết bị" / "Sign out on all devices";
        PLEASE_SIGN_IN: "Vui lòng đăng nhập để xem trang này." / "Please sign in to see this page.";
        MAILBOX_TITLE: "Hộp thư trình diễn" / "Demo mailbox";
        MAILBOX_EMPTY: "Chưa có thư nào." / "No mail yet.";
        MAILBOX_NOTE: "Bản trình diễn: thư hệ thống gửi được hiển thị tại đây thay vì gửi qua máy chủ thư." / "Demo: mail the system sends is shown here instead of going out through a mail server.";
        FOOTER_CONTACT: "Liên hệ" / "Contact";
        FOOTER_OPERATOR: "Cơ quan chủ quản" / "Operated by";
        FOOTER_HOTLINE: "Đường dây nóng" / "Hotline";
        FOOTER_EMAIL: "Thư điện tử" / "E-mail";
        FOOTER_HOURS: "Giờ làm việc" / "Office hours";
        FOOTER_WEEKDAYS: "Thứ Hai đến thứ Sáu" / "Monday to Friday";
        FOOTER_SATURDAY: "Sáng thứ Bảy (chỉ tiếp nhận hồ sơ)" / "Saturday morning (reception only)";
    }
}

pub fn online_level_label(level: OnlineLevel, lang: Lang) -> &'static str {
    let text = match level {
        OnlineLevel::Full => Text { vi: "Toàn trình", en: "Full online" },
        OnlineLevel::Partial => Text { vi: "Một phần", en: "Partly online" },
        OnlineLevel::None => Text { vi: "Cung cấp thông tin", en: "Information only" },
    };
    text.get(lang)
}

pub fn level_label(level: ImplementingLevel, lang: Lang) -> &'static str {
    let text = match level {
        ImplementingLevel::Province => Text { vi: "Cấp tỉnh", en: "Province" },
        ImplementingLevel::Commune => Text { vi: "Cấp xã", en: "Commune" },
    };
    text.get(lang)
}

pub fn channel_label(channel: Channel, lang: Lang) -> &'static str {
    let text = match channel {
        Channel::Direct => Text { vi: "Trực tiếp", en: "In person" },
        Channel::Online => Text { vi: "Trực tuyến", en: "Online" },
        Channel::Postal => Text { vi: "Dịch vụ bưu chính", en: "By post" },
    };
    text.get(lang)
}

pub fn subject_label(subject: TargetSubject, lang: Lang) -> &'static str {
    let text = match subject {
        TargetSubject::Citizen => Text { vi: "Công dân Việt Nam", en: "Vietnamese citizens" },
        TargetSubject::Foreigner => Text { vi: "Người nước ngoài", en: "Foreigners" },
        TargetSubject::Organization => Text { vi: "Tổ chức, doanh nghiệp", en: "Organisations and businesses" },
    };
    text.get(lang)
}

pub fn fee_kind_label(kind: FeeKind, lang: Lang) -> &'static str {
    let text = match kind {
        FeeKind::Fee => Text { vi: "Phí", en: "Fee" },
        FeeKind::Charge => Text { vi: "Lệ phí", en: "Charge" },
    };
    text.get(lang)
}

/// "15 ngày làm việc", "Trong ngày", "10 ngày".
pub fn time_limit_label(limit: TimeLimit, cutoff: Option<&str>, lang: Lang) -> String {
    if limit.is_same_day() {
        return match (lang, cutoff) {
            (Lang::Vi, Some(c)) => {
                format!("Trong ngày; nhận hồ sơ sau {c} thì trả trong ngày làm việc tiếp theo")
            }
            (Lang::En, Some(c)) => {
                format!("Same day; received after {c}, returned the next working day")
            }
            (Lang::Vi, None) => "Trong ngày".to_owned(),
            (Lang::En, None) => "Same day".to_owned(),
        };
    }
    format!("{} {}", limit.value, time_unit_label(limit.unit, lang))
}

/// "ngày làm việc", "giờ" …
pub fn time_unit_label(unit: TimeUnit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (TimeUnit::Hours, Lang::Vi) => "giờ",
        (TimeUnit::WorkingDays, Lang::Vi) => "ngày làm việc",
        (TimeUnit::CalendarDays, Lang::Vi) => "ngày",
        (TimeUnit::Months, Lang::Vi) => "tháng",
        (TimeUnit::Hours, Lang::En) => "hours",
        (TimeUnit::WorkingDays, Lang::En) => "working days",
        (TimeUnit::CalendarDays, Lang::En) => "calendar days",
        (TimeUnit::Months, Lang::En) => "months",
    }
}

pub fn problem_message(problem: QueryProblem, lang: Lang) -> String {
    match (problem, lang) {
        (QueryProblem::QueryTooLong, Lang::Vi) => {
            format!("Từ khóa tìm kiếm quá dài: tối đa {} ký tự.", shared::catalog::MAX_QUERY_CHARS)
        }
        (QueryProblem::QueryTooLong, Lang::En) => {
            format!("The search text is too long: at most {} characters.", shared::catalog::MAX_QUERY_CHARS)
        }
        (QueryProblem::BadPage, Lang::Vi) => {
            format!("Số trang không hợp lệ: phải là số từ 1 đến {}.", shared::catalog::MAX_PAGE)
        }
        (QueryProblem::BadPage, Lang::En) => {
            format!("Invalid page number: use a number from 1 to {}.", shared::catalog::MAX_PAGE)
        }
        (QueryProblem::BadAgency, Lang::Vi) => "Cơ quan thực hiện đã chọn không có trong danh mục.".to_owned(),
        (QueryProblem::BadAgency, Lang::En) => "The selected agency is not in the catalog.".to_owned(),
        (QueryProblem::BadField, Lang::Vi) => "Lĩnh vực đã chọn không có trong danh mục.".to_owned(),
        (QueryProblem::BadField, Lang::En) => "The selected field is not in the catalog.".to_owned(),
        (QueryProblem::BadLevel, Lang::Vi) => "Cấp thực hiện không hợp lệ: chọn cấp tỉnh hoặc cấp xã.".to_owned(),
        (QueryProblem::BadLevel, Lang::En) => "Invalid level: choose province or commune.".to_owned(),
        (QueryProblem::BadOnlineLevel, Lang::Vi) => "Mức độ dịch vụ công trực tuyến không hợp lệ.".to_owned(),
        (QueryProblem::BadOnlineLevel, Lang::En) => "Invalid online service level.".to_owned(),
    }
}

pub fn registration_problem_message(problem: RegistrationProblem, lang: Lang) -> String {
    use RegistrationProblem as P;
    let text = match problem {
        P::NameMissing => Text { vi: "Vui lòng nhập họ và tên.", en: "Please enter your full name." },
        P::NameTooLong => Text {
            vi: "Họ và tên quá dài (tối đa 100 ký tự).",
            en: "The name is too long (at most 100 characters).",
        },
        P::CitizenIdInvalid => Text {
            vi: "Số định danh cá nhân phải gồm 12 chữ số và bắt đầu bằng mã tỉnh hợp lệ.",
            en: "The personal ID number has 12 digits and starts with a valid province code.",
        },
        P::BirthDateInvalid => Text { vi: "Ngày sinh không hợp lệ.", en: "The date of birth is not valid." },
        P::CitizenIdDoesNotMatchBirth => Text {
            vi: "Số định danh cá nhân không khớp với năm sinh (chữ số thứ 4 đến 6).",
            en: "The personal ID number does not match the year of birth (digits 4 to 6).",
        },
        P::EmailInvalid => {
            Text { vi: "Địa chỉ thư điện tử không hợp lệ.", en: "The e-mail address is not valid." }
        }
        P::PhoneInvalid => Text {
            vi: "Số điện thoại không hợp lệ (di động 10 số bắt đầu bằng 03, 05, 07, 08, 09 hoặc số cố định 02xx).",
            en: "The phone number is not valid (10-digit mobile starting 03, 05, 07, 08, 09, or a 02xx landline).",
        },
        P::Password(PasswordProblem::TooShort) => {
            Text { vi: "Mật khẩu cần ít nhất 10 ký tự.", en: "The password needs at least 10 characters." }
        }
        P::Password(PasswordProblem::TooLong) => Text {
            vi: "Mật khẩu quá dài (tối đa 128 ký tự).",
            en: "The password is too long (at most 128 characters).",
        },
        P::Password(PasswordProblem::Common) => Text {
            vi: "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.",
            en: "This password is too common and easy to guess. Choose another.",
        },
        P::Password(PasswordProblem::ContainsIdentifier) => Text {
            vi: "Mật khẩu không được chứa số định danh, thư điện tử hoặc số điện thoại của bạn.",
            en: "The password must not contain your ID number, e-mail or phone number.",
        },
        P::PasswordsDiffer => {
            Text { vi: "Hai lần nhập mật khẩu không giống nhau.", en: "The two passwords differ." }
        }
    };
    text.get(lang).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_day_limits_mention_the_cutoff() {
        let same_day = TimeLimit { value: 0, unit: TimeUnit::WorkingDays };
        assert!(time_limit_label(same_day, Some("15:00"), Lang::Vi).contains("sau 15:00"));
        let ten = TimeLimit { value: 10, unit: TimeUnit::CalendarDays };
        assert_eq!(time_limit_label(ten, None, Lang::Vi), "10 ngày");
    }
}
