//! Minimal A4 PDF renderer: Vietnamese text (DejaVu Sans, subset-embedded with
//! ToUnicode map by krilla) laid out top-to-bottom with word wrapping, left, centred or
//! right-aligned; table rows (a `\t` in `Line::text` separates the cells: two columns by
//! default, or the widths given by `Line::row`); two borderless centred columns side by side
//! (`Line::pair`: the official header and the signature blocks); portrait or landscape pages;
//! and an optional QR code drawn as vector squares at the right margin, from the top of the
//! page or from where `Line::qr_here` stands.

use std::sync::LazyLock;

use anyhow::{Context, Result, anyhow};
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

static REGULAR_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Parsed once; `krilla::text::Font` is an `Arc` internally, cloning is cheap.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts {
    regular: Font::new(REGULAR_TTF.into(), 0).expect("DejaVuSans.ttf"),
    bold: Font::new(BOLD_TTF.into(), 0).expect("DejaVuSans-Bold.ttf"),
});

struct Fonts {
    regular: Font,
    bold: Font,
}

/// rustybuzz faces over the same bytes, used only for measuring.
static FACES: LazyLock<[rustybuzz::Face<'static>; 2]> = LazyLock::new(|| {
    [
        rustybuzz::Face::from_slice(REGULAR_TTF, 0).expect("DejaVuSans.ttf"),
        rustybuzz::Face::from_slice(BOLD_TTF, 0).expect("DejaVuSans-Bold.ttf"),
    ]
});

// A4 in PostScript points; krilla uses a top-left origin with y growing downwards.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 50.0;
const LINE_GAP: f32 = 1.35; // line height = size * LINE_GAP
const QR_SIZE: f32 = 90.0;
const QR_GAP: f32 = 12.0;
const COL1_FRAC: f32 = 0.68; // width share of the first table column
const CELL_PAD: f32 = 4.0;
/// The official header's columns: the issuing body on the left, the national motto on the right.
const PAIR: [f32; 2] = [0.42, 0.58];

pub struct Line {
    pub text: String,
    pub bold: bool,
    pub size: f32,
    /// Column widths as shares of the content width, for a table row of as many cells.
    pub columns: Option<Vec<f32>>,
    pub shape: Shape,
}

/// How a line is laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    Left,
    Center,
    Right,
    /// Two borderless columns, each centred (`PAIR`'s widths).
    Pair,
    /// Takes no room: the QR code's top goes here (first page only).
    QrHere,
}

impl Line {
    pub fn new(text: impl Into<String>, bold: bool, size: f32) -> Self {
        Line { text: text.into(), bold, size, columns: None, shape: Shape::Left }
    }

    /// A table row: `cells` in columns of `widths` (shares of the content width).
    pub fn row(cells: &[&str], widths: &[f32], bold: bool, size: f32) -> Self {
        let cells: Vec<String> = cells.iter().map(|c| c.replace('\t', " ")).collect();
        Line { text: cells.join("\t"), bold, size, columns: Some(widths.to_vec()), shape: Shape::Left }
    }

    /// A line centred on the page (a title).
    pub fn center(text: impl Into<String>, bold: bool, size: f32) -> Self {
        Line { shape: Shape::Center, ..Line::new(text, bold, size) }
    }

    /// A line against the right margin (the place and date).
    pub fn right(text: impl Into<String>, bold: bool, size: f32) -> Self {
        Line { shape: Shape::Right, ..Line::new(text, bold, size) }
    }

    /// `left` and `right` side by side, each centred in its column; either may be empty.
    pub fn pair(left: &str, right: &str, bold: bool, size: f32) -> Self {
        let text = format!("{}\t{}", left.replace('\t', " "), right.replace('\t', " "));
        Line { shape: Shape::Pair, ..Line::new(text, bold, size) }
    }

    /// Where the QR code starts, below what came before (the header).
    pub fn qr_here() -> Self {
        Line { shape: Shape::QrHere, ..Line::new("", false, 0.0) }
    }
}

/// The page and the document's title.
#[derive(Clone, Copy)]
pub struct Sheet<'a> {
    pub title: &'a str,
    pub landscape: bool,
}

impl Sheet<'_> {
    fn size(&self) -> (f32, f32) {
        if self.landscape { (PAGE_H, PAGE_W) } else { (PAGE_W, PAGE_H) }
    }
}

