//! The runtime against a misbehaving service (wiremock on this machine): token expiry and
//! rotation, revoked refresh tokens, server errors, resets, timeouts, rate limits and
//! malformed answers. Each test counts the requests the server saw.

use std::future::Future;
use std::io::Read as _;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use netatmo_api::ErrorCode;
use netatmo_api::runtime::{Method, OAuthApp, Request, RetryPolicy, Sleeper, Tokens};
use netatmo_api::{Client, Error};
use serde_json::json;
use tests::Capture;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CLIENT_ID: &str = "5c8f0e1d2b3a4c5d6e7f8091";
const CLIENT_SECRET: &str = "client-secret-Zm9vYmFy";
const OLD_ACCESS: &str = "5c8f0e1d2b3a4c5d6e7f8091|old0access0token0aaaaaaaaaaaa";
const OLD_REFRESH: &str = "5c8f0e1d2b3a4c5d6e7f8091|old0refresh0token0bbbbbbbbbbb";
const NEW_ACCESS: &str = "5c8f0e1d2b3a4c5d6e7f8091|new0access0token0cccccccccccc";
const NEW_REFRESH: &str = "5c8f0e1d2b3a4c5d6e7f8091|new0refresh0token0dddddddddddd";
const SECRETS: [&str; 5] = [
    CLIENT_SECRET,
    OLD_ACCESS,
    OLD_REFRESH,
    NEW_ACCESS,
    NEW_REFRESH,
];

/// Waits in no time, and remembers what it was asked to wait.
#[derive(Debug, Default)]
struct RecordingSleeper(Mutex<Vec<Duration>>);

impl Sleeper for RecordingSleeper {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        self.0.lock().expect("not poisoned").push(duration);
        Box::pin(std::future::ready(()))
    }
}

impl RecordingSleeper {
    fn waits(&self) -> Vec<Duration> {
        self.0.lock().expect("not poisoned").clone()
    }
}

fn ok_stations() -> serde_json::Value {
    json!({"status": "ok", "body": {"devices": [], "user": {"mail": "a@b.c"}}, "time_server": 1_700_000_000})
}

fn token_answer() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "access_token": NEW_ACCESS,
        "refresh_token": NEW_REFRESH,
        "expires_in": 10800,
        "expire_in": 10800,
        "scope": ["read_station"]
    }))
}

/// The token endpoint answers each of `failures` once, in order, then a new pair.
async fn token_endpoint_after(server: &MockServer, failures: Vec<ResponseTemplate>) {
    for failure in failures {
        Mock::given(path("/oauth2/token"))
            .respond_with(failure)
            .up_to_n_times(1)
            .mount(server)
            .await;
    }
    Mock::given(path("/oauth2/token"))
        .respond_with(token_answer())
        .mount(server)
        .await;
}

fn expired() -> ResponseTemplate {
    ResponseTemplate::new(403)
        .set_body_json(json!({"error": {"code": 3, "message": "Access token expired"}}))
}

/// Requests with `token` get a successful getstationsdata answer.
async fn answer_ok_to(server: &MockServer, token: &str) {
    Mock::given(header("authorization", format!("Bearer {token}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_stations()))
        .mount(server)
        .await;
}

/// Requests with `token` are refused: "Access token expired" (403, code 3).
async fn refuse_as_expired(server: &MockServer, token: &str) {
    Mock::given(header("authorization", format!("Bearer {token}")))
        .respond_with(expired())
        .mount(server)
        .await;
}

async fn count(server: &MockServer, path_suffix: &str) -> usize {
    let requests = server.received_requests().await.expect("recording is on");
    requests
        .iter()
        .filter(|r| r.url.path().ends_with(path_suffix))
        .count()
}

fn app(server: &MockServer) -> OAuthApp {
    OAuthApp::with_urls(
        CLIENT_ID,
        CLIENT_SECRET,
        &format!("{}/oauth2/token", server.uri()),
        &format!("{}/oauth2/authorize", server.uri()),
    )
    .expect("loopback URLs are allowed")
}

/// A client whose token refreshes against `server`, recording new pairs and waits.
fn refreshing_client(
    server: &MockServer,
    access: Option<(&str, SystemTime)>,
) -> (Client, Arc<Mutex<Vec<Tokens>>>, Arc<RecordingSleeper>) {
    let persisted: Arc<Mutex<Vec<Tokens>>> = Arc::default();
    let sleeper = Arc::new(RecordingSleeper::default());
    let store = Arc::clone(&persisted);
    let mut builder = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .refreshing_tokens(app(server), OLD_REFRESH)
        .on_token_refresh(move |tokens| store.lock().expect("not poisoned").push(tokens.clone()))
        .sleeper(sleeper.clone());
    if let Some((token, expires)) = access {
        builder = builder.current_access_token(token, expires);
    }
    (builder.build().expect("client builds"), persisted, sleeper)
}

fn in_3_hours() -> SystemTime {
    SystemTime::now() + Duration::from_secs(10_800)
}

#[tokio::test]
async fn an_expired_token_is_refreshed_once_the_request_replayed_and_the_new_pair_persisted() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    refuse_as_expired(&server, OLD_ACCESS).await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, persisted, _) = refreshing_client(&server, Some((OLD_ACCESS, in_3_hours())));

    client
        .get_stations_data()
        .send()
        .await
        .expect("succeeds after one refresh");
    assert_eq!(
        count(&server, "/oauth2/token").await,
        1,
        "exactly one refresh"
    );
    assert_eq!(
        count(&server, "/getstationsdata").await,
        2,
        "the request, then its replay"
    );

    let requests = server.received_requests().await.expect("recording is on");
    let refresh = requests
        .iter()
        .find(|r| r.url.path() == "/oauth2/token")
        .expect("a refresh");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&refresh.body)
        .into_owned()
        .collect();
    let field = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(field("grant_type"), Some("refresh_token"));
    assert_eq!(field("refresh_token"), Some(OLD_REFRESH));
    assert_eq!(field("client_id"), Some(CLIENT_ID));
    assert_eq!(field("client_secret"), Some(CLIENT_SECRET));

    let persisted = persisted.lock().expect("not poisoned").clone();
    assert_eq!(persisted.len(), 1, "the hook saw the new pair once");
    assert_eq!(persisted[0].access_token.expose(), NEW_ACCESS);
    assert_eq!(persisted[0].refresh_token.expose(), NEW_REFRESH);
    assert_eq!(persisted[0].scopes, ["read_station"]);

    client
        .get_stations_data()
        .send()
        .await
        .expect("the new token works");
    assert_eq!(
        count(&server, "/oauth2/token").await,
        1,
        "no second refresh"
    );
    assert_eq!(count(&server, "/getstationsdata").await, 3);
}

