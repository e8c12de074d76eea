// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Budget`]: a client-side rate limit that spaces requests to stay inside the service's.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::retry::{Sleeper, TokioSleeper};

/// One rate limit: at most `requests` in any window of `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limit {
    /// How many requests a window allows (at least 1).
    pub requests: u32,
    /// How long a window is.
    pub per: Duration,
}

impl Limit {
    /// At most `requests` (at least 1) in any window of `per`.
    pub const fn new(requests: u32, per: Duration) -> Limit {
        Limit {
            requests: if requests == 0 { 1 } else { requests },
            per,
        }
    }
}

/// What is left of one [`Limit`] now: see [`Budget::remaining`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remaining {
    /// The limit.
    pub limit: Limit,
    /// How many requests may go now without waiting, as far as this limit goes.
    pub requests: u32,
    /// When none may go: how long until the next one may (zero otherwise).
    pub next_in: Duration,
}

/// A client-side request budget: requests wait for their turn so that none of the
/// [`Limit`]s is ever exceeded, measured over sliding windows (any `per`-long stretch of
/// time, not fixed clock intervals).
///
/// Opt in with [`ClientBuilder::budget`](crate::ClientBuilder::budget). Cheap to clone:
/// clones share one account of the requests sent, so every clone of a client, and every
/// client given a clone of the budget, draws from the same budget (as the service counts
/// per user, whatever the process).
///
/// - Every attempt the client sends to the API counts, retries included; requests to the
///   token endpoint do not.
/// - Turns are given in order: a request never overtakes one that waits already. A call
///   dropped while it waits keeps its turn (the budget stays on the safe side).
/// - A [margin](Budget::margin) (1 s unless set) is added to every window: the service
///   counts requests when they arrive, and a request may take longer on the way than the
///   one after it.
/// - The service may still refuse requests when other programs use the same account: its
///   answer is returned as it is ([`Error::retry_after`](crate::Error::retry_after)).
///
/// Memory is bounded by the largest limit's count: the budget keeps when the last requests
/// went, no more.
#[derive(Clone)]
pub struct Budget {
    inner: Arc<Inner>,
}

struct Inner {
    limits: Vec<Limit>,
    margin: Duration,
    clock: Arc<dyn Sleeper>,
    /// When the most recent requests went (or will go: turns given to waiting requests),
    /// oldest first; at most as many as the largest limit allows.
    sent: Mutex<VecDeque<Instant>>,
}

impl Budget {
    /// A budget that keeps every limit of `limits` (a budget without limits never waits).
    pub fn new(limits: impl IntoIterator<Item = Limit>) -> Budget {
        Budget::build(limits.into_iter().collect(), Duration::from_secs(1), None)
    }

    fn build(limits: Vec<Limit>, margin: Duration, clock: Option<Arc<dyn Sleeper>>) -> Budget {
        // A limit made as a struct literal may say 0 requests: at least 1, as `Limit::new`.
        let limits: Vec<Limit> = limits
            .into_iter()
            .map(|l| Limit::new(l.requests, l.per))
            .collect();
        let keep = limits
            .iter()
            .map(|l| l.requests as usize)
            .max()
            .unwrap_or(0);
        Budget {
            inner: Arc::new(Inner {
                limits,
                margin,
                clock: clock.unwrap_or_else(|| Arc::new(TokioSleeper)),
                sent: Mutex::new(VecDeque::with_capacity(keep)),
            }),
        }
    }

    /// The same limits with `margin` added to every window (default 1 s). A new budget:
    /// set it before handing the budget to clients.
    #[must_use]
    pub fn margin(self, margin: Duration) -> Budget {
        Budget::build(
            self.inner.limits.clone(),
            margin,
            Some(self.inner.clock.clone()),
        )
    }

    /// The same limits measured and waited on `clock` instead of Tokio's timer (tests give
    /// one that does not really wait). A new budget: set it before handing the budget to
    /// clients.
    #[must_use]
    pub fn clock(self, clock: Arc<dyn Sleeper>) -> Budget {
        Budget::build(self.inner.limits.clone(), self.inner.margin, Some(clock))
    }

    /// The limits this budget keeps.
    pub fn limits(&self) -> &[Limit] {
        &self.inner.limits
    }

    /// What is left of each limit now, in the order of [`Budget::limits`].
    pub fn remaining(&self) -> Vec<Remaining> {
        let now = self.inner.clock.now();
        let sent = self.sent();
        self.inner
            .limits
            .iter()
            .map(|&limit| {
                let window = limit.per.saturating_add(self.inner.margin);
                // Requests counted in the window that ends now (turns still to come too).
                let counted = sent
                    .iter()
                    .rev()
                    .take_while(|&&at| at.checked_add(window).is_none_or(|end| end > now))
                    .count();
                let requests = (limit.requests as usize).saturating_sub(counted) as u32;
                let next_in = if requests > 0 {
                    Duration::ZERO
                } else {
                    // The oldest of the last `requests` leaves the window then.
                    let oldest = sent[sent.len() - limit.requests as usize];
                    oldest
                        .checked_add(window)
                        .map_or(Duration::MAX, |end| end.saturating_duration_since(now))
                };
                Remaining {
                    limit,
                    requests,
                    next_in,
                }
            })
            .collect()
    }

