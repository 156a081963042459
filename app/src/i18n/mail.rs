//! The mails the portal sends, in both languages. A mail goes to an address, not to a browser
//! whose language the portal knows, so it carries both: the Vietnamese text, then the English
//! one (`compose`). Holes are written `{name}` and filled from the sender's values.

use super::{Lang, Text};

/// One mail's subject and body.
pub struct MailText {
    pub subject: Text,
    pub body: Text,
}

macro_rules! mails {
    ($($name:ident: $vs:literal / $es:literal; $vb:literal / $eb:literal;)+) => {
        $(pub const $name: MailText = MailText {
            subject: Text { vi: $vs, en: $es },
            body: Text { vi: $vb, en: $eb },
        };)+
    };
}

/// What separates the Vietnamese body from the English one.
const BETWEEN: &str = "\n\n— English —\n\n";

/// The subject and body of `mail`, Vietnamese first, with each `{hole}` replaced by its value
/// once (a value is never read for holes itself, so a name cannot pull in a link).
pub fn compose(mail: &MailText, holes: &[(&str, &str)]) -> (String, String) {
    compose_in(mail, |_| holes.iter().map(|(k, v)| (*k, (*v).to_owned())).collect())
}

/// Like `compose`, for holes whose value depends on the language (a status, a headline).
pub fn compose_in<'k>(mail: &MailText, holes: impl Fn(Lang) -> Vec<(&'k str, String)>) -> (String, String) {
    let (vi, en) = (cleaned(holes(Lang::Vi)), cleaned(holes(Lang::En)));
    let (vi, en) = (borrowed(&vi), borrowed(&en));
    let subject = format!("{} / {}", fill(mail.subject.vi, &vi), fill(mail.subject.en, &en));
    let body = format!("{}{BETWEEN}{}", fill(mail.body.vi, &vi), fill(mail.body.en, &en));
    (subject, body)
}

