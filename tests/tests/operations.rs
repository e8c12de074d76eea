//! Each of the 20 generated operations against a local HTTP server: the method, the path,
//! the exact query string and body the server receives, and the answer the caller gets.

use std::future::Future;
use std::pin::Pin;

use netatmo_api::{Client, Error};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A value with every character that breaks naive URL building: `&`, `=`, `#`, `?`, `/`,
/// `+`, `%`, spaces and non-ASCII.
const TRICKY: &str = "a&b=c #d?e/f+g%h é ☃";
const TOKEN: &str = "5e2f0a1b2c3d4e5f6a7b8c9d|0123456789abcdef0123456789abcdef";

type Call =
    for<'a> fn(&'a Client) -> Pin<Box<dyn Future<Output = Result<Value, Error>> + Send + 'a>>;

/// One operation: how to call it with every parameter set, and what must arrive.
struct Case {
    name: &'static str,
    call: Call,
    method: &'static str,
    query: &'static [(&'static str, &'static str)],
    body: Option<Value>,
}

fn therm_program() -> Value {
    json!({
        "name": "Hiver ❄",
        "zones": [{"id": 0, "type": 0, "temp": 19.5}],
        "timetable": [{"id": 0, "m_offset": 0}]
    })
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "addwebhook",
            call: |c| {
                Box::pin(
                    c.addwebhook()
                        .app_type("app_camera")
                        .url("https://example.com/hook?a=1&b=2")
                        .send(),
                )
            },
            method: "GET",
            query: &[
                ("app_type", "app_camera"),
                ("url", "https://example.com/hook?a=1&b=2"),
            ],
            body: None,
        },
        Case {
            name: "createnewschedule",
            call: |c| {
                Box::pin(
                    c.createnewschedule()
                        .device_id("70:ee:50:00:00:01")
                        .module_id(TRICKY)
                        .therm_program(netatmo_api::models::Holder(therm_program()))
                        .send(),
                )
            },
            method: "POST",
            query: &[("device_id", "70:ee:50:00:00:01"), ("module_id", TRICKY)],
            body: Some(therm_program()),
        },
        Case {
            name: "devicelist",
            call: |c| {
                Box::pin(
                    c.devicelist()
                        .app_type("app_station")
                        .device_id(TRICKY)
                        .get_favorites("true")
                        .send(),
                )
            },
            method: "GET",
            query: &[
                ("app_type", "app_station"),
                ("device_id", TRICKY),
                ("get_favorites", "true"),
            ],
            body: None,
        },
        Case {
            name: "dropwebhook",
            call: |c| Box::pin(c.dropwebhook().app_type(TRICKY).send()),
            method: "GET",
            query: &[("app_type", TRICKY)],
            body: None,
        },
        Case {
            name: "getcamerapicture",
            call: |c| Box::pin(c.getcamerapicture().image_id("5a1b2c").key(TRICKY).send()),
            method: "GET",
            query: &[("image_id", "5a1b2c"), ("key", TRICKY)],
            body: None,
        },
        Case {
            name: "geteventsuntil",
            call: |c| {
                Box::pin(
                    c.geteventsuntil()
                        .event_id(TRICKY)
                        .home_id("5a1b2c3d4e5f6a7b8c9d0e1f")
                        .send(),
                )
            },
            method: "GET",
            query: &[
                ("event_id", TRICKY),
                ("home_id", "5a1b2c3d4e5f6a7b8c9d0e1f"),
            ],
            body: None,
        },
        Case {
            name: "gethomecoachsdata",
            call: |c| Box::pin(c.gethomecoachsdata().device_id(TRICKY).send()),
            method: "GET",
            query: &[("device_id", TRICKY)],
            body: None,
        },
        Case {
            name: "gethomedata",
            call: |c| Box::pin(c.gethomedata().home_id(TRICKY).size("10").send()),
            method: "GET",
            query: &[("home_id", TRICKY), ("size", "10")],
            body: None,
        },
        Case {
            name: "getlasteventof",
            call: |c| {
                Box::pin(
                    c.getlasteventof()
                        .home_id("h")
                        .offset("3")
                        .person_id(TRICKY)
                        .send(),
                )
            },
            method: "GET",
            query: &[("home_id", "h"), ("offset", "3"), ("person_id", TRICKY)],
            body: None,
        },
        Case {
            name: "getmeasure",
            call: |c| {
                Box::pin(
                    c.getmeasure()
                        .date_begin("1700000000")
                        .date_end("last")
                        .device_id("70:ee:50:00:00:01")
                        .limit("1024")
                        .module_id(TRICKY)
                        .optimize("false")
                        .real_time("true")
                        .scale("30min")
                        .type_("Temperature,CO2,Humidity")
                        .send(),
                )
            },
            method: "GET",
            query: &[
                ("date_begin", "1700000000"),
                ("date_end", "last"),
                ("device_id", "70:ee:50:00:00:01"),
                ("limit", "1024"),
                ("module_id", TRICKY),
                ("optimize", "false"),
                ("real_time", "true"),
                ("scale", "30min"),
                ("type", "Temperature,CO2,Humidity"),
            ],
            body: None,
        },
        Case {
            name: "getnextevents",
            call: |c| {
                Box::pin(
                    c.getnextevents()
                        .event_id("e1")
                        .home_id(TRICKY)
                        .size("5")
                        .send(),
                )
            },
            method: "GET",
            query: &[("event_id", "e1"), ("home_id", TRICKY), ("size", "5")],
            body: None,
        },
        Case {
            name: "getstationsdata",
            call: |c| Box::pin(c.getstationsdata().device_id(TRICKY).send()),
            method: "GET",
            query: &[("device_id", TRICKY)],
            body: None,
        },
        Case {
            name: "getthermostatsdata",
            call: |c| Box::pin(c.getthermostatsdata().device_id(TRICKY).send()),
            method: "GET",
            query: &[("device_id", TRICKY)],
            body: None,
        },
        Case {
            name: "getthermstate",
            call: |c| {
                Box::pin(
                    c.getthermstate()
                        .device_id("70:ee:50:00:00:01")
                        .module_id(TRICKY)
                        .send(),
                )
            },
            method: "GET",
            query: &[("device_id", "70:ee:50:00:00:01"), ("module_id", TRICKY)],
            body: None,
        },
        Case {
            name: "getuser",
            call: |c| Box::pin(c.getuser().send()),
            method: "GET",
            query: &[],
            body: None,
        },
        Case {
            name: "partnerdevices",
            call: |c| Box::pin(c.partnerdevices().send()),
            method: "GET",
            query: &[],
            body: None,
        },
        Case {
            name: "setpersonsaway",
            call: |c| Box::pin(c.setpersonsaway().home_id(TRICKY).person_id("p1").send()),
            method: "GET",
            query: &[("home_id", TRICKY), ("person_id", "p1")],
            body: None,
        },
        Case {
            name: "setthermpoint",
            call: |c| {
                Box::pin(
                    c.setthermpoint()
                        .device_id("70:ee:50:00:00:01")
                        .module_id("04:00:00:00:00:01")
                        .setpoint_endtime("1700003600")
                        .setpoint_mode("manual")
                        .setpoint_temp(TRICKY)
                        .send(),
                )
            },
            method: "POST",
            query: &[
                ("device_id", "70:ee:50:00:00:01"),
                ("module_id", "04:00:00:00:00:01"),
                ("setpoint_endtime", "1700003600"),
                ("setpoint_mode", "manual"),
                ("setpoint_temp", TRICKY),
            ],
            body: None,
        },
        Case {
            name: "switchschedule",
            call: |c| {
                Box::pin(
                    c.switchschedule()
                        .device_id("d")
                        .module_id("m")
                        .schedule_id(TRICKY)
                        .send(),
                )
            },
            method: "POST",
            query: &[
                ("device_id", "d"),
                ("module_id", "m"),
                ("schedule_id", TRICKY),
            ],
            body: None,
        },
        Case {
            name: "syncschedule",
            call: |c| {
                Box::pin(
                    c.syncschedule()
                        .device_id(TRICKY)
                        .module_id("m")
                        .therm_program(netatmo_api::models::Holder(therm_program()))
                        .send(),
                )
            },
            method: "POST",
            query: &[("device_id", TRICKY), ("module_id", "m")],
            body: Some(therm_program()),
        },
    ]
}