    /// Waits until one more request may go without exceeding any limit, and counts it as
    /// sent then. The client calls this before each attempt; call it yourself before a
    /// request that goes to the same service another way. Returns how long it waited.
    pub async fn acquire(&self) -> Duration {
        let now = self.inner.clock.now();
        let turn = {
            let mut sent = self.sent();
            let turn = self.next_turn(&sent, now);
            sent.push_back(turn);
            let keep = self
                .inner
                .limits
                .iter()
                .map(|l| l.requests as usize)
                .max()
                .unwrap_or(0);
            while sent.len() > keep {
                sent.pop_front();
            }
            turn
        };
        let wait = turn.saturating_duration_since(now);
        if !wait.is_zero() {
            tracing::debug!(
                wait_ms = wait.as_millis() as u64,
                "request budget: waiting for a turn"
            );
            self.inner.clock.sleep(wait).await;
        }
        wait
    }

    /// The earliest time at or after `now` at which one more request keeps every limit,
    /// and not before the turns already given.
    fn next_turn(&self, sent: &VecDeque<Instant>, now: Instant) -> Instant {
        let mut turn = sent.back().map_or(now, |&last| last.max(now));
        for limit in &self.inner.limits {
            let n = limit.requests as usize;
            if sent.len() >= n {
                // The n-th most recent request must have left the window (a window too
                // long for the clock: as late as it goes, a year on).
                let window = limit.per.saturating_add(self.inner.margin);
                let free = sent[sent.len() - n]
                    .checked_add(window)
                    .unwrap_or_else(|| now + Duration::from_secs(365 * 86_400));
                turn = turn.max(free);
            }
        }
        turn
    }

    fn sent(&self) -> std::sync::MutexGuard<'_, VecDeque<Instant>> {
        // Nothing panics while holding the lock; if it did, the times are still sound.
        self.inner
            .sent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl fmt::Debug for Budget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Budget")
            .field("limits", &self.inner.limits)
            .field("margin", &self.inner.margin)
            .field("remaining", &self.remaining())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;
    use std::pin::Pin;

    /// A clock that never really waits: sleeping moves it forward.
    #[derive(Debug)]
    struct FakeClock {
        start: Instant,
        elapsed: Mutex<Duration>,
    }

    impl FakeClock {
        fn new() -> Arc<FakeClock> {
            Arc::new(FakeClock {
                start: Instant::now(),
                elapsed: Mutex::new(Duration::ZERO),
            })
        }
    }

    impl Sleeper for FakeClock {
        fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
            *self.elapsed.lock().unwrap() += duration;
            Box::pin(std::future::ready(()))
        }

        fn now(&self) -> Instant {
            self.start + *self.elapsed.lock().unwrap()
        }
    }

    fn sliding_counts(times: &[Instant], per: Duration) -> usize {
        // The most requests in any window of `per`: for each request, those in [t, t + per).
        (0..times.len())
            .map(|i| {
                times[i..]
                    .iter()
                    .take_while(|&&t| t < times[i] + per)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }

    #[tokio::test]
    async fn requests_are_spaced_to_keep_every_limit_over_sliding_windows() {
        let clock = FakeClock::new();
        let budget = Budget::new([
            Limit::new(5, Duration::from_secs(10)),
            Limit::new(12, Duration::from_secs(60)),
        ])
        .margin(Duration::ZERO)
        .clock(clock.clone());
        let mut times = Vec::new();
        for _ in 0..40 {
            budget.acquire().await;
            times.push(clock.now());
        }
        assert_eq!(sliding_counts(&times, Duration::from_secs(10)), 5);
        assert_eq!(sliding_counts(&times, Duration::from_secs(60)), 12);
        // And no slower than the limits require: 40 requests at 12 a minute take 3 minutes.
        let took = times[39] - times[0];
        assert_eq!(took, Duration::from_secs(180), "{took:?}");
    }

    #[tokio::test]
    async fn remaining_says_what_is_left_and_when_more_frees_up() {
        let clock = FakeClock::new();
        let budget = Budget::new([Limit::new(3, Duration::from_secs(10))]).clock(clock.clone());
        assert_eq!(budget.remaining()[0].requests, 3);
        for _ in 0..3 {
            assert_eq!(budget.acquire().await, Duration::ZERO);
        }
        let left = budget.remaining()[0];
        assert_eq!((left.requests, left.next_in), (0, Duration::from_secs(11)));
        // The fourth waits for the first to leave the window (plus the margin).
        assert_eq!(budget.acquire().await, Duration::from_secs(11));
        clock.sleep(Duration::from_secs(60)).await;
        assert_eq!(budget.remaining()[0].requests, 3);
    }

    #[tokio::test]
    async fn clones_share_one_budget() {
        let clock = FakeClock::new();
        let budget = Budget::new([Limit::new(2, Duration::from_secs(10))])
            .margin(Duration::ZERO)
            .clock(clock.clone());
        let other = budget.clone();
        budget.acquire().await;
        other.acquire().await;
        assert_eq!(budget.remaining()[0].requests, 0);
        assert_eq!(other.acquire().await, Duration::from_secs(10));
    }

    #[tokio::test]
    async fn odd_limits_never_panic() {
        let clock = FakeClock::new();
        let literal = Limit {
            requests: 0,
            per: Duration::from_secs(1),
        };
        let budget = Budget::new([literal, Limit::new(1, Duration::MAX)]).clock(clock.clone());
        assert_eq!(budget.limits()[0].requests, 1);
        budget.acquire().await;
        let shown = format!("{budget:?}");
        assert!(shown.contains("remaining"), "{shown}");
        // The endless window: the next turn is far away, but no panic.
        assert!(budget.remaining()[1].next_in > Duration::from_secs(86_400));
    }

    #[test]
    fn a_zero_limit_still_lets_one_request_through() {
        assert_eq!(Limit::new(0, Duration::from_secs(1)).requests, 1);
        let debug = format!("{:?}", Budget::new([]));
        assert!(debug.contains("Budget"), "{debug}");
    }
}
