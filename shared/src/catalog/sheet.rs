//! The catalog as a spreadsheet (XLSX or CSV), in the layout of the national procedures
//! database's export: one row per procedure version, one column per constituent part, lists one
//! item per line of a cell (the grammar is [`cells`], the manual `docs/CATALOG-SPREADSHEET.md`).
//! Columns are found by their header, in any order; columns the portal does not know (`STT`, the
//! national database's own) are ignored. A row read here is a [`ProcedureDocument`], which the
//! importer then writes exactly as a JSON one; exporting and importing back changes nothing.

pub mod cells;

use super::document::{CatalogProblem, CatalogProblemKind as K};
use super::{
    AgencyCode, ChannelOffer, DocumentRequirement, FeeFormula, FeeItem, FieldCode, ProcedureCase, ProcedureCode,
    ProcedureDocument, editor,
};
use cells::{Item, Words, items, write_item};

/// A column: its header and the part of the document it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Number,
    Code,
    Name,
    Version,
    Level,
    FieldCode,
    FieldName,
    AgencyCode,
    AgencyName,
    Receiving,
    Returning,
    Subjects,
    OnlineLevel,
    FullOnline,
    Aliases,
    EffectiveFrom,
    EffectiveTo,
    Decision,
    Cases,
    Channels,
    Fees,
    Documents,
    Steps,
    Conditions,
    LegalBases,
    Result,
    FeeDue,
}

impl Column {
    /// Every column, in the order the portal writes them.
    pub const ALL: [Column; 27] = [
        Column::Number,
        Column::Code,
        Column::Name,
        Column::Version,
        Column::Level,
        Column::FieldCode,
        Column::FieldName,
        Column::AgencyCode,
        Column::AgencyName,
        Column::Receiving,
        Column::Returning,
        Column::Subjects,
        Column::OnlineLevel,
        Column::FullOnline,
        Column::Aliases,
        Column::EffectiveFrom,
        Column::EffectiveTo,
        Column::Decision,
        Column::Cases,
        Column::Channels,
        Column::Fees,
        Column::Documents,
        Column::Steps,
        Column::Conditions,
        Column::LegalBases,
        Column::Result,
        Column::FeeDue,
    ];

    pub fn header(self) -> &'static str {
        match self {
            Column::Number => "STT",
            Column::Code => "Mã thủ tục",
            Column::Name => "Tên thủ tục",
            Column::Version => "Phiên bản",
            Column::Level => "Cấp thực hiện",
            Column::FieldCode => "Mã lĩnh vực",
            Column::FieldName => "Lĩnh vực",
            Column::AgencyCode => "Mã cơ quan thực hiện",
            Column::AgencyName => "Cơ quan thực hiện",
            Column::Receiving => "Cơ quan tiếp nhận hồ sơ",
            Column::Returning => "Cơ quan trả kết quả",
            Column::Subjects => "Đối tượng thực hiện",
            Column::OnlineLevel => "Mức độ dịch vụ công trực tuyến",
            Column::FullOnline => "Đủ điều kiện trực tuyến toàn trình",
            Column::Aliases => "Tên gọi khác",
            Column::EffectiveFrom => "Ngày hiệu lực",
            Column::EffectiveTo => "Ngày hết hiệu lực",
            Column::Decision => "Quyết định công bố",
            Column::Cases => "Trường hợp",
            Column::Channels => "Cách thức thực hiện",
            Column::Fees => "Phí, lệ phí",
            Column::Documents => "Thành phần hồ sơ",
            Column::Steps => "Trình tự thực hiện",
            Column::Conditions => "Yêu cầu, điều kiện",
            Column::LegalBases => "Căn cứ pháp lý",
            Column::Result => "Kết quả thực hiện",
            Column::FeeDue => "Thời điểm nộp phí",
        }
    }

    /// The document's part (the root of a problem's path) this column holds.
    fn part(self) -> Option<&'static str> {
        Some(match self {
            Column::Code => "code",
            Column::Name => "name",
            Column::Level => "level",
            Column::FieldCode => "field",
            Column::AgencyCode => "agency",
            Column::Receiving => "receiving_agencies",
            Column::Returning => "returning_agency",
            Column::Subjects => "target_subjects",
            Column::OnlineLevel => "online_level",
            Column::FullOnline => "eligible_full_online",
            Column::Aliases => "aliases",
            Column::EffectiveFrom => "effective_from",
            Column::EffectiveTo => "effective_to",
            Column::Decision => "publication_decision",
            Column::Cases => "cases",
            Column::Channels => "channels",
            Column::Documents => "documents",
            Column::Steps => "steps",
            Column::Conditions => "conditions",
            Column::LegalBases => "legal_bases",
            Column::Result => "result",
            Column::FeeDue => "fee_due",
            Column::Number | Column::Version | Column::FieldName | Column::AgencyName | Column::Fees => return None,
        })
    }

    /// Columns a file must have: the parts of Decree 63/2010 Art. 8 without a default.
    const REQUIRED: [Column; 13] = [
        Column::Code,
        Column::Name,
        Column::Level,
        Column::FieldCode,
        Column::AgencyCode,
        Column::Subjects,
        Column::OnlineLevel,
        Column::EffectiveFrom,
        Column::Channels,
        Column::Documents,
        Column::Steps,
        Column::LegalBases,
        Column::Result,
    ];
}

