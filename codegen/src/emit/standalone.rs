//! The files that make a standalone pair of crates (`cargo xtask generate --spec X --out D`):
//! manifests, crate roots, and copies of the hand-written runtime and tolerant reader.

use crate::GeneratedFile;

/// The runtime crate (`codegen/runtime`), copied whole and unchanged next to a standalone
/// pair: both crates depend on it by path, so the pair builds with no dependency on this
/// repository. `RUNTIME_DIR` names the copy.
pub(crate) const RUNTIME_DIR: &str = "codegen-runtime";
pub(crate) const RUNTIME: &[(&str, &str)] = &[
    ("Cargo.toml", include_str!("../../runtime/Cargo.toml")),
    ("src/lib.rs", include_str!("../../runtime/src/lib.rs")),
    ("src/auth.rs", include_str!("../../runtime/src/auth.rs")),
    (
        "src/blocking.rs",
        include_str!("../../runtime/src/blocking.rs"),
    ),
    ("src/budget.rs", include_str!("../../runtime/src/budget.rs")),
    ("src/client.rs", include_str!("../../runtime/src/client.rs")),
    ("src/error.rs", include_str!("../../runtime/src/error.rs")),
    (
        "src/request.rs",
        include_str!("../../runtime/src/request.rs"),
    ),
    (
        "src/response.rs",
        include_str!("../../runtime/src/response.rs"),
    ),
    ("src/retry.rs", include_str!("../../runtime/src/retry.rs")),
    ("src/secret.rs", include_str!("../../runtime/src/secret.rs")),
    (
        "src/security.rs",
        include_str!("../../runtime/src/security.rs"),
    ),
    ("src/tls.rs", include_str!("../../runtime/src/tls.rs")),
    (
        "src/tolerant.rs",
        include_str!("../../runtime/src/tolerant.rs"),
    ),
    ("src/upload.rs", include_str!("../../runtime/src/upload.rs")),
    (
        "src/webhook.rs",
        include_str!("../../runtime/src/webhook.rs"),
    ),
];

/// Dependency lines of the generated manifests; `tests` checks they match the workspace's.
pub(crate) const SERDE: &str = r#"serde = { version = "1", features = ["derive"] }"#;
pub(crate) const SERDE_JSON: &str =
    r#"serde_json = { version = "1", features = ["preserve_order"] }"#;

/// Manifests and crate roots for crates named `{name}-models` and `{name}-api`.
pub(crate) fn crate_files(
    name: &str,
    title: &str,
    header: &str,
    models_files: Vec<(String, String)>,
    has_types: bool,
    api: Vec<(String, String)>,
) -> Vec<GeneratedFile> {
    // A spec without types still gets a models crate (the API crate names it), but one
    // with nothing to re-export.
    let models_root = if has_types {
        "\n#[rustfmt::skip]\nmod generated;\n\n// The tolerant reader the generated models decode with.\n#[doc(hidden)]\npub use codegen_runtime::tolerant;\n\npub use generated::*;\n"
    } else {
        ""
    };
    let header_hash = &header.replacen("//", "#", 1);
    let title = &title.split_whitespace().collect::<Vec<_>>().join(" ");
    let toml_title = &title.replace('\\', "\\\\").replace('"', "\\\"");
    let models = format!("{name}-models");
    let api_crate = format!("{name}-api");
    let models_ident = models.replace('-', "_");
    let mut files = vec![
        file(
            "Cargo.toml",
            format!(
                "{header_hash}\n[workspace]\nresolver = \"3\"\nmembers = [\"{models}\", \"{api_crate}\", \"{RUNTIME_DIR}\"]\n"
            ),
        ),
        file(
            &format!("{models}/Cargo.toml"),
            format!(
                "{header_hash}\n[package]\nname = \"{models}\"\ndescription = \"Data types of the {toml_title} API\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{SERDE}\n{SERDE_JSON}\ncodegen-runtime = {{ path = \"../{RUNTIME_DIR}\", default-features = false }}\n"
            ),
        ),
        file(
            &format!("{models}/src/lib.rs"),
            format!(
                "{header}\n//! Data types of the {title} API.\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n{models_root}"
            ),
        ),
        file(
            &format!("{api_crate}/Cargo.toml"),
            format!(
                "{header_hash}\n[package]\nname = \"{api_crate}\"\ndescription = \"Client for the {toml_title} API\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{models} = {{ path = \"../{models}\" }}\ncodegen-runtime = {{ path = \"../{RUNTIME_DIR}\" }}\n# An answer the spec does not describe is a `serde_json::Value`.\n{SERDE_JSON}\n\n[features]\n# `blocking::Client`: the same operations for programs that do not use async.\nblocking = [\"codegen-runtime/blocking\"]\n"
            ),
        ),
        file(
            &format!("{api_crate}/src/lib.rs"),
            format!(
                "{}\n//! Client for the {title} API.\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n\n/// The runtime the client stands on (the `codegen-runtime` crate): errors, retries,\n/// authentication, and requests the spec does not list.\npub use codegen_runtime as runtime;\n#[rustfmt::skip]\nmod generated;\n\npub use generated::*;\npub use runtime::{{Error, Response}};\n/// The data types of the API.\npub use {models_ident} as models;\n",
                header
            ),
        ),
    ];
    if has_types {
        for (path, contents) in models_files {
            files.push(file(&format!("{models}/src/generated/{path}"), contents));
        }
    }
    for (path, contents) in api {
        files.push(file(&format!("{api_crate}/src/generated/{path}"), contents));
    }
    for (path, contents) in RUNTIME {
        files.push(file(
            &format!("{RUNTIME_DIR}/{path}"),
            (*contents).to_owned(),
        ));
    }
    files
}

