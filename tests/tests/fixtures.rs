//! Real Netatmo responses (`tests/fixtures/`, see SOURCES.md) decode into the generated
//! response type of their operation, and encoding them again loses nothing: unknown fields,
//! unknown enum values and both shapes of getmeasure survive.

use netatmo_api::models::{
    EventsResponse, HomeCoachsDataResponse, HomeStatusResponse, HomesDataResponse, MeasureBody,
    MeasureResponse, OkResponse, PublicDataResponse, ScheduleUpdate, SetStateResponse,
    StationsDataResponse, ThermostatsDataResponse, WebhookPush, WelcomeEventResponse,
    WelcomeHomeDataResponse,
};
use std::collections::BTreeSet;

use codegen::ir::{Additional, TypeKind, TypeRef};
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
    ($($test:ident: $file:literal => $ty:ident,)*) => {
        $(
            #[test]
            fn $test() {
                round_trip::<$ty>($file, &fixture($file));
            }
        )*

        /// Every fixture, with the name of the type it decodes into.
        const FIXTURES: &[(&str, &str)] = &[$(($file, stringify!($ty))),*];
    };
}

fixture_tests! {
    getstationsdata: "getstationsdata.json" => StationsDataResponse,
    getstationsdata_simple: "weatherstation_data_simple.json" => StationsDataResponse,
    getstationsdata_unreachable_station: "weatherstation_data_unreachable_station.json" => StationsDataResponse,
    gethomecoachsdata: "gethomecoachsdata.json" => HomeCoachsDataResponse,
    gethomecoachsdata_no_devices: "home_coach_no_devices.json" => HomeCoachsDataResponse,
    getmeasure_by_timestamp: "weatherstation_measure.json" => MeasureResponse,
    getmeasure_blocks: "getmeasure_12_34_56_00_00_a1_4c_da.json" => MeasureResponse,
    getmeasure_energy_blocks_with_nulls: "getmeasure_energy_12_34_56_00_00_a1_4c_da.json" => MeasureResponse,
    getmeasure_energy_blocks_with_nulls_2: "getmeasure_energy_98_76_54_32_10_00_00_69.json" => MeasureResponse,
    getthermostatsdata: "thermostat_data_simple.json" => ThermostatsDataResponse,
    gethomedata: "camera_home_data.json" => WelcomeHomeDataResponse,
    gethomedata_disconnected: "camera_home_data_disconnected.json" => WelcomeHomeDataResponse,
    gethomedata_no_homes: "camera_home_data_no_homes.json" => WelcomeHomeDataResponse,
    geteventsuntil: "camera_data_events_until.json" => WelcomeEventResponse,
    setpersonsaway: "camera_data_empty.json" => OkResponse,
    setthermpoint_and_other_writes: "status_ok.json" => OkResponse,
    setstate_already_on: "camera_set_state_error_already_on.json" => SetStateResponse,
    // The API people use today (`current/`, see its SOURCES.md).
    homesdata: "current/homesdata.json" => HomesDataResponse,
    homesdata_multi: "current/homesdata_multi.json" => HomesDataResponse,
    homesdata_empty: "current/homesdata_empty.json" => HomesDataResponse,
    homesdata_empty_home: "current/homesdata_emtpy_home.json" => HomesDataResponse,
    homesdata_realshape: "current/homesdata_realshape.json" => HomesDataResponse,
    homesdata_velux: "current/homesdata_velux.json" => HomesDataResponse,
    homesdata_bticino: "current/homesdata_bticino.json" => HomesDataResponse,
    homestatus_all_families: "current/homestatus_91763b24c43d3e344f424e8b.json" => HomeStatusResponse,
    homestatus_persons_only: "current/homestatus_91763b24c43d3e344f424e8c.json" => HomeStatusResponse,
    homestatus_realshape: "current/homestatus_realshape_home_id.json" => HomeStatusResponse,
    homestatus_velux: "current/homestatus_velux_home_id.json" => HomeStatusResponse,
    homestatus_bticino: "current/homestatus_bticino_home_id.json" => HomeStatusResponse,
    homestatus_camera_and_energy: "current/home_status_simple.json" => HomeStatusResponse,
    homestatus_partial_error: "current/home_multi_status_error_disconnected.json" => HomeStatusResponse,
    homestatus_empty_body: "current/archive_home_status_empty.json" => HomeStatusResponse,
    homestatus_error_and_data: "current/archive_home_status_error_and_data.json" => HomeStatusResponse,
    getmeasure_energy_two_segments: "current/getmeasure_energy_buy_from_grid_1_98_76_54_32_10_00_00_73.json" => MeasureResponse,
    getmeasure_energy_short_segments: "current/getmeasure_energy_buy_from_grid_1_98_76_54_32_10_00_00_49.json" => MeasureResponse,
    setstate_ok: "current/archive_camera_set_state_ok.json" => SetStateResponse,
    getevents: "current/getevents.json" => EventsResponse,
    getpublicdata: "current/getpublicdata.json" => PublicDataResponse,
    getpublicdata_older: "current/archive_public_data_simple.json" => PublicDataResponse,
    // What Netatmo pushes to a webhook.
    push_camera_person: "current/webhook/NACamera-person.json" => WebhookPush,
    push_outdoor_light_mode: "current/webhook/NOC-light_mode.json" => WebhookPush,
    push_device_dimmer: "current/webhook/device_event__modules_dimmer.json" => WebhookPush,
    push_device_setpoint: "current/webhook/device_event__setpoint_event.json" => WebhookPush,
    push_device_temperature: "current/webhook/device_event__temperature_variation_event.json" => WebhookPush,
    push_display_set_point: "current/webhook/display_change__set_point.json" => WebhookPush,
    push_display_setpoint_event: "current/webhook/display_change__setpoint_event.json" => WebhookPush,
    push_schedule_changed: "current/webhook/home_event_changed__schedule.json" => WebhookPush,
    push_therm_mode_changed: "current/webhook/home_event_changed__therm_mode.json" => WebhookPush,
    push_activation: "current/webhook/webhook_activation.json" => WebhookPush,
    // Request bodies pyatmo sends, not answers: what sync_home_schedule takes.
    synchomeschedule_request: "current/sync_schedule_591b54a2764ff4d50d8b5795.json" => ScheduleUpdate,
    synchomeschedule_request_2: "current/sync_schedule_b1b54a2f45795764f59d50d8.json" => ScheduleUpdate,
}

