//! The committed generated crates are exactly what the generator makes of the committed
//! spec, generation is deterministic, and regenerating touches no file that did not change.

use std::path::{Path, PathBuf};

use codegen::write::{self, Change};
use codegen::{Options, Severity};

use tests::{read, workspace_root};

fn seed() -> String {
    read(xtask::workspace::SPEC)
}

/// What `cargo xtask generate` makes of the workspace's spec and overlays.
fn workspace_output() -> codegen::Generated {
    let overlays = tests::overlays();
    codegen::generate(
        &seed(),
        &tests::strs(&overlays),
        &xtask::workspace::options(),
    )
    .expect("the spec with its overlays generates")
}

#[test]
fn committed_generated_files_are_current() {
    let generated = workspace_output();
    let stale = write::check(workspace_root(), &generated.files).expect("files are readable");
    let report: Vec<String> = stale
        .iter()
        .map(|s| format!("{}\n{}", s.path.display(), s.diff))
        .collect();
    assert!(
        stale.is_empty(),
        "stale generated files; run `cargo xtask generate`:\n{}",
        report.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let first = workspace_output();
    let second = workspace_output();
    assert_eq!(first.files, second.files);
    assert_eq!(first.diagnostics, second.diagnostics);
}

#[test]
fn every_generated_file_says_so_on_its_first_line() {
    let generated = workspace_output();
    for file in &generated.files {
        let first = file.contents.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("// @generated from spec/netatmo.yaml + spec/overlays/ ")
                && first.contains("run `cargo xtask generate` to regenerate"),
            "{}: {first}",
            file.path.display()
        );
    }
}

#[test]
fn without_overlay_the_seed_generates_all_20_operations_with_its_three_kinds_of_warning() {
    let generated =
        codegen::generate(&seed(), &[], &xtask::workspace::options()).expect("the seed generates");
    assert_eq!(generated.api.operations.len(), 20);
    let warnings: Vec<_> = generated.diagnostics.iter().collect();
    assert!(warnings.iter().all(|d| d.severity == Severity::Warning));
    let has = |code: codegen::Code, pointer: &str| {
        warnings
            .iter()
            .any(|d| d.code == code && d.pointer.to_string() == pointer)
    };
    assert!(has(
        codegen::Code::DanglingRef,
        "#/paths/~1createnewschedule/post/parameters/2/schema/$ref"
    ));
    assert!(has(
        codegen::Code::UntypedParameter,
        "#/paths/~1getmeasure/get/parameters/8"
    ));
    assert!(has(
        codegen::Code::UntypedResponse,
        "#/paths/~1getuser/get/responses/200"
    ));
    let strict = Options {
        strict: true,
        ..xtask::workspace::options()
    };
    let errors = codegen::generate(&seed(), &[], &strict).expect_err("--strict fails on warnings");
    assert_eq!(errors.len(), warnings.len());
    assert!(errors.iter().all(|d| d.severity == Severity::Error));
}

/// A scratch folder under the target directory, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn writing_again_touches_nothing_and_a_change_rewrites_only_its_file() {
    let dir = scratch("rewrite");
    let generated = workspace_output();
    let first = write::write(&dir, &generated.files).expect("writes");
    assert!(first.iter().all(|(_, c)| *c == Change::Created));
    let mtimes = |files: &[codegen::GeneratedFile]| -> Vec<std::time::SystemTime> {
        files
            .iter()
            .map(|f| {
                std::fs::metadata(dir.join(&f.path))
                    .and_then(|m| m.modified())
                    .expect("written")
            })
            .collect()
    };
    let before = mtimes(&generated.files);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let second = write::write(&dir, &generated.files).expect("writes");
    assert!(
        second.iter().all(|(_, c)| *c == Change::Unchanged),
        "{second:?}"
    );
    assert_eq!(
        mtimes(&generated.files),
        before,
        "unchanged files keep their mtime"
    );

    let mut changed = generated.files.clone();
    changed[0].contents.push_str("// changed\n");
    let third = write::write(&dir, &changed).expect("writes");
    let kinds: Vec<Change> = third.iter().map(|(_, c)| *c).collect();
    assert_eq!(kinds[0], Change::Updated);
    assert!(kinds[1..].iter().all(|c| *c == Change::Unchanged));
    assert!(write::check(&dir, &changed).expect("readable").is_empty());
    let stale = write::check(&dir, &generated.files).expect("readable");
    assert_eq!(stale.len(), 1);
    assert!(stale[0].diff.contains("-// changed"), "{}", stale[0].diff);
}

/// Every byte of every file under `dir`, by path.
fn tree_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable") {
            let path = entry.expect("readable").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).expect("readable")));
            }
        }
    }
    out.sort();
    out
}

