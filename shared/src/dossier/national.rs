//! What the portal tells the national portal about a dossier (domain brief §5.2): one record per
//! status change, with the fields Decision 766 reads, named as the national sync names them; and
//! the dossier's sync state (`TrangThaiDongBoDVC`). The exact packet of QCVN 120:2019 is not
//! public here: the names follow the brief, the envelope is this portal's, and a change of either
//! is this file.

use serde::{Deserialize, Serialize};

/// Whether the national portal has every change of the dossier (`TrangThaiDongBoDVC`; the codes
/// are this portal's until the national ones are confirmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SyncState {
    /// 0: a change not delivered yet.
    Pending,
    /// 1: every change delivered.
    Synced,
    /// 2: a delivery failed; it is tried again with a growing wait.
    Failing,
}

impl SyncState {
    pub const ALL: [SyncState; 3] = [SyncState::Pending, SyncState::Synced, SyncState::Failing];

    pub fn code(self) -> i32 {
        match self {
            SyncState::Pending => 0,
            SyncState::Synced => 1,
            SyncState::Failing => 2,
        }
    }

    pub fn from_code(code: i32) -> SyncState {
        match code {
            1 => SyncState::Synced,
            2 => SyncState::Failing,
            _ => SyncState::Pending,
        }
    }
}

/// One status change of a dossier as sent. Times are Vietnam time, `yyyyMMddHHmmss`; flags are
/// 0 or 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SyncRecord {
    pub ma_ho_so: String,
    #[serde(rename = "MaTTHC")]
    pub ma_tthc: String,
    pub ma_co_quan: String,
    pub trang_thai_ho_so: String,
    pub kenh_thuc_hien: i32,
    pub chu_ho_so: String,
    pub so_giay_to_chu_ho_so: Option<String>,
    pub ngay_nop_ho_so: Option<String>,
    pub ngay_tiep_nhan: Option<String>,
    pub ngay_hen_tra: Option<String>,
    pub ngay_ket_thuc_xu_ly: Option<String>,
    pub ngay_tra_ket_qua: Option<String>,
    pub hinh_thuc_tra_ket_qua: i32,
    pub phi_le_phi: i64,
    pub duoc_thanh_toan_truc_tuyen: i32,
    #[serde(rename = "TaiKhoanDuocXacThucVoiVNeID")]
    pub tai_khoan_duoc_xac_thuc_voi_vneid: i32,
    pub ho_so_co_thanh_phan_so_hoa: i32,
    #[serde(rename = "DuocLayTuKhoDMQG")]
    pub duoc_lay_tu_kho_dmqg: i32,
    pub so_lan_yeu_cau_bo_sung: i32,
    /// The electronic result's verification address, when one was issued.
    pub duong_dan_tep_tin_ket_qua: Option<String>,
}

/// A time as the national sync writes it.
pub fn sync_time(local: chrono::NaiveDateTime) -> String {
    local.format("%Y%m%d%H%M%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip_and_records_carry_the_national_names() {
        for s in SyncState::ALL {
            assert_eq!(SyncState::from_code(s.code()), s);
        }
        let record = SyncRecord {
            ma_ho_so: "000.01.50.H52-261207-0001".into(),
            ma_tthc: "1.001193".into(),
            ma_co_quan: "000.01.50.H52".into(),
            trang_thai_ho_so: "DaTiepNhan".into(),
            kenh_thuc_hien: 1,
            chu_ho_so: "Lò Thị Demo".into(),
            so_giay_to_chu_ho_so: Some("014190000001".into()),
            ngay_nop_ho_so: None,
            ngay_tiep_nhan: Some(sync_time(
                chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap().and_hms_opt(8, 5, 0).unwrap(),
            )),
            ngay_hen_tra: None,
            ngay_ket_thuc_xu_ly: None,
            ngay_tra_ket_qua: None,
            hinh_thuc_tra_ket_qua: 2,
            phi_le_phi: 0,
            duoc_thanh_toan_truc_tuyen: 0,
            tai_khoan_duoc_xac_thuc_voi_vneid: 1,
            ho_so_co_thanh_phan_so_hoa: 1,
            duoc_lay_tu_kho_dmqg: 0,
            so_lan_yeu_cau_bo_sung: 0,
            duong_dan_tep_tin_ket_qua: None,
        };
        let json = serde_json::to_value(&record).unwrap();
        for key in
            ["MaHoSo", "MaTTHC", "KenhThucHien", "NgayTiepNhan", "TaiKhoanDuocXacThucVoiVNeID", "DuocLayTuKhoDMQG"]
        {
            assert!(json.get(key).is_some(), "{key} in {json}");
        }
        assert_eq!(json["NgayTiepNhan"], "20261207080500");
    }
}
