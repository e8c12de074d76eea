// @generated from spec/netatmo.yaml + spec/netatmo.overlay.yaml by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Data types of the Netatmo API (spec version 1.1.1).

use serde::{Deserialize, Serialize};

/// Envelope of every successful JSON answer: `status` is "ok"; the operation's data, if any, is in `body`. `time_exec` can be absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of operations that return no data (setthermpoint, switchschedule, syncschedule, setpersonsaway, addwebhook, dropwebhook): the envelope without `body`. The official spec's `body: string` never occurs in real answers (fixtures status_ok.json, camera_data_empty.json).
pub type NaOkResponse = NaResponse;

/// Mongo-style timestamp used by the retired devicelist/getuser operations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaDate {
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sec: Option<i64>,
    /// Microseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usec: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A year and month.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaYearMonth {
    /// Year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<i32>,
    /// Month, 1-12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub m: Option<i32>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Where a device is installed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaPlace {
    /// Altitude in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub altitude: Option<f64>,
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country code, e.g. DE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Berlin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Coordinates as \[longitude, latitude\] (some anonymised samples swap them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Vec<f64>>,
    /// True when the location was derived from the IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_ip: Option<bool>,
    /// `improveLocProposed`
    #[serde(
        rename = "improveLocProposed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub improve_loc_proposed: Option<bool>,
    /// `trust_location`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_location: Option<bool>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The user's locale and unit preferences. The unit fields are integers in real data (the official spec says string); `pressureunit` is sometimes missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaUserAdministrative {
    /// User locale, e.g. de-DE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Regional preference used to format dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_locale: Option<String>,
    /// User country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// 0 = metric, 1 = imperial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<i32>,
    /// 0 = km/h, 1 = mph, 2 = m/s, 3 = beaufort, 4 = knot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub windunit: Option<i32>,
    /// 0 = mbar, 1 = inHg, 2 = mmHg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pressureunit: Option<i32>,
    /// Feels-like temperature algorithm: 0 = humidex, 1 = heat index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feel_like_algo: Option<i32>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The user, as returned next to the devices of getstationsdata, gethomecoachsdata and getthermostatsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaUser {
    /// The user's e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// `administrative`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administrative: Option<NaUserAdministrative>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Last measurements of a station, module or Home Coach. Which keys are present depends on the device type (see its `data_type`). All measurements are numbers: the same key holds an integer in one answer and a decimal in another. The official spec's `device_id` (typed float) is left out and its swapped min_temp/max_temp descriptions are corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaDashboardData {
    /// When these measurements were taken (unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_utc: Option<i64>,
    /// Temperature in °C.
    #[serde(rename = "Temperature", default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// CO2 level in ppm.
    #[serde(rename = "CO2", default, skip_serializing_if = "Option::is_none")]
    pub co2: Option<f64>,
    /// Relative humidity in %.
    #[serde(rename = "Humidity", default, skip_serializing_if = "Option::is_none")]
    pub humidity: Option<f64>,
    /// Noise level in dB.
    #[serde(rename = "Noise", default, skip_serializing_if = "Option::is_none")]
    pub noise: Option<f64>,
    /// Sea-level pressure in mbar.
    #[serde(rename = "Pressure", default, skip_serializing_if = "Option::is_none")]
    pub pressure: Option<f64>,
    /// Pressure measured at the station's altitude, in mbar.
    #[serde(
        rename = "AbsolutePressure",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub absolute_pressure: Option<f64>,
    /// Last rain measured, in mm.
    #[serde(rename = "Rain", default, skip_serializing_if = "Option::is_none")]
    pub rain: Option<f64>,
    /// Rain in the last hour, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sum_rain_1: Option<f64>,
    /// Rain today, in mm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sum_rain_24: Option<f64>,
    /// Average wind speed over the last 5 minutes, in km/h.
    #[serde(rename = "WindStrength", default, skip_serializing_if = "Option::is_none")]
    pub wind_strength: Option<f64>,
    /// Average wind direction over the last 5 minutes, in degrees.
    #[serde(rename = "WindAngle", default, skip_serializing_if = "Option::is_none")]
    pub wind_angle: Option<f64>,
    /// Speed of the strongest gust of the last 5 minutes, in km/h.
    #[serde(rename = "GustStrength", default, skip_serializing_if = "Option::is_none")]
    pub gust_strength: Option<f64>,
    /// Direction of the strongest gust of the last 5 minutes, in degrees.
    #[serde(rename = "GustAngle", default, skip_serializing_if = "Option::is_none")]
    pub gust_angle: Option<f64>,
    /// Highest wind speed of the day, in km/h.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_wind_str: Option<f64>,
    /// Direction of the highest wind of the day, in degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_wind_angle: Option<f64>,
    /// When the highest wind of the day was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_max_wind_str: Option<i64>,
    /// Minimum temperature of the day in °C, measured at `date_min_temp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_temp: Option<f64>,
    /// Maximum temperature of the day in °C, measured at `date_max_temp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_temp: Option<f64>,
    /// When the minimum temperature of the day was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_min_temp: Option<i64>,
    /// When the maximum temperature of the day was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_max_temp: Option<i64>,
    /// Temperature trend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temp_trend: Option<NaDashboardDataTempTrend>,
    /// Pressure trend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pressure_trend: Option<NaDashboardDataPressureTrend>,
    /// Home Coach health index: 0 = healthy, 1 = fine, 2 = fair, 3 = poor, 4 = unhealthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_idx: Option<i32>,
    /// Boiler on time, in seconds.
    #[serde(rename = "BoilerOn", default, skip_serializing_if = "Option::is_none")]
    pub boiler_on: Option<f64>,
    /// Boiler off time, in seconds.
    #[serde(rename = "BoilerOff", default, skip_serializing_if = "Option::is_none")]
    pub boiler_off: Option<f64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A module of a weather station: NAModule1 (outdoor), NAModule2 (wind), NAModule3 (rain), NAModule4 (indoor).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaStationModule {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// Name given by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// Measurements this module provides, e.g. Temperature, Humidity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// When the module was set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the station received data from the module.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// Last time the module was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// False when the module has not been heard from recently; `dashboard_data` is then absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Id of the station the module belongs to (seen in some answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_device: Option<String>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A weather station (main indoor module, type NAMain) with its modules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaMain {
    /// Station id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// `cipher_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// Name of the station (since 2020-11 the home name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// Name of the main module.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// `home_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_id: Option<String>,
    /// `home_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_name: Option<String>,
    /// When the station was first set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<i64>,
    /// When the station was last set up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the station sent data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// True when the station was seen by the Netatmo cloud within the last 4 hours; `dashboard_data` is absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to (or favourited) the station rather than owning it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// True when the station is a favourite of the user, not owned by them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favorite: Option<bool>,
    /// Measurements the main module provides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// `place`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Modules linked to this station.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaStationModule>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of getstationsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaStationsDataBody {
    /// The user's stations (and favourites when get_favorites is true).
    pub devices: Vec<NaMain>,
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of getstationsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaStationsDataResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The stations and the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaStationsDataBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A Healthy Home Coach (type NHC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaHomeCoach {
    /// Device id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// `cipher_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// NHC.
    #[serde(rename = "type")]
    pub type_: String,
    /// Name of the Home Coach (official spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Name of the Home Coach as seen in real answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// `module_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// `date_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<i64>,
    /// `last_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the device sent data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// True when the device was seen recently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to the device rather than owning it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Measurements the device provides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// `place`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches. Includes `health_idx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of gethomecoachsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaHomeCoachsDataBody {
    /// The user's Home Coaches (an empty array when there are none).
    pub devices: Vec<NaHomeCoach>,
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of gethomecoachsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaHomeCoachsDataResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The Home Coaches and the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaHomeCoachsDataBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Values at one time, in the order of the requested `type`s; a value is null when it was not measured.
pub type NaMeasureRow = Vec<Option<f64>>;

/// A run of equally spaced measurements (getmeasure with optimize=true).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaMeasureBlock {
    /// Time of the first row (unix seconds).
    pub beg_time: i64,
    /// Seconds between consecutive rows. Not required: it may be absent when a block holds a single row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_time: Option<i64>,
    /// One row per time step.
    pub value: Vec<NaMeasureRow>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Measurements keyed by their unix timestamp written as a string (getmeasure with optimize=false).
pub type NaMeasureByTimestamp = std::collections::BTreeMap<String, NaMeasureRow>;

/// Body of getmeasure: an array of blocks (optimize=true, the default) or an object keyed by timestamp (optimize=false). The official spec knows only the first shape.
///
/// Decoding tries each shape in the order listed and takes the first that fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum NaMeasureBody {
    /// Blocks
    ///
    /// optimize=true: runs of equally spaced rows.
    Blocks(Vec<NaMeasureBlock>),
    /// ByTimestamp
    ///
    /// optimize=false: one row per timestamp.
    ByTimestamp(NaMeasureByTimestamp),
}

/// Answer of getmeasure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaMeasureResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The measurements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaMeasureBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A temperature zone of a thermostat program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaZone {
    /// Zone id, referenced by the timetable.
    pub id: i32,
    /// Zone type: 0 = comfort, 1 = night, 2 = away, 3 = frost guard; other values occur (5 for an "Eco" zone in real data).
    #[serde(rename = "type")]
    pub type_: i32,
    /// Name of the zone (absent for the built-in away and frost guard zones in real data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Setpoint temperature of the zone in °C.
    pub temp: f64,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl NaZone {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: i32, type_: i32, temp: f64) -> Self {
        Self {
            id,
            type_,
            name: None,
            temp,
            extra: Default::default(),
        }
    }
}

/// Start of a zone in the weekly timetable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaTimeTableItem {
    /// Id of the zone that starts here.
    pub id: i32,
    /// Minutes since Monday 00:00.
    pub m_offset: i32,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl NaTimeTableItem {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: i32, m_offset: i32) -> Self {
        Self {
            id,
            m_offset,
            extra: Default::default(),
        }
    }
}

/// A weekly thermostat program: its zones and the timetable switching between them (NAThermProgram of the official spec without the server-assigned fields). Sent by createnewschedule and syncschedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holder {
    /// The temperature zones.
    pub zones: Vec<NaZone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<NaTimeTableItem>,
    /// Name of the program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A weekly thermostat program as stored by Netatmo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaThermProgram {
    /// The temperature zones.
    pub zones: Vec<NaZone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<NaTimeTableItem>,
    /// Name of the program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the program (the schedule_id of switchschedule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_id: Option<String>,
    /// True for the program in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A thermostat setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaSetpoint {
    /// Mode: program, away, hg (frost guard), manual, off or max.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_mode: Option<NaSetpointSetpointMode>,
    /// Target temperature in °C (manual mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_temp: Option<f64>,
    /// When a manual or max setpoint ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_endtime: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A past setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaSetpointLog {
    /// `setpoint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// When it was entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Last measurement of a thermostat.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaThermMeasure {
    /// When it was measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Measured temperature in °C.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Setpoint temperature at that time in °C.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_temp: Option<f64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A boiler event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaBoilerEvent {
    /// When it happened (unix seconds).
    #[serde(rename = "K", default, skip_serializing_if = "Option::is_none")]
    pub k: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Boiler responsiveness events (undocumented; seen in real answers).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaThermEventHistory {
    /// `boiler_not_responding_events`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boiler_not_responding_events: Option<Vec<NaBoilerEvent>>,
    /// `boiler_responding_events`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boiler_responding_events: Option<Vec<NaBoilerEvent>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A thermostat module (type NATherm1) of a relay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaThermostat {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// `module_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// `last_message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// Last time the thermostat was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_therm_seen: Option<i64>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Display orientation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    /// Last command sent to the boiler relay (0 = off, otherwise on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    /// True while the thermostat heats in advance of the next zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anticipating: Option<bool>,
    /// Last measurement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<NaThermMeasure>,
    /// Setpoint currently in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// Setpoint ordered but not yet applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_order: Option<NaSetpoint>,
    /// The last setpoints the thermostat entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_history: Option<Vec<NaSetpointLog>>,
    /// `event_history`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_history: Option<NaThermEventHistory>,
    /// The weekly programs of the thermostat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_program_list: Option<Vec<NaThermProgram>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A thermostat relay (type NAPlug) with its thermostats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaPlug {
    /// Relay id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// `station_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// `last_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// `last_status_store`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last time the relay was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_plug_seen: Option<i64>,
    /// 1 when a boiler is connected to the relay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plug_connected_boiler: Option<i32>,
    /// `udp_conn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// `syncing`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syncing: Option<bool>,
    /// Month of the last energy report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_bilan: Option<NaYearMonth>,
    /// `place`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Thermostats linked to this relay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaThermostat>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of getthermostatsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaThermostatsDataBody {
    /// The user's relays with their thermostats.
    pub devices: Vec<NaPlug>,
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of getthermostatsdata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaThermostatsDataResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The relays and the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaThermostatsDataBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of getthermstate (operation shut down 2016-11-30; shape from the official spec only).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaThermStateBody {
    /// `setpoint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// `setpoint_order`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_order: Option<NaSetpoint>,
    /// `therm_program`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_program: Option<NaThermProgram>,
    /// `therm_program_backup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_program_backup: Option<Vec<NaThermProgram>>,
    /// `therm_program_order`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_program_order: Option<NaThermProgram>,
    /// `therm_orientation`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    /// `therm_relay_cmd`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// `plug_connected_boiler`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plug_connected_boiler: Option<i32>,
    /// `udp_conn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    /// `last_therm_seen`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_therm_seen: Option<i64>,
    /// `last_plug_seen`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_plug_seen: Option<i64>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// `measured`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<NaThermMeasure>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of getthermstate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaThermStateResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The thermostat state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaThermStateBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of createnewschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaScheduleCreated {
    /// Id of the new schedule, usable with switchschedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_id: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of createnewschedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaScheduleCreatedResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The id of the new schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaScheduleCreated>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A device as listed by devicelist (operation shut down 2016-11-30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaDevice {
    /// Device id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// `cipher_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `station_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// `module_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// When the device was set up ({sec, usec}, unlike the newer operations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<NaDate>,
    /// `last_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// `last_status_store`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// `last_upgrade`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    /// `last_fw_update`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_fw_update: Option<i64>,
    /// `last_radio_store`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_radio_store: Option<i64>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// `hw_version`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hw_version: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// `ip`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// `co2_calibrating`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    /// `public_ext_data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ext_data: Option<bool>,
    /// `udp_conn`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    /// `data_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Ids of the modules linked with this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<String>>,
    /// `user_owner`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_owner: Option<Vec<String>>,
    /// `place`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// `setpoint`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// `setpoint_default_duration`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setpoint_default_duration: Option<i32>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A module as listed by devicelist (operation shut down 2016-11-30).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaModule {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Id of the device the module belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_device: Option<String>,
    /// `module_name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// `date_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<NaDate>,
    /// `last_message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// `last_seen`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// Firmware version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// `public_ext_data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_ext_data: Option<bool>,
    /// `therm_orientation`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    /// `therm_relay_cmd`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    /// `data_type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of devicelist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaDeviceListBody {
    /// `devices`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<NaDevice>>,
    /// `modules`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaModule>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of devicelist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaDeviceListResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Devices and modules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaDeviceListBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of getuser (operation shut down 2016-11-30).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaUserBody {
    /// The user's e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// `administrative`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administrative: Option<NaUserAdministrative>,
    /// User id.
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the account was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_creation: Option<NaDate>,
    /// Ids of the devices owned by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Ids of the devices the user has guest access to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friend_devices: Option<Vec<String>>,
    /// `timeline_not_read`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_not_read: Option<i32>,
    /// `timeline_size`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline_size: Option<i32>,
    /// Seen in real answers; type undocumented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facebook_like_displayed: Option<serde_json::Value>,
    /// Seen in real answers; type undocumented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_mark: Option<serde_json::Value>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of getuser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaUserResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaUserBody>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of partnerdevices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaPartnerDevicesResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Ids of the devices the partner application can access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<String>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// An image of an event: pass `id` and `key` to getcamerapicture, or fetch `url`. Sub-event images may carry only a `filename`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeSnapshot {
    /// Image id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Image version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Key to access the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Direct URL of the image (seen in real answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Path of the image in the camera's storage (seen in real answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The reference face of a person: pass `id` and `key` to getcamerapicture.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeFace {
    /// Face id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Version, raised when the user changes the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Key to access the face image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Direct URL of the image (seen in real answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A detection inside an outdoor (Presence) event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeSubEvent {
    /// Sub-event id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What was detected.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<NaWelcomeSubEventType>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Offset in seconds within the event's video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// User-facing description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `snapshot`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<NaWelcomeSnapshot>,
    /// Cropped image of the detected object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vignette: Option<NaWelcomeSnapshot>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A camera event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeEvent {
    /// Event id.
    pub id: String,
    /// Event type, e.g. person, person_away, movement, connection, disconnection, on, off, boot, sd, alim, outdoor, wifi_status, sound_test.
    #[serde(rename = "type")]
    pub type_: String,
    /// When it happened.
    pub time: i64,
    /// Camera that detected the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera_id: Option<String>,
    /// Device the event belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Person the event is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    /// User-facing description (may contain HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `sub_message`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_message: Option<String>,
    /// Sub-type of SD card and power supply events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_type: Option<i32>,
    /// What was detected (movement events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<NaWelcomeEventCategory>,
    /// True when the person was considered away before this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_arrival: Option<bool>,
    /// Snapshot of the event (use with getcamerapicture).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<NaWelcomeSnapshot>,
    /// Cropped image of the detected object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vignette: Option<NaWelcomeSnapshot>,
    /// Id of the video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Status of the video.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_status: Option<NaWelcomeEventVideoStatus>,
    /// Detections of an outdoor (Presence) event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_list: Option<Vec<NaWelcomeSubEvent>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of getnextevents, getlasteventof and geteventsuntil.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeEventData {
    /// The events, newest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_list: Option<Vec<NaWelcomeEvent>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of getnextevents, getlasteventof and geteventsuntil.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeEventResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaWelcomeEventData>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// An accessory of a camera (door tag, indoor siren...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeModule {
    /// Module id (MAC address).
    pub id: String,
    /// Module type, e.g. NACamDoorTag, NIS (indoor siren).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Name given by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Module status, e.g. no_news.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Battery level in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Radio signal quality (an integer in real data; the official spec says string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rf: Option<i32>,
    /// Last movement detected by the module.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<i64>,
    /// Power source, e.g. battery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alim_source: Option<String>,
    /// on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<String>,
    /// `tamper_detection_enabled`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tamper_detection_enabled: Option<bool>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A camera: NACamera (Welcome, indoor) or NOC (Presence, outdoor).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeCamera {
    /// Camera id (MAC address).
    pub id: String,
    /// NACamera or NOC.
    #[serde(rename = "type")]
    pub type_: String,
    /// Monitoring state: on, off or disconnected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// SD card state: on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd_status: Option<String>,
    /// Power supply state: on or off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alim_status: Option<String>,
    /// Name given by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// True when camera and caller share the IP address (scope access_camera).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_local: Option<bool>,
    /// Address of the camera (scope access_camera).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpn_url: Option<String>,
    /// Flood-light mode (Presence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub light_mode_status: Option<NaWelcomeCameraLightModeStatus>,
    /// `use_pin_code`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_pin_code: Option<bool>,
    /// `last_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Accessories of the camera.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaWelcomeModule>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A smoke detector (type NSD) of the home.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeSmokeDetector {
    /// Device id (MAC address).
    pub id: String,
    /// NSD.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `last_setup`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A person known to the home's cameras.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomePerson {
    /// Person id.
    pub id: String,
    /// Name of the person; absent for unknown faces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo: Option<String>,
    /// When the person was last seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// True when the person is out of sight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_sight: Option<bool>,
    /// `face`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face: Option<NaWelcomeFace>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Where a home is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomePlace {
    /// `city`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// IANA time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A home with its cameras, persons and recent events. Keys may be absent instead of empty (a home without `events`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeHome {
    /// Home id.
    pub id: String,
    /// Name of the home.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `place`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<NaWelcomePlace>,
    /// `persons`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persons: Option<Vec<NaWelcomePerson>>,
    /// `cameras`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameras: Option<Vec<NaWelcomeCamera>>,
    /// `smokedetectors`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smokedetectors: Option<Vec<NaWelcomeSmokeDetector>>,
    /// `modules`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaWelcomeModule>>,
    /// The most recent events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<NaWelcomeEvent>>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The user, as returned by gethomedata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeUser {
    /// Regional preference used to format dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reg_locale: Option<String>,
    /// User locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// `country`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `mail`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Account-wide settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeGlobalInfo {
    /// `show_tags`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_tags: Option<bool>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Body of gethomedata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeHomeData {
    /// The user's homes (an empty array when there are none).
    pub homes: Vec<NaWelcomeHome>,
    /// `user`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<NaWelcomeUser>,
    /// `global_info`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_info: Option<NaWelcomeGlobalInfo>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Answer of gethomedata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NaWelcomeHomeDataResponse {
    /// "ok" on success.
    pub status: String,
    /// Server-side execution time in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The homes and the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<NaWelcomeHomeData>,
    /// Properties the spec does not list, kept as received so that encoding the
    /// value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Temperature trend.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaDashboardDataTempTrend {
    /// `up`
    Up,
    /// `down`
    Down,
    /// `stable`
    Stable,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaDashboardDataTempTrend {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Up => "up",
            Self::Down => "down",
            Self::Stable => "stable",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            "stable" => Some(Self::Stable),
            _ => None,
        }
    }
}

impl From<&str> for NaDashboardDataTempTrend {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaDashboardDataTempTrend {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaDashboardDataTempTrend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaDashboardDataTempTrend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaDashboardDataTempTrend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Pressure trend.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaDashboardDataPressureTrend {
    /// `up`
    Up,
    /// `down`
    Down,
    /// `stable`
    Stable,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaDashboardDataPressureTrend {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Up => "up",
            Self::Down => "down",
            Self::Stable => "stable",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            "stable" => Some(Self::Stable),
            _ => None,
        }
    }
}

impl From<&str> for NaDashboardDataPressureTrend {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaDashboardDataPressureTrend {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaDashboardDataPressureTrend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaDashboardDataPressureTrend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaDashboardDataPressureTrend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Mode: program, away, hg (frost guard), manual, off or max.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaSetpointSetpointMode {
    /// `program`
    Program,
    /// `away`
    Away,
    /// `hg`
    Hg,
    /// `manual`
    Manual,
    /// `off`
    Off,
    /// `max`
    Max,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaSetpointSetpointMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Program => "program",
            Self::Away => "away",
            Self::Hg => "hg",
            Self::Manual => "manual",
            Self::Off => "off",
            Self::Max => "max",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "program" => Some(Self::Program),
            "away" => Some(Self::Away),
            "hg" => Some(Self::Hg),
            "manual" => Some(Self::Manual),
            "off" => Some(Self::Off),
            "max" => Some(Self::Max),
            _ => None,
        }
    }
}

impl From<&str> for NaSetpointSetpointMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaSetpointSetpointMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaSetpointSetpointMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaSetpointSetpointMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaSetpointSetpointMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// What was detected.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaWelcomeSubEventType {
    /// `human`
    Human,
    /// `animal`
    Animal,
    /// `vehicle`
    Vehicle,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaWelcomeSubEventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Human => "human",
            Self::Animal => "animal",
            Self::Vehicle => "vehicle",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "human" => Some(Self::Human),
            "animal" => Some(Self::Animal),
            "vehicle" => Some(Self::Vehicle),
            _ => None,
        }
    }
}

