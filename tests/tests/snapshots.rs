//! Snapshots of the generated code: for the seed spec and for one small spec per Swagger
//! feature the generator handles (`tests/specs/`). Each snapshot holds the diagnostics and
//! every generated file, so a reviewer sees exactly what a generator change does to output.
//!
//! Review changes with `cargo insta review`; never accept them blindly.

use codegen::Options;
use std::fmt::Write as _;
use tests::{read, workspace_root};

/// Generates `spec` (with `overlays`, in order) and renders diagnostics and files as one
/// reviewable text.
fn render(spec_path: &str, overlays: &[String]) -> String {
    let text = read(spec_path);
    let options = Options {
        spec_name: spec_path.to_owned(),
        ..xtask::workspace::options()
    };
    let generated = match codegen::generate(&text, &tests::strs(overlays), &options) {
        Ok(generated) => generated,
        Err(diagnostics) => {
            let errors: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            panic!("{spec_path} does not generate:\n{}", errors.join("\n"));
        }
    };
    let mut out = String::new();
    out.push_str("=== diagnostics\n");
    for d in &generated.diagnostics {
        let place = match d.document {
            codegen::Document::Overlay(i) => format!(" in overlay {i}"),
            codegen::Document::Spec => String::new(),
        };
        writeln!(out, "{d}{place}").expect("writing to a String");
    }
    for file in &generated.files {
        writeln!(out, "=== {}", file.path.display()).expect("writing to a String");
        out.push_str(&file.contents);
    }
    out
}

macro_rules! snapshot_tests {
    ($($name:ident => $path:literal,)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), render($path, &[]));
        }
    )*};
}

snapshot_tests! {
    seed_netatmo => "spec/netatmo.yaml",
    feature_objects => "tests/specs/objects.yaml",
    feature_enums => "tests/specs/enums.yaml",
    feature_parameters => "tests/specs/parameters.yaml",
    feature_body => "tests/specs/body.yaml",
    feature_responses => "tests/specs/responses.yaml",
    feature_composition => "tests/specs/composition.yaml",
    feature_recursion => "tests/specs/recursion.yaml",
    feature_cycles => "tests/specs/cycles.yaml",
    feature_operations => "tests/specs/operations.yaml",
    feature_dangling_ref => "tests/specs/dangling.yaml",
    feature_security => "tests/specs/security.yaml",
    feature_uploads => "tests/specs/uploads.yaml",
    feature_polymorphism => "tests/specs/polymorphism.yaml",
    feature_formats => "tests/specs/formats.yaml",
    feature_names => "tests/specs/names.yaml",
    feature_lenient => "tests/specs/lenient.yaml",
    feature_collisions => "tests/specs/collisions.yaml",
    feature_media => "tests/specs/media.yaml",
    feature_tolerance => "tests/specs/tolerance.yaml",
    feature_standalone_store => "tests/specs/store.yaml",
    feature_envelope => "tests/specs/envelope.yaml",
    feature_chosen_names => "tests/specs/chosen_names.yaml",
    feature_error_codes => "tests/specs/error_codes.yaml",
    feature_webhooks => "tests/specs/webhooks.yaml",
}

#[test]
fn netatmo_with_overlay() {
    insta::assert_snapshot!(
        "netatmo_with_overlay",
        render("spec/netatmo.yaml", &tests::overlays())
    );
}

#[test]
fn every_feature_spec_has_a_snapshot_test() {
    let source = include_str!("snapshots.rs");
    for entry in
        std::fs::read_dir(workspace_root().join("tests/specs")).expect("tests/specs exists")
    {
        let name = entry
            .expect("readable")
            .file_name()
            .to_string_lossy()
            .into_owned();
        assert!(
            source.contains(&format!("\"tests/specs/{name}\"")),
            "tests/specs/{name} has no snapshot test"
        );
    }
}
