//! Each generated operation against a local HTTP server: the method, the path, the exact
//! query string, form body or JSON body the server receives, the `Authorization` header,
//! and the typed answer the caller gets back (real Netatmo responses where we have one).

// The operations Netatmo shut down or deprecated are generated `#[deprecated]`; they must
// still send exactly what the spec says.
#![allow(deprecated)]

use std::future::Future;
use std::pin::Pin;

use netatmo_api::models::{
    Envelope, HomeStateChange, ModuleStateChange, RoomStateChange, ScheduleUpdate, SetStateRequest,
    TimeTableItem, Zone,
};
use netatmo_api::{Client, Error, Response};
use serde_json::{Value, json};
use tests::{first_difference, fixture, fixture_path, same_json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A value with every character that breaks naive URL building: `&`, `=`, `#`, `?`, `/`,
/// `+`, `%`, spaces and non-ASCII.
const TRICKY: &str = "a&b=c #d?e/f+g%h é ☃";
const TOKEN: &str = "5e2f0a1b2c3d4e5f6a7b8c9d|0123456789abcdef0123456789abcdef";

type Call =
    for<'a> fn(&'a Client) -> Pin<Box<dyn Future<Output = Result<Value, Error>> + Send + 'a>>;

/// The typed answer, encoded again, to compare with what the server sent.
fn encoded<T: serde::Serialize>(
    answer: Result<Response<T, Envelope>, Error>,
) -> Result<Value, Error> {
    answer.map(|answer| {
        let mut whole = serde_json::to_value(&answer.meta).expect("metadata encodes");
        let data = serde_json::to_value(&answer.data).expect("a decoded answer encodes");
        if !data.is_null() {
            whole["body"] = data;
        }
        whole
    })
}

/// One operation: how to call it with every parameter set, what must arrive, and what the
/// server answers.
struct Case {
    name: &'static str,
    call: Call,
    method: &'static str,
    /// Query-string pairs (GET, and POST with a JSON body) or form fields (other POSTs),
    /// in order.
    params: &'static [(&'static str, &'static str)],
    /// The JSON body a POST sends, if it sends one (then `params` are its query string).
    json: Option<fn() -> Value>,
    /// A real response from `tests/fixtures/`, or `None` for a bare envelope.
    answer: Option<&'static str>,
}

fn zones() -> Vec<Zone> {
    let mut night = Zone::new(1, 1, 17.0);
    night.name = Some("Nuit ❄".to_owned());
    vec![Zone::new(0, 0, 19.5), night]
}

fn timetable() -> Vec<TimeTableItem> {
    vec![TimeTableItem::new(0, 0), TimeTableItem::new(1, 420)]
}

const ZONES_JSON: &str =
    r#"[{"id":0,"type":0,"temp":19.5},{"id":1,"type":1,"name":"Nuit ❄","temp":17.0}]"#;
const TIMETABLE_JSON: &str = r#"[{"id":0,"m_offset":0},{"id":1,"m_offset":420}]"#;

/// The schedule pyatmo sends to synchomeschedule (a real request body).
const SYNC_BODY: &str = "current/sync_schedule_591b54a2764ff4d50d8b5795.json";

fn sync_body() -> ScheduleUpdate {
    serde_json::from_value(fixture(SYNC_BODY)).expect("the request sample decodes")
}

/// A setstate request as a caller builds it: a floodlight on, a room's setpoint.
fn set_state() -> SetStateRequest {
    let mut light = ModuleStateChange::new("12:34:56:00:f1:62");
    light.floodlight = Some("on".into());
    let mut room = RoomStateChange::new("2746182631");
    room.therm_setpoint_mode = Some("manual".into());
    room.therm_setpoint_temperature = Some(19.5);
    let mut home = HomeStateChange::new("91763b24c43d3e344f424e8b");
    home.modules.push(light);
    home.rooms.push(room);
    SetStateRequest::new(home)
}

