// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Client`]: where requests go, how they are authenticated, retried and read.

use std::fmt;
use std::marker::PhantomData;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue, RETRY_AFTER};
use serde::de::DeserializeOwned;
use tracing::Instrument as _;
use url::Url;

use super::auth::{CurrentToken, HookDone, Refresher, TokenHook, TokenSource, Tokens};
use super::budget::Budget;
use super::error::envelope;
use super::retry::{RetryPolicy, Sleeper, TokioSleeper, parse_retry_after};
use super::security::{Credentials, KeyLocation, Plan};
use super::{Error, ErrorMeaning, OAuthApp, Request, Response, Secret};

/// A client of the API. Cheap to clone: clones share one connection pool, one token and
/// one refresh. `Send + Sync`, so one client can serve a whole application.
///
/// The access token travels in the `Authorization` header only; `Debug` never shows it, nor
/// any other credential.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: Url,
    auth: TokenSource,
    credentials: Credentials,
    retry: RetryPolicy,
    sleeper: Arc<dyn Sleeper>,
    budget: Option<Budget>,
    /// What the API's error codes mean ([`Service::ERROR_CODES`]).
    error_codes: &'static [(i64, ErrorMeaning)],
}

impl Client {
    /// A client for `base_url`, sending `access_token` as a bearer token.
    ///
    /// # Errors
    /// As [`ClientBuilder::build`].
    pub fn new(base_url: &str, access_token: impl Into<Secret>) -> Result<Client, Error> {
        Client::builder()
            .base_url(base_url)
            .access_token(access_token)
            .build()
    }

    /// A builder to set the base URL, authentication, retries, timeouts.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The URL that request paths are relative to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// The request budget the client keeps, if it was given one
    /// ([`ClientBuilder::budget`]): [`Budget::remaining`] says how much is left.
    pub fn budget(&self) -> Option<&Budget> {
        self.inner.budget.as_ref()
    }

    /// Sends `request` and decodes the JSON answer as `T`.
    ///
    /// # Errors
    /// [`Error::Transport`] without an answer, [`Error::Api`] or [`Error::Status`] for an
    /// error (after the retries the policy allows), [`Error::Decode`] when the body is not
    /// a `T`, [`Error::Authentication`] when the token cannot be renewed.
    pub async fn send_json<T: DeserializeOwned>(&self, request: Request) -> Result<T, Error> {
        self.send_json_with_meta(request)
            .await
            .map(Response::into_data)
    }

    /// As [`Client::send_json`], with the HTTP status and headers of the answer.
    ///
    /// # Errors
    /// As [`Client::send_json`].
    pub async fn send_json_with_meta<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error> {
        let answer = self.send(request).await?;
        let value = decode(&answer)?;
        Ok(answer.map(|_| value))
    }

    /// Sends `request`, decodes the JSON answer as `T` and takes it apart with `split`: into
    /// the operation's data and the metadata around it (how a generated client unwraps an
    /// API's envelope). `split` fails with the JSON name of a member the answer lacks.
    ///
    /// # Errors
    /// As [`Client::send_json`]; a member `split` misses is [`Error::Decode`] at its path.
    pub async fn send_json_parts<T, D, M>(
        &self,
        request: Request,
        split: impl FnOnce(T) -> Result<(D, M), &'static str>,
    ) -> Result<Response<D, M>, Error>
    where
        T: DeserializeOwned,
    {
        let answer = self.send(request).await?;
        let value = decode(&answer)?;
        let (status, body) = (answer.status, answer.data);
        let parts = Response::new(value, status, answer.headers).split(split);
        parts.map_err(|missing| {
            Error::decode(
                status,
                missing.to_owned(),
                serde::de::Error::missing_field(missing),
                &body,
            )
        })
    }

    /// Sends `request` and returns the body of the answer as bytes (an image, say).
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_bytes(&self, request: Request) -> Result<Vec<u8>, Error> {
        self.send(request).await.map(Response::into_data)
    }

