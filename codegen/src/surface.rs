//! The public surface of the generated crates: every item a user's code can name, with the
//! exact Rust types it has, as one description that `emit` renders and [`diff`](crate::diff)
//! compares.
//!
//! The decisions about what a user sees are made here and only here: the Rust type of a
//! spec type ([`value_type`]), when a field is an `Option` ([`is_optional`], [`field_type`]),
//! what an argument or setter takes ([`input_types`]), which structs have a constructor and
//! what it takes ([`constructor_args`]), what `send()` returns ([`returns`]). `emit`
//! calls these functions to write the code; [`surface`] calls them to describe it. So the
//! two cannot disagree, and a change to the generated shape is an edit of one function.
//!
//! Besides signatures, each item carries [`Fact`]s: what it does that a compiler does not
//! see (where a parameter travels, its bounds, how an answer is authenticated). A change of
//! a fact is a change of behaviour: a patch.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::ir::{
    Additional, Alternative, Api, Body, BodyMedia, CollectionFormat, Field, Operation, Param,
    Primitive, Range, Response, SecurityKind, Struct, TypeId, TypeKind, TypeRef,
};

/// A Rust type as the generated code writes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Ty {
    /// A model type, by its Rust name (under `models::` outside the models crate).
    Named(String),
    /// A type named by a fixed path: `i64`, `String`, `serde_json::Value`, `Upload`, `()`.
    Std(&'static str),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// `std::collections::BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// `Option<T>`.
    Option(Box<Ty>),
    /// `Box<T>`.
    Box(Box<Ty>),
    /// `serde_json::Map<String, serde_json::Value>`.
    JsonMap,
    /// `impl Into<T>`: an argument that converts.
    Into(Box<Ty>),
    /// `impl IntoIterator<Item = impl Into<T>>`: a list argument whose items convert.
    IntoIter(Box<Ty>),
}

impl Ty {
    fn wrap(self, f: fn(Box<Ty>) -> Ty) -> Ty {
        f(Box::new(self))
    }

    /// The type as source text; model types under `models` (`models::Foo`) if given.
    pub fn render(&self, models: Option<&str>) -> String {
        self.write(models, false)
    }

    fn write(&self, models: Option<&str>, short: bool) -> String {
        let w = |t: &Ty| t.write(models, short);
        match self {
            Ty::Named(name) => match models {
                Some(path) => format!("{path}::{name}"),
                None => name.clone(),
            },
            Ty::Std(path) => (*path).to_owned(),
            Ty::Vec(t) => format!("Vec<{}>", w(t)),
            Ty::Map(t) if short => format!("BTreeMap<String, {}>", w(t)),
            Ty::Map(t) => format!("std::collections::BTreeMap<String, {}>", w(t)),
            Ty::Option(t) => format!("Option<{}>", w(t)),
            Ty::Box(t) => format!("Box<{}>", w(t)),
            Ty::JsonMap => "serde_json::Map<String, serde_json::Value>".to_owned(),
            Ty::Into(t) => format!("impl Into<{}>", w(t)),
            Ty::IntoIter(t) => format!("impl IntoIterator<Item = impl Into<{}>>", w(t)),
        }
    }

    /// The type as tokens for `quote!`; model types under `models` if given.
    pub(crate) fn tokens(
        &self,
        models: Option<&proc_macro2::TokenStream>,
    ) -> proc_macro2::TokenStream {
        let path = models.map(ToString::to_string);
        self.render(path.as_deref())
            .parse()
            .expect("a rendered type parses as tokens")
    }

    /// The type a value passed for this argument type may have: `T` for `impl Into<T>`,
    /// `Vec<T>` for a list of them, the type itself otherwise.
    pub fn value(&self) -> Ty {
        match self {
            Ty::Into(t) => (**t).clone(),
            Ty::IntoIter(t) => Ty::Vec(t.clone()),
            t => t.clone(),
        }
    }
}

/// Short and without paths, for reports: `Option<Vec<Foo>>`, `BTreeMap<String, i64>`.
impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.write(None, true))
    }
}

// ---- The decisions emit and the surface share. ----

