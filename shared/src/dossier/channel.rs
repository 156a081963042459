//! How a dossier came in and how its fee was paid, as the national portal codes them
//! (`KenhThucHien`, `DuocThanhToanTrucTuyen`; domain brief §2.2 and §5.2). The codes are what the
//! database stores and the national sync sends.

use serde::{Deserialize, Serialize};

/// The channel a dossier came in by, or the one its result goes back by (`KenhThucHien`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// 1: at the one-stop counter.
    Counter,
    /// 2: online, through the portal.
    Online,
    /// 3: by public postal service.
    Postal,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Counter, Channel::Online, Channel::Postal];

    pub fn code(self) -> i32 {
        match self {
            Channel::Counter => 1,
            Channel::Online => 2,
            Channel::Postal => 3,
        }
    }

    /// The channel of a stored code; the national portal reads a missing or unknown one as the
    /// counter, and so does this.
    pub fn from_code(code: i32) -> Channel {
        match code {
            2 => Channel::Online,
            3 => Channel::Postal,
            _ => Channel::Counter,
        }
    }

    /// The value of a form field (`truc-tiep`, `truc-tuyen`, `buu-chinh`).
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Counter => "truc-tiep",
            Channel::Online => "truc-tuyen",
            Channel::Postal => "buu-chinh",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// Whether and where a dossier's fee was paid online (`DuocThanhToanTrucTuyen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PaidOnline {
    /// 0: not paid online (at the counter, or nothing paid).
    No,
    /// 1: on the national portal's payment platform.
    NationalPortal,
    /// 2: through the province's own payment gateway (this portal's VNPay checkout).
    OwnGateway,
}

impl PaidOnline {
    pub fn code(self) -> i32 {
        match self {
            PaidOnline::No => 0,
            PaidOnline::NationalPortal => 1,
            PaidOnline::OwnGateway => 2,
        }
    }

    pub fn from_code(code: i32) -> PaidOnline {
        match code {
            1 => PaidOnline::NationalPortal,
            2 => PaidOnline::OwnGateway,
            _ => PaidOnline::No,
        }
    }

    pub fn is_online(self) -> bool {
        self != PaidOnline::No
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_channels_count_as_the_counter() {
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), c);
            assert_eq!(Channel::from_slug(c.slug()), Some(c));
        }
        assert_eq!(Channel::from_code(0), Channel::Counter);
        assert_eq!(Channel::from_slug("fax"), None);
        for p in [PaidOnline::No, PaidOnline::NationalPortal, PaidOnline::OwnGateway] {
            assert_eq!(PaidOnline::from_code(p.code()), p);
        }
        assert!(!PaidOnline::No.is_online() && PaidOnline::OwnGateway.is_online());
    }
}
