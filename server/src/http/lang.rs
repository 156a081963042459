//! `/ngon-ngu/{vi|en}?tiep=/path`: remembers the interface language in a cookie and goes back to
//! the page. A plain link, so it works without JavaScript.

use super::problem::Problem;
use app::i18n::Lang;
use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    tiep: Option<String>,
}

pub async fn switch_language(Path(code): Path<String>, Query(next): Query<Next>) -> Response {
    let Some(lang) = Lang::parse(&code) else {
        return Problem::UnknownLanguage.into_response();
    };
    let target = next.tiep.filter(|t| super::forms::is_local_path(t)).unwrap_or_else(|| "/".to_owned());
    let cookie = super::cookies::language(lang.code());
    (StatusCode::SEE_OTHER, [(header::LOCATION, target), (header::SET_COOKIE, cookie)]).into_response()
}

#[cfg(test)]
mod tests {
    use super::super::forms::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/thu-tuc?q=khai+sinh"));
        for bad in ["https://evil.example", "//evil.example", "/\\evil.example", "thu-tuc", "/a\r\nSet-Cookie: x=1"] {
            assert!(!is_local_path(bad), "{bad}");
        }
    }
}
