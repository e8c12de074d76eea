// @generated from spec/netatmo.yaml + spec/netatmo.overlay.yaml by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Data types of the Netatmo API (spec version 1.1.1).

use serde::{Deserialize, Serialize};
use super::tolerant;

/// Envelope of every successful JSON answer: `status` is "ok"; the operation's data, if any, is in `body`. `time_exec` can be absent, and so can `status` (FACTS.md section 3: an events answer without it); Netatmo's documented samples carry `time_exec` and `time_server` as text ("0.0600"), which decodes as the number.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaResponse);

/// Answer of operations that return no data (setthermpoint, switchschedule, syncschedule, setpersonsaway, addwebhook, dropwebhook): the envelope without `body`. The official spec's `body: string` never occurs in real answers (fixtures status_ok.json, camera_data_empty.json).
pub type NaOkResponse = NaResponse;

/// Mongo-style timestamp used by the retired devicelist/getuser operations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaDate {
    /// Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sec: Option<i64>,
    /// Microseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usec: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaDate {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut sec = None;
        let mut usec = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "sec" => fields.optional("sec", &mut sec)?,
                "usec" => fields.optional("usec", &mut usec)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            sec,
            usec,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaDate);

/// A year and month.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaYearMonth {
    /// Year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<i32>,
    /// Month, 1-12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub m: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaYearMonth {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut y = None;
        let mut m = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "y" => fields.optional("y", &mut y)?,
                "m" => fields.optional("m", &mut m)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self { y, m, extra: fields.rest() })
    }
}

tolerant::object!(NaYearMonth);

