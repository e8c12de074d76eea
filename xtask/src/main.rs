//! `cargo xtask`: the project's automation. Thin: it reads, prints and writes; the work is
//! in the `codegen` library, which the tests drive the same way.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::write::{self, Change};
use codegen::{Diagnostics, Document, Layout, Options, Severity};

const USAGE: &str = "\
usage: cargo xtask generate [--check] [--strict] [INPUTS] [--out DIR [--name NAME]]
       cargo xtask bundle [INPUTS] [--out FILE]
       cargo xtask diff OLD NEW [--overlay FILE | --no-overlay] [--json]

generate   regenerate netatmo-models and netatmo-api (or, with --out, a standalone pair
           of crates in DIR) from the spec with its overlay applied
  --check        change nothing; fail with a diff if the committed files are stale
  --strict       treat warnings as errors
  --out DIR      write a standalone pair of crates to DIR instead of this workspace
  --name NAME    crate name prefix for --out (default: from the spec's title)
bundle     write the effective spec (spec + overlay) as YAML, to stdout or --out FILE
diff       what changed in the generated Rust API from spec OLD to spec NEW (both with the
           overlay, as generate applies it), each change breaking or not, and the semver
           bump it implies; --json for JSON

INPUTS
  --spec FILE     a Swagger 2.0 file (default: spec/netatmo.yaml)
  --overlay FILE  an Overlay 1.0 file to apply (default with the default spec:
                  spec/netatmo.overlay.yaml; none with --spec)
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
    overlay: Option<PathBuf>,
    no_overlay: bool,
    out: Option<PathBuf>,
    name: Option<String>,
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
                "--spec" => parsed.spec = Some(value("--spec")?.into()),
                "--overlay" => parsed.overlay = Some(value("--overlay")?.into()),
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
        if parsed.overlay.is_some() && parsed.no_overlay {
            return Err("`--overlay` and `--no-overlay` exclude each other".to_owned());
        }
        Ok(parsed)
    }

    /// The workspace's own inputs, unchanged: what the committed crates come from.
    fn is_workspace_default(&self) -> bool {
        self.spec.is_none() && self.overlay.is_none() && !self.no_overlay
    }
}

