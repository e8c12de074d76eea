// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! The tolerant reader the generated models decode with: hand-written, not generated.
//!
//! Real answers differ from the spec in representation (an API's own samples may carry
//! a number as `"0.0600"`), and one metadata field must not cost the caller the data
//! they asked for. So, wherever generated models are decoded:
//!
//! - A number the spec types `integer` or `number` is also read from its text, a JSON
//!   string holding a number of that type (`"0.0600"`, `"1700000000"`): fields, items of
//!   arrays and values of maps alike. Text that is not such a number (`"low"`, `" 1"`,
//!   `"NaN"`, `"1.5"` for an integer) is a value of another type. Encoding writes a number.
//! - An optional field whose value has another type than the spec says is `None`; the
//!   value is kept as received in the struct's `extra` map, under its wire name, so that
//!   encoding again gives the same JSON, and a `tracing` warning names the Rust type, the
//!   field and the JSON path. A struct with no map that can hold it
//!   (`additionalProperties: false`, or a typed map the value is not of) drops it, with
//!   the same warning. `null` is `None`, without a warning.
//! - Everything else stays an error: a required field missing or of another type, an item
//!   of an array or a value of a map of another type, whatever is wrong inside an object
//!   that arrived as an object, and an optional field marked `x-strict` (an answer's data)
//!   of another type.
//!
//! Nothing is buffered to be tolerant: an object, an array or a scalar is read once, as it
//! arrives, and only a value of another type is collected whole (to be kept). Discriminated
//! and `x-one-of` types read the whole value before choosing a shape, as serde does. An
//! `x-one-of` value takes the first shape that fits exactly, as before this reader existed;
//! only when none does, the first that fits tolerantly.
//!
//! Each generated struct implements [`Object`] (the loop over its fields, in plain code)
//! and invokes `object!`; other named types invoke the macro of their kind. It depends
//! only on serde, serde_json and tracing (the `client` feature is not needed).

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{
    DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde_json::{Map, Value};

/// Where a value is in the JSON being decoded, for warnings: `body.devices[0].place`.
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    /// The value being decoded.
    Root,
    /// A property of an object.
    Key(&'a At<'a>, &'a str),
    /// An item of an array.
    Index(&'a At<'a>, usize),
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => f.write_str("."),
            At::Key(At::Root, key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(At::Root, index) => write!(f, "[{index}]"),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// The value of an optional field, as it came.
#[derive(Debug)]
pub enum Found<T> {
    /// Of the field's type.
    Value(T),
    /// Of another type, as received (boxed: it is rare, and a small `Found` of a number
    /// travels back through serde's layers in registers).
    Other(Box<Value>),
    /// `null`: the field is `None`, as when it is absent, but the struct remembers that it
    /// came (in its map of unlisted properties) so that encoding it again writes `null`.
    Null,
}

impl<T> Found<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Found<U> {
        match self {
            Found::Value(value) => Found::Value(f(value)),
            Found::Other(other) => Found::Other(other),
            Found::Null => Found::Null,
        }
    }
}

/// A type the generated models read tolerantly: implemented here for the types fields are
/// made of (numbers, `String`, `bool`, `Vec`, `BTreeMap<String, _>`, `Option` for nullable
/// items, `Box`, `serde_json::Value`) and by the macros below for each named type.
///
/// A type says which JSON values it is read from with the `from_*` methods (none, unless it
/// says so); [`Decode::read`] and [`Decode::read_optional`] dispatch on what arrives.
pub trait Decode: Sized {
    /// What the spec says the value is, for messages: `f64`, `a string`, `struct NaPlace`.
    const EXPECTED: &'static str;

    /// Whether a JSON array is read as this type, by [`Decode::from_seq`].
    const FROM_SEQ: bool = false;

    /// Whether a JSON object is read as this type, by [`Decode::from_map`].
    const FROM_MAP: bool = false;

    /// Reads a value that must be of this type (a required field, an item, a map's value).
    ///
    /// # Errors
    /// A value of another type, or the error inside it.
    fn read<'de, D: Deserializer<'de>>(deserializer: D, at: &At<'_>) -> Result<Self, D::Error> {
        match deserializer.deserialize_any(Visit::<Self>::new(at, true))? {
            Some(Found::Value(value)) => Ok(value),
            // The strict visitor fails rather than return these.
            Some(Found::Other(other)) => {
                Err(D::Error::invalid_type(unexpected(&other), &Self::EXPECTED))
            }
            Some(Found::Null) | None => {
                Err(D::Error::invalid_type(Unexpected::Unit, &Self::EXPECTED))
            }
        }
    }

    /// Reads the value of an optional field: [`Found::Null`] for `null`, a value of another
    /// type as it was received.
    ///
    /// # Errors
    /// The error inside a value of this type (an object missing a required field).
    fn read_optional<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &At<'_>,
    ) -> Result<Option<Found<Self>>, D::Error> {
        deserializer.deserialize_any(Visit::<Self>::new(at, false))
    }

    /// From a JSON boolean.
    fn from_bool(_value: bool) -> Option<Self> {
        None
    }

    /// From a JSON integer that fits an `i64`.
    fn from_i64(_value: i64) -> Option<Self> {
        None
    }

    /// From a JSON integer above `i64::MAX`, or any that is not negative.
    fn from_u64(_value: u64) -> Option<Self> {
        None
    }

    /// From a JSON number with a fraction or an exponent.
    fn from_f64(_value: f64) -> Option<Self> {
        None
    }

    /// From a JSON string.
    fn from_text(_text: &str) -> Option<Self> {
        None
    }

    /// From a JSON array, when [`Decode::FROM_SEQ`] says so.
    ///
    /// # Errors
    /// An error inside the array.
    fn from_seq<'de, A: SeqAccess<'de>>(_seq: A, _at: &At<'_>) -> Result<Self, A::Error> {
        Err(A::Error::invalid_type(Unexpected::Seq, &Self::EXPECTED))
    }

    /// From a JSON object, when [`Decode::FROM_MAP`] says so.
    ///
    /// # Errors
    /// An error inside the object.
    fn from_map<'de, A: MapAccess<'de>>(_map: A, _at: &At<'_>) -> Result<Self, A::Error> {
        Err(A::Error::invalid_type(Unexpected::Map, &Self::EXPECTED))
    }
}

/// Reads whatever arrives and asks `T` whether it is one: `None` for `null`. Strict, it
/// fails on `null` and on a value of another type; tolerant, it returns that value as
/// received.
struct Visit<'a, T> {
    at: &'a At<'a>,
    strict: bool,
    decoded: PhantomData<fn() -> T>,
}

