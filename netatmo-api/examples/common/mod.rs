//! What the examples share: a client from the credentials in the environment, or, without
//! any, from a fake Netatmo server started in the process (the `netatmo-fake` crate), so
//! that every example runs before its reader has an account.
//!
//! The environment:
//! - `NETATMO_CLIENT_ID`, `NETATMO_CLIENT_SECRET`: your application (dev.netatmo.com, "My
//!   apps"). Without them, the examples use the fake server and say so on stderr.
//! - `NETATMO_TOKEN_FILE`: where the token pair lives (default `netatmo-tokens.json`). The
//!   `authorize` example writes it; the others read it and store every rotated pair back.
//! - `NETATMO_REFRESH_TOKEN`: a refresh token from the dev portal's token generator, when
//!   there is no token file yet.

// Each example uses part of this module.
#![allow(dead_code)]

use std::error::Error as StdError;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use netatmo_api::runtime::{OAuthApp, Tokens};
use netatmo_api::{Client, ClientBuilder};
use netatmo_fake::FakeNetatmo;
use serde_json::json;

pub(crate) type Result<T> = std::result::Result<T, Box<dyn StdError + Send + Sync>>;

/// Where the client talks to.
pub(crate) enum Backend {
    /// Netatmo itself, with this application.
    Netatmo { app: OAuthApp },
    /// The fake server, running until this is dropped.
    Fake(FakeNetatmo),
}

impl Backend {
    /// Netatmo when the environment has an application, the fake server otherwise.
    pub(crate) async fn from_env() -> Result<Backend> {
        match (
            std::env::var("NETATMO_CLIENT_ID"),
            std::env::var("NETATMO_CLIENT_SECRET"),
        ) {
            (Ok(id), Ok(secret)) if !id.is_empty() => Ok(Backend::Netatmo {
                app: netatmo_api::oauth_app(id, secret)?,
            }),
            _ => {
                let fake = FakeNetatmo::start().await;
                eprintln!(
                    "No NETATMO_CLIENT_ID and NETATMO_CLIENT_SECRET in the environment: \
                     using a fake Netatmo server at {} (its data is sample data).",
                    fake.api_url()
                );
                Ok(Backend::Fake(fake))
            }
        }
    }

    pub(crate) fn is_fake(&self) -> bool {
        matches!(self, Backend::Fake(_))
    }

    /// The application: yours, or the fake server's.
    pub(crate) fn app(&self) -> Result<OAuthApp> {
        Ok(match self {
            Backend::Netatmo { app } => app.clone(),
            Backend::Fake(fake) => OAuthApp::with_urls(
                netatmo_fake::CLIENT_ID,
                netatmo_fake::CLIENT_SECRET,
                &fake.token_url(),
                &fake.authorize_url(),
            )?,
        })
    }

    /// A client builder pointed at the backend, without tokens.
    pub(crate) fn builder(&self) -> ClientBuilder {
        match self {
            Backend::Netatmo { .. } => Client::builder(),
            Backend::Fake(fake) => Client::builder().base_url(fake.api_url()),
        }
    }

    /// A client whose tokens renew themselves, every new pair stored in `token_file`:
    /// from the file, or `NETATMO_REFRESH_TOKEN`, or (fake server) the server's own pair.
    pub(crate) fn client(&self, token_file: &Path) -> Result<ClientBuilder> {
        let builder = self.builder();
        let (refresh_token, access) = match (self, read_tokens(token_file)?) {
            (_, Some(stored)) => (stored.refresh_token, stored.access),
            (Backend::Netatmo { .. }, None) => match std::env::var("NETATMO_REFRESH_TOKEN") {
                Ok(token) => (token, None),
                Err(_) => {
                    return Err(format!(
                        "no token file at {} and no NETATMO_REFRESH_TOKEN: run \
                         `cargo run --example authorize` first",
                        token_file.display()
                    )
                    .into());
                }
            },
            (Backend::Fake(fake), None) => (fake.refresh_token(), None),
        };
        let mut builder = builder.refreshing_tokens(self.app()?, refresh_token);
        if let Some((token, expires_at)) = access {
            builder = builder.current_access_token(token, expires_at);
        }
        let file = token_file.to_owned();
        Ok(builder.on_token_refresh(move |tokens| {
            if let Err(e) = write_tokens(&file, tokens) {
                eprintln!("could not store the new tokens in {}: {e}", file.display());
            }
        }))
    }
}

/// The token file: `NETATMO_TOKEN_FILE`, or `netatmo-tokens.json`; with the fake server,
/// a file of its own under the temporary directory (the fake's tokens are no use later).
pub(crate) fn token_file(backend: &Backend) -> PathBuf {
    match backend {
        Backend::Netatmo { .. } => std::env::var_os("NETATMO_TOKEN_FILE")
            .map_or_else(|| PathBuf::from("netatmo-tokens.json"), PathBuf::from),
        Backend::Fake(_) => std::env::temp_dir().join(format!(
            "netatmo-example-tokens-{}.json",
            std::process::id()
        )),
    }
}

