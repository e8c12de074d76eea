//! The Swagger 2.0 object model, as the specification defines it
//! (<https://swagger.io/specification/v2/>), read from a JSON tree.
//!
//! Every object keeps its location (`at`) and its `x-` extensions. Nothing here interprets
//! the spec: that is `resolve`'s job.
//!
//! Types and fields are named after the specification's objects and fields (camelCase to
//! snake_case) and mean what it says; they are not documented again one by one.
#![allow(missing_docs)]

use indexmap::IndexMap;
use serde_json::Value;

pub use super::decode::Extensions;
use super::decode::{self, Obj};
use crate::diagnostics::{Code, Diagnostics, Pointer};
use crate::parallel;

/// The root document.
#[derive(Debug, Clone, PartialEq)]
pub struct Swagger {
    pub swagger: String,
    pub info: Info,
    pub host: Option<String>,
    pub base_path: Option<String>,
    pub schemes: Vec<String>,
    pub consumes: Vec<String>,
    pub produces: Vec<String>,
    pub paths: IndexMap<String, PathItem>,
    pub definitions: IndexMap<String, Schema>,
    pub parameters: IndexMap<String, Parameter>,
    pub responses: IndexMap<String, Response>,
    pub security_definitions: IndexMap<String, SecurityScheme>,
    pub security: Vec<SecurityRequirement>,
    pub tags: Vec<Tag>,
    pub external_docs: Option<ExternalDocs>,
    pub extensions: Extensions,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    pub title: String,
    pub description: Option<String>,
    pub terms_of_service: Option<String>,
    pub contact: Option<Value>,
    pub license: Option<Value>,
    pub version: String,
    pub extensions: Extensions,
}

/// The operations of one path, and the parameters they share.
#[derive(Debug, Clone, PartialEq)]
pub struct PathItem {
    pub at: Pointer,
    /// `$ref` to an external path item: never followed.
    pub reference: Option<String>,
    pub operations: Vec<(Method, Operation)>,
    pub parameters: Vec<RefOr<Parameter>>,
    pub extensions: Extensions,
}

/// The HTTP methods a path item can hold, in the specification's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
    ];

    /// The field name in a path item: `get`.
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub at: Pointer,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub external_docs: Option<ExternalDocs>,
    pub operation_id: Option<String>,
    pub consumes: Option<Vec<String>>,
    pub produces: Option<Vec<String>>,
    pub parameters: Vec<RefOr<Parameter>>,
    pub responses: IndexMap<String, RefOr<Response>>,
    pub schemes: Option<Vec<String>>,
    pub deprecated: bool,
    pub security: Option<Vec<SecurityRequirement>>,
    pub extensions: Extensions,
}

/// Either a `$ref` (with the location of the `$ref` itself) or the object inline.
#[derive(Debug, Clone, PartialEq)]
pub enum RefOr<T> {
    Ref { reference: String, at: Pointer },
    Item(T),
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParameterIn {
    Path,
    Query,
    Header,
    Body,
    FormData,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub at: Pointer,
    pub name: String,
    pub location: ParameterIn,
    pub description: Option<String>,
    pub required: bool,
    /// The schema of a `body` parameter.
    pub schema: Option<Schema>,
    /// The type of any other parameter (`None`: the spec forgot it).
    pub simple: SimpleType,
    pub allow_empty_value: bool,
    pub extensions: Extensions,
}

/// The type of a non-body parameter, a header or an `items` object: a subset of a schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimpleType {
    pub at: Pointer,
    pub ty: Option<String>,
    pub format: Option<String>,
    pub items: Option<Box<SimpleType>>,
    pub collection_format: Option<String>,
    pub default: Option<Value>,
    pub constraints: Constraints,
    pub enum_values: Option<Vec<Value>>,
    /// Its `x-` keys (a parameter's are the parameter's).
    pub extensions: Extensions,
}

