//! Date-times as the spec declares them: the raw text kept, parsed on demand in a declared layout (RFC 3339,
//! zone-less, compact, epoch seconds or milliseconds); Huawei Cloud services send many shapes and sentinels (`"-"`).

use std::fmt;
use std::marker::PhantomData;

use serde_core::de::{self, Deserializer, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// A date-time exactly as it appeared on the wire (or as given), parsed on demand in its layout `L`.
///
/// The raw text is kept and sent back as it was: services answer with sentinels such as `"-"` or `""` where the
/// docs promise a date-time, and a value read must round-trip unchanged. `L` is the layout the spec declares
/// (`format:` of a `date-time`): [`Rfc3339`] unless it says otherwise. [`DateTime::parse`] reads the declared layout;
/// the text layouts also accept RFC 3339 (with or without fractional seconds), a space instead of `T`, no zone (read
/// as UTC), offsets without a colon, a bare date and the compact `20200617T081608Z`, since services do not always send
/// what they document.
pub struct DateTime<L = Rfc3339> {
    raw: String,
    layout: PhantomData<fn() -> L>,
}

/// How a date-time is written on the wire; one marker type per `format:` of the spec.
pub trait Layout: 'static {
    /// The layout as the spec names it (`epoch-millis`).
    const NAME: &'static str;
    /// Written as a JSON number rather than a string.
    const NUMBER: bool = false;
    /// The instant a raw text denotes, or `None` (a sentinel such as `"-"`, or text of another shape).
    fn parse(raw: &str) -> Option<OffsetDateTime>;
    /// The text of an instant in this layout.
    fn format(t: OffsetDateTime) -> String;
}

/// `format: rfc3339` (the default): `2024-01-01T08:00:00Z`, `2024-01-01T08:00:00.123+08:00`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rfc3339;
/// `format: naive`: no zone, `2024-01-01T08:00:00` (read as UTC).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Naive;
/// `format: compact`: `20240101T080000Z`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Compact;
/// `format: epoch-seconds`: seconds since 1970-01-01T00:00:00Z, as a JSON number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpochSeconds;
/// `format: epoch-millis`: milliseconds since 1970-01-01T00:00:00Z, as a JSON number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpochMillis;
/// `format: epoch-seconds-string`: seconds since the epoch, as a string of digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpochSecondsString;
/// `format: epoch-millis-string`: milliseconds since the epoch, as a string of digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpochMillisString;

impl Layout for Rfc3339 {
    const NAME: &'static str = "rfc3339";
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_lenient(raw.trim())
    }
    fn format(t: OffsetDateTime) -> String {
        format_rfc3339(t)
    }
}

impl Layout for Naive {
    const NAME: &'static str = "naive";
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_lenient(raw.trim())
    }
    fn format(t: OffsetDateTime) -> String {
        date_and_clock(t.to_offset(UtcOffset::UTC))
    }
}

impl Layout for Compact {
    const NAME: &'static str = "compact";
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_lenient(raw.trim())
    }
    fn format(t: OffsetDateTime) -> String {
        format_compact(t)
    }
}

/// Whole seconds, or milliseconds, since the epoch.
fn parse_epoch(raw: &str, millis: bool) -> Option<OffsetDateTime> {
    let n: i64 = raw.trim().parse().ok()?;
    let nanos = if millis {
        i128::from(n) * 1_000_000
    } else {
        i128::from(n) * 1_000_000_000
    };
    OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
}

fn format_epoch(t: OffsetDateTime, millis: bool) -> String {
    if millis {
        (t.unix_timestamp_nanos() / 1_000_000).to_string()
    } else {
        t.unix_timestamp().to_string()
    }
}

impl Layout for EpochSeconds {
    const NAME: &'static str = "epoch-seconds";
    const NUMBER: bool = true;
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_epoch(raw, false)
    }
    fn format(t: OffsetDateTime) -> String {
        format_epoch(t, false)
    }
}

impl Layout for EpochMillis {
    const NAME: &'static str = "epoch-millis";
    const NUMBER: bool = true;
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_epoch(raw, true)
    }
    fn format(t: OffsetDateTime) -> String {
        format_epoch(t, true)
    }
}

impl Layout for EpochSecondsString {
    const NAME: &'static str = "epoch-seconds-string";
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_epoch(raw, false)
    }
    fn format(t: OffsetDateTime) -> String {
        format_epoch(t, false)
    }
}

impl Layout for EpochMillisString {
    const NAME: &'static str = "epoch-millis-string";
    fn parse(raw: &str) -> Option<OffsetDateTime> {
        parse_epoch(raw, true)
    }
    fn format(t: OffsetDateTime) -> String {
        format_epoch(t, true)
    }
}

