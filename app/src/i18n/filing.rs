//! Texts of online filing: my dossiers, the e-form, documents, submission, the status lookup.

use super::{Lang, Text};
use shared::dossier::{Status, UploadProblem};
use shared::eform::Problem;

pub mod t {
    use super::Text;
    texts! {
        MY_DOSSIERS_TITLE: "Hồ sơ của tôi" / "My applications";
        FIND_PROCEDURE: "Tìm thủ tục để nộp hồ sơ mới" / "Find a procedure to file a new application";
        DRAFTS: "Hồ sơ đang soạn" / "Drafts";
        SUBMITTED_DOSSIERS: "Hồ sơ đã nộp" / "Submitted applications";
        DOCUMENT_STORE: "Kho giấy tờ của tôi" / "My document store";
        STORE_UPLOADED: "tải lên" / "uploaded";
        STORE_USED: "đang dùng trong hồ sơ" / "used in an application";
        STORE_DELETE: "Xóa" / "Delete";
        STORE_DELETE_CONFIRM: "Xóa khỏi kho giấy tờ tệp" / "Delete from your document store the file";
        STORE_DELETED: "Đã xóa tệp khỏi kho giấy tờ." / "The file was deleted from your document store.";
        STORE_IN_USE: "Tệp đang dùng trong một hồ sơ nên không xóa được." / "The file is used in an application and cannot be deleted.";
        NOTHING_YET: "Chưa có." / "None yet.";
        DOSSIER_CODE: "Mã hồ sơ" / "Dossier code";
        DOSSIER: "Hồ sơ" / "Application";
        DRAFT: "Bản nháp" / "Draft";
        PROCEDURE: "Thủ tục" / "Procedure";
        AGENCY: "Cơ quan giải quyết" / "Handling agency";
        STATUS: "Trạng thái" / "Status";
        UPDATED: "Cập nhật" / "Updated";
        FILE_ONLINE: "Nộp trực tuyến" / "Apply online";
        FILE_ONLINE_SIGN_IN: "Đăng nhập để nộp hồ sơ trực tuyến" / "Sign in to apply online";
        DRAFT_SAVED: "Đã lưu bản nháp." / "Draft saved.";
        SUBMITTED_NOTICE: "Đã nộp hồ sơ. Mã hồ sơ và trạng thái ở dưới; thư xác nhận đã được gửi." / "Submitted. The code and status are below; a confirmation mail was sent.";
        SUPPLEMENTED_NOTICE: "Đã gửi hồ sơ bổ sung. Cơ quan sẽ tiếp tục giải quyết hồ sơ." / "The supplement was sent. The agency will go on with the dossier.";
        OWNER_TITLE: "Chủ hồ sơ" / "Applicant (owner)";
        OWNER_MYSELF: "Bản thân tôi" / "Myself";
        OWNER_OTHER: "Người khác (tôi được ủy quyền nộp thay)" / "Someone else (I am their authorised representative)";
        OWNER_NAME: "Họ và tên chủ hồ sơ (khi nộp thay)" / "Owner's full name (when filing for someone)";
        OWNER_ID: "Số định danh cá nhân của chủ hồ sơ" / "Owner's personal ID number";
        OWNER_PHONE: "Số điện thoại của chủ hồ sơ" / "Owner's phone";
        CASE_TITLE: "Trường hợp của hồ sơ" / "Which case applies";
        RECEIVED_BY: "Nơi tiếp nhận hồ sơ" / "Received at";
        RECEIVER_TITLE: "Nơi nộp hồ sơ" / "Where to file";
        RECEIVER_HINT: "Hồ sơ được tiếp nhận và trả kết quả tại bộ phận một cửa bạn chọn." / "The one-stop unit you choose receives the dossier and hands back the result.";
        CASE_HINT: "Trường hợp quyết định thời hạn giải quyết, phí, lệ phí và giấy tờ cần nộp. Sau khi đổi trường hợp, bấm “Lưu nháp” để xem giấy tờ tương ứng." / "The case decides the time limit, the fees and the documents asked for. After changing it, press “Save draft” to see its documents.";
        DOCUMENTS_TITLE: "Thành phần hồ sơ (giấy tờ kèm theo)" / "Documents";
        UPLOAD_HINT: "Tệp PDF, JPG hoặc PNG; mỗi tệp tối đa" / "PDF, JPG or PNG files; each at most";
        DOCUMENT_MISSING: "Còn thiếu giấy tờ" / "Document missing";
        SAVE_DRAFT: "Lưu nháp" / "Save draft";
        AUTOSAVED: "Đã tự động lưu lúc" / "Saved automatically at";
        WORKSPACE_TITLE: "Hồ sơ cần xử lý" / "Applications to handle";
        QUEUE_EMPTY: "Không có hồ sơ nào đang chờ bạn." / "Nothing is waiting for you.";
        IN_TIME: "Trong hạn" / "In time";
        DUE_SOON: "Sắp đến hạn" / "Due soon";
        OVERDUE: "Quá hạn" / "Overdue";
        OFFICER_ACTIONS: "Xử lý hồ sơ" / "Handle the application";
        OFFICER_NOTE: "Ghi chú, lý do hoặc nội dung cần bổ sung" / "Note, reason, or what must be supplemented";
        ACT_CONFIRM_TITLE: "Xác nhận thao tác" / "Confirm";
        ACT_CONFIRM_LEAD: "Thao tác này kết thúc việc giải quyết hồ sơ và người nộp sẽ được thông báo kèm lý do dưới đây. Kiểm tra lại trước khi xác nhận." / "This ends the handling of the dossier and the applicant is told, with the reason below. Check before you confirm.";
        ACT_CONFIRM_REASON: "Lý do" / "Reason";
        ACT_CONFIRM_BACK: "Không, quay lại hồ sơ" / "No, back to the dossier";
        ACT_NEED_REASON: "Ghi lý do (người nộp sẽ nhận được lý do này)." / "Give the reason (the applicant receives it).";
        ACT_NEED_ITEMS: "Ghi từng nội dung cần bổ sung, mỗi nội dung một dòng." / "List what must be supplemented, one item per line.";
        ACT_INVALID: "Thao tác chưa thực hiện: ghi lý do hoặc nội dung cần bổ sung, và chọn đúng đơn vị, chuyên viên." / "Not done: give the reason or the items, and a valid unit or specialist.";
        OFFICER_NOTE_HINT: "Yêu cầu bổ sung: mỗi dòng một nội dung kèm lý do, nêu đầy đủ trong một lần. Từ chối, dừng xử lý: ghi rõ lý do." / "Supplement: one item and its reason per line, all of them at once. Refusal or stop: give the reason.";
        TRANSFER_TO: "Chuyển đến đơn vị" / "Hand over to unit";
        ACT_RECEIVE: "Tiếp nhận" / "Accept";
        ACT_SUPPLEMENT: "Yêu cầu bổ sung" / "Request a supplement";
        ACT_REFUSE: "Từ chối tiếp nhận" / "Refuse";
        ACT_TRANSFER: "Chuyển xử lý" / "Hand over for processing";
        ACT_PROPOSE: "Trình lãnh đạo" / "Propose to the leader";
        ACT_SEND_BACK: "Trả lại chuyên viên" / "Send back";
        ACT_APPROVE: "Phê duyệt" / "Approve";
        ACT_RETURN: "Trả kết quả" / "Return the result";
        ACT_STOP: "Dừng xử lý" / "Stop processing";
        ACT_REJECT: "Từ chối giải quyết" / "Refuse on the merits";
        ACT_FORWARD: "Chuyển bước tiếp theo" / "Hand over to the next step";
        ACT_CLAIM: "Nhận xử lý" / "Take this application";
        ACT_ASSIGN: "Phân công" / "Assign";
        ASSIGN_TO: "Phân công cho chuyên viên" / "Assign to specialist";
        ASSIGNEE: "Chuyên viên xử lý" / "Handled by";
        NOT_ASSIGNED: "Chưa phân công" / "Not assigned yet";
        WORKFLOW: "Quy trình" / "Workflow";
        STEP: "Bước" / "Step";
        STEP_PLACE: "Cơ quan, đơn vị" / "Agency, unit";
        STEP_STARTED: "Nhận lúc" / "Received";
        STEP_DUE: "Hạn bước" / "Step due";
        STEP_FINISHED: "Chuyển đi lúc" / "Handed on";
        STEP_RESULT: "Kết quả" / "Result";
        EARLY: "Trước hạn" / "Early";
        ON_TIME: "Đúng hạn" / "On time";
        LATE: "Trễ hạn" / "Late";
        APOLOGY_TITLE: "Xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)" / "Apology and new appointment (form 04)";
        APOLOGY_REASON: "Lý do chậm trả kết quả" / "Why the result is late";
        APOLOGY_NEW_DUE: "Ngày hẹn mới" / "New appointment day";
        APOLOGY_DRAFT: "Trình văn bản xin lỗi" / "Submit the apology for approval";
        APOLOGY_PENDING: "Văn bản xin lỗi chờ lãnh đạo duyệt, hẹn mới:" / "Apology awaiting the leader, new appointment:";
        APOLOGY_APPROVE: "Duyệt và gửi văn bản xin lỗi" / "Approve and send the apology";
        APOLOGY_LINK: "Tải Văn bản xin lỗi và hẹn lại ngày trả kết quả (PDF)" / "Download the apology and new appointment (PDF)";
        STOP_NOTICE_LINK: "Tải Thông báo dừng giải quyết hồ sơ (PDF)" / "Download the notice of stopped processing (PDF)";
        CONTROL_SHEET_LINK: "Phiếu kiểm soát quá trình giải quyết hồ sơ (PDF)" / "Processing-control sheet (PDF)";
        VIEW_DOCUMENT: "Xem" / "View";
        INTAKE_TITLE: "Tiếp nhận hồ sơ trực tiếp, qua bưu chính" / "Record an application made in person or by post";
        INTAKE_LEAD: "Nhập thủ tục và người nộp theo giấy tờ của họ; tiếp theo là tờ khai, bản chụp giấy tờ và nộp như hồ sơ trực tuyến. Người nộp không cần có tài khoản." / "Enter the procedure and the applicant as their papers show; then fill the form, upload the scans and submit as for an online application. The applicant needs no account.";
        INTAKE_LINK: "Tiếp nhận hồ sơ trực tiếp, qua bưu chính" / "Record an application made in person or by post";
        INTAKE_PROCEDURE: "Thủ tục hành chính" / "Procedure";
        INTAKE_CHOOSE: "— Chọn thủ tục —" / "— Choose a procedure —";
        INTAKE_NO_PROCEDURES: "Cơ quan của bạn chưa tiếp nhận thủ tục nào đang có hiệu lực." / "Your agency receives no procedure in force yet.";
        INTAKE_CHANNEL: "Hình thức nộp" / "How it was made";
        CHANNEL_COUNTER: "Trực tiếp tại Bộ phận Một cửa" / "In person at the one-stop counter";
        CHANNEL_POSTAL: "Qua dịch vụ bưu chính công ích" / "By public postal service";
        INTAKE_APPLICANT: "Người nộp hồ sơ" / "Applicant";
        INTAKE_NAME: "Họ và tên" / "Full name";
        INTAKE_ID_NUMBER: "Số định danh cá nhân" / "Personal ID number";
        INTAKE_ID_HINT: "12 chữ số. Nếu người nộp có tài khoản đã xác thực VNeID với số này, hồ sơ hiện trong tài khoản của họ." / "12 digits. If the applicant has a VNeID-verified account with this number, the application shows in their account.";
        INTAKE_PHONE: "Số điện thoại (không bắt buộc)" / "Phone number (optional)";
        INTAKE_EMAIL: "Thư điện tử (không bắt buộc)" / "E-mail (optional)";
        INTAKE_EMAIL_HINT: "Giấy tiếp nhận và thông báo về hồ sơ được gửi tới địa chỉ này." / "The receipt and news of the application are sent to this address.";
        INTAKE_START: "Tạo hồ sơ và nhập tờ khai" / "Create the application and fill its form";
        INTAKE_REFUSED: "Chưa tạo được hồ sơ: kiểm tra các mục sau" / "The application was not created: check the following";
        COLLECT_FEE_TITLE: "Thu phí, lệ phí tại quầy" / "Take the fee at the counter";
        COLLECT_FEE_BUTTON: "Đã thu đủ phí, lệ phí bằng tiền mặt" / "The fee was paid in cash";
        EXEMPT_TITLE: "Miễn phí, lệ phí" / "Waive the fee";
        EXEMPT_REASON: "Đối tượng được miễn và giấy tờ chứng minh" / "Exempt group and the supporting document";
        EXEMPT_BUTTON: "Miễn phí, lệ phí cho hồ sơ" / "Waive the fee for this application";
        FEE_EXEMPTED: "Được miễn phí, lệ phí" / "Fee waived";
        FEE_EXEMPTIONS: "Đối tượng được miễn, giảm" / "Who is exempt";
        QUEUE_FILTERS: "Lọc hồ sơ cần xử lý" / "Filter the queue";
        VERIFY_TITLE: "Xác thực kết quả giải quyết hồ sơ" / "Verify an issued result";
        VERIFY_ISSUED: "Ngày cấp kết quả" / "Issued";
        VERIFY_MATCH: "Khớp: tệp này đúng là kết quả đã được cấp cho hồ sơ." / "Match: this file is exactly the issued result.";
        VERIFY_NO_MATCH: "Không khớp: tệp này không phải kết quả đã được cấp (hoặc đã bị thay đổi)." / "No match: this file is not the issued result (or it was changed).";
        VERIFY_FILE: "Chọn tệp cần kiểm tra (tệp không được lưu lại)" / "Choose the file to check (it is not kept)";
        VERIFY_HASH: "Hoặc nhập mã SHA-256 của tệp (64 ký tự)" / "Or enter the file's SHA-256 (64 characters)";
        VERIFY_BUTTON: "Kiểm tra" / "Check";
        VERIFY_SIGNED_MATCH: "Khớp: tệp này đúng là văn bản cơ quan đã ký số cho hồ sơ, không bị thay đổi từ khi ký." / "Match: this file is exactly the paper the agency signed for the application, unchanged since.";
        VERIFY_PAPER: "Văn bản" / "Paper";
        VERIFY_DEMO_SIGNER: "Lưu ý: văn bản được ký bằng chứng thư thử nghiệm của bản trình diễn, không có giá trị pháp lý." / "Note: this paper was signed with the demo's test certificate, which has no legal value.";
        VERIFY_SIGNER: "Ký số bởi" / "Signed by";
        VERIFY_SIGNED_AT: "Thời điểm ký" / "Signed at";
        VERIFY_FINGERPRINT: "Dấu vân tay chứng thư số (SHA-256)" / "Certificate fingerprint (SHA-256)";
        PAPER_RECEIPT: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)" / "Receipt and appointment slip (form 01)";
        PAPER_SUPPLEMENT: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)" / "Request to complete the application (form 02)";
        PAPER_REFUSAL: "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)" / "Refusal to accept the application (form 03)";
        PAPER_REFUSAL_ANSWER: "Văn bản trả lời về việc không giải quyết hồ sơ" / "Written answer on the refusal";
        PAPER_APOLOGY: "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)" / "Apology and new appointment (form 04)";
        PAPER_STOP_NOTICE: "Thông báo dừng giải quyết hồ sơ (Mẫu 05)" / "Notice that processing stopped (form 05)";
        PAPER_CONTROL_SHEET: "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)" / "Processing control sheet (form 06)";
        PAPER_RESULT_COVER: "Trang bìa kết quả giải quyết" / "Result cover page";
        PAPER_FEE_RECEIPT: "Biên lai thu phí, lệ phí điện tử" / "Electronic fee receipt";
        RESULT_COVER_LINK: "Trang bìa kết quả có mã QR xác thực (PDF)" / "Result cover page with the verification QR code (PDF)";
        FEE_TITLE: "Phí, lệ phí" / "Fees";
        FEE_AMOUNT: "Số tiền" / "Amount";
        FEE_DUE_SUBMISSION: "nộp trước khi hồ sơ được tiếp nhận" / "paid before the application is received";
        FEE_DUE_RESULT: "nộp trước khi nhận kết quả" / "paid before the result is released";
        FEE_WAITING: "Chờ thanh toán: hồ sơ được xử lý tiếp khi cổng thanh toán xác nhận đã nhận tiền." / "Waiting for payment: the application moves on once the payment gateway confirms it.";
        FEE_PAY: "Thanh toán trực tuyến" / "Pay online";
        FEE_PAID: "Đã thanh toán trực tuyến qua cổng thanh toán của tỉnh." / "Paid online through the province's payment gateway.";
        FEE_NOT_YET: "Chưa đến bước thanh toán." / "Not payable yet.";
        FEE_RECEIPT_LINK: "Tải biên lai điện tử (PDF)" / "Download the e-receipt (PDF)";
        FEE_REFUNDED: "Đã hoàn trả" / "Refunded";
        PAYMENT_CANCELLED: "Bạn đã hủy giao dịch tại cổng thanh toán; phí, lệ phí vẫn chưa được thanh toán. Bạn có thể thanh toán lại bất cứ lúc nào." / "You cancelled the transaction at the payment gateway; the fee is still unpaid. You can pay again at any time.";
        PAYMENT_FAILED_BACK: "Cổng thanh toán báo giao dịch không thành công; phí, lệ phí chưa được thanh toán. Vui lòng thử lại." / "The payment gateway reports that the transaction failed; the fee is unpaid. Please try again.";
        PAYMENT_TAMPERED: "Kết quả thanh toán trả về không hợp lệ (sai chữ ký) và đã bị bỏ qua. Trạng thái thanh toán chỉ thay đổi khi cổng thanh toán xác nhận trực tiếp với Cổng." / "The payment result brought back is not valid (bad signature) and was ignored. The payment status changes only when the gateway confirms it to the portal directly.";
        PAYMENT_BACK: "Đã nhận kết quả từ cổng thanh toán; trạng thái thanh toán bên dưới là trạng thái đã được cổng xác nhận." / "Back from the payment gateway; the payment status below is the one the gateway confirmed.";
        REFUND_TITLE: "Hoàn trả phí, lệ phí" / "Refund the fee";
        REFUND_AMOUNT: "Số tiền hoàn trả (đồng)" / "Amount to refund (đồng)";
        REFUND_REASON: "Lý do hoàn trả" / "Reason for the refund";
        REFUND_BUTTON: "Hoàn trả qua cổng thanh toán" / "Refund through the gateway";
        REFUND_AWAITING: "Khoản hoàn trả chờ cán bộ thứ hai phê duyệt:" / "A refund waiting for a second officer's approval:";
        REFUND_APPROVE: "Phê duyệt hoàn trả" / "Approve the refund";
        REFUND_DECLINE: "Không phê duyệt" / "Decline";
        REFUND_WITHDRAW: "Rút đề nghị hoàn trả" / "Withdraw the request";
        REFUND_NEEDS_OTHER: "Bạn đã đề nghị khoản này; cần một cán bộ khác phê duyệt." / "You asked for it; another officer must approve it.";
        REFUND_WAITING_NOTICE: "Khoản hoàn trả vượt ngưỡng và đang chờ cán bộ thứ hai phê duyệt." / "The refund is above the threshold and waits for a second officer's approval.";
        DOSSIER_REGISTER_TITLE: "Sổ theo dõi hồ sơ (Mẫu 07)" / "Dossier register (form 07)";
        REGISTER_PDF: "Tải sổ (PDF)" / "Download (PDF)";
        REGISTER_XLSX: "Tải sổ (Excel)" / "Download (Excel)";
        NO_ACTION_NOW: "Hiện không có thao tác nào dành cho bạn." / "Nothing for you to do now.";
        ACT_NEED_SUPPLEMENT_REASON: "Hồ sơ đã được yêu cầu bổ sung một lần: ghi lý do phải yêu cầu bổ sung thêm." / "A supplement was asked for once already: give the reason for asking again.";
        SUPPLEMENT_AGAIN_LABEL: "Lý do yêu cầu bổ sung thêm (chỉ khi thật cần: hồ sơ sẽ bị tính là trễ hạn)" / "Why a supplement is asked for again (only when unavoidable: the application will count as late)";
        BOARD_TITLE: "Công khai tiến độ giải quyết hồ sơ" / "Published progress of applications";
        BOARD_LEAD: "Hồ sơ mỗi bộ phận một cửa đã tiếp nhận trong tháng: đang giải quyết, đã giải quyết đúng hạn hay trễ hạn. Người nộp chỉ hiện chữ cái đầu của họ tên." / "The applications each one-stop unit received in a month: in progress, finished on time or late. Applicants are shown by their initials only.";
        BOARD_LINK: "Công khai tiến độ giải quyết hồ sơ" / "Published progress of applications";
        BOARD_AGENCY: "Bộ phận tiếp nhận" / "Receiving unit";
        BOARD_MONTH: "Tháng" / "Month";
        BOARD_SHOW: "Xem" / "Show";
        BOARD_RECEIVED: "Đã tiếp nhận" / "Received";
        BOARD_IN_PROGRESS: "Đang giải quyết" / "In progress";
        BOARD_ON_TIME: "Đã giải quyết đúng hạn" / "Finished on time";
        BOARD_LATE: "Đã giải quyết trễ hạn" / "Finished late";
        BOARD_APPLICANT: "Người nộp" / "Applicant";
        BOARD_EMPTY: "Không có hồ sơ nào được tiếp nhận trong tháng này." / "No application was received this month.";
        RATING_TITLE: "Đánh giá mức độ hài lòng" / "Rate your satisfaction";
        RATING_LEAD: "Chọn một mức cho mỗi tiêu chí; chỉ tiêu chí đầu tiên là bắt buộc. Đánh giá không ghi tên người đánh giá." / "Choose a level for each criterion; only the first is required. The rating does not record who gave it.";
        RATING_CHECK_LEAD: "Để đánh giá hồ sơ" / "To rate the application";
        RATING_CHECK_LABEL: "4 chữ số cuối của số định danh (hoặc mã số thuế, số điện thoại) của chủ hồ sơ" / "Last 4 digits of the owner's ID number (or tax code, phone number)";
        RATING_CHECK_BUTTON: "Tiếp tục" / "Continue";
        RATING_NOT_FOUND: "Không tìm thấy hồ sơ với mã và 4 chữ số này." / "No application matches this code and these 4 digits.";
        RATING_NOT_YET: "Hồ sơ chưa có kết quả giải quyết: có thể đánh giá sau khi nhận kết quả." / "The application has no outcome yet: it can be rated once the result is given.";
        RATING_GIVEN_UNTIL: "Bạn đã đánh giá hồ sơ này; có thể sửa đến" / "You rated this application; you may change it until";
        RATING_CLOSED: "Đánh giá đã quá 7 ngày, không sửa được nữa." / "The rating is more than 7 days old and can no longer be changed.";
        RATING_SKIP: "Không đánh giá" / "No answer";
        RATING_COMMENT: "Ý kiến khác (không bắt buộc)" / "Other comments (optional)";
        RATING_SEND: "Gửi đánh giá" / "Send the rating";
        RATING_THANKS: "Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cải thiện dịch vụ." / "Thank you for your rating. It helps improve the service.";
        RATING_REFUSED: "Chưa gửi được đánh giá" / "The rating was not sent";
        RATING_NO_OVERALL: "Chọn mức đánh giá chung về dịch vụ." / "Choose a level for the service overall.";
        RATING_COMMENT_TOO_LONG: "Ý kiến dài quá 1.000 ký tự." / "The comment is longer than 1,000 characters.";
        RATING_LINK: "Đánh giá mức độ hài lòng" / "Rate your satisfaction";
        CLOCK_PAUSED: "Đang chờ bổ sung hồ sơ: thời hạn giải quyết tạm dừng; ngày hẹn trả được lùi thêm đúng thời gian chờ khi hồ sơ được bổ sung." / "Waiting for a supplement: the time limit is paused; the appointment moves by the time waited once the supplement arrives.";
        SECOND_SUPPLEMENT_FLAG: "Hồ sơ đã bị yêu cầu bổ sung hơn một lần: Quyết định 766 tính là trễ hạn." / "More than one supplement request: Decision 766 counts this dossier as late.";
        PROCESSED_NOTICE: "Đã cập nhật hồ sơ." / "The application was updated.";
        SUPPLEMENT_BUTTON: "Nộp bổ sung" / "Submit the supplement";
        WITHDRAW: "Rút hồ sơ" / "Withdraw the application";
        WITHDRAW_CONFIRM_TITLE: "Rút hồ sơ này?" / "Withdraw this application?";
        WITHDRAW_CONFIRM_LEAD: "Hồ sơ rút rồi thì cơ quan dừng giải quyết và không khôi phục được; muốn làm lại phải nộp hồ sơ mới." / "Once withdrawn the agency stops and it cannot be undone; to go on you file a new application.";
        WITHDRAW_REASON: "Lý do rút hồ sơ" / "Why you withdraw it";
        WITHDRAW_REASON_MISSING: "Ghi lý do rút hồ sơ." / "Give the reason.";
        WITHDRAW_CONFIRM: "Xác nhận rút hồ sơ" / "Withdraw it";
        WITHDRAW_CANCEL: "Không rút, quay lại hồ sơ" / "No, keep it";
        NOTICES: "Thông báo mới" / "New notices";
        SUPPLEMENT_SLIP_LINK: "Tải Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (PDF)" / "Download the supplement request (PDF)";
        REFUSAL_SLIP_LINK: "Tải Phiếu từ chối tiếp nhận (PDF)" / "Download the refusal (PDF)";
        REFUSAL_ANSWER_LINK: "Tải văn bản trả lời về việc không giải quyết hồ sơ (PDF)" / "Download the agency's written answer on the refusal (PDF)";
        RECEIPT_LINK: "Tải Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)" / "Download the receipt and appointment slip (PDF)";
        MARK_READ: "Đánh dấu đã đọc" / "Mark as read";
        RESULT_TITLE: "Kết quả giải quyết" / "Result";
        ATTACH_RESULT: "Đính kèm kết quả (PDF)" / "Attach the result (PDF)";
        ATTACH_BUTTON: "Đính kèm" / "Attach";
        WITHDRAWN_NOTICE: "Đã rút hồ sơ." / "The application was withdrawn.";
        SUBMIT_DOSSIER: "Nộp hồ sơ" / "Submit";
        DELETE_DRAFT: "Xóa bản nháp" / "Delete draft";
        DELETE_DRAFT_CONFIRM: "Xóa bản nháp này? Các câu trả lời sẽ mất; giấy tờ đã tải lên vẫn ở trong kho giấy tờ của bạn." / "Delete this draft? Its answers will be lost; uploaded documents stay in your document store.";
        REMOVE: "Gỡ" / "Remove";
        REUSE_FROM_STORE: "Hoặc dùng lại giấy tờ đã có trong kho" / "Or reuse a document from your store";
        ADD_ROW: "Thêm dòng" / "Add a row";
        CHOOSE: "— Chọn —" / "— Choose —";
        IF_APPLICABLE: "(nếu có)" / "(if applicable)";
        SUBMITTED_AT: "Nộp lúc" / "Submitted";
        RECEIVED_AT: "Tiếp nhận lúc" / "Received";
        APPOINTMENT: "Hẹn trả kết quả" / "Result due";
        TIMELINE: "Quá trình xử lý" / "Timeline";
        DECLARED: "Nội dung kê khai" / "What was declared";
        ERROR_TITLE_PREFIX: "Lỗi:" / "Error:";
        YES: "Có" / "Yes";
        STEP_OF: "trên" / "of";
        STEP_GENERAL: "Chủ hồ sơ và nơi nộp" / "Applicant and where to file";
        STEP_CONTINUE: "Tiếp tục" / "Continue";
        STEP_BACK: "Quay lại" / "Back";
        CHECK_TITLE: "Kiểm tra thông tin trước khi nộp" / "Check your answers before submitting";
        CHECK_LEAD: "Xem lại các thông tin đã khai. Bấm “Thay đổi” để sửa một phần, rồi nộp hồ sơ." / "Look over your answers. Press “Change” to correct a part, then submit.";
        CHECK_INCOMPLETE: "Hồ sơ chưa đủ để nộp. Hoàn thiện các mục sau:" / "The application is not complete yet. Finish these:";
        CHANGE: "Thay đổi" / "Change";
        REVEALED_NOTICE: "Câu trả lời của bạn cần thêm thông tin: vui lòng điền các mục vừa hiện ra dưới đây." / "Your answer needs more details: please fill in the questions now shown below.";
        NO_DOCUMENTS_GIVEN: "Chưa đính kèm giấy tờ nào." / "No documents attached yet.";
        AUTOSAVE_HINT: "Bản nháp được lưu khi bạn bấm “Tiếp tục”, “Quay lại” hoặc “Lưu bản nháp”." / "The draft is saved when you press “Continue”, “Back” or “Save draft”.";
        NO: "Không" / "No";
        LOOKUP_TITLE: "Tra cứu hồ sơ" / "Look up an application";
        LOOKUP_CODE_HINT: "Ví dụ: 000.01.50.H52-261122-0001" / "For example 000.01.50.H52-261122-0001";
        LOOKUP_CHECK: "Mã kiểm tra" / "Check value";
        LOOKUP_CHECK_HINT: "4 chữ số cuối của số định danh (hoặc mã số thuế) của chủ hồ sơ, hoặc của số điện thoại." / "The last 4 digits of the owner's ID number (or tax code), or of the phone number.";
        LOOKUP_BUTTON: "Tra cứu" / "Look up";
        LOOKUP_NOT_FOUND: "Không tìm thấy hồ sơ với mã và mã kiểm tra này." / "No application matches this code and check value.";
        RATE_LIMITED: "Bạn tra cứu quá nhiều lần. Vui lòng thử lại sau một phút." / "Too many lookups. Please try again in a minute.";
    }
}

