//! The intermediate model: what `resolve` makes of a spec and `emit` turns into Rust.
//!
//! It speaks Rust, not Swagger: every name is already a unique, valid identifier (with the
//! wire name beside it), every `$ref` is an index into [`Api::types`], every problem has
//! been reported. Emitting is then a straight walk with no decisions about the spec left.

use crate::diagnostics::Pointer;

/// The name of the generated client's constructor from an access token.
pub const CLIENT_NEW: &str = "new";
/// The name of the generated client's function that returns its builder.
pub const CLIENT_BUILDER: &str = "builder";
/// The methods the generated client type has besides one per operation: the two
/// constructors `emit` writes under the names above, and those of the traits it implements
/// that callers call by name (`Clone::clone`, `From::from`, `AsRef::as_ref`, which reaches
/// the runtime), which an inherent method of the same name would shadow. The runtime's own
/// methods are on another type (the client wraps the runtime's), so no operation name can
/// collide with them. The blocking client adds `as_async` (public) and `block_on` (for the
/// builders).
pub const CLIENT_OWN_METHODS: [&str; 7] = [
    CLIENT_NEW,
    CLIENT_BUILDER,
    "clone",
    "from",
    "as_ref",
    "as_async",
    "block_on",
];

/// Everything generated from one spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// Scheme, host and base path joined: `https://api.example.com/v1`.
    pub base_url: String,
    /// The OAuth2 endpoints of the spec's first `oauth2` security definition.
    pub oauth2: Option<OAuth2>,
    /// The usable `securityDefinitions`, in the spec's order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Named types, in the order they were first found (definitions first).
    pub types: Vec<TypeDef>,
    /// Operations, in the spec's order of paths and then methods.
    pub operations: Vec<Operation>,
    /// The API's error codes (`x-error-codes`), in the spec's order.
    pub error_codes: Vec<ErrorCode>,
    /// What the API pushes to URLs its users register (`x-webhooks`), by name.
    pub webhooks: Vec<Webhook>,
}

/// One kind of push (a webhook's body) the API sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// The Rust function that decodes it: `decode_<name>`.
    pub function: String,
    /// Its name in `x-webhooks`.
    pub wire: String,
    /// What it is, and what a receiver must do.
    pub description: Option<String>,
    /// The type of its JSON body.
    pub ty: TypeRef,
}

/// One of the API's error codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    /// The number in `{"error": {"code": ...}}`.
    pub code: i64,
    /// The Rust variant name.
    pub name: String,
    /// What it says.
    pub description: Option<String>,
    /// What it means to the client, if it acts on it.
    pub meaning: Option<ErrorMeaning>,
}

/// What an error code means to the client (the runtime's `ErrorMeaning`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorMeaning {
    /// The access token was refused: renew it and replay the request.
    TokenRejected,
    /// The user's quota is used up.
    QuotaExhausted,
    /// The service is overloaded.
    Overloaded,
}

/// Where an OAuth2 client gets tokens, and what it may ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2 {
    /// `tokenUrl`.
    pub token_url: Option<String>,
    /// `authorizationUrl`.
    pub authorize_url: Option<String>,
    /// The scopes the scheme lists, in its order.
    pub scopes: Vec<OAuthScope>,
}

/// One OAuth2 scope: a constant of the API crate's `scopes` module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthScope {
    /// The constant's name (`READ_STATION`), unique.
    pub constant: String,
    /// The scope as the authorization server knows it (`read_station`).
    pub wire: String,
    /// What it allows.
    pub description: Option<String>,
}

/// One way to authenticate (a `securityDefinitions` entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Its name in `securityDefinitions` (what API keys are set under on the client).
    pub name: String,
    /// What it is.
    pub kind: SecurityKind,
}

/// The kinds of security scheme Swagger 2.0 has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityKind {
    /// `basic`: HTTP basic authentication.
    Basic,
    /// `apiKey`: a key in a header or the query string.
    ApiKey {
        /// The header or query parameter name.
        name: String,
        /// Where it travels.
        location: KeyLocation,
    },
    /// `oauth2`: a bearer access token.
    OAuth2,
}

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLocation {
    /// An HTTP header.
    Header,
    /// A query-string parameter.
    Query,
}

