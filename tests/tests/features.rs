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
    assert!(
        debug.contains("header_key") && debug.contains("ada"),
        "{debug}"
    );

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
async fn an_api_key_never_follows_a_redirect_to_another_server() {
    let elsewhere = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/things"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("location", format!("{}/stolen", elsewhere.uri())),
        )
        .mount(&server)
        .await;
    let client = fully_configured(&server);
    let error = client.add_thing("lamp").send().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307), "{error}");
    assert!(elsewhere.received_requests().await.unwrap().is_empty());

    // On the same server, a redirect is followed, the key with it.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", "/things/v2"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/things/v2"))
        .and(header("x-api-key", "header-secret"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    fully_configured(&server)
        .add_thing("lamp")
        .send()
        .await
        .unwrap();
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

mod uploads {
    use feature_specs::uploads::{self, runtime::Upload};
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::last_request;

    /// The boundary a request's `multipart/form-data` body uses.
    fn boundary(request: &wiremock::Request) -> String {
        let content_type = request.headers["content-type"].to_str().unwrap();
        content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap_or_else(|| panic!("not multipart: {content_type}"))
            .to_owned()
    }

    /// A multipart body, part by part: (headers, contents).
    fn parts(request: &wiremock::Request) -> Vec<(String, Vec<u8>)> {
        let delimiter = format!("--{}", boundary(request));
        let body = &request.body;
        let mut parts = Vec::new();
        let mut rest: &[u8] = body;
        // Each part: delimiter CRLF headers CRLF CRLF contents CRLF; the last delimiter ends in `--`.
        loop {
            assert!(rest.starts_with(delimiter.as_bytes()), "a delimiter");
            rest = &rest[delimiter.len()..];
            if rest == b"--\r\n" {
                return parts;
            }
            rest = rest.strip_prefix(b"\r\n").expect("CRLF after a delimiter");
            let end_of_headers = rest.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            let headers = String::from_utf8(rest[..end_of_headers].to_vec()).unwrap();
            rest = &rest[end_of_headers + 4..];
            let next = format!("\r\n{delimiter}");
            let end = rest
                .windows(next.len())
                .position(|w| w == next.as_bytes())
                .expect("the part ends at a delimiter");
            parts.push((headers, rest[..end].to_vec()));
            rest = &rest[end + 2..];
        }
    }

    #[tokio::test]
    async fn files_and_fields_travel_as_multipart_parts() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/photos"))
            .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "p1"})))
            .mount(&server)
            .await;
        let client = uploads::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        let jpeg = vec![0xff, 0xd8, 0xff, 0x00, b'\r', b'\n', b'-', b'-'];
        let stored = client
            .upload_photo(
                Upload::new(jpeg.clone())
                    .file_name("front \"door\".jpg")
                    .content_type("image/jpeg"),
            )
            .caption("Hiver & été")
            .tags(["a", "b"])
            .thumbnail(vec![1u8, 2, 3])
            .send()
            .await
            .unwrap();
        assert_eq!(stored.id.as_deref(), Some("p1"));

        let request = last_request(&server).await;
        let parts = parts(&request);
        let expected: Vec<(String, Vec<u8>)> = vec![
            (
                "Content-Disposition: form-data; name=\"photo\"; filename=\"front %22door%22.jpg\"\r\nContent-Type: image/jpeg".to_owned(),
                jpeg,
            ),
            (
                "Content-Disposition: form-data; name=\"caption\"".to_owned(),
                "Hiver & été".as_bytes().to_vec(),
            ),
            ("Content-Disposition: form-data; name=\"tags\"".to_owned(), b"a".to_vec()),
            ("Content-Disposition: form-data; name=\"tags\"".to_owned(), b"b".to_vec()),
            (
                "Content-Disposition: form-data; name=\"thumbnail\"; filename=\"thumbnail\"\r\nContent-Type: application/octet-stream".to_owned(),
                vec![1, 2, 3],
            ),
        ];
        assert_eq!(parts, expected);
    }

    #[tokio::test]
    async fn a_form_the_operation_takes_only_as_multipart_is_sent_so_and_a_file_answer_is_bytes() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/notes"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/photos/p%201"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(vec![0xff, 0xd8], "image/jpeg"))
            .mount(&server)
            .await;
        let client = uploads::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        client.add_note("remember the milk").send().await.unwrap();
        let request = last_request(&server).await;
        assert_eq!(
            parts(&request),
            [(
                "Content-Disposition: form-data; name=\"text\"".to_owned(),
                b"remember the milk".to_vec()
            )]
        );
        assert_eq!(
            client.download_photo("p 1").send().await.unwrap(),
            [0xff, 0xd8]
        );
    }

    #[tokio::test]
    async fn an_upload_is_sent_again_whole_when_the_first_attempt_fails() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/legacy"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/legacy"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let client = uploads::Client::builder()
            .base_url(server.uri())
            .retry_policy(uploads::runtime::RetryPolicy::default().retry_non_idempotent(true))
            .sleeper(std::sync::Arc::new(NoWait))
            .build()
            .unwrap();
        client
            .legacy_upload(b"payload".to_vec())
            .send()
            .await
            .unwrap();
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].body, requests[1].body);
        assert_eq!(parts(&requests[1])[0].1, b"payload");
    }

    #[derive(Debug)]
    struct NoWait;

    impl uploads::runtime::Sleeper for NoWait {
        fn sleep(
            &self,
            _: std::time::Duration,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + '_>> {
            Box::pin(async {})
        }
    }
}

