//! Texts of the accessibility statement (`/kha-nang-tiep-can`): what the portal aims for, how it
//! is checked, what is known not to meet the standard yet, and whom to tell.

pub mod t {
    use super::super::Text;
    texts! {
        A11Y_TITLE: "Tuyên bố về khả năng tiếp cận" / "Accessibility statement";
        A11Y_DESCRIPTION: "Cổng Dịch vụ công tỉnh Sơn La hướng tới chuẩn WCAG 2.2 mức AA: cách kiểm tra, những hạn chế còn lại và nơi góp ý." / "The Sơn La portal aims at WCAG 2.2 level AA: how it is checked, what is known to fall short, and where to tell us.";
        A11Y_LEAD: "Cổng được làm để mọi người dùng được: trên điện thoại cũ và mạng chậm, chỉ bằng bàn phím, với trình đọc màn hình, phóng to chữ hoặc không bật JavaScript." / "The portal is built for everyone: on an old phone and a slow network, with a keyboard only, with a screen reader, with text enlarged or with JavaScript off.";
        A11Y_AIM_TITLE: "Mức độ tuân thủ" / "Compliance";
        A11Y_AIM: "Cổng hướng tới Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2, mức AA, cho mọi trang: trang công khai, trang của người dân, doanh nghiệp, cán bộ và quản trị." / "The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA on every page: public, citizen, business, officer and administration pages.";
        A11Y_CAN_TITLE: "Bạn có thể" / "You can";
        A11Y_CAN_1: "dùng mọi trang chỉ bằng bàn phím; liên kết \"Chuyển đến nội dung chính\" đứng đầu mỗi trang và khung tiêu điểm luôn hiện rõ;" / "use every page with a keyboard alone; a \"Skip to main content\" link starts each page and the focus outline is always visible;";
        A11Y_CAN_2: "nộp hồ sơ khi không bật JavaScript: mỗi bước là một biểu mẫu thông thường, lỗi được liệt kê ở đầu trang và dẫn tới đúng ô cần sửa;" / "file an application with JavaScript off: each step is a plain form, and problems are listed at the top of the page, each linked to the field to mend;";
        A11Y_CAN_3: "phóng to chữ tới 200% và dùng màn hình hẹp 320 điểm ảnh mà không phải cuộn ngang;" / "zoom text to 200% and use a 320-pixel-wide screen without scrolling sideways;";
        A11Y_CAN_4: "chọn tiếng Việt hoặc tiếng Anh cho giao diện; nội dung chính thức của thủ tục được công bố bằng tiếng Việt." / "choose Vietnamese or English for the interface; the official content of procedures is published in Vietnamese.";
        A11Y_TESTED_TITLE: "Cách chúng tôi kiểm tra" / "How we test";
        A11Y_TESTED_1: "Mỗi lần thay đổi mã nguồn, bộ kiểm thử tự động mở các trang trong trình duyệt Chromium, có và không có JavaScript, và chạy axe-core theo các tiêu chí WCAG 2.0, 2.1, 2.2 mức A và AA; một lỗi nào cũng làm bộ kiểm thử thất bại." / "On every change, the automated test suite opens the pages in Chromium, with and without JavaScript, and runs axe-core against the WCAG 2.0, 2.1 and 2.2 level A and AA rules; any finding fails the suite.";
        A11Y_TESTED_2: "Một hành trình chỉ dùng bàn phím nộp một hồ sơ và xử lý nó như cán bộ, kiểm tra tiêu điểm hiện rõ ở mỗi bước." / "A keyboard-only journey files an application and acts on it as an officer, checking at each step that the focus is visible.";
        A11Y_TESTED_3: "Các trang công khai được đo bằng Lighthouse trên cấu hình điện thoại di động." / "The public pages are measured with Lighthouse on its mobile profile.";
        A11Y_LIMITS_TITLE: "Những nội dung chưa đạt" / "What is not yet accessible";
        A11Y_LIMITS_1: "Các mẫu giấy tờ chính thức dạng PDF (giấy tiếp nhận, phiếu yêu cầu bổ sung, biên lai…) chưa được gắn thẻ cho trình đọc màn hình; cùng các thông tin đó có trên trang hồ sơ." / "The official PDF forms (receipt, supplement request, fee receipt…) are not yet tagged for screen readers; the same facts are on the application's page.";
        A11Y_LIMITS_2: "Giấy tờ do người dân hoặc cơ quan khác tải lên (bản quét) có thể không đọc được bằng trình đọc màn hình." / "Documents uploaded by citizens or other agencies (scans) may not be readable by a screen reader.";
        A11Y_FEEDBACK_TITLE: "Góp ý và liên hệ" / "Feedback and contact";
        A11Y_FEEDBACK: "Nếu bạn gặp khó khăn khi dùng một trang, hoặc cần thông tin ở dạng khác, hãy liên hệ bộ phận một cửa qua số đường dây nóng hoặc thư điện tử ở cuối trang. Chúng tôi sẽ trả lời trong 5 ngày làm việc." / "If a page is hard to use, or you need information in another format, contact the one-stop centre by the hotline or e-mail at the foot of the page. We will answer within 5 working days.";
        A11Y_PREPARED: "Tuyên bố này được lập ngày 07/12/2026 và được kiểm tra lại mỗi khi bộ kiểm thử thay đổi." / "This statement was prepared on 7 December 2026 and is reviewed whenever the test suite changes.";
        FOOTER_ACCESSIBILITY: "Khả năng tiếp cận" / "Accessibility";
    }
}
