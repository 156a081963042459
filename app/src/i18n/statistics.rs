//! Texts of the public statistics (`/thong-ke`), its open data and Decision 766's indicators.

use super::{Lang, Text};
use shared::indicators::Group;

pub mod t {
    use super::Text;
    texts! {
        STATS_TITLE: "Thống kê giải quyết thủ tục hành chính" / "Statistics of administrative procedures";
        STATS_LEAD: "Số hồ sơ tiếp nhận và giải quyết, tỷ lệ đúng hạn, trực tuyến, thanh toán trực tuyến và mức độ hài lòng, cùng bộ chỉ số theo Quyết định 766/QĐ-TTg. Số liệu được cập nhật mỗi khi hồ sơ thay đổi." / "Applications received and finished, the shares on time, online and paid online, satisfaction, and the indicators of Decision 766/QĐ-TTg. The numbers change as each application does.";
        STATS_LINK: "Thống kê" / "Statistics";
        STATS_SCOPE: "Phạm vi" / "Scope";
        STATS_PROVINCE: "Toàn tỉnh" / "Whole province";
        STATS_YEAR: "Năm" / "Year";
        STATS_SHOW: "Xem" / "Show";
        STATS_CSV: "Tải dữ liệu (CSV)" / "Download the data (CSV)";
        STATS_JSON: "Dữ liệu mở (JSON)" / "Open data (JSON)";
        STATS_SUMMARY: "Tổng hợp" / "Summary";
        STATS_RECEIVED: "Hồ sơ tiếp nhận" / "Received";
        STATS_ONLINE: "Trực tuyến" / "Online";
        STATS_COUNTER: "Trực tiếp" / "At the counter";
        STATS_POSTAL: "Qua bưu chính" / "By post";
        STATS_FINISHED: "Đã giải quyết" / "Finished";
        STATS_ON_TIME: "Đúng hạn" / "On time";
        STATS_LATE: "Trễ hạn" / "Late";
        STATS_IN_PROGRESS: "Đang giải quyết" / "In progress";
        STATS_OPEN_LATE: "Đang giải quyết, đã quá hạn" / "In progress, past the appointment";
        STATS_ON_TIME_SHARE: "Tỷ lệ giải quyết đúng hạn" / "Finished on time";
        STATS_ONLINE_SHARE: "Tỷ lệ hồ sơ trực tuyến" / "Filed online";
        STATS_PAID_SHARE: "Tỷ lệ thanh toán trực tuyến (trên hồ sơ có phí)" / "Paid online (of those with a fee)";
        STATS_SATISFIED_SHARE: "Tỷ lệ hài lòng (trên số đánh giá)" / "Satisfied (of those who rated)";
        STATS_AVERAGE_TIME: "Thời gian giải quyết trung bình" / "Average processing time";
        STATS_WITH_FEES: "Có phí, lệ phí" / "With a fee";
        STATS_PAID_ONLINE: "Thanh toán trực tuyến" / "Paid online";
        STATS_RATED: "Lượt đánh giá" / "Ratings";
        STATS_SATISFIED: "Hài lòng" / "Satisfied";
        STATS_MONTH: "Tháng" / "Month";
        STATS_TOTAL: "Cả năm" / "Whole year";
        STATS_NONE: "—" / "—";
        STATS_DAYS: "ngày làm việc" / "working days";
        STATS_BY_MONTH: "Hồ sơ tiếp nhận theo tháng và kênh nộp" / "Applications received by month and channel";
        STATS_TIMELINESS: "Hồ sơ đã giải quyết theo tháng tiếp nhận: đúng hạn và trễ hạn" / "Applications finished, by month received: on time and late";
        STATS_CHART_NOTE: "Số liệu của biểu đồ ở bảng ngay dưới." / "The chart's numbers are in the table just below.";
        STATS_BY_AGENCY: "Theo cơ quan tiếp nhận" / "By receiving agency";
        STATS_AGENCY: "Cơ quan" / "Agency";
        STATS_BY_PROCEDURE: "Thời gian giải quyết theo thủ tục so với quy định" / "Processing time by procedure against its legal limit";
        STATS_PROCEDURE: "Thủ tục" / "Procedure";
        STATS_WITH_RESULT: "Đã có kết quả" / "With a result";
        STATS_AVERAGE: "Trung bình (ngày làm việc)" / "Average (working days)";
        STATS_LIMIT: "Quy định (ngày làm việc)" / "Legal limit (working days)";
        STATS_WITHIN: "Trong hạn" / "Within the limit";
        STATS_OVER: "Vượt hạn" / "Over the limit";
        STATS_TIME_NOTE: "Thời gian tính theo ngày làm việc từ khi tiếp nhận đến khi có kết quả, không tính thời gian chờ người nộp bổ sung. Hiển thị 100 thủ tục có nhiều hồ sơ nhất; đủ danh sách trong dữ liệu mở (JSON)." / "Time is counted in working days from reception to the result, leaving out the time spent waiting for the applicant's supplement. The 100 procedures with the most applications are shown; the open data (JSON) has them all.";
        STATS_INDICATORS: "Chỉ số theo Quyết định 766/QĐ-TTg" / "Indicators of Decision 766/QĐ-TTg";
        STATS_INDICATORS_NOTE: "Điểm tính trên các chỉ số đo được từ dữ liệu của Cổng; chỉ số 1.1, 1.2 và 5.1 được đánh giá riêng." / "Points are counted over the indicators the portal's data measures; 1.1, 1.2 and 5.1 are assessed separately.";
        STATS_CODE: "Chỉ số" / "Indicator";
        STATS_RATE: "Tỷ lệ" / "Rate";
        STATS_COUNTS: "Số liệu" / "Counts";
        STATS_POINTS: "Điểm" / "Points";
        STATS_NOT_MEASURED: "Không đo từ dữ liệu Cổng" / "Not measured from portal data";
        STATS_NOTHING: "Chưa có dữ liệu" / "No data yet";
        STATS_TOTAL_SCORE: "Tổng điểm đo được" / "Total of the measurable points";
        STATS_OF: "trên" / "of";
        STATS_EMPTY: "Chưa có hồ sơ nào được tiếp nhận trong năm này." / "No application was received this year.";
        DASH_TITLE: "Chỉ số đánh giá chất lượng phục vụ (Quyết định 766)" / "Service quality indicators (Decision 766)";
        DASH_LINK: "Chỉ số 766" / "Indicators";
        DASH_LEAD: "Bộ chỉ số và số liệu của hồ sơ tiếp nhận trong khoảng thời gian đã chọn, theo lĩnh vực và cấp thực hiện." / "The indicators and the numbers of the applications received in the chosen days, by field and level.";
        DASH_FROM: "Từ ngày" / "From";
        DASH_TO: "Đến ngày" / "To";
        DASH_FIELD: "Lĩnh vực" / "Field";
        DASH_LEVEL: "Cấp thực hiện" / "Level";
        DASH_ALL: "Tất cả" / "All";
        DASH_BAD_SPAN: "Khoảng thời gian phải từ ngày trước đến ngày sau và không quá một năm; đang hiển thị từ đầu năm đến hôm nay." / "The days must be in order and at most a year apart; showing this year to today.";
        DASH_RATINGS: "Đánh giá mức độ hài lòng theo tiêu chí" / "Satisfaction ratings by criterion";
        DASH_RATINGS_NOTE: "Chỉ có số lượt đánh giá; không lưu và không hiển thị ai đánh giá." / "Counts only; who rated is neither kept nor shown.";
        DASH_CRITERION: "Tiêu chí" / "Criterion";
        USUAL_TIME: "Thường có kết quả trong {median} ngày làm việc." / "Usually done in {median} working days.";
        USUAL_TIME_DETAIL: "9 trên 10 hồ sơ có kết quả trong {p90} ngày làm việc (theo {sample} hồ sơ đã giải quyết trong 12 tháng qua, không tính thời gian chờ người nộp bổ sung)." / "9 in 10 had their result within {p90} working days (from {sample} applications finished in the past 12 months, time waiting for the applicant's supplement left out).";
        CSV_STATS_HEADER: "Tháng,Tiếp nhận,Trực tuyến,Trực tiếp,Bưu chính,Đã giải quyết,Đúng hạn,Trễ hạn,Đang giải quyết,Quá hạn đang giải quyết,Có phí,Thanh toán trực tuyến,Lượt đánh giá,Hài lòng" / "Month,Received,Online,Counter,Postal,Finished,On time,Late,In progress,In progress past due,With a fee,Paid online,Ratings,Satisfied";
    }
}

