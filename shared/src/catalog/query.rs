//! The visitor's catalog query, parsed from the URL. Every problem is reported (not just the
//! first) so the page can say exactly what was wrong; nothing invalid reaches the database.

use super::{AgencyCode, FieldCode, ImplementingLevel, OnlineLevel};
use serde::{Deserialize, Serialize};

/// Longest search text accepted, in characters. Procedure names run to about 150.
pub const MAX_QUERY_CHARS: usize = 200;
/// Highest page number accepted; deeper pages are not useful to a person and cost the database.
pub const MAX_PAGE: u32 = 10_000;
pub const PER_PAGE: u32 = 20;

/// The query exactly as it came in the URL (`q`, `co_quan`, `linh_vuc`, `cap`, `muc_do`, `trang`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawCatalogQuery {
    pub q: Option<String>,
    pub agency: Option<String>,
    pub field: Option<String>,
    pub level: Option<String>,
    pub online: Option<String>,
    pub page: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogQuery {
    /// NFC search text, or `None` for no text search.
    pub q: Option<String>,
    pub agency: Option<AgencyCode>,
    pub field: Option<FieldCode>,
    pub level: Option<ImplementingLevel>,
    pub online: Option<OnlineLevel>,
    pub page: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueryProblem {
    QueryTooLong,
    BadPage,
    BadAgency,
    BadField,
    BadLevel,
    BadOnlineLevel,
}

impl RawCatalogQuery {
    /// Empty parameters (as sent by a form with "all" selected) mean "no filter".
    pub fn parse(&self) -> Result<CatalogQuery, Vec<QueryProblem>> {
        let mut problems = Vec::new();
        let present = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);

        let q = present(&self.q).map(|q| crate::text::nfc(&q));
        if q.as_ref().is_some_and(|q| q.chars().count() > MAX_QUERY_CHARS) {
            problems.push(QueryProblem::QueryTooLong);
        }
        let mut parse_or = |v: &Option<String>, problem, f: &dyn Fn(&str) -> Option<()>| {
            if let Some(s) = present(v)
                && f(&s).is_none()
            {
                problems.push(problem);
            }
        };
        parse_or(&self.agency, QueryProblem::BadAgency, &|s| AgencyCode::parse(s).ok().map(drop));
        parse_or(&self.field, QueryProblem::BadField, &|s| FieldCode::parse(s).ok().map(drop));
        parse_or(&self.level, QueryProblem::BadLevel, &|s| ImplementingLevel::parse(s).map(drop));
        parse_or(&self.online, QueryProblem::BadOnlineLevel, &|s| OnlineLevel::parse(s).map(drop));
        let page = match present(&self.page) {
            None => Some(1),
            Some(s) => s.parse::<u32>().ok().filter(|p| (1..=MAX_PAGE).contains(p)),
        };
        if page.is_none() {
            problems.push(QueryProblem::BadPage);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(CatalogQuery {
            q,
            agency: present(&self.agency).and_then(|s| AgencyCode::parse(&s).ok()),
            field: present(&self.field).and_then(|s| FieldCode::parse(&s).ok()),
            level: present(&self.level).and_then(|s| ImplementingLevel::parse(&s)),
            online: present(&self.online).and_then(|s| OnlineLevel::parse(&s)),
            page: page.unwrap_or(1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawCatalogQuery {
        let get = |k: &str| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| v.to_string());
        RawCatalogQuery {
            q: get("q"),
            agency: get("co_quan"),
            field: get("linh_vuc"),
            level: get("cap"),
            online: get("muc_do"),
            page: get("trang"),
        }
    }

    #[test]
    fn empty_query_is_page_one_without_filters() {
        assert_eq!(raw(&[]).parse(), Ok(CatalogQuery { page: 1, ..Default::default() }));
        assert_eq!(raw(&[("q", "  "), ("cap", "")]).parse().unwrap().q, None);
    }

    #[test]
    fn valid_filters_parse() {
        let q = raw(&[
            ("q", "khai sinh"),
            ("co_quan", "000.00.00.H52"),
            ("cap", "commune"),
            ("muc_do", "full"),
            ("trang", "2"),
        ])
        .parse()
        .unwrap();
        assert_eq!(q.q.as_deref(), Some("khai sinh"));
        assert_eq!(q.level, Some(ImplementingLevel::Commune));
        assert_eq!(q.online, Some(OnlineLevel::Full));
        assert_eq!(q.page, 2);
    }

    #[test]
    fn every_problem_is_reported() {
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        let problems = raw(&[
            ("q", &long),
            ("trang", "-1"),
            ("cap", "district"),
            ("muc_do", "4"),
            ("co_quan", "x"),
            ("linh_vuc", "ß"),
        ])
        .parse()
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                QueryProblem::QueryTooLong,
                QueryProblem::BadAgency,
                QueryProblem::BadField,
                QueryProblem::BadLevel,
                QueryProblem::BadOnlineLevel,
                QueryProblem::BadPage
            ]
        );
    }

    #[test]
    fn page_bounds() {
        for bad in ["0", "-1", "abc", "10001", "1.5"] {
            assert_eq!(raw(&[("trang", bad)]).parse(), Err(vec![QueryProblem::BadPage]), "{bad}");
        }
        assert_eq!(raw(&[("trang", "10000")]).parse().unwrap().page, 10_000);
    }

    #[test]
    fn query_length_counts_characters_not_bytes() {
        let vietnamese = "ệ".repeat(MAX_QUERY_CHARS);
        assert!(raw(&[("q", &vietnamese)]).parse().is_ok());
    }
}
