//! The generator: a Swagger 2.0 spec in, the files of a Rust client out.
//!
//! The pipeline, one module each:
//!
//! 1. [`load`]: text -> JSON tree -> typed Swagger 2.0 model (syntax and structure checks).
//! 2. [`resolve`]: Swagger model -> [`ir`], the intermediate model (references, names, types).
//! 3. `emit`: intermediate model -> token streams (quote).
//! 4. [`format`](mod@format): token streams -> source text (prettyplease).
//! 5. [`write`](mod@write): files -> disk, only what changed; or a check that disk is current.
//!
//! [`generate`] runs 1-4 and is what the `xtask` tool and the tests call. It has no side
//! effects: it reads nothing but its argument and writes nothing.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod diagnostics;
pub mod diff;
mod emit;
pub mod format;
pub mod ir;
pub mod load;
pub mod names;
pub mod resolve;
pub mod surface;
pub mod write;

use std::path::PathBuf;

pub use diagnostics::{Code, Diagnostic, Diagnostics, Document, Pointer, Severity};

/// Where the generated files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// Into an existing pair of crates whose manifests, crate roots and runtime are
    /// hand-written: only the generated modules, `mod.rs` in `models_dir` and `mod.rs` and
    /// `builders.rs` in `api_dir`.
    Workspace {
        /// The models crate's generated module, relative to the output root
        /// (`app-models/src/generated`).
        models_dir: PathBuf,
        /// The API crate's generated module, relative to the output root.
        api_dir: PathBuf,
    },
    /// A complete pair of crates, `{name}-models` and `{name}-api`, with their own
    /// manifests and a copy of the runtime, buildable anywhere.
    Standalone {
        /// Crate name prefix, kebab-case.
        name: String,
    },
}

/// How to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// How the spec is named in each file's header (`spec/api.yaml`).
    pub spec_name: String,
    /// The command that regenerates the files, named in each file's header.
    pub regenerate: String,
    /// Which files to produce.
    pub layout: Layout,
    /// Treat warnings as errors.
    pub strict: bool,
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output root.
    pub path: PathBuf,
    /// Full content, header included.
    pub contents: String,
}

/// A successful run.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    /// The files, in a fixed order.
    pub files: Vec<GeneratedFile>,
    /// Warnings about the spec.
    pub diagnostics: Diagnostics,
    /// The intermediate model the files were made from.
    pub api: ir::Api,
}

/// The largest spec or overlay read, in bytes. Real specs are far smaller; the limit keeps a
/// mistaken or hostile input from taking unbounded time and memory.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Checks that `bytes` are a usable input: not too large, UTF-8. The error names the first
/// invalid byte by line and column (the column counts bytes).
pub fn decode_text(bytes: &[u8]) -> Result<&str, Diagnostics> {
    let mut diags = Diagnostics::default();
    if too_large(bytes.len(), Document::Spec, &mut diags) {
        return Err(diags);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let column =
                valid.len() - valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1) + 1;
            diags.push_diagnostic(Diagnostic {
                severity: Severity::Error,
                document: Document::Spec,
                code: Code::Encoding,
                pointer: Pointer::root(),
                line_column: Some((line, column)),
                message: format!(
                    "the input is not UTF-8 text (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            });
            Err(diags)
        }
    }
}

/// Whether an input of `len` bytes is over [`MAX_INPUT_BYTES`] (an error is recorded then).
fn too_large(len: usize, document: Document, diags: &mut Diagnostics) -> bool {
    if len <= MAX_INPUT_BYTES {
        return false;
    }
    diags.error_in(
        document,
        Code::TooLarge,
        &Pointer::root(),
        format!("the input is {len} bytes; the limit is {MAX_INPUT_BYTES}"),
    );
    true
}

/// The intermediate model of `spec` with `overlay` applied: what [`diff::diff`] compares.
/// Warnings are returned with it; errors instead of it.
pub fn model(spec: &str, overlay: Option<&str>) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let (tree, mut diags) = effective_spec(spec, overlay)?;
    let Some(swagger) = load::read(&tree, &mut diags) else {
        return Err(diags);
    };
    let api = resolve::resolve(&swagger, &mut diags);
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok((api, diags))
    }
}

/// The spec as the generator sees it: `spec` (YAML or JSON text) with `overlay` (an
/// Overlay 1.0 document, YAML or JSON) applied, as a JSON tree. This is what
/// `cargo xtask bundle` writes for other tools.
pub fn effective_spec(
    spec: &str,
    overlay: Option<&str>,
) -> Result<(serde_json::Value, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::default();
    for (text, document) in [(Some(spec), Document::Spec), (overlay, Document::Overlay)] {
        if text.is_some_and(|t| too_large(t.len(), document, &mut diags)) {
            return Err(diags);
        }
    }
    let Some(mut tree) = load::parse(spec, &mut diags) else {
        return Err(diags);
    };
    if let Some(overlay) = overlay {
        let mut overlay_diags = Diagnostics::default();
        let parsed = load::parse(overlay, &mut overlay_diags);
        diags.extend_in(Document::Overlay, overlay_diags);
        let Some(overlay) = parsed else {
            return Err(diags);
        };
        if !load::overlay::apply(&mut tree, &overlay, &mut diags) || diags.has_errors() {
            return Err(diags);
        }
    }
    Ok((tree, diags))
}

