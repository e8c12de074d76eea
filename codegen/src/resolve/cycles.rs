//! Recursive types: a struct that contains itself, directly or through other structs, needs a
//! `Box` somewhere on the cycle. `Vec` and maps already add the indirection.

use crate::ir::{Note, OpaqueReason, TypeDef, TypeId, TypeKind, TypeRef};

/// Aliases that contain themselves (`A = A`, `A = Vec<A>`) cannot be Rust type aliases:
/// they become opaque JSON, with a warning. Returns the ids changed.
///
/// The "expands to" graph has an edge from each alias to every named type its target
/// names; an alias contains itself exactly when it lies on a cycle of that graph, which
/// the same linear, iterative component search as for boxes finds (a chain of a hundred
/// thousand aliases neither takes quadratic time nor overflows the stack).
pub(super) fn break_alias_cycles(types: &mut [TypeDef]) -> Vec<TypeId> {
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|def| {
            let mut named = Vec::new();
            if let TypeKind::Alias(target) = &def.kind {
                names_in(target, &mut named);
            }
            named
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let mut size = vec![0usize; types.len()];
    for c in &component {
        size[*c] += 1;
    }
    let broken: Vec<TypeId> = (0..types.len())
        .filter(|&id| {
            matches!(types[id].kind, TypeKind::Alias(_))
                && (size[component[id]] > 1 || edges[id].contains(&id))
        })
        .map(TypeId)
        .collect();
    for id in &broken {
        types[id.0].kind = TypeKind::Opaque;
        types[id.0]
            .docs
            .notes
            .push(Note::Opaque(OpaqueReason::SelfReferential));
    }
    broken
}

/// The named types `ty` mentions, through arrays, maps and nullables.
fn names_in(ty: &TypeRef, out: &mut Vec<usize>) {
    match ty {
        TypeRef::Named(id) => out.push(id.0),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            names_in(inner, out)
        }
        TypeRef::Primitive(_) | TypeRef::Any | TypeRef::File => {}
    }
}

/// Marks `boxed` on every struct field through which its own struct can be reached again
/// without passing a `Vec` or a map: exactly the fields whose target lies in the owner's
/// strongly connected component of the "stores inline" graph. Linear in the spec's size.
pub(super) fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: Vec<Vec<usize>> = types.iter().map(|def| inline_targets(types, def)).collect();
    let component = strongly_connected_components(&edges);
    for owner in 0..types.len() {
        let targets: Vec<Option<TypeId>> = match &types[owner].kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| direct_target(types, &f.ty))
                .collect(),
            TypeKind::OneOf(alternatives) | TypeKind::Tagged { alternatives, .. } => alternatives
                .iter()
                .map(|a| direct_target(types, &a.ty))
                .collect(),
            _ => continue,
        };
        let boxed =
            |target: Option<TypeId>| target.is_some_and(|t| component[t.0] == component[owner]);
        match &mut types[owner].kind {
            TypeKind::Struct(s) => {
                for (field, target) in s.fields.iter_mut().zip(targets) {
                    field.boxed = boxed(target);
                }
            }
            TypeKind::OneOf(alternatives) | TypeKind::Tagged { alternatives, .. } => {
                for (alternative, target) in alternatives.iter_mut().zip(targets) {
                    alternative.boxed = boxed(target);
                }
            }
            _ => {}
        }
    }
}

/// The types a value of `def` stores inline.
fn inline_targets(types: &[TypeDef], def: &TypeDef) -> Vec<usize> {
    let refs: Vec<&TypeRef> = match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().map(|f| &f.ty).collect(),
        TypeKind::OneOf(alternatives) | TypeKind::Tagged { alternatives, .. } => {
            alternatives.iter().map(|a| &a.ty).collect()
        }
        _ => Vec::new(),
    };
    refs.into_iter()
        .filter_map(|ty| direct_target(types, ty))
        .map(|id| id.0)
        .collect()
}

/// Tarjan's algorithm, without recursion (a spec can be deep): a component number per node.
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut index, mut low, mut component) = (vec![UNSEEN; n], vec![0; n], vec![UNSEEN; n]);
    let mut on_stack = vec![false; n];
    let (mut stack, mut next_index, mut next_component) = (Vec::new(), 0, 0);
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[node] == UNSEEN {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = edges[node].get(*edge) {
                *edge += 1;
                if index[next] == UNSEEN {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
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

#[cfg(test)]
mod tests {
    use super::strongly_connected_components;

    #[test]
    fn components_group_exactly_the_cycles() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 3, 4 alone
        let c = strongly_connected_components(&[vec![1], vec![2], vec![0, 3], vec![3], vec![]]);
        assert!(c[0] == c[1] && c[1] == c[2]);
        assert!(c[3] != c[0] && c[4] != c[0] && c[4] != c[3]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let edges: Vec<Vec<usize>> = (0..n).map(|i| vec![(i + 1) % n]).collect();
        let c = strongly_connected_components(&edges);
        assert!(c.iter().all(|x| *x == c[0]), "one big cycle");
    }
}