impl From<&str> for NaWelcomeSubEventType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaWelcomeSubEventType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaWelcomeSubEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaWelcomeSubEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaWelcomeSubEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// What was detected (movement events).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaWelcomeEventCategory {
    /// `human`
    Human,
    /// `animal`
    Animal,
    /// `vehicle`
    Vehicle,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaWelcomeEventCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Human => "human",
            Self::Animal => "animal",
            Self::Vehicle => "vehicle",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "human" => Some(Self::Human),
            "animal" => Some(Self::Animal),
            "vehicle" => Some(Self::Vehicle),
            _ => None,
        }
    }
}

impl From<&str> for NaWelcomeEventCategory {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaWelcomeEventCategory {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaWelcomeEventCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaWelcomeEventCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaWelcomeEventCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Status of the video.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaWelcomeEventVideoStatus {
    /// `recording`
    Recording,
    /// `available`
    Available,
    /// `deleted`
    Deleted,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaWelcomeEventVideoStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Recording => "recording",
            Self::Available => "available",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "recording" => Some(Self::Recording),
            "available" => Some(Self::Available),
            "deleted" => Some(Self::Deleted),
            _ => None,
        }
    }
}

impl From<&str> for NaWelcomeEventVideoStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaWelcomeEventVideoStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaWelcomeEventVideoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaWelcomeEventVideoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaWelcomeEventVideoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Flood-light mode (Presence).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NaWelcomeCameraLightModeStatus {
    /// `on`
    On,
    /// `off`
    Off,
    /// `auto`
    Auto,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl NaWelcomeCameraLightModeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Auto => "auto",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "on" => Some(Self::On),
            "off" => Some(Self::Off),
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }
}

