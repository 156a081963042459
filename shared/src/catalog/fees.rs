//! Fees (phí) and charges (lệ phí). Rates come from Ministry of Finance circulars or provincial
//! People's Council resolutions, so they are catalog data with their legal basis, never code.

use super::coded_enum;
use crate::money::Vnd;
use serde::{Deserialize, Serialize};

coded_enum! {
    FeeKind { Fee => "fee", Charge => "charge" }
}

/// A price from a given unit onwards: `{from_unit: 3, amount: 1000}` = 1.000 đ per unit from the
/// third unit on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeTier {
    pub from_unit: u32,
    pub amount: Vnd,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FeeFormula {
    Flat {
        amount: Vnd,
    },
    /// Priced per unit (page, copy) by tiers, with an optional cap. Certification of copies:
    /// 2.000 đ for pages 1–2, 1.000 đ from page 3, at most 200.000 đ per copy
    /// (Circular 226/2016/TT-BTC).
    PerUnit {
        unit: String,
        tiers: Vec<FeeTier>,
        cap: Option<Vnd>,
        /// The e-form field whose whole number is the count of units (pages, copies); without
        /// one a dossier is charged one unit.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        count_field: Option<String>,
    },
}

/// The most units a form may declare for one fee (a count beyond it is not believed).
pub const MAX_UNITS: u32 = 100_000;

/// Whether `key` can name an e-form field: lower-case ASCII letters, digits and `_`, starting
/// with a letter, at most 40 characters (`so_trang`).
pub fn is_field_key(key: &str) -> bool {
    key.len() <= 40
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl FeeFormula {
    /// The amount for `units` units (ignored for a flat fee).
    pub fn amount_for(&self, units: u32) -> Vnd {
        match self {
            FeeFormula::Flat { amount } => *amount,
            FeeFormula::PerUnit { tiers, cap, .. } => {
                let mut total: i64 = 0;
                for unit in 1..=units {
                    let price = tiers
                        .iter()
                        .filter(|t| t.from_unit <= unit)
                        .max_by_key(|t| t.from_unit)
                        .map_or(0, |t| t.amount.0);
                    total = total.saturating_add(price);
                    if let Some(cap) = cap
                        && total >= cap.0
                    {
                        return *cap;
                    }
                }
                Vnd(total)
            }
        }
    }

    /// How many units a dossier is charged, from its form's `answer` for the count field: one
    /// for a flat fee or a fee without a count field, else the number given (0 when it is not a
    /// number; at most [`MAX_UNITS`]).
    pub fn units(&self, answer: impl Fn(&str) -> String) -> u32 {
        match self {
            FeeFormula::PerUnit { count_field: Some(field), .. } => {
                answer(field).trim().parse::<u32>().map_or(0, |n| n.min(MAX_UNITS))
            }
            _ => 1,
        }
    }

    /// True when nothing is ever charged.
    pub fn is_free(&self) -> bool {
        match self {
            FeeFormula::Flat { amount } => amount.0 == 0,
            FeeFormula::PerUnit { tiers, .. } => tiers.iter().all(|t| t.amount.0 == 0),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeItem {
    pub kind: FeeKind,
    pub label: String,
    pub formula: FeeFormula,
    pub exemptions: Option<String>,
    pub legal_basis: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certification() -> FeeFormula {
        FeeFormula::PerUnit {
            unit: "trang".into(),
            tiers: vec![FeeTier { from_unit: 1, amount: Vnd(2_000) }, FeeTier { from_unit: 3, amount: Vnd(1_000) }],
            cap: Some(Vnd(200_000)),
            count_field: None,
        }
    }

    #[test]
    fn the_count_comes_from_the_form() {
        let FeeFormula::PerUnit { unit, tiers, cap, .. } = certification() else { unreachable!() };
        let f = FeeFormula::PerUnit { unit, tiers, cap, count_field: Some("so_trang".into()) };
        assert_eq!(f.units(|k| if k == "so_trang" { " 10 ".into() } else { String::new() }), 10);
        assert_eq!(f.units(|_| "mười".into()), 0);
        assert_eq!(f.units(|_| "999999999".into()), MAX_UNITS);
        assert_eq!(certification().units(|_| "10".into()), 1, "no count field: one unit");
        assert!(is_field_key("so_trang") && !is_field_key("Số trang") && !is_field_key("1abc") && !is_field_key(""));
    }

    #[test]
    fn per_page_tiers_and_cap() {
        let f = certification();
        assert_eq!(f.amount_for(0), Vnd(0));
        assert_eq!(f.amount_for(1), Vnd(2_000));
        assert_eq!(f.amount_for(2), Vnd(4_000));
        assert_eq!(f.amount_for(3), Vnd(5_000));
        assert_eq!(f.amount_for(10), Vnd(12_000));
        // 4.000 + 196 × 1.000 reaches the cap at page 198.
        assert_eq!(f.amount_for(198), Vnd(200_000));
        assert_eq!(f.amount_for(5_000), Vnd(200_000));
    }

    #[test]
    fn flat_fee_ignores_units() {
        let f = FeeFormula::Flat { amount: Vnd(10_000) };
        assert_eq!(f.amount_for(0), Vnd(10_000));
        assert_eq!(f.amount_for(7), Vnd(10_000));
        assert!(!f.is_free());
        assert!(FeeFormula::Flat { amount: Vnd(0) }.is_free());
    }

    #[test]
    fn formula_json_shape_is_stable() {
        let json = serde_json::to_string(&FeeFormula::Flat { amount: Vnd(8_000) }).unwrap();
        assert_eq!(json, r#"{"type":"flat","amount":8000}"#);
        let back: FeeFormula = serde_json::from_str(&serde_json::to_string(&certification()).unwrap()).unwrap();
        assert_eq!(back, certification());
    }
}
