//! The words of the official forms the portal prints as PDF (and the register as XLSX): the
//! templates of Circular 01/2018/TT-VPCP and of the decree on one-stop procedures (Mẫu 01–07),
//! the cover page of a result and the fee e-receipt. There is no English here on purpose: the
//! paper is the legal form, issued in Vietnamese only; the portal's pages around it (the links,
//! the buttons, the explanations) are bilingual and live in the other tables. Holes are written
//! `{name}` and filled with [`super::mail::fill`].

// The heading every form starts with (`records::layout`), and the issuing office of the
// reception forms.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The rules under the issuer and under the motto.
pub const RULE_SHORT: &str = "————————";
pub const RULE_LONG: &str = "——————————————";
pub const PLACE_DATE: &str = "{place}, ngày {d} tháng {m} năm {y}";
/// Under each signer's role.
pub const SIGN_HINT: &str = "(Ký, ghi rõ họ tên)";
pub const SIGNER_APPLICANT: &str = "NGƯỜI NỘP HỒ SƠ";
pub const SIGNER_RECEIVER: &str = "NGƯỜI TIẾP NHẬN";
pub const SIGNER_AGENCY: &str = "CƠ QUAN GIẢI QUYẾT";
pub const SIGNER_COLLECTOR: &str = "ĐƠN VỊ THU";
pub const SIGNER_PAYER: &str = "NGƯỜI NỘP TIỀN";
/// Why a paper is signed, as a PDF reader shows beside the signer.
pub const SIGNED_REASON: &str = "Văn bản do cơ quan ban hành, ký số";
pub const COUNTER: &str = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ";

// Lines several forms share.
pub const CODE: &str = "Mã hồ sơ: {code}";
pub const DEAR: &str = "Kính gửi: {owner}";
pub const PHONE: &str = "Số điện thoại: {phone}";
pub const EMAIL: &str = "Thư điện tử: {email}";
pub const ADDRESS: &str = "Địa chỉ: {address}";
pub const ID_NUMBER: &str = "Số định danh cá nhân / Mã số thuế: {number}";
pub const REQUESTED: &str = "Hồ sơ đề nghị giải quyết: {procedure}";
pub const PROCEDURE: &str = "Thủ tục: {procedure}";
pub const REASON: &str = "Lý do: {reason}";

// Mẫu 01, the receipt and appointment slip.
pub const RECEIPT_TITLE: &str = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
pub const RECEIPT_SHEET: &str = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
/// The last page of receipts printed together: the dossiers ticked that have none.
pub const RECEIPTS_MISSING: &str = "Các hồ sơ đã chọn chưa có giấy tiếp nhận (chưa được tiếp nhận):";
pub const RECEIPT_FROM: &str = "{agency} tiếp nhận hồ sơ của: {owner}";
pub const RECEIPT_REQUEST: &str = "Nội dung yêu cầu giải quyết: {procedure}";
pub const RECEIPT_DOCUMENTS: &str = "1. Thành phần hồ sơ nộp gồm:";
pub const RECEIPT_DOCUMENTS_HEAD: [&str; 4] = ["STT", "Tên giấy tờ", "Bản chính / bản sao", "Số lượng"];
pub const RECEIPT_FORM: &str = "Tờ khai, đơn đề nghị";
pub const RECEIPT_FORM_ONLINE: &str = "bản điện tử (kê khai trên Cổng Dịch vụ công)";
pub const RECEIPT_FORM_PAPER: &str = "bản chính";
pub const RECEIPT_FILES: &str = "{files} tệp điện tử";
pub const RECEIPT_ORIGINAL: &str = "bản chính";
pub const RECEIPT_COPY: &str = "bản sao";
pub const RECEIPT_PLAIN: &str = "bản";
pub const RECEIPT_SETS: &str = "2. Số lượng hồ sơ: 01 bộ (hồ sơ điện tử).";
pub const RECEIPT_SETS_PAPER: &str = "2. Số lượng hồ sơ: 01 bộ.";
pub const RECEIPT_LIMIT: &str = "Thời gian giải quyết hồ sơ theo quy định: {limit}.";
pub const RECEIPT_RECEIVED_AT: &str = "3. Thời gian nhận hồ sơ: {at}";
pub const RECEIPT_DUE: &str = "4. Thời gian trả kết quả giải quyết hồ sơ: {at}";
pub const RECEIPT_WHERE: &str = "5. Đăng ký nhận kết quả tại: {where}.";
pub const RETURN_ONLINE: &str = "Cổng Dịch vụ công (trực tuyến)";
pub const RETURN_COUNTER: &str = "Bộ phận Tiếp nhận và Trả kết quả";
pub const RETURN_POSTAL: &str = "địa chỉ đã đăng ký, qua dịch vụ bưu chính công ích";
pub const RECEIPT_FEE: &str = "6. Phí, lệ phí: {amount} ({state}).";
pub const RECEIPT_FEE_PAID: &str = "đã nộp";
pub const RECEIPT_FEE_UNPAID: &str = "chưa nộp";
pub const RECEIPT_FEE_NONE: &str = "6. Phí, lệ phí: không thu.";
pub const RECEIPT_FEE_WAIVED: &str = "6. Phí, lệ phí: được miễn ({reason}).";
pub const RECEIPT_REGISTER: &str = "Vào Sổ theo dõi hồ sơ, Quyển số: {volume}, Số thứ tự: {number}.";
pub const RECEIPT_LOOKUP: &str = "Tra cứu tình trạng hồ sơ: quét mã QR, hoặc vào trang Tra cứu hồ sơ với mã hồ sơ.";

