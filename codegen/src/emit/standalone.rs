//! The files that make a standalone pair of crates (`cargo xtask generate --spec X --out D`):
//! manifests, crate roots, and copies of the hand-written runtime and tolerant reader.

use crate::GeneratedFile;

/// The hand-written runtime of `netatmo-api`, copied verbatim into a standalone API crate so
/// that it builds with no dependency on this repository.
const RUNTIME: &[(&str, &str)] = &[
    (
        "mod.rs",
        include_str!("../../../netatmo-api/src/runtime/mod.rs"),
    ),
    (
        "auth.rs",
        include_str!("../../../netatmo-api/src/runtime/auth.rs"),
    ),
    (
        "client.rs",
        include_str!("../../../netatmo-api/src/runtime/client.rs"),
    ),
    (
        "error.rs",
        include_str!("../../../netatmo-api/src/runtime/error.rs"),
    ),
    (
        "request.rs",
        include_str!("../../../netatmo-api/src/runtime/request.rs"),
    ),
    (
        "retry.rs",
        include_str!("../../../netatmo-api/src/runtime/retry.rs"),
    ),
    (
        "secret.rs",
        include_str!("../../../netatmo-api/src/runtime/secret.rs"),
    ),
    (
        "security.rs",
        include_str!("../../../netatmo-api/src/runtime/security.rs"),
    ),
    (
        "upload.rs",
        include_str!("../../../netatmo-api/src/runtime/upload.rs"),
    ),
];

/// The tolerant reader of `netatmo-models` (`netatmo-models/src/tolerant.rs`), which the
/// generated models decode with, copied verbatim into a standalone models crate.
const TOLERANT: &str = include_str!("../../../netatmo-models/src/tolerant.rs");

/// Dependency lines of the generated manifests; `tests` checks they match the workspace's.
pub(crate) const SERDE: &str = r#"serde = { version = "1", features = ["derive"] }"#;
pub(crate) const SERDE_JSON: &str =
    r#"serde_json = { version = "1", features = ["preserve_order"] }"#;
pub(crate) const REQWEST: &str =
    r#"reqwest = { version = "0.13", default-features = false, features = ["rustls"] }"#;
pub(crate) const URL: &str = r#"url = "2""#;
pub(crate) const TOKIO: &str = r#"tokio = { version = "1", features = ["rt", "sync", "time"] }"#;
pub(crate) const TRACING: &str =
    r#"tracing = { version = "0.1", default-features = false, features = ["std", "attributes"] }"#;
pub(crate) const SERDE_PATH_TO_ERROR: &str = r#"serde_path_to_error = "0.1""#;
pub(crate) const GETRANDOM: &str = r#"getrandom = "0.4""#;
pub(crate) const HTTPDATE: &str = r#"httpdate = "1""#;

/// Everything the models crate depends on (the tolerant reader's warnings use `tracing`).
const MODELS_DEPENDENCIES: [&str; 3] = [SERDE, SERDE_JSON, TRACING];

/// Everything the API crate depends on besides its models crate.
const API_DEPENDENCIES: [&str; 9] = [
    REQWEST,
    SERDE,
    SERDE_JSON,
    URL,
    TOKIO,
    TRACING,
    SERDE_PATH_TO_ERROR,
    GETRANDOM,
    HTTPDATE,
];

/// Manifests and crate roots for crates named `{name}-models` and `{name}-api`.
pub(crate) fn crate_files(
    name: &str,
    title: &str,
    header: &str,
    models_rs: String,
    has_types: bool,
    api: Vec<(String, String)>,
) -> Vec<GeneratedFile> {
    // A spec without types still gets a models crate (the API crate names it), but one
    // with nothing to re-export.
    let models_root = if has_types {
        "\n#[rustfmt::skip]\nmod generated;\n\n// The tolerant reader the generated models decode with (hand-written, copied).\n#[doc(hidden)]\npub mod tolerant;\n\npub use generated::*;\n"
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
                "{header_hash}\n[workspace]\nresolver = \"3\"\nmembers = [\"{models}\", \"{api_crate}\"]\n"
            ),
        ),
        file(
            &format!("{models}/Cargo.toml"),
            format!(
                "{header_hash}\n[package]\nname = \"{models}\"\ndescription = \"Data types of the {toml_title} API\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{}\n",
                MODELS_DEPENDENCIES.join("\n")
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
                "{header_hash}\n[package]\nname = \"{api_crate}\"\ndescription = \"Client for the {toml_title} API\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{models} = {{ path = \"../{models}\" }}\n{}\n",
                API_DEPENDENCIES.join("\n")
            ),
        ),
        file(
            &format!("{api_crate}/src/lib.rs"),
            format!(
                "{}\n//! Client for the {title} API.\n#![forbid(unsafe_code)]\n#![deny(missing_docs)]\n\npub mod runtime;\n#[rustfmt::skip]\nmod generated;\n\npub use generated::{{builders, Client, ClientBuilder, DEFAULT_BASE_URL}};\npub use runtime::Error;\n/// The data types of the API.\npub use {models_ident} as models;\n",
                header
            ),
        ),
    ];
    if has_types {
        files.push(file(&format!("{models}/src/generated/mod.rs"), models_rs));
        files.push(file(
            &format!("{models}/src/tolerant.rs"),
            format!("{header}\n// (copied from netatmo-models/src/tolerant.rs, which is hand-written)\n{TOLERANT}"),
        ));
    }
    for (path, contents) in api {
        files.push(file(&format!("{api_crate}/src/generated/{path}"), contents));
    }
    for (path, contents) in RUNTIME {
        files.push(file(
            &format!("{api_crate}/src/runtime/{path}"),
format!(
                "{header}\n// (copied from netatmo-api/src/runtime/{path}, which is hand-written)\n{}",
                // Its doc examples name the crate.
                contents.replace("netatmo_api::", &format!("{}::", api_crate.replace('-', "_")))
            ),
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

    /// The generated manifests ask for exactly what this workspace builds with.
    #[test]
    fn dependency_lines_match_the_workspace() {
        let workspace = include_str!("../../../Cargo.toml");
        for line in MODELS_DEPENDENCIES.iter().chain(&API_DEPENDENCIES) {
            assert!(
                workspace.lines().any(|l| l == *line),
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
        let declared: Vec<&str> = TOKIO
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
            "the runtime uses Tokio APIs whose features `{TOKIO}` does not declare: {missing:?}"
        );
    }
}
