//! What the client tolerates in real answers, and what it does not (README, "What the client
//! tolerates"). The answers are the fixtures of `tests/fixtures/`, changed as FACTS.md
//! section 3 says Netatmo's own answers differ from the spec: `time_exec` and `time_server`
//! as text (`"0.0600"`), no `status` (an events answer). One metadata field must never cost
//! the caller the data they asked for; a required field missing or of another type, or data
//! of another shape, is still an `Error::Decode` with its JSON path.

use netatmo_api::models::{MeasureResponse, StationsDataResponse, WelcomeEventResponse};
use netatmo_api::runtime::RetryPolicy;
use netatmo_api::{Client, Error};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tests::{Capture, first_difference, fixture, same_json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client of a local server that answers `answer` to `GET /api{route}`.
async fn answering(route: &str, answer: &Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/api{route}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer))
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .access_token("token")
        .retry_policy(RetryPolicy::never())
        .build()
        .expect("builds");
    (server, client)
}

/// Decodes `json` as the client does (through `serde_path_to_error`).
fn decode<T: DeserializeOwned>(
    json: &Value,
) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize(json)
}

/// The getstationsdata answer of FACTS.md section 3: metadata as text, data as usual.
fn stations_with_metadata_as_text() -> Value {
    let mut answer = fixture("getstationsdata.json");
    answer["time_exec"] = json!("0.0600");
    answer["time_server"] = json!("1700000000");
    answer
}

#[test]
fn metadata_as_text_decodes_as_numbers_with_the_data_intact() {
    let answer = stations_with_metadata_as_text();
    let decoded: StationsDataResponse = decode(&answer).expect("decodes");
    assert_eq!(decoded.time_exec, Some(0.06));
    assert_eq!(decoded.time_server, Some(1_700_000_000));
    assert!(decoded.extra.is_empty(), "{:?}", decoded.extra);
    let devices = &decoded.body.as_ref().expect("a body").devices;
    assert!(!devices.is_empty() && devices.iter().all(|d| !d.id.is_empty()));
    // Everything but the two numbers encodes as it came; they encode as numbers.
    let mut again = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(again["time_exec"], json!(0.06));
    assert_eq!(again["time_server"], json!(1_700_000_000));
    again["time_exec"] = answer["time_exec"].clone();
    again["time_server"] = answer["time_server"].clone();
    assert!(
        same_json(&again, &answer),
        "{:?}",
        first_difference(&again, &answer, "")
    );
}

#[test]
fn an_answer_without_status_decodes() {
    let mut answer = fixture("camera_data_events_until.json");
    answer.as_object_mut().expect("an object").remove("status");
    let decoded: WelcomeEventResponse = decode(&answer).expect("decodes");
    let events = &decoded.body.as_ref().expect("a body").events_list;
    assert!(!events.is_empty());
    // Still no status when encoded again.
    let again = serde_json::to_value(&decoded).expect("encodes");
    assert!(
        same_json(&again, &answer),
        "{:?}",
        first_difference(&again, &answer, "")
    );
}

#[tokio::test]
// geteventsuntil is deprecated (get_events replaces it) but still answers as FACTS.md says.
#[allow(deprecated)]
async fn the_client_returns_answers_with_metadata_as_text_or_without_status() {
    let (_server, client) = answering("/getstationsdata", &stations_with_metadata_as_text()).await;
    let answer = client
        .get_stations_data()
        .send_with_meta()
        .await
        .expect("metadata as text is no error");
    assert_eq!(answer.meta.time_exec, Some(0.06));
    assert!(!answer.data.devices.is_empty());

    let mut events = fixture("camera_data_events_until.json");
    events.as_object_mut().expect("an object").remove("status");
    let (_server, client) = answering("/geteventsuntil", &events).await;
    let answer = client
        .get_events_until("event", "home")
        .send_with_meta()
        .await
        .expect("no status is no error");
    assert!(!answer.data.events_list.is_empty());
    assert_eq!(answer.meta.status, None);
    assert_eq!(answer.meta.extra.len(), 0);
}