/// Where each column is in a file, found from its header row.
pub struct Layout(Vec<(Column, usize)>);

impl Layout {
    /// The layout of a header row, or the problems of the header (a required column missing, a
    /// column twice); the path of each is the column's header.
    pub fn of(headers: &[String]) -> Result<Layout, Vec<CatalogProblem>> {
        let key = |h: &str| crate::text::search_key(h);
        let mut found = Vec::new();
        let mut problems = Vec::new();
        for (at, header) in headers.iter().enumerate() {
            let Some(column) = Column::ALL.into_iter().find(|c| key(c.header()) == key(header)) else { continue };
            if found.iter().any(|(c, _)| *c == column) {
                problems.push(problem(column.header(), K::Duplicate));
            } else {
                found.push((column, at));
            }
        }
        for column in Column::REQUIRED {
            if !found.iter().any(|(c, _)| *c == column) {
                problems.push(problem(column.header(), K::Required));
            }
        }
        if problems.is_empty() { Ok(Layout(found)) } else { Err(problems) }
    }

    /// The procedure code as written in `row` (to name a row that cannot be read).
    pub fn code_cell<'a>(&self, row: &'a [String]) -> &'a str {
        self.cell(row, Column::Code)
    }

    fn cell<'a>(&self, row: &'a [String], column: Column) -> &'a str {
        self.0.iter().find(|(c, _)| *c == column).and_then(|(_, at)| row.get(*at)).map_or("", |s| s.trim())
    }
}

/// A row read: the document, or every problem that stops it, each at its column.
pub struct ReadRow {
    pub document: Result<ProcedureDocument, Vec<CatalogProblem>>,
    /// The field's code and name, for a field the catalog does not have yet.
    pub field: Option<(FieldCode, String)>,
    pub origin: Origin,
}

/// Which line of the fee column each fee came from, to report the document's own problems
/// (`channels[1].fees[0].formula`) where they were written.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    fee_lines: Vec<(usize, usize, usize)>,
}

impl Origin {
    /// A document's problem path as a column and, for a list, the line in its cell:
    /// `Cách thức thực hiện #2`.
    pub fn locate(&self, path: &str) -> String {
        let root_end = path.find(['[', '.']).unwrap_or(path.len());
        let (root, rest) = path.split_at(root_end);
        let index = |s: &str| s.strip_prefix('[')?.split(']').next()?.parse::<usize>().ok();
        if root == "channels" {
            let fee = rest.split_once(".fees").and_then(|(_, f)| index(f));
            if let (Some(offer), Some(fee)) = (index(rest), fee) {
                let line = self.fee_lines.iter().find(|(o, f, _)| (*o, *f) == (offer, fee)).map(|(.., l)| *l);
                return line.map_or_else(|| Column::Fees.header().to_owned(), |l| at(Column::Fees, l));
            }
        }
        match Column::ALL.into_iter().find(|c| c.part() == Some(root)) {
            Some(column) => index(rest).map_or_else(|| column.header().to_owned(), |i| at(column, i + 1)),
            None => path.to_owned(),
        }
    }
}