    /// As [`Client::send_bytes`], with the HTTP status and headers of the answer.
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_bytes_with_meta(&self, request: Request) -> Result<Response<Vec<u8>>, Error> {
        self.send(request).await
    }

    /// Sends `request` and returns the body of the answer as text (bytes that are not
    /// UTF-8 become U+FFFD).
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_text(&self, request: Request) -> Result<String, Error> {
        self.send(request).await.map(|answer| text(answer.data))
    }

    /// As [`Client::send_text`], with the HTTP status and headers of the answer.
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_text_with_meta(&self, request: Request) -> Result<Response<String>, Error> {
        self.send(request).await.map(|answer| answer.map(text))
    }

    /// Sends `request` and ignores the body of a successful answer.
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_empty(&self, request: Request) -> Result<(), Error> {
        self.send(request).await.map(|_| ())
    }

    /// As [`Client::send_empty`], with the HTTP status and headers of the answer.
    ///
    /// # Errors
    /// As [`Client::send_json`], except decoding.
    pub async fn send_empty_with_meta(&self, request: Request) -> Result<Response<()>, Error> {
        self.send(request).await.map(|answer| answer.map(|_| ()))
    }

    /// Sends `request`: with the current token (refreshed first if it is about to expire),
    /// once more after a refresh if the API says the token expired, and again as the retry
    /// policy allows.
    async fn send(&self, request: Request) -> Result<Response<Vec<u8>>, Error> {
        let mut persisted = None;
        let result = self.attempts(&request, &mut persisted).await;
        // A refresh this call made handed its pair to the hook: the call returns once the
        // hook has, so that a program that exits after its last call has stored the pair.
        // (Other requests use the new token meanwhile; they do not wait.)
        if let Some(persisted) = persisted {
            persisted.wait().await;
        }
        result
    }

    /// The attempts of [`Client::send`]; `persisted` is set when a refresh they make hands
    /// a pair to the hook (to the latest such pair: the hooks run in order).
    async fn attempts(
        &self,
        request: &Request,
        persisted: &mut Option<HookDone>,
    ) -> Result<Response<Vec<u8>>, Error> {
        let inner = &*self.inner;
        let url = request.url(&inner.base_url)?;
        let may_retry = inner.retry.allows(request.method());
        let plan = inner.credentials.plan(
            request.requirements(),
            !matches!(inner.auth, TokenSource::None),
        );
        // Encoded once: every attempt sends the same bytes.
        let body = request.body();
        // A token to use for the next attempt (the one a refresh after a rejection gave).
        let mut next_token: Option<CurrentToken> = None;
        let mut replayed = false;
        let mut failures = 0;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let span = tracing::info_span!(
                "api_request",
                method = %request.method(),
                operation = request.path_template(),
                attempt,
                status = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            // The turn first, then the token: a wait of up to an hour must not leave the
            // token it would send expired.
            if let Some(budget) = &inner.budget {
                budget.acquire().instrument(span.clone()).await;
            }
            let started = Instant::now();
            let token = match next_token.take() {
                Some(token) => Ok(token),
                // This request does not take the access token: no refresh for it either.
                None if !plan.bearer => Ok(CurrentToken::unrefreshed(None, 0)),
                None => {
                    inner
                        .auth
                        .current(&inner.http)
                        .instrument(span.clone())
                        .await
                }
            };
            let token = token.map(|mut token| {
                if let Some(hook) = token.persisted.take() {
                    *persisted = Some(hook);
                }
                token
            });
            // Whether the API got this attempt: a token-endpoint failure means it did not,
            // so even a POST may be tried again.
            let mut reached_the_api = true;
            let (generation, result) = match token {
                Ok(token) => {
                    let result = self
                        .send_once(request, &body, url.clone(), token.token.as_ref(), &plan)
                        .instrument(span.clone())
                        .await;
                    (plan.bearer.then_some(token.generation), result)
                }
                Err(error) => {
                    reached_the_api = false;
                    (None, Err(error))
                }
            };
            span.record("duration_ms", started.elapsed().as_millis() as u64);
            if let Some(status) = result
                .as_ref()
                .map(|answer| Some(answer.status))
                .unwrap_or_else(Error::status)
            {
                span.record("status", status.as_u16());
            }
            let mut error = match result {
                Ok(answer) => return Ok(answer),
                Err(error) => error,
            };
            if error.is_token_rejected()
                && !replayed
                && let (Some(generation), TokenSource::Refreshing(refresher)) =
                    (generation, &inner.auth)
            {
                // The API says the token expired or is invalid: renew it (or take the one a
                // concurrent request just got) and send this request once more.
                span.in_scope(|| {
                    tracing::info!("access token refused; refreshing and replaying once")
                });
                replayed = true;
                match refresher.rejected(&inner.http, generation).await {
                    Ok(token) => {
                        next_token = Some(token);
                        continue;
                    }
                    Err(refresh_error) => {
                        // The API refused the token, so it did nothing with the request.
                        reached_the_api = false;
                        error = refresh_error;
                    }
                }
            }
            failures += 1;
            let wait = if may_retry || !reached_the_api {
                inner.retry.delay(&error, failures)
            } else {
                None
            };
            let Some(wait) = wait else {
                span.in_scope(|| tracing::warn!(error = %error, "request failed"));
                return Err(error);
            };
            span.in_scope(
                || tracing::info!(error = %error, wait_ms = wait.as_millis() as u64, "retrying"),
            );
            inner.sleeper.sleep(wait).await;
        }
    }