mod polymorphism {
    use feature_specs::polymorphism::models::{Cat, CatHuntingSkill, Dog, Pet};
    use feature_specs::polymorphism::{self, Error};
    use serde_json::json;
    use wiremock::matchers::{body_json, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    async fn client_answering(answer: serde_json::Value) -> (MockServer, polymorphism::Client) {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/pets"))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer))
            .mount(&server)
            .await;
        let client = polymorphism::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        (server, client)
    }

    #[tokio::test]
    async fn the_discriminator_picks_the_subtype_and_nothing_is_lost() {
        let answer = json!([
            {"name": "Tom", "petType": "Cat", "huntingSkill": "lazy",
             "rival": {"name": "Rex", "petType": "dog", "packSize": 3}},
            {"name": "Rex", "petType": "dog", "packSize": 3},
            {"name": "Simba", "petType": "Lion", "prideSize": 5},
            {"name": "Nemo", "petType": "Fish"},
            {"name": "Polly", "petType": "Parrot", "wings": 2},
            {"name": "Kit", "petType": "Kitten"}
        ]);
        let (_server, client) = client_answering(answer.clone()).await;
        let pets = client.list_pets().send().await.unwrap();

        let Pet::Cat(tom) = &pets[0] else {
            panic!("{:?}", pets[0])
        };
        assert_eq!(tom.hunting_skill, Some(CatHuntingSkill::Lazy));
        assert!(matches!(tom.rival.as_deref(), Some(Pet::Dog(rex)) if rex.pack_size == 3));
        assert!(matches!(&pets[1], Pet::Dog(rex) if rex.name == "Rex" && rex.pack_size == 3));
        assert!(matches!(&pets[2], Pet::Lion(simba) if simba.pride_size == Some(5)));
        assert!(matches!(&pets[3], Pet::Fish(nemo) if nemo.name == "Nemo"));
        // A kind the spec does not know: the common fields, the rest kept.
        let Pet::Other(polly) = &pets[4] else {
            panic!("{:?}", pets[4])
        };
        assert_eq!(polly.pet_type, "Parrot");
        assert_eq!(polly.extra["wings"], 2);
        // A subtype with nothing of its own is still a kind of its own.
        assert!(matches!(&pets[5], Pet::Kitten(kit) if kit.name == "Kit"));

        assert_eq!(serde_json::to_value(&pets).unwrap(), answer);
    }

    #[tokio::test]
    async fn a_subtype_missing_its_own_required_field_is_a_decode_error_naming_it() {
        let (_server, client) = client_answering(json!([{"name": "Rex", "petType": "dog"}])).await;
        let error = client.list_pets().send().await.unwrap_err();
        assert!(matches!(error, Error::Decode { .. }), "{error:?}");
        assert!(error.to_string().contains("packSize"), "{error}");
    }

    #[tokio::test]
    async fn a_subtype_made_with_new_carries_its_discriminator() {
        let (server, client) = client_answering(json!([])).await;
        for sent in [
            json!({"name": "Tom", "petType": "Cat"}),
            json!({"name": "Rex", "petType": "dog", "packSize": 2}),
        ] {
            Mock::given(method("POST"))
                .and(path("/pets"))
                .and(body_json(sent))
                .respond_with(ResponseTemplate::new(204))
                .expect(1)
                .mount(&server)
                .await;
        }
        client.add_pet(Cat::new("Tom")).send().await.unwrap();
        client.add_pet(Dog::new("Rex", 2)).send().await.unwrap();
    }
}

mod formats {
    use feature_specs::formats;
    use feature_specs::formats::models::Account;
    use serde_json::json;
    use wiremock::matchers::{body_string, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[test]
    fn a_uint64_holds_what_an_i64_cannot_and_round_trips() {
        // Netatmo's device_event pushes carry a correlation_id above i64::MAX.
        let json = json!({"id": 1, "login": "ada", "password": "p", "correlation": 13_915_705_160_800_893_000_u64});
        let account: Account = serde_json::from_value(json.clone()).expect("decodes");
        assert_eq!(account.correlation, Some(13_915_705_160_800_893_000));
        assert_eq!(serde_json::to_value(&account).expect("encodes"), json);
        // A negative one is no u64: kept as received, as any value of another type.
        let negative = json!({"id": 1, "login": "ada", "password": "p", "correlation": -5});
        let account: Account = serde_json::from_value(negative.clone()).expect("decodes");
        assert_eq!(account.correlation, None);
        assert_eq!(serde_json::to_value(&account).expect("encodes"), negative);
    }

    #[test]
    fn numbers_have_their_formats_width_and_text_formats_stay_text() {
        let account: Account = serde_json::from_value(json!({
            "id": 9_007_199_254_740_993_i64, "logins": 7, "ratio": 0.5, "score": 0.25,
            "avatar": "aGk=", "birthday": "1815-12-10", "created": "2024-01-31T08:00:00Z",
            "login": "ada", "password": "hunter2"
        }))
        .unwrap();
        let (id, logins, ratio, score): (i64, Option<i32>, Option<f32>, Option<f64>) =
            (account.id, account.logins, account.ratio, account.score);
        assert_eq!(
            (id, logins, ratio, score),
            (9_007_199_254_740_993, Some(7), Some(0.5), Some(0.25))
        );
        assert_eq!(account.created.as_deref(), Some("2024-01-31T08:00:00Z"));
        // An int32 field takes no value that does not fit: optional, it is None (the value
        // kept in `extra`, see the tolerance module below); required, an error.
        let too_big = json!({"id": 1, "login": "a", "password": "p", "logins": 4_294_967_296_i64});
        let account: Account = serde_json::from_value(too_big).unwrap();
        assert_eq!(account.logins, None);
        assert_eq!(account.extra["logins"], json!(4_294_967_296_i64));
        let too_big = json!({"id": 1e19, "login": "a", "password": "p"});
        assert!(serde_json::from_value::<Account>(too_big).is_err());
    }

    #[test]
    fn passwords_are_sent_but_never_shown() {
        let mut account = Account::new(1, "ada", "hunter2");
        account.pin = Some("0000-secret".to_owned());
        let debug = format!("{account:?} {account:#?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("0000-secret"),
            "{debug}"
        );
        assert!(
            debug.contains("ada") && debug.contains("<redacted>"),
            "{debug}"
        );
        let wire = serde_json::to_value(&account).unwrap();
        assert_eq!(wire["password"], "hunter2");
        assert_eq!(wire["pin"], "0000-secret");
    }

    #[tokio::test]
    async fn a_password_parameter_is_sent_and_redacted_in_the_request_s_debug() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/session"))
            .and(body_string("login=ada&password=hunter2&otp=123456"))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(&server)
            .await;
        let client = formats::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        let request = client.log_in("ada", "hunter2").otp("123456");
        let debug = format!("{request:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("123456"),
            "{debug}"
        );
        assert!(debug.contains("ada"), "{debug}");
        request.send().await.unwrap();
    }
}

mod responses {
    use feature_specs::responses::models::{CreateError400, CreateError404, Problem};
    use feature_specs::responses::{self, Error};
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    async fn answering(status: u16, body: serde_json::Value) -> Error {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/created"))
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&server)
            .await;
        let client = responses::Client::builder()
            .base_url(server.uri())
            .retry_policy(responses::runtime::RetryPolicy::never())
            .build()
            .unwrap();
        client.create().send().await.unwrap_err()
    }

    #[tokio::test]
    async fn a_documented_error_answer_decodes_as_its_schema() {
        let error = answering(404, json!({"missing": "shelf"})).await;
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
        let body: CreateError404 = error.body_json().expect("an error status").unwrap();
        assert_eq!(body.missing, "shelf");

        let error = answering(500, json!({"title": "Broken", "status": 500})).await;
        let problem: Problem = error.body_json().expect("an error status").unwrap();
        assert_eq!(
            (problem.title.as_deref(), problem.status),
            (Some("Broken"), Some(500))
        );
        // The body is kept whole for decoding; Debug shows its excerpt once, not twice.
        let debug = format!("{error:?}");
        assert_eq!(debug.matches("Broken").count(), 1, "{debug}");
        assert!(debug.contains("ErrorBody(<31 bytes>)"), "{debug}");
    }