/// The Rust type of a use of a spec type.
pub fn value_type(api: &Api, ty: &TypeRef) -> Ty {
    match ty {
        TypeRef::Named(id) => Ty::Named(api.types[id.0].name.rust.clone()),
        TypeRef::Primitive(p) => Ty::Std(p.rust_name()),
        TypeRef::Array(items) => value_type(api, items).wrap(Ty::Vec),
        TypeRef::Map(values) => value_type(api, values).wrap(Ty::Map),
        TypeRef::Any => Ty::Std("serde_json::Value"),
        TypeRef::Nullable(inner) => value_type(api, inner).wrap(Ty::Option),
        // Parameters only: the files that name it import it from the runtime.
        TypeRef::File => Ty::Std("Upload"),
    }
}

/// Whether a field is an `Option`: a field not in `required` (left out of the JSON when
/// `None`), or a required `x-nullable` one (written as `null`).
pub fn is_optional(f: &Field) -> bool {
    !f.required || f.nullable
}

/// The type a field has in its struct: `Option<Box<Node>>`; a plain list (`list`, see
/// [`is_plain_list`]) is a `Vec`, empty when absent.
pub fn field_type(api: &Api, f: &Field, list: bool) -> Ty {
    let mut ty = value_type(api, &f.ty);
    if f.boxed {
        ty = ty.wrap(Ty::Box);
    }
    if is_optional(f) && !list {
        ty = ty.wrap(Ty::Option);
    }
    ty
}

/// Whether the `i`-th field of `s` is a plain list: optional, yet a `Vec` rather than an
/// `Option<Vec<_>>` ([`Struct::plain_lists`]).
pub fn is_plain_list(s: &Struct, i: usize) -> bool {
    s.plain_lists().iter().any(|(j, _)| *j == i)
}

/// The field that holds properties a struct does not list, with its type.
pub fn extra_field(api: &Api, s: &Struct) -> Option<(String, Ty)> {
    match &s.additional {
        Additional::Forbidden => None,
        Additional::Kept(n) => Some((n.rust.clone(), Ty::JsonMap)),
        Additional::Typed(n, ty) => Some((n.rust.clone(), value_type(api, ty).wrap(Ty::Map))),
    }
}

/// Whether a struct has `Default`: `new()` takes no arguments.
pub fn has_default(s: &Struct) -> bool {
    s.fields.iter().all(|f| !constructor_takes(f))
}

/// Whether a struct's `Default` is derived (every field optional) rather than written as
/// `new()` (a field a discriminator value fixes, which `new()` sets).
pub fn derives_default(s: &Struct) -> bool {
    s.fields.iter().all(is_optional)
}

/// Whether a struct is `#[non_exhaustive]` (users cannot write struct literals of it): all
/// are, so that a field the API adds is a minor change. Values are made with `new()`.
pub fn is_non_exhaustive(_s: &Struct) -> bool {
    true
}

/// Whether `new()` asks for the field: required, not `null`able, not set by a discriminator.
pub fn constructor_takes(f: &Field) -> bool {
    f.required && !f.nullable && f.tag.is_none()
}

/// What a constructor argument takes for a field: `impl Into<String>` for strings, the
/// field's type (unboxed) otherwise.
pub fn constructor_arg_type(api: &Api, f: &Field) -> Ty {
    match &f.ty {
        TypeRef::Primitive(Primitive::String) => Ty::Std("String").wrap(Ty::Into),
        ty => value_type(api, ty),
    }
}

/// The arguments of a struct's `new()`, which every struct has: its required fields (those a
/// discriminator value fixes aside).
pub fn constructor_args(api: &Api, s: &Struct) -> Vec<(String, Ty)> {
    s.fields
        .iter()
        .filter(|f| constructor_takes(f))
        .map(|f| (f.name.rust.clone(), constructor_arg_type(api, f)))
        .collect()
}

/// The type of a one-of or discriminated variant's payload: `Box<Cat>` when boxed.
pub fn alternative_type(api: &Api, a: &Alternative) -> Ty {
    let ty = value_type(api, &a.ty);
    if a.boxed { ty.wrap(Ty::Box) } else { ty }
}

/// Whether a discriminated enum is `#[non_exhaustive]` (a one-of enum is not).
pub fn tagged_is_non_exhaustive() -> bool {
    true
}