impl<'a, T> Visit<'a, T> {
    fn new(at: &'a At<'a>, strict: bool) -> Self {
        Visit {
            at,
            strict,
            decoded: PhantomData,
        }
    }
}

impl<T: Decode> Visit<'_, T> {
    /// `value` if `T` took what arrived; else an error (strict) or what arrived.
    fn found<E: Error>(
        &self,
        value: Option<T>,
        unexpected: Unexpected<'_>,
        received: impl FnOnce() -> Value,
    ) -> Result<Option<Found<T>>, E> {
        match value {
            Some(value) => Ok(Some(Found::Value(value))),
            None if self.strict => Err(E::invalid_type(unexpected, &T::EXPECTED)),
            None => Ok(Some(Found::Other(Box::new(received())))),
        }
    }
}

impl<'de, T: Decode> Visitor<'de> for Visit<'_, T> {
    type Value = Option<Found<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        if self.strict {
            return Err(E::invalid_type(Unexpected::Unit, &T::EXPECTED));
        }
        Ok(Some(Found::Null))
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_bool<E: Error>(self, v: bool) -> Result<Self::Value, E> {
        self.found(T::from_bool(v), Unexpected::Bool(v), || Value::Bool(v))
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<Self::Value, E> {
        self.found(T::from_i64(v), Unexpected::Signed(v), || Value::from(v))
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<Self::Value, E> {
        self.found(T::from_u64(v), Unexpected::Unsigned(v), || Value::from(v))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<Self::Value, E> {
        self.found(T::from_f64(v), Unexpected::Float(v), || Value::from(v))
    }

    fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
        self.found(T::from_text(v), Unexpected::Str(v), || {
            Value::String(v.to_owned())
        })
    }

    fn visit_string<E: Error>(self, v: String) -> Result<Self::Value, E> {
        match T::from_text(&v) {
            Some(value) => Ok(Some(Found::Value(value))),
            None if self.strict => Err(E::invalid_type(Unexpected::Str(&v), &T::EXPECTED)),
            None => Ok(Some(Found::Other(Box::new(Value::String(v))))),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if T::FROM_SEQ {
            T::from_seq(seq, self.at).map(|value| Some(Found::Value(value)))
        } else if self.strict {
            Err(A::Error::invalid_type(Unexpected::Seq, &T::EXPECTED))
        } else {
            let other = Value::deserialize(SeqAccessDeserializer::new(seq))?;
            Ok(Some(Found::Other(Box::new(other))))
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        if T::FROM_MAP {
            T::from_map(map, self.at).map(|value| Some(Found::Value(value)))
        } else if self.strict {
            Err(A::Error::invalid_type(Unexpected::Map, &T::EXPECTED))
        } else {
            let other = Value::deserialize(MapAccessDeserializer::new(map))?;
            Ok(Some(Found::Other(Box::new(other))))
        }
    }
}

/// The seed of [`Decode::read`]: a `T` at this place.
struct Strict<'a, T>(&'a At<'a>, PhantomData<fn() -> T>);

/// A seed that reads a `T` at `at` with [`Decode::read`].
fn strict<'a, T>(at: &'a At<'a>) -> Strict<'a, T> {
    Strict(at, PhantomData)
}

impl<'de, T: Decode> DeserializeSeed<'de> for Strict<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::read(deserializer, self.0)
    }
}

/// The seed of [`Decode::read_optional`]: a `T` at this place, or what came instead.
struct Optional<'a, T>(&'a At<'a>, PhantomData<fn() -> T>);

impl<'de, T: Decode> DeserializeSeed<'de> for Optional<'_, T> {
    type Value = Option<Found<T>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        T::read_optional(deserializer, self.0)
    }
}