    #[tokio::test]
    async fn an_error_in_the_envelope_keeps_what_is_beside_it() {
        let error = answering(
            400,
            json!({"error": {"code": 21, "message": "Invalid arg"}, "details": ["name"]}),
        )
        .await;
        assert_eq!(error.api_code(), Some(21));
        let body: CreateError400 = error.body_json().expect("an error answer").unwrap();
        assert_eq!(body.details, ["name"]);
    }

    #[tokio::test]
    async fn an_error_body_of_another_shape_is_a_decode_error_not_a_panic() {
        let error = answering(404, json!({"unexpected": true})).await;
        let decoded = error
            .body_json::<CreateError404>()
            .expect("an error status");
        assert!(decoded.unwrap_err().to_string().contains("missing"));
    }
}

mod parameters {
    use feature_specs::parameters;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::last_request;

    #[tokio::test]
    async fn every_collection_format_and_a_list_of_lists_go_on_the_wire_as_specified() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/api/grid/1.5,-2"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(serde_json::json!([[1, 2], [3]])),
            )
            .mount(&server)
            .await;
        let client = parameters::Client::builder()
            .base_url(format!("{}/api", server.uri()))
            .build()
            .unwrap();
        let grid = client
            .get_grid(vec![1.5, -2.0], vec![vec![1, 2], vec![3]])
            .words(["north", "east"])
            .x_tags(["a", "b c"])
            .rows(vec![
                vec!["x".to_owned(), "y".to_owned()],
                vec!["z".to_owned()],
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(grid, [vec![1, 2], vec![3]]);

        let request = last_request(&server).await;
        let pairs: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        let pair = |k: &str, v: &str| (k.to_owned(), v.to_owned());
        assert_eq!(
            pairs,
            [
                pair("cells", "1|2,3"),
                pair("words", "north east"),
                pair("rows", "x,y"),
                pair("rows", "z"),
            ]
        );
        assert_eq!(request.headers["x-tags"], "a\tb c");
    }
}

mod lengths {
    use feature_specs::parameters::{self, Error};
    use wiremock::MockServer;

    #[tokio::test]
    async fn strings_and_lists_outside_their_lengths_are_refused_before_sending() {
        let server = MockServer::start().await;
        let client = parameters::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        let refused = |e: Error| match e {
            Error::InvalidRequest { message } => message,
            other => panic!("not refused before sending: {other:?}"),
        };
        // Characters, not bytes: `é` is one character (in two bytes).
        let short = client.set_mode("h", "é").send().await.unwrap_err();
        assert_eq!(
            refused(short),
            "parameter `mode` must have at least 2 characters, not 1"
        );
        let long = client.set_mode("h", "ninechars").send().await.unwrap_err();
        assert_eq!(
            refused(long),
            "parameter `mode` must have at most 8 characters, not 9"
        );
        let many = client
            .get_grid(vec![0.0], vec![vec![1]])
            .words(["a", "b", "c", "d"])
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            refused(many),
            "parameter `words` must have at most 3 items, not 4"
        );
        let none = client
            .get_grid(vec![0.0], vec![vec![1]])
            .words(Vec::<String>::new())
            .send()
            .await
            .unwrap_err();
        assert_eq!(refused(none), "parameter `words` must not be empty");
        assert!(
            server.received_requests().await.unwrap().is_empty(),
            "nothing was sent"
        );
    }
}

mod names {
    use feature_specs::names;
    use feature_specs::names::models::{HomeData, HomeData2, Meta};
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::last_request;

    #[tokio::test]
    async fn odd_wire_names_keep_their_spelling_on_the_wire() {
        let answer = json!({"data": {
            "type": "t", "self": "s", "2nd place": "p", "x-rate.limit": 5, "$id": "i",
            "température": 21.5, "with space": true, "Self": "S", "_": "u",
            "crème": {"sugar": 2}
        }});
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/homes/h%201"))
            .respond_with(ResponseTemplate::new(200).set_body_json(answer.clone()))
            .mount(&server)
            .await;
        let client = names::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        let home: HomeData2 = client
            .get_home_data("h 1")
            .page_size(20)
            .filter("a eq 1")
            .n2fa(true)
            .type_("x")
            .x_api_version("2")
            .send()
            .await
            .unwrap();
        let data: &HomeData = home.data.as_ref().unwrap();
        assert_eq!(data.type_.as_deref(), Some("t"));
        assert_eq!(data.n2nd_place.as_deref(), Some("p"));
        assert_eq!(data.temperature, Some(21.5));
        assert_eq!(data.self_2.as_deref(), Some("S"));
        assert_eq!(data.creme.as_ref().and_then(|c| c.sugar), Some(2));
        assert!(
            data.extra.is_empty(),
            "every property has its field: {:?}",
            data.extra
        );
        assert_eq!(serde_json::to_value(&home).unwrap(), answer);

        let request = last_request(&server).await;
        let keys: Vec<String> = request
            .url
            .query_pairs()
            .map(|(k, _)| k.into_owned())
            .collect();
        assert_eq!(keys, ["page.size", "$filter", "2fa", "type"]);
        assert_eq!(request.headers["x-api-version"], "2");
    }

    #[test]
    fn enum_values_that_are_not_identifiers_each_get_a_variant() {
        let values = ["a-b", "a_b", "1", "", "Self", "a`b", "two\nlines"];
        let decoded: Vec<Meta> = serde_json::from_value(json!(values)).unwrap();
        assert!(decoded.iter().all(Meta::is_known), "{decoded:?}");
        let distinct: std::collections::BTreeSet<String> =
            decoded.iter().map(|m| format!("{m:?}")).collect();
        assert_eq!(distinct.len(), values.len());
        assert_eq!(serde_json::to_value(&decoded).unwrap(), json!(values));
    }
}

mod lenient {
    use feature_specs::lenient;
    use feature_specs::lenient::models::{ErrorType, Pet, User};
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::last_request;