/// An input of an operation: the type the builder holds, and what the caller passes
/// (`impl Into<String>` for strings, `impl Into<T>` for model types and files, a list of
/// those as `impl IntoIterator`).
pub fn input_types(api: &Api, ty: &TypeRef) -> (Ty, Ty) {
    let value = value_type(api, ty);
    let arg = match ty {
        TypeRef::Primitive(Primitive::String) | TypeRef::Named(_) | TypeRef::File => {
            value.clone().wrap(Ty::Into)
        }
        TypeRef::Array(item)
            if matches!(
                **item,
                TypeRef::Named(_) | TypeRef::Primitive(Primitive::String)
            ) =>
        {
            value_type(api, item).wrap(Ty::IntoIter)
        }
        _ => value.clone(),
    };
    (value, arg)
}

/// The body as an input: bytes sent as they are are a `Vec<u8>`, the rest as its type says.
pub fn body_types(api: &Api, body: &Body) -> (Ty, Ty) {
    match body.media {
        BodyMedia::Bytes(_) => {
            let bytes = Ty::Std("u8").wrap(Ty::Vec);
            (bytes.clone(), bytes.wrap(Ty::Into))
        }
        _ => input_types(api, &body.ty),
    }
}

/// What `send()` returns on success, and the metadata `send_with_meta()` gives beside it
/// (`None`: only the HTTP status and headers). An answer in the API's envelope (`x-envelope`)
/// returns its data: the data field's type, without the `Option` of one that must come
/// (its absence is a decode error) unless it may be `null` (`x-nullable`), or `()` for an
/// envelope without data.
pub fn returns(api: &Api, op: &Operation) -> (Ty, Option<Ty>) {
    let Some(enveloped) = &op.envelope else {
        return (response_type(api, &op.response), None);
    };
    let meta = Ty::Named(api.types[enveloped.meta.0].name.rust.clone());
    let TypeKind::Struct(answer) = &api.types[enveloped.answer.0].kind else {
        return (response_type(api, &op.response), None);
    };
    let data = match enveloped.data {
        None => Ty::Std("()"),
        Some(i) => {
            let f = &answer.fields[i];
            let inner = value_type(api, &f.ty);
            // `null` is data too when the spec allows it: `None`.
            if f.nullable {
                inner.wrap(Ty::Option)
            } else {
                inner
            }
        }
    };
    (data, Some(meta))
}

/// What the answer decodes into, before an envelope is taken apart.
pub fn response_type(api: &Api, response: &Response) -> Ty {
    match response {
        Response::Json(ty) => value_type(api, ty),
        Response::Untyped => Ty::Std("serde_json::Value"),
        Response::Binary => Ty::Std("u8").wrap(Ty::Vec),
        Response::Text => Ty::Std("String"),
        Response::Empty => Ty::Std("()"),
    }
}

// ---- The description. ----

/// A fact about an item that the compiler does not see: a change of one is a patch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// What it is about: `bounds`, `authentication`.
    pub key: &'static str,
    /// Its value in words.
    pub value: String,
}

fn fact(key: &'static str, value: impl Into<String>) -> Fact {
    Fact {
        key,
        value: value.into(),
    }
}

/// The generated public surface of one spec.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Surface {
    /// `DEFAULT_BASE_URL`.
    pub base_url: String,
    /// Security schemes by name (what `ClientBuilder::api_key` takes), described.
    pub schemes: BTreeMap<String, String>,
    /// Model types by Rust name.
    pub types: BTreeMap<String, Type>,
    /// Methods of `Client` by name.
    pub operations: BTreeMap<String, Method>,
    /// `oauth_app()`, when the spec names an OAuth2 token URL: the token URL and the
    /// authorization URL it uses.
    pub oauth_app: Option<(String, Option<String>)>,
    /// The API crate's `ErrorCode` (`x-error-codes`), if the spec lists codes: its
    /// variants, each with its number and what it means to the client as facts.
    pub error_codes: Option<EnumSurface>,
    /// The API crate's `scopes` constants, by name: the scope each holds.
    pub scopes: BTreeMap<String, String>,
    /// The API crate's `webhooks::decode_*` functions (`x-webhooks`), by name: the type
    /// each returns.
    pub webhooks: BTreeMap<String, Ty>,
}

