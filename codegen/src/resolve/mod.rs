//! Resolve: the typed Swagger model -> the intermediate model ([`crate::ir`]).
//!
//! Follows every `$ref`, names every type, operation, parameter and field, decides which
//! field needs a `Box`, and reports what the spec leaves out, each at its JSON pointer.

mod cycles;
mod discriminator;
mod envelope;
mod errors;
mod operations;
mod security;
mod types;
mod webhooks;

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostics, Pointer};
use crate::ir::{Api, SecurityScheme, TypeDef, TypeId};
use crate::load::swagger::Swagger;
use crate::names::Scope;

/// Builds the intermediate model. Problems go to `diags`; the model is returned even with
/// errors so that more of them can be found, but must not be emitted then.
pub fn resolve(spec: &Swagger, diags: &mut Diagnostics) -> Api {
    let mut r = Resolver {
        spec,
        diags,
        types: Vec::new(),
        type_names: Scope::default(),
        by_ref: BTreeMap::new(),
        security_schemes: Vec::new(),
        inheritance: None,
        hoisted: BTreeMap::new(),
        chosen: BTreeMap::new(),
        subtypes_left: discriminator::MAX_SUBTYPES_IN_ALL,
    };
    r.security_schemes = r.security_schemes();
    r.declare_definitions();
    r.define_definitions();
    r.fix_subtype_tags();
    let mut operations = r.operations();
    let base_url = r.base_url();
    let security_schemes = std::mem::take(&mut r.security_schemes);
    let by_ref = std::mem::take(&mut r.by_ref);
    let mut types = r.types;
    for id in cycles::break_alias_cycles(&mut types) {
        let def = &types[id.0];
        diags.warn(
            Code::Unsupported,
            &def.source,
            format!(
                "`{}` is defined in terms of itself: it holds any JSON value",
                def.name.wire
            ),
        );
    }
    cycles::box_recursive_fields(&mut types);
    envelope::mark(spec, &mut types, &mut operations, diags);
    let oauth2 = spec
        .security_definitions
        .values()
        .find(|s| s.ty == "oauth2")
        .map(|s| crate::ir::OAuth2 {
            token_url: s.token_url.clone(),
            authorize_url: s.authorization_url.clone(),
            scopes: security::scope_constants(&s.scopes),
        });
    let error_codes = errors::error_codes(spec, diags);
    let webhooks = webhooks::webhooks(spec, &by_ref, diags);
    Api {
        error_codes,
        webhooks,
        oauth2,
        security_schemes,
        title: spec.info.title.clone(),
        version: spec.info.version.clone(),
        description: spec.info.description.clone(),
        base_url,
        types,
        operations,
    }
}

struct Resolver<'s, 'd> {
    spec: &'s Swagger,
    diags: &'d mut Diagnostics,
    /// Types found so far. A slot is declared (with `TypeKind::Opaque`) before it is
    /// defined, so references to a definition work in any order and through cycles.
    types: Vec<TypeDef>,
    type_names: Scope,
    /// `$ref` text -> the type it names (definitions, and the stand-ins for dangling ones).
    by_ref: BTreeMap<String, TypeId>,
    /// The usable security schemes, which operations refer to by index.
    security_schemes: Vec<SecurityScheme>,
    /// Who extends whom by `allOf` (made when a discriminator first needs it).
    inheritance: Option<discriminator::Inheritance>,
    /// How many more subtype variants discriminated enums may have in all.
    subtypes_left: usize,
    /// Inline schemas made named types, by where they are in the spec.
    hoisted: BTreeMap<Pointer, TypeId>,
    /// Types named with `x-type-name`, by that name.
    chosen: BTreeMap<String, TypeId>,
}

impl Resolver<'_, '_> {
    /// `scheme://host/basePath`, from the spec; what a client talks to unless told otherwise.
    fn base_url(&mut self) -> String {
        let spec = self.spec;
        let scheme = if spec.schemes.iter().any(|s| s == "https") {
            "https"
        } else if let Some(first) = spec.schemes.first() {
            first.as_str()
        } else {
            "https"
        };
        let host = match &spec.host {
            Some(host) => host.clone(),
            None => {
                self.diags.warn(
                    Code::MissingField,
                    &Pointer::root(),
                    "the spec names no `host`: the client defaults to `localhost` and needs a base URL",
                );
                "localhost".to_owned()
            }
        };
        let base_path = spec
            .base_path
            .as_deref()
            .unwrap_or("")
            .trim_end_matches('/');
        format!("{scheme}://{host}{base_path}")
    }
}
