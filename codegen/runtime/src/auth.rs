// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! OAuth2: where the access token comes from, and how it is renewed.
//!
//! Access tokens live hours (three at some APIs). A refresh may answer a new access token *and a new
//! refresh token*, and invalidates the old pair: two refreshes racing each other, or a new
//! refresh token that is lost, lock the user out. So refreshes here are serialised (callers
//! that need one while another runs wait for its result), the rotated refresh token is
//! adopted at once, and every new pair is handed to a hook so the application can persist it.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use serde::Deserialize;
use tokio::sync::{Mutex, watch};
use url::Url;

use super::{Error, Secret};

/// A new token pair, as handed to the [`ClientBuilder::on_token_refresh`](super::ClientBuilder::on_token_refresh)
/// hook: persist it, the previous refresh token no longer works.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Tokens {
    /// The access token, sent with every request.
    pub access_token: Secret,
    /// The refresh token, needed for the next refresh.
    pub refresh_token: Secret,
    /// When the access token expires.
    pub expires_at: SystemTime,
    /// The scopes granted.
    pub scopes: Vec<String>,
}

/// A hook called with every new token pair.
pub type TokenHook = Arc<dyn Fn(&Tokens) + Send + Sync>;

/// An OAuth2 application registered with the API's provider.
#[derive(Clone)]
pub struct OAuthApp {
    client_id: String,
    client_secret: Secret,
    token_url: Url,
    /// `None` for an application that only refreshes tokens.
    authorize_url: Option<Url>,
}

impl OAuthApp {
    /// The application with its token and authorization URLs: what a generated crate's
    /// `oauth_app()` makes with the spec's URLs, and what a test server or proxy needs.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for a URL that does not parse or is plain `http` to a host
    /// other than this machine.
    pub fn with_urls(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        token_url: &str,
        authorize_url: &str,
    ) -> Result<Self, Error> {
        let mut app = Self::with_token_url(client_id, client_secret, token_url)?;
        app.authorize_url = Some(super::client::secure_url(
            authorize_url,
            "authorization URL",
        )?);
        Ok(app)
    }