/// Where a device is installed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaPlace {
    /// Altitude in metres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub altitude: Option<f64>,
    /// City where the device is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country code, e.g. DE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Berlin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Coordinates as \[longitude, latitude\] (some anonymised samples swap them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Vec<f64>>,
    /// True when the location was derived from the IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_ip: Option<bool>,
    /// `improveLocProposed` in JSON.
    #[serde(rename = "improveLocProposed", skip_serializing_if = "Option::is_none")]
    pub improve_loc_proposed: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_location: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaPlace {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut altitude = None;
        let mut city = None;
        let mut country = None;
        let mut timezone = None;
        let mut location = None;
        let mut from_ip = None;
        let mut improve_loc_proposed = None;
        let mut trust_location = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "altitude" => fields.optional("altitude", &mut altitude)?,
                "city" => fields.optional("city", &mut city)?,
                "country" => fields.optional("country", &mut country)?,
                "timezone" => fields.optional("timezone", &mut timezone)?,
                "location" => fields.optional("location", &mut location)?,
                "from_ip" => fields.optional("from_ip", &mut from_ip)?,
                "improveLocProposed" => {
                    fields.optional("improveLocProposed", &mut improve_loc_proposed)?
                }
                "trust_location" => {
                    fields.optional("trust_location", &mut trust_location)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            altitude,
            city,
            country,
            timezone,
            location,
            from_ip,
            improve_loc_proposed,
            trust_location,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaPlace);

/// The user's locale and unit preferences. The unit fields are integers in real data (the official spec says string); `pressureunit` is sometimes missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaUserAdministrative {
    /// User locale, e.g. de-DE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Regional preference used to format dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_locale: Option<String>,
    /// User country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// 0 = metric, 1 = imperial.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<i32>,
    /// 0 = km/h, 1 = mph, 2 = m/s, 3 = beaufort, 4 = knot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub windunit: Option<i32>,
    /// 0 = mbar, 1 = inHg, 2 = mmHg.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pressureunit: Option<i32>,
    /// Feels-like temperature algorithm: 0 = humidex, 1 = heat index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feel_like_algo: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaUserAdministrative {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut lang = None;
        let mut reg_locale = None;
        let mut country = None;
        let mut unit = None;
        let mut windunit = None;
        let mut pressureunit = None;
        let mut feel_like_algo = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "lang" => fields.optional("lang", &mut lang)?,
                "reg_locale" => fields.optional("reg_locale", &mut reg_locale)?,
                "country" => fields.optional("country", &mut country)?,
                "unit" => fields.optional("unit", &mut unit)?,
                "windunit" => fields.optional("windunit", &mut windunit)?,
                "pressureunit" => fields.optional("pressureunit", &mut pressureunit)?,
                "feel_like_algo" => {
                    fields.optional("feel_like_algo", &mut feel_like_algo)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            lang,
            reg_locale,
            country,
            unit,
            windunit,
            pressureunit,
            feel_like_algo,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaUserAdministrative);

/// The user, as returned next to the devices of getstationsdata, gethomecoachsdata and getthermostatsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaUser {
    /// The user's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// The account's language, locale and unit settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub administrative: Option<NaUserAdministrative>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaUser {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut mail = None;
        let mut administrative = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "mail" => fields.optional("mail", &mut mail)?,
                "administrative" => {
                    fields.optional("administrative", &mut administrative)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            mail,
            administrative,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaUser);

/// Last measurements of a station, module or Home Coach. Which keys are present depends on the device type (see its `data_type`). All measurements are numbers: the same key holds an integer in one answer and a decimal in another. The official spec's `device_id` (typed float) is left out and its swapped min_temp/max_temp descriptions are corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaDashboardData {
    /// When these measurements were taken (unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_utc: Option<i64>,
    /// Temperature in °C.
    #[serde(rename = "Temperature", skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// CO2 level in ppm.
    #[serde(rename = "CO2", skip_serializing_if = "Option::is_none")]
    pub co2: Option<f64>,
    /// Relative humidity in %.
    #[serde(rename = "Humidity", skip_serializing_if = "Option::is_none")]
    pub humidity: Option<f64>,
    /// Noise level in dB.
    #[serde(rename = "Noise", skip_serializing_if = "Option::is_none")]
    pub noise: Option<f64>,
    /// Sea-level pressure in mbar.
    #[serde(rename = "Pressure", skip_serializing_if = "Option::is_none")]
    pub pressure: Option<f64>,
    /// Pressure measured at the station's altitude, in mbar.
    #[serde(rename = "AbsolutePressure", skip_serializing_if = "Option::is_none")]
    pub absolute_pressure: Option<f64>,
    /// Last rain measured, in mm.
    #[serde(rename = "Rain", skip_serializing_if = "Option::is_none")]
    pub rain: Option<f64>,
    /// Rain in the last hour, in mm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sum_rain_1: Option<f64>,
    /// Rain today, in mm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sum_rain_24: Option<f64>,
    /// Average wind speed over the last 5 minutes, in km/h.
    #[serde(rename = "WindStrength", skip_serializing_if = "Option::is_none")]
    pub wind_strength: Option<f64>,
    /// Average wind direction over the last 5 minutes, in degrees.
    #[serde(rename = "WindAngle", skip_serializing_if = "Option::is_none")]
    pub wind_angle: Option<f64>,
    /// Speed of the strongest gust of the last 5 minutes, in km/h.
    #[serde(rename = "GustStrength", skip_serializing_if = "Option::is_none")]
    pub gust_strength: Option<f64>,
    /// Direction of the strongest gust of the last 5 minutes, in degrees.
    #[serde(rename = "GustAngle", skip_serializing_if = "Option::is_none")]
    pub gust_angle: Option<f64>,
    /// Highest wind speed of the day, in km/h.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_wind_str: Option<f64>,
    /// Direction of the highest wind of the day, in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_wind_angle: Option<f64>,
    /// When the highest wind of the day was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_max_wind_str: Option<i64>,
    /// Minimum temperature of the day in °C, measured at `date_min_temp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_temp: Option<f64>,
    /// Maximum temperature of the day in °C, measured at `date_max_temp`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_temp: Option<f64>,
    /// When the minimum temperature of the day was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_min_temp: Option<i64>,
    /// When the maximum temperature of the day was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_max_temp: Option<i64>,
    /// Temperature trend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temp_trend: Option<NaDashboardDataTempTrend>,
    /// Pressure trend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pressure_trend: Option<NaDashboardDataPressureTrend>,
    /// Home Coach health index: 0 = healthy, 1 = fine, 2 = fair, 3 = poor, 4 = unhealthy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health_idx: Option<i32>,
    /// Boiler on time, in seconds.
    #[serde(rename = "BoilerOn", skip_serializing_if = "Option::is_none")]
    pub boiler_on: Option<f64>,
    /// Boiler off time, in seconds.
    #[serde(rename = "BoilerOff", skip_serializing_if = "Option::is_none")]
    pub boiler_off: Option<f64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaDashboardData {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut time_utc = None;
        let mut temperature = None;
        let mut co2 = None;
        let mut humidity = None;
        let mut noise = None;
        let mut pressure = None;
        let mut absolute_pressure = None;
        let mut rain = None;
        let mut sum_rain_1 = None;
        let mut sum_rain_24 = None;
        let mut wind_strength = None;
        let mut wind_angle = None;
        let mut gust_strength = None;
        let mut gust_angle = None;
        let mut max_wind_str = None;
        let mut max_wind_angle = None;
        let mut date_max_wind_str = None;
        let mut min_temp = None;
        let mut max_temp = None;
        let mut date_min_temp = None;
        let mut date_max_temp = None;
        let mut temp_trend = None;
        let mut pressure_trend = None;
        let mut health_idx = None;
        let mut boiler_on = None;
        let mut boiler_off = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "time_utc" => fields.optional("time_utc", &mut time_utc)?,
                "Temperature" => fields.optional("Temperature", &mut temperature)?,
                "CO2" => fields.optional("CO2", &mut co2)?,
                "Humidity" => fields.optional("Humidity", &mut humidity)?,
                "Noise" => fields.optional("Noise", &mut noise)?,
                "Pressure" => fields.optional("Pressure", &mut pressure)?,
                "AbsolutePressure" => {
                    fields.optional("AbsolutePressure", &mut absolute_pressure)?
                }
                "Rain" => fields.optional("Rain", &mut rain)?,
                "sum_rain_1" => fields.optional("sum_rain_1", &mut sum_rain_1)?,
                "sum_rain_24" => fields.optional("sum_rain_24", &mut sum_rain_24)?,
                "WindStrength" => fields.optional("WindStrength", &mut wind_strength)?,
                "WindAngle" => fields.optional("WindAngle", &mut wind_angle)?,
                "GustStrength" => fields.optional("GustStrength", &mut gust_strength)?,
                "GustAngle" => fields.optional("GustAngle", &mut gust_angle)?,
                "max_wind_str" => fields.optional("max_wind_str", &mut max_wind_str)?,
                "max_wind_angle" => {
                    fields.optional("max_wind_angle", &mut max_wind_angle)?
                }
                "date_max_wind_str" => {
                    fields.optional("date_max_wind_str", &mut date_max_wind_str)?
                }
                "min_temp" => fields.optional("min_temp", &mut min_temp)?,
                "max_temp" => fields.optional("max_temp", &mut max_temp)?,
                "date_min_temp" => fields.optional("date_min_temp", &mut date_min_temp)?,
                "date_max_temp" => fields.optional("date_max_temp", &mut date_max_temp)?,
                "temp_trend" => fields.optional("temp_trend", &mut temp_trend)?,
                "pressure_trend" => {
                    fields.optional("pressure_trend", &mut pressure_trend)?
                }
                "health_idx" => fields.optional("health_idx", &mut health_idx)?,
                "BoilerOn" => fields.optional("BoilerOn", &mut boiler_on)?,
                "BoilerOff" => fields.optional("BoilerOff", &mut boiler_off)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            time_utc,
            temperature,
            co2,
            humidity,
            noise,
            pressure,
            absolute_pressure,
            rain,
            sum_rain_1,
            sum_rain_24,
            wind_strength,
            wind_angle,
            gust_strength,
            gust_angle,
            max_wind_str,
            max_wind_angle,
            date_max_wind_str,
            min_temp,
            max_temp,
            date_min_temp,
            date_max_temp,
            temp_trend,
            pressure_trend,
            health_idx,
            boiler_on,
            boiler_off,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaDashboardData);

/// A module of a weather station: NAModule1 (outdoor), NAModule2 (wind), NAModule3 (rain), NAModule4 (indoor).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaStationModule {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// Name given by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// Measurements this module provides, e.g. Temperature, Humidity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// When the module was set up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the station received data from the module.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// Last time the module was seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// False when the module has not been heard from recently; `dashboard_data` is then absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Id of the station the module belongs to (seen in some answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_device: Option<String>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaStationModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut module_name = None;
        let mut data_type = None;
        let mut last_setup = None;
        let mut last_message = None;
        let mut last_seen = None;
        let mut reachable = None;
        let mut firmware = None;
        let mut rf_status = None;
        let mut battery_vp = None;
        let mut battery_percent = None;
        let mut main_device = None;
        let mut dashboard_data = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "data_type" => fields.optional("data_type", &mut data_type)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "last_message" => fields.optional("last_message", &mut last_message)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "rf_status" => fields.optional("rf_status", &mut rf_status)?,
                "battery_vp" => fields.optional("battery_vp", &mut battery_vp)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "main_device" => fields.optional("main_device", &mut main_device)?,
                "dashboard_data" => {
                    fields.optional("dashboard_data", &mut dashboard_data)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            type_: fields.present("type", type_)?,
            module_name,
            data_type,
            last_setup,
            last_message,
            last_seen,
            reachable,
            firmware,
            rf_status,
            battery_vp,
            battery_percent,
            main_device,
            dashboard_data,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaStationModule);

/// A weather station (main indoor module, type NAMain) with its modules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaMain {
    /// Station id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    /// Name of the station (since 2020-11 the home name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// Name of the main module.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// Id of the home the station belongs to. For a favourite or guest station it can be a home that `homestatus` refuses (400, code 21).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_id: Option<String>,
    /// Name of the home the station belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_name: Option<String>,
    /// When the station was first set up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<i64>,
    /// When the station was last set up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the station sent data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// True when the station was seen by the Netatmo cloud within the last 4 hours; `dashboard_data` is absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to (or favourited) the station rather than owning it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// True when the station is a favourite of the user, not owned by them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favorite: Option<bool>,
    /// Measurements the main module provides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Where the station is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Modules linked to this station.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaStationModule>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaMain {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut cipher_id = None;
        let mut type_ = None;
        let mut station_name = None;
        let mut module_name = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut date_setup = None;
        let mut last_setup = None;
        let mut last_status_store = None;
        let mut last_upgrade = None;
        let mut firmware = None;
        let mut wifi_status = None;
        let mut reachable = None;
        let mut co2_calibrating = None;
        let mut read_only = None;
        let mut favorite = None;
        let mut data_type = None;
        let mut place = None;
        let mut dashboard_data = None;
        let mut modules = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "cipher_id" => fields.optional("cipher_id", &mut cipher_id)?,
                "type" => fields.required("type", &mut type_)?,
                "station_name" => fields.optional("station_name", &mut station_name)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "date_setup" => fields.optional("date_setup", &mut date_setup)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "last_status_store" => {
                    fields.optional("last_status_store", &mut last_status_store)?
                }
                "last_upgrade" => fields.optional("last_upgrade", &mut last_upgrade)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "wifi_status" => fields.optional("wifi_status", &mut wifi_status)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "co2_calibrating" => {
                    fields.optional("co2_calibrating", &mut co2_calibrating)?
                }
                "read_only" => fields.optional("read_only", &mut read_only)?,
                "favorite" => fields.optional("favorite", &mut favorite)?,
                "data_type" => fields.optional("data_type", &mut data_type)?,
                "place" => fields.optional("place", &mut place)?,
                "dashboard_data" => {
                    fields.optional("dashboard_data", &mut dashboard_data)?
                }
                "modules" => fields.optional("modules", &mut modules)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            cipher_id,
            type_: fields.present("type", type_)?,
            station_name,
            module_name,
            home_id,
            home_name,
            date_setup,
            last_setup,
            last_status_store,
            last_upgrade,
            firmware,
            wifi_status,
            reachable,
            co2_calibrating,
            read_only,
            favorite,
            data_type,
            place,
            dashboard_data,
            modules,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaMain);

