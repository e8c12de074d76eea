//! Diff: what changed in the generated Rust API between two specs, and the semver bump it
//! implies for the crates.
//!
//! It compares intermediate models, so it speaks of what users of the crates see:
//! operations (methods of `Client`), their parameters (arguments and builder setters) and
//! answers, and the types with their fields and variants. The rules are Rust's semver
//! rules for that surface: anything that makes existing code stop compiling is breaking.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::ir::{
    Api, BodyMedia, CollectionFormat, Field, Operation, Param, Range, Response, SecurityKind,
    TypeKind, TypeRef,
};

/// The kind of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Something new.
    Added,
    /// Something gone.
    Removed,
    /// Something different.
    Changed,
}

/// One change in the generated API.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// Whether code written against the old crates may stop compiling.
    pub breaking: bool,
    /// The bump this change alone calls for.
    pub bump: Bump,
    /// Added, removed or changed.
    pub kind: Kind,
    /// What: `operation get_measure`, `parameter get_measure(limit)`, `field NaMain.reachable`.
    pub item: String,
    /// How, in words.
    pub detail: String,
}

/// The version bump a set of changes calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// Nothing a user can see changed.
    None,
    /// Only behaviour or docs changed.
    Patch,
    /// Additions only.
    Minor,
    /// Something breaks (for a 0.x crate: the minor number).
    Major,
}

/// Everything that changed, and the bump it implies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The bump.
    pub bump: Bump,
    /// The changes, breaking ones first.
    pub changes: Vec<Change>,
}

/// Compares the API generated from `old` with the one generated from `new`.
pub fn diff(old: &Api, new: &Api) -> Report {
    let mut changes = Vec::new();
    service(old, new, &mut changes);
    operations(old, new, &mut changes);
    types(old, new, &mut changes);
    changes.sort_by(|a, b| {
        b.breaking
            .cmp(&a.breaking)
            .then_with(|| a.item.cmp(&b.item))
            .then_with(|| a.kind.cmp(&b.kind))
    });
    let bump = changes.iter().map(|c| c.bump).max().unwrap_or(Bump::None);
    Report { bump, changes }
}

/// Records a change: breaking ones call for a major bump, additions for a minor one, the
/// rest (behaviour, docs) for a patch.
fn push(
    changes: &mut Vec<Change>,
    breaking: bool,
    kind: Kind,
    item: String,
    detail: impl Into<String>,
) {
    let bump = match (breaking, kind) {
        (true, _) => Bump::Major,
        (false, Kind::Added) => Bump::Minor,
        (false, _) => Bump::Patch,
    };
    changes.push(Change {
        breaking,
        bump,
        kind,
        item,
        detail: detail.into(),
    });
}

/// Records a change that compiles the same but behaves otherwise: a patch.
fn behaviour(changes: &mut Vec<Change>, item: String, detail: String) {
    push(changes, false, Kind::Changed, item, detail);
}

