//! Statutory time limits. The unit belongs to each procedure (the national field `DonViTinh`):
//! the criminal record certificate counts 10 calendar days, business registration 3 working days.
//! Never assume working days.

use super::coded_enum;
use serde::{Deserialize, Serialize};

coded_enum! {
    TimeUnit {
        Hours => "hours",
        WorkingDays => "working_days",
        CalendarDays => "calendar_days",
        Months => "months",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeLimit {
    pub value: u32,
    pub unit: TimeUnit,
}

impl TimeLimit {
    /// "Same day": zero working days. Paired with a same-day cut-off on the channel offer.
    pub fn is_same_day(self) -> bool {
        self.value == 0 && self.unit == TimeUnit::WorkingDays
    }
}