/// A level of the satisfaction scale.
pub fn rating_level(level: shared::rating::Level, lang: Lang) -> &'static str {
    use shared::rating::Level;
    let text = match level {
        Level::VerySatisfied => Text { vi: "Rất hài lòng", en: "Very satisfied" },
        Level::Satisfied => Text { vi: "Hài lòng", en: "Satisfied" },
        Level::Dissatisfied => Text { vi: "Không hài lòng", en: "Dissatisfied" },
    };
    text.get(lang)
}

/// Criterion `n` (1 to 12) of the rating, the first being the overall one (domain brief §5.3).
pub fn rating_criterion(n: u8, lang: Lang) -> &'static str {
    let text = match n {
        1 => Text { vi: "Đánh giá chung về dịch vụ", en: "The service overall" },
        2 => {
            Text { vi: "Sự thuận tiện khi sử dụng dịch vụ", en: "How convenient the service was to use" }
        }
        3 => Text { vi: "Giải quyết và trả kết quả kịp thời", en: "Handled and returned in good time" },
        4 => Text { vi: "Thái độ của cán bộ", en: "The officers' attitude" },
        5 => Text { vi: "Thời gian giải quyết so với quy định", en: "Time taken against the legal limit" },
        6 => Text {
            vi: "Thời gian xử lý thực tế so với quy định", en: "Actual processing time against the rule"
        },
        7 => Text { vi: "Số lần phải liên hệ để hoàn thành hồ sơ", en: "How many contacts it took" },
        8 => Text { vi: "Số cơ quan, đơn vị phải liên hệ", en: "How many agencies or units it took" },
        9 => Text {
            vi: "Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa",
            en: "Reception and return at the one-stop counter",
        },
        10 => Text { vi: "Công khai thủ tục hành chính", en: "How the procedure is published" },
        11 => {
            Text { vi: "Tiếp nhận, xử lý phản ánh, kiến nghị", en: "Handling of feedback and complaints" }
        }
        _ => Text {
            vi: "Tiến độ, chất lượng dịch vụ công trực tuyến",
            en: "Progress and quality of the online service",
        },
    };
    text.get(lang)
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    let text = match status {
        Status::Draft => Text { vi: "Đang soạn", en: "Draft" },
        Status::Submitted => Text { vi: "Chờ tiếp nhận", en: "Waiting for reception" },
        Status::Received => Text { vi: "Đã tiếp nhận", en: "Received" },
        Status::Processing => Text { vi: "Đang xử lý", en: "Being processed" },
        Status::SupplementRequested => Text { vi: "Yêu cầu bổ sung", en: "Supplement requested" },
        Status::Supplemented => Text { vi: "Đã bổ sung", en: "Supplemented" },
        Status::Processed => Text { vi: "Đã xử lý xong", en: "Processed" },
        Status::ResultReturned => Text { vi: "Đã trả kết quả", en: "Result returned" },
        Status::Refused => Text { vi: "Từ chối", en: "Refused" },
        Status::Stopped => Text { vi: "Dừng xử lý", en: "Stopped" },
        Status::Withdrawn => Text { vi: "Đã rút hồ sơ", en: "Withdrawn" },
    };
    text.get(lang)
}

