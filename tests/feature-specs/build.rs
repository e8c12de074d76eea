//! Generates a client from every feature spec in `tests/specs/` (and the real specs of
//! `tests/fixtures/specs/`, the specs of `tests/corpus/` that generate, and a sample of the
//! mutated specs `tests/tests/smoke.rs` makes) into `OUT_DIR`, and an index
//! (`features.rs`) that mounts each one as a module of this crate: its models and its
//! operations, on the `codegen-runtime` crate as `netatmo-api` uses it.
//! Compiling this crate is the compile check of the generated code; the crate's
//! `#![deny(warnings)]` makes any rustc warning in it an error, and CI's clippy run covers it
//! with `-D warnings`.

use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "../src/mutate.rs"]
#[allow(dead_code, unreachable_pub)]
mod mutate;

/// How many mutated specs are compiled: enough to catch what parsing alone cannot see (a
/// name used twice, a type that does not fit), few enough for CI's budget.
const MUTATED_SAMPLE: usize = 24;

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let specs_dir = manifest_dir.join("../specs");
    // Netatmo's official 1.1.5, the real spec update the diff tests compare against: a whole
    // real spec, generated without an overlay, must compile as cleanly as the features.
    let real_specs_dir = manifest_dir.join("../fixtures/specs");

    let mut specs: Vec<PathBuf> = Vec::new();
    for dir in [&specs_dir, &real_specs_dir] {
        println!("cargo::rerun-if-changed={}", dir.display());
        let mut found: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
            .collect();
        found.sort();
        specs.extend(found);
    }

    // (module, the name messages use, the text)
    let mut inputs: Vec<(String, String, String)> = Vec::new();
    for spec in &specs {
        println!("cargo::rerun-if-changed={}", spec.display());
        let stem = spec
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 name");
        // `tests/specs/objects.yaml`, as messages and docs name it.
        let shown = format!(
            "tests/{}",
            spec.strip_prefix(manifest_dir.join(".."))
                .unwrap_or(spec)
                .display()
        );
        let module = stem.replace(['-', '.'], "_");
        assert!(
            module
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && module.starts_with(|c: char| c.is_ascii_lowercase()),
            "{shown}: name feature specs in lower-case words, they become modules"
        );
        let text =
            fs::read_to_string(spec).unwrap_or_else(|e| panic!("reading {}: {e}", spec.display()));
        inputs.push((module, shown, text));
    }
    inputs.extend(corpus_specs(&manifest_dir.join("../corpus")));
    inputs.extend(mutated_specs(&manifest_dir.join("../..")));

    let mut index = String::new();
    for (module, shown, text) in &inputs {
        let options = codegen::Options {
            spec_name: shown.clone(),
            regenerate: "cargo build -p feature-specs".to_owned(),
            layout: layout(),
            strict: false,
            api_crate: None,
        };
        let generated = codegen::generate(text, &[], &options).unwrap_or_else(|diagnostics| {
            let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            panic!("{shown} does not generate:\n{}", listed.join("\n"))
        });
        let dir = out_dir.join(module);
        // As `cargo xtask generate` writes: only what changed, so rustc rebuilds for nothing.
        codegen::write::write(&dir, &generated.files)
            .unwrap_or_else(|e| panic!("writing {}: {e}", dir.display()));
        let models = dir.join(MODELS_DIR).join("mod.rs");
        let operations = dir.join(API_DIR).join("mod.rs");
        // A spec without types has no models file: an empty module stands in.
        let models_module = if models.exists() {
            format!("#[path = {:?}]\n    pub mod models;", path_text(&models))
        } else {
            "pub mod models {}".to_owned()
        };
        index.push_str(&format!(
            r#"
/// The client generated from `{shown}`, laid out as `netatmo-api` is.
pub mod {module} {{
    {models_module}

    #[doc(hidden)]
    pub use codegen_runtime::tolerant;

    pub use codegen_runtime as runtime;

    #[path = {operations:?}]
    mod generated;

    pub use generated::*;
    pub use runtime::{{Error, Response}};
}}
"#,
            operations = path_text(&operations),
        ));
    }
    index.push_str(&format!(
        "\n/// The specs whose generated code this crate compiles, as messages name them.\npub const SPECS: &[&str] = &{:?};\n",
        inputs.iter().map(|(_, shown, _)| shown.as_str()).collect::<Vec<_>>()
    ));
    let index_path = out_dir.join("features.rs");
    if fs::read_to_string(&index_path).is_ok_and(|old| old == index) {
        return;
    }
    codegen::write::write_file(&index_path, index.as_bytes())
        .unwrap_or_else(|e| panic!("writing {}: {e}", index_path.display()));
}

/// The specs of `tests/corpus/` that generate (their first line expects no error): broken
/// in ways the generator reads with a warning, so their code must compile all the same.
fn corpus_specs(dir: &Path) -> Vec<(String, String, String)> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    let mut found = Vec::new();
    for path in paths {
        println!("cargo::rerun-if-changed={}", path.display());
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        if text
            .lines()
            .next()
            .is_none_or(|first| first.contains("error"))
        {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 name");
        found.push((
            format!("corpus_{}", stem.replace(['-', '.'], "_")),
            format!("tests/corpus/{stem}.yaml"),
            text,
        ));
    }
    found
}

/// The first [`MUTATED_SAMPLE`] mutations of `tests/tests/smoke.rs`'s sequence that
/// generate, one in every three: parsing is all that test checks of their output.
fn mutated_specs(workspace_root: &Path) -> Vec<(String, String, String)> {
    println!(
        "cargo::rerun-if-changed={}",
        workspace_root.join("tests/src/mutate.rs").display()
    );
    println!(
        "cargo::rerun-if-changed={}",
        workspace_root.join("spec/netatmo.yaml").display()
    );
    let seeds = mutate::seeds(workspace_root);
    let mut rng = mutate::Rng(mutate::SEED);
    let options = codegen::Options {
        spec_name: "mutated".to_owned(),
        regenerate: "cargo build -p feature-specs".to_owned(),
        layout: layout(),
        strict: false,
        api_crate: None,
    };
    let mut found = Vec::new();
    let mut generated = 0;
    for round in 0..1500 {
        let text = mutate::mutate(&mut rng, &seeds[round % seeds.len()]);
        if codegen::generate(&text, &[], &options).is_err() {
            continue;
        }
        generated += 1;
        if generated % 3 == 1 {
            found.push((
                format!("mutated_{round}"),
                format!("mutation round {round}"),
                text,
            ));
            if found.len() == MUTATED_SAMPLE {
                break;
            }
        }
    }
    found
}

fn path_text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// Where each spec's generated modules go, under its own directory.
const MODELS_DIR: &str = "models";
const API_DIR: &str = "api";

fn layout() -> codegen::Layout {
    codegen::Layout::Workspace {
        models_dir: MODELS_DIR.into(),
        api_dir: API_DIR.into(),
    }
}
