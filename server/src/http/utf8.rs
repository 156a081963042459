//! Rejects request targets whose percent-encoding does not decode to UTF-8 (`/thu-tuc/%FF`,
//! `?q=%C3`), with a 400 page that says so, before any handler guesses at a lossy decoding.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

pub async fn require_utf8(request: Request, next: Next) -> Response {
    let uri = request.uri();
    let target_ok = decodes_to_utf8(uri.path()) && uri.query().is_none_or(|q| decodes_to_utf8(&q.replace('+', " ")));
    if target_ok {
        return next.run(request).await;
    }
    (StatusCode::BAD_REQUEST, Html(PAGE)).into_response()
}

fn decodes_to_utf8(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(b) = hex {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    std::str::from_utf8(&out).is_ok()
}

/// A complete page in the portal's style, in both languages (the language cookie is not read for
/// a request this malformed).
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yêu cầu chưa hợp lệ</title><link rel="stylesheet" href="/pkg/portal.css"></head>
<body><header class="site-header"><div class="wrap header-row"><a class="brand" href="/"><span class="brand-name">Cổng Dịch vụ công tỉnh Sơn La</span></a></div></header>
<main id="main" class="wrap"><h1>Yêu cầu chưa hợp lệ</h1>
<div class="notice notice-error" role="alert"><p>Địa chỉ trang có ký tự không đọc được (không phải UTF-8). Vui lòng kiểm tra lại đường dẫn.</p>
<p lang="en">The address contains characters that are not valid UTF-8. Please check the link.</p></div>
<p><a href="/">Về trang chủ</a> · <a href="/thu-tuc">Danh mục thủ tục hành chính</a></p></main></body></html>"#;

#[cfg(test)]
mod tests {
    use super::decodes_to_utf8;

    #[test]
    fn detects_invalid_percent_encoded_utf8() {
        assert!(decodes_to_utf8("/thu-tuc/1.001193"));
        assert!(decodes_to_utf8("q=x%C3%A2y%20d%E1%BB%B1ng"));
        assert!(decodes_to_utf8("q=100%"), "a stray percent sign is just a character");
        assert!(!decodes_to_utf8("/thu-tuc/%FF"));
        assert!(!decodes_to_utf8("q=%C3"));
    }
}