/// The message for `problem` on `field`: a missing answer is asked for by naming the field the
/// way it is answered ("Chọn giới tính", "Nhập ngày, tháng, năm sinh", "Xác nhận lời cam
/// đoan"), so the same words serve under the input and in the error summary; the rest as
/// [`eform_problem_message`].
pub fn field_problem_message(field: Option<&shared::eform::Field>, problem: Problem, lang: Lang) -> String {
    match (field, problem) {
        (Some(field), Problem::Required) => required_message(field, lang),
        _ => eform_problem_message(problem, lang),
    }
}

/// Whether [`field_problem_message`] names the field itself (so a summary line needs no label).
pub fn message_names_field(field: Option<&shared::eform::Field>, problem: Problem) -> bool {
    field.is_some() && problem == Problem::Required
}

fn required_message(field: &shared::eform::Field, lang: Lang) -> String {
    use shared::eform::FieldKind as K;
    let vi = lang == Lang::Vi;
    let label = lower_first(&field.label);
    match &field.kind {
        K::Radio { .. } | K::Select { .. } | K::AdminUnit => {
            if vi {
                format!("Chọn {label}.")
            } else {
                format!("Choose “{}”.", field.label)
            }
        }
        K::Checkbox => declaration_message(&field.label, lang),
        K::Document { .. } => {
            if vi {
                format!("Tải lên {label}.")
            } else {
                format!("Upload “{}”.", field.label)
            }
        }
        K::Group { .. } => {
            if vi {
                format!("Thêm {label}.")
            } else {
                format!("Add “{}”.", field.label)
            }
        }
        _ => {
            if vi {
                format!("Nhập {label}.")
            } else {
                format!("Enter “{}”.", field.label)
            }
        }
    }
}