/// What serde's messages call a value: `string "low"`, `a sequence`.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (_, Some(i), _) => Unexpected::Signed(i),
            (_, _, f) => Unexpected::Float(f.unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// A value's JSON type, for warnings.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Whether `text` may be read as a number: it looks like a JSON number (a digit or `-`
/// first: no `+`, no space, no `inf`), and no `x-one-of` is looking for an exact fit.
fn number_text(text: &str) -> bool {
    text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) && MODE.get() != Mode::Strict
}

impl Decode for i64 {
    const EXPECTED: &'static str = "i64";

    fn from_i64(value: i64) -> Option<Self> {
        Some(value)
    }

    fn from_u64(value: u64) -> Option<Self> {
        i64::try_from(value).ok()
    }

    fn from_text(text: &str) -> Option<Self> {
        number_text(text).then(|| text.parse().ok()).flatten()
    }
}

impl Decode for i32 {
    const EXPECTED: &'static str = "i32";

    fn from_i64(value: i64) -> Option<Self> {
        i32::try_from(value).ok()
    }

    fn from_u64(value: u64) -> Option<Self> {
        i32::try_from(value).ok()
    }

    fn from_text(text: &str) -> Option<Self> {
        number_text(text).then(|| text.parse().ok()).flatten()
    }
}

impl Decode for u64 {
    const EXPECTED: &'static str = "u64";

    fn from_i64(value: i64) -> Option<Self> {
        u64::try_from(value).ok()
    }

    fn from_u64(value: u64) -> Option<Self> {
        Some(value)
    }

    fn from_text(text: &str) -> Option<Self> {
        number_text(text).then(|| text.parse().ok()).flatten()
    }
}

impl Decode for f64 {
    const EXPECTED: &'static str = "f64";

    fn from_i64(value: i64) -> Option<Self> {
        Some(value as f64)
    }

    fn from_u64(value: u64) -> Option<Self> {
        Some(value as f64)
    }

    fn from_f64(value: f64) -> Option<Self> {
        Some(value)
    }

    fn from_text(text: &str) -> Option<Self> {
        number_text(text)
            .then(|| text.parse::<f64>().ok())
            .flatten()
            .filter(|value| value.is_finite())
    }
}

impl Decode for f32 {
    const EXPECTED: &'static str = "f32";

    fn from_i64(value: i64) -> Option<Self> {
        Some(value as f32)
    }

    fn from_u64(value: u64) -> Option<Self> {
        Some(value as f32)
    }

    fn from_f64(value: f64) -> Option<Self> {
        Some(value as f32)
    }

    fn from_text(text: &str) -> Option<Self> {
        number_text(text)
            .then(|| text.parse::<f32>().ok())
            .flatten()
            .filter(|value| value.is_finite())
    }
}

impl Decode for String {
    const EXPECTED: &'static str = "a string";

    fn from_text(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

impl Decode for bool {
    const EXPECTED: &'static str = "a boolean";

    fn from_bool(value: bool) -> Option<Self> {
        Some(value)
    }
}

/// Any JSON: never of another type.
impl Decode for Value {
    const EXPECTED: &'static str = "any JSON value";

    fn read<'de, D: Deserializer<'de>>(deserializer: D, _at: &At<'_>) -> Result<Self, D::Error> {
        Value::deserialize(deserializer)
    }

    fn read_optional<'de, D: Deserializer<'de>>(
        deserializer: D,
        _at: &At<'_>,
    ) -> Result<Option<Found<Self>>, D::Error> {
        Ok(Some(match Value::deserialize(deserializer)? {
            Value::Null => Found::Null,
            value => Found::Value(value),
        }))
    }
}

/// An array: each item must be of its type.
impl<T: Decode> Decode for Vec<T> {
    const EXPECTED: &'static str = "a sequence";
    const FROM_SEQ: bool = true;

    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A, at: &At<'_>) -> Result<Self, A::Error> {
        // As serde does: no more room up front than a hostile length could waste.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        loop {
            let at = At::Index(at, items.len());
            match seq.next_element_seed(strict(&at))? {
                Some(item) => items.push(item),
                None => return Ok(items),
            }
        }
    }
}