    async fn send_once(
        &self,
        request: &Request,
        body: &Option<(String, Vec<u8>)>,
        mut url: Url,
        token: Option<&Secret>,
        plan: &Plan<'_>,
    ) -> Result<Response<Vec<u8>>, Error> {
        // API keys the spec puts in the query string. The URL is never logged, and transport
        // errors drop it, so the key shows nowhere but on the wire.
        for (location, name, key) in &plan.keys {
            if *location == KeyLocation::Query {
                url.query_pairs_mut().append_pair(name, key.expose());
            }
        }
        let mut builder = self.inner.http.request(request.method().clone(), url);
        if let Some((username, password)) = plan.basic
            && token.is_none()
        {
            builder = builder.basic_auth(username, Some(password.expose()));
        }
        for (location, name, key) in &plan.keys {
            if *location == KeyLocation::Header {
                let mut value =
                    HeaderValue::try_from(key.expose()).map_err(|_| Error::InvalidRequest {
                        message: format!(
                            "the API key for header `{name}` contains characters not allowed in a header"
                        ),
                    })?;
                value.set_sensitive(true);
                builder = builder.header(*name, value);
            }
        }
        if let Some(token) = token {
            let mut value =
                HeaderValue::try_from(format!("Bearer {}", token.expose())).map_err(|_| {
                    Error::InvalidRequest {
                        message: "the access token contains characters not allowed in a header"
                            .to_owned(),
                    }
                })?;
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
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
        if let Some(accept) = request.accept_header() {
            builder = builder.header(ACCEPT, accept);
        }
        if let Some((content_type, body)) = body {
            builder = builder
                .header(CONTENT_TYPE, content_type.as_str())
                .body(body.clone());
        }
        let response = builder.send().await.map_err(super::error::transport)?;
        let status = response.status();
        let retry_after = retry_after(&response);
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(super::error::transport)?;
        if !status.is_success() {
            return Err(Error::from_status(
                status,
                &body,
                retry_after,
                self.inner.error_codes,
            ));
        }
        // Some APIs answer an error with 200: the envelope says so, in whatever layout
        // (`"status": "error"` first, whitespace). Only the top level is looked at.
        if let Some(error) = envelope(&body, self.inner.error_codes) {
            return Err(Error::api(status, error, retry_after, &body));
        }
        Ok(Response::new(body.to_vec(), status, headers))
    }
}

/// The JSON of a successful answer as a `T`, or where it is not one.
fn decode<T: DeserializeOwned>(answer: &Response<Vec<u8>>) -> Result<T, Error> {
    let body = &answer.data;
    // An empty body reads as JSON `null`: fine for untyped and optional answers, a clear
    // decode error for anything else.
    let json: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    // Decoded at full speed; only an answer that fails is read again, through
    // serde_path_to_error, to say where (tracking the path costs about a tenth of the time
    // of every decode), and quietly: the first reading gave the warnings.
    if let Ok(value) = serde_json::from_slice(json) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    crate::tolerant::quietly(|| serde_path_to_error::deserialize(&mut deserializer)).map_err(|e| {
        let path = e.path().to_string();
        Error::decode(
            answer.status,
            if path == "." { String::new() } else { path },
            e.into_inner(),
            body,
        )
    })
}

/// Text from bytes, U+FFFD for what is not UTF-8.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

impl TokenSource {
    async fn current(&self, http: &reqwest::Client) -> Result<CurrentToken, Error> {
        match self {
            TokenSource::None => Ok(CurrentToken::unrefreshed(None, 0)),
            TokenSource::Fixed(token) => Ok(CurrentToken::unrefreshed(Some(token.clone()), 0)),
            TokenSource::Refreshing(refresher) => refresher.current(http).await,
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("auth", &self.inner.auth)
            .field("credentials", &self.inner.credentials)
            .field("retry", &self.inner.retry)
            .field("budget", &self.inner.budget)
            .finish_non_exhaustive()
    }
}

/// What a client type built by [`ClientBuilder`] brings of its own: a generated client
/// says where its API lives; the bare [`Client`] knows no API.
pub trait Service: From<Client> {
    /// The base URL a client gets unless [`ClientBuilder::base_url`] sets another (a
    /// generated client's: the spec's).
    const BASE_URL: Option<&'static str>;