async fn server_answering(template: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .access_token(TOKEN)
        .build()
        .expect("client builds");
    (server, client)
}

#[tokio::test]
async fn every_operation_sends_exactly_what_the_spec_says() {
    let cases = cases();
    assert_eq!(cases.len(), 20, "one case per operation of the seed spec");
    for case in cases {
        let answer = json!({"status": "ok", "body": {"operation": case.name}, "time_exec": 0.01, "time_server": 1_700_000_000});
        let (server, client) =
            server_answering(ResponseTemplate::new(200).set_body_json(&answer)).await;

        let got = (case.call)(&client)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_eq!(
            got, answer,
            "{}: the answer reaches the caller unchanged",
            case.name
        );

        let requests = server.received_requests().await.expect("recording is on");
        assert_eq!(requests.len(), 1, "{}: exactly one request", case.name);
        let request = &requests[0];
        assert_eq!(request.method.as_str(), case.method, "{}", case.name);
        assert_eq!(
            request.url.path(),
            format!("/api/{}", case.name),
            "{}",
            case.name
        );
        let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
        let want: Vec<(String, String)> = case
            .query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        assert_eq!(
            query,
            want,
            "{}: query string {:?}",
            case.name,
            request.url.query()
        );
        let authorization = request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        assert_eq!(
            authorization,
            Some(format!("Bearer {TOKEN}").as_str()),
            "{}",
            case.name
        );
        assert!(
            !request.url.as_str().contains(TOKEN),
            "{}: the token never goes in the URL",
            case.name
        );
        match &case.body {
            Some(body) => {
                let content_type = request
                    .headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok());
                assert_eq!(content_type, Some("application/json"), "{}", case.name);
                let sent: Value = serde_json::from_slice(&request.body).expect("the body is JSON");
                assert_eq!(&sent, body, "{}: body", case.name);
            }
            None => assert!(request.body.is_empty(), "{}: no body", case.name),
        }
    }
}