/// Body of getstationsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaStationsDataBody {
    /// The user's stations (and favourites when get_favorites is true).
    pub devices: Vec<NaMain>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaStationsDataBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut devices = None;
        let mut user = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "devices" => fields.required("devices", &mut devices)?,
                "user" => fields.optional("user", &mut user)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            devices: fields.present("devices", devices)?,
            user,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaStationsDataBody);

/// Answer of getstationsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaStationsDataResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The stations and the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaStationsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaStationsDataResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaStationsDataResponse);

/// A Healthy Home Coach (type NHC).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaHomeCoach {
    /// Device id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// NHC.
    #[serde(rename = "type")]
    pub type_: String,
    /// Name of the Home Coach (official spec).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Name of the Home Coach as seen in real answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// Name of the Home Coach, under the key some answers use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// When the device was first set up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<i64>,
    /// When the device was last set up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Last time the device sent data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    /// True when the device was seen recently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to the device rather than owning it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Measurements the device provides.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Where the Home Coach is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches. Includes `health_idx`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaHomeCoach {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut cipher_id = None;
        let mut type_ = None;
        let mut name = None;
        let mut station_name = None;
        let mut module_name = None;
        let mut date_setup = None;
        let mut last_setup = None;
        let mut last_status_store = None;
        let mut last_upgrade = None;
        let mut firmware = None;
        let mut wifi_status = None;
        let mut reachable = None;
        let mut co2_calibrating = None;
        let mut read_only = None;
        let mut data_type = None;
        let mut place = None;
        let mut dashboard_data = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "cipher_id" => fields.optional("cipher_id", &mut cipher_id)?,
                "type" => fields.required("type", &mut type_)?,
                "name" => fields.optional("name", &mut name)?,
                "station_name" => fields.optional("station_name", &mut station_name)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "date_setup" => fields.optional("date_setup", &mut date_setup)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "last_status_store" => {
                    fields.optional("last_status_store", &mut last_status_store)?
                }
                "last_upgrade" => fields.optional("last_upgrade", &mut last_upgrade)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "wifi_status" => fields.optional("wifi_status", &mut wifi_status)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "co2_calibrating" => {
                    fields.optional("co2_calibrating", &mut co2_calibrating)?
                }
                "read_only" => fields.optional("read_only", &mut read_only)?,
                "data_type" => fields.optional("data_type", &mut data_type)?,
                "place" => fields.optional("place", &mut place)?,
                "dashboard_data" => {
                    fields.optional("dashboard_data", &mut dashboard_data)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            cipher_id,
            type_: fields.present("type", type_)?,
            name,
            station_name,
            module_name,
            date_setup,
            last_setup,
            last_status_store,
            last_upgrade,
            firmware,
            wifi_status,
            reachable,
            co2_calibrating,
            read_only,
            data_type,
            place,
            dashboard_data,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaHomeCoach);

/// Body of gethomecoachsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaHomeCoachsDataBody {
    /// The user's Home Coaches (an empty array when there are none).
    pub devices: Vec<NaHomeCoach>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaHomeCoachsDataBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut devices = None;
        let mut user = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "devices" => fields.required("devices", &mut devices)?,
                "user" => fields.optional("user", &mut user)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            devices: fields.present("devices", devices)?,
            user,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaHomeCoachsDataBody);

/// Answer of gethomecoachsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaHomeCoachsDataResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The Home Coaches and the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaHomeCoachsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaHomeCoachsDataResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaHomeCoachsDataResponse);

/// Values at one time, in the order of the requested `type`s; a value is null when it was not measured.
pub type NaMeasureRow = Vec<Option<f64>>;

/// A run of equally spaced measurements (getmeasure with optimize=true).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaMeasureBlock {
    /// Time of the first row (unix seconds).
    pub beg_time: i64,
    /// Seconds between consecutive rows. Not required: it may be absent when a block holds a single row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_time: Option<i64>,
    /// One row per time step.
    pub value: Vec<NaMeasureRow>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaMeasureBlock {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut beg_time = None;
        let mut step_time = None;
        let mut value = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "beg_time" => fields.required("beg_time", &mut beg_time)?,
                "step_time" => fields.optional("step_time", &mut step_time)?,
                "value" => fields.required("value", &mut value)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            beg_time: fields.present("beg_time", beg_time)?,
            step_time,
            value: fields.present("value", value)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaMeasureBlock);

/// Measurements keyed by their unix timestamp written as a string (getmeasure with optimize=false).
pub type NaMeasureByTimestamp = std::collections::BTreeMap<String, NaMeasureRow>;

/// Body of getmeasure: an array of blocks (optimize=true, the default) or an object keyed by timestamp (optimize=false). The official spec knows only the first shape.
///
/// Decoding takes the first shape, in the order listed, that fits exactly; when none does, the first that fits tolerantly (numbers as text, optional fields of another type kept in `extra`).
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl tolerant::FromJson for NaMeasureBody {
    fn from_json(
        value: &serde_json::Value,
        at: &tolerant::At<'_>,
    ) -> Result<Self, serde_json::Error> {
        tolerant::first_fit(
            value,
            at,
            "NaMeasureBody",
            &[
                |value, at| tolerant::read(value, at).map(Self::Blocks),
                |value, at| tolerant::read(value, at).map(Self::ByTimestamp),
            ],
        )
    }
}