    /// What the API's error codes mean to the client: which refuse the access token (it is
    /// renewed and the request sent once more), which say the quota is used up or the
    /// service overloaded (retried as [`RetryPolicy`] allows). Codes not listed mean
    /// nothing to the client; they still reach the caller as [`Error::Api`].
    const ERROR_CODES: &'static [(i64, ErrorMeaning)] = &[];
}

impl Service for Client {
    const BASE_URL: Option<&'static str> = None;
}

/// Settings for a [`Client`], or for a client of the generated operations that wraps one
/// (`C`, made from the [`Client`] with `From`): what a generated `Client::builder()` returns.
pub struct ClientBuilder<C = Client> {
    base_url: Option<String>,
    auth: Option<AuthSetting>,
    /// Kept apart from `auth`, so that the builder's calls may come in any order.
    current_access: Option<(Secret, SystemTime)>,
    credentials: Credentials,
    hook: Option<TokenHook>,
    retry: Option<RetryPolicy>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    sleeper: Option<Arc<dyn Sleeper>>,
    budget: Option<Budget>,
    http: Option<reqwest::Client>,
    client: PhantomData<fn() -> C>,
}

impl<C> Default for ClientBuilder<C> {
    fn default() -> Self {
        ClientBuilder {
            base_url: None,
            auth: None,
            current_access: None,
            credentials: Credentials::default(),
            hook: None,
            retry: None,
            timeout: None,
            connect_timeout: None,
            sleeper: None,
            budget: None,
            http: None,
            client: PhantomData,
        }
    }
}

enum AuthSetting {
    Fixed(Secret),
    Refreshing {
        app: Box<OAuthApp>,
        refresh_token: Secret,
    },
}

impl<C> ClientBuilder<C> {
    /// A builder with every setting at its default.
    pub fn new() -> Self {
        ClientBuilder::default()
    }

