//! A short, deterministic stand-in for the fuzzer (codegen/fuzz, run by hand): thousands of
//! mutations of real specs go through the whole generator, which must never panic, and
//! whatever it generates must parse as Rust.

use codegen::{Layout, Options};
use tests::workspace_root;

/// xorshift64*: a fixed sequence, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Snippets that tend to matter to a Swagger reader.
const TOKENS: &[&str] = &[
    "$ref: '#/definitions/A'",
    "type: array",
    "type: object",
    "items: {}",
    "allOf: []",
    "required: [a]",
    "x-one-of: [{type: string}]",
    "x-nullable: true",
    "enum: [a, A, '1']",
    "in: path",
    "in: body",
    "in: formData",
    "collectionFormat: multi",
    "additionalProperties: true",
    "- ",
    ": ",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "'",
    "\"",
    "\n",
    "  ",
    "~1",
    "{id}",
    "default:",
    "200:",
    "null",
    "-1e999",
    "é",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(4) {
            0 if !bytes.is_empty() => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                bytes.splice(at..at, token.bytes());
            }
            2 if bytes.len() > 1 => {
                // Copy a stretch of the document elsewhere (duplicates keys, nests deeper).
                let from = rng.below(bytes.len());
                let len = rng.below(200).min(bytes.len() - from);
                let piece: Vec<u8> = bytes[from..from + len].to_vec();
                bytes.splice(at..at, piece);
            }
            _ => {
                if let Some(b) = bytes.get_mut(at) {
                    const BYTES: &[u8] = b" :-{}[]'\"\nax0#&*!|>";
                    *b = BYTES[rng.below(BYTES.len())];
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn mutated_specs_never_panic_and_always_generate_parsable_code() {
    let root = workspace_root();
    let mut seeds =
        vec![std::fs::read_to_string(root.join("spec/netatmo.yaml")).expect("readable")];
    let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/specs"))
        .expect("readable")
        .map(|e| e.expect("readable").path())
        .collect();
    paths.sort();
    for path in paths {
        seeds.push(std::fs::read_to_string(path).expect("readable"));
    }
    let options = Options {
        spec_name: "smoke".to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: Layout::Workspace,
        strict: false,
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut generated, mut refused) = (0, 0);
    for round in 0..1500 {
        let seed = &seeds[round % seeds.len()];
        let input = mutate(&mut rng, seed);
        let outcome = std::panic::catch_unwind(|| codegen::generate(&input, None, &options));
        let Ok(outcome) = outcome else {
            panic!("round {round}: the generator panicked on:\n{input}")
        };
        match outcome {
            Ok(result) => {
                generated += 1;
                for file in &result.files {
                    let body = file.contents.split_once('\n').map_or("", |(_, rest)| rest);
                    if let Err(e) = syn::parse_file(body) {
                        panic!(
                            "round {round}: {} does not parse ({e}) for:\n{input}",
                            file.path.display()
                        );
                    }
                }
            }
            Err(diagnostics) => {
                refused += 1;
                assert!(
                    diagnostics.has_errors(),
                    "round {round}: a refusal names an error"
                );
                let internal = diagnostics
                    .iter()
                    .find(|d| d.code == codegen::Code::Internal);
                assert!(
                    internal.is_none(),
                    "round {round}: generated code that does not parse: {internal:?}\n{input}"
                );
            }
        }
    }
    assert!(
        generated > 100 && refused > 100,
        "the mutations explore both sides: {generated} generated, {refused} refused"
    );
}
