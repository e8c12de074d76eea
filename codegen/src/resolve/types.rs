//! Schemas -> types.

use crate::diagnostics::{Code, Pointer};
use crate::ir::{
    Additional, Alternative, Docs, Enum, Field, Name, Note, OpaqueReason, Primitive, StringFormat,
    Struct, TypeDef, TypeId, TypeKind, TypeRef, Variant,
};
use crate::load::swagger::{AdditionalProperties, Extensions, Schema, SimpleType};
use crate::names::{self, Scope};

use super::Resolver;

pub(super) const DEFINITIONS: &str = "#/definitions/";

/// How deep `allOf` parts may refer to definitions with `allOf` of their own.
const MAX_ALL_OF_DEPTH: usize = 64;

/// Extension: a value of one of several shapes, given as an array of schemas. Swagger 2.0
/// has no `oneOf`, and some APIs answer an array or an object depending on a
/// parameter. Decoding tries the shapes in order; each alternative's `title` names it.
const ONE_OF: &str = "x-one-of";

/// Whether `at` is a definition itself (`#/definitions/Mode`), not a place inside one.
fn is_definition(at: &Pointer) -> bool {
    at.as_json_pointer()
        .strip_prefix("/definitions/")
        .is_some_and(|name| !name.contains('/'))
}

/// On a property: the Rust name of its field, instead of one derived from the wire name
/// (which stays the key on the wire). For a name the derivation makes badly, or twice.
const FIELD_NAME: &str = "x-field-name";

/// On a schema (a definition, an inline object or enum, a parameter): the Rust name of its
/// type, instead of one derived from where it is.
const TYPE_NAME: &str = "x-type-name";

/// At the spec's root: a prefix of definition names left out of their Rust names.
const TYPE_PREFIX: &str = "x-type-prefix";

