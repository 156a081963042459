//! Texts of identity and access: second factor, businesses, administration, the audit log.

use super::{Lang, Text};
use shared::access::Role;
use shared::identity::{BusinessProblem, OfficerProblem};

pub mod t {
    use super::Text;
    texts! {
        FORBIDDEN: "Bạn không có quyền xem trang này." / "You are not allowed to see this page.";
        IDENTITY_VERIFIED: "Đã xác thực danh tính qua VNeID" / "Identity verified through VNeID";
        SIGN_IN_WITH: "Đăng nhập bằng" / "Sign in with";
        OR: "hoặc" / "or";
        FEDERATED_FAILED: "Không đăng nhập được qua định danh quốc gia. Vui lòng thử lại." / "Signing in through the national identity provider failed. Please try again.";
        LINK_TITLE: "Liên kết tài khoản với VNeID" / "Link your account to VNeID";
        LINK_INTRO: "Số định danh cá nhân mà VNeID vừa xác thực đã được dùng để đăng ký một tài khoản trên Cổng, nhưng số đó do người đăng ký tự khai, chưa được xác minh." / "The personal ID number VNeID just confirmed was used to register an account on this portal, but it was typed by whoever registered and never verified.";
        LINK_HELD_BY: "Tài khoản đó dùng địa chỉ thư" / "That account uses the e-mail address";
        LINK_MINE_TITLE: "Đây là tài khoản của tôi" / "This is my account";
        LINK_MINE_BODY: "Nhập mật khẩu của tài khoản đó để liên kết. Mọi phiên đăng nhập khác của tài khoản sẽ bị đăng xuất và chúng tôi sẽ gửi thư báo tới địa chỉ của tài khoản." / "Enter that account's password to link it. Every other session of the account will be signed out and we will notify its address.";
        LINK_CONSENT: "Tôi đồng ý liên kết tài khoản này với danh tính VNeID của tôi." / "I agree to link this account to my VNeID identity.";
        LINK_MINE_BUTTON: "Liên kết tài khoản" / "Link the account";
        LINK_NEW_TITLE: "Đây không phải tài khoản của tôi" / "This is not my account";
        LINK_NEW_BODY: "Chúng tôi sẽ tạo cho bạn một tài khoản mới đã xác thực danh tính, và gỡ số định danh của bạn khỏi tài khoản kia (người dùng tài khoản đó sẽ được thông báo)." / "We will create a new identity-verified account for you and remove your ID number from the other account (its user will be told).";
        LINK_NEW_BUTTON: "Tạo tài khoản mới" / "Create a new account";
        LINK_EXPIRED: "Lựa chọn đã hết hạn hoặc đã được dùng. Vui lòng đăng nhập bằng VNeID lại." / "This choice expired or was already used. Please sign in with VNeID again.";
        LINK_WRONG_PASSWORD: "Mật khẩu không đúng." / "The password is wrong.";
        LINK_NO_CONSENT: "Vui lòng đánh dấu ô đồng ý để liên kết tài khoản." / "Please tick the box to agree to the link.";
        SECOND_FACTOR_TITLE: "Xác thực hai bước" / "Two-step verification";
        SECOND_FACTOR_WRONG: "Mã xác thực không đúng hoặc đã được dùng. Vui lòng thử lại với mã mới." / "The code is wrong or was already used. Please try again with a new code.";
        SECOND_FACTOR_NEEDS_LINK: "Xác thực hai bước của tài khoản đã được quản trị viên đặt lại. Để cài lại ứng dụng xác thực, hãy mở liên kết chúng tôi đã gửi tới địa chỉ thư công vụ của bạn, rồi đăng nhập lại." / "An administrator reset this account's two-step verification. To set up an authenticator again, open the link we sent to your work e-mail address, then sign in again.";
        ENROL_LINK_READY: "Liên kết hợp lệ. Hãy đăng nhập để cài lại ứng dụng xác thực." / "The link is valid. Sign in to set up your authenticator again.";
        ENROL_LINK_INVALID: "Liên kết cài lại xác thực không hợp lệ, đã dùng hoặc đã hết hạn. Vui lòng liên hệ quản trị viên." / "The re-enrolment link is invalid, used or expired. Please contact your administrator.";
        SECOND_FACTOR_EXPIRED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." / "The sign-in expired. Please sign in again.";
        ENROL_TITLE: "Cài đặt ứng dụng xác thực" / "Set up an authenticator app";
        ENROL_STEPS: "Tài khoản cán bộ bắt buộc xác thực hai bước. Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) trên điện thoại, quét mã QR dưới đây rồi nhập mã 6 số ứng dụng hiển thị." / "Officer accounts require two-step verification. Open an authenticator app (Google Authenticator, Microsoft Authenticator…) on your phone, scan the QR code below, then enter the 6-digit code it shows.";
        ENROL_QR_LABEL: "Mã QR để thêm tài khoản vào ứng dụng xác thực" / "QR code to add the account to an authenticator app";
        ENROL_SECRET: "Không quét được? Nhập khóa này vào ứng dụng:" / "Cannot scan? Enter this key in the app:";
        F_TOTP_CODE: "Mã xác thực" / "Verification code";
        F_TOTP_HINT: "Mã 6 số trong ứng dụng xác thực, hoặc một mã dự phòng." / "The 6-digit code from the authenticator app, or a recovery code.";
        CONFIRM: "Xác nhận" / "Confirm";
        ENROL_DONE: "Đã bật xác thực hai bước." / "Two-step verification is on.";
        RECOVERY_CODES_TITLE: "Mã dự phòng" / "Recovery codes";
        RECOVERY_CODES_BODY: "Mỗi mã dùng được một lần khi không có điện thoại. Hãy lưu ở nơi an toàn: các mã chỉ hiển thị lần này." / "Each code works once if you lose your phone. Keep them somewhere safe: they are shown only this once.";
        CONTINUE: "Tiếp tục" / "Continue";
        BUSINESSES_TITLE: "Tổ chức, doanh nghiệp" / "Organisations and businesses";
        MY_BUSINESSES: "Doanh nghiệp của tôi" / "My businesses";
        NO_BUSINESSES: "Bạn chưa thuộc tổ chức, doanh nghiệp nào." / "You do not belong to any business yet.";
        BUSINESS_REGISTERED: "Đã đăng ký doanh nghiệp; bạn là chủ tài khoản." / "The business is registered; you are its owner.";
        INVITATION_SENT: "Đã gửi thư mời." / "The invitation was sent.";
        INVITATION_ACCEPTED: "Bạn đã trở thành thành viên của doanh nghiệp." / "You are now a member of the business.";
        REGISTER_BUSINESS_TITLE: "Đăng ký tổ chức, doanh nghiệp" / "Register a business";
        REGISTER_BUSINESS_BUTTON: "Đăng ký doanh nghiệp" / "Register the business";
        F_TAX_CODE: "Mã số thuế" / "Tax code";
        F_TAX_CODE_HINT: "10 chữ số, hoặc 13 chữ số (dạng 0100109106-001) cho chi nhánh, đơn vị phụ thuộc." / "10 digits, or 13 (as 0100109106-001) for a branch or dependent unit.";
        F_TAX_CODE_CONFIRM: "Tôi đã kiểm tra, mã số thuế đúng như trên Giấy chứng nhận đăng ký doanh nghiệp." / "I checked: the tax code is as on the business registration certificate.";
        F_BUSINESS_NAME: "Tên tổ chức, doanh nghiệp" / "Name of the organisation";
        F_ADDRESS: "Địa chỉ trụ sở" / "Head office address";
        F_REPRESENTATIVE: "Người đại diện theo pháp luật" / "Legal representative";
        MEMBERS: "Thành viên" / "Members";
        OWNER: "Chủ tài khoản" / "Owner";
        REMOVE_MEMBER: "Gỡ thành viên" / "Remove";
        LEAVE_BUSINESS: "Rời doanh nghiệp" / "Leave";
        MEMBER_REMOVED: "Đã gỡ thành viên khỏi doanh nghiệp; quyền truy cập chấm dứt ngay." / "The member was removed; their access ended at once.";
        MEMBER_LAST_OWNER: "Không thể gỡ chủ tài khoản duy nhất khi doanh nghiệp còn thành viên khác. Hãy chuyển quyền trước." / "The only owner cannot be removed while other members remain.";
        BUSINESS_VERIFIED: "Đã xác minh người đại diện" / "Representation verified";
        BUSINESS_PENDING: "Chờ cơ quan đăng ký kinh doanh xác minh người đại diện: chưa thể nộp hồ sơ nhân danh doanh nghiệp. Nếu cơ quan cần đối chiếu, hãy mang giấy chứng nhận đăng ký doanh nghiệp tới Bộ phận Một cửa." / "Waiting for the business registry to verify the representation: nobody can file for the business yet. If the registry needs to check, bring the registration certificate to the one-stop counter.";
        F_REPRESENTATIVE_ID: "Số định danh cá nhân của người đại diện theo pháp luật" / "The legal representative's personal ID number";
        F_REPRESENTATIVE_ID_HINT: "12 chữ số, như trên giấy chứng nhận đăng ký doanh nghiệp. Cơ quan đăng ký kinh doanh đối chiếu trước khi doanh nghiệp được dùng để nộp hồ sơ." / "12 digits, as on the business registration certificate. The business registry checks it before the business can be used to file.";
        REGISTRANT_IS_REPRESENTATIVE: "Người đăng ký đã xác thực VNeID và số định danh của họ trùng với số của người đại diện khai trong đơn (cần đối chiếu với đăng ký doanh nghiệp)." / "The registrant is VNeID-verified and their ID number is the representative's given in the form (to check against the business registration).";
        CLAIM_TITLE: "Mã số thuế của doanh nghiệp bạn đã bị người khác đăng ký?" / "Was your business's tax code registered by someone else?";
        CLAIM_BODY: "Người đại diện theo pháp luật gửi khiếu nại; cơ quan đăng ký kinh doanh đối chiếu giấy tờ và giao doanh nghiệp cho đúng người." / "The legal representative sends a claim; the business registry checks the papers and hands the business to the right person.";
        CLAIM_REASON: "Lý do, giấy tờ chứng minh" / "Reason and supporting papers";
        CLAIM_BUTTON: "Gửi khiếu nại" / "Send the claim";
        CLAIM_SENT: "Đã gửi khiếu nại; cơ quan đăng ký kinh doanh sẽ liên hệ với bạn." / "The claim was sent; the business registry will contact you.";
        CLAIM_UNKNOWN: "Không có doanh nghiệp nào với mã số thuế này trên Cổng." / "No business with this tax code is registered on the portal.";
        CLAIM_POINTLESS: "Bạn đã là thành viên của doanh nghiệp này, hoặc đã có khiếu nại đang chờ xử lý." / "You are already a member of this business, or have a claim waiting.";
        CLAIM_NO_REASON: "Vui lòng ghi lý do khiếu nại." / "Please give the reason for the claim.";
        REGISTRY_TITLE: "Xác minh doanh nghiệp" / "Business verification";
        REGISTRY_WAITING: "Đăng ký chờ xác minh" / "Registrations waiting";
        REGISTRY_CLAIMS: "Khiếu nại mã số thuế" / "Claims on tax codes";
        REGISTRY_DECIDED: "Đã ghi nhận quyết định." / "The decision was recorded.";
        REGISTRANT: "Người đăng ký" / "Registered by";
        REGISTERED_AT: "Thời điểm" / "When";
        CLAIMANT: "Người khiếu nại" / "Claimant";
        VOUCHED_BY_VNEID: "đã xác thực VNeID" / "VNeID-verified";
        NOT_VOUCHED: "chưa xác thực danh tính" / "identity not verified";
        APPROVE_BUSINESS: "Xác minh" / "Verify";
        REJECT_BUSINESS: "Từ chối" / "Reject";
        UPHOLD_CLAIM: "Chấp nhận khiếu nại" / "Uphold";
        DISMISS_CLAIM: "Bác bỏ" / "Dismiss";
        BUSINESS_DOSSIERS: "Hồ sơ của doanh nghiệp" / "The business's applications";
        ALL_DOSSIERS_LINK: "Tất cả hồ sơ: lọc, tải về CSV" / "All applications: filter, download as CSV";
        DOWNLOAD_CSV: "Tải về (CSV)" / "Download (CSV)";
        CSV_HEADER: "Mã hồ sơ,Thủ tục,Trạng thái,Cập nhật" / "Application code,Procedure,Status,Updated";
        LIST_TRUNCATED: "Chỉ hiển thị 200 hồ sơ mới nhất; tệp CSV có đủ." / "Only the newest 200 are shown; the CSV has them all.";
        PENDING_INVITATIONS: "Đã mời, chưa tham gia" / "Invited, not yet joined";
        INVITE_EMAIL: "Mời thêm thành viên (địa chỉ thư điện tử)" / "Invite a member (e-mail address)";
        INVITE_BUTTON: "Gửi lời mời" / "Send invitation";
        EMAIL_INVALID: "Địa chỉ thư điện tử không hợp lệ." / "The e-mail address is not valid.";
        INVITATION_TITLE: "Lời mời tham gia doanh nghiệp" / "Invitation to join a business";
        INVITATION_BODY: "Bạn được mời cùng quản lý hồ sơ của" / "You are invited to manage the applications of";
        ACCEPT_INVITATION: "Chấp nhận lời mời" / "Accept the invitation";
        INVITATION_INVALID: "Lời mời không hợp lệ, đã được dùng hoặc đã hết hạn." / "The invitation is invalid, used or expired.";
        INVITATION_OTHER_ADDRESS: "Lời mời gửi tới địa chỉ khác. Hãy đăng nhập bằng tài khoản có địa chỉ được mời (đã xác nhận)." / "The invitation was sent to another address. Sign in with the (verified) account of the invited address.";
        ADMIN_TITLE: "Quản trị hệ thống" / "Administration";
        OFFICERS_TITLE: "Cán bộ" / "Officers";
        OFFICER_CREATED: "Đã tạo tài khoản cán bộ và gửi liên kết đặt mật khẩu." / "The officer account was created and a set-password link was mailed.";
        OFFICER_UPDATED: "Đã cập nhật. Cán bộ sẽ đăng nhập lại để áp dụng." / "Updated. The officer signs in again for it to apply.";
        NEW_OFFICER_TITLE: "Tạo tài khoản cán bộ" / "Create an officer account";
        CREATE_OFFICER_BUTTON: "Tạo tài khoản" / "Create the account";
        F_TITLE: "Chức danh" / "Job title";
        F_AGENCY: "Cơ quan" / "Agency";
        F_AGENCY_UNIT: "Cơ quan, đơn vị" / "Agency and unit";
        ROLES: "Vai trò" / "Roles";
        SAVE_ROLES: "Lưu vai trò" / "Save roles";
        ENROLLED: "Đã bật" / "On";
        NOT_ENROLLED: "Chưa cài đặt" / "Not set up";
        RESET_SECOND_FACTOR: "Đặt lại" / "Reset";
        AUDIT_TITLE: "Nhật ký an ninh" / "Security audit log";
        AUDIT_TIME: "Thời gian" / "Time";
        AUDIT_EVENT: "Sự kiện" / "Event";
        AUDIT_ACCOUNT: "Tài khoản (mã số)" / "Account (id)";
        AUDIT_ACTOR: "Người thực hiện" / "Actor";
        AUDIT_SUBJECT: "Đối tượng" / "Subject";
        AUDIT_DETAIL: "Chi tiết" / "Detail";
        FROM_DATE: "Từ ngày" / "From";
        TO_DATE: "Đến ngày" / "To";
        NO_RESULTS: "Không có mục nào." / "No entries.";
        OFFICER_OF: "Cán bộ" / "Officer of";
        JOBS_TITLE: "Công việc nền" / "Background jobs";
        CALENDAR_TITLE: "Lịch làm việc" / "Working calendar";
        CALENDAR_LEAD: "Các ngày khác với lịch thứ Hai – thứ Sáu: ngày nghỉ lễ, Tết, nghỉ bù vào ngày thường; ngày làm bù vào thứ Bảy, Chủ nhật. Thời hạn giải quyết hồ sơ tính theo lịch này." / "Days that differ from Monday to Friday: holidays and days off on weekdays, weekend days worked in a swap. Deadlines are computed from this calendar.";
        CALENDAR_YEAR: "Năm" / "Year";
        CALENDAR_ADD: "Thêm hoặc sửa một ngày" / "Add or change a day";
        CALENDAR_DAY: "Ngày" / "Day";
        CALENDAR_KIND: "Loại ngày" / "Kind";
        CALENDAR_OFF: "Ngày nghỉ (vào ngày thường)" / "Day off (on a weekday)";
        CALENDAR_WORKING: "Ngày làm việc (vào cuối tuần)" / "Working day (on a weekend)";
        CALENDAR_NOTE: "Ghi chú (căn cứ, lý do)" / "Note (basis, reason)";
        CALENDAR_DAYS: "Ngày nghỉ và ngày làm bù" / "Days off and days worked";
        CAL_REFUSED: "Chưa lưu được" / "Not saved";
        CAL_BAD_DATE: "Ngày không hợp lệ: chọn một ngày (năm-tháng-ngày)." / "Not a valid date: choose a day (year-month-day).";
        CAL_KIND_DAY: "Ngày nghỉ phải là ngày thường (thứ Hai – thứ Sáu); ngày làm bù phải là thứ Bảy hoặc Chủ nhật." / "A day off must be a weekday; a worked day must be on a weekend.";
        CAL_NOTE_NEEDED: "Vui lòng ghi chú căn cứ hoặc lý do (tối đa 200 ký tự)." / "Please give the basis or reason (200 characters at most).";
        CAL_BAD_HOURS: "Giờ làm việc không hợp lệ: cần giờ bắt đầu và kết thúc của buổi sáng; mỗi buổi kết thúc sau khi bắt đầu, buổi chiều bắt đầu sau khi buổi sáng kết thúc; mỗi buổi điền đủ cả hai giờ hoặc để trống cả hai." / "Invalid office hours: the morning needs its opening and closing times; each session closes after it opens, the afternoon starts after the morning ends; give both times of a session or neither.";
        CONTACT_TITLE: "Thông tin liên hệ của Cổng" / "The portal's contact details";
        CONTACT_LEAD: "Hiển thị ở chân mọi trang để người dân biết ai vận hành Cổng, gọi hay viết cho ai và đến làm việc lúc nào." / "Shown at the foot of every page so people know who runs the portal, whom to call or write to, and when to come.";
        CONTACT_OPERATOR_HINT: "Ví dụ: Văn phòng Ủy ban nhân dân tỉnh." / "For example: the Office of the provincial People's Committee.";
        CONTACT_ADDRESS: "Địa chỉ tiếp nhận, trả kết quả" / "Address for filing and collecting results";
        CONTACT_HOTLINE_HINT: "Số điện thoại, hoặc số dịch vụ 1800/1900 (8 hoặc 10 chữ số)." / "A phone number, or a 1800/1900 service number (8 or 10 digits).";
        CONTACT_HOURS_AGENCY: "Giờ làm việc hiển thị theo cơ quan" / "Show the office hours of";
        CONTACT_HOURS_HINT: "Giờ làm việc của mỗi cơ quan được đặt tại trang" / "Each agency's office hours are set on the page";
        CONTACT_NO_HOURS: "— Không hiển thị giờ làm việc —" / "— Show no office hours —";
        CONTACT_NOTE: "Ghi chú ở chân trang (không bắt buộc)" / "Note at the foot of pages (optional)";
        CONTACT_SAVE: "Lưu thông tin liên hệ" / "Save the contact details";
        CONTACT_SAVED: "Đã lưu. Chân trang của mọi trang sẽ hiển thị thông tin mới trong vòng một phút." / "Saved. Every page's footer shows the new details within a minute.";
        CONTACT_REFUSED: "Chưa lưu được thông tin liên hệ" / "The contact details were not saved";
        CONTACT_UPDATED: "Cập nhật lần cuối" / "Last updated";
        HOURS_TITLE: "Giờ làm việc của cơ quan" / "Agencies' office hours";
        HOURS_LEAD: "Thời hạn giải quyết chỉ tính trong giờ làm việc của cơ quan giải quyết hồ sơ; giờ nghỉ trưa không tính. Tiếp nhận sáng thứ Bảy không làm thứ Bảy thành ngày làm việc." / "Time limits count only in the office hours of the agency handling the dossier; the lunch break does not count. Saturday morning reception does not make Saturday a working day.";
        HOURS_MORNING: "Buổi sáng" / "Morning";
        HOURS_AFTERNOON: "Buổi chiều" / "Afternoon";
        HOURS_SATURDAY: "Sáng thứ Bảy (chỉ tiếp nhận)" / "Saturday morning (reception only)";
        HOURS_SATURDAY_HINT: "Để trống nếu không tiếp nhận vào thứ Bảy." / "Leave empty if there is no Saturday reception.";
        HOURS_OPTIONAL: "Để trống nếu làm việc liền một buổi." / "Leave empty for one continuous session.";
        HOURS_OPENS: "Bắt đầu" / "Opens";
        HOURS_CLOSES: "Kết thúc" / "Closes";
        HOURS_STANDARD: "giờ chuẩn" / "standard hours";
        HOURS_SAVE: "Lưu giờ làm việc" / "Save office hours";
        CALENDAR_SAVE: "Lưu ngày" / "Save the day";
        JOB_KIND: "Loại" / "Kind";
        JOB_ATTEMPTS: "Số lần chạy" / "Attempts";
        JOB_RETRY: "Chạy lại" / "Retry";
        SYNC_TITLE: "Đồng bộ Cổng Dịch vụ công quốc gia" / "National portal sync";
        SYNC_LEAD: "Mỗi thay đổi trạng thái của hồ sơ được gửi lên Cổng Dịch vụ công quốc gia theo đúng thứ tự; lần gửi lỗi được thử lại sau 10 giây, 20 giây, 40 giây… đến tối đa một giờ." / "Every status change of a dossier is sent to the national portal in order; a failed delivery is tried again after 10 s, 20 s, 40 s … up to an hour.";
        SYNC_STATES: "Hồ sơ theo trạng thái đồng bộ" / "Dossiers by sync state";
        SYNC_PENDING_EVENTS: "Thay đổi chưa gửi được" / "Changes not delivered yet";
        SYNC_FAILING: "Lần gửi đang lỗi" / "Failing deliveries";
        SYNC_NONE_FAILING: "Không có lần gửi nào đang lỗi." / "No delivery is failing.";
        SYNC_LOOKUP: "Xem một hồ sơ" / "Look at one dossier";
        SYNC_EVENTS: "Các thay đổi đã ghi" / "Changes written";
        SYNC_CHANGE: "Thay đổi" / "Change";
        SYNC_WRITTEN: "Ghi lúc" / "Written";
        SYNC_NEXT: "Gửi lần tới" / "Next try";
        SYNC_DELIVERED: "Đã gửi lúc" / "Delivered";
        SYNC_ERROR: "Lỗi gần nhất" / "Last error";
        SYNC_SEND_NOW: "Gửi ngay" / "Send now";
        SYNC_RESEND_RECORD: "Gửi lại dữ liệu hồ sơ" / "Send the dossier's record again";
        SYNC_SENT: "Đã xếp lượt gửi lại." / "Queued to be sent again.";
        SYNC_NOT_FOUND: "Không có hồ sơ nào mang mã này." / "No dossier has this code.";
    }
}