impl From<&str> for NaWelcomeCameraLightModeStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for NaWelcomeCameraLightModeStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for NaWelcomeCameraLightModeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NaWelcomeCameraLightModeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NaWelcomeCameraLightModeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Values of the parameter at `#/paths/~1devicelist/get/parameters/0` in the spec.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeviceListAppType {
    /// `app_station`
    AppStation,
    /// `app_thermostat`
    AppThermostat,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl DeviceListAppType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppStation => "app_station",
            Self::AppThermostat => "app_thermostat",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "app_station" => Some(Self::AppStation),
            "app_thermostat" => Some(Self::AppThermostat),
            _ => None,
        }
    }
}

impl From<&str> for DeviceListAppType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for DeviceListAppType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for DeviceListAppType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeviceListAppType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DeviceListAppType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Values of the parameter at `#/paths/~1getmeasure/get/parameters/7` in the spec.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetMeasureScale {
    /// `max`
    Max,
    /// `30min`
    N30min,
    /// `1hour`
    N1hour,
    /// `3hours`
    N3hours,
    /// `1day`
    N1day,
    /// `1week`
    N1week,
    /// `1month`
    N1month,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl GetMeasureScale {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Max => "max",
            Self::N30min => "30min",
            Self::N1hour => "1hour",
            Self::N3hours => "3hours",
            Self::N1day => "1day",
            Self::N1week => "1week",
            Self::N1month => "1month",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "max" => Some(Self::Max),
            "30min" => Some(Self::N30min),
            "1hour" => Some(Self::N1hour),
            "3hours" => Some(Self::N3hours),
            "1day" => Some(Self::N1day),
            "1week" => Some(Self::N1week),
            "1month" => Some(Self::N1month),
            _ => None,
        }
    }
}

