// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! When and how long to wait before sending a failed request again.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant, SystemTime};

use super::Error;

/// How failed requests are retried:
///
/// - connection failures, timeouts and server errors (5xx): with exponential backoff and
///   jitter, or after the wait the server asks for (`Retry-After`);
/// - HTTP 429 and a code that means the service is overloaded
///   ([`ErrorMeaning::Overloaded`](crate::ErrorMeaning::Overloaded)): after the
///   `Retry-After` wait, or with backoff when the server does not say;
/// - a code that means the user's quota is used up
///   ([`ErrorMeaning::QuotaExhausted`](crate::ErrorMeaning::QuotaExhausted)), whatever the
///   status: only after a `Retry-After` wait of at most [`max_wait`](RetryPolicy::max_wait).
///   Without `Retry-After` the error is returned at once, never retried within seconds:
///   that only spends more quota, and some services lock accounts for hours after it.
///   [`Error::is_retryable`] says the same.
///
/// A `Retry-After` longer than `max_wait` is not waited: the error is returned at once,
/// [`Error::retry_after`] saying how long. Failures that cannot heal (a refused scope, a
/// bad parameter, a refused refresh token) are never retried.
///
/// Only idempotent requests (GET, PUT, DELETE...) are retried, unless
/// [`RetryPolicy::retry_non_idempotent`] allows POST too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_wait: Duration,
    non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff from 500 ms doubling up to 30 s, server-asked waits up to 2 min.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_wait: Duration::from_secs(120),
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn never() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// How many times a request is sent at most, the first time included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry; each next one doubles, up to `max`.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// The longest wait a server may ask for (`Retry-After`); when it asks for more, the
    /// error is returned at once, with [`Error::retry_after`] saying how long.
    pub fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// Retry POST and PATCH requests too. Only safe when sending one twice does no harm.
    pub fn retry_non_idempotent(mut self, allow: bool) -> Self {
        self.non_idempotent = allow;
        self
    }

    pub(super) fn allows(&self, method: &reqwest::Method) -> bool {
        self.non_idempotent || method.is_idempotent()
    }

    /// How long to wait after the `failures`-th failure (1-based) with `error`, or `None`
    /// if the request should not be sent again.
    pub(super) fn delay(&self, error: &Error, failures: u32) -> Option<Duration> {
        if !error.is_retryable() || failures >= self.max_attempts {
            return None;
        }
        // (A used-up quota without `Retry-After` is not retryable: no backoff for it.)
        if let Some(asked) = error.retry_after() {
            return (asked <= self.max_wait).then_some(asked);
        }
        let doubling = self
            .initial_backoff
            .saturating_mul(1u32 << (failures - 1).min(16));
        let ceiling = doubling.min(self.max_backoff);
        // "Equal jitter": between half and all of the ceiling, so that clients that failed
        // together do not retry together.
        let half = ceiling / 2;
        Some(half + half.mul_f64(random_fraction()))
    }
}

/// The wait a `Retry-After` header asks for, at `now`: a number of seconds, or an HTTP date
/// (RFC 9110: IMF-fixdate, or one of the two obsolete formats). A date already past means
/// no wait. `None` when the value is neither.
pub(super) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: seconds (a number too large for u64 is no sensible wait either).
        return value.parse().ok().map(Duration::from_secs);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

fn random_fraction() -> f64 {
    let mut bytes = [0u8; 8];
    match getrandom::fill(&mut bytes) {
        Ok(()) => (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64,
        Err(_) => 0.5,
    }
}

/// The clock of waits: between attempts, and for a [`Budget`](crate::Budget). The client
/// uses Tokio's timer; tests give it one that returns at once, moves its own clock forward
/// and records what it was asked.
pub trait Sleeper: Send + Sync + fmt::Debug {
    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>>;

    /// The time now, on this sleeper's clock (default: the system's monotonic clock). A test
    /// sleeper that does not really wait moves this forward by what it was asked to wait.
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// Tokio's timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(tokio::time::sleep(duration))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::tests::CODES;
    use reqwest::StatusCode;

    fn server_error() -> Error {
        Error::from_status(StatusCode::BAD_GATEWAY, b"", None, CODES)
    }

    #[test]
    fn backoff_doubles_with_jitter_up_to_the_ceiling() {
        let policy = RetryPolicy::default()
            .max_attempts(10)
            .backoff(Duration::from_secs(1), Duration::from_secs(5));
        for (failures, ceiling) in [(1, 1), (2, 2), (3, 4), (4, 5), (9, 5)] {
            let wait = policy.delay(&server_error(), failures).expect("retried");
            let ceiling = Duration::from_secs(ceiling);
            assert!(
                wait >= ceiling / 2 && wait <= ceiling,
                "after {failures} failures: {wait:?}"
            );
        }
        assert_eq!(
            policy.delay(&server_error(), 10),
            None,
            "attempts are bounded"
        );
    }

    #[test]
    fn a_server_asked_wait_is_kept_unless_too_long() {
        let policy = RetryPolicy::default().max_wait(Duration::from_secs(60));
        let asked = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            b"",
            Some(Duration::from_secs(30)),
            CODES,
        );
        assert_eq!(policy.delay(&asked, 1), Some(Duration::from_secs(30)));
        let too_long = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            b"",
            Some(Duration::from_secs(3600)),
            CODES,
        );
        assert_eq!(policy.delay(&too_long, 1), None);
    }

    #[test]
    fn a_used_up_quota_is_retried_only_when_the_server_says_when() {
        let policy = RetryPolicy::default();
        let quota = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":26}}"#,
            None,
            CODES,
        );
        assert_eq!(policy.delay(&quota, 1), None);
        let told = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            br#"{"error":{"code":26}}"#,
            Some(Duration::from_secs(9)),
            CODES,
        );
        assert_eq!(policy.delay(&told, 1), Some(Duration::from_secs(9)));
        let overloaded = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            br#"{"error":{"code":11}}"#,
            None,
            CODES,
        );
        assert!(policy.delay(&overloaded, 1).is_some());
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_as_an_http_date() {
        // Wed, 21 Oct 2026 07:28:00 GMT
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_792_567_680);
        let read = |value: &str| parse_retry_after(value, now);
        assert_eq!(read("120"), Some(Duration::from_secs(120)));
        assert_eq!(read(" 0 "), Some(Duration::ZERO));
        assert_eq!(
            read("Wed, 21 Oct 2026 07:29:30 GMT"),
            Some(Duration::from_secs(90))
        );
        // The two obsolete formats HTTP still accepts.
        assert_eq!(
            read("Wednesday, 21-Oct-26 07:29:30 GMT"),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            read("Wed Oct 21 07:29:30 2026"),
            Some(Duration::from_secs(90))
        );
        // A date already past: no wait.
        assert_eq!(read("Wed, 21 Oct 2026 07:27:00 GMT"), Some(Duration::ZERO));
        assert_eq!(read("Thu, 01 Jan 1970 00:00:00 GMT"), Some(Duration::ZERO));
        for junk in ["", "soon", "-5", "1.5", "Wed, 32 Oct 2026 07:28:00 GMT"] {
            assert_eq!(read(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn errors_that_cannot_heal_are_not_retried() {
        let refused = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":13}}"#,
            None,
            CODES,
        );
        assert_eq!(RetryPolicy::default().delay(&refused, 1), None);
        assert!(!RetryPolicy::default().allows(&reqwest::Method::POST));
        assert!(
            RetryPolicy::default()
                .retry_non_idempotent(true)
                .allows(&reqwest::Method::POST)
        );
    }
}