/// The entries of a cell of short values (codes, words, aliases): one per line or between `;`.
fn short_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(['\n', ';']).map(str::trim).filter(|w| !w.is_empty())
}

fn at(column: Column, line: usize) -> String {
    format!("{} #{line}", column.header())
}

fn problem(path: &str, kind: K) -> CatalogProblem {
    CatalogProblem { path: path.to_owned(), kind }
}

/// Reads one row (its cells in the file's order).
pub fn read_row(layout: &Layout, row: &[String]) -> ReadRow {
    let mut r = Reader { layout, row, problems: Vec::new(), origin: Origin::default() };
    let document = r.document();
    let field_name = r.cell(Column::FieldName).to_owned();
    let field = document.as_ref().map(|d| d.field.clone()).filter(|_| !field_name.is_empty());
    let document = match document {
        Some(doc) if r.problems.is_empty() => Ok(doc),
        _ => Err(r.problems),
    };
    ReadRow { document, field: field.map(|f| (f, field_name)), origin: r.origin }
}

struct Reader<'a> {
    layout: &'a Layout,
    row: &'a [String],
    problems: Vec<CatalogProblem>,
    origin: Origin,
}

impl Reader<'_> {
    fn cell(&self, column: Column) -> &str {
        self.layout.cell(self.row, column)
    }

    fn refuse(&mut self, path: String, kind: K) {
        self.problems.push(CatalogProblem { path, kind });
    }

    /// A required one-value cell read by `read`.
    fn one<T>(&mut self, column: Column, read: impl Fn(&str) -> Option<T>) -> Option<T> {
        let text = self.cell(column).to_owned();
        if text.is_empty() {
            self.refuse(column.header().to_owned(), K::Required);
            return None;
        }
        let value = read(&text);
        if value.is_none() {
            self.refuse(column.header().to_owned(), K::NotAnOption);
        }
        value
    }

    fn optional<T>(&mut self, column: Column, read: impl Fn(&str) -> Option<T>) -> Option<T> {
        if self.cell(column).is_empty() { None } else { self.one(column, read) }
    }

    /// A cell of words separated by lines or `;`.
    fn words<T: Copy + PartialEq>(&mut self, column: Column, words: &Words<T>) -> Vec<T> {
        let cell = self.cell(column).to_owned();
        let mut out = Vec::new();
        for (i, word) in short_list(&cell).enumerate() {
            match words.read(word) {
                Some(value) => out.push(value),
                None => self.refuse(at(column, i + 1), K::NotAnOption),
            }
        }
        out
    }

    fn agencies(&mut self, column: Column) -> Vec<AgencyCode> {
        let cell = self.cell(column).to_owned();
        let mut out = Vec::new();
        for (i, code) in short_list(&cell).enumerate() {
            match AgencyCode::parse(code) {
                Ok(code) => out.push(code),
                Err(_) => self.refuse(at(column, i + 1), K::BadCode),
            }
        }
        out
    }

    fn lines(&self, column: Column) -> Vec<String> {
        items(self.cell(column)).into_iter().map(cells::unescape).collect()
    }

    fn document(&mut self) -> Option<ProcedureDocument> {
        let code = self.one(Column::Code, |t| ProcedureCode::parse(&cells::procedure_code(t)).ok());
        let name = self.cell(Column::Name).to_owned();
        let level = self.one(Column::Level, |t| cells::LEVELS.read(t));
        let field = self.one(Column::FieldCode, |t| FieldCode::parse(t).ok());
        let agency = self.one(Column::AgencyCode, |t| AgencyCode::parse(t).ok());
        let receiving_agencies = self.agencies(Column::Receiving);
        let returning_agency = self.optional(Column::Returning, |t| AgencyCode::parse(t).ok());
        let target_subjects = self.words(Column::Subjects, &cells::SUBJECTS);
        let online_level = self.one(Column::OnlineLevel, |t| cells::ONLINE_LEVELS.read(t));
        let eligible_full_online = self.optional(Column::FullOnline, |t| cells::YES_NO.read(t)).unwrap_or(false);
        let aliases = short_list(self.cell(Column::Aliases)).map(str::to_owned).collect();
        let effective_from = self.one(Column::EffectiveFrom, cells::date);
        let effective_to = self.optional(Column::EffectiveTo, cells::date);
        let publication_decision = Some(self.cell(Column::Decision).to_owned()).filter(|d| !d.is_empty());
        let cases = self.cases();
        let mut channels = self.channels();
        self.fees(&mut channels);
        let documents = self.documents();
        let fee_due = self.optional(Column::FeeDue, |t| cells::FEE_DUE.read(t)).unwrap_or_default();
        Some(ProcedureDocument {
            code: code?,
            version: 0,
            name,
            field: field?,
            level: level?,
            agency: agency?,
            receiving_agencies,
            returning_agency,
            target_subjects,
            online_level: online_level?,
            eligible_full_online,
            aliases,
            effective_from: effective_from?,
            effective_to,
            publication_decision,
            cases,
            channels,
            documents,
            steps: self.lines(Column::Steps),
            conditions: self.lines(Column::Conditions),
            legal_bases: self.lines(Column::LegalBases),
            result: self.cell(Column::Result).to_owned(),
            fee_due,
        })
    }

    /// Each item of a list column as an [`Item`], with its line number; `read` takes what it
    /// knows out of it, and whatever is left is reported.
    fn each<T>(&mut self, column: Column, mut read: impl FnMut(&mut Self, &mut Item, usize) -> Option<T>) -> Vec<T> {
        let cell = self.cell(column).to_owned();
        let mut out = Vec::new();
        for (i, line) in items(&cell).into_iter().enumerate() {
            let mut item = Item::parse(line);
            let value = read(self, &mut item, i + 1);
            if let Some(part) = item.leftover() {
                self.refuse(at(column, i + 1), K::UnknownPart { part });
            } else if let Some(value) = value {
                out.push(value);
            }
        }
        out
    }

    fn cases(&mut self) -> Vec<ProcedureCase> {
        self.each(Column::Cases, |_, item, _| {
            let name = item.take(CASE_NAME).unwrap_or_default();
            Some(ProcedureCase { key: item.main.clone(), name, description: item.take(CASE_DESCRIPTION) })
        })
    }

    fn channels(&mut self) -> Vec<ChannelOffer> {
        self.each(Column::Channels, |r, item, line| {
            let (limit, case_key, same_day_cutoff, note) =
                (item.take(TIME_LIMIT), item.take(CASE), item.take(CUTOFF), item.take(NOTE));
            let channel = cells::CHANNELS.read(&item.main);
            let time_limit = limit.as_deref().and_then(cells::time_limit);
            if channel.is_none() {
                r.refuse(at(Column::Channels, line), K::NotAnOption);
            }
            if time_limit.is_none() {
                let kind = if limit.is_none() { K::Required } else { K::NotANumber };
                r.refuse(at(Column::Channels, line), kind);
            }
            Some(ChannelOffer {
                channel: channel?,
                case_key,
                time_limit: time_limit?,
                same_day_cutoff,
                fees: Vec::new(),
                note,
            })
        })
    }

    /// Fees, each on the offer of its channel and case.
    fn fees(&mut self, channels: &mut [ChannelOffer]) {
        let fees = self.each(Column::Fees, |r, item, line| {
            let (case, kind, label) = (item.take(CASE), item.take(FEE_KIND), item.take(FEE_LABEL));
            let (exemptions, legal_basis) = (item.take(EXEMPTIONS), item.take(LEGAL_BASIS));
            let formula = fee_formula(item);
            let channel = cells::CHANNELS.read(&item.main);
            let offer = channels.iter().position(|o| Some(o.channel) == channel && o.case_key == case);
            if offer.is_none() {
                r.refuse(at(Column::Fees, line), K::UnknownChannel);
            }
            let kind = match kind {
                None => Some(super::FeeKind::Charge),
                Some(k) => cells::FEE_KINDS.read(&k),
            };
            if kind.is_none() {
                r.refuse(at(Column::Fees, line), K::NotAnOption);
            }
            let formula = formula.map_err(|k| r.refuse(at(Column::Fees, line), k)).ok();
            let fee =
                FeeItem { kind: kind?, label: label.unwrap_or_default(), formula: formula?, exemptions, legal_basis };
            Some((offer?, line, fee))
        });
        for (offer, line, fee) in fees {
            let index = channels[offer].fees.len();
            self.origin.fee_lines.push((offer, index, line));
            channels[offer].fees.push(fee);
        }
    }

    fn documents(&mut self) -> Vec<DocumentRequirement> {
        self.each(Column::Documents, |r, item, line| {
            let (originals, copies) = (item.take(ORIGINALS), item.take(COPIES));
            let (case_key, form_template, condition) = (item.take(CASE), item.take(FORM), item.take(CONDITION));
            let mandatory = !item.flag(OPTIONAL);
            let count = |n: Option<String>, default: u32| n.map_or(Some(default), |n| n.trim().parse().ok());
            let (originals, copies) = (count(originals, 1), count(copies, 0));
            if originals.is_none() || copies.is_none() {
                r.refuse(at(Column::Documents, line), K::NotANumber);
            }
            Some(DocumentRequirement {
                case_key,
                name: item.main.clone(),
                originals: originals?,
                copies: copies?,
                form_template,
                mandatory,
                condition,
            })
        })
    }
}

