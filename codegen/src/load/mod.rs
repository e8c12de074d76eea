//! Load: spec text -> JSON tree -> typed Swagger 2.0 model.
//!
//! The text is parsed as YAML (JSON is YAML too) into a plain JSON tree first: that is the
//! form an overlay works on, and it lets the typed model be read by hand with a JSON pointer
//! at every step, so each problem is reported where it is and all of them are reported, not
//! just the first.

mod decode;
mod nesting;
pub mod overlay;
mod split;
pub mod swagger;

use serde_json::{Map, Number, Value};

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Pointer, Severity};

pub use swagger::Swagger;

/// Parses spec text (YAML or JSON) into a JSON tree. Syntax errors carry line and column.
///
/// A large spec is parsed in parts, one per core, when the parts give the same tree (see
/// `split`); otherwise, and whenever there is a problem to report, as a whole.
pub fn parse(text: &str, diags: &mut Diagnostics) -> Option<Value> {
    split::parse(text, split::parts_for(text)).or_else(|| parse_whole(text, diags))
}

/// Parses `text` in one piece.
fn parse_whole(text: &str, diags: &mut Diagnostics) -> Option<Value> {
    // Refused before the YAML scanner sees it, whose time grows with the square of the
    // nesting: whatever the text, answering it takes time linear in its size.
    if let Some((line, column)) = nesting::too_deep(text, nesting::MAX_FLOW_DEPTH) {
        diags.push_diagnostic(Diagnostic {
            severity: Severity::Error,
            document: Default::default(),
            code: Code::Syntax,
            pointer: Pointer::root(),
            line_column: Some((line, column)),
            message: format!(
                "the spec is not valid YAML or JSON: flow collections (`[...]`, `{{...}}`) nest deeper than {} levels at line {line} column {column}",
                nesting::MAX_FLOW_DEPTH
            ),
        });
        return None;
    }
    let yaml = serde_yaml::from_str(text).and_then(|mut v: serde_yaml::Value| {
        merge_keys(&mut v)?;
        Ok(v)
    });
    let yaml: serde_yaml::Value = match yaml {
        Ok(v) => v,
        Err(e) => {
            diags.push_diagnostic(Diagnostic {
                severity: Severity::Error,
                document: Default::default(),
                code: Code::Syntax,
                pointer: Pointer::root(),
                line_column: e.location().map(|l| (l.line(), l.column())),
                message: format!("the spec is not valid YAML or JSON: {e}"),
            });
            return None;
        }
    };
    let json = to_json(yaml, &Pointer::root(), diags);
    if diags.has_errors() { None } else { Some(json) }
}

/// Applies YAML 1.1's merge keys (`<<: *anchor`), common in hand-written specs, as the YAML
/// tools their authors used read them. One pass merges one level: a merged mapping that
/// has its own `<<` brings it along, so passes repeat until none is left (a chain deeper
/// than the parser's nesting limit cannot be written).
fn merge_keys(yaml: &mut serde_yaml::Value) -> Result<(), serde_yaml::Error> {
    fn has_merge_key(v: &serde_yaml::Value) -> bool {
        match v {
            serde_yaml::Value::Mapping(m) => m.contains_key("<<") || m.values().any(has_merge_key),
            serde_yaml::Value::Sequence(items) => items.iter().any(has_merge_key),
            serde_yaml::Value::Tagged(t) => has_merge_key(&t.value),
            _ => false,
        }
    }
    for _ in 0..128 {
        if !has_merge_key(yaml) {
            break;
        }
        yaml.apply_merge()?;
    }
    Ok(())
}