/// What the whole client sees: where the API lives and how it authenticates.
fn service(old: &Api, new: &Api, changes: &mut Vec<Change>) {
    if old.base_url != new.base_url {
        behaviour(
            changes,
            "DEFAULT_BASE_URL".to_owned(),
            format!("`{}` -> `{}`", old.base_url, new.base_url),
        );
    }
    for scheme in &new.security_schemes {
        match old.security_schemes.iter().find(|s| s.name == scheme.name) {
            // No Rust item per scheme (`ClientBuilder::api_key(name, ..)` takes any name):
            // what changes is what the client sends, a patch.
            None => changes.push(Change {
                breaking: false,
                bump: Bump::Patch,
                kind: Kind::Added,
                item: format!("security scheme {}", scheme.name),
                detail: scheme_kind(&scheme.kind),
            }),
            Some(was) if was.kind != scheme.kind => behaviour(
                changes,
                format!("security scheme {}", scheme.name),
                format!(
                    "{} -> {}",
                    scheme_kind(&was.kind),
                    scheme_kind(&scheme.kind)
                ),
            ),
            Some(_) => {}
        }
    }
    for scheme in &old.security_schemes {
        if !new.security_schemes.iter().any(|s| s.name == scheme.name) {
            // `ClientBuilder::api_key(name, ..)` still compiles: the key is no longer sent.
            push(
                changes,
                false,
                Kind::Removed,
                format!("security scheme {}", scheme.name),
                format!(
                    "{}: credentials set for it are no longer sent",
                    scheme_kind(&scheme.kind)
                ),
            );
        }
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

/// A type as Rust code names it, so that renames of the same shape compare equal.
fn shown(api: &Api, ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(id) => api.types[id.0].name.rust.clone(),
        TypeRef::Primitive(p) => p.rust_name().to_owned(),
        TypeRef::Array(inner) => format!("Vec<{}>", shown(api, inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", shown(api, inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", shown(api, inner)),
        TypeRef::Any => "serde_json::Value".to_owned(),
        TypeRef::File => "Upload".to_owned(),
    }
}

fn response(api: &Api, r: &Response) -> String {
    match r {
        Response::Json(ty) => shown(api, ty),
        Response::Untyped => "serde_json::Value".to_owned(),
        Response::Binary => "Vec<u8>".to_owned(),
        Response::Text => "String".to_owned(),
        Response::Empty => "()".to_owned(),
    }
}

fn operations(old: &Api, new: &Api, changes: &mut Vec<Change>) {
    let (before, after) = (
        by_name(&old.operations, |o| &o.name.rust),
        by_name(&new.operations, |o| &o.name.rust),
    );
    for (name, op) in &after {
        if !before.contains_key(name) {
            let detail = format!("{} {}", op.method.as_str(), op.path);
            push(
                changes,
                false,
                Kind::Added,
                format!("operation {name}"),
                detail,
            );
        }
    }
    for (name, was) in &before {
        let Some(now) = after.get(name) else {
            push(
                changes,
                true,
                Kind::Removed,
                format!("operation {name}"),
                "the method is gone",
            );
            continue;
        };
        if (was.method, &was.path) != (now.method, &now.path) {
            let detail = format!(
                "{} {} -> {} {}",
                was.method.as_str(),
                was.path,
                now.method.as_str(),
                now.path
            );
            push(
                changes,
                false,
                Kind::Changed,
                format!("operation {name}"),
                detail,
            );
        }
        if was.deprecated.is_none() && now.deprecated.is_some() {
            // Cargo's semver guide: deprecating an item calls for a minor release.
            let item = format!("operation {name}");
            changes.push(Change {
                breaking: false,
                bump: Bump::Minor,
                kind: Kind::Changed,
                item,
                detail: "now deprecated".to_owned(),
            });
        }
        let (a, b) = (security(old, was), security(new, now));
        if a != b {
            behaviour(
                changes,
                format!("operation {name}"),
                format!("authentication {a} -> {b}"),
            );
        }
        if was.multipart != now.multipart {
            let form = |multipart: bool| {
                if multipart {
                    "multipart/form-data"
                } else {
                    "application/x-www-form-urlencoded"
                }
            };
            behaviour(
                changes,
                format!("operation {name}"),
                format!(
                    "form sent as {} -> {}",
                    form(was.multipart),
                    form(now.multipart)
                ),
            );
        }
        let answers = |api: &Api, op: &Operation| {
            op.errors
                .iter()
                .map(|e| {
                    let ty = e.ty.as_ref().map(|t| format!(": {}", shown(api, t)));
                    format!("{}{}", e.status, ty.unwrap_or_default())
                })
                .collect::<Vec<_>>()
        };
        let (a, b) = (answers(old, was), answers(new, now));
        if a != b {
            // Error answers arrive as `Error` either way: only the docs (and what
            // `Error::body_json` is told to decode) change.
            behaviour(
                changes,
                format!("operation {name}"),
                format!("documented error answers {a:?} -> {b:?}"),
            );
        }
        parameters(old, new, name, &was.params, &now.params, changes);
        let (r_was, r_now) = (response(old, &was.response), response(new, &now.response));
        if r_was != r_now {
            push(
                changes,
                true,
                Kind::Changed,
                format!("response {name}"),
                format!("{r_was} -> {r_now}"),
            );
        }
        if was.accept != now.accept {
            behaviour(
                changes,
                format!("operation {name}"),
                format!(
                    "asks for {} -> {}",
                    was.accept.as_deref().unwrap_or("nothing"),
                    now.accept.as_deref().unwrap_or("nothing")
                ),
            );
        }
        if let (Some(a), Some(b)) = (&was.body, &now.body)
            && a.media != b.media
        {
            behaviour(
                changes,
                format!("body {name}"),
                format!("sent as {} -> {}", media(&a.media), media(&b.media)),
            );
        }
        let body = |api: &Api, op: &Operation| {
            op.body.as_ref().map(|b| {
                let ty = match b.media {
                    BodyMedia::Bytes(_) => "Vec<u8>".to_owned(),
                    _ => shown(api, &b.ty),
                };
                (ty, b.required)
            })
        };
        match (body(old, was), body(new, now)) {
            (None, Some((ty, required))) => {
                push(
                    changes,
                    required,
                    Kind::Added,
                    format!("body {name}"),
                    format!(
                        "{ty}{}",
                        if required {
                            ", a new argument"
                        } else {
                            ", optional"
                        }
                    ),
                );
            }
            (Some(_), None) => push(
                changes,
                true,
                Kind::Removed,
                format!("body {name}"),
                "the body is gone",
            ),
            (Some(_), Some(_))
                if was.body.as_ref().map(|b| &b.name.rust)
                    != now.body.as_ref().map(|b| &b.name.rust) =>
            {
                let names = |op: &Operation| {
                    op.body
                        .as_ref()
                        .map(|b| b.name.rust.clone())
                        .unwrap_or_default()
                };
                push(
                    changes,
                    true,
                    Kind::Changed,
                    format!("body {name}"),
                    format!("renamed {} -> {}", names(was), names(now)),
                );
            }
            (Some(a), Some(b)) if a != b => {
                let words = |(ty, required): &(String, bool)| {
                    format!("{ty} ({})", if *required { "required" } else { "optional" })
                };
                push(
                    changes,
                    true,
                    Kind::Changed,
                    format!("body {name}"),
                    format!("{} -> {}", words(&a), words(&b)),
                );
            }
            _ => {}
        }
    }
}

fn parameters(
    old: &Api,
    new: &Api,
    op: &str,
    was: &[Param],
    now: &[Param],
    changes: &mut Vec<Change>,
) {
    let item = |p: &Param| format!("parameter {op}({})", p.name.rust);
    let arguments = |params: &[Param]| {
        params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name.rust.clone())
            .collect::<Vec<_>>()
    };
    let (before, after) = (arguments(was), arguments(now));
    if reordered(&before, &after) {
        // Two arguments of one type that swap places still compile, and mean the other thing.
        push(
            changes,
            true,
            Kind::Changed,
            format!("operation {op}"),
            format!("arguments reordered: {before:?} -> {after:?}"),
        );
    }
    for p in now {
        if !was.iter().any(|q| q.name.rust == p.name.rust) {
            let detail = if p.required {
                "required: a new argument"
            } else {
                "optional: a new builder method"
            };
            push(changes, p.required, Kind::Added, item(p), detail);
        }
    }
    for p in was {
        let Some(q) = now.iter().find(|q| q.name.rust == p.name.rust) else {
            push(
                changes,
                true,
                Kind::Removed,
                item(p),
                if p.required {
                    "an argument is gone"
                } else {
                    "a builder method is gone"
                },
            );
            continue;
        };
        if p.required != q.required {
            let detail = if q.required {
                "optional -> required (now an argument)"
            } else {
                "required -> optional (now a builder method)"
            };
            push(changes, true, Kind::Changed, item(p), detail);
        }
        let (a, b) = (shown(old, &p.ty), shown(new, &q.ty));
        if a != b {
            push(
                changes,
                true,
                Kind::Changed,
                item(p),
                format!("type {a} -> {b}"),
            );
        }
        if p.name.wire != q.name.wire || p.location != q.location {
            push(
                changes,
                false,
                Kind::Changed,
                item(p),
                format!(
                    "sent as `{}` in {:?} -> `{}` in {:?}",
                    p.name.wire, p.location, q.name.wire, q.location
                ),
            );
        }
        if p.range != q.range {
            // Values outside the bounds are refused before sending.
            behaviour(
                changes,
                item(p),
                format!("bounds {} -> {}", bounds(&p.range), bounds(&q.range)),
            );
        }
        if p.lengths != q.lengths {
            let lengths = |l: &crate::ir::Lengths| match (l.min, l.max) {
                (None, None) => "none".to_owned(),
                (min, max) => format!(
                    "{}..{}",
                    min.map_or(String::new(), |m| m.to_string()),
                    max.map_or(String::new(), |m| format!("={m}"))
                ),
            };
            behaviour(
                changes,
                item(p),
                format!("lengths {} -> {}", lengths(&p.lengths), lengths(&q.lengths)),
            );
        }
        if p.open_enum != q.open_enum {
            let detail = if q.open_enum {
                "values beyond the enum are now sent (x-open-enum)"
            } else {
                "values beyond the enum are now refused before sending"
            };
            behaviour(changes, item(p), detail.to_owned());
        }
        if p.json_encoded != q.json_encoded {
            let detail = if q.json_encoded {
                "now sent as JSON text (x-json-encoded)"
            } else {
                "no longer sent as JSON text"
            };
            behaviour(changes, item(p), detail.to_owned());
        }
        if (p.collection, p.item_collection) != (q.collection, q.item_collection) {
            push(
                changes,
                false,
                Kind::Changed,
                item(p),
                format!("list joined as {} -> {}", joined(p), joined(q)),
            );
        }
    }
}

fn types(old: &Api, new: &Api, changes: &mut Vec<Change>) {
    let (before, after) = (
        by_name(&old.types, |t| &t.name.rust),
        by_name(&new.types, |t| &t.name.rust),
    );
    for name in after.keys() {
        if !before.contains_key(name) {
            push(
                changes,
                false,
                Kind::Added,
                format!("type {name}"),
                "a new type",
            );
        }
    }
    for (name, was) in &before {
        let Some(now) = after.get(name) else {
            push(
                changes,
                true,
                Kind::Removed,
                format!("type {name}"),
                "the type is gone",
            );
            continue;
        };
        match (&was.kind, &now.kind) {
            (TypeKind::Struct(a), TypeKind::Struct(b)) => {
                let field = |f: &str| format!("field {name}.{f}");
                for f in &b.fields {
                    if !a.fields.iter().any(|g| g.name.rust == f.name.rust) {
                        // All fields are public: a struct literal that names them all breaks.
                        push(
                            changes,
                            true,
                            Kind::Added,
                            field(&f.name.rust),
                            format!("{} (struct literals must name it)", field_type(new, f)),
                        );
                    }
                }
                for f in &a.fields {
                    let Some(g) = b.fields.iter().find(|g| g.name.rust == f.name.rust) else {
                        push(
                            changes,
                            true,
                            Kind::Removed,
                            field(&f.name.rust),
                            "the field is gone",
                        );
                        continue;
                    };
                    let optional = |f: &Field| !f.required || f.nullable;
                    if optional(f) != optional(g) {
                        let detail = if optional(g) {
                            "became optional (now an Option)"
                        } else {
                            "became required (no longer an Option)"
                        };
                        push(changes, true, Kind::Changed, field(&f.name.rust), detail);
                    } else if f.required != g.required {
                        // Still an Option, but `None` is now written as `null` or left out.
                        let detail = if g.required {
                            "None is now sent as null (required and x-nullable)"
                        } else {
                            "None is now left out (no longer required)"
                        };
                        push(changes, false, Kind::Changed, field(&f.name.rust), detail);
                    }
                    if f.strict != g.strict && !g.required {
                        let detail = if g.strict {
                            "a value of another type is now a decode error (x-strict)"
                        } else {
                            "a value of another type is now kept in extra with a warning (no longer x-strict)"
                        };
                        push(changes, false, Kind::Changed, field(&f.name.rust), detail);
                    }
                    if f.name.wire != g.name.wire {
                        push(
                            changes,
                            false,
                            Kind::Changed,
                            field(&f.name.rust),
                            format!("JSON name `{}` -> `{}`", f.name.wire, g.name.wire),
                        );
                    }
                    let (x, y) = (boxed(old, f), boxed(new, g));
                    if x != y {
                        push(
                            changes,
                            true,
                            Kind::Changed,
                            field(&f.name.rust),
                            format!("type {x} -> {y}"),
                        );
                    }
                }
                let additional = |api: &Api, a: &crate::ir::Additional| match a {
                    crate::ir::Additional::Forbidden => "none".to_owned(),
                    crate::ir::Additional::Kept(n) => {
                        format!("{}: serde_json::Map<String, serde_json::Value>", n.rust)
                    }
                    crate::ir::Additional::Typed(n, ty) => {
                        format!("{}: BTreeMap<String, {}>", n.rust, shown(api, ty))
                    }
                };
                let (x, y) = (
                    additional(old, &a.additional),
                    additional(new, &b.additional),
                );
                if x != y {
                    push(
                        changes,
                        true,
                        Kind::Changed,
                        format!("type {name}"),
                        format!("extra properties {x} -> {y}"),
                    );
                }
                // The arguments of new(): required fields but those a discriminator fixes.
                for f in &b.fields {
                    if let Some(g) = a.fields.iter().find(|g| g.name.rust == f.name.rust)
                        && g.tag.is_some() != f.tag.is_some()
                    {
                        push(
                            changes,
                            true,
                            Kind::Changed,
                            format!("type {name}"),
                            if f.tag.is_some() {
                                format!("new() no longer takes `{}`: it sets it", f.name.rust)
                            } else {
                                format!("new() takes `{}` as an argument", f.name.rust)
                            },
                        );
                    }
                }
                let required = |s: &crate::ir::Struct| {
                    s.fields
                        .iter()
                        .filter(|f| f.required && !f.nullable && f.tag.is_none())
                        .map(|f| f.name.rust.clone())
                        .collect::<Vec<_>>()
                };
                let (x, y) = (required(a), required(b));
                if reordered(&x, &y) {
                    push(
                        changes,
                        true,
                        Kind::Changed,
                        format!("type {name}"),
                        format!(
                            "required fields reordered (the arguments of new()): {x:?} -> {y:?}"
                        ),
                    );
                }
            }
            (TypeKind::Enum(a), TypeKind::Enum(b)) if a.integer != b.integer => {
                let kind = |e: &crate::ir::Enum| {
                    if e.integer {
                        "integer enum"
                    } else {
                        "string enum"
                    }
                };
                push(
                    changes,
                    true,
                    Kind::Changed,
                    format!("type {name}"),
                    format!("{} -> {}", kind(a), kind(b)),
                );
            }
            (TypeKind::Enum(a), TypeKind::Enum(b)) => {
                for v in &b.variants {
                    if !a.variants.iter().any(|w| w.name.rust == v.name.rust) {
                        // Enums are #[non_exhaustive] with an Unknown variant: not breaking.
                        push(
                            changes,
                            false,
                            Kind::Added,
                            format!("variant {name}::{}", v.name.rust),
                            format!("`{}`", v.name.wire),
                        );
                    }
                }
                for v in &a.variants {
                    match b.variants.iter().find(|w| w.name.rust == v.name.rust) {
                        None => push(
                            changes,
                            true,
                            Kind::Removed,
                            format!("variant {name}::{}", v.name.rust),
                            format!("`{}`", v.name.wire),
                        ),
                        // `on` -> `ON`: the same variant, but old values decode as Unknown.
                        Some(w) if w.name.wire != v.name.wire => push(
                            changes,
                            false,
                            Kind::Changed,
                            format!("variant {name}::{}", v.name.rust),
                            format!("value `{}` -> `{}`", v.name.wire, w.name.wire),
                        ),
                        Some(_) => {}
                    }
                }
            }
            (TypeKind::Alias(a), TypeKind::Alias(b)) => {
                let (x, y) = (shown(old, a), shown(new, b));
                if x != y {
                    push(
                        changes,
                        true,
                        Kind::Changed,
                        format!("type {name}"),
                        format!("{x} -> {y}"),
                    );
                }
            }
            (
                TypeKind::Tagged {
                    property: p,
                    alternatives: a,
                },
                TypeKind::Tagged {
                    property: q,
                    alternatives: b,
                },
            ) => {
                if p != q {
                    push(
                        changes,
                        true,
                        Kind::Changed,
                        format!("type {name}"),
                        format!("discriminator `{p}` -> `{q}`"),
                    );
                }
                // The enum is #[non_exhaustive]: a new subtype breaks nobody.
                for v in b {
                    match a.iter().find(|w| w.name == v.name) {
                        None => push(
                            changes,
                            false,
                            Kind::Added,
                            format!("variant {name}::{}", v.name),
                            shape(new, v),
                        ),
                        Some(w) if shape(old, w) != shape(new, v) => push(
                            changes,
                            true,
                            Kind::Changed,
                            format!("variant {name}::{}", v.name),
                            format!("{} -> {}", shape(old, w), shape(new, v)),
                        ),
                        Some(_) => {}
                    }
                }
                for w in a {
                    if !b.iter().any(|v| v.name == w.name) {
                        push(
                            changes,
                            true,
                            Kind::Removed,
                            format!("variant {name}::{}", w.name),
                            shape(old, w),
                        );
                    }
                }
            }
            (TypeKind::OneOf(a), TypeKind::OneOf(b)) => {
                let shapes = |api: &Api, v: &[crate::ir::Alternative]| {
                    v.iter().map(|a| shape(api, a)).collect::<Vec<_>>()
                };
                let (x, y) = (shapes(old, a), shapes(new, b));
                if x != y {
                    push(
                        changes,
                        true,
                        Kind::Changed,
                        format!("type {name}"),
                        format!("shapes {x:?} -> {y:?}"),
                    );
                }
            }
            (TypeKind::Opaque, TypeKind::Opaque) => {}
            (a, b) => push(
                changes,
                true,
                Kind::Changed,
                format!("type {name}"),
                format!("{} -> {}", kind_name(a), kind_name(b)),
            ),
        }
    }
}

/// A field's type without the `Option` that optionality adds: `Box<Node>`.
fn boxed(api: &Api, f: &Field) -> String {
    let ty = shown(api, &f.ty);
    if f.boxed { format!("Box<{ty}>") } else { ty }
}

/// A field's type as the struct declares it: `Option<Box<Node>>`.
fn field_type(api: &Api, f: &Field) -> String {
    let ty = boxed(api, f);
    if !f.required || f.nullable {
        format!("Option<{ty}>")
    } else {
        ty
    }
}

/// One alternative of a one-of or discriminated enum as Rust code reads it:
/// `Cat(Box<Cat>) = "Cat"`.
fn shape(api: &Api, a: &crate::ir::Alternative) -> String {
    let ty = shown(api, &a.ty);
    let tag = a.tag.as_ref().map(|t| format!(" = {t:?}"));
    format!(
        "{}({}){}",
        a.name,
        if a.boxed { format!("Box<{ty}>") } else { ty },
        tag.unwrap_or_default()
    )
}

/// Items by their Rust name: what users see them as, so the two sides pair up.
fn by_name<'a, T>(items: &'a [T], name: impl Fn(&'a T) -> &'a String) -> BTreeMap<&'a str, &'a T> {
    items
        .iter()
        .map(|item| (name(item).as_str(), item))
        .collect()
}

/// Whether the names both lists hold come in another order: arguments that swap places
/// still compile when their types agree, and then mean the other thing.
fn reordered(before: &[String], after: &[String]) -> bool {
    kept_order(before, after) != kept_order(after, before)
}

/// The names of `a` that `b` has too, in `a`'s order.
fn kept_order<'a>(a: &'a [String], b: &[String]) -> Vec<&'a String> {
    a.iter().filter(|x| b.contains(x)).collect()
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Alias(_) => "alias",
        TypeKind::Opaque => "opaque JSON",
        TypeKind::OneOf(_) => "one-of enum",
        TypeKind::Tagged { .. } => "discriminated enum",
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let breaking = self.changes.iter().filter(|c| c.breaking).count();
        writeln!(
            f,
            "{} change(s), {breaking} breaking: semver bump {}",
            self.changes.len(),
            match self.bump {
                Bump::None => "none",
                Bump::Patch => "patch",
                Bump::Minor => "minor",
                Bump::Major => "major (for 0.x crates: minor)",
            }
        )?;
        for c in &self.changes {
            let mark = if c.breaking { "BREAKING" } else { "ok" };
            let kind = match c.kind {
                Kind::Added => "+",
                Kind::Removed => "-",
                Kind::Changed => "~",
            };
            writeln!(f, "{mark:>8} {kind} {}: {}", c.item, c.detail)?;
        }
        Ok(())
    }
}
