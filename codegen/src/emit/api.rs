//! The API files: the `Client` type, a method on it per operation, and its request builders.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_attrs, own_doc};
use super::models::is_displayable;
use super::{ident, rust_type};
use crate::format::Pieces;
use crate::ir::{
    Additional, Api, Body, BodyMedia, CollectionFormat, Docs, KeyLocation, Operation, Param,
    ParamLocation, Primitive, Response, SecurityKind, TypeKind, TypeRef,
};

/// `generated/mod.rs` of the API crate: the base URL and one method per operation, in
/// `impl` blocks of at most [`PART`](super::PART) methods.
pub(crate) fn api_operations<'a>(api: &'a Api, krate: Option<&'a str>, header: &str) -> Pieces<'a> {
    methods_file(api, header, operations_head, move |op| {
        operation_method(api, op, krate)
    })
}

/// A file of the client's methods: `head`, then `impl Client` blocks of `method` for every
/// operation (one block, or blocks of `PART / 8` for a large spec: [`super::method_blocks`]).
fn methods_file<'a>(
    api: &'a Api,
    header: &str,
    head: fn(&Api) -> TokenStream,
    method: impl Fn(&Operation) -> TokenStream + Send + Sync + 'a,
) -> Pieces<'a> {
    let blocks = super::method_blocks(api.operations.len());
    Pieces {
        header: header.to_owned(),
        count: blocks.len() + 1,
        run: 1,
        piece: Box::new(move |i| {
            if i == 0 {
                return head(api);
            }
            let methods = api.operations[blocks[i - 1].clone()].iter().map(&method);
            quote! {
                impl Client {
                    #(#methods)*
                }
            }
        }),
    }
}

/// The methods file but its methods: the client, its constants, scopes and webhooks.
fn operations_head(api: &Api) -> TokenStream {
    let module_doc = format!(
        " Operations of the {} API (spec version {}), as methods of [`Client`].",
        super::docs::inline(&api.title),
        super::docs::inline(&api.version)
    );
    let base_url = &api.base_url;
    let base_url_doc = format!(
        " Where the spec says the API lives: {}.",
        super::docs::code(base_url)
    );
    let models_import = models_import(api, false);
    let upload_import = required_uploads(api).then(|| {
        quote!(
            use super::runtime::Upload;
        )
    });
    let oauth_app = oauth_app(api);
    let webhooks = webhooks(api);
    let scopes = scopes(api);
    let error_codes = error_codes(api);
    let meanings = api.error_codes.iter().filter_map(|c| {
        let code = proc_macro2::Literal::i64_unsuffixed(c.code);
        let meaning = match c.meaning? {
            crate::ir::ErrorMeaning::TokenRejected => quote!(TokenRejected),
            crate::ir::ErrorMeaning::QuotaExhausted => quote!(QuotaExhausted),
            crate::ir::ErrorMeaning::Overloaded => quote!(Overloaded),
        };
        Some(quote!((#code, runtime::ErrorMeaning::#meaning)))
    });
    let meanings: Vec<TokenStream> = meanings.collect();
    let error_meanings = (!meanings.is_empty()).then(|| {
        quote! {
            const ERROR_CODES: &'static [(i64, runtime::ErrorMeaning)] = &[#(#meanings),*];
        }
    });
    let client_doc = format!(
        " A client of the {} API: a method per operation, each returning a request builder.",
        super::docs::inline(&api.title)
    );
    let new = ident(crate::ir::CLIENT_NEW);
    let builder = ident(crate::ir::CLIENT_BUILDER);
    quote! {
        #![doc = #module_doc]
        pub mod builders;
        #[cfg(feature = "blocking")]
        pub mod blocking;

        use super::runtime::{self, Error, Secret};
        #upload_import
        #models_import

        #[doc = #client_doc]
        ///
        /// Cheap to clone: clones share one connection pool and one token. It wraps the
        /// runtime's [`runtime::Client`], which `as_ref()` reaches: a call the spec does not
        /// list goes through it with the same authentication, retries and errors.
        #[derive(Debug, Clone)]
        pub struct Client {
            runtime: runtime::Client,
        }

        impl Client {
            /// A client for [`DEFAULT_BASE_URL`], sending `access_token` as a bearer token.
            ///
            /// # Errors
            /// As [`runtime::ClientBuilder::build`].
            pub fn #new(access_token: impl Into<Secret>) -> Result<Client, Error> {
                Client::#builder().access_token(access_token).build()
            }

            /// A builder to set the base URL, authentication, retries and timeouts.
            pub fn #builder() -> ClientBuilder {
                ClientBuilder::new()
            }
        }

        /// Settings for a [`Client`]: what [`Client::builder`] returns.
        pub type ClientBuilder = runtime::ClientBuilder<Client>;

        /// Wraps a runtime client. One made by the runtime's own builder knows neither the
        /// spec's base URL nor what its error codes mean (which renew the token, which are
        /// retried): make clients with [`Client::builder`], which gives it both.
        impl From<runtime::Client> for Client {
            fn from(runtime: runtime::Client) -> Self {
                Client { runtime }
            }
        }

        impl AsRef<runtime::Client> for Client {
            fn as_ref(&self) -> &runtime::Client {
                &self.runtime
            }
        }

        impl runtime::Service for Client {
            const BASE_URL: Option<&'static str> = Some(DEFAULT_BASE_URL);
            #error_meanings
        }

        #error_codes

        #[doc = #base_url_doc]
        pub const DEFAULT_BASE_URL: &str = #base_url;

        #oauth_app

        #scopes

        #webhooks
    }
}

/// `scopes`, a constant per OAuth2 scope the spec lists, when it lists some.
fn scopes(api: &Api) -> Option<TokenStream> {
    let scopes = &api.oauth2.as_ref()?.scopes;
    if scopes.is_empty() {
        return None;
    }
    let constants = scopes.iter().map(|s| {
        let name = ident(&s.constant);
        let wire = &s.wire;
        let docs = match &s.description {
            Some(description) => super::docs::doc_attrs(&crate::ir::Docs {
                description: Some(description.clone()),
                ..Default::default()
            }),
            None => super::docs::own_doc(&[&format!("The scope {}.", super::docs::code(wire))]),
        };
        quote! {
            #docs
            pub const #name: &str = #wire;
        }
    });
    let all: Vec<_> = scopes.iter().map(|s| ident(&s.constant)).collect();
    Some(quote! {
        /// The OAuth2 scopes the spec lists, to ask for in
        /// [`runtime::OAuthApp::authorize_url`] without a typo. Each operation's docs say which
        /// it needs.
        pub mod scopes {
            #(#constants)*

            /// Every scope above, in the spec's order.
            pub const ALL: &[&str] = &[#(#all),*];
        }
    })
}

/// `webhooks`, a function per kind of push the API sends (`x-webhooks`), when the spec
/// describes some.
fn webhooks(api: &Api) -> Option<TokenStream> {
    if api.webhooks.is_empty() {
        return None;
    }
    let models = quote!(models);
    let mut uses_models = false;
    let functions = api.webhooks.iter().map(|w| {
        let ty = crate::surface::value_type(api, &w.ty);
        uses_models |= ty.render(Some("models")).contains("models::");
        let ty = ty.tokens(Some(&models));
        let name = ident(&w.function);
        let prose = super::docs::doc_attrs(&crate::ir::Docs {
            description: w.description.clone(),
            ..Default::default()
        });
        let own = super::docs::own_doc(&[
            &format!(
                "Decodes the JSON body of a received push (`{}` in the spec); it does no I/O, so a receiver can answer at once.",
                super::docs::inline(&w.wire)
            ),
            "# Errors\n[`runtime::Error::Payload`] if the body is not such a push, naming where.",
        ]);
        let sep = (w.description.is_some()).then(|| quote!(#[doc = ""]));
        quote! {
            #prose
            #sep
            #own
            pub fn #name(body: &[u8]) -> Result<#ty, runtime::Error> {
                runtime::decode_payload(body)
            }
        }
    });
    let functions: Vec<TokenStream> = functions.collect();
    let models_import = uses_models.then(|| {
        quote!(
            use super::super::models;
        )
    });
    Some(quote! {
        /// What the API pushes to the URLs its users register (webhooks): a function per
        /// kind of push decodes a received body.
        pub mod webhooks {
            use super::super::runtime;
            #models_import

            #(#functions)*
        }
    })
}

/// `ErrorCode`, the API's error codes by name (`x-error-codes`), when the spec lists some.
fn error_codes(api: &Api) -> Option<TokenStream> {
    if api.error_codes.is_empty() {
        return None;
    }
    let names: Vec<_> = api.error_codes.iter().map(|c| ident(&c.name)).collect();
    let numbers: Vec<_> = api
        .error_codes
        .iter()
        .map(|c| proc_macro2::Literal::i64_unsuffixed(c.code))
        .collect();
    let docs = api.error_codes.iter().map(|c| {
        let text = match &c.description {
            Some(d) => format!(
                " {}: {}",
                c.code,
                super::docs::markdown_line(d.lines().next().unwrap_or(""))
            ),
            None => format!(" {}.", c.code),
        };
        quote!(#[doc = #text])
    });
    Some(quote! {
        /// The API's error codes, by name: what [`Error::api_code`] gives, as
        /// [`ErrorCode::of`] reads it. Codes the spec does not list are `Other`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            #(#docs #names,)*
            /// A code the spec does not list.
            Other(i64),
        }

        impl ErrorCode {
            /// The code of an [`Error::Api`], if `error` is one.
            pub fn of(error: &Error) -> Option<Self> {
                error.api_code().map(Self::from_code)
            }

            /// The code from its number.
            pub fn from_code(code: i64) -> Self {
                match code {
                    #(#numbers => Self::#names,)*
                    other => Self::Other(other),
                }
            }

            /// Its number.
            pub fn code(self) -> i64 {
                match self {
                    #(Self::#names => #numbers,)*
                    Self::Other(code) => code,
                }
            }
        }

        impl std::fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.code())
            }
        }
    })
}