    /// An application that only renews tokens (and exchanges codes) at `token_url`: enough
    /// for [`ClientBuilder::refreshing_tokens`](super::ClientBuilder::refreshing_tokens)
    /// with a refresh token obtained elsewhere (the dev portal's token generator, say).
    /// [`OAuthApp::authorize_url`] refuses: it has no authorization URL.
    ///
    /// ```
    /// use codegen_runtime::OAuthApp;
    ///
    /// fn apps(secret: &str) -> Result<(OAuthApp, OAuthApp), codegen_runtime::Error> {
    ///     // Refresh only: no authorization URL needed.
    ///     let refresher = OAuthApp::with_token_url("my-client-id", secret, "https://auth.example.com/oauth2/token")?;
    ///     // Authorization and refresh.
    ///     let full = OAuthApp::with_urls(
    ///         "my-client-id",
    ///         secret,
    ///         "https://auth.example.com/oauth2/token",
    ///         "https://auth.example.com/oauth2/authorize",
    ///     )?;
    ///     Ok((refresher, full))
    /// }
    /// # let (refresher, full) = apps("secret").unwrap();
    /// # assert!(refresher.authorize_url("https://example.com/cb", &[]).is_err());
    /// # assert!(full.authorize_url("https://example.com/cb", &[]).is_ok());
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for a URL that does not parse or is plain `http` to a host
    /// other than this machine.
    pub fn with_token_url(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        token_url: &str,
    ) -> Result<Self, Error> {
        Ok(OAuthApp {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            token_url: super::client::secure_url(token_url, "token URL")?,
            authorize_url: None,
        })
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Where to send the user to grant access: the authorization URL with the client id,
    /// redirect URI, space-separated scopes and a fresh random `state`, which is returned too:
    /// keep it and check that the redirect brings the same one back.
    ///
    /// # Errors
    /// [`Error::InvalidRequest`] for an application made with
    /// [`OAuthApp::with_token_url`], which has no authorization URL, or if the system has
    /// no random source for the `state`.
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        scopes: &[&str],
    ) -> Result<(Url, String), Error> {
        let Some(authorize_url) = &self.authorize_url else {
            return Err(Error::InvalidRequest {
                message: "this OAuth2 application has a token URL only (OAuthApp::with_token_url): \
                          make it with OAuthApp::with_urls (or the generated crate's oauth_app) to send users to authorize it"
                    .to_owned(),
            });
        };
        let state = random_hex(16)?;
        let mut url = authorize_url.clone();
        url.query_pairs_mut()
            .append_pair("client_id", &self.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", &scopes.join(" "))
            .append_pair("state", &state)
            .append_pair("response_type", "code");
        Ok((url, state))
    }

    /// Exchanges the `code` of the authorization redirect for a token pair.
    ///
    /// # Errors
    /// [`Error::Authentication`] when the server refuses the code or the application;
    /// [`Error::Transport`] without an answer; [`Error::Status`] for another error answer;
    /// [`Error::Decode`] for an answer that cannot be read or lacks the refresh token (its
    /// body withheld: it may hold tokens).
    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
        scopes: &[&str],
    ) -> Result<Tokens, Error> {
        // No redirects: one would carry the client secret and the code elsewhere.
        let http = super::tls::http_builder()?
            .timeout(TOKEN_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(super::error::transport)?;
        let scope = scopes.join(" ");
        let form = [
            ("grant_type", "authorization_code"),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("scope", scope.as_str()),
        ];
        token_request(&http, &self.token_url, &form, None).await
    }

    async fn refresh(
        &self,
        http: &reqwest::Client,
        refresh_token: &Secret,
    ) -> Result<Tokens, Error> {
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose()),
            ("client_id", self.client_id.as_str()),
            ("client_secret", self.client_secret.expose()),
        ];
        token_request(http, &self.token_url, &form, Some(refresh_token)).await
    }
}

impl fmt::Debug for OAuthApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthApp")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("token_url", &self.token_url.as_str())
            .field(
                "authorize_url",
                &self.authorize_url.as_ref().map(Url::as_str),
            )
            .finish_non_exhaustive()
    }
}

/// What the token endpoint answers.
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    expires_in: Option<u64>,
    #[serde(default)]
    scope: Option<serde_json::Value>,
}

/// Its errors are flat: `{"error": "invalid_grant"}`.
#[derive(Deserialize)]
struct TokenError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

/// Token-endpoint errors after which the refresh token (or code) can never work again.
const FATAL_TOKEN_ERRORS: [&str; 3] = ["invalid_grant", "invalid_client", "unauthorized_client"];

/// The longest access-token lifetime believed, in seconds (a year).
const MAX_LIFETIME: u64 = 365 * 24 * 3600;

/// How long one token request may take.
const TOKEN_TIMEOUT: Duration = Duration::from_secs(30);

