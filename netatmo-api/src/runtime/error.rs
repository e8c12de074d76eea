//! [`Error`]: everything that can go wrong with a call, told apart so a caller can act.

use std::fmt;

use reqwest::StatusCode;

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built (a bad base URL, a body that is not JSON, a header
    /// value with a line break...). Nothing was sent.
    InvalidRequest {
        /// What is wrong.
        message: String,
    },
    /// No usable answer: the connection failed, timed out or broke off.
    Transport(reqwest::Error),
    /// The API answered with an error status and its error envelope
    /// (`{"error": {"code": ..., "message": ...}}`).
    Api {
        /// The HTTP status.
        status: StatusCode,
        /// The API's error details.
        error: ApiError,
    },
    /// An error status whose body is not the API's error envelope (a proxy's HTML page, say).
    Status {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body, for diagnosis.
        body: String,
    },
    /// A success status, but the body is not what the spec says it is.
    Decode {
        /// The HTTP status.
        status: StatusCode,
        /// What did not match.
        source: serde_json::Error,
        /// The start of the body, for diagnosis.
        body: String,
    },
}

/// The API's error details: `{"error": {"code": 2, "message": "Invalid access token"}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The API's numeric error code.
    pub code: i64,
    /// Its message, when it sends one.
    pub message: Option<String>,
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
            Error::InvalidRequest { .. } => None,
        }
    }

    /// The API's error code, for [`Error::Api`].
    pub fn api_code(&self) -> Option<i64> {
        match self {
            Error::Api { error, .. } => Some(error.code),
            _ => None,
        }
    }

    /// Whether the same request may succeed if sent again later: transport failures,
    /// server errors (5xx) and rate limiting (429).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.is_timeout() || e.is_connect() || e.is_request(),
            Error::Api { status, .. } | Error::Status { status, .. } => {
                status.is_server_error() || *status == StatusCode::TOO_MANY_REQUESTS
            }
            Error::InvalidRequest { .. } | Error::Decode { .. } => false,
        }
    }

    /// The error for an answer with a non-success status.
    pub(super) fn from_status(status: StatusCode, body: &[u8]) -> Error {
        #[derive(serde::Deserialize)]
        struct Envelope {
            error: Details,
        }
        #[derive(serde::Deserialize)]
        struct Details {
            code: i64,
            message: Option<String>,
        }
        match serde_json::from_slice::<Envelope>(body) {
            Ok(Envelope {
                error: Details { code, message },
            }) => Error::Api {
                status,
                error: ApiError { code, message },
            },
            Err(_) => Error::Status {
                status,
                body: excerpt(body),
            },
        }
    }

    pub(super) fn decode(status: StatusCode, source: serde_json::Error, body: &[u8]) -> Error {
        Error::Decode {
            status,
            source,
            body: excerpt(body),
        }
    }
}

/// Words that mark a body as carrying credentials (an OAuth token answer, say).
const CREDENTIAL_MARKERS: [&str; 4] =
    ["access_token", "refresh_token", "client_secret", "password"];

fn excerpt(body: &[u8]) -> String {
    let whole = String::from_utf8_lossy(body);
    if CREDENTIAL_MARKERS.iter().any(|m| whole.contains(m)) {
        return "<withheld: the body may contain credentials>".to_owned();
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
            Error::Api { status, error } => {
                write!(
                    f,
                    "the API refused the request ({status}): error {}",
                    error.code
                )?;
                match &error.message {
                    Some(message) => write!(f, ", {message}"),
                    None => Ok(()),
                }
            }
            Error::Status { status, body } => {
                write!(f, "the API answered {status} without its error details")?;
                if !body.is_empty() {
                    write!(f, "; the body starts: {body}")?;
                }
                Ok(())
            }
            Error::Decode { status, source, .. } => {
                write!(
                    f,
                    "the API answered {status} with a body this client cannot read: {source}"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_envelope_is_read() {
        let err = Error::from_status(
            StatusCode::FORBIDDEN,
            br#"{"error":{"code":3,"message":"Access token expired"}}"#,
        );
        assert_eq!(err.api_code(), Some(3));
        assert_eq!(
            err.to_string(),
            "the API refused the request (403 Forbidden): error 3, Access token expired"
        );
        let no_message = Error::from_status(StatusCode::FORBIDDEN, br#"{"error":{"code":3}}"#);
        assert_eq!(no_message.api_code(), Some(3));
    }

    #[test]
    fn bodies_with_credentials_are_withheld() {
        let body = br#"{"access_token":"abc|def","refresh_token":"ghi|jkl","expires_in":10800}"#;
        let err = Error::from_status(StatusCode::BAD_REQUEST, body);
        let shown = format!("{err} {err:?}");
        assert!(
            !shown.contains("abc|def") && !shown.contains("ghi|jkl"),
            "{shown}"
        );
    }

    #[test]
    fn other_bodies_are_kept_short() {
        let page = format!("<html>{}</html>", "x".repeat(2000));
        let err = Error::from_status(StatusCode::BAD_GATEWAY, page.as_bytes());
        let Error::Status { body, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(body.starts_with("<html>") && body.chars().count() <= EXCERPT + 1);
        assert!(err.is_retryable());
    }
}
