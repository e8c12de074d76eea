// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Request`]: method, path, parameters and body of one call, before it is sent.

use std::fmt::Display;

use url::Url;

use super::upload::{self, Part};
use super::{Error, Scheme, Upload};

/// HTTP methods (re-exported from `reqwest`).
pub use reqwest::Method;

/// How the items of an array parameter are written (Swagger's `collectionFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CollectionFormat {
    /// Comma-separated: `a,b`.
    Csv,
    /// Space-separated: `a b`.
    Ssv,
    /// Tab-separated.
    Tsv,
    /// Pipe-separated: `a|b`.
    Pipes,
    /// The parameter repeated once per item: `x=a&x=b` (query and form only).
    Multi,
}

impl CollectionFormat {
    /// The items joined into one string (`Multi` joins with commas: it is for the outer
    /// list only). Generated code joins the inner lists of a list of lists with this.
    pub fn join(self, values: &[impl Display]) -> String {
        join(values, self)
    }

    fn separator(self) -> &'static str {
        match self {
            CollectionFormat::Csv | CollectionFormat::Multi => ",",
            CollectionFormat::Ssv => " ",
            CollectionFormat::Tsv => "\t",
            CollectionFormat::Pipes => "|",
        }
    }
}

#[derive(Debug, Clone)]
enum Body {
    None,
    Json(Vec<u8>),
    Form(Vec<(String, String)>),
    Multipart(Vec<(String, Part)>),
    /// Sent as it is: the content type and the bytes.
    Raw(&'static str, Vec<u8>),
}

/// One API call, described but not sent: send it with [`Client::send_json`](super::Client::send_json)
/// or [`Client::send_empty`](super::Client::send_empty).
///
/// Parameter values are taken as `Option`: `None` leaves the parameter out.
///
/// ```
/// use codegen_runtime::{Method, Request};
///
/// let request = Request::new(Method::GET, "/items")
///     .query("id", Some(&"item-1"))
///     .query("limit", None::<&u32>);
/// # let _ = request;
/// ```
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Request {
    method: Method,
    path: String,
    path_params: Vec<(String, String)>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Body,
    accept: Option<&'static str>,
    security: Option<&'static [&'static [Scheme]]>,
}

impl Request {
    /// A request for `path` (relative to the client's base URL, `{name}` marking path
    /// parameters).
    pub fn new(method: Method, path: &str) -> Self {
        Request {
            method,
            path: path.to_owned(),
            path_params: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::None,
            accept: None,
            security: None,
        }
    }

    /// The media types the answer may come in (`application/json`): the `Accept` header,
    /// unless a header parameter named `Accept` is set.
    pub fn accept(mut self, media_types: &'static str) -> Self {
        self.accept = Some(media_types);
        self
    }

    /// The body, sent as it is with `content_type` (a text or a file's bytes).
    pub fn raw(mut self, content_type: &'static str, body: Option<&impl AsRef<[u8]>>) -> Self {
        if let Some(body) = body {
            self.body = Body::Raw(content_type, body.as_ref().to_vec());
        }
        self
    }

