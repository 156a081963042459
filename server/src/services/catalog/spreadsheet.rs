//! The catalog file in any of its three formats: the portal's JSON, or a spreadsheet (XLSX or
//! CSV) in the national database's layout (`shared::catalog::sheet`). Which one a file is comes
//! from its bytes, so one upload field and one command take all three.

use super::file::{self, CatalogFile, FileField};
use super::import::{Incoming, IncomingRow};
use crate::db::{DbConn, DbError};
use shared::catalog::CatalogProblem;
use shared::catalog::sheet::{self, Layout};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Xlsx,
    Csv,
}

impl Format {
    /// An XLSX file is a ZIP archive; JSON starts with `{`; anything else is read as CSV.
    pub fn of(bytes: &[u8]) -> Format {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.starts_with(b"PK\x03\x04") {
            Format::Xlsx
        } else if text.trim_ascii_start().starts_with(b"{") {
            Format::Json
        } else {
            Format::Csv
        }
    }

    /// The format an export file's name asks for (`.xlsx`, `.csv`, else JSON).
    pub fn of_name(name: &str) -> Format {
        let name = name.to_ascii_lowercase();
        if name.ends_with(".xlsx") {
            Format::Xlsx
        } else if name.ends_with(".csv") {
            Format::Csv
        } else {
            Format::Json
        }
    }
}

/// Reads a catalog file of any format. `Err` when the file as a whole cannot be read (the
/// reader's words); a row that cannot be read is one of the rows, with its problems.
pub fn read(bytes: &[u8]) -> Result<Incoming, String> {
    match Format::of(bytes) {
        Format::Json => {
            let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
            Ok(Incoming::from(file::parse(text.trim_start_matches('\u{feff}'))?))
        }
        Format::Xlsx => Ok(rows_of(xlsx_table(bytes)?)),
        Format::Csv => Ok(rows_of(csv_table(bytes)?)),
    }
}

/// A table read from a file: each row's cells with its number as a spreadsheet shows it.
type Table = Vec<(usize, Vec<String>)>;

/// The first sheet of a workbook as text cells. Numbers and dates are given the text a person
/// typed: whole numbers without `.0`, dates as `dd/mm/yyyy`.
fn xlsx_table(bytes: &[u8]) -> Result<Table, String> {
    use calamine::{Data, Reader, Xlsx};
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let range = book.worksheet_range_at(0).ok_or("no sheet")?.map_err(|e| e.to_string())?;
    let text = |cell: &Data| match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "Có" } else { "Không" }.to_owned(),
        Data::DateTime(d) => serial_date(d.as_f64()),
    };
    // The range starts at the first used cell; columns before it are blank.
    let (first_row, first_column) = range.start().unwrap_or_default();
    let blank = vec![String::new(); first_column as usize];
    let rows = range.rows().enumerate().map(|(i, row)| {
        let cells = blank.iter().cloned().chain(row.iter().map(text)).collect();
        (first_row as usize + i + 1, cells)
    });
    Ok(rows.collect())
}

/// A spreadsheet's date serial (days since 30/12/1899) as `dd/mm/yyyy`.
fn serial_date(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    epoch.checked_add_signed(chrono::Duration::days(serial.floor() as i64)).map_or_else(String::new, shared::time::date)
}

/// A CSV file as text cells: UTF-8 (a byte order mark is skipped), separated by `,` or, as a
/// spreadsheet set to Vietnamese writes it, by `;`. Rows are numbered as a spreadsheet opening
/// the file numbers them: a record whose cells hold line breaks is one row, and a blank line
/// (which the reader skips) is a row too.
fn csv_table(bytes: &[u8]) -> Result<Table, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The header's separators outnumber the commas inside its names ("Phí, lệ phí").
    let head = &bytes[..bytes.len().min(4096)];
    let semicolons = head.iter().filter(|b| **b == b';').count();
    let commas = head.iter().filter(|b| **b == b',').count();
    let delimiter = if semicolons > commas { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(bytes);
    let (mut rows, mut row, mut next_line) = (Vec::new(), 0, 1);
    let (mut counted_to, mut line) = (0, 1);
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        // The record's first line, from its byte offset (lines before it counted once).
        // (The reader's position is where it began reading, before the blank lines it skipped.)
        let mut start = record.position().map_or(counted_to, |p| p.byte() as usize).min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
            start += 1;
        }
        line += bytes[counted_to.min(start)..start].iter().filter(|b| **b == b'\n').count();
        counted_to = start;
        row += 1 + line.saturating_sub(next_line);
        next_line = line + 1 + record.iter().map(|c| c.matches('\n').count()).sum::<usize>();
        rows.push((row, record.iter().map(str::to_owned).collect()));
    }
    Ok(rows)
}

