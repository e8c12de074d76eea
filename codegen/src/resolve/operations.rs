//! Paths and operations -> operations.

use crate::diagnostics::{Code, Pointer};
use crate::ir::{
    Body, BodyMedia, CollectionFormat, Deprecation, Docs, ErrorAnswer, HttpMethod, Lengths, Name,
    Note, Operation, Param, ParamLocation, Primitive, Range, Response, TypeRef,
};
use crate::load::swagger::{self, Method, Parameter, ParameterIn, RefOr};
use crate::names::{self, Scope};

use super::Resolver;

/// Names a builder type must not take: what the builders file imports or uses unqualified.
const BUILDER_TYPES: &[&str] = &[
    "Client",
    "Error",
    "Request",
    "Response",
    "Method",
    "CollectionFormat",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self_",
    // Each builder has a constructor `new`: a builder named `New` would have a constructor
    // named like its type, which clippy refuses (`self_named_constructors`).
    "New",
];
/// Runtime names the builders file imports only for specs with security schemes, API keys
/// or file parameters: reserved only then, so that a spec without them keeps its builder
/// names (an `upload` operation's builder stays `Upload`).
fn feature_types(spec: &swagger::Swagger) -> Vec<&'static str> {
    let mut names = Vec::new();
    if !spec.security_definitions.is_empty() {
        names.push("Scheme");
    }
    if spec.security_definitions.values().any(|s| s.ty == "apiKey") {
        names.push("KeyLocation");
    }
    let is_file = |p: &Parameter| {
        p.location == ParameterIn::FormData && p.simple.ty.as_deref() == Some("file")
    };
    let file = |p: &RefOr<Parameter>| matches!(p, RefOr::Item(p) if is_file(p));
    let files = spec.parameters.values().any(is_file)
        || spec.paths.values().any(|item| {
            item.parameters.iter().any(file)
                || item
                    .operations
                    .iter()
                    .any(|(_, op)| op.parameters.iter().any(file))
        });
    if files {
        names.push("Upload");
    }
    names
}

/// Names a request builder uses for itself.
const BUILDER_MEMBERS: &[&str] = &["send", "send_with_meta", "client", "validate", "new"];

/// Extension on an operation: why it is deprecated (what to use instead).
const DEPRECATED_REASON: &str = "x-deprecated-reason";

/// Extension on a parameter: its enum lists the usual values, not all; others are sent too
/// instead of being refused before sending.
const OPEN_ENUM: &str = "x-open-enum";

/// Extension on a `formData` or `query` parameter: the value is of this schema and is sent
/// as its JSON text (APIs that take a structured value, a schedule say, in a form field).
const JSON_ENCODED: &str = "x-json-encoded";