const CASE: &str = "trường hợp";
const CASE_NAME: &str = "tên";
const CASE_DESCRIPTION: &str = "mô tả";
const TIME_LIMIT: &str = "thời hạn";
const CUTOFF: &str = "nhận trước";
const NOTE: &str = "ghi chú";
const FEE_KIND: &str = "loại";
const FEE_LABEL: &str = "tên";
const AMOUNT: &str = "mức";
const PER: &str = "đơn vị";
const TIERS: &str = "bậc";
const CAP: &str = "tối đa";
const COUNT: &str = "đếm theo";
const EXEMPTIONS: &str = "miễn giảm";
const LEGAL_BASIS: &str = "căn cứ";
const ORIGINALS: &str = "bản chính";
const COPIES: &str = "bản sao";
const FORM: &str = "mẫu";
const CONDITION: &str = "điều kiện";
const OPTIONAL: &str = "không bắt buộc";

/// A fee's formula from its parts: `mức: 50.000 đồng` (flat), or `đơn vị: trang | bậc: 1:2000,
/// 3:1000 | tối đa: 200.000 đồng | đếm theo: so_trang` (per unit, the editor's tier grammar).
/// Every part is taken before any is judged, so none is reported as unknown.
fn fee_formula(item: &mut Item) -> Result<FeeFormula, K> {
    let (amount, unit, tiers) = (item.take(AMOUNT), item.take(PER), item.take(TIERS));
    let (cap, count_field) = (item.take(CAP), item.take(COUNT));
    let Some(unit) = unit else {
        let amount = amount.ok_or(K::Required)?;
        return cells::money(&amount).map(|amount| FeeFormula::Flat { amount }).ok_or(K::NotANumber);
    };
    let tiers = tiers.and_then(|t| editor::parse_tiers(&t)).ok_or(K::InvalidTiers)?;
    let cap = cap.map(|c| cells::money(&c).ok_or(K::NotANumber)).transpose()?;
    Ok(FeeFormula::PerUnit { unit, tiers, cap, count_field })
}

