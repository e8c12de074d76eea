//! `cargo xtask`: the project's automation. Thin: it reads, prints and writes; the work is
//! in the `codegen` library, which the tests drive the same way.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::write::{self, Change};
use codegen::{Layout, Options, Severity};

const USAGE: &str = "\
usage: cargo xtask generate [--check] [--strict] [--spec FILE] [--out DIR [--name NAME]]

  (no options)   regenerate netatmo-models and netatmo-api from spec/netatmo.yaml
  --check        change nothing; fail with a diff if the committed files are stale
  --strict       treat warnings as errors
  --spec FILE    generate from another Swagger 2.0 file (YAML or JSON)
  --out DIR      write a standalone pair of crates to DIR instead of this workspace
  --name NAME    crate name prefix for --out (default: from the spec's title)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("generate") => match GenerateArgs::parse(&args[1..]) {
            Ok(parsed) => generate(&parsed),
            Err(message) => usage_error(&message),
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command `{other}`")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

#[derive(Debug, Default)]
struct GenerateArgs {
    check: bool,
    strict: bool,
    spec: Option<PathBuf>,
    out: Option<PathBuf>,
    name: Option<String>,
}

impl GenerateArgs {
    fn parse(args: &[String]) -> Result<GenerateArgs, String> {
        let mut parsed = GenerateArgs::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("`{flag}` needs a value"))
            };
            match arg.as_str() {
                "--check" => parsed.check = true,
                "--strict" => parsed.strict = true,
                "--spec" => parsed.spec = Some(value("--spec")?.into()),
                "--out" => parsed.out = Some(value("--out")?.into()),
                "--name" => parsed.name = Some(value("--name")?),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        if parsed.name.is_some() && parsed.out.is_none() {
            return Err("`--name` goes with `--out`".to_owned());
        }
        Ok(parsed)
    }
}

/// The checkout this xtask was built from.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn generate(args: &GenerateArgs) -> ExitCode {
    let root = workspace_root();
    let spec_path = args
        .spec
        .clone()
        .unwrap_or_else(|| root.join(codegen::WORKSPACE_SPEC));
    let spec_name = spec_path
        .canonicalize()
        .ok()
        .and_then(|p| {
            root.canonicalize()
                .ok()
                .and_then(|r| p.strip_prefix(r).ok().map(Path::to_path_buf))
        })
        .unwrap_or_else(|| spec_path.clone())
        .display()
        .to_string();
    let text = match std::fs::read(&spec_path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                eprintln!(
                    "error: {} is not UTF-8 text (byte {})",
                    spec_path.display(),
                    e.utf8_error().valid_up_to()
                );
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    let mut regenerate = "cargo xtask generate".to_owned();
    if let Some(spec) = &args.spec {
        regenerate.push_str(&format!(" --spec {}", spec.display()));
    }
    let (layout, out) = match &args.out {
        Some(out) => {
            regenerate.push_str(&format!(" --out {}", out.display()));
            let name = match &args.name {
                Some(name) => {
                    regenerate.push_str(&format!(" --name {name}"));
                    name.clone()
                }
                None => String::new(),
            };
            (Layout::Standalone { name }, out.clone())
        }
        None => (Layout::Workspace, root.clone()),
    };
    let options = if args.spec.is_none() && args.out.is_none() {
        Options {
            strict: args.strict,
            ..Options::workspace()
        }
    } else {
        Options {
            spec_name,
            regenerate,
            layout,
            strict: args.strict,
        }
    };
    let options = match options.layout {
        Layout::Standalone { ref name } if name.is_empty() => {
            // The crate name comes from the title, which only the spec knows: peek at it.
            let title = codegen::spec_title(&text).unwrap_or_else(|| "api".to_owned());
            Options {
                layout: Layout::Standalone {
                    name: codegen::crate_name_for(&title),
                },
                ..options
            }
        }
        _ => options,
    };

    let generated = match codegen::generate(&text, &options) {
        Ok(generated) => generated,
        Err(diagnostics) => {
            print_diagnostics(&options.spec_name, &diagnostics);
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            eprintln!(
                "error: {errors} error(s) in {}; nothing was written",
                spec_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    print_diagnostics(&options.spec_name, &generated.diagnostics);

    if args.check {
        return match write::check(&out, &generated.files) {
            Ok(stale) if stale.is_empty() => {
                eprintln!("{} generated files are up to date", generated.files.len());
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
        };
    }

    match write::write(&out, &generated.files) {
        Ok(changes) => {
            let mut unchanged = 0;
            for (path, change) in &changes {
                match change {
                    Change::Created => eprintln!("created {}", out.join(path).display()),
                    Change::Updated => eprintln!("updated {}", out.join(path).display()),
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

fn print_diagnostics(spec: &str, diagnostics: &codegen::Diagnostics) {
    for d in diagnostics {
        eprintln!("{d} in {spec}");
    }
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    if warnings > 0 {
        eprintln!("{warnings} warning(s)");
    }
}