/// A model type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Type {
    /// `pub struct Name { pub field: Type, .. }`.
    Struct(StructSurface),
    /// A string or integer enum: unit variants, and an `Unknown(..)` one when open.
    Enum(EnumSurface),
    /// A one-of (`untagged`) or discriminated enum: variants with one payload each.
    Union(UnionSurface),
    /// `pub type Name = Ty;`
    Alias(Ty),
    /// `pub struct Name(pub serde_json::Value);`
    Opaque,
}

impl Type {
    /// What kind of item, in words.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Type::Struct(_) => "struct",
            Type::Enum(e) if e.integer => "integer enum",
            Type::Enum(_) => "string enum",
            Type::Union(u) if u.discriminator.is_some() => "discriminated enum",
            Type::Union(_) => "one-of enum",
            Type::Alias(_) => "alias",
            Type::Opaque => "opaque JSON",
        }
    }
}

/// A struct.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StructSurface {
    /// Its fields, in order.
    pub fields: Vec<FieldSurface>,
    /// The field that keeps unlisted properties, with its type.
    pub extra: Option<(String, Ty)>,
    /// `#[non_exhaustive]`: no struct literals outside the crate.
    pub non_exhaustive: bool,
    /// `#[derive(Default)]`.
    pub default: bool,
    /// `pub fn new(..)`'s arguments, if it has one.
    pub constructor: Option<Vec<(String, Ty)>>,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldSurface {
    /// Rust name.
    pub name: String,
    /// Its exact type: `Option<Vec<Foo>>`.
    pub ty: Ty,
    /// What the compiler does not see: JSON name, how `None` is written, strictness.
    pub facts: Vec<Fact>,
}

/// A string or integer enum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumSurface {
    /// Unit variants, with their value on the wire (`` `on` ``) as a fact.
    pub variants: Vec<(String, Vec<Fact>)>,
    /// Values the spec does not list decode into an `Unknown(..)` variant.
    pub open: bool,
    /// `#[non_exhaustive]`: matches need a wildcard arm.
    pub non_exhaustive: bool,
    /// Integer values (`value()`), not strings (`as_str()`).
    pub integer: bool,
}

/// A one-of or discriminated enum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnionSurface {
    /// The discriminator property, for a discriminated enum.
    pub discriminator: Option<String>,
    /// Variants: name, payload type, the discriminator value that selects it.
    pub variants: Vec<(String, Ty, Option<String>)>,
    /// `#[non_exhaustive]`: matches need a wildcard arm.
    pub non_exhaustive: bool,
}

/// A method of `Client` and the request builder it returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Method {
    /// The builder type under `builders::`.
    pub builder: String,
    /// Its inputs: the method's arguments (required ones, in order) and the builder's
    /// setters (optional ones).
    pub inputs: Vec<Input>,
    /// What `send()` returns in its `Ok`.
    pub returns: Ty,
    /// The envelope's metadata `send_with_meta()` returns beside it, if any.
    pub meta: Option<Ty>,
    /// `#[deprecated]`.
    pub deprecated: bool,
    /// Route, authentication, error answers...
    pub facts: Vec<Fact>,
}

/// An input of an operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Input {
    /// Rust name: the argument's or setter's.
    pub name: String,
    /// The request body (else a parameter).
    pub body: bool,
    /// An argument of the method (else a setter of the builder).
    pub required: bool,
    /// The type the builder holds: what reports show.
    pub value: Ty,
    /// The type the argument or setter takes.
    pub arg: Ty,
    /// Where and how it travels, its bounds...
    pub facts: Vec<Fact>,
}

