//! Texts of the catalog's administration: what is wrong with a procedure document.

use super::Lang;
use shared::catalog::CatalogProblemKind as K;

/// The message for a problem of a procedure document (import report, catalog editor).
pub fn catalog_problem_message(kind: &K, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
    match kind {
        K::Required => pick("Vui lòng nhập thông tin này.", "This is required."),
        K::TooLong { max } => pick(&format!("Tối đa {max} ký tự."), &format!("At most {max} characters.")),
        K::TooMany { max } => pick(&format!("Tối đa {max} mục."), &format!("At most {max} items.")),
        K::InvalidDate => pick("Ngày không hợp lệ (năm-tháng-ngày).", "Not a valid date (year-month-day)."),
        K::EndsBeforeStart => {
            pick("Ngày hết hiệu lực phải sau ngày có hiệu lực.", "The end date must follow the start date.")
        }
        K::DuplicateCase => pick("Mã trường hợp bị trùng.", "This case key is used twice."),
        K::UnknownCase { key } => pick(&format!("Không có trường hợp “{key}”."), &format!("There is no case “{key}”.")),
        K::InvalidCutoff => pick("Giờ phải có dạng HH:MM, ví dụ 15:00.", "The time must read HH:MM, e.g. 15:00."),
        K::OnlineMismatch => pick(
            "Mức độ trực tuyến và kênh nộp trực tuyến không khớp nhau.",
            "The online level and the online channel do not agree.",
        ),
        K::InvalidTiers => {
            pick("Các bậc phí phải bắt đầu từ đơn vị 1 và tăng dần.", "Fee tiers must start at unit 1 and rise.")
        }
        K::NotANumber => pick("Vui lòng nhập một số nguyên.", "Please enter a whole number."),
        K::NotAnOption => pick("Vui lòng chọn một mục trong danh sách.", "Please choose from the list."),
        K::CodeTaken => pick("Đã có thủ tục với mã này.", "A procedure with this code exists already."),
        K::UnknownField { code } => {
            pick(&format!("Không có lĩnh vực mã “{code}”."), &format!("There is no field with code “{code}”."))
        }
        K::UnknownAgency { code } => {
            pick(&format!("Không có cơ quan mã “{code}”."), &format!("There is no agency with code “{code}”."))
        }
        K::NotAfterCurrent { current } => pick(
            &format!("Phiên bản mới phải có hiệu lực sau ngày {current} của phiên bản hiện tại."),
            &format!("A new version must take effect after {current}, the current version's date."),
        ),
        K::Unreadable { reason } => pick(&format!("Không đọc được: {reason}"), &format!("Cannot be read: {reason}")),
    }
}