fn feature_spec(name: &str) -> String {
    read(&format!("tests/specs/{name}"))
}

#[test]
fn a_failure_between_files_leaves_the_previous_output_untouched() {
    let dir = scratch("interrupted");
    write::write(&dir, &workspace_output().files).expect("first generation");
    let before = tree_bytes(&dir);

    // Another spec changes all three files; the second write fails.
    let other = codegen::generate(
        &feature_spec("store.yaml"),
        &[],
        &xtask::workspace::options(),
    )
    .expect("generates");
    let mut seen = 0;
    let result = write::write_observed(&dir, &other.files, &mut |_| {
        seen += 1;
        if seen == 2 {
            Err(std::io::Error::other("injected failure"))
        } else {
            Ok(())
        }
    });
    let err = result.expect_err("the write fails");
    assert!(err.to_string().contains("injected failure"), "{err}");
    assert_eq!(
        tree_bytes(&dir),
        before,
        "every file is as it was, and no temporary file is left"
    );
}

#[test]
fn files_no_longer_generated_are_removed_and_only_those() {
    let dir = scratch("stale");
    let standalone = |spec: &str| Options {
        spec_name: spec.to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: codegen::Layout::Standalone {
            name: Some("demo".to_owned()),
        },
        strict: false,
        api_crate: None,
    };
    let with_types = codegen::generate(&feature_spec("store.yaml"), &[], &standalone("store.yaml"))
        .expect("generates");
    write::write(&dir, &with_types.files).expect("writes");
    let models = dir.join("demo-models/src/generated/mod.rs");
    assert!(models.exists());
    let mine = dir.join("demo-models/src/generated/notes.rs");
    std::fs::write(&mine, "// my own file, not generated\n").expect("writes");

    // A spec without types produces no models module: the old one goes, the hand-written
    // file beside it stays.
    let without_types = codegen::generate(
        &feature_spec("security.yaml"),
        &[],
        &standalone("security.yaml"),
    )
    .expect("generates");
    let stale = write::check(&dir, &without_types.files).expect("readable");
    assert!(
        stale
            .iter()
            .any(|s| s.path.ends_with("generated/mod.rs") && s.diff.contains("no longer produced"))
    );
    let changes = write::write(&dir, &without_types.files).expect("writes");
    assert!(
        changes
            .iter()
            .any(|(p, c)| *c == Change::Removed && p.ends_with("demo-models/src/generated/mod.rs"))
    );
    assert!(!models.exists());
    assert!(
        mine.exists(),
        "a file without the generated header is never removed"
    );
}

#[test]
fn a_standalone_pair_carries_the_runtime_crate_unchanged_and_regenerating_replaces_an_old_copy() {
    let dir = scratch("runtime-copy");
    let options = Options {
        spec_name: "store.yaml".to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: codegen::Layout::Standalone {
            name: Some("demo".to_owned()),
        },
        strict: false,
        api_crate: None,
    };
    let generated =
        codegen::generate(&feature_spec("store.yaml"), &[], &options).expect("generates");
    write::write(&dir, &generated.files).expect("writes");
    let relative = |root: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        tree_bytes(root)
            .into_iter()
            .map(|(path, bytes)| (path.strip_prefix(root).expect("inside").to_owned(), bytes))
            .filter(|(path, _)| !path.starts_with("target"))
            .collect()
    };
    let copy = relative(&dir.join("codegen-runtime"));
    let original = relative(&workspace_root().join("codegen/runtime"));
    assert_eq!(
        copy.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        original.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        "the copy has every file of the crate, and no other"
    );
    for ((path, copied), (_, source)) in copy.iter().zip(&original) {
        assert!(
            copied == source,
            "{} differs from the crate's",
            path.display()
        );
    }
    // Both crates of the pair depend on the copy, not on this repository.
    let manifest = std::fs::read_to_string(dir.join("demo-api/Cargo.toml")).expect("readable");
    assert!(manifest.contains(r#"codegen-runtime = { path = "../codegen-runtime" }"#));

    // A copy from an older runtime (and a file the runtime since dropped) is replaced.
    let client = dir.join("codegen-runtime/src/client.rs");
    let old = std::fs::read_to_string(&client)
        .expect("readable")
        .replace("pub async fn send_json", "pub async fn send_json_old");
    std::fs::write(&client, old).expect("writes");
    let dropped = dir.join("codegen-runtime/src/dropped.rs");
    std::fs::write(
        &dropped,
        "// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.\n",
    )
    .expect("writes");
    write::write(&dir, &generated.files).expect("writes again");
    assert!(relative(&dir.join("codegen-runtime")) == copy);
    assert!(!dropped.exists());
}
