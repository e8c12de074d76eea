//! `discriminator`: a base definition and the definitions that extend it (`allOf` with a
//! `$ref` to it) -> one enum with a variant per subtype, chosen by the property's value.

use crate::diagnostics::Code;
use crate::ir::{Alternative, Docs, Note, Primitive, TypeId, TypeKind, TypeRef};
use crate::load::swagger::Schema;
use crate::names::Scope;

use super::Resolver;
use super::types::{DEFINITIONS, unescape_token};

/// Extension on a subtype: its discriminator value, when it is not the definition's name.
const DISCRIMINATOR_VALUE: &str = "x-discriminator-value";

/// The most subtypes one base may have. Real specs have a handful; the limit keeps a
/// hostile chain of thousands of discriminated definitions from taking quadratic time and
/// output.
const MAX_SUBTYPES: usize = 1024;

/// The most subtype variants in all discriminated enums of a spec: a chain of bases, each
/// extending the last, would otherwise list every descendant again for each base.
pub(super) const MAX_SUBTYPES_IN_ALL: usize = 4096;

/// The `$ref`s among a schema's `allOf` parts (inline parts searched too): what it extends.
fn references<'a>(schema: &'a Schema, out: &mut Vec<&'a str>) {
    for part in &schema.all_of {
        match &part.reference {
            Some(reference) => out.push(reference),
            None => references(part, out),
        }
    }
}

/// Who extends whom among the definitions (by index), worked out once per spec.
#[derive(Debug)]
pub(super) struct Inheritance {
    /// For each definition, those whose `allOf` refers to it.
    extended_by: Vec<Vec<usize>>,
    /// Whether each definition has a discriminator or extends one that has.
    polymorphic: Vec<bool>,
}

impl Inheritance {
    fn of(spec: &crate::load::swagger::Swagger) -> Self {
        let extended_by = extended_by(spec);
        // Down from every discriminated base, each definition once.
        let mut polymorphic: Vec<bool> = spec
            .definitions
            .values()
            .map(|s| s.discriminator.is_some())
            .collect();
        let mut stack: Vec<usize> = (0..polymorphic.len()).filter(|i| polymorphic[*i]).collect();
        while let Some(parent) = stack.pop() {
            for &child in &extended_by[parent] {
                if !std::mem::replace(&mut polymorphic[child], true) {
                    stack.push(child);
                }
            }
        }
        Inheritance {
            extended_by,
            polymorphic,
        }
    }
}

/// For each definition (by index), the definitions whose `allOf` refers to it.
fn extended_by(spec: &crate::load::swagger::Swagger) -> Vec<Vec<usize>> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); spec.definitions.len()];
    for (i, schema) in spec.definitions.values().enumerate() {
        let mut parents = Vec::new();
        references(schema, &mut parents);
        for reference in parents {
            if let Some(parent) = reference
                .strip_prefix(DEFINITIONS)
                .map(unescape_token)
                .and_then(|key| spec.definitions.get_index_of(&key))
                && parent != i
                // `i` only grows: a repeat can only be the last one pushed.
                && children[parent].last() != Some(&i)
            {
                children[parent].push(i);
            }
        }
    }
    children
}

impl Resolver<'_, '_> {
    /// The kind of the definition `key` (`id`), whose `kind` has been worked out already,
    /// when the schema names a `discriminator`: a tagged enum of its subtypes, with the
    /// base's own fields as a new struct `{Base}Base` for any other value. Without
    /// subtypes, or on something other than an object, the discriminator changes nothing
    /// (with a warning).
    pub(super) fn discriminated(
        &mut self,
        key: &str,
        schema: &Schema,
        id: TypeId,
        kind: TypeKind,
    ) -> TypeKind {
        let Some(property) = &schema.discriminator else {
            return kind;
        };
        let at = schema.at.join("discriminator");
        let TypeKind::Struct(base) = kind else {
            self.diags.warn(
                Code::Unsupported,
                &at,
                format!("`{key}` has a discriminator but is not an object with properties; the discriminator is ignored"),
            );
            return kind;
        };
        if !base.fields.iter().any(|f| f.name.wire == *property) {
            self.diags.warn(
                Code::InvalidValue,
                &at,
                format!("the discriminator `{property}` is not a property of `{key}`; values are told apart by it all the same"),
            );
        }
        let Some(subtypes) = self.subtypes(id) else {
            self.diags.warn(
                Code::Unsupported,
                &at,
                format!("more than {MAX_SUBTYPES} definitions extend `{key}`: its discriminator is ignored, `{key}` stays a plain struct"),
            );
            return TypeKind::Struct(base);
        };
        if subtypes.len() > self.subtypes_left {
            self.diags.warn(
                Code::Unsupported,
                &at,
                format!("the spec's discriminated types list more than {MAX_SUBTYPES_IN_ALL} subtypes in all: the discriminator of `{key}` is ignored, `{key}` stays a plain struct"),
            );
            return TypeKind::Struct(base);
        }
        self.subtypes_left -= subtypes.len();
        if subtypes.is_empty() {
            self.diags.warn(
                Code::Unsupported,
                &at,
                format!("no definition extends `{key}` (`allOf` with a `$ref` to it), so its discriminator has nothing to choose from: `{key}` stays a plain struct"),
            );
            return TypeKind::Struct(base);
        }
        let mut variants = Scope::default();
        let mut alternatives: Vec<Alternative> = Vec::new();
        for (tag, subtype, tag_at) in subtypes {
            if alternatives.iter().any(|a| a.tag.as_deref() == Some(&tag)) {
                self.diags.warn(
                    Code::Duplicate,
                    &tag_at,
                    format!("discriminator value `{tag}` is taken by an earlier subtype of `{key}`; this one is left out"),
                );
                continue;
            }
            let name = variants.claim(self.types[subtype.0].name.rust.clone());
            alternatives.push(Alternative {
                name,
                docs: Docs {
                    notes: vec![Note::Tag {
                        property: property.clone(),
                        tag: tag.clone(),
                    }],
                    ..Docs::default()
                },
                ty: TypeRef::Named(subtype),
                boxed: false,
                tag: Some(tag),
            });
        }
        // Named after the type's Rust name (`x-type-prefix` and `x-type-name` apply), as
        // the docs that name it are read in Rust.
        let rust = self.types[id.0].name.rust.clone();
        let base_docs = Docs {
            notes: vec![Note::TaggedBase {
                base: rust.clone(),
                property: property.clone(),
            }],
            ..Docs::default()
        };
        let base_name = self.type_names.claim(format!("{rust}Base"));
        let base_id = self.push_type(base_name, &format!("{key}Base"), &schema.at, base_docs);
        self.types[base_id.0].kind = TypeKind::Struct(base);
        self.types[id.0].docs.notes.push(Note::Polymorphic {
            base: rust.clone(),
            property: property.clone(),
        });
        alternatives.push(Alternative {
            name: variants.claim("Other".to_owned()),
            docs: Docs {
                notes: vec![Note::TaggedOther {
                    base: rust,
                    property: property.clone(),
                }],
                ..Docs::default()
            },
            ty: TypeRef::Named(base_id),
            boxed: false,
            tag: None,
        });
        TypeKind::Tagged {
            property: property.clone(),
            alternatives,
        }
    }

