//! Bulk work on the queue: the report of what a bulk action did (above the table) and the
//! actions offered for the dossiers ticked (below it). The table's checkboxes and these buttons
//! are one plain form (`POST /can-bo/hang-loat`), so it works without JavaScript.

use crate::api::backoffice::BulkReport;
use crate::components::notice::set_page_status;
use crate::i18n::{Lang, t};
use crate::request::CsrfInput;
use leptos::prelude::*;

/// The form the table's checkboxes belong to.
pub const FORM: &str = "hang-loat";

/// What the last bulk action did, line by line, or why it did nothing.
pub fn report(report: BulkReport, lang: Lang) -> impl IntoView {
    if let Some(problem) = report.problem {
        set_page_status(422);
        return view! {
            <div class="notice notice-error" role="alert" tabindex="-1" autofocus=true>
                <h2>{t::BULK_PROBLEM.get(lang)}</h2>
                <p><a href="#chon-ho-so">{problem}</a></p>
            </div>
        }
        .into_any();
    }
    let done = report.lines.iter().filter(|l| l.done).count();
    let failed = report.lines.len() - done;
    let summary =
        t::BULK_SUMMARY.get(lang).replace("{done}", &done.to_string()).replace("{failed}", &failed.to_string());
    let role = if failed > 0 { "alert" } else { "status" };
    let lines = report
        .lines
        .into_iter()
        .map(|l| {
            let outcome = if l.done { t::BULK_DONE.get(lang) } else { t::BULK_NOT_DONE.get(lang) };
            view! { <tr><td>{l.dossier}</td><td>{outcome}</td><td>{l.reason.unwrap_or_default()}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="ket-qua-hang-loat">
            <h2 id="ket-qua-hang-loat">{t::BULK_REPORT.get(lang)}</h2>
            <p role=role>{summary}</p>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{t::DOSSIER_CODE.get(lang)}</th>
                        <th scope="col">{t::STATUS.get(lang)}</th>
                        <th scope="col">{t::BULK_WHY.get(lang)}</th>
                    </tr></thead>
                    <tbody>{lines}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

/// What the officer may do with the dossiers ticked, besides messaging them.
pub struct Offered {
    /// Reception: receive them.
    pub receive: bool,
    /// A unit head: give them to one of these specialists (id, name).
    pub specialists: Vec<(i64, String)>,
    /// Print their register lines (Mẫu 07).
    pub register: bool,
}

/// The actions for the dossiers ticked: receive them (reception), give them to a specialist (unit
/// heads), print their receipts or register lines (a PDF in a new tab), send each the same message.
pub fn actions(offered: Offered, key: String, text: String, lang: Lang) -> impl IntoView {
    let Offered { receive: can_receive, specialists, register } = offered;
    let assign = (!specialists.is_empty()).then(|| {
        let options = specialists
            .into_iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for="chuyen-vien-hang-loat">{t::BULK_ASSIGN_TO.get(lang)}</label>
                <select id="chuyen-vien-hang-loat" name="chuyen_vien">
                    <option value="">{t::BULK_ASSIGN_PICK.get(lang)}</option>
                    {options}
                </select>
            </div>
            <p><button type="submit" name="hanh_dong" value="phan_cong">{t::BULK_ASSIGN.get(lang)}</button></p>
        }
    });
    let prints = view! {
        <p class="hint" id="in-hang-loat-goi-y">{t::BULK_PRINT_HINT.get(lang)}</p>
        <p class="actions">
            <button type="submit" name="hanh_dong" value="in_bien_nhan" class="secondary" formtarget="_blank"
                aria-describedby="in-hang-loat-goi-y">{t::BULK_PRINT_RECEIPTS.get(lang)}</button>
            {register.then(|| view! {
                " "<button type="submit" name="hanh_dong" value="in_so" class="secondary" formtarget="_blank"
                    aria-describedby="in-hang-loat-goi-y">{t::BULK_PRINT_REGISTER.get(lang)}</button>
            })}
        </p>
    };
    view! {
        <fieldset class="card bulk" id="chon-ho-so">
            <legend>{t::BULK_TITLE.get(lang)}</legend>
            <p class="hint">{t::BULK_LEAD.get(lang)}</p>
            <CsrfInput/>
            <input type="hidden" name="ma_gui" value=key/>
            {can_receive.then(|| view! {
                <p><button type="submit" name="hanh_dong" value="tiep_nhan">{t::BULK_RECEIVE.get(lang)}</button></p>
            })}
            {assign}
            {prints}
            <div class="field">
                <label for="tin-nhan-hang-loat">{t::BULK_MESSAGE.get(lang)}</label>
                <textarea id="tin-nhan-hang-loat" name="noi_dung" rows="3" maxlength=shared::conversation::MAX_TEXT.to_string()>{text}</textarea>
            </div>
            <button type="submit" name="hanh_dong" value="gui_tin_nhan" class="secondary">{t::BULK_SEND.get(lang)}</button>
        </fieldset>
    }
}
