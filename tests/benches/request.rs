//! What the generated client adds to a request: `getstationsdata` (the real fixture body,
//! served by the fake server in this process) through `Client::get_stations_data().send()`,
//! against the least a person would write by hand: one `reqwest` GET with the bearer token
//! and `serde_json::from_slice` into the same answer type (`cargo bench -p tests --bench
//! request`).
//!
//! Before criterion's own measurements, a paired run alternates the two calls and prints
//! the ratio of their medians, which BENCHMARKS.md reports (the goal: at most 1.05).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use netatmo_api::Client;
use netatmo_api::models::{StationsDataBody, StationsDataResponse};
use netatmo_fake::FakeNetatmo;

/// The two ways of asking, sharing one server and one runtime.
struct Setup {
    runtime: tokio::runtime::Runtime,
    /// Serves both until it is dropped.
    _fake: FakeNetatmo,
    client: Client,
    http: reqwest::Client,
    url: String,
    bearer: String,
}

impl Setup {
    fn new() -> Setup {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let fake = runtime.block_on(FakeNetatmo::start());
        let client = Client::builder()
            .base_url(fake.api_url())
            .access_token(fake.access_token())
            .build()
            .expect("a client");
        // reqwest as this workspace builds it has no TLS provider of its own: a program
        // installs one (the runtime gives its clients theirs).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::new();
        let url = format!("{}/getstationsdata", fake.api_url());
        let bearer = format!("Bearer {}", fake.access_token());
        Setup {
            runtime,
            _fake: fake,
            client,
            http,
            url,
            bearer,
        }
    }

    fn generated(&self) -> StationsDataBody {
        self.runtime
            .block_on(self.client.get_stations_data().send())
            .expect("the generated client's answer")
    }

    fn by_hand(&self) -> StationsDataBody {
        self.runtime.block_on(async {
            let bytes = self
                .http
                .get(&self.url)
                .header("authorization", &self.bearer)
                .send()
                .await
                .expect("an answer")
                .bytes()
                .await
                .expect("a body");
            let answer: StationsDataResponse =
                serde_json::from_slice(&bytes).expect("a getstationsdata answer");
            answer.body.expect("a body in the answer")
        })
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Alternates the two calls `rounds` times (after a warm-up) and prints both medians and
/// their ratio.
fn paired(setup: &Setup, rounds: usize) {
    for _ in 0..50 {
        black_box(setup.generated());
        black_box(setup.by_hand());
    }
    let (mut generated, mut by_hand) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        // Each goes first in half the rounds.
        let time = |generated_first: bool| {
            let start = Instant::now();
            if generated_first {
                black_box(setup.generated());
            } else {
                black_box(setup.by_hand());
            }
            start.elapsed()
        };
        if round % 2 == 0 {
            generated.push(time(true));
            by_hand.push(time(false));
        } else {
            by_hand.push(time(false));
            generated.push(time(true));
        }
    }
    let (generated, by_hand) = (median(generated), median(by_hand));
    println!(
        "paired medians over {rounds} rounds: generated client {generated:?}, by hand {by_hand:?}, ratio {:.3}",
        generated.as_secs_f64() / by_hand.as_secs_f64()
    );
}

fn main() {
    let setup = Setup::new();
    assert_eq!(
        serde_json::to_value(setup.generated()).expect("encodes"),
        serde_json::to_value(setup.by_hand()).expect("encodes"),
        "both ways give the same answer"
    );
    // `cargo test --benches` (and CI's clippy) only check that this runs; `cargo bench`
    // passes `--bench`.
    let benchmarking = std::env::args().any(|a| a == "--bench");
    paired(&setup, if benchmarking { 2_000 } else { 10 });
    if !benchmarking {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("getstationsdata");
    group.bench_function("generated client", |b| b.iter(|| setup.generated()));
    group.bench_function("reqwest by hand", |b| b.iter(|| setup.by_hand()));
    group.finish();
    c.final_summary();
}
