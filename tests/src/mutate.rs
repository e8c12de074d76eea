//! Mutations of real specs, the same sequence wherever they are made: `tests/tests/smoke.rs`
//! runs 1,500 of them through the generator, and the feature-specs crate's build script
//! (which mounts this file with `#[path]`) compiles the code a sample of them generates.

use std::path::Path;

/// The specs mutations start from, in a fixed order: the seed spec, then every feature spec.
pub fn seeds(workspace_root: &Path) -> Vec<String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut seeds = vec![read(&workspace_root.join("spec/netatmo.yaml"))];
    let mut paths: Vec<_> = std::fs::read_dir(workspace_root.join("tests/specs"))
        .expect("tests/specs is readable")
        .map(|e| e.expect("readable").path())
        .collect();
    paths.sort();
    seeds.extend(paths.iter().map(|p| read(p)));
    seeds
}

/// The seed of the sequence: round `n` mutates seed spec `n % seeds` with the `n`-th draws.
pub const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// xorshift64*: a fixed sequence, so a failure reproduces.
#[derive(Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The next number of the sequence.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
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

/// `text` with one to four random edits: bytes removed, a token inserted, a stretch copied
/// elsewhere, a byte replaced.
pub fn mutate(rng: &mut Rng, text: &str) -> String {
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