/// Describes the surface generated from `api`.
pub fn surface(api: &Api) -> Surface {
    Surface {
        base_url: api.base_url.clone(),
        schemes: api
            .security_schemes
            .iter()
            .map(|s| (s.name.clone(), scheme_kind(&s.kind)))
            .collect(),
        types: api
            .types
            .iter()
            .enumerate()
            .map(|(i, def)| (def.name.rust.clone(), type_surface(api, TypeId(i))))
            .collect(),
        oauth_app: api
            .oauth2
            .as_ref()
            .and_then(|o| Some((o.token_url.clone()?, o.authorize_url.clone()))),
        scopes: api
            .oauth2
            .iter()
            .flat_map(|o| &o.scopes)
            .map(|s| (s.constant.clone(), s.wire.clone()))
            .collect(),
        webhooks: api
            .webhooks
            .iter()
            .map(|w| (w.function.clone(), value_type(api, &w.ty)))
            .collect(),
        error_codes: (!api.error_codes.is_empty()).then(|| EnumSurface {
            variants: api
                .error_codes
                .iter()
                .map(|c| {
                    let means = match c.meaning {
                        Some(crate::ir::ErrorMeaning::TokenRejected) => "token rejected",
                        Some(crate::ir::ErrorMeaning::QuotaExhausted) => "quota exhausted",
                        Some(crate::ir::ErrorMeaning::Overloaded) => "overloaded",
                        None => "nothing to the client",
                    };
                    (
                        c.name.clone(),
                        vec![fact("code", c.code.to_string()), fact("means", means)],
                    )
                })
                .collect(),
            open: true,
            non_exhaustive: true,
            integer: true,
        }),
        operations: api
            .operations
            .iter()
            .map(|op| (op.name.rust.clone(), method(api, op)))
            .collect(),
    }
}

fn type_surface(api: &Api, id: TypeId) -> Type {
    match &api.types[id.0].kind {
        TypeKind::Struct(s) => Type::Struct(StructSurface {
            fields: s
                .fields
                .iter()
                .enumerate()
                .map(|(i, f)| FieldSurface {
                    name: f.name.rust.clone(),
                    ty: field_type(api, f, is_plain_list(s, i)),
                    facts: vec![
                        fact("JSON name", format!("`{}`", f.name.wire)),
                        fact(
                            "None",
                            match (f.required, f.nullable, is_plain_list(s, i)) {
                                (false, _, true) => "an empty list, left out unless it came",
                                (false, _, false) => "left out",
                                (true, true, _) => "sent as null",
                                (true, false, _) => "never",
                            },
                        ),
                        fact("strict", if f.strict && !f.required { "yes" } else { "no" }),
                    ],
                })
                .collect(),
            extra: extra_field(api, s),
            non_exhaustive: is_non_exhaustive(s),
            default: has_default(s),
            constructor: Some(constructor_args(api, s)),
        }),
        TypeKind::Enum(e) => Type::Enum(EnumSurface {
            variants: e
                .variants
                .iter()
                .map(|v| {
                    (
                        v.name.rust.clone(),
                        vec![fact("value", format!("`{}`", v.name.wire))],
                    )
                })
                .collect(),
            open: true,
            non_exhaustive: true,
            integer: e.integer,
        }),
        TypeKind::Alias(ty) => Type::Alias(value_type(api, ty)),
        TypeKind::Opaque => Type::Opaque,
        TypeKind::OneOf(alternatives) => Type::Union(union(api, None, alternatives, false)),
        TypeKind::Tagged {
            property,
            alternatives,
        } => Type::Union(union(
            api,
            Some(property),
            alternatives,
            tagged_is_non_exhaustive(),
        )),
    }
}

fn union(
    api: &Api,
    discriminator: Option<&String>,
    alternatives: &[Alternative],
    non_exhaustive: bool,
) -> UnionSurface {
    UnionSurface {
        discriminator: discriminator.cloned(),
        variants: alternatives
            .iter()
            .map(|a| (a.name.clone(), alternative_type(api, a), a.tag.clone()))
            .collect(),
        non_exhaustive,
    }
}