    /// How the operation may be authenticated, as the spec says: alternatives, each a set of
    /// schemes that are all needed (`&[]`: no credentials at all). The client sends the
    /// credentials of the first alternative it has all of. Without this, it sends its
    /// access token, if it has one.
    pub fn security(mut self, alternatives: &'static [&'static [Scheme]]) -> Self {
        self.security = Some(alternatives);
        self
    }

    pub(super) fn requirements(&self) -> Option<&'static [&'static [Scheme]]> {
        self.security
    }

    /// Fills `{name}` in the path; the value is percent-encoded as one path segment.
    pub fn path(mut self, name: &str, value: Option<&impl Display>) -> Self {
        if let Some(value) = value {
            self.path_params.push((name.to_owned(), value.to_string()));
        }
        self
    }

    /// Fills `{name}` in the path with a list.
    pub fn path_list(
        self,
        name: &str,
        values: Option<&[impl Display]>,
        format: CollectionFormat,
    ) -> Self {
        let joined = values.map(|v| join(v, format));
        self.path(name, joined.as_ref())
    }

    /// Adds a query-string parameter.
    pub fn query(mut self, name: &str, value: Option<&impl Display>) -> Self {
        if let Some(value) = value {
            self.query.push((name.to_owned(), value.to_string()));
        }
        self
    }

    /// Adds a list as a query-string parameter.
    pub fn query_list(
        mut self,
        name: &str,
        values: Option<&[impl Display]>,
        format: CollectionFormat,
    ) -> Self {
        if let Some(values) = values {
            push_list(&mut self.query, name, values, format);
        }
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: Option<&impl Display>) -> Self {
        if let Some(value) = value {
            self.headers.push((name.to_owned(), value.to_string()));
        }
        self
    }

    /// Adds a list as a header.
    pub fn header_list(
        self,
        name: &str,
        values: Option<&[impl Display]>,
        format: CollectionFormat,
    ) -> Self {
        let joined = values.map(|v| join(v, format));
        self.header(name, joined.as_ref())
    }

    /// Adds a field to an `application/x-www-form-urlencoded` body (or to the
    /// `multipart/form-data` body of a request made [`multipart`](Self::multipart)).
    pub fn form(mut self, name: &str, value: Option<&impl Display>) -> Self {
        if let Some(value) = value {
            self.push_field(name.to_owned(), value.to_string());
        }
        self
    }

    /// Sends the form fields as `multipart/form-data` rather than URL-encoded: needed for
    /// [`file`](Self::file)s, and what some operations' specs ask for (`consumes`).
    pub fn multipart(mut self) -> Self {
        let fields = match std::mem::replace(&mut self.body, Body::None) {
            Body::Form(fields) => fields,
            _ => Vec::new(),
        };
        self.body = Body::Multipart(
            fields
                .into_iter()
                .map(|(name, value)| (name, Part::Text(value)))
                .collect(),
        );
        self
    }

    /// Adds a file to the `multipart/form-data` body (and makes the request
    /// [`multipart`](Self::multipart) if it was not). Taken by value: a file can be large.
    pub fn file(mut self, name: &str, file: Option<Upload>) -> Self {
        if let Some(file) = file {
            if !matches!(self.body, Body::Multipart(_)) {
                self = self.multipart();
            }
            if let Body::Multipart(parts) = &mut self.body {
                parts.push((name.to_owned(), Part::File(file)));
            }
        }
        self
    }

    /// Adds a list as a form field.
    pub fn form_list(
        mut self,
        name: &str,
        values: Option<&[impl Display]>,
        format: CollectionFormat,
    ) -> Self {
        if let Some(values) = values {
            let mut pairs = Vec::new();
            push_list(&mut pairs, name, values, format);
            for (name, value) in pairs {
                self.push_field(name, value);
            }
        }
        self
    }

    /// Adds a query-string parameter whose value is sent as its JSON text.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] if the value cannot be written as JSON.
    pub fn query_json<T: serde::Serialize + ?Sized>(
        mut self,
        name: &str,
        value: Option<&T>,
    ) -> Result<Self, Error> {
        if let Some(value) = value {
            self.query
                .push((name.to_owned(), to_json_text(name, value)?));
        }
        Ok(self)
    }

    /// Adds a form field whose value is sent as its JSON text (a spec's `x-json-encoded`
    /// parameter: an object in a form, say).
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] if the value cannot be written as JSON.
    pub fn form_json<T: serde::Serialize + ?Sized>(
        mut self,
        name: &str,
        value: Option<&T>,
    ) -> Result<Self, Error> {
        if let Some(value) = value {
            let text = to_json_text(name, value)?;
            self.push_field(name.to_owned(), text);
        }
        Ok(self)
    }

    /// Sets a JSON body.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] if the value cannot be written as JSON (a map with non-string
    /// keys, say).
    pub fn json<T: serde::Serialize + ?Sized>(mut self, body: Option<&T>) -> Result<Self, Error> {
        if let Some(body) = body {
            let bytes = serde_json::to_vec(body).map_err(|e| Error::InvalidRequest {
                message: format!("the body cannot be written as JSON: {e}"),
            })?;
            self.body = Body::Json(bytes);
        }
        Ok(self)
    }

    /// Adds a form field to the body, URL-encoded unless the request is multipart.
    fn push_field(&mut self, name: String, value: String) {
        match &mut self.body {
            Body::Form(fields) => fields.push((name, value)),
            Body::Multipart(parts) => parts.push((name, Part::Text(value))),
            Body::None | Body::Json(_) | Body::Raw(..) => {
                self.body = Body::Form(vec![(name, value)]);
            }
        }
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The full URL under `base`: path parameters filled and encoded, query string added.
    pub(super) fn url(&self, base: &Url) -> Result<Url, Error> {
        let mut url = base.clone();
        {
            let mut segments = url
                .path_segments_mut()
                .map_err(|()| Error::InvalidRequest {
                    message: format!("the base URL `{base}` cannot have a path"),
                })?;
            segments.pop_if_empty();
            for segment in self.path.split('/').filter(|s| !s.is_empty()) {
                segments.push(&self.fill(segment)?);
            }
        }
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        Ok(url)
    }

    fn fill(&self, segment: &str) -> Result<String, Error> {
        let mut out = String::with_capacity(segment.len());
        let mut rest = segment;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            let name = &rest[start + 1..start + len];
            let value = self
                .path_params
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .ok_or_else(|| Error::InvalidRequest {
                    message: format!("path parameter `{name}` is missing"),
                })?;
            if value.is_empty() || value == "." || value == ".." {
                // Each would change which URL is called (`//`, or a step up the path).
                return Err(Error::InvalidRequest {
                    message: format!("path parameter `{name}` cannot be `{value}`"),
                });
            }
            out.push_str(&rest[..start]);
            out.push_str(value);
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    pub(super) fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The `Accept` header to send, if the operation's parameters do not set one.
    pub(super) fn accept_header(&self) -> Option<&'static str> {
        let set = self
            .headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("accept"));
        self.accept.filter(|_| !set)
    }

    /// The path template (`/getmeasure`), which names the operation.
    pub fn path_template(&self) -> &str {
        &self.path
    }

    /// The body bytes and their content type, if there is a body. (A request may be sent
    /// more than once, so this copies.)
    pub(super) fn body(&self) -> Option<(String, Vec<u8>)> {
        match &self.body {
            Body::None => None,
            Body::Json(bytes) => Some(("application/json".to_owned(), bytes.clone())),
            Body::Form(fields) => {
                let encoded = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields)
                    .finish();
                Some((
                    "application/x-www-form-urlencoded".to_owned(),
                    encoded.into_bytes(),
                ))
            }
            // No part set (every one optional and left out): no body, as for a form.
            Body::Multipart(parts) if parts.is_empty() => None,
            Body::Multipart(parts) => Some(upload::encode(parts)),
            Body::Raw(content_type, bytes) => Some(((*content_type).to_owned(), bytes.clone())),
        }
    }
}

