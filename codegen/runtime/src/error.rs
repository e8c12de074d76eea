// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Error`]: everything that can go wrong with a call, told apart so a caller can act.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request was not sent: a value outside what the spec allows, a bad base URL, a
    /// body that is not JSON...
    InvalidRequest {
        /// What is wrong.
        message: String,
    },
    /// No usable answer: the connection failed, timed out or broke off.
    Transport(reqwest::Error),
    /// The API answered with its error envelope (`{"error": {"code": ..., "message": ...}}`,
    /// sometimes with `"status": "error"` beside it), with an error status or, sometimes,
    /// with 200. Errors nested in a successful answer (`body.errors`) are not this: they
    /// are part of the answer.
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The API's error details.
        error: ApiError,
        /// How long the server asked to wait before trying again (`Retry-After`).
        retry_after: Option<Duration>,
        /// The whole body, for an error answer that carries more than the envelope (its
        /// `Debug` shows only its size).
        content: ErrorBody,
    },
    /// An error status whose body is not the API's error envelope: an error answer the spec
    /// describes with a schema of its own (decode it with [`Error::body_json`]), or a
    /// proxy's HTML page.
    Status {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body, for diagnosis (withheld if it looks like credentials).
        body: String,
        /// How long the server asked to wait before trying again (`Retry-After`).
        retry_after: Option<Duration>,
        /// The whole body (its `Debug` shows only its size).
        content: ErrorBody,
    },
    /// A success status, but the body is not what the spec says it is.
    Decode {
        /// The HTTP status.
        status: StatusCode,
        /// Where in the JSON decoding failed (`body.devices[0].dashboard_data`), empty at the top.
        path: String,
        /// What did not match.
        source: serde_json::Error,
        /// The start of the body, for diagnosis (withheld if it looks like credentials).
        body: String,
    },
    /// A body the API pushed (a webhook's), given to a generated `webhooks::decode_*`
    /// function, is not what the spec says it is. Answer the push with a success status all
    /// the same: a service that sees its pushes fail stops sending them.
    Payload {
        /// Where in the JSON decoding failed (`extra_params.modules[0]`), empty at the top.
        path: String,
        /// What did not match.
        source: serde_json::Error,
        /// The start of the body, for diagnosis (withheld if it looks like credentials).
        body: String,
    },
    /// Authentication failed for good: the token endpoint refused the refresh token, the
    /// authorization code or the application (`invalid_grant`: revoked, expired or already
    /// used; `invalid_client`, `unauthorized_client`), or refused this refresh token before
    /// (no refresh is tried again). Authorize again; retrying will not help.
    ///
    /// Other token-endpoint failures are other errors: no answer is [`Error::Transport`],
    /// an overloaded endpoint [`Error::Status`] (both retryable), an answer that cannot be
    /// read [`Error::Decode`] (which never quotes it: it holds tokens).
    Authentication {
        /// The token endpoint's HTTP status, if it answered.
        status: Option<StatusCode>,
        /// Its error (`invalid_grant`, `invalid_client`...).
        reason: String,
        /// More detail, when there is some.
        detail: Option<String>,
    },
    /// A failure inside this client, neither the request's nor the service's: the task that
    /// refreshes the token panicked (a bug: please report it) or was cancelled (the Tokio
    /// runtime is shutting down). Not retried.
    Internal {
        /// What failed.
        message: String,
    },
}

/// The whole body of an error answer. `Debug` shows its size, never its bytes: they may
/// hold what logs must not.
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorBody(Vec<u8>);

impl ErrorBody {
    pub(super) fn new(bytes: &[u8]) -> Self {
        ErrorBody(bytes.to_vec())
    }

    /// The bytes, as received.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The body decoded as JSON of type `T` (the schema the spec gives this answer).
    ///
    /// # Errors
    /// When the body is not JSON of that shape.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.0)
    }
}

impl fmt::Debug for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ErrorBody(<{} bytes>)", self.0.len())
    }
}