/// `oauth_app()`, the OAuth2 application at the spec's endpoints, when the spec names a
/// token URL.
fn oauth_app(api: &Api) -> Option<TokenStream> {
    let oauth2 = api.oauth2.as_ref()?;
    let token_url = oauth2.token_url.as_ref()?;
    let (urls_doc, make) = match &oauth2.authorize_url {
        Some(authorize_url) => (
            format!(
                " at the spec's token URL ({}) and authorization URL ({}).",
                super::docs::code(token_url),
                super::docs::code(authorize_url)
            ),
            quote!(runtime::OAuthApp::with_urls(client_id, client_secret, #token_url, #authorize_url)),
        ),
        None => (
            format!(
                " at the spec's token URL ({}); the spec names no authorization URL.",
                super::docs::code(token_url)
            ),
            quote!(runtime::OAuthApp::with_token_url(client_id, client_secret, #token_url)),
        ),
    };
    Some(quote! {
        /// The OAuth2 application `client_id` (for
        /// [`ClientBuilder::refreshing_tokens`](runtime::ClientBuilder::refreshing_tokens)),
        #[doc = #urls_doc]
        ///
        /// # Errors
        /// As [`runtime::OAuthApp::with_urls`].
        pub fn oauth_app(
            client_id: impl Into<String>,
            client_secret: impl Into<Secret>,
        ) -> Result<runtime::OAuthApp, Error> {
            #make
        }
    })
}

fn operation_method(api: &Api, op: &Operation, krate: Option<&str>) -> TokenStream {
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
        .map(|p| (&p.name, &p.docs, None))
        .chain(
            op.body
                .iter()
                .filter(|b| b.required)
                .map(|b| (&b.name, &b.docs, media_note(&b.media))),
        )
        .map(|(name, docs, media)| {
            let description = super::docs::first_line(docs);
            let text = match (description, media) {
                (Some(d), Some(m)) => format!(": {d} ({m})"),
                (Some(d), None) => format!(": {d}"),
                (None, Some(m)) => format!(": {m}"),
                (None, None) => String::new(),
            };
            format!("- `{}`{text}", name.rust)
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
    if let Some(krate) = krate {
        notes.push(example(api, op, krate, false));
    }
    let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
    let notes = own_doc(&notes);
    let name = ident(&op.name.rust);
    let aliases = op
        .aliases
        .iter()
        .map(|alias| quote!(#[doc(alias = #alias)]));
    let deprecated = op.deprecated.as_ref().map(|deprecation| {
        let note = deprecation
            .reason
            .as_deref()
            .unwrap_or("the spec marks this operation deprecated");
        quote!(#[deprecated(note = #note)])
    });
    let builder = ident(&op.builder);
    let required = required_inputs(api, op);
    let args = required.iter().map(|r| {
        let (name, ty) = (&r.name, &r.arg_type);
        quote!(#name: #ty)
    });
    let values = required.iter().map(|r| &r.conversion);
    let separator = op.docs.has_prose().then(|| quote!(#[doc = ""]));
    quote! {
        #docs
        #separator
        #notes
        #(#aliases)*
        #deprecated
        pub fn #name(&self, #(#args),*) -> builders::#builder<'_> {
            builders::#builder::new(self, #(#values),*)
        }
    }
}

/// How a body that is not JSON travels, for the list of arguments.
fn media_note(media: &BodyMedia) -> Option<String> {
    match media {
        BodyMedia::Json => None,
        BodyMedia::Text(m) => Some(format!("sent as it is, as `{m}`")),
        BodyMedia::Bytes(m) => Some(format!("bytes sent as they are, as `{m}`")),
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
    /// `format: password`: `Debug` shows `<redacted>`.
    secret: bool,
}

fn input(api: &Api, name: &str, ty: &TypeRef, setter_docs: TokenStream) -> Input {
    typed_input(name, crate::surface::input_types(api, ty), setter_docs)
}

/// An input of the types the surface gives it ([`crate::surface::input_types`]); an
/// `impl Into` argument converts with `into()`, a list of them item by item.
fn typed_input(
    name: &str,
    (value, arg): (crate::surface::Ty, crate::surface::Ty),
    setter_docs: TokenStream,
) -> Input {
    let name = ident(name);
    let conversion = match &arg {
        crate::surface::Ty::Into(_) => quote!(#name.into()),
        crate::surface::Ty::IntoIter(_) => quote!(#name.into_iter().map(Into::into).collect()),
        _ => quote!(#name),
    };
    let models = quote!(models);
    Input {
        field_type: value.tokens(Some(&models)),
        arg_type: arg.tokens(Some(&models)),
        name,
        setter_docs,
        conversion,
        secret: false,
    }
}

fn required_inputs(api: &Api, op: &Operation) -> Vec<Input> {
    let mut inputs: Vec<Input> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| Input {
            secret: p.secret,
            ..input(api, &p.name.rust, &p.ty, TokenStream::new())
        })
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        inputs.push(body_input(api, body, TokenStream::new()));
    }
    inputs
}

/// The body as an input: bytes sent as they are are a `Vec<u8>`, the rest as its type says.
fn body_input(api: &Api, body: &Body, setter_docs: TokenStream) -> Input {
    typed_input(
        &body.name.rust,
        crate::surface::body_types(api, body),
        setter_docs,
    )
}

fn optional_inputs(api: &Api, op: &Operation) -> Vec<Input> {
    let mut inputs: Vec<Input> = op
        .params
        .iter()
        .filter(|p| !p.required)
        .map(|p| Input {
            secret: p.secret,
            ..input(
                api,
                &p.name.rust,
                &p.ty,
                super::docs::item_docs(
                    &p.docs,
                    (p.name.rust != p.name.wire)
                        .then(|| crate::ir::Note::SentAs(p.name.wire.clone())),
                ),
            )
        })
        .collect();
    if let Some(body) = op.body.as_ref().filter(|b| !b.required) {
        inputs.push(body_input(
            api,
            body,
            described(&body.docs, "The request body."),
        ));
    }
    inputs
}

/// The spec's docs, or `fallback` when it has none (every public item is documented).
fn described(docs: &Docs, fallback: &str) -> TokenStream {
    if docs.is_empty() {
        own_doc(&[fallback])
    } else {
        doc_attrs(docs)
    }
}

/// `generated/builders.rs`: one request builder per operation.
pub(crate) fn api_builders<'a>(api: &'a Api, header: &str) -> Vec<(String, Pieces<'a>)> {
    super::item_files(
        super::ItemFile {
            path: "builders.rs",
            parts_dir: "builders/",
            what: "Builders",
            total: api.operations.len(),
            head: Box::new(move |parts| builders_head(api, parts)),
            tail: None,
            // The API's module is the builders' parent, or their grandparent from a part.
            item: Box::new(move |i, nested| {
                let api_module = if nested {
                    quote!(super::super)
                } else {
                    quote!(super)
                };
                builder(api, &api.operations[i], api_module)
            }),
        },
        header,
    )
}

/// The builders' file but its builders: its doc and imports, and its parts' modules.
fn builders_head(api: &Api, parts: usize) -> TokenStream {
    let models_import = models_import(api, true);
    let lists = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .any(|p| p.collection.is_some());
    let schemes_used = || {
        api.operations
            .iter()
            .flat_map(|op| op.security.iter().flatten().flatten())
            .map(|i| &api.security_schemes[*i].kind)
    };
    let secured = schemes_used().next().is_some();
    let files = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .any(|p| p.ty == TypeRef::File);
    let keys = schemes_used().any(|kind| matches!(kind, SecurityKind::ApiKey { .. }));
    let runtime_items = [
        ("CollectionFormat", lists),
        ("KeyLocation", keys),
        ("Method", true),
        ("Request", true),
        ("Response", true),
        ("Scheme", secured),
        ("Upload", files),
    ]
    .into_iter()
    .filter(|(_, used)| *used)
    .map(|(name, _)| ident(name));
    let runtime_import = quote!(
        use super::super::runtime::{#(#runtime_items),*};
    );
    // A spec without operations has no builders, and needs none of the imports.
    let imports = (!api.operations.is_empty()).then(|| {
        quote! {
            #runtime_import
            use super::super::{Client, Error};
            #models_import
        }
    });
    let parts = (parts > 1).then(|| super::part_declarations(parts));
    quote! {
        //! Request builders, one per operation: made by the methods of [`Client`](super::Client), they hold
        //! the required parameters, take the optional ones, and `send` the request.
        #imports
        #parts
    }
}

/// The builder of `op`; `api_module` is the path from its module to the API's module
/// (`super` from the builders, `super::super` from a part of them).
fn builder(api: &Api, op: &Operation, api_module: TokenStream) -> TokenStream {
    let name = ident(&op.builder);
    let method_name = &op.name.rust;
    let doc = if op.params.iter().any(|p| !p.required)
        || op.body.as_ref().is_some_and(|b| !b.required)
    {
        format!(" Request for [`Client::{method_name}`]: set optional parameters, then `send` it.")
    } else {
        format!(" Request for [`Client::{method_name}`]: `send` it.")
    };
    let doc_client = " `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.";
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
    let checks = checks(api, op);
    let Sends {
        request,
        async_send,
        blocking_send,
    } = send(api, op, !checks.is_empty());
    let validate = (!checks.is_empty()).then(|| {
        quote! {
            /// Checks the parameters against the spec's constraints, before anything is sent.
            fn validate(&self) -> Result<(), Error> {
                #(#checks)*
                Ok(())
            }
        }
    });
    let secrets = required.iter().chain(&optional).any(|i| i.secret);
    let debug = (!secrets).then(|| quote!(Debug,));
    let redacting_debug = secrets.then(|| {
        let label = &op.builder;
        let required_fields = required.iter().map(|r| {
            let (field, text) = (&r.name, r.name.to_string());
            if r.secret {
                quote!(.field(#text, &"<redacted>"))
            } else {
                quote!(.field(#text, &self.#field))
            }
        });
        let optional_fields = optional.iter().map(|o| {
            let (field, text) = (&o.name, o.name.to_string());
            if o.secret {
                quote!(.field(#text, &self.#field.as_ref().map(|_| "<redacted>")))
            } else {
                quote!(.field(#text, &self.#field))
            }
        });
        quote! {
            /// Shows the parameters but the secrets (`format: password`), which read `<redacted>`.
            impl<C: std::fmt::Debug> std::fmt::Debug for #name<'_, C> {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#label)
                        .field("client", &self.client)
                        #(#required_fields)*
                        #(#optional_fields)*
                        .finish()
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = #doc_client]
        #[derive(#debug Clone)]
        #[must_use = "a request does nothing until `send` is called"]
        pub struct #name<'a, C = Client> {
            client: &'a C,
            #(#required_fields)*
            #(#optional_fields)*
        }

        impl<'a, C> #name<'a, C> {
            pub(crate) fn new(client: &'a C, #(#new_args),*) -> Self {
                Self { client, #(#new_required,)* #(#new_optional,)* }
            }

            #(#setters)*

            #validate

            #request
        }

        impl #name<'_> {
            #async_send
        }

        #[cfg(feature = "blocking")]
        impl #name<'_, #api_module::blocking::Client> {
            #blocking_send
        }

        #redacting_debug
    }
}

/// Checks of parameter values the spec constrains (enum values, bounds), one block each.
fn checks(api: &Api, op: &Operation) -> Vec<TokenStream> {
    op.params.iter().filter_map(|p| check(api, p)).collect()
}

fn check(api: &Api, p: &Param) -> Option<TokenStream> {
    let name = ident(&p.name.rust);
    // The messages are format strings: braces in the name must not be read as placeholders.
    let wire = &p.name.wire.replace('{', "{{").replace('}', "}}");
    let is_enum = |ty: &TypeRef| matches!(ty, TypeRef::Named(id) if matches!(api.types[id.0].kind, TypeKind::Enum(_)));
    // Each rule: a condition on `value` (a reference to the parameter) that fails it, and
    // the message, which may name `value` or `unknown`.
    let mut rules: Vec<(TokenStream, String)> = Vec::new();
    match &p.ty {
        _ if p.open_enum => {}
        ty if is_enum(ty) => rules.push((
            quote!(!value.is_known()),
            format!("parameter `{wire}`: `{{value}}` is not one of the values the spec lists"),
        )),
        TypeRef::Array(items) if is_enum(items) => rules.push((
            quote!(let Some(unknown) = value.iter().find(|v| !v.is_known())),
            format!("parameter `{wire}`: `{{unknown}}` is not one of the values the spec lists"),
        )),
        TypeRef::Primitive(
            primitive @ (Primitive::I32
            | Primitive::I64
            | Primitive::U64
            | Primitive::F32
            | Primitive::F64),
        ) => {
            // Integers compare as i64 (u64 as i128, which holds it and a negative bound)
            // when the bound is a whole number, else as f64, so that no bound makes the
            // comparison ill-typed or its literal overflow.
            let value = match primitive {
                Primitive::I32 => quote!(i64::from(*value)),
                Primitive::U64 => quote!(i128::from(*value)),
                Primitive::F32 => quote!(f64::from(*value)),
                _ => quote!(*value),
            };
            let integer = matches!(primitive, Primitive::I32 | Primitive::I64 | Primitive::U64);
            let compare = |limit: f64| {
                if integer && limit.fract() == 0.0 && limit.abs() < 9.0e15 {
                    (
                        value.clone(),
                        proc_macro2::Literal::i64_unsuffixed(limit as i64),
                    )
                } else if integer {
                    (
                        quote!((*value as f64)),
                        proc_macro2::Literal::f64_unsuffixed(limit),
                    )
                } else {
                    (value.clone(), proc_macro2::Literal::f64_unsuffixed(limit))
                }
            };
            if let Some((limit, exclusive)) = p.range.minimum.filter(|(l, _)| l.is_finite()) {
                let (v, l) = compare(limit);
                rules.push(if exclusive {
                    (
                        quote!(#v <= #l),
                        format!("parameter `{wire}` must be above {limit}, not {{value}}"),
                    )
                } else {
                    (
                        quote!(#v < #l),
                        format!("parameter `{wire}` must be at least {limit}, not {{value}}"),
                    )
                });
            }
            if let Some((limit, exclusive)) = p.range.maximum.filter(|(l, _)| l.is_finite()) {
                let (v, l) = compare(limit);
                rules.push(if exclusive {
                    (
                        quote!(#v >= #l),
                        format!("parameter `{wire}` must be below {limit}, not {{value}}"),
                    )
                } else {
                    (
                        quote!(#v > #l),
                        format!("parameter `{wire}` must be at most {limit}, not {{value}}"),
                    )
                });
            }
        }
        _ => {}
    }
    // Lengths: the pattern binds the count the message names (`let count @ 9.. = ...`).
    let counted = match &p.ty {
        TypeRef::Primitive(Primitive::String) => Some((quote!(value.chars().count()), "character")),
        TypeRef::Array(_) => Some((quote!(value.len()), "item")),
        _ => None,
    };
    if let Some((count, unit)) = counted {
        // A limit beyond `usize` cannot be reached: no rule for it.
        let literal = |n: u64| {
            usize::try_from(n)
                .ok()
                .map(proc_macro2::Literal::usize_unsuffixed)
        };
        match p.lengths.min {
            Some(1) => rules.push((
                quote!(value.is_empty()),
                format!("parameter `{wire}` must not be empty"),
            )),
            Some(min) if min > 1 => {
                if let Some(l) = literal(min) {
                    rules.push((
                        quote!(let count @ ..#l = #count),
                        format!(
                            "parameter `{wire}` must have at least {min} {unit}s, not {{count}}"
                        ),
                    ));
                }
            }
            _ => {}
        }
        if let Some(max) = p.lengths.max
            && let Some(l) = max.checked_add(1).and_then(literal)
        {
            rules.push((
                quote!(let count @ #l.. = #count),
                format!(
                    "parameter `{wire}` must have at most {max} {unit}{}, not {{count}}",
                    plural(max)
                ),
            ));
        }
    }
    // A message names `value`, `unknown` or `count` (bound where it is checked), or is
    // fixed text: `to_owned` then, not a `format!` with nothing to format.
    let rules: Vec<(TokenStream, TokenStream)> = rules
        .into_iter()
        .map(|(fails, text)| {
            let message = if text.contains('{') {
                quote!(format!(#text))
            } else {
                quote!(#text.to_owned())
            };
            (fails, message)
        })
        .collect();
    if rules.is_empty() {
        return None;
    }
    let rules = rules.into_iter().map(|(fails, message)| {
        let fail = quote!(return Err(Error::InvalidRequest { message: #message }););
        if p.required {
            quote!(if #fails { #fail })
        } else {
            quote!(if let Some(value) = &self.#name && #fails { #fail })
        }
    });
    Some(if p.required {
        quote! {{
            let value = &self.#name;
            #(#rules)*
        }}
    } else {
        quote!(#(#rules)*)
    })
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// What a builder sends with: the request it builds, and `send` and `send_with_meta` for
/// the async client and for the blocking one.
struct Sends {
    request: TokenStream,
    async_send: TokenStream,
    blocking_send: TokenStream,
}

/// The `send` methods; `validates`: the builder has a `validate` to call first.
fn send(api: &Api, op: &Operation, validates: bool) -> Sends {
    let method = ident(op.method.as_str());
    let path = &op.path;
    let steps = op.params.iter().map(|p| param_step(api, p));
    let body = op.body.as_ref().map(|b| {
        let name = ident(&b.name.rust);
        let value = if b.required {
            quote!(Some(&self.#name))
        } else {
            quote!(self.#name.as_ref())
        };
        match &b.media {
            // The last step, which may fail: the function's result as it is.
            BodyMedia::Json => quote!(.json(#value)),
            BodyMedia::Text(media) | BodyMedia::Bytes(media) => quote!(.raw(#media, #value)),
        }
    });
    let fallible = op
        .body
        .as_ref()
        .is_some_and(|b| matches!(b.media, BodyMedia::Json));
    let accept = op.accept.as_ref().map(|media| quote!(.accept(#media)));
    let delivery = delivery(api, op);
    let returns = &delivery.data;
    // `Response<T>` when there is no envelope: its metadata is `()`.
    let meta = delivery.meta.as_ref().map(|meta| quote!(, #meta));
    let call = &delivery.call;
    let validate = validates.then(|| quote!(self.validate()?;));
    let security = op.security.as_ref().map(|alternatives| {
        let alternatives = alternatives.iter().map(|all| {
            let schemes = all.iter().map(|i| {
                let scheme = &api.security_schemes[*i];
                match &scheme.kind {
                    SecurityKind::OAuth2 => quote!(Scheme::OAuth2),
                    SecurityKind::Basic => quote!(Scheme::Basic),
                    SecurityKind::ApiKey { name, location } => {
                        let location = match location {
                            KeyLocation::Header => quote!(KeyLocation::Header),
                            KeyLocation::Query => quote!(KeyLocation::Query),
                        };
                        let scheme = &scheme.name;
                        quote!(Scheme::ApiKey { scheme: #scheme, location: #location, name: #name })
                    }
                }
            });
            quote!(&[#(#schemes),*])
        });
        quote!(.security(&[#(#alternatives),*]))
    });
    let multipart = op.multipart.then(|| quote!(.multipart()));
    let mut errors = "# Errors\n\nAn [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.".to_owned();
    if !op.errors.is_empty() {
        errors.push_str("\n\nThe error answers the spec describes:\n");
        for answer in &op.errors {
            let status = if answer.status == "default" {
                "any other status".to_owned()
            } else {
                format!("`{}`", answer.status)
            };
            let description =
                super::docs::markdown_line(answer.description.lines().next().unwrap_or(""));
            let decode = match &answer.ty {
                Some(ty) => {
                    let ty = rust_type(api, ty, Some(&quote!(models)))
                        .to_string()
                        .replace(' ', "");
                    format!(" Its body: `{ty}`, from [`Error::body_json`].")
                }
                None => String::new(),
            };
            let description = description.trim_end_matches('.');
            let description = if description.is_empty() {
                String::new()
            } else {
                format!(": {description}")
            };
            errors.push_str(&format!("\n- {status}{description}.{decode}"));
        }
    }
    let doc = own_doc(&[&delivery.doc, &errors]);
    let with_meta_doc = own_doc(&[&delivery.meta_doc, "# Errors\n\nAs [`send`](Self::send)."]);
    let blocking_doc = own_doc(&[
        &delivery.doc,
        "Blocks the current thread until the answer is in.",
        &format!(
            "{errors}\n\nCalled from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there."
        ),
    ]);
    let build = quote! {
        Request::new(Method::#method, #path)
            #accept
            #security
            #multipart
            #(#steps)*
            #body
    };
    let build = if fallible { build } else { quote!(Ok(#build)) };
    Sends {
        request: quote! {
            /// The request to send, once the parameters are checked.
            fn request(self) -> Result<Request, Error> {
                #validate
                #build
            }
        },
        async_send: quote! {
            #doc
            pub async fn send(self) -> Result<#returns, Error> {
                self.send_with_meta().await.map(Response::into_data)
            }

            #with_meta_doc
            pub async fn send_with_meta(self) -> Result<Response<#returns #meta>, Error> {
                let client = self.client;
                let request = self.request()?;
                client.runtime.#call.await
            }
        },
        blocking_send: quote! {
            #blocking_doc
            pub fn send(self) -> Result<#returns, Error> {
                self.send_with_meta().map(Response::into_data)
            }

            #with_meta_doc
            pub fn send_with_meta(self) -> Result<Response<#returns #meta>, Error> {
                let client = self.client;
                let request = self.request()?;
                client.block_on(client.as_async().runtime.#call)
            }
        },
    }
}

/// What `send` returns and how it gets it.
struct Delivery {
    /// The data's type.
    data: TokenStream,
    /// The metadata's type: the envelope's, if any.
    meta: Option<TokenStream>,
    /// The runtime call that sends `request` (the method and its arguments).
    call: TokenStream,
    /// The first paragraph of `send`'s doc.
    doc: String,
    /// The first paragraph of `send_with_meta`'s doc.
    meta_doc: String,
}

fn delivery(api: &Api, op: &Operation) -> Delivery {
    let models = quote!(models);
    // What `send` returns and the metadata beside it: the surface's, which diff compares.
    let (data_ty, meta_ty) = crate::surface::returns(api, op);
    let data = data_ty.tokens(Some(&models));
    let plain = |call: TokenStream, doc: &str| Delivery {
        data: data.clone(),
        meta: None,
        call: quote!(#call(request)),
        doc: doc.to_owned(),
        meta_doc: "As [`send`](Self::send), with the HTTP status and headers of the answer."
            .to_owned(),
    };
    let ty = match &op.response {
        Response::Json(ty) => ty,
        Response::Untyped => {
            return plain(
                quote!(send_json_with_meta),
                "Sends the request and returns the JSON answer as is: the spec does not describe it.",
            );
        }
        Response::Binary => {
            return plain(
                quote!(send_bytes_with_meta),
                "Sends the request and returns the body's bytes.",
            );
        }
        Response::Text => {
            return plain(
                quote!(send_text_with_meta),
                "Sends the request and returns the body as text.",
            );
        }
        Response::Empty => {
            return plain(
                quote!(send_empty_with_meta),
                "Sends the request; the answer has no body.",
            );
        }
    };
    let whole = rust_type(api, ty, Some(&models));
    let (Some(enveloped), Some(meta_ty)) = (&op.envelope, meta_ty) else {
        return plain(
            quote!(send_json_with_meta),
            "Sends the request and decodes the JSON answer.",
        );
    };
    let (TypeKind::Struct(answer), TypeKind::Struct(envelope)) = (
        &api.types[enveloped.answer.0].kind,
        &api.types[enveloped.meta.0].kind,
    ) else {
        unreachable!("resolve marks only structs as envelopes")
    };
    let meta_name = meta_ty.to_string();
    let meta = meta_ty.tokens(Some(&models));
    // The envelope's fields, moved from the answer by wire name (the Rust names of the two
    // structs may differ).
    let from = |wire: &str| {
        let f = answer
            .fields
            .iter()
            .find(|f| f.name.wire == wire)
            .expect("resolve checked the answer has every field of the envelope");
        ident(&f.name.rust)
    };
    let needed = crate::surface::constructor_takes;
    let new_args = envelope.fields.iter().filter(|f| needed(f)).map(|f| {
        let source = from(&f.name.wire);
        quote!(answer.#source)
    });
    let moves = envelope.fields.iter().filter(|f| !needed(f)).map(|f| {
        let target = ident(&f.name.rust);
        let source = from(&f.name.wire);
        quote!(meta.#target = answer.#source;)
    });
    let extra = match (&answer.additional, &envelope.additional) {
        (
            Additional::Kept(a) | Additional::Typed(a, _),
            Additional::Kept(e) | Additional::Typed(e, _),
        ) => {
            let (a, e) = (ident(&a.rust), ident(&e.rust));
            Some(quote!(meta.#e = answer.#a;))
        }
        _ => None,
    };
    let constructor = quote!(#meta::new(#(#new_args),*));
    let (take, doc) = match enveloped.data {
        None => (
            None,
            "Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).".to_owned(),
        ),
        Some(i) => {
            let f = &answer.fields[i];
            let name = ident(&f.name.rust);
            let wire = &f.name.wire;
            let unbox = if f.boxed { quote!(*) } else { quote!() };
            // A list reads as empty when absent: it is the data as it is.
            let take = if crate::surface::is_plain_list(answer, i) {
                quote!(answer.#name)
            } else if f.nullable {
                // `null` (and, for an optional field, absence) is `None`.
                if f.boxed {
                    quote!(answer.#name.map(|data| *data))
                } else {
                    quote!(answer.#name)
                }
            } else if f.required {
                quote!(#unbox answer.#name)
            } else {
                quote!(#unbox answer.#name.ok_or(#wire)?)
            };
            let doc = if f.nullable {
                format!(
                    "Sends the request and returns the answer's {wire}, decoded: `None` when the answer has no {wire} (or `null`).",
                    wire = super::docs::code(wire)
                )
            } else {
                format!(
                    "Sends the request and returns the answer's {}, decoded.",
                    super::docs::code(wire)
                )
            };
            (Some(quote!(let data = #take;)), doc)
        }
    };
    let answer_ty = whole;
    let data_value = if take.is_some() {
        quote!(data)
    } else {
        quote!(())
    };
    let moves: Vec<TokenStream> = moves.collect();
    let mutable = (!moves.is_empty() || extra.is_some()).then(|| quote!(mut));
    let meta_doc = format!(
        "As [`send`](Self::send), with what came around the data: the envelope's other fields ([`{}`](models::{})), the HTTP status and headers.",
        meta_name, meta_name
    );
    Delivery {
        data,
        meta: Some(meta.clone()),
        call: quote! {
            send_json_parts(request, |answer: #answer_ty| {
                #take
                let #mutable meta = #constructor;
                #(#moves)*
                #extra
                Ok((#data_value, meta))
            })
        },
        doc,
        meta_doc,
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
    if p.json_encoded {
        let method = match p.location {
            ParamLocation::FormData => quote!(form_json),
            _ => quote!(query_json),
        };
        return quote!(.#method(#wire, #value)?);
    }
    if p.ty == TypeRef::File {
        // Moved out of the builder, which `send` consumes: the file is not copied.
        let value = if p.required {
            quote!(Some(self.#name))
        } else {
            quote!(self.#name)
        };
        return quote!(.file(#wire, #value));
    }
    if let (TypeRef::Array(items), Some(format)) = (&p.ty, p.collection) {
        let format_ident = |format: CollectionFormat| {
            ident(match format {
                CollectionFormat::Csv => "Csv",
                CollectionFormat::Ssv => "Ssv",
                CollectionFormat::Tsv => "Tsv",
                CollectionFormat::Pipes => "Pipes",
                CollectionFormat::Multi => "Multi",
            })
        };
        let format = format_ident(format);
        let value = match (&**items, p.item_collection) {
            // A list of lists: each inner list joined into one string first.
            (TypeRef::Array(inner), Some(inner_format)) => {
                debug_assert!(
                    is_displayable(api, inner),
                    "resolve only makes lists of lists of scalars for parameters"
                );
                let inner_format = format_ident(inner_format);
                let rows = if p.required {
                    quote!(Some(&self.#name))
                } else {
                    quote!(self.#name.as_ref())
                };
                quote!(#rows
                    .map(|rows| rows.iter().map(|row| CollectionFormat::#inner_format.join(row)).collect::<Vec<String>>())
                    .as_deref())
            }
            _ => {
                debug_assert!(
                    is_displayable(api, items),
                    "resolve only makes arrays of scalars for parameters"
                );
                if p.required {
                    quote!(Some(self.#name.as_slice()))
                } else {
                    quote!(self.#name.as_deref())
                }
            }
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

/// `use super::models;` (or `super::super::models` from the builders) where a file names a model type: the methods file only for required
/// inputs, the builders file for any input or response.
fn models_import(api: &Api, builders: bool) -> Option<TokenStream> {
    models_used(api, builders).then(|| {
        if builders {
            quote!(
                use super::super::models;
            )
        } else {
            quote!(
                use super::models;
            )
        }
    })
}

/// Whether the methods' arguments (required parameters and bodies) name a model type; with
/// `builders`, the optional ones and the answers too.
fn models_used(api: &Api, builders: bool) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => named(inner),
            _ => false,
        }
    }
    api.operations.iter().any(|op| {
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
    })
}

/// `generated/blocking.rs`: the same operations for programs without async, behind the
/// `blocking` feature. Its client's methods take the same arguments and return the same
/// builders, for that client, whose `send` blocks.
pub(crate) fn api_blocking<'a>(api: &'a Api, krate: Option<&'a str>, header: &str) -> Pieces<'a> {
    methods_file(api, header, blocking_head, move |op| {
        blocking_method(api, op, krate)
    })
}

/// The blocking client's file but its methods.
fn blocking_head(api: &Api) -> TokenStream {
    let new = ident(crate::ir::CLIENT_NEW);
    let builder = ident(crate::ir::CLIENT_BUILDER);
    let models_import = models_used(api, false).then(|| {
        quote!(
            use super::super::models;
        )
    });
    let upload_import = required_uploads(api).then(|| {
        quote!(
            use super::super::runtime::Upload;
        )
    });
    let client_doc = format!(
        " A blocking client of the {} API: the methods of the async [`Client`](super::Client), whose builders' `send` blocks.",
        super::docs::inline(&api.title)
    );
    quote! {
        //! The operations for programs that do not use async: [`Client`] has the methods of the
        //! async [`Client`](super::Client), with the same arguments and builders, and a
        //! builder's `send` blocks until the answer is in. Each client runs a Tokio runtime of
        //! its own, started at its first request, on which the async client does the work:
        //! the same authentication, retries, errors and budget.
        //!
        //! Call it from threads that do not run async code: there, `send` returns an error
        //! instead of blocking an executor.

        use super::super::runtime::{self, Error, Secret};
        #models_import
        #upload_import

        #[doc = #client_doc]
        ///
        /// Cheap to clone: clones share one runtime, connection pool and token.
        #[derive(Debug, Clone)]
        pub struct Client {
            client: super::Client,
            blocking: runtime::Blocking,
        }

        impl Client {
            /// A client for [`DEFAULT_BASE_URL`](super::DEFAULT_BASE_URL), sending
            /// `access_token` as a bearer token.
            ///
            /// # Errors
            /// As [`runtime::ClientBuilder::build`].
            pub fn #new(access_token: impl Into<Secret>) -> Result<Client, Error> {
                Client::#builder().access_token(access_token).build()
            }

            /// A builder to set the base URL, authentication, retries and timeouts.
            pub fn #builder() -> ClientBuilder {
                ClientBuilder::new()
            }

            /// The async client this one runs its requests with.
            pub fn as_async(&self) -> &super::Client {
                &self.client
            }

            /// Runs an async call to its end on this client's runtime, blocking the thread:
            /// what the builders' `send` does, and how to make a call the spec does not list,
            /// through [`as_async`](Self::as_async) and the runtime client it reaches.
            ///
            /// # Errors
            /// The call's own, and as [`runtime::Blocking::block_on`].
            pub fn block_on<T>(
                &self,
                call: impl std::future::Future<Output = Result<T, Error>>,
            ) -> Result<T, Error> {
                self.blocking.block_on(call)
            }
        }

        /// Settings for a [`Client`]: what [`Client::builder`] returns.
        pub type ClientBuilder = runtime::ClientBuilder<Client>;

        /// Wraps a runtime client, as [`super::Client`] does.
        impl From<runtime::Client> for Client {
            fn from(runtime: runtime::Client) -> Self {
                Client::from(super::Client::from(runtime))
            }
        }

        /// The blocking form of an async client: clones of both share the connection pool,
        /// token and budget.
        impl From<super::Client> for Client {
            fn from(client: super::Client) -> Self {
                Client {
                    client,
                    blocking: runtime::Blocking::new(),
                }
            }
        }

        impl AsRef<runtime::Client> for Client {
            fn as_ref(&self) -> &runtime::Client {
                self.client.as_ref()
            }
        }

        impl runtime::Service for Client {
            const BASE_URL: Option<&'static str> = <super::Client as runtime::Service>::BASE_URL;
            const ERROR_CODES: &'static [(i64, runtime::ErrorMeaning)] =
                <super::Client as runtime::Service>::ERROR_CODES;
        }
    }
}

/// Whether a method's arguments (required parameters) include a file to upload.
fn required_uploads(api: &Api) -> bool {
    api.operations
        .iter()
        .flat_map(|op| &op.params)
        .any(|p| p.required && p.ty == TypeRef::File)
}

fn blocking_method(api: &Api, op: &Operation, krate: Option<&str>) -> TokenStream {
    let name = ident(&op.name.rust);
    let builder = ident(&op.builder);
    let summary = match &op.docs.summary {
        Some(summary) => Some(super::docs::markdown_line(
            summary.lines().next().unwrap_or(""),
        )),
        None => super::docs::first_line(&op.docs),
    };
    let mut paragraphs: Vec<String> = summary.into_iter().filter(|s| !s.is_empty()).collect();
    paragraphs.push(format!(
        "The blocking form of [`Client::{0}`](super::Client::{0}): the same arguments and builder, whose `send` blocks.",
        op.name.rust
    ));
    if let Some(krate) = krate {
        paragraphs.push(example(api, op, krate, true));
    }
    let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let docs = own_doc(&paragraphs);
    let deprecated = op.deprecated.as_ref().map(|deprecation| {
        let note = deprecation
            .reason
            .as_deref()
            .unwrap_or("the spec marks this operation deprecated");
        quote!(#[deprecated(note = #note)])
    });
    let required = required_inputs(api, op);
    let args = required.iter().map(|r| {
        let (name, ty) = (&r.name, &r.arg_type);
        quote!(#name: #ty)
    });
    let values = required.iter().map(|r| &r.conversion);
    quote! {
        #docs
        #deprecated
        pub fn #name(&self, #(#args),*) -> super::builders::#builder<'_, Client> {
            super::builders::#builder::new(self, #(#values),*)
        }
    }
}

/// A short doc example that calls `op` through the async client (or the blocking one), in
/// a crate that uses the API crate as `krate`. Required arguments get a placeholder literal
/// where one fits (`"<home_id>"`, an enum's first value), a hidden binding otherwise.
fn example(api: &Api, op: &Operation, krate: &str, blocking: bool) -> String {
    let models = format!("{krate}::models");
    let mut hidden = Vec::new();
    let mut args = Vec::new();
    for p in op.params.iter().filter(|p| p.required) {
        match example_literal(api, &p.ty, &p.name.wire) {
            Some(literal) => args.push(literal),
            None => {
                let (value, _) = crate::surface::input_types(api, &p.ty);
                hidden.push(format!(
                    "# let {}: {} = unimplemented!();\n",
                    p.name.rust,
                    value.render(Some(&models))
                ));
                args.push(p.name.rust.clone());
            }
        }
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        let (value, _) = crate::surface::body_types(api, body);
        hidden.push(format!(
            "# let {}: {} = unimplemented!();\n",
            body.name.rust,
            value.render(Some(&models))
        ));
        args.push(body.name.rust.clone());
    }
    let (client, function, send) = if blocking {
        (
            format!("{krate}::blocking::Client"),
            "fn",
            [".send()?"].as_slice(),
        )
    } else {
        (
            format!("{krate}::Client"),
            "async fn",
            [".send()", ".await?"].as_slice(),
        )
    };
    let call = format!("{}({})", op.name.rust, args.join(", "));
    let (data, _) = crate::surface::returns(api, op);
    let unit = data == crate::surface::Ty::Std("()");
    let binding = if unit { "" } else { "let answer = " };
    let one_line = format!("{binding}client.{call}{};", send.concat());
    let statement = if one_line.len() <= 80 {
        one_line
    } else {
        let steps: String = std::iter::once(format!(".{call}"))
            .chain(send.iter().map(|s| (*s).to_owned()))
            .map(|step| format!("\n    {step}"))
            .collect();
        format!("{binding}client{steps};")
    };
    let used = if unit { "" } else { "\n# let _ = answer;" };
    let allow = if op.deprecated.is_some() {
        "# #[allow(deprecated)]\n"
    } else {
        ""
    };
    format!(
        "# Example\n\n```no_run\n{allow}# {function} example(client: &{client}) -> Result<(), {krate}::Error> {{\n{}{statement}{used}\n# Ok(())\n# }}\n```",
        hidden.concat()
    )
}

/// A literal a caller could pass for a required argument of type `ty`, if one fits.
fn example_literal(api: &Api, ty: &TypeRef, wire: &str) -> Option<String> {
    match ty {
        TypeRef::Primitive(Primitive::String) => Some(format!("{:?}", format!("<{wire}>"))),
        TypeRef::Primitive(Primitive::Bool) => Some("true".to_owned()),
        TypeRef::Primitive(Primitive::I32 | Primitive::I64 | Primitive::U64) => {
            Some("0".to_owned())
        }
        TypeRef::Primitive(Primitive::F32 | Primitive::F64) => Some("0.0".to_owned()),
        // A string enum converts from its text.
        TypeRef::Named(id) => match &api.types[id.0].kind {
            TypeKind::Enum(e) if !e.integer => {
                e.variants.first().map(|v| format!("{:?}", v.name.wire))
            }
            _ => None,
        },
        TypeRef::Array(item)
            if matches!(
                **item,
                TypeRef::Named(_) | TypeRef::Primitive(Primitive::String)
            ) =>
        {
            example_literal(api, item, wire).map(|item| format!("[{item}]"))
        }
        _ => None,
    }
}