/// A map (`additionalProperties` with a schema): each value must be of its type.
impl<T: Decode> Decode for BTreeMap<String, T> {
    const EXPECTED: &'static str = "a map";
    const FROM_MAP: bool = true;

    fn from_map<'de, A: MapAccess<'de>>(mut map: A, at: &At<'_>) -> Result<Self, A::Error> {
        let mut values = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(strict(&At::Key(at, &key)))?;
            values.insert(key, value);
        }
        Ok(values)
    }
}

/// A nullable item or map value (`x-nullable`): `null` or a `T`.
impl<T: Decode> Decode for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;

    fn read<'de, D: Deserializer<'de>>(deserializer: D, at: &At<'_>) -> Result<Self, D::Error> {
        deserializer.deserialize_option(Nullable::<T>(at, PhantomData))
    }

    fn read_optional<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &At<'_>,
    ) -> Result<Option<Found<Self>>, D::Error> {
        Ok(T::read_optional(deserializer, at)?.map(|found| found.map(Some)))
    }
}

/// Reads `null` as `None`, anything else as a `T` at this place.
struct Nullable<'a, T>(&'a At<'a>, PhantomData<fn() -> T>);

impl<'de, T: Decode> Visitor<'de> for Nullable<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "null or {}", T::EXPECTED)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        T::read(deserializer, self.0).map(Some)
    }
}

/// A field boxed to break a cycle of types: read as the type inside.
impl<T: Decode> Decode for Box<T> {
    const EXPECTED: &'static str = T::EXPECTED;

    fn read<'de, D: Deserializer<'de>>(deserializer: D, at: &At<'_>) -> Result<Self, D::Error> {
        T::read(deserializer, at).map(Box::new)
    }

    fn read_optional<'de, D: Deserializer<'de>>(
        deserializer: D,
        at: &At<'_>,
    ) -> Result<Option<Found<Self>>, D::Error> {
        Ok(T::read_optional(deserializer, at)?.map(|found| found.map(Box::new)))
    }
}

/// A struct of the generated models: the loop over its fields, which the generated code
/// writes out; `object!` makes it `Deserialize` and [`Decode`] with it.
pub trait Object: Decode {
    /// Where properties the spec does not list go: a `serde_json::Map` (kept as received),
    /// a `BTreeMap` of the `additionalProperties` schema's type, or [`Dropped`].
    type Rest: Rest + Default;

    /// Reads the properties of one JSON object.
    ///
    /// # Errors
    /// A required field missing or of another type, or an error inside a field's value.
    fn read_fields<'de, A: MapAccess<'de>>(fields: Fields<'_, A, Self>) -> Result<Self, A::Error>;
}

/// Reads an [`Object`] that must be one (the body of `object!`'s [`Decode::read`]).
///
/// # Errors
/// A value that is not a JSON object, or what [`Object::read_fields`] says.
pub fn read_object<'de, T: Object, D: Deserializer<'de>>(
    deserializer: D,
    at: &At<'_>,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor::<T>(at, PhantomData))
}

/// Reads an [`Object`] from the properties of a JSON object that arrived.
///
/// # Errors
/// What [`Object::read_fields`] says.
pub fn read_fields<'de, T: Object, A: MapAccess<'de>>(map: A, at: &At<'_>) -> Result<T, A::Error> {
    T::read_fields(Fields {
        map,
        at,
        rest: T::Rest::default(),
    })
}

/// Reads the fields of a `T` at this place.
struct ObjectVisitor<'a, T>(&'a At<'a>, PhantomData<fn() -> T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        read_fields(map, self.0)
    }
}

/// The properties of one JSON object being read into the struct `T`: the generated
/// [`Object::read_fields`] takes each key and says how its value is read.
pub struct Fields<'a, A, T: Object> {
    map: A,
    at: &'a At<'a>,
    rest: T::Rest,
}

impl<A, T: Object> fmt::Debug for Fields<'_, A, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field("at", &self.at.to_string())
            .finish_non_exhaustive()
    }
}