async fn token_request(
    http: &reqwest::Client,
    url: &Url,
    form: &[(&str, &str)],
    previous_refresh: Option<&Secret>,
) -> Result<Tokens, Error> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let response = http
        .post(url.clone())
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .timeout(TOKEN_TIMEOUT)
        .body(body)
        .send()
        .await
        .map_err(super::error::transport)?;
    let status = response.status();
    let retry_after = super::client::retry_after(&response);
    let bytes = response.bytes().await.map_err(super::error::transport)?;
    if !status.is_success() {
        let token_error = serde_json::from_slice::<TokenError>(&bytes).ok();
        let fatal = token_error
            .as_ref()
            .is_some_and(|e| FATAL_TOKEN_ERRORS.contains(&e.error.as_str()));
        if !fatal {
            // An overloaded or rate-limited token endpoint (5xx, 429, "too_many_connections"):
            // the credentials may be fine, so this is an error to retry, not a refusal.
            let busy = token_error
                .as_ref()
                .is_some_and(|e| e.error == "too_many_connections");
            let status = if busy {
                StatusCode::TOO_MANY_REQUESTS
            } else {
                status
            };
            // The token endpoint speaks OAuth2, not the API: no API code means anything here.
            return Err(Error::from_status(status, &bytes, retry_after, &[]));
        }
        let (reason, detail) = token_error
            .map(|e| (e.error, e.error_description))
            .unwrap_or_default();
        return Err(Error::Authentication {
            status: Some(status),
            reason,
            detail,
        });
    }
    let answer: TokenAnswer =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(&bytes))
            .map_err(|e| {
                let path = e.path().to_string();
                let e = e.into_inner();
                unreadable_token_answer(
                    status,
                    if path == "." { String::new() } else { path },
                    &format!(
                        "{} at line {}, column {}",
                        e.classify_kind(),
                        e.line(),
                        e.column()
                    ),
                )
            })?;
    // Capped at a year: a bogus `expires_in` must not overflow the clock arithmetic (a
    // panic after the server rotated the pair would lose it).
    let lifetime = Duration::from_secs(answer.expires_in.unwrap_or(10_800).min(MAX_LIFETIME));
    let scopes = match answer.scope {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|s| s.as_str().map(str::to_owned))
            .collect(),
        Some(serde_json::Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
        _ => Vec::new(),
    };
    let refresh_token = match (answer.refresh_token, previous_refresh) {
        (Some(new), _) => Secret::new(new),
        // No rotation this time: the refresh token in use stays valid.
        (None, Some(previous)) => previous.clone(),
        (None, None) => {
            return Err(unreadable_token_answer(
                status,
                "refresh_token".to_owned(),
                "no refresh token",
            ));
        }
    };
    Ok(Tokens {
        access_token: Secret::new(answer.access_token),
        refresh_token,
        expires_at: SystemTime::now() + lifetime,
        scopes,
    })
}

/// An answer of the token endpoint that cannot be used. It holds tokens, so the error
/// quotes none of it: neither the body nor serde's message, which may quote a value.
fn unreadable_token_answer(status: StatusCode, path: String, what: &str) -> Error {
    Error::Decode {
        status,
        path,
        source: serde::de::Error::custom(format_args!("the token endpoint's answer: {what}")),
        body: super::error::WITHHELD.to_owned(),
    }
}

/// The error for a refresh task that did not complete. Its panic message is not shown: it
/// is no help to a caller, and nothing vouches that it holds no token.
fn refresh_task_failed(failure: tokio::task::JoinError) -> Error {
    let message = if failure.is_panic() {
        "the token refresh task panicked (a bug in this client)"
    } else {
        "the token refresh task was cancelled (is the Tokio runtime shutting down?)"
    };
    Error::Internal {
        message: message.to_owned(),
    }
}

trait ClassifyKind {
    fn classify_kind(&self) -> &'static str;
}

impl ClassifyKind for serde_json::Error {
    fn classify_kind(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "I/O error",
            serde_json::error::Category::Syntax => "not JSON",
            serde_json::error::Category::Data => "unexpected shape",
            serde_json::error::Category::Eof => "truncated",
        }
    }
}