/// A stored pair.
pub(crate) struct Stored {
    pub(crate) refresh_token: String,
    /// The access token and when it expires, if still good for a minute.
    pub(crate) access: Option<(String, SystemTime)>,
}

pub(crate) fn read_tokens(path: &Path) -> Result<Option<Stored>> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("reading {}: {e}", path.display()).into()),
    };
    let json: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{} is not a token file: {e}", path.display()))?;
    let refresh_token = json["refresh_token"]
        .as_str()
        .ok_or_else(|| format!("{} has no refresh_token", path.display()))?
        .to_owned();
    let expires_at = UNIX_EPOCH + Duration::from_secs(json["expires_at"].as_u64().unwrap_or(0));
    let access = json["access_token"]
        .as_str()
        .filter(|_| expires_at > SystemTime::now() + Duration::from_secs(60))
        .map(|token| (token.to_owned(), expires_at));
    Ok(Some(Stored {
        refresh_token,
        access,
    }))
}

/// Writes the pair where only this user can read it (mode 0600 on Unix), replacing the
/// file at once: a crash halfway never leaves a file without a working refresh token.
pub(crate) fn write_tokens(path: &Path, tokens: &Tokens) -> Result<()> {
    let expires_at = tokens
        .expires_at
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let json = json!({
        "access_token": tokens.access_token.expose(),
        "refresh_token": tokens.refresh_token.expose(),
        "expires_at": expires_at,
        "scopes": tokens.scopes,
    });
    // A name of this process's own: two programs storing at once never touch each
    // other's half-written file (the last rename wins, whole).
    let partial = path.with_extension(format!("json.{}.partial", std::process::id()));
    // A new file, so that the mode applies (an old one would keep its own).
    match fs::remove_file(&partial) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(format!("removing {}: {e}", partial.display()).into());
        }
        _ => {}
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&partial)
        .map_err(|e| format!("writing {}: {e}", partial.display()))?;
    file.write_all(serde_json::to_string_pretty(&json)?.as_bytes())?;
    file.sync_all()?;
    fs::rename(&partial, path).map_err(|e| format!("replacing {}: {e}", path.display()))?;
    // The rename itself survives a crash once the directory is on disk.
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Unix seconds now.
pub(crate) fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A number for a table cell: `-` when there is none.
pub(crate) fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| format!("{v}"))
}

/// Just enough HTTP/1.1 for the examples' own servers (the authorization redirect, a
/// webhook receiver) and for playing the browser and Netatmo against them with the fake
/// server: one request per connection.
pub(crate) mod http {
    use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
    use tokio::net::TcpStream;

    /// The largest body read (a webhook push is a few kB).
    const MAX_BODY: usize = 1 << 20;

    /// A request or an answer: its first line, headers (names in lower case) and body.
    #[derive(Debug)]
    pub(crate) struct Message {
        pub(crate) first_line: String,
        pub(crate) headers: Vec<(String, String)>,
        pub(crate) body: Vec<u8>,
    }

    impl Message {
        pub(crate) fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        }

        /// The second word of the first line: a request's target, an answer's status.
        pub(crate) fn second_word(&self) -> &str {
            self.first_line.split(' ').nth(1).unwrap_or("")
        }
    }

    pub(crate) async fn read(stream: &mut TcpStream) -> super::Result<Message> {
        // At most 64 kB of request line and headers, and MAX_BODY of body, in all.
        let mut reader = BufReader::new(stream.take(64 * 1024 + MAX_BODY as u64));
        let mut first_line = String::new();
        reader.read_line(&mut first_line).await?;
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).await? == 0 || line.trim_end().is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
            }
        }
        let mut message = Message {
            first_line: first_line.trim_end().to_owned(),
            headers,
            body: Vec::new(),
        };
        let length: usize = message
            .header("content-length")
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        if length > MAX_BODY {
            return Err(format!("a body of {length} bytes is more than this reads").into());
        }
        message.body = vec![0; length];
        reader.read_exact(&mut message.body).await?;
        Ok(message)
    }

    /// Answers with `status` (`200 OK`) and a plain-text body, and closes.
    pub(crate) async fn respond(
        stream: &mut TcpStream,
        status: &str,
        body: &str,
    ) -> super::Result<()> {
        let answer = format!(
            "HTTP/1.1 {status}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(answer.as_bytes()).await?;
        stream.shutdown().await?;
        Ok(())
    }

    /// Sends one request to `url` (plain http) and reads the answer.
    pub(crate) async fn send(
        method: &str,
        url: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> super::Result<Message> {
        let url = url::Url::parse(url)?;
        let host = url.host_str().ok_or("a URL without host")?;
        let port = url.port_or_known_default().ok_or("a URL without port")?;
        let mut target = url.path().to_owned();
        if let Some(query) = url.query() {
            target = format!("{target}?{query}");
        }
        let mut stream = TcpStream::connect((host, port)).await?;
        let content_type = content_type
            .map(|t| format!("content-type: {t}\r\n"))
            .unwrap_or_default();
        let head = format!(
            "{method} {target} HTTP/1.1\r\nhost: {host}:{port}\r\n{content_type}content-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        read(&mut stream).await
    }
}
