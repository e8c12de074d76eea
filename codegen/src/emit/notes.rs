//! The generator's own sentences: the facts `resolve` notes about an item ([`Note`]) in
//! words, as Markdown for a doc comment.

use crate::ir::{KeyLocation, Note, OpaqueReason, SecurityKind, SecurityScheme, StringFormat};

/// The sentence (or paragraph) that states `note`.
pub(crate) fn sentence(note: &Note) -> String {
    match note {
        Note::SpecName(name) => format!("`{name}` in the spec."),
        Note::ParameterValues(parameter) => format!("Values of the `{parameter}` parameter."),
        Note::SharedValues(name) => format!(
            "The values of every field and parameter whose type the spec names `{name}`."
        ),
        Note::Opaque(OpaqueReason::NoShape) => {
            "The spec gives this type no shape: it holds any JSON value unchanged.".to_owned()
        }
        Note::Opaque(OpaqueReason::Dangling(reference)) => format!(
            "The spec refers to `{reference}` but does not define it, so its shape is unknown: this type holds any JSON value unchanged."
        ),
        Note::Opaque(OpaqueReason::SelfReferential) => {
            "The spec defines this type in terms of itself, which a Rust type alias cannot say: it holds any JSON value unchanged.".to_owned()
        }
        Note::Format(format) => format_sentence(*format).to_owned(),
        Note::ReadOnly => {
            "Read-only: set by the server; what a request sends here is ignored.".to_owned()
        }
        Note::DefaultWhenAbsent(value) => format!("When absent, the value is `{value}`."),
        Note::DefaultWhenNotSent(value) => {
            format!("When not sent, the server uses `{value}`.")
        }
        Note::UndeclaredPathParam(name) => format!(
            "The `{{{name}}}` of the path (the spec declares no parameter for it: sent as text)"
        ),
        Note::SentAsIs { media, bytes: true } => {
            format!("Sent as it is, as `{media}`: the bytes (`Vec<u8>`).")
        }
        Note::SentAsIs { media, bytes: false } => format!("Sent as it is, as `{media}`."),
        Note::FileUpload => {
            "A file, sent as a part of a `multipart/form-data` body: its bytes (`Vec<u8>`), or an `Upload` that also names the file and its media type.".to_owned()
        }
        Note::Scopes(alternatives) => scopes_sentence(alternatives),
        Note::Credentials(alternatives) => credentials_sentence(alternatives),
        Note::Deprecated(reason) => format!("**Deprecated**: {reason}"),
        Note::Polymorphic { base, property } => format!(
            "Polymorphic: the definitions that extend `{base}`, told apart by `{property}`."
        ),
        Note::Tag { property, tag } => format!("`{property}` is `{tag}`."),
        Note::TaggedBase { base, property } => format!(
            "The fields every `{base}` has: a `{base}` whose `{property}` names no subtype the spec defines."
        ),
        Note::TaggedOther { base, property } => format!(
            "A `{property}` that no other variant has (or `{base}` itself): the fields every `{base}` has, the rest kept as received."
        ),
        Note::WireName(wire) => format!("`{wire}` in JSON."),
        Note::SentAs(wire) => format!("Sent as `{wire}`."),
    }
}

/// What a string `format` the Rust type does not show means for the text.
fn format_sentence(format: StringFormat) -> &'static str {
    match format {
        StringFormat::Date => "A date as RFC 3339 writes it: `2024-01-31`.",
        StringFormat::DateTime => "A date and time as RFC 3339 writes it: `2024-01-31T08:00:00Z`.",
        StringFormat::Byte => "Base64-encoded bytes.",
        StringFormat::Binary => "Raw bytes, as text.",
        StringFormat::Password => "A secret: `Debug` output shows `<redacted>` instead.",
    }
}

/// "Needs the scope `a`", "Needs one of the scopes `a` and `b`, `c`".
fn scopes_sentence(alternatives: &[Vec<String>]) -> String {
    let alternatives: Vec<String> = alternatives
        .iter()
        .map(|all| {
            all.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(" and ")
        })
        .collect();
    if let [only] = alternatives.as_slice() {
        format!("Needs the scope {only}.")
    } else {
        format!("Needs one of the scopes {}.", alternatives.join(", "))
    }
}

/// Which credentials to set on the client for an operation.
fn credentials_sentence(alternatives: &[Vec<SecurityScheme>]) -> String {
    if alternatives.is_empty() {
        return "Sent without credentials: the spec says the operation needs none.".to_owned();
    }
    let describe = |scheme: &SecurityScheme| match &scheme.kind {
        SecurityKind::Basic => "HTTP basic credentials (`ClientBuilder::basic_auth`)".to_owned(),
        SecurityKind::OAuth2 => "an OAuth2 access token".to_owned(),
        SecurityKind::ApiKey { name, location } => {
            let place = match location {
                KeyLocation::Header => format!("the `{name}` header"),
                KeyLocation::Query => format!("the query parameter `{name}`"),
            };
            format!(
                "the API key `{}` (sent in {place}; `ClientBuilder::api_key({:?}, key)`)",
                scheme.name, scheme.name
            )
        }
    };
    let words: Vec<String> = alternatives
        .iter()
        .map(|all| {
            if all.is_empty() {
                "no credentials".to_owned()
            } else {
                all.iter().map(describe).collect::<Vec<_>>().join(" and ")
            }
        })
        .collect();
    if let [only] = words.as_slice() {
        format!("Authenticated with {only}.")
    } else {
        format!(
            "Authenticated with {}: the first of these the client has credentials for.",
            words.join(", or ")
        )
    }
}