/// The rows of a table as an import. The header is the first of the top rows that has the
/// columns the portal needs (a national export may have a title above it); each later row is
/// one procedure version; blank rows are skipped. A field the rows name with its name
/// (`Lĩnh vực`) is created when the catalog lacks it.
fn rows_of(table: Table) -> Incoming {
    let found =
        table.iter().take(HEADER_SEARCH).enumerate().find_map(|(i, (_, cells))| Some((i, Layout::of(cells).ok()?)));
    let Some((header_at, layout)) = found else {
        let (number, cells) = table.first().cloned().unwrap_or((1, Vec::new()));
        let problems = Layout::of(&cells).err().unwrap_or_default();
        let rows = vec![IncomingRow { row: number, code: String::new(), read: Err(problems), origin: None }];
        return Incoming { references: CatalogFile::default(), rows };
    };
    let mut references = CatalogFile::default();
    let mut rows = Vec::new();
    for (number, cells) in table.into_iter().skip(header_at + 1) {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let read = sheet::read_row(&layout, &cells);
        if let Some((code, name)) = read.field
            && !references.fields.iter().any(|f| f.code == code)
        {
            references.fields.push(FileField { code, name });
        }
        let code = match &read.document {
            Ok(doc) => doc.code.to_string(),
            Err(_) => sheet::cells::procedure_code(layout.code_cell(&cells)),
        };
        rows.push(IncomingRow { row: number, code, read: read.document, origin: Some(read.origin) });
    }
    Incoming { references, rows }
}

/// How many rows from the top may come before the header.
const HEADER_SEARCH: usize = 10;

/// Every version of every procedure as spreadsheet rows (header first), with the names of
/// their fields and agencies beside the codes.
fn table(conn: &mut DbConn) -> Result<Vec<Vec<String>>, DbError> {
    let catalog = file::export(conn)?;
    let field_names: HashMap<&str, &str> = catalog.fields.iter().map(|f| (f.code.as_str(), f.name.as_str())).collect();
    let agency_names: HashMap<&str, &str> =
        catalog.agencies.iter().map(|a| (a.code.as_str(), a.name.as_str())).collect();
    let mut rows = vec![sheet::headers()];
    for (i, doc) in catalog.procedures.iter().enumerate() {
        let field = field_names.get(doc.field.as_str()).copied().unwrap_or_default();
        let agency = agency_names.get(doc.agency.as_str()).copied().unwrap_or_default();
        rows.push(sheet::write_row(i + 1, doc, field, agency));
    }
    Ok(rows)
}

/// The catalog as a file of `format`.
pub fn export(conn: &mut DbConn, format: Format) -> Result<Vec<u8>, DbError> {
    let failed = |e: String| crate::db::decode(format!("catalog export: {e}"));
    match format {
        Format::Json => serde_json::to_vec_pretty(&file::export(conn)?).map_err(|e| failed(e.to_string())),
        Format::Csv => csv_bytes(&table(conn)?).map_err(failed),
        Format::Xlsx => xlsx_bytes(&table(conn)?).map_err(failed),
    }
}

/// UTF-8 with a byte order mark, which spreadsheets need to read Vietnamese letters from CSV.
fn csv_bytes(rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for row in rows {
        writer.write_record(row).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

fn xlsx_bytes(rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format as Style, Workbook};
    let failed = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Danh muc TTHC").map_err(failed)?;
    let (bold, wrap) = (Style::new().set_bold().set_text_wrap(), Style::new().set_text_wrap());
    for (r, row) in rows.iter().enumerate() {
        let style = if r == 0 { &bold } else { &wrap };
        for (c, value) in row.iter().enumerate() {
            // Written as text: a code must stay `1.000890` and no cell may be read as a formula.
            sheet.write_string_with_format(r as u32, c as u16, value, style).map_err(failed)?;
        }
    }
    for (c, column) in sheet::Column::ALL.iter().enumerate() {
        let width = match column {
            sheet::Column::Number | sheet::Column::Version => 6.0,
            sheet::Column::Name | sheet::Column::Documents | sheet::Column::Fees | sheet::Column::Channels => 48.0,
            _ => 20.0,
        };
        sheet.set_column_width(c as u16, width).map_err(failed)?;
    }
    sheet.set_freeze_panes(1, 3).map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

/// A problem of a read document, moved to where the spreadsheet has it.
pub fn locate(origin: &sheet::Origin, problems: Vec<CatalogProblem>) -> Vec<CatalogProblem> {
    problems.into_iter().map(|p| CatalogProblem { path: origin.locate(&p.path), kind: p.kind }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_are_numbered_as_a_spreadsheet_shows_them() {
        let csv = "a;b\n\"x\ny\";1\n\n;\nlast;2\n";
        let rows: Vec<(usize, String)> =
            csv_table(csv.as_bytes()).unwrap().into_iter().map(|(n, cells)| (n, cells.join("|"))).collect();
        assert_eq!(rows, [(1, "a|b".into()), (2, "x\ny|1".into()), (4, "|".into()), (5, "last|2".into())]);
    }
}