fn method(api: &Api, op: &Operation) -> Method {
    let mut inputs: Vec<Input> = op.params.iter().map(|p| param_input(api, p)).collect();
    if let Some(b) = &op.body {
        let (value, arg) = body_types(api, b);
        inputs.push(Input {
            name: b.name.rust.clone(),
            body: true,
            required: b.required,
            value,
            arg,
            facts: vec![fact("sent as", media(&b.media))],
        });
    }
    // The method's arguments come in this order: required parameters, then the body.
    inputs.sort_by_key(|i| !i.required);
    let errors: Vec<String> = op
        .errors
        .iter()
        .map(|e| {
            let ty = e.ty.as_ref().map(|t| format!(": {}", value_type(api, t)));
            format!("{}{}", e.status, ty.unwrap_or_default())
        })
        .collect();
    let form = if op.multipart {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    let (returns, meta) = returns(api, op);
    Method {
        builder: op.builder.clone(),
        inputs,
        returns,
        meta,
        deprecated: op.deprecated.is_some(),
        facts: vec![
            fact("route", format!("{} {}", op.method.as_str(), op.path)),
            fact("authentication", security(api, op)),
            fact("form sent as", form),
            fact("documented error answers", format!("{errors:?}")),
            fact("asks for", op.accept.as_deref().unwrap_or("nothing")),
        ],
    }
}

fn param_input(api: &Api, p: &Param) -> Input {
    let (value, arg) = input_types(api, &p.ty);
    Input {
        name: p.name.rust.clone(),
        body: false,
        required: p.required,
        value,
        arg,
        facts: vec![
            fact("sent as", format!("`{}` in {:?}", p.name.wire, p.location)),
            fact("bounds", bounds(&p.range)),
            fact("lengths", lengths(&p.lengths)),
            fact("open enum", if p.open_enum { "yes" } else { "no" }),
            fact("JSON text", if p.json_encoded { "yes" } else { "no" }),
            fact("list joined as", joined(p)),
        ],
    }
}

fn scheme_kind(kind: &SecurityKind) -> String {
    match kind {
        SecurityKind::Basic => "basic".to_owned(),
        SecurityKind::OAuth2 => "oauth2".to_owned(),
        SecurityKind::ApiKey { name, location } => format!("apiKey `{name}` in {location:?}"),
    }
}

/// An operation's authentication as the spec says it: `oauth or key+basic`.
fn security(api: &Api, op: &Operation) -> String {
    match &op.security {
        None => "not said".to_owned(),
        Some(alternatives) if alternatives.is_empty() => "none".to_owned(),
        Some(alternatives) => alternatives
            .iter()
            .map(|all| {
                if all.is_empty() {
                    return "none".to_owned();
                }
                let names: Vec<&str> = all
                    .iter()
                    .map(|i| api.security_schemes[*i].name.as_str())
                    .collect();
                names.join("+")
            })
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn media(media: &BodyMedia) -> String {
    match media {
        BodyMedia::Json => "JSON".to_owned(),
        BodyMedia::Text(m) => format!("text `{m}`"),
        BodyMedia::Bytes(m) => format!("bytes `{m}`"),
    }
}

/// `>= 1, <= 1024`, or `none`.
fn bounds(range: &Range) -> String {
    let limit = |limit: Option<(f64, bool)>, inclusive: &str, exclusive: &str| {
        limit.map(|(value, excl)| format!("{} {value}", if excl { exclusive } else { inclusive }))
    };
    let parts: Vec<String> = [
        limit(range.minimum, ">=", ">"),
        limit(range.maximum, "<=", "<"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if parts.is_empty() {
        "none".to_owned()
    } else {
        parts.join(", ")
    }
}

/// `1..=8`, `..=8`, or `none`.
fn lengths(l: &crate::ir::Lengths) -> String {
    match (l.min, l.max) {
        (None, None) => "none".to_owned(),
        (min, max) => format!(
            "{}..{}",
            min.map_or(String::new(), |m| m.to_string()),
            max.map_or(String::new(), |m| format!("={m}"))
        ),
    }
}

/// How a list parameter is written: `csv`, `pipes of csv` for a list of lists.
fn joined(p: &Param) -> String {
    let name = |c: Option<CollectionFormat>| match c {
        None => "none",
        Some(CollectionFormat::Csv) => "csv",
        Some(CollectionFormat::Ssv) => "ssv",
        Some(CollectionFormat::Tsv) => "tsv",
        Some(CollectionFormat::Pipes) => "pipes",
        Some(CollectionFormat::Multi) => "multi",
    };
    match p.item_collection {
        None => name(p.collection).to_owned(),
        Some(_) => format!("{} of {}", name(p.collection), name(p.item_collection)),
    }
}
