//! Texts of the page where an agency's administrator installs its signing key and certificate
//! and sets its e-receipt book (`/quan-tri/chu-ky-so`).

use super::{Lang, Text};
use shared::papers::PaperProblem;

pub mod t {
    use super::Text;
    texts! {
        PAPERS_TITLE: "Chữ ký số và biên lai điện tử" / "Signing keys and e-receipts";
        PAPERS_LEAD: "Giấy tiếp nhận, phiếu, văn bản, trang bìa kết quả và biên lai do Cổng phát hành được ký số bằng chứng thư số của cơ quan; người nhận kiểm tra được bằng bất kỳ trình đọc PDF nào và tại trang Xác thực." / "Receipts, slips, letters, result covers and fee receipts leave the portal signed with the agency's certificate; anyone can check them in any PDF reader and on the verification page.";
        PAPERS_SAVED: "Đã lưu. Các văn bản in từ bây giờ dùng thiết lập mới." / "Saved. Papers printed from now on use the new settings.";
        PAPERS_REFUSED: "Chưa lưu được — vui lòng sửa các mục sau:" / "Not saved — please correct the following:";
        PAPERS_KEY: "Chứng thư số đang dùng" / "Certificate in use";
        PAPERS_NO_KEY: "Chưa có chứng thư số: văn bản của cơ quan được phát hành không có chữ ký số." / "No certificate yet: the agency's papers go out unsigned.";
        PAPERS_DEMO: "Chứng thư thử nghiệm do bản trình diễn tạo — không có giá trị pháp lý; hãy cài chứng thư do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp." / "A test certificate made by the demo — not legally valid; install the one a certification authority issued.";
        PAPERS_SUBJECT: "Chủ thể" / "Subject";
        PAPERS_FINGERPRINT: "Dấu vân tay (SHA-256)" / "Fingerprint (SHA-256)";
        PAPERS_VALID_UNTIL: "Hiệu lực đến" / "Valid until";
        PAPERS_INSTALLED: "Cài đặt lúc" / "Installed";
        PAPERS_OLDER: "Chứng thư trước đây (giữ lại để xác định người ký văn bản cũ)" / "Earlier certificates (kept to name who signed older papers)";
        PAPERS_INSTALL: "Cài chứng thư số mới" / "Install a new certificate";
        PAPERS_CERT: "Chứng thư số (PEM, bắt đầu bằng -----BEGIN CERTIFICATE-----)" / "Certificate (PEM, starting -----BEGIN CERTIFICATE-----)";
        PAPERS_PRIVATE: "Khóa bí mật (PKCS#8 PEM, bắt đầu bằng -----BEGIN PRIVATE KEY-----)" / "Private key (PKCS#8 PEM, starting -----BEGIN PRIVATE KEY-----)";
        PAPERS_PRIVATE_HINT: "Khóa được mã hóa bằng khóa của máy chủ ngay khi lưu và không bao giờ hiển thị lại. Từ tệp .p12: openssl pkcs12 -in tep.p12 -nodes." / "The key is encrypted under the server key as it is saved and never shown again. From a .p12 file: openssl pkcs12 -in file.p12 -nodes.";
        PAPERS_INSTALL_BUTTON: "Cài chứng thư số" / "Install the certificate";
        PAPERS_BOOK: "Ký hiệu biên lai điện tử" / "E-receipt book";
        PAPERS_NO_BOOK: "Chưa đăng ký ký hiệu biên lai." / "No receipt book yet.";
        PAPERS_BOOK_DEMO: "Ký hiệu của bản trình diễn — thay bằng ký hiệu cơ quan đã đăng ký với cơ quan thuế." / "The demo's symbols — replace them with those registered with the tax office.";
        PAPERS_TEMPLATE: "Ký hiệu mẫu biên lai" / "Receipt template symbol";
        PAPERS_SERIES: "Ký hiệu biên lai" / "Receipt series symbol";
        PAPERS_SYMBOL_HINT: "Chữ in hoa, chữ số, dấu - hoặc /; tối đa 20 ký tự." / "Capital letters, digits, - or /; at most 20 characters.";
        PAPERS_SINCE: "Áp dụng từ" / "In use since";
        PAPERS_BOOK_BUTTON: "Lưu ký hiệu biên lai" / "Save the receipt book";
    }
}

pub fn paper_problem_message(problem: PaperProblem, lang: Lang) -> &'static str {
    let text = match problem {
        PaperProblem::Certificate => Text {
            vi: "Dán chứng thư số dạng PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).",
            en: "Paste the certificate as PEM (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).",
        },
        PaperProblem::Key => Text {
            vi: "Dán khóa bí mật dạng PKCS#8 PEM (-----BEGIN PRIVATE KEY-----), khóa ECDSA P-256 hoặc RSA.",
            en: "Paste the private key as PKCS#8 PEM (-----BEGIN PRIVATE KEY-----), an ECDSA P-256 or RSA key.",
        },
        PaperProblem::EncryptedKey => Text {
            vi: "Khóa đang được bảo vệ bằng mật khẩu: hãy xuất khóa không mật khẩu (Cổng tự mã hóa khi lưu).",
            en: "The key is password-protected: export it without a password (the portal encrypts it as it saves).",
        },
        PaperProblem::Mismatch => Text {
            vi: "Khóa bí mật không khớp với chứng thư số.",
            en: "The private key does not belong to the certificate.",
        },
        PaperProblem::Expired => {
            Text { vi: "Chứng thư số đã hết hiệu lực.", en: "The certificate has expired." }
        }
        PaperProblem::NotYetValid => Text {
            vi: "Chứng thư số chưa đến ngày có hiệu lực.",
            en: "The certificate is not valid yet.",
        },
        PaperProblem::Unusable => Text {
            vi: "Chứng thư số quá lớn để ký văn bản (quá 8 KB); hãy dùng chứng thư của cơ quan, không kèm chuỗi chứng thư.",
            en: "The certificate is too large to sign with (over 8 KB); use the agency's certificate without its chain.",
        },
        PaperProblem::Template => Text {
            vi: "Nhập ký hiệu mẫu biên lai: chữ in hoa, chữ số, dấu - hoặc /; tối đa 20 ký tự.",
            en: "Enter the template symbol: capital letters, digits, - or /; at most 20 characters.",
        },
        PaperProblem::Series => Text {
            vi: "Nhập ký hiệu biên lai: chữ in hoa, chữ số, dấu - hoặc /; tối đa 20 ký tự.",
            en: "Enter the series symbol: capital letters, digits, - or /; at most 20 characters.",
        },
    };
    text.get(lang)
}