impl<'s> Resolver<'s, '_> {
    /// Gives every definition its name and slot, in the spec's order. Names chosen with
    /// `x-type-name` are given first, so that no derived name takes one of them.
    pub(super) fn declare_definitions(&mut self) {
        let spec = self.spec;
        let chosen: Vec<Option<(String, String)>> = spec
            .definitions
            .values()
            .map(|schema| {
                let name = self.chosen_name(&schema.extensions, &schema.at)?;
                Some((self.claim_chosen(name.clone(), &schema.at), name))
            })
            .collect();
        let prefix = self.type_prefix();
        for ((key, schema), chosen) in spec.definitions.iter().zip(chosen) {
            let (rust, wanted) = match chosen {
                Some((rust, wanted)) => (Some(rust), Some(wanted)),
                None => (None, None),
            };
            let rust = rust.unwrap_or_else(|| {
                let derived = match &prefix {
                    Some(prefix) => key
                        .strip_prefix(prefix.as_str())
                        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
                        .unwrap_or(key),
                    None => key,
                };
                self.type_names.claim(names::type_name(derived))
            });
            let id = self.push_type(rust, key, &schema.at, docs_of(schema));
            let def = &mut self.types[id.0];
            if !def.docs.has_prose() && def.name.rust != *key {
                def.docs.notes.push(Note::SpecName(key.clone()));
            }
            if let Some(wanted) = wanted
                && self.types[id.0].name.rust == wanted
            {
                self.chosen.insert(wanted, id);
            }
            self.by_ref
                .insert(format!("{DEFINITIONS}{}", escape_token(key)), id);
        }
    }

    /// `x-type-prefix` at the spec's root: a prefix every definition name carries that says
    /// nothing in Rust (`NA` of `NAMain`), left out of the names derived from them.
    fn type_prefix(&mut self) -> Option<String> {
        let value = self.spec.extensions.get(TYPE_PREFIX)?;
        match value.as_str() {
            Some(prefix) if !prefix.is_empty() => Some(prefix.to_owned()),
            _ => {
                self.diags.warn(
                    Code::InvalidValue,
                    &Pointer::root().join(TYPE_PREFIX),
                    format!("`{TYPE_PREFIX}` must be a non-empty string: ignored"),
                );
                None
            }
        }
    }

    /// The Rust name a person chose for the type of a schema (`x-type-name`), if it is one
    /// (an `UpperCamelCase` identifier that is not a keyword or a name generated code uses).
    fn chosen_name(&mut self, extensions: &Extensions, at: &Pointer) -> Option<String> {
        let value = extensions.get(TYPE_NAME)?;
        match value.as_str() {
            Some(name) if names::type_name(name) == name => Some(name.to_owned()),
            _ => {
                self.diags.warn(
                    Code::InvalidValue,
                    &at.join(TYPE_NAME),
                    format!(
                        "`{TYPE_NAME}` must be an UpperCamelCase Rust type name (like `{}`) that generated code does not use itself: ignored",
                        names::type_name(value.as_str().unwrap_or("Name"))
                    ),
                );
                None
            }
        }
    }

    /// Claims a chosen name; one chosen twice for different types gets a number, with a
    /// warning.
    fn claim_chosen(&mut self, name: String, at: &Pointer) -> String {
        let claimed = self.type_names.claim(name.clone());
        if claimed != name {
            self.diags.warn(
                Code::Duplicate,
                &at.join(TYPE_NAME),
                format!(
                    "`{name}` is taken by another type: this one is `{claimed}` (one name can be shared only by enums with the same values)"
                ),
            );
        }
        claimed
    }

    /// Works out what each definition is.
    pub(super) fn define_definitions(&mut self) {
        let spec = self.spec;
        // Enums that chose a name are defined first: an inline enum that chooses the same
        // name for the same values is then one type with them, wherever they stand.
        let named_enum = |schema: &Schema| {
            schema.extensions.contains_key(TYPE_NAME)
                && schema.enum_values.is_some()
                && schema.reference.is_none()
                && schema.all_of.is_empty()
                && schema.properties.is_empty()
                && !schema.extensions.contains_key(ONE_OF)
        };
        let count = spec.definitions.len();
        let (first, then): (Vec<usize>, Vec<usize>) =
            (0..count).partition(|&i| named_enum(&spec.definitions[i]));
        for i in first.into_iter().chain(then) {
            let (key, schema) = spec.definitions.get_index(i).expect("an index of the map");
            let id = TypeId(i);
            let kind = self.named_kind(schema, id);
            let kind = self.discriminated(key, schema, id, kind);
            self.types[id.0].kind = kind;
        }
    }

    /// Reserves a type name and a slot for a type defined later.
    pub(super) fn declare(&mut self, wire: &str, source: &Pointer, docs: Docs) -> TypeId {
        let rust = self.type_names.claim(names::type_name(wire));
        self.push_type(rust, wire, source, docs)
    }

    /// As [`Resolver::declare`], with the name a person chose (`x-type-name`), if any.
    fn declare_chosen(
        &mut self,
        wire: &str,
        chosen: Option<String>,
        source: &Pointer,
        docs: Docs,
    ) -> TypeId {
        match chosen {
            Some(name) => {
                let rust = self.claim_chosen(name.clone(), source);
                let id = self.push_type(rust.clone(), wire, source, docs);
                if rust == name {
                    self.chosen.insert(name, id);
                }
                id
            }
            None => self.declare(wire, source, docs),
        }
    }

    /// The named type for an enum written at `at`, whose kind `kind` works out: one per
    /// place in the spec, and one for every place that chose the same `x-type-name` for the
    /// same values (a parameter and a property holding the same modes, say).
    fn named_enum(
        &mut self,
        at: &Pointer,
        extensions: &Extensions,
        name_hint: &str,
        docs: Docs,
        kind: impl FnOnce(&mut Self) -> TypeKind,
    ) -> TypeId {
        if let Some(id) = self.hoisted.get(at) {
            return *id;
        }
        let kind = kind(self);
        let chosen = self.chosen_name(extensions, at);
        if let Some(name) = &chosen
            && let Some(&id) = self.chosen.get(name)
            && self.types.get(id.0).is_some_and(|t| t.kind == kind)
        {
            // A place's docs may be about that place only ("Temperature trend"); a
            // definition's are about the type itself, and win.
            let first_is_definition =
                is_definition(&self.types[id.0].source) && self.types[id.0].docs.has_prose();
            let shared = &mut self.types[id.0].docs;
            if *shared != docs && !first_is_definition {
                *shared = if is_definition(at) && docs.has_prose() {
                    docs
                } else {
                    Docs {
                        notes: vec![Note::SharedValues(name.clone())],
                        ..Docs::default()
                    }
                };
            }
            self.hoisted.insert(at.clone(), id);
            return id;
        }
        let id = self.declare_chosen(name_hint, chosen, at, docs);
        self.hoisted.insert(at.clone(), id);
        self.types[id.0].kind = kind;
        id
    }

    /// A slot for a type named `rust` (already claimed).
    pub(super) fn push_type(
        &mut self,
        rust: String,
        wire: &str,
        source: &Pointer,
        docs: Docs,
    ) -> TypeId {
        self.types.push(TypeDef {
            name: Name {
                rust,
                wire: wire.to_owned(),
            },
            source: source.clone(),
            docs,
            kind: TypeKind::Opaque,
        });
        TypeId(self.types.len() - 1)
    }

    /// The named type for an inline schema (an object or enum inside another type): made
    /// once per place in the spec, so that the subtypes that inherit a property through
    /// `allOf` share its type rather than each getting a copy.
    fn hoist(&mut self, schema: &Schema, name_hint: &str) -> TypeId {
        if let Some(id) = self.hoisted.get(&schema.at) {
            return *id;
        }
        let chosen = self.chosen_name(&schema.extensions, &schema.at);
        let id = self.declare_chosen(name_hint, chosen, &schema.at, docs_of(schema));
        self.hoisted.insert(schema.at.clone(), id);
        let kind = self.named_kind(schema, id);
        self.types[id.0].kind = kind;
        id
    }

    /// What a schema is when it has a name of its own.
    fn named_kind(&mut self, schema: &Schema, id: TypeId) -> TypeKind {
        let name = self.types[id.0].name.rust.clone();
        if schema.reference.is_none() {
            if let Some(alternatives) = schema.extensions.get(ONE_OF) {
                return self.one_of(schema, alternatives, &name);
            }
            if let Some(only) = single_all_of(schema)
                && !self.refers_to_discriminated(only)
            {
                return TypeKind::Alias(self.type_ref(only, &name));
            }
            if !schema.all_of.is_empty() {
                return self.all_of(schema, &name);
            }
            if let Some(values) = &schema.enum_values
                && schema.ty.as_deref().unwrap_or("string") == "string"
            {
                return self.string_enum(values, &schema.at);
            }
            if let (Some(values), Some("integer")) = (&schema.enum_values, schema.ty.as_deref()) {
                return self.integer_enum(
                    values,
                    schema.extensions.get("x-enum-varnames"),
                    &schema.at,
                );
            }
            if is_object(schema) && !schema.properties.is_empty() {
                return TypeKind::Struct(self.object(schema, &name, &schema.required));
            }
        }
        match self.type_ref(schema, &name) {
            TypeRef::Any if schema.reference.is_none() && schema.ty.is_none() => {
                self.types[id.0]
                    .docs
                    .notes
                    .push(Note::Opaque(OpaqueReason::NoShape));
                TypeKind::Opaque
            }
            other => TypeKind::Alias(other),
        }
    }

    /// The type of a schema where it is used (a property, an array's items, a body).
    /// Objects and enums written inline become named types called `name_hint`.
    pub(super) fn type_ref(&mut self, schema: &Schema, name_hint: &str) -> TypeRef {
        let ty = self.inline_type_ref(schema, name_hint);
        // A name chosen for a schema that makes no type of its own (a `$ref`, a string, a
        // list) names nothing: say so rather than drop it unseen.
        if schema.extensions.contains_key(TYPE_NAME)
            && !matches!(&ty, TypeRef::Named(id) if self.hoisted.get(&schema.at) == Some(id))
        {
            self.diags.warn(
                Code::InvalidValue,
                &schema.at.join(TYPE_NAME),
                format!(
                    "`{TYPE_NAME}` names the type of an object or enum written here; this schema makes none (a reference, a primitive, a list or a map): ignored"
                ),
            );
        }
        ty
    }

    fn inline_type_ref(&mut self, schema: &Schema, name_hint: &str) -> TypeRef {
        if let Some(reference) = &schema.reference {
            return self.reference(reference, &schema.at.join("$ref"));
        }
        if let Some(only) = single_all_of(schema) {
            return self.type_ref(only, name_hint);
        }
        if !schema.all_of.is_empty() || schema.extensions.contains_key(ONE_OF) {
            return TypeRef::Named(self.hoist(schema, name_hint));
        }
        if let Some(values) = &schema.enum_values
            && schema.ty.as_deref().unwrap_or("string") == "string"
            && schema.properties.is_empty()
        {
            let docs = docs_of(schema);
            return TypeRef::Named(self.named_enum(
                &schema.at,
                &schema.extensions,
                name_hint,
                docs,
                |r| r.string_enum(values, &schema.at),
            ));
        }
        match schema.ty.as_deref() {
            Some("string") => TypeRef::Primitive(Primitive::String),
            Some("boolean") => TypeRef::Primitive(Primitive::Bool),
            Some("integer") => self.integer(
                schema.format.as_deref(),
                schema.enum_values.as_deref(),
                &schema.extensions,
                &schema.at,
                name_hint,
                None,
            ),
            Some("number") => TypeRef::Primitive(number(schema.format.as_deref())),
            Some("array") => match &schema.items {
                Some(items) => TypeRef::Array(Box::new(
                    self.nullable_ref(items, &format!("{name_hint}Item")),
                )),
                None => {
                    self.diags.warn(
                        Code::MissingField,
                        &schema.at,
                        "an array without `items`: its items are free-form JSON",
                    );
                    TypeRef::Array(Box::new(TypeRef::Any))
                }
            },
            Some("file") => {
                self.diags.warn(
                    Code::Unsupported,
                    &schema.at.join("type"),
                    "`type: file` is not supported yet: the value is free-form JSON",
                );
                TypeRef::Any
            }
            Some("null") => TypeRef::Any,
            Some("object") | None if !schema.properties.is_empty() => {
                TypeRef::Named(self.hoist(schema, name_hint))
            }
            Some("object") | None => match &schema.additional_properties {
                Some(AdditionalProperties::Schema(values)) => TypeRef::Map(Box::new(
                    self.nullable_ref(values, &format!("{name_hint}Value")),
                )),
                Some(AdditionalProperties::Allowed(true)) => TypeRef::Map(Box::new(TypeRef::Any)),
                _ => TypeRef::Any,
            },
            Some(_) => TypeRef::Any,
        }
    }

    /// The type of the non-body parameter named `parameter`, or of its `items`. `None` when
    /// the spec gives no `type` (the caller says what that means).
    pub(super) fn simple_type_ref(
        &mut self,
        simple: &SimpleType,
        name_hint: &str,
        parameter: &str,
    ) -> Option<TypeRef> {
        let ty = simple.ty.as_deref()?;
        Some(match ty {
            "string" if simple.enum_values.is_some() => {
                // A parameter shared by several operations (path-level, or `$ref`) is one type.
                let values = simple.enum_values.as_deref().unwrap_or_default();
                let origin = Docs {
                    notes: vec![Note::ParameterValues(parameter.to_owned())],
                    ..Docs::default()
                };
                TypeRef::Named(self.named_enum(
                    &simple.at,
                    &simple.extensions,
                    name_hint,
                    origin,
                    |r| r.string_enum(values, &simple.at),
                ))
            }
            "string" => TypeRef::Primitive(Primitive::String),
            "boolean" => TypeRef::Primitive(Primitive::Bool),
            "integer" => self.integer(
                simple.format.as_deref(),
                simple.enum_values.as_deref(),
                &simple.extensions,
                &simple.at,
                name_hint,
                Some(parameter),
            ),
            "number" => TypeRef::Primitive(number(simple.format.as_deref())),
            "array" => match &simple.items {
                Some(items)
                    if items.ty.as_deref() == Some("array")
                        && items
                            .items
                            .as_ref()
                            .is_some_and(|inner| inner.ty.as_deref() == Some("array")) =>
                {
                    self.diags.warn(
                        Code::Unsupported,
                        &items.at,
                        "arrays nested three deep are not supported in parameters: the innermost arrays are sent as strings",
                    );
                    TypeRef::Array(Box::new(TypeRef::Array(Box::new(TypeRef::Primitive(
                        Primitive::String,
                    )))))
                }
                Some(items) => TypeRef::Array(Box::new(
                    self.simple_type_ref(items, &format!("{name_hint}Item"), parameter)
                        .unwrap_or(TypeRef::Primitive(Primitive::String)),
                )),
                None => {
                    self.diags.warn(
                        Code::MissingField,
                        &simple.at,
                        "an array without `items`: its items are sent as strings",
                    );
                    TypeRef::Array(Box::new(TypeRef::Primitive(Primitive::String)))
                }
            },
            other => {
                self.diags.warn(
                    Code::Unsupported,
                    &simple.at.join("type"),
                    format!(
                        "`type: {other}` is not supported here yet: the value is sent as a string"
                    ),
                );
                TypeRef::Primitive(Primitive::String)
            }
        })
    }

    fn integer(
        &mut self,
        format: Option<&str>,
        enum_values: Option<&[serde_json::Value]>,
        extensions: &Extensions,
        at: &Pointer,
        name_hint: &str,
        parameter: Option<&str>,
    ) -> TypeRef {
        if let Some(values) = enum_values {
            // One type per place in the spec, as for string enums.
            let docs = Docs {
                notes: parameter
                    .map(|name| Note::ParameterValues(name.to_owned()))
                    .into_iter()
                    .collect(),
                ..Docs::default()
            };
            let names = extensions.get("x-enum-varnames");
            return TypeRef::Named(self.named_enum(at, extensions, name_hint, docs, |r| {
                r.integer_enum(values, names, at)
            }));
        }
        TypeRef::Primitive(match format {
            Some("int32") => Primitive::I32,
            Some("uint64") => Primitive::U64,
            _ => Primitive::I64,
        })
    }

    /// The named type a `$ref` points at. Only local definitions can be followed; a dangling
    /// one gets an opaque stand-in (one per target), so the rest of the spec still generates.
    pub(super) fn reference(&mut self, reference: &str, at: &Pointer) -> TypeRef {
        if let Some(id) = self.by_ref.get(reference) {
            return TypeRef::Named(*id);
        }
        if !reference.starts_with('#') {
            self.diags.error(
                Code::ExternalRef,
                at,
                format!("`{reference}` points outside this document; only local references (`#/definitions/...`) are followed"),
            );
            return TypeRef::Any;
        }
        let Some(key) = reference
            .strip_prefix(DEFINITIONS)
            .filter(|k| !k.contains('/'))
        else {
            self.diags.warn(
                Code::Unsupported,
                at,
                format!(
                    "`{reference}` is not a reference to a definition: the value is free-form JSON"
                ),
            );
            return TypeRef::Any;
        };
        let key = unescape_token(key);
        self.diags.warn(
            Code::DanglingRef,
            at,
            format!("`{reference}` names no definition in the spec: `{}` stands in for it and holds any JSON value", names::type_name(&key)),
        );
        let docs = Docs {
            notes: vec![Note::Opaque(OpaqueReason::Dangling(reference.to_owned()))],
            ..Docs::default()
        };
        let id = self.declare(&key, at, docs);
        self.by_ref.insert(reference.to_owned(), id);
        TypeRef::Named(id)
    }

    /// An integer enum; `x-enum-varnames`, when given, names the variants.
    fn integer_enum(
        &mut self,
        values: &[serde_json::Value],
        names: Option<&serde_json::Value>,
        at: &Pointer,
    ) -> TypeKind {
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let mut variants: Vec<Variant> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (i, value) in values.iter().enumerate() {
            let Some(number) = value.as_i64() else {
                self.diags.warn(
                    Code::InvalidValue,
                    &at.join("enum").index(i),
                    format!("enum value {value} is not an integer; left out"),
                );
                continue;
            };
            let wire = number.to_string();
            if !seen.insert(wire.clone()) {
                continue;
            }
            let given = names
                .and_then(|n| n.get(i))
                .and_then(|n| n.as_str())
                .map(names::camel);
            let fallback = if number < 0 {
                format!("Minus{}", number.unsigned_abs())
            } else {
                format!("V{number}")
            };
            let rust = scope.claim(given.unwrap_or(fallback));
            variants.push(Variant {
                name: Name { rust, wire },
            });
        }
        TypeKind::Enum(Enum {
            variants,
            integer: true,
        })
    }

    fn string_enum(&mut self, values: &[serde_json::Value], at: &Pointer) -> TypeKind {
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (i, value) in values.iter().enumerate() {
            let Some(text) = value.as_str() else {
                self.diags.warn(
                    Code::InvalidValue,
                    &at.join("enum").index(i),
                    format!("enum value {value} is not a string; left out"),
                );
                continue;
            };
            if !seen.insert(text) {
                continue;
            }
            let rust = scope.claim(names::camel(text));
            variants.push(Variant {
                name: Name {
                    rust,
                    wire: text.to_owned(),
                },
            });
        }
        TypeKind::Enum(Enum {
            variants,
            integer: false,
        })
    }

    /// A struct from `properties`, with `required` naming the fields always present.
    fn object(&mut self, schema: &Schema, type_name: &str, required: &[String]) -> Struct {
        let mut scope = Scope::default();
        // Names a person chose (`x-field-name`) first: they win over derived ones.
        let chosen: Vec<Option<String>> = schema
            .properties
            .iter()
            .map(|(wire, property)| self.chosen_field_name(wire, property, &mut scope))
            .collect();
        let mut fields = Vec::new();
        for ((wire, property), chosen) in schema.properties.iter().zip(chosen) {
            let rust = chosen.unwrap_or_else(|| scope.claim(names::snake(wire)));
            let hint = format!("{type_name}{}", names::camel(wire));
            let ty = self.type_ref(property, &hint);
            fields.push(Field {
                name: Name {
                    rust,
                    wire: wire.clone(),
                },
                docs: field_docs(property),
                ty,
                required: required.contains(wire),
                nullable: is_nullable(property),
                strict: property.extensions.get("x-strict") == Some(&serde_json::Value::Bool(true)),
                boxed: false,
                tag: None,
                secret: property.format.as_deref() == Some("password"),
            });
        }
        for name in required {
            if !schema.properties.contains_key(name) {
                self.diags.warn(
                    Code::InvalidValue,
                    &schema.at.join("required"),
                    format!("`{name}` is required but not among the properties"),
                );
            }
        }
        // Named after the listed properties, so that they keep their natural names.
        let mut extra = || Name {
            rust: scope.claim("extra".to_owned()),
            wire: String::new(),
        };
        let additional = match &schema.additional_properties {
            Some(AdditionalProperties::Allowed(false)) => Additional::Forbidden,
            None | Some(AdditionalProperties::Allowed(true)) => Additional::Kept(extra()),
            Some(AdditionalProperties::Schema(values)) => {
                let name = extra();
                let ty = self.nullable_ref(values, &format!("{type_name}Value"));
                Additional::Typed(name, ty)
            }
        };
        Struct { fields, additional }
    }

    /// The Rust name `x-field-name` chooses for the field of property `wire`, claimed in
    /// `scope`; `None` (with a warning, unless the property chooses none) when it is not a
    /// `snake_case` name or is taken.
    fn chosen_field_name(
        &mut self,
        wire: &str,
        property: &Schema,
        scope: &mut Scope,
    ) -> Option<String> {
        let value = property.extensions.get(FIELD_NAME)?;
        let at = property.at.join(FIELD_NAME);
        let Some(name) = value.as_str() else {
            self.diags.warn(
                Code::InvalidType,
                &at,
                format!("`{FIELD_NAME}` is a string: ignored"),
            );
            return None;
        };
        if names::snake(name) != name || name == "extra" {
            self.diags.warn(
                Code::InvalidValue,
                &at,
                format!("`{name}` is not a snake_case Rust field name (or is `extra`): `{wire}` gets a derived name"),
            );
            return None;
        }
        let claimed = scope.claim(name.to_owned());
        if claimed != name {
            self.diags.warn(
                Code::Duplicate,
                &at,
                format!("`{name}` is chosen twice in one object: this field is `{claimed}`"),
            );
        }
        Some(claimed)
    }

    /// `x-one-of`: an enum with one variant per shape.
    fn one_of(
        &mut self,
        schema: &Schema,
        alternatives: &serde_json::Value,
        type_name: &str,
    ) -> TypeKind {
        let at = schema.at.join(ONE_OF);
        let serde_json::Value::Array(items) = alternatives else {
            self.diags.error(
                Code::InvalidType,
                &at,
                format!("`{ONE_OF}` must be an array of schemas"),
            );
            return TypeKind::Opaque;
        };
        let mut scope = Scope::default();
        let mut variants = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Some(mut alternative) = Schema::read(item, &at.index(i), self.diags) else {
                continue;
            };
            let base = match (&alternative.title, &alternative.reference) {
                (Some(title), _) => names::camel(title),
                (None, Some(reference)) => {
                    names::camel(reference.rsplit('/').next().unwrap_or("Variant"))
                }
                (None, None) => format!("Variant{}", i + 1),
            };
            let name = scope.claim(base);
            // The title names the variant; the type it holds keeps no copy of it.
            let docs = docs_of(&alternative);
            alternative.title = None;
            let ty = self.type_ref(&alternative, &format!("{type_name}{name}"));
            variants.push(Alternative {
                name,
                docs,
                ty,
                boxed: false,
                tag: None,
            });
        }
        if variants.is_empty() {
            self.diags.error(
                Code::InvalidValue,
                &at,
                format!("`{ONE_OF}` lists no schema"),
            );
            return TypeKind::Opaque;
        }
        TypeKind::OneOf(variants)
    }

    /// The type of array items and map values: like [`Self::type_ref`], but `x-nullable`
    /// makes it [`TypeRef::Nullable`] (fields say nullability themselves).
    fn nullable_ref(&mut self, schema: &Schema, name_hint: &str) -> TypeRef {
        let ty = self.type_ref(schema, name_hint);
        if is_nullable(schema) {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    /// `allOf`: one struct with the properties of every part, in order (parts that are
    /// references are followed to their definitions, nested `allOf`s flattened).
    fn all_of(&mut self, schema: &Schema, type_name: &str) -> TypeKind {
        let mut merged = Schema {
            at: schema.at.clone(),
            ..Schema::default()
        };
        let mut visited = Vec::new();
        let mut done = std::collections::BTreeSet::new();
        if let Err((at, reason)) = self.merge_parts(schema, &mut merged, &mut visited, &mut done) {
            self.diags.warn(
                Code::Unsupported,
                &at,
                format!("`allOf` cannot be merged ({reason}): `{type_name}` holds any JSON value"),
            );
            return TypeKind::Opaque;
        }
        let required = merged.required.clone();
        TypeKind::Struct(self.object(&merged, type_name, &required))
    }

    /// Adds the properties of `schema` (its `allOf` parts first) to `merged`. `visited`
    /// holds the references being followed, so a cycle is reported, not followed forever;
    /// `done` those merged already, each merged once: a definition reached along many paths
    /// (a diamond, or a chain of them) costs one visit, not one per path.
    fn merge_parts<'a>(
        &self,
        schema: &'a Schema,
        merged: &mut Schema,
        visited: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
    ) -> Result<(), (crate::diagnostics::Pointer, String)>
    where
        's: 'a,
    {
        for part in &schema.all_of {
            if let Some(reference) = &part.reference {
                if visited.len() >= MAX_ALL_OF_DEPTH {
                    return Err((
                        part.at.join("$ref"),
                        format!("`allOf` references nest deeper than {MAX_ALL_OF_DEPTH}"),
                    ));
                }
                if visited.contains(&reference.as_str()) {
                    return Err((
                        part.at.join("$ref"),
                        format!("`{reference}` includes itself"),
                    ));
                }
                if done.contains(reference.as_str()) {
                    continue;
                }
                let spec = self.spec;
                let target = reference
                    .strip_prefix(DEFINITIONS)
                    .map(unescape_token)
                    .and_then(|key| spec.definitions.get(&key))
                    .ok_or_else(|| {
                        (
                            part.at.join("$ref"),
                            format!("`{reference}` names no definition"),
                        )
                    })?;
                if !is_object(target) || target.enum_values.is_some() {
                    return Err((
                        part.at.join("$ref"),
                        format!("`{reference}` is not an object"),
                    ));
                }
                visited.push(reference);
                self.merge_parts(target, merged, visited, done)?;
                visited.pop();
                done.insert(reference);
            } else if !is_object(part) || part.enum_values.is_some() {
                return Err((part.at.clone(), "a part is not an object".to_owned()));
            } else {
                self.merge_parts(part, merged, visited, done)?;
            }
        }
        for (k, v) in &schema.properties {
            merged.properties.insert(k.clone(), v.clone());
        }
        merged.required.extend(schema.required.iter().cloned());
        Ok(())
    }
}

