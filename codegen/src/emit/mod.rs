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

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Primitive, TypeRef};

pub(crate) use api::{api_builders, api_operations};
pub(crate) use models::models;

/// An identifier from a name `names` already made valid.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type of a `TypeRef`. `models` is the path that named types are under (`None`
/// inside the models crate, `models` in the API crate).
pub(crate) fn rust_type(api: &Api, ty: &TypeRef, models: Option<&TokenStream>) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&api.types[id.0].name.rust);
            match models {
                Some(path) => quote!(#path::#name),
                None => quote!(#name),
            }
        }
        TypeRef::Primitive(p) => primitive(*p),
        TypeRef::Array(items) => {
            let items = rust_type(api, items, models);
            quote!(Vec<#items>)
        }
        TypeRef::Map(values) => {
            let values = rust_type(api, values, models);
            quote!(std::collections::BTreeMap<String, #values>)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Nullable(inner) => {
            let inner = rust_type(api, inner, models);
            quote!(Option<#inner>)
        }
        // Parameters only: the files that name it import it from the runtime.
        TypeRef::File => quote!(Upload),
    }
}

fn primitive(p: Primitive) -> TokenStream {
    let name = Ident::new(p.rust_name(), Span::call_site());
    quote!(#name)
}