/// A share in percent, one decimal, in the language's way of writing it ("—" for nothing).
pub fn percent(v: Option<f64>, lang: Lang) -> String {
    match v {
        Some(v) => decimal(v, lang) + " %",
        None => t::STATS_NONE.get(lang).to_owned(),
    }
}

/// One decimal, with a decimal comma in Vietnamese.
pub fn decimal(v: f64, lang: Lang) -> String {
    let text = format!("{v:.1}");
    if lang == Lang::Vi { text.replace('.', ",") } else { text }
}

/// One of Decision 766's five groups.
pub fn indicator_group(group: Group, lang: Lang) -> &'static str {
    let text = match group {
        Group::Transparency => Text { vi: "Công khai, minh bạch", en: "Transparency" },
        Group::Progress => Text { vi: "Tiến độ giải quyết", en: "Timeliness" },
        Group::OnlineService => Text { vi: "Dịch vụ công trực tuyến", en: "Online service" },
        Group::Digitisation => Text { vi: "Số hóa hồ sơ", en: "Digitisation" },
        Group::Satisfaction => Text { vi: "Mức độ hài lòng", en: "Satisfaction" },
    };
    text.get(lang)
}

/// What indicator `code` of Decision 766 measures.
pub fn indicator_label(code: &str, lang: Lang) -> &'static str {
    let text = match code {
        "1.1" => Text { vi: "Công bố thủ tục hành chính đúng hạn", en: "Procedures published on time" },
        "1.2" => Text { vi: "Công khai thủ tục hành chính đúng hạn", en: "Procedures made public on time" },
        "1.3" => Text {
            vi: "Thủ tục công khai đầy đủ các bộ phận", en: "Procedures with every part published"
        },
        "1.4" => Text {
            vi: "Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
            en: "Applications synced to the national portal",
        },
        "2.1" => Text { vi: "Hồ sơ giải quyết đúng hạn", en: "Applications within the deadline" },
        "2.2" => Text {
            vi: "Thủ tục có thời gian giải quyết trung bình trong hạn",
            en: "Procedures whose average time is within the limit",
        },
        "3.1" => {
            Text { vi: "Thủ tục cung cấp dịch vụ công trực tuyến", en: "Procedures offered online" }
        }
        "3.2" => Text {
            vi: "Dịch vụ trực tuyến có phát sinh hồ sơ",
            en: "Online services that received an application",
        },
        "3.3" => Text { vi: "Hồ sơ trực tuyến", en: "Online applications" },
        "3.5" => Text {
            vi: "Thủ tục có phí tích hợp thanh toán trực tuyến", en: "Procedures with fees paid online"
        },
        "3.6" => Text { vi: "Hồ sơ thanh toán trực tuyến", en: "Applications paid online" },
        "4.1" => Text { vi: "Hồ sơ cấp kết quả điện tử", en: "Applications with an electronic result" },
        "4.2" => Text { vi: "Hồ sơ số hóa", en: "Digitised applications" },
        "4.3" => {
            Text { vi: "Hồ sơ tái sử dụng dữ liệu số hóa", en: "Applications reusing digitised data" }
        }
        "4.4" => Text { vi: "Hồ sơ khai thác, chia sẻ dữ liệu", en: "Applications sharing data" },
        "4.5" => Text {
            vi: "Hồ sơ sử dụng dữ liệu dân cư (VNeID)", en: "Applications using population data (VNeID)"
        },
        "5.1" => Text { vi: "Phân loại phản ánh, kiến nghị", en: "Feedback classified" },
        "5.2" => Text { vi: "Phản ánh, kiến nghị xử lý đúng hạn", en: "Feedback handled on time" },
        "5.3" => Text {
            vi: "Hài lòng với xử lý phản ánh, kiến nghị", en: "Satisfaction with feedback handling"
        },
        _ => {
            Text { vi: "Hài lòng với giải quyết thủ tục hành chính", en: "Satisfaction with procedures" }
        }
    };
    text.get(lang)
}