/// A dossier's national sync state (`TrangThaiDongBoDVC`).
pub fn sync_state_label(state: shared::dossier::SyncState, lang: Lang) -> &'static str {
    use shared::dossier::SyncState;
    let text = match state {
        SyncState::Pending => Text { vi: "Chờ gửi", en: "Waiting to be sent" },
        SyncState::Synced => Text { vi: "Đã đồng bộ", en: "Synced" },
        SyncState::Failing => Text { vi: "Đang lỗi", en: "Failing" },
    };
    text.get(lang)
}

pub fn role_label(role: Role, lang: Lang) -> &'static str {
    let text = match role {
        Role::Reception => Text { vi: "Một cửa (tiếp nhận)", en: "Reception (one-stop desk)" },
        Role::Specialist => Text { vi: "Chuyên viên", en: "Specialist" },
        Role::UnitHead => Text { vi: "Trưởng phòng, đơn vị", en: "Head of unit" },
        Role::Leader => Text { vi: "Lãnh đạo", en: "Leader" },
        Role::AgencyAdmin => Text { vi: "Quản trị cơ quan", en: "Agency administrator" },
        Role::SystemAdmin => Text { vi: "Quản trị hệ thống", en: "System administrator" },
        Role::FeedbackDesk => Text { vi: "Tiếp nhận phản ánh, kiến nghị", en: "Feedback desk" },
    };
    text.get(lang)
}

