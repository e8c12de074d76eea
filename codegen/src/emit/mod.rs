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
//! methods into `impl` blocks of `PART / 8`. Each piece of a file is emitted and formatted
//! apart ([`crate::format::Pieces`]), on as many threads as there are cores.

mod api;
mod docs;
mod models;
mod notes;
pub(crate) mod standalone;

use crate::format::Pieces;
use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};

pub(crate) use api::{api_blocking, api_builders, api_operations};
pub(crate) use models::models;

/// The most operations (or types) a file holds before it is split: the builders and models
/// of a larger spec go in modules of this many, in the spec's order; the client's methods
/// in `impl` blocks of an eighth of this many. Files of a spec of this size or less are
/// never split (the split keeps a file and its syntax trees small, lets the generated
/// crate compile in pieces, and changes no line of a small spec's files).
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

/// A file of `total` items in the spec's order (types, builders), split into part modules
/// of [`PART`] items when it holds more, which the file re-exports.
pub(crate) struct ItemFile<'a> {
    /// The file, relative to its crate's generated folder (`mod.rs`, `builders.rs`).
    pub(crate) path: &'static str,
    /// The folder of its parts, relative to the same (`""`, `builders/`).
    pub(crate) parts_dir: &'static str,
    /// What its items are, for a part's doc (`Types`).
    pub(crate) what: &'static str,
    /// How many items.
    pub(crate) total: usize,
    /// The file's start (doc, imports), given its number of parts (1 when not split).
    pub(crate) head: Box<dyn Fn(usize) -> TokenStream + Send + Sync + 'a>,
    /// What follows the items in the file itself, if anything.
    pub(crate) tail: Option<Box<dyn Fn() -> TokenStream + Send + Sync + 'a>>,
    /// Item `i`; `nested` when it goes in a part module, a level below the file.
    pub(crate) item: Box<dyn Fn(usize, bool) -> TokenStream + Send + Sync + 'a>,
}

/// The file and, past [`PART`] items, its parts, as pieces to format (with their paths).
pub(crate) fn item_files<'a>(file: ItemFile<'a>, header: &str) -> Vec<(String, Pieces<'a>)> {
    let file = std::sync::Arc::new(file);
    let parts = parts(file.total);
    let tail = usize::from(file.tail.is_some());
    if parts.len() == 1 {
        let whole = std::sync::Arc::clone(&file);
        let pieces = Pieces {
            header: header.to_owned(),
            count: 1 + file.total + tail,
            run: crate::format::RUN,
            piece: Box::new(move |i| match (i, &whole.tail) {
                (0, _) => (whole.head)(1),
                (i, _) if i <= whole.total => (whole.item)(i - 1, false),
                (_, Some(tail)) => tail(),
                (_, None) => TokenStream::new(),
            }),
        };
        return vec![(file.path.to_owned(), pieces)];
    }
    let count = parts.len();
    let parent = std::sync::Arc::clone(&file);
    let mut files = vec![(
        file.path.to_owned(),
        Pieces {
            header: header.to_owned(),
            count: 1 + tail,
            run: crate::format::RUN,
            piece: Box::new(move |i| match (i, &parent.tail) {
                (0, _) => (parent.head)(count),
                (_, Some(tail)) => tail(),
                (_, None) => TokenStream::new(),
            }),
        },
    )];
    for (k, range) in parts.into_iter().enumerate() {
        let path = format!("{}{}.rs", file.parts_dir, part_module(k));
        let part = std::sync::Arc::clone(&file);
        let pieces = Pieces {
            header: header.to_owned(),
            count: range.len() + 1,
            run: crate::format::RUN,
            piece: Box::new(move |i| match i {
                0 => part_head(part.what, &range, part.total),
                i => (part.item)(range.start + i - 1, true),
            }),
        };
        files.push((path, pieces));
    }
    files
}

/// `mod part_1; mod part_2; ... pub use part_1::*; pub use part_2::*; ...` for the parts
/// of a split file.
pub(crate) fn part_declarations(parts: usize) -> TokenStream {
    let modules: Vec<Ident> = (0..parts).map(|k| ident(&part_module(k))).collect();
    quote::quote! {
        #(mod #modules;)*
        #(pub use #modules::*;)*
    }
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