fn cases() -> Vec<Case> {
    vec![
        // As clients send it today (40-security.yaml): a form POST with the URL alone.
        Case {
            name: "addwebhook",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.add_webhook("https://example.com/hook?a=1&b=2")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[("url", "https://example.com/hook?a=1&b=2")],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "createnewschedule",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.create_new_schedule(
                            "70:ee:50:00:00:01",
                            TRICKY,
                            zones(),
                            timetable(),
                            "Hiver",
                        )
                        .send_with_meta()
                        .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("device_id", "70:ee:50:00:00:01"),
                ("module_id", TRICKY),
                ("zones", ZONES_JSON),
                ("timetable", TIMETABLE_JSON),
                ("name", "Hiver"),
            ],
            json: None,
            answer: None,
        },
        Case {
            name: "devicelist",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.device_list()
                            .app_type("app_station")
                            .device_id(TRICKY)
                            .get_favorites(true)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("app_type", "app_station"),
                ("device_id", TRICKY),
                ("get_favorites", "true"),
            ],
            json: None,
            answer: None,
        },
        Case {
            name: "dropwebhook",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.drop_webhook()
                            .app_types("app_security")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[("app_types", "app_security")],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "geteventsuntil",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_events_until(TRICKY, "5a1b2c3d4e5f6a7b8c9d0e1f")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("event_id", TRICKY),
                ("home_id", "5a1b2c3d4e5f6a7b8c9d0e1f"),
            ],
            json: None,
            answer: Some("camera_data_events_until.json"),
        },
        Case {
            name: "gethomecoachsdata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_home_coachs_data()
                            .device_id(TRICKY)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("device_id", TRICKY)],
            json: None,
            answer: Some("gethomecoachsdata.json"),
        },
        Case {
            name: "gethomedata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_home_data()
                            .home_id(TRICKY)
                            .size(10)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("home_id", TRICKY), ("size", "10")],
            json: None,
            answer: Some("camera_home_data.json"),
        },
        Case {
            name: "getlasteventof",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_last_event_of("h", TRICKY)
                            .offset(3)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("home_id", "h"), ("person_id", TRICKY), ("offset", "3")],
            json: None,
            answer: None,
        },
        Case {
            name: "getmeasure",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_measure(
                            "70:ee:50:00:00:01",
                            "30min",
                            ["Temperature", "CO2", "Humidity"],
                        )
                        .date_begin(1_700_000_000)
                        .date_end("last")
                        .limit(1024)
                        .module_id(TRICKY)
                        .optimize(true)
                        .real_time(false)
                        .send_with_meta()
                        .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("device_id", "70:ee:50:00:00:01"),
                ("scale", "30min"),
                ("type", "Temperature,CO2,Humidity"),
                ("date_begin", "1700000000"),
                ("date_end", "last"),
                ("limit", "1024"),
                ("module_id", TRICKY),
                ("optimize", "true"),
                ("real_time", "false"),
            ],
            json: None,
            answer: Some("getmeasure_12_34_56_00_00_a1_4c_da.json"),
        },
        Case {
            name: "getnextevents",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_next_events("e1", TRICKY)
                            .size(5)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("event_id", "e1"), ("home_id", TRICKY), ("size", "5")],
            json: None,
            answer: None,
        },
        Case {
            name: "getstationsdata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_stations_data()
                            .device_id(TRICKY)
                            .get_favorites(true)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("device_id", TRICKY), ("get_favorites", "true")],
            json: None,
            answer: Some("getstationsdata.json"),
        },
        Case {
            name: "getthermostatsdata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_thermostats_data()
                            .device_id(TRICKY)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("device_id", TRICKY)],
            json: None,
            answer: Some("thermostat_data_simple.json"),
        },
        Case {
            name: "getthermstate",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_therm_state("70:ee:50:00:00:01", TRICKY)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[("device_id", "70:ee:50:00:00:01"), ("module_id", TRICKY)],
            json: None,
            answer: None,
        },
        Case {
            name: "getuser",
            call: |c| Box::pin(async { encoded(c.get_user().send_with_meta().await) }),
            method: "GET",
            params: &[],
            json: None,
            answer: None,
        },
        Case {
            name: "partnerdevices",
            call: |c| Box::pin(async { encoded(c.partner_devices().send_with_meta().await) }),
            method: "GET",
            params: &[],
            json: None,
            answer: None,
        },
        Case {
            name: "setpersonsaway",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.set_persons_away(TRICKY)
                            .person_id("p1")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[("home_id", TRICKY), ("person_id", "p1")],
            json: None,
            answer: Some("camera_data_empty.json"),
        },
        Case {
            name: "setthermpoint",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.set_therm_point("70:ee:50:00:00:01", "04:00:00:00:00:01", "manual")
                            .setpoint_endtime(1_700_003_600)
                            .setpoint_temp(19.5)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("device_id", "70:ee:50:00:00:01"),
                ("module_id", "04:00:00:00:00:01"),
                ("setpoint_mode", "manual"),
                ("setpoint_endtime", "1700003600"),
                ("setpoint_temp", "19.5"),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "switchschedule",
            call: |c| {
                Box::pin(async {
                    encoded(c.switch_schedule("d", "m", TRICKY).send_with_meta().await)
                })
            },
            method: "POST",
            params: &[
                ("device_id", "d"),
                ("module_id", "m"),
                ("schedule_id", TRICKY),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "syncschedule",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.sync_schedule(TRICKY, "m", zones(), timetable())
                            .name("Hiver ❄")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("device_id", TRICKY),
                ("module_id", "m"),
                ("zones", ZONES_JSON),
                ("timetable", TIMETABLE_JSON),
                ("name", "Hiver ❄"),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        // Weather (20-weather.yaml) and Security (40-security.yaml) today.
        Case {
            name: "getpublicdata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_public_data(50.25, 8.85, 50.15, -0.5)
                            .required_data("rain")
                            .filter(true)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("lat_ne", "50.25"),
                ("lon_ne", "8.85"),
                ("lat_sw", "50.15"),
                ("lon_sw", "-0.5"),
                ("required_data", "rain"),
                ("filter", "true"),
            ],
            json: None,
            answer: Some("current/getpublicdata.json"),
        },
        Case {
            name: "getevents",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_events(TRICKY)
                            .event_id("e1")
                            .person_id("p1")
                            .offset(2)
                            .device_id("12:34:56:10:b9:0e")
                            .device_types(["NOC", "NACamera"])
                            .size(30)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("home_id", TRICKY),
                ("event_id", "e1"),
                ("person_id", "p1"),
                ("offset", "2"),
                ("device_id", "12:34:56:10:b9:0e"),
                ("device_types", "NOC"),
                ("device_types", "NACamera"),
                ("size", "30"),
            ],
            json: None,
            answer: Some("current/getevents.json"),
        },
        Case {
            name: "setpersonshome",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.set_persons_home(TRICKY, ["p1", "p 2&"])
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("home_id", TRICKY),
                ("person_ids[]", "p1"),
                ("person_ids[]", "p 2&"),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        // The Energy API (30-energy.yaml).
        Case {
            name: "homesdata",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.homes_data()
                            .home_id(TRICKY)
                            .gateway_types(["NAPlug", "BNS"])
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("home_id", TRICKY),
                ("gateway_types", "NAPlug"),
                ("gateway_types", "BNS"),
            ],
            json: None,
            answer: Some("current/homesdata.json"),
        },
        Case {
            name: "homestatus",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.home_status(TRICKY)
                            .device_types(["NATherm1", "NRV"])
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("home_id", TRICKY),
                ("device_types", "NATherm1"),
                ("device_types", "NRV"),
            ],
            json: None,
            answer: Some("current/homestatus_91763b24c43d3e344f424e8b.json"),
        },
        Case {
            name: "setthermmode",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.set_therm_mode(TRICKY, "away")
                            .endtime(1_700_003_600)
                            .schedule_id("s1")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("home_id", TRICKY),
                ("mode", "away"),
                ("endtime", "1700003600"),
                ("schedule_id", "s1"),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "setroomthermpoint",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.set_room_therm_point("h", "2746182631", "manual")
                            .temp(19.5)
                            .endtime(1_700_003_600)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("home_id", "h"),
                ("room_id", "2746182631"),
                ("mode", "manual"),
                ("temp", "19.5"),
                ("endtime", "1700003600"),
            ],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "switchhomeschedule",
            call: |c| {
                Box::pin(async {
                    encoded(c.switch_home_schedule("h", TRICKY).send_with_meta().await)
                })
            },
            method: "POST",
            params: &[("home_id", "h"), ("schedule_id", TRICKY)],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "synchomeschedule",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.sync_home_schedule(TRICKY, "591b54a2764ff4d50d8b5795", sync_body())
                            .name("Hiver ❄")
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[
                ("home_id", TRICKY),
                ("schedule_id", "591b54a2764ff4d50d8b5795"),
                ("name", "Hiver ❄"),
            ],
            json: Some(|| fixture(SYNC_BODY)),
            answer: Some("status_ok.json"),
        },
        Case {
            name: "createnewhomeschedule",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.create_new_home_schedule("h", TRICKY, sync_body())
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[("home_id", "h"), ("name", TRICKY)],
            json: Some(|| fixture(SYNC_BODY)),
            answer: None,
        },
        Case {
            name: "renamehomeschedule",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.rename_home_schedule("h", "s1", TRICKY)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "POST",
            params: &[("home_id", "h"), ("schedule_id", "s1"), ("name", TRICKY)],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "deletehomeschedule",
            call: |c| {
                Box::pin(async {
                    encoded(c.delete_home_schedule("h", TRICKY).send_with_meta().await)
                })
            },
            method: "POST",
            params: &[("home_id", "h"), ("schedule_id", TRICKY)],
            json: None,
            answer: Some("status_ok.json"),
        },
        Case {
            name: "setstate",
            call: |c| Box::pin(async { encoded(c.set_state(set_state()).send_with_meta().await) }),
            method: "POST",
            params: &[],
            json: Some(|| {
                json!({"home": {
                    "id": "91763b24c43d3e344f424e8b",
                    "modules": [{"id": "12:34:56:00:f1:62", "floodlight": "on"}],
                    "rooms": [{"id": "2746182631", "therm_setpoint_mode": "manual", "therm_setpoint_temperature": 19.5}]
                }})
            }),
            answer: Some("camera_set_state_error_already_on.json"),
        },
        Case {
            name: "getroommeasure",
            call: |c| {
                Box::pin(async {
                    encoded(
                        c.get_room_measure("h", TRICKY, "1hour", ["temperature", "sp_temperature"])
                            .date_begin(1_700_000_000)
                            .date_end(1_700_086_400)
                            .limit(1024)
                            .optimize(true)
                            .real_time(false)
                            .send_with_meta()
                            .await,
                    )
                })
            },
            method: "GET",
            params: &[
                ("home_id", "h"),
                ("room_id", TRICKY),
                ("scale", "1hour"),
                ("type", "temperature,sp_temperature"),
                ("date_begin", "1700000000"),
                ("date_end", "1700086400"),
                ("limit", "1024"),
                ("optimize", "true"),
                ("real_time", "false"),
            ],
            json: None,
            answer: Some("current/getmeasure_energy_buy_from_grid_1_98_76_54_32_10_00_00_73.json"),
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

fn pairs(raw: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw).into_owned().collect()
}

