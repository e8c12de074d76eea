//! Time to answer YAML input of growing nesting depth: it must grow linearly with the size
//! of the input, whatever its shape (`cargo bench -p codegen --bench nesting`).
//!
//! Criterion reports each case's throughput in bytes per second: for linear time it stays
//! the same from the smallest depth to the largest. Before the nesting pre-scan, flow
//! nesting took time in the square of the depth (16,000 levels: seconds; 100,000: minutes).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Each shape at `depth` levels: the text a hostile or broken spec could hold.
fn shapes(depth: usize) -> Vec<(&'static str, String)> {
    vec![
        // Refused: at the first bracket past the limit, after a prefix of the same size.
        (
            "flow sequences",
            format!("{}{}", padding(depth), "[".repeat(depth)),
        ),
        (
            "flow mappings",
            format!("{}{}", padding(depth), "{a: ".repeat(depth)),
        ),
        // Refused by the parser's own limit.
        ("block sequences on one line", "- ".repeat(depth)),
        // Read: as deep as allowed, as often as fits.
        ("flow 100 deep, repeated", within_the_limit(depth)),
        ("quoted brackets", format!("a: '{}'\n", "[".repeat(depth))),
        // Lines that end in a lone carriage return, as old Mac files do.
        ("lines ending in CR", "k: v\r".repeat(depth)),
    ]
}

/// About `depth` bytes of ordinary YAML.
fn padding(depth: usize) -> String {
    "k: [v, {w: x}]\n".repeat(depth / 15 + 1)
}

/// Lines of flow sequences nested 100 deep, about `2 * depth` bytes in all.
fn within_the_limit(depth: usize) -> String {
    let line = format!("- {}1{}\n", "[".repeat(100), "]".repeat(100));
    line.repeat(2 * depth / line.len() + 1)
}

fn nesting(c: &mut Criterion) {
    let mut group = c.benchmark_group("nesting");
    group.sample_size(10);
    for depth in [1_000, 4_000, 16_000, 100_000] {
        for (shape, text) in shapes(depth) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(shape, depth), &text, |b, text| {
                b.iter(|| {
                    let mut diags = codegen::Diagnostics::default();
                    black_box(codegen::load::parse(black_box(text), &mut diags))
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, nesting);
criterion_main!(benches);
