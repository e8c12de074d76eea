//! Decoding throughput of the real answers in `tests/fixtures/`, read as the client reads
//! them: from bytes into the operation's answer type (`serde_path_to_error` only reads a
//! failed answer again) (`cargo bench -p tests --bench decode`).
//!
//! Criterion reports bytes per second for each fixture and for all of them in one pass,
//! and for the same bytes read into `serde_json::Value` (what a client without types would
//! do), which BENCHMARKS.md compares them with.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use netatmo_api::models::{
    HomeCoachsDataResponse, MeasureResponse, OkResponse, StationsDataResponse,
    ThermostatsDataResponse, WelcomeEventResponse, WelcomeHomeDataResponse,
};
use serde::de::DeserializeOwned;

/// Decodes `bytes` as the client does; panics if they are not a `T`.
fn decode<T: DeserializeOwned>(bytes: &[u8]) -> T {
    serde_json::from_slice(bytes).expect("the fixture decodes")
}

/// A fixture that is an answer: its name, its bytes and what decodes it into its type.
type Fixture = (&'static str, Vec<u8>, fn(&[u8]));

/// Each fixture that is an answer.
fn fixtures() -> Vec<Fixture> {
    fn as_<T: DeserializeOwned>(bytes: &[u8]) {
        black_box(decode::<T>(bytes));
    }
    let stations = as_::<StationsDataResponse> as fn(&[u8]);
    let coachs = as_::<HomeCoachsDataResponse> as fn(&[u8]);
    let measure = as_::<MeasureResponse> as fn(&[u8]);
    let home = as_::<WelcomeHomeDataResponse> as fn(&[u8]);
    let thermostats = as_::<ThermostatsDataResponse> as fn(&[u8]);
    let events = as_::<WelcomeEventResponse> as fn(&[u8]);
    let ok = as_::<OkResponse> as fn(&[u8]);
    let table = [
        ("getstationsdata.json", stations),
        ("weatherstation_data_simple.json", stations),
        ("weatherstation_data_unreachable_station.json", stations),
        ("gethomecoachsdata.json", coachs),
        ("home_coach_no_devices.json", coachs),
        ("weatherstation_measure.json", measure),
        ("getmeasure_12_34_56_00_00_a1_4c_da.json", measure),
        ("getmeasure_energy_12_34_56_00_00_a1_4c_da.json", measure),
        ("getmeasure_energy_98_76_54_32_10_00_00_69.json", measure),
        ("thermostat_data_simple.json", thermostats),
        ("camera_home_data.json", home),
        ("camera_home_data_disconnected.json", home),
        ("camera_home_data_no_homes.json", home),
        ("camera_data_events_until.json", events),
        ("camera_data_empty.json", ok),
        ("status_ok.json", ok),
    ];
    table
        .into_iter()
        .map(|(name, decode)| {
            let bytes = std::fs::read(tests::fixture_path(name)).expect("the fixture is readable");
            (name, bytes, decode)
        })
        .collect()
}

fn decoding(c: &mut Criterion) {
    let fixtures = fixtures();
    let mut group = c.benchmark_group("decode");
    let total: usize = fixtures.iter().map(|(_, bytes, _)| bytes.len()).sum();
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("all fixtures", |b| {
        b.iter(|| {
            for (_, bytes, decode) in &fixtures {
                decode(black_box(bytes));
            }
        })
    });
    group.bench_function("all fixtures as serde_json::Value", |b| {
        b.iter(|| {
            for (_, bytes, _) in &fixtures {
                black_box(decode::<serde_json::Value>(black_box(bytes)));
            }
        })
    });
    for (name, bytes, decode) in &fixtures {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(*name, |b| b.iter(|| decode(black_box(bytes))));
    }
    group.finish();
}

criterion_group!(benches, decoding);
criterion_main!(benches);
