//! Diff: what changed in the generated Rust API between two specs, and the semver bump it
//! implies for the crates.
//!
//! It compares two [`Surface`]s, the description of the generated public items that `emit`
//! renders from the same functions, so it speaks of what users of the crates see:
//! operations (methods of `Client`), their inputs (arguments and builder setters) and
//! answers, and the types with their fields and variants. Then a small table of rules,
//! Rust's semver rules for that surface, says what each difference calls for:
//!
//! | difference                                               | bump  |
//! |----------------------------------------------------------|-------|
//! | an item (type, operation, setter, variant) is gone       | major |
//! | a type, operation or optional input (a setter) is new    | minor |
//! | a required input (an argument) is new, or arguments reorder | major |
//! | an input changes between argument and setter             | major |
//! | the type of a field, argument, setter, payload, alias or of `send()`'s answer changes | major |
//! | a field is new in a struct users may write literals of   | major |
//! | a field is new in a `#[non_exhaustive]` struct           | minor |
//! | `new()`'s arguments change, or `new()`/`Default` is gone | major |
//! | a variant is new in an exhaustive enum                   | major |
//! | a variant is new in a `#[non_exhaustive]` enum           | minor |
//! | an item's kind changes (struct -> alias...)              | major |
//! | an operation becomes deprecated                          | minor |
//! | a [`Fact`] changes: wire names, bounds, routes, authentication, error answers | patch |
//! | a security scheme is added or removed (no Rust item)     | patch |

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::ir::Api;
use crate::surface::{self, Fact, Input, Method, StructSurface, Surface, Ty, Type, UnionSurface};

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
    compare(&surface::surface(old), &surface::surface(new))
}

/// Compares two generated surfaces.
pub fn compare(old: &Surface, new: &Surface) -> Report {
    let mut changes = Changes::default();
    service(old, new, &mut changes);
    for (name, was, now) in paired(&old.operations, &new.operations) {
        let item = format!("operation {name}");
        match (was, now) {
            (None, Some(now)) => changes.push(Bump::Minor, Kind::Added, item, route(now)),
            (Some(_), None) => changes.push(Bump::Major, Kind::Removed, item, "the method is gone"),
            (Some(was), Some(now)) => operation(name, was, now, &mut changes),
            (None, None) => {}
        }
    }
    for (name, was, now) in paired(&old.types, &new.types) {
        let item = format!("type {name}");
        match (was, now) {
            (None, Some(_)) => changes.push(Bump::Minor, Kind::Added, item, "a new type"),
            (Some(_), None) => changes.push(Bump::Major, Kind::Removed, item, "the type is gone"),
            (Some(was), Some(now)) => model(name, was, now, &mut changes),
            (None, None) => {}
        }
    }
    // `oauth_app()`: a function of the API crate, where the client secret goes.
    let item = "function oauth_app".to_owned();
    match (&old.oauth_app, &new.oauth_app) {
        (None, Some((token, _))) => changes.push(
            Bump::Minor,
            Kind::Added,
            item,
            format!("token URL `{token}`"),
        ),
        (Some(_), None) => changes.push(
            Bump::Major,
            Kind::Removed,
            item,
            "the spec names no OAuth2 token URL any more",
        ),
        (Some(was), Some(now)) if was != now => {
            let shown = |(token, authorize): &(String, Option<String>)| match authorize {
                Some(authorize) => format!("token `{token}`, authorization `{authorize}`"),
                None => format!("token `{token}`, no authorization URL"),
            };
            changes.push(
                Bump::Patch,
                Kind::Changed,
                item,
                format!("{} -> {}", shown(was), shown(now)),
            );
        }
        _ => {}
    }
    // The API crate's `scopes` constants: a name code may use, holding a scope.
    for (name, was, now) in paired(&old.scopes, &new.scopes) {
        let item = format!("constant scopes::{name}");
        match (was, now) {
            (None, Some(now)) => changes.push(Bump::Minor, Kind::Added, item, format!("`{now}`")),
            (Some(_), None) => changes.push(
                Bump::Major,
                Kind::Removed,
                item,
                "the spec lists that scope no more",
            ),
            (Some(was), Some(now)) if was != now => changes.push(
                Bump::Patch,
                Kind::Changed,
                item,
                format!("`{was}` -> `{now}`"),
            ),
            _ => {}
        }
    }
    // The API crate's `webhooks::decode_*` functions: what each returns.
    for (name, was, now) in paired(&old.webhooks, &new.webhooks) {
        let item = format!("function webhooks::{name}");
        match (was, now) {
            (None, Some(now)) => changes.push(
                Bump::Minor,
                Kind::Added,
                item,
                format!("decodes a push as {}", now.render(None)),
            ),
            (Some(_), None) => changes.push(
                Bump::Major,
                Kind::Removed,
                item,
                "the spec describes that push no more",
            ),
            (Some(was), Some(now)) if was != now => changes.push(
                Bump::Major,
                Kind::Changed,
                item,
                format!("returns {} -> {}", was.render(None), now.render(None)),
            ),
            _ => {}
        }
    }
    // The API crate's `ErrorCode`, compared as the enum it is.
    let codes = |surface: &Surface| surface.error_codes.clone().map(Type::Enum);
    match (codes(old), codes(new)) {
        (None, Some(_)) => changes.push(
            Bump::Minor,
            Kind::Added,
            "type ErrorCode".to_owned(),
            "a new type",
        ),
        (Some(_), None) => changes.push(
            Bump::Major,
            Kind::Removed,
            "type ErrorCode".to_owned(),
            "the type is gone",
        ),
        (Some(was), Some(now)) => model("ErrorCode", &was, &now, &mut changes),
        (None, None) => {}
    }
    let mut changes = changes.0;
    changes.sort_by(|a, b| {
        b.breaking
            .cmp(&a.breaking)
            .then_with(|| a.item.cmp(&b.item))
            .then_with(|| a.kind.cmp(&b.kind))
    });
    let bump = changes.iter().map(|c| c.bump).max().unwrap_or(Bump::None);
    Report { bump, changes }
}