/// Index of a type in [`Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// A Rust name together with the name on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The Rust identifier (`type_`, `NaMain`).
    pub rust: String,
    /// The name in the spec and in JSON (`type`, `NAMain`).
    pub wire: String,
}

/// Text for doc comments: each paragraph as the spec wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs {
    /// A one-line summary (`summary`, `title`).
    pub summary: Option<String>,
    /// The longer text (`description`).
    pub description: Option<String>,
    /// Facts the generator adds to the spec's prose, in order; `emit` puts them in words.
    pub notes: Vec<Note>,
}

/// A fact about an item that its doc comment states, beside the spec's own prose. `resolve`
/// finds them; `emit` writes the sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The name a definition has in the spec, where the Rust name differs (`NAMain` for
    /// `NaMain`).
    SpecName(String),
    /// A type made for the values a parameter's `enum` lists: the parameter's name.
    ParameterValues(String),
    /// An enum several places of the spec share by naming its type alike (`x-type-name`):
    /// that name.
    SharedValues(String),
    /// Why a type holds any JSON value unchanged.
    Opaque(OpaqueReason),
    /// The `format` of a string, which its Rust type (`String`) does not show.
    Format(StringFormat),
    /// `readOnly: true`: set by the server, ignored in requests.
    ReadOnly,
    /// A property's `default`: its value when the JSON leaves it out.
    DefaultWhenAbsent(serde_json::Value),
    /// A parameter's `default`: what the server uses when it is not sent.
    DefaultWhenNotSent(serde_json::Value),
    /// A path parameter the spec does not declare: its `{name}` in the path template.
    UndeclaredPathParam(String),
    /// A request body that is not JSON, sent as it is with this media type: bytes, or text.
    SentAsIs {
        /// The `Content-Type`.
        media: String,
        /// Bytes (`Vec<u8>`) rather than text.
        bytes: bool,
    },
    /// A `formData` parameter of `type: file`.
    FileUpload,
    /// The OAuth2 scopes an operation needs: alternatives, each a set of scopes all needed
    /// (never empty).
    Scopes(Vec<Vec<String>>),
    /// How an operation authenticates when that is not OAuth2 alone: alternatives, each a
    /// set of schemes all needed (an empty set: no credentials). No alternatives at all:
    /// the spec says the operation needs none.
    Credentials(Vec<Vec<SecurityScheme>>),
    /// The reason an operation is deprecated (`x-deprecated-reason`).
    Deprecated(String),
    /// A discriminated type (`discriminator`): the definitions that extend it.
    Polymorphic {
        /// The discriminated definition.
        base: String,
        /// The discriminator property.
        property: String,
    },
    /// The variant of a discriminated type for one discriminator value.
    Tag {
        /// The discriminator property.
        property: String,
        /// Its value.
        tag: String,
    },
    /// The struct of the fields every value of a discriminated type has.
    TaggedBase {
        /// The discriminated definition.
        base: String,
        /// The discriminator property.
        property: String,
    },
    /// The catch-all variant of a discriminated type.
    TaggedOther {
        /// The discriminated definition.
        base: String,
        /// The discriminator property.
        property: String,
    },
    /// The name of a field in JSON, where the Rust name differs (a serde `rename`).
    WireName(String),
    /// The name a parameter is sent under, where the Rust name differs.
    SentAs(String),
}

/// Why a type holds any JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpaqueReason {
    /// The schema has neither `type` nor anything that gives it a shape.
    NoShape,
    /// A `$ref` to a definition the spec does not have.
    Dangling(String),
    /// An alias defined in terms of itself.
    SelfReferential,
}

/// The string `format`s the docs explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringFormat {
    /// `date`.
    Date,
    /// `date-time`.
    DateTime,
    /// `byte`: base64.
    Byte,
    /// `binary`.
    Binary,
    /// `password`.
    Password,
}