/// Validation keywords shared by schemas and simple types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub maximum: Option<f64>,
    pub exclusive_maximum: bool,
    pub minimum: Option<f64>,
    pub exclusive_minimum: bool,
    pub max_length: Option<u64>,
    pub min_length: Option<u64>,
    pub pattern: Option<String>,
    pub max_items: Option<u64>,
    pub min_items: Option<u64>,
    pub unique_items: bool,
    pub multiple_of: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub at: Pointer,
    pub description: String,
    pub schema: Option<Schema>,
    pub headers: IndexMap<String, Header>,
    pub examples: Option<Value>,
    pub extensions: Extensions,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub description: Option<String>,
    pub simple: SimpleType,
}

/// A Schema Object: a JSON Schema subset plus Swagger's additions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Schema {
    pub at: Pointer,
    pub reference: Option<String>,
    pub ty: Option<String>,
    pub format: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub default: Option<Value>,
    pub constraints: Constraints,
    pub max_properties: Option<u64>,
    pub min_properties: Option<u64>,
    pub required: Vec<String>,
    pub enum_values: Option<Vec<Value>>,
    pub items: Option<Box<Schema>>,
    pub all_of: Vec<Schema>,
    pub properties: IndexMap<String, Schema>,
    pub additional_properties: Option<AdditionalProperties>,
    pub discriminator: Option<String>,
    pub read_only: bool,
    pub xml: Option<Value>,
    pub external_docs: Option<ExternalDocs>,
    pub example: Option<Value>,
    pub extensions: Extensions,
}

