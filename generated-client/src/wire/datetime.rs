//! A lenient date-time: Huawei Cloud services send many shapes (RFC 3339, zone-less, compact, `"-"`), so the
//! raw text is kept and parsing is on demand.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// A date-time exactly as it appeared on the wire (or as given), parsed leniently on demand.
///
/// Serializes as the raw string. [`DateTime::parse`] accepts RFC 3339 (with or without fractional seconds),
/// `YYYY-MM-DDTHH:MM:SSZ`, a space instead of `T`, no zone (read as UTC), offsets without a colon,
/// a bare date, and the compact `20200617T081608Z`.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DateTime(String);

impl DateTime {
    /// Wraps a raw date-time string; it is sent as is.
    pub fn new(raw: impl Into<String>) -> Self {
        DateTime(raw.into())
    }

    /// The raw text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The raw text, by value.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The instant this text denotes, or `None` if it has none of the accepted shapes (e.g. `"-"`).
    pub fn parse(&self) -> Option<OffsetDateTime> {
        parse_lenient(self.0.trim())
    }
}

impl From<OffsetDateTime> for DateTime {
    /// Formats as RFC 3339 (UTC offsets keep their sign, e.g. `2024-01-01T08:00:00+08:00`).
    fn from(t: OffsetDateTime) -> Self {
        // Formatting only fails for years outside 0..=9999, which RFC 3339 cannot express.
        let raw = t
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| t.to_string());
        DateTime(raw)
    }
}

impl From<String> for DateTime {
    fn from(raw: String) -> Self {
        DateTime(raw)
    }
}

impl From<&str> for DateTime {
    fn from(raw: &str) -> Self {
        DateTime(raw.to_owned())
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Raw;
        impl Visitor<'_> for Raw {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date-time string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                Ok(DateTime(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<DateTime, E> {
                Ok(DateTime(v))
            }
            // Some services send epoch numbers where the docs say date-time: keep the text rather than fail.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
                Ok(DateTime(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
                Ok(DateTime(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime, E> {
                Ok(DateTime(v.to_string()))
            }
        }
        d.deserialize_any(Raw)
    }
}

fn parse_lenient(s: &str) -> Option<OffsetDateTime> {
    let b = s.as_bytes();
    // Compact `YYYYMMDDTHHMMSS[Z]` (the X-Sdk-Date shape).
    if b.len() >= 15
        && b.get(8).is_some_and(|c| matches!(c, b'T' | b't'))
        && b[..8].iter().all(u8::is_ascii_digit)
    {
        let date = date(num(s, 0, 4)?, num(s, 4, 6)?, num(s, 6, 8)?)?;
        let time = Time::from_hms(
            num(s, 9, 11)? as u8,
            num(s, 11, 13)? as u8,
            num(s, 13, 15)? as u8,
        )
        .ok()?;
        let offset = zone(s.get(15..)?)?;
        return Some(PrimitiveDateTime::new(date, time).assume_offset(offset));
    }
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let date = date(num(s, 0, 4)?, num(s, 5, 7)?, num(s, 8, 10)?)?;
    if b.len() == 10 {
        return Some(date.midnight().assume_utc());
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
        return None;
    }
    let (hour, minute) = (num(s, 11, 13)?, num(s, 14, 16)?);
    // Seconds are optional (`2024-01-01T10:00Z` appears in the wild).
    let (second, mut rest) = if b.get(16) == Some(&b':') {
        (num(s, 17, 19)?, 19)
    } else {
        (0, 16)
    };
    let mut nanos = 0u32;
    if matches!(b.get(rest), Some(b'.' | b',')) {
        let digits = b[rest + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 {
            return None;
        }
        // Keep nanosecond precision; extra digits are truncated.
        for (i, c) in b[rest + 1..rest + 1 + digits].iter().enumerate().take(9) {
            nanos += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
        }
        rest += 1 + digits;
    }
    let time = Time::from_hms_nano(hour as u8, minute as u8, second as u8, nanos).ok()?;
    let offset = zone(s.get(rest..)?.trim_start())?;
    Some(PrimitiveDateTime::new(date, time).assume_offset(offset))
}

fn date(year: u32, month: u32, day: u32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()
}

// An ASCII-digit field `s[from..to]`.
fn num(s: &str, from: usize, to: usize) -> Option<u32> {
    let part = s.get(from..to)?;
    if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

// "", "Z", "+08:00", "+0800", "+08", "UTC".
fn zone(z: &str) -> Option<UtcOffset> {
    match z {
        "" | "Z" | "z" | "UTC" | "GMT" => return Some(UtcOffset::UTC),
        _ => {}
    }
    let sign: i8 = match z.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = z[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|c| c.is_ascii_digit()) || !matches!(digits.len(), 2 | 4) || z.len() > 6
    {
        return None;
    }
    let hours: i8 = digits.get(0..2)?.parse().ok()?;
    let minutes: i8 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn p(s: &str) -> Option<OffsetDateTime> {
        DateTime::new(s).parse()
    }

    #[test]
    fn accepted_shapes() {
        let t = datetime!(2020-06-17 08:16:08 UTC);
        for s in [
            "2020-06-17T08:16:08Z",
            "2020-06-17T08:16:08.000Z",
            "2020-06-17T08:16:08",
            "2020-06-17 08:16:08",
            "2020-06-17t08:16:08z",
            "20200617T081608Z",
            "20200617T081608",
            "2020-06-17T16:16:08+08:00",
            "2020-06-17T16:16:08+0800",
            "2020-06-17T16:16:08+08",
            "2020-06-17T03:16:08-05:00",
            " 2020-06-17 08:16:08 UTC ",
        ] {
            assert_eq!(p(s), Some(t), "{s}");
        }
        assert_eq!(
            p("2020-06-17T08:16:08.123456789123Z"),
            Some(datetime!(2020-06-17 08:16:08.123456789 UTC))
        );
        assert_eq!(
            p("2020-06-17T08:16:08.5"),
            Some(datetime!(2020-06-17 08:16:08.5 UTC))
        );
        assert_eq!(p("2020-06-17"), Some(datetime!(2020-06-17 00:00 UTC)));
        assert_eq!(
            p("2020-06-17T08:16Z"),
            Some(datetime!(2020-06-17 08:16 UTC))
        );
    }

    #[test]
    fn rejected_shapes_never_panic() {
        for s in [
            "",
            "-",
            "null",
            "2020",
            "2020-13-01T00:00:00Z",
            "2020-02-30",
            "2020-06-17T25:00:00Z",
            "2020-06-17T08:16:08.Z",
            "2020-06-17T08:16:08+8",
            "2020-06-17T08:16:08 +08:00:00",
            "2020一06-17",
            "2020-06-17T08:16:08一",
            "20200617T0816",
            "1592381768",
        ] {
            assert_eq!(p(s), None, "{s}");
        }
    }

    #[test]
    fn serde_keeps_raw_text() {
        let d: DateTime = serde_json::from_str("\"2020-06-17 08:16:08\"").unwrap();
        assert_eq!(d.as_str(), "2020-06-17 08:16:08");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            "\"2020-06-17 08:16:08\""
        );
        let n: DateTime = serde_json::from_str("1592381768000").unwrap();
        assert_eq!(n.as_str(), "1592381768000");
        assert_eq!(
            DateTime::from(datetime!(2024-01-01 0:00 UTC)).as_str(),
            "2024-01-01T00:00:00Z"
        );
    }
}