/// Render `lines` onto A4 portrait page(s) (normally one). Returns the PDF bytes.
pub fn render(lines: &[Line], qr_text: Option<&str>) -> Result<Vec<u8>> {
    render_on(Sheet { title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", landscape: false }, lines, qr_text)
}

/// Render `lines` onto pages of `sheet`.
pub fn render_on(sheet: Sheet<'_>, lines: &[Line], qr_text: Option<&str>) -> Result<Vec<u8>> {
    render_documents(sheet, &[(lines, qr_text)])
}

/// Render several documents of `sheet` into one file (to print at once): each starts on a new
/// page, with its own QR code on its first page.
pub fn render_documents(sheet: Sheet<'_>, documents: &[(&[Line], Option<&str>)]) -> Result<Vec<u8>> {
    let fonts = &*FONTS;
    let (page_w, page_h) = sheet.size();
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(sheet.title.to_string()).language("vi".to_string()));
    for (lines, qr_text) in documents {
        let qr = qr_text.map(qr_modules).transpose()?;
        let (pages, qr_top) = layout(lines, qr.is_some(), page_w, page_h);
        for (i, items) in pages.iter().enumerate() {
            let settings = PageSettings::from_wh(page_w, page_h).context("page size")?;
            let mut page = doc.start_page_with(settings);
            let mut surface = page.surface();
            if i == 0
                && let Some((width, dark)) = &qr
            {
                draw_qr(&mut surface, *width, dark, page_w, qr_top);
            }
            for item in items {
                draw(&mut surface, fonts, item);
            }
            surface.finish();
            page.finish();
        }
    }
    doc.finish().map_err(|e| anyhow!("krilla: {e:?}"))
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text { x, baseline, bold, size, text } => {
            let font = if *bold { &fonts.bold } else { &fonts.regular };
            surface.draw_text(Point::from_xy(*x, *baseline), font.clone(), *size, text, false, TextDirection::Auto);
        }
        Item::Border { x, y, w, h } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else { return };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke { width: 0.5, ..Default::default() }));
                surface.draw_path(&path);
                surface.set_stroke(None);
                surface.set_fill(Some(Fill::default()));
            }
        }
    }
}

enum Item {
    Text { x: f32, baseline: f32, bold: bool, size: f32, text: String },
    Border { x: f32, y: f32, w: f32, h: f32 },
}

/// Top-to-bottom layout, and the QR code's top. While a line's top is inside the QR band
/// the available width shrinks so text never runs under the code.
fn layout(lines: &[Line], has_qr: bool, page_w: f32, page_h: f32) -> (Vec<Vec<Item>>, f32) {
    let content_w = page_w - 2.0 * MARGIN;
    let mut pages: Vec<Vec<Item>> = vec![vec![]];
    let mut y = MARGIN; // top of the next line
    let mut qr_top = MARGIN;
    let mut qr_bottom = if has_qr { MARGIN + QR_SIZE + QR_GAP } else { 0.0 };

    for line in lines {
        let lh = line.size * LINE_GAP;
        let ascent = line.size * 0.93; // DejaVu ascender ~0.928 em
        let first_page = pages.len() == 1;
        if line.shape == Shape::QrHere {
            if has_qr && first_page {
                (qr_top, qr_bottom) = (y, y + QR_SIZE + QR_GAP);
            }
            continue;
        }
        let band = (qr_top, qr_bottom);
        let avail = |y: f32| {
            if first_page && y + lh > band.0 && y < band.1 { content_w - QR_SIZE - QR_GAP } else { content_w }
        };

        if line.shape == Shape::Pair {
            // Two centred columns without borders; a pair taller than what is left starts a page.
            let widths = PAIR.map(|share| share * content_w);
            let cells: Vec<Vec<String>> = line
                .text
                .split('\t')
                .zip(widths)
                .map(
                    |(cell, w)| {
                        if cell.trim().is_empty() { vec![] } else { wrap(cell.trim(), line.bold, line.size, w) }
                    },
                )
                .collect();
            let rows = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
            if y + rows as f32 * lh > page_h - MARGIN {
                pages.push(vec![]);
                y = MARGIN;
            }
            let items = pages.last_mut().unwrap();
            let mut x = MARGIN;
            for (cell, w) in cells.iter().zip(widths) {
                for (i, t) in cell.iter().enumerate() {
                    items.push(Item::Text {
                        x: x + (w - measure(t, line.bold, line.size)).max(0.0) / 2.0,
                        baseline: y + i as f32 * lh + ascent,
                        bold: line.bold,
                        size: line.size,
                        text: t.clone(),
                    });
                }
                x += w;
            }
            y += rows as f32 * lh;
            continue;
        }

        if line.text.contains('\t') {
            // A table row with cell borders; a row taller than what is left starts a new page.
            let cells: Vec<&str> = line.text.split('\t').collect();
            let widths: Vec<f32> = match &line.columns {
                Some(shares) if shares.len() == cells.len() => shares.iter().map(|s| s * content_w).collect(),
                _ if cells.len() == 2 => vec![content_w * COL1_FRAC, content_w * (1.0 - COL1_FRAC)],
                _ => vec![content_w / cells.len() as f32; cells.len()],
            };
            let wrapped: Vec<Vec<String>> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| wrap(c.trim(), line.bold, line.size, w - 2.0 * CELL_PAD))
                .collect();
            let rows = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = rows as f32 * lh + 2.0 * CELL_PAD;
            if y + h > page_h - MARGIN {
                pages.push(vec![]);
                y = MARGIN;
            }
            let items = pages.last_mut().unwrap();
            let mut x = MARGIN;
            for (cell, w) in wrapped.iter().zip(&widths) {
                items.push(Item::Border { x, y, w: *w, h });
                for (i, t) in cell.iter().enumerate() {
                    items.push(Item::Text {
                        x: x + CELL_PAD,
                        baseline: y + CELL_PAD + i as f32 * lh + ascent,
                        bold: line.bold,
                        size: line.size,
                        text: t.clone(),
                    });
                }
                x += w;
            }
            y += h;
            continue;
        }

        if line.text.trim().is_empty() {
            y += lh;
            continue;
        }
        // Wrap line by line because the available width depends on y (QR band).
        let mut rest: &str = line.text.trim();
        while !rest.is_empty() {
            if y + lh > page_h - MARGIN {
                pages.push(vec![]);
                y = MARGIN;
            }
            let width = avail(y);
            let (head, tail) = take_line(rest, line.bold, line.size, width);
            let spare = (width - measure(head, line.bold, line.size)).max(0.0);
            let x = match line.shape {
                Shape::Center => MARGIN + spare / 2.0,
                Shape::Right => MARGIN + spare,
                _ => MARGIN,
            };
            pages.last_mut().unwrap().push(Item::Text {
                x,
                baseline: y + ascent,
                bold: line.bold,
                size: line.size,
                text: head.to_string(),
            });
            y += lh;
            rest = tail.trim_start();
        }
    }
    (pages, qr_top)
}