#[tokio::test]
async fn fifty_concurrent_requests_with_an_expired_token_share_one_refresh() {
    let server = MockServer::start().await;
    // A slow token endpoint, so that all fifty requests wait for the same refresh.
    Mock::given(path("/oauth2/token"))
        .respond_with(token_answer().set_delay(Duration::from_millis(300)))
        .mount(&server)
        .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, persisted, _) = refreshing_client(&server, Some((OLD_ACCESS, SystemTime::now())));

    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get_stations_data().send().await.map(drop) })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await
            .expect("task completes")
            .expect("request succeeds");
    }
    assert_eq!(
        count(&server, "/oauth2/token").await,
        1,
        "exactly one refresh"
    );
    assert_eq!(
        count(&server, "/getstationsdata").await,
        50,
        "no request went out with the old token"
    );
    assert_eq!(persisted.lock().expect("not poisoned").len(), 1);
}

#[tokio::test]
async fn fifty_concurrent_requests_refused_as_expired_share_one_refresh() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(token_answer().set_delay(Duration::from_millis(200)))
        .mount(&server)
        .await;
    // The refusals come late, so that the requests overlap the refresh.
    Mock::given(header("authorization", format!("Bearer {OLD_ACCESS}")))
        .respond_with(expired().set_delay(Duration::from_millis(300)))
        .mount(&server)
        .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, _, _) = refreshing_client(&server, Some((OLD_ACCESS, in_3_hours())));

    let calls: Vec<_> = (0..50)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_stations_data().send().await.map(drop) })
        })
        .collect();
    for call in calls {
        call.await
            .expect("task completes")
            .expect("request succeeds");
    }
    assert_eq!(
        count(&server, "/oauth2/token").await,
        1,
        "exactly one refresh"
    );
    // Each request went out with the old token and was replayed with the new one, except
    // any that started after the refresh and used the new token straight away.
    let sent = count(&server, "/getstationsdata").await;
    assert!((51..=100).contains(&sent), "{sent} requests");
}

#[tokio::test]
async fn a_revoked_refresh_token_is_an_authentication_error_without_a_retry_loop() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": "invalid_grant"})))
        .mount(&server)
        .await;
    Mock::given(path("/api/getstationsdata"))
        .respond_with(expired())
        .mount(&server)
        .await;
    let (client, persisted, sleeper) = refreshing_client(&server, Some((OLD_ACCESS, in_3_hours())));

    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("cannot authenticate");
    match &err {
        Error::Authentication { reason, status, .. } => {
            assert_eq!(reason, "invalid_grant");
            assert_eq!(status.map(|s| s.as_u16()), Some(400));
        }
        other => panic!("expected Error::Authentication, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert!(
        err.to_string().contains("authorize the application again"),
        "{err}"
    );
    assert_eq!(count(&server, "/oauth2/token").await, 1);
    assert_eq!(count(&server, "/getstationsdata").await, 1);

    let again = client
        .get_stations_data()
        .send()
        .await
        .expect_err("still cannot");
    assert!(matches!(again, Error::Authentication { .. }), "{again:?}");
    assert_eq!(
        count(&server, "/oauth2/token").await,
        1,
        "a refused refresh token is not tried again"
    );
    assert!(persisted.lock().expect("not poisoned").is_empty());
    assert!(sleeper.waits().is_empty(), "no waiting, no loop");
}

/// A client with a fixed token, a recording sleeper and `policy`.
fn plain_client(base: &str, policy: RetryPolicy) -> (Client, Arc<RecordingSleeper>) {
    let sleeper = Arc::new(RecordingSleeper::default());
    let client = Client::builder()
        .base_url(base)
        .access_token(OLD_ACCESS)
        .retry_policy(policy)
        .timeout(Duration::from_secs(5))
        .sleeper(sleeper.clone())
        .build()
        .expect("client builds");
    (client, sleeper)
}

#[tokio::test]
async fn server_errors_are_retried_up_to_the_limit_then_reported() {
    for status in [500, 502, 503] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let (client, sleeper) = plain_client(
            &format!("{}/api", server.uri()),
            RetryPolicy::default().max_attempts(3),
        );
        let err = client
            .get_stations_data()
            .send()
            .await
            .expect_err("keeps failing");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(
            count(&server, "/getstationsdata").await,
            3,
            "{status}: three attempts"
        );
        assert_eq!(
            sleeper.waits().len(),
            2,
            "{status}: a wait between attempts"
        );
    }
}

#[tokio::test]
async fn a_server_error_then_success_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_stations()))
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    client
        .get_stations_data()
        .send()
        .await
        .expect("second attempt succeeds");
    assert_eq!(count(&server, "/getstationsdata").await, 2);
    let waits = sleeper.waits();
    assert_eq!(waits.len(), 1);
    assert!(
        waits[0] >= Duration::from_millis(250) && waits[0] <= Duration::from_millis(500),
        "{waits:?}"
    );
}

#[tokio::test]
async fn a_post_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    let err = client.set_persons_away("h").send().await.expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(count(&server, "/setpersonsaway").await, 1, "sent once");
    assert!(sleeper.waits().is_empty());
}