fn file(path: &str, contents: String) -> GeneratedFile {
    GeneratedFile {
        path: path.into(),
        contents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of the runtime crate is in the copy, and nothing else: a file added to the
    /// crate and forgotten here would leave standalone crates that do not build.
    #[test]
    fn the_copy_is_the_whole_runtime_crate() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime");
        let mut on_disk = vec!["Cargo.toml".to_owned()];
        for entry in std::fs::read_dir(root.join("src")).expect("runtime/src") {
            let name = entry.expect("an entry").file_name();
            on_disk.push(format!("src/{}", name.to_str().expect("UTF-8")));
        }
        on_disk.sort();
        let mut copied: Vec<String> = RUNTIME.iter().map(|(p, _)| (*p).to_owned()).collect();
        copied.sort();
        assert_eq!(copied, on_disk);
        for (path, contents) in RUNTIME {
            let disk = std::fs::read_to_string(root.join(path)).expect("readable");
            assert_eq!(&disk, contents, "{path} is not the crate's");
        }
    }

    /// The generated manifests ask for exactly what this workspace builds with.
    #[test]
    fn dependency_lines_match_the_workspace() {
        let workspace = include_str!("../../../Cargo.toml");
        for line in [SERDE, SERDE_JSON] {
            assert!(
                workspace.lines().any(|l| l == line),
                "the workspace Cargo.toml has no line `{line}`"
            );
        }
    }

    /// The Cargo feature each Tokio module needs, by the first segment of its path.
    fn tokio_feature(segment: &str) -> Option<&'static str> {
        Some(match segment {
            "spawn" | "task" | "runtime" => "rt",
            "time" => "time",
            "sync" => "sync",
            "io" => "io-util",
            "net" => "net",
            "fs" => "fs",
            "signal" => "signal",
            "process" => "process",
            "main" | "test" | "select" | "join" | "try_join" | "pin" => "macros",
            _ => return None,
        })
    }

    /// The first path segments after each `tokio::` in `source`, `use tokio::{a, b::c}` included.
    fn tokio_paths(source: &str) -> Vec<String> {
        let ident = |s: &str| {
            s.trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect::<String>()
        };
        let mut found = Vec::new();
        for (at, _) in source.match_indices("tokio::") {
            let rest = &source[at + "tokio::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let end = group
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => return true,
                            '}' => depth -= 1,
                            _ => {}
                        }
                        false
                    })
                    .map_or(group.len(), |(i, _)| i);
                let mut depth = 0;
                let mut start = 0;
                for (i, c) in group[..end].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            found.push(ident(&group[start..i]));
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                found.push(ident(&group[start..end]));
            } else {
                found.push(ident(rest));
            }
        }
        found.retain(|s| !s.is_empty());
        found
    }

    /// Every Tokio module the runtime uses has its feature declared: the runtime must not
    /// build only because another dependency (reqwest) happens to turn a feature on.
    #[test]
    fn the_tokio_features_the_runtime_uses_are_declared() {
        let manifest = RUNTIME[0].1;
        let tokio = manifest
            .lines()
            .find(|l| l.starts_with("tokio = "))
            .expect("the runtime's manifest names tokio");
        let declared: Vec<&str> = tokio
            .split_once("features = [")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(list, _)| {
                list.split(',')
                    .map(|f| f.trim().trim_matches('"'))
                    .collect()
            })
            .unwrap_or_default();
        let has = |feature: &str| {
            declared.contains(&feature)
                || declared.contains(&"full")
                || (feature == "rt" && declared.contains(&"rt-multi-thread"))
        };
        assert_eq!(
            tokio_paths(
                "use tokio::{sync::Mutex, time};\ntokio::spawn(x); tokio::task::spawn_blocking(y)"
            ),
            ["sync", "time", "spawn", "task"]
        );
        let mut missing = Vec::new();
        for (file, source) in RUNTIME {
            // A file's unit tests (at its end) build with the dev-dependencies' features.
            let source = source.split("#[cfg(test)]").next().unwrap_or(source);
            for segment in tokio_paths(source) {
                let feature = tokio_feature(&segment).unwrap_or_else(|| {
                    panic!(
                        "runtime/{file} uses `tokio::{segment}`: add its feature to tokio_feature"
                    )
                });
                if !has(feature) && !missing.contains(&(feature, segment.clone())) {
                    missing.push((feature, segment));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "the runtime uses Tokio APIs whose features `{tokio}` does not declare: {missing:?}"
        );
    }
}
