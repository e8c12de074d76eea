//! Helpers shared by the integration tests in `tests/`.

use std::path::{Path, PathBuf};

use serde_json::Value;

pub mod mutate;

/// The workspace root.
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
}

/// A file of the workspace (`spec/netatmo.yaml`, `tests/specs/store.yaml`), as text.
pub fn read(path: &str) -> String {
    std::fs::read_to_string(workspace_root().join(path))
        .unwrap_or_else(|e| panic!("{path} is not readable: {e}"))
}

/// A file of `tests/fixtures/` (real Netatmo responses; see `tests/fixtures/SOURCES.md`).
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// A JSON fixture, parsed.
pub fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture_path(name)).expect("the fixture is readable");
    serde_json::from_str(&text).expect("the fixture is JSON")
}

/// Equality of JSON values as JSON means it: objects regardless of key order, numbers by
/// value (`27` and `27.0` are the same number; JSON has one number type).
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Where two JSON values first differ, as a JSON pointer, for failure messages.
pub fn first_difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{at}/{i}"))),
        (Value::Object(x), Value::Object(y)) => {
            let missing = x
                .keys()
                .chain(y.keys())
                .find(|k| !x.contains_key(*k) || !y.contains_key(*k));
            if let Some(k) = missing {
                return Some(format!("{at}/{k} (present on one side only)"));
            }
            x.iter()
                .find_map(|(k, v)| first_difference(v, &y[k], &format!("{at}/{k}")))
        }
        _ if same_json(a, b) => None,
        _ => Some(format!("{at}: {a} vs {b}")),
    }
}