#[tokio::test]
async fn a_slow_answer_times_out_and_is_retried_up_to_the_limit() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ok_stations())
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .access_token(OLD_ACCESS)
        .retry_policy(RetryPolicy::default().max_attempts(2))
        .timeout(Duration::from_millis(300))
        .sleeper(Arc::new(RecordingSleeper::default()))
        .build()
        .expect("client builds");
    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("too slow");
    match &err {
        Error::Transport(e) => assert!(e.is_timeout(), "{e}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(count(&server, "/getstationsdata").await, 2);
}

#[tokio::test]
async fn a_reset_connection_is_retried_up_to_the_limit() {
    // A server that accepts each connection, reads the request, and drops it unanswered.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let accepted = Arc::new(Mutex::new(0usize));
    let counter = Arc::clone(&accepted);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(3) {
            let Ok(mut stream) = stream else { continue };
            *counter.lock().expect("not poisoned") += 1;
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            drop(stream);
        }
    });
    let (client, sleeper) = plain_client(
        &format!("http://127.0.0.1:{port}/api"),
        RetryPolicy::default().max_attempts(3),
    );
    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("never answered");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(*accepted.lock().expect("not poisoned"), 3, "three attempts");
    assert_eq!(sleeper.waits().len(), 2);
}

#[tokio::test]
async fn rate_limits_wait_as_told_then_succeed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "7")
                .set_body_json(json!({"error": {"code": 26, "message": "User usage reached"}})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .set_body_json(json!({"error": {"code": 11, "message": "Failed to enter concurrency limited section"}})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_stations()))
        .mount(&server)
        .await;
    let policy = RetryPolicy::default()
        .max_attempts(4)
        .backoff(Duration::from_secs(2), Duration::from_secs(60));
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), policy);

    client
        .get_stations_data()
        .send()
        .await
        .expect("succeeds after the waits");
    assert_eq!(count(&server, "/getstationsdata").await, 3);
    let waits = sleeper.waits();
    assert_eq!(waits.len(), 2, "{waits:?}");
    assert_eq!(waits[0], Duration::from_secs(7), "Retry-After is obeyed");
    assert!(
        waits[1] >= Duration::from_secs(2) && waits[1] <= Duration::from_secs(8),
        "backoff: {waits:?}"
    );
}

#[tokio::test]
async fn a_used_up_quota_without_retry_after_is_returned_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"error": {"code": 26, "message": "User usage reached"}})),
        )
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("quota used up");
    assert!(err.is_rate_limited());
    assert_eq!(ErrorCode::of(&err), Some(ErrorCode::MaxUsageReached));
    assert_eq!(
        count(&server, "/getstationsdata").await,
        1,
        "no retry spends more of the quota"
    );
    assert!(sleeper.waits().is_empty());
}

#[tokio::test]
async fn a_failing_token_endpoint_is_retried_and_does_not_revoke_the_refresh_token() {
    let server = MockServer::start().await;
    token_endpoint_after(
        &server,
        vec![
            ResponseTemplate::new(503),
            ResponseTemplate::new(400).set_body_json(json!({"error": "too_many_connections"})),
        ],
    )
    .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    // No current access token: the first thing the client does is refresh.
    let (client, persisted, sleeper) = refreshing_client(&server, None);
    client
        .get_stations_data()
        .send()
        .await
        .expect("the third refresh works");
    assert_eq!(
        count(&server, "/oauth2/token").await,
        3,
        "503, too_many_connections, success"
    );
    assert_eq!(count(&server, "/getstationsdata").await, 1);
    assert_eq!(sleeper.waits().len(), 2);
    assert_eq!(persisted.lock().expect("not poisoned").len(), 1);
}

#[tokio::test]
async fn a_wait_longer_than_allowed_is_returned_not_slept() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("rate limited");
    assert!(err.is_rate_limited());
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert_eq!(count(&server, "/getstationsdata").await, 1);
    assert!(sleeper.waits().is_empty());
}

