//! Opt-in retries with exponential backoff and full jitter.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

/// When and how often a failed call is retried. Retries are off unless a policy is set.
///
/// Retried: connection failures, timeouts, truncated bodies, `429 Too Many Requests` and `5xx` responses
/// (except `501 Not Implemented`). Every attempt is rebuilt and re-signed with a fresh `X-Sdk-Date`.
///
/// **Non-idempotent methods** (`POST`, `PATCH`) are only retried when the connection could not be
/// established, i.e. the request certainly never reached the server. A timeout, a reset connection or an
/// error status after a `POST` may mean the server acted on it, and retrying could, say, start a job
/// twice. Opt in with [`RetryPolicy::retry_non_idempotent`] when the operation is safe to repeat.
///
/// The delay before retry `n` (1-based) is a uniformly random duration in `[0, min(max_delay, base_delay·2ⁿ⁻¹)]`
/// ("full jitter"). When the response carries `Retry-After: <seconds>`, that delay is used instead, capped
/// at `max_delay`. `Retry-After` as an HTTP date is ignored.
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

    /// The cap on any single delay, including one asked for by `Retry-After`.
    pub fn max_delay(mut self, d: Duration) -> Self {
        self.max_delay = d;
        self
    }

    /// Also retry `POST` and `PATCH` after timeouts, resets and error statuses (see the type docs).
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

    /// The delay before retry number `retry` (1-based).
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(after) = retry_after {
            return after.min(self.max_delay);
        }
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let ceiling = self.base_delay.saturating_mul(factor).min(self.max_delay);
        // Full jitter: uniform in [0, ceiling].
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(random_u64() % nanos.saturating_add(1).max(1))
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

/// `Retry-After: <seconds>`; HTTP dates and garbage give `None`.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
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

    #[test]
    fn backoff_is_bounded_by_the_exponential_ceiling_and_cap() {
        let p = RetryPolicy::standard()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_secs(1));
        for _ in 0..200 {
            assert!(p.delay(1, None) <= Duration::from_millis(100));
            assert!(p.delay(3, None) <= Duration::from_millis(400));
            assert!(p.delay(40, None) <= Duration::from_secs(1));
        }
        // Jitter actually varies.
        let samples: std::collections::HashSet<_> = (0..50).map(|_| p.delay(4, None)).collect();
        assert!(samples.len() > 10);
        assert_eq!(
            p.delay(1, Some(Duration::from_secs(3600))),
            Duration::from_secs(1)
        );
        assert_eq!(
            p.delay(1, Some(Duration::from_millis(5))),
            Duration::from_millis(5)
        );
        assert_eq!(
            RetryPolicy::standard()
                .base_delay(Duration::ZERO)
                .delay(2, None),
            Duration::ZERO
        );
    }

    #[test]
    fn attempts_are_clamped() {
        assert_eq!(RetryPolicy::standard().max_attempts(0).attempts(), 1);
        assert_eq!(RetryPolicy::standard().max_attempts(1000).attempts(), 11);
        assert_eq!(RetryPolicy::default(), RetryPolicy::disabled());
    }

    #[test]
    fn classification() {
        assert!(is_idempotent("GET") && is_idempotent("PUT") && is_idempotent("DELETE"));
        assert!(!is_idempotent("POST") && !is_idempotent("PATCH"));
        assert!(is_retryable_status(429) && is_retryable_status(503) && is_retryable_status(500));
        assert!(
            !is_retryable_status(501) && !is_retryable_status(404) && !is_retryable_status(200)
        );
        assert_eq!(parse_retry_after(" 2 "), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