/// Generates the client for `spec` (YAML or JSON text), enriched by `overlay` if given. On
/// failure, every error found (and the warnings) come back; nothing is half-generated.
pub fn generate(
    spec: &str,
    overlay: Option<&str>,
    options: &Options,
) -> Result<Generated, Diagnostics> {
    let (api, mut diags) = model(spec, overlay)?;
    if options.strict && !diags.is_empty() {
        diags.escalate_warnings();
        return Err(diags);
    }
    match files(&api, options, &inputs_hash(spec, overlay)) {
        Ok(files) => Ok(Generated {
            files,
            diagnostics: diags,
            api,
        }),
        Err(e) => {
            diags.error(
                Code::Internal,
                &Pointer::root(),
                format!("internal error: the generated code does not parse ({e}); please report this with the spec"),
            );
            Err(diags)
        }
    }
}

/// The first line of every generated Rust file; the inputs hash only in the one file that
/// records it (the operations' `mod.rs`), so that an edit of the spec rewrites only the
/// files whose code it changes, not every header.
fn header(options: &Options, inputs: Option<&str>) -> String {
    let inputs = inputs.map_or(String::new(), |hash| format!(" (inputs {hash})"));
    format!(
        "// @generated from {}{inputs} by codegen. Do not edit by hand: run `{}` to regenerate.",
        options.spec_name, options.regenerate
    )
}

/// A fingerprint of the generator's inputs (FNV-1a, 64 bits): recorded in the header of the
/// operations' `mod.rs`, so that a later run can tell whether the spec changed since. Not a security measure.
pub fn inputs_hash(spec: &str, overlay: Option<&str>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let separator = [0xffu8];
    // Line endings do not count: a checkout with CRLF has the same inputs.
    let (spec, overlay) = (
        spec.replace("\r\n", "\n"),
        overlay.unwrap_or("").replace("\r\n", "\n"),
    );
    for bytes in [spec.as_bytes(), &separator, overlay.as_bytes()] {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The inputs hash recorded in a generated file's header, if it has one.
pub fn recorded_inputs_hash(generated_file: &str) -> Option<&str> {
    let first = generated_file.lines().next()?;
    let start = first.find("(inputs ")? + "(inputs ".len();
    first.get(start..start + 16)
}

fn files(api: &ir::Api, options: &Options, inputs: &str) -> Result<Vec<GeneratedFile>, syn::Error> {
    let header_with_inputs = header(options, Some(inputs));
    let header = header(options, None);
    let models = format::format(emit::models(api), &header)?;
    let operations = format::format(emit::api_operations(api), &header_with_inputs)?;
    let builders = format::format(emit::api_builders(api), &header)?;
    Ok(match &options.layout {
        Layout::Workspace {
            models_dir,
            api_dir,
        } => vec![
            file(models_dir.join("mod.rs"), models),
            file(api_dir.join("mod.rs"), operations),
            file(api_dir.join("builders.rs"), builders),
        ],
        Layout::Standalone { name } => emit::standalone::crate_files(
            name,
            api.title.trim(),
            &header,
            models,
            !api.types.is_empty(),
            vec![
                ("mod.rs".into(), operations),
                ("builders.rs".into(), builders),
            ],
        ),
    })
}

fn file(path: PathBuf, contents: String) -> GeneratedFile {
    GeneratedFile { path, contents }
}

/// A crate-name prefix from a spec title: `Swagger Petstore` -> `swagger-petstore`.
pub fn crate_name_for(title: &str) -> String {
    let name = names::kebab(title);
    // "Docker Engine API" makes `docker-engine-models` and `docker-engine-api`, not
    // `docker-engine-api-api`.
    let name = match name.strip_suffix("-api") {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => name,
    };
    if name.is_empty() {
        "api".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{name}")
    } else {
        name
    }
}

/// The spec's `info.title`, if the text parses that far (to name standalone crates).
pub fn spec_title(spec: &str) -> Option<String> {
    let mut diags = Diagnostics::default();
    let tree = load::parse(spec, &mut diags)?;
    tree.get("info")?.get("title")?.as_str().map(str::to_owned)
}

/// A JSON tree as YAML text (for `cargo xtask bundle`).
pub fn to_yaml(tree: &serde_json::Value) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(tree)
}

#[cfg(test)]
mod tests {
    use super::crate_name_for;

    #[test]
    fn crate_names_come_from_the_title_without_a_second_api() {
        for (title, name) in [
            ("Weather Station", "weather-station"),
            ("Docker Engine API", "docker-engine"),
            ("Plant Store", "plant-store"),
            ("API", "api"),
            ("Uber API", "uber"),
            ("2048 Game", "api-2048-game"),
            ("Café & Co.", "cafe-co"),
            ("", "api"),
        ] {
            assert_eq!(crate_name_for(title), name, "{title:?}");
        }
    }
}