impl<A, T: Object> Fields<'_, A, T> {
    /// The next property's name; `None` after the last.
    ///
    /// # Errors
    /// The JSON's own errors.
    pub fn next_key<'de>(&mut self) -> Result<Option<Key<'de>>, A::Error>
    where
        A: MapAccess<'de>,
    {
        self.map.next_key()
    }

    /// Reads the value of a required field: it must be of the field's type (a number may be
    /// its text). [`Fields::present`] then says whether it came.
    ///
    /// # Errors
    /// A value of another type, or an error inside it; the field twice.
    pub fn required<'de, V: Decode>(
        &mut self,
        wire: &'static str,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(wire));
        }
        let at = At::Key(self.at, wire);
        *slot = Some(self.map.next_value_seed(strict(&at))?);
        Ok(())
    }

    /// Reads the value of a field that may be `null` but not of another type: a required
    /// `x-nullable` field, or an optional `x-strict` one.
    ///
    /// # Errors
    /// A value of another type, or an error inside it.
    pub fn strict<'de, V: Decode>(
        &mut self,
        wire: &'static str,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        let at = At::Key(self.at, wire);
        *slot = self.map.next_value_seed(strict::<Option<V>>(&at))?;
        Ok(())
    }

    /// Reads the value of an optional field that may be `null` but not of another type (an
    /// optional `x-nullable` or `x-strict` one): `null` leaves it `None` and is kept, as
    /// [`Fields::optional`] keeps it, so that encoding again writes it.
    ///
    /// # Errors
    /// A value of another type, or an error inside it.
    pub fn optional_strict<'de, V: Decode>(
        &mut self,
        wire: &'static str,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        self.strict(wire, slot)?;
        if slot.is_none() {
            self.rest.keep(wire, Value::Null, &At::Key(self.at, wire));
        }
        Ok(())
    }

    /// Reads the value of an optional field: `null` leaves it `None`, and so does a value of
    /// another type, which is kept as received in the struct's map of unlisted properties
    /// (or dropped, where it has none), with a warning. A `null` is kept there too, without
    /// a warning, so that encoding again writes it.
    ///
    /// # Errors
    /// An error inside a value of the field's type; the field twice.
    pub fn optional<'de, V: Decode>(
        &mut self,
        wire: &'static str,
        slot: &mut Option<V>,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(wire));
        }
        let at = At::Key(self.at, wire);
        match self.map.next_value_seed(Optional::<V>(&at, PhantomData))? {
            None => {}
            Some(Found::Value(value)) => *slot = Some(value),
            // Not "another type": absent and `null` both mean no value; kept so that
            // encoding again writes it back (the two are told apart on the wire).
            Some(Found::Null) => {
                self.rest.keep(wire, Value::Null, &at);
            }
            Some(Found::Other(other)) => {
                let mode = MODE.get();
                if mode == Mode::Strict {
                    return Err(A::Error::invalid_type(unexpected(&other), &V::EXPECTED));
                }
                let received = json_type(&other);
                let kept = self.rest.keep(wire, *other, &at);
                if mode == Mode::Warn {
                    warn(short_name::<T>(), wire, &at, V::EXPECTED, received, kept);
                }
            }
        }
        Ok(())
    }

    /// Reads the value of a property the spec does not list, into the struct's map of them
    /// (or nowhere, where it has none).
    ///
    /// # Errors
    /// A value that is not of a typed map's type; the JSON's own errors.
    pub fn unlisted<'de>(&mut self, key: Key<'de>) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
    {
        self.rest.unlisted(key, &mut self.map, self.at)
    }

    /// The value of a required field, which must have come.
    ///
    /// # Errors
    /// `missing field`, when it did not.
    pub fn present<'de, V>(&self, wire: &'static str, value: Option<V>) -> Result<V, A::Error>
    where
        A: MapAccess<'de>,
    {
        value.ok_or_else(|| A::Error::missing_field(wire))
    }

    /// The properties the spec does not list, for the struct's map of them.
    pub fn rest(self) -> T::Rest {
        self.rest
    }
}

/// Which optional lists of a struct came on the wire, so that one that came empty (`[]`) is
/// written again and one that did not come is not: the struct's field is a plain `Vec`
/// either way (empty when absent), and encoding loses nothing. Bit `i` is the struct's
/// `i`-th such list; a generated struct has at most 64 (more stay `Option<Vec<_>>`).
///
/// It is bookkeeping, not data: every `Present` equals every other, so two structs with
/// the same fields are equal however they were made.
#[derive(Clone, Copy, Default)]
pub struct Present(u64);

impl Present {
    /// The record of lists that came: `came[i]` for the `i`-th.
    pub fn of(came: &[bool]) -> Self {
        Present(
            came.iter()
                .take(64)
                .enumerate()
                .fold(0, |bits, (i, &came)| bits | (u64::from(came) << i)),
        )
    }

    /// Whether the `i`-th list came (then it is written, even empty).
    pub fn has(self, i: u32) -> bool {
        i < 64 && self.0 & (1 << i) != 0
    }
}

impl PartialEq for Present {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for Present {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Present({:#b})", self.0)
    }
}

/// The warning for an optional field of another type: where, what the spec says, what came,
/// and where the value went.
fn warn(owner: &str, wire: &str, at: &At<'_>, expected: &str, received: &str, kept: bool) {
    let fate = if kept {
        "the value is kept as received with the unlisted properties (`extra`)"
    } else {
        "the value is dropped: the struct keeps no unlisted property of this type"
    };
    tracing::warn!(
        json_path = %at,
        rust_type = owner,
        field = wire,
        "{owner}.{wire} at {at}: the spec says {expected}, the answer has {received}; the field is None, {fate}"
    );
}

/// `Place` for `models::generated::Place`.
fn short_name<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

/// A property name, borrowed from the input where it can be.
#[derive(Debug)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }

            fn visit_str<E: Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Where an object's unlisted properties go: see [`Object::Rest`].
pub trait Rest {
    /// Reads the value of a property the spec does not list.
    ///
    /// # Errors
    /// A value that is not of a typed map's type; the JSON's own errors.
    fn unlisted<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
        at: &At<'_>,
    ) -> Result<(), A::Error>;

    /// Keeps the value of a listed optional field that is not of the field's type, under
    /// its wire name; whether it could.
    fn keep(&mut self, wire: &str, value: Value, at: &At<'_>) -> bool;
}

/// Kept as received (no `additionalProperties`, or `true`).
impl Rest for Map<String, Value> {
    fn unlisted<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
        _at: &At<'_>,
    ) -> Result<(), A::Error> {
        let value = map.next_value()?;
        self.insert(key.0.into_owned(), value);
        Ok(())
    }

    fn keep(&mut self, wire: &str, value: Value, _at: &At<'_>) -> bool {
        self.insert(wire.to_owned(), value);
        true
    }
}

/// Of the `additionalProperties` schema's type, which each value must have.
impl<T: Decode> Rest for BTreeMap<String, T> {
    fn unlisted<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
        at: &At<'_>,
    ) -> Result<(), A::Error> {
        let value = map.next_value_seed(strict(&At::Key(at, key.as_str())))?;
        self.insert(key.0.into_owned(), value);
        Ok(())
    }

    fn keep(&mut self, wire: &str, value: Value, at: &At<'_>) -> bool {
        match T::read(&value, at) {
            Ok(value) => {
                self.insert(wire.to_owned(), value);
                true
            }
            Err(_) => false,
        }
    }
}

/// The unlisted properties of an object whose schema says `additionalProperties: false`:
/// skipped, as serde skips unknown fields.
#[derive(Debug, Default)]
pub struct Dropped;

impl Rest for Dropped {
    fn unlisted<'de, A: MapAccess<'de>>(
        &mut self,
        _key: Key<'de>,
        map: &mut A,
        _at: &At<'_>,
    ) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(|_| ())
    }

    fn keep(&mut self, _wire: &str, _value: Value, _at: &At<'_>) -> bool {
        false
    }
}

/// A type decoded from a whole JSON value, read first: discriminated types (which look at
/// the discriminator) and `x-one-of` types (which try each shape).
pub trait FromJson: Sized {
    /// The value as this type.
    ///
    /// # Errors
    /// When it is not one.
    fn from_json(value: &Value, at: &At<'_>) -> Result<Self, serde_json::Error>;
}

/// Reads `value` as a `T`: what the generated [`FromJson`] impls call for each shape.
///
/// # Errors
/// When it is not one.
pub fn read<T: Decode>(value: &Value, at: &At<'_>) -> Result<T, serde_json::Error> {
    T::read(value, at)
}

/// One shape of an `x-one-of` type: the value read as that shape.
pub type Shape<T> = fn(&Value, &At<'_>) -> Result<T, serde_json::Error>;

/// An `x-one-of` value (`name` is the type's): the first of `shapes` that fits exactly, as
/// serde's `untagged` would choose; when none does, the first that fits tolerantly.
///
/// # Errors
/// When no shape fits: serde's message for an untagged enum.
pub fn first_fit<T>(
    value: &Value,
    at: &At<'_>,
    name: &str,
    shapes: &[Shape<T>],
) -> Result<T, serde_json::Error> {
    let first_fit = |mode| {
        with_mode(mode, || {
            shapes.iter().find_map(|shape| shape(value, at).ok())
        })
    };
    let found = match MODE.get() {
        // Inside another one-of's search: one pass, as that search reads.
        search @ (Mode::Strict | Mode::Quiet) => first_fit(search),
        Mode::Warn => first_fit(Mode::Strict).or_else(|| {
            // Found quietly, then read once more so that its warnings are emitted once.
            let fits = with_mode(Mode::Quiet, || {
                shapes.iter().position(|shape| shape(value, at).is_ok())
            })?;
            shapes[fits](value, at).ok()
        }),
    };
    found.ok_or_else(|| {
        serde_json::Error::custom(format_args!(
            "data did not match any variant of untagged enum {name}"
        ))
    })
}

/// How tolerant reading is on this thread: an `x-one-of` first looks for a shape that fits
/// exactly, then for one that fits tolerantly, without warnings for the shapes it rejects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Tolerant, with warnings.
    Warn,
    /// Tolerant, without warnings.
    Quiet,
    /// Not tolerant: as serde's derived code reads.
    Strict,
}

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Warn) };
}