    async fn client(server: &MockServer) -> lenient::Client {
        lenient::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn bare_name_refs_and_merged_yaml_anchors_are_typed_as_the_spec_means() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/users/al%20ice"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"name": "al ice", "pets": [{"name": "Rex"}]})),
            )
            .mount(&server)
            .await;
        // `$ref: User` is the User definition, `$ref: Pet` inside it the Pet one; `verbose`
        // is a boolean through its `<<: *flag` merge; `{username}`, which no parameter
        // declares, is an argument all the same.
        let user: User = client(&server)
            .await
            .get_user("al ice")
            .verbose(true)
            .send()
            .await
            .unwrap();
        assert_eq!(user.name, "al ice");
        // `type: [string, "null"]` and `required: true` on a property: both optional.
        let _: (Option<String>, Option<String>) = (user.nickname.clone(), user.email.clone());
        let nameless: User =
            serde_json::from_value(json!({"name": "n", "nickname": null})).unwrap();
        assert_eq!(nameless.nickname, None);
        let pets: &[Pet] = &user.pets;
        assert_eq!(pets[0].name.as_deref(), Some("Rex"));
        let request = last_request(&server).await;
        assert_eq!(request.url.query(), Some("verbose=true"));
    }

    #[tokio::test]
    async fn a_bare_name_response_ref_documents_the_error_answer() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "no"})))
            .mount(&server)
            .await;
        let error = client(&server)
            .await
            .get_user("bob")
            .send()
            .await
            .unwrap_err();
        let problem: ErrorType = error.body_json().expect("an error answer").unwrap();
        assert_eq!(problem.message.as_deref(), Some("no"));
    }

    #[tokio::test]
    async fn status_ranges_type_the_answers_and_credentials_come_from_the_client() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/reports"))
            .and(wiremock::matchers::header("authorization", "Bearer t0ken"))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({"name": "r"})))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(409).set_body_json(json!({"message": "busy"})))
            .mount(&server)
            .await;
        let client = lenient::Client::builder()
            .base_url(server.uri())
            .access_token("t0ken")
            .build()
            .unwrap();
        // `2XX` is the success answer; the `Authorization` parameter is not an argument.
        let report: Pet = client.get_report().send().await.unwrap();
        assert_eq!(report.name.as_deref(), Some("r"));
        // `4XX` documents the error answers.
        let error = client.get_report().send().await.unwrap_err();
        let problem: ErrorType = error.body_json().expect("an error answer").unwrap();
        assert_eq!(problem.message.as_deref(), Some("busy"));
    }

    #[tokio::test]
    async fn named_items_whose_names_start_with_x_are_items() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/search"))
            .and(wiremock::matchers::header("X-BingApis-SDK", "true"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"count": 3})))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(400).set_body_json(json!({"message": "bad"})))
            .mount(&server)
            .await;
        // `#/parameters/x-bingapis-sdk` is a required header, `#/parameters/x-limit` an
        // optional query parameter, `#/definitions/x-hits` the answer's type and
        // `#/responses/x-bad-query` the documented error answer.
        let client = client(&server).await;
        let hits: lenient::models::XHits = client.search("true").limit(5).send().await.unwrap();
        assert_eq!(hits.count, Some(3));
        let request = last_request(&server).await;
        assert_eq!(request.url.query(), Some("limit=5"));
        let error = client.search("true").send().await.unwrap_err();
        let problem: ErrorType = error.body_json().expect("an error answer").unwrap();
        assert_eq!(problem.message.as_deref(), Some("bad"));
    }

    #[tokio::test]
    async fn path_parameters_follow_the_path_not_the_spec_s_mistakes() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/users/al/pets/7"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"name": "Rex"})))
            .mount(&server)
            .await;
        // `pet` is not marked required but is in the path: an argument. `owner` is
        // declared but not in the path: left out, so there is no argument for it.
        let pet: Pet = client(&server).await.get_pet("al", 7).send().await.unwrap();
        assert_eq!(pet.name.as_deref(), Some("Rex"));
    }
}

#[test]
fn the_code_of_corpus_specs_and_of_mutated_specs_is_compiled_too() {
    // Parsing, which the corpus and smoke tests check, cannot see a name used twice or a
    // type that does not fit: this crate compiles a sample under deny(warnings).
    let count = |prefix: &str| {
        feature_specs::SPECS
            .iter()
            .filter(|s| s.starts_with(prefix))
            .count()
    };
    assert_eq!(count("mutation round "), 24, "{:?}", feature_specs::SPECS);
    assert!(count("tests/corpus/") >= 10, "{:?}", feature_specs::SPECS);
    assert!(count("tests/specs/") >= 19, "{:?}", feature_specs::SPECS);
}

mod collisions {
    use feature_specs::collisions;
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[tokio::test]
    async fn operations_named_like_the_client_s_own_methods_are_operations() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_string("\"ok\""))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/send"))
            .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
            .expect(1)
            .mount(&server)
            .await;
        // The constructors are the client's own: they make a client, not a request.
        let client: collisions::Client = collisions::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap();
        let _: Result<collisions::Client, _> = collisions::Client::new("token");
        // The runtime's names (send, send_text, base_url...) are the operations'.
        client.send().send().await.unwrap();
        assert_eq!(client.send_text().send().await.unwrap(), "\"ok\"");
        client.send_json().send().await.unwrap();
        client.send_once().send().await.unwrap();
        client.base_url().send().await.unwrap();
        client
            .as_ref()
            .send_empty(netatmo_runtime_request("/fmt"))
            .await
            .unwrap();
        client.runtime().send().await.unwrap();
        client.fmt().send().await.unwrap();
        client.send_with_meta().send_with_meta().await.unwrap();
        client.response().send().await.unwrap();
        client.oauth_app().send().await.unwrap();
        // Only the client's own `new`, `builder` and what its traits give move an operation
        // aside: `Client::from(runtime)` and `client.as_ref()` stay what they are.
        client.as_ref_2().send().await.unwrap();
        client.from_2().send().await.unwrap();
        client.new_2().send().await.unwrap();
        client.clone_2().send().await.unwrap();
        client
            .clone()
            .builder_2()
            .send_2("s")
            .client_2("c")
            .send()
            .await
            .unwrap();
        let paths: Vec<String> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .map(|r| r.url.path().to_owned())
            .collect();
        assert_eq!(
            paths,
            [
                "/send",
                "/send-text",
                "/send-json",
                "/send-once",
                "/base-url",
                "/fmt",
                "/runtime",
                "/fmt",
                "/send-with-meta",
                "/response",
                "/oauth-app",
                "/as-ref",
                "/from",
                "/new",
                "/clone",
                "/builder"
            ]
        );
        Mock::given(method("GET"))
            .and(path("/builder"))
            .and(query_param("send", "s"))
            .and(query_param("client", "c"))
            .respond_with(ResponseTemplate::new(200))
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
        client
            .builder_2()
            .send_2("s")
            .client_2("c")
            .send()
            .await
            .unwrap();
    }

    fn netatmo_runtime_request(path: &str) -> collisions::runtime::Request {
        collisions::runtime::Request::new(collisions::runtime::Method::GET, path)
    }
}