/// The API's error details: `{"error": {"code": 2, "message": "Invalid access token"}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The API's error code (a generated crate names its codes: its `ErrorCode`).
    pub code: i64,
    /// What the code means to the client, as the generated crate says
    /// ([`Service::ERROR_CODES`](crate::Service::ERROR_CODES)).
    pub meaning: ErrorMeaning,
    /// Its message, when it sends one.
    pub message: Option<String>,
}

/// What an API error code means to the client, which acts on it: the generated crate says
/// which codes mean what ([`Service::ERROR_CODES`](crate::Service::ERROR_CODES)), from the
/// spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorMeaning {
    /// The access token was refused as expired or invalid: the client renews it (when it
    /// has a refresh token) and sends the request once more.
    TokenRejected,
    /// The user's request quota is used up: retried only when the server says when to come
    /// back, since retrying sooner spends more of the quota.
    QuotaExhausted,
    /// The service is overloaded: retried after a backoff, or the wait the server asks.
    Overloaded,
    /// Nothing the client acts on.
    Other,
}

impl ErrorMeaning {
    /// The meaning of `code` in `codes` ([`Service::ERROR_CODES`](crate::Service::ERROR_CODES)).
    pub fn of(code: i64, codes: &[(i64, ErrorMeaning)]) -> Self {
        codes
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(ErrorMeaning::Other, |(_, meaning)| *meaning)
    }
}

/// How much of a body an error keeps: enough to recognise it, not a whole page.
const EXCERPT: usize = 512;

