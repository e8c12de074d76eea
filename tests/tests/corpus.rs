//! Malformed and hostile specs (`tests/corpus/`): each gets the diagnostics its first line
//! announces (`# expect: error CODE LOCATION; ...`, `warning ...`, or `ok`), never a panic,
//! a hang or a half-written output. LOCATION is a JSON pointer or `line N`.

use codegen::{Diagnostic, Diagnostics, Options, Severity};
use tests::workspace_root;

fn options() -> Options {
    Options {
        spec_name: "corpus".to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: xtask::workspace::layout(),
        strict: false,
        api_crate: None,
    }
}

struct Expectation {
    severity: Option<Severity>,
    code: String,
    location: String,
}

fn expectations(first_line: &str, file: &str) -> Vec<Expectation> {
    let spec = first_line
        .strip_prefix("# expect: ")
        .unwrap_or_else(|| panic!("{file}: no `# expect:` line"));
    if spec.trim() == "ok" {
        return Vec::new();
    }
    spec.split("; ")
        .map(|one| {
            let mut words = one.splitn(3, ' ');
            let severity = match words.next() {
                Some("error") => Some(Severity::Error),
                Some("warning") => Some(Severity::Warning),
                other => panic!("{file}: unknown severity {other:?}"),
            };
            let code = words
                .next()
                .unwrap_or_else(|| panic!("{file}: no code"))
                .to_owned();
            let location = words
                .next()
                .unwrap_or_else(|| panic!("{file}: no location"))
                .to_owned();
            Expectation {
                severity,
                code,
                location,
            }
        })
        .collect()
}

fn matches(d: &Diagnostic, e: &Expectation) -> bool {
    let at = match e.location.strip_prefix("line ") {
        Some(line) => d.line_column.map(|(l, _)| l.to_string()).as_deref() == Some(line),
        None => d.pointer.to_string() == e.location,
    };
    Some(d.severity) == e.severity && d.code.as_str() == e.code && at
}