#[derive(Debug, Clone, PartialEq)]
pub enum AdditionalProperties {
    Allowed(bool),
    Schema(Box<Schema>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SecurityScheme {
    pub at: Pointer,
    pub ty: String,
    pub description: Option<String>,
    pub name: Option<String>,
    pub location: Option<String>,
    pub flow: Option<String>,
    pub authorization_url: Option<String>,
    pub token_url: Option<String>,
    pub scopes: IndexMap<String, String>,
    pub extensions: Extensions,
}

/// Names of security schemes, each with the scopes it needs.
pub type SecurityRequirement = IndexMap<String, Vec<String>>;

#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub name: String,
    pub description: Option<String>,
    pub external_docs: Option<ExternalDocs>,
    pub extensions: Extensions,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExternalDocs {
    pub description: Option<String>,
    pub url: String,
}

impl Swagger {
    pub(crate) fn read(v: &Value, d: &mut Diagnostics) -> Option<Swagger> {
        let mut o = Obj::new(v, &Pointer::root(), "the spec", d)?;
        let swagger = o.req("swagger", read_version);
        if let Some(version) = &swagger {
            if version != "2.0" {
                let at = o.at().join("swagger");
                o.diags().error(
                    Code::UnsupportedVersion,
                    &at,
                    format!("this is a Swagger {version} document; only Swagger 2.0 is supported"),
                );
            }
        } else if o.raw("openapi").is_some() {
            let at = o.at().join("openapi");
            o.diags().error(
                Code::UnsupportedVersion,
                &at,
                "this is an OpenAPI 3 document; only Swagger 2.0 is supported",
            );
        }
        let info = o.req("info", Info::read);
        let host = o.string("host");
        let base_path = o.string("basePath");
        let schemes = o.list("schemes", decode::string);
        let consumes = o.list("consumes", decode::string);
        let produces = o.list("produces", decode::string);
        let paths = o.req("paths", read_paths).unwrap_or_default();
        let definitions = o.map("definitions", Schema::read);
        let parameters = o.named("parameters", "parameter", Parameter::read);
        let responses = o.named("responses", "response", Response::read);
        let security_definitions = o.map("securityDefinitions", SecurityScheme::read);
        let security = o.list("security", read_security_requirement);
        let tags = o.list("tags", Tag::read);
        let external_docs = o.opt("externalDocs", ExternalDocs::read);
        let extensions = o.finish();
        Some(Swagger {
            swagger: swagger?,
            info: info?,
            host,
            base_path,
            schemes,
            consumes,
            produces,
            paths,
            definitions,
            parameters,
            responses,
            security_definitions,
            security,
            tags,
            external_docs,
            extensions,
        })
    }
}

/// `swagger: "2.0"`. The unquoted YAML `swagger: 2.0`, a number, is common enough in real
/// specs (the OpenAPI Initiative's own examples have it) to be read with a warning.
fn read_version(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<String> {
    match v {
        Value::Number(n) => {
            if n.as_f64() == Some(2.0) {
                d.warn(
                    Code::InvalidType,
                    at,
                    format!("`swagger` must be the string \"2.0\", found the number {n}: read as \"2.0\""),
                );
                return Some("2.0".to_owned());
            }
            Some(n.to_string())
        }
        other => decode::string(other, at, d),
    }
}

/// A `$ref` as written, with the Swagger 1.2 shorthand some 2.0 specs still use (`$ref:
/// Product`, a bare name) read as the local reference it means (`#/definitions/Product`),
/// with a warning. `section` is where such a name lives: `definitions`, `parameters` or
/// `responses`. Anything else, a file or a URL included, is kept as written.
fn read_reference(v: &Value, at: &Pointer, section: &str, d: &mut Diagnostics) -> Option<String> {
    let reference = decode::string(v, at, d)?;
    let file = [".json", ".yaml", ".yml"]
        .iter()
        .any(|ext| reference.to_ascii_lowercase().ends_with(ext));
    let bare = !reference.is_empty()
        && !file
        && !reference.contains(['#', '/', ':', '\\'])
        && !reference.starts_with('.');
    if !bare {
        return Some(reference);
    }
    // A JSON pointer token: `~` is written `~0` (a bare name has no `/`).
    let local = format!("#/{section}/{}", reference.replace('~', "~0"));
    d.warn(
        Code::InvalidValue,
        at,
        format!("`$ref: {reference}` is not a JSON reference (a Swagger 1.2 shorthand): read as `{local}`"),
    );
    Some(local)
}

fn read_paths(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<IndexMap<String, PathItem>> {
    let Value::Object(map) = v else {
        d.error(
            Code::InvalidType,
            at,
            format!("`paths` must be an object, found {}", decode::kind(v)),
        );
        return None;
    };
    // Path items are independent: they are read in runs of neighbours on every core, and
    // joined in order with their diagnostics.
    let entries: Vec<(&String, &Value)> = map.iter().collect();
    let runs: Vec<&[(&String, &Value)]> = entries.chunks(PATHS_PER_RUN).collect();
    let mut paths = IndexMap::with_capacity(entries.len());
    for (items, run_diags) in parallel::map(&runs, |run| read_path_items(run, at)) {
        paths.extend(items);
        d.append(run_diags);
    }
    Some(paths)
}

/// How many path items a thread reads at a time.
const PATHS_PER_RUN: usize = 256;

/// The path items of `entries` (keys and values of `paths`, at `at`) that could be read, and
/// what was found reading them.
fn read_path_items(
    entries: &[(&String, &Value)],
    at: &Pointer,
) -> (Vec<(String, PathItem)>, Diagnostics) {
    let mut d = Diagnostics::default();
    let mut items = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        let here = at.join(key);
        if key.starts_with("x-") {
            continue;
        }
        if !key.starts_with('/') {
            d.error(
                Code::InvalidValue,
                &here,
                format!("path `{key}` must start with `/`"),
            );
            continue;
        }
        if let Some(item) = PathItem::read(value, &here, &mut d) {
            items.push(((*key).clone(), item));
        }
    }
    (items, d)
}

impl Info {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Info> {
        let mut o = Obj::new(v, at, "`info`", d)?;
        let title = o.req_string("title");
        let description = o.string("description");
        let terms_of_service = o.string("termsOfService");
        let contact = o.value("contact");
        let license = o.value("license");
        let version = o.req_string("version");
        let extensions = o.finish();
        Some(Info {
            title: title?,
            description,
            terms_of_service,
            contact,
            license,
            version: version?,
            extensions,
        })
    }
}

impl PathItem {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<PathItem> {
        let mut o = Obj::new(v, at, "a path item", d)?;
        let reference = o.string("$ref");
        let mut operations = Vec::new();
        for method in Method::ALL {
            if let Some(op) = o.opt(method.key(), Operation::read) {
                operations.push((method, op));
            }
        }
        let parameters = o.list("parameters", read_ref_or::<Parameter>);
        let extensions = o.finish();
        Some(PathItem {
            at: at.clone(),
            reference,
            operations,
            parameters,
            extensions,
        })
    }
}

impl Operation {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Operation> {
        let mut o = Obj::new(v, at, "an operation", d)?;
        let tags = o.list("tags", decode::string);
        let summary = o.string("summary");
        let description = o.string("description");
        let external_docs = o.opt("externalDocs", ExternalDocs::read);
        let operation_id = o.string("operationId");
        let consumes = o.opt_list("consumes", decode::string);
        let produces = o.opt_list("produces", decode::string);
        let parameters = o.list("parameters", read_ref_or::<Parameter>);
        let responses = o.req("responses", read_responses).unwrap_or_default();
        let schemes = o.opt_list("schemes", decode::string);
        let deprecated = o.bool("deprecated").unwrap_or(false);
        let security = o.opt_list("security", read_security_requirement);
        let extensions = o.finish();
        Some(Operation {
            at: at.clone(),
            tags,
            summary,
            description,
            external_docs,
            operation_id,
            consumes,
            produces,
            parameters,
            responses,
            schemes,
            deprecated,
            security,
            extensions,
        })
    }
}

fn read_responses(
    v: &Value,
    at: &Pointer,
    d: &mut Diagnostics,
) -> Option<IndexMap<String, RefOr<Response>>> {
    let Value::Object(map) = v else {
        d.error(
            Code::InvalidType,
            at,
            format!("`responses` must be an object, found {}", decode::kind(v)),
        );
        return None;
    };
    let mut responses = IndexMap::new();
    for (key, value) in map {
        let here = at.join(key);
        if key.starts_with("x-") {
            continue;
        }
        let valid = key == "default"
            || (key.len() == 3
                && key.bytes().all(|b| b.is_ascii_digit())
                && (b'1'..=b'5').contains(&key.as_bytes()[0]));
        // OpenAPI 3's ranges (`2XX`), which real 2.0 files borrow: read as the range they name.
        let range = key.len() == 3
            && (b'1'..=b'5').contains(&key.as_bytes()[0])
            && key[1..].eq_ignore_ascii_case("xx");
        if range {
            d.warn(
                Code::InvalidValue,
                &here,
                format!("response key `{key}` is a range of statuses, which Swagger 2.0 does not have: read as any {}xx status", &key[..1]),
            );
        } else if !valid {
            d.error(
                Code::InvalidValue,
                &here,
                format!("response key `{key}` must be an HTTP status code (100-599) or `default`"),
            );
            continue;
        }
        if let Some(r) = read_ref_or::<Response>(value, &here, d) {
            responses.insert(key.clone(), r);
        }
    }
    if responses.is_empty() {
        d.error(
            Code::MissingField,
            at,
            "an operation must declare at least one response",
        );
    }
    Some(responses)
}

/// Objects that may stand behind a `$ref`.
pub(crate) trait Referable: Sized {
    /// Where the spec keeps named ones: `parameters`.
    const SECTION: &'static str;
    fn read_item(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Self>;
}

impl Referable for Parameter {
    const SECTION: &'static str = "parameters";
    fn read_item(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Self> {
        Parameter::read(v, at, d)
    }
}

impl Referable for Response {
    const SECTION: &'static str = "responses";
    fn read_item(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Self> {
        Response::read(v, at, d)
    }
}

fn read_ref_or<T: Referable>(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<RefOr<T>> {
    if let Some(reference) = v.get("$ref") {
        let here = at.join("$ref");
        let reference = read_reference(reference, &here, T::SECTION, d)?;
        return Some(RefOr::Ref {
            reference,
            at: here,
        });
    }
    T::read_item(v, at, d).map(RefOr::Item)
}

impl Parameter {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Parameter> {
        let mut o = Obj::new(v, at, "a parameter", d)?;
        let name = o.req_string("name");
        let location = o.req("in", |v, at, d| match v.as_str() {
            Some("path") => Some(ParameterIn::Path),
            Some("query") => Some(ParameterIn::Query),
            Some("header") => Some(ParameterIn::Header),
            Some("body") => Some(ParameterIn::Body),
            Some("formData") => Some(ParameterIn::FormData),
            _ => {
                d.error(
                    Code::InvalidValue,
                    at,
                    format!(
                        "`in` is {}; it must be one of path, query, header, body, formData",
                        v
                    ),
                );
                None
            }
        });
        let description = o.string("description");
        let required = o.bool("required").unwrap_or(false);
        let allow_empty_value = o.bool("allowEmptyValue").unwrap_or(false);
        let (schema, mut simple) = if location == Some(ParameterIn::Body) {
            (o.req("schema", Schema::read), SimpleType::default())
        } else {
            (None, SimpleType::read_fields(&mut o))
        };
        let extensions = o.finish();
        simple.extensions = extensions.clone();
        let location = location?;
        if location == ParameterIn::Path && !required {
            d.warn(
                Code::InvalidValue,
                &at.join("required"),
                "a path parameter must be `required: true`: read as required, since the path needs it",
            );
        }
        let required = required || location == ParameterIn::Path;
        Some(Parameter {
            at: at.clone(),
            name: name?,
            location,
            description,
            required,
            schema,
            simple,
            allow_empty_value,
            extensions,
        })
    }
}

impl SimpleType {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<SimpleType> {
        let mut o = Obj::new(v, at, "an `items` object", d)?;
        let mut simple = SimpleType::read_fields(&mut o);
        simple.extensions = o.finish();
        Some(simple)
    }

    fn read_fields(o: &mut Obj<'_, '_>) -> SimpleType {
        SimpleType {
            at: o.at().clone(),
            ty: o.string("type"),
            format: o.string("format"),
            items: o.opt("items", SimpleType::read).map(Box::new),
            collection_format: o.string("collectionFormat"),
            default: o.value("default"),
            constraints: Constraints::read_fields(o),
            enum_values: o.opt_list("enum", decode::any),
            extensions: Extensions::new(),
        }
    }
}

impl Constraints {
    fn read_fields(o: &mut Obj<'_, '_>) -> Constraints {
        Constraints {
            maximum: o.number("maximum"),
            exclusive_maximum: o.bool("exclusiveMaximum").unwrap_or(false),
            minimum: o.number("minimum"),
            exclusive_minimum: o.bool("exclusiveMinimum").unwrap_or(false),
            max_length: o.count("maxLength"),
            min_length: o.count("minLength"),
            pattern: o.string("pattern"),
            max_items: o.count("maxItems"),
            min_items: o.count("minItems"),
            unique_items: o.bool("uniqueItems").unwrap_or(false),
            multiple_of: o.number("multipleOf"),
        }
    }
}

impl Response {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Response> {
        let mut o = Obj::new(v, at, "a response", d)?;
        let description = o.req_string("description");
        let schema = o.opt("schema", Schema::read);
        let headers = o.map("headers", Header::read);
        let examples = o.value("examples");
        let extensions = o.finish();
        Some(Response {
            at: at.clone(),
            description: description.unwrap_or_default(),
            schema,
            headers,
            examples,
            extensions,
        })
    }
}

impl Header {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Header> {
        let mut o = Obj::new(v, at, "a header", d)?;
        let description = o.string("description");
        let simple = SimpleType::read_fields(&mut o);
        o.finish();
        Some(Header {
            description,
            simple,
        })
    }
}

impl Schema {
    pub(crate) fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Schema> {
        let mut o = Obj::new(v, at, "a schema", d)?;
        let schema = Schema {
            at: at.clone(),
            reference: o.opt("$ref", |v, at, d| read_reference(v, at, "definitions", d)),
            ty: None,
            format: o.string("format"),
            title: o.string("title"),
            description: o.string("description"),
            default: o.value("default"),
            constraints: Constraints::read_fields(&mut o),
            max_properties: o.count("maxProperties"),
            min_properties: o.count("minProperties"),
            required: required(&mut o),
            enum_values: o.opt_list("enum", decode::any),
            items: o.opt("items", Schema::read).map(Box::new),
            all_of: o.list("allOf", Schema::read),
            properties: o.map("properties", Schema::read),
            additional_properties: o.opt("additionalProperties", |v, at, d| match v {
                Value::Bool(b) => Some(AdditionalProperties::Allowed(*b)),
                other => {
                    Schema::read(other, at, d).map(|s| AdditionalProperties::Schema(Box::new(s)))
                }
            }),
            discriminator: o.string("discriminator"),
            read_only: o.bool("readOnly").unwrap_or(false),
            xml: o.value("xml"),
            external_docs: o.opt("externalDocs", ExternalDocs::read),
            example: o.value("example"),
            extensions: Extensions::new(),
        };
        let types = o.opt("type", read_schema_types);
        let mut extensions = o.finish();
        let ty = match types {
            Some(SchemaTypes::One(ty)) => Some(ty),
            Some(SchemaTypes::OrNull(ty)) => {
                extensions
                    .entry(NULLABLE.to_owned())
                    .or_insert(Value::Bool(true));
                Some(ty)
            }
            Some(SchemaTypes::Many) | None => None,
        };
        Some(Schema {
            ty,
            extensions,
            ..schema
        })
    }
}

/// Swagger 2.0's own way to say a value may be `null`.
const NULLABLE: &str = "x-nullable";

/// What a schema's `type` says.
enum SchemaTypes {
    /// One type.
    One(String),
    /// JSON Schema's `[T, "null"]`: `T`, nullable.
    OrNull(String),
    /// Several types: no Rust type fits, the value is free-form.
    Many,
}

/// `type`: one name, or (JSON Schema's form, which Swagger 2.0 does not have but real specs
/// use) a list of names, read as well as Rust can, with a warning.
fn read_schema_types(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<SchemaTypes> {
    let Value::Array(items) = v else {
        return read_schema_type(v, at, d).map(SchemaTypes::One);
    };
    let mut names = Vec::new();
    for (i, item) in items.iter().enumerate() {
        names.push(read_schema_type(item, &at.index(i), d)?);
    }
    let null = names.iter().any(|n| n == "null");
    let mut others: Vec<String> = names.into_iter().filter(|n| n != "null").collect();
    others.dedup();
    match (others.len(), null) {
        (0, _) => {
            d.warn(
                Code::Unsupported,
                at,
                "`type` lists no type but `null`: the value is free-form JSON",
            );
            Some(SchemaTypes::Many)
        }
        (1, true) => {
            let ty = others.remove(0);
            d.warn(
                Code::InvalidType,
                at,
                format!("`type` must be one name in Swagger 2.0: `[{ty}, null]` is read as `{ty}`, nullable (`x-nullable`)"),
            );
            Some(SchemaTypes::OrNull(ty))
        }
        (1, false) => {
            d.warn(
                Code::InvalidType,
                at,
                "`type` must be one name in Swagger 2.0, not a list: read as its one name",
            );
            Some(SchemaTypes::One(others.remove(0)))
        }
        _ => {
            d.warn(
                Code::Unsupported,
                at,
                "`type` lists several types: no Rust type fits them all, the value is free-form JSON",
            );
            Some(SchemaTypes::Many)
        }
    }
}

/// A schema's `required`: the names of the properties that must be present. The boolean
/// some specs put on a property (`required: true`, Swagger 1.2's way and a parameter's) is
/// ignored with a warning: the property stays optional, which decodes either way.
fn required(o: &mut Obj<'_, '_>) -> Vec<String> {
    if let Some(Value::Bool(_)) = o.raw("required") {
        let at = o.at().join("required");
        o.diags().warn(
            Code::InvalidType,
            &at,
            "`required` in a schema lists the object's required properties; a boolean on a property is ignored (list the property in its object's `required` instead)",
        );
        return Vec::new();
    }
    o.list("required", decode::string)
}

fn read_schema_type(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<String> {
    const TYPES: [&str; 8] = [
        "string", "number", "integer", "boolean", "array", "object", "file", "null",
    ];
    let ty = decode::string(v, at, d)?;
    if TYPES.contains(&ty.as_str()) {
        Some(ty)
    } else {
        d.error(
            Code::InvalidValue,
            at,
            format!("`{ty}` is not a Swagger 2.0 type"),
        );
        None
    }
}

impl SecurityScheme {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<SecurityScheme> {
        let mut o = Obj::new(v, at, "a security scheme", d)?;
        let ty = o.req_string("type");
        let description = o.string("description");
        let name = o.string("name");
        let location = o.string("in");
        let flow = o.string("flow");
        let authorization_url = o.string("authorizationUrl");
        let token_url = o.string("tokenUrl");
        let scopes = o.map("scopes", decode::string);
        let extensions = o.finish();
        Some(SecurityScheme {
            at: at.clone(),
            ty: ty?,
            description,
            name,
            location,
            flow,
            authorization_url,
            token_url,
            scopes,
            extensions,
        })
    }
}

fn read_security_requirement(
    v: &Value,
    at: &Pointer,
    d: &mut Diagnostics,
) -> Option<SecurityRequirement> {
    Some(decode::entries(
        v,
        at,
        |v, at, d| {
            let Value::Array(items) = v else {
                d.error(
                    Code::InvalidType,
                    at,
                    "a security requirement lists scopes in an array",
                );
                return None;
            };
            Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| decode::string(s, &at.index(i), d))
                    .collect(),
            )
        },
        d,
    ))
}

impl Tag {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<Tag> {
        let mut o = Obj::new(v, at, "a tag", d)?;
        let name = o.req_string("name");
        let description = o.string("description");
        let external_docs = o.opt("externalDocs", ExternalDocs::read);
        let extensions = o.finish();
        Some(Tag {
            name: name?,
            description,
            external_docs,
            extensions,
        })
    }
}

impl ExternalDocs {
    fn read(v: &Value, at: &Pointer, d: &mut Diagnostics) -> Option<ExternalDocs> {
        let mut o = Obj::new(v, at, "`externalDocs`", d)?;
        let description = o.string("description");
        let url = o.req_string("url");
        o.finish();
        Some(ExternalDocs {
            description,
            url: url?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Many paths are read on several threads: the items and the diagnostics come out as
    /// one thread reading them in order gives them.
    #[test]
    fn paths_read_on_every_core_are_read_in_order() {
        let mut paths = serde_json::Map::new();
        for i in 0..(PATHS_PER_RUN * 4 + 3) {
            let item = match i % 97 {
                0 => serde_json::json!({"get": {"responses": "not an object"}}),
                1 => serde_json::json!(["not an object"]),
                _ => serde_json::json!({"get": {"responses": {"200": {"description": "OK"}}}}),
            };
            let key = if i % 101 == 5 {
                format!("op{i}")
            } else {
                format!("/op{i}")
            };
            paths.insert(key, item);
        }
        let tree = Value::Object(paths);
        let at = Pointer::root().join("paths");
        let mut d = Diagnostics::default();
        let read = read_paths(&tree, &at, &mut d).expect("an object");
        let entries: Vec<(&String, &Value)> = tree.as_object().expect("object").iter().collect();
        let (one_thread, one_thread_diags) = read_path_items(&entries, &at);
        assert!(d.len() > 10, "{d:?}");
        // In document order: the paths' numbers in the pointers never go down.
        let numbers: Vec<usize> = d
            .iter()
            .map(|diag| {
                let pointer = diag.pointer.as_json_pointer();
                let digits: String = pointer["/paths/".len()..]
                    .trim_start_matches("~1")
                    .trim_start_matches("op")
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse().unwrap_or_else(|_| panic!("{pointer}"))
            })
            .collect();
        assert!(numbers.is_sorted(), "{numbers:?}");
        assert_eq!(d, one_thread_diags);
        assert_eq!(read.into_iter().collect::<Vec<_>>(), one_thread);
    }
}