impl Error {
    /// The HTTP status of the answer, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. }
            | Error::Status { status, .. }
            | Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::Authentication { status, .. } => *status,
            Error::InvalidRequest { .. } | Error::Payload { .. } | Error::Internal { .. } => None,
        }
    }

    /// The body of an error answer decoded as `T`, for [`Error::Status`] and [`Error::Api`]:
    /// what the operation's docs name for each error status the spec describes.
    ///
    /// ```
    /// # async fn run(client: codegen_runtime::Client) {
    /// #[derive(serde::Deserialize)]
    /// struct Problem {
    ///     detail: String,
    /// }
    /// use codegen_runtime::{Method, Request};
    ///
    /// let request = Request::new(Method::GET, "/pets/7");
    /// if let Err(error) = client.send_json::<serde_json::Value>(request).await
    ///     && let Some(Ok(problem)) = error.body_json::<Problem>()
    /// {
    ///     eprintln!("{}", problem.detail);
    /// }
    /// # }
    /// ```
    pub fn body_json<T: serde::de::DeserializeOwned>(
        &self,
    ) -> Option<Result<T, serde_json::Error>> {
        match self {
            Error::Status { content, .. } | Error::Api { content, .. } => Some(content.json()),
            _ => None,
        }
    }

    /// The API's error code, for [`Error::Api`].
    pub fn api_code(&self) -> Option<i64> {
        self.api_error().map(|error| error.code)
    }

    /// The API's error details, for [`Error::Api`].
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }

    /// What the API's error code means, for [`Error::Api`].
    fn meaning(&self) -> Option<ErrorMeaning> {
        self.api_error().map(|error| error.meaning)
    }

    /// Whether the service said to slow down: HTTP 429, or a code that means the quota is
    /// used up or the service is overloaded.
    pub fn is_rate_limited(&self) -> bool {
        match self {
            Error::Api { status, error, .. } => {
                *status == StatusCode::TOO_MANY_REQUESTS
                    || matches!(
                        error.meaning,
                        ErrorMeaning::QuotaExhausted | ErrorMeaning::Overloaded
                    )
            }
            Error::Status { status, .. } => *status == StatusCode::TOO_MANY_REQUESTS,
            _ => false,
        }
    }

    /// Whether the API refused the access token as expired or invalid.
    pub fn is_token_rejected(&self) -> bool {
        self.meaning() == Some(ErrorMeaning::TokenRejected)
    }

    /// How long the server asked to wait before trying again, if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api { retry_after, .. } | Error::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether the same request may succeed if sent again soon (after a backoff, or the
    /// [`retry_after`](Error::retry_after) wait): connection failures and timeouts, server
    /// errors (5xx), HTTP 429 and a code that means the service is overloaded.
    ///
    /// A code that means the user's quota is used up counts only when the server said when
    /// to come back (a `Retry-After` in the future): otherwise a retry within seconds only
    /// spends more of the quota, and some services lock accounts for hours after it.
    /// [`is_rate_limited`](Error::is_rate_limited) is still true for it; wait for the quota
    /// to renew.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.is_timeout() || e.is_connect() || e.is_request(),
            // A wait of zero (a date already past) is no "when": retrying at once would
            // spend the quota that is already used up.
            Error::Api { .. } | Error::Status { .. }
                if self.meaning() == Some(ErrorMeaning::QuotaExhausted) =>
            {
                self.retry_after().is_some_and(|wait| !wait.is_zero())
            }
            Error::Api { status, .. } | Error::Status { status, .. } => {
                status.is_server_error() || self.is_rate_limited()
            }
            Error::InvalidRequest { .. }
            | Error::Decode { .. }
            | Error::Payload { .. }
            | Error::Authentication { .. }
            | Error::Internal { .. } => false,
        }
    }

    /// The error for an answer with a non-success status; `codes` say what the API's error
    /// codes mean.
    pub(super) fn from_status(
        status: StatusCode,
        body: &[u8],
        retry_after: Option<Duration>,
        codes: &[(i64, ErrorMeaning)],
    ) -> Error {
        match envelope(body, codes) {
            Some(error) => Error::api(status, error, retry_after, body),
            None => Error::Status {
                status,
                body: excerpt(body),
                retry_after,
                content: ErrorBody::new(body),
            },
        }
    }

    /// The error for the API's error envelope, `error` read from `body`.
    pub(super) fn api(
        status: StatusCode,
        error: ApiError,
        retry_after: Option<Duration>,
        body: &[u8],
    ) -> Error {
        Error::Api {
            status,
            error,
            retry_after,
            content: ErrorBody::new(body),
        }
    }

    pub(super) fn payload(path: String, source: serde_json::Error, body: &[u8]) -> Error {
        Error::Payload {
            path,
            source,
            body: excerpt(body),
        }
    }

    pub(super) fn decode(
        status: StatusCode,
        path: String,
        source: serde_json::Error,
        body: &[u8],
    ) -> Error {
        Error::Decode {
            status,
            path,
            source,
            body: excerpt(body),
        }
    }
}

impl Error {
    /// A successful answer that decoded, but that code built on the generated calls cannot
    /// use (a helper's own check of it): [`Error::Decode`] at `path` with `message`.
    pub fn unusable_answer(path: impl Into<String>, message: impl fmt::Display) -> Error {
        Error::Decode {
            status: StatusCode::OK,
            path: path.into(),
            source: <serde_json::Error as serde::de::Error>::custom(message),
            body: String::new(),
        }
    }
}

/// A transport error, without the URL: a query string can carry ids and keys that have no
/// place in logs.
pub(super) fn transport(error: reqwest::Error) -> Error {
    Error::Transport(error.without_url())
}