mod chosen_names {
    use feature_specs::chosen_names::Client;
    use feature_specs::chosen_names::models::{
        Color, Dimensions, Kind, Level, Mode, Mode2, Thing, ThingList,
    };
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[tokio::test]
    async fn chosen_names_name_the_types_and_equal_enums_share_one() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/things"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "things": [{"mode": "auto", "other_mode": "on", "size": {"width": 2.5}}]
            })))
            .mount(&server)
            .await;
        let client = Client::builder().base_url(server.uri()).build().unwrap();
        // The parameter and the property chose `Mode` for the same values: one type.
        let list: ThingList = client
            .list_things()
            .mode(Mode::Auto)
            .kinds([Kind::Small])
            .level(Level::from(2))
            .send()
            .await
            .unwrap();
        let thing: &Thing = &list.things[0];
        assert_eq!(thing.mode, Some(Mode::Auto));
        // Other values under the same name: a type of its own, numbered.
        assert_eq!(thing.other_mode, Some(Mode2::On));
        // An inline enum and a later definition that chose `Color` for the same values.
        let _: &Option<Color> = &thing.color;
        let size: &Dimensions = thing.size.as_ref().unwrap();
        assert_eq!(size.width, Some(2.5));
        let request = &server.received_requests().await.unwrap()[0];
        assert_eq!(request.url.query(), Some("mode=auto&kinds=small&level=2"));
    }
}

mod error_codes {
    use std::time::Duration;

    use feature_specs::error_codes::runtime::RetryPolicy;
    use feature_specs::error_codes::{Client, ErrorCode};
    use serde_json::json;
    use wiremock::matchers::path;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    async fn client(server: &MockServer) -> Client {
        Client::builder()
            .base_url(server.uri())
            .retry_policy(RetryPolicy::default().backoff(Duration::ZERO, Duration::ZERO))
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn the_spec_says_which_codes_the_client_acts_on() {
        let server = MockServer::start().await;
        // 7 means overloaded in this API: retried, then the answer.
        Mock::given(path("/ping"))
            .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {"code": 7}})))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(path("/ping"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
            .mount(&server)
            .await;
        let answer = client(&server).await.ping().send().await.unwrap();
        assert_eq!(answer.ok, Some(true));
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_code_is_named_and_only_acted_on_when_the_spec_says() {
        let server = MockServer::start().await;
        Mock::given(path("/ping"))
            .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {"code": 2}})))
            .mount(&server)
            .await;
        let err = client(&server).await.ping().send().await.unwrap_err();
        assert_eq!(ErrorCode::of(&err), Some(ErrorCode::BadInput));
        // Another API's "invalid token" is not this one's: no refresh, no retry.
        assert!(!err.is_token_rejected() && !err.is_retryable());
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        assert_eq!(ErrorCode::from_code(99), ErrorCode::Other(99));
        assert_eq!(
            (ErrorCode::Busy.code(), ErrorCode::Busy.to_string()),
            (7, "7".to_owned())
        );
    }
}

mod envelope {
    use feature_specs::envelope::models::Item;
    use feature_specs::envelope::{self, Client, Error};
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    async fn answering(route: &str, answer: serde_json::Value) -> (MockServer, Client) {
        let server = MockServer::start().await;
        Mock::given(path(route))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(answer)
                    .insert_header("x-request-cost", "1"),
            )
            .mount(&server)
            .await;
        let client = Client::builder().base_url(server.uri()).build().unwrap();
        (server, client)
    }

    #[tokio::test]
    async fn send_returns_the_data_and_send_with_meta_the_envelope_beside_it() {
        let answer = json!({
            "request_id": "r1", "server_time": 1_700_000_000, "shard": "eu",
            "data": [{"id": "a", "name": "A"}, {"id": "b"}]
        });
        let (_server, client) = answering("/items", answer).await;
        let items: Vec<Item> = client.list_items().send().await.unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].name.as_deref(), Some("A"));

        let answer = client.list_items().send_with_meta().await.unwrap();
        assert_eq!(answer.data, items);
        assert_eq!(answer.meta.request_id, "r1");
        assert_eq!(answer.meta.server_time, Some(1_700_000_000));
        // What the envelope does not list stays with the metadata.
        assert_eq!(answer.meta.extra["shard"], "eu");
        assert_eq!(answer.status, 200);
        assert_eq!(answer.headers["x-request-cost"], "1");
    }

    #[tokio::test]
    async fn required_data_optional_data_and_no_data() {
        let (_server, client) = answering("/count", json!({"request_id": "r", "data": 7})).await;
        let count: i64 = client.count().send().await.unwrap();
        assert_eq!(count, 7);

        let (_server, client) = answering("/done", json!({"request_id": "r"})).await;
        let (): () = client.done().send().await.unwrap();
        let meta = client.done().send_with_meta().await.unwrap().meta;
        assert_eq!(meta, envelope::models::Envelope::new("r"));
    }

    #[tokio::test]
    async fn an_answer_without_its_data_is_a_decode_error_at_the_data() {
        // A list of data reads as empty when absent, like any list.
        let (_server, client) = answering("/items", json!({"request_id": "r"})).await;
        assert!(client.list_items().send().await.unwrap().is_empty());
        // Other data must come.
        let (_server, client) = answering("/item", json!({"request_id": "r"})).await;
        let err = client.get_item().send().await.unwrap_err();
        let Error::Decode { path, source, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(path, "data");
        assert!(
            source.to_string().contains("missing field `data`"),
            "{source}"
        );
        // The envelope's own required field is checked as always.
        let (_server, client) = answering("/items", json!({"data": []})).await;
        let err = client.list_items().send().await.unwrap_err();
        assert!(matches!(&err, Error::Decode { .. }), "{err:?}");
    }

    #[tokio::test]
    async fn data_that_may_be_null_is_an_option_and_data_of_another_shape_an_error_at_it() {
        for (answer, expected) in [
            (json!({"request_id": "r", "data": "x"}), Some("x")),
            (json!({"request_id": "r", "data": null}), None),
            (json!({"request_id": "r"}), None),
        ] {
            let (_server, client) = answering("/maybe", answer).await;
            let data: Option<String> = client.maybe().send().await.unwrap();
            assert_eq!(data.as_deref(), expected);
        }
        // The data is what was asked for: another shape is an error at it, not "missing".
        let (_server, client) =
            answering("/item", json!({"request_id": "r", "data": "not an item"})).await;
        let err = client.get_item().send().await.unwrap_err();
        let Error::Decode { path, source, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(path, "data");
        assert!(!source.to_string().contains("missing"), "{source}");
    }

    #[tokio::test]
    async fn an_answer_that_is_more_than_the_envelope_is_returned_whole() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/raw"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"request_id": "r", "data": "x", "page": 2})),
            )
            .mount(&server)
            .await;
        let client = Client::builder().base_url(server.uri()).build().unwrap();
        let whole = client.raw().send().await.unwrap();
        assert_eq!((whole.data.as_deref(), whole.page), (Some("x"), Some(2)));
    }
}

mod media {
    use feature_specs::media;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use super::last_request;

