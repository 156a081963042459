//! The forms written while a dossier is processed (Circular 03/2025, Appendix I): Mẫu 04, the
//! apology with a new appointment, sent to the applicant once a leader approved it; Mẫu 05, the
//! notice that processing stopped, with the step it had reached and the reason; Mẫu 06, the
//! processing-control sheet, one row per stay at a workflow step with its timeliness.

use super::pdf::{Line, Sheet};
use super::{COUNTER, heading, lookup_link, pdf_bytes};
use crate::db::schema::{accounts, dossier_events};
use crate::db::{DbConn, DbError};
use crate::services::dossier::handovers;
use crate::services::dossier::notices::{Apology, approved_apology};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::access::{Action, Actor, decide};
use shared::deadline::{Timeliness, classify};
use shared::dossier::{Move, Status};
use shared::time::formal;

/// What every letter names: code, procedure, agency, owner, received at.
struct Dossier {
    code: String,
    procedure: String,
    agency: String,
    owner: String,
    phone: Option<String>,
    received: Option<NaiveDateTime>,
}

/// The dossier if `actor` may see it (`officers_only`: and is an officer).
fn visible(conn: &mut DbConn, actor: &Actor, id: i64, officers_only: bool) -> Result<Option<Dossier>, DbError> {
    let Some(found) = crate::services::dossier::scope::scoped(conn, id)? else { return Ok(None) };
    let officer_sees = matches!(actor, Actor::Officer { .. })
        && (decide(actor, Action::ViewDossier(found.scope)).is_ok()
            || decide(actor, Action::ReceiveDossier(found.scope)).is_ok());
    let may = if officers_only {
        officer_sees
    } else {
        officer_sees || decide(actor, Action::ViewDossier(found.scope)).is_ok()
    };
    if !may {
        return Ok(None);
    }
    let h = crate::services::dossier::header::header(conn, id)?;
    Ok(h.code.map(|code| Dossier {
        code,
        procedure: h.procedure,
        agency: h.agency,
        owner: h.owner,
        phone: h.owner_phone,
        received: h.received_at,
    }))
}

fn name_of(conn: &mut DbConn, account: Option<i64>) -> Result<String, DbError> {
    let Some(account) = account else { return Ok(String::new()) };
    Ok(accounts::table
        .filter(accounts::id.eq(account))
        .select(accounts::full_name)
        .first(conn)
        .optional()?
        .unwrap_or_default())
}