#[tokio::test]
async fn every_json_operation_sends_exactly_what_the_spec_says_and_decodes_the_answer() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.push("getcamerapicture");
    names.sort_unstable();
    let read = tests::read;
    let (api, _) = codegen::model(
        &read(xtask::workspace::SPEC),
        &tests::strs(&tests::overlays()),
    )
    .expect("the workspace spec generates");
    let mut operations: Vec<&str> = api
        .operations
        .iter()
        .map(|op| op.path.trim_start_matches('/'))
        .collect();
    operations.sort_unstable();
    assert_eq!(
        names, operations,
        "every operation of the spec, once (getcamerapicture has its own test)"
    );
    for case in cases {
        let answer = match case.answer {
            Some(file) => fixture(file),
            // The smallest data of the operation: partnerdevices answers a list, and
            // createnewhomeschedule the new schedule's id.
            None => {
                let body = match case.name {
                    "partnerdevices" => json!([]),
                    "createnewhomeschedule" => json!({"schedule_id": "5c8f0b1e2c3d4e5f6a7b8c9d"}),
                    _ => json!({}),
                };
                json!({"status": "ok", "time_exec": 0.01, "time_server": 1_700_000_000, "body": body})
            }
        };
        let (server, client) =
            server_answering(ResponseTemplate::new(200).set_body_json(&answer)).await;

        let got = (case.call)(&client)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert!(
            same_json(&got, &answer),
            "{}: the answer reaches the caller whole; first difference at {:?}",
            case.name,
            first_difference(&got, &answer, "")
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
        let want: Vec<(String, String)> = case
            .params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
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
        if case.method == "GET" {
            let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
            assert_eq!(
                query,
                want,
                "{}: query string {:?}",
                case.name,
                request.url.query()
            );
            assert!(request.body.is_empty(), "{}: no body", case.name);
        } else if let Some(json) = case.json {
            let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
            assert_eq!(query, want, "{}: query string", case.name);
            let content_type = request
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok());
            assert_eq!(content_type, Some("application/json"), "{}", case.name);
            let sent: Value = serde_json::from_slice(&request.body).expect("a JSON body");
            // As JSON means it: `14` and `14.0` are one number.
            let want = json();
            assert!(
                same_json(&sent, &want),
                "{}: JSON body differs at {:?}",
                case.name,
                first_difference(&sent, &want, "")
            );
        } else {
            assert_eq!(
                request.url.query(),
                None,
                "{}: POST parameters go in the body",
                case.name
            );
            let content_type = request
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok());
            assert_eq!(
                content_type,
                Some("application/x-www-form-urlencoded"),
                "{}",
                case.name
            );
            assert_eq!(pairs(&request.body), want, "{}: form body", case.name);
        }
    }
}