#[test]
fn every_operation_fixture_has_a_decode_test() {
    /// The JSON files under `dir`, as paths relative to `tests/fixtures/`.
    fn json_files(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("readable") {
            let entry = entry.expect("readable");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().expect("a type").is_dir() {
                // The official specs (`specs/`) are no answers.
                if name != "specs" {
                    json_files(&entry.path(), &format!("{name}/"), out);
                }
            } else if name.ends_with(".json") {
                out.push(name);
            }
        }
    }
    let mut files = Vec::new();
    json_files(&tests::fixture_path(""), "", &mut files);
    assert!(files.len() > 40, "{files:?}");
    let listed: Vec<&str> = FIXTURES.iter().map(|(file, _)| *file).collect();
    for file in files {
        // The error envelope is the runtime's to read (tests/tests/tolerant.rs, errors).
        if file == "error_scope.json" {
            continue;
        }
        assert!(listed.contains(&file.as_str()), "{file} has no decode test");
    }
}

#[test]
fn getmeasure_answers_decode_into_the_shape_optimize_asked_for() {
    let blocks: MeasureResponse =
        serde_json::from_value(fixture("getmeasure_12_34_56_00_00_a1_4c_da.json"))
            .expect("decodes");
    let Some(MeasureBody::Blocks(blocks)) = blocks.body else {
        panic!("optimize=true answers blocks")
    };
    assert!(!blocks.is_empty() && blocks.iter().all(|b| !b.value.is_empty()));

    let by_time: MeasureResponse =
        serde_json::from_value(fixture("weatherstation_measure.json")).expect("decodes");
    let Some(MeasureBody::ByTimestamp(by_time)) = by_time.body else {
        panic!("optimize=false answers a map")
    };
    assert!(
        !by_time.is_empty() && by_time.keys().all(|k| k.parse::<i64>().is_ok()),
        "keyed by Unix timestamps"
    );

    let with_nulls: MeasureResponse =
        serde_json::from_value(fixture("getmeasure_energy_98_76_54_32_10_00_00_69.json"))
            .expect("decodes");
    let Some(MeasureBody::Blocks(blocks)) = with_nulls.body else {
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
    let answer: StationsDataResponse =
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
    let decoded: StationsDataResponse = round_trip("modified getstationsdata", &json);
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
    let as_int: StationsDataResponse =
        serde_json::from_value(json.clone()).expect("an integer decodes");
    json["body"]["devices"][0]["dashboard_data"]["Temperature"] = json!(27.5);
    let as_float: StationsDataResponse = serde_json::from_value(json).expect("a float decodes");
    let temperature = |r: &StationsDataResponse| {
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
    let answer: StationsDataResponse =
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
    let modules = &station.modules;
    assert!(!modules.is_empty());
    assert!(modules.iter().all(|m| !m.extra.contains_key("battery_percent") && !m.extra.contains_key("rf_status")));
}

/// Where in `json`, decoded as `ty`, keys land in an `extra` map because the schema does not
/// list them: `body.devices[].new_key` (list indexes and map keys folded into `[]`, `{}`).
/// Read from the intermediate model the crates are generated from, so it says what the
/// generated types do.
fn extra_keys(
    api: &codegen::ir::Api,
    ty: &TypeRef,
    json: &Value,
    at: &str,
    out: &mut BTreeSet<String>,
) {
    match (ty, json) {
        (TypeRef::Nullable(inner), _) => extra_keys(api, inner, json, at, out),
        (TypeRef::Array(item), Value::Array(items)) => {
            for value in items {
                extra_keys(api, item, value, &format!("{at}[]"), out);
            }
        }
        (TypeRef::Map(item), Value::Object(entries)) => {
            for value in entries.values() {
                extra_keys(api, item, value, &format!("{at}{{}}"), out);
            }
        }
        (TypeRef::Named(id), _) => match &api.types[id.0].kind {
            TypeKind::Alias(inner) => extra_keys(api, inner, json, at, out),
            TypeKind::Struct(fields) => struct_extra_keys(api, fields, json, at, out),
            // Tried in order, as the decoder does: the first of the JSON's kind.
            TypeKind::OneOf(alternatives) => {
                if let Some(alternative) = alternatives.iter().find(|a| same_kind(api, &a.ty, json))
                {
                    extra_keys(api, &alternative.ty, json, at, out);
                }
            }
            TypeKind::Tagged {
                property,
                alternatives,
            } => {
                let tag = json.get(property).and_then(Value::as_str);
                match alternatives
                    .iter()
                    .find(|a| a.tag.is_some() && a.tag.as_deref() == tag)
                {
                    Some(alternative) => extra_keys(api, &alternative.ty, json, at, out),
                    // `Other`: the base's fields, which must know the keys all the same.
                    None => {
                        out.insert(format!(
                            "{at} (a `{property}` the spec does not list: {tag:?})"
                        ));
                        if let Some(other) = alternatives.iter().find(|a| a.tag.is_none()) {
                            extra_keys(api, &other.ty, json, at, out);
                        }
                    }
                }
            }
            TypeKind::Enum(_) | TypeKind::Opaque => {}
        },
        _ => {}
    }
}

fn struct_extra_keys(
    api: &codegen::ir::Api,
    ty: &codegen::ir::Struct,
    json: &Value,
    at: &str,
    out: &mut BTreeSet<String>,
) {
    let Value::Object(entries) = json else { return };
    for (key, value) in entries {
        let here = if at.is_empty() {
            key.clone()
        } else {
            format!("{at}.{key}")
        };
        match ty.fields.iter().find(|f| f.name.wire == *key) {
            Some(field) => extra_keys(api, &field.ty, value, &here, out),
            None => match &ty.additional {
                Additional::Kept(_) => {
                    out.insert(here);
                }
                Additional::Typed(_, item) => {
                    extra_keys(api, item, value, &format!("{at}{{}}"), out)
                }
                Additional::Forbidden => {
                    out.insert(format!(
                        "{here} (dropped: the schema forbids other properties)"
                    ));
                }
            },
        }
    }
}

/// Whether `json` is of the kind `ty` decodes from (object, array, scalar).
fn same_kind(api: &codegen::ir::Api, ty: &TypeRef, json: &Value) -> bool {
    match ty {
        TypeRef::Array(_) => json.is_array(),
        TypeRef::Map(_) => json.is_object(),
        TypeRef::Nullable(inner) => json.is_null() || same_kind(api, inner, json),
        TypeRef::Named(id) => match &api.types[id.0].kind {
            TypeKind::Alias(inner) => same_kind(api, inner, json),
            TypeKind::Struct(_) | TypeKind::Tagged { .. } => json.is_object(),
            TypeKind::Enum(_) => json.is_string() || json.is_number(),
            TypeKind::OneOf(alternatives) => {
                alternatives.iter().any(|a| same_kind(api, &a.ty, json))
            }
            TypeKind::Opaque => true,
        },
        TypeRef::Primitive(_) => !json.is_object() && !json.is_array(),
        TypeRef::Any | TypeRef::File => true,
    }
}

#[test]
fn the_keys_each_fixture_keeps_in_extra_are_the_ones_the_spec_does_not_document() {
    // A round trip passes with a misnamed field (its key lands in `extra`, and encoding it
    // again gives it back): this snapshot lists, per fixture, every key that lands in an
    // `extra` map. A key the facts document showing up here is a typo in the overlay.
    let root = tests::workspace_root();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect("readable");
    let (api, _) = codegen::model(&read("spec/netatmo.yaml"), &tests::strs(&tests::overlays()))
        .unwrap_or_else(|d| panic!("the spec does not resolve: {d:?}"));
    let mut report = String::new();
    for (file, type_name) in FIXTURES {
        let id = api
            .types
            .iter()
            .position(|t| t.name.rust == *type_name)
            .unwrap_or_else(|| panic!("no type {type_name}"));
        let mut keys = BTreeSet::new();
        extra_keys(
            &api,
            &TypeRef::Named(codegen::ir::TypeId(id)),
            &fixture(file),
            "",
            &mut keys,
        );
        report.push_str(&format!("{file} ({type_name}):\n"));
        if keys.is_empty() {
            report.push_str("  (none)\n");
        }
        for key in keys {
            report.push_str(&format!("  {key}\n"));
        }
    }
    insta::assert_snapshot!("extra_keys", report);
}

#[test]
fn the_extra_keys_walk_sees_a_misnamed_field() {
    // What the snapshot above rests on: a documented key renamed shows up, and only it, in
    // a struct inside lists, in one of getmeasure's two shapes, and deep in gethomedata.
    let root = tests::workspace_root();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect("readable");
    let (api, _) = codegen::model(&read("spec/netatmo.yaml"), &tests::strs(&tests::overlays()))
        .expect("resolves");
    for (file, type_name, pointer, key, shown) in [
        (
            "getstationsdata.json",
            "StationsDataResponse",
            "/body/devices/0/dashboard_data",
            "Temperature",
            "body.devices[].dashboard_data.Temperature_",
        ),
        (
            "getmeasure_12_34_56_00_00_a1_4c_da.json",
            "MeasureResponse",
            "/body/0",
            "beg_time",
            "body[].beg_time_",
        ),
        (
            "camera_home_data.json",
            "WelcomeHomeDataResponse",
            "/body/homes/0/persons/0",
            "last_seen",
            "body.homes[].persons[].last_seen_",
        ),
    ] {
        let id = api
            .types
            .iter()
            .position(|t| t.name.rust == type_name)
            .expect("the type");
        let ty = TypeRef::Named(codegen::ir::TypeId(id));
        let mut json = fixture(file);
        let mut before = BTreeSet::new();
        extra_keys(&api, &ty, &json, "", &mut before);
        let object = json
            .pointer_mut(pointer)
            .and_then(Value::as_object_mut)
            .expect("an object");
        let value = object
            .remove(key)
            .unwrap_or_else(|| panic!("{file}: no {key}"));
        object.insert(format!("{key}_"), value);
        let mut after = BTreeSet::new();
        extra_keys(&api, &ty, &json, "", &mut after);
        let new: Vec<_> = after.difference(&before).collect();
        assert_eq!(new, [shown], "{file}");
    }
}

#[test]
fn a_webhook_receiver_gets_each_push_as_its_kind_in_one_call() {
    use netatmo_api::models::{PushSubType, ThermMode};
    use netatmo_api::webhooks::decode_push;
    let push = |file: &str| {
        let bytes = std::fs::read(tests::fixture_path(&format!("current/webhook/{file}")))
            .expect("the fixture is readable");
        decode_push(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    assert!(matches!(
        push("webhook_activation.json"),
        WebhookPush::WebhookActivation(_)
    ));
    // A camera's event: `<device type>-<event>`, too many kinds to list, so `Other`.
    let WebhookPush::Other(seen) = push("NACamera-person.json") else {
        panic!("a security event is Other")
    };
    assert_eq!(seen.event_type.as_deref(), Some("person"));
    assert_eq!(seen.persons[0].is_known, Some(true));
    let WebhookPush::Other(light) = push("NOC-light_mode.json") else {
        panic!("Other")
    };
    assert_eq!(light.sub_type, Some(PushSubType::Text("on".to_owned())));
    let WebhookPush::DisplayChange(change) = push("display_change__setpoint_event.json") else {
        panic!("display_change")
    };
    assert_eq!(change.temperature, Some(13.5));
    assert_eq!(
        change.correlation_id.as_deref(),
        Some("3656857635745554143")
    );
    let WebhookPush::HomeEventChanged(mode) = push("home_event_changed__therm_mode.json") else {
        panic!("home_event_changed")
    };
    assert_eq!(mode.home.and_then(|h| h.therm_mode), Some(ThermMode::Hg));
    // A correlation id beyond i64, exactly.
    let WebhookPush::DeviceEvent(dimmer) = push("device_event__modules_dimmer.json") else {
        panic!("device_event")
    };
    let params = dimmer.extra_params.expect("extra_params");
    assert_eq!(params.correlation_id, Some(13_915_705_160_800_893_000));
    assert_eq!(params.modules[0].brightness, Some(33));
}