tolerant::one_of!(NaMeasureBody);

/// Answer of getmeasure.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaMeasureResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The measurements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaMeasureBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaMeasureResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaMeasureResponse);

/// A temperature zone of a thermostat program.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaZone {
    /// Zone id, referenced by the timetable.
    pub id: i32,
    /// Zone type: 0 = comfort, 1 = night, 2 = away, 3 = frost guard; other values occur (5 for an "Eco" zone in real data).
    #[serde(rename = "type")]
    pub type_: i32,
    /// Name of the zone (absent for the built-in away and frost guard zones in real data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Setpoint temperature of the zone in °C.
    pub temp: f64,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaZone {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut name = None;
        let mut temp = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "name" => fields.optional("name", &mut name)?,
                "temp" => fields.required("temp", &mut temp)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            name,
            temp: fields.present("temp", temp)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaZone);

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaTimeTableItem {
    /// Id of the zone that starts here.
    pub id: i32,
    /// Minutes since Monday 00:00.
    pub m_offset: i32,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaTimeTableItem {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut m_offset = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "m_offset" => fields.required("m_offset", &mut m_offset)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            m_offset: fields.present("m_offset", m_offset)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaTimeTableItem);

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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holder {
    /// The temperature zones.
    pub zones: Vec<NaZone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<NaTimeTableItem>,
    /// Name of the program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for Holder {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut zones = None;
        let mut timetable = None;
        let mut name = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "zones" => fields.required("zones", &mut zones)?,
                "timetable" => fields.required("timetable", &mut timetable)?,
                "name" => fields.optional("name", &mut name)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            zones: fields.present("zones", zones)?,
            timetable: fields.present("timetable", timetable)?,
            name,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(Holder);

/// A weekly thermostat program as stored by Netatmo.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaThermProgram {
    /// The temperature zones.
    pub zones: Vec<NaZone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<NaTimeTableItem>,
    /// Name of the program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the program (the schedule_id of switchschedule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_id: Option<String>,
    /// True for the program in use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermProgram {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut zones = None;
        let mut timetable = None;
        let mut name = None;
        let mut program_id = None;
        let mut selected = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "zones" => fields.required("zones", &mut zones)?,
                "timetable" => fields.required("timetable", &mut timetable)?,
                "name" => fields.optional("name", &mut name)?,
                "program_id" => fields.optional("program_id", &mut program_id)?,
                "selected" => fields.optional("selected", &mut selected)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            zones: fields.present("zones", zones)?,
            timetable: fields.present("timetable", timetable)?,
            name,
            program_id,
            selected,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermProgram);

/// A thermostat setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaSetpoint {
    /// Mode: program, away, hg (frost guard), manual, off or max.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_mode: Option<NaSetpointSetpointMode>,
    /// Target temperature in °C (manual mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_temp: Option<f64>,
    /// When a manual or max setpoint ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_endtime: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaSetpoint {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut setpoint_mode = None;
        let mut setpoint_temp = None;
        let mut setpoint_endtime = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "setpoint_mode" => fields.optional("setpoint_mode", &mut setpoint_mode)?,
                "setpoint_temp" => fields.optional("setpoint_temp", &mut setpoint_temp)?,
                "setpoint_endtime" => {
                    fields.optional("setpoint_endtime", &mut setpoint_endtime)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            setpoint_mode,
            setpoint_temp,
            setpoint_endtime,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaSetpoint);

/// A past setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaSetpointLog {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// When it was entered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaSetpointLog {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut setpoint = None;
        let mut timestamp = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "setpoint" => fields.optional("setpoint", &mut setpoint)?,
                "timestamp" => fields.optional("timestamp", &mut timestamp)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            setpoint,
            timestamp,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaSetpointLog);

/// Last measurement of a thermostat.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaThermMeasure {
    /// When it was measured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Measured temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Setpoint temperature at that time in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_temp: Option<f64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermMeasure {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut time = None;
        let mut temperature = None;
        let mut setpoint_temp = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "time" => fields.optional("time", &mut time)?,
                "temperature" => fields.optional("temperature", &mut temperature)?,
                "setpoint_temp" => fields.optional("setpoint_temp", &mut setpoint_temp)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            time,
            temperature,
            setpoint_temp,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermMeasure);

/// A boiler event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaBoilerEvent {
    /// When it happened (unix seconds).
    #[serde(rename = "K", skip_serializing_if = "Option::is_none")]
    pub k: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaBoilerEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut k = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "K" => fields.optional("K", &mut k)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self { k, extra: fields.rest() })
    }
}

tolerant::object!(NaBoilerEvent);