#[tokio::test]
async fn get_camera_picture_returns_the_image_bytes() {
    let jpeg = std::fs::read(fixture_path("camera_image_sample.jpg")).expect("fixture");
    let template = ResponseTemplate::new(200).set_body_raw(jpeg.clone(), "image/jpeg");
    let (server, client) = server_answering(template).await;
    let got = client
        .get_camera_picture("5a1b2c", TRICKY)
        .send()
        .await
        .expect("succeeds");
    assert_eq!(got, jpeg);
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[0].url.path(), "/api/getcamerapicture");
    let query: Vec<(String, String)> = requests[0].url.query_pairs().into_owned().collect();
    assert_eq!(
        query,
        [
            ("image_id".to_owned(), "5a1b2c".to_owned()),
            ("key".to_owned(), TRICKY.to_owned())
        ]
    );
}

#[tokio::test]
async fn parameters_left_unset_are_not_sent() {
    let (server, client) = server_answering(
        ResponseTemplate::new(200).set_body_json(json!({"status": "ok", "body": {}})),
    )
    .await;
    // The answer does not matter here (`{}` is neither body): only what was sent.
    let _ = client.get_stations_data().send().await;
    let _ = client.get_home_data().home_id("h").send().await;
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[0].url.query(), None);
    assert_eq!(requests[1].url.query(), Some("home_id=h"));
}

