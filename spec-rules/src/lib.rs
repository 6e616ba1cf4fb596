//! The value constraints of the spec format (`min_length`, `max_length`, `pattern`, `minimum`, `maximum`,
//! `min_items`, `max_items`, `enum`), one function per rule.
//!
//! Every place that checks a value against a spec calls these: the generated client's typed validation before a
//! request is sent (generated-client), and spec-core's JSON validator, which checks examples and defaults when a spec
//! is compiled and requests in the mock server. So a rule means the same everywhere, down to its message. Each
//! function returns the broken rule's message, or `None` when the value keeps the rule; callers add the field path.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

/// A number in a value or a bound. Integers stay `i64`, so values above 2^53 compare exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// An integer.
    Int(i64),
    /// A fractional number.
    Float(f64),
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Int(i) => write!(f, "{i}"),
            Number::Float(x) => write!(f, "{x}"),
        }
    }
}

/// `a.cmp(b)`, exact for integers and for an integer against a float; `None` when either is NaN.
pub fn compare(a: Number, b: Number) -> Option<Ordering> {
    match (a, b) {
        (Number::Int(a), Number::Int(b)) => Some(a.cmp(&b)),
        (Number::Int(a), Number::Float(b)) => cmp_i64_f64(a, b),
        (Number::Float(a), Number::Int(b)) => cmp_i64_f64(b, a).map(Ordering::reverse),
        (Number::Float(a), Number::Float(b)) => a.partial_cmp(&b),
    }
}

/// Exact `a.cmp(b)` for an integer and a float, without rounding `a` through f64.
fn cmp_i64_f64(a: i64, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    // 2^63 is exactly representable; every i64 is below it and at or above -2^63.
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if b >= TWO_63 {
        return Some(Ordering::Less);
    }
    if b < -TWO_63 {
        return Some(Ordering::Greater);
    }
    let whole = b.trunc();
    // In range, so the cast is exact.
    let whole_i = whole as i64;
    match a.cmp(&whole_i) {
        Ordering::Equal => {
            let frac = b - whole;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        other => Some(other),
    }
}

/// `min_length` / `max_length`: the length of a string in characters (Unicode scalar values), inclusive bounds.
pub fn length(value: &str, min: Option<u64>, max: Option<u64>) -> Option<String> {
    if min.is_none() && max.is_none() {
        return None;
    }
    let len = value.chars().count() as u64;
    match (min, max) {
        (Some(min), _) if len < min => Some(format!("length {len} is below min_length {min}")),
        (_, Some(max)) if len > max => Some(format!("length {len} exceeds max_length {max}")),
        _ => None,
    }
}

/// `pattern`: a regular expression (the `regex-lite` dialect) that must match somewhere in the string; it is not
/// anchored, as in JSON Schema.
pub fn pattern(value: &str, pattern: &str) -> Option<String> {
    match compiled(pattern) {
        Ok(re) if re.is_match(value) => None,
        Ok(_) => Some(format!("does not match pattern {pattern:?}")),
        Err(_) => Some(format!(
            "pattern {pattern:?} is not a valid regular expression"
        )),
    }
}

/// Whether `pattern` is a regular expression [`pattern`] can use; the parser's message when it is not.
pub fn check_pattern(pattern: &str) -> Result<(), String> {
    compiled(pattern).map(|_| ())
}

/// `minimum` / `maximum`: inclusive bounds of a number.
pub fn range(value: Number, min: Option<Number>, max: Option<Number>) -> Option<String> {
    if let Some(min) = min {
        match compare(value, min) {
            Some(Ordering::Less) => return Some(format!("value {value} is below minimum {min}")),
            Some(_) => {}
            None => {
                return Some(format!(
                    "value {value} cannot be compared with minimum {min}"
                ));
            }
        }
    }
    if let Some(max) = max {
        match compare(value, max) {
            Some(Ordering::Greater) => return Some(format!("value {value} exceeds maximum {max}")),
            Some(_) => {}
            None => {
                return Some(format!(
                    "value {value} cannot be compared with maximum {max}"
                ));
            }
        }
    }
    None
}

/// `min_items` / `max_items`: the number of items of an array (or entries of a map), inclusive bounds.
pub fn count(len: usize, min: Option<u64>, max: Option<u64>) -> Option<String> {
    let len = len as u64;
    match (min, max) {
        (Some(min), _) if len < min => Some(format!("item count {len} is below min_items {min}")),
        (_, Some(max)) if len > max => Some(format!("item count {len} exceeds max_items {max}")),
        _ => None,
    }
}

/// `enum`: a string must be one of the listed values.
pub fn one_of<'a, I>(value: &str, allowed: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str> + Clone,
{
    if allowed.clone().into_iter().any(|a| a == value) {
        return None;
    }
    let list: Vec<&str> = allowed.into_iter().collect();
    Some(unknown_value(&format!("{:?}", shorten(value)), &list))
}

/// `enum` of an `int32` or `int64`: an integer must be one of the listed values.
pub fn int_one_of(value: Number, allowed: &[i64]) -> Option<String> {
    let listed = allowed.iter().any(|&a| match value {
        Number::Int(i) => i == a,
        Number::Float(f) => f == a as f64,
    });
    if listed {
        return None;
    }
    let list: Vec<String> = allowed.iter().map(i64::to_string).collect();
    let list: Vec<&str> = list.iter().map(String::as_str).collect();
    Some(unknown_value(&value.to_string(), &list))
}

/// "unknown value …, expected one of: …"; a long list is cut: the message names a few values and how many more
/// there are.
fn unknown_value(quoted: &str, list: &[&str]) -> String {
    let more = list.len().saturating_sub(MAX_LISTED_VALUES);
    let shown = list[..list.len() - more].join(", ");
    let tail = if more > 0 {
        format!(" (and {more} more)")
    } else {
        String::new()
    };
    format!("unknown value {quoted}, expected one of: {shown}{tail}")
}

/// Most allowed values an "unknown value" message lists.
pub const MAX_LISTED_VALUES: usize = 20;

/// How a `date-time` is written (its `format:` in a spec, as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateLayout {
    /// RFC 3339: `2024-01-01T08:00:00Z`, `2024-01-01T08:00:00.5+08:00`.
    Rfc3339,
    /// No zone: `2024-01-01T08:00:00`, `2024-01-01T08:00:00.123`.
    Naive,
    /// `20240101T080000Z`.
    Compact,
    /// Seconds since the epoch: `1704096000`.
    EpochSeconds,
    /// Milliseconds since the epoch: `1704096000000`.
    EpochMillis,
}