/// A box to tick: the filer's declaration or commitment ("Tôi cam đoan…", "Tôi cam kết…") is
/// asked for by what it is; any other box by its words.
fn declaration_message(label: &str, lang: Lang) -> String {
    let lower = label.to_lowercase();
    let vi = lang == Lang::Vi;
    let own = lower.starts_with("tôi ");
    match () {
        _ if own && lower.contains("cam đoan") => {
            if vi { "Xác nhận lời cam đoan." } else { "Confirm the declaration." }.to_owned()
        }
        _ if own && lower.contains("cam kết") => {
            if vi { "Xác nhận lời cam kết." } else { "Confirm the commitment." }.to_owned()
        }
        _ if vi => format!("Đánh dấu ô “{label}”."),
        _ => format!("Tick “{label}”."),
    }
}

/// A label as it reads inside a sentence: "Giới tính" → "giới tính"; a leading abbreviation
/// ("CCCD", "VNeID") keeps its capitals.
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    let Some(first) = chars.next() else { return String::new() };
    let second_upper = chars.clone().next().is_some_and(char::is_uppercase);
    if second_upper { label.to_owned() } else { first.to_lowercase().chain(chars).collect() }
}

/// A date before the one it must follow, naming that one.
pub fn date_order_message(earlier: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("Không được trước “{earlier}”."),
        Lang::En => format!("Cannot be before “{earlier}”."),
    }
}