/// Mẫu 04, once approved: for the applicant and the officers who see the dossier.
pub fn apology_letter(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let Some(Apology { reason, old_due, new_due, approved_by, approved_at }) = approved_apology(conn, id)? else {
        return Ok(None);
    };
    let leader = name_of(conn, approved_by)?;
    let mut lines = heading(&d.agency, "");
    lines.extend([
        Line::new("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ", true, 14.0),
        Line::new(format!("Mã hồ sơ: {}", d.code), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(format!("Kính gửi: {}", d.owner), false, 11.0),
    ]);
    if let Some(phone) = &d.phone {
        lines.push(Line::new(format!("Số điện thoại: {phone}"), false, 11.0));
    }
    if let Some(received) = d.received {
        lines.push(Line::new(
            format!(
                "Ngày {}, {} tiếp nhận hồ sơ mã số {} về việc: {}.",
                formal(received),
                d.agency,
                d.code,
                d.procedure
            ),
            false,
            11.0,
        ));
    }
    lines.extend([
        Line::new(
            format!("Thời hạn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: {}.", formal(old_due)),
            false,
            11.0,
        ),
        Line::new("Đến nay cơ quan chưa thể trả kết quả đúng hẹn.", false, 11.0),
        Line::new(format!("Lý do: {reason}"), false, 11.0),
        Line::new(
            format!(
                "{} trân trọng xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào: {}.",
                d.agency,
                formal(new_due)
            ),
            true,
            11.0,
        ),
        Line::new("", false, 8.0),
        Line::new(format!("Ngày ký: {}", formal(approved_at)), false, 11.0),
        Line::new("THỦ TRƯỞNG CƠ QUAN", true, 11.0),
        Line::new(leader, false, 11.0),
    ]);
    let sheet =
        Sheet { title: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

/// Mẫu 05, for a stopped dossier: for the applicant and the officers who see it.
pub fn stop_notice(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let event: Option<(NaiveDateTime, Option<String>, Option<i64>)> = dossier_events::table
        .filter(dossier_events::dossier_id.eq(id))
        .filter(dossier_events::to_status.eq(Status::Stopped.code()))
        .order(dossier_events::id.desc())
        .select((dossier_events::at, dossier_events::note, dossier_events::actor_account_id))
        .first(conn)
        .optional()?;
    let Some((when, reason, by)) = event else { return Ok(None) };
    let stage = handovers::tasks(conn, id)?.into_iter().rev().find(|t| t.outcome == Some(Move::Stop));
    let leader = name_of(conn, by)?;
    let mut lines = heading(&d.agency, "");
    lines.extend([
        Line::new("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", true, 14.0),
        Line::new(format!("Mã hồ sơ: {}", d.code), true, 11.0),
        Line::new("", false, 6.0),
        Line::new(format!("Kính gửi: {}", d.owner), false, 11.0),
        Line::new(format!("Hồ sơ đề nghị giải quyết: {}", d.procedure), false, 11.0),
    ]);
    if let Some(received) = d.received {
        lines.push(Line::new(format!("Thời gian tiếp nhận: {}", formal(received)), false, 11.0));
    }
    if let Some(stage) = stage {
        let place = stage.unit_name.map(|u| format!("{} — {u}", stage.agency_name)).unwrap_or(stage.agency_name);
        lines.push(Line::new(format!("Hồ sơ đang ở bước: {} ({place})", stage.step_name), false, 11.0));
    }
    lines.extend([
        Line::new(format!("Cơ quan quyết định dừng giải quyết hồ sơ từ {}.", formal(when)), true, 11.0),
        Line::new(format!("Lý do: {}", reason.unwrap_or_default()), false, 11.0),
        Line::new("Phí, lệ phí đã nộp (nếu có) được xử lý, hoàn trả theo quy định.", false, 11.0),
        Line::new("", false, 8.0),
        Line::new("NGƯỜI CÓ THẨM QUYỀN", true, 11.0),
        Line::new(leader, false, 11.0),
    ]);
    let sheet = Sheet { title: "Thông báo dừng giải quyết hồ sơ", landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

fn outcome_label(outcome: Option<Move>) -> &'static str {
    match outcome {
        None => "Đang xử lý",
        Some(Move::StartProcessing) => "Chuyển xử lý",
        Some(Move::Propose) => "Hoàn thành, chuyển bước sau",
        Some(Move::SendBack) => "Trả lại bước trước",
        Some(Move::Finish) => "Phê duyệt",
        Some(Move::Reject) => "Từ chối giải quyết",
        Some(Move::RequestSupplement) => "Yêu cầu bổ sung",
        Some(Move::ReturnResult) => "Đã trả kết quả",
        Some(Move::Stop) => "Dừng xử lý",
        Some(Move::Withdraw) => "Công dân rút hồ sơ",
        Some(Move::Submit | Move::Receive | Move::Supplement | Move::Refuse) => "Chuyển tiếp",
    }
}

pub fn timeliness_label(t: Timeliness) -> &'static str {
    match t {
        Timeliness::Early => "Trước hạn",
        Timeliness::OnTime => "Đúng hạn",
        Timeliness::Late => "Trễ hạn",
    }
}

/// Mẫu 06, the processing-control sheet: for the officers who see the dossier.
pub fn control_sheet(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    let Some(d) = visible(conn, actor, id, true)? else { return Ok(None) };
    let tasks = handovers::tasks(conn, id)?;
    if tasks.is_empty() {
        return Ok(None);
    }
    let widths = [0.30, 0.38, 0.14, 0.18];
    let mut lines = heading(&d.agency, COUNTER);
    lines.extend([
        Line::new("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", true, 14.0),
        Line::new(format!("Mã hồ sơ: {}", d.code), true, 11.0),
        Line::new(format!("Người nộp / chủ hồ sơ: {}", d.owner), false, 11.0),
        Line::new(format!("Thủ tục: {}", d.procedure), false, 11.0),
        Line::new("", false, 6.0),
        Line::row(&["TÊN CƠ QUAN, ĐƠN VỊ", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ", "GHI CHÚ"], &widths, true, 9.0),
    ]);
    for t in tasks {
        let place = match &t.unit_name {
            Some(u) => format!("{} — {u}: {}", t.agency_name, t.step_name),
            None => format!("{}: {}", t.agency_name, t.step_name),
        };
        let mut times =
            format!("1. Giao: {}, người giao: {}.", formal(t.started_at), t.handed_by.as_deref().unwrap_or("hệ thống"));
        times.push_str(&format!(" 2. Nhận: {}.", t.assignee.as_deref().or(t.finished_by.as_deref()).unwrap_or("—")));
        if let Some(due) = t.due_at {
            times.push_str(&format!(" Hạn: {}.", formal(due)));
        }
        if let Some(done) = t.finished_at {
            times.push_str(&format!(" Chuyển đi: {}.", formal(done)));
        }
        let result = match (t.finished_at, t.due_at) {
            (Some(done), Some(due)) => timeliness_label(classify(done, due)),
            (Some(_), None) => "Không quy định hạn bước",
            (None, _) => "Đang xử lý",
        };
        lines.push(Line::row(&[&place, &times, result, outcome_label(t.outcome)], &widths, false, 9.0));
    }
    let sheet = Sheet { title: "Phiếu kiểm soát quá trình giải quyết hồ sơ", landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&lookup_link(base, &d.code)))?))
}

/// The cover page of an issued result: which files were issued, their SHA-256, and a QR code to
/// the public check (`/xac-thuc/{code}`). For whoever may see the dossier.
pub fn result_cover(conn: &mut DbConn, actor: &Actor, id: i64, base: &url::Url) -> Result<Option<Vec<u8>>, DbError> {
    use crate::db::schema::{dossier_documents, stored_files};
    let Some(d) = visible(conn, actor, id, false)? else { return Ok(None) };
    let files: Vec<(String, String, NaiveDateTime)> = dossier_documents::table
        .inner_join(stored_files::table)
        .filter(dossier_documents::dossier_id.eq(id))
        .filter(dossier_documents::requirement.eq(crate::services::dossier::documents::RESULT_REQUIREMENT))
        .order(dossier_documents::id)
        .select((stored_files::display_name, stored_files::sha256, dossier_documents::added_at))
        .load(conn)?;
    if files.is_empty() {
        return Ok(None);
    }
    let check = base.join(&format!("/xac-thuc/{}", d.code)).map(|u| u.to_string()).unwrap_or_default();
    let mut lines = heading(&d.agency, "");
    lines.extend([
        Line::new("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", true, 14.0),
        Line::new(format!("Mã hồ sơ: {}", d.code), true, 11.0),
        Line::new(format!("Thủ tục: {}", d.procedure), false, 11.0),
        Line::new(format!("Người nhận kết quả: {}", d.owner), false, 11.0),
        Line::new("", false, 6.0),
    ]);
    // Each hash on a line of its own, so that it is printed (and read back) unbroken.
    for (name, sha, added) in &files {
        lines.push(Line::new(format!("Tệp kết quả: {name} (cấp {})", formal(*added)), true, 10.0));
        lines.push(Line::new(format!("SHA-256: {sha}"), false, 8.0));
    }
    lines.extend([
        Line::new("", false, 6.0),
        Line::new("Quét mã QR hoặc vào địa chỉ dưới đây để kiểm tra một tệp có đúng là kết quả đã cấp:", false, 10.0),
        Line::new(check.clone(), false, 10.0),
    ]);
    let sheet = Sheet { title: "Kết quả giải quyết thủ tục hành chính", landscape: false };
    Ok(Some(pdf_bytes(sheet, &lines, Some(&check))?))
}
