//! Real Netatmo responses (`tests/fixtures/`, see SOURCES.md) decode into the generated
//! response type of their operation, and encoding them again loses nothing: unknown fields,
//! unknown enum values and both shapes of getmeasure survive.

use netatmo_api::models::{
    NaHomeCoachsDataResponse, NaMeasureBody, NaMeasureResponse, NaOkResponse,
    NaStationsDataResponse, NaThermostatsDataResponse, NaWelcomeEventResponse,
    NaWelcomeHomeDataResponse,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tests::{first_difference, fixture, same_json};

/// Decodes `json` as `T`, encodes it again, and checks nothing was lost or changed.
fn round_trip<T: DeserializeOwned + Serialize>(name: &str, json: &Value) -> T {
    let decoded: T =
        serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{name} decodes: {e}"));
    let again = serde_json::to_value(&decoded).expect("encodes");
    assert!(
        same_json(&again, json),
        "{name}: re-encoding differs at {:?}",
        first_difference(&again, json, "")
    );
    decoded
}

macro_rules! fixture_tests {
    ($($test:ident: $file:literal => $ty:ty,)*) => {$(
        #[test]
        fn $test() {
            round_trip::<$ty>($file, &fixture($file));
        }
    )*};
}

fixture_tests! {
    getstationsdata: "getstationsdata.json" => NaStationsDataResponse,
    getstationsdata_simple: "weatherstation_data_simple.json" => NaStationsDataResponse,
    getstationsdata_unreachable_station: "weatherstation_data_unreachable_station.json" => NaStationsDataResponse,
    gethomecoachsdata: "gethomecoachsdata.json" => NaHomeCoachsDataResponse,
    gethomecoachsdata_no_devices: "home_coach_no_devices.json" => NaHomeCoachsDataResponse,
    getmeasure_by_timestamp: "weatherstation_measure.json" => NaMeasureResponse,
    getmeasure_blocks: "getmeasure_12_34_56_00_00_a1_4c_da.json" => NaMeasureResponse,
    getmeasure_energy_blocks_with_nulls: "getmeasure_energy_12_34_56_00_00_a1_4c_da.json" => NaMeasureResponse,
    getmeasure_energy_blocks_with_nulls_2: "getmeasure_energy_98_76_54_32_10_00_00_69.json" => NaMeasureResponse,
    getthermostatsdata: "thermostat_data_simple.json" => NaThermostatsDataResponse,
    gethomedata: "camera_home_data.json" => NaWelcomeHomeDataResponse,
    gethomedata_disconnected: "camera_home_data_disconnected.json" => NaWelcomeHomeDataResponse,
    gethomedata_no_homes: "camera_home_data_no_homes.json" => NaWelcomeHomeDataResponse,
    geteventsuntil: "camera_data_events_until.json" => NaWelcomeEventResponse,
    setpersonsaway: "camera_data_empty.json" => NaOkResponse,
    setthermpoint_and_other_writes: "status_ok.json" => NaOkResponse,
}

#[test]
fn every_operation_fixture_has_a_decode_test() {
    let source = include_str!("fixtures.rs");
    for entry in std::fs::read_dir(tests::fixture_path("")).expect("tests/fixtures exists") {
        let name = entry
            .expect("readable")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let is_response = name.ends_with(".json") && name != "error_scope.json";
        assert!(
            !is_response || source.contains(&format!(": \"{name}\" =>")),
            "{name} has no decode test"
        );
    }
}

#[test]
fn getmeasure_answers_decode_into_the_shape_optimize_asked_for() {
    let blocks: NaMeasureResponse =
        serde_json::from_value(fixture("getmeasure_12_34_56_00_00_a1_4c_da.json"))
            .expect("decodes");
    let Some(NaMeasureBody::Blocks(blocks)) = blocks.body else {
        panic!("optimize=true answers blocks")
    };
    assert!(!blocks.is_empty() && blocks.iter().all(|b| !b.value.is_empty()));

    let by_time: NaMeasureResponse =
        serde_json::from_value(fixture("weatherstation_measure.json")).expect("decodes");
    let Some(NaMeasureBody::ByTimestamp(by_time)) = by_time.body else {
        panic!("optimize=false answers a map")
    };
    assert!(
        !by_time.is_empty() && by_time.keys().all(|k| k.parse::<i64>().is_ok()),
        "keyed by Unix timestamps"
    );

    let with_nulls: NaMeasureResponse =
        serde_json::from_value(fixture("getmeasure_energy_98_76_54_32_10_00_00_69.json"))
            .expect("decodes");
    let Some(NaMeasureBody::Blocks(blocks)) = with_nulls.body else {
        panic!("blocks")
    };
    assert!(
        blocks
            .iter()
            .flat_map(|b| &b.value)
            .flatten()
            .any(Option::is_none),
        "a null value is None"
    );
}

#[test]
fn an_unreachable_station_has_no_dashboard_data() {
    let answer: NaStationsDataResponse =
        serde_json::from_value(fixture("weatherstation_data_unreachable_station.json"))
            .expect("decodes");
    let devices = answer.body.expect("a body").devices;
    let unreachable: Vec<_> = devices
        .iter()
        .filter(|d| d.reachable == Some(false))
        .collect();
    assert!(!unreachable.is_empty());
    assert!(unreachable.iter().all(|d| d.dashboard_data.is_none()));
}

#[test]
fn fields_and_enum_values_the_spec_does_not_know_survive() {
    let mut json = fixture("getstationsdata.json");
    let station = &mut json["body"]["devices"][0];
    station["brand_new_field"] = json!({"nested": [1, 2.5, null]});
    station["dashboard_data"]["temp_trend"] = json!("sideways");
    let decoded: NaStationsDataResponse = round_trip("modified getstationsdata", &json);
    let first = &decoded.body.expect("a body").devices[0];
    assert_eq!(
        first.extra["brand_new_field"],
        json!({"nested": [1, 2.5, null]})
    );
    let trend = first
        .dashboard_data
        .as_ref()
        .and_then(|d| d.temp_trend.clone())
        .expect("a trend");
    assert!(!trend.is_known());
    assert_eq!(trend.as_str(), "sideways");
}

#[test]
fn a_measurement_may_be_an_integer_or_a_float() {
    let mut json = fixture("getstationsdata.json");
    json["body"]["devices"][0]["dashboard_data"]["Temperature"] = json!(27);
    let as_int: NaStationsDataResponse =
        serde_json::from_value(json.clone()).expect("an integer decodes");
    json["body"]["devices"][0]["dashboard_data"]["Temperature"] = json!(27.5);
    let as_float: NaStationsDataResponse = serde_json::from_value(json).expect("a float decodes");
    let temperature = |r: &NaStationsDataResponse| {
        r.body
            .as_ref()
            .and_then(|b| b.devices[0].dashboard_data.as_ref())
            .and_then(|d| d.temperature)
    };
    assert_eq!(temperature(&as_int), Some(27.0));
    assert_eq!(temperature(&as_float), Some(27.5));
}

#[test]
fn documented_fields_land_in_typed_fields_not_in_extra() {
    // The round trips above would pass with every field in `extra`; this checks that the
    // schema's names match the real keys.
    let answer: NaStationsDataResponse =
        serde_json::from_value(fixture("getstationsdata.json")).expect("decodes");
    let station = &answer.body.expect("a body").devices[0];
    assert!(!station.id.is_empty() && station.station_name.is_some() && station.place.is_some());
    let dashboard = station.dashboard_data.as_ref().expect("dashboard data");
    assert!(
        dashboard.temperature.is_some() && dashboard.co2.is_some() && dashboard.time_utc.is_some()
    );
    for key in [
        "Temperature",
        "CO2",
        "Humidity",
        "Noise",
        "Pressure",
        "time_utc",
        "min_temp",
        "max_temp",
    ] {
        assert!(
            !dashboard.extra.contains_key(key),
            "`{key}` is a documented field but was not decoded into one"
        );
    }
    for key in [
        "_id",
        "station_name",
        "dashboard_data",
        "modules",
        "place",
        "reachable",
        "type",
    ] {
        assert!(
            !station.extra.contains_key(key),
            "`{key}` was not decoded into its field"
        );
    }
    let modules = station.modules.as_ref().expect("modules");
    assert!(modules.iter().all(|m| !m.extra.contains_key("battery_percent") && !m.extra.contains_key("rf_status")));
}
