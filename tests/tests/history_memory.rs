//! A history's memory does not grow with its range: the live heap while streaming twenty
//! times the rows stays what it is for a twentieth of them, about one page. Its own test binary, for the
//! counting allocator (`stats_alloc`: this workspace forbids the `unsafe` of writing one).

use std::alloc::System;
use std::future::poll_fn;
use std::pin::Pin;

use futures_core::Stream;
use netatmo_api::Client;
use netatmo_api::history::Row;
use netatmo_fake::FakeNetatmo;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not freed, in the whole process (a reallocation's growth counts as
/// allocated, its shrinking as freed).
fn live() -> isize {
    let stats = INSTRUMENTED_SYSTEM.stats();
    stats.bytes_allocated as isize - stats.bytes_deallocated as isize
}

/// Streams `days` of 5-minute temperatures; returns the rows read and the most live heap
/// above where it started, sampled at every row.
async fn stream(client: &Client, days: i64) -> (usize, isize) {
    let begin = 1_767_225_600;
    let mut rows = client
        .measure_history("70:ee:50:00:00:14", "max", ["Temperature", "Humidity"])
        .range(begin..=begin + days * 86_400)
        .rows();
    let base = live();
    let (mut count, mut peak) = (0, 0);
    while let Some(row) = poll_fn(|cx| Pin::new(&mut rows).poll_next(cx)).await {
        row.expect("a row");
        count += 1;
        peak = peak.max(live() - base);
    }
    (count, peak)
}

#[tokio::test]
async fn memory_stays_one_page_whatever_the_range() {
    let fake = FakeNetatmo::start().await;
    let client = Client::builder()
        .base_url(fake.api_url())
        .access_token(fake.access_token())
        .build()
        .expect("a client");
    // Warm up: connection pool, buffers that live for the client's life.
    stream(&client, 5).await;

    let (short_rows, short_peak) = stream(&client, 10).await;
    let (long_rows, long_peak) = stream(&client, 200).await;
    assert!(
        long_rows >= 19 * short_rows,
        "{short_rows} then {long_rows} rows"
    );
    // What holding every row of the long range would take, at the least.
    let held = (long_rows * std::mem::size_of::<Row>()) as isize;
    eprintln!(
        "peak live heap: {short_peak} B over {short_rows} rows, {long_peak} B over {long_rows} rows \
         (holding them all: at least {held} B)"
    );
    assert!(
        long_peak < short_peak * 2,
        "twenty times the range took {long_peak} B at its peak, against {short_peak} B"
    );
    assert!(
        long_peak < held / 2,
        "{long_peak} B is not bounded by a page"
    );
}
