//! [`Client`]: where requests go, how they are authenticated, and how answers are read.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use url::Url;

use super::{Error, Request};

/// A client of the API. Cheap to clone: clones share one connection pool.
///
/// Made with [`Client::new`] for the spec's base URL, or [`Client::builder`] to change it.
/// The access token travels in the `Authorization` header only; `Debug` never shows it.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    authorization: Option<HeaderValue>,
}

impl Client {
    /// A client for the spec's base URL, sending `access_token` as a bearer token.
    ///
    /// # Errors
    /// As [`ClientBuilder::build`].
    pub fn new(access_token: impl Into<String>) -> Result<Client, Error> {
        Client::builder().access_token(access_token).build()
    }

    /// A builder to set the base URL, token, timeout or HTTP client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The URL that request paths are relative to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// Sends `request` and decodes the JSON answer as `T`.
    ///
    /// # Errors
    /// [`Error::Transport`] without an answer, [`Error::Api`] or [`Error::Status`] for an
    /// error status, [`Error::Decode`] when the body is not a `T`.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        let (status, body) = self.send(request).await?;
        // An empty body reads as JSON `null`: fine for untyped and optional answers, a clear
        // decode error for anything else.
        let json: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            &body
        };
        serde_json::from_slice(json).map_err(|e| Error::decode(status, e, &body))
    }

    /// Sends `request` and returns the body of the answer as bytes (an image, say).
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_bytes(&self, request: Request) -> Result<Vec<u8>, Error> {
        self.send(request).await.map(|(_, body)| body)
    }

    /// Sends `request` and ignores the body of a successful answer.
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.send(request).await.map(|_| ())
    }

    async fn send(&self, request: Request) -> Result<(reqwest::StatusCode, Vec<u8>), Error> {
        let url = request.url(&self.inner.base_url)?;
        let mut builder = self.inner.http.request(request.method().clone(), url);
        if let Some(authorization) = &self.inner.authorization {
            builder = builder.header(AUTHORIZATION, authorization.clone());
        }
        for (name, value) in request.headers() {
            if name.eq_ignore_ascii_case(AUTHORIZATION.as_str()) {
                return Err(Error::InvalidRequest {
                    message: "set the access token on the client, not as a request header"
                        .to_owned(),
                });
            }
            let name = HeaderName::try_from(name.as_str()).map_err(|e| Error::InvalidRequest {
                message: format!("header name `{name}`: {e}"),
            })?;
            let value =
                HeaderValue::try_from(value.as_str()).map_err(|e| Error::InvalidRequest {
                    message: format!("header `{name}`: {e}"),
                })?;
            builder = builder.header(name, value);
        }
        if let Some((content_type, body)) = request.into_body() {
            builder = builder.header(CONTENT_TYPE, content_type).body(body);
        }
        let response = builder.send().await.map_err(Error::Transport)?;
        let status = response.status();
        let body = response.bytes().await.map_err(Error::Transport)?;
        if !status.is_success() {
            return Err(Error::from_status(status, &body));
        }
        Ok((status, body.to_vec()))
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field(
                "access_token",
                &self.inner.authorization.as_ref().map(|_| "<redacted>"),
            )
            .finish_non_exhaustive()
    }
}

/// Settings for a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    access_token: Option<String>,
    timeout: Option<Duration>,
    http: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// The URL request paths are relative to (default: the spec's, [`crate::DEFAULT_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The OAuth2 access token sent as `Authorization: Bearer ...`.
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// How long one request may take in all (default: 30 seconds).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// A `reqwest` client to use instead of a new one (its own timeout applies then).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Makes the client.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for a base URL that does not parse or cannot have a path,
    /// or a token that cannot be a header value; [`Error::Transport`] when the HTTP client
    /// cannot be set up (TLS).
    pub fn build(self) -> Result<Client, Error> {
        let base = self.base_url.as_deref().unwrap_or(crate::DEFAULT_BASE_URL);
        let base_url = Url::parse(base).map_err(|e| Error::InvalidRequest {
            message: format!("base URL `{base}`: {e}"),
        })?;
        if base_url.cannot_be_a_base() {
            return Err(Error::InvalidRequest {
                message: format!("base URL `{base}` cannot have a path"),
            });
        }
        let authorization = match self.access_token {
            Some(token) => {
                let mut value = HeaderValue::try_from(format!("Bearer {token}")).map_err(|_| {
                    Error::InvalidRequest {
                        message: "the access token contains characters not allowed in a header"
                            .to_owned(),
                    }
                })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .timeout(self.timeout.unwrap_or(Duration::from_secs(30)))
                .build()
                .map_err(Error::Transport)?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                authorization,
            }),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| "<redacted>"),
            )
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_token() {
        let client = Client::builder()
            .base_url("http://127.0.0.1:1/api")
            .access_token("0123456789abcdef|secret-token-value")
            .build()
            .expect("builds");
        let shown = format!(
            "{client:?} {:?}",
            Client::builder().access_token("secret-token-value")
        );
        assert!(!shown.contains("secret-token-value"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    fn a_bad_base_url_is_an_error() {
        let err = Client::builder()
            .base_url("not a url")
            .build()
            .expect_err("refused");
        assert!(matches!(err, Error::InvalidRequest { .. }), "{err}");
    }
}
