//! Recursive types: a struct that contains itself, directly or through other structs, needs a
//! `Box` somewhere on the cycle. `Vec` and maps already add the indirection.

use crate::ir::{TypeDef, TypeId, TypeKind, TypeRef};

/// Aliases that contain themselves (`A = A`, `A = Vec<A>`) cannot be Rust type aliases:
/// they become opaque JSON, with a warning. Returns the ids changed.
pub(super) fn break_alias_cycles(types: &mut [TypeDef]) -> Vec<TypeId> {
    let mut broken = Vec::new();
    for id in 0..types.len() {
        if let TypeKind::Alias(target) = &types[id].kind
            && alias_reaches(types, target, TypeId(id), 0)
        {
            broken.push(TypeId(id));
        }
    }
    for id in &broken {
        types[id.0].kind = TypeKind::Opaque;
        types[id.0].docs.notes.push(
            "The spec defines this type in terms of itself, which a Rust type alias cannot say: it holds any JSON value unchanged.".to_owned(),
        );
    }
    broken
}

/// Whether expanding `ty` through aliases meets `goal`.
fn alias_reaches(types: &[TypeDef], ty: &TypeRef, goal: TypeId, depth: usize) -> bool {
    if depth > types.len() {
        return true;
    }
    match ty {
        TypeRef::Named(id) if *id == goal => true,
        TypeRef::Named(id) => match &types[id.0].kind {
            TypeKind::Alias(inner) => alias_reaches(types, inner, goal, depth + 1),
            _ => false,
        },
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            alias_reaches(types, inner, goal, depth + 1)
        }
        TypeRef::Primitive(_) | TypeRef::Any => false,
    }
}

/// Marks `boxed` on every struct field through which its own struct can be reached again
/// without passing a `Vec` or a map.
pub(super) fn box_recursive_fields(types: &mut [TypeDef]) {
    let mut to_box = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        if let TypeKind::Struct(s) = &def.kind {
            for (f, field) in s.fields.iter().enumerate() {
                if let Some(target) = direct_target(types, &field.ty)
                    && reaches(types, target, TypeId(owner))
                {
                    to_box.push((owner, f));
                }
            }
        }
    }
    for (owner, f) in to_box {
        if let TypeKind::Struct(s) = &mut types[owner].kind {
            s.fields[f].boxed = true;
        }
    }
}

/// The named type a value of `ty` stores inline, following aliases.
fn direct_target(types: &[TypeDef], ty: &TypeRef) -> Option<TypeId> {
    let mut ty = ty;
    let mut hops = 0;
    loop {
        if let TypeRef::Nullable(inner) = ty {
            ty = inner;
            continue;
        }
        let TypeRef::Named(id) = ty else { return None };
        match &types[id.0].kind {
            TypeKind::Alias(inner) if hops < types.len() => {
                ty = inner;
                hops += 1;
            }
            _ => return Some(*id),
        }
    }
}

/// Whether `goal` is stored inline somewhere inside `from` (or is `from`).
fn reaches(types: &[TypeDef], from: TypeId, goal: TypeId) -> bool {
    let mut seen = vec![false; types.len()];
    let mut stack = vec![from];
    while let Some(id) = stack.pop() {
        if id == goal {
            return true;
        }
        if std::mem::replace(&mut seen[id.0], true) {
            continue;
        }
        match &types[id.0].kind {
            TypeKind::Struct(s) => {
                stack.extend(s.fields.iter().filter_map(|f| direct_target(types, &f.ty)))
            }
            TypeKind::OneOf(alternatives) => {
                stack.extend(
                    alternatives
                        .iter()
                        .filter_map(|a| direct_target(types, &a.ty)),
                );
            }
            _ => {}
        }
    }
    false
}