#[tokio::test]
async fn malformed_answers_are_the_right_errors() {
    let server = MockServer::start().await;
    let answers: [(&str, ResponseTemplate); 6] = [
        (
            "truncated",
            ResponseTemplate::new(200).set_body_string(r#"{"status":"ok","body":{"devi"#),
        ),
        (
            "html200",
            ResponseTemplate::new(200)
                .set_body_raw("<html><body>Maintenance</body></html>", "text/html"),
        ),
        (
            "html404",
            ResponseTemplate::new(404)
                .set_body_raw("<html><body>Not Found</body></html>", "text/html"),
        ),
        ("empty", ResponseTemplate::new(200)),
        (
            "envelope200",
            ResponseTemplate::new(200)
                .set_body_json(json!({"error": {"code": 21, "message": "Invalid id"}})),
        ),
        (
            "wrongtype",
            ResponseTemplate::new(200).set_body_json(
                json!({"status": "ok", "body": {"devices": [{"_id": 5, "type": "NAMain"}]}}),
            ),
        ),
    ];
    for (name, template) in answers {
        Mock::given(header("x-case", name))
            .respond_with(template)
            .mount(&server)
            .await;
    }
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .access_token(OLD_ACCESS)
        .retry_policy(RetryPolicy::never())
        .build()
        .expect("builds");
    let call = |case: &'static str| {
        let request = netatmo_api::runtime::Request::new(
            netatmo_api::runtime::Method::GET,
            "/getstationsdata",
        )
        .header("x-case", Some(&case));
        let client = client.clone();
        async move {
            client
                .as_ref()
                .send_json::<netatmo_api::models::StationsDataResponse>(request)
                .await
        }
    };
    match call("truncated").await {
        Err(Error::Decode { body, .. }) => assert!(body.starts_with(r#"{"status""#)),
        other => panic!("truncated JSON: {other:?}"),
    }
    match call("html200").await {
        Err(Error::Decode { body, .. }) => assert!(body.contains("Maintenance")),
        other => panic!("HTML with 200: {other:?}"),
    }
    match call("html404").await {
        Err(Error::Status { status, body, .. }) => {
            assert_eq!(status.as_u16(), 404);
            assert!(body.contains("Not Found"));
        }
        other => panic!("HTML error page: {other:?}"),
    }
    match call("empty").await {
        Err(Error::Decode { status, .. }) => assert_eq!(status.as_u16(), 200),
        other => panic!("empty body: {other:?}"),
    }
    match call("envelope200").await {
        Err(Error::Api { status, error, .. }) => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(ErrorCode::from_code(error.code), ErrorCode::InvalidArg);
        }
        other => panic!("200 with an error envelope: {other:?}"),
    }
    match call("wrongtype").await {
        Err(err @ Error::Decode { .. }) => {
            let Error::Decode { path, .. } = &err else {
                unreachable!()
            };
            assert_eq!(path, "body.devices[0]._id");
            assert!(
                err.to_string().contains("at `body.devices[0]._id`"),
                "{err}"
            );
        }
        other => panic!("a field of the wrong type: {other:?}"),
    }
}

#[tokio::test(flavor = "current_thread")]
async fn no_secret_reaches_the_logs_or_debug_output() {
    let capture = Capture::default();
    let _guard = capture.install();

    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    refuse_as_expired(&server, OLD_ACCESS).await;
    Mock::given(header("authorization", format!("Bearer {NEW_ACCESS}")))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, persisted, _) = refreshing_client(&server, Some((OLD_ACCESS, in_3_hours())));
    client
        .get_stations_data()
        .send()
        .await
        .expect("refresh, replay, retry, success");

    let log = capture.text();
    assert!(
        log.contains("span api_request"),
        "requests are traced:\n{log}"
    );
    assert!(
        log.contains("attempt=2") && log.contains("status=503") && log.contains("status=200"),
        "{log}"
    );
    let shown = format!(
        "{log}\n{client:?}\n{:?}\n{:?}",
        persisted.lock().expect("not poisoned"),
        app(&server)
    );
    for secret in SECRETS {
        assert!(
            !shown.contains(secret),
            "a secret leaked: {secret}\n{shown}"
        );
        // Not even the part after the client id.
        let tail = secret.rsplit('|').next().unwrap_or(secret);
        assert!(!shown.contains(tail), "part of a secret leaked: {tail}");
    }
}

#[tokio::test]
async fn the_authorize_url_carries_a_fresh_state_and_a_code_is_exchanged() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    let app = app(&server);
    let (url, state) = app
        .authorize_url(
            "https://example.com/callback",
            &["read_station", "read_thermostat"],
        )
        .expect("url");
    let (_, other_state) = app
        .authorize_url("https://example.com/callback", &["read_station"])
        .expect("url");
    assert_ne!(state, other_state, "each authorization gets its own state");
    assert!(state.len() >= 32);
    let query: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let get = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(get("client_id").as_deref(), Some(CLIENT_ID));
    assert_eq!(
        get("redirect_uri").as_deref(),
        Some("https://example.com/callback")
    );
    assert_eq!(
        get("scope").as_deref(),
        Some("read_station read_thermostat")
    );
    assert_eq!(get("state"), Some(state));
    assert!(!url.as_str().contains(CLIENT_SECRET));

    let tokens = app
        .exchange_code(
            "the-code",
            "https://example.com/callback",
            &["read_station"],
        )
        .await
        .expect("exchanged");
    assert_eq!(tokens.refresh_token.expose(), NEW_REFRESH);
    let requests = server.received_requests().await.expect("recording is on");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&requests[0].body)
        .into_owned()
        .collect();
    assert!(form.contains(&("grant_type".to_owned(), "authorization_code".to_owned())));
    assert!(form.contains(&("code".to_owned(), "the-code".to_owned())));
}

#[test]
fn plain_http_to_another_machine_is_refused() {
    let err = Client::builder()
        .base_url("http://api.netatmo.com/api")
        .access_token(OLD_ACCESS)
        .build()
        .expect_err("refused");
    assert!(err.to_string().contains("use https"), "{err}");
    let err = OAuthApp::with_urls(
        CLIENT_ID,
        CLIENT_SECRET,
        "http://api.netatmo.com/oauth2/token",
        "https://x/a",
    )
    .expect_err("refused");
    assert!(err.to_string().contains("use https"), "{err}");
}

#[tokio::test]
async fn a_refused_token_whose_refresh_fails_is_not_offered_again() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![ResponseTemplate::new(503)]).await;
    refuse_as_expired(&server, OLD_ACCESS).await;
    answer_ok_to(&server, NEW_ACCESS).await;
    // The clock says the old token is good; the API says it expired.
    let (client, _, _) = refreshing_client(&server, Some((OLD_ACCESS, in_3_hours())));
    client
        .get_stations_data()
        .send()
        .await
        .expect("the retry refreshes again instead of resending the refused token");
    assert_eq!(
        count(&server, "/oauth2/token").await,
        2,
        "503, then success"
    );
    let sent: Vec<String> = server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .filter(|r| r.url.path().ends_with("/getstationsdata"))
        .map(|r| {
            r.headers["authorization"]
                .to_str()
                .expect("ASCII")
                .to_owned()
        })
        .collect();
    assert_eq!(
        sent,
        [
            format!("Bearer {OLD_ACCESS}"),
            format!("Bearer {NEW_ACCESS}")
        ]
    );
}

#[tokio::test]
async fn a_post_whose_token_could_not_be_fetched_is_retried_since_it_was_never_sent() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![ResponseTemplate::new(503)]).await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, _, sleeper) = refreshing_client(&server, None);
    client
        .as_ref()
        .send_empty(Request::new(Method::POST, "/setthermmode"))
        .await
        .expect("the POST goes out once a token is there");
    assert_eq!(count(&server, "/oauth2/token").await, 2);
    assert_eq!(
        count(&server, "/setthermmode").await,
        1,
        "sent exactly once"
    );
    assert_eq!(sleeper.waits().len(), 1);
}

