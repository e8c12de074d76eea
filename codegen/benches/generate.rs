//! The generator end to end, spec text in, formatted files out (nothing written): on this
//! repository's spec with its overlays, and on synthetic specs of 10, 100 and 1,000 times
//! the operations of Netatmo's official spec 1.1.5 ([`codegen::scale::repeat_paths`]), to
//! see how time and memory grow with a spec (`cargo bench -p codegen --bench generate`).
//!
//! Before criterion's measurements it prints, for each size in increasing order, the time
//! of one run (the median of three below 1,000x), the process's peak memory so far (Linux's
//! `VmHWM`: it only grows, and it includes making the synthetic specs, so BENCHMARKS.md
//! takes each size's peak from a `cargo xtask generate` process of its own), and the
//! scaling exponent of time with operations between consecutive sizes (1 is linear).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::{Layout, Options};
use criterion::{BenchmarkId, Criterion, Throughput};

// As `cargo xtask` runs the generator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The repository's spec and its overlays, in the order they apply.
fn netatmo() -> (String, Vec<String>) {
    let mut overlays: Vec<PathBuf> = std::fs::read_dir(root().join("spec/overlays"))
        .expect("spec/overlays")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    overlays.sort();
    (
        read(&root().join("spec/netatmo.yaml")),
        overlays.iter().map(|p| read(p)).collect(),
    )
}

/// The official spec 1.1.5 with its paths repeated `times` times, as YAML (the form specs
/// come in).
fn synthetic(times: usize) -> String {
    let text = read(&root().join("tests/fixtures/specs/netatmo-official-1.1.5.yaml"));
    let mut diags = codegen::Diagnostics::default();
    let tree = codegen::load::parse(&text, &mut diags).expect("the official spec parses");
    codegen::to_yaml(&codegen::scale::repeat_paths(&tree, times)).expect("YAML")
}

fn options() -> Options {
    Options {
        spec_name: "bench.yaml".to_owned(),
        regenerate: "cargo bench".to_owned(),
        layout: Layout::Standalone { name: None },
        strict: false,
        api_crate: None,
    }
}

/// One run: the operation count and the bytes generated.
fn run(spec: &str, overlays: &[&str]) -> (usize, usize) {
    let generated = codegen::generate(spec, overlays, &options()).expect("the spec generates");
    let bytes = generated.files.iter().map(|f| f.contents.len()).sum();
    (generated.api.operations.len(), bytes)
}

/// The process's peak resident memory so far, in MiB (Linux), or `None`.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn report(cases: &[(String, String, Vec<String>)]) {
    println!("spec | operations | time | per operation | peak memory so far | exponent");
    let mut previous: Option<(usize, Duration)> = None;
    for (name, spec, overlays) in cases {
        let overlays: Vec<&str> = overlays.iter().map(String::as_str).collect();
        let repeats = if spec.len() > 10_000_000 { 1 } else { 3 };
        let mut times = Vec::new();
        let mut operations = 0;
        for _ in 0..repeats {
            let start = Instant::now();
            operations = run(spec, &overlays).0;
            times.push(start.elapsed());
        }
        times.sort();
        let time = times[times.len() / 2];
        let exponent = previous
            .filter(|(ops, _)| *ops > 0 && *ops != operations)
            .map(|(ops, t)| {
                (time.as_secs_f64() / t.as_secs_f64()).ln() / (operations as f64 / ops as f64).ln()
            });
        println!(
            "{name} | {operations} | {time:.2?} | {:.3} ms | {} | {}",
            time.as_secs_f64() * 1000.0 / operations.max(1) as f64,
            peak_mib().map_or("-".to_owned(), |m| format!("{m:.0} MiB")),
            exponent.map_or("-".to_owned(), |e| format!("{e:.2}")),
        );
        previous = Some((operations, time));
    }
}

fn main() {
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let (spec, overlays) = netatmo();
    let mut cases = vec![("seed + overlays".to_owned(), spec, overlays)];
    // `cargo test --benches` runs this once on small inputs; `cargo bench` on all.
    let sizes: &[usize] = if benchmarking {
        &[1, 10, 100, 1000]
    } else {
        &[1, 2]
    };
    for &times in sizes {
        cases.push((
            format!("official 1.1.5 x{times}"),
            synthetic(times),
            Vec::new(),
        ));
    }
    report(&cases);
    if !benchmarking {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("generate");
    group.sample_size(10);
    for (name, spec, overlays) in &cases {
        let overlays: Vec<&str> = overlays.iter().map(String::as_str).collect();
        let (operations, _) = run(spec, &overlays);
        group.throughput(Throughput::Elements(operations as u64));
        if spec.len() > 10_000_000 {
            group.measurement_time(Duration::from_secs(60));
        }
        group.bench_with_input(BenchmarkId::new(name, operations), spec, |b, spec| {
            b.iter(|| black_box(run(spec, &overlays)))
        });
    }
    group.finish();
    c.final_summary();
}