/// Shows the method, the path and the names of the parameters, not their values: a value
/// may be a password.
impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names = |pairs: &[(String, String)]| -> Vec<String> {
            pairs.iter().map(|(name, _)| name.clone()).collect()
        };
        let body = match &self.body {
            Body::None => "none".to_owned(),
            Body::Json(bytes) => format!("JSON, {} bytes", bytes.len()),
            Body::Form(fields) => format!("form fields {:?}", names(fields)),
            Body::Multipart(parts) => format!(
                "multipart parts {:?}",
                parts
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .collect::<Vec<_>>()
            ),
            Body::Raw(content_type, bytes) => format!("{content_type}, {} bytes", bytes.len()),
        };
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("path_params", &names(&self.path_params))
            .field("query", &names(&self.query))
            .field("headers", &names(&self.headers))
            .field("body", &body)
            .field("security", &self.security)
            .finish()
    }
}

fn to_json_text<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(|e| Error::InvalidRequest {
        message: format!("parameter `{name}` cannot be written as JSON: {e}"),
    })
}

fn join(values: &[impl Display], format: CollectionFormat) -> String {
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(format.separator());
        }
        out.push_str(&v.to_string());
    }
    out
}

fn push_list(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    values: &[impl Display],
    format: CollectionFormat,
) {
    if format == CollectionFormat::Multi {
        pairs.extend(values.iter().map(|v| (name.to_owned(), v.to_string())));
    } else {
        pairs.push((name.to_owned(), join(values, format)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_names_parameters_but_shows_no_value() {
        let request = Request::new(Method::POST, "/login/{user}")
            .path("user", Some(&"ada"))
            .query("otp", Some(&"123456"))
            .header("X-Pin", Some(&"0000"))
            .form("password", Some(&"hunter2"));
        let debug = format!("{request:?}");
        for value in ["ada", "123456", "0000", "hunter2"] {
            assert!(!debug.contains(value), "{value} in {debug}");
        }
        for shown in [
            "path_params: [\"user\"]",
            "otp",
            "X-Pin",
            "password",
            "/login/{user}",
        ] {
            assert!(debug.contains(shown), "{shown} not in {debug}");
        }
    }

    #[test]
    fn path_parameters_are_one_encoded_segment() {
        let base = Url::parse("https://example.com/api").expect("valid");
        let url = Request::new(Method::GET, "/devices/{id}/x{n}")
            .path("id", Some(&"a/b c?#"))
            .path("n", Some(&7))
            .url(&base)
            .expect("builds");
        assert_eq!(
            url.as_str(),
            "https://example.com/api/devices/a%2Fb%20c%3F%23/x7"
        );
    }

    #[test]
    fn query_values_are_form_encoded() {
        let base = Url::parse("https://example.com/api/").expect("valid");
        let url = Request::new(Method::GET, "/q")
            .query("a", Some(&"x&y=z #é"))
            .query("skip", None::<&String>)
            .query_list(
                "t",
                Some(&["min_temp", "max_temp"][..]),
                CollectionFormat::Csv,
            )
            .query_list("m", Some(&[1, 2][..]), CollectionFormat::Multi)
            .url(&base)
            .expect("builds");
        assert_eq!(
            url.as_str(),
            "https://example.com/api/q?a=x%26y%3Dz+%23%C3%A9&t=min_temp%2Cmax_temp&m=1&m=2"
        );
    }

    #[test]
    fn path_parameters_that_would_change_the_path_are_refused() {
        let base = Url::parse("https://example.com/api").expect("valid");
        for bad in ["", ".", ".."] {
            let err = Request::new(Method::GET, "/d/{id}")
                .path("id", Some(&bad))
                .url(&base)
                .expect_err("refused");
            assert!(err.to_string().contains("`id`"), "{err}");
        }
    }

    #[test]
    fn form_fields_and_json_encoded_fields_make_one_urlencoded_body() {
        let request = Request::new(Method::POST, "/p")
            .form("name", Some(&"Hiver & été"))
            .form_list("ids", Some(&[1, 2][..]), CollectionFormat::Csv)
            .form_json("zones", Some(&serde_json::json!([{"id": 0, "temp": 19.5}])))
            .expect("encodes");
        let (content_type, body) = request.body().expect("a body");
        assert_eq!(content_type, "application/x-www-form-urlencoded");
        let pairs: Vec<(String, String)> =
            url::form_urlencoded::parse(&body).into_owned().collect();
        assert_eq!(
            pairs,
            [
                ("name".to_owned(), "Hiver & été".to_owned()),
                ("ids".to_owned(), "1,2".to_owned()),
                ("zones".to_owned(), r#"[{"id":0,"temp":19.5}]"#.to_owned()),
            ]
        );
    }

    #[test]
    fn a_missing_path_parameter_is_an_error() {
        let base = Url::parse("https://example.com").expect("valid");
        let err = Request::new(Method::GET, "/d/{id}")
            .url(&base)
            .expect_err("missing");
        assert!(err.to_string().contains("`id`"), "{err}");
    }
}
