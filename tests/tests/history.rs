//! History over any range and the request budget, against the fake Netatmo server
//! (`netatmo-fake`): the rows a history gives are exactly the fake's series, across as many
//! requests as the range needs; a budget keeps requests inside Netatmo's limits on an
//! injected clock, where an export without it is cut off with code 26.

use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_core::Stream;
use netatmo_api::history::Row;
use netatmo_api::runtime::{Budget, RetryPolicy, Sleeper};
use netatmo_api::{Client, ErrorCode, RATE_LIMITS};
use netatmo_fake::{FakeNetatmo, series};

const STATION: &str = "70:ee:50:00:00:14";
const HOME: &str = "91763b24c43d3e344f424e8b";
const ROOM: &str = "2746182631";
/// 2026-01-01T00:00:00Z.
const BEGIN: i64 = 1_767_225_600;
const DAY: i64 = 86_400;

/// A clock that never really waits: sleeping moves it forward. Shared by a budget and the
/// fake server's rate limits, it makes an hour of spacing take no time.
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

fn client(fake: &FakeNetatmo) -> Client {
    Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .build()
        .expect("a client")
}

async fn next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

async fn collect(mut rows: netatmo_api::history::Rows) -> (Vec<Row>, u64) {
    let mut all = Vec::new();
    while let Some(row) = next(&mut rows).await {
        all.push(row.expect("a row"));
    }
    (all, rows.requests())
}

fn as_rows(series: Vec<series::Row>) -> Vec<Row> {
    series
        .into_iter()
        .map(|(time, values)| Row { time, values })
        .collect()
}

/// Same rows, in order: and so no duplicate and no gap at the page boundaries.
fn assert_same(got: &[Row], expected: &[Row], what: &str) {
    assert!(!expected.is_empty(), "{what}: the fake's series is empty");
    assert!(
        got.windows(2).all(|w| w[0].time < w[1].time),
        "{what}: rows not strictly in time order"
    );
    if got != expected {
        let first = got
            .iter()
            .zip(expected)
            .position(|(g, e)| g != e)
            .unwrap_or(got.len().min(expected.len()));
        panic!(
            "{what}: {} rows, the fake's series has {}; first difference at {first}: got {:?}, expected {:?}",
            got.len(),
            expected.len(),
            got.get(first),
            expected.get(first)
        );
    }
}

#[tokio::test]
async fn a_history_over_many_pages_is_exactly_the_series_in_both_shapes() {
    let fake = FakeNetatmo::start().await;
    let client = client(&fake);
    let types = ["Temperature", "Humidity"];
    // Raw values every 5 minutes for 20 days (about 5,700 rows), half-hour intervals for
    // 120 days (aligned on the range's start), days for 3 years in pages of 200.
    let cases: [(&str, i64, u16); 3] =
        [("max", 20, 1024), ("30min", 120, 1024), ("1day", 1100, 200)];
    for (scale, days, page) in cases {
        let end = BEGIN + days * DAY;
        let expected = as_rows(series::measure(STATION, None, scale, &types, BEGIN, end));
        for optimize in [true, false] {
            let what = format!("{scale} over {days} days, optimize={optimize}");
            let before = fake.requests("getmeasure");
            let (rows, requests) = collect(
                client
                    .measure_history(STATION, scale, types)
                    .range(BEGIN..=end)
                    .optimize(optimize)
                    .page_size(page)
                    .rows(),
            )
            .await;
            assert_same(&rows, &expected, &what);
            assert!(requests >= 5, "{what}: only {requests} requests");
            assert_eq!(
                fake.requests("getmeasure") - before,
                requests as usize,
                "{what}"
            );
            // The series has gaps (the device offline) and missing values.
            assert!(
                rows.iter().any(|r| r.values.contains(&None)),
                "{what}: no null value"
            );
        }
    }
}

#[tokio::test]
async fn a_rooms_history_pages_through_getroommeasure() {
    let fake = FakeNetatmo::start().await;
    let client = client(&fake);
    let types = ["temperature", "sp_temperature"];
    let end = BEGIN + 250 * DAY;
    let expected = as_rows(series::room_measure(
        HOME, ROOM, "1hour", &types, BEGIN, end,
    ));
    let (rows, requests) = collect(
        client
            .room_history(HOME, ROOM, "1hour", types)
            .range(BEGIN..=end)
            .rows(),
    )
    .await;
    assert_same(&rows, &expected, "room, 1hour over 250 days");
    assert!(requests >= 5, "only {requests} requests");
    assert_eq!(fake.requests("getroommeasure"), requests as usize);
}

/// The stream holds one page: reading the first rows of ten years sends the requests
/// those rows need, not the range's.
#[tokio::test]
async fn the_stream_fetches_pages_only_as_they_are_read() {
    let fake = FakeNetatmo::start().await;
    let client = client(&fake);
    let mut rows = client
        .measure_history(STATION, "max", ["Temperature"])
        .range(BEGIN..=BEGIN + 3650 * DAY)
        .rows();
    assert_eq!(
        fake.requests("getmeasure"),
        0,
        "nothing is sent before reading"
    );
    for _ in 0..2500 {
        next(&mut rows).await.expect("a row").expect("no error");
    }
    // 2,500 rows of 1,024 a page: three pages, of the 1,000 and more the range has.
    assert_eq!(fake.requests("getmeasure"), 3);
    assert_eq!(rows.requests(), 3);
}