pub fn business_problem_message(problem: BusinessProblem, lang: Lang) -> &'static str {
    let text = match problem {
        BusinessProblem::TaxCodeInvalid => Text {
            vi: "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số cho đơn vị phụ thuộc.",
            en: "The tax code must have 10 digits, or 13 for a dependent unit.",
        },
        BusinessProblem::TaxCodeCheckDigit => Text {
            vi: "Chữ số kiểm tra của mã số thuế không khớp. Kiểm tra lại, hoặc đánh dấu xác nhận nếu mã đúng.",
            en: "The tax code's check digit does not match. Check it, or tick the confirmation if it is right.",
        },
        BusinessProblem::TaxCodeTaken => Text {
            vi: "Mã số thuế này đã được đăng ký. Đề nghị chủ tài khoản doanh nghiệp mời bạn tham gia; nếu bạn là người đại diện theo pháp luật và không biết ai đã đăng ký, hãy gửi khiếu nại ở cuối trang.",
            en: "This tax code is already registered. Ask the business's owner to invite you; if you are its legal representative and do not know who registered it, send a claim at the bottom of this page.",
        },
        BusinessProblem::RepresentativeIdInvalid => Text {
            vi: "Số định danh cá nhân của người đại diện phải gồm 12 chữ số.",
            en: "The representative's personal ID number must have 12 digits.",
        },
        BusinessProblem::NameMissing => {
            Text { vi: "Vui lòng nhập tên tổ chức, doanh nghiệp.", en: "Please enter the name." }
        }
        BusinessProblem::AddressMissing => {
            Text { vi: "Vui lòng nhập địa chỉ trụ sở.", en: "Please enter the address." }
        }
        BusinessProblem::RepresentativeMissing => Text {
            vi: "Vui lòng nhập người đại diện theo pháp luật.",
            en: "Please enter the legal representative.",
        },
        BusinessProblem::TooLong => {
            Text { vi: "Nội dung quá dài (tối đa 200 ký tự).", en: "Too long (200 characters at most)." }
        }
    };
    text.get(lang)
}