impl StringFormat {
    /// The format of a `format` text, if it is one the docs explain.
    pub fn from_spec(format: &str) -> Option<StringFormat> {
        Some(match format {
            "date" => StringFormat::Date,
            "date-time" => StringFormat::DateTime,
            "byte" => StringFormat::Byte,
            "binary" => StringFormat::Binary,
            "password" => StringFormat::Password,
            _ => return None,
        })
    }
}

impl Docs {
    /// Whether the spec wrote any prose: a summary or description that is not blank.
    pub fn has_prose(&self) -> bool {
        let written = |text: &Option<String>| text.as_deref().is_some_and(|t| !t.trim().is_empty());
        written(&self.summary) || written(&self.description)
    }

    /// Whether there is anything at all to document: prose or notes.
    pub fn is_empty(&self) -> bool {
        !self.has_prose() && self.notes.is_empty()
    }
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Rust and spec names (the spec name of a hoisted inline schema is its path of names).
    pub name: Name,
    /// Where it comes from.
    pub source: Pointer,
    /// Doc comment.
    pub docs: Docs,
    /// What it is.
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Struct),
    /// A string with a closed list of values in the spec, open in Rust: values the spec does
    /// not list decode into a catch-all variant.
    Enum(Enum),
    /// Another name for a type (a definition that is an array, a primitive, a map).
    Alias(TypeRef),
    /// JSON of unknown shape, carried unchanged. `Docs::notes` says why.
    Opaque,
    /// One of several shapes (`x-one-of`), decoded by trying each in order.
    OneOf(Vec<Alternative>),
    /// `discriminator`: one of the definitions that extend a base, told apart by the value
    /// of a property. Every alternative but the last has a [`Alternative::tag`]; the last,
    /// the base's own fields, takes any other value.
    Tagged {
        /// The discriminator property (its name in JSON).
        property: String,
        /// The subtypes, then the base.
        alternatives: Vec<Alternative>,
    },
}

/// One shape of a [`TypeKind::OneOf`].
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// The variant's Rust name (from the schema's `title` or referenced type).
    pub name: String,
    /// Doc comment.
    pub docs: Docs,
    /// The shape.
    pub ty: TypeRef,
    /// Needs a `Box` to break a cycle of types that contain each other.
    pub boxed: bool,
    /// In a [`TypeKind::Tagged`]: the discriminator value that selects this alternative.
    pub tag: Option<String>,
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Properties, in the spec's order.
    pub fields: Vec<Field>,
    /// What becomes of properties the schema does not list.
    pub additional: Additional,
}

/// How many optional lists of one struct can be plain `Vec`s: the runtime's record of which
/// came on the wire (`tolerant::Present`) has 64 bits.
pub const MAX_PLAIN_LISTS: usize = 64;

impl Struct {
    /// The optional lists that are plain `Vec`s in Rust, absent reading as empty (the spec
    /// gives the difference no meaning; `x-nullable` ones, which can be `null`, stay
    /// `Option`): each field's index, and its bit in the record of which came. The first
    /// [`MAX_PLAIN_LISTS`]; further ones stay `Option<Vec<_>>`.
    pub fn plain_lists(&self) -> Vec<(usize, u32)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                !f.required && !f.nullable && !f.boxed && matches!(f.ty, TypeRef::Array(_))
            })
            .take(MAX_PLAIN_LISTS)
            .zip(0..)
            .map(|((i, _), bit)| (i, bit))
            .collect()
    }
}

/// Properties an object has beyond those listed (`additionalProperties`).
#[derive(Debug, Clone, PartialEq)]
pub enum Additional {
    /// `additionalProperties: false`: there are none.
    Forbidden,
    /// Not said, or `true`: any JSON, kept as received under a field of this name, so that
    /// decoding and encoding again loses nothing.
    Kept(Name),
    /// A schema: values of that type, under a field of this name.
    Typed(Name, TypeRef),
}