#[tokio::test]
async fn bad_history_options_are_an_error_before_any_request() {
    let fake = FakeNetatmo::start().await;
    let client = client(&fake);
    let none: [&str; 0] = [];
    for (what, rows) in [
        (
            "no type",
            client.measure_history(STATION, "max", none).rows(),
        ),
        (
            "page of 0",
            client
                .measure_history(STATION, "max", ["Temperature"])
                .page_size(0)
                .rows(),
        ),
        (
            "unknown scale",
            client
                .measure_history(STATION, "2min", ["Temperature"])
                .rows(),
        ),
    ] {
        let mut rows = rows;
        let err = next(&mut rows).await.expect("an item").expect_err(what);
        assert!(
            matches!(err, netatmo_api::Error::InvalidRequest { .. }),
            "{what}: {err}"
        );
        assert!(next(&mut rows).await.is_none(), "{what}: the stream ends");
    }
    assert_eq!(fake.total_requests(), 0);
}

/// The most requests inside any window of `per` among `times` (sorted).
fn most_in_window(times: &[Instant], per: Duration) -> usize {
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
async fn the_budget_keeps_600_requests_inside_both_limits() {
    let clock = FakeClock::new();
    let fake = FakeNetatmo::builder()
        .rate_limits(true)
        .clock({
            let clock = clock.clone();
            move || clock.now()
        })
        .start()
        .await;
    let budget = Budget::new(RATE_LIMITS).clock(clock.clone());
    let client = Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .budget(budget.clone())
        .retry_policy(RetryPolicy::never())
        .build()
        .expect("a client");
    // Clones share the budget: half the requests go through a clone.
    let clone = client.clone();
    let mut sent = Vec::new();
    for i in 0..600 {
        let client = if i % 2 == 0 { &client } else { &clone };
        client
            .get_stations_data()
            .send()
            .await
            .unwrap_or_else(|e| panic!("request {i}: {e}"));
        sent.push(clock.now());
    }
    assert!(most_in_window(&sent, Duration::from_secs(10)) <= 50);
    assert!(most_in_window(&sent, Duration::from_secs(3600)) <= 500);
    // And not slower than needed: the 501st waits for the first to be an hour old.
    let took = sent[599] - sent[0];
    assert!(
        took >= Duration::from_secs(3600) && took < Duration::from_secs(3700),
        "{took:?}"
    );
    assert_eq!(fake.total_requests(), 600);
    let left = budget.remaining();
    assert_eq!(left[1].limit.requests, 500);
    // The last request took the hour's last turn.
    assert_eq!(left[1].requests, 0, "{left:?}");
    assert!(left[1].next_in > Duration::ZERO, "{left:?}");
}

#[tokio::test]
async fn an_export_that_hits_code_26_without_a_budget_completes_with_one() {
    let types = ["Temperature"];
    let end = BEGIN + 10 * DAY;
    let expected = as_rows(series::measure(STATION, None, "max", &types, BEGIN, end));
    // Pages of 5 rows: some 570 requests, more than an hour's 500.
    let export = |client: Client| {
        client
            .measure_history(STATION, "max", types)
            .range(BEGIN..=end)
            .page_size(5)
            .rows()
    };
    let limited = |clock: &Arc<FakeClock>| {
        let clock = clock.clone();
        FakeNetatmo::builder()
            .rate_limits(true)
            .clock(move || clock.now())
            .start()
    };

    // Without a budget: cut off at the 51st request, with code 26.
    let clock = FakeClock::new();
    let fake = limited(&clock).await;
    let client = Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .sleeper(clock.clone())
        .build()
        .expect("a client");
    let mut rows = export(client);
    let mut read = 0;
    let err = loop {
        match next(&mut rows).await {
            Some(Ok(_)) => read += 1,
            Some(Err(err)) => break err,
            None => panic!("the export completed without a budget"),
        }
    };
    assert_eq!(
        ErrorCode::of(&err),
        Some(ErrorCode::MaxUsageReached),
        "{err}"
    );
    assert_eq!(read, 250, "50 pages of 5 rows before the refusal");

    // With one: the same export, spaced over more than an hour of the fake clock.
    let clock = FakeClock::new();
    let fake = limited(&clock).await;
    let client = Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .budget(Budget::new(RATE_LIMITS).clock(clock.clone()))
        .build()
        .expect("a client");
    let started = clock.now();
    let (rows, requests) = collect(export(client)).await;
    assert_same(&rows, &expected, "the export with a budget");
    assert!(requests > 500, "{requests} requests");
    assert!(clock.now() - started >= Duration::from_secs(3600));
}