/// Greedy wrap of a whole paragraph at a fixed width.
fn wrap(text: &str, bold: bool, size: f32, width: f32) -> Vec<String> {
    let mut out = vec![];
    let mut rest = text;
    while !rest.is_empty() {
        let (head, tail) = take_line(rest, bold, size, width);
        out.push(head.to_string());
        rest = tail.trim_start();
    }
    out
}

/// Split off the longest prefix that fits `width`, preferring a break at a space;
/// a single over-long word is broken at a char boundary.
fn take_line(text: &str, bold: bool, size: f32, width: f32) -> (&str, &str) {
    if measure(text, bold, size) <= width {
        return (text, "");
    }
    let mut best: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            if measure(&text[..i], bold, size) <= width {
                best = Some(i);
            } else {
                break;
            }
        }
    }
    if let Some(i) = best.filter(|&i| i > 0) {
        return (&text[..i], &text[i..]);
    }
    // No space fits: hard-break inside the word (at least one char per line).
    let mut cut = text.chars().next().map_or(text.len(), char::len_utf8);
    for (i, c) in text.char_indices().skip(1) {
        let end = i + c.len_utf8();
        if measure(&text[..end], bold, size) > width {
            break;
        }
        cut = end;
    }
    (&text[..cut], &text[cut..])
}

/// Width in points, shaped with rustybuzz exactly like krilla's `draw_text` does
/// (so kerning / mark positioning are accounted for).
fn measure(text: &str, bold: bool, size: f32) -> f32 {
    let face = &FACES[bold as usize];
    let mut buf = rustybuzz::UnicodeBuffer::new();
    buf.push_str(text);
    buf.guess_segment_properties();
    let shaped = rustybuzz::shape(face, &[], buf);
    let adv: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
    adv as f32 * size / face.units_per_em() as f32
}

/// QR module matrix: (modules per side, row-major dark flags).
fn qr_modules(text: &str) -> Result<(usize, Vec<bool>)> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| anyhow!("qr: {e:?}"))?;
    let w = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Ok((w, dark))
}

