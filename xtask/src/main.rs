//! `cargo xtask`: the project's automation. Thin: it reads, prints and writes; the work is
//! in the `codegen` library, which the tests drive the same way.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::write::{self, Change};
use codegen::{Diagnostics, Document, Layout, Options, Severity};
use xtask::workspace;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
usage: cargo xtask generate [--check] [--strict] [INPUTS] [--out DIR [--name NAME]]
       cargo xtask bundle [INPUTS] [--repeat N] [--out FILE]
       cargo xtask diff [OLD NEW] [--overlay PATH... | --no-overlay] [--json]

generate   regenerate netatmo-models and netatmo-api (or, with --out, a standalone pair
           of crates in DIR) from the spec with its overlays applied
  --check        change nothing; fail with a diff if the committed files are stale
  --strict       treat warnings as errors
  --out DIR      write a standalone pair of crates to DIR instead of this workspace
  --name NAME    crate name prefix for --out (default: from the spec's title)
bundle     write the effective spec (spec + overlays) as YAML, to stdout or --out FILE
  --repeat N     its paths N times over, renamed, sharing its definitions: a large
                 synthetic spec for benchmarks (BENCHMARKS.md)
diff       what changes in the generated Rust API, each change breaking or not, and the
           semver bump it implies; --json for JSON. Without OLD and NEW: from the inputs
           git's HEAD holds (what the committed crates come from) to the working tree's.
           With them: from spec OLD to spec NEW, both with the same overlays

INPUTS
  --spec FILE     a Swagger 2.0 file (default: spec/netatmo.yaml)
  --overlay PATH  an Overlay 1.0 file, or a folder of them (its .yaml, .yml and .json
                  files, in name order); repeat to apply several, in the order given
                  (default with the default spec: the folder spec/overlays; none with --spec)
  --no-overlay    apply no overlay: see what the spec alone gives";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("generate") => Args::parse(&args[1..], true).map(|a| generate(&a)),
        Some("bundle") => Args::parse(&args[1..], false).map(|a| bundle(&a)),
        Some("diff") => diff_command(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command `{other}`")),
        None => Err("no command given".to_owned()),
    };
    result.unwrap_or_else(|message| {
        eprintln!("error: {message}\n\n{USAGE}");
        ExitCode::from(2)
    })
}

#[derive(Debug, Default)]
struct Args {
    check: bool,
    strict: bool,
    spec: Option<PathBuf>,
    overlays: Vec<PathBuf>,
    no_overlay: bool,
    out: Option<PathBuf>,
    name: Option<String>,
    /// `bundle --repeat N`.
    repeat: Option<usize>,
}

impl Args {
    fn parse(args: &[String], generate: bool) -> Result<Args, String> {
        let mut parsed = Args::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("`{flag}` needs a value"))
            };
            match arg.as_str() {
                "--check" if generate => parsed.check = true,
                "--strict" if generate => parsed.strict = true,
                "--name" if generate => parsed.name = Some(value("--name")?),
                "--repeat" if !generate => {
                    let n = value("--repeat")?;
                    parsed.repeat = Some(
                        n.parse()
                            .ok()
                            .filter(|n| (1..=100_000).contains(n))
                            .ok_or_else(|| {
                                format!("`--repeat {n}`: give a number from 1 to 100000")
                            })?,
                    );
                }
                "--spec" => parsed.spec = Some(value("--spec")?.into()),
                "--overlay" => parsed.overlays.push(value("--overlay")?.into()),
                "--no-overlay" => parsed.no_overlay = true,
                "--out" => parsed.out = Some(value("--out")?.into()),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        if let Some(name) = &parsed.name {
            let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid {
                return Err(format!(
                    "`--name {name}`: use lower-case letters, digits and `-`, starting with a letter"
                ));
            }
        }
        if parsed.name.is_some() && parsed.out.is_none() {
            return Err("`--name` goes with `--out`".to_owned());
        }
        if !parsed.overlays.is_empty() && parsed.no_overlay {
            return Err("`--overlay` and `--no-overlay` exclude each other".to_owned());
        }
        Ok(parsed)
    }

    /// The workspace's own inputs, unchanged: what the committed crates come from.
    fn is_workspace_default(&self) -> bool {
        self.spec.is_none() && self.overlays.is_empty() && !self.no_overlay
    }
}