/// `len` random bytes as hex.
pub(super) fn random_hex(len: usize) -> Result<String, Error> {
    let mut bytes = vec![0u8; len];
    getrandom::fill(&mut bytes).map_err(|e| Error::InvalidRequest {
        message: format!("no random source: {e}"),
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Refresh this long before the access token expires (or halfway through its life, if it
/// is shorter), so that no request carries a token that expires on the way.
const REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// Where a client's access token comes from.
#[derive(Clone)]
pub(super) enum TokenSource {
    /// None: requests go unauthenticated.
    None,
    /// One token, used until it stops working.
    Fixed(Secret),
    /// Renewed with the refresh token when it expires or the API says it has.
    Refreshing(Arc<Refresher>),
}

impl fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::None => f.write_str("None"),
            TokenSource::Fixed(_) => f.write_str("Fixed(<redacted>)"),
            TokenSource::Refreshing(r) => f.debug_tuple("Refreshing").field(&r.app).finish(),
        }
    }
}

/// A token, and which refresh produced it (to tell, after a rejection, whether another
/// request has refreshed meanwhile).
pub(super) struct CurrentToken {
    pub(super) token: Option<Secret>,
    pub(super) generation: u64,
    /// For the caller whose refresh produced the token: when the hook is done with the pair.
    pub(super) persisted: Option<HookDone>,
}

impl CurrentToken {
    /// A token no refresh of this caller produced.
    pub(super) fn unrefreshed(token: Option<Secret>, generation: u64) -> Self {
        CurrentToken {
            token,
            generation,
            persisted: None,
        }
    }
}

/// Says when the hook call for one pair has returned, or will never run (its task was
/// dropped with its runtime).
pub(super) struct HookDone(watch::Receiver<bool>);

impl HookDone {
    /// Waits until then.
    pub(super) async fn wait(mut self) {
        // An error means the sender is gone: the call will never come.
        let _ = self.0.wait_for(|done| *done).await;
    }
}

pub(super) struct Refresher {
    app: OAuthApp,
    hook: Option<TokenHook>,
    state: Arc<Mutex<RefreshState>>,
}

struct RefreshState {
    /// The access token, and from when on to refresh it.
    access: Option<(Secret, Instant)>,
    refresh: Secret,
    generation: u64,
    /// Set when the token endpoint refused the refresh token for good: no further refresh
    /// is tried.
    revoked: Option<String>,
    /// When the hook call for the latest pair is done: the next pair's call waits for it, so
    /// that pairs reach the hook in the order of the refreshes.
    last_hook: Option<watch::Receiver<bool>>,
}

/// From when on to refresh a token that expires in `lifetime`.
fn refresh_at(lifetime: Duration) -> Instant {
    Instant::now() + lifetime - REFRESH_MARGIN.min(lifetime / 2)
}

impl Refresher {
    pub(super) fn new(
        app: OAuthApp,
        refresh_token: Secret,
        access: Option<(Secret, SystemTime)>,
        hook: Option<TokenHook>,
    ) -> Self {
        let access = access.map(|(token, expires_at)| {
            (
                token,
                refresh_at(
                    expires_at
                        .duration_since(SystemTime::now())
                        .unwrap_or_default(),
                ),
            )
        });
        let state = RefreshState {
            access,
            refresh: refresh_token,
            generation: 0,
            revoked: None,
            last_hook: None,
        };
        Refresher {
            app,
            hook,
            state: Arc::new(Mutex::new(state)),
        }
    }

    /// A token valid for a while yet, refreshing first if needed. Callers arriving during
    /// a refresh wait for it and share its result.
    pub(super) async fn current(&self, http: &reqwest::Client) -> Result<CurrentToken, Error> {
        let state = Arc::clone(&self.state).lock_owned().await;
        if let Some((token, refresh_at)) = &state.access
            && Instant::now() < *refresh_at
        {
            return Ok(CurrentToken::unrefreshed(
                Some(token.clone()),
                state.generation,
            ));
        }
        self.refresh(state, http).await
    }

    /// The API refused the token of `generation`: refresh, unless another request already
    /// did since.
    pub(super) async fn rejected(
        &self,
        http: &reqwest::Client,
        generation: u64,
    ) -> Result<CurrentToken, Error> {
        let mut state = Arc::clone(&self.state).lock_owned().await;
        if state.generation != generation
            && let Some((token, _)) = &state.access
        {
            return Ok(CurrentToken::unrefreshed(
                Some(token.clone()),
                state.generation,
            ));
        }
        // The token is known bad: should this refresh fail, the next request must try a
        // refresh again rather than be handed the refused token.
        state.access = None;
        self.refresh(state, http).await
    }

    /// Refreshes in a task of its own, holding the lock: if the caller gives up (a timeout,
    /// a `select!`), the refresh still completes and the rotated pair is kept and handed to
    /// the hook; otherwise the pair would be lost, and the user locked out.
    ///
    /// The hook is called after the lock is released (a slow hook must not stall requests
    /// waiting for the token), from a task of its own; its place in the queue of hook calls
    /// is taken while the lock is still held, so calls come in the order of the refreshes.
    async fn refresh(
        &self,
        mut state: tokio::sync::OwnedMutexGuard<RefreshState>,
        http: &reqwest::Client,
    ) -> Result<CurrentToken, Error> {
        if let Some(reason) = &state.revoked {
            return Err(Error::Authentication {
                status: None,
                reason: reason.clone(),
                detail: Some("the refresh token was refused before".to_owned()),
            });
        }
        let (app, hook, http) = (self.app.clone(), self.hook.clone(), http.clone());
        let task = tokio::spawn(async move {
            let tokens = match app.refresh(&http, &state.refresh).await {
                Ok(tokens) => tokens,
                Err(error) => {
                    // The token endpoint refused this refresh token for good: trying it
                    // again cannot work, and a loop of refused refreshes helps nobody. (An
                    // unreadable answer, a proxy's page say, is no such refusal.)
                    if let Error::Authentication { reason, .. } = &error {
                        state.revoked = Some(reason.clone());
                    }
                    return Err(error);
                }
            };
            let lifetime = tokens
                .expires_at
                .duration_since(SystemTime::now())
                .unwrap_or_default();
            state.access = Some((tokens.access_token.clone(), refresh_at(lifetime)));
            state.refresh = tokens.refresh_token.clone();
            state.generation += 1;
            tracing::debug!(generation = state.generation, "access token refreshed");
            let persisted = hook.map(|hook| {
                let (done, done_receiver) = watch::channel(false);
                let previous = state.last_hook.replace(done_receiver.clone());
                let tokens = tokens.clone();
                tokio::spawn(async move {
                    if let Some(previous) = previous {
                        HookDone(previous).wait().await;
                    }
                    // A sync hook may write a file: on a blocking thread, not the executor's.
                    // The pair is already in use; a panicking hook must not lose it.
                    match tokio::task::spawn_blocking(move || hook(&tokens)).await {
                        Ok(()) => {}
                        Err(failure) if failure.is_panic() => tracing::error!(
                            "the on_token_refresh hook panicked; the new tokens were not persisted"
                        ),
                        Err(_) => tracing::error!(
                            "the on_token_refresh hook was cancelled (the runtime is shutting \
                             down); the new tokens were not persisted"
                        ),
                    }
                    let _ = done.send(true);
                });
                HookDone(done_receiver)
            });
            Ok(CurrentToken {
                token: Some(tokens.access_token),
                generation: state.generation,
                persisted,
            })
            // The state lock is released here, before the hook is called.
        });
        task.await.map_err(refresh_task_failed)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_refresh_task_is_an_internal_error_not_a_refusal() {
        // A runtime of its own: this file is copied into standalone crates, whose Tokio has
        // no `macros` feature for Tokio's test attribute.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime");
        let (panicked, cancelled) = runtime.block_on(async {
            let panicked = tokio::spawn(async { panic!("a bug near secret-value") })
                .await
                .expect_err("panicked");
            let pending = tokio::spawn(std::future::pending::<()>());
            pending.abort();
            (panicked, pending.await.expect_err("cancelled"))
        });
        for (failure, said) in [(panicked, "panicked"), (cancelled, "cancelled")] {
            let error = refresh_task_failed(failure);
            assert!(matches!(error, Error::Internal { .. }), "{error:?}");
            assert!(!error.is_retryable());
            let shown = format!("{error} {error:?}");
            assert!(shown.contains(said), "{shown}");
            assert!(!shown.contains("secret-value"), "{shown}");
            assert!(
                !shown.contains("authorize the application again"),
                "{shown}"
            );
        }
    }
}
