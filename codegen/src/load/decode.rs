//! Small helpers to read typed values out of a JSON tree, reporting every problem with the
//! JSON pointer of the value at fault.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use crate::diagnostics::{Code, Diagnostics, Pointer};

/// `x-` extensions of one object, in document order.
pub type Extensions = IndexMap<String, Value>;

/// A reader of one field value: the value, its location, and where to report problems.
pub(crate) type Reader<'v, T> = fn(&'v Value, &Pointer, &mut Diagnostics) -> Option<T>;

/// Reads the fields of one JSON object. Fields are taken one by one; `finish` collects the
/// `x-` extensions and warns about any other field nobody took.
pub(crate) struct Obj<'v, 'd> {
    map: &'v Map<String, Value>,
    at: Pointer,
    what: &'static str,
    diags: &'d mut Diagnostics,
    taken: Vec<&'static str>,
}

impl<'v, 'd> Obj<'v, 'd> {
    /// Starts reading `value` as an object; reports an error and gives `None` if it is not one.
    pub(crate) fn new(
        value: &'v Value,
        at: &Pointer,
        what: &'static str,
        diags: &'d mut Diagnostics,
    ) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Obj {
                map,
                at: at.clone(),
                what,
                diags,
                taken: Vec::new(),
            }),
            other => {
                diags.error(
                    Code::InvalidType,
                    at,
                    format!("{what} must be an object, found {}", kind(other)),
                );
                None
            }
        }
    }

    pub(crate) fn at(&self) -> &Pointer {
        &self.at
    }

    pub(crate) fn diags(&mut self) -> &mut Diagnostics {
        self.diags
    }

    /// The raw value of a field, if present.
    pub(crate) fn raw(&mut self, key: &'static str) -> Option<&'v Value> {
        self.taken.push(key);
        self.map.get(key)
    }

    /// An optional field.
    pub(crate) fn opt<T>(&mut self, key: &'static str, read: Reader<'v, T>) -> Option<T> {
        let value = self.raw(key)?;
        read(value, &self.at.join(key), self.diags)
    }

    /// A required field: missing is an error.
    pub(crate) fn req<T>(&mut self, key: &'static str, read: Reader<'v, T>) -> Option<T> {
        if !self.map.contains_key(key) {
            self.taken.push(key);
            let what = self.what;
            self.diags.error(
                Code::MissingField,
                &self.at,
                format!("{what} has no `{key}`"),
            );
            return None;
        }
        self.opt(key, read)
    }

    pub(crate) fn string(&mut self, key: &'static str) -> Option<String> {
        self.opt(key, string)
    }

    pub(crate) fn req_string(&mut self, key: &'static str) -> Option<String> {
        self.req(key, string)
    }

    pub(crate) fn bool(&mut self, key: &'static str) -> Option<bool> {
        self.opt(key, boolean)
    }

    pub(crate) fn number(&mut self, key: &'static str) -> Option<f64> {
        self.opt(key, number)
    }

    pub(crate) fn count(&mut self, key: &'static str) -> Option<u64> {
        self.opt(key, count)
    }

    pub(crate) fn value(&mut self, key: &'static str) -> Option<Value> {
        self.raw(key).cloned()
    }

    /// An optional array; absent reads as empty.
    pub(crate) fn list<T>(&mut self, key: &'static str, read: Reader<'v, T>) -> Vec<T> {
        self.opt_list(key, read).unwrap_or_default()
    }

    /// An optional array, telling absent (`None`) from empty.
    pub(crate) fn opt_list<T>(&mut self, key: &'static str, read: Reader<'v, T>) -> Option<Vec<T>> {
        let value = self.raw(key)?;
        let at = self.at.join(key);
        let Value::Array(items) = value else {
            self.diags.error(
                Code::InvalidType,
                &at,
                format!("`{key}` must be an array, found {}", kind(value)),
            );
            return None;
        };
        Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| read(item, &at.index(i), self.diags))
                .collect(),
        )
    }

    /// An optional object whose values all have one type; absent reads as empty.
    pub(crate) fn map<T>(&mut self, key: &'static str, read: Reader<'v, T>) -> IndexMap<String, T> {
        let Some(value) = self.raw(key) else {
            return IndexMap::new();
        };
        let at = self.at.join(key);
        entries(value, &at, read, self.diags)
    }

    /// Like [`Obj::map`], for the objects of named parameters and responses. Swagger 2.0
    /// allows no extensions there, so an `x-` key names an item like any other; specs do
    /// keep YAML anchors under such keys, though: an `x-` key whose value is not a `what` is
    /// skipped with a warning.
    pub(crate) fn named<T>(
        &mut self,
        key: &'static str,
        what: &str,
        read: Reader<'v, T>,
    ) -> IndexMap<String, T> {
        let Some(value) = self.raw(key) else {
            return IndexMap::new();
        };
        let at = self.at.join(key);
        read_entries(value, &at, read, self.diags, Some(what))
    }

    /// Ends the object: returns its `x-` extensions and warns about unknown fields.
    pub(crate) fn finish(self) -> Extensions {
        let mut extensions = Extensions::new();
        for (key, value) in self.map {
            if key.starts_with("x-") {
                extensions.insert(key.clone(), value.clone());
            } else if !self.taken.contains(&key.as_str()) {
                self.diags.warn(
                    Code::UnknownField,
                    &self.at.join(key),
                    format!(
                        "`{key}` is not a field of {} in Swagger 2.0; ignored",
                        self.what
                    ),
                );
            }
        }
        extensions
    }
}