/// The changes found so far.
#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(&mut self, bump: Bump, kind: Kind, item: String, detail: impl Into<String>) {
        self.0.push(Change {
            breaking: bump == Bump::Major,
            bump,
            kind,
            item,
            detail: detail.into(),
        });
    }

    /// Facts that differ: each a patch, described by [`describe`].
    fn facts(&mut self, item: &str, was: &[Fact], now: &[Fact]) {
        for a in was {
            if let Some(b) = now.iter().find(|b| b.key == a.key)
                && a.value != b.value
                && let Some(detail) = describe(a.key, &a.value, &b.value)
            {
                self.push(Bump::Patch, Kind::Changed, item.to_owned(), detail);
            }
        }
    }
}

/// How a changed fact reads in the report.
fn describe(key: &str, a: &str, b: &str) -> Option<String> {
    let yes = b == "yes";
    Some(match key {
        "route" => format!("{a} -> {b}"),
        // Between Option and not, the field's type changed: that is reported.
        "None" if a == "never" || b == "never" => return None,
        "None" if b == "sent as null" => {
            "None is now sent as null (required and x-nullable)".to_owned()
        }
        "None" => "None is now left out (no longer required)".to_owned(),
        "strict" if yes => "a value of another type is now a decode error (x-strict)".to_owned(),
        "strict" => {
            "a value of another type is now kept in extra with a warning (no longer x-strict)"
                .to_owned()
        }
        "open enum" if yes => "values beyond the enum are now sent (x-open-enum)".to_owned(),
        "open enum" => "values beyond the enum are now refused before sending".to_owned(),
        "JSON text" if yes => "now sent as JSON text (x-json-encoded)".to_owned(),
        "JSON text" => "no longer sent as JSON text".to_owned(),
        _ => format!("{key} {a} -> {b}"),
    })
}

/// The items of both sides by name, each with its old and new version.
fn paired<'a, T>(
    old: &'a BTreeMap<String, T>,
    new: &'a BTreeMap<String, T>,
) -> Vec<(&'a str, Option<&'a T>, Option<&'a T>)> {
    let mut names: Vec<&str> = old.keys().chain(new.keys()).map(String::as_str).collect();
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|n| (n, old.get(n), new.get(n)))
        .collect()
}

fn fact<'a>(facts: &'a [Fact], key: &str) -> &'a str {
    facts
        .iter()
        .find(|f| f.key == key)
        .map_or("", |f| f.value.as_str())
}

fn route(m: &Method) -> String {
    fact(&m.facts, "route").to_owned()
}