/// `allOf: [X]` with nothing beside it is X (the "a `$ref` with its own description" idiom).
fn single_all_of(schema: &Schema) -> Option<&Schema> {
    match schema.all_of.as_slice() {
        [only] if schema.properties.is_empty() && schema.additional_properties.is_none() => {
            Some(only)
        }
        _ => None,
    }
}

fn is_nullable(schema: &Schema) -> bool {
    schema.extensions.get("x-nullable") == Some(&serde_json::Value::Bool(true))
}

fn is_object(schema: &Schema) -> bool {
    matches!(schema.ty.as_deref(), None | Some("object"))
}

fn number(format: Option<&str>) -> Primitive {
    if format == Some("float") {
        Primitive::F32
    } else {
        Primitive::F64
    }
}

/// A property's docs, with what its `format`, `readOnly` and `default` tell a reader.
fn field_docs(schema: &Schema) -> Docs {
    let mut docs = docs_of(schema);
    docs.notes
        .extend(string_format(schema.ty.as_deref(), schema.format.as_deref()).map(Note::Format));
    if schema.read_only {
        docs.notes.push(Note::ReadOnly);
    }
    if let Some(default) = &schema.default {
        docs.notes.push(Note::DefaultWhenAbsent(default.clone()));
    }
    docs
}

/// The `format` of a `type: string` that the docs explain (its Rust type, `String`, does
/// not show it).
pub(super) fn string_format(ty: Option<&str>, format: Option<&str>) -> Option<StringFormat> {
    format
        .filter(|_| ty == Some("string"))
        .and_then(StringFormat::from_spec)
}

fn docs_of(schema: &Schema) -> Docs {
    Docs {
        summary: schema.title.clone(),
        description: schema.description.clone(),
        notes: Vec::new(),
    }
}

/// RFC 6901 escaping of one reference token.
fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

pub(super) fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}