impl<L> DateTime<L> {
    /// Wraps a raw date-time text; it is sent as is.
    pub fn new(raw: impl Into<String>) -> Self {
        DateTime {
            raw: raw.into(),
            layout: PhantomData,
        }
    }

    /// The raw text.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The raw text, by value.
    pub fn into_string(self) -> String {
        self.raw
    }
}

impl<L: Layout> DateTime<L> {
    /// The instant this text denotes in the layout, or `None` for text of no accepted shape (a sentinel such as
    /// `"-"`).
    pub fn parse(&self) -> Option<OffsetDateTime> {
        L::parse(&self.raw)
    }
}

impl<L: Layout> From<OffsetDateTime> for DateTime<L> {
    /// Formats in the layout (RFC 3339 keeps the offset, e.g. `2024-01-01T08:00:00+08:00`; the others write UTC).
    fn from(t: OffsetDateTime) -> Self {
        DateTime::new(L::format(t))
    }
}

impl<L: Layout> From<String> for DateTime<L> {
    fn from(raw: String) -> Self {
        DateTime::new(raw)
    }
}

impl<L: Layout> From<&str> for DateTime<L> {
    fn from(raw: &str) -> Self {
        DateTime::new(raw)
    }
}

// By hand, so that no bound falls on the marker `L`.
impl<L> Clone for DateTime<L> {
    fn clone(&self) -> Self {
        DateTime {
            raw: self.raw.clone(),
            layout: PhantomData,
        }
    }
}

impl<L> PartialEq for DateTime<L> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<L> Eq for DateTime<L> {}

impl<L> std::hash::Hash for DateTime<L> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}

impl<L> PartialOrd for DateTime<L> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<L> Ord for DateTime<L> {
    /// By raw text.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&other.raw)
    }
}

impl<L> Default for DateTime<L> {
    fn default() -> Self {
        DateTime {
            raw: String::new(),
            layout: PhantomData,
        }
    }
}

impl<L> fmt::Debug for DateTime<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.raw, f)
    }
}

impl<L> fmt::Display for DateTime<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl<L: Layout> Serialize for DateTime<L> {
    /// A number layout writes a JSON number when the text is one, else the text as is (a sentinel).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if L::NUMBER
            && let Ok(n) = self.raw.parse::<i64>()
        {
            return s.serialize_i64(n);
        }
        s.serialize_str(&self.raw)
    }
}