#[tokio::test]
async fn values_outside_the_spec_are_refused_before_anything_is_sent() {
    let (server, client) =
        server_answering(ResponseTemplate::new(200).set_body_json(json!({"status": "ok"}))).await;
    let too_many = client
        .get_measure("d", "30min", ["Temperature"])
        .limit(1025)
        .send()
        .await;
    let bad_scale = client
        .get_measure("d", "2min", ["Temperature"])
        .send()
        .await;
    let bad_mode = client.set_therm_point("d", "m", "party").send().await;
    let negative = client.get_home_data().size(-1).send().await;
    for (what, result, words) in [
        (
            "limit above its maximum",
            too_many.map(|_| ()),
            "`limit` must be at most 1024, not 1025",
        ),
        (
            "scale outside its enum",
            bad_scale.map(|_| ()),
            "`scale`: `2min` is not one of",
        ),
        (
            "setpoint mode outside its enum",
            bad_mode.map(|_| ()),
            "`setpoint_mode`: `party` is not one of",
        ),
        (
            "size below its minimum",
            negative.map(|_| ()),
            "`size` must be at least 0, not -1",
        ),
    ] {
        match result {
            Err(Error::InvalidRequest { message }) => {
                assert!(message.contains(words), "{what}: {message}")
            }
            other => panic!("{what}: expected Error::InvalidRequest, got {other:?}"),
        }
    }
    let requests = server.received_requests().await.expect("recording is on");
    assert!(requests.is_empty(), "nothing reached the server");
}

#[tokio::test]
async fn measure_types_the_spec_does_not_list_are_sent_all_the_same() {
    // getmeasure's `type` is an open list (x-open-enum): energy meters use types no spec names.
    let (server, client) = server_answering(
        ResponseTemplate::new(200).set_body_json(json!({"status": "ok", "body": []})),
    )
    .await;
    client
        .get_measure("d", "1day", ["sum_energy_buy_from_grid$0", "Temperature"])
        .send()
        .await
        .expect("sent");
    let requests = server.received_requests().await.expect("recording is on");
    let query: Vec<(String, String)> = requests[0].url.query_pairs().into_owned().collect();
    assert!(
        query.contains(&(
            "type".to_owned(),
            "sum_energy_buy_from_grid$0,Temperature".to_owned()
        )),
        "{query:?}"
    );
}