/// The checkout this xtask was built from.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// A path as generated files and messages name it, whatever folder the command ran in:
/// relative to the workspace root when inside it (the root itself is `.`), absolute
/// otherwise, as [`resolve`] makes it (a folder that does not exist yet included).
fn display_name(path: &Path, root: &Path) -> String {
    let resolved = resolve(path);
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let shown = match resolved.strip_prefix(&root) {
        Ok(relative) => relative.display().to_string(),
        Err(_) => resolved.display().to_string(),
    };
    if shown.is_empty() {
        ".".to_owned()
    } else {
        shown
    }
}

/// `path` made absolute, with `.` and `..` resolved, and symbolic links as far as the path
/// exists (a `..` after a link leaves the link's target, as the system does).
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut resolved = PathBuf::new();
    for component in absolute.components() {
        match component {
            std::path::Component::CurDir => continue,
            std::path::Component::ParentDir => {
                resolved.pop();
            }
            other => resolved.push(other),
        }
        if let Ok(real) = resolved.canonicalize() {
            resolved = real;
        }
    }
    resolved
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    match codegen::decode_text(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(diagnostics) => {
            let reasons: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            Err(format!("{}: {}", path.display(), reasons.join("; ")))
        }
    }
}

/// The spec and overlays to read, their texts, and how to name them.
struct Inputs {
    spec_name: String,
    spec: String,
    /// The overlays as they were given (a folder stands for its files): what [`Inputs::name`]
    /// lists.
    overlay_args: Vec<String>,
    /// Each overlay file, in the order they apply: its name and text.
    overlays: Vec<(String, String)>,
}

impl Inputs {
    fn read(args: &Args, root: &Path) -> Result<Inputs, String> {
        let spec_path = args
            .spec
            .clone()
            .unwrap_or_else(|| root.join(workspace::SPEC));
        let overlay_paths = match (args.overlays.as_slice(), args.no_overlay, &args.spec) {
            ([], false, None) => vec![root.join(workspace::OVERLAYS)],
            (given, _, _) => given.to_vec(),
        };
        Inputs::at(&spec_path, &overlay_paths, root)
    }

    /// The texts of `spec_path` and of the overlays at `overlay_paths` (files, or folders
    /// of them), in order.
    fn at(spec_path: &Path, overlay_paths: &[PathBuf], root: &Path) -> Result<Inputs, String> {
        let mut overlay_args = Vec::new();
        let mut overlays = Vec::new();
        for path in overlay_paths {
            if path.is_dir() {
                overlay_args.push(format!("{}/", display_name(path, root)));
                let files = workspace::overlay_files(path)
                    .map_err(|e| format!("cannot list {}: {e}", path.display()))?;
                if files.is_empty() {
                    return Err(format!(
                        "{} holds no overlay (.yaml, .yml or .json file)",
                        path.display()
                    ));
                }
                for file in files {
                    overlays.push((display_name(&file, root), read_text(&file)?));
                }
            } else {
                overlay_args.push(display_name(path, root));
                overlays.push((display_name(path, root), read_text(path)?));
            }
        }
        Ok(Inputs {
            spec_name: display_name(spec_path, root),
            spec: read_text(spec_path)?,
            overlay_args,
            overlays,
        })
    }

    /// [`Inputs::read`], printing why it failed.
    fn read_or_report(args: &Args, root: &Path) -> Option<Inputs> {
        Inputs::read(args, root)
            .map_err(|message| eprintln!("error: {message}"))
            .ok()
    }

