//! The models file: one Rust type per named type.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_attrs, item_docs, own_doc};
use super::{ident, rust_type};
use crate::format::Pieces;
use crate::ir::{
    Additional, Alternative, Api, Enum, Field, Note, Struct, TypeDef, TypeKind, TypeRef,
};
use crate::surface;

/// Every named type, in the model's order: the models' `mod.rs` and, for more than
/// [`PART`](super::PART) types, the part modules beside it (paths relative to the models'
/// folder).
pub(crate) fn models<'a>(api: &'a Api, header: &str) -> Vec<(String, Pieces<'a>)> {
    let module_doc = format!(
        " Data types of the {} API (spec version {}).",
        super::docs::inline(&api.title),
        super::docs::inline(&api.version)
    );
    let has_unknown = api
        .types
        .iter()
        .any(|t| matches!(&t.kind, TypeKind::Enum(e) if !e.integer));
    let has_unknown_integer = api
        .types
        .iter()
        .any(|t| matches!(&t.kind, TypeKind::Enum(e) if e.integer));
    // Aliases need nothing; structs, discriminated and one-of types are read through the
    // tolerant reader's macros, which name serde's traits by path; enums and opaque types
    // implement or derive `Deserialize` by name.
    let typed = api
        .types
        .iter()
        .any(|t| !matches!(t.kind, TypeKind::Alias(_)));
    let by_name = api
        .types
        .iter()
        .any(|t| matches!(t.kind, TypeKind::Enum(_) | TypeKind::Opaque));
    let head = move |parts: usize| {
        let serde_import = match (typed, by_name) {
            (false, _) => None,
            (true, false) => Some(quote!(
                use serde::Serialize;
            )),
            (true, true) => Some(quote!(
                use serde::{Deserialize, Serialize};
            )),
        };
        let tolerant_import = typed.then(|| {
            quote!(
                use super::tolerant;
            )
        });
        let parts = (parts > 1).then(|| super::part_declarations(parts));
        quote! {
            #![doc = #module_doc]
            #serde_import
            #tolerant_import
            #parts
        }
    };
    let tail = move || {
        let unknown = has_unknown.then(unknown_value);
        let unknown_integer = has_unknown_integer.then(unknown_integer);
        quote!(#unknown #unknown_integer)
    };
    super::item_files(
        super::ItemFile {
            path: "mod.rs",
            parts_dir: "",
            what: "Types",
            total: api.types.len(),
            head: Box::new(head),
            tail: Some(Box::new(tail)),
            item: Box::new(move |i, _| type_def(api, &api.types[i])),
        },
        header,
    )
}

fn type_def(api: &Api, def: &TypeDef) -> TokenStream {
    let docs = item_docs(&def.docs, None);
    // Enums have a paragraph of their own after the spec's, which is their doc when the
    // spec gives none.
    let lead = (!def.docs.is_empty()).then(|| {
        let docs = doc_attrs(&def.docs);
        quote!(#docs #[doc = ""])
    });
    let name = ident(&def.name.rust);
    match &def.kind {
        TypeKind::Struct(s) => {
            let constructor = constructor(api, def, s);
            let structure = structure(api, def, s, docs);
            quote!(#structure #constructor)
        }
        TypeKind::Enum(e) if e.integer => integer_enumeration(def, e, quote!(#lead)),
        TypeKind::Enum(e) => enumeration(def, e, quote!(#lead)),
        TypeKind::Alias(target) => {
            let target = rust_type(api, target, None);
            quote! {
                #docs
                pub type #name = #target;
            }
        }
        TypeKind::Tagged {
            property,
            alternatives,
        } => tagged(api, def, property, alternatives, docs),
        TypeKind::OneOf(alternatives) => {
            let variants = alternatives.iter().map(|a| variant(api, a));
            let guide = own_doc(&[
                "Decoding takes the first shape, in the order listed, that fits exactly; when none does, the first that fits tolerantly (numbers as text, optional fields of another type kept in `extra`).",
            ]);
            let label = &def.name.rust;
            let shapes = alternatives.iter().map(|a| {
                let variant = ident(&a.name);
                quote!(|value, at| tolerant::read(value, at).map(Self::#variant))
            });
            quote! {
                #lead
                #guide
                #[derive(Debug, Clone, PartialEq, Serialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#variants)*
                }

                impl tolerant::FromJson for #name {
                    fn from_json(value: &serde_json::Value, at: &tolerant::At<'_>) -> Result<Self, serde_json::Error> {
                        tolerant::first_fit(value, at, #label, &[#(#shapes),*])
                    }
                }

                tolerant::one_of!(#name);
            }
        }
        TypeKind::Opaque => {
            let docs = if def.docs.is_empty() {
                own_doc(&["Any JSON value: the spec does not describe this type."])
            } else {
                docs
            };
            quote! {
                #docs
                #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub serde_json::Value);

                tolerant::any_value!(#name);
            }
        }
    }
}

/// One variant of a one-of or discriminated enum: `Name(Type),` with its docs.
fn variant(api: &Api, a: &Alternative) -> TokenStream {
    let docs = if a.docs.is_empty() {
        own_doc(&[&format!("The `{}` shape.", a.name)])
    } else {
        doc_attrs(&a.docs)
    };
    let variant = ident(&a.name);
    let ty = surface::alternative_type(api, a).tokens(None);
    quote!(#docs #variant(#ty),)
}

/// A `discriminator` base: an enum of its subtypes, told apart by `property`. Each subtype
/// keeps the property among its fields, so a value encodes as the subtype does (untagged)
/// and decodes by reading the property first; a value no subtype claims decodes as the
/// last alternative, the base's own fields.
fn tagged(
    api: &Api,
    def: &TypeDef,
    property: &str,
    alternatives: &[Alternative],
    docs: TokenStream,
) -> TokenStream {
    let name = ident(&def.name.rust);
    let variants = alternatives.iter().map(|a| variant(api, a));
    // `tolerant::read` reads a boxed variant's `Box` as well.
    let construct = |a: &Alternative| {
        let variant = ident(&a.name);
        quote!(Self::#variant)
    };
    let (tagged, fallback): (Vec<&Alternative>, Vec<&Alternative>) =
        alternatives.iter().partition(|a| a.tag.is_some());
    let arms = tagged.iter().map(|a| {
        let tag = a.tag.as_deref().unwrap_or_default();
        let construct = construct(a);
        quote!(Some(#tag) => tolerant::read(value, at).map(#construct),)
    });
    let other = fallback.first().map_or(String::new(), |a| {
        format!(" any other value decodes as `{}`.", a.name)
    });
    let fallback = fallback.first().map(|a| {
        let construct = construct(a);
        quote!(_ => tolerant::read(value, at).map(#construct),)
    });
    let guide = format!(
        " Which variant a value is, its {} property says;{other} Encoding writes the variant's own fields, that property among them.",
        super::docs::code(property)
    );
    // One `From` per type: were two variants of one type, neither could have it.
    let unique = |a: &Alternative| alternatives.iter().filter(|b| b.ty == a.ty).count() == 1;
    let conversions = alternatives.iter().filter(|a| unique(a)).map(|a| {
        let variant = ident(&a.name);
        let ty = rust_type(api, &a.ty, None);
        let value = if a.boxed {
            quote!(Box::new(value))
        } else {
            quote!(value)
        };
        quote! {
            impl From<#ty> for #name {
                fn from(value: #ty) -> Self {
                    #name::#variant(#value)
                }
            }
        }
    });
    let non_exhaustive = surface::tagged_is_non_exhaustive().then(|| quote!(#[non_exhaustive]));
    quote! {
        #docs
        ///
        #[doc = #guide]
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(untagged)]
        #non_exhaustive
        pub enum #name {
            #(#variants)*
        }

        impl tolerant::FromJson for #name {
            fn from_json(value: &serde_json::Value, at: &tolerant::At<'_>) -> Result<Self, serde_json::Error> {
                let tag = value.get(#property).and_then(serde_json::Value::as_str);
                match tag {
                    #(#arms)*
                    #fallback
                }
            }
        }

        tolerant::tagged!(#name);

        #(#conversions)*
    }
}

fn structure(api: &Api, def: &TypeDef, s: &Struct, docs: TokenStream) -> TokenStream {
    let name = ident(&def.name.rust);
    let lists = s.plain_lists();
    let is_list = |i: usize| lists.iter().any(|(j, _)| *j == i);
    // With plain lists, which of them came decides what is written: `Serialize` is written
    // out rather than derived, and serde's field attributes have no place.
    let derived = lists.is_empty();
    let flatten = derived.then(|| quote!(#[serde(flatten)]));
    let fields = s
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| field(api, f, is_list(i), derived));
    let extra = match &s.additional {
        Additional::Forbidden => None,
        Additional::Kept(name) => {
            let name = ident(&name.rust);
            Some(quote! {
                /// Properties the spec does not list, and optional fields whose value has
                /// another type than the spec says (the field is then `None`), kept as
                /// received so that encoding the value again loses nothing.
                #flatten
                pub #name: serde_json::Map<String, serde_json::Value>,
            })
        }
        Additional::Typed(name, ty) => {
            let name = ident(&name.rust);
            let ty = rust_type(api, ty, None);
            Some(quote! {
                /// Properties beyond those listed, by name (and optional fields whose value
                /// has another type than the spec says, when it is of this type).
                #flatten
                pub #name: std::collections::BTreeMap<String, #ty>,
            })
        }
    };
    let present = (!lists.is_empty()).then(|| {
        quote! {
            /// Which of the lists came on the wire: one that came empty is written again.
            _present: tolerant::Present,
        }
    });
    let serialize = (!derived).then(|| serialize(def, s, &lists));
    let default = surface::derives_default(s).then(|| quote!(Default,));
    let non_exhaustive = surface::is_non_exhaustive(s).then(|| quote!(#[non_exhaustive]));
    let secrets = s.fields.iter().any(|f| f.secret);
    let own_debug = secrets || !lists.is_empty();
    let debug = (!own_debug).then(|| quote!(Debug,));
    let serialize_derive = derived.then(|| quote!(Serialize));
    let debug_doc = if secrets {
        "Shows every field but the secrets (`format: password`), which read `<redacted>`."
    } else {
        "Shows every field."
    };
    let debug_doc = own_doc(&[debug_doc]);
    let redacting_debug = own_debug.then(|| {
        let shown = s.fields.iter().enumerate().map(|(i, f)| {
            let (field, label) = (ident(&f.name.rust), &f.name.rust);
            // A plain list has no `None`: a secret one reads `<redacted>` when it has items.
            if f.secret && is_list(i) {
                return quote!(.field(#label, &(!self.#field.is_empty()).then_some("<redacted>")));
            }
            match (f.secret, surface::is_optional(f)) {
                (false, _) => quote!(.field(#label, &self.#field)),
                (true, false) => quote!(.field(#label, &"<redacted>")),
                (true, true) => quote!(.field(#label, &self.#field.as_ref().map(|_| "<redacted>"))),
            }
        });
        let extra = match &s.additional {
            Additional::Forbidden => None,
            Additional::Kept(n) | Additional::Typed(n, _) => {
                let (field, label) = (ident(&n.rust), &n.rust);
                Some(quote!(.field(#label, &self.#field)))
            }
        };
        let label = &def.name.rust;
        quote! {
            #debug_doc
            impl std::fmt::Debug for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#label)
                        #(#shown)*
                        #extra
                        .finish()
                }
            }
        }
    });
    let reader = object(api, &name, s);
    quote! {
        #docs
        #[derive(#debug Clone, #default PartialEq, #serialize_derive)]
        #non_exhaustive
        pub struct #name {
            #(#fields)*
            #extra
            #present
        }

        #serialize

        #redacting_debug

        #reader

        tolerant::object!(#name);
    }
}

/// `Serialize` for a struct with plain lists: each field under its wire name, an optional one
/// when set, a list when it has items or came (even empty), then the unlisted properties.
fn serialize(def: &TypeDef, s: &Struct, lists: &[(usize, u32)]) -> TokenStream {
    let name = ident(&def.name.rust);
    let entries = s.fields.iter().enumerate().map(|(i, f)| {
        let field = ident(&f.name.rust);
        let wire = &f.name.wire;
        if let Some((_, bit)) = lists.iter().find(|(j, _)| *j == i) {
            let bit = proc_macro2::Literal::u32_unsuffixed(*bit);
            quote! {
                if !self.#field.is_empty() || self._present.has(#bit) {
                    map.serialize_entry(#wire, &self.#field)?;
                }
            }
        } else if f.required {
            quote!(map.serialize_entry(#wire, &self.#field)?;)
        } else {
            quote! {
                if let Some(value) = &self.#field {
                    map.serialize_entry(#wire, value)?;
                }
            }
        }
    });
    let extra = match &s.additional {
        Additional::Forbidden => None,
        Additional::Kept(n) | Additional::Typed(n, _) => {
            let n = ident(&n.rust);
            Some(quote! {
                for (key, value) in &self.#n {
                    map.serialize_entry(key, value)?;
                }
            })
        }
    };
    quote! {
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                #(#entries)*
                #extra
                map.end()
            }
        }
    }
}

/// How a struct reads its fields with the tolerant reader (the models crate's `tolerant`):
/// each key, then each field by how tolerant it may be. A required field must be there and
/// of its type; an optional one may be of another type (kept in `extra` with a warning),
/// unless it is `x-strict` or `x-nullable`; a required `x-nullable` one may be `null` but not
/// of another type. An optional field that came as `null` is `None` and its `null` is kept
/// in `extra`, so that encoding again writes it (absent and `null` differ on the wire).
fn object(api: &Api, name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let taken: Vec<&str> = s.fields.iter().map(|f| f.name.rust.as_str()).collect();
    let free = |name: &str| {
        let mut name = name.to_owned();
        while taken.contains(&name.as_str()) {
            name.push('_');
        }
        ident(&name)
    };
    let (fields, key) = (free("fields"), free("key"));
    let rest = match &s.additional {
        Additional::Forbidden => quote!(tolerant::Dropped),
        Additional::Kept(_) => quote!(serde_json::Map<String, serde_json::Value>),
        Additional::Typed(_, ty) => {
            let ty = rust_type(api, ty, None);
            quote!(std::collections::BTreeMap<String, #ty>)
        }
    };
    let slots = s.fields.iter().map(|f| {
        let slot = ident(&f.name.rust);
        quote!(let mut #slot = None;)
    });
    let arms = s.fields.iter().map(|f| {
        let slot = ident(&f.name.rust);
        let wire = &f.name.wire;
        let read = match (f.required, f.nullable || f.strict) {
            (true, false) => quote!(required),
            (true, true) => quote!(strict),
            (false, true) => quote!(optional_strict),
            (false, false) => quote!(optional),
        };
        quote!(#wire => #fields.#read(#wire, &mut #slot)?,)
    });
    let keys = if s.fields.is_empty() {
        quote! {
            while let Some(#key) = #fields.next_key()? {
                #fields.unlisted(#key)?;
            }
        }
    } else {
        quote! {
            while let Some(#key) = #fields.next_key()? {
                match #key.as_str() {
                    #(#arms)*
                    _ => #fields.unlisted(#key)?,
                }
            }
        }
    };
    let lists = s.plain_lists();
    let values = s.fields.iter().enumerate().map(|(i, f)| {
        let field = ident(&f.name.rust);
        if !surface::is_optional(f) {
            let wire = &f.name.wire;
            quote!(#field: #fields.present(#wire, #field)?,)
        } else if lists.iter().any(|(j, _)| *j == i) {
            quote!(#field: #field.unwrap_or_default(),)
        } else {
            quote!(#field,)
        }
    });
    let came = free("came");
    let record = (!lists.is_empty()).then(|| {
        let slots = lists.iter().map(|(i, _)| ident(&s.fields[*i].name.rust));
        quote!(let #came = tolerant::Present::of(&[#(#slots.is_some()),*]);)
    });
    let present = (!lists.is_empty()).then(|| quote!(_present: #came,));
    let extra = match &s.additional {
        Additional::Forbidden => None,
        Additional::Kept(n) | Additional::Typed(n, _) => {
            let n = ident(&n.rust);
            Some(quote!(#n: #fields.rest(),))
        }
    };
    quote! {
        impl tolerant::Object for #name {
            type Rest = #rest;

            fn read_fields<'de, A: serde::de::MapAccess<'de>>(
                mut #fields: tolerant::Fields<'_, A, Self>,
            ) -> Result<Self, A::Error> {
                #(#slots)*
                #keys
                #record
                Ok(Self {
                    #(#values)*
                    #extra
                    #present
                })
            }
        }
    }
}

/// `new(required fields)`: how a value of a struct is made outside its crate, since every
/// struct is `#[non_exhaustive]` (a field the API adds must not break callers); its
/// arguments are the surface's ([`surface::constructor_args`]).
fn constructor(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let needed = |f: &&Field| surface::constructor_takes(f);
    let fixed: Vec<&Field> = s.fields.iter().filter(|f| f.tag.is_some()).collect();
    let args = surface::constructor_args(api, s);
    let name = ident(&def.name.rust);
    let args = args.iter().map(|(arg, ty)| {
        let (arg, ty) = (ident(arg), ty.tokens(None));
        quote!(#arg: #ty)
    });
    let lists = s.plain_lists();
    let values = s.fields.iter().enumerate().map(|(i, f)| {
        let field = ident(&f.name.rust);
        if let Some(tag) = &f.tag {
            return quote!(#field: #tag.to_owned());
        }
        if lists.iter().any(|(j, _)| *j == i) {
            return quote!(#field: Vec::new());
        }
        if !needed(&f) {
            return quote!(#field: None);
        }
        // An `impl Into<..>` argument converts.
        let string = matches!(surface::constructor_arg_type(api, f), surface::Ty::Into(_));
        match (string, f.boxed) {
            (false, false) => quote!(#field),
            (true, false) => quote!(#field: #field.into()),
            (false, true) => quote!(#field: Box::new(#field)),
            (true, true) => quote!(#field: Box::new(#field.into())),
        }
    });
    let extra = match &s.additional {
        Additional::Forbidden => None,
        Additional::Kept(n) | Additional::Typed(n, _) => {
            let n = ident(&n.rust);
            Some(quote!(#n: Default::default(),))
        }
    };
    let present = (!lists.is_empty()).then(|| quote!(_present: Default::default(),));
    let lists_note = if lists.is_empty() {
        ""
    } else {
        " (lists empty)"
    };
    let mut doc = if s.fields.iter().any(|f| needed(&f)) {
        format!("A value with the required fields set; the optional ones are `None`{lists_note}.")
    } else if s.fields.is_empty() {
        "An empty value.".to_owned()
    } else {
        format!("A value with every field `None`{lists_note}, as [`Default`] makes it.")
    };
    for f in &fixed {
        doc.push_str(&format!(
            " `{}` is set to `{}`.",
            f.name.wire.replace('`', "'"),
            f.tag.as_deref().unwrap_or_default().replace('`', "'"),
        ));
    }
    let doc = own_doc(&[&doc]);
    // `new()` without arguments that `Default` cannot derive (it sets a discriminator).
    let default = (surface::has_default(s) && !surface::derives_default(s)).then(|| {
        quote! {
            /// As [`new`](Self::new).
            impl Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    quote! {
        impl #name {
            #doc
            pub fn new(#(#args),*) -> Self {
                Self { #(#values,)* #extra #present }
            }
        }

        #default
    }
}

/// One field. The absent/null rule: a field not in `required` is `Option` and left out of
/// the JSON when `None`, except a list (`list`), which is empty when absent; a required
/// `x-nullable` field is `Option` and written as `null`. `derived`: the struct derives
/// `Serialize`, which the serde attributes are for.
fn field(api: &Api, f: &Field, list: bool, derived: bool) -> TokenStream {
    let renamed = (f.name.rust != f.name.wire).then(|| Note::WireName(f.name.wire.clone()));
    let docs = item_docs(&f.docs, renamed);
    let name = ident(&f.name.rust);
    let ty = surface::field_type(api, f, list).tokens(None);
    let mut serde = Vec::new();
    if f.name.rust != f.name.wire {
        let wire = &f.name.wire;
        serde.push(quote!(rename = #wire));
    }
    if !f.required {
        serde.push(quote!(skip_serializing_if = "Option::is_none"));
    }
    let serde = (derived && !serde.is_empty()).then(|| quote!(#[serde(#(#serde),*)]));
    quote! {
        #docs
        #serde
        pub #name: #ty,
    }
}

/// The doc line of a string enum value: the value as code, whatever characters it holds.
fn value_doc(wire: &str) -> String {
    if wire.is_empty() {
        " The empty string.".to_owned()
    } else {
        format!(" {}", super::docs::code(wire))
    }
}

fn enumeration(def: &TypeDef, e: &Enum, docs: TokenStream) -> TokenStream {
    let name = ident(&def.name.rust);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name.rust)).collect();
    let wires: Vec<_> = e.variants.iter().map(|v| v.name.wire.as_str()).collect();
    let variant_docs = wires.iter().map(|w| {
        let d = value_doc(w);
        quote!(#[doc = #d])
    });
    let guide = own_doc(&[
        "Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.",
    ]);
    // An enum whose values all went (a spec listing none that fit) knows nothing: a match
    // with only a wildcard arm is what clippy calls a needless match.
    let known = if variants.is_empty() {
        quote! {
            fn known(_value: &str) -> Option<Self> {
                None
            }
        }
    } else {
        quote! {
            fn known(value: &str) -> Option<Self> {
                match value {
                    #(#wires => Some(Self::#variants),)*
                    _ => None,
                }
            }
        }
    };
    quote! {
        #docs
        #guide
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variants,)*
            /// A value not listed in the spec, kept as received.
            Unknown(UnknownValue),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wires,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            /// Whether this is one of the values the spec lists (not `Unknown`).
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }

            #known
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::known(value).unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::known(&value) {
                    Some(known) => known,
                    None => Self::Unknown(UnknownValue(value)),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }

        tolerant::string_enum!(#name);
    }
}

/// The payload of every enum's `Unknown` variant: readable, but only this crate can make
/// one, so `Unknown("known_value")` cannot be written by hand and compare unequal to the
/// known variant.
fn unknown_value() -> TokenStream {
    quote! {
        /// An enum value that the spec does not list, as received. See the enums' docs.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct UnknownValue(String);

        impl UnknownValue {
            /// The value as received.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    }
}

/// An integer enum: like a string enum, open, but written as a JSON number.
fn integer_enumeration(def: &TypeDef, e: &Enum, docs: TokenStream) -> TokenStream {
    let name = ident(&def.name.rust);
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name.rust)).collect();
    let values: Vec<proc_macro2::Literal> = e
        .variants
        .iter()
        .map(|v| proc_macro2::Literal::i64_unsuffixed(v.name.wire.parse().unwrap_or_default()))
        .collect();
    let variant_docs = e.variants.iter().map(|v| {
        let d = format!(" `{}`", v.name.wire);
        quote!(#[doc = #d])
    });
    let guide = own_doc(&[
        "Values this crate does not know yet decode into `Unknown` instead of failing. Match with a wildcard arm, and compare with `value()`.",
    ]);
    quote! {
        #docs
        #guide
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #variants,)*
            /// A value not listed in the spec, kept as received.
            Unknown(UnknownInteger),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn value(self) -> i64 {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => value.value(),
                }
            }

            /// Whether this is one of the values the spec lists (not `Unknown`).
            pub fn is_known(self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::Unknown(UnknownInteger(other)),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }

        tolerant::integer_enum!(#name);
    }
}

/// The payload of every integer enum's `Unknown` variant (see [`unknown_value`]).
fn unknown_integer() -> TokenStream {
    quote! {
        /// An integer enum value that the spec does not list, as received.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct UnknownInteger(i64);

        impl UnknownInteger {
            /// The value as received.
            pub fn value(self) -> i64 {
                self.0
            }
        }
    }
}

/// Whether a type can be written as a query or header value (has `Display`).
pub(crate) fn is_displayable(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(_) => true,
        TypeRef::Named(id) => match &api.types[id.0].kind {
            TypeKind::Enum(_) => true,
            TypeKind::Alias(inner) => is_displayable(api, inner),
            _ => false,
        },
        _ => false,
    }
}