    async fn client(server: &MockServer) -> media::Client {
        media::Client::builder()
            .base_url(server.uri())
            .build()
            .unwrap()
    }

    fn header<'r>(request: &'r wiremock::Request, name: &str) -> Vec<&'r str> {
        request
            .headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect()
    }

    #[tokio::test]
    async fn a_text_body_goes_as_it_is_with_the_consumed_type() {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .and(path("/notes/n1"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let note = "héllo & \"bye\"\n";
        client(&server)
            .await
            .put_note("n1", note)
            .send()
            .await
            .unwrap();
        let request = last_request(&server).await;
        assert_eq!(request.body, note.as_bytes(), "not a JSON string");
        assert_eq!(
            header(&request, "content-type"),
            ["text/plain; charset=utf-8"]
        );
        // No answer to ask for: reqwest's own `*/*`.
        assert_eq!(header(&request, "accept"), ["*/*"]);
    }

    #[tokio::test]
    async fn bytes_go_and_come_back_as_they_are() {
        let png: Vec<u8> = vec![0x89, b'P', b'N', b'G', 0, 0xff];
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .and(path("/avatars/me"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(png.clone(), "image/png"))
            .mount(&server)
            .await;
        let stored: Vec<u8> = client(&server)
            .await
            .put_avatar("me")
            .image(png.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(stored, png);
        let request = last_request(&server).await;
        assert_eq!(request.body, png);
        assert_eq!(header(&request, "content-type"), ["image/png"]);
        assert_eq!(header(&request, "accept"), ["image/png"]);
    }

    #[tokio::test]
    async fn bytes_named_by_a_definition_are_bytes_and_json_keeps_a_binary_string() {
        let server = MockServer::start().await;
        Mock::given(path("/blobs"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let client = client(&server).await;
        client.post_blob(vec![1u8, 2, 255]).send().await.unwrap();
        let request = last_request(&server).await;
        assert_eq!(request.body, [1, 2, 255]);
        assert_eq!(
            header(&request, "content-type"),
            ["application/octet-stream"]
        );
        // The spec's default consumes is JSON: a binary string travels as a JSON string.
        client.put_blob("AQL/").send().await.unwrap();
        let request = last_request(&server).await;
        assert_eq!(request.body, br#""AQL/""#);
        assert_eq!(header(&request, "content-type"), ["application/json"]);
    }

    #[tokio::test]
    async fn xml_is_text_the_caller_writes_and_reads() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/legacy"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_raw("<order><id>2</id></order>", "application/xml"),
            )
            .mount(&server)
            .await;
        let answer: String = client(&server)
            .await
            .post_legacy("<order><id>1</id></order>")
            .send()
            .await
            .unwrap();
        assert_eq!(answer, "<order><id>2</id></order>");
        let request = last_request(&server).await;
        assert_eq!(request.body, b"<order><id>1</id></order>");
        assert_eq!(header(&request, "content-type"), ["application/xml"]);
        assert_eq!(header(&request, "accept"), ["application/xml, text/xml"]);
    }

    #[tokio::test]
    async fn a_json_schema_goes_as_json_whatever_the_consumes_says() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/orders"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        let mut order = media::models::Order::new();
        order.id = Some(3);
        client(&server).await.add_order(order).send().await.unwrap();
        let request = last_request(&server).await;
        assert_eq!(request.body, br#"{"id":3}"#);
        assert_eq!(header(&request, "content-type"), ["application/json"]);
    }

    #[tokio::test]
    async fn json_answers_ask_for_the_json_type_the_spec_names_unless_the_caller_says_otherwise() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/orders"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([{"id": 1}])))
            .mount(&server)
            .await;
        let orders = client(&server).await.list_orders().send().await.unwrap();
        assert_eq!(orders[0].id, Some(1));
        let request = last_request(&server).await;
        assert_eq!(
            header(&request, "accept"),
            ["application/vnd.example.v2+json"],
            "the JSON type, not the XML one"
        );

        client(&server)
            .await
            .list_orders()
            .accept("application/json")
            .send()
            .await
            .unwrap();
        let request = last_request(&server).await;
        assert_eq!(
            header(&request, "accept"),
            ["application/json"],
            "one Accept"
        );
    }
}

mod tolerance {
    //! The tolerant reader on a spec with every kind of field (`tests/specs/tolerance.yaml`):
    //! numbers from their text, optional fields of another type kept in `extra` with a
    //! warning, and what stays an error.

    use feature_specs::tolerance;
    use feature_specs::tolerance::models::{
        Answer, Limits, Location, Reading, ReadingMeasured, Station, StationLevel,
    };
    use serde::de::DeserializeOwned;
    use serde_json::{Value, json};
    use tests::{Capture, first_difference, same_json};
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    /// A station with only its required fields.
    fn bare_station() -> Value {
        json!({"id": "s1", "temperature": 21.5, "updated": 1_700_000_000})
    }

    /// An answer around a station with `fields` added.
    fn answer(fields: Value) -> Value {
        let mut body = bare_station();
        for (key, value) in fields.as_object().expect("an object") {
            body[key] = value.clone();
        }
        json!({"count": 1, "body": body})
    }

    fn decode<T: DeserializeOwned>(
        json: &Value,
    ) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
        serde_path_to_error::deserialize(json)
    }

    /// Decodes `json`, encodes it again and checks that the JSON is the same.
    fn round_trip(json: &Value) -> Answer {
        let decoded: Answer = decode(json).unwrap_or_else(|e| panic!("{e} at {}", e.path()));
        let again = serde_json::to_value(&decoded).expect("encodes");
        assert!(
            same_json(&again, json),
            "{:?}",
            first_difference(&again, json, "")
        );
        decoded
    }

    /// The path and message of the error decoding `json` as `T`.
    fn failure<T: DeserializeOwned + std::fmt::Debug>(json: &Value) -> (String, String) {
        let error = decode::<T>(json).expect_err("an error");
        (error.path().to_string(), error.inner().to_string())
    }

    #[test]
    fn numbers_decode_from_their_text_wherever_the_spec_types_a_number() {
        let json = json!({
            "count": "3", "took": "0.0600",
            "body": {
                "id": "s1", "temperature": "21.5", "updated": "1700000000",
                "altitude": "-12", "humidity": "55.5", "level": "1",
                "history": ["1.5", 2, "3e2"], "gaps": [null, "2.5"],
                "modules": [{"id": "m1", "battery": "80"}],
                "parent": {"id": "s0", "temperature": "20", "updated": null},
                "limits": {"unit": "C", "max": "30.5"},
                "location": {"latitude": "48.85", "longitude": 2.35},
                "reading": {"value": "12.5"}
            }
        });
        let answer: Answer = decode(&json).unwrap();
        assert_eq!((answer.count, answer.took), (3, Some(0.06)));
        let station = answer.body.expect("a body");
        assert_eq!(
            (
                station.temperature,
                station.updated,
                station.altitude,
                station.humidity
            ),
            (21.5, Some(1_700_000_000), Some(-12), Some(55.5))
        );
        assert_eq!(station.level, Some(StationLevel::Medium));
        assert_eq!(station.history, [1.5, 2.0, 300.0]);
        assert_eq!(station.gaps, [None, Some(2.5)]);
        assert_eq!(station.modules[0].battery, Some(80));
        assert_eq!(station.parent.expect("a parent").temperature, 20.0);
        let limits = station.limits.expect("limits");
        assert_eq!(limits.unit.as_deref(), Some("C"));
        assert_eq!(limits.extra["max"], 30.5);
        let location = station.location.expect("a location");
        assert_eq!(
            (location.latitude, location.longitude),
            (Some(48.85), Some(2.35))
        );
        // No shape fits exactly (the value is text): the first that fits tolerantly.
        assert_eq!(
            station.reading,
            Some(Reading::Measured(ReadingMeasured::new(12.5)))
        );
        assert!(answer.extra.is_empty() && station.extra.is_empty());
    }

    #[test]
    fn text_that_is_not_a_number_of_the_type_is_a_value_of_another_type() {
        for (field, text) in [
            ("altitude", "1.5"),
            ("altitude", "4294967296"),
            ("altitude", "+1"),
            ("humidity", "NaN"),
            ("humidity", "inf"),
            ("humidity", "1e400"),
            ("humidity", " 55"),
            ("humidity", "55%"),
            ("humidity", ""),
        ] {
            let json = answer(json!({field: text}));
            let station = round_trip(&json).body.expect("a body");
            assert_eq!(
                (station.altitude, station.humidity),
                (None, None),
                "{field}: {text:?}"
            );
            assert_eq!(station.extra[field], json!(text));
        }
        let (at, error) = failure::<Answer>(&json!({"count": "1.5"}));
        assert_eq!(at, "count");
        assert!(
            error.contains(r#"invalid type: string "1.5", expected i32"#),
            "{error}"
        );
        let (at, _) = failure::<Answer>(&answer(json!({"temperature": "NaN"})));
        assert_eq!(at, "body.temperature");
    }

    #[test]
    fn optional_fields_of_another_type_are_none_kept_in_extra_and_warned_about() {
        let fields = json!({
            "altitude": true, "humidity": "wet", "reachable": "yes", "trend": 5,
            "level": "high", "place": [], "history": {"a": 1}, "gaps": "none",
            "modules": "none", "parent": 5, "limits": "none", "location": [1, 2],
            "reading": true
        });
        let capture = Capture::default();
        let _guard = capture.install();
        let json = answer(fields.clone());
        let station = round_trip(&json).body.expect("a body");
        assert_eq!(station.extra, *fields.as_object().expect("an object"));
        let mut empty = decode::<Station>(&bare_station()).expect("a station");
        empty.extra = station.extra.clone();
        assert_eq!(station, empty, "every optional field is None");
        let warnings = capture.events();
        assert_eq!(warnings.len(), 13, "{warnings:#?}");
        for field in fields.as_object().expect("an object").keys() {
            assert!(
                warnings
                    .iter()
                    .any(|w| w.contains(&format!("json_path=body.{field} "))
                        && w.contains("rust_type=Station ")
                        && w.contains(&format!("field={field}"))
                        && w.contains("kept as received")),
                "no warning for {field}: {warnings:#?}"
            );
        }
    }

    #[test]
    fn null_is_none_without_a_warning_and_nested_values_warn_at_their_path() {
        let capture = Capture::default();
        let _guard = capture.install();
        let json = answer(json!({"humidity": null, "place": null, "history": null}));
        // `round_trip`: each `null` is written back (absent and `null` differ on the wire).
        let station = round_trip(&json).body.expect("a body");
        assert_eq!((station.humidity, station.place), (None, None));
        assert!(station.history.is_empty());
        assert!(capture.events().is_empty(), "{:#?}", capture.events());
        let kept: Vec<(&String, &serde_json::Value)> = station.extra.iter().collect();
        let null = serde_json::Value::Null;
        assert_eq!(
            kept,
            [
                (&"humidity".to_owned(), &null),
                (&"place".to_owned(), &null),
                (&"history".to_owned(), &null)
            ]
        );

        let json = answer(json!({
            "modules": [{"id": "m1"}, {"id": "m2", "battery": "full"}],
            "parent": {"id": "s0", "temperature": 20, "updated": null, "altitude": "high"}
        }));
        let station = round_trip(&json).body.expect("a body");
        let modules = station.modules;
        assert_eq!(modules[1].battery, None);
        assert_eq!(modules[1].extra["battery"], "full");
        let parent = station.parent.expect("a parent");
        assert_eq!(parent.extra["altitude"], "high");
        let warnings = capture.events();
        assert_eq!(warnings.len(), 2, "{warnings:#?}");
        assert!(warnings[0].contains("json_path=body.modules[1].battery rust_type=Module "));
        assert!(warnings[1].contains("json_path=body.parent.altitude rust_type=Station "));
    }

    #[test]
    fn without_a_map_that_can_hold_it_the_value_is_dropped_with_a_warning() {
        let capture = Capture::default();
        let _guard = capture.install();
        // `additionalProperties: false`: no `extra`; unlisted properties are skipped as before.
        let location: Location =
            decode(&json!({"latitude": "north", "longitude": 2.35, "altitude": 35})).unwrap();
        let mut expected = Location::new();
        expected.longitude = Some(2.35);
        assert_eq!(location, expected);
        // A typed map keeps what is of its type, and drops the rest.
        let limits: Limits = decode(&json!({"unit": 5, "max": 30})).unwrap();
        assert_eq!(limits.unit, None);
        assert_eq!(limits.extra.get("unit"), Some(&5.0));
        let limits: Limits = decode(&json!({"unit": true, "max": 30})).unwrap();
        assert_eq!(limits.unit, None);
        assert_eq!(limits.extra.len(), 1);
        let warnings = capture.events();
        assert_eq!(warnings.len(), 3, "{warnings:#?}");
        assert!(
            warnings[0].contains("rust_type=Location field=latitude")
                && warnings[0].contains("dropped")
        );
        assert!(
            warnings[1].contains("rust_type=Limits field=unit") && warnings[1].contains("kept")
        );
        assert!(
            warnings[2].contains("rust_type=Limits field=unit") && warnings[2].contains("dropped")
        );
        // An unlisted value of a typed map must be of its type, as an item of an array.
        let (at, _) = failure::<Limits>(&json!({"max": "high"}));
        assert_eq!(at, "max");
    }

    #[test]
    fn required_fields_items_and_strict_fields_of_another_type_stay_errors_at_their_path() {
        let mut no_id = answer(json!({}));
        no_id["body"].as_object_mut().expect("a body").remove("id");
        for (json, want_at, want) in [
            (no_id, "body", "missing field `id`"),
            (
                json!({"body": bare_station()}),
                ".",
                "missing field `count`",
            ),
            (
                answer(json!({"id": 7})),
                "body.id",
                "invalid type: integer `7`",
            ),
            (
                answer(json!({"temperature": "warm"})),
                "body.temperature",
                "expected f32",
            ),
            (
                answer(json!({"updated": "later"})),
                "body.updated",
                "invalid type",
            ),
            (
                answer(json!({"history": [1, "x"]})),
                "body.history[1]",
                "expected f64",
            ),
            (
                answer(json!({"gaps": [null, true]})),
                "body.gaps[1]",
                "invalid type",
            ),
            (
                answer(json!({"modules": [{"battery": 1}]})),
                "body.modules[0]",
                "missing field `id`",
            ),
            (
                answer(json!({"place": {"timezone": "UTC"}})),
                "body.place",
                "missing field `city`",
            ),
            (
                answer(json!({"parent": {"id": "s0"}})),
                "body.parent",
                "missing field `temperature`",
            ),
            (
                answer(json!({"limits": {"max": [30]}})),
                "body.limits.max",
                "invalid type: sequence",
            ),
            (
                json!({"count": 1, "body": []}),
                "body",
                "invalid type: sequence",
            ),
            (
                json!({"count": 1, "body": "s1"}),
                "body",
                "invalid type: string",
            ),
            (json!([1]), ".", "invalid type: sequence"),
        ] {
            let (at, error) = failure::<Answer>(&json);
            assert_eq!(at, want_at, "{json}: {error}");
            assert!(error.contains(want), "{json}: {error}");
        }
        // A required `x-nullable` field may be null, or missing (as serde's derive reads).
        let mut json = answer(json!({"updated": null}));
        assert_eq!(round_trip(&json).body.expect("a body").updated, None);
        json["body"]
            .as_object_mut()
            .expect("a body")
            .remove("updated");
        assert_eq!(
            decode::<Answer>(&json)
                .unwrap()
                .body
                .expect("a body")
                .updated,
            None
        );
    }

    #[test]
    fn a_one_of_takes_the_first_shape_that_fits_exactly_then_the_first_that_fits_tolerantly() {
        let reading = |value: Value| {
            let answer: Answer = decode(&answer(json!({"reading": value}))).unwrap();
            let station = answer.body.expect("a body");
            (station.reading, station.extra)
        };
        let (exact, _) = reading(json!({"value": 12.5}));
        assert!(matches!(exact, Some(Reading::Measured(m)) if m.value == 12.5));
        // Measured would fit tolerantly, Note fits exactly: Note, as before the reader.
        let (exact, _) = reading(json!({"value": "12.5", "text": "calibrating"}));
        assert!(
            matches!(exact, Some(Reading::Note(n)) if n.text == "calibrating" && n.extra["value"] == "12.5")
        );
        let (tolerant, _) = reading(json!({"value": "12.5"}));
        assert!(matches!(tolerant, Some(Reading::Measured(m)) if m.value == 12.5));
        // No shape fits: an optional field of another type.
        let (none, extra) = reading(json!({"value": "high"}));
        assert_eq!(none, None);
        assert_eq!(extra["reading"], json!({"value": "high"}));
        let (at, error) = failure::<Reading>(&json!({"value": "high"}));
        assert_eq!(at, ".");
        assert!(
            error.contains("did not match any variant of untagged enum Reading"),
            "{error}"
        );
    }

    #[tokio::test]
    async fn the_client_returns_an_answer_with_numbers_as_text_and_fields_of_another_type() {
        let server = MockServer::start().await;
        let json = answer(json!({"temperature": "21.5", "altitude": "high"}));
        Mock::given(method("GET"))
            .and(path("/stations"))
            .respond_with(ResponseTemplate::new(200).set_body_json(&json))
            .mount(&server)
            .await;
        let client = tolerance::Client::builder()
            .base_url(server.uri())
            .build()
            .expect("a client");
        let station = client
            .get_station()
            .send()
            .await
            .unwrap()
            .body
            .expect("a body");
        assert_eq!((station.temperature, station.altitude), (21.5, None));
        assert_eq!(station.extra["altitude"], "high");
    }
}

mod webhooks {
    //! `x-webhooks`: a receiver decodes a pushed body with one call, whatever its kind.

    use feature_specs::webhooks::models::Push;
    use feature_specs::webhooks::runtime::Error;
    use feature_specs::webhooks::webhooks::{decode_event, decode_type};

    #[test]
    fn a_push_decodes_into_its_variant_and_an_unlisted_kind_into_other() {
        let push =
            decode_event(br#"{"push_type": "change", "room_id": "r1", "temperature": 19.5}"#)
                .expect("decodes");
        match push {
            Push::Change(change) => {
                assert_eq!(change.room_id.as_deref(), Some("r1"));
                assert_eq!(change.temperature, Some(19.5));
            }
            other => panic!("{other:?}"),
        }
        let push = decode_event(br#"{"push_type": "webhook_activation"}"#).expect("decodes");
        assert!(matches!(push, Push::Activation(_)), "{push:?}");
        // A kind the spec does not list is kept, with its fields, not refused.
        let push = decode_event(br#"{"push_type": "NACamera-person", "home_id": "h", "new": 1}"#)
            .expect("decodes");
        match push {
            Push::Other(base) => {
                assert_eq!(base.push_type, "NACamera-person");
                assert_eq!(base.home_id.as_deref(), Some("h"));
                assert_eq!(base.extra["new"], 1);
            }
            other => panic!("{other:?}"),
        }
        let ping = decode_type(br#"{"sent_at": 1700000000}"#).expect("decodes");
        assert_eq!(ping.sent_at, Some(1_700_000_000));
    }

    #[test]
    fn a_body_that_is_no_push_is_an_error_naming_where_never_a_panic() {
        // (body, the path the error names, words its message holds)
        for (body, at, words) in [
            (&br#"{"home_id": "h"}"#[..], "", "push_type"),
            (
                br#"{"push_type": "change", "room_id": {"not": "a string"}, "x": [}"#,
                "x[0]",
                "expected value",
            ),
            (b"not json", "", "expected"),
            (b"", "", "EOF"),
            (br#"{"push_type": 5}"#, "", "expected a string"),
        ] {
            match decode_event(body) {
                Err(error @ Error::Payload { .. }) => {
                    let Error::Payload { path, .. } = &error else {
                        unreachable!()
                    };
                    assert_eq!(path, at, "{error}");
                    assert!(error.to_string().contains(words), "{error}");
                }
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}