impl<'s> Resolver<'s, '_> {
    pub(super) fn operations(&mut self) -> Vec<Operation> {
        let spec = self.spec;
        let mut methods = Scope::with_reserved(&crate::ir::CLIENT_OWN_METHODS);
        let reserved: Vec<&str> = BUILDER_TYPES
            .iter()
            .copied()
            .chain(feature_types(spec))
            .collect();
        let mut builders = Scope::with_reserved(&reserved);
        let mut seen_ids: std::collections::HashSet<&str> = std::collections::HashSet::new();
        // Reserved up front: an `Operation` is large, and growing the vector copied all of
        // them at each doubling.
        let mut operations =
            Vec::with_capacity(spec.paths.values().map(|item| item.operations.len()).sum());
        let global_security =
            self.security_requirements(&spec.security, false, &Pointer::root().join("security"));
        for (path, item) in &spec.paths {
            if let Some(reference) = &item.reference {
                self.diags.error(
                    Code::ExternalRef,
                    &item.at.join("$ref"),
                    format!(
                        "path item `$ref: {reference}` is not followed; write the path item inline"
                    ),
                );
                continue;
            }
            for (method, op) in &item.operations {
                let wire = match &op.operation_id {
                    Some(id) => {
                        if seen_ids.contains(id.as_str()) {
                            self.diags.warn(
                                Code::Duplicate,
                                &op.at.join("operationId"),
                                format!("operationId `{id}` is used twice; the second gets a numbered name"),
                            );
                        }
                        seen_ids.insert(id);
                        id.clone()
                    }
                    None => format!("{}{}", method.key(), path),
                };
                let name = Name {
                    rust: methods.claim(names::snake(&wire)),
                    wire,
                };
                let builder = builders.claim(names::camel(&name.wire));
                let consumes = op.consumes.as_ref().unwrap_or(&spec.consumes);
                let (params, body) = self.parameters(
                    &item.parameters,
                    &op.parameters,
                    &builder,
                    path,
                    &op.at,
                    consumes,
                );
                let multipart = self.multipart(&params, consumes, &op.at);
                let (response, errors) = self.responses(op, &builder);
                let produces = op.produces.as_ref().unwrap_or(&spec.produces);
                let accept = accept(&response, produces);
                let mut notes = Vec::new();
                let scopes = scopes(op.security.as_ref().unwrap_or(&spec.security));
                if !scopes.is_empty() {
                    notes.push(Note::Scopes(scopes));
                }
                let security = match &op.security {
                    Some(own) => self.security_requirements(own, true, &op.at.join("security")),
                    None => global_security.clone(),
                };
                notes.extend(super::security::credentials(
                    &self.security_schemes,
                    security.as_deref(),
                ));
                let reason = op
                    .extensions
                    .get(DEPRECATED_REASON)
                    .and_then(|v| v.as_str())
                    .map(str::to_owned);
                if let Some(reason) = reason.as_ref().filter(|_| op.deprecated) {
                    notes.push(Note::Deprecated(reason.clone()));
                }
                let deprecated = op.deprecated.then_some(Deprecation { reason });
                let aliases = aliases(&name, path);
                operations.push(Operation {
                    name,
                    builder,
                    source: op.at.clone(),
                    method: http_method(*method),
                    path: path.clone(),
                    docs: Docs {
                        summary: op.summary.clone(),
                        description: op.description.clone(),
                        notes,
                    },
                    tags: op.tags.clone(),
                    deprecated,
                    aliases,
                    params,
                    body,
                    multipart,
                    response,
                    accept,
                    errors,
                    envelope: None,
                    security,
                });
            }
        }
        operations
    }

    /// The operation's inputs: path-level parameters overridden by operation-level ones,
    /// each made a [`Param`] (or the [`Body`]), required ones first. A spec's mistakes are
    /// repaired on the way, each by a step of its own (see the functions it calls), so that
    /// a broken spec still gives a client that sends what the server expects.
    fn parameters(
        &mut self,
        shared: &'s [RefOr<Parameter>],
        own: &'s [RefOr<Parameter>],
        builder: &str,
        path: &str,
        at: &Pointer,
        consumes: &[String],
    ) -> (Vec<Param>, Option<Body>) {
        let template = template_names(path);
        let mut scope = Scope::with_reserved(BUILDER_MEMBERS);
        let mut params = Vec::new();
        let mut body: Option<Body> = None;
        for p in self.merged_parameters(shared, own) {
            if self.authorization_header(p) || self.path_param_not_in_path(p, &template, path) {
                continue;
            }
            let name = Name {
                rust: scope.claim(names::snake(&p.name)),
                wire: p.name.clone(),
            };
            let hint = format!("{builder}{}", names::camel(&p.name));
            match location(p.location) {
                Some(location) => params.push(self.param(p, name, location, &hint)),
                None if body.is_some() => self.second_body(p),
                None => body = Some(self.body(p, name, &hint, consumes)),
            }
        }
        self.undeclared_path_params(&template, path, at, &mut scope, &mut params);
        self.body_and_form(body.as_ref(), &params);
        params.sort_by_key(|p| !p.required);
        (params, body)
    }

    /// Path-level parameters, each replaced by the operation-level one of the same name
    /// and `in` if there is one, then the operation's others, in the spec's order.
    fn merged_parameters(
        &mut self,
        shared: &'s [RefOr<Parameter>],
        own: &'s [RefOr<Parameter>],
    ) -> Vec<&'s Parameter> {
        let mut merged: Vec<&'s Parameter> = Vec::new();
        for p in shared.iter().chain(own) {
            let Some(p) = self.parameter(p) else { continue };
            if let Some(slot) = merged
                .iter_mut()
                .find(|q| q.name == p.name && q.location == p.location)
            {
                *slot = p;
            } else {
                merged.push(p);
            }
        }
        merged
    }

    /// Repairs a spec that declares the `Authorization` header as a parameter: it is left
    /// out (with a warning), since the runtime refuses it: credentials are the client's,
    /// never a request's. Whether `p` is one.
    fn authorization_header(&mut self, p: &Parameter) -> bool {
        if p.location != ParameterIn::Header || !p.name.eq_ignore_ascii_case("authorization") {
            return false;
        }
        self.diags.warn(
            Code::Unsupported,
            &p.at,
            "an `Authorization` header parameter is left out: the client sends the credentials it is given (`ClientBuilder::access_token`, `basic_auth`, `api_key`)",
        );
        true
    }

    /// Repairs a spec that declares a path parameter its path has no `{name}` for: it is
    /// left out (with a warning), there is nowhere to send it. Whether `p` is one.
    fn path_param_not_in_path(&mut self, p: &Parameter, template: &[&str], path: &str) -> bool {
        if p.location != ParameterIn::Path || template.contains(&p.name.as_str()) {
            return false;
        }
        self.diags.warn(
            Code::InvalidValue,
            &p.at,
            format!(
                "path parameter `{}` does not appear in `{path}`: it is left out",
                p.name
            ),
        );
        true
    }

    /// Refuses a spec that gives an operation a second body parameter, `p` (an error).
    fn second_body(&mut self, p: &Parameter) {
        self.diags.error(
            Code::Duplicate,
            &p.at,
            "an operation can have only one body parameter",
        );
    }

    /// The body parameter `p`; any JSON when the spec gives it no schema.
    fn body(&mut self, p: &'s Parameter, name: Name, hint: &str, consumes: &[String]) -> Body {
        let mut docs = param_docs(p);
        let (ty, media) = match &p.schema {
            Some(schema) => self.body_type(schema, hint, consumes, &mut docs),
            None => (TypeRef::Any, BodyMedia::Json),
        };
        Body {
            name,
            docs,
            ty,
            required: p.required,
            media,
        }
    }

    /// The non-body parameter `p`, sent in `location`.
    fn param(
        &mut self,
        p: &'s Parameter,
        name: Name,
        location: ParamLocation,
        hint: &str,
    ) -> Param {
        let mut docs = param_docs(p);
        let json_schema = self.json_encoded_schema(p, location);
        let json_encoded = json_schema.is_some();
        let file = self.file_param_type(p, location);
        if file == Some(TypeRef::File) {
            docs.notes.push(Note::FileUpload);
        }
        let ty = match (json_schema, file) {
            (Some(schema), _) => self.type_ref(&schema, hint),
            (None, Some(file)) => file,
            (None, None) => self.param_type(p, hint),
        };
        let (collection, item_collection) = match &ty {
            _ if json_encoded => (None, None),
            TypeRef::Array(inner) => (
                Some(self.collection_format(&p.simple)),
                p.simple
                    .items
                    .as_ref()
                    .filter(|_| matches!(**inner, TypeRef::Array(_)))
                    .map(|items| self.inner_collection_format(items)),
            ),
            _ => (None, None),
        };
        let limits = &p.simple.constraints;
        let range = Range {
            minimum: limits.minimum.map(|m| (m, limits.exclusive_minimum)),
            maximum: limits.maximum.map(|m| (m, limits.exclusive_maximum)),
        };
        let lengths = match &ty {
            _ if json_encoded => Lengths::default(),
            TypeRef::Array(_) => Lengths {
                min: limits.min_items,
                max: limits.max_items,
            },
            TypeRef::Primitive(Primitive::String) => Lengths {
                min: limits.min_length,
                max: limits.max_length,
            },
            _ => Lengths::default(),
        };
        Param {
            name,
            location,
            docs,
            ty,
            collection,
            item_collection,
            required: p.required,
            json_encoded,
            range,
            lengths,
            open_enum: p.extensions.get(OPEN_ENUM) == Some(&serde_json::Value::Bool(true)),
            secret: p.simple.format.as_deref() == Some("password"),
            source: p.at.clone(),
        }
    }

    /// The schema of an `x-json-encoded` parameter. Repairs a spec that puts the extension
    /// on a path or header parameter, where JSON text is not sent: ignored, with a warning.
    fn json_encoded_schema(
        &mut self,
        p: &Parameter,
        location: ParamLocation,
    ) -> Option<swagger::Schema> {
        let value = p.extensions.get(JSON_ENCODED)?;
        if matches!(location, ParamLocation::FormData | ParamLocation::Query) {
            return swagger::Schema::read(value, &p.at.join(JSON_ENCODED), self.diags);
        }
        self.diags.warn(
            Code::Unsupported,
            &p.at.join(JSON_ENCODED),
            format!(
                "`{JSON_ENCODED}` is only understood on formData and query parameters; ignored"
            ),
        );
        None
    }

    /// The type of a `type: file` parameter: a file to upload in a form. Repairs a spec
    /// that gives the type to a parameter outside the form: a string, with a warning.
    /// `None` for any other parameter.
    fn file_param_type(&mut self, p: &Parameter, location: ParamLocation) -> Option<TypeRef> {
        if p.simple.ty.as_deref() != Some("file") {
            return None;
        }
        if location == ParamLocation::FormData {
            return Some(TypeRef::File);
        }
        self.diags.warn(
            Code::InvalidValue,
            &p.at.join("type"),
            format!(
                "parameter `{}`: `type: file` is for formData parameters only; it is sent as a string",
                p.name
            ),
        );
        Some(TypeRef::Primitive(Primitive::String))
    }

    /// The type of a parameter from its `type`. Repairs a spec that gives a parameter no
    /// `type`: a string, with a warning.
    fn param_type(&mut self, p: &Parameter, hint: &str) -> TypeRef {
        if let Some(ty) = self.simple_type_ref(&p.simple, hint, &p.name) {
            return ty;
        }
        self.diags.warn(
            Code::UntypedParameter,
            &p.at,
            format!(
                "parameter `{}` has no `type`: it is sent as a string",
                p.name
            ),
        );
        TypeRef::Primitive(Primitive::String)
    }

    /// How the items of each inner array of an array of arrays are joined. Repairs a spec
    /// that says `multi` there, which can only repeat the parameter for the outer array:
    /// commas, with a warning.
    fn inner_collection_format(&mut self, items: &swagger::SimpleType) -> CollectionFormat {
        match self.collection_format(items) {
            CollectionFormat::Multi => {
                self.diags.warn(
                    Code::InvalidValue,
                    &items.at.join("collectionFormat"),
                    "`multi` repeats the parameter, so it can only join the outer array: the inner arrays are joined with commas",
                );
                CollectionFormat::Csv
            }
            other => other,
        }
    }

    /// Repairs a spec whose path has a `{name}` that no path parameter declares: a required
    /// string parameter is added for it, with a warning (the call could not be made
    /// otherwise).
    fn undeclared_path_params(
        &mut self,
        template: &[&str],
        path: &str,
        at: &Pointer,
        scope: &mut Scope,
        params: &mut Vec<Param>,
    ) {
        for &name in template {
            if params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name.wire == name)
            {
                continue;
            }
            let elsewhere = params
                .iter()
                .find(|p| p.name.wire == name)
                .map(|p| match p.location {
                    ParamLocation::Query => " (one in the query has that name)",
                    ParamLocation::Header => " (a header has that name)",
                    ParamLocation::FormData => " (a form field has that name)",
                    ParamLocation::Path => "",
                })
                .unwrap_or_default();
            self.diags.warn(
                Code::MissingField,
                at,
                format!("path `{path}` has `{{{name}}}` but no path parameter `{name}`{elsewhere}: a string is asked for"),
            );
            params.push(Param {
                name: Name {
                    rust: scope.claim(names::snake(name)),
                    wire: name.to_owned(),
                },
                location: ParamLocation::Path,
                docs: Docs {
                    notes: vec![Note::UndeclaredPathParam(name.to_owned())],
                    ..Docs::default()
                },
                ty: TypeRef::Primitive(Primitive::String),
                collection: None,
                item_collection: None,
                required: true,
                json_encoded: false,
                range: Range::default(),
                lengths: Lengths::default(),
                open_enum: false,
                secret: false,
                source: at.clone(),
            });
        }
    }

    /// Refuses a spec that gives an operation both a body and `formData` parameters (an
    /// error): a request has one body, JSON or a form.
    fn body_and_form(&mut self, body: Option<&Body>, params: &[Param]) {
        let form = params
            .iter()
            .find(|p| p.location == ParamLocation::FormData);
        if let (Some(_), Some(form)) = (body, form) {
            self.diags.error(
                Code::InvalidValue,
                &form.source,
                "an operation cannot have both a body parameter and formData parameters",
            );
        }
    }

    /// A body's type and how it travels: JSON when the operation takes JSON (or does not
    /// say); otherwise bytes for `format: binary` (or `type: file`), text for a string,
    /// and, with a warning, text the caller writes for any other schema (an XML body: the
    /// client writes no XML).
    fn body_type(
        &mut self,
        schema: &'s swagger::Schema,
        hint: &str,
        consumes: &[String],
        docs: &mut Docs,
    ) -> (TypeRef, BodyMedia) {
        let target = self.plain_target(schema);
        let binary = target.is_some_and(|t| {
            t.ty.as_deref() == Some("file")
                || (t.ty.as_deref() == Some("string") && t.format.as_deref() == Some("binary"))
        });
        let string_schema = !binary && target.is_some_and(|t| t.ty.as_deref() == Some("string"));
        let other = consumes.iter().find(|m| !is_json(m));
        let string = TypeRef::Primitive(Primitive::String);
        // Bytes cannot travel in JSON: where the operation lists JSON, the schema is JSON's.
        if binary && !consumes.iter().any(|m| is_json(m)) {
            let media = other.map_or("application/octet-stream", String::as_str);
            docs.notes.push(Note::SentAsIs {
                media: media.to_owned(),
                bytes: true,
            });
            return (string, BodyMedia::Bytes(media.to_owned()));
        }
        let takes_json = consumes.is_empty() || consumes.iter().any(|m| is_json(m));
        let listed = consumes.join(", ");
        match other {
            Some(media) if !takes_json && string_schema => {
                docs.notes.push(Note::SentAsIs {
                    media: media.clone(),
                    bytes: false,
                });
                (string, BodyMedia::Text(media.clone()))
            }
            Some(media) if !takes_json && consumes.iter().all(|m| is_xml(m)) => {
                self.diags.warn(
                    Code::Unsupported,
                    &schema.at,
                    format!("the operation consumes only {listed}: the client writes no XML, so the body is text the caller writes, sent as `{media}`"),
                );
                docs.notes.push(Note::SentAsIs {
                    media: media.clone(),
                    bytes: false,
                });
                (string, BodyMedia::Text(media.clone()))
            }
            Some(_) if !takes_json => {
                // `consumes: [text/plain]` over a JSON schema is a common slip in real specs
                // (published specs have it): the schema is the better guide.
                self.diags.warn(
                    Code::InvalidValue,
                    &schema.at,
                    format!("the operation consumes only {listed}, but its body has a JSON schema: it is sent as JSON"),
                );
                (self.type_ref(schema, hint), BodyMedia::Json)
            }
            _ => (self.type_ref(schema, hint), BodyMedia::Json),
        }
    }

    /// The schema itself, or the definition its `$ref` (through other `$ref`s) names: what
    /// says whether a body or answer is a plain string or bytes. `None` when a reference
    /// leads nowhere (or round in circles), which is reported where types are resolved.
    fn plain_target(&self, schema: &'s swagger::Schema) -> Option<&'s swagger::Schema> {
        let mut schema = schema;
        for _ in 0..64 {
            let Some(reference) = &schema.reference else {
                return Some(schema);
            };
            let key = reference.strip_prefix(super::types::DEFINITIONS)?;
            schema = self
                .spec
                .definitions
                .get(&super::types::unescape_token(key))?;
        }
        None
    }

    fn parameter(&mut self, p: &'s RefOr<Parameter>) -> Option<&'s Parameter> {
        match p {
            RefOr::Item(p) => Some(p),
            RefOr::Ref { reference, at } => {
                let spec = self.spec;
                let found = reference
                    .strip_prefix("#/parameters/")
                    .and_then(|key| spec.parameters.get(&super::types::unescape_token(key)));
                if found.is_none() {
                    self.diags.error(
                        Code::DanglingRef,
                        at,
                        format!("`{reference}` names no parameter in `#/parameters`"),
                    );
                }
                found
            }
        }
    }

    /// Whether the form goes as `multipart/form-data`: it holds a file, or the operation
    /// consumes multipart and not URL-encoded forms.
    fn multipart(&mut self, params: &[Param], consumes: &[String], at: &Pointer) -> bool {
        let takes = |media: &str| consumes.iter().any(|m| essence(m) == media);
        let form = params.iter().any(|p| p.location == ParamLocation::FormData);
        let file = params.iter().find(|p| p.ty == TypeRef::File);
        if let Some(file) = file
            && !consumes.is_empty()
            && !takes("multipart/form-data")
        {
            self.diags.warn(
                Code::InvalidValue,
                &at.join("consumes"),
                format!(
                    "the file parameter `{}` needs `multipart/form-data`, which `consumes` does not list; the form is sent as multipart",
                    file.name.wire
                ),
            );
        }
        form && (file.is_some()
            || (takes("multipart/form-data") && !takes("application/x-www-form-urlencoded")))
    }

    fn collection_format(&mut self, simple: &swagger::SimpleType) -> CollectionFormat {
        match simple.collection_format.as_deref() {
            None | Some("csv") => CollectionFormat::Csv,
            Some("ssv") => CollectionFormat::Ssv,
            Some("tsv") => CollectionFormat::Tsv,
            Some("pipes") => CollectionFormat::Pipes,
            Some("multi") => CollectionFormat::Multi,
            Some(other) => {
                self.diags.warn(
                    Code::InvalidValue,
                    &simple.at.join("collectionFormat"),
                    format!("`collectionFormat: {other}` is not one of csv, ssv, tsv, pipes, multi: csv is used"),
                );
                CollectionFormat::Csv
            }
        }
    }

    /// The success response (the lowest 2xx, else `default`) and the error answers the
    /// spec describes (every status but 2xx, and `default` when it is not the success).
    fn responses(
        &mut self,
        op: &swagger::Operation,
        builder: &str,
    ) -> (Response, Vec<ErrorAnswer>) {
        let response = self.response(op, builder);
        let success = op
            .responses
            .keys()
            .filter(|code| code.starts_with('2'))
            .min()
            .cloned();
        let mut errors = Vec::new();
        for (code, answer) in &op.responses {
            let other_success = code.starts_with('2') && Some(code) != success.as_ref();
            if code.starts_with('2') && !other_success || code == "default" && success.is_none() {
                continue;
            }
            let Some(answer) = self.response_object(answer) else {
                self.diags.warn(
                    Code::DanglingRef,
                    &op.at.join("responses").join(code),
                    format!("the {code} answer refers to no response in `#/responses`: it is left out of the docs"),
                );
                continue;
            };
            if other_success {
                let same_as_success = success
                    .as_ref()
                    .and_then(|s| op.responses.get(s))
                    .and_then(|s| self.response_object(s))
                    .and_then(|s| s.schema.as_ref())
                    .and_then(|s| s.reference.as_ref())
                    .is_some_and(|r| {
                        answer.schema.as_ref().and_then(|s| s.reference.as_ref()) == Some(r)
                    });
                if answer.schema.is_some() && !same_as_success {
                    self.diags.warn(
                        Code::Unsupported,
                        &op.at.join("responses").join(code),
                        format!(
                            "only the lowest success status is typed: a {code} answer must decode as the {} one",
                            success.as_deref().unwrap_or_default()
                        ),
                    );
                }
                continue;
            }
            let ty = match &answer.schema {
                Some(schema)
                    if schema.ty.as_deref() == Some("file") && schema.reference.is_none() =>
                {
                    None
                }
                Some(schema) => {
                    let suffix = if code == "default" {
                        "DefaultError".to_owned()
                    } else {
                        format!("Error{code}")
                    };
                    Some(self.type_ref(schema, &format!("{builder}{suffix}")))
                }
                None => None,
            };
            errors.push(ErrorAnswer {
                status: code.clone(),
                description: answer.description.clone(),
                ty,
            });
        }
        (response, errors)
    }

    /// A response, following a `$ref` to `#/responses` (a dangling one is reported where
    /// the success response is read).
    fn response_object(
        &self,
        answer: &'s RefOr<swagger::Response>,
    ) -> Option<&'s swagger::Response> {
        match answer {
            RefOr::Item(r) => Some(r),
            RefOr::Ref { reference, .. } => reference
                .strip_prefix("#/responses/")
                .and_then(|k| self.spec.responses.get(&super::types::unescape_token(k))),
        }
    }

    /// The success response: the lowest 2xx, else `default`.
    fn response(&mut self, op: &swagger::Operation, builder: &str) -> Response {
        let spec = self.spec;
        let chosen = op
            .responses
            .iter()
            .filter(|(code, _)| code.starts_with('2'))
            .min_by_key(|(code, _)| code.as_str())
            .or_else(|| op.responses.get_key_value("default"));
        let Some((code, response)) = chosen else {
            self.diags.warn(
                Code::UntypedResponse,
                &op.at.join("responses"),
                "no success (2xx) or default response: the body is returned as free-form JSON",
            );
            return Response::Untyped;
        };
        let at = op.at.join("responses").join(code);
        let Some(response) = self.response_object(response) else {
            if let RefOr::Ref { reference, at } = response {
                self.diags.error(
                    Code::DanglingRef,
                    at,
                    format!("`{reference}` names no response in `#/responses`"),
                );
            }
            return Response::Untyped;
        };
        let produces = op.produces.as_ref().unwrap_or(&spec.produces);
        // What the schema is once references are followed: a file, a string, or else.
        let target = response.schema.as_ref().and_then(|s| self.plain_target(s));
        let is = |ty: &str| target.is_some_and(|t| t.ty.as_deref() == Some(ty));
        match &response.schema {
            Some(_) if is("file") => Response::Binary,
            Some(_) if is("string") && produces_text(produces) => Response::Text,
            Some(schema) if !produces.is_empty() && !produces.iter().any(|m| is_json(m)) => {
                // No JSON on offer: the body is what the server sends, as text or bytes.
                let text = produces.iter().all(|m| is_text(m));
                if !is("string") {
                    self.diags.warn(
                        Code::Unsupported,
                        &at.join("schema"),
                        format!(
                            "the operation produces only {}: the answer is returned as {}, not decoded",
                            produces.join(", "),
                            if text { "text" } else { "bytes" }
                        ),
                    );
                }
                let binary = target.is_some_and(|t| t.format.as_deref() == Some("binary"));
                if text && !binary {
                    Response::Text
                } else {
                    Response::Binary
                }
            }
            Some(schema) => Response::Json(self.type_ref(schema, &format!("{builder}Response"))),
            None if code == "204" => Response::Empty,
            None if !produces.is_empty() && !produces.iter().any(|m| is_json(m)) => {
                // Not JSON, and no schema to say more: what the server sends, as it is.
                let text = produces.iter().all(|m| is_text(m));
                self.diags.warn(
                    Code::UntypedResponse,
                    &at,
                    format!(
                        "response {code} has no `schema`: the body is returned as {}",
                        if text { "text" } else { "bytes" }
                    ),
                );
                if text {
                    Response::Text
                } else {
                    Response::Binary
                }
            }
            None => {
                self.diags.warn(
                    Code::UntypedResponse,
                    &at,
                    format!(
                        "response {code} has no `schema`: the body is returned as free-form JSON"
                    ),
                );
                Response::Untyped
            }
        }
    }
}