/// One property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust and JSON names.
    pub name: Name,
    /// Doc comment.
    pub docs: Docs,
    /// The value's type.
    pub ty: TypeRef,
    /// Listed in the schema's `required`: always present in JSON.
    pub required: bool,
    /// `x-nullable: true`: may be JSON `null`.
    pub nullable: bool,
    /// `x-strict: true` on an optional property: a value of another type than the schema
    /// says is an error, as for a required one, instead of being kept in `extra` with a
    /// warning (an answer's data, as opposed to its metadata).
    pub strict: bool,
    /// Needs a `Box` to break a cycle of types that contain each other.
    pub boxed: bool,
    /// The discriminator value this struct stands for, when the field is the discriminator
    /// of a base it extends: its constructor sets it rather than asking for it.
    pub tag: Option<String>,
    /// `format: password`: `Debug` shows `<redacted>` instead of the value.
    pub secret: bool,
}

/// A string enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// Known values, in the spec's order.
    pub variants: Vec<Variant>,
    /// The values are integers (the wire names are their decimal text), not strings.
    pub integer: bool,
}

/// One known value of an enum.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// Rust variant name and the value on the wire.
    pub name: Name,
}

/// A use of a type.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    /// A named type.
    Named(TypeId),
    /// A scalar.
    Primitive(Primitive),
    /// `type: array`.
    Array(Box<TypeRef>),
    /// `additionalProperties`: string keys to values of one type.
    Map(Box<TypeRef>),
    /// Any JSON value.
    Any,
    /// A value that may be JSON `null` (`x-nullable` on array items and map values; fields
    /// say it with [`Field::nullable`]).
    Nullable(Box<TypeRef>),
    /// A file to upload (`type: file`): only ever a `formData` parameter, sent as a part of
    /// a `multipart/form-data` body.
    File,
}

/// Scalars, after `type` and `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    /// `string` and its text formats (date, date-time, password, byte...).
    String,
    /// `boolean`.
    Bool,
    /// `integer`, `format: int32`.
    I32,
    /// `integer` (`int64` or no format).
    I64,
    /// `integer`, `format: uint64`: identifiers beyond `i64` (a push's correlation id, say).
    U64,
    /// `number`, `format: float`.
    F32,
    /// `number` (`double` or no format).
    F64,
}

impl Primitive {
    /// The Rust type: `String`, `i64`...
    pub fn rust_name(self) -> &'static str {
        match self {
            Primitive::String => "String",
            Primitive::Bool => "bool",
            Primitive::I32 => "i32",
            Primitive::I64 => "i64",
            Primitive::U64 => "u64",
            Primitive::F32 => "f32",
            Primitive::F64 => "f64",
        }
    }
}

/// One API call.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Rust method name and `operationId`.
    pub name: Name,
    /// UpperCamelCase name for the request builder type.
    pub builder: String,
    /// Where it comes from.
    pub source: Pointer,
    /// HTTP method.
    pub method: HttpMethod,
    /// Path template relative to the base URL: `/devices/{id}`.
    pub path: String,
    /// Summary and description.
    pub docs: Docs,
    /// Tags, in order.
    pub tags: Vec<String>,
    /// `deprecated: true`.
    pub deprecated: Option<Deprecation>,
    /// Other names to find the operation by in the docs (`operationId`, the path's name).
    pub aliases: Vec<String>,
    /// Non-body parameters (path-level ones merged in), required ones first, then in spec order.
    pub params: Vec<Param>,
    /// The body parameter.
    pub body: Option<Body>,
    /// The `formData` parameters travel as `multipart/form-data` (there is a file among
    /// them, or the operation consumes only that), not URL-encoded.
    pub multipart: bool,
    /// What a successful call returns.
    pub response: Response,
    /// The answer is the API's envelope (`x-envelope`) around the operation's data: `send`
    /// returns the data, `send_with_meta` the rest beside it.
    pub envelope: Option<Enveloped>,
    /// The `Accept` header: the media types of `response` the client can read
    /// (`application/json`), `None` for an answer without a body.
    pub accept: Option<String>,
    /// The error answers the spec describes (any status but the success one's), in its
    /// order: they arrive as the runtime's `Error`, and the docs say how to decode each.
    pub errors: Vec<ErrorAnswer>,
    /// How it may be authenticated: alternatives, each a set of indexes into
    /// [`Api::security_schemes`] that are all needed. `Some(vec![])`: no authentication;
    /// `None`: the spec does not say (the client sends its access token, if it has one).
    pub security: Option<Vec<Vec<usize>>>,
}

