//! The few pieces of DER (X.690) the certificates and CMS signatures need: writing a value from
//! its tag and content, and reading the elements of a constructed value. Hand-written because the
//! structures are small and fixed, and ring (already here) does the cryptography.

/// A DER value: `tag`, its length, `content`.
pub fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len.to_be_bytes().into_iter().skip_while(|b| *b == 0).collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

pub fn seq(parts: &[&[u8]]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

/// A SET OF: DER orders its elements by their encodings (the signed attributes are signed as
/// encoded, so any other order would be a different signature to a verifier).
pub fn set_of(parts: &[&[u8]]) -> Vec<u8> {
    let mut sorted = parts.to_vec();
    sorted.sort();
    tlv(0x31, &sorted.concat())
}

/// An explicit (constructed) context tag `[n]` around `content`.
pub fn explicit(n: u8, content: &[u8]) -> Vec<u8> {
    tlv(0xA0 | n, content)
}

pub fn oid(arcs: &[u64]) -> Vec<u8> {
    let mut body = Vec::new();
    let mut push = |mut v: u64| {
        let mut chunk = vec![(v & 0x7F) as u8];
        v >>= 7;
        while v > 0 {
            chunk.push(0x80 | (v & 0x7F) as u8);
            v >>= 7;
        }
        chunk.reverse();
        body.extend(chunk);
    };
    push(arcs[0] * 40 + arcs[1]);
    for arc in &arcs[2..] {
        push(*arc);
    }
    tlv(0x06, &body)
}

/// A non-negative INTEGER from its big-endian bytes.
pub fn uint(bytes: &[u8]) -> Vec<u8> {
    let trimmed: Vec<u8> = bytes.iter().copied().skip_while(|b| *b == 0).collect();
    let mut body = if trimmed.is_empty() { vec![0] } else { trimmed };
    if body[0] & 0x80 != 0 {
        body.insert(0, 0);
    }
    tlv(0x02, &body)
}

pub fn octets(bytes: &[u8]) -> Vec<u8> {
    tlv(0x04, bytes)
}

/// A BIT STRING of whole bytes.
pub fn bits(bytes: &[u8]) -> Vec<u8> {
    tlv(0x03, &[&[0u8][..], bytes].concat())
}

pub fn utf8(text: &str) -> Vec<u8> {
    tlv(0x0C, text.as_bytes())
}

pub fn printable(text: &str) -> Vec<u8> {
    tlv(0x13, text.as_bytes())
}

/// A time as X.509 wants it: UTCTime through 2049, GeneralizedTime after.
pub fn time(at: chrono::NaiveDateTime) -> Vec<u8> {
    use chrono::Datelike;
    if at.year() < 2050 {
        tlv(0x17, at.format("%y%m%d%H%M%SZ").to_string().as_bytes())
    } else {
        tlv(0x18, at.format("%Y%m%d%H%M%SZ").to_string().as_bytes())
    }
}

/// One element read: its tag, its content, and the whole encoding (tag and length included).
#[derive(Clone, Copy, Debug)]
pub struct Element<'a> {
    pub tag: u8,
    pub content: &'a [u8],
    pub whole: &'a [u8],
}

/// The first element of `bytes` and what follows it; `None` if it is not well-formed DER
/// (single-byte tags only, which is all X.509 uses).
pub fn read(bytes: &[u8]) -> Option<(Element<'_>, &[u8])> {
    let (&tag, rest) = bytes.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7F) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n].iter().fold(0usize, |acc, b| (acc << 8) | *b as usize);
        (len, &rest[n..])
    };
    if rest.len() < len {
        return None;
    }
    let header = bytes.len() - rest.len();
    let element = Element { tag, content: &rest[..len], whole: &bytes[..header + len] };
    Some((element, &rest[len..]))
}

/// The elements inside a constructed value's content.
pub fn children(mut content: &[u8]) -> Option<Vec<Element<'_>>> {
    let mut out = Vec::new();
    while !content.is_empty() {
        let (element, rest) = read(content)?;
        out.push(element);
        content = rest;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_the_known_forms() {
        // sha256's OID, as every CMS library writes it.
        assert_eq!(hex::encode(oid(&[2, 16, 840, 1, 101, 3, 4, 2, 1])), "0609608648016503040201");
        assert_eq!(uint(&[0x80]), vec![0x02, 0x02, 0x00, 0x80], "a high bit gets a zero before it");
        assert_eq!(uint(&[0, 0, 5]), vec![0x02, 0x01, 0x05]);
        let long = tlv(0x04, &[7; 300]);
        assert_eq!(&long[..4], &[0x04, 0x82, 0x01, 0x2C]);
        let (element, rest) = read(&long).unwrap();
        assert_eq!((element.tag, element.content.len(), rest.len()), (0x04, 300, 0));
        assert_eq!(set_of(&[&[0x02, 0x01, 0x09], &[0x02, 0x01, 0x01]]), vec![0x31, 6, 2, 1, 1, 2, 1, 9]);
        assert!(read(&[0x30, 0x05, 0x01]).is_none(), "a length past the end is refused");
    }
}
