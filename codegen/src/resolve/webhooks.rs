//! What the API pushes to URLs its users register: `x-webhooks` at the spec's root, a map
//! from a name to `{description?, schema}` whose schema refers to a definition (as
//! OpenAPI 3.1's `webhooks`, which Swagger 2.0 lacks). Each becomes a function that decodes
//! a received body into that definition's type.

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostics, Pointer};
use crate::ir::{TypeId, TypeRef, Webhook};
use crate::load::swagger::Swagger;
use crate::names;

/// The extension's name.
const EXTENSION: &str = "x-webhooks";

/// The pushes the spec describes, in its order; a malformed entry is left out, with a
/// warning at it. `by_ref` maps a `$ref` to the type it names.
pub(super) fn webhooks(
    spec: &Swagger,
    by_ref: &BTreeMap<String, TypeId>,
    diags: &mut Diagnostics,
) -> Vec<Webhook> {
    let Some(value) = spec.extensions.get(EXTENSION) else {
        return Vec::new();
    };
    let at = Pointer::root().join(EXTENSION);
    let Some(entries) = value.as_object() else {
        diags.warn(
            Code::InvalidType,
            &at,
            format!("`{EXTENSION}` must map names to `{{description, schema: {{$ref}}}}`: ignored"),
        );
        return Vec::new();
    };
    let mut webhooks: Vec<Webhook> = Vec::new();
    for (name, entry) in entries {
        let at = at.join(name);
        // `type` is `type_` as a name of its own, but `decode_type` needs no underscore.
        let function = format!("decode_{}", names::snake(name).trim_end_matches('_'));
        if let Some(twice) = webhooks.iter().find(|w| w.function == function) {
            diags.warn(
                Code::Duplicate,
                &at,
                format!(
                    "`{name}` makes `{function}`, as `{}` does: left out",
                    twice.wire
                ),
            );
            continue;
        }
        let reference = entry
            .get("schema")
            .and_then(|s| s.get("$ref"))
            .and_then(serde_json::Value::as_str);
        let Some(reference) = reference else {
            diags.warn(
                Code::MissingField,
                &at,
                "a webhook needs `schema: {$ref: '#/definitions/...'}`: left out",
            );
            continue;
        };
        let Some(id) = by_ref.get(reference) else {
            diags.warn(
                Code::DanglingRef,
                &at.join("schema").join("$ref"),
                format!("`{reference}` names no definition: left out"),
            );
            continue;
        };
        webhooks.push(Webhook {
            function,
            wire: name.clone(),
            description: entry
                .get("description")
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned),
            ty: TypeRef::Named(*id),
        });
    }
    webhooks
}