/// Converts a YAML tree into JSON. YAML allows non-string keys (`200:` in `responses` is an
/// integer); JSON, and Swagger, mean the key's text.
fn to_json(yaml: serde_yaml::Value, at: &Pointer, diags: &mut Diagnostics) -> Value {
    use serde_yaml::Value as Y;
    match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => number(&n, at, diags),
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| to_json(v, &at.index(i), diags))
                .collect(),
        ),
        Y::Mapping(mapping) => {
            let mut map = Map::with_capacity(mapping.len());
            for (key, value) in mapping {
                let Some(key) = key_text(&key) else {
                    diags.error(
                        Code::InvalidType,
                        at,
                        "a mapping key must be a string, number or boolean",
                    );
                    continue;
                };
                let child = at.join(&key);
                let value = to_json(value, &child, diags);
                if map.insert(key.clone(), value).is_some() {
                    diags.error(
                        Code::Duplicate,
                        &child,
                        format!("the key `{key}` appears twice"),
                    );
                }
            }
            Value::Object(map)
        }
        Y::Tagged(tagged) => {
            diags.error(
                Code::InvalidValue,
                at,
                format!("YAML tag `{}` is not allowed in a spec", tagged.tag),
            );
            Value::Null
        }
    }
}

fn key_text(key: &serde_yaml::Value) -> Option<String> {
    match key {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn number(n: &serde_yaml::Number, at: &Pointer, diags: &mut Diagnostics) -> Value {
    if let Some(i) = n.as_i64() {
        return Value::Number(i.into());
    }
    if let Some(u) = n.as_u64() {
        return Value::Number(u.into());
    }
    match n.as_f64().and_then(Number::from_f64) {
        Some(f) => Value::Number(f),
        None => {
            diags.error(
                Code::InvalidValue,
                at,
                format!("`{n}` is not a finite number"),
            );
            Value::Null
        }
    }
}

/// Reads the typed Swagger 2.0 model out of a JSON tree.
///
/// With errors, what could be read is still returned (parts in error are left out), so
/// that resolving it can report further problems; it must not be generated from.
pub fn read(tree: &Value, diags: &mut Diagnostics) -> Option<Swagger> {
    Swagger::read(tree, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_keys_become_strings() {
        let mut d = Diagnostics::default();
        let v = parse("responses:\n  200:\n    description: OK\n", &mut d).expect("parses");
        assert_eq!(v["responses"]["200"]["description"], "OK");
        assert!(d.is_empty());
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let mut d = Diagnostics::default();
        assert!(parse("a: [1, 2\nb: 3\n", &mut d).is_none());
        let diag = d.iter().next().expect("one diagnostic");
        assert_eq!(diag.code, Code::Syntax);
        assert!(diag.line_column.is_some(), "{diag}");
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let mut d = Diagnostics::default();
        assert!(parse("a: 1\na: 2\n", &mut d).is_none());
    }

    #[test]
    fn merge_keys_are_merged_and_keys_of_the_mapping_win() {
        let mut d = Diagnostics::default();
        let tree = parse(
            "base: &b {type: string, format: date}\nfield:\n  <<: *b\n  format: date-time\n",
            &mut d,
        )
        .expect("parses");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            tree["field"],
            serde_json::json!({"format": "date-time", "type": "string"})
        );
    }

    #[test]
    fn merges_of_mappings_that_merge_in_turn_are_applied_to_the_end() {
        let mut d = Diagnostics::default();
        let tree = parse(
            "x-base: &base {type: string}\nx-dated: &dated {<<: *base, format: date}\n\
             at: {<<: *dated, description: When}\n",
            &mut d,
        )
        .expect("parses");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(
            tree["at"],
            serde_json::json!({"type": "string", "format": "date", "description": "When"})
        );
    }

    #[test]
    fn a_merge_of_a_scalar_is_a_syntax_error() {
        let mut d = Diagnostics::default();
        assert!(parse("a: {<<: 1}\n", &mut d).is_none());
        assert_eq!(d.iter().next().map(|d| d.code), Some(Code::Syntax));
    }

    #[test]
    fn yaml_1_1_off_stays_a_string() {
        let mut d = Diagnostics::default();
        let v = parse("enum: [on, off]\n", &mut d).expect("parses");
        assert_eq!(v["enum"][1], "off");
    }
}