impl<'de, L: Layout> Deserialize<'de> for DateTime<L> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Raw<L>(PhantomData<fn() -> L>);
        impl<L: Layout> Visitor<'_> for Raw<L> {
            type Value = DateTime<L>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a date-time ({})", L::NAME)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime<L>, E> {
                Ok(DateTime::new(v))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<DateTime<L>, E> {
                Ok(DateTime::new(v))
            }
            // Epoch layouts are numbers; and some services send numbers where the docs say a string: keep the text.
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime<L>, E> {
                Ok(DateTime::new(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime<L>, E> {
                Ok(DateTime::new(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime<L>, E> {
                Ok(DateTime::new(v.to_string()))
            }
        }
        d.deserialize_any(Raw(PhantomData))
    }
}

/// RFC 3339 exactly as `time`'s `well_known::Rfc3339` writes it (`Z` for UTC, nanoseconds without trailing zeros),
/// written by hand: `time`'s `formatting` feature is about 1 s of a client's cold build, for this one function. What
/// RFC 3339 cannot express (a year outside 0..=9999, an offset of 24 hours or more or with seconds) falls back to
/// `time`'s `Display`.
fn format_rfc3339(t: OffsetDateTime) -> String {
    let (oh, om, os) = t.offset().as_hms();
    if !(0..10_000).contains(&t.year()) || oh.unsigned_abs() > 23 || os != 0 {
        return t.to_string();
    }
    let mut out = date_and_clock(t);
    if t.nanosecond() != 0 {
        out.push('.');
        out.push_str(format!("{:09}", t.nanosecond()).trim_end_matches('0'));
    }
    if t.offset().is_utc() {
        out.push('Z');
    } else {
        let sign = if t.offset().is_negative() { '-' } else { '+' };
        out.push_str(&format!(
            "{sign}{:02}:{:02}",
            oh.unsigned_abs(),
            om.unsigned_abs()
        ));
    }
    out
}

/// `20240101T080000Z`, in UTC: the `compact` layout, and the signer's `X-Sdk-Date`.
pub(crate) fn format_compact(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    // Formatted by hand: the signer writes one per attempt, and `format!` is several times slower than pushing the
    // 16 digits.
    if let Ok(year @ 0..=9999) = u32::try_from(t.year()) {
        let mut out = String::with_capacity(16);
        push_digits(&mut out, year, 4);
        push_digits(&mut out, u32::from(u8::from(t.month())), 2);
        push_digits(&mut out, u32::from(t.day()), 2);
        out.push('T');
        push_digits(&mut out, u32::from(t.hour()), 2);
        push_digits(&mut out, u32::from(t.minute()), 2);
        push_digits(&mut out, u32::from(t.second()), 2);
        out.push('Z');
        return out;
    }
    // A year outside 0..=9999 (only with `time`'s large-dates): the same layout with the longer year, which signing
    // rejects.
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

// The `width` lowest decimal digits of `n`, zero-padded.
fn push_digits(out: &mut String, n: u32, width: u32) {
    for i in (0..width).rev() {
        let digit = n / 10u32.pow(i) % 10;
        out.push(char::from_digit(digit, 10).unwrap_or('0'));
    }
}

/// `2024-01-01T08:00:00`: the date and clock of `t` in its own offset.
fn date_and_clock(t: OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
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
        DateTime::<Rfc3339>::new(s).parse()
    }

    // The hand-written RFC 3339 writer against `time`'s, on years at the edges, every kind of fraction and offset;
    // where `time` refuses (RFC 3339 cannot say it), the writer falls back to `Display`.
    #[test]
    fn rfc3339_matches_time() {
        use time::format_description::well_known::Rfc3339 as TimeRfc3339;
        let mut checked = 0;
        for year in [-9999, -1, 0, 1, 999, 1970, 2024, 9999] {
            for nanos in [0, 1, 10, 500, 123_000_000, 120_000_000, 999_999_999] {
                for (h, m, s) in [
                    (0, 0, 0),
                    (8, 0, 0),
                    (-5, -30, 0),
                    (0, -30, 0),
                    (23, 59, 0),
                    (24, 0, 0),
                    (1, 2, 3),
                ] {
                    let Ok(offset) = UtcOffset::from_hms(h, m, s) else {
                        continue;
                    };
                    let date = Date::from_calendar_date(year, Month::February, 28).expect("date");
                    let clock = Time::from_hms_nano(23, 4, 5, nanos).expect("time");
                    let t = PrimitiveDateTime::new(date, clock).assume_offset(offset);
                    let ours = format_rfc3339(t);
                    match t.format(&TimeRfc3339) {
                        Ok(theirs) => assert_eq!(ours, theirs),
                        Err(_) => assert_eq!(ours, t.to_string()),
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(
            checked,
            8 * 7 * 7,
            "every year, fraction and offset is representable"
        );
    }

    #[test]
    fn each_layout_formats_and_parses_its_own_text() {
        let t = datetime!(2024-01-01 08:00:00 UTC);
        fn round<L: Layout>(t: OffsetDateTime) -> (String, Option<OffsetDateTime>) {
            let d = DateTime::<L>::from(t);
            (d.as_str().to_owned(), d.parse())
        }
        assert_eq!(
            round::<Rfc3339>(t),
            ("2024-01-01T08:00:00Z".to_owned(), Some(t))
        );
        assert_eq!(
            round::<Naive>(t),
            ("2024-01-01T08:00:00".to_owned(), Some(t))
        );
        assert_eq!(
            round::<Compact>(t),
            ("20240101T080000Z".to_owned(), Some(t))
        );
        assert_eq!(round::<EpochSeconds>(t), ("1704096000".to_owned(), Some(t)));
        assert_eq!(
            round::<EpochMillis>(t),
            ("1704096000000".to_owned(), Some(t))
        );
        assert_eq!(
            round::<EpochSecondsString>(t),
            ("1704096000".to_owned(), Some(t))
        );
        assert_eq!(
            round::<EpochMillisString>(t),
            ("1704096000000".to_owned(), Some(t))
        );
        // Milliseconds are milliseconds, not seconds; a sentinel parses to nothing.
        assert_eq!(
            DateTime::<EpochMillis>::new("1704096000").parse(),
            Some(datetime!(1970-01-20 17:21:36 UTC))
        );
        assert_eq!(DateTime::<EpochMillis>::new("-").parse(), None);
        // A number layout writes a JSON number, and a sentinel as the string it is.
        let json = |d: &DateTime<EpochMillis>| serde_json::to_string(d).unwrap();
        assert_eq!(json(&DateTime::new("1704096000000")), "1704096000000");
        assert_eq!(json(&DateTime::new("-")), "\"-\"");
        let read: DateTime<EpochMillis> = serde_json::from_str("1704096000000").unwrap();
        assert_eq!(read.as_str(), "1704096000000");
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
            DateTime::<Rfc3339>::from(datetime!(2024-01-01 0:00 UTC)).as_str(),
            "2024-01-01T00:00:00Z"
        );
    }
}
