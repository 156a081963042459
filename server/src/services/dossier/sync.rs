//! The dossier's side of the national portal's sync: each status change writes, in its own
//! transaction, one `sync_events` row holding the record the national portal is told (so the
//! record is what the dossier was at that change, whatever happens later) and marks the dossier
//! as having a change to deliver. Delivery is `services::national_sync`.

use crate::db::schema::{agencies, dossier_documents, dossiers, procedures, sync_events};
use crate::db::{DbConn, DbError};
use crate::services::dossier::documents::RESULT_REQUIREMENT;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use shared::dossier::{Status, SyncRecord, SyncState, sync_time};
use shared::time::local;

/// The path under which an electronic result is verified; the sender makes it absolute.
pub fn result_path(code: &str) -> String {
    format!("/xac-thuc/{code}")
}

/// Writes the record of dossier `id` as it is now, having just moved to `status`.
pub fn enqueue(conn: &mut DbConn, id: i64, status: Status, now: NaiveDateTime) -> Result<(), DbError> {
    let record = record_of(conn, id, status)?;
    let payload = serde_json::to_string(&record).map_err(|e| crate::db::decode(format!("sync record: {e}")))?;
    diesel::insert_into(sync_events::table)
        .values((
            sync_events::dossier_id.eq(id),
            sync_events::status.eq(status.code()),
            sync_events::payload.eq(payload),
            sync_events::created_at.eq(now),
            sync_events::next_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(dossiers::table.filter(dossiers::id.eq(id)))
        .set(dossiers::sync_state.eq(SyncState::Pending.code()))
        .execute(conn)?;
    Ok(())
}

#[derive(Queryable)]
struct Facts {
    code: Option<String>,
    procedure: String,
    agency: String,
    channel: i32,
    owner: String,
    owner_id: Option<String>,
    submitted: Option<NaiveDateTime>,
    received: Option<NaiveDateTime>,
    due: Option<NaiveDateTime>,
    finished: Option<NaiveDateTime>,
    returned: Option<NaiveDateTime>,
    return_channel: i32,
    fee: i64,
    paid_online: i32,
    vneid: bool,
    supplements: i32,
}

/// The national record of dossier `id` with status `status`.
pub fn record_of(conn: &mut DbConn, id: i64, status: Status) -> Result<SyncRecord, DbError> {
    let f: Facts = dossiers::table
        .inner_join(procedures::table)
        .inner_join(agencies::table.on(agencies::id.eq(dossiers::agency_id)))
        .filter(dossiers::id.eq(id))
        .select((
            dossiers::code,
            procedures::code,
            agencies::code,
            dossiers::channel,
            dossiers::owner_name,
            dossiers::owner_id_number,
            dossiers::submitted_at,
            dossiers::received_at,
            dossiers::due_at,
            dossiers::finished_at,
            dossiers::returned_at,
            dossiers::return_channel,
            dossiers::fee_amount,
            dossiers::paid_online,
            dossiers::identity_verified,
            dossiers::supplement_requests,
        ))
        .first(conn)?;
    let documents: Vec<(i32, bool)> = dossier_documents::table
        .filter(dossier_documents::dossier_id.eq(id))
        .select((dossier_documents::requirement, dossier_documents::reused))
        .load(conn)?;
    let flag = |b: bool| i32::from(b);
    let time = |t: Option<NaiveDateTime>| t.map(|t| sync_time(local(t)));
    let code = f.code.unwrap_or_default();
    let has_result = documents.iter().any(|(r, _)| *r == RESULT_REQUIREMENT);
    Ok(SyncRecord {
        duong_dan_tep_tin_ket_qua: has_result.then(|| result_path(&code)),
        ma_ho_so: code,
        ma_tthc: f.procedure,
        ma_co_quan: f.agency,
        trang_thai_ho_so: status.code().to_owned(),
        kenh_thuc_hien: f.channel,
        chu_ho_so: f.owner,
        so_giay_to_chu_ho_so: f.owner_id,
        ngay_nop_ho_so: time(f.submitted),
        ngay_tiep_nhan: time(f.received),
        ngay_hen_tra: time(f.due),
        ngay_ket_thuc_xu_ly: time(f.finished),
        ngay_tra_ket_qua: time(f.returned),
        hinh_thuc_tra_ket_qua: f.return_channel,
        phi_le_phi: f.fee,
        duoc_thanh_toan_truc_tuyen: f.paid_online,
        tai_khoan_duoc_xac_thuc_voi_vneid: flag(f.vneid),
        ho_so_co_thanh_phan_so_hoa: flag(documents.iter().any(|(r, _)| *r != RESULT_REQUIREMENT)),
        duoc_lay_tu_kho_dmqg: flag(documents.iter().any(|(_, reused)| *reused)),
        so_lan_yeu_cau_bo_sung: f.supplements,
    })
}
