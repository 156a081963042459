//! The layout every official paper shares (the administrative-document format of Decree
//! 30/2020/NĐ-CP that the one-stop templates follow): a two-column header — on the left the
//! governing body, the issuing agency and its office; on the right the national name and motto,
//! each underlined — then the place and date line against the right margin, the title centred,
//! and at the end the signature blocks (role, "(Ký, ghi rõ họ tên)", room to sign, the name).

use super::pdf::Line;
use crate::db::schema::{admin_units, agencies, dossiers};
use crate::db::{DbConn, DbError};
use app::i18n::mail::fill;
use app::i18n::records as text;
use chrono::{Datelike, NaiveDateTime};
use diesel::prelude::*;

/// Who issues a paper.
pub struct Issuer {
    /// The body the agency answers to (a province's People's Committee above its department).
    pub parent: Option<String>,
    pub agency: String,
    /// The place written before the date: the agency's administrative unit without its kind.
    pub place: String,
}

/// The issuer of the papers of dossier `id`: the agency it was filed with.
pub fn issuer_of_dossier(conn: &mut DbConn, id: i64) -> Result<Issuer, DbError> {
    let agency: i64 = dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::agency_id).first(conn)?;
    issuer_of_agency(conn, agency)
}

/// The issuer named by agency `id`.
pub fn issuer_of_agency(conn: &mut DbConn, id: i64) -> Result<Issuer, DbError> {
    let (agency, parent_id, unit): (String, Option<i64>, String) = agencies::table
        .inner_join(admin_units::table)
        .filter(agencies::id.eq(id))
        .select((agencies::name, agencies::parent_id, admin_units::name))
        .first(conn)?;
    let parent = match parent_id {
        Some(p) => agencies::table.filter(agencies::id.eq(p)).select(agencies::name).first(conn).optional()?,
        None => None,
    };
    Ok(Issuer { parent, agency, place: place_name(&unit) })
}

/// "Sơn La" of "Tỉnh Sơn La", "Chiềng Lề" of "Phường Chiềng Lề": the date line names the place
/// without its kind.
fn place_name(unit: &str) -> String {
    const KINDS: [&str; 6] = ["Thành phố ", "Thị trấn ", "Đặc khu ", "Tỉnh ", "Phường ", "Xã "];
    KINDS.iter().find_map(|k| unit.strip_prefix(k)).unwrap_or(unit).to_owned()
}

/// The header of a paper of `issuer`'s `office` (empty: the agency itself) dated `at` (UTC),
/// ending where the QR code may start.
pub fn heading(issuer: &Issuer, office: &str, at: NaiveDateTime) -> Vec<Line> {
    // The left column, top to bottom: governing body, agency, office (those there are).
    let mut left: Vec<String> = Vec::new();
    left.extend(issuer.parent.as_ref().map(|p| p.to_uppercase()));
    left.push(issuer.agency.to_uppercase());
    if !office.is_empty() {
        left.push(office.to_owned());
    }
    let right = [text::NATION, text::MOTTO];
    let rows = left.len().max(right.len());
    let mut lines: Vec<Line> = (0..rows)
        .map(|i| Line::pair(left.get(i).map_or("", String::as_str), right.get(i).copied().unwrap_or(""), true, 10.0))
        .collect();
    lines.push(Line::pair(text::RULE_SHORT, text::RULE_LONG, false, 8.0));
    let day = shared::time::local(at).date();
    let (d, m, y) = (format!("{:02}", day.day()), format!("{:02}", day.month()), day.year().to_string());
    let date = fill(text::PLACE_DATE, &[("place", &issuer.place), ("d", &d), ("m", &m), ("y", &y)]);
    lines.extend([Line::right(date, false, 10.0), Line::new("", false, 6.0), Line::qr_here()]);
    lines
}

/// A paper's title, centred.
pub fn title(words: &str) -> Line {
    Line::center(words, true, 14.0)
}

/// The signature blocks: `left` (if any) and `right`, each a role and the signer's name.
pub fn signatures(left: Option<(&str, &str)>, right: (&str, &str)) -> Vec<Line> {
    let (left_role, left_name) = left.unwrap_or(("", ""));
    let hint = |role: &str| if role.is_empty() { "" } else { text::SIGN_HINT };
    vec![
        Line::new("", false, 10.0),
        Line::pair(left_role, right.0, true, 11.0),
        Line::pair(hint(left_role), hint(right.0), false, 9.0),
        Line::new("", false, 30.0),
        Line::pair(left_name, right.1, true, 11.0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_drops_its_kind() {
        assert_eq!(place_name("Tỉnh Sơn La"), "Sơn La");
        assert_eq!(place_name("Phường Chiềng Lề"), "Chiềng Lề");
        assert_eq!(place_name("Sơn La"), "Sơn La");
    }

    #[test]
    fn the_header_puts_the_motto_beside_the_issuer_and_dates_in_vietnam() {
        let issuer =
            Issuer {
                parent: Some("UBND tỉnh Sơn La".into()), agency: "Sở Tư pháp".into(), place: "Sơn La".into()
            };
        // 18:30 UTC on 6 December is already 7 December in Vietnam.
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap().and_hms_opt(18, 30, 0).unwrap();
        let lines = heading(&issuer, text::COUNTER, at);
        assert_eq!(lines[0].text, format!("UBND TỈNH SƠN LA\t{}", text::NATION));
        assert_eq!(lines[1].text, format!("SỞ TƯ PHÁP\t{}", text::MOTTO));
        assert_eq!(lines[2].text, format!("{}\t", text::COUNTER));
        assert!(lines.iter().any(|l| l.text == "Sơn La, ngày 07 tháng 12 năm 2026"));
        let pdf = super::super::pdf::render(&lines, Some("https://example.org")).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let read = doc.extract_text(&[1]).unwrap();
        assert!(read.contains("Độc lập - Tự do - Hạnh phúc") && read.contains("SỞ TƯ PHÁP"), "{read}");
    }
}
