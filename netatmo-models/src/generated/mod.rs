// @generated from spec/netatmo.yaml + spec/overlays/ by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Data types of the Netatmo API (spec version 1.1.1).

use serde::{Deserialize, Serialize};
use super::tolerant;

/// Envelope of every successful JSON answer: `status` is "ok"; the operation's data, if any, is in `body`. `time_exec` can be absent, and so can `status` (FACTS.md section 3: an events answer without it); Netatmo's documented samples carry `time_exec` and `time_server` as text ("0.0600"), which decodes as the number.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Envelope {
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

impl tolerant::Object for Envelope {
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

tolerant::object!(Envelope);

impl Envelope {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            extra: Default::default(),
        }
    }
}

/// Answer of operations that return no data (setthermpoint, switchschedule, syncschedule, setpersonsaway, addwebhook, dropwebhook): the envelope without `body`. The official spec's `body: string` never occurs in real answers (fixtures status_ok.json, camera_data_empty.json).
pub type OkResponse = Envelope;

/// Mongo-style timestamp used by the retired devicelist/getuser operations.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Date {
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

impl tolerant::Object for Date {
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

tolerant::object!(Date);

impl Date {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            sec: None,
            usec: None,
            extra: Default::default(),
        }
    }
}

/// A year and month.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct YearMonth {
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

impl tolerant::Object for YearMonth {
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

tolerant::object!(YearMonth);

impl YearMonth {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            y: None,
            m: None,
            extra: Default::default(),
        }
    }
}