    /// The URL request paths are relative to (default: [`Service::BASE_URL`], for a
    /// generated client the spec's).
    /// Plain `http` is refused, except to this machine (for tests).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// A fixed OAuth2 access token, sent as `Authorization: Bearer ...` until it stops working.
    pub fn access_token(mut self, token: impl Into<Secret>) -> Self {
        self.auth = Some(AuthSetting::Fixed(token.into()));
        self
    }

    /// HTTP basic credentials, for operations whose spec takes the `basic` scheme (sent as
    /// `Authorization: Basic ...`, never with an access token in the same request).
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.credentials.basic = Some((username.into(), password.into()));
        self
    }

    /// The key for the spec's `apiKey` scheme named `scheme` (its name in
    /// `securityDefinitions`, which each operation's docs give): sent in the header or query
    /// parameter the spec says, for operations that take that scheme. Setting a scheme twice
    /// keeps the last key.
    pub fn api_key(mut self, scheme: impl Into<String>, key: impl Into<Secret>) -> Self {
        self.credentials.set_api_key(scheme.into(), key.into());
        self
    }

    /// Tokens renewed as needed with `refresh_token`: before the access token expires, and
    /// when the API says it has. Give the current access token with
    /// [`ClientBuilder::current_access_token`] to skip the first refresh, and persist every
    /// new pair with [`ClientBuilder::on_token_refresh`]: each refresh invalidates the
    /// previous refresh token.
    pub fn refreshing_tokens(mut self, app: OAuthApp, refresh_token: impl Into<Secret>) -> Self {
        self.auth = Some(AuthSetting::Refreshing {
            app: Box::new(app),
            refresh_token: refresh_token.into(),
        });
        self
    }

    /// The access token that goes with the refresh token of
    /// [`ClientBuilder::refreshing_tokens`], and when it expires: used until then, sparing
    /// the first refresh. Before or after `refreshing_tokens`, the order does not matter;
    /// without refreshing tokens (none, or a fixed [`ClientBuilder::access_token`] instead),
    /// [`ClientBuilder::build`] refuses it.
    pub fn current_access_token(
        mut self,
        token: impl Into<Secret>,
        expires_at: SystemTime,
    ) -> Self {
        self.current_access = Some((token.into(), expires_at));
        self
    }

    /// Called with every new token pair: store it, the previous refresh token no longer
    /// works.
    ///
    /// - **Where:** on a blocking thread (`tokio::task::spawn_blocking`), so the hook may
    ///   write a file or a database synchronously without stalling the async executor.
    /// - **In what order:** one call at a time, in the order of the refreshes: an older pair
    ///   never reaches the hook after a newer one.
    /// - **Relative to requests:** the new token is in use as soon as the refresh completes,
    ///   without waiting for the hook: requests may go out with it before or while the hook
    ///   runs, so a slow hook holds up no request. Only the call whose refresh produced the
    ///   pair returns after the hook has returned (whatever its own outcome), so that a
    ///   program that exits after its last call has stored the pair.
    /// - **If it panics:** the panic is logged (a `tracing` error), the pair stays in use and
    ///   later pairs still reach the hook.
    ///
    /// The hook must not wait for a request of this client (the call that made the refresh
    /// waits for the hook), and a hook that blocks long delays that call and the hook calls
    /// of later pairs. A call still queued when the Tokio runtime shuts down may never run.
    pub fn on_token_refresh(mut self, hook: impl Fn(&Tokens) + Send + Sync + 'static) -> Self {
        self.hook = Some(Arc::new(hook));
        self
    }

    /// How failed requests are retried (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// How long one attempt may take in all (default: 30 seconds).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How long connecting may take (default: 10 seconds).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// What waits between retries (default: Tokio's timer). Tests pass one that does not
    /// really wait.
    pub fn sleeper(mut self, sleeper: Arc<dyn Sleeper>) -> Self {
        self.sleeper = Some(sleeper);
        self
    }