/// Boiler responsiveness events (undocumented; seen in real answers).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaThermEventHistory {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_not_responding_events: Option<Vec<NaBoilerEvent>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_responding_events: Option<Vec<NaBoilerEvent>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermEventHistory {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut boiler_not_responding_events = None;
        let mut boiler_responding_events = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "boiler_not_responding_events" => {
                    fields
                        .optional(
                            "boiler_not_responding_events",
                            &mut boiler_not_responding_events,
                        )?
                }
                "boiler_responding_events" => {
                    fields
                        .optional(
                            "boiler_responding_events",
                            &mut boiler_responding_events,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            boiler_not_responding_events,
            boiler_responding_events,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermEventHistory);

/// A thermostat module (type NATherm1) of a relay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaThermostat {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// Last time the thermostat was seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_therm_seen: Option<i64>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Display orientation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    /// Last command sent to the boiler relay (0 = off, otherwise on).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    /// True while the thermostat heats in advance of the next zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anticipating: Option<bool>,
    /// Last measurement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured: Option<NaThermMeasure>,
    /// Setpoint currently in use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    /// Setpoint ordered but not yet applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_order: Option<NaSetpoint>,
    /// The last setpoints the thermostat entered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_history: Option<Vec<NaSetpointLog>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_history: Option<NaThermEventHistory>,
    /// The weekly programs of the thermostat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_program_list: Option<Vec<NaThermProgram>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermostat {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut module_name = None;
        let mut firmware = None;
        let mut last_message = None;
        let mut last_therm_seen = None;
        let mut rf_status = None;
        let mut battery_vp = None;
        let mut battery_percent = None;
        let mut therm_orientation = None;
        let mut therm_relay_cmd = None;
        let mut anticipating = None;
        let mut measured = None;
        let mut setpoint = None;
        let mut setpoint_order = None;
        let mut setpoint_history = None;
        let mut event_history = None;
        let mut therm_program_list = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "last_message" => fields.optional("last_message", &mut last_message)?,
                "last_therm_seen" => {
                    fields.optional("last_therm_seen", &mut last_therm_seen)?
                }
                "rf_status" => fields.optional("rf_status", &mut rf_status)?,
                "battery_vp" => fields.optional("battery_vp", &mut battery_vp)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "therm_orientation" => {
                    fields.optional("therm_orientation", &mut therm_orientation)?
                }
                "therm_relay_cmd" => {
                    fields.optional("therm_relay_cmd", &mut therm_relay_cmd)?
                }
                "anticipating" => fields.optional("anticipating", &mut anticipating)?,
                "measured" => fields.optional("measured", &mut measured)?,
                "setpoint" => fields.optional("setpoint", &mut setpoint)?,
                "setpoint_order" => {
                    fields.optional("setpoint_order", &mut setpoint_order)?
                }
                "setpoint_history" => {
                    fields.optional("setpoint_history", &mut setpoint_history)?
                }
                "event_history" => fields.optional("event_history", &mut event_history)?,
                "therm_program_list" => {
                    fields.optional("therm_program_list", &mut therm_program_list)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            type_: fields.present("type", type_)?,
            module_name,
            firmware,
            last_message,
            last_therm_seen,
            rf_status,
            battery_vp,
            battery_percent,
            therm_orientation,
            therm_relay_cmd,
            anticipating,
            measured,
            setpoint,
            setpoint_order,
            setpoint_history,
            event_history,
            therm_program_list,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermostat);

/// A thermostat relay (type NAPlug) with its thermostats.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaPlug {
    /// Relay id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type")]
    pub type_: String,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    /// Last time the relay was seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_plug_seen: Option<i64>,
    /// 1 when a boiler is connected to the relay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plug_connected_boiler: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub syncing: Option<bool>,
    /// Month of the last energy report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_bilan: Option<NaYearMonth>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Thermostats linked to this relay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaThermostat>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaPlug {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut station_name = None;
        let mut firmware = None;
        let mut last_setup = None;
        let mut last_status_store = None;
        let mut last_plug_seen = None;
        let mut plug_connected_boiler = None;
        let mut udp_conn = None;
        let mut wifi_status = None;
        let mut syncing = None;
        let mut last_bilan = None;
        let mut place = None;
        let mut modules = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "station_name" => fields.optional("station_name", &mut station_name)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "last_status_store" => {
                    fields.optional("last_status_store", &mut last_status_store)?
                }
                "last_plug_seen" => {
                    fields.optional("last_plug_seen", &mut last_plug_seen)?
                }
                "plug_connected_boiler" => {
                    fields.optional("plug_connected_boiler", &mut plug_connected_boiler)?
                }
                "udp_conn" => fields.optional("udp_conn", &mut udp_conn)?,
                "wifi_status" => fields.optional("wifi_status", &mut wifi_status)?,
                "syncing" => fields.optional("syncing", &mut syncing)?,
                "last_bilan" => fields.optional("last_bilan", &mut last_bilan)?,
                "place" => fields.optional("place", &mut place)?,
                "modules" => fields.optional("modules", &mut modules)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            type_: fields.present("type", type_)?,
            station_name,
            firmware,
            last_setup,
            last_status_store,
            last_plug_seen,
            plug_connected_boiler,
            udp_conn,
            wifi_status,
            syncing,
            last_bilan,
            place,
            modules,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaPlug);

/// Body of getthermostatsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaThermostatsDataBody {
    /// The user's relays with their thermostats.
    pub devices: Vec<NaPlug>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<NaUser>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermostatsDataBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut devices = None;
        let mut user = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "devices" => fields.required("devices", &mut devices)?,
                "user" => fields.optional("user", &mut user)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            devices: fields.present("devices", devices)?,
            user,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermostatsDataBody);

/// Answer of getthermostatsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaThermostatsDataResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The relays and the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaThermostatsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermostatsDataResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermostatsDataResponse);

/// Body of getthermstate (operation shut down 2016-11-30; shape from the official spec only).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaThermStateBody {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_order: Option<NaSetpoint>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_program: Option<NaThermProgram>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_program_backup: Option<Vec<NaThermProgram>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_program_order: Option<NaThermProgram>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plug_connected_boiler: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_therm_seen: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_plug_seen: Option<i64>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured: Option<NaThermMeasure>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermStateBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut setpoint = None;
        let mut setpoint_order = None;
        let mut therm_program = None;
        let mut therm_program_backup = None;
        let mut therm_program_order = None;
        let mut therm_orientation = None;
        let mut therm_relay_cmd = None;
        let mut battery_vp = None;
        let mut battery_percent = None;
        let mut rf_status = None;
        let mut plug_connected_boiler = None;
        let mut udp_conn = None;
        let mut last_therm_seen = None;
        let mut last_plug_seen = None;
        let mut wifi_status = None;
        let mut measured = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "setpoint" => fields.optional("setpoint", &mut setpoint)?,
                "setpoint_order" => {
                    fields.optional("setpoint_order", &mut setpoint_order)?
                }
                "therm_program" => fields.optional("therm_program", &mut therm_program)?,
                "therm_program_backup" => {
                    fields.optional("therm_program_backup", &mut therm_program_backup)?
                }
                "therm_program_order" => {
                    fields.optional("therm_program_order", &mut therm_program_order)?
                }
                "therm_orientation" => {
                    fields.optional("therm_orientation", &mut therm_orientation)?
                }
                "therm_relay_cmd" => {
                    fields.optional("therm_relay_cmd", &mut therm_relay_cmd)?
                }
                "battery_vp" => fields.optional("battery_vp", &mut battery_vp)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "rf_status" => fields.optional("rf_status", &mut rf_status)?,
                "plug_connected_boiler" => {
                    fields.optional("plug_connected_boiler", &mut plug_connected_boiler)?
                }
                "udp_conn" => fields.optional("udp_conn", &mut udp_conn)?,
                "last_therm_seen" => {
                    fields.optional("last_therm_seen", &mut last_therm_seen)?
                }
                "last_plug_seen" => {
                    fields.optional("last_plug_seen", &mut last_plug_seen)?
                }
                "wifi_status" => fields.optional("wifi_status", &mut wifi_status)?,
                "measured" => fields.optional("measured", &mut measured)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            setpoint,
            setpoint_order,
            therm_program,
            therm_program_backup,
            therm_program_order,
            therm_orientation,
            therm_relay_cmd,
            battery_vp,
            battery_percent,
            rf_status,
            plug_connected_boiler,
            udp_conn,
            last_therm_seen,
            last_plug_seen,
            wifi_status,
            measured,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermStateBody);

/// Answer of getthermstate.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaThermStateResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The thermostat state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaThermStateBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaThermStateResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaThermStateResponse);

/// Body of createnewschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaScheduleCreated {
    /// Id of the new schedule, usable with switchschedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_id: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaScheduleCreated {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut schedule_id = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "schedule_id" => fields.optional("schedule_id", &mut schedule_id)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            schedule_id,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaScheduleCreated);

/// Answer of createnewschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaScheduleCreatedResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The id of the new schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaScheduleCreated>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaScheduleCreatedResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaScheduleCreatedResponse);

