//! The payment gateway: the built-in sandbox (the embedded default: it speaks VNPay 2.1.0 and
//! lives under `/cong-thanh-toan-thu/` of this portal) or a real VNPay terminal.
//!
//! `PORTAL_PAYMENT_GATEWAY` = `sandbox` (default) | `vnpay`; for `vnpay`:
//! `PORTAL_VNPAY_PAY_URL` (the payment page), `PORTAL_VNPAY_API_URL` (querydr and refund),
//! `PORTAL_VNPAY_TMN_CODE`, `PORTAL_VNPAY_HASH_SECRET`. The IPN address to register with
//! VNPay is `{PORTAL_BASE_URL}/api/v1/thanh-toan/vnpay/ipn`.

use super::{ConfigError, Source, bad};

/// The sandbox's terminal and secret: public, like the demo password; the sandbox is refused
/// when the portal is served over https (a production address).
pub const SANDBOX_TMN_CODE: &str = "SANDBOX1";
pub const SANDBOX_SECRET: &str = "SANDBOX-SECRET-NOT-FOR-PRODUCTION-0123456789";

#[derive(Clone, PartialEq, Eq)]
pub struct PaymentConfig {
    pub sandbox: bool,
    pub pay_url: url::Url,
    pub api_url: url::Url,
    pub tmn_code: String,
    pub hash_secret: String,
    /// Minutes the payer has at the gateway (`vnp_ExpireDate`).
    pub window_minutes: i64,
}

pub fn payment(src: &Source, base_url: &url::Url) -> Result<PaymentConfig, ConfigError> {
    let window_minutes = match src.get("PORTAL_PAYMENT_WINDOW_MINUTES") {
        None => 15,
        Some(v) => v
            .parse()
            .ok()
            .filter(|n| (1..=1440).contains(n))
            .ok_or_else(|| bad("PORTAL_PAYMENT_WINDOW_MINUTES", "expected minutes from 1 to 1440"))?,
    };
    // The sandbox takes no money and its secret is public: the default only on a loopback address
    // (the embedded demo); anywhere else a gateway must be chosen explicitly.
    let default = super::security::is_loopback(base_url).then_some("sandbox");
    let Some(gateway) = src.get("PORTAL_PAYMENT_GATEWAY").or(default) else {
        return Err(bad(
            "PORTAL_PAYMENT_GATEWAY",
            "required outside the embedded demo: vnpay (or sandbox, for a staging site that takes no money)",
        ));
    };
    match gateway {
        "sandbox" => {
            if base_url.scheme() == "https" && src.get("PORTAL_PAYMENT_SANDBOX_ON_HTTPS") != Some("true") {
                return Err(bad(
                    "PORTAL_PAYMENT_GATEWAY",
                    "the built-in sandbox takes no real money and is off on an https (production) address: \
                     configure vnpay, or set PORTAL_PAYMENT_SANDBOX_ON_HTTPS=true for a staging site",
                ));
            }
            let join = |path: &str| base_url.join(path).map_err(|e| bad("PORTAL_BASE_URL", e.to_string()));
            Ok(PaymentConfig {
                sandbox: true,
                pay_url: join("/cong-thanh-toan-thu/paymentv2/vpcpay.html")?,
                api_url: join("/cong-thanh-toan-thu/merchant_webapi/api/transaction")?,
                tmn_code: SANDBOX_TMN_CODE.to_owned(),
                hash_secret: SANDBOX_SECRET.to_owned(),
                window_minutes,
            })
        }
        "vnpay" => {
            let need = |key: &'static str| {
                src.get(key).map(str::to_owned).ok_or_else(|| bad(key, "required when PORTAL_PAYMENT_GATEWAY=vnpay"))
            };
            let url = |key: &'static str| {
                url::Url::parse(&need(key)?).map_err(|_| bad(key, "expected a URL, for example https://…"))
            };
            Ok(PaymentConfig {
                sandbox: false,
                pay_url: url("PORTAL_VNPAY_PAY_URL")?,
                api_url: url("PORTAL_VNPAY_API_URL")?,
                tmn_code: need("PORTAL_VNPAY_TMN_CODE")?,
                hash_secret: need("PORTAL_VNPAY_HASH_SECRET")?,
                window_minutes,
            })
        }
        _ => Err(bad("PORTAL_PAYMENT_GATEWAY", "expected sandbox or vnpay")),
    }
}

// Hand-written so that the merchant's hash secret never reaches a log line.
impl std::fmt::Debug for PaymentConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaymentConfig")
            .field("sandbox", &self.sandbox)
            .field("pay_url", &self.pay_url.as_str())
            .field("tmn_code", &self.tmn_code)
            .field("hash_secret", &"***")
            .finish()
    }
}