impl From<&str> for GetMeasureScale {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for GetMeasureScale {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for GetMeasureScale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetMeasureScale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetMeasureScale {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Values of the parameter at `#/paths/~1getmeasure/get/parameters/8/items` in the spec.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetMeasureTypeItem {
    /// `Temperature`
    Temperature,
    /// `CO2`
    Co2,
    /// `Humidity`
    Humidity,
    /// `Pressure`
    Pressure,
    /// `Noise`
    Noise,
    /// `Rain`
    Rain,
    /// `WindStrength`
    WindStrength,
    /// `WindAngle`
    WindAngle,
    /// `GustStrength`
    GustStrength,
    /// `GustAngle`
    GustAngle,
    /// `Sp_Temperature`
    SpTemperature,
    /// `BoilerOn`
    BoilerOn,
    /// `BoilerOff`
    BoilerOff,
    /// `min_temp`
    MinTemp,
    /// `date_min_temp`
    DateMinTemp,
    /// `max_temp`
    MaxTemp,
    /// `date_max_temp`
    DateMaxTemp,
    /// `min_hum`
    MinHum,
    /// `date_min_hum`
    DateMinHum,
    /// `max_hum`
    MaxHum,
    /// `date_max_hum`
    DateMaxHum,
    /// `min_pressure`
    MinPressure,
    /// `date_min_pressure`
    DateMinPressure,
    /// `max_pressure`
    MaxPressure,
    /// `date_max_pressure`
    DateMaxPressure,
    /// `min_noise`
    MinNoise,
    /// `date_min_noise`
    DateMinNoise,
    /// `max_noise`
    MaxNoise,
    /// `date_max_noise`
    DateMaxNoise,
    /// `date_min_co2`
    DateMinCo2,
    /// `date_max_co2`
    DateMaxCo2,
    /// `date_max_gust`
    DateMaxGust,
    /// `sum_rain`
    SumRain,
    /// `sum_boiler_on`
    SumBoilerOn,
    /// `sum_boiler_off`
    SumBoilerOff,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl GetMeasureTypeItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Temperature => "Temperature",
            Self::Co2 => "CO2",
            Self::Humidity => "Humidity",
            Self::Pressure => "Pressure",
            Self::Noise => "Noise",
            Self::Rain => "Rain",
            Self::WindStrength => "WindStrength",
            Self::WindAngle => "WindAngle",
            Self::GustStrength => "GustStrength",
            Self::GustAngle => "GustAngle",
            Self::SpTemperature => "Sp_Temperature",
            Self::BoilerOn => "BoilerOn",
            Self::BoilerOff => "BoilerOff",
            Self::MinTemp => "min_temp",
            Self::DateMinTemp => "date_min_temp",
            Self::MaxTemp => "max_temp",
            Self::DateMaxTemp => "date_max_temp",
            Self::MinHum => "min_hum",
            Self::DateMinHum => "date_min_hum",
            Self::MaxHum => "max_hum",
            Self::DateMaxHum => "date_max_hum",
            Self::MinPressure => "min_pressure",
            Self::DateMinPressure => "date_min_pressure",
            Self::MaxPressure => "max_pressure",
            Self::DateMaxPressure => "date_max_pressure",
            Self::MinNoise => "min_noise",
            Self::DateMinNoise => "date_min_noise",
            Self::MaxNoise => "max_noise",
            Self::DateMaxNoise => "date_max_noise",
            Self::DateMinCo2 => "date_min_co2",
            Self::DateMaxCo2 => "date_max_co2",
            Self::DateMaxGust => "date_max_gust",
            Self::SumRain => "sum_rain",
            Self::SumBoilerOn => "sum_boiler_on",
            Self::SumBoilerOff => "sum_boiler_off",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "Temperature" => Some(Self::Temperature),
            "CO2" => Some(Self::Co2),
            "Humidity" => Some(Self::Humidity),
            "Pressure" => Some(Self::Pressure),
            "Noise" => Some(Self::Noise),
            "Rain" => Some(Self::Rain),
            "WindStrength" => Some(Self::WindStrength),
            "WindAngle" => Some(Self::WindAngle),
            "GustStrength" => Some(Self::GustStrength),
            "GustAngle" => Some(Self::GustAngle),
            "Sp_Temperature" => Some(Self::SpTemperature),
            "BoilerOn" => Some(Self::BoilerOn),
            "BoilerOff" => Some(Self::BoilerOff),
            "min_temp" => Some(Self::MinTemp),
            "date_min_temp" => Some(Self::DateMinTemp),
            "max_temp" => Some(Self::MaxTemp),
            "date_max_temp" => Some(Self::DateMaxTemp),
            "min_hum" => Some(Self::MinHum),
            "date_min_hum" => Some(Self::DateMinHum),
            "max_hum" => Some(Self::MaxHum),
            "date_max_hum" => Some(Self::DateMaxHum),
            "min_pressure" => Some(Self::MinPressure),
            "date_min_pressure" => Some(Self::DateMinPressure),
            "max_pressure" => Some(Self::MaxPressure),
            "date_max_pressure" => Some(Self::DateMaxPressure),
            "min_noise" => Some(Self::MinNoise),
            "date_min_noise" => Some(Self::DateMinNoise),
            "max_noise" => Some(Self::MaxNoise),
            "date_max_noise" => Some(Self::DateMaxNoise),
            "date_min_co2" => Some(Self::DateMinCo2),
            "date_max_co2" => Some(Self::DateMaxCo2),
            "date_max_gust" => Some(Self::DateMaxGust),
            "sum_rain" => Some(Self::SumRain),
            "sum_boiler_on" => Some(Self::SumBoilerOn),
            "sum_boiler_off" => Some(Self::SumBoilerOff),
            _ => None,
        }
    }
}

impl From<&str> for GetMeasureTypeItem {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for GetMeasureTypeItem {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for GetMeasureTypeItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetMeasureTypeItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetMeasureTypeItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Values of the parameter at `#/paths/~1setthermpoint/post/parameters/3` in the spec.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SetThermPointSetpointMode {
    /// `program`
    Program,
    /// `away`
    Away,
    /// `hg`
    Hg,
    /// `manual`
    Manual,
    /// `off`
    Off,
    /// `max`
    Max,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl SetThermPointSetpointMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Program => "program",
            Self::Away => "away",
            Self::Hg => "hg",
            Self::Manual => "manual",
            Self::Off => "off",
            Self::Max => "max",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "program" => Some(Self::Program),
            "away" => Some(Self::Away),
            "hg" => Some(Self::Hg),
            "manual" => Some(Self::Manual),
            "off" => Some(Self::Off),
            "max" => Some(Self::Max),
            _ => None,
        }
    }
}

impl From<&str> for SetThermPointSetpointMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for SetThermPointSetpointMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for SetThermPointSetpointMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SetThermPointSetpointMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SetThermPointSetpointMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// An enum value that the spec does not list, as received. See the enums' docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