/// `date-time`: `value` is written in `layout` (RFC 3339 takes `T` and `Z` in either case, as RFC 3339 allows, and a
/// leap second `:60`; an epoch is an integer that fits 64 bits).
pub fn date_time(value: &str, layout: DateLayout) -> Option<String> {
    let b = value.as_bytes();
    let (ok, example) = match layout {
        DateLayout::Rfc3339 => (
            is_rfc3339(b),
            "an RFC 3339 date-time (such as 2024-01-01T08:00:00Z)",
        ),
        DateLayout::Naive => (
            is_naive(b),
            "a date-time without a zone (such as 2024-01-01T08:00:00)",
        ),
        DateLayout::Compact => (
            is_compact(b),
            "a compact date-time (such as 20240101T080000Z)",
        ),
        DateLayout::EpochSeconds => (
            value.parse::<i64>().is_ok(),
            "whole seconds since the epoch",
        ),
        DateLayout::EpochMillis => (value.parse::<i64>().is_ok(), "milliseconds since the epoch"),
    };
    (!ok).then(|| format!("{:?} is not {example}", shorten(value)))
}

/// The digits `b[at..at + len]` as a number.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    let d = b.get(at..at + len)?;
    d.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// A calendar date: month 1 to 12, and a day the month has.
fn is_date(year: u32, month: u32, day: u32) -> bool {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `yyyy-MM-ddTHH:mm:ss[.fraction]`, no zone.
fn is_naive(b: &[u8]) -> bool {
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) = (
        digits(b, 0, 4),
        digits(b, 5, 2),
        digits(b, 8, 2),
        digits(b, 11, 2),
        digits(b, 14, 2),
        digits(b, 17, 2),
    ) else {
        return false;
    };
    if !(at(4, b'-')
        && at(7, b'-')
        && matches!(b.get(10), Some(b'T' | b't'))
        && at(13, b':')
        && at(16, b':'))
    {
        return false;
    }
    if !is_date(y, mo, d) || h > 23 || mi > 59 || s > 60 {
        return false;
    }
    match b.get(19) {
        None => true,
        Some(b'.') => b.len() > 20 && b[20..].iter().all(u8::is_ascii_digit),
        Some(_) => false,
    }
}