/// One row for `doc`: its cells in [`Column::ALL`]'s order. `number` is the row's `STT`;
/// `field_name` and `agency_name` are written beside their codes for the reader.
pub fn write_row(number: usize, doc: &ProcedureDocument, field_name: &str, agency_name: &str) -> Vec<String> {
    let join = |v: Vec<String>| v.join("\n");
    let lines = |v: &[String]| join(v.iter().map(|s| cells::escape_line(s)).collect());
    Column::ALL
        .into_iter()
        .map(|column| match column {
            Column::Number => number.to_string(),
            Column::Code => doc.code.to_string(),
            Column::Name => doc.name.clone(),
            Column::Version => doc.version.to_string(),
            Column::Level => cells::LEVELS.write(doc.level).to_owned(),
            Column::FieldCode => doc.field.to_string(),
            Column::FieldName => field_name.to_owned(),
            Column::AgencyCode => doc.agency.to_string(),
            Column::AgencyName => agency_name.to_owned(),
            Column::Receiving => join(doc.receiving_agencies.iter().map(ToString::to_string).collect()),
            Column::Returning => doc.returning_agency.as_ref().map(ToString::to_string).unwrap_or_default(),
            Column::Subjects => {
                join(doc.target_subjects.iter().map(|s| cells::SUBJECTS.write(*s).to_owned()).collect())
            }
            Column::OnlineLevel => cells::ONLINE_LEVELS.write(doc.online_level).to_owned(),
            Column::FullOnline => cells::YES_NO.write(doc.eligible_full_online).to_owned(),
            Column::Aliases => join(doc.aliases.clone()),
            Column::EffectiveFrom => cells::write_date(&doc.effective_from),
            Column::EffectiveTo => doc.effective_to.as_deref().map(cells::write_date).unwrap_or_default(),
            Column::Decision => doc.publication_decision.clone().unwrap_or_default(),
            Column::Cases => join(doc.cases.iter().map(write_case).collect()),
            Column::Channels => join(doc.channels.iter().map(write_channel).collect()),
            Column::Fees => {
                join(doc.channels.iter().flat_map(|o| o.fees.iter().map(move |f| write_fee(o, f))).collect())
            }
            Column::Documents => join(doc.documents.iter().map(write_document).collect()),
            Column::Steps => lines(&doc.steps),
            Column::Conditions => lines(&doc.conditions),
            Column::LegalBases => lines(&doc.legal_bases),
            Column::Result => doc.result.clone(),
            Column::FeeDue => cells::FEE_DUE.write(doc.fee_due).to_owned(),
        })
        .collect()
}

