//! Emit: the intermediate model -> Rust token streams, one per file.
//!
//! Generated code refers to the hand-written runtime, the client and the models by paths
//! relative to the module that holds them (`super::Client`, `super::super::runtime` from the
//! builders), never through `crate::`: the same output works at the root of this
//! workspace's crates, of a standalone pair of crates, and in a module of the
//! `feature-specs` test crate, which mounts one client per feature spec.

mod api;
mod docs;
mod models;
mod notes;
pub(crate) mod standalone;

use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};

pub(crate) use api::{api_blocking, api_builders, api_operations};
pub(crate) use models::models;

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
