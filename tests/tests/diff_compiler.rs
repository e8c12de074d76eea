//! `cargo xtask diff`'s verdicts against the compiler's. For each pair of specs, a small
//! user crate is written from the OLD side's public surface: it calls every operation with
//! every argument and setter and names what `send()` returns, builds every model the ways
//! the crate allows (struct literal, `new()`, `Default`), reads every field with its type
//! spelled out, and matches every enum as exhaustively as the crate allows. It must compile
//! against the OLD crates (else the test proves nothing), and compile against the NEW ones
//! exactly when diff says the change is not major.
//!
//! All cases share one temporary Cargo workspace and one `cargo check`, with this
//! workspace's `Cargo.lock` and target directory, so dependencies are built once.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::diff::Bump;
use codegen::surface::{Surface, Ty, Type};
use codegen::{Layout, Options};

/// A spec and its overlays, as text.
type Spec = (String, Vec<String>);

/// This workspace's root (from this file's crate, not from the `tests` library: builds of
/// several checkouts may share a target directory).
fn workspace_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn read(path: &str) -> String {
    let path = workspace_root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The spec at `path`, with the workspace's overlays if `overlays`.
fn spec(path: &str, overlays: bool) -> Spec {
    let overlays = if overlays {
        xtask::workspace::overlay_texts(workspace_root())
    } else {
        Vec::new()
    };
    (read(path), overlays)
}

/// The single-change specs: each against `tests/diff-specs/base.yaml`.
const SINGLE_CHANGES: [&str; 11] = [
    "add-optional-field",
    "add-required-field",
    "remove-field",
    "retype-field",
    "field-becomes-required",
    "add-required-param",
    "add-optional-param",
    "add-operation",
    "add-enum-value",
    "retype-response",
    "patch-host-and-bound",
];

/// The service cases: each against `tests/diff-specs/service-base.yaml` (an envelope, error
/// codes, OAuth2).
const SERVICE_CHANGES: [&str; 5] = [
    "service-add-error-code",
    "service-remove-error-code",
    "service-remove-oauth",
    "service-retype-data",
    "service-envelope-field",
];

/// The bump diff must give each single change (so that a rule that changes shows here too,
/// not only as a disagreement with the compiler).
fn expected(case: &str) -> Bump {
    match case {
        // Structs are #[non_exhaustive], made with new(): an optional field is an addition.
        "add-optional-field"
        | "add-optional-param"
        | "add-operation"
        | "add-enum-value"
        | "service-add-error-code"
        | "service-envelope-field" => Bump::Minor,
        "patch-host-and-bound" => Bump::Patch,
        _ => Bump::Major,
    }
}

#[test]
fn diff_verdicts_agree_with_the_compiler() {
    let started = std::time::Instant::now();
    let base = spec("tests/diff-specs/base.yaml", false);
    let official = "tests/fixtures/specs/netatmo-official-1.1.5.yaml";
    // The seed against Netatmo's 1.1.5, with the overlay (what `cargo xtask diff` reads by
    // default) and without.
    let mut cases: Vec<(String, Spec, Spec)> = vec![
        (
            "seed-vs-1-1-5".to_owned(),
            spec(xtask::workspace::SPEC, true),
            spec(official, true),
        ),
        (
            "seed-vs-1-1-5-without-overlay".to_owned(),
            spec(xtask::workspace::SPEC, false),
            spec(official, false),
        ),
    ];
    for name in SINGLE_CHANGES {
        let new = spec(&format!("tests/diff-specs/{name}.yaml"), false);
        cases.push((name.to_owned(), base.clone(), new));
    }
    let service = spec("tests/diff-specs/service-base.yaml", false);
    for name in SERVICE_CHANGES {
        let new = spec(&format!("tests/diff-specs/{name}.yaml"), false);
        cases.push((name.to_owned(), service.clone(), new));
    }

    let dir = scratch_dir();
    let mut members = Vec::new();
    // Each distinct old spec is generated once; its sanity user crate is checked once.
    let mut olds: BTreeMap<String, (String, Surface)> = BTreeMap::new();
    let mut verdicts = Vec::new();
    for (i, (name, old, new)) in cases.iter().enumerate() {
        let key = format!("{old:?}");
        if !olds.contains_key(&key) {
            let crate_name = format!("old{}", olds.len());
            let surface = generate(&dir, &crate_name, old, &mut members);
            let user = format!("user-{crate_name}");
            write_user_crate(&dir, &user, &format!("{crate_name}-api"), &surface);
            members.push(user);
            olds.insert(key.clone(), (crate_name, surface));
        }
        let (old_crate, old_surface) = &olds[&key];
        let new_crate = format!("new{i}");
        let new_surface = generate(&dir, &new_crate, new, &mut members);
        let report = codegen::diff::compare(old_surface, &new_surface);
        let user = format!("user-{name}");
        write_user_crate(&dir, &user, &format!("{new_crate}-api"), old_surface);
        members.push(user.clone());
        verdicts.push((name.clone(), format!("user-{old_crate}"), user, report));
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"3\"\nmembers = {members:?}\n"),
    )
    .expect("writes the manifest");
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock"))
        .expect("copies Cargo.lock");

    let checking = std::time::Instant::now();
    let outcome = check(&dir);
    let checked = checking.elapsed();
    let mut summary = String::new();
    let mut wrong = Vec::new();
    for (name, old_user, user, report) in &verdicts {
        let compiles_old = outcome(old_user);
        assert!(
            compiles_old,
            "{name}: the user crate does not compile against the OLD crates, so it proves nothing (see {})",
            dir.display()
        );
        let compiles_new = outcome(user);
        let breaking = report.bump == Bump::Major;
        writeln!(
            summary,
            "{name}: diff says {:?}, the user crate {} against NEW",
            report.bump,
            if compiles_new { "compiles" } else { "breaks" }
        )
        .expect("writes");
        if breaking == compiles_new {
            wrong.push(format!("{name}:\n{report}"));
        }
        if !name.starts_with("seed-") {
            assert_eq!(report.bump, expected(name), "{name}:\n{report}");
        }
    }
    eprintln!(
        "{summary}(cargo check {checked:.0?}, all {:.0?})",
        started.elapsed()
    );
    assert!(
        wrong.is_empty(),
        "diff and the compiler disagree (crates in {}):\n{summary}\n{}",
        dir.display(),
        wrong.join("\n")
    );
    for (_, _, _, seed) in &verdicts[..2] {
        assert_eq!(seed.bump, Bump::Major, "{seed}");
    }
    if std::env::var_os("DIFF_COMPILER_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A fresh directory for the workspace, under this workspace's target directory.
fn scratch_dir() -> PathBuf {
    let dir = target_dir().join("tmp").join("diff-compiler");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates the scratch directory");
    dir
}

/// The target directory this test was built in: `<target>/debug/deps/diff_compiler-…`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors()
        .nth(3)
        .expect("the test binary is under <target>/<profile>/deps")
        .to_path_buf()
}

/// Generates `spec` as a standalone pair `{name}-models`, `{name}-api` under `dir`, and
/// returns its surface.
fn generate(dir: &Path, name: &str, spec: &Spec, members: &mut Vec<String>) -> Surface {
    let options = Options {
        spec_name: name.to_owned(),
        regenerate: "diff_compiler".to_owned(),
        layout: Layout::Standalone {
            name: Some(name.to_owned()),
        },
        strict: false,
        api_crate: None,
    };
    let overlays: Vec<&str> = spec.1.iter().map(String::as_str).collect();
    let generated = codegen::generate(&spec.0, &overlays, &options)
        .unwrap_or_else(|d| panic!("{name} generates: {d:?}"));
    for file in &generated.files {
        // The pair's own workspace manifest: this workspace holds them all.
        if file.path == Path::new("Cargo.toml") {
            continue;
        }
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("creates");
        std::fs::write(&path, &file.contents).expect("writes");
    }
    members.push(format!("{name}-models"));
    members.push(format!("{name}-api"));
    codegen::surface::surface(&generated.api)
}

/// A type as the user crate names it.
fn ty(t: &Ty) -> String {
    t.render(Some("api::models"))
}

/// `any::<T>()`: a value of the type an argument of type `arg` accepts.
fn value(arg: &Ty) -> String {
    format!("any::<{}>()", ty(&arg.value()))
}

/// Writes a library crate `name`, depending on `api` (as `api`), that uses all of `surface`.
fn write_user_crate(dir: &Path, name: &str, api: &str, surface: &Surface) {
    let mut code = String::from(
        "#![allow(warnings)]\n//! Uses every public item of the old surface.\n\
         #[allow(unused_imports)]\nuse api::runtime::Upload;\n\n\
         fn any<T>() -> T {\n    unreachable!()\n}\n\n\
         pub async fn operations(client: &api::Client) {\n",
    );
    for (method, m) in &surface.operations {
        let args: Vec<String> = m
            .inputs
            .iter()
            .filter(|i| i.required)
            .map(|i| value(&i.arg))
            .collect();
        let _ = writeln!(
            code,
            "    {{\n        let request: api::builders::{}<'_> = client.{method}({});",
            m.builder,
            args.join(", ")
        );
        for i in m.inputs.iter().filter(|i| !i.required) {
            let _ = writeln!(
                code,
                "        let request = request.{}({});",
                i.name,
                value(&i.arg)
            );
        }
        let _ = writeln!(
            code,
            "        let answer: Result<{}, api::Error> = request.clone().send().await;",
            ty(&m.returns)
        );
        let meta = m.meta.as_ref().map(|meta| format!(", {}", ty(meta)));
        let _ = writeln!(
            code,
            "        let answer: Result<api::Response<{}{}>, api::Error> = request.send_with_meta().await;\n    }}",
            ty(&m.returns),
            meta.unwrap_or_default()
        );
    }
    if surface.oauth_app.is_some() {
        code.push_str(
            "    let app: Result<api::runtime::OAuthApp, api::Error> = api::oauth_app(\"id\", \"secret\");\n",
        );
    }
    if let Some(codes) = &surface.error_codes {
        code.push_str(
            "    let code: Option<api::ErrorCode> = api::ErrorCode::of(&any::<api::Error>());\n",
        );
        code.push_str("    match any::<api::ErrorCode>() {\n");
        for (v, _) in &codes.variants {
            let _ = writeln!(code, "        api::ErrorCode::{v} => {{}}");
        }
        code.push_str("        api::ErrorCode::Other(_) => {}\n");
        if codes.non_exhaustive {
            code.push_str("        _ => {}\n");
        }
        code.push_str("    }\n");
    }
    code.push_str("}\n\npub fn models() {\n");
    for (name, t) in &surface.types {
        let path = format!("api::models::{name}");
        code.push_str("    {\n");
        match t {
            Type::Struct(s) => {
                if !s.non_exhaustive {
                    let mut fields: Vec<String> = s
                        .fields
                        .iter()
                        .map(|f| format!("{}: any::<{}>()", f.name, ty(&f.ty)))
                        .collect();
                    if let Some((extra, t)) = &s.extra {
                        fields.push(format!("{extra}: any::<{}>()", ty(t)));
                    }
                    let _ = writeln!(
                        code,
                        "        let literal: {path} = {path} {{ {} }};",
                        fields.join(", ")
                    );
                }
                if let Some(args) = &s.constructor {
                    let args: Vec<String> = args.iter().map(|(_, t)| value(t)).collect();
                    let _ = writeln!(
                        code,
                        "        let made: {path} = {path}::new({});",
                        args.join(", ")
                    );
                }
                if s.default {
                    let _ = writeln!(code, "        let made: {path} = Default::default();");
                }
                let _ = writeln!(code, "        let read = any::<{path}>();");
                for f in &s.fields {
                    let _ = writeln!(code, "        let _: &{} = &read.{};", ty(&f.ty), f.name);
                }
                if let Some((extra, t)) = &s.extra {
                    let _ = writeln!(code, "        let _: &{} = &read.{extra};", ty(t));
                }
            }
            Type::Enum(e) => {
                let _ = writeln!(code, "        match any::<{path}>() {{");
                for (v, _) in &e.variants {
                    let _ = writeln!(code, "            {path}::{v} => {{}}");
                }
                if e.open {
                    let _ = writeln!(code, "            {path}::Unknown(_) => {{}}");
                }
                if e.non_exhaustive {
                    code.push_str("            _ => {}\n");
                }
                code.push_str("        }\n");
            }
            Type::Union(u) => {
                for (v, t, _) in &u.variants {
                    let _ = writeln!(
                        code,
                        "        let made: {path} = {path}::{v}(any::<{}>());",
                        ty(t)
                    );
                }
                let _ = writeln!(code, "        match any::<{path}>() {{");
                for (v, t, _) in &u.variants {
                    let _ = writeln!(
                        code,
                        "            {path}::{v}(payload) => {{ let _: {} = payload; }}",
                        ty(t)
                    );
                }
                if u.non_exhaustive {
                    code.push_str("            _ => {}\n");
                }
                code.push_str("        }\n");
            }
            Type::Alias(t) => {
                let _ = writeln!(code, "        let same: {path} = any::<{}>();", ty(t));
            }
            Type::Opaque => {
                let _ = writeln!(
                    code,
                    "        let made: {path} = {path}(any::<serde_json::Value>());"
                );
            }
        }
        code.push_str("    }\n");
    }
    code.push_str("}\n");
    let root = dir.join(name);
    std::fs::create_dir_all(root.join("src")).expect("creates");
    std::fs::write(root.join("src/lib.rs"), code).expect("writes");
    std::fs::write(
        root.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\napi = {{ package = \"{api}\", path = \"../{api}\" }}\n\
             serde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\n"
        ),
    )
    .expect("writes");
}

/// Runs `cargo check` on the workspace at `dir`, and returns whether a crate compiled: it
/// did when cargo reports its artifact, it did not when rustc reports an error in it.
fn check(dir: &Path) -> impl Fn(&str) -> bool {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--offline",
            "--message-format=json",
            "--quiet",
        ])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir())
        .output()
        .expect("runs cargo");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut built = Vec::new();
    let mut failed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in stdout.lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let target = message["target"]["name"]
            .as_str()
            .unwrap_or("")
            .replace('_', "-");
        match message["reason"].as_str() {
            Some("compiler-artifact") => built.push(target),
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let text = message["message"]["rendered"].as_str().unwrap_or("");
                failed.entry(target).or_default().push(text.to_owned());
            }
            _ => {}
        }
    }
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    move |name: &str| {
        if built.iter().any(|b| b == name) {
            return true;
        }
        if failed.contains_key(name) {
            return false;
        }
        panic!(
            "cargo check neither built {name} nor reported an error in it: a crate it depends on failed?\n{failed:#?}\n{stderr}"
        );
    }
}
