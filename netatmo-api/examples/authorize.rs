//! The OAuth2 authorization-code flow: send the user to Netatmo to allow access, take the
//! redirect on a listener on 127.0.0.1, exchange the code for a token pair and store it in
//! a file only the user can read. Later runs refresh the pair and store the rotated one
//! (each refresh makes the previous refresh token useless: the file must follow).
//!
//! ```text
//! NETATMO_CLIENT_ID=... NETATMO_CLIENT_SECRET=... cargo run -p netatmo-api --example authorize -- [--again]
//! ```
//!
//! The redirect URI is `http://127.0.0.1:PORT/callback`, PORT from `NETATMO_REDIRECT_PORT`
//! (default 8421): register it with your application on dev.netatmo.com. The first run
//! prints the URL to open; after you allow access it prints `authorized: stored the token
//! pair in FILE`. A later run prints `refreshed: stored the rotated pair in FILE` and `the
//! refresh token changed: yes`; `--again` authorizes anew. Tokens are never printed.
//!
//! Without credentials it runs against the fake server, playing the browser itself, and
//! does both runs at once, with a token file in the temporary directory.

mod common;

use netatmo_api::scopes;
use tokio::net::TcpListener;

const SCOPES: &[&str] = &[
    scopes::READ_STATION,
    scopes::READ_THERMOSTAT,
    scopes::WRITE_THERMOSTAT,
];

#[tokio::main]
async fn main() -> common::Result<()> {
    let again = std::env::args().any(|a| a == "--again");
    let backend = common::Backend::from_env().await?;
    let file = common::token_file(&backend);
    let first_run = backend.is_fake() || again || common::read_tokens(&file)?.is_none();
    if first_run {
        authorize(&backend, &file).await?;
    }
    // A later run refreshes; the fake server shows both runs at once. (With Netatmo, a
    // first run has a fresh pair: no need to spend it.)
    if !first_run || backend.is_fake() {
        refresh(&backend, &file).await?;
    }
    if backend.is_fake() {
        // The fake's tokens are of no use later.
        std::fs::remove_file(&file)?;
    }
    Ok(())
}

/// The first run: authorization, code exchange, the pair stored.
async fn authorize(backend: &common::Backend, file: &std::path::Path) -> common::Result<()> {
    let port: u16 = match backend {
        common::Backend::Fake(_) => 0,
        common::Backend::Netatmo { .. } => std::env::var("NETATMO_REDIRECT_PORT")
            .ok()
            .map(|p| p.parse())
            .transpose()?
            .unwrap_or(8421),
    };
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    let redirect_uri = format!(
        "http://127.0.0.1:{}/callback",
        listener.local_addr()?.port()
    );
    let app = backend.app()?;
    let (url, state) = app.authorize_url(&redirect_uri, SCOPES)?;

    if backend.is_fake() {
        // Play the browser: the authorization page redirects at once, to the listener.
        let url = url.to_string();
        tokio::spawn(async move {
            let page = common::http::send("GET", &url, None, b"").await?;
            let location = page.header("location").ok_or("no redirect")?.to_owned();
            common::http::send("GET", &location, None, b"").await
        });
    } else {
        eprintln!("Open this address in a browser and allow access:\n\n  {url}\n");
        eprintln!("Waiting for the redirect to {redirect_uri} ...");
    }

    let code = loop {
        let (mut stream, _) = listener.accept().await?;
        let request = common::http::read(&mut stream).await?;
        let target = url::Url::parse(&format!("http://127.0.0.1{}", request.second_word()))?;
        if target.path() != "/callback" {
            common::http::respond(&mut stream, "404 Not Found", "not here").await?;
            continue;
        }
        let query = |name: &str| {
            target
                .query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        if query("state").as_deref() != Some(state.as_str()) {
            common::http::respond(&mut stream, "400 Bad Request", "wrong state").await?;
            return Err("the redirect's state is not the one sent: not our request".into());
        }
        if let Some(error) = query("error") {
            common::http::respond(&mut stream, "200 OK", "Access was not granted.").await?;
            return Err(format!("access was not granted: {error}").into());
        }
        let Some(code) = query("code") else {
            common::http::respond(&mut stream, "400 Bad Request", "no code").await?;
            return Err("the redirect has no code".into());
        };
        common::http::respond(
            &mut stream,
            "200 OK",
            "Authorized: you may close this page.",
        )
        .await?;
        break code;
    };

    let tokens = app.exchange_code(&code, &redirect_uri, SCOPES).await?;
    common::write_tokens(file, &tokens)?;
    println!("authorized: stored the token pair in {}", file.display());
    println!("scopes granted: {}", tokens.scopes.join(" "));
    Ok(())
}

/// A later run: a client from the stored pair renews it (no access token given: the first
/// request refreshes) and stores the rotated pair through its hook.
async fn refresh(backend: &common::Backend, file: &std::path::Path) -> common::Result<()> {
    let before = common::read_tokens(file)?
        .ok_or("no token file")?
        .refresh_token;
    let stored = common::read_tokens(file)?.ok_or("no token file")?;
    let client = backend
        .builder()
        .refreshing_tokens(backend.app()?, stored.refresh_token)
        .on_token_refresh({
            let file = file.to_owned();
            move |tokens| {
                if let Err(e) = common::write_tokens(&file, tokens) {
                    eprintln!("could not store the new pair: {e}");
                }
            }
        })
        .build()?;
    let stations = client.get_stations_data().send().await?;
    let after = common::read_tokens(file)?
        .ok_or("no token file")?
        .refresh_token;
    println!("refreshed: stored the rotated pair in {}", file.display());
    println!(
        "the refresh token changed: {}",
        if after != before { "yes" } else { "no" }
    );
    println!("the account has {} station(s)", stations.devices.len());
    Ok(())
}