/// What the whole client sees: where the API lives and how it authenticates.
fn service(old: &Surface, new: &Surface, changes: &mut Changes) {
    if old.base_url != new.base_url {
        changes.push(
            Bump::Patch,
            Kind::Changed,
            "DEFAULT_BASE_URL".to_owned(),
            format!("`{}` -> `{}`", old.base_url, new.base_url),
        );
    }
    for (name, was, now) in paired(&old.schemes, &new.schemes) {
        let item = format!("security scheme {name}");
        // No Rust item per scheme (`ClientBuilder::api_key(name, ..)` takes any name): what
        // changes is what the client sends, a patch.
        match (was, now) {
            (None, Some(now)) => changes.push(Bump::Patch, Kind::Added, item, now.as_str()),
            (Some(was), None) => changes.push(
                Bump::Patch,
                Kind::Removed,
                item,
                format!("{was}: credentials set for it are no longer sent"),
            ),
            (Some(was), Some(now)) if was != now => {
                changes.push(Bump::Patch, Kind::Changed, item, format!("{was} -> {now}"))
            }
            _ => {}
        }
    }
}

fn operation(name: &str, was: &Method, now: &Method, changes: &mut Changes) {
    let item = format!("operation {name}");
    if was.builder != now.builder {
        changes.push(
            Bump::Major,
            Kind::Changed,
            item.clone(),
            format!(
                "builder builders::{} -> builders::{}",
                was.builder, now.builder
            ),
        );
    }
    match (was.deprecated, now.deprecated) {
        // Cargo's semver guide: deprecating an item calls for a minor release.
        (false, true) => changes.push(Bump::Minor, Kind::Changed, item.clone(), "now deprecated"),
        (true, false) => changes.push(
            Bump::Patch,
            Kind::Changed,
            item.clone(),
            "no longer deprecated",
        ),
        _ => {}
    }
    changes.facts(&item, &was.facts, &now.facts);
    let arguments = |m: &Method| -> Vec<String> {
        m.inputs
            .iter()
            .filter(|i| i.required)
            .map(|i| i.name.clone())
            .collect()
    };
    let (before, after) = (arguments(was), arguments(now));
    if reordered(&before, &after) {
        // Two arguments of one type that swap places still compile, and mean the other thing.
        changes.push(
            Bump::Major,
            Kind::Changed,
            item,
            format!("arguments reordered: {before:?} -> {after:?}"),
        );
    }
    if was.returns != now.returns {
        changes.push(
            Bump::Major,
            Kind::Changed,
            format!("response {name}"),
            format!("{} -> {}", was.returns, now.returns),
        );
    }
    if was.meta != now.meta {
        let shown = |meta: &Option<Ty>| meta.as_ref().map_or("()".to_owned(), Ty::to_string);
        changes.push(
            Bump::Major,
            Kind::Changed,
            format!("response {name}"),
            format!(
                "send_with_meta's metadata: {} -> {}",
                shown(&was.meta),
                shown(&now.meta)
            ),
        );
    }
    // Parameters pair by name, the body with the body.
    fn key(i: &Input) -> (bool, &str) {
        (i.body, if i.body { "" } else { i.name.as_str() })
    }
    for a in &was.inputs {
        let b = now.inputs.iter().find(|b| key(b) == key(a));
        input(name, a, b, changes);
    }
    for b in &now.inputs {
        if !was.inputs.iter().any(|a| key(a) == key(b)) {
            let item = input_item(name, b);
            let (bump, detail) = match (b.body, b.required) {
                (false, true) => (Bump::Major, "required: a new argument".to_owned()),
                (false, false) => (Bump::Minor, "optional: a new builder method".to_owned()),
                (true, true) => (Bump::Major, format!("{}, a new argument", b.value)),
                (true, false) => (Bump::Minor, format!("{}, optional", b.value)),
            };
            changes.push(bump, Kind::Added, item, detail);
        }
    }
}

fn input_item(op: &str, i: &Input) -> String {
    if i.body {
        format!("body {op}")
    } else {
        format!("parameter {op}({})", i.name)
    }
}

/// One input of an operation, and what became of it.
fn input(op: &str, a: &Input, b: Option<&Input>, changes: &mut Changes) {
    let item = input_item(op, a);
    let Some(b) = b else {
        let detail = match (a.body, a.required) {
            (true, _) => "the body is gone",
            (false, true) => "an argument is gone",
            (false, false) => "a builder method is gone",
        };
        changes.push(Bump::Major, Kind::Removed, item, detail);
        return;
    };
    if a.body {
        let words = |i: &Input| {
            let required = if i.required { "required" } else { "optional" };
            format!("{} ({required})", i.value)
        };
        if (a.required, &a.arg) != (b.required, &b.arg) {
            changes.push(
                Bump::Major,
                Kind::Changed,
                item.clone(),
                format!("{} -> {}", words(a), words(b)),
            );
        }
        // A setter is called by name; an argument is not.
        if a.name != b.name {
            let bump = if a.required && b.required {
                Bump::Patch
            } else {
                Bump::Major
            };
            let detail = format!("renamed {} -> {}", a.name, b.name);
            changes.push(bump, Kind::Changed, item.clone(), detail);
        }
    } else {
        if a.required != b.required {
            let detail = if b.required {
                "optional -> required (now an argument)"
            } else {
                "required -> optional (now a builder method)"
            };
            changes.push(Bump::Major, Kind::Changed, item.clone(), detail);
        }
        if a.arg != b.arg {
            let detail = format!("type {} -> {}", a.value, b.value);
            changes.push(Bump::Major, Kind::Changed, item.clone(), detail);
        }
    }
    changes.facts(&item, &a.facts, &b.facts);
}