/// The checkout this xtask was built from.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// A path as the user should read it: relative to the workspace root when inside it.
fn display_name(path: &Path, root: &Path) -> String {
    path.canonicalize()
        .ok()
        .and_then(|p| {
            root.canonicalize()
                .ok()
                .and_then(|r| p.strip_prefix(r).ok().map(Path::to_path_buf))
        })
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
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

/// The spec and overlay to read, their texts, and how to name them.
struct Inputs {
    spec_name: String,
    spec: String,
    overlay_name: Option<String>,
    overlay: Option<String>,
}

impl Inputs {
    fn read(args: &Args, root: &Path) -> Result<Inputs, String> {
        let spec_path = args
            .spec
            .clone()
            .unwrap_or_else(|| root.join(codegen::WORKSPACE_SPEC));
        let overlay_path = match (&args.overlay, args.no_overlay, &args.spec) {
            (Some(path), _, _) => Some(path.clone()),
            (None, false, None) => Some(root.join(codegen::WORKSPACE_OVERLAY)),
            _ => None,
        };
        Inputs::at(&spec_path, overlay_path.as_deref(), root)
    }

    /// The texts of `spec_path` and `overlay_path`.
    fn at(spec_path: &Path, overlay_path: Option<&Path>, root: &Path) -> Result<Inputs, String> {
        Ok(Inputs {
            spec_name: display_name(spec_path, root),
            spec: read_text(spec_path)?,
            overlay_name: overlay_path.map(|p| display_name(p, root)),
            overlay: overlay_path.map(read_text).transpose()?,
        })
    }

    /// [`Inputs::read`], printing why it failed.
    fn read_or_report(args: &Args, root: &Path) -> Option<Inputs> {
        Inputs::read(args, root)
            .map_err(|message| eprintln!("error: {message}"))
            .ok()
    }

    /// `spec/netatmo.yaml + spec/netatmo.overlay.yaml`
    fn name(&self) -> String {
        match &self.overlay_name {
            Some(overlay) => format!("{} + {overlay}", self.spec_name),
            None => self.spec_name.clone(),
        }
    }

    fn print(&self, diagnostics: &Diagnostics) {
        for d in diagnostics {
            let file = match d.document {
                Document::Spec => &self.spec_name,
                Document::Overlay => self.overlay_name.as_ref().unwrap_or(&self.spec_name),
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
    let generated = match codegen::generate(&inputs.spec, inputs.overlay.as_deref(), &options) {
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
    if !args.check && args.is_workspace_default() && args.out.is_none() {
        report_api_changes(&root, &inputs, &generated.api);
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
                ..Options::workspace()
            },
            root.to_path_buf(),
        );
    }
    let mut regenerate = "cargo xtask generate".to_owned();
    if let Some(spec) = &args.spec {
        regenerate.push_str(&format!(" --spec {}", spec.display()));
    }
    if let Some(overlay) = &args.overlay {
        regenerate.push_str(&format!(" --overlay {}", overlay.display()));
    }
    if args.no_overlay {
        regenerate.push_str(" --no-overlay");
    }
    let (layout, out) = match &args.out {
        Some(out) => {
            regenerate.push_str(&format!(" --out {}", out.display()));
            let name = match &args.name {
                Some(name) => {
                    regenerate.push_str(&format!(" --name {name}"));
                    name.clone()
                }
                None => codegen::crate_name_for(
                    &codegen::spec_title(&inputs.spec).unwrap_or_else(|| "api".to_owned()),
                ),
            };
            (Layout::Standalone { name }, out.clone())
        }
        None => (Layout::Workspace, root.to_path_buf()),
    };
    (
        Options {
            spec_name: inputs.name(),
            regenerate,
            layout,
            strict: args.strict,
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
    let (tree, diagnostics) = match codegen::effective_spec(&inputs.spec, inputs.overlay.as_deref())
    {
        Ok(result) => result,
        Err(diagnostics) => {
            inputs.print(&diagnostics);
            return ExitCode::FAILURE;
        }
    };
    inputs.print(&diagnostics);
    let yaml = match codegen::to_yaml(&tree) {
        Ok(yaml) => format!(
            "# The effective spec: {}. Made by `cargo xtask bundle`.\n{yaml}",
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
    let (mut json, mut overlay, mut no_overlay) = (false, None, false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--no-overlay" => no_overlay = true,
            "--overlay" => {
                overlay = Some(PathBuf::from(
                    rest.next().ok_or("`--overlay` needs a value")?,
                ))
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    let [old, new] = paths.as_slice() else {
        return Err("diff takes two specs: OLD and NEW".to_owned());
    };
    let root = workspace_root();
    let overlay_path = match (overlay, no_overlay) {
        (Some(_), true) => {
            return Err("`--overlay` and `--no-overlay` exclude each other".to_owned());
        }
        (Some(path), false) => Some(path),
        (None, false) => Some(root.join(codegen::WORKSPACE_OVERLAY)),
        (None, true) => None,
    };
    let mut models = Vec::new();
    for path in [old, new] {
        let inputs = match Inputs::at(path, overlay_path.as_deref(), &root) {
            Ok(inputs) => inputs,
            Err(message) => {
                eprintln!("error: {message}");
                return Ok(ExitCode::FAILURE);
            }
        };
        match codegen::model(&inputs.spec, inputs.overlay.as_deref()) {
            Ok((api, diagnostics)) => {
                let unmatched = diagnostics
                    .iter()
                    .filter(|d| d.code == codegen::Code::UnmatchedTarget)
                    .count();
                if unmatched > 0 {
                    eprintln!(
                        "note: {unmatched} overlay action(s) match nothing in {}",
                        path.display()
                    );
                }
                models.push(api);
            }
            Err(diagnostics) => {
                // Each named in the document it is in: the spec or the overlay.
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

/// When the inputs differ from those the committed crates (git's HEAD) were generated
/// from, per the hash in their header, prints what changes in the Rust API and the semver
/// bump it implies.
fn report_api_changes(root: &Path, inputs: &Inputs, new: &codegen::ir::Api) {
    let from_head = |path: &str| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["show", &format!("HEAD:./{path}")])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
    };
    let Some(committed) = from_head("netatmo-api/src/generated/mod.rs") else {
        return;
    };
    let Some(recorded) = codegen::recorded_inputs_hash(&committed) else {
        return;
    };
    if recorded == codegen::inputs_hash(&inputs.spec, inputs.overlay.as_deref()) {
        return;
    }
    let old_spec = from_head(codegen::WORKSPACE_SPEC);
    let old_overlay = from_head(codegen::WORKSPACE_OVERLAY);
    let old = match old_spec {
        Some(spec) if codegen::inputs_hash(&spec, old_overlay.as_deref()) == recorded => {
            codegen::model(&spec, old_overlay.as_deref())
                .ok()
                .map(|(api, _)| api)
        }
        _ => None,
    };
    match old {
        Some(old) => eprint!(
            "The inputs changed since the committed crates were generated:\n{}",
            codegen::diff::diff(&old, new)
        ),
        None => eprintln!(
            "note: the inputs changed since the committed crates were generated, but git's HEAD does not hold \
             those inputs; compare two specs with `cargo xtask diff OLD NEW`"
        ),
    }
}