    /// The overlays' texts, in order.
    fn overlay_texts(&self) -> Vec<&str> {
        self.overlays
            .iter()
            .map(|(_, text)| text.as_str())
            .collect()
    }

    /// `spec/netatmo.yaml + spec/overlays/`
    fn name(&self) -> String {
        std::iter::once(self.spec_name.as_str())
            .chain(self.overlay_args.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" + ")
    }

    fn print(&self, diagnostics: &Diagnostics) {
        for d in diagnostics {
            let file = match d.document {
                Document::Spec => &self.spec_name,
                Document::Overlay(i) => self
                    .overlays
                    .get(i)
                    .map_or(&self.spec_name, |(name, _)| name),
            };
            eprintln!("{d} in {file}");
        }
        let warnings = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count();
        if warnings > 0 {
            eprintln!("{warnings} warning(s)");
        }
    }
}

fn generate(args: &Args) -> ExitCode {
    let root = workspace_root();
    let Some(inputs) = Inputs::read_or_report(args, &root) else {
        return ExitCode::FAILURE;
    };
    let (options, out) = options(args, &inputs, &root);
    let generated = match codegen::generate(&inputs.spec, &inputs.overlay_texts(), &options) {
        Ok(generated) => generated,
        Err(diagnostics) => {
            inputs.print(&diagnostics);
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            eprintln!(
                "error: {errors} error(s) in {}; nothing was written",
                inputs.name()
            );
            return ExitCode::FAILURE;
        }
    };
    inputs.print(&generated.diagnostics);
    if !args.check
        && args.is_workspace_default()
        && args.out.is_none()
        && let Some(report) = api_changes(&root, &inputs, &generated.api)
    {
        eprint!("{report}");
    }
    if args.check {
        check(&out, &generated.files, &options)
    } else {
        write_out(&out, &generated)
    }
}

/// Generation options, and where the files go.
fn options(args: &Args, inputs: &Inputs, root: &Path) -> (Options, PathBuf) {
    if args.is_workspace_default() && args.out.is_none() {
        return (
            Options {
                strict: args.strict,
                ..workspace::options()
            },
            root.to_path_buf(),
        );
    }
    // The inputs and the output named as `display_name` does: the same headers whatever
    // folder the command ran in.
    let mut regenerate = workspace::REGENERATE.to_owned();
    if let Some(spec) = &args.spec {
        regenerate.push_str(&format!(" --spec {}", display_name(spec, root)));
    }
    for overlay in &args.overlays {
        regenerate.push_str(&format!(" --overlay {}", display_name(overlay, root)));
    }
    if args.no_overlay {
        regenerate.push_str(" --no-overlay");
    }
    let (layout, out) = match &args.out {
        Some(out) => {
            regenerate.push_str(&format!(" --out {}", display_name(out, root)));
            if let Some(name) = &args.name {
                regenerate.push_str(&format!(" --name {name}"));
            }
            (
                Layout::Standalone {
                    name: args.name.clone(),
                },
                out.clone(),
            )
        }
        None => (workspace::layout(), root.to_path_buf()),
    };
    (
        Options {
            spec_name: inputs.name(),
            regenerate,
            layout,
            strict: args.strict,
            // Into this workspace's crates, or a standalone pair that names its own.
            api_crate: workspace::options().api_crate,
        },
        out,
    )
}