fn borrowed<'a>(holes: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    holes.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The holes meant to span lines: the detail of a dossier's news (an officer's note) and the
/// digest's list. Every other value (a name, a business, a code) is put on one line, its control
/// and direction characters made spaces, so what a person typed cannot add lines or a link of
/// its own to a mail the portal sends.
const MULTILINE: &[&str] = &["detail", "lines"];

fn cleaned(holes: Vec<(&str, String)>) -> Vec<(&str, String)> {
    holes.into_iter().map(|(k, v)| if MULTILINE.contains(&k) { (k, v) } else { (k, one_line(&v)) }).collect()
}

fn one_line(value: &str) -> String {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    value.chars().map(|c| if hidden(c) { ' ' } else { c }).collect()
}

/// `template` with its `{hole}`s replaced; a hole without a value stays as written.
pub fn fill(template: &str, holes: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            holes.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

mails! {
    VERIFY_EMAIL:
        "Xác nhận địa chỉ thư điện tử – Cổng Dịch vụ công" / "Confirm your e-mail address – Public Service Portal";
        "Kính gửi {name},\n\nĐể hoàn tất đăng ký tài khoản trên Cổng Dịch vụ công, vui lòng mở liên kết sau trong vòng 24 giờ:\n\n{link}\n\nNếu không phải bạn đăng ký, vui lòng bỏ qua thư này."
        / "Dear {name},\n\nTo finish registering on the Public Service Portal, open this link within 24 hours:\n\n{link}\n\nIf you did not register, ignore this mail.";
    ALREADY_REGISTERED:
        "Có người vừa đăng ký bằng địa chỉ của bạn – Cổng Dịch vụ công" / "Someone registered with your address – Public Service Portal";
        "Có người vừa dùng địa chỉ thư này để đăng ký tài khoản, nhưng địa chỉ đã có tài khoản.\nNếu là bạn, hãy đăng nhập tại {sign_in}. Nếu không, bạn không cần làm gì."
        / "Someone tried to register with this address, which already has an account.\nIf it was you, sign in at {sign_in}. If not, there is nothing to do.";
    ID_NUMBER_TAKEN:
        "Chưa thể đăng ký tài khoản – Cổng Dịch vụ công" / "The account could not be registered – Public Service Portal";
        "Có người vừa dùng địa chỉ thư này để đăng ký tài khoản với một số định danh cá nhân đã có tài khoản trên Cổng.\nNếu đó là tài khoản của bạn, hãy đăng nhập (hoặc dùng \"Quên mật khẩu\"). Nếu số định danh là của bạn mà bạn chưa từng đăng ký, hãy đăng nhập bằng VNeID: định danh quốc gia xác nhận số đó là của bạn và bạn sẽ có tài khoản riêng.\n\n{sign_in}"
        / "Someone tried to register with this address and a personal ID number that already has an account on the portal.\nIf that account is yours, sign in (or use \"Forgot password\"). If the number is yours and you never registered, sign in with VNeID: the national identity confirms the number is yours and you get an account of your own.\n\n{sign_in}";
    RESET_PASSWORD:
        "Đặt lại mật khẩu – Cổng Dịch vụ công" / "Reset your password – Public Service Portal";
        "Bạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu. Liên kết sau dùng được một lần trong 30 phút:\n\n{link}\n\nNếu không phải bạn, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên."
        / "You (or someone) asked to reset your password. This link works once, within 30 minutes:\n\n{link}\n\nIf it was not you, ignore this mail; your password stays as it is.";
    OFFICER_WELCOME:
        "Tài khoản cán bộ trên Hệ thống một cửa điện tử" / "Your officer account on the one-stop system";
        "Kính gửi {name},\n\nQuản trị viên đã tạo tài khoản cán bộ cho bạn. Hãy đặt mật khẩu trong vòng 72 giờ tại:\n\n{link}\n\nLần đăng nhập đầu tiên, bạn sẽ cài ứng dụng xác thực (mã 6 số) trên điện thoại."
        / "Dear {name},\n\nAn administrator created an officer account for you. Set your password within 72 hours at:\n\n{link}\n\nAt the first sign-in you will set up an authenticator app (6-digit codes) on your phone.";
    SECOND_FACTOR_RESET:
        "Xác thực hai bước của bạn đã được đặt lại – Hệ thống một cửa điện tử" / "Your two-step verification was reset – one-stop system";
        "Kính gửi {name},\n\nQuản trị viên vừa đặt lại xác thực hai bước của tài khoản cán bộ của bạn; mọi phiên đăng nhập đã kết thúc. Để cài lại ứng dụng xác thực, mở liên kết sau (dùng một lần, trong 72 giờ) rồi đăng nhập:\n\n{link}\n\nNếu bạn không yêu cầu việc này, hãy báo ngay cho quản trị hệ thống."
        / "Dear {name},\n\nAn administrator reset the two-step verification of your officer account, and every session ended. To set up an authenticator again, open this link (once, within 72 hours) and sign in:\n\n{link}\n\nIf you did not ask for this, tell the system administrator at once.";
    LINKED_TO_VNEID:
        "Tài khoản của bạn đã được liên kết với VNeID – Cổng Dịch vụ công" / "Your account was linked to VNeID – Public Service Portal";
        "Tài khoản của bạn vừa được liên kết với tài khoản định danh điện tử (VNeID) sau khi nhập đúng mật khẩu. Mọi phiên đăng nhập cũ đã được đăng xuất.\nNếu không phải bạn, hãy đặt lại mật khẩu ngay và liên hệ Bộ phận Một cửa.\n\n{account}"
        / "Your account was just linked to a national digital identity (VNeID) with its password. Every other session was signed out.\nIf this was not you, reset your password now and contact the one-stop counter.\n\n{account}";
    ID_NUMBER_RELEASED:
        "Số định danh trên tài khoản của bạn đã được gỡ – Cổng Dịch vụ công" / "The ID number on your account was removed – Public Service Portal";
        "Người mang số định danh cá nhân mà tài khoản của bạn khai báo vừa đăng nhập bằng VNeID và xác nhận tài khoản này không phải của họ. Số định danh đã được gỡ khỏi tài khoản của bạn.\nNếu đó là số của bạn, hãy đăng nhập bằng VNeID để xác thực.\n\n{account}"
        / "The holder of the personal ID number your account declared signed in with VNeID and said this account is not theirs, so the number was removed from it.\nIf the number is yours, sign in with VNeID to prove it.\n\n{account}";
    BUSINESS_INVITATION:
        "Lời mời tham gia {business} trên Cổng Dịch vụ công" / "Invitation to join {business} on the Public Service Portal";
        "{inviter} mời bạn cùng quản lý hồ sơ của {business} trên Cổng Dịch vụ công.\nĐăng nhập bằng tài khoản có địa chỉ thư này rồi mở liên kết (dùng được một lần, trong 7 ngày):\n\n{link}"
        / "{inviter} invited you to manage the applications of {business} on the Public Service Portal.\nSign in with the account of this address, then open the link (once, within 7 days):\n\n{link}";
    BUSINESS_VERIFIED:
        "{business} đã được xác minh trên Cổng Dịch vụ công" / "{business} was verified on the Public Service Portal";
        "Cơ quan đăng ký kinh doanh đã xác minh người đại diện của {business}. Các thành viên có thể nộp hồ sơ nhân danh doanh nghiệp từ nay.\n\n{page}"
        / "The business registry verified the representative of {business}. Its members may file for it from now on.\n\n{page}";
    BUSINESS_NOT_VERIFIED:
        "Đăng ký {business} trên Cổng Dịch vụ công không được chấp nhận" / "The registration of {business} was not accepted";
        "Cơ quan đăng ký kinh doanh không xác minh được người đại diện của {business}, nên đăng ký đã bị huỷ. Vui lòng mang giấy chứng nhận đăng ký doanh nghiệp tới Bộ phận Một cửa nếu cần.\n\n{page}"
        / "The business registry could not verify the representative of {business}, so the registration was removed. If needed, bring the business registration certificate to the one-stop counter.\n\n{page}";
    CLAIM_UPHELD:
        "Kết quả khiếu nại mã số thuế của {business}" / "Your claim about {business}'s tax code";
        "Khiếu nại của bạn được chấp nhận: bạn là chủ tài khoản duy nhất của {business} trên Cổng.\n\n{page}"
        / "Your claim was upheld: you are now the only owner of {business} on the portal.\n\n{page}";
    CLAIM_DISMISSED:
        "Kết quả khiếu nại mã số thuế của {business}" / "Your claim about {business}'s tax code";
        "Khiếu nại của bạn về {business} không được chấp nhận. Vui lòng liên hệ Bộ phận Một cửa của cơ quan đăng ký kinh doanh nếu cần."
        / "Your claim about {business} was dismissed. If needed, contact the one-stop counter of the business registry.";
    MEMBER_REMOVED:
        "Bạn không còn là thành viên của {business} trên Cổng Dịch vụ công" / "You are no longer a member of {business}";
        "Cơ quan đăng ký kinh doanh xác định người đại diện hợp pháp của {business} và giao doanh nghiệp cho người đó; tài khoản của bạn không còn thuộc doanh nghiệp này.\n\n{page}"
        / "The business registry found the legal representative of {business} and handed the business to them; your account no longer belongs to it.\n\n{page}";
    DOSSIER_SUBMITTED:
        "Đã nộp hồ sơ {code} – Cổng Dịch vụ công" / "Application {code} submitted – Public Service Portal";
        "Kính gửi {name},\n\nHồ sơ \"{procedure}\" đã được nộp trực tuyến.\nMã hồ sơ: {code}\nTrạng thái: chờ tiếp nhận.\n\nTheo dõi hồ sơ tại:\n{link}"
        / "Dear {name},\n\nYour application \"{procedure}\" was submitted online.\nApplication code: {code}\nStatus: waiting for reception.\n\nFollow it at:\n{link}";
    DOSSIER_NEWS:
        "Hồ sơ {code}: {headline}" / "Application {code}: {headline}";
        "Hồ sơ {code}: {headline}.{detail}\n\nXem hồ sơ tại:\n{link}"
        / "Application {code}: {headline}.{detail}\n\nSee the application at:\n{link}";
    MESSAGE_FOR_OFFICE:
        "Hồ sơ {code}: người nộp gửi tin nhắn mới" / "Application {code}: a new message from the applicant";
        "Người nộp hồ sơ {code} vừa gửi một tin nhắn cho cơ quan. Đọc và trả lời tại:\n{link}"
        / "The applicant of {code} sent the office a message. Read and answer it at:\n{link}";
    OPINION_ASKED:
        "Xin ý kiến về hồ sơ {code}, hạn trả lời {due}" / "Your opinion is asked on application {code}, by {due}";
        "{agency} xin ý kiến {unit} về hồ sơ {code} ({procedure}). Hạn trả lời: {due}. Đọc câu hỏi và trả lời tại:\n{link}"
        / "{agency} asks {unit} for an opinion on application {code} ({procedure}). Answer by {due} at:\n{link}";
    OPINION_ANSWERED:
        "Hồ sơ {code}: {unit} đã trả lời xin ý kiến" / "Application {code}: {unit} answered your request";
        "{unit} ({agency}) đã trả lời câu hỏi về hồ sơ {code}. Đọc câu trả lời tại:\n{link}"
        / "{unit} ({agency}) answered your question on application {code}. Read it at:\n{link}";
    EXPORT_READY:
        "Tệp xuất danh sách hồ sơ đã sẵn sàng" / "Your export of applications is ready";
        "Tệp xuất danh sách hồ sơ bạn yêu cầu đã sẵn sàng. Đăng nhập và tải về tại:\n{link}\n\nTệp được giữ đến {until}."
        / "The export of applications you asked for is ready. Sign in and download it at:\n{link}\n\nIt is kept until {until}.";
    DUE_DIGEST:
        "{count} hồ sơ sắp đến hạn hoặc quá hạn" / "{count} applications due soon or overdue";
        "Các hồ sơ của cơ quan cần chú ý hôm nay:\n\n{lines}"
        / "Applications of your agency that need attention today:\n\n{lines}";
}

/// What a mail or notice says happened to a dossier, beside its status.
pub mod t {
    use super::super::Text;
    texts! {
        NEWS_PAID: "đã thanh toán phí, lệ phí" / "the fee was paid";
        NEWS_REFUNDED: "hoàn trả phí, lệ phí" / "the fee was refunded";
        NEWS_WAIVED: "được miễn phí, lệ phí" / "the fee was waived";
        NEWS_APOLOGY: "xin lỗi và hẹn lại ngày trả kết quả" / "an apology and a new date for the result";
        NEWS_NOTE: "Nội dung:" / "Note:";
        MESSAGE_FROM_OFFICE: "cơ quan giải quyết gửi bạn một tin nhắn" / "the office sent you a message";
        NEWS_PAID_DETAIL: "Đã nhận thanh toán trực tuyến {amount} qua cổng thanh toán của tỉnh. Biên lai điện tử có trên trang hồ sơ." / "The online payment of {amount} was received through the province's payment gateway. The e-receipt is on the application's page.";
        NEWS_REFUNDED_DETAIL: "Đã hoàn trả {amount} trực tuyến." / "{amount} was refunded online.";
        NEWS_APOLOGY_DETAIL: "Cơ quan giải quyết xin lỗi vì chưa trả kết quả đúng hẹn và hẹn lại: {when}. Văn bản xin lỗi (Mẫu 04) có trên trang hồ sơ." / "The deciding agency apologises for missing the date of the result and sets a new one: {when}. The apology letter (form 04) is on the application's page.";
        DIGEST_OVERDUE: "QUÁ HẠN" / "OVERDUE";
        DIGEST_DUE_SOON: "sắp đến hạn" / "due soon";
        DIGEST_DUE_AT: "hẹn" / "due";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_once_and_unknown_ones_stay() {
        let filled = fill("{a} and {b}, {c}", &[("a", "{b}"), ("b", "x")]);
        assert_eq!(filled, "{b} and x, {c}");
        assert_eq!(fill("no holes {", &[]), "no holes {");
    }

    #[test]
    fn a_name_cannot_add_lines_to_a_mail() {
        let name = "Lò Văn A\n\nhttps://lua-dao.example\u{202e}";
        let (subject, body) = compose(&BUSINESS_INVITATION, &[("business", "DN"), ("inviter", name), ("link", "L")]);
        assert!(!subject.contains('\n') && !subject.contains('\u{202e}'));
        assert!(body.contains("Lò Văn A  https://lua-dao.example ") && !body.contains('\u{202e}'), "{body}");
        let (_, body) = compose_in(&DOSSIER_NEWS, |_| vec![("code", "X".into()), ("detail", "a\nb".into())]);
        assert!(body.contains("a\nb"), "the detail keeps its lines");
    }

    #[test]
    fn a_mail_is_vietnamese_then_english() {
        let (subject, body) = compose(&VERIFY_EMAIL, &[("name", "Lò Văn A"), ("link", "https://x/y")]);
        assert!(subject.starts_with("Xác nhận") && subject.contains("Confirm"));
        let (vi, en) = body.split_once(BETWEEN).expect("both languages");
        assert!(vi.contains("Kính gửi Lò Văn A") && vi.contains("https://x/y"));
        assert!(en.contains("Dear Lò Văn A") && en.contains("https://x/y"));
        assert!(!body.contains('{'), "every hole filled: {body}");
    }
}