#[tokio::test]
async fn an_absurd_token_lifetime_neither_panics_nor_loses_the_pair() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": NEW_ACCESS,
            "refresh_token": NEW_REFRESH,
            "expires_in": u64::MAX,
        })))
        .mount(&server)
        .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, persisted, _) = refreshing_client(&server, None);
    client.get_stations_data().send().await.expect("works");
    let persisted = persisted.lock().expect("not poisoned");
    assert_eq!(persisted[0].refresh_token.expose(), NEW_REFRESH);
}

#[tokio::test]
async fn an_unreadable_token_answer_fails_that_call_but_does_not_end_refreshing() {
    let server = MockServer::start().await;
    token_endpoint_after(
        &server,
        vec![ResponseTemplate::new(200).set_body_string("<html>proxy</html>")],
    )
    .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, _, sleeper) = refreshing_client(&server, None);
    let error = client.get_stations_data().send().await.unwrap_err();
    // Not a refusal of the refresh token: nothing says to authorize again.
    match &error {
        Error::Decode { status, .. } => assert_eq!(status.as_u16(), 200),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
    assert!(
        !error
            .to_string()
            .contains("authorize the application again"),
        "{error}"
    );
    assert!(error.to_string().contains("cannot read"), "{error}");
    assert!(!error.is_retryable());
    assert!(sleeper.waits().is_empty());
    client
        .get_stations_data()
        .send()
        .await
        .expect("the next call refreshes again");
}

#[tokio::test(flavor = "current_thread")]
async fn a_token_answer_of_the_wrong_shape_is_a_decode_error_that_quotes_no_token() {
    let capture = Capture::default();
    let _guard = capture.install();
    let server = MockServer::start().await;
    // Tokens there, but a lifetime that is no number: serde would quote the string.
    let new_tail = NEW_REFRESH.rsplit('|').next().expect("a tail");
    Mock::given(path("/oauth2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": NEW_ACCESS,
            "refresh_token": NEW_REFRESH,
            "expires_in": new_tail,
        })))
        .mount(&server)
        .await;
    let (client, persisted, sleeper) = refreshing_client(&server, None);
    let error = client.get_stations_data().send().await.unwrap_err();
    let Error::Decode { path: at, body, .. } = &error else {
        panic!("expected Error::Decode, got {error:?}")
    };
    assert_eq!(at, "expires_in");
    assert!(body.contains("withheld"), "{body}");
    assert!(!error.is_retryable());
    assert_eq!(count(&server, "/oauth2/token").await, 1);
    assert_eq!(count(&server, "/getstationsdata").await, 0);
    assert!(sleeper.waits().is_empty());
    assert!(persisted.lock().expect("not poisoned").is_empty());

    // An authorization code whose answer has no refresh token: unreadable, not refused.
    Mock::given(path("/oauth2/code-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": NEW_ACCESS})))
        .mount(&server)
        .await;
    let code_app = OAuthApp::with_token_url(
        CLIENT_ID,
        CLIENT_SECRET,
        &format!("{}/oauth2/code-token", server.uri()),
    )
    .expect("valid");
    let no_refresh = code_app
        .exchange_code("the-code", "https://example.com/callback", &[])
        .await
        .expect_err("no refresh token");
    let Error::Decode { path: at, .. } = &no_refresh else {
        panic!("expected Error::Decode, got {no_refresh:?}")
    };
    assert_eq!(at, "refresh_token");

    let log = capture.text();
    let shown = format!("{error}\n{error:?}\n{no_refresh}\n{no_refresh:?}\n{log}");
    assert!(shown.contains("cannot read"), "{shown}");
    for secret in SECRETS {
        let tail = secret.rsplit('|').next().unwrap_or(secret);
        assert!(
            !shown.contains(tail),
            "part of a secret leaked: {tail}\n{shown}"
        );
    }
}

#[tokio::test]
async fn a_200_carrying_the_error_envelope_is_an_api_error_whatever_its_layout() {
    let server = MockServer::start().await;
    let answers: [(&str, &str); 4] = [
        (
            "status-first",
            r#"{"status":"error","error":{"code":21,"message":"Invalid id"}}"#,
        ),
        (
            "whitespace",
            "\n\n  {\n    \"error\": {\n      \"code\": 21,\n      \"message\": \"Invalid id\"\n    }\n  }\n",
        ),
        (
            "message-first",
            r#"{"time_server":1700000000,"error":{"message":"Invalid id","code":21}}"#,
        ),
        (
            "quota",
            r#"{"status":"error","error":{"code":26,"message":"User usage reached"}}"#,
        ),
    ];
    for (name, body) in answers {
        Mock::given(header("x-case", name))
            .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
            .mount(&server)
            .await;
    }
    // Successful answers that carry errors deeper down are answers, not errors.
    let partial = json!({"status": "ok", "time_server": 1, "body": {"errors": [{"code": 6, "id": "12:34:56:78:9a:bc"}]}});
    let nested = json!({"status": "ok", "body": {"status": "error", "error": {"code": 41, "message": "Device is unreachable"}}});
    for (name, body) in [("partial", &partial), ("nested", &nested)] {
        Mock::given(header("x-case", name))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    let call = |case: &'static str| {
        let request = Request::new(Method::GET, "/homestatus").header("x-case", Some(&case));
        let client = client.clone();
        async move {
            client
                .as_ref()
                .send_json::<serde_json::Value>(request)
                .await
        }
    };
    for case in ["status-first", "whitespace", "message-first"] {
        match call(case).await {
            Err(Error::Api { status, error, .. }) => {
                assert_eq!(status.as_u16(), 200, "{case}");
                assert_eq!(
                    ErrorCode::from_code(error.code),
                    ErrorCode::InvalidArg,
                    "{case}"
                );
                assert_eq!(error.message.as_deref(), Some("Invalid id"), "{case}");
            }
            other => panic!("{case}: expected Error::Api, got {other:?}"),
        }
    }
    // A used-up quota announced with 200 is a rate limit like any other: not retried.
    let quota = call("quota").await.expect_err("quota used up");
    assert_eq!(ErrorCode::of(&quota), Some(ErrorCode::MaxUsageReached));
    assert!(quota.is_rate_limited());
    assert_eq!(count(&server, "/homestatus").await, 4, "one request each");
    assert!(sleeper.waits().is_empty());

    assert_eq!(call("partial").await.expect("an answer"), partial);
    assert_eq!(call("nested").await.expect("an answer"), nested);
}