pub fn eform_problem_message(problem: Problem, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    match problem {
        Problem::Required => if vi { "Vui lòng nhập thông tin này." } else { "Please fill this in." }.to_owned(),
        Problem::TooLong { max } => {
            if vi {
                format!("Tối đa {max} ký tự.")
            } else {
                format!("At most {max} characters.")
            }
        }
        Problem::NotANumber => if vi { "Vui lòng nhập số." } else { "Please enter a number." }.to_owned(),
        Problem::BelowMin { min } => {
            if vi {
                format!("Không được nhỏ hơn {min}.")
            } else {
                format!("Must be at least {min}.")
            }
        }
        Problem::AboveMax { max } => {
            if vi {
                format!("Không được lớn hơn {max}.")
            } else {
                format!("Must be at most {max}.")
            }
        }
        Problem::InvalidDate => if vi { "Ngày không hợp lệ." } else { "Not a valid date." }.to_owned(),
        Problem::FutureDate => {
            if vi { "Ngày không được sau hôm nay." } else { "The date cannot be in the future." }.to_owned()
        }
        Problem::NotAnOption => {
            if vi { "Vui lòng chọn một mục trong danh sách." } else { "Please choose from the list." }.to_owned()
        }
        Problem::InvalidCitizenId => if vi {
            "Số định danh cá nhân phải gồm 12 chữ số hợp lệ."
        } else {
            "A personal ID number has 12 valid digits."
        }
        .to_owned(),
        Problem::InvalidTaxCode => if vi { "Mã số thuế không hợp lệ." } else { "Not a valid tax code." }.to_owned(),
        Problem::InvalidPhone => {
            if vi { "Số điện thoại không hợp lệ." } else { "Not a valid phone number." }.to_owned()
        }
        Problem::InvalidEmail => {
            if vi { "Địa chỉ thư điện tử không hợp lệ." } else { "Not a valid e-mail address." }.to_owned()
        }
        Problem::UnknownAdminUnit => if vi {
            "Vui lòng chọn xã, phường trong danh sách."
        } else {
            "Please choose a commune from the list."
        }
        .to_owned(),
        Problem::TooFewRows { min } => {
            if vi {
                format!("Cần ít nhất {min} dòng.")
            } else {
                format!("At least {min} rows are needed.")
            }
        }
        Problem::TooManyRows { max } => {
            if vi {
                format!("Tối đa {max} dòng.")
            } else {
                format!("At most {max} rows.")
            }
        }
        // Said with the other date's label where the form is known (`date_order_message`).
        Problem::DateOutOfOrder => if vi {
            "Ngày này không được trước ngày liên quan."
        } else {
            "This date cannot be before the related one."
        }
        .to_owned(),
    }
}