#[tokio::test]
async fn an_error_envelope_becomes_an_api_error() {
    let (_server, client) =
        server_answering(ResponseTemplate::new(403).set_body_json(fixture("error_scope.json")))
            .await;
    let err = client.get_stations_data().send().await.expect_err("403");
    match &err {
        Error::Api { status, error, .. } => {
            assert_eq!(status.as_u16(), 403);
            assert_eq!(
                netatmo_api::ErrorCode::from_code(error.code),
                netatmo_api::ErrorCode::OperationForbidden
            );
            assert_eq!(
                netatmo_api::ErrorCode::of(&err),
                Some(netatmo_api::ErrorCode::OperationForbidden)
            );
            assert!(
                error
                    .message
                    .as_deref()
                    .is_some_and(|m| m.contains("scope")),
                "{error:?}"
            );
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
    let err = client.get_stations_data().send().await.expect_err("502");
    match &err {
        Error::Status { status, body, .. } => {
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
        .get_stations_data()
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
    let err = client.get_user().send().await.expect_err("nothing listens");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}

#[test]
fn the_crate_s_client_builder_builds_the_client_of_the_operations() {
    // `netatmo_api::ClientBuilder` is what `Client::builder()` returns, and what it builds
    // has the operations (not the runtime's bare client).
    fn settings() -> netatmo_api::ClientBuilder {
        netatmo_api::Client::builder().base_url("http://127.0.0.1:1/api")
    }
    let client: netatmo_api::Client = settings().build().expect("builds");
    let _request = client.get_stations_data();
    let again: netatmo_api::Client = netatmo_api::ClientBuilder::new()
        .access_token("t")
        .build()
        .expect("builds");
    let _request = again.get_stations_data();
}

#[tokio::test]
async fn a_caller_of_setstate_learns_which_module_refused_what() {
    // HTTP 200 and `status: ok`, with the refusals in `body.errors`.
    let answer = fixture("camera_set_state_error_already_on.json");
    let (_server, client) =
        server_answering(ResponseTemplate::new(200).set_body_json(&answer)).await;
    let body = client
        .set_state(set_state())
        .send()
        .await
        .expect("a partial error is an answer, not an Err")
        .expect("a body");
    let [refused] = body.errors.as_slice() else {
        panic!("one refusal: {:?}", body.errors)
    };
    assert_eq!(refused.id.as_deref(), Some("12:34:56:00:f1:62"));
    assert_eq!(refused.code.value(), 23, "a code the spec does not name");
    assert!(!refused.code.is_known());
    assert_eq!(refused.message.as_deref(), Some("Already on"));
    assert_eq!(refused.command.as_deref(), Some("command/changestatus"));
}

#[tokio::test]
async fn homestatus_names_the_unreachable_module_and_tolerates_a_missing_body() {
    use netatmo_api::models::PartialErrorCode;
    let answer = fixture("current/home_multi_status_error_disconnected.json");
    let (_server, client) =
        server_answering(ResponseTemplate::new(200).set_body_json(&answer)).await;
    let body = client.home_status("h").send().await.expect("an answer");
    let body = body.expect("a body");
    assert_eq!(body.errors[0].code, PartialErrorCode::Unreachable);
    assert!(body.errors[0].id.is_some());

    // Some homes answer `status: ok` and nothing else.
    let (_server, client) = server_answering(
        ResponseTemplate::new(200)
            .set_body_json(json!({"status": "ok", "time_server": 1_700_000_000})),
    )
    .await;
    assert_eq!(
        client.home_status("h").send().await.expect("an answer"),
        None
    );
}

#[tokio::test]
async fn a_cover_reports_its_step_under_the_key_with_a_colon() {
    let answer = fixture("current/homestatus_bticino_home_id.json");
    let (_server, client) =
        server_answering(ResponseTemplate::new(200).set_body_json(&answer)).await;
    let home = client
        .home_status("h")
        .send()
        .await
        .expect("an answer")
        .and_then(|body| body.home)
        .expect("a home");
    let steps: Vec<i32> = home
        .modules
        .iter()
        .filter_map(|m| m.target_position_step)
        .collect();
    assert!(
        !steps.is_empty(),
        "`target_position:step` decoded into its field"
    );
    assert!(
        home.modules
            .iter()
            .all(|m| !m.extra.contains_key("target_position:step"))
    );
}