/// A server answering every GET with `template`, and a client with 3 attempts.
async fn always(template: ResponseTemplate) -> (MockServer, Client, Arc<RecordingSleeper>) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(template)
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(
        &format!("{}/api", server.uri()),
        RetryPolicy::default().max_attempts(3),
    );
    (server, client, sleeper)
}

#[tokio::test]
async fn overload_backs_off_but_a_used_up_quota_is_retried_only_when_the_server_says_when() {
    // Code 26 without Retry-After, with 429 (now) or 403 (before 2024): one request, and
    // the error says not to retry it soon.
    for status in [429, 403] {
        let (server, client, sleeper) = always(
            ResponseTemplate::new(status)
                .set_body_json(json!({"error": {"code": 26, "message": "User usage reached"}})),
        )
        .await;
        let err = client.get_stations_data().send().await.expect_err("quota");
        assert_eq!(ErrorCode::of(&err), Some(ErrorCode::MaxUsageReached));
        assert!(err.is_rate_limited(), "{err}");
        assert!(
            !err.is_retryable(),
            "{status}: a caller's own retry loop must not spend more quota"
        );
        assert_eq!(err.retry_after(), None);
        assert_eq!(count(&server, "/getstationsdata").await, 1, "{status}");
        assert!(sleeper.waits().is_empty(), "{status}");
    }
    // Code 26 with a Retry-After within max_wait: waited, then retried.
    let (server, client, sleeper) = always(
        ResponseTemplate::new(429)
            .insert_header("retry-after", "30")
            .set_body_json(json!({"error": {"code": 26, "message": "User usage reached"}})),
    )
    .await;
    let err = client.get_stations_data().send().await.expect_err("quota");
    assert!(err.is_retryable());
    assert_eq!(count(&server, "/getstationsdata").await, 3);
    assert_eq!(sleeper.waits(), [Duration::from_secs(30); 2]);
    // Overload (code 11) and a bare 429 back off and retry.
    for template in [
        ResponseTemplate::new(429).set_body_json(
            json!({"error": {"code": 11, "message": "Failed to enter concurrency limited section"}}),
        ),
        ResponseTemplate::new(429).set_body_string("Too Many Requests"),
    ] {
        let (server, client, sleeper) = always(template).await;
        let err = client.get_stations_data().send().await.expect_err("limited");
        assert!(err.is_rate_limited() && err.is_retryable(), "{err}");
        assert_eq!(count(&server, "/getstationsdata").await, 3, "{err}");
        assert_eq!(sleeper.waits().len(), 2, "{err}");
    }
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_waited_and_a_past_date_means_no_wait() {
    let date_in =
        |seconds: u64| httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(seconds));
    // 429, then 503 with a date already past, then success.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", date_in(60)))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_stations()))
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(
        &format!("{}/api", server.uri()),
        RetryPolicy::default().max_attempts(3),
    );
    client
        .get_stations_data()
        .send()
        .await
        .expect("succeeds after the waits");
    assert_eq!(count(&server, "/getstationsdata").await, 3);
    let waits = sleeper.waits();
    assert_eq!(waits.len(), 2, "{waits:?}");
    // The date has a one-second resolution; the margin allows a slow machine.
    assert!(
        waits[0] > Duration::from_secs(30) && waits[0] <= Duration::from_secs(60),
        "the date a minute ahead is waited: {waits:?}"
    );
    assert_eq!(waits[1], Duration::ZERO, "a past date means no wait");

    // A date further ahead than max_wait: returned, not slept, with how long to wait.
    let (server, client, sleeper) =
        always(ResponseTemplate::new(503).insert_header("retry-after", date_in(3600))).await;
    let err = client.get_stations_data().send().await.expect_err("503");
    let asked = err.retry_after().expect("Retry-After is read");
    assert!(
        asked > Duration::from_secs(3000) && asked <= Duration::from_secs(3600),
        "{asked:?}"
    );
    assert_eq!(count(&server, "/getstationsdata").await, 1);
    assert!(sleeper.waits().is_empty());
}

#[tokio::test]
async fn a_token_endpoint_asking_to_wait_is_waited() {
    let server = MockServer::start().await;
    token_endpoint_after(
        &server,
        vec![ResponseTemplate::new(429).insert_header("retry-after", "5")],
    )
    .await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (client, persisted, sleeper) = refreshing_client(&server, None);
    client
        .get_stations_data()
        .send()
        .await
        .expect("the second refresh works");
    assert_eq!(count(&server, "/oauth2/token").await, 2);
    assert_eq!(sleeper.waits(), [Duration::from_secs(5)]);
    assert_eq!(persisted.lock().expect("not poisoned").len(), 1);
}