/// Where a non-body parameter travels; `None` for the body.
fn location(location: ParameterIn) -> Option<ParamLocation> {
    match location {
        ParameterIn::Body => None,
        ParameterIn::Path => Some(ParamLocation::Path),
        ParameterIn::Query => Some(ParamLocation::Query),
        ParameterIn::Header => Some(ParamLocation::Header),
        ParameterIn::FormData => Some(ParamLocation::FormData),
    }
}

/// A parameter's docs: its description, and the default and string format it has.
fn param_docs(p: &Parameter) -> Docs {
    let mut notes = Vec::new();
    if let Some(default) = &p.simple.default {
        notes.push(Note::DefaultWhenNotSent(default.clone()));
    }
    notes.extend(
        super::types::string_format(p.simple.ty.as_deref(), p.simple.format.as_deref())
            .map(Note::Format),
    );
    Docs {
        summary: None,
        description: p.description.clone(),
        notes,
    }
}

/// The `{names}` of a path template, in order, each once.
fn template_names(path: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &rest[start + len + 1..];
    }
    names
}

fn http_method(method: Method) -> HttpMethod {
    match method {
        Method::Get => HttpMethod::Get,
        Method::Put => HttpMethod::Put,
        Method::Post => HttpMethod::Post,
        Method::Delete => HttpMethod::Delete,
        Method::Options => HttpMethod::Options,
        Method::Head => HttpMethod::Head,
        Method::Patch => HttpMethod::Patch,
    }
}