fn model(name: &str, was: &Type, now: &Type, changes: &mut Changes) {
    let item = format!("type {name}");
    match (was, now) {
        (Type::Struct(a), Type::Struct(b)) => structure(name, a, b, changes),
        (Type::Enum(a), Type::Enum(b)) if a.integer == b.integer => {
            flag(
                changes,
                &item,
                (a.non_exhaustive, b.non_exhaustive),
                "#[non_exhaustive]",
            );
            if a.open && !b.open {
                changes.push(
                    Bump::Major,
                    Kind::Changed,
                    item.clone(),
                    "no more Unknown variant",
                );
            }
            for (v, facts) in &b.variants {
                if !a.variants.iter().any(|(w, _)| w == v) {
                    let value = fact(facts, "value");
                    // A #[non_exhaustive] enum is matched with a wildcard arm.
                    changes.push(
                        if a.non_exhaustive {
                            Bump::Minor
                        } else {
                            Bump::Major
                        },
                        Kind::Added,
                        format!("variant {name}::{v}"),
                        value,
                    );
                }
            }
            for (v, facts) in &a.variants {
                let variant = format!("variant {name}::{v}");
                match b.variants.iter().find(|(w, _)| w == v) {
                    None => changes.push(Bump::Major, Kind::Removed, variant, fact(facts, "value")),
                    // `on` -> `ON`: the same variant, but old values decode as Unknown.
                    Some((_, now)) => changes.facts(&variant, facts, now),
                }
            }
        }
        (Type::Union(a), Type::Union(b))
            if a.discriminator.is_some() == b.discriminator.is_some() =>
        {
            union(name, a, b, changes)
        }
        (Type::Alias(a), Type::Alias(b)) => {
            if a != b {
                changes.push(Bump::Major, Kind::Changed, item, format!("{a} -> {b}"));
            }
        }
        (Type::Opaque, Type::Opaque) => {}
        (a, b) => changes.push(
            Bump::Major,
            Kind::Changed,
            item,
            format!("{} -> {}", a.kind_name(), b.kind_name()),
        ),
    }
}

/// A property gained (minor: a new capability) or lost (major) — `#[non_exhaustive]` the
/// other way round: gaining it takes struct literals and exhaustive matches away.
fn flag(changes: &mut Changes, item: &str, (a, b): (bool, bool), what: &str) {
    match (a, b) {
        (false, true) => changes.push(
            Bump::Major,
            Kind::Changed,
            item.to_owned(),
            format!("now {what}"),
        ),
        (true, false) => changes.push(
            Bump::Minor,
            Kind::Changed,
            item.to_owned(),
            format!("no longer {what}"),
        ),
        _ => {}
    }
}