/// The API's error envelope, if `body` is one: a JSON object whose top-level `error` member
/// is an object with an integer `code` (and, usually, a string `message`), whatever the
/// other members (`"status": "error"`), their order or the whitespace.
///
/// Not an envelope: an `error` deeper down (the partial errors of a successful answer,
/// `{"status": "ok", "body": {"errors": [...]}}`, or a `body.error`), and a flat
/// `{"error": "invalid_grant"}`, the token endpoint's style, which carries no API code: with
/// an error status that is an [`Error::Status`]; with 200 it is left to decoding, like any
/// other answer (the API itself never sends it).
///
/// Cheap on large successful answers: only the top-level keys are read, the values of
/// other members are skipped without being built.
pub(super) fn envelope(body: &[u8], codes: &[(i64, ErrorMeaning)]) -> Option<ApiError> {
    use serde::de::{Deserializer as _, IgnoredAny, MapAccess, Visitor};

    /// A top-level key: `error` or another.
    struct IsError(bool);

    impl<'de> serde::Deserialize<'de> for IsError {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct KeyVisitor;
            impl Visitor<'_> for KeyVisitor {
                type Value = IsError;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a key")
                }
                fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<IsError, E> {
                    Ok(IsError(key == "error"))
                }
            }
            deserializer.deserialize_identifier(KeyVisitor)
        }
    }

    /// The top-level object: the `error` member if there is one, other members skipped.
    struct TopLevel;

    impl<'de> Visitor<'de> for TopLevel {
        type Value = Option<serde_json::Value>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut error = None;
            while let Some(IsError(is_error)) = map.next_key()? {
                if is_error {
                    error = Some(map.next_value()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(error)
        }
    }

    // Anything but an object (an image, a page, an array) is ruled out at the first byte.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return None;
    }
    // An object with an `error` member holds the text `"error"`, or an escape of one of its
    // letters (`\u0065`): an answer with neither, the usual one, is ruled out without
    // parsing. (Escapes of other characters, as in names, do not count.)
    let spells_a_letter_of_error = |at: usize| {
        body.get(at + 2..at + 6)
            .is_some_and(|hex| matches!(hex, b"0065" | b"0072" | b"006f" | b"006F"))
    };
    if memchr::memmem::find(body, b"\"error\"").is_none()
        && !memchr::memmem::find_iter(body, b"\\u").any(spells_a_letter_of_error)
    {
        return None;
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let error = deserializer.deserialize_map(TopLevel).ok()??;
    deserializer.end().ok()?;
    let details = error.as_object()?;
    let code = details.get("code")?.as_i64()?;
    Some(ApiError {
        code,
        meaning: ErrorMeaning::of(code, codes),
        message: details
            .get("message")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
    })
}

/// Words that mark a body as carrying credentials (an OAuth token answer, say).
const CREDENTIAL_MARKERS: [&str; 4] =
    ["access_token", "refresh_token", "client_secret", "password"];

/// What an error shows instead of a body that may hold credentials.
pub(super) const WITHHELD: &str = "<withheld: the body may contain credentials>";

fn excerpt(body: &[u8]) -> String {
    let whole = String::from_utf8_lossy(body);
    if CREDENTIAL_MARKERS.iter().any(|m| whole.contains(m)) {
        return WITHHELD.to_owned();
    }
    let text = String::from_utf8_lossy(&body[..body.len().min(EXCERPT)]);
    let mut text = text.into_owned();
    if body.len() > EXCERPT {
        text.push('…');
    }
    text
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest { message } => write!(f, "invalid request, not sent: {message}"),
            Error::Transport(e) => write!(f, "no answer from the API: {e}"),
            Error::Api {
                status,
                error,
                retry_after,
                ..
            } => {
                write!(
                    f,
                    "the API refused the request ({status}): error {}",
                    error.code
                )?;
                if let Some(message) = &error.message {
                    write!(f, ", {message}")?;
                }
                if let Some(wait) = retry_after {
                    write!(f, " (retry after {} s)", wait.as_secs())?;
                }
                Ok(())
            }
            Error::Status { status, body, .. } => {
                write!(f, "the API answered {status} without its error details")?;
                if !body.is_empty() {
                    write!(f, "; the body starts: {body}")?;
                }
                Ok(())
            }
            Error::Decode {
                status,
                path,
                source,
                ..
            } => {
                write!(
                    f,
                    "the API answered {status} with a body this client cannot read"
                )?;
                if !path.is_empty() {
                    write!(f, " at `{path}`")?;
                }
                write!(f, ": {source}")
            }
            Error::Payload { path, source, .. } => {
                write!(f, "a pushed body this client cannot read")?;
                if !path.is_empty() {
                    write!(f, " at `{path}`")?;
                }
                write!(f, ": {source}")
            }
            Error::Authentication { reason, detail, .. } => {
                write!(f, "authentication failed ({reason})")?;
                if let Some(detail) = detail {
                    write!(f, ": {detail}")?;
                }
                write!(f, "; authorize the application again")
            }
            Error::Internal { message } => write!(f, "internal error in the client: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode { source, .. } | Error::Payload { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What a generated crate would say of its codes (these are one API's).
    pub(crate) const CODES: &[(i64, ErrorMeaning)] = &[
        (2, ErrorMeaning::TokenRejected),
        (3, ErrorMeaning::TokenRejected),
        (11, ErrorMeaning::Overloaded),
        (26, ErrorMeaning::QuotaExhausted),
    ];

    #[test]
    fn an_error_key_written_with_an_escape_is_still_an_error() {
        // The quick check for `"error"` must not miss a key spelled with `\u` escapes.
        let escaped = br#"{"status":"ok","\u0065rror":{"code":26,"message":"limit"}}"#;
        assert_eq!(envelope(escaped, CODES).map(|e| e.code), Some(26));
        let plain = br#"{"status": "ok", "error" : {"code": 2}}"#;
        assert_eq!(envelope(plain, CODES).map(|e| e.code), Some(2));
        let escaped_r = br#"{"e\u0072ror":{"code":3}}"#;
        assert_eq!(envelope(escaped_r, CODES).map(|e| e.code), Some(3));
        let escaped_o = br#"{"err\u006Fr":{"code":3}}"#;
        assert_eq!(envelope(escaped_o, CODES).map(|e| e.code), Some(3));
        // Neither the text nor an escape of its letters: no error, without parsing.
        assert!(envelope(br#"{"status":"ok","body":{"errors":[]}}"#, CODES).is_none());
        assert!(envelope(br#"{"body":{"name":"Caf\u00e9"}}"#, CODES).is_none());
        assert!(envelope(br#"{"body":"an error"}"#, CODES).is_none());
    }

    #[test]
    fn the_error_envelope_is_read() {
        let err = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":3,"message":"Access token expired"}}"#,
            None,
            CODES,
        );
        assert_eq!(err.api_code(), Some(3));
        assert!(err.is_token_rejected());
        assert_eq!(
            err.to_string(),
            "the API refused the request (403 Forbidden): error 3, Access token expired"
        );
        let no_message = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":3}}"#,
            None,
            CODES,
        );
        assert_eq!(no_message.api_code(), Some(3));
        let unknown = Error::from_status(
            StatusCode::BAD_REQUEST,
            br#"{"error":{"code":77,"message":"new"}}"#,
            None,
            CODES,
        );
        assert_eq!(unknown.api_code(), Some(77));
        assert_eq!(
            unknown.api_error().map(|e| e.meaning),
            Some(ErrorMeaning::Other)
        );
        assert!(!unknown.is_token_rejected() && !unknown.is_retryable());
    }

    #[test]
    fn the_envelope_is_recognised_whatever_the_layout() {
        let bodies: [&[u8]; 6] = [
            br#"{"error":{"code":21,"message":"Invalid id"}}"#,
            br#"{"status":"error","error":{"code":21,"message":"Invalid id"}}"#,
            b"\n\r\t  {\n  \"error\" : {\n \"message\": \"Invalid id\", \"code\" : 21 }\n}\n",
            br#"{"time_server":1700000000,"body":{"error":{"code":3}},"error":{"message":"Invalid id","code":21},"status":"error"}"#,
            br#"{"\u0065rror":{"code":21,"message":"Invalid id"}}"#,
            br#"{"error":{"code":21,"message":"Invalid id","details":{"error":{"code":3}}}}"#,
        ];
        for body in bodies {
            let shown = String::from_utf8_lossy(body);
            let error = envelope(body, CODES).unwrap_or_else(|| panic!("not recognised: {shown}"));
            assert_eq!(error.code, 21, "{shown}");
            assert_eq!(error.message.as_deref(), Some("Invalid id"), "{shown}");
        }
        let no_message =
            envelope(br#"{"error":{"code":26,"message":null}}"#, CODES).expect("envelope");
        assert_eq!((no_message.code, no_message.message), (26, None));
        // A message that is not a string does not hide the code.
        let odd =
            envelope(br#"{"error":{"code":2,"message":{"text":"x"}}}"#, CODES).expect("envelope");
        assert_eq!((odd.code, odd.meaning), (2, ErrorMeaning::TokenRejected));
    }

    #[test]
    fn nested_errors_and_other_shapes_are_not_the_envelope() {
        let bodies: [&[u8]; 13] = [
            // Partial errors of a successful answer (Energy API).
            br#"{"status":"ok","time_server":1,"body":{"errors":[{"code":6,"id":"12:34:56:78:9a:bc"}]}}"#,
            // An error deeper down (webrtc/offer keeps the outer status "ok").
            br#"{"status":"ok","body":{"status":"error","error":{"code":41,"message":"Device is unreachable"}}}"#,
            br#"{"status":"ok","body":{"home":{"error":{"code":3}}}}"#,
            // The token endpoint's flat errors: decided elsewhere, not an API error code.
            br#"{"error":"invalid_grant"}"#,
            br#"{"error":"too_many_connections","error_description":"x"}"#,
            // An `error` member without an integer code.
            br#"{"error":{"message":"no code"}}"#,
            br#"{"error":{"code":"WH009"}}"#,
            br#"{"error":{"code":2.5}}"#,
            br#"{"error":null}"#,
            // Not an object at the top.
            br#"[{"error":{"code":21}}]"#,
            br#""error""#,
            b"<html>error</html>",
            // Not JSON after all.
            br#"{"error":{"code":21}} trailing"#,
        ];
        for body in bodies {
            assert_eq!(
                envelope(body, CODES),
                None,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        // A flat error with an error status stays an error, without an API code.
        let flat = Error::from_status(
            StatusCode::BAD_REQUEST,
            br#"{"error":"invalid_request"}"#,
            None,
            CODES,
        );
        assert!(matches!(flat, Error::Status { .. }), "{flat:?}");
    }

    #[test]
    fn rate_limits_are_recognised_by_status_and_by_code() {
        let usage = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":26,"message":"User usage reached"}}"#,
            None,
            CODES,
        );
        let overload = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            br#"{"error":{"code":11}}"#,
            None,
            CODES,
        );
        let plain = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            b"slow down",
            Some(Duration::from_secs(7)),
            CODES,
        );
        for err in [&overload, &plain] {
            assert!(err.is_rate_limited() && err.is_retryable(), "{err}");
        }
        assert_eq!(plain.retry_after(), Some(Duration::from_secs(7)));
        // A used-up quota is retried soon only when the server says when.
        assert!(usage.is_rate_limited() && !usage.is_retryable(), "{usage}");
        let told = Error::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            br#"{"error":{"code":26}}"#,
            Some(Duration::from_secs(60)),
            CODES,
        );
        assert!(told.is_rate_limited() && told.is_retryable(), "{told}");
    }

    #[test]
    fn bodies_with_credentials_are_withheld() {
        let body = br#"{"access_token":"abc|def","refresh_token":"ghi|jkl","expires_in":10800}"#;
        let err = Error::from_status(StatusCode::BAD_REQUEST, body, None, CODES);
        let shown = format!("{err} {err:?}");
        assert!(
            !shown.contains("abc|def") && !shown.contains("ghi|jkl"),
            "{shown}"
        );
    }

    #[test]
    fn other_bodies_are_kept_short() {
        let page = format!("<html>{}</html>", "x".repeat(2000));
        let err = Error::from_status(StatusCode::BAD_GATEWAY, page.as_bytes(), None, CODES);
        let Error::Status { body, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(body.starts_with("<html>") && body.chars().count() <= EXCERPT + 1);
        assert!(err.is_retryable());
    }
}
