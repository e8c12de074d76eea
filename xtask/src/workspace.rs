//! This repository's layout: the Netatmo spec, its overlay, and the `netatmo-models` and
//! `netatmo-api` crates whose `src/generated/` modules are generated from them.

use codegen::{Layout, Options};

/// The spec, relative to the workspace root.
pub const SPEC: &str = "spec/netatmo.yaml";

/// The overlay that enriches it, relative to the workspace root.
pub const OVERLAY: &str = "spec/netatmo.overlay.yaml";

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
        spec_name: format!("{SPEC} + {OVERLAY}"),
        regenerate: REGENERATE.to_owned(),
        layout: layout(),
        strict: false,
    }
}

/// The generated file whose header records the inputs' hash: the operations' `mod.rs`.
pub fn operations_file() -> String {
    format!("{API_DIR}/mod.rs")
}