pub fn upload_problem_message(problem: UploadProblem, lang: Lang, limit_mb: u64) -> String {
    let vi = lang == Lang::Vi;
    match problem {
        UploadProblem::TooLarge => {
            if vi {
                format!("Tệp vượt quá {limit_mb} MB, chưa được lưu.")
            } else {
                format!("The file is over {limit_mb} MB and was not kept.")
            }
        }
        UploadProblem::NotAllowedType => if vi {
            "Nội dung tệp không phải PDF, JPG hoặc PNG, chưa được lưu."
        } else {
            "The file's content is not PDF, JPG or PNG; it was not kept."
        }
        .to_owned(),
        UploadProblem::Empty => {
            if vi { "Tệp rỗng, chưa được lưu." } else { "The file is empty; it was not kept." }.to_owned()
        }
        UploadProblem::QuotaExceeded => if vi {
            "Kho tài liệu của bạn đã đầy; hãy xoá hồ sơ nháp hoặc tài liệu không dùng đến rồi thử lại. Tệp chưa được lưu."
        } else {
            "Your document store is full; delete drafts or documents you no longer need and try again. The file was not kept."
        }
        .to_owned(),
        UploadProblem::TooManyFiles => if vi {
            "Thành phần hồ sơ này đã có đủ số tệp cho phép; hãy gỡ bớt tệp trước khi thêm. Tệp chưa được lưu."
        } else {
            "This document already has as many files as allowed; remove one before adding another. The file was not kept."
        }
        .to_owned(),
        UploadProblem::Interrupted => if vi {
            "Tải lên bị gián đoạn, vui lòng thử lại."
        } else {
            "The upload broke off; please try again."
        }
        .to_owned(),
        UploadProblem::Infected => if vi {
            "Tệp có chứa mã độc (virus) nên không được nhận và đã bị huỷ. Hãy quét lại máy của bạn và tải lên bản sạch."
        } else {
            "The file contains malware (a virus), so it was refused and destroyed. Scan your device and upload a clean copy."
        }
        .to_owned(),
        UploadProblem::ScannerUnavailable => if vi {
            "Hệ thống kiểm tra virus đang tạm dừng nên chưa nhận được tệp. Vui lòng thử lại sau ít phút."
        } else {
            "The virus check is unavailable for the moment, so the file was not accepted. Please try again in a few minutes."
        }
        .to_owned(),
    }
}

