//! Texts of the catalog's administration: what is wrong with a procedure document.

use super::{Lang, Text};
use shared::catalog::CatalogProblemKind as K;
use shared::payment::FeeDue;

pub mod t {
    use super::Text;
    texts! {
        CA_TITLE: "Quản trị danh mục thủ tục" / "Catalog administration";
        CA_LEAD: "Thêm, sửa và công bố thủ tục hành chính. Mọi thay đổi nằm trong bản nháp; khi công bố, bản nháp thành phiên bản mới có hiệu lực từ ngày đã chọn, hồ sơ đã nộp giữ phiên bản của mình." / "Add, change and publish procedures. Changes stay in a draft; published, the draft becomes a new version in force from the chosen date, and dossiers already filed keep theirs.";
        CA_SEARCH: "Tìm theo mã hoặc tên thủ tục" / "Find by code or name";
        CA_NEW: "Thêm thủ tục mới" / "Add a procedure";
        CA_CODE: "Mã thủ tục" / "Procedure code";
        CA_CODE_HINT: "Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.001193." / "The code in the national procedures database, e.g. 1.001193.";
        CA_NAME: "Tên thủ tục" / "Name";
        CA_AGENCY: "Cơ quan thực hiện" / "Implementing agency";
        CA_FIELD: "Lĩnh vực" / "Field";
        CA_LEVEL: "Cấp thực hiện" / "Level";
        CA_VERSION: "Phiên bản" / "Version";
        CA_STATE: "Tình trạng" / "State";
        CA_IN_FORCE: "Đang có hiệu lực" / "In force";
        CA_FUTURE: "Sắp có hiệu lực" / "Not yet in force";
        CA_ENDED: "Hết hiệu lực" / "No longer in force";
        CA_DRAFT_ONLY: "Bản nháp, chưa công bố" / "Draft, never published";
        CA_HAS_DRAFT: "có bản nháp đang sửa" / "a draft is open";
        CA_EDIT: "Sửa" / "Change";
        CA_SECTION_GENERAL: "Thông tin chung" / "General information";
        CA_SECTION_CASES: "Trường hợp" / "Cases";
        CA_SECTION_CHANNELS: "Cách thức thực hiện, thời hạn, phí và lệ phí" / "Channels, time limits and fees";
        CA_SECTION_DOCUMENTS: "Thành phần hồ sơ" / "Documents";
        CA_SECTION_CLAUSES: "Trình tự, điều kiện và căn cứ pháp lý" / "Steps, conditions and legal bases";
        CA_PUBLISHED_VERSION: "Phiên bản đang công bố" / "Published version";
        CA_NOT_PUBLISHED: "Chưa công bố" / "Not published";
        CA_DRAFT_REVISION: "Bản nháp đang sửa, lần lưu thứ" / "Draft open, save number";
        CA_NO_DRAFT: "Chưa có thay đổi nào so với phiên bản đang công bố." / "Nothing changed from the published version.";
        CA_PUBLISH_TITLE: "Công bố" / "Publish";
        CA_PUBLISH_FROM: "Ngày có hiệu lực" / "In force from";
        CA_PUBLISH_HINT: "Phiên bản trước hết hiệu lực từ ngày này." / "The previous version ends on this date.";
        CA_PUBLISH_BUTTON: "Công bố phiên bản mới" / "Publish a new version";
        CA_DISCARD: "Hủy bản nháp" / "Discard the draft";
        CA_PUBLISH_PROBLEMS: "Cần sửa trước khi công bố" / "To fix before publishing";
        CA_HISTORY: "Lịch sử phiên bản" / "Version history";
        CA_FROM: "Từ ngày" / "From";
        CA_TO: "Đến ngày" / "Until";
        CA_SAVE: "Lưu bản nháp" / "Save the draft";
        CA_BACK: "Quay lại thủ tục" / "Back to the procedure";
        CA_BACK_LIST: "Quay lại danh mục" / "Back to the catalog";
        CA_SAVED: "Đã lưu bản nháp." / "Draft saved.";
        CA_PUBLISHED: "Đã công bố phiên bản mới." / "New version published.";
        CA_DISCARDED: "Đã hủy bản nháp." / "Draft discarded.";
        CA_CREATED: "Đã tạo bản nháp thủ tục mới: điền từng phần rồi công bố." / "New procedure drafted: fill in each part, then publish.";
        CA_STALE: "Thủ tục này vừa được người khác lưu, nên nội dung bạn gửi chưa được lưu. Nội dung đó vẫn ở dưới đây; mở trang thủ tục ở thẻ khác để xem bản mới nhất, rồi bấm Lưu nếu vẫn muốn thay phần này." / "Someone else saved this procedure meanwhile, so what you sent was not saved. It is still below; open the procedure in another tab to see the latest, then press Save if you still want to replace this part.";
        CA_FEE_COUNT_FIELD: "Tên trường trên tờ khai cho số lượng (ví dụ so_trang; tờ khai chung tự thêm trường này)" / "Field of the e-form that gives the count (e.g. so_trang; the generic form adds it)";
        CA_UNPUBLISHED: "Đã ngừng áp dụng thủ tục từ ngày đã chọn." / "The procedure is withdrawn from the chosen day.";
        CA_UNPUBLISH_TITLE: "Ngừng áp dụng thủ tục" / "Withdraw the procedure";
        CA_UNPUBLISH_FROM: "Ngừng áp dụng từ ngày" / "Withdrawn from";
        CA_UNPUBLISH_HINT: "Từ ngày này thủ tục không còn trong danh mục và không nhận hồ sơ mới; hồ sơ đã nộp vẫn giải quyết theo phiên bản của nó." / "From this day the procedure leaves the catalog and takes no new dossiers; dossiers already filed keep their version.";
        CA_UNPUBLISH_BUTTON: "Ngừng áp dụng" / "Withdraw";
        WF_LINK: "Quy trình xử lý nội bộ" / "Internal workflow";
        WF_TITLE: "Quy trình xử lý" / "Workflow";
        WF_LEAD: "Các bước hồ sơ đi qua sau khi một cửa tiếp nhận: tiếp nhận, một hoặc nhiều bước xử lý (của đơn vị trong cơ quan, hoặc cơ quan khác khi liên thông), phê duyệt, trả kết quả; mỗi bước có thời hạn riêng. Lưu là tạo phiên bản mới; hồ sơ đã tiếp nhận giữ quy trình của mình." / "The steps a dossier goes through once the counter receives it: reception, one or more processing steps (a unit of the agency, or another agency for liên thông), approval, the result; each with its own time. Saving makes a new version; dossiers already received keep theirs.";
        WF_VERSION: "Phiên bản quy trình" / "Workflow version";
        WF_GENERIC: "Thủ tục đang dùng quy trình chung (chưa có quy trình riêng)." / "The procedure uses the generic workflow (none of its own yet).";
        WF_NAME: "Tên quy trình" / "Workflow name";
        WF_STEP: "Bước" / "Step";
        WF_POSITION: "Thứ tự (đổi số để chuyển bước lên hoặc xuống)" / "Position (change the number to move the step)";
        WF_STEP_NAME: "Tên bước" / "Step name";
        WF_KIND: "Loại bước" / "Kind of step";
        WF_AGENCY: "Cơ quan thực hiện bước" / "Agency doing the step";
        WF_SAME_AGENCY: "Cơ quan giải quyết thủ tục" / "The procedure's agency";
        WF_UNIT: "Mã đơn vị thực hiện (để trống: một cửa chọn khi chuyển)" / "Unit code (empty: the counter picks at hand-over)";
        WF_UNITS: "Đơn vị của cơ quan giải quyết" / "Units of the procedure's agency";
        WF_BUDGET: "Thời hạn của bước" / "Time for the step";
        WF_BUDGET_UNIT: "Đơn vị thời hạn" / "Unit of time";
        WF_ROWS_HINT: "Điền vào dòng trống để thêm bước; các bước theo thứ tự dòng; đánh dấu “Xóa dòng này” để bỏ." / "Fill in a blank row to add a step; steps follow the rows' order; tick “Remove this row” to drop one.";
        WF_SAVE: "Lưu quy trình" / "Save the workflow";
        WF_SAVED: "Đã lưu phiên bản mới của quy trình." / "New workflow version saved.";
        WF_STALE: "Quy trình vừa được người khác lưu nên chưa lưu nội dung bạn gửi; nội dung đó vẫn ở dưới đây. Bấm Lưu nếu vẫn muốn thay." / "Someone else saved the workflow meanwhile, so yours was not saved; it is still below. Press Save if you still want to replace theirs.";
        WF_RECEPTION: "Tiếp nhận (một cửa)" / "Reception (counter)";
        WF_PROCESSING: "Xử lý, thẩm định" / "Processing";
        WF_APPROVAL: "Phê duyệt (lãnh đạo)" / "Approval (leader)";
        WF_RESULT: "Trả kết quả (một cửa)" / "Result (counter)";
        EF_LINK: "Biểu mẫu điện tử (tờ khai)" / "E-form (declaration)";
        EF_TITLE: "Biểu mẫu điện tử" / "E-form";
        EF_CASE: "trường hợp" / "case";
        EF_CASES: "Biểu mẫu theo trường hợp" / "Forms by case";
        EF_CASES_HINT: "Một trường hợp có thể có biểu mẫu riêng (bắt đầu từ bản sao biểu mẫu của thủ tục); hồ sơ của trường hợp đó được khai trên biểu mẫu riêng, các trường hợp khác dùng biểu mẫu của thủ tục." / "A case may have a form of its own (starting as a copy of the procedure's); dossiers of that case are filled in on it, the other cases use the procedure's form.";
        EF_CASE_OWN: "có biểu mẫu riêng" / "has its own form";
        EF_CASE_SHARED: "dùng biểu mẫu của thủ tục" / "uses the procedure's form";
        EF_OWN_FORM: "Biểu mẫu của thủ tục (chung cho các trường hợp)" / "The procedure's form (shared by the cases)";
        EF_CASE_NONE: "Trường hợp này chưa có biểu mẫu riêng: hồ sơ dùng biểu mẫu của thủ tục (dưới đây). Soạn hoặc công bố để tạo biểu mẫu riêng." / "This case has no form of its own: its dossiers use the procedure's (below). Build or publish one to give it its own.";
        EF_LEAD: "Tờ khai người dân điền khi nộp trực tuyến. Mỗi lần công bố tạo phiên bản mới cho các hồ sơ nộp sau đó; hồ sơ đã nộp giữ phiên bản của mình." / "The declaration people fill in online. Each publication makes a new version for dossiers filed afterwards; dossiers already filed keep theirs.";
        EF_VERSION: "Phiên bản biểu mẫu" / "Form version";
        EF_GENERIC: "Thủ tục chưa có biểu mẫu riêng: hồ sơ dùng tờ khai chung dưới đây." / "The procedure has no form of its own: dossiers use the generic one below.";
        EF_PREVIEW: "Xem trước (như người dân thấy)" / "Preview (as people see it)";
        EF_DOWNLOAD: "Tải về dạng JSON" / "Download as JSON";
        EF_JSON: "Nội dung biểu mẫu (JSON)" / "The form (JSON)";
        EF_JSON_HINT: "Sửa trực tiếp hoặc dán một biểu mẫu đã tải về; biểu mẫu được kiểm tra trước khi công bố." / "Edit it here or paste a downloaded form; it is checked before it is published.";
        EF_PUBLISH: "Kiểm tra và công bố phiên bản mới" / "Check and publish a new version";
        EF_PUBLISHED: "Đã công bố phiên bản mới của biểu mẫu." / "New form version published.";
        EF_STALE: "Biểu mẫu vừa được người khác công bố nên chưa công bố nội dung của bạn; nội dung đó vẫn ở dưới đây." / "Someone else published the form meanwhile, so yours was not; it is still below.";
        EB_LINK: "Sửa từng trường (trình tạo biểu mẫu)" / "Edit field by field (form builder)";
        EB_TITLE: "Trình tạo biểu mẫu" / "Form builder";
        EB_LEAD: "Thêm, sửa, sắp xếp các phần và trường của tờ khai. Thay đổi nằm trong bản nháp của biểu mẫu; người dân chỉ thấy sau khi bạn kiểm tra và công bố." / "Add, change and order the sections and fields of the declaration. Changes stay in the form's draft; people see them only once you check and publish it.";
        EB_BACK: "Về trang biểu mẫu" / "Back to the e-form";
        EB_NO_DRAFT: "Chưa có bản nháp: thay đổi đầu tiên mở một bản nháp từ biểu mẫu đang dùng." / "No draft yet: the first change opens one from the form in use.";
        EB_DRAFT: "Bản nháp đang mở, lần sửa" / "Draft open, change";
        EB_SAVED: "Đã lưu vào bản nháp." / "Saved in the draft.";
        EB_DISCARDED: "Đã bỏ bản nháp; biểu mẫu đang dùng không đổi." / "Draft thrown away; the form in use is unchanged.";
        EB_STALE: "Bản nháp vừa được người khác thay đổi nên chưa làm gì. Đây là bản nháp hiện tại; hãy thử lại." / "Someone else changed the draft meanwhile, so nothing was done. This is the draft now; try again.";
        EB_COUNTS: "Phí được tính theo các trường số sau; biểu mẫu phải có chúng:" / "Fees are counted from these number fields; the form must have them:";
        EB_HEADING: "Thông tin chung" / "About the form";
        EB_FORM_TITLE: "Tên tờ khai" / "Title of the declaration";
        EB_REPLACES: "Tờ khai này thay cho giấy tờ" / "This declaration stands for the document";
        EB_REPLACES_NONE: "Không thay giấy tờ nào" / "No document";
        EB_SAVE: "Lưu" / "Save";
        EB_SECTIONS: "Các phần và trường" / "Sections and fields";
        EB_SECTION: "Phần" / "Section";
        EB_SECTION_TITLE: "Tên phần" / "Section title";
        EB_RENAME: "Đổi tên phần" / "Rename the section";
        EB_UP: "Lên" / "Up";
        EB_DOWN: "Xuống" / "Down";
        EB_REMOVE: "Xóa" / "Remove";
        EB_EDIT: "Sửa" / "Edit";
        EB_EMPTY_SECTION: "Phần này chưa có trường." / "No field in this section yet.";
        EB_ADD_FIELD: "Thêm trường vào phần này" / "Add a field to this section";
        EB_ADD_MEMBER: "Thêm trường vào nhóm" / "Add a field to the group";
        EB_KIND: "Loại trường" / "Kind of field";
        EB_ADD: "Thêm" / "Add";
        EB_ADD_SECTION: "Thêm phần" / "Add a section";
        EB_RULES: "Quy tắc kiểm tra chéo" / "Cross-field rules";
        EB_RULES_LEAD: "Kiểm tra trên trình duyệt khi người dân khai và trên máy chủ khi nộp; lời nhắc nêu tên trường còn lại. Trường trong nhóm lặp lại được so trong cùng một dòng." / "Checked in the browser as people fill the form and on the server at submission; the message names the other field. Fields of a repeating group are compared within one row.";
        EB_NO_RULES: "Chưa có quy tắc nào." / "No rule yet.";
        EB_RULE_CHOOSE: "— Chọn trường —" / "— Choose a field —";
        EB_RULE_ORDER: "Hai ngày theo thứ tự" / "Two dates in order";
        EB_RULE_EARLIER: "Ngày trước" / "Earlier date";
        EB_RULE_LATER: "Ngày sau (không được sớm hơn ngày trước)" / "Later date (cannot be before the earlier one)";
        EB_RULE_ADD_ORDER: "Thêm quy tắc thứ tự ngày" / "Add a date-order rule";
        EB_RULE_WITH: "Bắt buộc khi trường khác đã khai" / "Required once another field is answered";
        EB_RULE_FIELD: "Trường phải khai" / "Field to require";
        EB_RULE_OTHER: "Khi trường này đã có giá trị" / "Once this field has a value";
        EB_RULE_ADD_WITH: "Thêm quy tắc bắt buộc kèm" / "Add a required-with rule";
        EB_REQUIRED: "bắt buộc" / "required";
        EB_SHOWN_WHEN: "hiện khi" / "shown when";
        EB_HAS_VALUE: "có giá trị" / "has a value";
        EB_PUBLISH: "Kiểm tra và công bố bản nháp" / "Check and publish the draft";
        EB_DISCARD: "Bỏ bản nháp" / "Throw the draft away";
        EB_NEW_FIELD: "Thêm trường" / "Add a field";
        EB_EDIT_FIELD: "Sửa trường" / "Edit the field";
        EB_CHANGE_KIND: "Đổi loại" / "Change the kind";
        EB_CHANGE_KIND_HINT: "Đổi loại trước khi điền: trang sẽ hiện những ô loại đó cần." / "Change the kind before filling in: the page then shows what that kind needs.";
        EB_KEY: "Tên trường (mã)" / "Field name (key)";
        EB_KEY_HINT: "Chữ thường không dấu, chữ số, gạch dưới; ví dụ so_trang. Dùng trong dữ liệu hồ sơ và để tính phí." / "Lower-case letters without accents, digits, underscores; e.g. so_trang. Used in the dossier's data and to count fees.";
        EB_LABEL: "Nhãn (người dân thấy)" / "Label (what people see)";
        EB_HELP: "Gợi ý, nếu có" / "Help, if any";
        EB_MANDATORY: "Bắt buộc điền" / "Must be filled in";
        EB_MAX_CHARS: "Số ký tự tối đa" / "Most characters";
        EB_MIN: "Nhỏ nhất, nếu có" / "Smallest, if any";
        EB_MAX: "Lớn nhất, nếu có" / "Largest, if any";
        EB_PAST_ONLY: "Không sau ngày hôm nay (ngày sinh, sự việc đã xảy ra)" / "Not after today (dates of birth, past events)";
        EB_OPTIONS: "Các lựa chọn, mỗi dòng một lựa chọn: “mã | nhãn” (hoặc chỉ nhãn)" / "Options, one a line: “value | label” (or just the label)";
        EB_MIN_ROWS: "Số dòng ít nhất" / "Fewest rows";
        EB_MAX_ROWS: "Số dòng nhiều nhất" / "Most rows";
        EB_DOCUMENT: "Giấy tờ được tải lên tại đây" / "Document uploaded here";
        EB_PREFILL: "Điền sẵn từ tài khoản" / "Prefilled from the account";
        EB_NO_PREFILL: "Không điền sẵn" / "Not prefilled";
        EB_CONDITION: "Chỉ hiện khi trường" / "Shown only when field";
        EB_ALWAYS: "Luôn hiện" / "Always shown";
        EB_EQUALS: "có giá trị (mã lựa chọn); để trống: khi có giá trị bất kỳ" / "has the value (option value); blank: when it has any value";
        EB_SAVE_FIELD: "Lưu trường vào bản nháp" / "Save the field in the draft";
        EB_IN_GROUP: "Trong nhóm" / "In the group";
        CI_LINK: "Nhập, xuất cả danh mục (quản trị hệ thống)" / "Import or export the whole catalog (system admin)";
        CI_TITLE: "Nhập danh mục thủ tục" / "Import the catalog";
        CI_LEAD: "Tệp danh mục: bảng tính XLSX hoặc CSV theo bố cục của Cơ sở dữ liệu quốc gia về thủ tục hành chính (mỗi dòng một phiên bản thủ tục), hoặc tệp JSON của cổng. Chạy thử trước để xem từng dòng; khi nhập, thủ tục mới được thêm, thủ tục thay đổi thành phiên bản mới có hiệu lực từ ngày của nó, thủ tục không đổi giữ nguyên. Có dòng lỗi thì không nhập gì." / "The catalog file: an XLSX or CSV spreadsheet in the layout of the national procedures database (one procedure version per row), or the portal's JSON file. Try it first to see each row; imported, new procedures are added, changed ones become new versions from their date, unchanged ones stay. If any row is refused nothing is imported.";
        CI_FILE: "Tệp danh mục (.xlsx, .csv hoặc .json)" / "Catalog file (.xlsx, .csv or .json)";
        CI_FILE_HINT: "Tối đa 20 MB. Dễ nhất là tải bảng tính hiện có về, sửa rồi nhập lại." / "At most 20 MB. The easiest way is to download the current spreadsheet, edit it and import it back.";
        CI_TRY: "Chạy thử (không thay đổi gì)" / "Try it (changes nothing)";
        CI_APPLY: "Nhập" / "Import";
        CI_EXPORT: "Tải về cả danh mục" / "Download the whole catalog";
        CI_EXPORT_XLSX: "Bảng tính Excel (.xlsx)" / "Excel spreadsheet (.xlsx)";
        CI_EXPORT_CSV: "CSV (UTF-8)" / "CSV (UTF-8)";
        CI_EXPORT_JSON: "JSON của cổng (kèm cơ quan, đơn vị hành chính)" / "The portal's JSON (with agencies and administrative units)";
        CI_GRAMMAR: "Cách ghi các ô của bảng tính" / "How the spreadsheet's cells are written";
        CI_GRAMMAR_LEAD: "Tìm cột theo tiêu đề ở dòng 1 (thứ tự tùy ý, cột lạ bỏ qua). Ô danh sách ghi mỗi mục một dòng; mục có nhiều phần ngăn bằng dấu |, phần có nhãn ghi “nhãn: giá trị”. Cơ quan ghi bằng mã định danh; ngày ghi dd/mm/yyyy. Ví dụ:" / "Columns are found by their header in row 1 (any order, unknown columns ignored). A list cell has one item per line; an item's parts are separated by |, a labelled part is written “label: value”. Agencies are given by their identifier; dates as dd/mm/yyyy. Examples:";
        CI_DRY_RUN: "Kết quả chạy thử: chưa thay đổi gì" / "Trial run: nothing changed";
        CI_APPLIED: "Đã nhập" / "Imported";
        CI_REFUSED: "Không nhập được: có dòng bị từ chối, chưa thay đổi gì" / "Not imported: some rows were refused, nothing changed";
        CI_UNREADABLE: "Không đọc được tệp" / "The file cannot be read";
        CI_NO_FILE: "Chưa chọn tệp." / "No file chosen.";
        CA_STALE_DRAFT: "Bản nháp vừa được người khác thay đổi nên chưa làm gì. Hãy xem lại nội dung dưới đây rồi thử lại." / "Someone else changed the draft meanwhile, so nothing was done. Check it below and try again.";
        CA_PROBLEMS: "Chưa lưu được vì" / "Not saved because";
        CA_REMOVE_ROW: "Xóa dòng này" / "Remove this row";
        CA_ROWS_HINT: "Điền vào dòng trống để thêm; đánh dấu “Xóa dòng này” để bỏ. Cần thêm dòng thì lưu rồi mở lại." / "Fill in a blank row to add one; tick “Remove this row” to drop one. Save and reopen for more blank rows.";
        CA_ROW: "Dòng" / "Row";
        CA_CASE_KEY: "Mã trường hợp (chữ thường không dấu, số, gạch dưới)" / "Case key (lower-case letters, digits, underscore)";
        CA_CASE_NAME: "Tên trường hợp" / "Case name";
        CA_DESCRIPTION: "Mô tả" / "Description";
        CA_CHANNEL: "Kênh nộp" / "Channel";
        CA_FOR_CASE: "Áp dụng cho trường hợp" / "Applies to case";
        CA_EVERY_CASE: "Mọi trường hợp" / "Every case";
        CA_TIME: "Thời hạn giải quyết" / "Time limit";
        CA_TIME_UNIT: "Đơn vị thời hạn" / "Time limit unit";
        CA_CUTOFF: "Giờ chốt nhận trong ngày (HH:MM), nếu có" / "Same-day cut-off (HH:MM), if any";
        CA_NOTE: "Ghi chú" / "Note";
        CA_FEES: "Phí, lệ phí" / "Fees and charges";
        CA_FEE_KIND: "Loại khoản thu" / "Kind";
        CA_FEE_LABEL: "Tên khoản thu" / "Name of the fee";
        CA_FEE_HOW: "Cách tính" / "How it is computed";
        CA_FEE_FLAT: "Một mức" / "One amount";
        CA_FEE_PER_UNIT: "Theo đơn vị (trang, bản…)" / "Per unit (page, copy…)";
        CA_FEE_AMOUNT: "Mức thu (đồng)" / "Amount (đồng)";
        CA_FEE_UNIT: "Đơn vị tính" / "Unit";
        CA_FEE_TIERS: "Bậc giá, dạng “từ đơn vị:đồng”, ví dụ 1:2000, 3:1000" / "Tiers as “from unit:đồng”, e.g. 1:2000, 3:1000";
        CA_FEE_CAP: "Mức tối đa (đồng), nếu có" / "Cap (đồng), if any";
        CA_FEE_EXEMPT: "Miễn, giảm" / "Exemptions";
        CA_FEE_BASIS: "Căn cứ thu" / "Legal basis of the fee";
        CA_FEE_ROW: "Khoản thu" / "Fee";
        CA_DOC_NAME: "Tên giấy tờ" / "Document";
        CA_ORIGINALS: "Số bản chính" / "Originals";
        CA_COPIES: "Số bản sao" / "Copies";
        CA_TEMPLATE: "Mẫu đơn, tờ khai" / "Form to fill in";
        CA_MANDATORY: "Bắt buộc" / "Required";
        CA_DOC_CONDITION: "Khi nào cần" / "When needed";
        CA_STEPS: "Trình tự thực hiện (mỗi bước một dòng)" / "Steps (one per line)";
        CA_CONDITIONS: "Yêu cầu, điều kiện (mỗi ý một dòng)" / "Requirements and conditions (one per line)";
        CA_LEGAL: "Căn cứ pháp lý (mỗi văn bản một dòng)" / "Legal bases (one per line)";
        CA_SUBJECTS: "Đối tượng thực hiện" / "Who may apply";
        CA_ONLINE_LEVEL: "Mức độ dịch vụ công trực tuyến" / "Online service level";
        CA_FULL_ONLINE: "Đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình" / "Eligible to be offered fully online";
        CA_FEE_DUE: "Thời điểm nộp phí, lệ phí" / "When fees are paid";
        CA_ALIASES: "Từ khóa tìm kiếm khác (mỗi từ một dòng)" / "Other search words (one per line)";
        CA_DECISION: "Quyết định công bố" / "Publication decision";
        CA_RESULT: "Kết quả thực hiện" / "Result";
        CA_RECEIVING: "Nơi tiếp nhận hồ sơ" / "Where dossiers are received";
        CA_RECEIVING_HINT: "Bộ phận Một cửa nhận hồ sơ của thủ tục, nơi đầu tiên nhận hồ sơ nộp trực tuyến. Để trống: bộ phận một cửa của cơ quan thực hiện." / "The one-stop units that receive its dossiers; the first receives those filed online. Blank: the implementing agency's own.";
        CA_RECEIVING_ROW: "Nơi tiếp nhận" / "Receiving unit";
        CA_NONE: "(không chọn)" / "(none)";
        CA_RETURNING: "Nơi trả kết quả" / "Where results are returned";
        CA_WHERE_RECEIVED: "Nơi đã tiếp nhận hồ sơ" / "Where the dossier was received";
        CA_CREATE_BUTTON: "Tạo bản nháp" / "Create the draft";
        CA_TOTAL: "thủ tục" / "procedures";
    }
}

