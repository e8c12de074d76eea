//! This repository's layout: the Netatmo spec, its overlays, and the `netatmo-models` and
//! `netatmo-api` crates whose `src/generated/` modules are generated from them.

use std::path::{Path, PathBuf};

use codegen::{Layout, Options};

/// The spec, relative to the workspace root.
pub const SPEC: &str = "spec/netatmo.yaml";

/// The folder of overlays that enrich it, relative to the workspace root: every `.yaml`,
/// `.yml` or `.json` file in it, applied in the order of their names (hence the numbers
/// they start with). See [`overlay_files`].
pub const OVERLAYS: &str = "spec/overlays";

/// The generated module of the models crate, relative to the workspace root.
pub const MODELS_DIR: &str = "netatmo-models/src/generated";

/// The generated module of the API crate, relative to the workspace root.
pub const API_DIR: &str = "netatmo-api/src/generated";

/// The command that regenerates the crates, as each generated file's header names it.
pub const REGENERATE: &str = "cargo xtask generate";

/// Where `cargo xtask generate` writes: the two crates' generated modules.
pub fn layout() -> Layout {
    Layout::Workspace {
        models_dir: MODELS_DIR.into(),
        api_dir: API_DIR.into(),
    }
}

/// What `cargo xtask generate` uses: this workspace's spec and overlay, layout and command.
pub fn options() -> Options {
    Options {
        spec_name: format!("{SPEC} + {OVERLAYS}/"),
        regenerate: REGENERATE.to_owned(),
        layout: layout(),
        strict: false,
        api_crate: Some("netatmo_api".to_owned()),
    }
}

/// The generated file whose header records the inputs' hash: the operations' `mod.rs`.
pub fn operations_file() -> String {
    format!("{API_DIR}/mod.rs")
}

/// The overlays in `dir`, in the order they apply: the files named `*.yaml`, `*.yml` or
/// `*.json`, sorted by name (byte order, so `10-weather.yaml` before `20-energy.yaml`).
/// Other files (a README) and folders are not overlays.
pub fn overlay_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let is_overlay = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "yaml" | "yml" | "json"));
        if is_overlay && entry.file_type()?.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The texts of the workspace's overlays under `root`, in order: what the tests apply as
/// `cargo xtask generate` does. Panics if they cannot be read (for tests).
pub fn overlay_texts(root: &Path) -> Vec<String> {
    overlay_files(&root.join(OVERLAYS))
        .unwrap_or_else(|e| panic!("cannot list {OVERLAYS}: {e}"))
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}