/// Where a device is installed.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Place {
    /// Altitude in metres.
    pub altitude: Option<f64>,
    /// City where the device is installed.
    pub city: Option<String>,
    /// Country code, e.g. DE.
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Berlin.
    pub timezone: Option<String>,
    /// Coordinates as \[longitude, latitude\] (some anonymised samples swap them).
    pub location: Vec<f64>,
    /// True when the location was derived from the IP address.
    pub from_ip: Option<bool>,
    /// `improveLocProposed` in JSON.
    pub improve_loc_proposed: Option<bool>,
    #[allow(missing_docs)]
    pub trust_location: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.altitude {
            map.serialize_entry("altitude", value)?;
        }
        if let Some(value) = &self.city {
            map.serialize_entry("city", value)?;
        }
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.timezone {
            map.serialize_entry("timezone", value)?;
        }
        if !self.location.is_empty() || self._present.has(0) {
            map.serialize_entry("location", &self.location)?;
        }
        if let Some(value) = &self.from_ip {
            map.serialize_entry("from_ip", value)?;
        }
        if let Some(value) = &self.improve_loc_proposed {
            map.serialize_entry("improveLocProposed", value)?;
        }
        if let Some(value) = &self.trust_location {
            map.serialize_entry("trust_location", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Place")
            .field("altitude", &self.altitude)
            .field("city", &self.city)
            .field("country", &self.country)
            .field("timezone", &self.timezone)
            .field("location", &self.location)
            .field("from_ip", &self.from_ip)
            .field("improve_loc_proposed", &self.improve_loc_proposed)
            .field("trust_location", &self.trust_location)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Place {
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
        let came = tolerant::Present::of(&[location.is_some()]);
        Ok(Self {
            altitude,
            city,
            country,
            timezone,
            location: location.unwrap_or_default(),
            from_ip,
            improve_loc_proposed,
            trust_location,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Place);

impl Place {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            altitude: None,
            city: None,
            country: None,
            timezone: None,
            location: Vec::new(),
            from_ip: None,
            improve_loc_proposed: None,
            trust_location: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// The user's locale and unit preferences. The unit fields are integers in real data (the official spec says string); `pressureunit` is sometimes missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UserAdministrative {
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

impl tolerant::Object for UserAdministrative {
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

tolerant::object!(UserAdministrative);

impl UserAdministrative {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            lang: None,
            reg_locale: None,
            country: None,
            unit: None,
            windunit: None,
            pressureunit: None,
            feel_like_algo: None,
            extra: Default::default(),
        }
    }
}

/// The user, as returned next to the devices of getstationsdata, gethomecoachsdata and getthermostatsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct User {
    /// The user's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mail: Option<String>,
    /// The account's language, locale and unit settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub administrative: Option<UserAdministrative>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for User {
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

tolerant::object!(User);

impl User {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            mail: None,
            administrative: None,
            extra: Default::default(),
        }
    }
}

/// Last measurements of a station, module or Home Coach. Which keys are present depends on the device type (see its `data_type`). All measurements are numbers: the same key holds an integer in one answer and a decimal in another. The official spec's `device_id` (typed float) is left out and its swapped min_temp/max_temp descriptions are corrected.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DashboardData {
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
    pub temp_trend: Option<Trend>,
    /// Pressure trend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pressure_trend: Option<Trend>,
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

impl tolerant::Object for DashboardData {
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

tolerant::object!(DashboardData);

impl DashboardData {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            time_utc: None,
            temperature: None,
            co2: None,
            humidity: None,
            noise: None,
            pressure: None,
            absolute_pressure: None,
            rain: None,
            sum_rain_1: None,
            sum_rain_24: None,
            wind_strength: None,
            wind_angle: None,
            gust_strength: None,
            gust_angle: None,
            max_wind_str: None,
            max_wind_angle: None,
            date_max_wind_str: None,
            min_temp: None,
            max_temp: None,
            date_min_temp: None,
            date_max_temp: None,
            temp_trend: None,
            pressure_trend: None,
            health_idx: None,
            boiler_on: None,
            boiler_off: None,
            extra: Default::default(),
        }
    }
}

/// A module of a weather station: NAModule1 (outdoor), NAModule2 (wind), NAModule3 (rain), NAModule4 (indoor).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct StationModule {
    /// Module id (MAC address).
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: String,
    /// Name given by the user.
    pub module_name: Option<String>,
    /// Measurements this module provides, e.g. Temperature, Humidity.
    pub data_type: Vec<String>,
    /// When the module was set up.
    pub last_setup: Option<i64>,
    /// Last time the station received data from the module.
    pub last_message: Option<i64>,
    /// Last time the module was seen.
    pub last_seen: Option<i64>,
    /// False when the module has not been heard from recently; `dashboard_data` is then absent.
    pub reachable: Option<bool>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    pub battery_percent: Option<i32>,
    /// Id of the station the module belongs to (seen in some answers).
    pub main_device: Option<String>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    pub dashboard_data: Option<DashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for StationModule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if !self.data_type.is_empty() || self._present.has(0) {
            map.serialize_entry("data_type", &self.data_type)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if let Some(value) = &self.last_message {
            map.serialize_entry("last_message", value)?;
        }
        if let Some(value) = &self.last_seen {
            map.serialize_entry("last_seen", value)?;
        }
        if let Some(value) = &self.reachable {
            map.serialize_entry("reachable", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.rf_status {
            map.serialize_entry("rf_status", value)?;
        }
        if let Some(value) = &self.battery_vp {
            map.serialize_entry("battery_vp", value)?;
        }
        if let Some(value) = &self.battery_percent {
            map.serialize_entry("battery_percent", value)?;
        }
        if let Some(value) = &self.main_device {
            map.serialize_entry("main_device", value)?;
        }
        if let Some(value) = &self.dashboard_data {
            map.serialize_entry("dashboard_data", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for StationModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StationModule")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("module_name", &self.module_name)
            .field("data_type", &self.data_type)
            .field("last_setup", &self.last_setup)
            .field("last_message", &self.last_message)
            .field("last_seen", &self.last_seen)
            .field("reachable", &self.reachable)
            .field("firmware", &self.firmware)
            .field("rf_status", &self.rf_status)
            .field("battery_vp", &self.battery_vp)
            .field("battery_percent", &self.battery_percent)
            .field("main_device", &self.main_device)
            .field("dashboard_data", &self.dashboard_data)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for StationModule {
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
        let came = tolerant::Present::of(&[data_type.is_some()]);
        Ok(Self {
            id: fields.present("_id", id)?,
            type_: fields.present("type", type_)?,
            module_name,
            data_type: data_type.unwrap_or_default(),
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
            _present: came,
        })
    }
}

tolerant::object!(StationModule);

impl StationModule {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            module_name: None,
            data_type: Vec::new(),
            last_setup: None,
            last_message: None,
            last_seen: None,
            reachable: None,
            firmware: None,
            rf_status: None,
            battery_vp: None,
            battery_percent: None,
            main_device: None,
            dashboard_data: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A weather station (main indoor module, type NAMain) with its modules.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Station {
    /// Station id (MAC address).
    pub id: String,
    #[allow(missing_docs)]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: String,
    /// Name of the station (since 2020-11 the home name).
    pub station_name: Option<String>,
    /// Name of the main module.
    pub module_name: Option<String>,
    /// Id of the home the station belongs to. For a favourite or guest station it can be a home that `homestatus` refuses (400, code 21).
    pub home_id: Option<String>,
    /// Name of the home the station belongs to.
    pub home_name: Option<String>,
    /// When the station was first set up.
    pub date_setup: Option<i64>,
    /// When the station was last set up.
    pub last_setup: Option<i64>,
    /// Last time the station sent data.
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    pub wifi_status: Option<i32>,
    /// True when the station was seen by the Netatmo cloud within the last 4 hours; `dashboard_data` is absent otherwise.
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to (or favourited) the station rather than owning it.
    pub read_only: Option<bool>,
    /// True when the station is a favourite of the user, not owned by them.
    pub favorite: Option<bool>,
    /// Measurements the main module provides.
    pub data_type: Vec<String>,
    /// Where the station is installed.
    pub place: Option<Place>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    pub dashboard_data: Option<DashboardData>,
    /// Modules linked to this station.
    pub modules: Vec<StationModule>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Station {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        if let Some(value) = &self.cipher_id {
            map.serialize_entry("cipher_id", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.station_name {
            map.serialize_entry("station_name", value)?;
        }
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.date_setup {
            map.serialize_entry("date_setup", value)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if let Some(value) = &self.last_status_store {
            map.serialize_entry("last_status_store", value)?;
        }
        if let Some(value) = &self.last_upgrade {
            map.serialize_entry("last_upgrade", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.wifi_status {
            map.serialize_entry("wifi_status", value)?;
        }
        if let Some(value) = &self.reachable {
            map.serialize_entry("reachable", value)?;
        }
        if let Some(value) = &self.co2_calibrating {
            map.serialize_entry("co2_calibrating", value)?;
        }
        if let Some(value) = &self.read_only {
            map.serialize_entry("read_only", value)?;
        }
        if let Some(value) = &self.favorite {
            map.serialize_entry("favorite", value)?;
        }
        if !self.data_type.is_empty() || self._present.has(0) {
            map.serialize_entry("data_type", &self.data_type)?;
        }
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if let Some(value) = &self.dashboard_data {
            map.serialize_entry("dashboard_data", value)?;
        }
        if !self.modules.is_empty() || self._present.has(1) {
            map.serialize_entry("modules", &self.modules)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Station {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Station")
            .field("id", &self.id)
            .field("cipher_id", &self.cipher_id)
            .field("type_", &self.type_)
            .field("station_name", &self.station_name)
            .field("module_name", &self.module_name)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("date_setup", &self.date_setup)
            .field("last_setup", &self.last_setup)
            .field("last_status_store", &self.last_status_store)
            .field("last_upgrade", &self.last_upgrade)
            .field("firmware", &self.firmware)
            .field("wifi_status", &self.wifi_status)
            .field("reachable", &self.reachable)
            .field("co2_calibrating", &self.co2_calibrating)
            .field("read_only", &self.read_only)
            .field("favorite", &self.favorite)
            .field("data_type", &self.data_type)
            .field("place", &self.place)
            .field("dashboard_data", &self.dashboard_data)
            .field("modules", &self.modules)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Station {
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
        let came = tolerant::Present::of(&[data_type.is_some(), modules.is_some()]);
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
            data_type: data_type.unwrap_or_default(),
            place,
            dashboard_data,
            modules: modules.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Station);

impl Station {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            cipher_id: None,
            type_: type_.into(),
            station_name: None,
            module_name: None,
            home_id: None,
            home_name: None,
            date_setup: None,
            last_setup: None,
            last_status_store: None,
            last_upgrade: None,
            firmware: None,
            wifi_status: None,
            reachable: None,
            co2_calibrating: None,
            read_only: None,
            favorite: None,
            data_type: Vec::new(),
            place: None,
            dashboard_data: None,
            modules: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Body of getstationsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct StationsDataBody {
    /// The user's stations (and favourites when get_favorites is true).
    pub devices: Vec<Station>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for StationsDataBody {
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

tolerant::object!(StationsDataBody);

impl StationsDataBody {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(devices: Vec<Station>) -> Self {
        Self {
            devices,
            user: None,
            extra: Default::default(),
        }
    }
}

/// Answer of getstationsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct StationsDataResponse {
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
    pub body: Option<StationsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for StationsDataResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(StationsDataResponse);

impl StationsDataResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// A Healthy Home Coach (type NHC).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomeCoach {
    /// Device id (MAC address).
    pub id: String,
    #[allow(missing_docs)]
    pub cipher_id: Option<String>,
    /// NHC.
    pub type_: String,
    /// Name of the Home Coach (official spec).
    pub name: Option<String>,
    /// Name of the Home Coach as seen in real answers.
    pub station_name: Option<String>,
    /// Name of the Home Coach, under the key some answers use.
    pub module_name: Option<String>,
    /// When the device was first set up.
    pub date_setup: Option<i64>,
    /// When the device was last set up.
    pub last_setup: Option<i64>,
    /// Last time the device sent data.
    pub last_status_store: Option<i64>,
    /// Last firmware upgrade.
    pub last_upgrade: Option<i64>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    pub wifi_status: Option<i32>,
    /// True when the device was seen recently.
    pub reachable: Option<bool>,
    /// True while the CO2 sensor calibrates.
    pub co2_calibrating: Option<bool>,
    /// True when the user was invited to the device rather than owning it.
    pub read_only: Option<bool>,
    /// Measurements the device provides.
    pub data_type: Vec<String>,
    /// Where the Home Coach is installed.
    pub place: Option<Place>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches. Includes `health_idx`.
    pub dashboard_data: Option<DashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeCoach {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        if let Some(value) = &self.cipher_id {
            map.serialize_entry("cipher_id", value)?;
        }
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.station_name {
            map.serialize_entry("station_name", value)?;
        }
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if let Some(value) = &self.date_setup {
            map.serialize_entry("date_setup", value)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if let Some(value) = &self.last_status_store {
            map.serialize_entry("last_status_store", value)?;
        }
        if let Some(value) = &self.last_upgrade {
            map.serialize_entry("last_upgrade", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.wifi_status {
            map.serialize_entry("wifi_status", value)?;
        }
        if let Some(value) = &self.reachable {
            map.serialize_entry("reachable", value)?;
        }
        if let Some(value) = &self.co2_calibrating {
            map.serialize_entry("co2_calibrating", value)?;
        }
        if let Some(value) = &self.read_only {
            map.serialize_entry("read_only", value)?;
        }
        if !self.data_type.is_empty() || self._present.has(0) {
            map.serialize_entry("data_type", &self.data_type)?;
        }
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if let Some(value) = &self.dashboard_data {
            map.serialize_entry("dashboard_data", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeCoach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeCoach")
            .field("id", &self.id)
            .field("cipher_id", &self.cipher_id)
            .field("type_", &self.type_)
            .field("name", &self.name)
            .field("station_name", &self.station_name)
            .field("module_name", &self.module_name)
            .field("date_setup", &self.date_setup)
            .field("last_setup", &self.last_setup)
            .field("last_status_store", &self.last_status_store)
            .field("last_upgrade", &self.last_upgrade)
            .field("firmware", &self.firmware)
            .field("wifi_status", &self.wifi_status)
            .field("reachable", &self.reachable)
            .field("co2_calibrating", &self.co2_calibrating)
            .field("read_only", &self.read_only)
            .field("data_type", &self.data_type)
            .field("place", &self.place)
            .field("dashboard_data", &self.dashboard_data)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeCoach {
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
        let came = tolerant::Present::of(&[data_type.is_some()]);
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
            data_type: data_type.unwrap_or_default(),
            place,
            dashboard_data,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeCoach);

impl HomeCoach {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            cipher_id: None,
            type_: type_.into(),
            name: None,
            station_name: None,
            module_name: None,
            date_setup: None,
            last_setup: None,
            last_status_store: None,
            last_upgrade: None,
            firmware: None,
            wifi_status: None,
            reachable: None,
            co2_calibrating: None,
            read_only: None,
            data_type: Vec::new(),
            place: None,
            dashboard_data: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Body of gethomecoachsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomeCoachsDataBody {
    /// The user's Home Coaches (an empty array when there are none).
    pub devices: Vec<HomeCoach>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomeCoachsDataBody {
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

tolerant::object!(HomeCoachsDataBody);

impl HomeCoachsDataBody {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(devices: Vec<HomeCoach>) -> Self {
        Self {
            devices,
            user: None,
            extra: Default::default(),
        }
    }
}

/// Answer of gethomecoachsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomeCoachsDataResponse {
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
    pub body: Option<HomeCoachsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomeCoachsDataResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(HomeCoachsDataResponse);

impl HomeCoachsDataResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// Values at one time, in the order of the requested `type`s; a value is null when it was not measured.
pub type MeasureRow = Vec<Option<f64>>;

/// A run of equally spaced measurements (getmeasure with optimize=true).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MeasureBlock {
    /// Time of the first row (unix seconds).
    pub beg_time: i64,
    /// Seconds between consecutive rows. Not required: it may be absent when a block holds a single row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step_time: Option<i64>,
    /// One row per time step.
    pub value: Vec<MeasureRow>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for MeasureBlock {
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

tolerant::object!(MeasureBlock);

impl MeasureBlock {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(beg_time: i64, value: Vec<MeasureRow>) -> Self {
        Self {
            beg_time,
            step_time: None,
            value,
            extra: Default::default(),
        }
    }
}

/// Measurements keyed by their unix timestamp written as a string (getmeasure with optimize=false).
pub type MeasureByTimestamp = std::collections::BTreeMap<String, MeasureRow>;

/// Body of getmeasure: an array of blocks (optimize=true, the default) or an object keyed by timestamp (optimize=false). The official spec knows only the first shape.
///
/// Decoding takes the first shape, in the order listed, that fits exactly; when none does, the first that fits tolerantly (numbers as text, optional fields of another type kept in `extra`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum MeasureBody {
    /// Blocks
    ///
    /// optimize=true: runs of equally spaced rows.
    Blocks(Vec<MeasureBlock>),
    /// ByTimestamp
    ///
    /// optimize=false: one row per timestamp.
    ByTimestamp(MeasureByTimestamp),
}

impl tolerant::FromJson for MeasureBody {
    fn from_json(
        value: &serde_json::Value,
        at: &tolerant::At<'_>,
    ) -> Result<Self, serde_json::Error> {
        tolerant::first_fit(
            value,
            at,
            "MeasureBody",
            &[
                |value, at| tolerant::read(value, at).map(Self::Blocks),
                |value, at| tolerant::read(value, at).map(Self::ByTimestamp),
            ],
        )
    }
}

tolerant::one_of!(MeasureBody);

/// Answer of getmeasure.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MeasureResponse {
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
    pub body: Option<MeasureBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for MeasureResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(MeasureResponse);

impl MeasureResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// A temperature zone of a thermostat program.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Zone {
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

impl tolerant::Object for Zone {
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

tolerant::object!(Zone);

impl Zone {
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
#[non_exhaustive]
pub struct TimeTableItem {
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

impl tolerant::Object for TimeTableItem {
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

tolerant::object!(TimeTableItem);

impl TimeTableItem {
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
#[non_exhaustive]
pub struct NewThermProgram {
    /// The temperature zones.
    pub zones: Vec<Zone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<TimeTableItem>,
    /// Name of the program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for NewThermProgram {
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

tolerant::object!(NewThermProgram);

impl NewThermProgram {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(zones: Vec<Zone>, timetable: Vec<TimeTableItem>) -> Self {
        Self {
            zones,
            timetable,
            name: None,
            extra: Default::default(),
        }
    }
}

/// A weekly thermostat program as stored by Netatmo.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThermProgram {
    /// The temperature zones.
    pub zones: Vec<Zone>,
    /// When each zone starts, over one week.
    pub timetable: Vec<TimeTableItem>,
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

impl tolerant::Object for ThermProgram {
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

tolerant::object!(ThermProgram);

impl ThermProgram {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(zones: Vec<Zone>, timetable: Vec<TimeTableItem>) -> Self {
        Self {
            zones,
            timetable,
            name: None,
            program_id: None,
            selected: None,
            extra: Default::default(),
        }
    }
}

/// A thermostat setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Setpoint {
    /// Mode: program, away, hg (frost guard), manual, off or max.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint_mode: Option<SetpointMode>,
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

impl tolerant::Object for Setpoint {
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

tolerant::object!(Setpoint);

impl Setpoint {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            setpoint_mode: None,
            setpoint_temp: None,
            setpoint_endtime: None,
            extra: Default::default(),
        }
    }
}

/// A past setpoint.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SetpointLog {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setpoint: Option<Setpoint>,
    /// When it was entered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for SetpointLog {
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

tolerant::object!(SetpointLog);

impl SetpointLog {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            setpoint: None,
            timestamp: None,
            extra: Default::default(),
        }
    }
}

/// Last measurement of a thermostat.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThermMeasure {
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

impl tolerant::Object for ThermMeasure {
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

tolerant::object!(ThermMeasure);

impl ThermMeasure {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            time: None,
            temperature: None,
            setpoint_temp: None,
            extra: Default::default(),
        }
    }
}

/// A boiler event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BoilerEvent {
    /// When it happened (unix seconds).
    #[serde(rename = "K", skip_serializing_if = "Option::is_none")]
    pub k: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for BoilerEvent {
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

tolerant::object!(BoilerEvent);

impl BoilerEvent {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            k: None,
            extra: Default::default(),
        }
    }
}

/// Boiler responsiveness events (undocumented; seen in real answers).
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThermEventHistory {
    #[allow(missing_docs)]
    pub boiler_not_responding_events: Vec<BoilerEvent>,
    #[allow(missing_docs)]
    pub boiler_responding_events: Vec<BoilerEvent>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for ThermEventHistory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if !self.boiler_not_responding_events.is_empty() || self._present.has(0) {
            map.serialize_entry(
                "boiler_not_responding_events",
                &self.boiler_not_responding_events,
            )?;
        }
        if !self.boiler_responding_events.is_empty() || self._present.has(1) {
            map.serialize_entry(
                "boiler_responding_events",
                &self.boiler_responding_events,
            )?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for ThermEventHistory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThermEventHistory")
            .field("boiler_not_responding_events", &self.boiler_not_responding_events)
            .field("boiler_responding_events", &self.boiler_responding_events)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for ThermEventHistory {
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
        let came = tolerant::Present::of(
            &[boiler_not_responding_events.is_some(), boiler_responding_events.is_some()],
        );
        Ok(Self {
            boiler_not_responding_events: boiler_not_responding_events
                .unwrap_or_default(),
            boiler_responding_events: boiler_responding_events.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(ThermEventHistory);

impl ThermEventHistory {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            boiler_not_responding_events: Vec::new(),
            boiler_responding_events: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A thermostat module (type NATherm1) of a relay.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Thermostat {
    /// Module id (MAC address).
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: String,
    /// The name the user gave the module or device.
    pub module_name: Option<String>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// When the module last sent data (Unix seconds).
    pub last_message: Option<i64>,
    /// Last time the thermostat was seen.
    pub last_therm_seen: Option<i64>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    pub battery_percent: Option<i32>,
    /// Display orientation.
    pub therm_orientation: Option<i32>,
    /// Last command sent to the boiler relay (0 = off, otherwise on).
    pub therm_relay_cmd: Option<i32>,
    /// True while the thermostat heats in advance of the next zone.
    pub anticipating: Option<bool>,
    /// Last measurement.
    pub measured: Option<ThermMeasure>,
    /// Setpoint currently in use.
    pub setpoint: Option<Setpoint>,
    /// Setpoint ordered but not yet applied.
    pub setpoint_order: Option<Setpoint>,
    /// The last setpoints the thermostat entered.
    pub setpoint_history: Vec<SetpointLog>,
    #[allow(missing_docs)]
    pub event_history: Option<ThermEventHistory>,
    /// The weekly programs of the thermostat.
    pub therm_program_list: Vec<ThermProgram>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Thermostat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.last_message {
            map.serialize_entry("last_message", value)?;
        }
        if let Some(value) = &self.last_therm_seen {
            map.serialize_entry("last_therm_seen", value)?;
        }
        if let Some(value) = &self.rf_status {
            map.serialize_entry("rf_status", value)?;
        }
        if let Some(value) = &self.battery_vp {
            map.serialize_entry("battery_vp", value)?;
        }
        if let Some(value) = &self.battery_percent {
            map.serialize_entry("battery_percent", value)?;
        }
        if let Some(value) = &self.therm_orientation {
            map.serialize_entry("therm_orientation", value)?;
        }
        if let Some(value) = &self.therm_relay_cmd {
            map.serialize_entry("therm_relay_cmd", value)?;
        }
        if let Some(value) = &self.anticipating {
            map.serialize_entry("anticipating", value)?;
        }
        if let Some(value) = &self.measured {
            map.serialize_entry("measured", value)?;
        }
        if let Some(value) = &self.setpoint {
            map.serialize_entry("setpoint", value)?;
        }
        if let Some(value) = &self.setpoint_order {
            map.serialize_entry("setpoint_order", value)?;
        }
        if !self.setpoint_history.is_empty() || self._present.has(0) {
            map.serialize_entry("setpoint_history", &self.setpoint_history)?;
        }
        if let Some(value) = &self.event_history {
            map.serialize_entry("event_history", value)?;
        }
        if !self.therm_program_list.is_empty() || self._present.has(1) {
            map.serialize_entry("therm_program_list", &self.therm_program_list)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Thermostat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Thermostat")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("module_name", &self.module_name)
            .field("firmware", &self.firmware)
            .field("last_message", &self.last_message)
            .field("last_therm_seen", &self.last_therm_seen)
            .field("rf_status", &self.rf_status)
            .field("battery_vp", &self.battery_vp)
            .field("battery_percent", &self.battery_percent)
            .field("therm_orientation", &self.therm_orientation)
            .field("therm_relay_cmd", &self.therm_relay_cmd)
            .field("anticipating", &self.anticipating)
            .field("measured", &self.measured)
            .field("setpoint", &self.setpoint)
            .field("setpoint_order", &self.setpoint_order)
            .field("setpoint_history", &self.setpoint_history)
            .field("event_history", &self.event_history)
            .field("therm_program_list", &self.therm_program_list)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Thermostat {
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
        let came = tolerant::Present::of(
            &[setpoint_history.is_some(), therm_program_list.is_some()],
        );
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
            setpoint_history: setpoint_history.unwrap_or_default(),
            event_history,
            therm_program_list: therm_program_list.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Thermostat);

impl Thermostat {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            module_name: None,
            firmware: None,
            last_message: None,
            last_therm_seen: None,
            rf_status: None,
            battery_vp: None,
            battery_percent: None,
            therm_orientation: None,
            therm_relay_cmd: None,
            anticipating: None,
            measured: None,
            setpoint: None,
            setpoint_order: None,
            setpoint_history: Vec::new(),
            event_history: None,
            therm_program_list: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A thermostat relay (type NAPlug) with its thermostats.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Plug {
    /// Relay id (MAC address).
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: String,
    /// The name the user gave the station or device.
    pub station_name: Option<String>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// When the device was installed (Unix seconds).
    pub last_setup: Option<i64>,
    /// When the server last stored data from the device (Unix seconds).
    pub last_status_store: Option<i64>,
    /// Last time the relay was seen.
    pub last_plug_seen: Option<i64>,
    /// 1 when a boiler is connected to the relay.
    pub plug_connected_boiler: Option<i32>,
    #[allow(missing_docs)]
    pub udp_conn: Option<bool>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    pub syncing: Option<bool>,
    /// Month of the last energy report.
    pub last_bilan: Option<YearMonth>,
    /// Where the device is installed.
    pub place: Option<Place>,
    /// Thermostats linked to this relay.
    pub modules: Vec<Thermostat>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Plug {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.station_name {
            map.serialize_entry("station_name", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if let Some(value) = &self.last_status_store {
            map.serialize_entry("last_status_store", value)?;
        }
        if let Some(value) = &self.last_plug_seen {
            map.serialize_entry("last_plug_seen", value)?;
        }
        if let Some(value) = &self.plug_connected_boiler {
            map.serialize_entry("plug_connected_boiler", value)?;
        }
        if let Some(value) = &self.udp_conn {
            map.serialize_entry("udp_conn", value)?;
        }
        if let Some(value) = &self.wifi_status {
            map.serialize_entry("wifi_status", value)?;
        }
        if let Some(value) = &self.syncing {
            map.serialize_entry("syncing", value)?;
        }
        if let Some(value) = &self.last_bilan {
            map.serialize_entry("last_bilan", value)?;
        }
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if !self.modules.is_empty() || self._present.has(0) {
            map.serialize_entry("modules", &self.modules)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Plug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plug")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("station_name", &self.station_name)
            .field("firmware", &self.firmware)
            .field("last_setup", &self.last_setup)
            .field("last_status_store", &self.last_status_store)
            .field("last_plug_seen", &self.last_plug_seen)
            .field("plug_connected_boiler", &self.plug_connected_boiler)
            .field("udp_conn", &self.udp_conn)
            .field("wifi_status", &self.wifi_status)
            .field("syncing", &self.syncing)
            .field("last_bilan", &self.last_bilan)
            .field("place", &self.place)
            .field("modules", &self.modules)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Plug {
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
        let came = tolerant::Present::of(&[modules.is_some()]);
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
            modules: modules.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Plug);

impl Plug {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            station_name: None,
            firmware: None,
            last_setup: None,
            last_status_store: None,
            last_plug_seen: None,
            plug_connected_boiler: None,
            udp_conn: None,
            wifi_status: None,
            syncing: None,
            last_bilan: None,
            place: None,
            modules: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Body of getthermostatsdata.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThermostatsDataBody {
    /// The user's relays with their thermostats.
    pub devices: Vec<Plug>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ThermostatsDataBody {
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

tolerant::object!(ThermostatsDataBody);

impl ThermostatsDataBody {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(devices: Vec<Plug>) -> Self {
        Self {
            devices,
            user: None,
            extra: Default::default(),
        }
    }
}

/// Answer of getthermostatsdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThermostatsDataResponse {
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
    pub body: Option<ThermostatsDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ThermostatsDataResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(ThermostatsDataResponse);

impl ThermostatsDataResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// Body of getthermstate (operation shut down 2016-11-30; shape from the official spec only).
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ThermStateBody {
    #[allow(missing_docs)]
    pub setpoint: Option<Setpoint>,
    #[allow(missing_docs)]
    pub setpoint_order: Option<Setpoint>,
    #[allow(missing_docs)]
    pub therm_program: Option<ThermProgram>,
    #[allow(missing_docs)]
    pub therm_program_backup: Vec<ThermProgram>,
    #[allow(missing_docs)]
    pub therm_program_order: Option<ThermProgram>,
    #[allow(missing_docs)]
    pub therm_orientation: Option<i32>,
    #[allow(missing_docs)]
    pub therm_relay_cmd: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    pub battery_percent: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    pub rf_status: Option<i32>,
    #[allow(missing_docs)]
    pub plug_connected_boiler: Option<i32>,
    #[allow(missing_docs)]
    pub udp_conn: Option<bool>,
    #[allow(missing_docs)]
    pub last_therm_seen: Option<i64>,
    #[allow(missing_docs)]
    pub last_plug_seen: Option<i64>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    pub measured: Option<ThermMeasure>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for ThermStateBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.setpoint {
            map.serialize_entry("setpoint", value)?;
        }
        if let Some(value) = &self.setpoint_order {
            map.serialize_entry("setpoint_order", value)?;
        }
        if let Some(value) = &self.therm_program {
            map.serialize_entry("therm_program", value)?;
        }
        if !self.therm_program_backup.is_empty() || self._present.has(0) {
            map.serialize_entry("therm_program_backup", &self.therm_program_backup)?;
        }
        if let Some(value) = &self.therm_program_order {
            map.serialize_entry("therm_program_order", value)?;
        }
        if let Some(value) = &self.therm_orientation {
            map.serialize_entry("therm_orientation", value)?;
        }
        if let Some(value) = &self.therm_relay_cmd {
            map.serialize_entry("therm_relay_cmd", value)?;
        }
        if let Some(value) = &self.battery_vp {
            map.serialize_entry("battery_vp", value)?;
        }
        if let Some(value) = &self.battery_percent {
            map.serialize_entry("battery_percent", value)?;
        }
        if let Some(value) = &self.rf_status {
            map.serialize_entry("rf_status", value)?;
        }
        if let Some(value) = &self.plug_connected_boiler {
            map.serialize_entry("plug_connected_boiler", value)?;
        }
        if let Some(value) = &self.udp_conn {
            map.serialize_entry("udp_conn", value)?;
        }
        if let Some(value) = &self.last_therm_seen {
            map.serialize_entry("last_therm_seen", value)?;
        }
        if let Some(value) = &self.last_plug_seen {
            map.serialize_entry("last_plug_seen", value)?;
        }
        if let Some(value) = &self.wifi_status {
            map.serialize_entry("wifi_status", value)?;
        }
        if let Some(value) = &self.measured {
            map.serialize_entry("measured", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for ThermStateBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ThermStateBody")
            .field("setpoint", &self.setpoint)
            .field("setpoint_order", &self.setpoint_order)
            .field("therm_program", &self.therm_program)
            .field("therm_program_backup", &self.therm_program_backup)
            .field("therm_program_order", &self.therm_program_order)
            .field("therm_orientation", &self.therm_orientation)
            .field("therm_relay_cmd", &self.therm_relay_cmd)
            .field("battery_vp", &self.battery_vp)
            .field("battery_percent", &self.battery_percent)
            .field("rf_status", &self.rf_status)
            .field("plug_connected_boiler", &self.plug_connected_boiler)
            .field("udp_conn", &self.udp_conn)
            .field("last_therm_seen", &self.last_therm_seen)
            .field("last_plug_seen", &self.last_plug_seen)
            .field("wifi_status", &self.wifi_status)
            .field("measured", &self.measured)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for ThermStateBody {
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
        let came = tolerant::Present::of(&[therm_program_backup.is_some()]);
        Ok(Self {
            setpoint,
            setpoint_order,
            therm_program,
            therm_program_backup: therm_program_backup.unwrap_or_default(),
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
            _present: came,
        })
    }
}

tolerant::object!(ThermStateBody);

impl ThermStateBody {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            setpoint: None,
            setpoint_order: None,
            therm_program: None,
            therm_program_backup: Vec::new(),
            therm_program_order: None,
            therm_orientation: None,
            therm_relay_cmd: None,
            battery_vp: None,
            battery_percent: None,
            rf_status: None,
            plug_connected_boiler: None,
            udp_conn: None,
            last_therm_seen: None,
            last_plug_seen: None,
            wifi_status: None,
            measured: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Answer of getthermstate.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ThermStateResponse {
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
    pub body: Option<ThermStateBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ThermStateResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(ThermStateResponse);

impl ThermStateResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// Body of createnewschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScheduleCreated {
    /// Id of the new schedule, usable with switchschedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_id: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ScheduleCreated {
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

tolerant::object!(ScheduleCreated);

impl ScheduleCreated {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            schedule_id: None,
            extra: Default::default(),
        }
    }
}

/// Answer of createnewschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScheduleCreatedResponse {
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
    pub body: Option<ScheduleCreated>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ScheduleCreatedResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(ScheduleCreatedResponse);

impl ScheduleCreatedResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// A device as listed by devicelist (operation shut down 2016-11-30).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Device {
    /// Device id (MAC address).
    pub id: String,
    #[allow(missing_docs)]
    pub cipher_id: Option<String>,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: Option<String>,
    /// The name the user gave the station or device.
    pub station_name: Option<String>,
    /// The name the user gave the module or device.
    pub module_name: Option<String>,
    /// When the device was set up ({sec, usec}, unlike the newer operations).
    pub date_setup: Option<Date>,
    /// When the device was installed (Unix seconds).
    pub last_setup: Option<i64>,
    /// When the server last stored data from the device (Unix seconds).
    pub last_status_store: Option<i64>,
    /// When the firmware was last upgraded (Unix seconds).
    pub last_upgrade: Option<i64>,
    #[allow(missing_docs)]
    pub last_fw_update: Option<i64>,
    #[allow(missing_docs)]
    pub last_radio_store: Option<i64>,
    /// Firmware version.
    pub firmware: Option<i32>,
    #[allow(missing_docs)]
    pub hw_version: Option<i32>,
    /// Wi-Fi signal quality (RSSI): 86 bad, 71 average, 56 good (lower is better).
    pub wifi_status: Option<i32>,
    #[allow(missing_docs)]
    pub ip: Option<String>,
    #[allow(missing_docs)]
    pub co2_calibrating: Option<bool>,
    #[allow(missing_docs)]
    pub public_ext_data: Option<bool>,
    #[allow(missing_docs)]
    pub udp_conn: Option<bool>,
    /// The kinds of measurement the device takes (`Temperature`, `CO2`, `Humidity`...).
    pub data_type: Vec<String>,
    /// Ids of the modules linked with this device.
    pub modules: Vec<String>,
    #[allow(missing_docs)]
    pub user_owner: Vec<String>,
    /// Where the device is installed.
    pub place: Option<Place>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    pub dashboard_data: Option<DashboardData>,
    #[allow(missing_docs)]
    pub setpoint: Option<Setpoint>,
    #[allow(missing_docs)]
    pub setpoint_default_duration: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Device {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        if let Some(value) = &self.cipher_id {
            map.serialize_entry("cipher_id", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.station_name {
            map.serialize_entry("station_name", value)?;
        }
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if let Some(value) = &self.date_setup {
            map.serialize_entry("date_setup", value)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if let Some(value) = &self.last_status_store {
            map.serialize_entry("last_status_store", value)?;
        }
        if let Some(value) = &self.last_upgrade {
            map.serialize_entry("last_upgrade", value)?;
        }
        if let Some(value) = &self.last_fw_update {
            map.serialize_entry("last_fw_update", value)?;
        }
        if let Some(value) = &self.last_radio_store {
            map.serialize_entry("last_radio_store", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.hw_version {
            map.serialize_entry("hw_version", value)?;
        }
        if let Some(value) = &self.wifi_status {
            map.serialize_entry("wifi_status", value)?;
        }
        if let Some(value) = &self.ip {
            map.serialize_entry("ip", value)?;
        }
        if let Some(value) = &self.co2_calibrating {
            map.serialize_entry("co2_calibrating", value)?;
        }
        if let Some(value) = &self.public_ext_data {
            map.serialize_entry("public_ext_data", value)?;
        }
        if let Some(value) = &self.udp_conn {
            map.serialize_entry("udp_conn", value)?;
        }
        if !self.data_type.is_empty() || self._present.has(0) {
            map.serialize_entry("data_type", &self.data_type)?;
        }
        if !self.modules.is_empty() || self._present.has(1) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if !self.user_owner.is_empty() || self._present.has(2) {
            map.serialize_entry("user_owner", &self.user_owner)?;
        }
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if let Some(value) = &self.dashboard_data {
            map.serialize_entry("dashboard_data", value)?;
        }
        if let Some(value) = &self.setpoint {
            map.serialize_entry("setpoint", value)?;
        }
        if let Some(value) = &self.setpoint_default_duration {
            map.serialize_entry("setpoint_default_duration", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Device")
            .field("id", &self.id)
            .field("cipher_id", &self.cipher_id)
            .field("type_", &self.type_)
            .field("station_name", &self.station_name)
            .field("module_name", &self.module_name)
            .field("date_setup", &self.date_setup)
            .field("last_setup", &self.last_setup)
            .field("last_status_store", &self.last_status_store)
            .field("last_upgrade", &self.last_upgrade)
            .field("last_fw_update", &self.last_fw_update)
            .field("last_radio_store", &self.last_radio_store)
            .field("firmware", &self.firmware)
            .field("hw_version", &self.hw_version)
            .field("wifi_status", &self.wifi_status)
            .field("ip", &self.ip)
            .field("co2_calibrating", &self.co2_calibrating)
            .field("public_ext_data", &self.public_ext_data)
            .field("udp_conn", &self.udp_conn)
            .field("data_type", &self.data_type)
            .field("modules", &self.modules)
            .field("user_owner", &self.user_owner)
            .field("place", &self.place)
            .field("dashboard_data", &self.dashboard_data)
            .field("setpoint", &self.setpoint)
            .field("setpoint_default_duration", &self.setpoint_default_duration)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Device {
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
        let came = tolerant::Present::of(
            &[data_type.is_some(), modules.is_some(), user_owner.is_some()],
        );
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
            data_type: data_type.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            user_owner: user_owner.unwrap_or_default(),
            place,
            dashboard_data,
            setpoint,
            setpoint_default_duration,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Device);

impl Device {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            cipher_id: None,
            type_: None,
            station_name: None,
            module_name: None,
            date_setup: None,
            last_setup: None,
            last_status_store: None,
            last_upgrade: None,
            last_fw_update: None,
            last_radio_store: None,
            firmware: None,
            hw_version: None,
            wifi_status: None,
            ip: None,
            co2_calibrating: None,
            public_ext_data: None,
            udp_conn: None,
            data_type: Vec::new(),
            modules: Vec::new(),
            user_owner: Vec::new(),
            place: None,
            dashboard_data: None,
            setpoint: None,
            setpoint_default_duration: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A module as listed by devicelist (operation shut down 2016-11-30).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Module {
    /// Module id (MAC address).
    pub id: String,
    /// Device or module type: NAMain (weather station), NAModule1 (outdoor), NAModule2 (wind gauge), NAModule3 (rain gauge), NAModule4 (additional indoor), NHC (Home Coach), NAPlug (thermostat relay), NATherm1 (thermostat).
    pub type_: Option<String>,
    /// Id of the device the module belongs to.
    pub main_device: Option<String>,
    /// The name the user gave the module or device.
    pub module_name: Option<String>,
    #[allow(missing_docs)]
    pub date_setup: Option<Date>,
    /// When the module last sent data (Unix seconds).
    pub last_message: Option<i64>,
    /// When the module was last seen (Unix seconds).
    pub last_seen: Option<i64>,
    /// Firmware version.
    pub firmware: Option<i32>,
    /// Radio signal quality: 90 low, 80 medium, 70 high, 60 full (lower is better).
    pub rf_status: Option<i32>,
    /// Battery voltage in mV. Indoor module range 6000-4200 (full 5640, low 4560); outdoor module and rain gauge 6000-3600 (full 5500, low 4000); thermostat 4500-3000 (full 4100, low 3000).
    pub battery_vp: Option<f64>,
    /// Battery level in percent.
    pub battery_percent: Option<i32>,
    #[allow(missing_docs)]
    pub public_ext_data: Option<bool>,
    #[allow(missing_docs)]
    pub therm_orientation: Option<i32>,
    #[allow(missing_docs)]
    pub therm_relay_cmd: Option<i32>,
    /// The kinds of measurement the device takes (`Temperature`, `CO2`, `Humidity`...).
    pub data_type: Vec<String>,
    /// Last measurements. Absent when the device or module is unreachable, and sometimes even for reachable Home Coaches.
    pub dashboard_data: Option<DashboardData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Module {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.main_device {
            map.serialize_entry("main_device", value)?;
        }
        if let Some(value) = &self.module_name {
            map.serialize_entry("module_name", value)?;
        }
        if let Some(value) = &self.date_setup {
            map.serialize_entry("date_setup", value)?;
        }
        if let Some(value) = &self.last_message {
            map.serialize_entry("last_message", value)?;
        }
        if let Some(value) = &self.last_seen {
            map.serialize_entry("last_seen", value)?;
        }
        if let Some(value) = &self.firmware {
            map.serialize_entry("firmware", value)?;
        }
        if let Some(value) = &self.rf_status {
            map.serialize_entry("rf_status", value)?;
        }
        if let Some(value) = &self.battery_vp {
            map.serialize_entry("battery_vp", value)?;
        }
        if let Some(value) = &self.battery_percent {
            map.serialize_entry("battery_percent", value)?;
        }
        if let Some(value) = &self.public_ext_data {
            map.serialize_entry("public_ext_data", value)?;
        }
        if let Some(value) = &self.therm_orientation {
            map.serialize_entry("therm_orientation", value)?;
        }
        if let Some(value) = &self.therm_relay_cmd {
            map.serialize_entry("therm_relay_cmd", value)?;
        }
        if !self.data_type.is_empty() || self._present.has(0) {
            map.serialize_entry("data_type", &self.data_type)?;
        }
        if let Some(value) = &self.dashboard_data {
            map.serialize_entry("dashboard_data", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("main_device", &self.main_device)
            .field("module_name", &self.module_name)
            .field("date_setup", &self.date_setup)
            .field("last_message", &self.last_message)
            .field("last_seen", &self.last_seen)
            .field("firmware", &self.firmware)
            .field("rf_status", &self.rf_status)
            .field("battery_vp", &self.battery_vp)
            .field("battery_percent", &self.battery_percent)
            .field("public_ext_data", &self.public_ext_data)
            .field("therm_orientation", &self.therm_orientation)
            .field("therm_relay_cmd", &self.therm_relay_cmd)
            .field("data_type", &self.data_type)
            .field("dashboard_data", &self.dashboard_data)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Module {
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
        let came = tolerant::Present::of(&[data_type.is_some()]);
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
            data_type: data_type.unwrap_or_default(),
            dashboard_data,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Module);

impl Module {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: None,
            main_device: None,
            module_name: None,
            date_setup: None,
            last_message: None,
            last_seen: None,
            firmware: None,
            rf_status: None,
            battery_vp: None,
            battery_percent: None,
            public_ext_data: None,
            therm_orientation: None,
            therm_relay_cmd: None,
            data_type: Vec::new(),
            dashboard_data: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Body of devicelist.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceListBody {
    #[allow(missing_docs)]
    pub devices: Vec<Device>,
    #[allow(missing_docs)]
    pub modules: Vec<Module>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for DeviceListBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if !self.devices.is_empty() || self._present.has(0) {
            map.serialize_entry("devices", &self.devices)?;
        }
        if !self.modules.is_empty() || self._present.has(1) {
            map.serialize_entry("modules", &self.modules)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for DeviceListBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceListBody")
            .field("devices", &self.devices)
            .field("modules", &self.modules)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for DeviceListBody {
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
        let came = tolerant::Present::of(&[devices.is_some(), modules.is_some()]);
        Ok(Self {
            devices: devices.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(DeviceListBody);

impl DeviceListBody {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            devices: Vec::new(),
            modules: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Answer of devicelist.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DeviceListResponse {
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
    pub body: Option<DeviceListBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for DeviceListResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(DeviceListResponse);

impl DeviceListResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// Body of getuser (operation shut down 2016-11-30).
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UserBody {
    /// The user's e-mail address.
    pub mail: Option<String>,
    /// The account's language, locale and unit settings.
    pub administrative: Option<UserAdministrative>,
    /// User id.
    pub id: Option<String>,
    /// When the account was created.
    pub date_creation: Option<Date>,
    /// Ids of the devices owned by the user.
    pub devices: Vec<String>,
    /// Ids of the devices the user has guest access to.
    pub friend_devices: Vec<String>,
    #[allow(missing_docs)]
    pub timeline_not_read: Option<i32>,
    #[allow(missing_docs)]
    pub timeline_size: Option<i32>,
    /// Seen in real answers; type undocumented.
    pub facebook_like_displayed: Option<serde_json::Value>,
    /// Seen in real answers; type undocumented.
    pub usage_mark: Option<serde_json::Value>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for UserBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.mail {
            map.serialize_entry("mail", value)?;
        }
        if let Some(value) = &self.administrative {
            map.serialize_entry("administrative", value)?;
        }
        if let Some(value) = &self.id {
            map.serialize_entry("_id", value)?;
        }
        if let Some(value) = &self.date_creation {
            map.serialize_entry("date_creation", value)?;
        }
        if !self.devices.is_empty() || self._present.has(0) {
            map.serialize_entry("devices", &self.devices)?;
        }
        if !self.friend_devices.is_empty() || self._present.has(1) {
            map.serialize_entry("friend_devices", &self.friend_devices)?;
        }
        if let Some(value) = &self.timeline_not_read {
            map.serialize_entry("timeline_not_read", value)?;
        }
        if let Some(value) = &self.timeline_size {
            map.serialize_entry("timeline_size", value)?;
        }
        if let Some(value) = &self.facebook_like_displayed {
            map.serialize_entry("facebook_like_displayed", value)?;
        }
        if let Some(value) = &self.usage_mark {
            map.serialize_entry("usage_mark", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for UserBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserBody")
            .field("mail", &self.mail)
            .field("administrative", &self.administrative)
            .field("id", &self.id)
            .field("date_creation", &self.date_creation)
            .field("devices", &self.devices)
            .field("friend_devices", &self.friend_devices)
            .field("timeline_not_read", &self.timeline_not_read)
            .field("timeline_size", &self.timeline_size)
            .field("facebook_like_displayed", &self.facebook_like_displayed)
            .field("usage_mark", &self.usage_mark)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for UserBody {
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
        let came = tolerant::Present::of(&[devices.is_some(), friend_devices.is_some()]);
        Ok(Self {
            mail,
            administrative,
            id,
            date_creation,
            devices: devices.unwrap_or_default(),
            friend_devices: friend_devices.unwrap_or_default(),
            timeline_not_read,
            timeline_size,
            facebook_like_displayed,
            usage_mark,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(UserBody);

impl UserBody {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            mail: None,
            administrative: None,
            id: None,
            date_creation: None,
            devices: Vec::new(),
            friend_devices: Vec::new(),
            timeline_not_read: None,
            timeline_size: None,
            facebook_like_displayed: None,
            usage_mark: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Answer of getuser.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UserResponse {
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
    pub body: Option<UserBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for UserResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(UserResponse);

impl UserResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// Answer of partnerdevices.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PartnerDevicesResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    pub time_server: Option<i64>,
    /// Ids of the devices the partner application can access.
    pub body: Vec<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for PartnerDevicesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.time_exec {
            map.serialize_entry("time_exec", value)?;
        }
        if let Some(value) = &self.time_server {
            map.serialize_entry("time_server", value)?;
        }
        if !self.body.is_empty() || self._present.has(0) {
            map.serialize_entry("body", &self.body)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for PartnerDevicesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PartnerDevicesResponse")
            .field("status", &self.status)
            .field("time_exec", &self.time_exec)
            .field("time_server", &self.time_server)
            .field("body", &self.body)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for PartnerDevicesResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[body.is_some()]);
        Ok(Self {
            status,
            time_exec,
            time_server,
            body: body.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(PartnerDevicesResponse);

impl PartnerDevicesResponse {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// An image of an event: pass `id` and `key` to getcamerapicture, or fetch `url`. Sub-event images may carry only a `filename`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeSnapshot {
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

impl tolerant::Object for WelcomeSnapshot {
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

tolerant::object!(WelcomeSnapshot);

impl WelcomeSnapshot {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            id: None,
            version: None,
            key: None,
            url: None,
            filename: None,
            extra: Default::default(),
        }
    }
}

/// The reference face of a person: pass `id` and `key` to getcamerapicture.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeFace {
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

impl tolerant::Object for WelcomeFace {
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

tolerant::object!(WelcomeFace);

impl WelcomeFace {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            id: None,
            version: None,
            key: None,
            url: None,
            extra: Default::default(),
        }
    }
}

/// A detection inside an outdoor (Presence) event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeSubEvent {
    /// Sub-event id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What was detected.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<WelcomeSubEventType>,
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
    pub snapshot: Option<WelcomeSnapshot>,
    /// Cropped image of the detected object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vignette: Option<WelcomeSnapshot>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeSubEvent {
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

tolerant::object!(WelcomeSubEvent);

impl WelcomeSubEvent {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            id: None,
            type_: None,
            time: None,
            offset: None,
            message: None,
            snapshot: None,
            vignette: None,
            extra: Default::default(),
        }
    }
}

/// A camera event.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WelcomeEvent {
    /// Event id.
    pub id: String,
    /// Event type, e.g. person, person_away, movement, connection, disconnection, on, off, boot, sd, alim, outdoor, wifi_status, sound_test.
    pub type_: String,
    /// When it happened.
    pub time: i64,
    /// Camera that detected the event.
    pub camera_id: Option<String>,
    /// Device the event belongs to.
    pub device_id: Option<String>,
    /// Person the event is about, if any.
    pub person_id: Option<String>,
    /// User-facing description (may contain HTML).
    pub message: Option<String>,
    #[allow(missing_docs)]
    pub sub_message: Option<String>,
    /// Sub-type of SD card and power supply events.
    pub sub_type: Option<i32>,
    /// What was detected (movement events).
    pub category: Option<WelcomeEventCategory>,
    /// True when the person was considered away before this event.
    pub is_arrival: Option<bool>,
    /// Snapshot of the event (use with getcamerapicture).
    pub snapshot: Option<WelcomeSnapshot>,
    /// Cropped image of the detected object.
    pub vignette: Option<WelcomeSnapshot>,
    /// Id of the video.
    pub video_id: Option<String>,
    /// Status of the video.
    pub video_status: Option<WelcomeEventVideoStatus>,
    /// Detections of an outdoor (Presence) event.
    pub event_list: Vec<WelcomeSubEvent>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WelcomeEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("time", &self.time)?;
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.person_id {
            map.serialize_entry("person_id", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.sub_message {
            map.serialize_entry("sub_message", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.is_arrival {
            map.serialize_entry("is_arrival", value)?;
        }
        if let Some(value) = &self.snapshot {
            map.serialize_entry("snapshot", value)?;
        }
        if let Some(value) = &self.vignette {
            map.serialize_entry("vignette", value)?;
        }
        if let Some(value) = &self.video_id {
            map.serialize_entry("video_id", value)?;
        }
        if let Some(value) = &self.video_status {
            map.serialize_entry("video_status", value)?;
        }
        if !self.event_list.is_empty() || self._present.has(0) {
            map.serialize_entry("event_list", &self.event_list)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WelcomeEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WelcomeEvent")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("time", &self.time)
            .field("camera_id", &self.camera_id)
            .field("device_id", &self.device_id)
            .field("person_id", &self.person_id)
            .field("message", &self.message)
            .field("sub_message", &self.sub_message)
            .field("sub_type", &self.sub_type)
            .field("category", &self.category)
            .field("is_arrival", &self.is_arrival)
            .field("snapshot", &self.snapshot)
            .field("vignette", &self.vignette)
            .field("video_id", &self.video_id)
            .field("video_status", &self.video_status)
            .field("event_list", &self.event_list)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WelcomeEvent {
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
        let came = tolerant::Present::of(&[event_list.is_some()]);
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
            event_list: event_list.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WelcomeEvent);

impl WelcomeEvent {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>, time: i64) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            time,
            camera_id: None,
            device_id: None,
            person_id: None,
            message: None,
            sub_message: None,
            sub_type: None,
            category: None,
            is_arrival: None,
            snapshot: None,
            vignette: None,
            video_id: None,
            video_status: None,
            event_list: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Body of getnextevents, getlasteventof and geteventsuntil.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WelcomeEventData {
    /// The events, newest first.
    pub events_list: Vec<WelcomeEvent>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WelcomeEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if !self.events_list.is_empty() || self._present.has(0) {
            map.serialize_entry("events_list", &self.events_list)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WelcomeEventData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WelcomeEventData")
            .field("events_list", &self.events_list)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WelcomeEventData {
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
        let came = tolerant::Present::of(&[events_list.is_some()]);
        Ok(Self {
            events_list: events_list.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WelcomeEventData);

impl WelcomeEventData {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            events_list: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Answer of getnextevents, getlasteventof and geteventsuntil.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeEventResponse {
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
    pub body: Option<WelcomeEventData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeEventResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(WelcomeEventResponse);

impl WelcomeEventResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// An accessory of a camera (door tag, indoor siren...).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeModule {
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

impl tolerant::Object for WelcomeModule {
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

tolerant::object!(WelcomeModule);

impl WelcomeModule {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: None,
            name: None,
            status: None,
            battery_percent: None,
            rf: None,
            last_activity: None,
            alim_source: None,
            monitoring: None,
            tamper_detection_enabled: None,
            extra: Default::default(),
        }
    }
}

/// A camera: NACamera (Welcome, indoor) or NOC (Presence, outdoor).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WelcomeCamera {
    /// Camera id (MAC address).
    pub id: String,
    /// NACamera or NOC.
    pub type_: String,
    /// Monitoring state: on, off or disconnected.
    pub status: Option<String>,
    /// SD card state: on or off.
    pub sd_status: Option<String>,
    /// Power supply state: on or off.
    pub alim_status: Option<String>,
    /// Name given by the user.
    pub name: Option<String>,
    /// True when camera and caller share the IP address (scope access_camera).
    pub is_local: Option<bool>,
    /// Address of the camera (scope access_camera).
    pub vpn_url: Option<String>,
    /// Flood-light mode (Presence).
    pub light_mode_status: Option<WelcomeCameraLightModeStatus>,
    #[allow(missing_docs)]
    pub use_pin_code: Option<bool>,
    /// When the device was installed (Unix seconds).
    pub last_setup: Option<i64>,
    /// Accessories of the camera.
    pub modules: Vec<WelcomeModule>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WelcomeCamera {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.status {
            map.serialize_entry("status", value)?;
        }
        if let Some(value) = &self.sd_status {
            map.serialize_entry("sd_status", value)?;
        }
        if let Some(value) = &self.alim_status {
            map.serialize_entry("alim_status", value)?;
        }
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.is_local {
            map.serialize_entry("is_local", value)?;
        }
        if let Some(value) = &self.vpn_url {
            map.serialize_entry("vpn_url", value)?;
        }
        if let Some(value) = &self.light_mode_status {
            map.serialize_entry("light_mode_status", value)?;
        }
        if let Some(value) = &self.use_pin_code {
            map.serialize_entry("use_pin_code", value)?;
        }
        if let Some(value) = &self.last_setup {
            map.serialize_entry("last_setup", value)?;
        }
        if !self.modules.is_empty() || self._present.has(0) {
            map.serialize_entry("modules", &self.modules)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WelcomeCamera {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WelcomeCamera")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("status", &self.status)
            .field("sd_status", &self.sd_status)
            .field("alim_status", &self.alim_status)
            .field("name", &self.name)
            .field("is_local", &self.is_local)
            .field("vpn_url", &self.vpn_url)
            .field("light_mode_status", &self.light_mode_status)
            .field("use_pin_code", &self.use_pin_code)
            .field("last_setup", &self.last_setup)
            .field("modules", &self.modules)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WelcomeCamera {
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
        let came = tolerant::Present::of(&[modules.is_some()]);
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
            modules: modules.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WelcomeCamera);

impl WelcomeCamera {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: type_.into(),
            status: None,
            sd_status: None,
            alim_status: None,
            name: None,
            is_local: None,
            vpn_url: None,
            light_mode_status: None,
            use_pin_code: None,
            last_setup: None,
            modules: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A smoke detector (type NSD) of the home.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeSmokeDetector {
    /// Device id (MAC address).
    pub id: String,
    /// NSD.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the device was installed (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_setup: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeSmokeDetector {
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

tolerant::object!(WelcomeSmokeDetector);

impl WelcomeSmokeDetector {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            type_: None,
            name: None,
            last_setup: None,
            extra: Default::default(),
        }
    }
}

/// A person known to the home's cameras.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomePerson {
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
    pub face: Option<WelcomeFace>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomePerson {
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

tolerant::object!(WelcomePerson);

impl WelcomePerson {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            pseudo: None,
            last_seen: None,
            out_of_sight: None,
            face: None,
            extra: Default::default(),
        }
    }
}

/// Where a home is.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomePlace {
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

impl tolerant::Object for WelcomePlace {
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

tolerant::object!(WelcomePlace);

impl WelcomePlace {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            city: None,
            country: None,
            timezone: None,
            extra: Default::default(),
        }
    }
}

/// A home with its cameras, persons and recent events. Keys may be absent instead of empty (a home without `events`).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WelcomeHome {
    /// Home id.
    pub id: String,
    /// Name of the home.
    pub name: Option<String>,
    #[allow(missing_docs)]
    pub place: Option<WelcomePlace>,
    #[allow(missing_docs)]
    pub persons: Vec<WelcomePerson>,
    #[allow(missing_docs)]
    pub cameras: Vec<WelcomeCamera>,
    #[allow(missing_docs)]
    pub smokedetectors: Vec<WelcomeSmokeDetector>,
    #[allow(missing_docs)]
    pub modules: Vec<WelcomeModule>,
    /// The most recent events.
    pub events: Vec<WelcomeEvent>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WelcomeHome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if !self.cameras.is_empty() || self._present.has(1) {
            map.serialize_entry("cameras", &self.cameras)?;
        }
        if !self.smokedetectors.is_empty() || self._present.has(2) {
            map.serialize_entry("smokedetectors", &self.smokedetectors)?;
        }
        if !self.modules.is_empty() || self._present.has(3) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if !self.events.is_empty() || self._present.has(4) {
            map.serialize_entry("events", &self.events)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WelcomeHome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WelcomeHome")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("place", &self.place)
            .field("persons", &self.persons)
            .field("cameras", &self.cameras)
            .field("smokedetectors", &self.smokedetectors)
            .field("modules", &self.modules)
            .field("events", &self.events)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WelcomeHome {
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
        let came = tolerant::Present::of(
            &[
                persons.is_some(),
                cameras.is_some(),
                smokedetectors.is_some(),
                modules.is_some(),
                events.is_some(),
            ],
        );
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            place,
            persons: persons.unwrap_or_default(),
            cameras: cameras.unwrap_or_default(),
            smokedetectors: smokedetectors.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            events: events.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WelcomeHome);

impl WelcomeHome {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            place: None,
            persons: Vec::new(),
            cameras: Vec::new(),
            smokedetectors: Vec::new(),
            modules: Vec::new(),
            events: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// The user, as returned by gethomedata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeUser {
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

impl tolerant::Object for WelcomeUser {
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

tolerant::object!(WelcomeUser);

impl WelcomeUser {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            reg_locale: None,
            lang: None,
            country: None,
            mail: None,
            extra: Default::default(),
        }
    }
}

/// Account-wide settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeGlobalInfo {
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_tags: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeGlobalInfo {
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

tolerant::object!(WelcomeGlobalInfo);

impl WelcomeGlobalInfo {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            show_tags: None,
            extra: Default::default(),
        }
    }
}

/// Body of gethomedata.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeHomeData {
    /// The user's homes (an empty array when there are none).
    pub homes: Vec<WelcomeHome>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<WelcomeUser>,
    #[allow(missing_docs)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub global_info: Option<WelcomeGlobalInfo>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeHomeData {
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

tolerant::object!(WelcomeHomeData);

impl WelcomeHomeData {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(homes: Vec<WelcomeHome>) -> Self {
        Self {
            homes,
            user: None,
            global_info: None,
            extra: Default::default(),
        }
    }
}

/// Answer of gethomedata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WelcomeHomeDataResponse {
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
    pub body: Option<WelcomeHomeData>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for WelcomeHomeDataResponse {
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
                "body" => fields.optional_strict("body", &mut body)?,
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

tolerant::object!(WelcomeHomeDataResponse);

impl WelcomeHomeDataResponse {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            status: None,
            time_exec: None,
            time_server: None,
            body: None,
            extra: Default::default(),
        }
    }
}

/// The values of every field and parameter whose type the spec names `Trend`.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Trend {
    /// `up`
    Up,
    /// `down`
    Down,
    /// `stable`
    Stable,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl Trend {
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

impl From<&str> for Trend {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for Trend {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for Trend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Trend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Trend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(Trend);

/// The values of every field and parameter whose type the spec names `SetpointMode`.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SetpointMode {
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

impl SetpointMode {
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

impl From<&str> for SetpointMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for SetpointMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for SetpointMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SetpointMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SetpointMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(SetpointMode);

/// What was detected.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WelcomeSubEventType {
    /// `human`
    Human,
    /// `animal`
    Animal,
    /// `vehicle`
    Vehicle,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl WelcomeSubEventType {
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

impl From<&str> for WelcomeSubEventType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for WelcomeSubEventType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for WelcomeSubEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WelcomeSubEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WelcomeSubEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(WelcomeSubEventType);

/// What was detected (movement events).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WelcomeEventCategory {
    /// `human`
    Human,
    /// `animal`
    Animal,
    /// `vehicle`
    Vehicle,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl WelcomeEventCategory {
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

impl From<&str> for WelcomeEventCategory {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for WelcomeEventCategory {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for WelcomeEventCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WelcomeEventCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WelcomeEventCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(WelcomeEventCategory);

/// Status of the video.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WelcomeEventVideoStatus {
    /// `recording`
    Recording,
    /// `available`
    Available,
    /// `deleted`
    Deleted,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl WelcomeEventVideoStatus {
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

impl From<&str> for WelcomeEventVideoStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for WelcomeEventVideoStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for WelcomeEventVideoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WelcomeEventVideoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WelcomeEventVideoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(WelcomeEventVideoStatus);

/// Flood-light mode (Presence).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WelcomeCameraLightModeStatus {
    /// `on`
    On,
    /// `off`
    Off,
    /// `auto`
    Auto,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl WelcomeCameraLightModeStatus {
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

impl From<&str> for WelcomeCameraLightModeStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for WelcomeCameraLightModeStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for WelcomeCameraLightModeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WelcomeCameraLightModeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WelcomeCameraLightModeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(WelcomeCameraLightModeStatus);

/// Values of the `app_type` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeviceListApp {
    /// `app_station`
    AppStation,
    /// `app_thermostat`
    AppThermostat,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl DeviceListApp {
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

impl From<&str> for DeviceListApp {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for DeviceListApp {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for DeviceListApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeviceListApp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DeviceListApp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(DeviceListApp);

/// Values of the `scale` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MeasureScale {
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

impl MeasureScale {
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

impl From<&str> for MeasureScale {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for MeasureScale {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for MeasureScale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MeasureScale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MeasureScale {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(MeasureScale);

/// Values of the `type` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MeasureType {
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

impl MeasureType {
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

impl From<&str> for MeasureType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for MeasureType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for MeasureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MeasureType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MeasureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(MeasureType);

/// An enum value that the spec does not list, as received. See the enums' docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