pub fn fee_due_label(due: FeeDue, lang: Lang) -> &'static str {
    let text = match due {
        FeeDue::AtSubmission => {
            Text { vi: "Khi nộp hồ sơ (trước khi tiếp nhận)", en: "On filing (before reception)" }
        }
        FeeDue::BeforeResult => Text { vi: "Trước khi nhận kết quả", en: "Before the result is released" },
    };
    text.get(lang)
}

/// The message for a problem of a procedure document (import report, catalog editor).
pub fn catalog_problem_message(kind: &K, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
    match kind {
        K::Required => pick("Vui lòng nhập thông tin này.", "This is required."),
        K::TooLong { max } => pick(&format!("Tối đa {max} ký tự."), &format!("At most {max} characters.")),
        K::TooMany { max } => pick(&format!("Tối đa {max} mục."), &format!("At most {max} items.")),
        K::InvalidDate => pick("Ngày không hợp lệ (năm-tháng-ngày).", "Not a valid date (year-month-day)."),
        K::EndsBeforeStart => {
            pick("Ngày hết hiệu lực phải sau ngày có hiệu lực.", "The end date must follow the start date.")
        }
        K::DuplicateCase => pick("Mã trường hợp bị trùng.", "This case key is used twice."),
        K::UnknownCase { key } => pick(&format!("Không có trường hợp “{key}”."), &format!("There is no case “{key}”.")),
        K::InvalidCutoff => pick("Giờ phải có dạng HH:MM, ví dụ 15:00.", "The time must read HH:MM, e.g. 15:00."),
        K::OnlineMismatch => pick(
            "Mức độ trực tuyến và kênh nộp trực tuyến không khớp nhau.",
            "The online level and the online channel do not agree.",
        ),
        K::InvalidTiers => {
            pick("Các bậc phí phải bắt đầu từ đơn vị 1 và tăng dần.", "Fee tiers must start at unit 1 and rise.")
        }
        K::NotANumber => pick("Vui lòng nhập một số nguyên.", "Please enter a whole number."),
        K::NotAnOption => pick("Vui lòng chọn một mục trong danh sách.", "Please choose from the list."),
        K::CodeTaken => pick("Đã có thủ tục với mã này.", "A procedure with this code exists already."),
        K::AlreadyEnds { on } => pick(
            &format!("Phiên bản hiện tại đã hết hiệu lực từ ngày {on}."),
            &format!("The current version already ends on {on}."),
        ),
        K::WorkflowShape => pick(
            "Quy trình gồm: tiếp nhận, một hoặc nhiều bước xử lý, phê duyệt, trả kết quả, theo đúng thứ tự đó.",
            "A workflow is reception, one or more processing steps, approval, then the result, in that order.",
        ),
        K::OnlyProcessingElsewhere => pick(
            "Chỉ bước xử lý mới có thể do cơ quan khác thực hiện (liên thông).",
            "Only a processing step may be done by another agency.",
        ),
        K::UnknownUnit { code } => pick(
            &format!("Cơ quan thực hiện bước này không có đơn vị mã “{code}”."),
            &format!("The agency doing this step has no unit with code “{code}”."),
        ),
        K::OverLegalLimit { planned, legal } => pick(
            &format!(
                "Tổng thời gian các bước vượt thời hạn giải quyết: bắt đầu sáng thứ Hai thì các bước xong lúc {planned}, còn thời hạn là {legal}."
            ),
            &format!(
                "The steps take longer than the time limit: started on a Monday morning they end at {planned}, the limit is {legal}."
            ),
        ),
        K::InThePast => pick("Chọn hôm nay hoặc một ngày sau.", "Choose today or a later day."),
        K::BadFieldKey => pick(
            "Tên trường chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (ví dụ so_trang).",
            "A field name has lower-case letters without accents, digits and underscores, starting with a letter (e.g. so_trang).",
        ),
        K::BadCode => pick(
            "Mã thủ tục gồm một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001234.",
            "A procedure code is one digit, a dot and six digits, e.g. 1.001234.",
        ),
        K::UnknownField { code } => {
            pick(&format!("Không có lĩnh vực mã “{code}”."), &format!("There is no field with code “{code}”."))
        }
        K::UnknownAgency { code } => {
            pick(&format!("Không có cơ quan mã “{code}”."), &format!("There is no agency with code “{code}”."))
        }
        K::NotAfterCurrent { current } => pick(
            &format!("Phiên bản mới phải có hiệu lực sau ngày {current} của phiên bản hiện tại."),
            &format!("A new version must take effect after {current}, the current version's date."),
        ),
        K::Duplicate => pick("Mục này bị lặp lại.", "This is listed twice."),
        K::GroupInGroup => {
            pick("Nhóm lặp lại không thể chứa một nhóm khác.", "A repeating group cannot hold another group.")
        }
        K::BadRule => pick(
            "Quy tắc cần hai trường khác nhau, cùng nằm ngoài nhóm hoặc cùng một nhóm lặp lại; thứ tự ngày chỉ so hai trường ngày; không dùng nhóm hay giấy tờ.",
            "A rule needs two different fields, both outside groups or in the same repeating group; a date order compares two date fields; no groups or documents.",
        ),
        K::UsedByRule => pick(
            "Một quy tắc kiểm tra chéo dùng trường này như hiện nay: xóa quy tắc đó trước khi đổi loại trường.",
            "A cross-field rule uses this field as it is: remove that rule before changing the field's kind.",
        ),
        K::DuplicateFieldKey => pick("Đã có trường khác dùng tên này.", "Another field has this name."),
        K::NotEmpty => pick(
            "Vẫn còn trường bên trong: chuyển hoặc xóa chúng trước.",
            "It still holds fields: move or remove them first.",
        ),
        K::InUse { by } => pick(
            &format!("Trường “{by}” chỉ hiện theo trường này: sửa điều kiện của nó trước."),
            &format!("Field “{by}” is shown depending on this one: change its condition first."),
        ),
        K::InvalidRange => pick(
            "Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất (và lớn nhất phải lớn hơn 0).",
            "The smallest must not exceed the largest (and the largest must be above 0).",
        ),
        K::BadOption { line } => pick(
            &format!("Dòng “{line}” thiếu mã hoặc nhãn, hoặc trùng mã với dòng khác."),
            &format!("Line “{line}” lacks a value or label, or repeats another line's value."),
        ),
        K::PublishedSince { version } => pick(
            &format!(
                "Phiên bản {version} của biểu mẫu được công bố sau khi bản nháp này bắt đầu: hãy bỏ bản nháp rồi làm lại từ phiên bản đó."
            ),
            &format!(
                "Version {version} of the form was published after this draft began: throw the draft away and start again from it."
            ),
        ),
        K::EmptyForm => pick("Biểu mẫu chưa có trường nào.", "The form has no field yet."),
        K::MissingCountField { key } => pick(
            &format!("Phí được tính theo trường “{key}”: biểu mẫu phải có trường số này."),
            &format!("A fee is counted from field “{key}”: the form must ask it as a number."),
        ),
        K::UnknownPart { part } => pick(
            &format!("Không rõ phần “{part}” (xem hướng dẫn cách ghi từng ô)."),
            &format!("Unknown part “{part}” (see how each cell is written)."),
        ),
        K::UnknownChannel => pick(
            "Thủ tục không có cách thức thực hiện nào cho hình thức và trường hợp này.",
            "The procedure has no channel offer for this channel and case.",
        ),
        K::Unreadable { reason } => pick(&format!("Không đọc được: {reason}"), &format!("Cannot be read: {reason}")),
    }
}

