//! Opt-in retries with exponential backoff and full jitter.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// When and how often a failed call is retried. Retries are off unless a policy is set.
///
/// Retried: connection failures, timeouts, truncated bodies, `429 Too Many Requests` and `5xx` responses
/// (except `501 Not Implemented`). Every attempt is rebuilt and re-signed with a fresh `X-Sdk-Date`. Never
/// retried: validation errors, a body over the size limit, signing failures and any other status.
///
/// **Non-idempotent methods** (`POST`, `PATCH`) are only retried when the request certainly was not acted on:
/// the connection could not be established, or the service answered `429` (the request was refused by rate
/// limiting). A timeout, a reset connection or a `5xx` after a `POST` may mean the server acted on it, and
/// retrying could, say, start a job twice. Opt in with [`RetryPolicy::retry_non_idempotent`] when the operation
/// is safe to repeat. `GET`, `HEAD`, `OPTIONS`, `TRACE`, `PUT` and `DELETE` are idempotent (RFC 9110) and always
/// retried under the policy.
///
/// The delay before retry `n` (1-based) is a uniformly random duration in `[0, min(max_delay, base_delay·2ⁿ⁻¹)]`
/// ("full jitter"). When the response carries `Retry-After` (seconds, or an HTTP date), that delay is used
/// instead; if it is longer than `max_delay`, the call is not retried and the response is returned as is, so
/// the server's request is honoured and no call waits longer than `max_delay` between attempts.
///
/// ```
/// use std::time::Duration;
/// use generated_client::RetryPolicy;
/// let policy = RetryPolicy::standard()          // 3 attempts, 100 ms base, 20 s cap
///     .max_attempts(5)
///     .base_delay(Duration::from_millis(200))
///     .max_delay(Duration::from_secs(10));
/// assert_eq!(policy.attempts(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    non_idempotent: bool,
}

impl RetryPolicy {
    /// Upper bound on [`RetryPolicy::max_attempts`], as the Python SDK enforces.
    pub const MAX_ATTEMPTS_LIMIT: u32 = 11;

    /// No retries: one attempt per call. The default.
    pub const fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(20),
            non_idempotent: false,
        }
    }

    /// Up to 3 attempts, base delay 100 ms, max delay 20 s, idempotent methods only.
    pub const fn standard() -> Self {
        RetryPolicy {
            max_attempts: 3,
            ..Self::disabled()
        }
    }

    /// Total attempts including the first (clamped to `1..=11`; `1` disables retries).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.clamp(1, Self::MAX_ATTEMPTS_LIMIT);
        self
    }

    /// The base of the exponential backoff.
    pub fn base_delay(mut self, d: Duration) -> Self {
        self.base_delay = d;
        self
    }

    /// The cap on any single delay. A `Retry-After` longer than this ends the retries instead.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    /// Also retry `POST` and `PATCH` after timeouts, resets and `5xx` statuses (see the type docs).
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.non_idempotent = yes;
        self
    }

    /// Total attempts including the first.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Whether non-idempotent methods are retried after the request may have been sent.
    pub fn retries_non_idempotent(&self) -> bool {
        self.non_idempotent
    }

    /// The delay before retry number `retry` (1-based): `Retry-After` when the server sent one, otherwise
    /// exponential backoff with full jitter. `None` when the server asks for a longer wait than `max_delay`.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if let Some(after) = retry_after {
            return (after <= self.max_delay).then_some(after);
        }
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let ceiling = self.base_delay.saturating_mul(factor).min(self.max_delay);
        // Full jitter: uniform in [0, ceiling].
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Some(Duration::from_nanos(
            random_u64() % nanos.saturating_add(1).max(1),
        ))
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::disabled()
    }
}

/// Whether repeating the method is safe by HTTP semantics (RFC 9110 §9.2.2).
pub(crate) fn is_idempotent(method: &str) -> bool {
    matches!(
        method,
        "GET" | "HEAD" | "OPTIONS" | "TRACE" | "PUT" | "DELETE"
    )
}