/// A device as listed by devicelist (operation shut down 2016-11-30).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaDevice {
    /// Device id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub station_name: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    /// When the device was set up ({sec, usec}, unlike the newer operations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<NaDate>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status_store: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_upgrade: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_fw_update: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_radio_store: Option<i64>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hw_version: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co2_calibrating: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ext_data: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub udp_conn: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Ids of the modules linked with this device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<String>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_owner: Option<Vec<String>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<NaPlace>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<NaSetpoint>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_default_duration: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaDevice {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut cipher_id = None;
        let mut type_ = None;
        let mut station_name = None;
        let mut module_name = None;
        let mut date_setup = None;
        let mut last_setup = None;
        let mut last_status_store = None;
        let mut last_upgrade = None;
        let mut last_fw_update = None;
        let mut last_radio_store = None;
        let mut firmware = None;
        let mut hw_version = None;
        let mut wifi_status = None;
        let mut ip = None;
        let mut co2_calibrating = None;
        let mut public_ext_data = None;
        let mut udp_conn = None;
        let mut data_type = None;
        let mut modules = None;
        let mut user_owner = None;
        let mut place = None;
        let mut dashboard_data = None;
        let mut setpoint = None;
        let mut setpoint_default_duration = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "cipher_id" => fields.optional("cipher_id", &mut cipher_id)?,
                "type" => fields.optional("type", &mut type_)?,
                "station_name" => fields.optional("station_name", &mut station_name)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "date_setup" => fields.optional("date_setup", &mut date_setup)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "last_status_store" => {
                    fields.optional("last_status_store", &mut last_status_store)?
                }
                "last_upgrade" => fields.optional("last_upgrade", &mut last_upgrade)?,
                "last_fw_update" => {
                    fields.optional("last_fw_update", &mut last_fw_update)?
                }
                "last_radio_store" => {
                    fields.optional("last_radio_store", &mut last_radio_store)?
                }
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "hw_version" => fields.optional("hw_version", &mut hw_version)?,
                "wifi_status" => fields.optional("wifi_status", &mut wifi_status)?,
                "ip" => fields.optional("ip", &mut ip)?,
                "co2_calibrating" => {
                    fields.optional("co2_calibrating", &mut co2_calibrating)?
                }
                "public_ext_data" => {
                    fields.optional("public_ext_data", &mut public_ext_data)?
                }
                "udp_conn" => fields.optional("udp_conn", &mut udp_conn)?,
                "data_type" => fields.optional("data_type", &mut data_type)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "user_owner" => fields.optional("user_owner", &mut user_owner)?,
                "place" => fields.optional("place", &mut place)?,
                "dashboard_data" => {
                    fields.optional("dashboard_data", &mut dashboard_data)?
                }
                "setpoint" => fields.optional("setpoint", &mut setpoint)?,
                "setpoint_default_duration" => {
                    fields
                        .optional(
                            "setpoint_default_duration",
                            &mut setpoint_default_duration,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            cipher_id,
            type_,
            station_name,
            module_name,
            date_setup,
            last_setup,
            last_status_store,
            last_upgrade,
            last_fw_update,
            last_radio_store,
            firmware,
            hw_version,
            wifi_status,
            ip,
            co2_calibrating,
            public_ext_data,
            udp_conn,
            data_type,
            modules,
            user_owner,
            place,
            dashboard_data,
            setpoint,
            setpoint_default_duration,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaDevice);

/// A module as listed by devicelist (operation shut down 2016-11-30).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaModule {
    /// Module id (MAC address).
    #[serde(rename = "_id")]
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Id of the device the module belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_device: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub module_name: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_setup: Option<NaDate>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_ext_data: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_orientation: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_relay_cmd: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_type: Option<Vec<String>>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dashboard_data: Option<NaDashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut main_device = None;
        let mut module_name = None;
        let mut date_setup = None;
        let mut last_message = None;
        let mut last_seen = None;
        let mut firmware = None;
        let mut rf_status = None;
        let mut battery_vp = None;
        let mut battery_percent = None;
        let mut public_ext_data = None;
        let mut therm_orientation = None;
        let mut therm_relay_cmd = None;
        let mut data_type = None;
        let mut dashboard_data = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "type" => fields.optional("type", &mut type_)?,
                "main_device" => fields.optional("main_device", &mut main_device)?,
                "module_name" => fields.optional("module_name", &mut module_name)?,
                "date_setup" => fields.optional("date_setup", &mut date_setup)?,
                "last_message" => fields.optional("last_message", &mut last_message)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "firmware" => fields.optional("firmware", &mut firmware)?,
                "rf_status" => fields.optional("rf_status", &mut rf_status)?,
                "battery_vp" => fields.optional("battery_vp", &mut battery_vp)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "public_ext_data" => {
                    fields.optional("public_ext_data", &mut public_ext_data)?
                }
                "therm_orientation" => {
                    fields.optional("therm_orientation", &mut therm_orientation)?
                }
                "therm_relay_cmd" => {
                    fields.optional("therm_relay_cmd", &mut therm_relay_cmd)?
                }
                "data_type" => fields.optional("data_type", &mut data_type)?,
                "dashboard_data" => {
                    fields.optional("dashboard_data", &mut dashboard_data)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("_id", id)?,
            type_,
            main_device,
            module_name,
            date_setup,
            last_message,
            last_seen,
            firmware,
            rf_status,
            battery_vp,
            battery_percent,
            public_ext_data,
            therm_orientation,
            therm_relay_cmd,
            data_type,
            dashboard_data,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaModule);

/// Body of devicelist.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaDeviceListBody {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<NaDevice>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaModule>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaDeviceListBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut devices = None;
        let mut modules = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "devices" => fields.optional("devices", &mut devices)?,
                "modules" => fields.optional("modules", &mut modules)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            devices,
            modules,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaDeviceListBody);

/// Answer of devicelist.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaDeviceListResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Devices and modules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaDeviceListBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaDeviceListResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaDeviceListResponse);

/// Body of getuser (operation shut down 2016-11-30).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaUserBody {
    /// The user's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// The account's language, locale and unit settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub administrative: Option<NaUserAdministrative>,
    /// User id.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the account was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_creation: Option<NaDate>,
    /// Ids of the devices owned by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<String>>,
    /// Ids of the devices the user has guest access to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friend_devices: Option<Vec<String>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline_not_read: Option<i32>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline_size: Option<i32>,
    /// Seen in real answers; type undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facebook_like_displayed: Option<serde_json::Value>,
    /// Seen in real answers; type undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage_mark: Option<serde_json::Value>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaUserBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut mail = None;
        let mut administrative = None;
        let mut id = None;
        let mut date_creation = None;
        let mut devices = None;
        let mut friend_devices = None;
        let mut timeline_not_read = None;
        let mut timeline_size = None;
        let mut facebook_like_displayed = None;
        let mut usage_mark = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "mail" => fields.optional("mail", &mut mail)?,
                "administrative" => {
                    fields.optional("administrative", &mut administrative)?
                }
                "_id" => fields.optional("_id", &mut id)?,
                "date_creation" => fields.optional("date_creation", &mut date_creation)?,
                "devices" => fields.optional("devices", &mut devices)?,
                "friend_devices" => {
                    fields.optional("friend_devices", &mut friend_devices)?
                }
                "timeline_not_read" => {
                    fields.optional("timeline_not_read", &mut timeline_not_read)?
                }
                "timeline_size" => fields.optional("timeline_size", &mut timeline_size)?,
                "facebook_like_displayed" => {
                    fields
                        .optional(
                            "facebook_like_displayed",
                            &mut facebook_like_displayed,
                        )?
                }
                "usage_mark" => fields.optional("usage_mark", &mut usage_mark)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            mail,
            administrative,
            id,
            date_creation,
            devices,
            friend_devices,
            timeline_not_read,
            timeline_size,
            facebook_like_displayed,
            usage_mark,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaUserBody);