/// One path made of all dark modules (page is white, so the quiet zone is implicit:
/// keep >= 4 modules of white around it, which the margins guarantee).
fn draw_qr(surface: &mut Surface<'_>, width: usize, dark: &[bool], page_w: f32, top: f32) {
    let m = QR_SIZE / width as f32;
    let x0 = page_w - MARGIN - QR_SIZE;
    let y0 = top;
    let mut pb = PathBuilder::new();
    for (idx, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (cx, cy) = ((idx % width) as f32, (idx / width) as f32);
        // Tiny overlap avoids hairline seams between adjacent modules in some viewers.
        if let Some(r) = Rect::from_xywh(x0 + cx * m, y0 + cy * m, m + 0.01, m + 0.01) {
            pb.push_rect(r);
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(Fill::default())); // black, non-zero winding
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Vec<Line> {
        vec![
            Line::new("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", true, 14.0),
            Line::new("", false, 8.0),
            Line::new("Mã hồ sơ: 000.01.50.H52-261122-0001", false, 11.0),
            Line::new("Tiếp nhận hồ sơ của: Lò Thị Demo", false, 11.0),
            Line::new("Địa chỉ: Bản Mường, xã Điện Biên Đông, tỉnh Điện Biên", false, 11.0),
            Line::new(
                "Nội dung yêu cầu giải quyết: Cấp đổi, cấp lại giấy chứng nhận quyền sử dụng \
                 đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất do bị mất hoặc hư hỏng",
                false,
                11.0,
            ),
            Line::new("", false, 6.0),
            Line::new("Tên giấy tờ\tSố lượng", true, 11.0),
            Line::new("Đơn đề nghị cấp đổi, cấp lại Giấy chứng nhận (Mẫu số 10/ĐK)\tBản chính: 1", false, 11.0),
            Line::new("Giấy chứng nhận đã cấp\tBản chính: 1", false, 11.0),
            Line::new("Căn cước công dân của người đề nghị\tBản sao: 1", false, 11.0),
            Line::new("", false, 6.0),
            Line::new("Thời gian trả kết quả: 17:00 ngày 22/11/2026", true, 11.0),
            Line::new("Người tiếp nhận: Nguyễn Văn Ưng — Bộ phận Một cửa", false, 11.0),
        ]
    }

    const NEEDLES: &[&str] = &[
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Mã hồ sơ: 000.01.50.H52-261122-0001",
        "Tiếp nhận hồ sơ của: Lò Thị Demo",
        "Thời gian trả kết quả: 17:00 ngày 22/11/2026",
        "Ngày hẹn trả: thứ Hai",
        "Đơn đề nghị cấp đổi, cấp lại Giấy chứng nhận",
        "Bản chính: 1",
        "Căn cước công dân của người đề nghị",
        "Người tiếp nhận: Nguyễn Văn Ưng — Bộ phận Một cửa",
        "Ghi chú: file PDF, fluent office", // DejaVu has fi/fl ligatures
    ];
    const CHARS: &[char] = &['ả', 'ẹ', 'ư', 'ơ', 'đ', 'Đ', 'ầ', 'ễ', 'ỏ', 'Ư', 'ờ', 'ữ', 'ặ'];

    fn sample_pdf() -> Vec<u8> {
        let mut lines = sample();
        lines.push(Line::new("Ngày hẹn trả: thứ Hai; sửa chữa, đặc biệt", false, 11.0));
        lines.push(Line::new("Ghi chú: file PDF, fluent office", false, 11.0));
        let pdf = render(&lines, Some("https://dichvucong.gov.vn/tra-cuu?ma=000.01.50.H52-261122-0001")).unwrap();
        std::fs::write(std::env::temp_dir().join("pdf-scratch-sample.pdf"), &pdf).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        pdf
    }

    fn norm(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// lopdf: one text object (BT..ET) per drawn line -> one output line each,
    /// so every non-wrapped line must come back as an exact line.
    #[test]
    fn lopdf_extracts_vietnamese_intact() {
        let pdf = sample_pdf();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let text = doc.extract_text(&[1]).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for needle in NEEDLES {
            let hit = lines.iter().any(|l| l.contains(needle));
            assert!(hit, "missing {needle:?} in:\n{text}");
        }
        // wrapped paragraph: the words are split over lines but intact
        assert!(norm(&text).contains("quyền sử dụng đất"));
        assert!(lines.contains(&"Bản chính: 1"), "table cell extracted as its own line");
        for ch in CHARS {
            assert!(text.contains(*ch), "missing {ch:?}");
        }
    }

    /// Decomposed (NFD) input is shaped to the precomposed glyph; the extracted text
    /// is whatever krilla's ToUnicode/ActualText maps back -- printed for inspection.
    #[test]
    fn nfd_input() {
        let nfd = "Nguye\u{0302}\u{0303}n The\u{0302}\u{0301} Hu\u{031B}\u{0300}ng";
        let pdf = render(&[Line::new(nfd, false, 12.0)], None).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        println!("NFD in -> {:?} (len {}), nfd len {}", text.trim(), text.trim().chars().count(), nfd.chars().count());
        assert_eq!(text.trim(), nfd);
    }

    #[test]
    fn wraps_long_lines_within_width() {
        let long = "Nội dung ".repeat(60);
        let content_w = PAGE_W - 2.0 * MARGIN;
        let lines = wrap(long.trim(), false, 11.0, content_w);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| measure(l, false, 11.0) <= content_w));
        let word = "Đ".repeat(200);
        assert!(wrap(&word, true, 11.0, 100.0).iter().all(|l| measure(l, true, 11.0) <= 100.0));
    }
}