// Mẫu 02, the supplement request, and Mẫu 03, the refusal (the title is also the file's title).
pub const SUPPLEMENT_TITLE: &str = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
pub const SUPPLEMENT_ASK: &str = "Đề nghị bổ sung, hoàn thiện các nội dung sau (một lần, đầy đủ):";
pub const SUPPLEMENT_HEAD: &str = "Nội dung cần bổ sung, hoàn thiện — lý do\tGhi chú";
pub const REFUSAL_TITLE: &str = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
pub const REFUSAL_BECAUSE: &str = "Cơ quan không tiếp nhận giải quyết hồ sơ vì lý do sau:";
pub const SLIP_AT: &str = "Thời gian: {at}";

// The written answer to a refusal on the merits (after processing; Mẫu 03 is the counter's).
pub const ANSWER_TITLE: &str = "VĂN BẢN TRẢ LỜI";
pub const ANSWER_ABOUT: &str = "V/v không giải quyết hồ sơ {code}";
pub const ANSWER_BECAUSE: &str = "Sau khi xem xét, cơ quan không giải quyết hồ sơ vì lý do sau:";
pub const ANSWER_RIGHTS: &str = "Nếu không đồng ý, Ông/Bà có quyền khiếu nại, khởi kiện theo quy định của pháp luật.";

// Mẫu 04, the apology with a new appointment.
pub const APOLOGY_TITLE: &str = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ";
pub const APOLOGY_SHEET: &str = "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết";
pub const APOLOGY_RECEIVED: &str = "Ngày {at}, {agency} tiếp nhận hồ sơ mã số {code} về việc: {procedure}.";
pub const APOLOGY_OLD_DUE: &str = "Thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: {at}.";
pub const APOLOGY_LATE: &str = "Đến nay cơ quan chưa thể trả kết quả đúng hẹn.";
pub const APOLOGY_NEW_DUE: &str = "{agency} trân trọng xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào: {at}.";
pub const APOLOGY_SIGNED_AT: &str = "Ngày ký: {at}";
pub const APOLOGY_SIGNER: &str = "THỦ TRƯỞNG CƠ QUAN";

// Mẫu 05, the notice that processing stopped.
pub const STOP_TITLE: &str = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
pub const STOP_SHEET: &str = "Thông báo dừng giải quyết hồ sơ";
pub const STOP_RECEIVED_AT: &str = "Thời gian tiếp nhận: {at}";
pub const STOP_STAGE: &str = "Hồ sơ đang ở bước: {step} ({place})";
pub const STOP_FROM: &str = "Cơ quan quyết định dừng giải quyết hồ sơ từ {at}.";
pub const STOP_FEES: &str = "Phí, lệ phí đã nộp (nếu có) được xử lý, hoàn trả theo quy định.";
pub const STOP_SIGNER: &str = "NGƯỜI CÓ THẨM QUYỀN";