fn check(out: &Path, files: &[codegen::GeneratedFile], options: &Options) -> ExitCode {
    match write::check(out, files) {
        Ok(stale) if stale.is_empty() => {
            eprintln!("{} generated files are up to date", files.len());
            ExitCode::SUCCESS
        }
        Ok(stale) => {
            for s in &stale {
                if s.diff.is_empty() {
                    eprintln!("missing: {}", s.path.display());
                } else {
                    eprintln!("{}", s.diff);
                }
            }
            eprintln!(
                "error: {} generated file(s) are stale; run `{}` and commit the result",
                stale.len(),
                options.regenerate
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_out(out: &Path, generated: &codegen::Generated) -> ExitCode {
    match write::write(out, &generated.files) {
        Ok(changes) => {
            let mut unchanged = 0;
            for (path, change) in &changes {
                match change {
                    Change::Created => eprintln!("created {}", out.join(path).display()),
                    Change::Updated => eprintln!("updated {}", out.join(path).display()),
                    Change::Removed => {
                        eprintln!("removed {} (no longer generated)", out.join(path).display())
                    }
                    Change::Unchanged => unchanged += 1,
                }
            }
            eprintln!(
                "{} operations, {} types; {} files written, {unchanged} unchanged",
                generated.api.operations.len(),
                generated.api.types.len(),
                changes.len() - unchanged
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn bundle(args: &Args) -> ExitCode {
    let root = workspace_root();
    let Some(inputs) = Inputs::read_or_report(args, &root) else {
        return ExitCode::FAILURE;
    };
    let (tree, diagnostics) = match codegen::effective_spec(&inputs.spec, &inputs.overlay_texts()) {
        Ok(result) => result,
        Err(diagnostics) => {
            inputs.print(&diagnostics);
            return ExitCode::FAILURE;
        }
    };
    inputs.print(&diagnostics);
    let (tree, repeated) = match args.repeat {
        Some(times) => (
            codegen::scale::repeat_paths(&tree, times),
            format!(", its paths repeated {times} times"),
        ),
        None => (tree, String::new()),
    };
    let yaml = match codegen::to_yaml(&tree) {
        Ok(yaml) => format!(
            "# The effective spec: {}{repeated}. Made by `cargo xtask bundle`.\n{yaml}",
            inputs.name()
        ),
        Err(e) => {
            eprintln!("error: cannot write YAML: {e}");
            return ExitCode::FAILURE;
        }
    };
    match &args.out {
        Some(path) => match write::write_file(path, yaml.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
        None => {
            print!("{yaml}");
            ExitCode::SUCCESS
        }
    }
}

fn diff_command(args: &[String]) -> Result<ExitCode, String> {
    let mut paths = Vec::new();
    let (mut json, mut overlays, mut no_overlay) = (false, Vec::new(), false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--no-overlay" => no_overlay = true,
            "--overlay" => overlays.push(PathBuf::from(
                rest.next().ok_or("`--overlay` needs a value")?,
            )),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    if !overlays.is_empty() && no_overlay {
        return Err("`--overlay` and `--no-overlay` exclude each other".to_owned());
    }
    let root = workspace_root();
    let sides = match paths.as_slice() {
        [] if overlays.is_empty() && !no_overlay => {
            let Some(old) = head_inputs(&root) else {
                eprintln!(
                    "error: git's HEAD holds no spec and overlays to compare with; compare two specs with `cargo xtask diff OLD NEW`"
                );
                return Ok(ExitCode::FAILURE);
            };
            let new = match Inputs::read(&Args::default(), &root) {
                Ok(inputs) => inputs,
                Err(message) => {
                    eprintln!("error: {message}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            [old, new]
        }
        [] => return Err("`--overlay` and `--no-overlay` go with OLD and NEW".to_owned()),
        [old, new] => {
            let overlay_paths = match (overlays.is_empty(), no_overlay) {
                (true, false) => vec![root.join(workspace::OVERLAYS)],
                _ => overlays,
            };
            let mut sides = Vec::new();
            for path in [old, new] {
                match Inputs::at(path, &overlay_paths, &root) {
                    Ok(inputs) => sides.push(inputs),
                    Err(message) => {
                        eprintln!("error: {message}");
                        return Ok(ExitCode::FAILURE);
                    }
                }
            }
            let [old, new]: [Inputs; 2] = sides.try_into().map_err(|_| "two sides")?;
            [old, new]
        }
        _ => return Err("diff takes two specs, OLD and NEW, or none".to_owned()),
    };
    let mut models = Vec::new();
    for inputs in &sides {
        match codegen::model(&inputs.spec, &inputs.overlay_texts()) {
            Ok((api, diagnostics)) => {
                let unmatched = diagnostics
                    .iter()
                    .filter(|d| d.code == codegen::Code::UnmatchedTarget)
                    .count();
                if unmatched > 0 {
                    eprintln!(
                        "note: {unmatched} overlay action(s) match nothing in {}",
                        inputs.spec_name
                    );
                }
                models.push(api);
            }
            Err(diagnostics) => {
                // Each named in the document it is in: the spec or an overlay.
                inputs.print(&diagnostics);
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    let report = codegen::diff::diff(&models[0], &models[1]);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(ExitCode::FAILURE);
            }
        }
    } else {
        print!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}

/// A file's text as git's HEAD in the checkout at `root` holds it.
fn from_head(root: &Path, path: &str) -> Option<String> {
    git_output(root, &["show", &format!("HEAD:./{path}")])
}

/// What `git -C root ARGS` prints, if it succeeds.
fn git_output(root: &Path, args: &[&str]) -> Option<String> {
    std::process::Command::new("git")
        // `-C root` decides the repository, even when run from a git hook.
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
}

/// The workspace's spec and overlays as git's HEAD holds them. A checkout from before the
/// overlays were split into `spec/overlays/` had one overlay, `spec/netatmo.overlay.yaml`:
/// read that when HEAD has no folder, so the first run after the split still compares.
fn head_inputs(root: &Path) -> Option<Inputs> {
    let spec = from_head(root, workspace::SPEC)?;
    let listing = git_output(
        root,
        &[
            "ls-tree",
            "--name-only",
            "HEAD",
            &format!("{}/", workspace::OVERLAYS),
        ],
    )
    .unwrap_or_default();
    let mut names: Vec<&str> = listing
        .lines()
        .filter(|name| [".yaml", ".yml", ".json"].iter().any(|e| name.ends_with(e)))
        .collect();
    names.sort_unstable();
    let mut overlays = Vec::new();
    for name in names {
        overlays.push((format!("HEAD:{name}"), from_head(root, name)?));
    }
    if overlays.is_empty() {
        const BEFORE_THE_SPLIT: &str = "spec/netatmo.overlay.yaml";
        if let Some(text) = from_head(root, BEFORE_THE_SPLIT) {
            overlays.push((format!("HEAD:{BEFORE_THE_SPLIT}"), text));
        }
    }
    Some(Inputs {
        spec_name: format!("HEAD:{}", workspace::SPEC),
        spec,
        overlay_args: overlays.iter().map(|(name, _)| name.clone()).collect(),
        overlays,
    })
}

/// When the inputs differ from those the committed crates (git's HEAD) were generated
/// from, per the hash in their header: what changes in the Rust API and the semver bump it
/// implies, to print. `None` when they are the same inputs, or nothing is committed yet.
fn api_changes(root: &Path, inputs: &Inputs, new: &codegen::ir::Api) -> Option<String> {
    let committed = from_head(root, &workspace::operations_file())?;
    let recorded = codegen::recorded_inputs_hash(&committed)?;
    if recorded == codegen::inputs_hash(&inputs.spec, &inputs.overlay_texts()) {
        return None;
    }
    let old = head_inputs(root)
        .filter(|old| codegen::inputs_hash(&old.spec, &old.overlay_texts()) == recorded)
        .and_then(|old| codegen::model(&old.spec, &old.overlay_texts()).ok())
        .map(|(api, _)| api);
    Some(match old {
        Some(old) => format!(
            "The inputs changed since the committed crates were generated:\n{}",
            codegen::diff::diff(&old, new)
        ),
        None => "note: the inputs changed since the committed crates were generated, but git's HEAD does not \
                 hold those inputs; compare two specs with `cargo xtask diff OLD NEW`\n"
            .to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "swagger: \"2.0\"\ninfo: {title: T, version: \"1\"}\nhost: h\npaths:\n  /a:\n    get:\n      \
                        operationId: a\n      parameters: [{in: query, name: limit, type: integer}]\n      \
                        responses: {204: {description: OK}}\n";
    const OVERLAY: &str = "overlay: 1.0.0\ninfo: {title: O, version: \"1\"}\nactions:\n- target: $.info\n  update: {description: D}\n";

    fn git(dir: &Path, args: &[&str]) {
        // The scratch checkout only: not the repository a hook running the tests is in, and
        // none of the user's signing or hooks.
        let status = std::process::Command::new("git")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
            .args([
                "-c",
                "commit.gpgsign=false",
                "-c",
                "core.hooksPath=/dev/null",
            ])
            .args(args)
            .output()
            .expect("git runs");
        assert!(status.status.success(), "git {args:?}: {status:?}");
    }

    const OVERLAY_FILE: &str = "spec/overlays/10-info.yaml";

    /// A checkout whose HEAD holds `SPEC` and `OVERLAY` and the crates generated from them.
    fn checkout(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(workspace::OVERLAYS)).expect("temp dir");
        std::fs::write(dir.join(workspace::SPEC), SPEC).expect("write");
        std::fs::write(dir.join(OVERLAY_FILE), OVERLAY).expect("write");
        let generated =
            codegen::generate(SPEC, &[OVERLAY], &workspace::options()).expect("generates");
        write::write(&dir, &generated.files).expect("write");
        git(&dir, &["init", "-q"]);
        git(&dir, &["add", "."]);
        git(&dir, &["commit", "-q", "-m", "generated"]);
        dir
    }

    fn inputs(spec: &str) -> Inputs {
        Inputs {
            spec_name: workspace::SPEC.to_owned(),
            spec: spec.to_owned(),
            overlay_args: vec![format!("{}/", workspace::OVERLAYS)],
            overlays: vec![(OVERLAY_FILE.to_owned(), OVERLAY.to_owned())],
        }
    }

    fn changes(dir: &Path, spec: &str) -> Option<String> {
        let api = codegen::model(spec, &[OVERLAY]).expect("generates").0;
        api_changes(dir, &inputs(spec), &api)
    }

    #[test]
    fn paths_are_named_the_same_however_they_were_typed() {
        let root = workspace_root();
        let spec = "tests/specs/store.yaml";
        // Relative to the root, absolute, and through a detour: one name.
        for typed in [
            root.join(spec),
            root.join("tests/../tests/specs/store.yaml"),
            root.join("xtask/../tests/specs/./store.yaml"),
        ] {
            assert_eq!(display_name(&typed, &root), spec, "{}", typed.display());
        }
        // A folder that does not exist yet, inside the root and outside it.
        assert_eq!(
            display_name(&root.join("target/not-yet/../out"), &root),
            "target/out"
        );
        let outside = std::env::temp_dir().join("codegen-nowhere/x");
        let shown = display_name(&outside, &root);
        assert!(Path::new(&shown).is_absolute(), "{shown}");
        assert!(shown.ends_with("codegen-nowhere/x"), "{shown}");
        assert_eq!(display_name(&root, &root), ".");
    }

    #[test]
    fn generate_reports_what_a_changed_spec_changes_in_the_api_and_is_quiet_otherwise() {
        let dir = checkout("report");
        assert_eq!(
            changes(&dir, SPEC),
            None,
            "the committed inputs: nothing to say"
        );

        let required = SPEC.replace("type: integer}", "type: integer, required: true}");
        let report = changes(&dir, &required).expect("a report");
        assert!(report.starts_with("The inputs changed"), "{report}");
        assert!(
            report.contains("1 change(s), 1 breaking: semver bump major"),
            "{report}"
        );
        assert!(
            report.contains("BREAKING ~ parameter a(limit): optional -> required"),
            "{report}"
        );

        let added = SPEC.replace(
            "    get:\n",
            "    post:\n      operationId: b\n      responses: {204: {description: OK}}\n    get:\n",
        );
        let report = changes(&dir, &added).expect("a report");
        assert!(report.contains("semver bump minor"), "{report}");
        assert!(report.contains("ok + operation b: POST /a"), "{report}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn generate_says_so_when_head_does_not_hold_the_recorded_inputs() {
        let dir = checkout("stale");
        // The spec was edited and committed without regenerating: HEAD's spec is not the one
        // the committed header records, so there is no old API to compare with.
        let edited = SPEC.replace("version: \"1\"", "version: \"2\"");
        std::fs::write(dir.join(workspace::SPEC), &edited).expect("write");
        git(&dir, &["commit", "-q", "-am", "spec only"]);
        let report = changes(&dir, &edited.replace("integer", "string")).expect("a note");
        assert!(report.starts_with("note:"), "{report}");
        assert!(report.contains("cargo xtask diff OLD NEW"), "{report}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_overlays_apply_in_the_order_of_their_names_and_other_files_are_not_overlays() {
        let dir = std::env::temp_dir().join(format!("xtask-order-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("nested.yaml")).expect("temp dir");
        let overlay =
            |value: &str| OVERLAY.replace("description: D", &format!("description: {value}"));
        std::fs::write(dir.join("20-second.yml"), overlay("second")).expect("write");
        std::fs::write(dir.join("10-first.yaml"), overlay("first")).expect("write");
        std::fs::write(dir.join("README.md"), "not an overlay").expect("write");
        let files = workspace::overlay_files(&dir).expect("lists");
        let names: Vec<_> = files.iter().filter_map(|p| p.file_name()).collect();
        assert_eq!(names, ["10-first.yaml", "20-second.yml"]);

        let inputs = Inputs::at(&dir.join("10-first.yaml"), std::slice::from_ref(&dir), &dir);
        let inputs = inputs.expect("reads");
        let (tree, _) = codegen::effective_spec(SPEC, &inputs.overlay_texts()).expect("applies");
        assert_eq!(tree["info"]["description"], "second", "the last one wins");
        assert!(inputs.name().ends_with(" + ./"), "{}", inputs.name());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_folder_without_overlays_is_an_error_not_no_overlay() {
        let dir = std::env::temp_dir().join(format!("xtask-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("spec.yaml"), SPEC).expect("write");
        let empty = dir.join("overlays");
        std::fs::create_dir_all(&empty).expect("temp dir");
        let error = Inputs::at(&dir.join("spec.yaml"), &[empty], &dir)
            .err()
            .expect("refused");
        assert!(error.contains("holds no overlay"), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_head_from_before_the_split_is_read_with_its_single_overlay() {
        let dir = checkout("split");
        // Rewrite history's shape: HEAD holds the one overlay file of before the split.
        std::fs::remove_dir_all(dir.join(workspace::OVERLAYS)).expect("remove");
        std::fs::write(dir.join("spec/netatmo.overlay.yaml"), OVERLAY).expect("write");
        git(&dir, &["add", "-A"]);
        git(&dir, &["commit", "-q", "-m", "one overlay"]);
        let head = head_inputs(&dir).expect("HEAD holds inputs");
        assert_eq!(head.overlay_texts(), [OVERLAY]);
        // Same texts, so the same recorded hash: nothing to report.
        assert_eq!(changes(&dir, SPEC), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn outside_a_git_checkout_generate_reports_nothing() {
        let dir = std::env::temp_dir().join(format!("xtask-nogit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        assert_eq!(changes(&dir, SPEC), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