pub fn officer_problem_message(problem: OfficerProblem, lang: Lang) -> &'static str {
    let text = match problem {
        OfficerProblem::NameMissing => {
            Text { vi: "Vui lòng nhập họ và tên.", en: "Please enter the full name." }
        }
        OfficerProblem::EmailInvalid => {
            Text { vi: "Địa chỉ thư điện tử không hợp lệ.", en: "The e-mail address is not valid." }
        }
        OfficerProblem::AgencyMissing => Text { vi: "Vui lòng chọn cơ quan.", en: "Please choose an agency." },
        OfficerProblem::UnitInvalid => {
            Text { vi: "Đơn vị không thuộc cơ quan đã chọn.", en: "The unit is not part of that agency." }
        }
        OfficerProblem::NoRole => Text {
            vi: "Vui lòng chọn ít nhất một vai trò hợp lệ.",
            en: "Please choose at least one valid role.",
        },
        OfficerProblem::TooLong => {
            Text { vi: "Nội dung quá dài (tối đa 200 ký tự).", en: "Too long (200 characters at most)." }
        }
        OfficerProblem::EmailTaken => {
            Text { vi: "Địa chỉ này đã có tài khoản.", en: "This address already has an account." }
        }
        OfficerProblem::NotAllowed => Text {
            vi: "Bạn không có quyền tạo cán bộ ở cơ quan này hoặc cấp vai trò này.",
            en: "You may not create officers there or grant that role.",
        },
    };
    text.get(lang)
}

