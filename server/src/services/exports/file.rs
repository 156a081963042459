//! An export's file, written into a temporary folder with bounded memory: the list as CSV (UTF-8
//! with a byte order mark, for spreadsheets) or XLSX (rust_xlsxwriter's constant-memory sheet,
//! which keeps its rows on disk), and, when asked, a ZIP holding the list and every dossier's
//! documents under a folder named by its code, each document copied in as its chunks arrive.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use shared::exports::Format;
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

/// The list's columns.
pub const HEADERS: [&str; 9] = [
    "Mã hồ sơ",
    "Thủ tục",
    "Người nộp",
    "Trạng thái",
    "Kênh nộp",
    "Ngày nộp",
    "Ngày tiếp nhận",
    "Ngày hẹn trả",
    "Ngày có kết quả",
];

enum List {
    Csv(Box<csv::Writer<BufWriter<File>>>),
    Xlsx { book: Box<rust_xlsxwriter::Workbook>, row: u32 },
}

pub struct ExportFile {
    dir: tempfile::TempDir,
    format: Format,
    list: List,
    zip: Option<ZipWriter<BufWriter<File>>>,
}

/// A cell as a spreadsheet may read it: a leading `= + - @`, tab or carriage return is never a
/// formula.
fn defused(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}").into() } else { value.into() }
}

/// A name safe inside a ZIP: no folders, no control characters, not empty.
fn entry_name(name: &str) -> String {
    let cleaned: String = name.chars().map(|c| if c == '/' || c == '\\' || c.is_control() { '_' } else { c }).collect();
    let cleaned = cleaned.trim_start_matches('.').trim().to_owned();
    if cleaned.is_empty() { "tep".to_owned() } else { cleaned }
}

impl ExportFile {
    /// A new export file in `format`, inside a ZIP with the documents when `documents`.
    pub fn new(format: Format, documents: bool) -> Result<Self> {
        let dir = tempfile::tempdir().context("a temporary folder for the export")?;
        let list = match format {
            Format::Csv => {
                let mut out = BufWriter::new(File::create(dir.path().join("list"))?);
                out.write_all(b"\xEF\xBB\xBF")?;
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(HEADERS)?;
                List::Csv(Box::new(csv))
            }
            Format::Xlsx => {
                let mut book = Box::new(rust_xlsxwriter::Workbook::new());
                book.set_tempdir(dir.path())?;
                let sheet = book.add_worksheet_with_constant_memory()?;
                sheet.set_name("Ho so")?;
                let bold = rust_xlsxwriter::Format::new().set_bold();
                for (col, h) in HEADERS.iter().enumerate() {
                    sheet.write_string_with_format(0, col as u16, *h, &bold)?;
                }
                List::Xlsx { book, row: 1 }
            }
        };
        let zip =
            if documents { Some(ZipWriter::new(BufWriter::new(File::create(dir.path().join("zip"))?))) } else { None };
        Ok(Self { dir, format, list, zip })
    }

    /// One dossier's line of the list.
    pub fn row(&mut self, cells: &[String; 9]) -> Result<()> {
        match &mut self.list {
            List::Csv(csv) => csv.write_record(cells.iter().map(|c| defused(c).into_owned()))?,
            List::Xlsx { book, row } => {
                let sheet = book.worksheet_from_index(0)?;
                for (col, value) in cells.iter().enumerate() {
                    // Written as text: a cell is never read as a formula.
                    sheet.write_string(*row, col as u16, value.as_str())?;
                }
                *row += 1;
            }
        }
        Ok(())
    }

    /// Starts a document of dossier `code` in the ZIP (its chunks follow).
    pub fn start_document(&mut self, code: &str, ordinal: usize, name: &str) -> Result<()> {
        if let Some(zip) = &mut self.zip {
            let path = format!("{}/{ordinal:02}-{}", entry_name(code), entry_name(name));
            // Stored as they are: PDFs and images are compressed already.
            zip.start_file(path, SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored))?;
        }
        Ok(())
    }

    pub fn document_chunk(&mut self, bytes: &[u8]) -> Result<()> {
        if let Some(zip) = &mut self.zip {
            zip.write_all(bytes)?;
        }
        Ok(())
    }

    /// Ends the file: its path (inside the temporary folder, removed with the returned guard)
    /// and the name it is offered under.
    pub fn finish(self, stem: &str) -> Result<(PathBuf, String, tempfile::TempDir)> {
        let ExportFile { dir, format, list, zip } = self;
        let list_path = dir.path().join("list");
        match list {
            List::Csv(csv) => {
                csv.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?.flush()?;
            }
            List::Xlsx { mut book, .. } => book.save(&list_path)?,
        }
        let list_name = format!("{stem}.{}", format.code());
        let Some(mut zip) = zip else { return Ok((list_path, list_name, dir)) };
        zip.start_file(list_name, SimpleFileOptions::default())?;
        std::io::copy(&mut File::open(&list_path)?, &mut zip)?;
        zip.finish()?.flush()?;
        Ok((dir.path().join("zip"), format!("{stem}.zip"), dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(code: &str) -> [String; 9] {
        std::array::from_fn(|i| if i == 0 { code.to_owned() } else { format!("=ô {i}") })
    }

    #[test]
    fn a_zip_holds_the_list_and_each_document_under_its_dossier() {
        let mut file = ExportFile::new(Format::Csv, true).unwrap();
        file.row(&cells("000.01-1")).unwrap();
        file.start_document("000.01-1", 1, "../to khai.pdf").unwrap();
        file.document_chunk(b"%PDF-1.7 ").unwrap();
        file.document_chunk(b"rest").unwrap();
        let (path, name, _guard) = file.finish("ho-so").unwrap();
        assert_eq!(name, "ho-so.zip");
        let mut zip = zip::ZipArchive::new(File::open(path).unwrap()).unwrap();
        let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["000.01-1/01-_to khai.pdf", "ho-so.csv"]);
        let mut list = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("ho-so.csv").unwrap(), &mut list).unwrap();
        assert!(list.starts_with('\u{feff}') && list.contains("000.01-1,'=ô 1"), "{list}");
        let mut doc = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name("000.01-1/01-_to khai.pdf").unwrap(), &mut doc).unwrap();
        assert_eq!(doc, b"%PDF-1.7 rest");
    }

    #[test]
    fn an_xlsx_list_is_a_workbook() {
        let mut file = ExportFile::new(Format::Xlsx, false).unwrap();
        for i in 0..3 {
            file.row(&cells(&format!("code-{i}"))).unwrap();
        }
        let (path, name, _guard) = file.finish("ho-so").unwrap();
        assert_eq!(name, "ho-so.xlsx");
        let mut zip = zip::ZipArchive::new(File::open(path).unwrap()).unwrap();
        let mut sheet = String::new();
        // A constant-memory sheet writes its strings in its rows.
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut sheet).unwrap();
        assert!(sheet.contains("code-2"), "{sheet}");
    }
}
