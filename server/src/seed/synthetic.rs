//! A large, deterministic synthetic catalog for benchmarks, in its own test province (`H99`,
//! unit code `99`) so it never mixes with real agencies. Procedure codes start with `9.`,
//! which the national database does not use.

use crate::services::catalog::file::{CatalogFile, FileAdminUnit, FileAgency, FileField};
use shared::catalog::ProcedureDocument;
use shared::catalog::{
    AgencyCode, Channel, ChannelOffer, DocumentRequirement, FeeFormula, FeeItem, FeeKind, FieldCode, ImplementingLevel,
    OnlineLevel, ProcedureCode, TargetSubject, TimeLimit, TimeUnit,
};
use shared::money::Vnd;

pub const AGENCIES: usize = 80;
const FIELDS: usize = 40;

const ACTIONS: &[&str] =
    &["Cấp", "Cấp lại", "Cấp đổi", "Đăng ký", "Điều chỉnh", "Gia hạn", "Thu hồi", "Xác nhận", "Thẩm định", "Công nhận"];
const OBJECTS: &[&str] = &[
    "giấy phép xây dựng",
    "giấy chứng nhận đăng ký hộ kinh doanh",
    "giấy phép kinh doanh vận tải",
    "giấy chứng nhận quyền sử dụng đất",
    "giấy phép khai thác nước mặt",
    "chứng chỉ hành nghề",
    "giấy phép hoạt động giáo dục",
    "giấy chứng nhận an toàn thực phẩm",
    "giấy phép môi trường",
    "giấy xác nhận tình trạng hôn nhân",
    "thẻ bảo hiểm y tế",
    "giấy phép tổ chức lễ hội",
];
const QUALIFIERS: &[&str] = &[
    "đối với tổ chức",
    "đối với cá nhân",
    "cho hộ gia đình",
    "có yếu tố nước ngoài",
    "trong khu công nghiệp",
    "tại khu vực biên giới",
];
const FIELD_NAMES: &[&str] =
    &["Xây dựng", "Đất đai", "Môi trường", "Giáo dục", "Y tế", "Giao thông", "Văn hóa", "Nông nghiệp"];

/// Small deterministic generator (a 64-bit LCG): the same N always gives the same catalog.
pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    pub(super) fn pick(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

pub fn catalog(procedures: usize) -> CatalogFile {
    let province = "99";
    let agency_code = |i: usize| {
        AgencyCode::parse(&format!("000.{:02}.{:02}.H99", i / 100, i % 100)).expect("well-formed synthetic code")
    };
    let admin_units = vec![FileAdminUnit {
        code: province.into(),
        name: "Tỉnh thử nghiệm tải".into(),
        kind: "province".into(),
        parent: None,
        valid_from: "2025-07-01".into(),
        valid_to: None,
        successor: None,
    }];
    let agencies = (0..AGENCIES)
        .map(|i| FileAgency {
            code: agency_code(i),
            name: format!("Cơ quan thử nghiệm số {}", i + 1),
            level: if i < 20 { ImplementingLevel::Province } else { ImplementingLevel::Commune },
            admin_unit: province.into(),
            parent: None,
            address: None,
            phone: None,
        })
        .collect();
    let fields = (0..FIELDS)
        .map(|i| FileField {
            code: FieldCode::parse(&format!("SYN-{i:02}")).expect("well-formed synthetic field"),
            name: format!("{} (nhóm {})", FIELD_NAMES[i % FIELD_NAMES.len()], i + 1),
        })
        .collect();
    let mut rng = Lcg(0x5EED);
    let procedures = (0..procedures)
        .map(|i| {
            // Every agency has at least one procedure (the first ones, in order), fully online.
            let agency = if i < AGENCIES { i } else { rng.pick(AGENCIES) };
            let name = format!(
                "{} {} {}",
                ACTIONS[rng.pick(ACTIONS.len())],
                OBJECTS[rng.pick(OBJECTS.len())],
                QUALIFIERS[rng.pick(QUALIFIERS.len())]
            );
            let online = if i < AGENCIES {
                OnlineLevel::Full
            } else {
                [OnlineLevel::None, OnlineLevel::Partial, OnlineLevel::Full][rng.pick(3)]
            };
            let limit = TimeLimit {
                value: 1 + rng.pick(20) as u32,
                unit: [TimeUnit::WorkingDays, TimeUnit::CalendarDays][rng.pick(2)],
            };
            let fee = FeeItem {
                kind: FeeKind::Charge,
                label: "Lệ phí".into(),
                // One procedure in ten is free (9.000000 among them: the benchmark files it).
                formula: FeeFormula::Flat { amount: Vnd(if i % 10 == 0 { 0 } else { 1_000 * rng.pick(100) as i64 }) },
                exemptions: None,
                legal_basis: None,
            };
            let offer = |channel| ChannelOffer {
                channel,
                case_key: None,
                time_limit: limit,
                same_day_cutoff: None,
                fees: vec![fee.clone()],
                note: None,
            };
            ProcedureDocument {
                code: ProcedureCode::parse(&format!("9.{i:06}")).expect("well-formed synthetic code"),
                version: 1,
                name,
                field: FieldCode::parse(&format!("SYN-{:02}", rng.pick(FIELDS))).expect("well-formed synthetic field"),
                level: if agency < 20 { ImplementingLevel::Province } else { ImplementingLevel::Commune },
                agency: agency_code(agency),
                receiving_agencies: Vec::new(),
                returning_agency: None,
                target_subjects: vec![TargetSubject::Citizen, TargetSubject::Organization],
                online_level: online,
                eligible_full_online: online == OnlineLevel::Full,
                aliases: vec![],
                effective_from: "2025-07-01".into(),
                effective_to: None,
                publication_decision: None,
                cases: vec![],
                // Offered online exactly when its online level says so (the catalog check).
                channels: if online == OnlineLevel::None {
                    vec![offer(Channel::Direct)]
                } else {
                    vec![offer(Channel::Direct), offer(Channel::Online)]
                },
                documents: vec![
                    DocumentRequirement {
                        case_key: None,
                        name: "Đơn đề nghị".into(),
                        originals: 1,
                        copies: 0,
                        form_template: Some("Mẫu đơn đề nghị".into()),
                        mandatory: true,
                        condition: None,
                    },
                    DocumentRequirement {
                        case_key: None,
                        name: "Giấy tờ chứng minh kèm theo".into(),
                        originals: 0,
                        copies: 1,
                        form_template: None,
                        mandatory: true,
                        condition: None,
                    },
                ],
                steps: vec!["Nộp hồ sơ.".into(), "Tiếp nhận và giải quyết.".into(), "Trả kết quả.".into()],
                conditions: vec![],
                legal_bases: vec!["Dữ liệu thử nghiệm, không có căn cứ pháp lý.".into()],
                result: "Kết quả thử nghiệm".into(),
                fee_due: shared::payment::FeeDue::AtSubmission,
            }
        })
        .collect();
    CatalogFile { admin_units, agencies, fields, procedures }
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic_and_sized() {
        let a = super::catalog(50);
        let b = super::catalog(50);
        assert_eq!(a.procedures.len(), 50);
        assert_eq!(a.agencies.len(), super::AGENCIES);
        let names = |c: &super::CatalogFile| c.procedures.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&a), names(&b));
    }
}