#[tokio::test]
async fn the_current_access_token_is_used_whatever_the_builder_order() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    answer_ok_to(&server, OLD_ACCESS).await;
    let base = format!("{}/api", server.uri());
    let before = Client::builder()
        .base_url(&base)
        .current_access_token(OLD_ACCESS, in_3_hours())
        .refreshing_tokens(app(&server), OLD_REFRESH)
        .build()
        .expect("builds");
    let after = Client::builder()
        .base_url(&base)
        .refreshing_tokens(app(&server), OLD_REFRESH)
        .current_access_token(OLD_ACCESS, in_3_hours())
        .build()
        .expect("builds");
    for client in [before, after] {
        client
            .get_stations_data()
            .send()
            .await
            .expect("the current token works");
    }
    assert_eq!(count(&server, "/getstationsdata").await, 2);
    assert_eq!(
        count(&server, "/oauth2/token").await,
        0,
        "the given access token is used, not refreshed"
    );
}

#[tokio::test]
async fn a_refresh_only_app_needs_only_a_token_url() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let app = OAuthApp::with_token_url(
        CLIENT_ID,
        CLIENT_SECRET,
        &format!("{}/oauth2/token", server.uri()),
    )
    .expect("a loopback URL is allowed");
    let shown = format!("{app:?}");
    assert!(!shown.contains(CLIENT_SECRET), "{shown}");

    let err = app
        .authorize_url("https://example.com/callback", &["read_station"])
        .expect_err("no authorization URL");
    match &err {
        Error::InvalidRequest { message } => {
            assert!(message.contains("OAuthApp::with_urls"), "{message}")
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }

    let persisted: Arc<Mutex<Vec<Tokens>>> = Arc::default();
    let store = Arc::clone(&persisted);
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .refreshing_tokens(app.clone(), OLD_REFRESH)
        .on_token_refresh(move |tokens| store.lock().expect("not poisoned").push(tokens.clone()))
        .build()
        .expect("builds");
    client
        .get_stations_data()
        .send()
        .await
        .expect("refreshed against the given token URL");
    assert_eq!(count(&server, "/oauth2/token").await, 1);
    assert_eq!(
        persisted.lock().expect("not poisoned")[0]
            .refresh_token
            .expose(),
        NEW_REFRESH
    );
    // Exchanging a code needs only the token URL too.
    let tokens = app
        .exchange_code(
            "the-code",
            "https://example.com/callback",
            &["read_station"],
        )
        .await
        .expect("exchanged");
    assert_eq!(tokens.access_token.expose(), NEW_ACCESS);

    let err = OAuthApp::with_token_url(
        CLIENT_ID,
        CLIENT_SECRET,
        "http://api.netatmo.com/oauth2/token",
    )
    .expect_err("plain http elsewhere");
    assert!(err.to_string().contains("use https"), "{err}");
}

/// Waits for `future`, failing the test if it never completes: a guard against a deadlock
/// hanging the test run, not a timing assertion (nothing here takes more than a second).
async fn or_deadlock<F: Future>(what: &str, future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(60), future)
        .await
        .unwrap_or_else(|_| panic!("deadlock: {what} never happened"))
}

/// A token answer with the given pair.
fn pair(access: &str, refresh: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": 10800,
    }))
}

/// Answers getstationsdata, and says on a channel that it did.
struct AnswerAndSignal(tokio::sync::mpsc::UnboundedSender<()>);