/// Runs `f` without the warnings of tolerated values: for a second reading of what was read
/// once already (to say where an answer failed), which would repeat them.
pub(crate) fn quietly<R>(f: impl FnOnce() -> R) -> R {
    with_mode(Mode::Quiet, f)
}

/// Runs `f` in `mode`, then restores the mode before (even if `f` panics).
fn with_mode<R>(mode: Mode, f: impl FnOnce() -> R) -> R {
    struct Restore(Mode);

    impl Drop for Restore {
        fn drop(&mut self) {
            MODE.set(self.0);
        }
    }

    let _restore = Restore(MODE.replace(mode));
    f()
}

/// Makes a struct that implements [`Object`] `Deserialize` and [`Decode`]. Generated
/// models invoke it as `tolerant::object!(Name)`.
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_object {
    ($name:ident) => {
        impl<'de> $crate::tolerant::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                $crate::tolerant::read_object(deserializer, &$crate::tolerant::At::Root)
            }
        }

        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = concat!("struct ", stringify!($name));
            const FROM_MAP: bool = true;

            fn read<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, D::Error> {
                $crate::tolerant::read_object(deserializer, at)
            }

            fn from_map<'de, A: $crate::tolerant::__serde::de::MapAccess<'de>>(
                map: A,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, A::Error> {
                $crate::tolerant::read_fields(map, at)
            }
        }
    };
}

/// Makes a discriminated type that implements [`FromJson`] `Deserialize` and [`Decode`]:
/// an object, read whole, then as the subtype its discriminator names.
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_tagged {
    ($name:ident) => {
        impl<'de> $crate::tolerant::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::tolerant::__serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <Self as $crate::tolerant::Decode>::read(deserializer, &$crate::tolerant::At::Root)
            }
        }

        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = concat!("struct ", stringify!($name));
            const FROM_MAP: bool = true;

            fn read<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, D::Error> {
                let value = <$crate::tolerant::__serde_json::Value as $crate::tolerant::__serde::Deserialize>::deserialize(deserializer)?;
                <Self as $crate::tolerant::FromJson>::from_json(&value, at)
                    .map_err(<D::Error as $crate::tolerant::__serde::de::Error>::custom)
            }

            fn from_map<'de, A: $crate::tolerant::__serde::de::MapAccess<'de>>(
                map: A,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, A::Error> {
                let value = <$crate::tolerant::__serde_json::Value as $crate::tolerant::__serde::Deserialize>::deserialize(
                    $crate::tolerant::__serde::de::value::MapAccessDeserializer::new(map),
                )?;
                <Self as $crate::tolerant::FromJson>::from_json(&value, at)
                    .map_err(<A::Error as $crate::tolerant::__serde::de::Error>::custom)
            }
        }
    };
}

/// Makes an `x-one-of` type that implements [`FromJson`] `Deserialize` and [`Decode`]:
/// read whole, then as each shape in turn; an optional field that fits no shape is a
/// value of another type.
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_one_of {
    ($name:ident) => {
        impl<'de> $crate::tolerant::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::tolerant::__serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <Self as $crate::tolerant::Decode>::read(deserializer, &$crate::tolerant::At::Root)
            }
        }

        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = stringify!($name);

            fn read<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, D::Error> {
                let value = <$crate::tolerant::__serde_json::Value as $crate::tolerant::__serde::Deserialize>::deserialize(deserializer)?;
                <Self as $crate::tolerant::FromJson>::from_json(&value, at)
                    .map_err(<D::Error as $crate::tolerant::__serde::de::Error>::custom)
            }

            fn read_optional<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                at: &$crate::tolerant::At<'_>,
            ) -> Result<Option<$crate::tolerant::Found<Self>>, D::Error> {
                let value =
                    <Option<$crate::tolerant::__serde_json::Value> as $crate::tolerant::__serde::Deserialize>::deserialize(deserializer)?;
                Ok(Some(match value {
                    None => $crate::tolerant::Found::Null,
                    Some(value) => match <Self as $crate::tolerant::FromJson>::from_json(&value, at) {
                        Ok(decoded) => $crate::tolerant::Found::Value(decoded),
                        Err(_) => $crate::tolerant::Found::Other(Box::new(value)),
                    },
                }))
            }
        }
    };
}

/// Makes a string enum (`From<&str>`) [`Decode`]: any string is one.
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_string_enum {
    ($name:ident) => {
        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = "a string";

            fn from_text(text: &str) -> Option<Self> {
                Some(Self::from(text))
            }
        }
    };
}