#[tokio::test]
async fn parameters_left_unset_are_not_sent() {
    let (server, client) =
        server_answering(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
    client
        .getmeasure()
        .device_id("d")
        .send()
        .await
        .expect("succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[0].url.query(), Some("device_id=d"));
    client.getuser().send().await.expect("succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[1].url.query(), None);
}

#[tokio::test]
async fn an_error_envelope_becomes_an_api_error() {
    let envelope = json!({"error": {"code": 3, "message": "Access token expired"}});
    let (_server, client) =
        server_answering(ResponseTemplate::new(403).set_body_json(envelope)).await;
    let err = client.getstationsdata().send().await.expect_err("403");
    match &err {
        Error::Api { status, error } => {
            assert_eq!(status.as_u16(), 403);
            assert_eq!(error.code, 3);
            assert_eq!(error.message.as_deref(), Some("Access token expired"));
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn an_error_page_that_is_not_the_envelope_keeps_its_status_and_start() {
    let page = "<html><body>502 Bad Gateway</body></html>";
    let (_server, client) =
        server_answering(ResponseTemplate::new(502).set_body_string(page)).await;
    let err = client.getstationsdata().send().await.expect_err("502");
    match &err {
        Error::Status { status, body } => {
            assert_eq!(status.as_u16(), 502);
            assert_eq!(body, page);
        }
        other => panic!("expected Error::Status, got {other:?}"),
    }
    assert!(err.is_retryable());
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_decode_error() {
    let (_server, client) =
        server_answering(ResponseTemplate::new(200).set_body_string(r#"{"status":"ok","bo"#)).await;
    let err = client
        .getstationsdata()
        .send()
        .await
        .expect_err("truncated JSON");
    match &err {
        Error::Decode { status, body, .. } => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(body, r#"{"status":"ok","bo"#);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn no_server_is_a_transport_error() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/api"))
        .access_token(TOKEN)
        .build()
        .expect("builds");
    let err = client.getuser().send().await.expect_err("nothing listens");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(!err.to_string().contains(TOKEN), "{err}");
}