impl wiremock::Respond for AnswerAndSignal {
    fn respond(&self, _: &wiremock::Request) -> ResponseTemplate {
        let _ = self.0.send(());
        ResponseTemplate::new(200).set_body_json(ok_stations())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_hook_does_not_hold_up_requests_using_the_new_token() {
    let server = MockServer::start().await;
    token_endpoint_after(&server, vec![]).await;
    answer_ok_to(&server, NEW_ACCESS).await;
    let (entered, mut hook_entered) = tokio::sync::mpsc::unbounded_channel::<String>();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let released = Mutex::new(released);
    let persisted: Arc<Mutex<Vec<Tokens>>> = Arc::default();
    let store = Arc::clone(&persisted);
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .refreshing_tokens(app(&server), OLD_REFRESH)
        // Expired already: the first request refreshes.
        .current_access_token(OLD_ACCESS, SystemTime::now())
        .on_token_refresh(move |tokens| {
            let _ = entered.send(tokens.refresh_token.expose().to_owned());
            // A slow file write: blocked until the test releases it (or drops `release`).
            let _ = released.lock().expect("not poisoned").recv();
            store.lock().expect("not poisoned").push(tokens.clone());
        })
        .build()
        .expect("builds");
    let call = || {
        let client = client.clone();
        tokio::spawn(async move { client.get_stations_data().send().await.map(drop) })
    };
    let first = call();
    let refreshed = or_deadlock("the hook call", hook_entered.recv()).await;
    assert_eq!(refreshed.as_deref(), Some(NEW_REFRESH));

    // The hook is blocked: other requests still get the new token and complete.
    let others: Vec<_> = (0..3).map(|_| call()).collect();
    for other in others {
        or_deadlock("a request while the hook is blocked", other)
            .await
            .expect("task completes")
            .expect("request succeeds");
    }
    assert!(
        !first.is_finished(),
        "the call that refreshed returns only once the hook has returned"
    );
    assert!(persisted.lock().expect("not poisoned").is_empty());

    release.send(()).expect("the hook waits");
    or_deadlock("the refreshing call", first)
        .await
        .expect("task completes")
        .expect("request succeeds");
    assert_eq!(
        persisted.lock().expect("not poisoned").len(),
        1,
        "persisted once"
    );
    assert_eq!(count(&server, "/oauth2/token").await, 1);
    assert_eq!(
        count(&server, "/getstationsdata").await,
        4,
        "all with the new token"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hooks_run_in_refresh_order_even_when_the_first_is_slow() {
    const ACCESS_2: &str = "5c8f0e1d2b3a4c5d6e7f8091|second0access0eeeeeeeeeeeeeeeeee";
    const REFRESH_2: &str = "5c8f0e1d2b3a4c5d6e7f8091|second0refresh0ffffffffffffffffff";
    let server = MockServer::start().await;
    // The first refresh gives a pair the API refuses as expired; the second a good one.
    Mock::given(path("/oauth2/token"))
        .respond_with(pair(NEW_ACCESS, NEW_REFRESH))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth2/token"))
        .respond_with(pair(ACCESS_2, REFRESH_2))
        .mount(&server)
        .await;
    refuse_as_expired(&server, NEW_ACCESS).await;
    let (answered, mut second_token_used) = tokio::sync::mpsc::unbounded_channel();
    Mock::given(header("authorization", format!("Bearer {ACCESS_2}")))
        .respond_with(AnswerAndSignal(answered))
        .mount(&server)
        .await;

    let (entered, mut hook_entered) = tokio::sync::mpsc::unbounded_channel::<String>();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let released = Mutex::new(released);
    let events: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = Arc::clone(&events);
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .refreshing_tokens(app(&server), OLD_REFRESH)
        .on_token_refresh(move |tokens| {
            let refresh = tokens.refresh_token.expose();
            log.lock()
                .expect("not poisoned")
                .push(format!("start {refresh}"));
            let _ = entered.send(refresh.to_owned());
            if refresh == NEW_REFRESH {
                // The first pair's hook is slow.
                let _ = released.lock().expect("not poisoned").recv();
            }
            log.lock()
                .expect("not poisoned")
                .push(format!("end {refresh}"));
        })
        .build()
        .expect("builds");
    let call = {
        let client = client.clone();
        tokio::spawn(async move { client.get_stations_data().send().await.map(drop) })
    };
    // First refresh, whose hook blocks; the API refuses its token; second refresh; the
    // request goes out with the second token, all while the first hook is still blocked.
    let first = or_deadlock("the first hook call", hook_entered.recv()).await;
    assert_eq!(first.as_deref(), Some(NEW_REFRESH));
    or_deadlock(
        "the request with the second token",
        second_token_used.recv(),
    )
    .await;
    assert_eq!(count(&server, "/oauth2/token").await, 2);
    assert_eq!(
        *events.lock().expect("not poisoned"),
        [format!("start {NEW_REFRESH}")],
        "the second pair waits for the first hook"
    );

    release.send(()).expect("the hook waits");
    or_deadlock("the call", call)
        .await
        .expect("task completes")
        .expect("request succeeds");
    assert_eq!(
        *events.lock().expect("not poisoned"),
        [
            format!("start {NEW_REFRESH}"),
            format!("end {NEW_REFRESH}"),
            format!("start {REFRESH_2}"),
            format!("end {REFRESH_2}"),
        ],
        "one hook at a time, the older pair first"
    );
}

#[tokio::test]
async fn a_panicking_hook_loses_neither_the_pair_nor_later_hooks() {
    const ACCESS_2: &str = "5c8f0e1d2b3a4c5d6e7f8091|second0access0eeeeeeeeeeeeeeeeee";
    const REFRESH_2: &str = "5c8f0e1d2b3a4c5d6e7f8091|second0refresh0ffffffffffffffffff";
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(pair(NEW_ACCESS, NEW_REFRESH))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth2/token"))
        .respond_with(pair(ACCESS_2, REFRESH_2))
        .mount(&server)
        .await;
    refuse_as_expired(&server, NEW_ACCESS).await;
    answer_ok_to(&server, ACCESS_2).await;
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let log = Arc::clone(&seen);
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .refreshing_tokens(app(&server), OLD_REFRESH)
        .on_token_refresh(move |tokens| {
            let refresh = tokens.refresh_token.expose().to_owned();
            log.lock().expect("not poisoned").push(refresh.clone());
            assert_ne!(refresh, NEW_REFRESH, "the disk is full");
        })
        .build()
        .expect("builds");
    // Refresh (its hook panics), the token refused, refresh again with the new refresh
    // token, success.
    client
        .get_stations_data()
        .send()
        .await
        .expect("the pair whose hook panicked is used all the same");
    assert_eq!(
        *seen.lock().expect("not poisoned"),
        [NEW_REFRESH, REFRESH_2]
    );
    let requests = server.received_requests().await.expect("recording is on");
    let refreshed_with: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path() == "/oauth2/token")
        .map(|r| {
            url::form_urlencoded::parse(&r.body)
                .find(|(k, _)| k == "refresh_token")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(refreshed_with, [OLD_REFRESH, NEW_REFRESH]);
}

#[tokio::test]
async fn a_retry_after_date_is_measured_from_the_answer_s_date_not_this_clock() {
    // A server whose clock is an hour behind this one: its "30 s from now" is an hour past
    // here. Measured from its own `Date`, the wait is 30 s, not none.
    let server_now = SystemTime::now() - Duration::from_secs(3600);
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("date", httpdate::fmt_http_date(server_now))
                .insert_header(
                    "retry-after",
                    httpdate::fmt_http_date(server_now + Duration::from_secs(30)),
                ),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_stations()))
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(&format!("{}/api", server.uri()), RetryPolicy::default());
    client
        .get_stations_data()
        .send()
        .await
        .expect("succeeds after the wait");
    assert_eq!(sleeper.waits(), [Duration::from_secs(30)]);
}

#[tokio::test]
async fn a_used_up_quota_whose_wait_is_already_over_is_not_sent_again_at_once() {
    // Code 26 with a Retry-After date already past (a skewed clock): a wait of zero is no
    // "when", and three requests in a row would spend a quota that is used up.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")
                .set_body_json(json!({"error": {"code": 26, "message": "User usage reached"}})),
        )
        .mount(&server)
        .await;
    let (client, sleeper) = plain_client(
        &format!("{}/api", server.uri()),
        RetryPolicy::default().max_attempts(3),
    );
    let err = client
        .get_stations_data()
        .send()
        .await
        .expect_err("quota used up");
    assert!(err.is_rate_limited() && !err.is_retryable(), "{err}");
    assert_eq!(count(&server, "/getstationsdata").await, 1);
    assert!(sleeper.waits().is_empty());
}
