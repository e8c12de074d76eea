//! Emit: the intermediate model -> Rust token streams, one per file.
//!
//! Generated code refers to the hand-written runtime, the client and the models by paths
//! relative to the module that holds them (`super::Client`, `super::super::runtime` from the
//! builders), never through `crate::`: the same output works at the root of this
//! workspace's crates, of a standalone pair of crates, and in a module of the
//! `feature-specs` test crate, which mounts one client per feature spec.

//!
//! A large spec's files are split ([`PART`]): its builders and its models into modules of
//! [`PART`] operations or types each, whose items the parent module re-exports; its client
//! methods into `impl` blocks of as many. Each piece of a file is emitted and formatted
//! apart ([`crate::format::Pieces`]), on as many threads as there are cores.

mod api;
mod docs;
mod models;
mod notes;
pub(crate) mod standalone;

use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};

pub(crate) use api::{api_blocking, api_builders, api_operations};
pub(crate) use models::models;

/// The most operations (or types) a file holds before it is split: the builders and models
/// of a larger spec go in modules of this many, in the spec's order; the client's methods in
/// `impl` blocks of an eighth of this many. Files of a spec of this size or less are never split (the
/// split keeps a file and its syntax trees small, lets the generated crate compile in
/// pieces, and changes no line of a small spec's files).
pub(crate) const PART: usize = 256;

/// The ranges of `0..count` that `count` items are split into: one for `count <= PART`.
pub(crate) fn parts(count: usize) -> Vec<std::ops::Range<usize>> {
    ranges(count, if count <= PART { count } else { PART })
}

/// The ranges of `0..count` operations whose methods go in one `impl` block: one block for
/// `count <= PART`, blocks of `PART / 8` otherwise (each block is formatted whole: small
/// blocks keep that cheap).
pub(crate) fn method_blocks(count: usize) -> Vec<std::ops::Range<usize>> {
    ranges(count, if count <= PART { count } else { PART / 8 })
}

/// `0..count` in consecutive ranges of `size` (the last may be shorter); one empty range
/// for no items.
fn ranges(count: usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let size = size.max(1);
    (0..count.div_ceil(size).max(1))
        .map(|k| k * size..((k + 1) * size).min(count))
        .collect()
}

/// The name of the module that holds part `k` (from 0) of a split file.
pub(crate) fn part_module(k: usize) -> String {
    format!("part_{}", k + 1)
}

/// The start of a part module: what it holds, and its parent's names (imports and the items
/// of the other parts) in scope, so that its items read as they would in one file.
pub(crate) fn part_head(what: &str, range: &std::ops::Range<usize>, total: usize) -> TokenStream {
    let doc = format!(
        " {what} {} to {} of {total}, in the spec's order; the parent module re-exports them.",
        range.start + 1,
        range.end
    );
    quote::quote! {
        #![doc = #doc]
        use super::*;
    }
}

/// `mod part_1; pub use part_1::*;` for each part of a split file.
pub(crate) fn part_declarations(parts: usize) -> TokenStream {
    let mut tokens = TokenStream::new();
    for k in 0..parts {
        let module = ident(&part_module(k));
        tokens.extend(quote::quote! {
            mod #module;
            pub use #module::*;
        });
    }
    tokens
}

/// An identifier from a name `names` already made valid.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type of a `TypeRef`. `models` is the path that named types are under (`None`
/// inside the models crate, `models` in the API crate). The type is the surface's
/// ([`crate::surface::value_type`]), which `diff` compares.
pub(crate) fn rust_type(api: &Api, ty: &TypeRef, models: Option<&TokenStream>) -> TokenStream {
    crate::surface::value_type(api, ty).tokens(models)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_files_are_one_part_and_large_ones_parts_of_part_items() {
        assert_eq!(parts(0).len(), 1);
        assert!(parts(0)[0].is_empty());
        assert_eq!(parts(PART).len(), 1);
        assert_eq!(parts(PART)[0], 0..PART);
        assert_eq!(parts(PART + 1), vec![0..PART, PART..PART + 1]);
        assert_eq!(method_blocks(3).len(), 1);
        let blocks = method_blocks(PART * 2);
        assert_eq!(blocks.len(), 16);
        assert!(blocks.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(blocks.last().map(|r| r.end), Some(PART * 2));
    }
}
