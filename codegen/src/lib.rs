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
mod parallel;
pub mod resolve;
pub mod scale;
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
        /// Crate name prefix, kebab-case; `None` makes it from the spec's title (after the
        /// overlays), as [`crate_name_for`] does.
        name: Option<String>,
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
    /// The name Rust code uses for the API crate (`petstore_api`): each method's doc gets an
    /// example that calls it, which doc tests compile. `None` leaves the examples out (for
    /// generated code whose docs are not tested). A standalone pair names its own crate.
    pub api_crate: Option<String>,
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

/// The intermediate model of `spec` with `overlays` applied: what [`diff::diff`] compares.
/// Warnings are returned with it; errors instead of it.
pub fn model(spec: &str, overlays: &[&str]) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let (tree, mut diags) = effective_spec(spec, overlays)?;
    let Some(swagger) = load::read(&tree, &mut diags) else {
        return Err(diags);
    };
    // The tree is read: it is freed on another core while this one resolves.
    let api = std::thread::scope(|scope| {
        scope.spawn(move || drop(tree));
        resolve::resolve(&swagger, &mut diags)
    });
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok((api, diags))
    }
}

/// The spec as the generator sees it: `spec` (YAML or JSON text) with `overlays` (Overlay
/// 1.0 documents, YAML or JSON) applied in order, each to the result of the ones before, as
/// a JSON tree. This is what `cargo xtask bundle` writes for other tools. A problem in an
/// overlay is reported in [`Document::Overlay`] with its index in `overlays`; if any overlay
/// is invalid, nothing is applied.
pub fn effective_spec(
    spec: &str,
    overlays: &[&str],
) -> Result<(serde_json::Value, Diagnostics), Diagnostics> {
    let mut diags = Diagnostics::default();
    let documents = std::iter::once((spec, Document::Spec)).chain(
        overlays
            .iter()
            .enumerate()
            .map(|(i, text)| (*text, Document::Overlay(i))),
    );
    for (text, document) in documents {
        if too_large(text.len(), document, &mut diags) {
            return Err(diags);
        }
    }
    let Some(mut tree) = load::parse(spec, &mut diags) else {
        return Err(diags);
    };
    // Every overlay is parsed before any is applied: a broken one is reported with the
    // others' problems, and no half-applied tree results.
    let mut parsed = Vec::with_capacity(overlays.len());
    for (i, overlay) in overlays.iter().enumerate() {
        let mut overlay_diags = Diagnostics::default();
        let tree = load::parse(overlay, &mut overlay_diags);
        diags.extend_in(Document::Overlay(i), overlay_diags);
        parsed.push(tree);
    }
    if parsed.iter().any(Option::is_none) {
        return Err(diags);
    }
    for (i, overlay) in parsed.iter().flatten().enumerate() {
        if !load::overlay::apply(&mut tree, overlay, Document::Overlay(i), &mut diags) {
            return Err(diags);
        }
    }
    if diags.has_errors() {
        return Err(diags);
    }
    Ok((tree, diags))
}

