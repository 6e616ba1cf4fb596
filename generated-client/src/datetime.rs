//! Date-times as the spec declares them: [`DateTime<L>`] keeps the raw text and parses it in its layout `L`, one
//! marker type per `format:` of a `date-time` (spec/README.md).

pub use crate::wire::datetime::{
    Compact, DateTime, EpochMillis, EpochMillisString, EpochSeconds, EpochSecondsString, Layout,
    Naive, Rfc3339,
};