/// Human size: "1,2 MB", "350 KB".
pub fn size_label(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::eform::{Field, FieldKind};

    fn field(label: &str, kind: FieldKind) -> Field {
        Field { key: "k".into(), label: label.into(), kind, required: true, help: None, when: None, prefill: None }
    }

    #[test]
    fn a_missing_answer_is_asked_for_as_it_is_given() {
        let ask = |f: &Field| field_problem_message(Some(f), Problem::Required, Lang::Vi);
        let radio = field("Giới tính", FieldKind::Radio { options: vec![] });
        assert_eq!(ask(&radio), "Chọn giới tính.");
        assert_eq!(
            ask(&field("Ngày, tháng, năm sinh", FieldKind::Date { past_only: true })),
            "Nhập ngày, tháng, năm sinh."
        );
        assert_eq!(ask(&field("CCCD của mẹ", FieldKind::CitizenId)), "Nhập CCCD của mẹ.");
        let declaration = field("Tôi cam đoan nội dung khai trên đây là đúng sự thật.", FieldKind::Checkbox);
        assert_eq!(ask(&declaration), "Xác nhận lời cam đoan.");
        let commitment = field("Tôi cam kết xây dựng đúng giấy phép được cấp.", FieldKind::Checkbox);
        assert_eq!(ask(&commitment), "Xác nhận lời cam kết.");
        let other = field("Chủ sở hữu chỗ ở đồng ý", FieldKind::Checkbox);
        assert_eq!(ask(&other), "Đánh dấu ô “Chủ sở hữu chỗ ở đồng ý”.");
        assert!(message_names_field(Some(&radio), Problem::Required));
        assert!(!message_names_field(Some(&radio), Problem::NotAnOption), "other problems need the label");
        assert_eq!(field_problem_message(Some(&radio), Problem::Required, Lang::En), "Choose “Giới tính”.");
    }
}