#[tokio::test(flavor = "current_thread")]
async fn an_optional_field_of_another_type_is_none_kept_in_extra_and_warned_about() {
    let mut answer = fixture("getstationsdata.json");
    answer["body"]["devices"][0]["modules"][0]["battery_percent"] = json!("low");
    answer["body"]["devices"][0]["dashboard_data"] = json!([]);
    answer["time_exec"] = json!("fast");

    let capture = Capture::default();
    let _guard = capture.install();
    let (_server, client) = answering("/getstationsdata", &answer).await;
    let decoded = client
        .get_stations_data()
        .send_with_meta()
        .await
        .expect("decodes");

    assert_eq!(decoded.meta.time_exec, None);
    assert_eq!(decoded.meta.extra["time_exec"], json!("fast"));
    let station = &decoded.data.devices[0];
    assert_eq!(station.dashboard_data, None);
    assert_eq!(station.extra["dashboard_data"], json!([]));
    let module = &station.modules[0];
    assert_eq!(module.battery_percent, None);
    assert_eq!(module.extra["battery_percent"], json!("low"));
    // The rest of the module is read as usual.
    assert_eq!(module.rf_status, Some(65));

    // The data and the metadata together are the whole answer again.
    let mut again = serde_json::to_value(&decoded.meta).expect("encodes");
    again["body"] = serde_json::to_value(&decoded.data).expect("encodes");
    assert!(
        same_json(&again, &answer),
        "{:?}",
        first_difference(&again, &answer, "")
    );

    let warnings: Vec<String> = capture
        .events()
        .into_iter()
        .filter(|e| e.contains("tolerant"))
        .collect();
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    for (json_path, rust_type, field) in [
        (
            "body.devices[0].modules[0].battery_percent",
            "StationModule",
            "battery_percent",
        ),
        (
            "body.devices[0].dashboard_data",
            "Station",
            "dashboard_data",
        ),
        ("time_exec", "StationsDataResponse", "time_exec"),
    ] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(&format!("json_path={json_path} "))
                    && w.contains(&format!("rust_type={rust_type} "))
                    && w.contains(&format!("field={field}"))),
            "no warning for {json_path}: {warnings:#?}"
        );
    }
}

#[test]
fn null_for_an_optional_field_is_none_without_a_warning_and_is_written_back() {
    // Netatmo tells "not reported" (absent) from "none" (`null`): both read as `None`, and
    // encoding again gives each back as it came.
    let mut answer = fixture("getstationsdata.json");
    answer["body"]["devices"][0]["dashboard_data"] = Value::Null;
    // A plain list, and a field of a nested struct.
    answer["body"]["devices"][0]["modules"][0]["battery_percent"] = Value::Null;
    answer["body"]["devices"][1]["modules"] = Value::Null;
    let capture = Capture::default();
    let _guard = capture.install();
    let decoded: StationsDataResponse = decode(&answer).expect("decodes");
    assert!(capture.events().is_empty(), "{:#?}", capture.events());
    let body = decoded.body.as_ref().expect("a body");
    let station = &body.devices[0];
    assert_eq!(station.dashboard_data, None);
    assert_eq!(station.modules[0].battery_percent, None);
    assert!(body.devices[1].modules.is_empty());
    let again = serde_json::to_value(&decoded).expect("encodes");
    assert!(
        same_json(&again, &answer),
        "re-encoding differs at {:?}",
        first_difference(&again, &answer, "")
    );
    // Absent stays absent.
    let mut absent = fixture("getstationsdata.json");
    absent["body"]["devices"][0]
        .as_object_mut()
        .expect("a station")
        .remove("dashboard_data");
    let decoded: StationsDataResponse = decode(&absent).expect("decodes");
    let again = serde_json::to_value(&decoded).expect("encodes");
    assert!(again["body"]["devices"][0].get("dashboard_data").is_none());
}

/// The error and the JSON path at which decoding `answer` as `T` fails.
fn failure<T: DeserializeOwned + std::fmt::Debug>(answer: &Value) -> (String, String) {
    let error = decode::<T>(answer).expect_err("does not decode");
    (error.path().to_string(), error.inner().to_string())
}