/// How an answer wraps the operation's data in the API's envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enveloped {
    /// The envelope's type: the metadata.
    pub meta: TypeId,
    /// The struct the answer decodes into (the operation's response type, or what it is an
    /// alias of).
    pub answer: TypeId,
    /// The field of the answer's struct that holds the data (`body`), if any: its index.
    pub data: Option<usize>,
}

/// What the spec says of a deprecated operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    /// Why, and what to use instead (`x-deprecated-reason`), if the spec says.
    pub reason: Option<String>,
}

/// HTTP methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HttpMethod {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
}

impl HttpMethod {
    /// Upper-case name: `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
        }
    }
}

/// Where a non-body parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// As an HTTP header.
    Header,
    /// As a field of a form-encoded body.
    FormData,
}

/// How an array parameter is written into one string (`collectionFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionFormat {
    /// `a,b`
    Csv,
    /// `a b`
    Ssv,
    /// `a\tb`
    Tsv,
    /// `a|b`
    Pipes,
    /// The parameter repeated: `x=a&x=b`.
    Multi,
}

/// A non-body parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Rust name and wire name.
    pub name: Name,
    /// Where it goes.
    pub location: ParamLocation,
    /// Doc comment.
    pub docs: Docs,
    /// Its type (a string when the spec gives none).
    pub ty: TypeRef,
    /// For arrays: how items are joined.
    pub collection: Option<CollectionFormat>,
    /// For arrays of arrays: how the items of each inner array are joined (never `Multi`).
    pub item_collection: Option<CollectionFormat>,
    /// Must be given.
    pub required: bool,
    /// Sent as the JSON text of its value (`x-json-encoded`) rather than as plain text.
    pub json_encoded: bool,
    /// `minimum` and `maximum`, checked before sending.
    pub range: Range,
    /// `minLength` and `maxLength` of a string (in characters), `minItems` and `maxItems`
    /// of an array, checked before sending.
    pub lengths: Lengths,
    /// `x-open-enum`: values beyond the enum are sent too (the enum lists the common ones).
    pub open_enum: bool,
    /// `format: password`: the request builder's `Debug` shows `<redacted>` instead.
    pub secret: bool,
    /// Where it comes from.
    pub source: Pointer,
}

/// Numeric bounds of a parameter.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Range {
    /// `minimum`, and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum`, and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
}

/// How short or long a parameter may be: a string's characters, an array's items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lengths {
    /// At least this many.
    pub min: Option<u64>,
    /// At most this many.
    pub max: Option<u64>,
}

/// The request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Rust name and the parameter's name in the spec.
    pub name: Name,
    /// Doc comment.
    pub docs: Docs,
    /// Its type.
    pub ty: TypeRef,
    /// Must be given.
    pub required: bool,
    /// How it travels.
    pub media: BodyMedia,
}

/// How a request body travels (from the operation's `consumes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyMedia {
    /// As JSON (`application/json`).
    Json,
    /// A string sent as it is, with this content type (`text/plain`).
    Text(String),
    /// Bytes sent as they are, with this content type (`application/octet-stream`): a
    /// `format: binary` string or a `type: file` schema.
    Bytes(String),
}

/// An error answer the spec describes.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorAnswer {
    /// The status (`404`), or `default`.
    pub status: String,
    /// The spec's description.
    pub description: String,
    /// The type of its JSON body, when the spec gives it one.
    pub ty: Option<TypeRef>,
}

/// What a successful call returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// JSON of a known type.
    Json(TypeRef),
    /// JSON the spec does not describe.
    Untyped,
    /// Raw bytes (`type: file`): an image, say.
    Binary,
    /// Text (`type: string` from an operation that produces only `text/*`).
    Text,
    /// No body (`204`, or a 2xx response without schema that the spec says is empty).
    Empty,
}