fn write_case(c: &ProcedureCase) -> String {
    write_item(&c.key, &[(CASE_NAME, Some(c.name.clone())), (CASE_DESCRIPTION, c.description.clone())], &[])
}

fn write_channel(o: &ChannelOffer) -> String {
    let parts = [
        (TIME_LIMIT, Some(cells::write_time_limit(o.time_limit))),
        (CASE, o.case_key.clone()),
        (CUTOFF, o.same_day_cutoff.clone()),
        (NOTE, o.note.clone()),
    ];
    write_item(cells::CHANNELS.write(o.channel), &parts, &[])
}

fn write_fee(o: &ChannelOffer, f: &FeeItem) -> String {
    let mut parts = vec![
        (CASE, o.case_key.clone()),
        (FEE_KIND, Some(cells::FEE_KINDS.write(f.kind).to_owned())),
        (FEE_LABEL, Some(f.label.clone())),
    ];
    match &f.formula {
        FeeFormula::Flat { amount } => parts.push((AMOUNT, Some(cells::write_money(*amount)))),
        FeeFormula::PerUnit { unit, tiers, cap, count_field } => parts.extend([
            (PER, Some(unit.clone())),
            (TIERS, Some(editor::tiers_text(tiers))),
            (CAP, cap.map(cells::write_money)),
            (COUNT, count_field.clone()),
        ]),
    }
    parts.extend([(EXEMPTIONS, f.exemptions.clone()), (LEGAL_BASIS, f.legal_basis.clone())]);
    write_item(cells::CHANNELS.write(o.channel), &parts, &[])
}

fn write_document(d: &DocumentRequirement) -> String {
    let parts = [
        (ORIGINALS, Some(d.originals.to_string())),
        (COPIES, Some(d.copies.to_string())),
        (FORM, d.form_template.clone()),
        (CASE, d.case_key.clone()),
        (CONDITION, d.condition.clone()),
    ];
    write_item(&d.name, &parts, if d.mandatory { &[] } else { &[OPTIONAL] })
}