/// Answer of getuser.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaUserResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaUserBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaUserResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaUserResponse);

/// Answer of partnerdevices.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaPartnerDevicesResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Ids of the devices the partner application can access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<String>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaPartnerDevicesResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaPartnerDevicesResponse);

/// An image of an event: pass `id` and `key` to getcamerapicture, or fetch `url`. Sub-event images may carry only a `filename`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeSnapshot {
    /// Image id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Image version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Key to access the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Direct URL of the image (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Path of the image in the camera's storage (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeSnapshot {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut version = None;
        let mut key = None;
        let mut url = None;
        let mut filename = None;
        while let Some(key_) = fields.next_key()? {
            match key_.as_str() {
                "id" => fields.optional("id", &mut id)?,
                "version" => fields.optional("version", &mut version)?,
                "key" => fields.optional("key", &mut key)?,
                "url" => fields.optional("url", &mut url)?,
                "filename" => fields.optional("filename", &mut filename)?,
                _ => fields.unlisted(key_)?,
            }
        }
        Ok(Self {
            id,
            version,
            key,
            url,
            filename,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeSnapshot);

/// The reference face of a person: pass `id` and `key` to getcamerapicture.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeFace {
    /// Face id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Version, raised when the user changes the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Key to access the face image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Direct URL of the image (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeFace {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut version = None;
        let mut key = None;
        let mut url = None;
        while let Some(key_) = fields.next_key()? {
            match key_.as_str() {
                "id" => fields.optional("id", &mut id)?,
                "version" => fields.optional("version", &mut version)?,
                "key" => fields.optional("key", &mut key)?,
                "url" => fields.optional("url", &mut url)?,
                _ => fields.unlisted(key_)?,
            }
        }
        Ok(Self {
            id,
            version,
            key,
            url,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeFace);

/// A detection inside an outdoor (Presence) event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeSubEvent {
    /// Sub-event id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What was detected.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<NaWelcomeSubEventType>,
    /// When it happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Offset in seconds within the event's video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// User-facing description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<NaWelcomeSnapshot>,
    /// Cropped image of the detected object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vignette: Option<NaWelcomeSnapshot>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeSubEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut time = None;
        let mut offset = None;
        let mut message = None;
        let mut snapshot = None;
        let mut vignette = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.optional("id", &mut id)?,
                "type" => fields.optional("type", &mut type_)?,
                "time" => fields.optional("time", &mut time)?,
                "offset" => fields.optional("offset", &mut offset)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot" => fields.optional("snapshot", &mut snapshot)?,
                "vignette" => fields.optional("vignette", &mut vignette)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id,
            type_,
            time,
            offset,
            message,
            snapshot,
            vignette,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeSubEvent);

/// A camera event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeEvent {
    /// Event id.
    pub id: String,
    /// Event type, e.g. person, person_away, movement, connection, disconnection, on, off, boot, sd, alim, outdoor, wifi_status, sound_test.
    #[serde(rename = "type")]
    pub type_: String,
    /// When it happened.
    pub time: i64,
    /// Camera that detected the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_id: Option<String>,
    /// Device the event belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Person the event is about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    /// User-facing description (may contain HTML).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_message: Option<String>,
    /// Sub-type of SD card and power supply events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_type: Option<i32>,
    /// What was detected (movement events).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<NaWelcomeEventCategory>,
    /// True when the person was considered away before this event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_arrival: Option<bool>,
    /// Snapshot of the event (use with getcamerapicture).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<NaWelcomeSnapshot>,
    /// Cropped image of the detected object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vignette: Option<NaWelcomeSnapshot>,
    /// Id of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_id: Option<String>,
    /// Status of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_status: Option<NaWelcomeEventVideoStatus>,
    /// Detections of an outdoor (Presence) event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_list: Option<Vec<NaWelcomeSubEvent>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut time = None;
        let mut camera_id = None;
        let mut device_id = None;
        let mut person_id = None;
        let mut message = None;
        let mut sub_message = None;
        let mut sub_type = None;
        let mut category = None;
        let mut is_arrival = None;
        let mut snapshot = None;
        let mut vignette = None;
        let mut video_id = None;
        let mut video_status = None;
        let mut event_list = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "time" => fields.required("time", &mut time)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "person_id" => fields.optional("person_id", &mut person_id)?,
                "message" => fields.optional("message", &mut message)?,
                "sub_message" => fields.optional("sub_message", &mut sub_message)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "category" => fields.optional("category", &mut category)?,
                "is_arrival" => fields.optional("is_arrival", &mut is_arrival)?,
                "snapshot" => fields.optional("snapshot", &mut snapshot)?,
                "vignette" => fields.optional("vignette", &mut vignette)?,
                "video_id" => fields.optional("video_id", &mut video_id)?,
                "video_status" => fields.optional("video_status", &mut video_status)?,
                "event_list" => fields.optional("event_list", &mut event_list)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            time: fields.present("time", time)?,
            camera_id,
            device_id,
            person_id,
            message,
            sub_message,
            sub_type,
            category,
            is_arrival,
            snapshot,
            vignette,
            video_id,
            video_status,
            event_list,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeEvent);

/// Body of getnextevents, getlasteventof and geteventsuntil.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeEventData {
    /// The events, newest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events_list: Option<Vec<NaWelcomeEvent>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeEventData {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut events_list = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "events_list" => fields.optional("events_list", &mut events_list)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            events_list,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeEventData);

/// Answer of getnextevents, getlasteventof and geteventsuntil.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeEventResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaWelcomeEventData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeEventResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeEventResponse);