/// Reads every value of an object with `read`, keeping document order.
pub(crate) fn entries<'v, T>(
    value: &'v Value,
    at: &Pointer,
    read: Reader<'v, T>,
    diags: &mut Diagnostics,
) -> IndexMap<String, T> {
    read_entries(value, at, read, diags, None)
}

/// [`entries`]; with `extensions_of: Some(what)`, an `x-` key whose value does not read as
/// a `what` is skipped with a warning instead of being an error.
fn read_entries<'v, T>(
    value: &'v Value,
    at: &Pointer,
    read: Reader<'v, T>,
    diags: &mut Diagnostics,
    extensions_of: Option<&str>,
) -> IndexMap<String, T> {
    let Value::Object(map) = value else {
        diags.error(
            Code::InvalidType,
            at,
            format!("expected an object, found {}", kind(value)),
        );
        return IndexMap::new();
    };
    let mut found = IndexMap::new();
    for (name, item) in map {
        let here = at.join(name);
        match extensions_of {
            Some(what) if name.starts_with("x-") => {
                let mut own = Diagnostics::default();
                match read(item, &here, &mut own) {
                    Some(t) if !own.has_errors() => {
                        diags.append(own);
                        found.insert(name.clone(), t);
                    }
                    // Meant as one, with a mistake: its own errors say what is wrong,
                    // rather than a dangling `$ref` to it later.
                    _ if looks_like(what, item) => diags.append(own),
                    _ => diags.warn(
                        Code::UnknownField,
                        &here,
                        format!("`{name}` is not a {what}: read as an extension (ignored)"),
                    ),
                }
            }
            _ => {
                if let Some(t) = read(item, &here, diags) {
                    found.insert(name.clone(), t);
                }
            }
        }
    }
    found
}

/// Whether `value` has the keys a `what` (a parameter, a response) is recognised by, even
/// if it is not a valid one.
fn looks_like(what: &str, value: &Value) -> bool {
    let keys: &[&str] = match what {
        "parameter" => &["in", "name"],
        "response" => &["description", "schema"],
        _ => &[],
    };
    value
        .as_object()
        .is_some_and(|o| keys.iter().any(|k| o.contains_key(*k)))
}

pub(crate) fn string(value: &Value, at: &Pointer, diags: &mut Diagnostics) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        other => {
            diags.error(
                Code::InvalidType,
                at,
                format!("expected a string, found {}", kind(other)),
            );
            None
        }
    }
}

pub(crate) fn boolean(value: &Value, at: &Pointer, diags: &mut Diagnostics) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        other => {
            diags.error(
                Code::InvalidType,
                at,
                format!("expected a boolean, found {}", kind(other)),
            );
            None
        }
    }
}

pub(crate) fn number(value: &Value, at: &Pointer, diags: &mut Diagnostics) -> Option<f64> {
    match value.as_f64() {
        Some(n) => Some(n),
        None => {
            diags.error(
                Code::InvalidType,
                at,
                format!("expected a number, found {}", kind(value)),
            );
            None
        }
    }
}

pub(crate) fn count(value: &Value, at: &Pointer, diags: &mut Diagnostics) -> Option<u64> {
    match value.as_u64() {
        Some(n) => Some(n),
        None => {
            diags.error(
                Code::InvalidType,
                at,
                format!("expected a non-negative integer, found {}", kind(value)),
            );
            None
        }
    }
}

pub(crate) fn any(value: &Value, _at: &Pointer, _diags: &mut Diagnostics) -> Option<Value> {
    Some(value.clone())
}

/// The JSON type of a value, for messages.
pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