/// Makes an integer enum (`From<i64>`) [`Decode`]: any `i64` is one, or its text.
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_integer_enum {
    ($name:ident) => {
        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = "i64";

            fn from_i64(value: i64) -> Option<Self> {
                Some(Self::from(value))
            }

            fn from_u64(value: u64) -> Option<Self> {
                <i64 as $crate::tolerant::Decode>::from_u64(value).map(Self::from)
            }

            fn from_text(text: &str) -> Option<Self> {
                <i64 as $crate::tolerant::Decode>::from_text(text).map(Self::from)
            }
        }
    };
}

/// Makes a type that holds any JSON value (`Deserialize`) [`Decode`].
#[doc(hidden)]
#[macro_export]
macro_rules! __tolerant_any_value {
    ($name:ident) => {
        impl $crate::tolerant::Decode for $name {
            const EXPECTED: &'static str = "any JSON value";

            fn read<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                _at: &$crate::tolerant::At<'_>,
            ) -> Result<Self, D::Error> {
                <Self as $crate::tolerant::__serde::Deserialize>::deserialize(deserializer)
            }

            fn read_optional<'de, D: $crate::tolerant::__serde::Deserializer<'de>>(
                deserializer: D,
                _at: &$crate::tolerant::At<'_>,
            ) -> Result<Option<$crate::tolerant::Found<Self>>, D::Error> {
                let value = <Option<Self> as $crate::tolerant::__serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                Ok(Some(value.map_or(
                    $crate::tolerant::Found::Null,
                    $crate::tolerant::Found::Value,
                )))
            }
        }
    };
}

pub use {
    __tolerant_any_value as any_value, __tolerant_integer_enum as integer_enum,
    __tolerant_object as object, __tolerant_one_of as one_of,
    __tolerant_string_enum as string_enum, __tolerant_tagged as tagged,
};

// What the macros name, reachable wherever they expand.
#[doc(hidden)]
pub use serde as __serde;
#[doc(hidden)]
pub use serde_json as __serde_json;

#[cfg(test)]
mod tests {
    use super::*;

    fn number<T: Decode + fmt::Debug + PartialEq>(json: Value) -> Option<T> {
        match T::read_optional(&json, &At::Root) {
            Ok(Some(Found::Value(value))) => Some(value),
            _ => None,
        }
    }

    #[test]
    fn numbers_are_read_from_their_text_and_only_from_the_text_of_a_number() {
        assert_eq!(number::<f64>(Value::from("0.0600")), Some(0.06));
        assert_eq!(number::<f64>(Value::from("-1e3")), Some(-1000.0));
        assert_eq!(number::<f32>(Value::from("21.5")), Some(21.5));
        assert_eq!(
            number::<i64>(Value::from("1700000000")),
            Some(1_700_000_000)
        );
        assert_eq!(number::<i32>(Value::from("-12")), Some(-12));
        for text in [
            "", " 1", "1 ", "+1", "NaN", "-inf", "infinity", "1e999", "0x10", "1,5",
        ] {
            assert_eq!(number::<f64>(Value::from(text)), None, "{text:?}");
        }
        for text in ["1.5", "1e3", "4294967296", "-"] {
            assert_eq!(number::<i32>(Value::from(text)), None, "{text:?}");
        }
        assert_eq!(number::<f32>(Value::from("1e39")), None, "beyond f32");
        // Numbers themselves, as serde reads them.
        assert_eq!(number::<f64>(Value::from(27)), Some(27.0));
        assert_eq!(number::<i64>(Value::from(27.0)), None);
        assert_eq!(number::<i32>(Value::from(u64::MAX)), None);
    }

    #[test]
    fn a_one_of_looking_for_an_exact_fit_reads_no_number_from_text() {
        let exact = with_mode(Mode::Strict, || number::<f64>(Value::from("1.5")));
        assert_eq!(exact, None);
        assert_eq!(MODE.get(), Mode::Warn, "the mode before is restored");
        let caught = std::panic::catch_unwind(|| with_mode(Mode::Quiet, || panic!("inside")));
        assert!(caught.is_err());
        assert_eq!(MODE.get(), Mode::Warn, "restored after a panic too");
    }

    #[test]
    fn present_records_which_lists_came_and_is_no_part_of_equality() {
        let record = Present::of(&[true, false, true]);
        assert!(record.has(0) && !record.has(1) && record.has(2) && !record.has(3));
        assert!(!record.has(64) && !record.has(u32::MAX));
        assert_eq!(record, Present::default());
        let all = Present::of(&[true; 70]);
        assert!(all.has(63) && !all.has(64));
    }

    #[test]
    fn paths_read_as_serde_path_to_error_writes_them() {
        let body = At::Key(&At::Root, "body");
        let devices = At::Key(&body, "devices");
        let first = At::Index(&devices, 0);
        assert_eq!(At::Key(&first, "_id").to_string(), "body.devices[0]._id");
        assert_eq!(At::Index(&At::Root, 2).to_string(), "[2]");
        assert_eq!(At::Root.to_string(), ".");
    }
}