    /// Marks, in each subtype's struct, the discriminator field its value is fixed for, so
    /// that `Cat::new` sets `petType` to `Cat` itself (required text fields only).
    pub(super) fn fix_subtype_tags(&mut self) {
        let mut fixes = Vec::new();
        for def in &self.types {
            if let TypeKind::Tagged {
                property,
                alternatives,
            } = &def.kind
            {
                for alternative in alternatives {
                    if let (Some(tag), TypeRef::Named(id)) = (&alternative.tag, &alternative.ty) {
                        fixes.push((*id, property.clone(), tag.clone()));
                    }
                }
            }
        }
        for (id, property, tag) in fixes {
            if let TypeKind::Struct(s) = &mut self.types[id.0].kind {
                for field in &mut s.fields {
                    if field.name.wire == property
                        && field.required
                        && !field.nullable
                        && field.ty == TypeRef::Primitive(Primitive::String)
                    {
                        field.tag = Some(tag.clone());
                    }
                }
            }
        }
    }

    /// The definitions that extend `base`, directly or through others, in the spec's
    /// order: (discriminator value, type, where the value comes from). `None` when there
    /// are more than [`MAX_SUBTYPES`].
    fn subtypes(
        &mut self,
        base: TypeId,
    ) -> Option<Vec<(String, TypeId, crate::diagnostics::Pointer)>> {
        let spec = self.spec;
        let children = &self.inheritance().extended_by;
        // Over "is extended by", each definition once (a set, not a vector as long as the
        // spec: a spec of many bases without subtypes must stay linear).
        let mut seen = std::collections::HashSet::from([base.0]);
        let mut queue = vec![base.0];
        let mut found = Vec::new();
        while let Some(parent) = queue.pop() {
            for &child in &children[parent] {
                if seen.insert(child) {
                    found.push(child);
                    if found.len() > MAX_SUBTYPES {
                        return None;
                    }
                    queue.push(child);
                }
            }
        }
        found.sort_unstable();
        Some(
            found
                .into_iter()
                .map(|i| {
                    let (key, schema) = spec
                        .definitions
                        .get_index(i)
                        .expect("an index of a definition");
                    match schema.extensions.get(DISCRIMINATOR_VALUE) {
                        Some(serde_json::Value::String(value)) => (
                            value.clone(),
                            TypeId(i),
                            schema.at.join(DISCRIMINATOR_VALUE),
                        ),
                        _ => (key.clone(), TypeId(i), schema.at.clone()),
                    }
                })
                .collect(),
        )
    }

    /// Whether `part` is a `$ref` to a definition with a discriminator, or to one that
    /// extends such a definition: a definition that is just `allOf: [that]` is then a
    /// subtype of its own (with its own discriminator value), not another name for it.
    pub(super) fn refers_to_discriminated(&mut self, part: &Schema) -> bool {
        let spec = self.spec;
        part.reference
            .as_deref()
            .and_then(|r| r.strip_prefix(DEFINITIONS))
            .map(unescape_token)
            .and_then(|key| spec.definitions.get_index_of(&key))
            .is_some_and(|i| self.inheritance().polymorphic[i])
    }

    fn inheritance(&mut self) -> &Inheritance {
        let spec = self.spec;
        self.inheritance
            .get_or_insert_with(|| Inheritance::of(spec))
    }
}
