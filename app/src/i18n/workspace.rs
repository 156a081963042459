//! Texts of the officer's workspace around the queue: bulk work on the dossiers ticked.

pub mod t {
    use super::super::Text;
    texts! {
        BULK_TITLE: "Thao tác với các hồ sơ đã chọn" / "With the applications ticked";
        BULK_LEAD: "Đánh dấu các hồ sơ trong bảng rồi chọn thao tác. Từng hồ sơ được xử lý riêng: hồ sơ nào không thực hiện được thì giữ nguyên và được nêu lý do." / "Tick applications in the table, then choose what to do. Each is handled on its own: one that cannot be is left as it was, with the reason.";
        BULK_CHOOSE: "Chọn hồ sơ" / "Choose application";
        BULK_RECEIVE: "Tiếp nhận các hồ sơ đã chọn" / "Receive the applications ticked";
        BULK_MESSAGE: "Tin nhắn gửi từng hồ sơ đã chọn" / "Message to each application ticked";
        BULK_SEND: "Gửi tin nhắn cho các hồ sơ đã chọn" / "Send it to the applications ticked";
        BULK_REPORT: "Kết quả thao tác với các hồ sơ đã chọn" / "What was done with the applications ticked";
        BULK_DONE: "Đã thực hiện" / "Done";
        BULK_NOT_DONE: "Không thực hiện được" / "Not done";
        BULK_SUMMARY: "{done} hồ sơ đã thực hiện, {failed} hồ sơ không thực hiện được." / "{done} done, {failed} not done.";
        BULK_NONE_CHOSEN: "Hãy đánh dấu ít nhất một hồ sơ trong bảng." / "Tick at least one application in the table.";
        BULK_TOO_MANY: "Mỗi lần chọn tối đa {max} hồ sơ." / "Tick at most {max} applications at a time.";
        VIEWS_TITLE: "Bộ lọc" / "Views";
        VIEW_WAITING: "Chờ tiếp nhận" / "Waiting for reception";
        VIEW_DUE_SOON: "Sắp đến hạn" / "Due soon";
        VIEW_OVERDUE: "Quá hạn" / "Overdue";
        VIEW_NAME: "Tên bộ lọc" / "View name";
        VIEW_SAVE: "Lưu bộ lọc đang xem" / "Save the filter shown";
        VIEW_DELETE: "Xoá bộ lọc" / "Delete view";
        VIEW_SAVED: "Đã lưu bộ lọc." / "The view was saved.";
        VIEW_REFUSED: "Chưa lưu được bộ lọc" / "The view was not saved";
        VIEW_COUNT: "hồ sơ" / "applications";
        CHANNEL_LABEL: "Hình thức nộp" / "Filed";
        CHANNEL_ONLINE: "Trực tuyến" / "Online";
        QUEUE_TEXT: "Mã hồ sơ hoặc tên người nộp" / "Code or applicant's name";
        BULK_WHY: "Lý do" / "Why";
        BULK_ASSIGN_TO: "Chuyên viên nhận các hồ sơ đã chọn" / "Specialist to give the applications ticked to";
        BULK_ASSIGN_PICK: "— Chọn chuyên viên —" / "— Choose a specialist —";
        BULK_ASSIGN: "Phân công các hồ sơ đã chọn" / "Give them the applications ticked";
        BULK_NO_SPECIALIST: "Hãy chọn chuyên viên nhận hồ sơ." / "Choose the specialist to give them to.";
        BULK_PRINT_RECEIPTS: "In giấy tiếp nhận của các hồ sơ đã chọn" / "Print the receipts of the applications ticked";
        BULK_PRINT_REGISTER: "In sổ theo dõi các hồ sơ đã chọn" / "Print the register lines of the applications ticked";
        BULK_PRINT_HINT: "Mở tệp PDF trong thẻ mới để in." / "Opens a PDF in a new tab, to print.";
        BULK_NO_RECEIPT: "Không hồ sơ nào đã chọn có giấy tiếp nhận (các hồ sơ chưa được tiếp nhận)." / "None of the applications ticked has a receipt (they were not received yet).";
        BULK_PROBLEM: "Chưa thực hiện được thao tác" / "Nothing was done";
    }
}
