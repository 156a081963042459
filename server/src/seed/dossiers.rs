//! Demo dossiers, so the demo portal looks lived in: the demo citizen's birth registration
//! (submitted) and a started criminal-record request (draft), and the demo business's household
//! business registration (submitted, seen by both members). Created through the filing service,
//! like a citizen would; applied once (skipped when the demo citizen already has dossiers).

use super::accounts::{DEMO_BUSINESS, DEMO_CITIZEN};
use crate::db::schema::{accounts, businesses, dossiers};
use crate::http::AppState;
use diesel::prelude::*;

/// A submitted demo dossier and the check value that finds it in the public lookup.
pub struct DemoDossier {
    pub code: String,
    pub check: String,
}

const PDF: &[u8] =
    b"%PDF-1.4\n% demo document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

pub async fn seed_demo_dossiers(state: &AppState) -> anyhow::Result<Option<DemoDossier>> {
    let found = state
        .db
        .run(|conn| {
            let account: Option<i64> = accounts::table
                .filter(accounts::email.eq(DEMO_CITIZEN.email))
                .select(accounts::id)
                .first(conn)
                .optional()?;
            let Some(account) = account else { return Ok(None) };
            let me = crate::services::accounts::sessions::person(conn, account)?;
            let business: Option<i64> = businesses::table
                .filter(businesses::tax_code.eq(DEMO_BUSINESS.tax_code))
                .select(businesses::id)
                .first(conn)
                .optional()?;
            let existing: Option<Option<String>> = dossiers::table
                .filter(dossiers::filer_account_id.eq(account))
                .filter(dossiers::code.is_not_null())
                .order(dossiers::id)
                .select(dossiers::code)
                .first(conn)
                .optional()?;
            Ok::<_, crate::db::DbError>(Some((me, business, existing)))
        })
        .await?;
    let Some((me, business, existing)) = found else { return Ok(None) };
    let check = shared::dossier::last_four_digits(DEMO_CITIZEN.citizen_id).unwrap_or_default();
    if let Some(code) = existing.flatten() {
        return Ok(Some(DemoDossier { code, check }));
    }
    let filing = &state.services.filing;

    let birth = filing.create_draft(&me, "1.001193".to_owned()).await?;
    let fields = pairs(&[
        ("chu_ho_so", "ban_than"),
        ("f.nguoi_yeu_cau", DEMO_CITIZEN.full_name),
        ("f.so_dinh_danh_nguoi_yeu_cau", DEMO_CITIZEN.citizen_id),
        ("f.noi_cu_tru", "Bản Demo, tổ 1"),
        ("f.xa_cu_tru", "03670"),
        ("f.quan_he", "me"),
        ("f.ho_ten_tre", "Lò Văn Demo"),
        ("f.ngay_sinh_tre", "2026-11-01"),
        ("f.gioi_tinh", "nam"),
        ("f.dan_toc", "Thái"),
        ("f.quoc_tich", "Việt Nam"),
        ("f.noi_sinh", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("f.ho_ten_me", DEMO_CITIZEN.full_name),
        ("f.ngay_sinh_me", "1990-05-19"),
        ("f.dan_toc_me", "Thái"),
        ("f.co_thong_tin_cha", "khong"),
        ("f.cam_doan", "1"),
    ]);
    filing.save_posted(&me, birth, &fields).await?;
    for (requirement, name) in [(2, "giay-chung-sinh.pdf"), (6, "can-cuoc-cua-me.pdf")] {
        let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
        filing
            .upload(&me, birth, requirement, name, body)
            .await?
            .map_err(|p| anyhow::anyhow!("demo file refused: {p:?}"))?;
    }
    let code = filing.submit(&me, birth).await.map_err(|e| anyhow::anyhow!("demo birth registration: {e}"))?;

    if let Some(business) = business {
        let hkd = filing.create_draft(&me, "1.001612".to_owned()).await?;
        let owner = format!("dn:{business}");
        let fields = pairs(&[
            ("chu_ho_so", owner.as_str()),
            ("f.chu_ho", DEMO_CITIZEN.full_name),
            ("f.ngay_sinh_chu_ho", "1990-05-19"),
            ("f.so_dinh_danh_chu_ho", DEMO_CITIZEN.citizen_id),
            ("f.dien_thoai", "0912 345 678"),
            ("f.ten_ho_kinh_doanh", "Hộ kinh doanh Chè Demo Mộc Châu"),
            ("f.dia_diem", "Tiểu khu Demo"),
            ("f.xa_kinh_doanh", "03670"),
            ("f.nganh_nghe", "Chế biến và bán chè búp khô"),
            ("f.von_kinh_doanh", "150.000.000"),
            ("f.so_lao_dong", "4"),
            ("f.co_thanh_vien", "khong"),
            ("f.cam_doan", "1"),
        ]);
        filing.save_posted(&me, hkd, &fields).await?;
        filing.submit(&me, hkd).await.map_err(|e| anyhow::anyhow!("demo household business: {e}"))?;
    }

    let draft = filing.create_draft(&me, "3.000333".to_owned()).await?;
    filing
        .save_posted(&me, draft, &pairs(&[("chu_ho_so", "ban_than"), ("f.muc_dich", "Bổ sung hồ sơ xin việc")]))
        .await?;
    Ok(Some(DemoDossier { code, check }))
}
