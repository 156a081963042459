//! Texts of the exports page: asking for a list of dossiers as CSV or XLSX (with the documents in
//! a ZIP) and following it until its file is ready.

use super::{Lang, Text};
use shared::exports::{ExportProblem, ExportState, KEPT_DAYS, MAX_DAYS, MAX_WAITING};

pub mod t {
    use super::Text;
    texts! {
        EXP_TITLE: "Xuất danh sách hồ sơ" / "Export applications";
        EXP_LEAD: "Tệp được tạo trong nền, kể cả khi có hàng chục nghìn hồ sơ; trang này cho biết tiến độ. Khi xong, bạn nhận thư điện tử và tải tệp tại đây." / "The file is made in the background, even for tens of thousands of applications; this page shows how far it is. When it is ready you get a mail and download it here.";
        EXP_NEW: "Yêu cầu xuất mới" / "New export";
        EXP_SCOPE: "Hồ sơ của" / "Applications of";
        EXP_PROCEDURE: "Thủ tục" / "Procedure";
        EXP_ALL_PROCEDURES: "Tất cả thủ tục" / "All procedures";
        EXP_STATUS: "Trạng thái" / "Status";
        EXP_ALL_STATUSES: "Tất cả trạng thái" / "All statuses";
        EXP_FROM: "Nộp từ ngày" / "Submitted from";
        EXP_TO: "Đến ngày" / "To";
        EXP_FORMAT: "Định dạng danh sách" / "List format";
        EXP_DOCUMENTS: "Kèm toàn bộ giấy tờ của từng hồ sơ (tệp ZIP)" / "With every application's documents (a ZIP file)";
        EXP_START: "Tạo tệp" / "Make the file";
        EXP_STARTED: "Đã nhận yêu cầu. Tệp đang được tạo." / "Asked. The file is being made.";
        EXP_REFUSED: "Chưa tạo được yêu cầu xuất" / "The export was not started";
        EXP_MINE: "Các yêu cầu của bạn" / "Your exports";
        EXP_NONE: "Bạn chưa yêu cầu xuất danh sách nào." / "You have not exported any list yet.";
        EXP_ASKED: "Yêu cầu lúc" / "Asked at";
        EXP_WHAT: "Nội dung" / "What";
        EXP_FILE_FORMAT: "Định dạng" / "Format";
        EXP_PROGRESS: "Tiến độ" / "Progress";
        EXP_DOWNLOAD: "Tải về" / "Download";
        EXP_UNTIL: "giữ đến" / "kept until";
        EXP_NOTHING_IN_SCOPE: "Tài khoản của bạn không có danh sách hồ sơ nào để xuất (dành cho cán bộ in sổ theo dõi của cơ quan và thành viên doanh nghiệp)." / "Your account has no list of applications to export (for officers who print their agency's register and business members).";
        EXP_REFRESH: "Trang tự cập nhật mỗi 5 giây khi có tệp đang tạo." / "The page updates itself every 5 seconds while a file is being made.";
        EXP_LINK: "Xuất danh sách hồ sơ (CSV, XLSX, kèm giấy tờ)" / "Export applications (CSV, XLSX, with documents)";
    }
}

pub fn state_label(state: ExportState, lang: Lang) -> &'static str {
    match state {
        ExportState::Waiting => Text { vi: "Đang chờ", en: "Waiting" },
        ExportState::Writing => Text { vi: "Đang tạo", en: "Being made" },
        ExportState::Ready => Text { vi: "Sẵn sàng", en: "Ready" },
        ExportState::Failed => Text { vi: "Không tạo được, hãy yêu cầu lại", en: "Failed, ask again" },
        ExportState::Expired => Text { vi: "Đã hết hạn tải", en: "No longer kept" },
    }
    .get(lang)
}

/// A problem of the export form and the input it belongs to.
pub fn export_problem(problem: ExportProblem, lang: Lang) -> (&'static str, String) {
    let vi = lang == Lang::Vi;
    match problem {
        ExportProblem::NoScope => (
            "pham_vi",
            Text { vi: "Hãy chọn danh sách cần xuất.", en: "Choose whose applications." }.get(lang).to_owned(),
        ),
        ExportProblem::BadDates => (
            "tu",
            Text {
                vi: "Hãy nhập ngày bắt đầu và ngày kết thúc, ngày bắt đầu không sau ngày kết thúc.",
                en: "Give a start and an end day, the start not after the end.",
            }
            .get(lang)
            .to_owned(),
        ),
        ExportProblem::TooLong => (
            "tu",
            if vi {
                format!("Mỗi lần xuất tối đa {MAX_DAYS} ngày.")
            } else {
                format!("At most {MAX_DAYS} days at a time.")
            },
        ),
        ExportProblem::BadFormat => {
            ("dinh_dang", Text { vi: "Hãy chọn CSV hoặc XLSX.", en: "Choose CSV or XLSX." }.get(lang).to_owned())
        }
        ExportProblem::TooMany => (
            "pham_vi",
            if vi {
                format!("Bạn đang có {MAX_WAITING} tệp đang tạo; hãy chờ một tệp xong rồi yêu cầu tiếp.")
            } else {
                format!("You have {MAX_WAITING} files being made; wait for one to finish first.")
            },
        ),
    }
}

/// How long a ready file is kept, in words.
pub fn kept(lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Tệp được giữ {KEPT_DAYS} ngày."),
        Lang::En => format!("Files are kept {KEPT_DAYS} days."),
    }
}
