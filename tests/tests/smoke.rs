//! A short, deterministic stand-in for the fuzzer (codegen/fuzz, run by hand): thousands of
//! mutations of real specs go through the whole generator, which must never panic, and
//! whatever it generates must parse as Rust. (A sample of them is compiled, under
//! `deny(warnings)`, by the feature-specs crate: see its build script.)

use codegen::Options;
use tests::mutate::{Rng, SEED, mutate, seeds};
use tests::workspace_root;

#[test]
fn mutated_specs_never_panic_and_always_generate_parsable_code() {
    let seeds = seeds(workspace_root());
    let options = Options {
        spec_name: "smoke".to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: xtask::workspace::layout(),
        strict: false,
        api_crate: None,
    };
    let mut rng = Rng(SEED);
    let (mut generated, mut refused) = (0, 0);
    for round in 0..1500 {
        let seed = &seeds[round % seeds.len()];
        let input = mutate(&mut rng, seed);
        let outcome = std::panic::catch_unwind(|| codegen::generate(&input, &[], &options));
        let Ok(outcome) = outcome else {
            panic!("round {round}: the generator panicked on:\n{input}")
        };
        match outcome {
            Ok(result) => {
                generated += 1;
                for file in &result.files {
                    let body = file.contents.split_once('\n').map_or("", |(_, rest)| rest);
                    if let Err(e) = syn::parse_file(body) {
                        panic!(
                            "round {round}: {} does not parse ({e}) for:\n{input}",
                            file.path.display()
                        );
                    }
                }
            }
            Err(diagnostics) => {
                refused += 1;
                assert!(
                    diagnostics.has_errors(),
                    "round {round}: a refusal names an error"
                );
                let internal = diagnostics
                    .iter()
                    .find(|d| d.code == codegen::Code::Internal);
                assert!(
                    internal.is_none(),
                    "round {round}: generated code that does not parse: {internal:?}\n{input}"
                );
            }
        }
    }
    assert!(
        generated > 100 && refused > 100,
        "the mutations explore both sides: {generated} generated, {refused} refused"
    );
}
