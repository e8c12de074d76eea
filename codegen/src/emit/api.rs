//! The API files: a method on `Client` per operation, and its request builder.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_attrs, own_doc};
use super::models::is_displayable;
use super::{ident, rust_type};
use crate::ir::{
    Api, CollectionFormat, Docs, Operation, Param, ParamLocation, Primitive, Response, TypeRef,
};

/// `generated/mod.rs` of the API crate: the base URL and one method per operation.
pub(crate) fn api_operations(api: &Api) -> TokenStream {
    let module_doc = format!(
        " Operations of the {} API (spec version {}), as methods of [`Client`].",
        api.title.trim(),
        api.version.trim()
    );
    let base_url = &api.base_url;
    let base_url_doc = format!(" Where the spec says the API lives: `{base_url}`.");
    let methods = api.operations.iter().map(|op| operation_method(api, op));
    let models_import = models_import(api, false);
    quote! {
        #![doc = #module_doc]
        pub mod builders;

        use crate::Client;
        #models_import

        #[doc = #base_url_doc]
        pub const DEFAULT_BASE_URL: &str = #base_url;

        impl Client {
            #(#methods)*
        }
    }
}

fn operation_method(api: &Api, op: &Operation) -> TokenStream {
    let docs = doc_attrs(&op.docs);
    let route = format!("`{} {}`", op.method.as_str(), op.path);
    let optional: Vec<&str> = op
        .params
        .iter()
        .filter(|p| !p.required)
        .map(|p| p.name.rust.as_str())
        .collect();
    let mut notes = vec![route];
    let arguments: Vec<String> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| (&p.name, &p.docs))
        .chain(
            op.body
                .iter()
                .filter(|b| b.required)
                .map(|b| (&b.name, &b.docs)),
        )
        .map(|(name, docs)| match docs.description.as_deref() {
            Some(d) => format!(
                "- `{}`: {}",
                name.rust,
                super::docs::markdown_line(d.lines().next().unwrap_or(""))
            ),
            None => format!("- `{}`", name.rust),
        })
        .collect();
    if !arguments.is_empty() {
        notes.push(format!("# Arguments\n\n{}", arguments.join("\n")));
    }
    if !optional.is_empty() || op.body.as_ref().is_some_and(|b| !b.required) {
        notes.push(format!(
            "Optional parameters are set on the returned [`builders::{}`]; nothing is sent until its `send`.",
            op.builder
        ));
    }
    let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
    let notes = own_doc(&notes);
    let name = ident(&op.name.rust);
    let searchable = op
        .name
        .wire
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    let alias = (op.name.rust != op.name.wire && searchable).then(|| {
        let wire = &op.name.wire;
        quote!(#[doc(alias = #wire)])
    });
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated(note = "the spec marks this operation deprecated")]));
    let builder = ident(&op.builder);
    let required = required_inputs(api, op);
    let args = required.iter().map(|r| {
        let (name, ty) = (&r.name, &r.arg_type);
        quote!(#name: #ty)
    });
    let values = required.iter().map(|r| &r.conversion);
    let separator =
        (op.docs.summary.is_some() || op.docs.description.is_some()).then(|| quote!(#[doc = ""]));
    quote! {
        #docs
        #separator
        #notes
        #alias
        #deprecated
        pub fn #name(&self, #(#args),*) -> builders::#builder<'_> {
            builders::#builder::new(self, #(#values),*)
        }
    }
}

/// A required input of an operation: a method argument.
struct Input {
    name: proc_macro2::Ident,
    /// Type of the field in the builder.
    field_type: TokenStream,
    /// Doc comment of its setter (optional inputs only).
    setter_docs: TokenStream,
    /// Type the caller passes (`impl Into<String>` for strings).
    arg_type: TokenStream,
    /// Expression turning the argument into the field.
    conversion: TokenStream,
}

fn input(api: &Api, name: &str, ty: &TypeRef, setter_docs: TokenStream) -> Input {
    let name = ident(name);
    let field_type = rust_type(api, ty, Some(&quote!(models)));
    let (arg_type, conversion) = match ty {
        TypeRef::Primitive(Primitive::String) => (quote!(impl Into<String>), quote!(#name.into())),
        TypeRef::Named(_) => (quote!(impl Into<#field_type>), quote!(#name.into())),
        _ => (field_type.clone(), quote!(#name)),
    };
    Input {
        name,
        field_type,
        setter_docs,
        arg_type,
        conversion,
    }
}

fn required_inputs(api: &Api, op: &Operation) -> Vec<Input> {
    let mut inputs: Vec<Input> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| input(api, &p.name.rust, &p.ty, TokenStream::new()))
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        inputs.push(input(api, &body.name.rust, &body.ty, TokenStream::new()));
    }
    inputs
}

fn optional_inputs(api: &Api, op: &Operation) -> Vec<Input> {
    let mut inputs: Vec<Input> = op
        .params
        .iter()
        .filter(|p| !p.required)
        .map(|p| {
            input(
                api,
                &p.name.rust,
                &p.ty,
                described(&p.docs, &format!("`{}`", p.name.wire)),
            )
        })
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| !b.required) {
        inputs.push(input(
            api,
            &body.name.rust,
            &body.ty,
            described(&body.docs, "The request body."),
        ));
    }
    inputs
}

/// The spec's docs, or `fallback` when it has none (every public item is documented).
fn described(docs: &Docs, fallback: &str) -> TokenStream {
    if docs.summary.is_none() && docs.description.is_none() && docs.notes.is_empty() {
        own_doc(&[fallback])
    } else {
        doc_attrs(docs)
    }
}

/// `generated/builders.rs`: one request builder per operation.
pub(crate) fn api_builders(api: &Api) -> TokenStream {
    let builders = api.operations.iter().map(|op| builder(api, op));
    let models_import = models_import(api, true);
    let lists = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .any(|p| p.collection.is_some());
    let runtime_import = if lists {
        quote!(
            use crate::runtime::{CollectionFormat, Method, Request};
        )
    } else {
        quote!(
            use crate::runtime::{Method, Request};
        )
    };
    quote! {
        //! Request builders, one per operation: made by the methods of [`Client`], they hold
        //! the required parameters, take the optional ones, and `send` the request.
        #runtime_import
        use crate::{Client, Error};
        #models_import

        #(#builders)*
    }
}

fn builder(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.builder);
    let method_name = &op.name.rust;
    let doc = if op.params.iter().any(|p| !p.required)
        || op.body.as_ref().is_some_and(|b| !b.required)
    {
        format!(
            " Request for [`Client::{method_name}`]: set optional parameters, then [`send`](Self::send) it."
        )
    } else {
        format!(" Request for [`Client::{method_name}`]: [`send`](Self::send) it.")
    };
    let required = required_inputs(api, op);
    let optional = optional_inputs(api, op);
    let required_fields = required.iter().map(|r| {
        let (name, ty) = (&r.name, &r.field_type);
        quote!(#name: #ty,)
    });
    let optional_fields = optional.iter().map(|o| {
        let (name, ty) = (&o.name, &o.field_type);
        quote!(#name: Option<#ty>,)
    });
    let new_args = required.iter().map(|r| {
        let (name, ty) = (&r.name, &r.field_type);
        quote!(#name: #ty)
    });
    let new_required = required.iter().map(|r| &r.name);
    let new_optional = optional.iter().map(|o| {
        let name = &o.name;
        quote!(#name: None)
    });
    let setters = optional.iter().map(|o| {
        let (name, arg, conversion, docs) = (&o.name, &o.arg_type, &o.conversion, &o.setter_docs);
        quote! {
            #docs
            pub fn #name(mut self, #name: #arg) -> Self {
                self.#name = Some(#conversion);
                self
            }
        }
    });
    let send = send(api, op);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `send` is called"]
        pub struct #name<'a> {
            client: &'a Client,
            #(#required_fields)*
            #(#optional_fields)*
        }

        impl<'a> #name<'a> {
            pub(crate) fn new(client: &'a Client, #(#new_args),*) -> Self {
                Self { client, #(#new_required,)* #(#new_optional,)* }
            }

            #(#setters)*

            #send
        }
    }
}

fn send(api: &Api, op: &Operation) -> TokenStream {
    let method = ident(op.method.as_str());
    let path = &op.path;
    let steps = op.params.iter().map(|p| param_step(api, p));
    let body = op.body.as_ref().map(|b| {
        let name = ident(&b.name.rust);
        if b.required {
            quote!(.json(Some(&self.#name))?)
        } else {
            quote!(.json(self.#name.as_ref())?)
        }
    });
    let (returns, call) = match &op.response {
        Response::Json(ty) => (rust_type(api, ty, Some(&quote!(models))), quote!(send_json)),
        Response::Untyped => (quote!(serde_json::Value), quote!(send_json)),
        Response::Empty => (quote!(()), quote!(send_empty)),
    };
    let returns_doc = match &op.response {
        Response::Json(_) => "Sends the request and decodes the JSON answer.",
        Response::Untyped => {
            "Sends the request and returns the JSON answer as is: the spec does not describe it."
        }
        Response::Empty => "Sends the request; the answer has no body.",
    };
    let doc = own_doc(&[
        returns_doc,
        "# Errors\n\nAn [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.",
    ]);
    quote! {
        #doc
        pub async fn send(self) -> Result<#returns, Error> {
            let request = Request::new(Method::#method, #path)
                #(#steps)*
                #body;
            self.client.#call(request).await
        }
    }
}

fn param_step(api: &Api, p: &Param) -> TokenStream {
    let wire = &p.name.wire;
    let name = ident(&p.name.rust);
    let value = if p.required {
        quote!(Some(&self.#name))
    } else {
        quote!(self.#name.as_ref())
    };
    if let (TypeRef::Array(items), Some(format)) = (&p.ty, p.collection) {
        debug_assert!(
            is_displayable(api, items),
            "resolve only makes arrays of scalars for parameters"
        );
        let format = ident(match format {
            CollectionFormat::Csv => "Csv",
            CollectionFormat::Ssv => "Ssv",
            CollectionFormat::Tsv => "Tsv",
            CollectionFormat::Pipes => "Pipes",
            CollectionFormat::Multi => "Multi",
        });
        let value = if p.required {
            quote!(Some(self.#name.as_slice()))
        } else {
            quote!(self.#name.as_deref())
        };
        let method = match p.location {
            ParamLocation::Path => quote!(path_list),
            ParamLocation::Query => quote!(query_list),
            ParamLocation::Header => quote!(header_list),
            ParamLocation::FormData => quote!(form_list),
        };
        return quote!(.#method(#wire, #value, CollectionFormat::#format));
    }
    let method = match p.location {
        ParamLocation::Path => quote!(path),
        ParamLocation::Query => quote!(query),
        ParamLocation::Header => quote!(header),
        ParamLocation::FormData => quote!(form),
    };
    quote!(.#method(#wire, #value))
}

/// `use crate::models;` where a file names a model type: the methods file only for required
/// inputs, the builders file for any input or response.
fn models_import(api: &Api, builders: bool) -> Option<TokenStream> {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner) | TypeRef::Map(inner) => named(inner),
            _ => false,
        }
    }
    let used = api.operations.iter().any(|op| {
        let params = op
            .params
            .iter()
            .filter(|p| builders || p.required)
            .any(|p| named(&p.ty));
        let body = op
            .body
            .iter()
            .filter(|b| builders || b.required)
            .any(|b| named(&b.ty));
        let response = builders && matches!(&op.response, Response::Json(ty) if named(ty));
        params || body || response
    });
    used.then(|| {
        quote!(
            use crate::models;
        )
    })
}
