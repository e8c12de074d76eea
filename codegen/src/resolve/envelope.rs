//! The API's envelope: a definition marked `x-envelope: {data: <property>}` is what every
//! answer wraps the operation's data in (`{"status": "ok", "body": {...}, "time_server": 1}`).
//! An operation whose answer is that envelope, or the envelope with the data property
//! added, returns the data; the rest is metadata, a value of the envelope's type.

use crate::diagnostics::{Code, Diagnostics};
use crate::ir::{
    Enveloped, Field, Operation, Response, Struct, TypeDef, TypeId, TypeKind, TypeRef,
};
use crate::load::swagger::Swagger;

/// The extension's name.
const EXTENSION: &str = "x-envelope";

/// Sets [`Operation::envelope`] on every operation whose answer is the envelope.
pub(super) fn mark(
    spec: &Swagger,
    types: &mut [TypeDef],
    operations: &mut [Operation],
    diags: &mut Diagnostics,
) {
    let mut marked = spec
        .definitions
        .values()
        .enumerate()
        .filter_map(|(i, schema)| Some((TypeId(i), schema, schema.extensions.get(EXTENSION)?)));
    let Some((id, schema, value)) = marked.next() else {
        return;
    };
    let at = schema.at.join(EXTENSION);
    for (_, other, _) in marked {
        diags.warn(
            Code::Duplicate,
            &other.at.join(EXTENSION),
            format!(
                "a second `{EXTENSION}`: the first, at {}, is the envelope",
                schema.at
            ),
        );
    }
    let Some(data) = value.get("data").and_then(serde_json::Value::as_str) else {
        diags.warn(
            Code::InvalidValue,
            &at,
            format!(
                "`{EXTENSION}` takes `{{data: <property>}}`, the property that holds an operation's data: ignored"
            ),
        );
        return;
    };
    let TypeKind::Struct(envelope) = &types[id.0].kind else {
        diags.warn(
            Code::InvalidValue,
            &at,
            format!("`{EXTENSION}` marks a schema that is not an object: ignored"),
        );
        return;
    };
    if envelope.fields.iter().any(|f| f.name.wire == data) {
        diags.warn(
            Code::InvalidValue,
            &at,
            format!(
                "the envelope lists its data property `{data}` itself: only answers that add it to the envelope are unwrapped"
            ),
        );
    }
    let mut used = false;
    let mut data_fields = Vec::new();
    for op in operations.iter_mut() {
        let Response::Json(TypeRef::Named(named)) = &op.response else {
            continue;
        };
        let answer_id = unaliased(types, *named);
        let TypeKind::Struct(answer) = &types[answer_id.0].kind else {
            continue;
        };
        if let Some(found) = wrapped(envelope, answer, data) {
            op.envelope = Some(Enveloped {
                meta: id,
                answer: answer_id,
                data: found,
            });
            data_fields.extend(found.map(|i| (answer_id, i)));
            used = true;
        }
    }
    // The data is what the caller asked for: a value of another shape is a decode error at
    // it (as `x-strict` says), not a `None` with the value kept in `extra`.
    for (answer, i) in data_fields {
        if let TypeKind::Struct(s) = &mut types[answer.0].kind {
            s.fields[i].strict = true;
        }
    }
    if !used {
        diags.warn(
            Code::InvalidValue,
            &at,
            "no operation answers with this envelope: every answer is returned whole",
        );
    }
}

/// The type `id` names, through aliases (`NAOkResponse: {allOf: [NAResponse]}`).
fn unaliased(types: &[TypeDef], mut id: TypeId) -> TypeId {
    // Alias cycles were broken before this runs; the bound is only a guard.
    for _ in 0..types.len() {
        match &types[id.0].kind {
            TypeKind::Alias(TypeRef::Named(next)) => id = *next,
            _ => break,
        }
    }
    id
}

/// Whether `answer` is `envelope`, plus at most the property `data`: `Some(index of the
/// data field)` (`Some(None)`: no data), `None` if it is something else.
fn wrapped(envelope: &Struct, answer: &Struct, data: &str) -> Option<Option<usize>> {
    let same = |a: &Field, b: &Field| {
        a.name.wire == b.name.wire
            && a.ty == b.ty
            && a.required == b.required
            && a.nullable == b.nullable
            && a.boxed == b.boxed
    };
    let mut found = None;
    for (i, field) in answer.fields.iter().enumerate() {
        match envelope
            .fields
            .iter()
            .find(|e| e.name.wire == field.name.wire)
        {
            Some(e) if same(e, field) => {}
            Some(_) => return None,
            None if field.name.wire == data && found.is_none() => found = Some(i),
            None => return None,
        }
    }
    let listed = |s: &Struct| s.fields.len();
    let all_there = listed(answer) - usize::from(found.is_some()) == listed(envelope);
    (all_there && answer.additional == envelope.additional).then_some(found)
}