/// A field kind's name (`shared::eform::builder::field_form::KINDS`).
pub fn field_kind_label(code: &str, lang: Lang) -> &'static str {
    let text = match code {
        "text" => Text { vi: "Chữ, một dòng", en: "Text, one line" },
        "long_text" => Text { vi: "Đoạn văn", en: "Paragraph" },
        "number" => Text { vi: "Số nguyên", en: "Whole number" },
        "money" => Text { vi: "Số tiền (đồng)", en: "Amount (đồng)" },
        "date" => Text { vi: "Ngày", en: "Date" },
        "select" => Text { vi: "Chọn trong danh sách", en: "Choice from a list" },
        "radio" => Text { vi: "Chọn một (nút chọn)", en: "One choice (radio buttons)" },
        "checkbox" => Text { vi: "Ô đánh dấu", en: "Checkbox" },
        "citizen_id" => Text { vi: "Số định danh cá nhân", en: "Personal ID number" },
        "tax_code" => Text { vi: "Mã số thuế", en: "Tax code" },
        "phone" => Text { vi: "Số điện thoại", en: "Phone number" },
        "email" => Text { vi: "Thư điện tử", en: "E-mail address" },
        "admin_unit" => Text { vi: "Đơn vị hành chính", en: "Administrative unit" },
        "group" => Text { vi: "Nhóm lặp lại (nhiều dòng)", en: "Repeating group (rows)" },
        "document" => Text { vi: "Chỗ tải giấy tờ lên", en: "Document upload slot" },
        _ => Text { vi: "Không rõ", en: "Unknown" },
    };
    text.get(lang)
}

/// Where a field is prefilled from.
pub fn prefill_label(prefill: shared::eform::Prefill, lang: Lang) -> &'static str {
    use shared::eform::Prefill as P;
    let text = match prefill {
        P::FullName => Text { vi: "Họ và tên", en: "Full name" },
        P::CitizenId => Text { vi: "Số định danh cá nhân", en: "Personal ID number" },
        P::BirthDate => Text { vi: "Ngày sinh", en: "Date of birth" },
        P::Phone => Text { vi: "Số điện thoại", en: "Phone number" },
        P::Email => Text { vi: "Thư điện tử", en: "E-mail address" },
        P::Address => Text {
            vi: "Địa chỉ người nộp (in trên giấy tiếp nhận)",
            en: "Applicant's address (printed on the receipt)",
        },
    };
    text.get(lang)
}