/// `yyyyMMddTHHmmssZ`.
fn is_compact(b: &[u8]) -> bool {
    let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) = (
        digits(b, 0, 4),
        digits(b, 4, 2),
        digits(b, 6, 2),
        digits(b, 9, 2),
        digits(b, 11, 2),
        digits(b, 13, 2),
    ) else {
        return false;
    };
    b.len() == 16
        && b[8] == b'T'
        && b[15] == b'Z'
        && is_date(y, mo, d)
        && h <= 23
        && mi <= 59
        && s <= 60
}

fn is_rfc3339(b: &[u8]) -> bool {
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let (Some(year), Some(month), Some(day)) = (digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2))
    else {
        return false;
    };
    if !(at(4, b'-') && at(7, b'-') && is_date(year, month, day)) {
        return false;
    }
    if !matches!(b.get(10), Some(b'T' | b't')) || !at(13, b':') || !at(16, b':') {
        return false;
    }
    let (Some(hour), Some(minute), Some(second)) =
        (digits(b, 11, 2), digits(b, 14, 2), digits(b, 17, 2))
    else {
        return false;
    };
    if hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut i = 19;
    if at(i, b'.') {
        let fraction = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        if fraction == 0 {
            return false;
        }
        i += 1 + fraction;
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            let (Some(h), Some(m)) = (digits(b, i + 1, 2), digits(b, i + 4, 2)) else {
                return false;
            };
            at(i + 3, b':') && h <= 23 && m <= 59 && i + 6 == b.len()
        }
        _ => false,
    }
}

/// Where an error body keeps its code and its message, in the order the official SDKs look: the first pair of which
/// the body has the code or one of the messages is the body's (`error_code`/`error_msg`, else `code`/`message`,
/// else `errorCode`/`errorMsg` or `errorMessage`). The client reads untyped error bodies by it, and the typed errors of
/// documented bodies pick their code and message fields by it.
pub const ERROR_FIELDS: &[(&str, &[&str])] = &[
    ("error_code", &["error_msg"]),
    ("code", &["message"]),
    ("errorCode", &["errorMsg", "errorMessage"]),
];

/// The key under which an error body nests its code and message when it has none of [`ERROR_FIELDS`] itself
/// (`{"error": {"code": …, "message": …}}`, as ECS, IMS and Keystone answer).
pub const ERROR_NESTED: &str = "error";

/// The variables a service's `host:` template may name, as `{region}` and `{domain}`: the client fills them from
/// its region and that region's DNS domain (`myhuaweicloud.com`, or `myhuaweicloud.eu` for `eu-west-101`).
pub const HOST_VARIABLES: &[&str] = &["region", "domain"];

/// Checks a `host:` template: a host name (no scheme, port or path) of lowercase letters, digits, `-` and `.`, with
/// [`HOST_VARIABLES`] in braces, that is a valid DNS name once filled in. The message says what is wrong.
pub fn check_host_template(template: &str) -> Result<(), String> {
    if template.is_empty() {
        return Err("is empty".to_owned());
    }
    if template.contains("://") {
        return Err(
            "is a host name: leave out the scheme (the client always uses https)".to_owned(),
        );
    }
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        literal_host_text(&rest[..open])?;
        if rest[open..].starts_with('}') {
            return Err("has a `}` without its `{`".to_owned());
        }
        let Some(len) = rest[open..].find('}') else {
            return Err("has a `{` without its `}`".to_owned());
        };
        let name = &rest[open + 1..open + len];
        if !HOST_VARIABLES.contains(&name) {
            return Err(format!(
                "names the unknown variable `{{{}}}`; expected `{{region}}` or `{{domain}}`",
                shorten(name)
            ));
        }
        rest = &rest[open + len + 1..];
    }
    literal_host_text(rest)?;
    let sample = render_host(template, "cn-north-4", "myhuaweicloud.com");
    let labels_ok = sample.len() <= 253
        && sample
            .split('.')
            .all(|l| !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-'));
    if labels_ok {
        Ok(())
    } else {
        Err(format!(
            "is not a host name once filled in (`{}`): every dot-separated label needs 1 to 63 characters and may \
             not start or end with `-`",
            shorten(&sample)
        ))
    }
}