#[test]
fn a_required_field_missing_or_of_another_type_is_still_an_error_at_its_path() {
    let mut missing = fixture("getstationsdata.json");
    missing["body"]["devices"][0]["modules"][1]
        .as_object_mut()
        .expect("a module")
        .remove("_id");
    let (at, error) = failure::<StationsDataResponse>(&missing);
    assert_eq!(at, "body.devices[0].modules[1]");
    assert!(error.contains("missing field `_id`"), "{error}");

    let mut wrong = fixture("getstationsdata.json");
    wrong["body"]["devices"][0]["modules"][1]["_id"] = json!(5);
    let (at, error) = failure::<StationsDataResponse>(&wrong);
    assert_eq!(at, "body.devices[0].modules[1]._id");
    assert!(error.contains("invalid type: integer `5`"), "{error}");

    // A required number may be its text, but only the text of a number.
    let mut measure = fixture("getmeasure_12_34_56_00_00_a1_4c_da.json");
    measure["body"][0]["beg_time"] = json!("1647935044");
    let decoded: MeasureResponse = decode(&measure).expect("a number as text decodes");
    assert!(serde_json::to_string(&decoded).is_ok_and(|s| s.contains(r#""beg_time":1647935044"#)));
    measure["body"][0]["beg_time"] = json!("soon");
    let (at, error) = failure::<MeasureResponse>(&measure);
    assert_eq!(at, "body");
    assert!(
        error.contains("did not match any variant of untagged enum MeasureBody"),
        "{error}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn an_answer_that_fails_says_where_and_warns_once_of_what_was_tolerated() {
    // The client decodes at full speed and reads a failed answer a second time to find
    // where it failed: the second reading must not repeat the first one's warnings.
    let mut answer = fixture("getstationsdata.json");
    answer["body"]["devices"][0]["modules"][0]["battery_percent"] = json!("low");
    answer["body"]["devices"][1]["modules"][0]
        .as_object_mut()
        .expect("a module")
        .remove("_id");
    let capture = Capture::default();
    let _guard = capture.install();
    let (_server, client) = answering("/getstationsdata", &answer).await;
    match client.get_stations_data().send().await {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "body.devices[1].modules[0]"),
        other => panic!("a module without its id: {other:?}"),
    }
    let warnings: Vec<String> = capture
        .events()
        .into_iter()
        .filter(|e| e.contains("battery_percent"))
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
}

#[tokio::test]
async fn data_of_another_shape_is_a_decode_error_with_its_path() {
    // `body` is the data asked for (x-strict in the overlay): of another shape, an error.
    let mut answer = fixture("getstationsdata.json");
    answer["body"] = json!([]);
    let (_server, client) = answering("/getstationsdata", &answer).await;
    match client.get_stations_data().send().await {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "body"),
        other => panic!("a body of another shape: {other:?}"),
    }
    // So is an item of the list of stations, or a whole answer that is not an object.
    answer["body"] = json!({"devices": ["12:34:56:78:9a:bc"]});
    let (_server, client) = answering("/getstationsdata", &answer).await;
    match client.get_stations_data().send().await {
        Err(Error::Decode { path, .. }) => assert_eq!(path, "body.devices[0]"),
        other => panic!("a station of another shape: {other:?}"),
    }
    let (_server, client) = answering("/getstationsdata", &json!(["ok"])).await;
    assert!(matches!(
        client.get_stations_data().send().await,
        Err(Error::Decode { .. })
    ));
}

#[test]
fn an_absent_list_reads_as_empty_and_is_written_as_it_came() {
    use netatmo_api::models::{Station, StationModule};
    // No `modules`: an empty list, and still no `modules` when written again.
    let bare = json!({"_id": "70:ee:50:00:00:01", "type": "NAMain"});
    let station: Station = serde_json::from_value(bare.clone()).expect("decodes");
    assert!(station.modules.is_empty());
    assert_eq!(serde_json::to_value(&station).expect("encodes"), bare);
    // `modules: []`: the same empty list, written again as `[]`.
    let empty = json!({"_id": "70:ee:50:00:00:01", "type": "NAMain", "modules": []});
    let came_empty: Station = serde_json::from_value(empty.clone()).expect("decodes");
    assert_eq!(serde_json::to_value(&came_empty).expect("encodes"), empty);
    // How a value was made is no part of its equality: the data are the same.
    assert_eq!(station, came_empty);
    assert_eq!(station, Station::new("70:ee:50:00:00:01", "NAMain"));
    // A value made here writes its lists when they have items, and leaves empty ones out.
    let mut made = Station::new("70:ee:50:00:00:01", "NAMain");
    assert_eq!(serde_json::to_value(&made).expect("encodes"), bare);
    made.modules
        .push(StationModule::new("02:00:00:00:00:01", "NAModule1"));
    let written = serde_json::to_value(&made).expect("encodes");
    assert_eq!(written["modules"][0]["_id"], "02:00:00:00:00:01");
    // Debug shows the fields, not the bookkeeping.
    assert!(!format!("{made:?}").contains("present"));
}