fn listing(diagnostics: &Diagnostics) -> String {
    diagnostics
        .iter()
        .map(|d| format!("{d} [{:?}]", d.line_column))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_corpus_spec_gets_its_expected_diagnostics() {
    let dir = workspace_root().join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .map(|e| {
            e.expect("readable")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus has {} specs", names.len());
    for name in names {
        let bytes = std::fs::read(dir.join(&name)).expect("readable");
        let text =
            codegen::decode_text(&bytes).unwrap_or_else(|d| panic!("{name}: {}", listing(&d)));
        let wanted = expectations(text.lines().next().unwrap_or_default(), &name);
        let fails = wanted.iter().any(|e| e.severity == Some(Severity::Error));
        match codegen::generate(text, &[], &options()) {
            Err(diagnostics) => {
                assert!(
                    fails,
                    "{name}: expected success, got:\n{}",
                    listing(&diagnostics)
                );
                for e in &wanted {
                    assert!(
                        diagnostics.iter().any(|d| matches(d, e)),
                        "{name}: no {} {} at {} among:\n{}",
                        if e.severity == Some(Severity::Error) {
                            "error"
                        } else {
                            "warning"
                        },
                        e.code,
                        e.location,
                        listing(&diagnostics)
                    );
                }
            }
            Ok(generated) => {
                assert!(
                    !fails,
                    "{name}: expected failure, but it generated (warnings:\n{})",
                    listing(&generated.diagnostics)
                );
                for e in &wanted {
                    assert!(
                        generated.diagnostics.iter().any(|d| matches(d, e)),
                        "{name}: no warning {} at {} among:\n{}",
                        e.code,
                        e.location,
                        listing(&generated.diagnostics)
                    );
                }
                if wanted.is_empty() {
                    assert!(
                        generated.diagnostics.is_empty(),
                        "{name}: {}",
                        listing(&generated.diagnostics)
                    );
                }
                for file in &generated.files {
                    let body = file.contents.split_once('\n').map_or("", |(_, rest)| rest);
                    syn::parse_file(body).unwrap_or_else(|e| {
                        panic!("{name}: {} does not parse: {e}", file.path.display())
                    });
                }
            }
        }
    }
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_place() {
    let err =
        codegen::decode_text(b"swagger: \"2.0\"\ninfo: {title: \xff}\n").expect_err("not UTF-8");
    let d = err.iter().next().expect("a diagnostic");
    assert_eq!(d.code.as_str(), "encoding");
    assert_eq!(d.line_column, Some((2, 15)));
}

#[test]
fn an_input_larger_than_the_limit_is_refused_before_parsing() {
    let huge = vec![b' '; codegen::MAX_INPUT_BYTES + 1];
    let err = codegen::decode_text(&huge).expect_err("too large");
    assert_eq!(
        err.iter().next().map(|d| d.code.as_str()),
        Some("too-large")
    );
}

#[test]
fn a_cycle_of_5000_definitions_generates_boxed_all_round() {
    // 5,000 definitions in one long chain of references and one big cycle. The recursion
    // analysis is linear (a quadratic one took minutes here); time is not asserted, the
    // machines are shared, but a regression shows as a test that no longer finishes.
    let mut spec = String::from(
        "swagger: \"2.0\"\ninfo: {title: T, version: \"1\"}\npaths: {}\ndefinitions:\n",
    );
    let n = 5_000;
    for i in 0..n {
        let next = (i + 1) % n;
        spec.push_str(&format!(
            "  D{i}: {{type: object, properties: {{next: {{$ref: '#/definitions/D{next}'}}}}}}\n"
        ));
    }
    let generated = codegen::generate(&spec, &[], &options()).expect("generates");
    assert_eq!(generated.api.types.len(), n);
    // So many types are split into modules (`part_1.rs` ...): count in all of them.
    let models: Vec<_> = generated
        .files
        .iter()
        .filter(|f| f.path.to_string_lossy().contains("-models/src/generated/"))
        .collect();
    assert_eq!(models.len(), 1 + n.div_ceil(256), "mod.rs and its parts");
    let boxed: usize = models
        .iter()
        .map(|f| f.contents.matches("Option<Box<D").count())
        .sum();
    assert_eq!(boxed, n, "every field on the cycle is boxed");
}

#[test]
fn a_spec_of_over_256_operations_has_its_builders_in_part_modules() {
    // Netatmo's official spec 1.1.5 (22 operations) 14 times over: 308 operations, in
    // `builders.rs` and two parts of it. CI builds a 2,200-operation pair with clippy;
    // here, that each builder is in one file, in order, with paths that fit where it is.
    let text = std::fs::read_to_string(tests::fixture_path("specs/netatmo-official-1.1.5.yaml"))
        .expect("the official spec");
    let mut diags = codegen::Diagnostics::default();
    let tree = codegen::load::parse(&text, &mut diags).expect("parses");
    let spec = serde_json::to_string(&codegen::scale::repeat_paths(&tree, 14)).expect("JSON");
    let generated = codegen::generate(&spec, &[], &options()).expect("generates");
    assert_eq!(generated.api.operations.len(), 308);
    let text_of = |path: &str| {
        generated
            .files
            .iter()
            .find(|f| f.path.to_string_lossy() == format!("netatmo-api/src/generated/{path}"))
            .map(|f| f.contents.as_str())
            .unwrap_or_else(|| panic!("no {path}"))
    };
    let parent = text_of("builders.rs");
    assert!(
        parent.contains("\n\nmod part_1;\nmod part_2;\n\npub use part_1::*;\npub use part_2::*;\n"),
        "{parent}"
    );
    assert!(
        !parent.contains("pub struct"),
        "the builders are in the parts"
    );
    let parts = [text_of("builders/part_1.rs"), text_of("builders/part_2.rs")];
    assert!(parts[0].contains("//! Builders 1 to 256 of 308"));
    assert!(parts[1].contains("//! Builders 257 to 308 of 308"));
    let builders: Vec<&str> = parts
        .iter()
        .flat_map(|part| part.lines())
        .filter_map(|line| line.strip_prefix("pub struct "))
        .collect();
    let expected: Vec<String> = generated
        .api
        .operations
        .iter()
        .map(|op| format!("{}<'a, C = Client> {{", op.builder))
        .collect();
    assert_eq!(
        builders, expected,
        "every builder once, in the spec's order"
    );
    // A part is a level below the builders: the blocking client is two levels up.
    for (part, count) in parts.iter().zip([256, 52]) {
        assert_eq!(
            part.matches("<'_, super::super::blocking::Client> {")
                .count(),
            count
        );
        assert!(!part.contains("<'_, super::blocking::Client>"));
    }
    // The methods: impl blocks of 32, after the one of `new` and `builder`.
    let methods = text_of("mod.rs");
    assert_eq!(
        methods.matches("\nimpl Client {").count(),
        1 + 308usize.div_ceil(32)
    );
}

#[test]
fn flow_nesting_at_any_depth_is_refused_at_its_line_and_column() {
    // The corpus holds one such spec (`deep_flow_100000.yaml`); here every shape at several
    // depths, after a line of ordinary YAML. The YAML scanner's time grows with the square
    // of the depth (100,000 levels took minutes): the pre-scan must answer first, at the
    // first bracket past the limit (`cargo bench -p codegen --bench nesting` shows the time).
    const LIMIT: usize = 128;
    for depth in [LIMIT + 1, 1_000, 16_000, 100_000] {
        for (shape, unit) in [("sequences", "["), ("mappings", "{a: "), ("mixed", "[{a: ")] {
            let text = format!("swagger: \"2.0\"\nx-deep: {}\n", unit.repeat(depth));
            let err = codegen::generate(&text, &[], &options())
                .map(|_| ())
                .expect_err("refused");
            let d = err.iter().next().expect("a diagnostic");
            assert_eq!(d.code.as_str(), "syntax", "{shape} {depth}: {d}");
            // The bracket that opens level LIMIT + 1.
            let opening = text.lines().nth(1).expect("line 2");
            let (mut level, mut column) = (0, 0);
            for (i, c) in opening.chars().enumerate() {
                if c == '[' || c == '{' {
                    level += 1;
                    if level == LIMIT + 1 {
                        column = i + 1;
                        break;
                    }
                }
            }
            assert_eq!(d.line_column, Some((2, column)), "{shape} {depth}: {d}");
        }
    }
}

#[test]
fn flow_nesting_up_to_the_limit_in_scalars_and_comments_is_read() {
    // Brackets that open nothing must not count: a regular expression, a comment, a block
    // scalar, a quoted string, far more of them than the limit allows collections.
    let many = "[".repeat(1_000);
    let spec = format!(
        "swagger: \"2.0\"\n\
         info: {{title: T, version: \"1\", description: '{many}'}}\n\
         # {many}\n\
         paths: {{}}\n\
         definitions:\n  \
           Pattern:\n    \
             type: string\n    \
             pattern: \"^{many}$\"\n    \
             description: |\n      \
               {many}\n      \
               {many}\n  \
           Deep:\n    \
             type: object\n    \
             x-nested: {}1{}\n",
        "[".repeat(120),
        "]".repeat(120),
    );
    let generated = codegen::generate(&spec, &[], &options())
        .unwrap_or_else(|d| panic!("refused: {}", listing(&d)));
    assert_eq!(generated.api.types.len(), 2);
}