    /// Keep `budget`: every attempt waits for its turn so that the budget's limits are never
    /// exceeded (none by default). Clones of the client share it; give other clients a
    /// clone of the same budget to make them share it too.
    pub fn budget(mut self, budget: Budget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// A `reqwest` client to use instead of a new one (its own timeouts, redirect policy
    /// and TLS settings apply then). Its redirect policy must not follow redirects to other
    /// hosts: reqwest drops `Authorization` there, but not API-key headers. The runtime
    /// builds reqwest without a TLS crypto provider of its own (it gives its clients
    /// rustls with `ring`): a client made with `reqwest::Client::new()` needs one, from
    /// reqwest's `rustls` feature or installed with rustls's `install_default`.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Makes the client.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for a base URL that does not parse, cannot have a path, or
    /// is plain `http` to another machine, and for a
    /// [`current_access_token`](ClientBuilder::current_access_token) without
    /// [`refreshing_tokens`](ClientBuilder::refreshing_tokens); [`Error::Transport`] when
    /// the HTTP client cannot be set up (TLS).
    pub fn build(self) -> Result<C, Error>
    where
        C: Service,
    {
        let Some(base) = self.base_url.as_deref().or(C::BASE_URL) else {
            return Err(Error::InvalidRequest {
                message: "the client has no base URL: set one with ClientBuilder::base_url"
                    .to_owned(),
            });
        };
        let base_url = secure_url(base, "base URL")?;
        if base_url.cannot_be_a_base() {
            return Err(Error::InvalidRequest {
                message: format!("base URL `{base}` cannot have a path"),
            });
        }
        let auth = match (self.auth, self.current_access) {
            (Some(AuthSetting::Refreshing { app, refresh_token }), access) => {
                TokenSource::Refreshing(Arc::new(Refresher::new(
                    *app,
                    refresh_token,
                    access,
                    self.hook,
                )))
            }
            // Dropping the token silently would hide a mistake: which one was meant?
            (auth, Some(_)) => {
                let instead = match auth {
                    Some(AuthSetting::Fixed(_)) => "a fixed access_token",
                    _ => "no tokens",
                };
                return Err(Error::InvalidRequest {
                    message: format!(
                        "current_access_token goes with refreshing_tokens, but the client has {instead}: \
                         give the refresh token with refreshing_tokens, or only access_token for a fixed token"
                    ),
                });
            }
            (None, None) => TokenSource::None,
            (Some(AuthSetting::Fixed(token)), None) => TokenSource::Fixed(token),
        };
        let http = match self.http {
            Some(http) => http,
            None => super::tls::http_builder()?
                .timeout(self.timeout.unwrap_or(Duration::from_secs(30)))
                .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(10)))
                .redirect(same_origin_redirects())
                .build()
                .map_err(super::error::transport)?,
        };
        Ok(C::from(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                auth,
                credentials: self.credentials,
                retry: self.retry.unwrap_or_default(),
                sleeper: self.sleeper.unwrap_or_else(|| Arc::new(TokioSleeper)),
                budget: self.budget,
                error_codes: C::ERROR_CODES,
            }),
        }))
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let auth = match &self.auth {
            None => "none",
            Some(AuthSetting::Fixed(_)) => "fixed access token (redacted)",
            Some(AuthSetting::Refreshing { .. }) => "refreshing tokens (redacted)",
        };
        let current_access = self
            .current_access
            .as_ref()
            .map(|(_, expires_at)| ("<redacted>", expires_at));
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("auth", &auth)
            .field("current_access_token", &current_access)
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// The wait the answer's `Retry-After` asks for (seconds or an HTTP date), if it has one.
/// A date is measured from the answer's own `Date` (RFC 9110, 10.2.3), not from this
/// machine's clock, which may be off; without a `Date`, from this machine's clock.
pub(super) fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get(RETRY_AFTER)?.to_str().ok()?;
    let now = response
        .headers()
        .get(reqwest::header::DATE)
        .and_then(|date| date.to_str().ok())
        .and_then(|date| httpdate::parse_http_date(date).ok())
        .unwrap_or_else(SystemTime::now);
    parse_retry_after(value, now)
}

