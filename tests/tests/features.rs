//! The clients generated from the feature specs (`tests/specs/`, compiled by the
//! `feature-specs` crate), used as a user would: against a local server, checking what
//! goes over the wire and what comes back.

use feature_specs::security;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// What a request carried that a credential could travel in.
fn credentials_sent(request: &Request) -> (Option<String>, Option<String>, Option<String>) {
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .map(|v| v.to_str().expect("ASCII").to_owned())
    };
    let query_key = request
        .url
        .query_pairs()
        .find(|(k, _)| k == "api_key")
        .map(|(_, v)| v.into_owned());
    (header("authorization"), header("x-api-key"), query_key)
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["a", "b"]))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/admin"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(200).set_body_json("up"))
        .mount(&server)
        .await;
    server
}

/// A client holding every kind of credential.
fn fully_configured(server: &MockServer) -> security::Client {
    security::Client::builder()
        .base_url(server.uri())
        .access_token("the-token")
        .basic_auth("ada", "open sesame")
        .api_key("header_key", "header-secret")
        .api_key("query_key", "query-secret")
        .build()
        .expect("a valid client")
}

async fn last_request(server: &MockServer) -> Request {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .pop()
        .expect("a request arrived")
}

#[tokio::test]
async fn each_operation_sends_the_credentials_its_spec_names_and_no_others() {
    let server = server().await;
    let client = fully_configured(&server);

    // The spec-wide requirement: OAuth2.
    assert_eq!(client.list_things().send().await.unwrap(), ["a", "b"]);
    assert_eq!(
        credentials_sent(&last_request(&server).await),
        (Some("Bearer the-token".to_owned()), None, None)
    );

    // Header key or query key: the first alternative the client can satisfy.
    client.add_thing("lamp").send().await.unwrap();
    assert_eq!(
        credentials_sent(&last_request(&server).await),
        (None, Some("header-secret".to_owned()), None)
    );

    // Basic and the header key together.
    client.reset_all().send().await.unwrap();
    assert_eq!(
        credentials_sent(&last_request(&server).await),
        (
            // base64("ada:open sesame")
            Some("Basic YWRhOm9wZW4gc2VzYW1l".to_owned()),
            Some("header-secret".to_owned()),
            None
        )
    );

    // `security: []`: nothing at all, though the client has everything.
    assert_eq!(client.health().send().await.unwrap(), "up");
    assert_eq!(
        credentials_sent(&last_request(&server).await),
        (None, None, None)
    );
}

#[tokio::test]
async fn a_query_key_is_used_when_it_is_the_only_credential_that_fits() {
    let server = server().await;
    let client = security::Client::builder()
        .base_url(server.uri())
        .access_token("the-token")
        .api_key("query_key", "query secret&=")
        .build()
        .unwrap();
    client.add_thing("lamp").send().await.unwrap();
    let request = last_request(&server).await;
    assert_eq!(
        credentials_sent(&request),
        (None, None, Some("query secret&=".to_owned()))
    );
    // The operation's own parameter is still there, and the key is properly encoded.
    assert!(
        request
            .url
            .query_pairs()
            .any(|(k, v)| k == "name" && v == "lamp")
    );
}

#[tokio::test]
async fn without_the_needed_credentials_the_request_goes_bare_and_the_server_decides() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/admin"))
        .respond_with(ResponseTemplate::new(401).set_body_string("who are you?"))
        .mount(&server)
        .await;
    // Basic alone does not satisfy "basic and header key".
    let client = security::Client::builder()
        .base_url(server.uri())
        .basic_auth("ada", "open sesame")
        .build()
        .unwrap();
    let error = client.reset_all().send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(
        credentials_sent(&last_request(&server).await),
        (None, None, None)
    );
}

#[tokio::test]
async fn credentials_show_in_no_debug_output_and_no_error() {
    let server = server().await;
    let client = fully_configured(&server);
    let debug = format!("{client:?} {:?}", client.add_thing("lamp"));
    for secret in ["the-token", "open sesame", "header-secret", "query-secret"] {
        assert!(!debug.contains(secret), "{secret} in {debug}");
    }
    assert!(debug.contains("header_key") && debug.contains("ada"), "{debug}");

    // A transport error on a request that carries the key in its URL.
    let unreachable = security::Client::builder()
        .base_url("http://127.0.0.1:9")
        .api_key("query_key", "query-secret")
        .build()
        .unwrap();
    let error = unreachable.add_thing("lamp").send().await.unwrap_err();
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains("query-secret"), "{shown}");
}

#[tokio::test]
async fn an_operation_whose_only_scheme_is_unusable_sends_the_access_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/session"))
        .and(header("authorization", "Bearer the-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": 1})))
        .expect(1)
        .mount(&server)
        .await;
    let client = fully_configured(&server);
    let answer = client.session_info().send().await.unwrap();
    assert_eq!(answer["id"], 1);
}