/// Names a reader may search the docs for, where they differ from the Rust name: the
/// `operationId`, and a path that names the operation in other casing (`/getitems` for
/// `getItems`). Only names rustdoc accepts.
fn aliases(name: &Name, path: &str) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    let path_name = path.trim_start_matches('/');
    let path_names_it = path_name.eq_ignore_ascii_case(&name.wire);
    for candidate in [
        name.wire.as_str(),
        if path_names_it { path_name } else { "" },
    ] {
        let searchable = !candidate.is_empty()
            && candidate
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if searchable && candidate != name.rust && !aliases.iter().any(|a| a == candidate) {
            aliases.push(candidate.to_owned());
        }
    }
    aliases
}

/// The OAuth2 scopes of an operation's security requirements: the alternatives that name
/// any, each the scopes it needs all of.
fn scopes(requirements: &[swagger::SecurityRequirement]) -> Vec<Vec<String>> {
    requirements
        .iter()
        .map(|requirement| requirement.values().flatten().cloned().collect::<Vec<_>>())
        .filter(|scopes| !scopes.is_empty())
        .collect()
}

/// A media type without its parameters, in lower case: `Text/Plain; charset=utf-8` ->
/// `text/plain`.
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether the media types an operation produces are text and not JSON (`text/plain`,
/// `text/csv`): its string answer is the body itself, not a JSON string.
fn produces_text(produces: &[String]) -> bool {
    !produces.is_empty() && produces.iter().all(|m| is_plain_text(m))
}

/// `text/*`.
fn is_plain_text(media_type: &str) -> bool {
    essence(media_type).starts_with("text/")
}

/// A media type the client reads or writes as JSON: `application/json`, `…+json`, or any.
fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json"
        || essence == "text/json"
        || essence.ends_with("+json")
        || essence == "*/*"
        || essence == "application/*"
}

/// Text a person could read: `text/*`, XML.
fn is_text(media_type: &str) -> bool {
    is_plain_text(media_type) || is_xml(media_type)
}

/// XML: `application/xml`, `text/xml`, `…+xml`.
fn is_xml(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/xml" || essence == "text/xml" || essence.ends_with("+xml")
}

/// The `Accept` header for an answer: what the client can read of what the operation
/// produces.
fn accept(response: &Response, produces: &[String]) -> Option<String> {
    let listed = || (!produces.is_empty()).then(|| produces.join(", "));
    match response {
        Response::Json(_) | Response::Untyped => {
            // The JSON types it names (`application/vnd.api+json`), else plain JSON.
            let json: Vec<&str> = produces
                .iter()
                .map(String::as_str)
                .filter(|m| is_json(m) && !essence(m).contains('*'))
                .collect();
            Some(if json.is_empty() {
                "application/json".to_owned()
            } else {
                json.join(", ")
            })
        }
        Response::Text | Response::Binary => Some(listed().unwrap_or_else(|| "*/*".to_owned())),
        Response::Empty => None,
    }
}