/// Follows at most 5 redirects, and only to the same scheme, host and port: a redirect
/// elsewhere would carry an API-key header (reqwest strips only `Authorization` and
/// cookies) to another server, possibly over plain http. Such an answer comes back as
/// [`Error::Status`] with its 3xx status.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if same_origin && attempt.previous().len() <= 5 {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Parses `url`, refusing plain `http` except to this machine: tokens must not cross a
/// network unencrypted.
pub(super) fn secure_url(url: &str, what: &str) -> Result<Url, Error> {
    let parsed = Url::parse(url).map_err(|e| Error::InvalidRequest {
        message: format!("{what} `{url}`: {e}"),
    })?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(&parsed) => Ok(parsed),
        "http" => Err(Error::InvalidRequest {
            message: format!("{what} `{url}` is plain http to another machine: use https"),
        }),
        other => Err(Error::InvalidRequest {
            message: format!("{what} `{url}`: scheme `{other}` is not http(s)"),
        }),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
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
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn plain_http_is_refused_except_to_this_machine() {
        for refused in [
            "http://api.example.com/api",
            "http://10.0.0.2/api",
            "ftp://127.0.0.1/api",
        ] {
            let err = Client::builder()
                .base_url(refused)
                .build()
                .expect_err(refused);
            assert!(
                matches!(err, Error::InvalidRequest { .. }),
                "{refused}: {err}"
            );
        }
        for allowed in [
            "https://api.example.com/api",
            "http://127.0.0.1:8080/api",
            "http://localhost/api",
            "http://[::1]:9/api",
        ] {
            Client::builder()
                .base_url(allowed)
                .build()
                .unwrap_or_else(|e| panic!("{allowed}: {e}"));
        }
    }

    #[test]
    fn a_client_without_a_base_url_is_an_error() {
        let err = Client::builder()
            .access_token("secret")
            .build()
            .expect_err("refused");
        assert!(err.to_string().contains("no base URL"), "{err}");
    }

    #[test]
    fn a_bad_base_url_is_an_error() {
        let err = Client::builder()
            .base_url("not a url")
            .build()
            .expect_err("refused");
        assert!(matches!(err, Error::InvalidRequest { .. }), "{err}");
    }

    #[test]
    fn a_current_access_token_needs_refreshing_tokens() {
        let in_an_hour = SystemTime::now() + Duration::from_secs(3600);
        let fixed = Client::builder()
            .base_url("https://x/api")
            .current_access_token("secret-current-token", in_an_hour)
            .access_token("secret-fixed-token");
        let alone = Client::builder()
            .base_url("https://x/api")
            .current_access_token("secret-current-token", in_an_hour);
        // Replaced by a fixed token after the fact: refused too.
        let replaced = Client::builder()
            .base_url("https://x/api")
            .refreshing_tokens(
                OAuthApp::with_urls("id", "secret", "https://x/token", "https://x/authorize")
                    .expect("valid"),
                "secret-refresh-token",
            )
            .current_access_token("secret-current-token", in_an_hour)
            .access_token("secret-fixed-token");
        for builder in [fixed, alone, replaced] {
            let shown = format!("{builder:?}");
            assert!(!shown.contains("secret-current-token"), "{shown}");
            let err = builder.build().expect_err("refused");
            let Error::InvalidRequest { message } = &err else {
                panic!("{err:?}")
            };
            assert!(message.contains("refreshing_tokens"), "{message}");
            assert!(!message.contains("secret-"), "{message}");
        }
    }

    #[test]
    fn the_client_can_be_shared_between_threads() {
        fn shareable<T: Clone + Send + Sync + 'static>() {}
        shareable::<Client>();
    }
}
