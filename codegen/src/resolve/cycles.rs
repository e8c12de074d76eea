//! Recursive types: a struct that contains itself, directly or through other structs, needs a
//! `Box` somewhere on the cycle. `Vec` and maps already add the indirection.

use crate::ir::{TypeDef, TypeId, TypeKind, TypeRef};

/// Marks `boxed` on every struct field through which its own struct can be reached again
/// without passing a `Vec` or a map.
pub(super) fn box_recursive_fields(types: &mut [TypeDef]) {
    let mut to_box = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        if let TypeKind::Struct(s) = &def.kind {
            for (f, field) in s.fields.iter().enumerate() {
                if let Some(target) = direct_target(types, &field.ty) {
                    if reaches(types, target, TypeId(owner)) {
                        to_box.push((owner, f));
                    }
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
        if let TypeKind::Struct(s) = &types[id.0].kind {
            stack.extend(s.fields.iter().filter_map(|f| direct_target(types, &f.ty)));
        }
    }
    false
}