/// Whether a status is worth retrying.
pub(crate) fn is_retryable_status(status: u16) -> bool {
    status == 429 || (500..600).contains(&status) && status != 501
}

/// Whether a status says the request was refused without being acted on, so that even a non-idempotent
/// request may be repeated: `429 Too Many Requests` (rate limiting happens before processing).
pub(crate) fn is_refusal_status(status: u16) -> bool {
    status == 429
}

/// `Retry-After: <seconds>` or `Retry-After: <IMF-fixdate>` (RFC 9110 §10.2.3), relative to `now`.
/// A date in the past gives zero; anything else (negative numbers, other date formats) gives `None`.
pub(crate) fn parse_retry_after(value: &str, now: time::OffsetDateTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Absurdly large values saturate; they exceed any max_delay anyway.
        return Some(Duration::from_secs(
            value.parse::<u64>().unwrap_or(u64::MAX),
        ));
    }
    let at = parse_imf_fixdate(value)?;
    Some((at - now).try_into().unwrap_or(Duration::ZERO))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`, the form RFC 9110 §5.6.7 has senders use. By hand rather than with `time`'s
/// parsers: their `parsing` feature is about 1 s of a client's cold build, for this one header. The obsolete
/// RFC 850 and asctime forms, which no Huawei Cloud service sends, give `None` (no delay from the header).
fn parse_imf_fixdate(s: &str) -> Option<time::OffsetDateTime> {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let b = s.as_bytes();
    if b.len() != 29 || &b[3..5] != b", " || &b[25..] != b" GMT" {
        return None;
    }
    let field = |from: usize, to: usize| -> Option<u8> {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let separators = [(7, b' '), (11, b' '), (16, b' '), (19, b':'), (22, b':')];
    if separators.iter().any(|&(i, c)| b[i] != c) {
        return None;
    }
    // A day name is required but, as in `time`'s RFC 2822 parser, need not agree with the date.
    DAYS.iter().position(|d| d.as_bytes() == &b[..3])?;
    let month = MONTHS.iter().position(|m| m.as_bytes() == &b[8..11])?;
    let year: i32 = s
        .get(12..16)
        .filter(|y| y.bytes().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()?;
    let month = time::Month::try_from(u8::try_from(month + 1).ok()?).ok()?;
    let date = time::Date::from_calendar_date(year, month, field(5, 7)?).ok()?;
    let clock = time::Time::from_hms(field(17, 19)?, field(20, 22)?, field(23, 25)?).ok()?;
    Some(time::PrimitiveDateTime::new(date, clock).assume_utc())
}

// Jitter needs no cryptographic quality; std's per-process random hasher keys are enough, without a dependency.
fn random_u64() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delay(p: &RetryPolicy, retry: u32) -> Duration {
        p.delay(retry, None).expect("backoff always gives a delay")
    }

    #[test]
    fn backoff_is_bounded_by_the_exponential_ceiling_and_cap() {
        let p = RetryPolicy::standard()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_secs(1));
        for _ in 0..200 {
            assert!(delay(&p, 1) <= Duration::from_millis(100));
            assert!(delay(&p, 3) <= Duration::from_millis(400));
            assert!(delay(&p, 40) <= Duration::from_secs(1));
        }
        // Jitter actually varies, and spreads over the whole [0, ceiling] range.
        let samples: Vec<_> = (0..200).map(|_| delay(&p, 4)).collect();
        let distinct: std::collections::HashSet<_> = samples.iter().collect();
        assert!(distinct.len() > 10);
        assert!(samples.iter().any(|d| *d < Duration::from_millis(200)));
        assert!(samples.iter().any(|d| *d > Duration::from_millis(600)));
        assert_eq!(
            delay(&RetryPolicy::standard().base_delay(Duration::ZERO), 2),
            Duration::ZERO
        );
    }

    #[test]
    fn retry_after_is_used_as_is_or_ends_the_retries() {
        let p = RetryPolicy::standard().max_delay(Duration::from_secs(1));
        assert_eq!(
            p.delay(1, Some(Duration::from_millis(5))),
            Some(Duration::from_millis(5))
        );
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(1))),
            Some(Duration::from_secs(1))
        );
        assert_eq!(p.delay(1, Some(Duration::from_secs(3600))), None);
    }

    #[test]
    fn attempts_are_clamped() {
        assert_eq!(RetryPolicy::standard().max_attempts(0).attempts(), 1);
        assert_eq!(RetryPolicy::standard().max_attempts(1000).attempts(), 11);
        assert_eq!(RetryPolicy::default(), RetryPolicy::disabled());
        assert_eq!(RetryPolicy::disabled().attempts(), 1);
        assert!(!RetryPolicy::standard().retries_non_idempotent());
    }

    #[test]
    fn classification() {
        assert!(is_idempotent("GET") && is_idempotent("PUT") && is_idempotent("DELETE"));
        assert!(!is_idempotent("POST") && !is_idempotent("PATCH"));
        assert!(is_retryable_status(429) && is_retryable_status(503) && is_retryable_status(500));
        assert!(
            !is_retryable_status(501) && !is_retryable_status(404) && !is_retryable_status(200)
        );
        assert!(is_refusal_status(429) && !is_refusal_status(503));
    }

    // The hand-written IMF-fixdate reader agrees with `time`'s RFC 2822 parser on every day of four years (a leap
    // year among them) at several times of day, also when the day name is not the date's.
    #[test]
    fn imf_fixdate_matches_time() {
        use time::format_description::well_known::Rfc2822;
        let mut day = time::macros::date!(2023 - 01 - 01);
        while day.year() < 2027 {
            for clock in [
                time::macros::time!(00:00:00),
                time::macros::time!(07:28:03),
                time::macros::time!(23:59:59),
            ] {
                let t = time::PrimitiveDateTime::new(day, clock).assume_utc();
                let text = t.format(&Rfc2822).expect("format").replace("+0000", "GMT");
                assert_eq!(parse_imf_fixdate(&text), Some(t), "{text}");
                assert_eq!(
                    time::OffsetDateTime::parse(&text, &Rfc2822).ok(),
                    Some(t),
                    "{text}"
                );
                let wrong_day = format!(
                    "{}{}",
                    if text.starts_with("Mon") {
                        "Tue"
                    } else {
                        "Mon"
                    },
                    &text[3..]
                );
                assert_eq!(parse_imf_fixdate(&wrong_day), Some(t), "{wrong_day}");
                assert_eq!(
                    time::OffsetDateTime::parse(&wrong_day, &Rfc2822).ok(),
                    Some(t),
                    "{wrong_day}"
                );
            }
            day = day.next_day().expect("in range");
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = time::macros::datetime!(2015-10-21 07:28:00 UTC);
        let parse = |v| parse_retry_after(v, now);
        assert_eq!(parse(" 2 "), Some(Duration::from_secs(2)));
        assert_eq!(parse("0"), Some(Duration::ZERO));
        assert_eq!(
            parse("99999999999999999999999"),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            parse("Wed, 21 Oct 2015 07:28:03 GMT"),
            Some(Duration::from_secs(3))
        );
        // A date already past means "now".
        assert_eq!(parse("Wed, 21 Oct 2015 07:00:00 GMT"), Some(Duration::ZERO));
        for bad in [
            "",
            "-1",
            "1.5",
            "+3",
            "soon",
            "2015-10-21T07:28:03Z",
            // No day name, a month that does not exist, no zone, a time past 23:59:59, a day past the month's.
            "Xyz, 21 Oct 2015 07:28:03 GMT",
            "Wed, 21 Okt 2015 07:28:03 GMT",
            "Wed, 21 Oct 2015 07:28:03",
            "Wed, 21 Oct 2015 24:00:00 GMT",
            "Wed, 32 Oct 2015 07:28:03 GMT",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }
}