/// The label of an audit event code; an unknown code is shown as stored.
pub fn audit_event_label(code: &str, lang: Lang) -> String {
    let (vi, en) = match code {
        "signed_in" => ("Đăng nhập", "Signed in"),
        "sign_in_failed" => ("Đăng nhập thất bại", "Sign-in failed"),
        "locked_out" => ("Khóa tạm thời (trước 12/2026)", "Locked out (before 12/2026)"),
        "signed_out" => ("Đăng xuất", "Signed out"),
        "signed_out_everywhere" => ("Đăng xuất mọi nơi", "Signed out everywhere"),
        "registered" => ("Đăng ký tài khoản", "Registered"),
        "email_verified" => ("Xác nhận thư điện tử", "E-mail verified"),
        "password_reset_requested" => ("Yêu cầu đặt lại mật khẩu", "Password reset requested"),
        "password_reset" => ("Đặt lại mật khẩu", "Password reset"),
        "password_changed" => ("Đổi mật khẩu", "Password changed"),
        "second_factor_enrolled" => ("Bật xác thực hai bước", "Two-step verification on"),
        "second_factor_reset" => ("Đặt lại xác thực hai bước", "Two-step verification reset"),
        "officer_created" => ("Tạo cán bộ", "Officer created"),
        "roles_changed" => ("Thay đổi vai trò", "Roles changed"),
        "business_registered" => ("Đăng ký doanh nghiệp", "Business registered"),
        "member_invited" => ("Mời thành viên", "Member invited"),
        "member_joined" => ("Thành viên tham gia", "Member joined"),
        "identity_linked" => ("Liên kết định danh", "Identity linked"),
        "calendar_changed" => ("Sửa lịch làm việc", "Working calendar changed"),
        "papers_changed" => ("Cài đặt chữ ký số, biên lai điện tử", "Signing key or e-receipt book set"),
        "catalog_draft_saved" => ("Sửa bản nháp thủ tục", "Procedure draft saved"),
        "catalog_published" => ("Công bố phiên bản thủ tục", "Procedure version published"),
        "catalog_draft_discarded" => ("Hủy bản nháp thủ tục", "Procedure draft discarded"),
        "catalog_unpublished" => ("Ngừng áp dụng thủ tục", "Procedure withdrawn"),
        "workflow_saved" => ("Lưu quy trình xử lý", "Workflow saved"),
        "form_published" => ("Công bố biểu mẫu điện tử", "E-form published"),
        "catalog_imported" => ("Nhập danh mục thủ tục", "Catalog imported"),
        "contact_changed" => ("Sửa thông tin liên hệ của Cổng", "Portal contact changed"),
        "second_factor_link_sent" => ("Gửi liên kết cài lại xác thực", "Re-enrolment link sent"),
        "business_verified" => ("Xác minh doanh nghiệp", "Business verified"),
        "business_contested" => ("Khiếu nại mã số thuế", "Tax code contested"),
        "member_removed" => ("Gỡ thành viên", "Member removed"),
        "federated_refused" => ("Từ chối đăng nhập VNeID", "National sign-in refused"),
        "id_number_released" => ("Gỡ số định danh tự khai", "Self-declared ID number released"),
        "dossier_opened" => ("Cán bộ mở hồ sơ", "Officer opened a dossier"),
        "document_downloaded" => ("Tải tài liệu hồ sơ", "Dossier document downloaded"),
        "fee_waived" => ("Miễn phí, lệ phí", "Fee waived"),
        "fee_collected_at_counter" => ("Thu phí, lệ phí tại quầy", "Fee taken at the counter"),
        "result_attached" => ("Đính kèm kết quả", "Result attached"),
        "refund_requested" => ("Yêu cầu hoàn tiền", "Refund requested"),
        "refund_approved" => ("Phê duyệt hoàn tiền", "Refund approved"),
        "refund_declined" => ("Từ chối hoàn tiền", "Refund declined"),
        "job_retried" => ("Chạy lại công việc", "Job retried"),
        "sync_resent" => ("Gửi lại dữ liệu đồng bộ", "National sync sent again"),
        "export_started" => ("Xuất danh sách hồ sơ", "List of applications exported"),
        "export_downloaded" => ("Tải tệp xuất danh sách", "Exported list downloaded"),
        "audit_log_read" => ("Xem nhật ký", "Audit log read"),
        "csrf_refused" => ("Từ chối yêu cầu giả mạo", "Forged request refused"),
        other => return other.to_owned(),
    };
    match lang {
        Lang::Vi => vi.to_owned(),
        Lang::En => en.to_owned(),
    }
}

pub fn contact_problem_message(problem: shared::portal::ContactProblem, lang: Lang) -> &'static str {
    use shared::portal::ContactProblem as P;
    let text = match problem {
        P::Operator => Text {
            vi: "Nhập tên cơ quan chủ quản (tối đa 200 ký tự).",
            en: "Enter the operating agency's name (at most 200 characters).",
        },
        P::Address => Text {
            vi: "Nhập địa chỉ tiếp nhận, trả kết quả (tối đa 300 ký tự).",
            en: "Enter the address for filing and results (at most 300 characters).",
        },
        P::Hotline => Text {
            vi: "Nhập đường dây nóng: số điện thoại, hoặc số 1800/1900 gồm 8 hoặc 10 chữ số.",
            en: "Enter the hotline: a phone number, or a 1800/1900 number of 8 or 10 digits.",
        },
        P::Email => {
            Text { vi: "Nhập địa chỉ thư điện tử hợp lệ.", en: "Enter a valid e-mail address." }
        }
        P::HoursAgency => Text { vi: "Chọn một cơ quan trong danh sách.", en: "Choose an agency from the list." },
        P::Note => Text { vi: "Ghi chú tối đa 300 ký tự.", en: "The note has at most 300 characters." },
    };
    text.get(lang)
}
