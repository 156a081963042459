//! A PAdES signature (ETSI.CAdES.detached) placed into a PDF the portal rendered: the document is
//! written again with a signature field on its first page and a signature dictionary whose
//! `/Contents` is left as a run of zeros; the bytes on either side of it (`/ByteRange`) are
//! hashed, signed as CMS, and the signature written into the zeros. Any PDF reader then shows who
//! signed and whether a byte changed since.

use super::cms::{self, Certificate, PrivateKey};
use anyhow::{Context, Result, anyhow, bail};
use lopdf::{Dictionary, Document, Object, StringFormat};
use sha2::{Digest, Sha256};

/// Room kept for the CMS signature: a certificate of a real CA with its chain fits well inside.
const RESERVED: usize = 8192;
/// Wider than any offset the ByteRange can hold, so the real numbers fit where these stood.
const WIDE: i64 = 9_999_999_999;

/// Who signs, and what a reader shows of it.
pub struct Signer<'a> {
    pub key: &'a PrivateKey,
    pub certificate: &'a Certificate,
    /// Why it is signed and where (shown by the reader beside the signer's name).
    pub reason: &'a str,
    pub location: &'a str,
    pub at: chrono::NaiveDateTime,
}

/// Whether the signature `key` and `certificate` make fits the room a paper keeps for it.
pub fn fits(key: &PrivateKey, certificate: &Certificate) -> bool {
    cms::signed_data(key, certificate, &[0; 32]).len() <= RESERVED
}

/// `pdf` signed by `signer`.
pub fn sign(pdf: &[u8], signer: &Signer<'_>) -> Result<Vec<u8>> {
    let mut doc = Document::load_mem(pdf).context("reading the rendered PDF")?;
    let first_page = *doc.get_pages().values().next().ok_or_else(|| anyhow!("a PDF without pages"))?;
    let mut signature = Dictionary::new();
    signature.set("Type", Object::Name(b"Sig".to_vec()));
    signature.set("Filter", Object::Name(b"Adobe.PPKLite".to_vec()));
    signature.set("SubFilter", Object::Name(b"ETSI.CAdES.detached".to_vec()));
    signature.set("ByteRange", Object::Array(vec![0.into(), WIDE.into(), WIDE.into(), WIDE.into()]));
    signature.set("Contents", Object::String(vec![0; RESERVED], StringFormat::Hexadecimal));
    signature.set("M", Object::string_literal(pdf_date(signer.at)));
    signature.set("Name", text(&signer.certificate.subject));
    signature.set("Reason", text(signer.reason));
    signature.set("Location", text(signer.location));
    let signature = doc.add_object(signature);

    let mut field = Dictionary::new();
    field.set("Type", Object::Name(b"Annot".to_vec()));
    field.set("Subtype", Object::Name(b"Widget".to_vec()));
    field.set("FT", Object::Name(b"Sig".to_vec()));
    field.set("T", Object::string_literal("Chu ky so"));
    field.set("V", Object::Reference(signature));
    field.set("P", Object::Reference(first_page));
    // Invisible (an empty rectangle), printed (4) and locked (128): the page itself is unchanged.
    field.set("Rect", Object::Array(vec![0.into(), 0.into(), 0.into(), 0.into()]));
    field.set("F", Object::Integer(132));
    let field = doc.add_object(field);

    // The page's annotations, whether written in the page or as an object of their own.
    let mut annotations = match doc.get_object(first_page)?.as_dict()?.get(b"Annots") {
        Ok(Object::Array(existing)) => existing.clone(),
        Ok(Object::Reference(id)) => doc.get_object(*id).and_then(Object::as_array).cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    annotations.push(Object::Reference(field));
    let page = doc.get_object_mut(first_page)?.as_dict_mut()?;
    page.set("Annots", Object::Array(annotations));
    let mut form = Dictionary::new();
    form.set("Fields", Object::Array(vec![Object::Reference(field)]));
    // Signatures exist (1) and the file must only be appended to (2).
    form.set("SigFlags", Object::Integer(3));
    doc.catalog_mut()?.set("AcroForm", Object::Dictionary(form));

    let mut out = Vec::with_capacity(pdf.len() + 2 * RESERVED + 1024);
    doc.save_to(&mut out)?;
    fill_signature(&mut out, signer)?;
    Ok(out)
}

/// Writes the byte range and the CMS signature where `sign` kept room for them in `out`.
fn fill_signature(out: &mut [u8], signer: &Signer<'_>) -> Result<()> {
    // Both are exact runs the writer made for the signature dictionary (the zeros of `/Contents`,
    // the wide numbers of `/ByteRange`), sought from
    // the end (it is written last), never a look-alike elsewhere in the file.
    let zeros = format!("<{}>", "0".repeat(2 * RESERVED));
    let start = rfind(out, zeros.as_bytes()).ok_or_else(|| anyhow!("the room kept for the signature"))?;
    let end = start + zeros.len();
    let kept = format!("[0 {WIDE} {WIDE} {WIDE}]");
    let open = rfind(out, kept.as_bytes()).ok_or_else(|| anyhow!("the room kept for the byte range"))?;
    let close = open + kept.len() - 1;
    let range = format!("[0 {start} {end} {}", out.len() - end);
    if range.len() > close - open {
        bail!("the byte range does not fit the room kept for it");
    }
    // Padded with spaces to the width kept: no offset in the file moves.
    out[open..close].copy_from_slice(format!("{range:<width$}", width = close - open).as_bytes());

    let mut hasher = Sha256::new();
    hasher.update(&out[..start]);
    hasher.update(&out[end..]);
    let cms = cms::signed_data(signer.key, signer.certificate, &hasher.finalize());
    if cms.len() > RESERVED {
        bail!("the signature ({} bytes) is larger than the {RESERVED} bytes kept for it", cms.len());
    }
    let hex = hex::encode_upper(&cms);
    out[start + 1..start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(())
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// A PDF text string in UTF-16BE (Vietnamese is outside PDFDocEncoding).
fn text(value: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(value.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A PDF date for a UTC time.
fn pdf_date(at: chrono::NaiveDateTime) -> String {
    at.format("D:%Y%m%d%H%M%S+00'00'").to_string()
}
