//! Texts of the error page: why a request could not be done, one sentence each, for the visitor
//! to read in their language (`server/src/http/problem.rs` picks the one that applies).

pub mod t {
    use super::super::Text;
    texts! {
        PROBLEM_TITLE: "Không thực hiện được yêu cầu" / "Your request could not be done";
        PROBLEM_BACK: "Quay lại trang trước hoặc về trang chủ." / "Go back to the previous page, or to the home page.";
        PROBLEM_FORM_TOO_LARGE: "Biểu mẫu quá lớn." / "The form is too large.";
        PROBLEM_REQUEST_TOO_LARGE: "Yêu cầu quá lớn." / "The request is too large.";
        PROBLEM_BAD_FORM: "Biểu mẫu không hợp lệ." / "The form is not valid.";
        PROBLEM_FORM_EXPIRED: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng quay lại trang trước, tải lại trang và gửi lại." / "The form expired or is invalid. Please go back, reload the page and submit again.";
        PROBLEM_CROSS_SITE: "Yêu cầu bị từ chối vì không xuất phát từ Cổng Dịch vụ công." / "The request was refused: it did not come from this portal.";
        PROBLEM_NOT_ALLOWED: "Bạn không có quyền thực hiện thao tác này." / "You are not allowed to do this.";
        PROBLEM_NOT_FOUND: "Không tìm thấy trang hoặc hồ sơ này." / "This page or dossier was not found.";
        PROBLEM_UNAVAILABLE: "Hệ thống đang bận, vui lòng thử lại sau." / "The system is busy; please try again later.";
        PROBLEM_DOSSIER_CHANGED: "Hồ sơ vừa được người khác xử lý; vui lòng tải lại trang." / "The dossier was changed meanwhile; please reload the page.";
        PROBLEM_UNKNOWN_ACTION: "Thao tác không hợp lệ." / "This action is not known.";
        PROBLEM_NOT_YOUR_ROLE: "Thao tác này không thuộc vai trò của bạn." / "This action is not part of your role.";
        PROBLEM_NOT_IN_THIS_STATUS: "Không thể thực hiện thao tác ở trạng thái hiện tại của hồ sơ." / "This is not possible in the dossier's current status.";
        PROBLEM_PAYMENT_UNDER_WAY: "Người nộp đang thanh toán qua cổng thanh toán; vui lòng chờ kết quả giao dịch." / "The applicant is paying through the payment gateway; please wait for the result.";
        PROBLEM_FEE_UNPAID: "Người nộp chưa thanh toán phí, lệ phí: chưa thể thực hiện bước này." / "The fee is not paid yet: this step cannot be taken.";
        PROBLEM_NO_FILE: "Chưa chọn tệp." / "No file was chosen.";
        PROBLEM_FILE_TOO_LARGE: "Tệp quá lớn." / "The file is too large.";
        PROBLEM_RESULT_ONLY_PROCESSED: "Chỉ đính kèm kết quả khi hồ sơ đã xử lý xong." / "A result is attached only to a processed dossier.";
        PROBLEM_BOTH_DATES: "Vui lòng chọn từ ngày và đến ngày." / "Please choose both dates.";
        PROBLEM_BAD_RANGE: "Khoảng thời gian không hợp lệ (từ ngày phải trước đến ngày, tối đa một năm)." / "The range is not valid (the first day before the last, at most a year).";
        PROBLEM_TOO_MANY_IN_RANGE: "Quá nhiều hồ sơ trong khoảng này; vui lòng chọn khoảng ngắn hơn." / "Too many dossiers in this range; please choose a shorter one.";
        PROBLEM_REGISTER_NOT_ALLOWED: "Bạn không có quyền xem sổ theo dõi hồ sơ." / "You are not allowed to see the dossier register.";
        PROBLEM_TOO_MANY_REQUESTS: "Bạn đã gửi quá nhiều yêu cầu; vui lòng thử lại sau một giờ." / "Too many requests; please try again in an hour.";
        PROBLEM_TOO_MANY_INVITATIONS: "Bạn đã gửi quá nhiều lời mời; vui lòng thử lại sau một giờ." / "Too many invitations; please try again in an hour.";
        PROBLEM_UNKNOWN_DECISION: "Quyết định không hợp lệ." / "This decision is not known.";
        PROBLEM_ALREADY_DECIDED: "Đã có quyết định, hoặc yêu cầu không còn." / "This was already decided, or is gone.";
        PROBLEM_NO_BUSINESS: "Không có doanh nghiệp nào với mã số thuế này trên Cổng." / "No business with this tax code is on the portal.";
        PROBLEM_CLAIM_POINTLESS: "Bạn đã là thành viên, hoặc đã có khiếu nại đang chờ." / "You are already a member, or a claim is waiting.";
        PROBLEM_CLAIM_REASON: "Vui lòng ghi lý do khiếu nại." / "Please give the reason for the claim.";
        PROBLEM_UNKNOWN_ROLE: "Vai trò không hợp lệ." / "This role is not known.";
        PROBLEM_ROLE_NEEDED: "Cần ít nhất một vai trò." / "At least one role is needed.";
        PROBLEM_BAD_DATE: "Ngày không hợp lệ." / "The date is not valid.";
        PROBLEM_BAD_DATA: "Dữ liệu không hợp lệ." / "The data is not valid.";
        PROBLEM_NO_NATIONAL_SIGN_IN: "Không có đăng nhập định danh quốc gia." / "National sign-in is not available.";
        PROBLEM_UNKNOWN_LANGUAGE: "Ngôn ngữ không được hỗ trợ." / "This language is not supported.";
        PROBLEM_NOTHING_TO_PAY: "Hồ sơ không có khoản phí nào cần thanh toán lúc này." / "There is nothing to pay for this dossier now.";
        PROBLEM_BAD_AMOUNT: "Số tiền hoàn trả không hợp lệ." / "The refund amount is not valid.";
        PROBLEM_REFUND_SENT: "Đã gửi yêu cầu hoàn trả; cổng thanh toán chưa xác nhận kết quả." / "The refund was sent; the payment gateway has not confirmed it yet.";
        PROBLEM_REFUND_REFUSED: "Cổng thanh toán không chấp nhận yêu cầu hoàn trả; vui lòng thử lại sau." / "The payment gateway refused the refund; please try again later.";
        PROBLEM_REFUND_NOT_CLOSED: "Chỉ hoàn trả khi hồ sơ bị từ chối, dừng xử lý hoặc rút." / "Only a refused, stopped or withdrawn dossier is refunded.";
        PROBLEM_REFUND_REASON: "Vui lòng ghi lý do hoàn trả." / "Please give the reason for the refund.";
        PROBLEM_REFUND_SAME_OFFICER: "Khoản hoàn trả này cần một cán bộ khác phê duyệt." / "Another officer must approve this refund.";
        PROBLEM_REFUND_TOO_MUCH: "Số tiền hoàn trả vượt quá số đã thanh toán." / "The refund is more than what was paid.";
        PROBLEM_REFUND_NOTHING: "Số tiền hoàn trả phải lớn hơn 0." / "The refund amount must be more than zero.";
        PROBLEM_APOLOGY_USED: "Hồ sơ đã có văn bản xin lỗi, hẹn lại ngày trả kết quả; chỉ được hẹn lại một lần." / "The dossier already had its one apology and new appointment.";
        PROBLEM_PAST_DUE: "Đã quá ngày hẹn trả kết quả: văn bản xin lỗi phải gửi trước ngày hẹn." / "The appointment has passed: the apology had to be sent before it.";
        PROBLEM_BAD_NEW_APPOINTMENT: "Ngày hẹn mới phải là một ngày làm việc sau ngày hẹn hiện tại." / "The new appointment must be a working day after the current one.";
        PROBLEM_LAST_OWNER: "Không thể gỡ chủ tài khoản duy nhất khi doanh nghiệp còn thành viên khác." / "The only owner cannot leave while other members remain.";
        PROBLEM_PAYMENT_PENDING: "Đang có một giao dịch thanh toán chưa có kết quả. Vui lòng hoàn tất giao dịch đó, hoặc chờ vài phút để cổng thanh toán xác nhận." / "A payment is already under way; finish it, or wait a few minutes for the gateway to confirm it.";
        PROBLEM_NOTHING_PAID: "Hồ sơ chưa có khoản thanh toán nào." / "Nothing was paid for this dossier.";
    }
}