/// The literal text of a host template between its variables.
fn literal_host_text(text: &str) -> Result<(), String> {
    match text
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '.'))
    {
        None => Ok(()),
        Some(c) => Err(format!(
            "may only hold lowercase letters, digits, `-`, `.` and the variables `{{region}}` and `{{domain}}`, \
             not `{c}` (a host name, without scheme, port or path)"
        )),
    }
}

/// A `host:` template with its variables filled in.
pub fn render_host(template: &str, region: &str, domain: &str) -> String {
    template
        .replace("{region}", region)
        .replace("{domain}", domain)
}

/// Longest stretch of a value that messages quote; a longer value is cut and marked `…`.
pub const MAX_QUOTED_CHARS: usize = 80;

/// `value` cut to [`MAX_QUOTED_CHARS`] characters, with `…` when it was longer: messages quote user values, and a
/// 10,000-character value must not make a 10,000-character message.
pub fn shorten(value: &str) -> String {
    match value.char_indices().nth(MAX_QUOTED_CHARS) {
        None => value.to_owned(),
        Some((end, _)) => format!("{}…", &value[..end]),
    }
}

type PatternCache = Mutex<HashMap<String, Result<Arc<regex_lite::Regex>, String>>>;

/// Compiles each pattern once per process.
fn compiled(pattern: &str) -> Result<Arc<regex_lite::Regex>, String> {
    static CACHE: OnceLock<PatternCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    // A panic elsewhere while holding the lock leaves the map intact; keep using it.
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(hit) = map.get(pattern) {
        return hit.clone();
    }
    let compiled = regex_lite::Regex::new(pattern)
        .map(Arc::new)
        .map_err(|e| e.to_string());
    map.insert(pattern.to_owned(), compiled.clone());
    compiled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_templates() {
        for ok in [
            "iam.{domain}",
            "iam.myhuaweicloud.com",
            "{region}.api.example.com",
            "obs-{region}.{domain}",
            "ges.{region}.{domain}",
        ] {
            assert_eq!(check_host_template(ok), Ok(()), "{ok}");
        }
        let err = |t: &str| check_host_template(t).err().unwrap_or_default();
        assert_eq!(
            err("iam.{zone}.{domain}"),
            "names the unknown variable `{zone}`; expected `{region}` or `{domain}`"
        );
        assert!(err("https://iam.{domain}").contains("leave out the scheme"));
        assert!(err("iam.{domain").contains("without its `}`"));
        assert!(err("iam}.x").contains("without its `{`"));
        assert!(err("IAM.{domain}").contains("not `I`"));
        assert!(err("iam.{domain}:443").contains("not `:`"));
        assert!(err("iam.{domain}/v3").contains("not `/`"));
        assert!(err("iam..{domain}").contains("once filled in (`iam..myhuaweicloud.com`)"));
        assert!(err("-{region}.x").contains("may not start or end with `-`"));
        assert_eq!(err(""), "is empty");
        assert_eq!(
            render_host("iam.{region}.{domain}", "eu-west-101", "myhuaweicloud.eu"),
            "iam.eu-west-101.myhuaweicloud.eu"
        );
    }

    #[test]
    fn lengths_count_characters() {
        assert_eq!(length("héllo", Some(5), Some(5)), None);
        assert_eq!(
            length("héllo", None, Some(4)).as_deref(),
            Some("length 5 exceeds max_length 4")
        );
        assert_eq!(
            length("", Some(1), None).as_deref(),
            Some("length 0 is below min_length 1")
        );
        assert_eq!(length("anything", None, None), None);
    }

    #[test]
    fn patterns_are_unanchored_and_invalid_ones_say_so() {
        assert_eq!(pattern("abc-1", "[0-9]"), None);
        assert_eq!(
            pattern("abc", "^[0-9]+$").as_deref(),
            Some("does not match pattern \"^[0-9]+$\"")
        );
        assert_eq!(
            pattern("abc", "(").as_deref(),
            Some("pattern \"(\" is not a valid regular expression")
        );
        assert!(check_pattern("(").is_err());
        assert!(check_pattern("^a+$").is_ok());
    }

    #[test]
    fn bounds_are_inclusive_and_exact_above_2_pow_53() {
        let big = Number::Int(9_007_199_254_740_993);
        assert_eq!(
            range(big, Some(Number::Int(9_007_199_254_740_993)), None),
            None
        );
        assert_eq!(
            range(big, None, Some(Number::Int(9_007_199_254_740_992))).as_deref(),
            Some("value 9007199254740993 exceeds maximum 9007199254740992")
        );
        // 2^53 + 1 against the float 2^53: a float comparison would call them equal.
        assert_eq!(
            compare(big, Number::Float(9_007_199_254_740_992.0)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(Number::Int(1), Number::Float(1.5)),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare(Number::Float(1.5), Number::Int(1)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            range(Number::Int(0), Some(Number::Int(1)), None).as_deref(),
            Some("value 0 is below minimum 1")
        );
        assert_eq!(
            range(Number::Float(f64::NAN), Some(Number::Int(1)), None).as_deref(),
            Some("value NaN cannot be compared with minimum 1")
        );
        assert_eq!(
            compare(Number::Int(i64::MAX), Number::Float(1e19)),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare(Number::Int(i64::MIN), Number::Float(-1e19)),
            Some(Ordering::Greater)
        );
    }

    #[test]
    fn counts_and_enums() {
        assert_eq!(
            count(3, None, Some(2)).as_deref(),
            Some("item count 3 exceeds max_items 2")
        );
        assert_eq!(
            count(0, Some(1), None).as_deref(),
            Some("item count 0 is below min_items 1")
        );
        assert_eq!(one_of("b", ["a", "b"]), None);
        assert_eq!(
            one_of("c", ["a", "b"]).as_deref(),
            Some("unknown value \"c\", expected one of: a, b")
        );
        let many: Vec<String> = (0..25).map(|i| format!("v{i}")).collect();
        let message = one_of("x", many.iter().map(String::as_str)).expect("unknown");
        assert!(message.ends_with("v18, v19 (and 5 more)"), "{message}");
        assert!(!message.contains("v20"), "{message}");
        assert_eq!(int_one_of(Number::Int(3), &[1, 3]), None);
        assert_eq!(int_one_of(Number::Float(3.0), &[1, 3]), None);
        assert_eq!(
            int_one_of(Number::Int(2), &[1, 3]).as_deref(),
            Some("unknown value 2, expected one of: 1, 3")
        );
    }

    #[test]
    fn date_times_are_rfc_3339() {
        for ok in [
            "2024-01-01T08:00:00Z",
            "2024-02-29T23:59:60.123456+08:00",
            "1999-12-31t00:00:00z",
            "2024-01-01T08:00:00-05:30",
        ] {
            assert_eq!(date_time(ok, DateLayout::Rfc3339), None, "{ok}");
        }
        for bad in [
            "-",
            "",
            "2024-01-01",
            "2024-01-01 08:00:00Z",
            "2024-01-01T08:00:00",
            "20240101T080000Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T08:00:00.Z",
            "2024-01-01T08:00:00+0800",
            "2024-01-01T08:00:00Z ",
            "1700000000",
        ] {
            assert!(date_time(bad, DateLayout::Rfc3339).is_some(), "{bad}");
        }
        assert_eq!(
            date_time("-", DateLayout::Rfc3339).as_deref(),
            Some("\"-\" is not an RFC 3339 date-time (such as 2024-01-01T08:00:00Z)")
        );
    }

    #[test]
    fn other_layouts() {
        use DateLayout::*;
        for (ok, layout) in [
            ("2024-01-01T08:00:00", Naive),
            ("2024-02-29T08:00:00.123456", Naive),
            ("20240101T080000Z", Compact),
            ("1704096000", EpochSeconds),
            ("-1", EpochSeconds),
            ("1704096000000", EpochMillis),
        ] {
            assert_eq!(date_time(ok, layout), None, "{ok}");
        }
        for (bad, layout) in [
            ("2024-01-01T08:00:00Z", Naive),
            ("2024-01-01 08:00:00", Naive),
            ("2023-02-29T08:00:00", Naive),
            ("2024-01-01T08:00:00.", Naive),
            ("20240101T080000", Compact),
            ("2024-01-01T08:00:00Z", Compact),
            ("1.5", EpochSeconds),
            ("99999999999999999999", EpochMillis),
            ("-", EpochMillis),
        ] {
            assert!(date_time(bad, layout).is_some(), "{bad} as {layout:?}");
        }
        assert_eq!(
            date_time("x", Compact).as_deref(),
            Some("\"x\" is not a compact date-time (such as 20240101T080000Z)")
        );
    }

    #[test]
    fn quoted_values_are_bounded() {
        let long = "x".repeat(10_000);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), MAX_QUOTED_CHARS + 1);
        assert!(short.ends_with('…'));
        assert_eq!(shorten("é"), "é");
    }
}
