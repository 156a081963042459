//! `/quan-tri/thu-tuc/nhap`: the system admin imports a catalog file (an XLSX or CSV spreadsheet
//! in the national database's layout, or the portal's JSON, as `portal catalog export` and
//! `/quan-tri/thu-tuc/xuat` write them): a dry run first, reporting every row's problems (row,
//! column, reason), then the import itself, all or nothing. A plain upload form.

use crate::api::catalog_admin::load_catalog_import;
use crate::components::notice::{Denied, Unavailable, set_page_status};
use crate::forms::{Posted, posted};
use crate::i18n::{t, use_lang};
use crate::request::CsrfInput;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CatalogImportPage() -> impl IntoView {
    let lang = use_lang();
    let allowed = Resource::new(|| (), |_| load_catalog_import());
    let posted = posted();
    view! {
        <Title text=t::CI_TITLE.get(lang)/>
        <h1>{t::CI_TITLE.get(lang)}</h1>
        <p><a href="/quan-tri/thu-tuc">{t::CA_BACK_LIST.get(lang)}</a></p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match allowed.await {
                    Ok(Ok(())) => {}
                    Ok(Err(denial)) => return view! { <Denied denial/> }.into_any(),
                    Err(_) => return view! { <Unavailable/> }.into_any(),
                }
                let report = match posted.await {
                    Posted::CatalogImport { lines, applied, refused } => Some((lines, applied, refused)),
                    _ => None,
                };
                if report.as_ref().is_some_and(|r| r.2) {
                    set_page_status(422);
                }
                view! {
                    <p class="lead">{t::CI_LEAD.get(lang)}</p>
                    {report.map(|(lines, applied, refused)| {
                        let heading = if refused {
                            t::CI_REFUSED.get(lang)
                        } else if applied {
                            t::CI_APPLIED.get(lang)
                        } else {
                            t::CI_DRY_RUN.get(lang)
                        };
                        let role = if refused { "alert" } else { "status" };
                        let class = if refused { "notice notice-error" } else { "notice" };
                        view! {
                            <div class=class role=role>
                                <h2>{heading}</h2>
                                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            </div>
                        }
                    })}
                    <form method="post" action="/quan-tri/thu-tuc/nhap" enctype="multipart/form-data" class="stack card">
                        <CsrfInput/>
                        <div class="field">
                            <label for="tep">{t::CI_FILE.get(lang)}</label>
                            <p class="hint" id="tep-goi-y">{t::CI_FILE_HINT.get(lang)}</p>
                            <input id="tep" name="tep" type="file" accept=".xlsx,.csv,.json" required aria-describedby="tep-goi-y"/>
                        </div>
                        <div class="actions">
                            <button type="submit" name="hanh_dong" value="thu">{t::CI_TRY.get(lang)}</button>
                            <button type="submit" name="hanh_dong" value="nhap" class="secondary">{t::CI_APPLY.get(lang)}</button>
                        </div>
                    </form>
                    <h2>{t::CI_EXPORT.get(lang)}</h2>
                    <ul>
                        <li><a href="/quan-tri/thu-tuc/xuat?dinh_dang=xlsx" download>{t::CI_EXPORT_XLSX.get(lang)}</a></li>
                        <li><a href="/quan-tri/thu-tuc/xuat?dinh_dang=csv" download>{t::CI_EXPORT_CSV.get(lang)}</a></li>
                        <li><a href="/quan-tri/thu-tuc/xuat?dinh_dang=json" download>{t::CI_EXPORT_JSON.get(lang)}</a></li>
                    </ul>
                    <details>
                        <summary>{t::CI_GRAMMAR.get(lang)}</summary>
                        <p>{t::CI_GRAMMAR_LEAD.get(lang)}</p>
                        <dl class="grammar">
                            {GRAMMAR.iter().map(|(column, example)| view! { <dt>{*column}</dt><dd><code>{*example}</code></dd> }).collect_view()}
                        </dl>
                    </details>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// An example line of each list column (the grammar is Vietnamese, as the national database's).
const GRAMMAR: [(&str, &str); 6] = [
    ("Trường hợp", "phuc_tap | tên: Trường hợp phải xác minh | mô tả: …"),
    ("Cách thức thực hiện", "Trực tuyến | thời hạn: 15 ngày làm việc | trường hợp: phuc_tap | nhận trước: 15:00"),
    ("Phí, lệ phí", "Trực tuyến | trường hợp: phuc_tap | loại: Lệ phí | tên: Lệ phí cấp | mức: 200.000 đồng"),
    (
        "Phí, lệ phí",
        "Trực tiếp | loại: Phí | tên: Phí chứng thực | đơn vị: trang | bậc: 1:2000, 3:1000 | tối đa: 200.000 đồng | đếm theo: so_trang",
    ),
    ("Thành phần hồ sơ", "Tờ khai | bản chính: 1 | bản sao: 0 | mẫu: Mẫu 01 | trường hợp: phuc_tap | không bắt buộc"),
    ("Đối tượng thực hiện", "Công dân Việt Nam; Người nước ngoài; Tổ chức, doanh nghiệp"),
];