// Mẫu 06, the processing-control sheet: one row per stay at a step, its timeliness and outcome.
pub const CONTROL_TITLE: &str = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
pub const CONTROL_SHEET: &str = "Phiếu kiểm soát quá trình giải quyết hồ sơ";
pub const CONTROL_OWNER: &str = "Người nộp / chủ hồ sơ: {owner}";
pub const CONTROL_HEADERS: [&str; 4] = ["TÊN CƠ QUAN, ĐƠN VỊ", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ", "GHI CHÚ"];
pub const CONTROL_HANDED: &str = "1. Giao: {at}, người giao: {by}.";
pub const CONTROL_SYSTEM: &str = "hệ thống";
pub const CONTROL_TAKEN: &str = "2. Nhận: {by}.";
pub const CONTROL_DUE: &str = "Hạn: {at}.";
pub const CONTROL_PASSED: &str = "Chuyển đi: {at}.";
pub const CONTROL_NO_DEADLINE: &str = "Không quy định hạn bước";
pub const EARLY: &str = "Trước hạn";
pub const ON_TIME: &str = "Đúng hạn";
pub const LATE: &str = "Trễ hạn";
pub const OUTCOME_PENDING: &str = "Đang xử lý";
pub const OUTCOME_START: &str = "Chuyển xử lý";
pub const OUTCOME_PROPOSE: &str = "Hoàn thành, chuyển bước sau";
pub const OUTCOME_SEND_BACK: &str = "Trả lại bước trước";
pub const OUTCOME_FINISH: &str = "Phê duyệt";
pub const OUTCOME_REJECT: &str = "Từ chối giải quyết";
pub const OUTCOME_SUPPLEMENT: &str = "Yêu cầu bổ sung";
pub const OUTCOME_RETURNED: &str = "Đã trả kết quả";
pub const OUTCOME_STOP: &str = "Dừng xử lý";
pub const OUTCOME_WITHDRAW: &str = "Công dân rút hồ sơ";
pub const OUTCOME_FORWARD: &str = "Chuyển tiếp";

// Mẫu 07, the dossier register (PDF and XLSX; a spreadsheet tab's name is written without marks).
pub const REGISTER_TITLE: &str = "SỔ THEO DÕI HỒ SƠ — từ ngày {from} đến ngày {to}";
pub const REGISTER_SHEET: &str = "Sổ theo dõi hồ sơ";
pub const REGISTER_TAB: &str = "So theo doi ho so";
pub const REGISTER_COUNT: &str = "Số hồ sơ: {count}";
pub const REGISTER_HEADERS: [&str; 10] = [
    "STT",
    "Mã hồ sơ",
    "Thủ tục hành chính",
    "Chủ hồ sơ",
    "Ngày, giờ nhận",
    "Ngày hẹn trả",
    "Chuyển xử lý (đơn vị, thời gian)",
    "Giải quyết xong",
    "Trả kết quả",
    "Ghi chú",
];

// The cover page of an issued result, with each file's hash and the public check.
pub const COVER_TITLE: &str = "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
pub const COVER_SHEET: &str = "Kết quả giải quyết thủ tục hành chính";
pub const COVER_RECIPIENT: &str = "Người nhận kết quả: {owner}";
pub const COVER_FILE: &str = "Tệp kết quả: {name} (cấp {at})";
pub const COVER_HASH: &str = "SHA-256: {sha}";
pub const COVER_CHECK: &str = "Quét mã QR hoặc vào địa chỉ dưới đây để kiểm tra một tệp có đúng là kết quả đã cấp:";

// The fee e-receipt (biên lai điện tử).
pub const FEE_TITLE: &str = "BIÊN LAI THU PHÍ, LỆ PHÍ";
pub const FEE_KIND: &str = "(Biên lai điện tử)";
pub const FEE_SHEET: &str = "Biên lai thu phí, lệ phí";
/// The symbols the collecting agency registered for its e-receipts, and the receipt's number.
pub const FEE_TEMPLATE: &str = "Ký hiệu mẫu biên lai: {symbol}";
pub const FEE_SERIES: &str = "Ký hiệu biên lai: {symbol}";
pub const FEE_NUMBER: &str = "Số: {number}";
pub const FEE_COLLECTOR: &str = "Tên đơn vị thu: {agency}";
pub const FEE_COLLECTOR_ADDRESS: &str = "Địa chỉ: {address}";
pub const FEE_PAYER: &str = "Tên người nộp: {owner}";
pub const FEE_DOSSIER: &str = "Hồ sơ: {code} — {procedure}";
pub const FEE_HEAD: [&str; 3] = ["STT", "Tên loại phí, lệ phí", "Số tiền"];
pub const FEE_GENERIC: &str = "Phí, lệ phí giải quyết thủ tục hành chính";
pub const FEE_TOTAL: &str = "Tổng cộng";
pub const FEE_IN_WORDS: &str = "Số tiền bằng chữ: {words}.";
pub const FEE_CHANNEL: &str = "Hình thức thanh toán: chuyển khoản trực tuyến qua cổng thanh toán của tỉnh.";
pub const FEE_GATEWAY_TXN: &str = "Mã giao dịch cổng thanh toán: {number} (mã tham chiếu {reference})";
pub const FEE_BANK: &str = "Ngân hàng: {bank}";
pub const FEE_PAID_AT: &str = "Thời gian thanh toán: {at}";
pub const FEE_REFUNDED: &str = "Đã hoàn trả: {amount}";
pub const FEE_NO_BOOK: &str = "(Cơ quan chưa đăng ký ký hiệu biên lai điện tử)";