/// Generates the client for `spec` (YAML or JSON text), enriched by `overlays` in order. On
/// failure, every error found (and the warnings) come back; nothing is half-generated.
pub fn generate(
    spec: &str,
    overlays: &[&str],
    options: &Options,
) -> Result<Generated, Diagnostics> {
    // The fingerprint of the inputs is taken on another core meanwhile.
    let (model, inputs) = std::thread::scope(|scope| {
        let inputs = scope.spawn(|| inputs_hash(spec, overlays));
        let model = model(spec, overlays);
        let inputs = inputs
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (model, inputs)
    });
    let (api, mut diags) = model?;
    if options.strict && !diags.is_empty() {
        diags.escalate_warnings();
        return Err(diags);
    }
    match files(&api, options, &inputs) {
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
/// operations' `mod.rs`, so that a later run can tell whether the spec or an overlay changed
/// since. Not a security measure.
pub fn inputs_hash(spec: &str, overlays: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    // Line endings do not count: a checkout with CRLF has the same inputs. A byte no UTF-8
    // text holds separates the documents. (With no overlay, the spec is followed by one
    // separator, as it always was: the hash of a spec alone did not change.)
    feed(spec.replace("\r\n", "\n").as_bytes());
    feed(&[0xff]);
    for (i, overlay) in overlays.iter().enumerate() {
        if i > 0 {
            feed(&[0xff]);
        }
        feed(overlay.replace("\r\n", "\n").as_bytes());
    }
    format!("{hash:016x}")
}

/// The inputs hash recorded in a generated file's header, if it has one.
pub fn recorded_inputs_hash(generated_file: &str) -> Option<&str> {
    let first = generated_file.lines().next()?;
    let start = first.find("(inputs ")? + "(inputs ".len();
    first.get(start..start + 16)
}

fn files(api: &ir::Api, options: &Options, inputs: &str) -> Result<Vec<GeneratedFile>, String> {
    let header_with_inputs = header(options, Some(inputs));
    let header = header(options, None);
    let standalone_name = match &options.layout {
        Layout::Standalone { name } => Some(
            name.clone()
                .unwrap_or_else(|| crate_name_for(api.title.trim())),
        ),
        Layout::Workspace { .. } => None,
    };
    let krate = match &standalone_name {
        None => options.api_crate.clone(),
        Some(name) => Some(format!("{name}-api").replace('-', "_")),
    };
    let krate = krate.as_deref();
    // Every file's pieces, formatted together on every core; paths relative to the models'
    // or the API's generated folder.
    let models = emit::models(api, &header);
    let mut api_files = vec![(
        "mod.rs".to_owned(),
        emit::api_operations(api, krate, &header_with_inputs),
    )];
    api_files.extend(emit::api_builders(api, &header));
    api_files.push((
        "blocking.rs".to_owned(),
        emit::api_blocking(api, krate, &header),
    ));
    let pieces: Vec<&format::Pieces<'_>> = models
        .iter()
        .chain(&api_files)
        .map(|(_, pieces)| pieces)
        .collect();
    let mut texts = format::format_all(&pieces)?.into_iter();
    // One text per file, in the order given.
    let mut texts_of = |files: Vec<(String, format::Pieces<'_>)>| -> Vec<(String, String)> {
        files
            .into_iter()
            .zip(&mut texts)
            .map(|((path, _), text)| (path, text))
            .collect()
    };
    let models = texts_of(models);
    let api_texts = texts_of(api_files);
    Ok(match (&options.layout, standalone_name) {
        (
            Layout::Workspace {
                models_dir,
                api_dir,
            },
            _,
        ) => models
            .into_iter()
            .map(|(path, text)| file(models_dir.join(path), text))
            .chain(
                api_texts
                    .into_iter()
                    .map(|(path, text)| file(api_dir.join(path), text)),
            )
            .collect(),
        (Layout::Standalone { .. }, name) => emit::standalone::crate_files(
            name.as_deref().unwrap_or_default(),
            api.title.trim(),
            &header,
            models,
            !api.types.is_empty(),
            api_texts,
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

/// A JSON tree as YAML text (for `cargo xtask bundle`).
pub fn to_yaml(tree: &serde_json::Value) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(tree)
}

#[cfg(test)]
mod tests {
    use super::{Document, crate_name_for, effective_spec, inputs_hash};

    const SPEC: &str = "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n";

    fn overlay(actions: &str) -> String {
        format!("overlay: 1.0.0\ninfo: {{title: O, version: '1'}}\nactions:\n{actions}")
    }

    #[test]
    fn overlays_apply_in_order_and_problems_name_their_overlay() {
        let first = overlay("- target: $.info\n  update: {description: first, x-a: 1}\n");
        let second = overlay(
            "- target: $.info\n  update: {description: second}\n- target: $.nothing\n  remove: true\n",
        );
        let (tree, diags) = effective_spec(SPEC, &[&first, &second]).expect("applies");
        assert_eq!(tree["info"]["description"], "second");
        assert_eq!(tree["info"]["x-a"], 1);
        let documents: Vec<Document> = diags.iter().map(|d| d.document).collect();
        assert_eq!(
            documents,
            [Document::Overlay(1)],
            "the unmatched target of the second"
        );
    }

    #[test]
    fn one_broken_overlay_stops_them_all_and_is_named() {
        let good = overlay("- target: $.info\n  update: {description: x}\n");
        let broken = "overlay: 1.0.0\nactions: [";
        let diags = effective_spec(SPEC, &[&good, broken]).expect_err("refused");
        assert!(diags.has_errors());
        assert!(
            diags.iter().all(|d| d.document == Document::Overlay(1)),
            "{diags:?}"
        );
    }

    #[test]
    fn the_inputs_hash_of_one_overlay_did_not_change_when_several_became_possible() {
        // The hash recorded before: the spec, 0xff, the overlay (FNV-1a). A checkout
        // generated then must not look stale now.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in SPEC.bytes().chain([0xff]).chain("o".bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        assert_eq!(inputs_hash(SPEC, &["o"]), format!("{hash:016x}"));
        assert_ne!(inputs_hash(SPEC, &["o", "p"]), inputs_hash(SPEC, &["op"]));
        assert_ne!(
            inputs_hash(SPEC, &["o", "p"]),
            inputs_hash(SPEC, &["p", "o"])
        );
    }

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