/// An accessory of a camera (door tag, indoor siren...).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeModule {
    /// Module id (MAC address).
    pub id: String,
    /// Module type, e.g. NACamDoorTag, NIS (indoor siren).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Name given by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Module status, e.g. no_news.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Battery level in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Radio signal quality (an integer in real data; the official spec says string).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf: Option<i32>,
    /// Last movement detected by the module.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<i64>,
    /// Power source, e.g. battery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alim_source: Option<String>,
    /// on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tamper_detection_enabled: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut name = None;
        let mut status = None;
        let mut battery_percent = None;
        let mut rf = None;
        let mut last_activity = None;
        let mut alim_source = None;
        let mut monitoring = None;
        let mut tamper_detection_enabled = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.optional("type", &mut type_)?,
                "name" => fields.optional("name", &mut name)?,
                "status" => fields.optional("status", &mut status)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "rf" => fields.optional("rf", &mut rf)?,
                "last_activity" => fields.optional("last_activity", &mut last_activity)?,
                "alim_source" => fields.optional("alim_source", &mut alim_source)?,
                "monitoring" => fields.optional("monitoring", &mut monitoring)?,
                "tamper_detection_enabled" => {
                    fields
                        .optional(
                            "tamper_detection_enabled",
                            &mut tamper_detection_enabled,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_,
            name,
            status,
            battery_percent,
            rf,
            last_activity,
            alim_source,
            monitoring,
            tamper_detection_enabled,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeModule);

/// A camera: NACamera (Welcome, indoor) or NOC (Presence, outdoor).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeCamera {
    /// Camera id (MAC address).
    pub id: String,
    /// NACamera or NOC.
    #[serde(rename = "type")]
    pub type_: String,
    /// Monitoring state: on, off or disconnected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// SD card state: on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sd_status: Option<String>,
    /// Power supply state: on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alim_status: Option<String>,
    /// Name given by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// True when camera and caller share the IP address (scope access_camera).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_local: Option<bool>,
    /// Address of the camera (scope access_camera).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpn_url: Option<String>,
    /// Flood-light mode (Presence).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub light_mode_status: Option<NaWelcomeCameraLightModeStatus>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_pin_code: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Accessories of the camera.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaWelcomeModule>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeCamera {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut status = None;
        let mut sd_status = None;
        let mut alim_status = None;
        let mut name = None;
        let mut is_local = None;
        let mut vpn_url = None;
        let mut light_mode_status = None;
        let mut use_pin_code = None;
        let mut last_setup = None;
        let mut modules = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "status" => fields.optional("status", &mut status)?,
                "sd_status" => fields.optional("sd_status", &mut sd_status)?,
                "alim_status" => fields.optional("alim_status", &mut alim_status)?,
                "name" => fields.optional("name", &mut name)?,
                "is_local" => fields.optional("is_local", &mut is_local)?,
                "vpn_url" => fields.optional("vpn_url", &mut vpn_url)?,
                "light_mode_status" => {
                    fields.optional("light_mode_status", &mut light_mode_status)?
                }
                "use_pin_code" => fields.optional("use_pin_code", &mut use_pin_code)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                "modules" => fields.optional("modules", &mut modules)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            status,
            sd_status,
            alim_status,
            name,
            is_local,
            vpn_url,
            light_mode_status,
            use_pin_code,
            last_setup,
            modules,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeCamera);

/// A smoke detector (type NSD) of the home.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeSmokeDetector {
    /// Device id (MAC address).
    pub id: String,
    /// NSD.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeSmokeDetector {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut name = None;
        let mut last_setup = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.optional("type", &mut type_)?,
                "name" => fields.optional("name", &mut name)?,
                "last_setup" => fields.optional("last_setup", &mut last_setup)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_,
            name,
            last_setup,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeSmokeDetector);

/// A person known to the home's cameras.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomePerson {
    /// Person id.
    pub id: String,
    /// Name of the person; absent for unknown faces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudo: Option<String>,
    /// When the person was last seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// True when the person is out of sight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_sight: Option<bool>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face: Option<NaWelcomeFace>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomePerson {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut pseudo = None;
        let mut last_seen = None;
        let mut out_of_sight = None;
        let mut face = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "pseudo" => fields.optional("pseudo", &mut pseudo)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "out_of_sight" => fields.optional("out_of_sight", &mut out_of_sight)?,
                "face" => fields.optional("face", &mut face)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            pseudo,
            last_seen,
            out_of_sight,
            face,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomePerson);

/// Where a home is.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomePlace {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// IANA time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomePlace {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut city = None;
        let mut country = None;
        let mut timezone = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "city" => fields.optional("city", &mut city)?,
                "country" => fields.optional("country", &mut country)?,
                "timezone" => fields.optional("timezone", &mut timezone)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            city,
            country,
            timezone,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomePlace);

/// A home with its cameras, persons and recent events. Keys may be absent instead of empty (a home without `events`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeHome {
    /// Home id.
    pub id: String,
    /// Name of the home.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<NaWelcomePlace>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persons: Option<Vec<NaWelcomePerson>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameras: Option<Vec<NaWelcomeCamera>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smokedetectors: Option<Vec<NaWelcomeSmokeDetector>>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modules: Option<Vec<NaWelcomeModule>>,
    /// The most recent events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<NaWelcomeEvent>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeHome {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut place = None;
        let mut persons = None;
        let mut cameras = None;
        let mut smokedetectors = None;
        let mut modules = None;
        let mut events = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "place" => fields.optional("place", &mut place)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "cameras" => fields.optional("cameras", &mut cameras)?,
                "smokedetectors" => {
                    fields.optional("smokedetectors", &mut smokedetectors)?
                }
                "modules" => fields.optional("modules", &mut modules)?,
                "events" => fields.optional("events", &mut events)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            place,
            persons,
            cameras,
            smokedetectors,
            modules,
            events,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeHome);

/// The user, as returned by gethomedata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeUser {
    /// Regional preference used to format dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reg_locale: Option<String>,
    /// User locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeUser {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut reg_locale = None;
        let mut lang = None;
        let mut country = None;
        let mut mail = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "reg_locale" => fields.optional("reg_locale", &mut reg_locale)?,
                "lang" => fields.optional("lang", &mut lang)?,
                "country" => fields.optional("country", &mut country)?,
                "mail" => fields.optional("mail", &mut mail)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            reg_locale,
            lang,
            country,
            mail,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeUser);

/// Account-wide settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeGlobalInfo {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_tags: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeGlobalInfo {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut show_tags = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "show_tags" => fields.optional("show_tags", &mut show_tags)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            show_tags,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeGlobalInfo);

/// Body of gethomedata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaWelcomeHomeData {
    /// The user's homes (an empty array when there are none).
    pub homes: Vec<NaWelcomeHome>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<NaWelcomeUser>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub global_info: Option<NaWelcomeGlobalInfo>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeHomeData {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut homes = None;
        let mut user = None;
        let mut global_info = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "homes" => fields.required("homes", &mut homes)?,
                "user" => fields.optional("user", &mut user)?,
                "global_info" => fields.optional("global_info", &mut global_info)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            homes: fields.present("homes", homes)?,
            user,
            global_info,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeHomeData);

/// Answer of gethomedata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NaWelcomeHomeDataResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The homes and the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<NaWelcomeHomeData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NaWelcomeHomeDataResponse {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut status = None;
        let mut time_exec = None;
        let mut time_server = None;
        let mut body = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "status" => fields.optional("status", &mut status)?,
                "time_exec" => fields.optional("time_exec", &mut time_exec)?,
                "time_server" => fields.optional("time_server", &mut time_server)?,
                "body" => fields.strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            status,
            time_exec,
            time_server,
            body,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(NaWelcomeHomeDataResponse);

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

tolerant::string_enum!(NaDashboardDataTempTrend);

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

tolerant::string_enum!(NaDashboardDataPressureTrend);

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

tolerant::string_enum!(NaSetpointSetpointMode);

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

tolerant::string_enum!(NaWelcomeSubEventType);

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

tolerant::string_enum!(NaWelcomeEventCategory);

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

tolerant::string_enum!(NaWelcomeEventVideoStatus);

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

tolerant::string_enum!(NaWelcomeCameraLightModeStatus);

/// Values of the `app_type` parameter.
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

tolerant::string_enum!(DeviceListAppType);

/// Values of the `scale` parameter.
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

tolerant::string_enum!(GetMeasureScale);

/// Values of the `type` parameter.
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

tolerant::string_enum!(GetMeasureTypeItem);

/// Values of the `setpoint_mode` parameter.
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

tolerant::string_enum!(SetThermPointSetpointMode);

/// An enum value that the spec does not list, as received. See the enums' docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
