//! Interface language. Vietnamese is the default; English is offered by a switch that stores the
//! choice in the `lang` cookie. Official catalog content (procedure names, documents, legal bases)
//! is published in Vietnamese and is shown as published in both languages.

use leptos::prelude::*;
use shared::catalog::{
    Channel, FeeKind, ImplementingLevel, OnlineLevel, QueryProblem, TargetSubject, TimeLimit, TimeUnit,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

    /// The language chosen in a `Cookie:` header value.
    pub fn from_cookie_header(header: &str) -> Lang {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == "lang")
            .and_then(|(_, value)| Lang::parse(value))
            .unwrap_or_default()
    }
}

/// The language of the current page, provided once by [`crate::App`].
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// One piece of interface text in both languages.
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

/// Interface texts, by the place they appear.
pub mod t {
    use super::Text;
    texts! {
        PORTAL_NAME: "Cổng Dịch vụ công tỉnh Sơn La" / "Sơn La Provincial Public Service Portal";
        PORTAL_TAGLINE: "Thủ tục hành chính trực tuyến cho người dân và doanh nghiệp" / "Administrative procedures online for citizens and businesses";
        SKIP_TO_CONTENT: "Chuyển đến nội dung chính" / "Skip to main content";
        NAV_HOME: "Trang chủ" / "Home";
        NAV_CATALOG: "Thủ tục hành chính" / "Procedures";
        NAV_MAIN: "Điều hướng chính" / "Main navigation";
        SWITCH_LANG: "English" / "Tiếng Việt";
        SEARCH_LABEL: "Tìm thủ tục hành chính" / "Find an administrative procedure";
        SEARCH_PLACEHOLDER: "Nhập tên hoặc mã thủ tục, ví dụ: khai sinh, 1.001193" / "Name or code, e.g. khai sinh, 1.001193";
        SEARCH_BUTTON: "Tìm kiếm" / "Search";
        HOME_BY_FIELD: "Thủ tục theo lĩnh vực" / "Procedures by field";
        HOME_BY_LEVEL: "Thủ tục theo cấp thực hiện" / "Procedures by level of government";
        HOME_HOW_TITLE: "Cách nộp hồ sơ trực tuyến" / "How to file online";
        HOME_HOW_1: "Tìm thủ tục và đọc kỹ thành phần hồ sơ, thời hạn, phí, lệ phí." / "Find the procedure and read its documents, time limit and fees.";
        HOME_HOW_2: "Đăng nhập, điền tờ khai điện tử và tải lên giấy tờ cần thiết." / "Sign in, fill in the e-form and upload the required documents.";
        HOME_HOW_3: "Nộp hồ sơ, nhận mã hồ sơ và theo dõi tiến độ giải quyết." / "Submit, receive the dossier code and follow its progress.";
        HOME_HOW_4: "Thanh toán phí, lệ phí trực tuyến (nếu có) và nhận kết quả." / "Pay fees online where due and receive the result.";
        PROCEDURE_COUNT: "thủ tục" / "procedures";
        FILTERS: "Bộ lọc" / "Filters";
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
        D_NOT_ONLINE: "Thủ tục này chưa nhận hồ sơ trực tuyến; vui lòng nộp trực tiếp hoặc qua bưu chính." / "This procedure does not take online filings yet; please file in person or by post.";
        D_EXEMPT: "Miễn" / "Exempt";
        FOOTER_OWNER: "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Sơn La" / "Operated by the People's Committee of Sơn La province";
        FOOTER_DEMO: "Dữ liệu thủ tục dùng để trình diễn; cần đối chiếu với văn bản công bố chính thức." / "Demo catalog data; check it against the officially published text.";
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
    let unit = match (limit.unit, lang) {
        (TimeUnit::Hours, Lang::Vi) => "giờ",
        (TimeUnit::WorkingDays, Lang::Vi) => "ngày làm việc",
        (TimeUnit::CalendarDays, Lang::Vi) => "ngày",
        (TimeUnit::Months, Lang::Vi) => "tháng",
        (TimeUnit::Hours, Lang::En) => "hours",
        (TimeUnit::WorkingDays, Lang::En) => "working days",
        (TimeUnit::CalendarDays, Lang::En) => "calendar days",
        (TimeUnit::Months, Lang::En) => "months",
    };
    format!("{} {unit}", limit.value)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_header_selects_language() {
        assert_eq!(Lang::from_cookie_header("a=1; lang=en; b=2"), Lang::En);
        assert_eq!(Lang::from_cookie_header("lang=fr"), Lang::Vi);
        assert_eq!(Lang::from_cookie_header(""), Lang::Vi);
    }

    #[test]
    fn same_day_limits_mention_the_cutoff() {
        let same_day = TimeLimit { value: 0, unit: TimeUnit::WorkingDays };
        assert!(time_limit_label(same_day, Some("15:00"), Lang::Vi).contains("sau 15:00"));
        let ten = TimeLimit { value: 10, unit: TimeUnit::CalendarDays };
        assert_eq!(time_limit_label(ten, None, Lang::Vi), "10 ngày");
    }
}