/// The header row.
pub fn headers() -> Vec<String> {
    Column::ALL.iter().map(|c| c.header().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{FeeKind, TimeUnit};

    fn sample() -> ProcedureDocument {
        let mut doc = crate::catalog::document::tests::sample();
        doc.aliases = vec!["CT".into()];
        doc.cases.push(ProcedureCase {
            key: "nhieu_trang".into(),
            name: "Nhiều trang | dày".into(),
            description: Some("Trên 10 trang\ncó phụ lục".into()),
        });
        doc.documents[0].form_template = Some(r"Mẫu C:\01".into());
        doc.documents.push(DocumentRequirement {
            case_key: Some("nhieu_trang".into()),
            name: "Bản phụ lục".into(),
            originals: 0,
            copies: 2,
            form_template: None,
            mandatory: false,
            condition: Some("Khi có".into()),
        });
        let mut second = doc.channels[0].clone();
        second.case_key = Some("nhieu_trang".into());
        second.time_limit.unit = TimeUnit::CalendarDays;
        second.time_limit.value = 3;
        second.fees[0].kind = FeeKind::Charge;
        second.fees.push(FeeItem {
            kind: FeeKind::Fee,
            label: "Phí gửi".into(),
            formula: FeeFormula::Flat { amount: crate::money::Vnd(25_000) },
            exemptions: Some("Hộ nghèo".into()),
            legal_basis: Some("TT 1/2025".into()),
        });
        doc.channels.push(second);
        doc.steps = vec!["Nộp | nhận".into(), "Trả".into()];
        doc.receiving_agencies = vec![AgencyCode::parse("000.00.01.H52").unwrap()];
        doc
    }

    fn read_back(row: Vec<String>) -> ReadRow {
        let layout = Layout::of(&headers()).unwrap();
        read_row(&layout, &row)
    }

    #[test]
    fn a_row_written_reads_back_as_the_same_document() {
        let doc = sample();
        let read = read_back(write_row(1, &doc, "Chứng thực", "UBND xã"));
        assert_eq!(read.document.unwrap(), doc);
        assert_eq!(read.field, Some((doc.field.clone(), "Chứng thực".into())));
    }

    #[test]
    fn columns_are_found_by_header_in_any_order_and_missing_ones_reported() {
        let mut headers = headers();
        headers.reverse();
        headers.push("Cột riêng của tỉnh".into());
        let layout = Layout::of(&headers).unwrap();
        let mut row = write_row(1, &sample(), "", "");
        row.reverse();
        row.push("bỏ qua".into());
        assert_eq!(read_row(&layout, &row).document.unwrap(), sample());
        let problems = Layout::of(&["mã thủ tục".into(), "TÊN THỦ TỤC".into(), "Mã thủ tục".into()]).err().unwrap();
        assert_eq!(problems[0], problem("Mã thủ tục", K::Duplicate));
        assert!(problems.contains(&problem("Căn cứ pháp lý", K::Required)));
    }

    #[test]
    fn each_problem_names_its_column_and_line() {
        let layout = Layout::of(&headers()).unwrap();
        let mut row = write_row(1, &sample(), "", "");
        let set = |row: &mut Vec<String>, column: Column, text: &str| {
            let at = Column::ALL.iter().position(|c| *c == column).unwrap();
            row[at] = text.into();
        };
        set(&mut row, Column::Level, "Cấp huyện");
        set(&mut row, Column::Channels, "Trực tuyến | thời hạn: 2 ngày làm việc\nFax | thời hạn: mười ngày");
        set(
            &mut row,
            Column::Fees,
            "Trực tuyến | loại: Phí | tên: A | mức: 5.000 đ\nBưu chính | tên: B | mức: 1 đ\nTrực tuyến | tên: C | mức: nhiều",
        );
        set(&mut row, Column::Documents, "Đơn | bản chính: một | màu sắc: xanh");
        let problems = read_row(&layout, &row).document.unwrap_err();
        let found: Vec<(&str, &K)> = problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        assert_eq!(
            found,
            [
                ("Cấp thực hiện", &K::NotAnOption),
                ("Cách thức thực hiện #2", &K::NotAnOption),
                ("Cách thức thực hiện #2", &K::NotANumber),
                ("Phí, lệ phí #2", &K::UnknownChannel),
                ("Phí, lệ phí #3", &K::NotANumber),
                ("Thành phần hồ sơ #1", &K::NotANumber),
                ("Thành phần hồ sơ #1", &K::UnknownPart { part: "màu sắc".into() }),
            ]
        );
    }

    #[test]
    fn a_documents_own_problems_are_located_in_the_sheet() {
        let read = read_back(write_row(1, &sample(), "", ""));
        let origin = read.origin;
        assert_eq!(origin.locate("channels[1].fees[1].label"), "Phí, lệ phí #3");
        assert_eq!(origin.locate("channels[1].time_limit"), "Cách thức thực hiện #2");
        assert_eq!(origin.locate("cases[0].key"), "Trường hợp #1");
        assert_eq!(origin.locate("name"), "Tên thủ tục");
        assert_eq!(origin.locate("documents"), "Thành phần hồ sơ");
    }
}