fn structure(name: &str, a: &StructSurface, b: &StructSurface, changes: &mut Changes) {
    let item = format!("type {name}");
    let field = |f: &str| format!("field {name}.{f}");
    flag(
        changes,
        &item,
        (a.non_exhaustive, b.non_exhaustive),
        "#[non_exhaustive]",
    );
    match (a.default, b.default) {
        (true, false) => changes.push(
            Bump::Major,
            Kind::Changed,
            item.clone(),
            "no longer implements Default",
        ),
        (false, true) => changes.push(
            Bump::Minor,
            Kind::Changed,
            item.clone(),
            "now implements Default",
        ),
        _ => {}
    }
    for f in &b.fields {
        if !a.fields.iter().any(|g| g.name == f.name) {
            // Users cannot write literals of a #[non_exhaustive] struct: only its
            // constructor (compared below) could break.
            let (bump, detail) = if b.non_exhaustive {
                (Bump::Minor, f.ty.to_string())
            } else {
                (
                    Bump::Major,
                    format!("{} (struct literals must name it)", f.ty),
                )
            };
            changes.push(bump, Kind::Added, field(&f.name), detail);
        }
    }
    for f in &a.fields {
        let Some(g) = b.fields.iter().find(|g| g.name == f.name) else {
            changes.push(
                Bump::Major,
                Kind::Removed,
                field(&f.name),
                "the field is gone",
            );
            continue;
        };
        if f.ty != g.ty {
            let detail = match (&f.ty, &g.ty) {
                (x, Ty::Option(y)) if **y == *x => "became optional (now an Option)".to_owned(),
                (Ty::Option(x), y) if **x == *y => {
                    "became required (no longer an Option)".to_owned()
                }
                // Optional both: the type inside is what changed.
                (Ty::Option(x), Ty::Option(y)) => format!("type {x} -> {y}"),
                (x, y) => format!("type {x} -> {y}"),
            };
            changes.push(Bump::Major, Kind::Changed, field(&f.name), detail);
        }
        changes.facts(&field(&f.name), &f.facts, &g.facts);
    }
    if a.extra != b.extra {
        let extra = |e: &Option<(String, Ty)>| match e {
            None => "none".to_owned(),
            Some((n, ty)) => format!("{n}: {ty}"),
        };
        changes.push(
            Bump::Major,
            Kind::Changed,
            item.clone(),
            format!(
                "extra properties {} -> {}",
                extra(&a.extra),
                extra(&b.extra)
            ),
        );
    }
    match (&a.constructor, &b.constructor) {
        (None, Some(_)) => changes.push(Bump::Minor, Kind::Added, item, "new()"),
        (Some(_), None) => changes.push(Bump::Major, Kind::Removed, item, "new() is gone"),
        (Some(x), Some(y)) if x != y => {
            let names =
                |args: &[(String, Ty)]| args.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
            let detail = if names(x) == names(y) {
                let shown = |args: &[(String, Ty)]| {
                    args.iter()
                        .map(|(n, t)| format!("{n}: {t}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!("new({}) -> new({})", shown(x), shown(y))
            } else {
                format!("the arguments of new(): {:?} -> {:?}", names(x), names(y))
            };
            changes.push(Bump::Major, Kind::Changed, item, detail);
        }
        _ => {}
    }
}

/// One alternative as Rust code reads it: `Cat(Box<Cat>) = "Cat"`.
fn shape((name, ty, tag): &(String, Ty, Option<String>)) -> String {
    let tag = tag.as_ref().map(|t| format!(" = {t:?}"));
    format!("{name}({ty}){}", tag.unwrap_or_default())
}

fn union(name: &str, a: &UnionSurface, b: &UnionSurface, changes: &mut Changes) {
    let item = format!("type {name}");
    if a.discriminator != b.discriminator {
        let d = |d: &Option<String>| d.clone().unwrap_or_default();
        changes.push(
            Bump::Major,
            Kind::Changed,
            item.clone(),
            format!(
                "discriminator `{}` -> `{}`",
                d(&a.discriminator),
                d(&b.discriminator)
            ),
        );
    }
    flag(
        changes,
        &item,
        (a.non_exhaustive, b.non_exhaustive),
        "#[non_exhaustive]",
    );
    for v in &b.variants {
        let variant = format!("variant {name}::{}", v.0);
        match a.variants.iter().find(|w| w.0 == v.0) {
            // A #[non_exhaustive] enum is matched with a wildcard arm.
            None => changes.push(
                if a.non_exhaustive {
                    Bump::Minor
                } else {
                    Bump::Major
                },
                Kind::Added,
                variant,
                shape(v),
            ),
            Some(w) if w.1 != v.1 => changes.push(
                Bump::Major,
                Kind::Changed,
                variant,
                format!("{} -> {}", shape(w), shape(v)),
            ),
            // Another discriminator value: the same code, other JSON.
            Some(w) if w.2 != v.2 => changes.push(
                Bump::Patch,
                Kind::Changed,
                variant,
                format!("{} -> {}", shape(w), shape(v)),
            ),
            Some(_) => {}
        }
    }
    for w in &a.variants {
        if !b.variants.iter().any(|v| v.0 == w.0) {
            changes.push(
                Bump::Major,
                Kind::Removed,
                format!("variant {name}::{}", w.0),
                shape(w),
            );
        }
    }
    let order = |u: &UnionSurface| u.variants.iter().map(|v| v.0.clone()).collect::<Vec<_>>();
    if a.discriminator.is_none() && reordered(&order(a), &order(b)) {
        // A one-of value decodes as the first shape that fits.
        changes.push(
            Bump::Patch,
            Kind::Changed,
            item,
            format!("shapes tried in the order {:?} -> {:?}", order(a), order(b)),
        );
    }
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
