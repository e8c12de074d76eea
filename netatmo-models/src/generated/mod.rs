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
    /// Street where the device is installed (public stations, when their owner shares it).
    pub street: Option<String>,
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
        if let Some(value) = &self.street {
            map.serialize_entry("street", value)?;
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
            .field("street", &self.street)
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
        let mut street = None;
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
                "street" => fields.optional("street", &mut street)?,
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
            street,
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
            street: None,
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

/// Body of createnewschedule and createnewhomeschedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScheduleCreated {
    /// Id of the new schedule, for switchhomeschedule (or the legacy switchschedule).
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

/// Answer of getpublicdata.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PublicDataResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    pub time_server: Option<i64>,
    /// The public stations of the area.
    pub body: Vec<PublicStation>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for PublicDataResponse {
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
impl std::fmt::Debug for PublicDataResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublicDataResponse")
            .field("status", &self.status)
            .field("time_exec", &self.time_exec)
            .field("time_server", &self.time_server)
            .field("body", &self.body)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for PublicDataResponse {
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

tolerant::object!(PublicDataResponse);

impl PublicDataResponse {
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

/// A public weather station and its last measurements.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct PublicStation {
    /// The station's id (its main module's MAC address).
    pub id: String,
    /// Where the station is; `location` is \[longitude, latitude\].
    pub place: Option<Place>,
    /// How much Netatmo trusts the station's measurements (higher is better).
    pub mark: Option<i32>,
    /// The last measurements, by module (its MAC address).
    pub measures: Option<std::collections::BTreeMap<String, PublicMeasures>>,
    /// The station's modules other than the main one, by MAC address.
    pub modules: Vec<String>,
    /// Each module's type (NAModule1 outdoor, NAModule2 wind, NAModule3 rain...), by MAC address.
    pub module_types: Option<std::collections::BTreeMap<String, ModuleType>>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for PublicStation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("_id", &self.id)?;
        if let Some(value) = &self.place {
            map.serialize_entry("place", value)?;
        }
        if let Some(value) = &self.mark {
            map.serialize_entry("mark", value)?;
        }
        if let Some(value) = &self.measures {
            map.serialize_entry("measures", value)?;
        }
        if !self.modules.is_empty() || self._present.has(0) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if let Some(value) = &self.module_types {
            map.serialize_entry("module_types", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for PublicStation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublicStation")
            .field("id", &self.id)
            .field("place", &self.place)
            .field("mark", &self.mark)
            .field("measures", &self.measures)
            .field("modules", &self.modules)
            .field("module_types", &self.module_types)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for PublicStation {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut place = None;
        let mut mark = None;
        let mut measures = None;
        let mut modules = None;
        let mut module_types = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "_id" => fields.required("_id", &mut id)?,
                "place" => fields.optional("place", &mut place)?,
                "mark" => fields.optional("mark", &mut mark)?,
                "measures" => fields.optional("measures", &mut measures)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "module_types" => fields.optional("module_types", &mut module_types)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[modules.is_some()]);
        Ok(Self {
            id: fields.present("_id", id)?,
            place,
            mark,
            measures,
            modules: modules.unwrap_or_default(),
            module_types,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(PublicStation);

impl PublicStation {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            place: None,
            mark: None,
            measures: None,
            modules: Vec::new(),
            module_types: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A module's last measurements. Thermometers, hygrometers and barometers give `res` and `type`; a rain gauge the `rain_*` fields; an anemometer the `wind_*` and `gust_*` fields.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PublicMeasures {
    /// Values by time (Unix seconds, as text), in the order `type` lists them.
    pub res: Option<MeasureByTimestamp>,
    /// What each value of `res` measures (temperature, humidity, pressure).
    pub type_: Vec<String>,
    /// Rain in the last hour, in millimetres.
    pub rain_60min: Option<f64>,
    /// Rain in the last 24 hours, in millimetres.
    pub rain_24h: Option<f64>,
    /// Rain in the last measurement interval, in millimetres.
    pub rain_live: Option<f64>,
    /// When the rain was measured (Unix seconds).
    pub rain_timeutc: Option<i64>,
    /// Wind speed, in km/h.
    pub wind_strength: Option<f64>,
    /// Wind direction, in degrees from north.
    pub wind_angle: Option<i32>,
    /// Speed of the strongest gust, in km/h.
    pub gust_strength: Option<f64>,
    /// Direction of the strongest gust, in degrees from north.
    pub gust_angle: Option<i32>,
    /// When the wind was measured (Unix seconds).
    pub wind_timeutc: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for PublicMeasures {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.res {
            map.serialize_entry("res", value)?;
        }
        if !self.type_.is_empty() || self._present.has(0) {
            map.serialize_entry("type", &self.type_)?;
        }
        if let Some(value) = &self.rain_60min {
            map.serialize_entry("rain_60min", value)?;
        }
        if let Some(value) = &self.rain_24h {
            map.serialize_entry("rain_24h", value)?;
        }
        if let Some(value) = &self.rain_live {
            map.serialize_entry("rain_live", value)?;
        }
        if let Some(value) = &self.rain_timeutc {
            map.serialize_entry("rain_timeutc", value)?;
        }
        if let Some(value) = &self.wind_strength {
            map.serialize_entry("wind_strength", value)?;
        }
        if let Some(value) = &self.wind_angle {
            map.serialize_entry("wind_angle", value)?;
        }
        if let Some(value) = &self.gust_strength {
            map.serialize_entry("gust_strength", value)?;
        }
        if let Some(value) = &self.gust_angle {
            map.serialize_entry("gust_angle", value)?;
        }
        if let Some(value) = &self.wind_timeutc {
            map.serialize_entry("wind_timeutc", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for PublicMeasures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublicMeasures")
            .field("res", &self.res)
            .field("type_", &self.type_)
            .field("rain_60min", &self.rain_60min)
            .field("rain_24h", &self.rain_24h)
            .field("rain_live", &self.rain_live)
            .field("rain_timeutc", &self.rain_timeutc)
            .field("wind_strength", &self.wind_strength)
            .field("wind_angle", &self.wind_angle)
            .field("gust_strength", &self.gust_strength)
            .field("gust_angle", &self.gust_angle)
            .field("wind_timeutc", &self.wind_timeutc)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for PublicMeasures {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut res = None;
        let mut type_ = None;
        let mut rain_60min = None;
        let mut rain_24h = None;
        let mut rain_live = None;
        let mut rain_timeutc = None;
        let mut wind_strength = None;
        let mut wind_angle = None;
        let mut gust_strength = None;
        let mut gust_angle = None;
        let mut wind_timeutc = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "res" => fields.optional("res", &mut res)?,
                "type" => fields.optional("type", &mut type_)?,
                "rain_60min" => fields.optional("rain_60min", &mut rain_60min)?,
                "rain_24h" => fields.optional("rain_24h", &mut rain_24h)?,
                "rain_live" => fields.optional("rain_live", &mut rain_live)?,
                "rain_timeutc" => fields.optional("rain_timeutc", &mut rain_timeutc)?,
                "wind_strength" => fields.optional("wind_strength", &mut wind_strength)?,
                "wind_angle" => fields.optional("wind_angle", &mut wind_angle)?,
                "gust_strength" => fields.optional("gust_strength", &mut gust_strength)?,
                "gust_angle" => fields.optional("gust_angle", &mut gust_angle)?,
                "wind_timeutc" => fields.optional("wind_timeutc", &mut wind_timeutc)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[type_.is_some()]);
        Ok(Self {
            res,
            type_: type_.unwrap_or_default(),
            rain_60min,
            rain_24h,
            rain_live,
            rain_timeutc,
            wind_strength,
            wind_angle,
            gust_strength,
            gust_angle,
            wind_timeutc,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(PublicMeasures);

impl PublicMeasures {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            res: None,
            type_: Vec::new(),
            rain_60min: None,
            rain_24h: None,
            rain_live: None,
            rain_timeutc: None,
            wind_strength: None,
            wind_angle: None,
            gust_strength: None,
            gust_angle: None,
            wind_timeutc: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A module's product type. Energy - NAPlug (relay), NATherm1 (thermostat), NRV (valve), OTH (OpenTherm gateway), OTM (OpenTherm thermostat), NAC (air-conditioning control), BNS (BTicino Smarther), BNTH, BNFC, BNTR (BTicino). Security - NACamera (indoor), NOC (outdoor), NPC (Indoor Camera Advance), NDB (doorbell), NSD (smoke), NCO (carbon monoxide), NIS (siren), NACamDoorTag. Weather - NAMain, NAModule1 (outdoor), NAModule2 (wind), NAModule3 (rain), NAModule4 (indoor), NHC (Home Coach). Legrand Home+Control - NLG and NLGS gateways, switches and plugs (NLP...), dimmers (NLF...), covers (NLV, NLLV, NLLM, NLJ), NLLF fan, meters (NLE, NLPC, NLPS), remotes (NLT, NLD...). Others - BTicino (BN...), Bubendorff (NBG gateway, NBR, NBO, NBS), Somfy TPSRS, Zigbee Z3L and Z3V, EBU, VELUX (NXG gateway, NXO opener, NXS sensor, NXD switch), legacy NBD and NADoorTag.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModuleType {
    /// `NAPlug`
    NaPlug,
    /// `NATherm1`
    NaTherm1,
    /// `NRV`
    Nrv,
    /// `OTH`
    Oth,
    /// `OTM`
    Otm,
    /// `NAC`
    Nac,
    /// `BNS`
    Bns,
    /// `BNTH`
    Bnth,
    /// `BNFC`
    Bnfc,
    /// `BNTR`
    Bntr,
    /// `NACamera`
    NaCamera,
    /// `NOC`
    Noc,
    /// `NPC`
    Npc,
    /// `NDB`
    Ndb,
    /// `NSD`
    Nsd,
    /// `NCO`
    Nco,
    /// `NIS`
    Nis,
    /// `NACamDoorTag`
    NaCamDoorTag,
    /// `NAMain`
    NaMain,
    /// `NAModule1`
    NaModule1,
    /// `NAModule2`
    NaModule2,
    /// `NAModule3`
    NaModule3,
    /// `NAModule4`
    NaModule4,
    /// `NHC`
    Nhc,
    /// `NLG`
    Nlg,
    /// `NLGS`
    Nlgs,
    /// `NLP`
    Nlp,
    /// `NLPM`
    Nlpm,
    /// `NLPBS`
    Nlpbs,
    /// `NLPO`
    Nlpo,
    /// `NLPT`
    Nlpt,
    /// `NLPD`
    Nlpd,
    /// `NLC`
    Nlc,
    /// `NLM`
    Nlm,
    /// `NLL`
    Nll,
    /// `NLIS`
    Nlis,
    /// `NLUP`
    Nlup,
    /// `NLUI`
    Nlui,
    /// `NLF`
    Nlf,
    /// `NLFN`
    Nlfn,
    /// `NLFE`
    Nlfe,
    /// `NLUF`
    Nluf,
    /// `NLUO`
    Nluo,
    /// `NLDD`
    Nldd,
    /// `NLV`
    Nlv,
    /// `NLLV`
    Nllv,
    /// `NLLM`
    Nllm,
    /// `NLJ`
    Nlj,
    /// `NLLF`
    Nllf,
    /// `NLE`
    Nle,
    /// `NLPC`
    Nlpc,
    /// `NLPS`
    Nlps,
    /// `NLT`
    Nlt,
    /// `NLD`
    Nld,
    /// `NLAO`
    Nlao,
    /// `NLAS`
    Nlas,
    /// `NLDP`
    Nldp,
    /// `NLTS`
    Nlts,
    /// `BNCX`
    Bncx,
    /// `BNDL`
    Bndl,
    /// `BNEU`
    Bneu,
    /// `BNSL`
    Bnsl,
    /// `BNCS`
    Bncs,
    /// `BNXM`
    Bnxm,
    /// `BNMS`
    Bnms,
    /// `BNAS`
    Bnas,
    /// `BNAB`
    Bnab,
    /// `BNMH`
    Bnmh,
    /// `BNIL`
    Bnil,
    /// `BNLD`
    Bnld,
    /// `NBG`
    Nbg,
    /// `NBR`
    Nbr,
    /// `NBO`
    Nbo,
    /// `NBS`
    Nbs,
    /// `TPSRS`
    Tpsrs,
    /// `Z3L`
    Z3l,
    /// `Z3V`
    Z3v,
    /// `EBU`
    Ebu,
    /// `NXG`
    Nxg,
    /// `NXO`
    Nxo,
    /// `NXS`
    Nxs,
    /// `NXD`
    Nxd,
    /// `NBD`
    Nbd,
    /// `NADoorTag`
    NaDoorTag,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ModuleType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NaPlug => "NAPlug",
            Self::NaTherm1 => "NATherm1",
            Self::Nrv => "NRV",
            Self::Oth => "OTH",
            Self::Otm => "OTM",
            Self::Nac => "NAC",
            Self::Bns => "BNS",
            Self::Bnth => "BNTH",
            Self::Bnfc => "BNFC",
            Self::Bntr => "BNTR",
            Self::NaCamera => "NACamera",
            Self::Noc => "NOC",
            Self::Npc => "NPC",
            Self::Ndb => "NDB",
            Self::Nsd => "NSD",
            Self::Nco => "NCO",
            Self::Nis => "NIS",
            Self::NaCamDoorTag => "NACamDoorTag",
            Self::NaMain => "NAMain",
            Self::NaModule1 => "NAModule1",
            Self::NaModule2 => "NAModule2",
            Self::NaModule3 => "NAModule3",
            Self::NaModule4 => "NAModule4",
            Self::Nhc => "NHC",
            Self::Nlg => "NLG",
            Self::Nlgs => "NLGS",
            Self::Nlp => "NLP",
            Self::Nlpm => "NLPM",
            Self::Nlpbs => "NLPBS",
            Self::Nlpo => "NLPO",
            Self::Nlpt => "NLPT",
            Self::Nlpd => "NLPD",
            Self::Nlc => "NLC",
            Self::Nlm => "NLM",
            Self::Nll => "NLL",
            Self::Nlis => "NLIS",
            Self::Nlup => "NLUP",
            Self::Nlui => "NLUI",
            Self::Nlf => "NLF",
            Self::Nlfn => "NLFN",
            Self::Nlfe => "NLFE",
            Self::Nluf => "NLUF",
            Self::Nluo => "NLUO",
            Self::Nldd => "NLDD",
            Self::Nlv => "NLV",
            Self::Nllv => "NLLV",
            Self::Nllm => "NLLM",
            Self::Nlj => "NLJ",
            Self::Nllf => "NLLF",
            Self::Nle => "NLE",
            Self::Nlpc => "NLPC",
            Self::Nlps => "NLPS",
            Self::Nlt => "NLT",
            Self::Nld => "NLD",
            Self::Nlao => "NLAO",
            Self::Nlas => "NLAS",
            Self::Nldp => "NLDP",
            Self::Nlts => "NLTS",
            Self::Bncx => "BNCX",
            Self::Bndl => "BNDL",
            Self::Bneu => "BNEU",
            Self::Bnsl => "BNSL",
            Self::Bncs => "BNCS",
            Self::Bnxm => "BNXM",
            Self::Bnms => "BNMS",
            Self::Bnas => "BNAS",
            Self::Bnab => "BNAB",
            Self::Bnmh => "BNMH",
            Self::Bnil => "BNIL",
            Self::Bnld => "BNLD",
            Self::Nbg => "NBG",
            Self::Nbr => "NBR",
            Self::Nbo => "NBO",
            Self::Nbs => "NBS",
            Self::Tpsrs => "TPSRS",
            Self::Z3l => "Z3L",
            Self::Z3v => "Z3V",
            Self::Ebu => "EBU",
            Self::Nxg => "NXG",
            Self::Nxo => "NXO",
            Self::Nxs => "NXS",
            Self::Nxd => "NXD",
            Self::Nbd => "NBD",
            Self::NaDoorTag => "NADoorTag",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "NAPlug" => Some(Self::NaPlug),
            "NATherm1" => Some(Self::NaTherm1),
            "NRV" => Some(Self::Nrv),
            "OTH" => Some(Self::Oth),
            "OTM" => Some(Self::Otm),
            "NAC" => Some(Self::Nac),
            "BNS" => Some(Self::Bns),
            "BNTH" => Some(Self::Bnth),
            "BNFC" => Some(Self::Bnfc),
            "BNTR" => Some(Self::Bntr),
            "NACamera" => Some(Self::NaCamera),
            "NOC" => Some(Self::Noc),
            "NPC" => Some(Self::Npc),
            "NDB" => Some(Self::Ndb),
            "NSD" => Some(Self::Nsd),
            "NCO" => Some(Self::Nco),
            "NIS" => Some(Self::Nis),
            "NACamDoorTag" => Some(Self::NaCamDoorTag),
            "NAMain" => Some(Self::NaMain),
            "NAModule1" => Some(Self::NaModule1),
            "NAModule2" => Some(Self::NaModule2),
            "NAModule3" => Some(Self::NaModule3),
            "NAModule4" => Some(Self::NaModule4),
            "NHC" => Some(Self::Nhc),
            "NLG" => Some(Self::Nlg),
            "NLGS" => Some(Self::Nlgs),
            "NLP" => Some(Self::Nlp),
            "NLPM" => Some(Self::Nlpm),
            "NLPBS" => Some(Self::Nlpbs),
            "NLPO" => Some(Self::Nlpo),
            "NLPT" => Some(Self::Nlpt),
            "NLPD" => Some(Self::Nlpd),
            "NLC" => Some(Self::Nlc),
            "NLM" => Some(Self::Nlm),
            "NLL" => Some(Self::Nll),
            "NLIS" => Some(Self::Nlis),
            "NLUP" => Some(Self::Nlup),
            "NLUI" => Some(Self::Nlui),
            "NLF" => Some(Self::Nlf),
            "NLFN" => Some(Self::Nlfn),
            "NLFE" => Some(Self::Nlfe),
            "NLUF" => Some(Self::Nluf),
            "NLUO" => Some(Self::Nluo),
            "NLDD" => Some(Self::Nldd),
            "NLV" => Some(Self::Nlv),
            "NLLV" => Some(Self::Nllv),
            "NLLM" => Some(Self::Nllm),
            "NLJ" => Some(Self::Nlj),
            "NLLF" => Some(Self::Nllf),
            "NLE" => Some(Self::Nle),
            "NLPC" => Some(Self::Nlpc),
            "NLPS" => Some(Self::Nlps),
            "NLT" => Some(Self::Nlt),
            "NLD" => Some(Self::Nld),
            "NLAO" => Some(Self::Nlao),
            "NLAS" => Some(Self::Nlas),
            "NLDP" => Some(Self::Nldp),
            "NLTS" => Some(Self::Nlts),
            "BNCX" => Some(Self::Bncx),
            "BNDL" => Some(Self::Bndl),
            "BNEU" => Some(Self::Bneu),
            "BNSL" => Some(Self::Bnsl),
            "BNCS" => Some(Self::Bncs),
            "BNXM" => Some(Self::Bnxm),
            "BNMS" => Some(Self::Bnms),
            "BNAS" => Some(Self::Bnas),
            "BNAB" => Some(Self::Bnab),
            "BNMH" => Some(Self::Bnmh),
            "BNIL" => Some(Self::Bnil),
            "BNLD" => Some(Self::Bnld),
            "NBG" => Some(Self::Nbg),
            "NBR" => Some(Self::Nbr),
            "NBO" => Some(Self::Nbo),
            "NBS" => Some(Self::Nbs),
            "TPSRS" => Some(Self::Tpsrs),
            "Z3L" => Some(Self::Z3l),
            "Z3V" => Some(Self::Z3v),
            "EBU" => Some(Self::Ebu),
            "NXG" => Some(Self::Nxg),
            "NXO" => Some(Self::Nxo),
            "NXS" => Some(Self::Nxs),
            "NXD" => Some(Self::Nxd),
            "NBD" => Some(Self::Nbd),
            "NADoorTag" => Some(Self::NaDoorTag),
            _ => None,
        }
    }
}

impl From<&str> for ModuleType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ModuleType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ModuleType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ModuleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ModuleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ModuleType);

/// A home's heating mode: schedule (follow the active schedule), away, or hg (frost guard).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ThermMode {
    /// `schedule`
    Schedule,
    /// `away`
    Away,
    /// `hg`
    Hg,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ThermMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Schedule => "schedule",
            Self::Away => "away",
            Self::Hg => "hg",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "schedule" => Some(Self::Schedule),
            "away" => Some(Self::Away),
            "hg" => Some(Self::Hg),
            _ => None,
        }
    }
}

impl From<&str> for ThermMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ThermMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ThermMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ThermMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ThermMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ThermMode);

/// How a room's setpoint is decided: schedule or home (the home's schedule), manual (a held temperature), max (full power), off, away, hg (frost guard). Smarther (BNS) rooms use home, manual, max, hg and off; pilot-wire (NLC) rooms off, manual and hg.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ThermSetpointMode {
    /// `schedule`
    Schedule,
    /// `home`
    Home,
    /// `manual`
    Manual,
    /// `max`
    Max,
    /// `off`
    Off,
    /// `away`
    Away,
    /// `hg`
    Hg,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ThermSetpointMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Schedule => "schedule",
            Self::Home => "home",
            Self::Manual => "manual",
            Self::Max => "max",
            Self::Off => "off",
            Self::Away => "away",
            Self::Hg => "hg",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "schedule" => Some(Self::Schedule),
            "home" => Some(Self::Home),
            "manual" => Some(Self::Manual),
            "max" => Some(Self::Max),
            "off" => Some(Self::Off),
            "away" => Some(Self::Away),
            "hg" => Some(Self::Hg),
            _ => None,
        }
    }
}

impl From<&str> for ThermSetpointMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ThermSetpointMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ThermSetpointMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ThermSetpointMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ThermSetpointMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ThermSetpointMode);

/// The order a pilot-wire (fil pilote) radiator follows.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PilotWireMode {
    /// `comfort`
    Comfort,
    /// `away`
    Away,
    /// `frost_guard`
    FrostGuard,
    /// `stand_by`
    StandBy,
    /// `comfort_1`
    Comfort1,
    /// `comfort_2`
    Comfort2,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl PilotWireMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Comfort => "comfort",
            Self::Away => "away",
            Self::FrostGuard => "frost_guard",
            Self::StandBy => "stand_by",
            Self::Comfort1 => "comfort_1",
            Self::Comfort2 => "comfort_2",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "comfort" => Some(Self::Comfort),
            "away" => Some(Self::Away),
            "frost_guard" => Some(Self::FrostGuard),
            "stand_by" => Some(Self::StandBy),
            "comfort_1" => Some(Self::Comfort1),
            "comfort_2" => Some(Self::Comfort2),
            _ => None,
        }
    }
}

impl From<&str> for PilotWireMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for PilotWireMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for PilotWireMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PilotWireMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PilotWireMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(PilotWireMode);

/// Radio or Wi-Fi signal quality in words.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SignalLevel {
    /// `full`
    Full,
    /// `high`
    High,
    /// `medium`
    Medium,
    /// `low`
    Low,
    /// `very_low`
    VeryLow,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl SignalLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::VeryLow => "very_low",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "full" => Some(Self::Full),
            "high" => Some(Self::High),
            "medium" => Some(Self::Medium),
            "low" => Some(Self::Low),
            "very_low" => Some(Self::VeryLow),
            _ => None,
        }
    }
}

impl From<&str> for SignalLevel {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for SignalLevel {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for SignalLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SignalLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SignalLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(SignalLevel);

/// Battery level in words (pyatmo also knows `max`).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BatteryState {
    /// `max`
    Max,
    /// `full`
    Full,
    /// `high`
    High,
    /// `medium`
    Medium,
    /// `low`
    Low,
    /// `very_low`
    VeryLow,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl BatteryState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Max => "max",
            Self::Full => "full",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::VeryLow => "very_low",
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
            "full" => Some(Self::Full),
            "high" => Some(Self::High),
            "medium" => Some(Self::Medium),
            "low" => Some(Self::Low),
            "very_low" => Some(Self::VeryLow),
            _ => None,
        }
    }
}

impl From<&str> for BatteryState {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for BatteryState {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for BatteryState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BatteryState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BatteryState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(BatteryState);

/// What a VELUX opener (NXO) moves.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VeluxType {
    /// `window`
    Window,
    /// `blind`
    Blind,
    /// `awning_blind`
    AwningBlind,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl VeluxType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Window => "window",
            Self::Blind => "blind",
            Self::AwningBlind => "awning_blind",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "window" => Some(Self::Window),
            "blind" => Some(Self::Blind),
            "awning_blind" => Some(Self::AwningBlind),
            _ => None,
        }
    }
}

impl From<&str> for VeluxType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for VeluxType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for VeluxType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for VeluxType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for VeluxType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(VeluxType);

/// Whether a camera or siren watches (on) or not (off).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MonitoringState {
    /// `on`
    On,
    /// `off`
    Off,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl MonitoringState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
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
            _ => None,
        }
    }
}

impl From<&str> for MonitoringState {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for MonitoringState {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for MonitoringState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MonitoringState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MonitoringState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(MonitoringState);

/// An outdoor camera's floodlight - on, off, or auto (lit on detections).
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FloodlightMode {
    /// `on`
    On,
    /// `off`
    Off,
    /// `auto`
    Auto,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl FloodlightMode {
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

impl From<&str> for FloodlightMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for FloodlightMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for FloodlightMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FloodlightMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FloodlightMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(FloodlightMode);

/// Whether an outdoor camera's siren sounds.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SirenStatus {
    /// `sound`
    Sound,
    /// `no_sound`
    NoSound,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl SirenStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sound => "sound",
            Self::NoSound => "no_sound",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "sound" => Some(Self::Sound),
            "no_sound" => Some(Self::NoSound),
            _ => None,
        }
    }
}

impl From<&str> for SirenStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for SirenStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for SirenStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SirenStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SirenStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(SirenStatus);

/// A module or room the server could not serve while answering the rest (homestatus, setstate); the answer's `status` is still "ok".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PartialError {
    /// What went wrong: 1 unknown error, 2 internal error, 3 parser error, 4 unknown command for this module, 5 invalid parameters, 6 module unreachable. Other codes occur (setstate answers 23, "Already on", for a module already in the state asked for) and decode as `Unknown`.
    pub code: PartialErrorCode,
    /// The module the error is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What went wrong, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The command that failed (setstate), e.g. command/changestatus.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for PartialError {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut code = None;
        let mut id = None;
        let mut message = None;
        let mut command = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "code" => fields.required("code", &mut code)?,
                "id" => fields.optional("id", &mut id)?,
                "message" => fields.optional("message", &mut message)?,
                "command" => fields.optional("command", &mut command)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            code: fields.present("code", code)?,
            id,
            message,
            command,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(PartialError);

impl PartialError {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(code: PartialErrorCode) -> Self {
        Self {
            code,
            id: None,
            message: None,
            command: None,
            extra: Default::default(),
        }
    }
}

/// Answer of homesdata.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomesDataResponse {
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
    pub body: Option<HomesDataBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomesDataResponse {
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

tolerant::object!(HomesDataResponse);

impl HomesDataResponse {
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

/// Body of homesdata.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomesDataBody {
    /// The user's homes (empty when there are none).
    pub homes: Vec<Home>,
    /// The user's account settings.
    pub user: Option<HomesDataUser>,
    /// Parts the server could not answer (an empty list in the samples).
    pub errors: Vec<PartialError>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomesDataBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("homes", &self.homes)?;
        if let Some(value) = &self.user {
            map.serialize_entry("user", value)?;
        }
        if !self.errors.is_empty() || self._present.has(0) {
            map.serialize_entry("errors", &self.errors)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomesDataBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomesDataBody")
            .field("homes", &self.homes)
            .field("user", &self.user)
            .field("errors", &self.errors)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomesDataBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut homes = None;
        let mut user = None;
        let mut errors = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "homes" => fields.required("homes", &mut homes)?,
                "user" => fields.optional("user", &mut user)?,
                "errors" => fields.optional("errors", &mut errors)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[errors.is_some()]);
        Ok(Self {
            homes: fields.present("homes", homes)?,
            user,
            errors: errors.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomesDataBody);

impl HomesDataBody {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(homes: Vec<Home>) -> Self {
        Self {
            homes,
            user: None,
            errors: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A home as homesdata describes it: where it is, its rooms, modules, schedules and persons, and its heating settings. A home without devices may lack rooms, modules and schedules.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Home {
    /// Home id.
    pub id: String,
    /// The name the user gave the home.
    pub name: Option<String>,
    /// Altitude in metres.
    pub altitude: Option<i32>,
    /// The home's position, two numbers. Documentation-derived samples give \[longitude, latitude\] while pyatmo's anonymised ones hold \[latitude, longitude\]: do not rely on the order.
    pub coordinates: Vec<f64>,
    /// Country code, e.g. FR.
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Paris.
    pub timezone: Option<String>,
    /// The home's rooms.
    pub rooms: Vec<Room>,
    /// Every module of the home, gateways and bridged modules alike.
    pub modules: Vec<HomeModule>,
    /// The home's schedules of every kind (heating, cooling, electricity tariffs, events).
    pub schedules: Vec<Schedule>,
    /// Persons the home's cameras know.
    pub persons: Vec<HomePerson>,
    /// The home's heating mode - schedule, away, or hg (frost guard).
    pub therm_mode: Option<ThermMode>,
    /// When the away or frost guard mode ends (Unix seconds).
    pub therm_mode_endtime: Option<i64>,
    /// How long, in minutes, a manual setpoint lasts when no end is given.
    pub therm_setpoint_default_duration: Option<i32>,
    /// Whether the home heats, cools, or chooses by itself (auto, with air-conditioning). Room commands use the `cooling_` fields when it cools.
    pub temperature_control_mode: Option<TemperatureControlMode>,
    /// The cooling counterpart of `therm_mode` (schedule in the samples).
    pub cooling_mode: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Home {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.altitude {
            map.serialize_entry("altitude", value)?;
        }
        if !self.coordinates.is_empty() || self._present.has(0) {
            map.serialize_entry("coordinates", &self.coordinates)?;
        }
        if let Some(value) = &self.country {
            map.serialize_entry("country", value)?;
        }
        if let Some(value) = &self.timezone {
            map.serialize_entry("timezone", value)?;
        }
        if !self.rooms.is_empty() || self._present.has(1) {
            map.serialize_entry("rooms", &self.rooms)?;
        }
        if !self.modules.is_empty() || self._present.has(2) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if !self.schedules.is_empty() || self._present.has(3) {
            map.serialize_entry("schedules", &self.schedules)?;
        }
        if !self.persons.is_empty() || self._present.has(4) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if let Some(value) = &self.therm_mode {
            map.serialize_entry("therm_mode", value)?;
        }
        if let Some(value) = &self.therm_mode_endtime {
            map.serialize_entry("therm_mode_endtime", value)?;
        }
        if let Some(value) = &self.therm_setpoint_default_duration {
            map.serialize_entry("therm_setpoint_default_duration", value)?;
        }
        if let Some(value) = &self.temperature_control_mode {
            map.serialize_entry("temperature_control_mode", value)?;
        }
        if let Some(value) = &self.cooling_mode {
            map.serialize_entry("cooling_mode", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Home {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Home")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("altitude", &self.altitude)
            .field("coordinates", &self.coordinates)
            .field("country", &self.country)
            .field("timezone", &self.timezone)
            .field("rooms", &self.rooms)
            .field("modules", &self.modules)
            .field("schedules", &self.schedules)
            .field("persons", &self.persons)
            .field("therm_mode", &self.therm_mode)
            .field("therm_mode_endtime", &self.therm_mode_endtime)
            .field(
                "therm_setpoint_default_duration",
                &self.therm_setpoint_default_duration,
            )
            .field("temperature_control_mode", &self.temperature_control_mode)
            .field("cooling_mode", &self.cooling_mode)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Home {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut altitude = None;
        let mut coordinates = None;
        let mut country = None;
        let mut timezone = None;
        let mut rooms = None;
        let mut modules = None;
        let mut schedules = None;
        let mut persons = None;
        let mut therm_mode = None;
        let mut therm_mode_endtime = None;
        let mut therm_setpoint_default_duration = None;
        let mut temperature_control_mode = None;
        let mut cooling_mode = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "altitude" => fields.optional("altitude", &mut altitude)?,
                "coordinates" => fields.optional("coordinates", &mut coordinates)?,
                "country" => fields.optional("country", &mut country)?,
                "timezone" => fields.optional("timezone", &mut timezone)?,
                "rooms" => fields.optional("rooms", &mut rooms)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "schedules" => fields.optional("schedules", &mut schedules)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "therm_mode" => fields.optional("therm_mode", &mut therm_mode)?,
                "therm_mode_endtime" => {
                    fields.optional("therm_mode_endtime", &mut therm_mode_endtime)?
                }
                "therm_setpoint_default_duration" => {
                    fields
                        .optional(
                            "therm_setpoint_default_duration",
                            &mut therm_setpoint_default_duration,
                        )?
                }
                "temperature_control_mode" => {
                    fields
                        .optional(
                            "temperature_control_mode",
                            &mut temperature_control_mode,
                        )?
                }
                "cooling_mode" => fields.optional("cooling_mode", &mut cooling_mode)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(
            &[
                coordinates.is_some(),
                rooms.is_some(),
                modules.is_some(),
                schedules.is_some(),
                persons.is_some(),
            ],
        );
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            altitude,
            coordinates: coordinates.unwrap_or_default(),
            country,
            timezone,
            rooms: rooms.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            schedules: schedules.unwrap_or_default(),
            persons: persons.unwrap_or_default(),
            therm_mode,
            therm_mode_endtime,
            therm_setpoint_default_duration,
            temperature_control_mode,
            cooling_mode,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Home);

impl Home {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            altitude: None,
            coordinates: Vec::new(),
            country: None,
            timezone: None,
            rooms: Vec::new(),
            modules: Vec::new(),
            schedules: Vec::new(),
            persons: Vec::new(),
            therm_mode: None,
            therm_mode_endtime: None,
            therm_setpoint_default_duration: None,
            temperature_control_mode: None,
            cooling_mode: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A room of a home, and which modules are in it.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Room {
    /// Room id, digits in a string.
    pub id: String,
    /// The name the user gave the room.
    pub name: Option<String>,
    /// What kind of room it is.
    pub type_: Option<RoomType>,
    /// Ids of the modules in the room (absent for an empty room).
    pub module_ids: Vec<String>,
    /// The same ids as `module_ids`, under the key some answers use.
    pub modules: Vec<String>,
    /// Id of the relay that drives the room's heating.
    pub therm_relay: Option<String>,
    /// True when the room's measured temperature can be corrected to a true temperature.
    pub true_temperature_available: Option<bool>,
    /// Offset applied to the relay's temperature measurement, in °C.
    pub measure_offset_na_plug_temperature: Option<f64>,
    /// Offset applied to the relay's estimated temperature, in °C.
    pub measure_offset_na_plug_estimated_temperature: Option<f64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Room {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if !self.module_ids.is_empty() || self._present.has(0) {
            map.serialize_entry("module_ids", &self.module_ids)?;
        }
        if !self.modules.is_empty() || self._present.has(1) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if let Some(value) = &self.therm_relay {
            map.serialize_entry("therm_relay", value)?;
        }
        if let Some(value) = &self.true_temperature_available {
            map.serialize_entry("true_temperature_available", value)?;
        }
        if let Some(value) = &self.measure_offset_na_plug_temperature {
            map.serialize_entry("measure_offset_NAPlug_temperature", value)?;
        }
        if let Some(value) = &self.measure_offset_na_plug_estimated_temperature {
            map.serialize_entry("measure_offset_NAPlug_estimated_temperature", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("type_", &self.type_)
            .field("module_ids", &self.module_ids)
            .field("modules", &self.modules)
            .field("therm_relay", &self.therm_relay)
            .field("true_temperature_available", &self.true_temperature_available)
            .field(
                "measure_offset_na_plug_temperature",
                &self.measure_offset_na_plug_temperature,
            )
            .field(
                "measure_offset_na_plug_estimated_temperature",
                &self.measure_offset_na_plug_estimated_temperature,
            )
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Room {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut type_ = None;
        let mut module_ids = None;
        let mut modules = None;
        let mut therm_relay = None;
        let mut true_temperature_available = None;
        let mut measure_offset_na_plug_temperature = None;
        let mut measure_offset_na_plug_estimated_temperature = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "type" => fields.optional("type", &mut type_)?,
                "module_ids" => fields.optional("module_ids", &mut module_ids)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "therm_relay" => fields.optional("therm_relay", &mut therm_relay)?,
                "true_temperature_available" => {
                    fields
                        .optional(
                            "true_temperature_available",
                            &mut true_temperature_available,
                        )?
                }
                "measure_offset_NAPlug_temperature" => {
                    fields
                        .optional(
                            "measure_offset_NAPlug_temperature",
                            &mut measure_offset_na_plug_temperature,
                        )?
                }
                "measure_offset_NAPlug_estimated_temperature" => {
                    fields
                        .optional(
                            "measure_offset_NAPlug_estimated_temperature",
                            &mut measure_offset_na_plug_estimated_temperature,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[module_ids.is_some(), modules.is_some()]);
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            type_,
            module_ids: module_ids.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            therm_relay,
            true_temperature_available,
            measure_offset_na_plug_temperature,
            measure_offset_na_plug_estimated_temperature,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Room);

impl Room {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            type_: None,
            module_ids: Vec::new(),
            modules: Vec::new(),
            therm_relay: None,
            true_temperature_available: None,
            measure_offset_na_plug_temperature: None,
            measure_offset_na_plug_estimated_temperature: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A module as homesdata describes it: what it is, where it is and what bridges it. Its state is in homestatus (this answer has no `reachable` in real data).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomeModule {
    /// Module id (a MAC address; `#n` at the end names a sub-module).
    pub id: String,
    /// Product type.
    pub type_: ModuleType,
    /// The name the user gave the module.
    pub name: Option<String>,
    /// When the module was installed (Unix seconds).
    pub setup_date: Option<i64>,
    /// The room the module is in.
    pub room_id: Option<String>,
    /// Id of the gateway the module talks through.
    pub bridge: Option<String>,
    /// For a gateway, ids of the modules that talk through it.
    pub modules_bridged: Vec<String>,
    /// The same as `modules_bridged`, under a spelling pyatmo also accepts.
    pub module_bridged: Vec<String>,
    /// What a plug, switch or meter drives.
    pub appliance_type: Option<ApplianceType>,
    /// Where a door tag is fitted, e.g. window.
    pub category: Option<String>,
    /// An id Netatmo gives some devices (doorbell, outdoor camera, weather station); meaning undocumented.
    pub customer_id: Option<String>,
    /// The device's HomeKit id (doorbell, OpenTherm gateway).
    pub hk_device_id: Option<String>,
    /// Features the module has.
    pub capabilities: Vec<ModuleCapability>,
    /// A weather station's alarm settings (structure undocumented).
    pub alarm_config: Option<serde_json::Value>,
    /// What a VELUX opener moves.
    pub velux_type: Option<VeluxType>,
    /// Seen in older answers only; ask homestatus whether the module is reachable.
    pub reachable: Option<bool>,
    /// Firmware version.
    pub firmware_revision: Option<i64>,
    /// Hardware version.
    pub hardware_version: Option<i32>,
    /// When the module was last heard from (Unix seconds).
    pub last_seen: Option<i64>,
    /// Cameras - their network lock setting (meaning undocumented).
    pub network_lock: Option<bool>,
    /// Whether a switch or light is on.
    pub on: Option<bool>,
    /// A dimmer's brightness in percent.
    pub brightness: Option<i32>,
    /// Power drawn, in watts.
    pub power: Option<f64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeModule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.setup_date {
            map.serialize_entry("setup_date", value)?;
        }
        if let Some(value) = &self.room_id {
            map.serialize_entry("room_id", value)?;
        }
        if let Some(value) = &self.bridge {
            map.serialize_entry("bridge", value)?;
        }
        if !self.modules_bridged.is_empty() || self._present.has(0) {
            map.serialize_entry("modules_bridged", &self.modules_bridged)?;
        }
        if !self.module_bridged.is_empty() || self._present.has(1) {
            map.serialize_entry("module_bridged", &self.module_bridged)?;
        }
        if let Some(value) = &self.appliance_type {
            map.serialize_entry("appliance_type", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        if let Some(value) = &self.customer_id {
            map.serialize_entry("customer_id", value)?;
        }
        if let Some(value) = &self.hk_device_id {
            map.serialize_entry("hk_device_id", value)?;
        }
        if !self.capabilities.is_empty() || self._present.has(2) {
            map.serialize_entry("capabilities", &self.capabilities)?;
        }
        if let Some(value) = &self.alarm_config {
            map.serialize_entry("alarm_config", value)?;
        }
        if let Some(value) = &self.velux_type {
            map.serialize_entry("velux_type", value)?;
        }
        if let Some(value) = &self.reachable {
            map.serialize_entry("reachable", value)?;
        }
        if let Some(value) = &self.firmware_revision {
            map.serialize_entry("firmware_revision", value)?;
        }
        if let Some(value) = &self.hardware_version {
            map.serialize_entry("hardware_version", value)?;
        }
        if let Some(value) = &self.last_seen {
            map.serialize_entry("last_seen", value)?;
        }
        if let Some(value) = &self.network_lock {
            map.serialize_entry("network_lock", value)?;
        }
        if let Some(value) = &self.on {
            map.serialize_entry("on", value)?;
        }
        if let Some(value) = &self.brightness {
            map.serialize_entry("brightness", value)?;
        }
        if let Some(value) = &self.power {
            map.serialize_entry("power", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeModule")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("name", &self.name)
            .field("setup_date", &self.setup_date)
            .field("room_id", &self.room_id)
            .field("bridge", &self.bridge)
            .field("modules_bridged", &self.modules_bridged)
            .field("module_bridged", &self.module_bridged)
            .field("appliance_type", &self.appliance_type)
            .field("category", &self.category)
            .field("customer_id", &self.customer_id)
            .field("hk_device_id", &self.hk_device_id)
            .field("capabilities", &self.capabilities)
            .field("alarm_config", &self.alarm_config)
            .field("velux_type", &self.velux_type)
            .field("reachable", &self.reachable)
            .field("firmware_revision", &self.firmware_revision)
            .field("hardware_version", &self.hardware_version)
            .field("last_seen", &self.last_seen)
            .field("network_lock", &self.network_lock)
            .field("on", &self.on)
            .field("brightness", &self.brightness)
            .field("power", &self.power)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut name = None;
        let mut setup_date = None;
        let mut room_id = None;
        let mut bridge = None;
        let mut modules_bridged = None;
        let mut module_bridged = None;
        let mut appliance_type = None;
        let mut category = None;
        let mut customer_id = None;
        let mut hk_device_id = None;
        let mut capabilities = None;
        let mut alarm_config = None;
        let mut velux_type = None;
        let mut reachable = None;
        let mut firmware_revision = None;
        let mut hardware_version = None;
        let mut last_seen = None;
        let mut network_lock = None;
        let mut on = None;
        let mut brightness = None;
        let mut power = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "name" => fields.optional("name", &mut name)?,
                "setup_date" => fields.optional("setup_date", &mut setup_date)?,
                "room_id" => fields.optional("room_id", &mut room_id)?,
                "bridge" => fields.optional("bridge", &mut bridge)?,
                "modules_bridged" => {
                    fields.optional("modules_bridged", &mut modules_bridged)?
                }
                "module_bridged" => {
                    fields.optional("module_bridged", &mut module_bridged)?
                }
                "appliance_type" => {
                    fields.optional("appliance_type", &mut appliance_type)?
                }
                "category" => fields.optional("category", &mut category)?,
                "customer_id" => fields.optional("customer_id", &mut customer_id)?,
                "hk_device_id" => fields.optional("hk_device_id", &mut hk_device_id)?,
                "capabilities" => fields.optional("capabilities", &mut capabilities)?,
                "alarm_config" => fields.optional("alarm_config", &mut alarm_config)?,
                "velux_type" => fields.optional("velux_type", &mut velux_type)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "firmware_revision" => {
                    fields.optional("firmware_revision", &mut firmware_revision)?
                }
                "hardware_version" => {
                    fields.optional("hardware_version", &mut hardware_version)?
                }
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "network_lock" => fields.optional("network_lock", &mut network_lock)?,
                "on" => fields.optional("on", &mut on)?,
                "brightness" => fields.optional("brightness", &mut brightness)?,
                "power" => fields.optional("power", &mut power)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(
            &[
                modules_bridged.is_some(),
                module_bridged.is_some(),
                capabilities.is_some(),
            ],
        );
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            name,
            setup_date,
            room_id,
            bridge,
            modules_bridged: modules_bridged.unwrap_or_default(),
            module_bridged: module_bridged.unwrap_or_default(),
            appliance_type,
            category,
            customer_id,
            hk_device_id,
            capabilities: capabilities.unwrap_or_default(),
            alarm_config,
            velux_type,
            reachable,
            firmware_revision,
            hardware_version,
            last_seen,
            network_lock,
            on,
            brightness,
            power,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeModule);

impl HomeModule {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: ModuleType) -> Self {
        Self {
            id: id.into(),
            type_,
            name: None,
            setup_date: None,
            room_id: None,
            bridge: None,
            modules_bridged: Vec::new(),
            module_bridged: Vec::new(),
            appliance_type: None,
            category: None,
            customer_id: None,
            hk_device_id: None,
            capabilities: Vec::new(),
            alarm_config: None,
            velux_type: None,
            reachable: None,
            firmware_revision: None,
            hardware_version: None,
            last_seen: None,
            network_lock: None,
            on: None,
            brightness: None,
            power: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A feature of a module.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ModuleCapability {
    /// The feature, e.g. automatism.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the module offers it now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ModuleCapability {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut available = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "name" => fields.optional("name", &mut name)?,
                "available" => fields.optional("available", &mut available)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            name,
            available,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ModuleCapability);

impl ModuleCapability {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            name: None,
            available: None,
            extra: Default::default(),
        }
    }
}

/// A schedule of a home: a weekly timetable switching between zones. Which fields come depends on its type - temperatures for heating, cooling and auto; tariff and prices for electricity; sunrise and sunset timetables for events.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Schedule {
    /// Schedule id.
    pub id: String,
    /// The name the user gave the schedule.
    pub name: Option<String>,
    /// What the schedule drives.
    pub type_: Option<ScheduleType>,
    /// Whether the schedule is marked default (meaning undocumented; false in the samples).
    pub default: Option<bool>,
    /// True for the schedule in use (of its type).
    pub selected: Option<bool>,
    /// Temperature of the away mode in °C (heating schedules).
    pub away_temp: Option<f64>,
    /// Temperature of the frost guard mode in °C (heating schedules).
    pub hg_temp: Option<f64>,
    /// Temperature of the away mode in °C (cooling schedules).
    pub cooling_away_temp: Option<f64>,
    /// Temperature of the away mode in °C (auto schedules).
    pub auto_away_temp: Option<f64>,
    /// How the away mode behaves in cooling and auto schedules (off in the samples).
    pub away_temperature_mode: Option<String>,
    /// When each zone starts, over one week.
    pub timetable: Vec<TimetableEntry>,
    /// Event schedules - entries relative to sunrise (no sample with entries).
    pub timetable_sunrise: Vec<serde_json::Value>,
    /// Event schedules - entries relative to sunset (no sample with entries).
    pub timetable_sunset: Vec<serde_json::Value>,
    /// The zones the timetable switches between.
    pub zones: Vec<ScheduleZone>,
    /// Electricity schedules - the supplier's tariff, e.g. edf_tarif_bleu.
    pub tariff: Option<String>,
    /// Electricity schedules - the tariff's option, e.g. basic or peak_and_off_peak.
    pub tariff_option: Option<String>,
    /// Electricity schedules - the contract's power, in `contract_power_unit`.
    pub power_threshold: Option<f64>,
    /// Electricity schedules - unit of `power_threshold`.
    pub contract_power_unit: Option<ContractPowerUnit>,
    /// Electricity schedules - a version number (meaning undocumented).
    pub version: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Schedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if let Some(value) = &self.default {
            map.serialize_entry("default", value)?;
        }
        if let Some(value) = &self.selected {
            map.serialize_entry("selected", value)?;
        }
        if let Some(value) = &self.away_temp {
            map.serialize_entry("away_temp", value)?;
        }
        if let Some(value) = &self.hg_temp {
            map.serialize_entry("hg_temp", value)?;
        }
        if let Some(value) = &self.cooling_away_temp {
            map.serialize_entry("cooling_away_temp", value)?;
        }
        if let Some(value) = &self.auto_away_temp {
            map.serialize_entry("auto_away_temp", value)?;
        }
        if let Some(value) = &self.away_temperature_mode {
            map.serialize_entry("away_temperature_mode", value)?;
        }
        if !self.timetable.is_empty() || self._present.has(0) {
            map.serialize_entry("timetable", &self.timetable)?;
        }
        if !self.timetable_sunrise.is_empty() || self._present.has(1) {
            map.serialize_entry("timetable_sunrise", &self.timetable_sunrise)?;
        }
        if !self.timetable_sunset.is_empty() || self._present.has(2) {
            map.serialize_entry("timetable_sunset", &self.timetable_sunset)?;
        }
        if !self.zones.is_empty() || self._present.has(3) {
            map.serialize_entry("zones", &self.zones)?;
        }
        if let Some(value) = &self.tariff {
            map.serialize_entry("tariff", value)?;
        }
        if let Some(value) = &self.tariff_option {
            map.serialize_entry("tariff_option", value)?;
        }
        if let Some(value) = &self.power_threshold {
            map.serialize_entry("power_threshold", value)?;
        }
        if let Some(value) = &self.contract_power_unit {
            map.serialize_entry("contract_power_unit", value)?;
        }
        if let Some(value) = &self.version {
            map.serialize_entry("version", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Schedule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Schedule")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("type_", &self.type_)
            .field("default", &self.default)
            .field("selected", &self.selected)
            .field("away_temp", &self.away_temp)
            .field("hg_temp", &self.hg_temp)
            .field("cooling_away_temp", &self.cooling_away_temp)
            .field("auto_away_temp", &self.auto_away_temp)
            .field("away_temperature_mode", &self.away_temperature_mode)
            .field("timetable", &self.timetable)
            .field("timetable_sunrise", &self.timetable_sunrise)
            .field("timetable_sunset", &self.timetable_sunset)
            .field("zones", &self.zones)
            .field("tariff", &self.tariff)
            .field("tariff_option", &self.tariff_option)
            .field("power_threshold", &self.power_threshold)
            .field("contract_power_unit", &self.contract_power_unit)
            .field("version", &self.version)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Schedule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut type_ = None;
        let mut default = None;
        let mut selected = None;
        let mut away_temp = None;
        let mut hg_temp = None;
        let mut cooling_away_temp = None;
        let mut auto_away_temp = None;
        let mut away_temperature_mode = None;
        let mut timetable = None;
        let mut timetable_sunrise = None;
        let mut timetable_sunset = None;
        let mut zones = None;
        let mut tariff = None;
        let mut tariff_option = None;
        let mut power_threshold = None;
        let mut contract_power_unit = None;
        let mut version = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "type" => fields.optional("type", &mut type_)?,
                "default" => fields.optional("default", &mut default)?,
                "selected" => fields.optional("selected", &mut selected)?,
                "away_temp" => fields.optional("away_temp", &mut away_temp)?,
                "hg_temp" => fields.optional("hg_temp", &mut hg_temp)?,
                "cooling_away_temp" => {
                    fields.optional("cooling_away_temp", &mut cooling_away_temp)?
                }
                "auto_away_temp" => {
                    fields.optional("auto_away_temp", &mut auto_away_temp)?
                }
                "away_temperature_mode" => {
                    fields.optional("away_temperature_mode", &mut away_temperature_mode)?
                }
                "timetable" => fields.optional("timetable", &mut timetable)?,
                "timetable_sunrise" => {
                    fields.optional("timetable_sunrise", &mut timetable_sunrise)?
                }
                "timetable_sunset" => {
                    fields.optional("timetable_sunset", &mut timetable_sunset)?
                }
                "zones" => fields.optional("zones", &mut zones)?,
                "tariff" => fields.optional("tariff", &mut tariff)?,
                "tariff_option" => fields.optional("tariff_option", &mut tariff_option)?,
                "power_threshold" => {
                    fields.optional("power_threshold", &mut power_threshold)?
                }
                "contract_power_unit" => {
                    fields.optional("contract_power_unit", &mut contract_power_unit)?
                }
                "version" => fields.optional("version", &mut version)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(
            &[
                timetable.is_some(),
                timetable_sunrise.is_some(),
                timetable_sunset.is_some(),
                zones.is_some(),
            ],
        );
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            type_,
            default,
            selected,
            away_temp,
            hg_temp,
            cooling_away_temp,
            auto_away_temp,
            away_temperature_mode,
            timetable: timetable.unwrap_or_default(),
            timetable_sunrise: timetable_sunrise.unwrap_or_default(),
            timetable_sunset: timetable_sunset.unwrap_or_default(),
            zones: zones.unwrap_or_default(),
            tariff,
            tariff_option,
            power_threshold,
            contract_power_unit,
            version,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Schedule);

impl Schedule {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            type_: None,
            default: None,
            selected: None,
            away_temp: None,
            hg_temp: None,
            cooling_away_temp: None,
            auto_away_temp: None,
            away_temperature_mode: None,
            timetable: Vec::new(),
            timetable_sunrise: Vec::new(),
            timetable_sunset: Vec::new(),
            zones: Vec::new(),
            tariff: None,
            tariff_option: None,
            power_threshold: None,
            contract_power_unit: None,
            version: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// The start of a zone in a weekly timetable.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TimetableEntry {
    /// The zone that starts here.
    pub zone_id: i32,
    /// Minutes since Monday 00:00 (a week is 10080).
    pub m_offset: i32,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for TimetableEntry {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut zone_id = None;
        let mut m_offset = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "zone_id" => fields.required("zone_id", &mut zone_id)?,
                "m_offset" => fields.required("m_offset", &mut m_offset)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            zone_id: fields.present("zone_id", zone_id)?,
            m_offset: fields.present("m_offset", m_offset)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(TimetableEntry);

impl TimetableEntry {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(zone_id: i32, m_offset: i32) -> Self {
        Self {
            zone_id,
            m_offset,
            extra: Default::default(),
        }
    }
}

/// A zone of a schedule: what each room (or module) does while the timetable is in it. Heating zones set room temperatures, pilot-wire orders or modes; event zones switch modules; electricity zones carry a price.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ScheduleZone {
    /// Zone id, referenced by the timetable.
    pub id: i32,
    /// The name of the zone.
    pub name: Option<String>,
    /// Kind of zone: 0 comfort (day), 1 night, 2 away, 3 frost guard, 4 custom, 5 eco, 8 comfort+. (One client reads 6 as comfort; samples show 8.)
    pub type_: Option<ZoneType>,
    /// What each room does in this zone.
    pub rooms: Vec<ZoneRoom>,
    /// The same per room, in the older form keyed by `room_id`.
    pub rooms_temp: Vec<ZoneRoomTemperature>,
    /// What each module does in this zone (event schedules, air-conditioning).
    pub modules: Vec<ZoneModule>,
    /// Electricity schedules - the price per kWh in this zone.
    pub price: Option<f64>,
    /// Electricity schedules - which tariff period the zone is.
    pub price_type: Option<PriceType>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for ScheduleZone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        if !self.rooms.is_empty() || self._present.has(0) {
            map.serialize_entry("rooms", &self.rooms)?;
        }
        if !self.rooms_temp.is_empty() || self._present.has(1) {
            map.serialize_entry("rooms_temp", &self.rooms_temp)?;
        }
        if !self.modules.is_empty() || self._present.has(2) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if let Some(value) = &self.price {
            map.serialize_entry("price", value)?;
        }
        if let Some(value) = &self.price_type {
            map.serialize_entry("price_type", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for ScheduleZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScheduleZone")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("type_", &self.type_)
            .field("rooms", &self.rooms)
            .field("rooms_temp", &self.rooms_temp)
            .field("modules", &self.modules)
            .field("price", &self.price)
            .field("price_type", &self.price_type)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for ScheduleZone {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut type_ = None;
        let mut rooms = None;
        let mut rooms_temp = None;
        let mut modules = None;
        let mut price = None;
        let mut price_type = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "type" => fields.optional("type", &mut type_)?,
                "rooms" => fields.optional("rooms", &mut rooms)?,
                "rooms_temp" => fields.optional("rooms_temp", &mut rooms_temp)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "price" => fields.optional("price", &mut price)?,
                "price_type" => fields.optional("price_type", &mut price_type)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(
            &[rooms.is_some(), rooms_temp.is_some(), modules.is_some()],
        );
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            type_,
            rooms: rooms.unwrap_or_default(),
            rooms_temp: rooms_temp.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            price,
            price_type,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(ScheduleZone);

impl ScheduleZone {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: i32) -> Self {
        Self {
            id,
            name: None,
            type_: None,
            rooms: Vec::new(),
            rooms_temp: Vec::new(),
            modules: Vec::new(),
            price: None,
            price_type: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A room's setting in a zone (one of a temperature, a mode or a pilot-wire order).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ZoneRoom {
    /// The room.
    pub id: String,
    /// The heating temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_temperature: Option<f64>,
    /// The heating mode (e.g. off).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_mode: Option<ThermSetpointMode>,
    /// The pilot-wire order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_fp: Option<PilotWireMode>,
    /// The cooling mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_mode: Option<ThermSetpointMode>,
    /// The mode in auto (heating or cooling) homes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_mode: Option<ThermSetpointMode>,
    /// The temperature in °C in auto homes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_temperature: Option<f64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ZoneRoom {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut therm_setpoint_temperature = None;
        let mut therm_setpoint_mode = None;
        let mut therm_setpoint_fp = None;
        let mut cooling_setpoint_mode = None;
        let mut auto_setpoint_mode = None;
        let mut auto_setpoint_temperature = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "therm_setpoint_temperature" => {
                    fields
                        .optional(
                            "therm_setpoint_temperature",
                            &mut therm_setpoint_temperature,
                        )?
                }
                "therm_setpoint_mode" => {
                    fields.optional("therm_setpoint_mode", &mut therm_setpoint_mode)?
                }
                "therm_setpoint_fp" => {
                    fields.optional("therm_setpoint_fp", &mut therm_setpoint_fp)?
                }
                "cooling_setpoint_mode" => {
                    fields.optional("cooling_setpoint_mode", &mut cooling_setpoint_mode)?
                }
                "auto_setpoint_mode" => {
                    fields.optional("auto_setpoint_mode", &mut auto_setpoint_mode)?
                }
                "auto_setpoint_temperature" => {
                    fields
                        .optional(
                            "auto_setpoint_temperature",
                            &mut auto_setpoint_temperature,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            therm_setpoint_temperature,
            therm_setpoint_mode,
            therm_setpoint_fp,
            cooling_setpoint_mode,
            auto_setpoint_mode,
            auto_setpoint_temperature,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ZoneRoom);

impl ZoneRoom {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            therm_setpoint_temperature: None,
            therm_setpoint_mode: None,
            therm_setpoint_fp: None,
            cooling_setpoint_mode: None,
            auto_setpoint_mode: None,
            auto_setpoint_temperature: None,
            extra: Default::default(),
        }
    }
}

/// A room's setting in a zone, in the older form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ZoneRoomTemperature {
    /// The room.
    pub room_id: String,
    /// The temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temp: Option<f64>,
    /// The heating mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_mode: Option<ThermSetpointMode>,
    /// The pilot-wire order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_fp: Option<PilotWireMode>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ZoneRoomTemperature {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut room_id = None;
        let mut temp = None;
        let mut therm_setpoint_mode = None;
        let mut therm_setpoint_fp = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "room_id" => fields.required("room_id", &mut room_id)?,
                "temp" => fields.optional("temp", &mut temp)?,
                "therm_setpoint_mode" => {
                    fields.optional("therm_setpoint_mode", &mut therm_setpoint_mode)?
                }
                "therm_setpoint_fp" => {
                    fields.optional("therm_setpoint_fp", &mut therm_setpoint_fp)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            room_id: fields.present("room_id", room_id)?,
            temp,
            therm_setpoint_mode,
            therm_setpoint_fp,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ZoneRoomTemperature);

impl ZoneRoomTemperature {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(room_id: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            temp: None,
            therm_setpoint_mode: None,
            therm_setpoint_fp: None,
            extra: Default::default(),
        }
    }
}

/// A module's setting in a zone.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ZoneModule {
    /// The module.
    pub id: String,
    /// Its gateway.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge: Option<String>,
    /// Whether the switch is on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<bool>,
    /// An air-conditioner's fan mode (manual in the samples).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_mode: Option<String>,
    /// An air-conditioner's fan speed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_speed: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ZoneModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut bridge = None;
        let mut on = None;
        let mut fan_mode = None;
        let mut fan_speed = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "bridge" => fields.optional("bridge", &mut bridge)?,
                "on" => fields.optional("on", &mut on)?,
                "fan_mode" => fields.optional("fan_mode", &mut fan_mode)?,
                "fan_speed" => fields.optional("fan_speed", &mut fan_speed)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            bridge,
            on,
            fan_mode,
            fan_speed,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ZoneModule);

impl ZoneModule {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            bridge: None,
            on: None,
            fan_mode: None,
            fan_speed: None,
            extra: Default::default(),
        }
    }
}

/// The user, as homesdata gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomesDataUser {
    /// User id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The user's language, e.g. fr-FR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The user's locale, e.g. fr-FR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The user's country code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Feels-like temperature algorithm (getstationsdata's `feel_like_algo` uses 0 = humidex, 1 = heat index).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feel_like_algorithm: Option<i32>,
    /// Pressure unit (getstationsdata's `pressureunit` uses 0 = mbar, 1 = inHg, 2 = mmHg).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_pressure: Option<i32>,
    /// Unit system (getstationsdata's `unit` uses 0 = metric, 1 = imperial).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_system: Option<i32>,
    /// Wind speed unit (getstationsdata's `windunit` uses 0 = km/h, 1 = mph, 2 = m/s, 3 = beaufort, 4 = knot).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_wind: Option<i32>,
    /// Seen in some answers; meaning undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_linked: Option<bool>,
    /// Kind of account (netatmo).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Seen in newer answers; type undocumented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_user_consent: Option<serde_json::Value>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomesDataUser {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut email = None;
        let mut language = None;
        let mut locale = None;
        let mut country = None;
        let mut feel_like_algorithm = None;
        let mut unit_pressure = None;
        let mut unit_system = None;
        let mut unit_wind = None;
        let mut all_linked = None;
        let mut type_ = None;
        let mut pending_user_consent = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.optional("id", &mut id)?,
                "email" => fields.optional("email", &mut email)?,
                "language" => fields.optional("language", &mut language)?,
                "locale" => fields.optional("locale", &mut locale)?,
                "country" => fields.optional("country", &mut country)?,
                "feel_like_algorithm" => {
                    fields.optional("feel_like_algorithm", &mut feel_like_algorithm)?
                }
                "unit_pressure" => fields.optional("unit_pressure", &mut unit_pressure)?,
                "unit_system" => fields.optional("unit_system", &mut unit_system)?,
                "unit_wind" => fields.optional("unit_wind", &mut unit_wind)?,
                "all_linked" => fields.optional("all_linked", &mut all_linked)?,
                "type" => fields.optional("type", &mut type_)?,
                "pending_user_consent" => {
                    fields.optional("pending_user_consent", &mut pending_user_consent)?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id,
            email,
            language,
            locale,
            country,
            feel_like_algorithm,
            unit_pressure,
            unit_system,
            unit_wind,
            all_linked,
            type_,
            pending_user_consent,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(HomesDataUser);

impl HomesDataUser {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            id: None,
            email: None,
            language: None,
            locale: None,
            country: None,
            feel_like_algorithm: None,
            unit_pressure: None,
            unit_system: None,
            unit_wind: None,
            all_linked: None,
            type_: None,
            pending_user_consent: None,
            extra: Default::default(),
        }
    }
}

/// A person the home's cameras know.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomePerson {
    /// Person id.
    pub id: String,
    /// The person's name; absent for unknown faces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pseudo: Option<String>,
    /// Address of the person's reference face image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a camera last saw the person (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// True when the person is out of the cameras' sight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_sight: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomePerson {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut pseudo = None;
        let mut url = None;
        let mut last_seen = None;
        let mut out_of_sight = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "pseudo" => fields.optional("pseudo", &mut pseudo)?,
                "url" => fields.optional("url", &mut url)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "out_of_sight" => fields.optional("out_of_sight", &mut out_of_sight)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            pseudo,
            url,
            last_seen,
            out_of_sight,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(HomePerson);

impl HomePerson {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            pseudo: None,
            url: None,
            last_seen: None,
            out_of_sight: None,
            extra: Default::default(),
        }
    }
}

/// Answer of homestatus.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomeStatusResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The home's state and partial errors; absent in some answers (then `None`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<HomeStatusBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomeStatusResponse {
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

tolerant::object!(HomeStatusResponse);

impl HomeStatusResponse {
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

/// Body of homestatus. Both fields may be missing (`{}`).
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HomeStatusBody {
    /// The home's current state.
    pub home: Option<HomeStatus>,
    /// Modules the server could not reach or read; the rest of the answer still holds.
    pub errors: Vec<PartialError>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeStatusBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.home {
            map.serialize_entry("home", value)?;
        }
        if !self.errors.is_empty() || self._present.has(0) {
            map.serialize_entry("errors", &self.errors)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeStatusBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeStatusBody")
            .field("home", &self.home)
            .field("errors", &self.errors)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeStatusBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut home = None;
        let mut errors = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "home" => fields.optional("home", &mut home)?,
                "errors" => fields.optional("errors", &mut errors)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[errors.is_some()]);
        Ok(Self {
            home,
            errors: errors.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeStatusBody);

impl HomeStatusBody {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            home: None,
            errors: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// The current state of a home's rooms, modules and persons. Every field may be missing (samples come without `id`, or with `persons` only).
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HomeStatus {
    /// Home id (absent in some answers).
    pub id: Option<String>,
    /// Rooms with their temperatures and setpoints (rooms without a thermostat may be missing).
    pub rooms: Vec<RoomStatus>,
    /// Modules of every family with their state.
    pub modules: Vec<ModuleStatus>,
    /// Whether the persons the cameras know are home.
    pub persons: Vec<PersonStatus>,
    /// Recent events (empty in the samples; getevents is the place for events).
    pub events: Vec<serde_json::Value>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if !self.rooms.is_empty() || self._present.has(0) {
            map.serialize_entry("rooms", &self.rooms)?;
        }
        if !self.modules.is_empty() || self._present.has(1) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if !self.persons.is_empty() || self._present.has(2) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if !self.events.is_empty() || self._present.has(3) {
            map.serialize_entry("events", &self.events)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeStatus")
            .field("id", &self.id)
            .field("rooms", &self.rooms)
            .field("modules", &self.modules)
            .field("persons", &self.persons)
            .field("events", &self.events)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeStatus {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut rooms = None;
        let mut modules = None;
        let mut persons = None;
        let mut events = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.optional("id", &mut id)?,
                "rooms" => fields.optional("rooms", &mut rooms)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "events" => fields.optional("events", &mut events)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(
            &[rooms.is_some(), modules.is_some(), persons.is_some(), events.is_some()],
        );
        Ok(Self {
            id,
            rooms: rooms.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            persons: persons.unwrap_or_default(),
            events: events.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeStatus);

impl HomeStatus {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            id: None,
            rooms: Vec::new(),
            modules: Vec::new(),
            persons: Vec::new(),
            events: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A room's current state. Heating fields for thermostat and valve rooms, `cooling_` and `auto_` ones for air-conditioned rooms, and the VELUX ones (temperatures in tenths of °C there) for rooms with a VELUX sensor.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoomStatus {
    /// Room id.
    pub id: String,
    /// False when the room's modules cannot be reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// Measured temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_measured_temperature: Option<f64>,
    /// Heating setpoint in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_temperature: Option<f64>,
    /// What decides the heating setpoint now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_mode: Option<ThermSetpointMode>,
    /// When the current setpoint started (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_start_time: Option<i64>,
    /// When the current setpoint ends (Unix seconds); absent, null, or 0 in older samples when it does not end (schedule mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_end_time: Option<i64>,
    /// The pilot-wire order the room's radiators follow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_fp: Option<PilotWireMode>,
    /// How hard the room asks for heat, 0-100 %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heating_power_request: Option<i32>,
    /// True while the room heats ahead of the next zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anticipating: Option<bool>,
    /// True when an open window was detected (Netatmo's documentation spells it `open_windows`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_window: Option<bool>,
    /// Relative humidity in %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub humidity: Option<i32>,
    /// What decides the cooling setpoint now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_mode: Option<ThermSetpointMode>,
    /// Cooling setpoint in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_temperature: Option<f64>,
    /// When the current cooling setpoint started (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_start_time: Option<i64>,
    /// When the current cooling setpoint ends (Unix seconds); null or absent when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_end_time: Option<i64>,
    /// What decides the setpoint of an auto (heating or cooling) room now, e.g. home.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_mode: Option<ThermSetpointMode>,
    /// Setpoint of an auto room in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_temperature: Option<f64>,
    /// When the auto setpoint started (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_start_time: Option<i64>,
    /// When the auto setpoint ends (Unix seconds); null or absent when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_setpoint_end_time: Option<i64>,
    /// VELUX - air quality index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub air_quality: Option<i32>,
    /// VELUX - state of the automatic control (values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algo_status: Option<i32>,
    /// VELUX - start of the automatic control's schedule (unit undocumented; 600 in the sample).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub algo_schedule_start: Option<i32>,
    /// VELUX - a time for closing automatically (Unix seconds; 0 in the sample).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_close_ts: Option<i64>,
    /// VELUX - CO2 level in ppm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co2: Option<i32>,
    /// VELUX - light level in lux.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lux: Option<f64>,
    /// VELUX - temperature in tenths of °C (249 is 24.9 °C).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<i32>,
    /// VELUX - highest comfortable CO2 level in ppm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_comfort_co2: Option<i32>,
    /// VELUX - lowest comfortable humidity in %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_comfort_humidity: Option<i32>,
    /// VELUX - highest comfortable humidity in %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_comfort_humidity: Option<i32>,
    /// VELUX - lowest comfortable temperature in tenths of °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_comfort_temperature: Option<i32>,
    /// VELUX - highest comfortable temperature in tenths of °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_comfort_temperature: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for RoomStatus {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut reachable = None;
        let mut therm_measured_temperature = None;
        let mut therm_setpoint_temperature = None;
        let mut therm_setpoint_mode = None;
        let mut therm_setpoint_start_time = None;
        let mut therm_setpoint_end_time = None;
        let mut therm_setpoint_fp = None;
        let mut heating_power_request = None;
        let mut anticipating = None;
        let mut open_window = None;
        let mut humidity = None;
        let mut cooling_setpoint_mode = None;
        let mut cooling_setpoint_temperature = None;
        let mut cooling_setpoint_start_time = None;
        let mut cooling_setpoint_end_time = None;
        let mut auto_setpoint_mode = None;
        let mut auto_setpoint_temperature = None;
        let mut auto_setpoint_start_time = None;
        let mut auto_setpoint_end_time = None;
        let mut air_quality = None;
        let mut algo_status = None;
        let mut algo_schedule_start = None;
        let mut auto_close_ts = None;
        let mut co2 = None;
        let mut lux = None;
        let mut temperature = None;
        let mut max_comfort_co2 = None;
        let mut min_comfort_humidity = None;
        let mut max_comfort_humidity = None;
        let mut min_comfort_temperature = None;
        let mut max_comfort_temperature = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "therm_measured_temperature" => {
                    fields
                        .optional(
                            "therm_measured_temperature",
                            &mut therm_measured_temperature,
                        )?
                }
                "therm_setpoint_temperature" => {
                    fields
                        .optional(
                            "therm_setpoint_temperature",
                            &mut therm_setpoint_temperature,
                        )?
                }
                "therm_setpoint_mode" => {
                    fields.optional("therm_setpoint_mode", &mut therm_setpoint_mode)?
                }
                "therm_setpoint_start_time" => {
                    fields
                        .optional(
                            "therm_setpoint_start_time",
                            &mut therm_setpoint_start_time,
                        )?
                }
                "therm_setpoint_end_time" => {
                    fields
                        .optional_strict(
                            "therm_setpoint_end_time",
                            &mut therm_setpoint_end_time,
                        )?
                }
                "therm_setpoint_fp" => {
                    fields.optional("therm_setpoint_fp", &mut therm_setpoint_fp)?
                }
                "heating_power_request" => {
                    fields.optional("heating_power_request", &mut heating_power_request)?
                }
                "anticipating" => fields.optional("anticipating", &mut anticipating)?,
                "open_window" => fields.optional("open_window", &mut open_window)?,
                "humidity" => fields.optional("humidity", &mut humidity)?,
                "cooling_setpoint_mode" => {
                    fields.optional("cooling_setpoint_mode", &mut cooling_setpoint_mode)?
                }
                "cooling_setpoint_temperature" => {
                    fields
                        .optional(
                            "cooling_setpoint_temperature",
                            &mut cooling_setpoint_temperature,
                        )?
                }
                "cooling_setpoint_start_time" => {
                    fields
                        .optional(
                            "cooling_setpoint_start_time",
                            &mut cooling_setpoint_start_time,
                        )?
                }
                "cooling_setpoint_end_time" => {
                    fields
                        .optional_strict(
                            "cooling_setpoint_end_time",
                            &mut cooling_setpoint_end_time,
                        )?
                }
                "auto_setpoint_mode" => {
                    fields.optional("auto_setpoint_mode", &mut auto_setpoint_mode)?
                }
                "auto_setpoint_temperature" => {
                    fields
                        .optional(
                            "auto_setpoint_temperature",
                            &mut auto_setpoint_temperature,
                        )?
                }
                "auto_setpoint_start_time" => {
                    fields
                        .optional(
                            "auto_setpoint_start_time",
                            &mut auto_setpoint_start_time,
                        )?
                }
                "auto_setpoint_end_time" => {
                    fields
                        .optional_strict(
                            "auto_setpoint_end_time",
                            &mut auto_setpoint_end_time,
                        )?
                }
                "air_quality" => fields.optional("air_quality", &mut air_quality)?,
                "algo_status" => fields.optional("algo_status", &mut algo_status)?,
                "algo_schedule_start" => {
                    fields.optional("algo_schedule_start", &mut algo_schedule_start)?
                }
                "auto_close_ts" => fields.optional("auto_close_ts", &mut auto_close_ts)?,
                "co2" => fields.optional("co2", &mut co2)?,
                "lux" => fields.optional("lux", &mut lux)?,
                "temperature" => fields.optional("temperature", &mut temperature)?,
                "max_comfort_co2" => {
                    fields.optional("max_comfort_co2", &mut max_comfort_co2)?
                }
                "min_comfort_humidity" => {
                    fields.optional("min_comfort_humidity", &mut min_comfort_humidity)?
                }
                "max_comfort_humidity" => {
                    fields.optional("max_comfort_humidity", &mut max_comfort_humidity)?
                }
                "min_comfort_temperature" => {
                    fields
                        .optional(
                            "min_comfort_temperature",
                            &mut min_comfort_temperature,
                        )?
                }
                "max_comfort_temperature" => {
                    fields
                        .optional(
                            "max_comfort_temperature",
                            &mut max_comfort_temperature,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            reachable,
            therm_measured_temperature,
            therm_setpoint_temperature,
            therm_setpoint_mode,
            therm_setpoint_start_time,
            therm_setpoint_end_time,
            therm_setpoint_fp,
            heating_power_request,
            anticipating,
            open_window,
            humidity,
            cooling_setpoint_mode,
            cooling_setpoint_temperature,
            cooling_setpoint_start_time,
            cooling_setpoint_end_time,
            auto_setpoint_mode,
            auto_setpoint_temperature,
            auto_setpoint_start_time,
            auto_setpoint_end_time,
            air_quality,
            algo_status,
            algo_schedule_start,
            auto_close_ts,
            co2,
            lux,
            temperature,
            max_comfort_co2,
            min_comfort_humidity,
            max_comfort_humidity,
            min_comfort_temperature,
            max_comfort_temperature,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(RoomStatus);

impl RoomStatus {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            reachable: None,
            therm_measured_temperature: None,
            therm_setpoint_temperature: None,
            therm_setpoint_mode: None,
            therm_setpoint_start_time: None,
            therm_setpoint_end_time: None,
            therm_setpoint_fp: None,
            heating_power_request: None,
            anticipating: None,
            open_window: None,
            humidity: None,
            cooling_setpoint_mode: None,
            cooling_setpoint_temperature: None,
            cooling_setpoint_start_time: None,
            cooling_setpoint_end_time: None,
            auto_setpoint_mode: None,
            auto_setpoint_temperature: None,
            auto_setpoint_start_time: None,
            auto_setpoint_end_time: None,
            air_quality: None,
            algo_status: None,
            algo_schedule_start: None,
            auto_close_ts: None,
            co2: None,
            lux: None,
            temperature: None,
            max_comfort_co2: None,
            min_comfort_humidity: None,
            max_comfort_humidity: None,
            min_comfort_temperature: None,
            max_comfort_temperature: None,
            extra: Default::default(),
        }
    }
}

/// A module's current state: the fields its family reports, the others absent. A key that is missing means "not reported" (bridges and cameras never send `reachable`). Weather modules use lower-case keys here (`temperature`, not getstationsdata's `Temperature`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ModuleStatus {
    /// Module id.
    pub id: String,
    /// Product type.
    #[serde(rename = "type")]
    pub type_: ModuleType,
    /// Id of the gateway the module talks through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge: Option<String>,
    /// Whether the module can be reached now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// When the module was last heard from (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// When the module last sent a message (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_message: Option<i64>,
    /// Firmware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware_revision: Option<i64>,
    /// Firmware version as text (cameras, doorbell), e.g. 3.2.0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware_name: Option<String>,
    /// VELUX gateway - version of Netatmo's firmware.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware_revision_netatmo: Option<i64>,
    /// VELUX gateway - version of VELUX's firmware.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firmware_revision_thirdparty: Option<i64>,
    /// Hardware version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hardware_version: Option<i32>,
    /// Battery level in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_state: Option<BatteryState>,
    /// Battery voltage in mV.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<i32>,
    /// Battery level in percent (VELUX sensor and switch).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub battery_percent: Option<i32>,
    /// Radio signal quality in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_state: Option<SignalLevel>,
    /// Radio signal strength, 90 (low) to 60 (full); lower is better.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rf_strength: Option<i32>,
    /// Wi-Fi signal quality in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_state: Option<SignalLevel>,
    /// Wi-Fi signal strength (RSSI), 86 (bad) to 56 (good); lower is better.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_strength: Option<i32>,
    /// True while the boiler heats (thermostats, Smarther).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_status: Option<bool>,
    /// Whether the thermostat's boiler valve comfort boost is on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_valve_comfort_boost: Option<bool>,
    /// True while the thermostat heats ahead of the next zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anticipating: Option<bool>,
    /// Smarther - whether it is cooling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooler_status: Option<bool>,
    /// OpenTherm gateway - how it drives the boiler, e.g. onoff.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_control: Option<String>,
    /// OpenTherm gateway - how it drives domestic hot water, e.g. none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dhw_control: Option<String>,
    /// OpenTherm gateway - the boiler's error, if any (type undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boiler_error: Option<serde_json::Value>,
    /// OpenTherm gateway - outdoor temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outdoor_temperature: Option<f64>,
    /// OpenTherm gateway - a sequence number (meaning undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// OpenTherm thermostat - its radio id (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radio_id: Option<i32>,
    /// Fan speed (air-conditioning, Legrand fan), 1 or 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_speed: Option<i32>,
    /// Air-conditioning - fan mode, e.g. manual.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_mode: Option<String>,
    /// Air-conditioning - when the fan setting ends (Unix seconds); null when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_end_time: Option<i64>,
    /// Air-conditioning - where the fan setting comes from, e.g. parent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_setpoint_from: Option<String>,
    /// Air-conditioning - vertical swing of the air flow, e.g. manual.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vertical_fan_swing_mode: Option<String>,
    /// Cameras and siren - whether they watch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringState>,
    /// Cameras - SD card state, 1-7 (as the sd events' sub_type - 1 missing, 2 inserted, 3 formatted, 4 working, 5 defective, 6 incompatible speed, 7 insufficient space).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sd_status: Option<i32>,
    /// Cameras - power supply state, 1 or 2 (as the alim events' sub_type - 1 bad, 2 ok).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alim_status: Option<i32>,
    /// Cameras - address of the live stream through Netatmo's VPN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpn_url: Option<String>,
    /// Cameras - true when the camera is on the caller's network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_local: Option<bool>,
    /// Cameras and VELUX gateway - whether the device is locked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Doorbell and outdoor camera - how it is connected, e.g. wifi.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    /// Doorbell and outdoor camera - HomeKit state, e.g. configured, upgradable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homekit_status: Option<String>,
    /// Doorbell - whether it holds its connection to Netatmo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub websocket_connected: Option<bool>,
    /// Doorbell - its last FTP event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_ftp_event: Option<FtpEvent>,
    /// Doorbell - whether the most viewers its stream allows are watching.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_peers_reached: Option<bool>,
    /// Outdoor camera - the floodlight's mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floodlight: Option<FloodlightMode>,
    /// Outdoor camera - whether its siren sounds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siren_status: Option<SirenStatus>,
    /// Outdoor camera - whether a timelapse can be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timelapse_available: Option<bool>,
    /// Outdoor camera - its network lock setting (meaning undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_lock: Option<bool>,
    /// Door tag and siren - their state, e.g. no_news, open, no_sound.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Door tag - when it last detected a movement (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<i64>,
    /// Weather modules - when the measurements were taken (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ts: Option<i64>,
    /// Weather modules - temperature in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// Weather modules - relative humidity in %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub humidity: Option<f64>,
    /// Weather modules - CO2 level in ppm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co2: Option<f64>,
    /// Weather station - noise level in dB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noise: Option<f64>,
    /// Weather station - sea-level pressure in mbar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pressure: Option<f64>,
    /// Weather station - pressure at its altitude in mbar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absolute_pressure: Option<f64>,
    /// Rain gauge - last rain measured in mm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rain: Option<f64>,
    /// Rain gauge - rain in the last hour in mm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sum_rain_1: Option<f64>,
    /// Rain gauge - rain today in mm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sum_rain_24: Option<f64>,
    /// Wind gauge - average wind speed in km/h.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wind_strength: Option<f64>,
    /// Wind gauge - average wind direction in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wind_angle: Option<f64>,
    /// Wind gauge - strongest gust in km/h.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gust_strength: Option<f64>,
    /// Wind gauge - direction of the strongest gust in degrees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gust_angle: Option<f64>,
    /// Switches, plugs and lights - whether they are on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<bool>,
    /// Dimmers - brightness in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brightness: Option<i32>,
    /// Plugs, switches and meters - power drawn in watts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub power: Option<f64>,
    /// Legrand - whether the device is offloaded (load shedding).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offload: Option<bool>,
    /// Legrand contactor - its mode, e.g. off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contactor_mode: Option<String>,
    /// Covers - position in percent (100 open, 0 closed; 101 when not calibrated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_position: Option<i32>,
    /// Covers - the position they move to, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_position: Option<i32>,
    /// Covers - the step of target positions they accept (100 when not calibrated, 5 when calibrated).
    #[serde(rename = "target_position:step", skip_serializing_if = "Option::is_none")]
    pub target_position_step: Option<i32>,
    /// Covers - the same step under the key some (anonymised) answers use, `target_position_step`.
    #[serde(rename = "target_position_step", skip_serializing_if = "Option::is_none")]
    pub target_position_step_underscored: Option<i32>,
    /// VELUX opener - whether its automatic control is available, e.g. algo_available, algo_disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// VELUX opener - what it moves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub velux_type: Option<VeluxType>,
    /// VELUX opener - its secure position, in percent (meaning undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secure_position: Option<i32>,
    /// VELUX opener - the position it takes when it rains, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rain_position: Option<i32>,
    /// VELUX opener - whether it moves in silent mode (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub silent: Option<bool>,
    /// VELUX opener - who made it, e.g. VELUX.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// VELUX gateway - whether its sensor detects rain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_raining: Option<bool>,
    /// VELUX gateway - whether it is busy with a command.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub busy: Option<bool>,
    /// VELUX gateway - whether it is calibrating.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibrating: Option<bool>,
    /// VELUX gateway - whether it is pairing modules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairing: Option<bool>,
    /// VELUX gateway - whether it is locking (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locking: Option<bool>,
    /// VELUX gateway - whether its secure mode is on (seen in real answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secure: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ModuleStatus {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut bridge = None;
        let mut reachable = None;
        let mut last_seen = None;
        let mut last_message = None;
        let mut firmware_revision = None;
        let mut firmware_name = None;
        let mut firmware_revision_netatmo = None;
        let mut firmware_revision_thirdparty = None;
        let mut hardware_version = None;
        let mut battery_state = None;
        let mut battery_level = None;
        let mut battery_percent = None;
        let mut rf_state = None;
        let mut rf_strength = None;
        let mut wifi_state = None;
        let mut wifi_strength = None;
        let mut boiler_status = None;
        let mut boiler_valve_comfort_boost = None;
        let mut anticipating = None;
        let mut cooler_status = None;
        let mut boiler_control = None;
        let mut dhw_control = None;
        let mut boiler_error = None;
        let mut outdoor_temperature = None;
        let mut sequence_id = None;
        let mut radio_id = None;
        let mut fan_speed = None;
        let mut fan_mode = None;
        let mut fan_end_time = None;
        let mut fan_setpoint_from = None;
        let mut vertical_fan_swing_mode = None;
        let mut monitoring = None;
        let mut sd_status = None;
        let mut alim_status = None;
        let mut vpn_url = None;
        let mut is_local = None;
        let mut locked = None;
        let mut connection = None;
        let mut homekit_status = None;
        let mut websocket_connected = None;
        let mut last_ftp_event = None;
        let mut max_peers_reached = None;
        let mut floodlight = None;
        let mut siren_status = None;
        let mut timelapse_available = None;
        let mut network_lock = None;
        let mut status = None;
        let mut last_activity = None;
        let mut ts = None;
        let mut temperature = None;
        let mut humidity = None;
        let mut co2 = None;
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
        let mut on = None;
        let mut brightness = None;
        let mut power = None;
        let mut offload = None;
        let mut contactor_mode = None;
        let mut current_position = None;
        let mut target_position = None;
        let mut target_position_step = None;
        let mut target_position_step_underscored = None;
        let mut mode = None;
        let mut velux_type = None;
        let mut secure_position = None;
        let mut rain_position = None;
        let mut silent = None;
        let mut manufacturer = None;
        let mut is_raining = None;
        let mut busy = None;
        let mut calibrating = None;
        let mut pairing = None;
        let mut locking = None;
        let mut secure = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "bridge" => fields.optional("bridge", &mut bridge)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "last_message" => fields.optional("last_message", &mut last_message)?,
                "firmware_revision" => {
                    fields.optional("firmware_revision", &mut firmware_revision)?
                }
                "firmware_name" => fields.optional("firmware_name", &mut firmware_name)?,
                "firmware_revision_netatmo" => {
                    fields
                        .optional(
                            "firmware_revision_netatmo",
                            &mut firmware_revision_netatmo,
                        )?
                }
                "firmware_revision_thirdparty" => {
                    fields
                        .optional(
                            "firmware_revision_thirdparty",
                            &mut firmware_revision_thirdparty,
                        )?
                }
                "hardware_version" => {
                    fields.optional("hardware_version", &mut hardware_version)?
                }
                "battery_state" => fields.optional("battery_state", &mut battery_state)?,
                "battery_level" => fields.optional("battery_level", &mut battery_level)?,
                "battery_percent" => {
                    fields.optional("battery_percent", &mut battery_percent)?
                }
                "rf_state" => fields.optional("rf_state", &mut rf_state)?,
                "rf_strength" => fields.optional("rf_strength", &mut rf_strength)?,
                "wifi_state" => fields.optional("wifi_state", &mut wifi_state)?,
                "wifi_strength" => fields.optional("wifi_strength", &mut wifi_strength)?,
                "boiler_status" => fields.optional("boiler_status", &mut boiler_status)?,
                "boiler_valve_comfort_boost" => {
                    fields
                        .optional(
                            "boiler_valve_comfort_boost",
                            &mut boiler_valve_comfort_boost,
                        )?
                }
                "anticipating" => fields.optional("anticipating", &mut anticipating)?,
                "cooler_status" => fields.optional("cooler_status", &mut cooler_status)?,
                "boiler_control" => {
                    fields.optional("boiler_control", &mut boiler_control)?
                }
                "dhw_control" => fields.optional("dhw_control", &mut dhw_control)?,
                "boiler_error" => fields.optional("boiler_error", &mut boiler_error)?,
                "outdoor_temperature" => {
                    fields.optional("outdoor_temperature", &mut outdoor_temperature)?
                }
                "sequence_id" => fields.optional("sequence_id", &mut sequence_id)?,
                "radio_id" => fields.optional("radio_id", &mut radio_id)?,
                "fan_speed" => fields.optional("fan_speed", &mut fan_speed)?,
                "fan_mode" => fields.optional("fan_mode", &mut fan_mode)?,
                "fan_end_time" => {
                    fields.optional_strict("fan_end_time", &mut fan_end_time)?
                }
                "fan_setpoint_from" => {
                    fields.optional("fan_setpoint_from", &mut fan_setpoint_from)?
                }
                "vertical_fan_swing_mode" => {
                    fields
                        .optional(
                            "vertical_fan_swing_mode",
                            &mut vertical_fan_swing_mode,
                        )?
                }
                "monitoring" => fields.optional("monitoring", &mut monitoring)?,
                "sd_status" => fields.optional("sd_status", &mut sd_status)?,
                "alim_status" => fields.optional("alim_status", &mut alim_status)?,
                "vpn_url" => fields.optional("vpn_url", &mut vpn_url)?,
                "is_local" => fields.optional("is_local", &mut is_local)?,
                "locked" => fields.optional("locked", &mut locked)?,
                "connection" => fields.optional("connection", &mut connection)?,
                "homekit_status" => {
                    fields.optional("homekit_status", &mut homekit_status)?
                }
                "websocket_connected" => {
                    fields.optional("websocket_connected", &mut websocket_connected)?
                }
                "last_ftp_event" => {
                    fields.optional("last_ftp_event", &mut last_ftp_event)?
                }
                "max_peers_reached" => {
                    fields.optional("max_peers_reached", &mut max_peers_reached)?
                }
                "floodlight" => fields.optional("floodlight", &mut floodlight)?,
                "siren_status" => fields.optional("siren_status", &mut siren_status)?,
                "timelapse_available" => {
                    fields.optional("timelapse_available", &mut timelapse_available)?
                }
                "network_lock" => fields.optional("network_lock", &mut network_lock)?,
                "status" => fields.optional("status", &mut status)?,
                "last_activity" => fields.optional("last_activity", &mut last_activity)?,
                "ts" => fields.optional("ts", &mut ts)?,
                "temperature" => fields.optional("temperature", &mut temperature)?,
                "humidity" => fields.optional("humidity", &mut humidity)?,
                "co2" => fields.optional("co2", &mut co2)?,
                "noise" => fields.optional("noise", &mut noise)?,
                "pressure" => fields.optional("pressure", &mut pressure)?,
                "absolute_pressure" => {
                    fields.optional("absolute_pressure", &mut absolute_pressure)?
                }
                "rain" => fields.optional("rain", &mut rain)?,
                "sum_rain_1" => fields.optional("sum_rain_1", &mut sum_rain_1)?,
                "sum_rain_24" => fields.optional("sum_rain_24", &mut sum_rain_24)?,
                "wind_strength" => fields.optional("wind_strength", &mut wind_strength)?,
                "wind_angle" => fields.optional("wind_angle", &mut wind_angle)?,
                "gust_strength" => fields.optional("gust_strength", &mut gust_strength)?,
                "gust_angle" => fields.optional("gust_angle", &mut gust_angle)?,
                "on" => fields.optional("on", &mut on)?,
                "brightness" => fields.optional("brightness", &mut brightness)?,
                "power" => fields.optional("power", &mut power)?,
                "offload" => fields.optional("offload", &mut offload)?,
                "contactor_mode" => {
                    fields.optional("contactor_mode", &mut contactor_mode)?
                }
                "current_position" => {
                    fields.optional("current_position", &mut current_position)?
                }
                "target_position" => {
                    fields.optional("target_position", &mut target_position)?
                }
                "target_position:step" => {
                    fields.optional("target_position:step", &mut target_position_step)?
                }
                "target_position_step" => {
                    fields
                        .optional(
                            "target_position_step",
                            &mut target_position_step_underscored,
                        )?
                }
                "mode" => fields.optional("mode", &mut mode)?,
                "velux_type" => fields.optional("velux_type", &mut velux_type)?,
                "secure_position" => {
                    fields.optional("secure_position", &mut secure_position)?
                }
                "rain_position" => fields.optional("rain_position", &mut rain_position)?,
                "silent" => fields.optional("silent", &mut silent)?,
                "manufacturer" => fields.optional("manufacturer", &mut manufacturer)?,
                "is_raining" => fields.optional("is_raining", &mut is_raining)?,
                "busy" => fields.optional("busy", &mut busy)?,
                "calibrating" => fields.optional("calibrating", &mut calibrating)?,
                "pairing" => fields.optional("pairing", &mut pairing)?,
                "locking" => fields.optional("locking", &mut locking)?,
                "secure" => fields.optional("secure", &mut secure)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            bridge,
            reachable,
            last_seen,
            last_message,
            firmware_revision,
            firmware_name,
            firmware_revision_netatmo,
            firmware_revision_thirdparty,
            hardware_version,
            battery_state,
            battery_level,
            battery_percent,
            rf_state,
            rf_strength,
            wifi_state,
            wifi_strength,
            boiler_status,
            boiler_valve_comfort_boost,
            anticipating,
            cooler_status,
            boiler_control,
            dhw_control,
            boiler_error,
            outdoor_temperature,
            sequence_id,
            radio_id,
            fan_speed,
            fan_mode,
            fan_end_time,
            fan_setpoint_from,
            vertical_fan_swing_mode,
            monitoring,
            sd_status,
            alim_status,
            vpn_url,
            is_local,
            locked,
            connection,
            homekit_status,
            websocket_connected,
            last_ftp_event,
            max_peers_reached,
            floodlight,
            siren_status,
            timelapse_available,
            network_lock,
            status,
            last_activity,
            ts,
            temperature,
            humidity,
            co2,
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
            on,
            brightness,
            power,
            offload,
            contactor_mode,
            current_position,
            target_position,
            target_position_step,
            target_position_step_underscored,
            mode,
            velux_type,
            secure_position,
            rain_position,
            silent,
            manufacturer,
            is_raining,
            busy,
            calibrating,
            pairing,
            locking,
            secure,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ModuleStatus);

impl ModuleStatus {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>, type_: ModuleType) -> Self {
        Self {
            id: id.into(),
            type_,
            bridge: None,
            reachable: None,
            last_seen: None,
            last_message: None,
            firmware_revision: None,
            firmware_name: None,
            firmware_revision_netatmo: None,
            firmware_revision_thirdparty: None,
            hardware_version: None,
            battery_state: None,
            battery_level: None,
            battery_percent: None,
            rf_state: None,
            rf_strength: None,
            wifi_state: None,
            wifi_strength: None,
            boiler_status: None,
            boiler_valve_comfort_boost: None,
            anticipating: None,
            cooler_status: None,
            boiler_control: None,
            dhw_control: None,
            boiler_error: None,
            outdoor_temperature: None,
            sequence_id: None,
            radio_id: None,
            fan_speed: None,
            fan_mode: None,
            fan_end_time: None,
            fan_setpoint_from: None,
            vertical_fan_swing_mode: None,
            monitoring: None,
            sd_status: None,
            alim_status: None,
            vpn_url: None,
            is_local: None,
            locked: None,
            connection: None,
            homekit_status: None,
            websocket_connected: None,
            last_ftp_event: None,
            max_peers_reached: None,
            floodlight: None,
            siren_status: None,
            timelapse_available: None,
            network_lock: None,
            status: None,
            last_activity: None,
            ts: None,
            temperature: None,
            humidity: None,
            co2: None,
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
            on: None,
            brightness: None,
            power: None,
            offload: None,
            contactor_mode: None,
            current_position: None,
            target_position: None,
            target_position_step: None,
            target_position_step_underscored: None,
            mode: None,
            velux_type: None,
            secure_position: None,
            rain_position: None,
            silent: None,
            manufacturer: None,
            is_raining: None,
            busy: None,
            calibrating: None,
            pairing: None,
            locking: None,
            secure: None,
            extra: Default::default(),
        }
    }
}

/// A doorbell's last FTP event (fields undocumented beyond their names).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FtpEvent {
    /// Kind of event.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<i32>,
    /// When it happened (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// Event id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for FtpEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut type_ = None;
        let mut time = None;
        let mut id = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "type" => fields.optional("type", &mut type_)?,
                "time" => fields.optional("time", &mut time)?,
                "id" => fields.optional("id", &mut id)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            type_,
            time,
            id,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(FtpEvent);

impl FtpEvent {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            type_: None,
            time: None,
            id: None,
            extra: Default::default(),
        }
    }
}

/// Whether a person the cameras know is home.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PersonStatus {
    /// Person id.
    pub id: String,
    /// When a camera last saw the person (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<i64>,
    /// True when the person is away (out of the cameras' sight).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_sight: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for PersonStatus {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut last_seen = None;
        let mut out_of_sight = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "last_seen" => fields.optional("last_seen", &mut last_seen)?,
                "out_of_sight" => fields.optional("out_of_sight", &mut out_of_sight)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            last_seen,
            out_of_sight,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(PersonStatus);

impl PersonStatus {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            last_seen: None,
            out_of_sight: None,
            extra: Default::default(),
        }
    }
}

/// A heating schedule's content, as synchomeschedule and createnewhomeschedule take it: zones, the timetable between them, and the away and frost guard temperatures (fixtures sync_schedule_*.json).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScheduleUpdate {
    /// Temperature of the away mode in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub away_temp: Option<f64>,
    /// Temperature of the frost guard mode in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hg_temp: Option<f64>,
    /// When each zone starts, over the whole week.
    pub timetable: Vec<TimetableEntry>,
    /// The zones, each with its `type` and the setpoint of every room (`rooms`).
    pub zones: Vec<ScheduleZone>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ScheduleUpdate {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut away_temp = None;
        let mut hg_temp = None;
        let mut timetable = None;
        let mut zones = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "away_temp" => fields.optional("away_temp", &mut away_temp)?,
                "hg_temp" => fields.optional("hg_temp", &mut hg_temp)?,
                "timetable" => fields.required("timetable", &mut timetable)?,
                "zones" => fields.required("zones", &mut zones)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            away_temp,
            hg_temp,
            timetable: fields.present("timetable", timetable)?,
            zones: fields.present("zones", zones)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ScheduleUpdate);

impl ScheduleUpdate {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(timetable: Vec<TimetableEntry>, zones: Vec<ScheduleZone>) -> Self {
        Self {
            away_temp: None,
            hg_temp: None,
            timetable,
            zones,
            extra: Default::default(),
        }
    }
}

/// Answer of createnewhomeschedule (no real sample).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomeScheduleCreatedResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The new schedule's id; `None` when the answer has no body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<ScheduleCreated>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomeScheduleCreatedResponse {
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

tolerant::object!(HomeScheduleCreatedResponse);

impl HomeScheduleCreatedResponse {
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

/// What setstate changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SetStateRequest {
    /// The home and the new states.
    pub home: HomeStateChange,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for SetStateRequest {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut home = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "home" => fields.required("home", &mut home)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            home: fields.present("home", home)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(SetStateRequest);

impl SetStateRequest {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(home: HomeStateChange) -> Self {
        Self {
            home,
            extra: Default::default(),
        }
    }
}

/// A home and the new states of some of its modules and rooms.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomeStateChange {
    /// The home.
    pub id: String,
    /// Modules to change.
    pub modules: Vec<ModuleStateChange>,
    /// Rooms to change.
    pub rooms: Vec<RoomStateChange>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeStateChange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if !self.modules.is_empty() || self._present.has(0) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if !self.rooms.is_empty() || self._present.has(1) {
            map.serialize_entry("rooms", &self.rooms)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeStateChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeStateChange")
            .field("id", &self.id)
            .field("modules", &self.modules)
            .field("rooms", &self.rooms)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeStateChange {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut modules = None;
        let mut rooms = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "modules" => fields.optional("modules", &mut modules)?,
                "rooms" => fields.optional("rooms", &mut rooms)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[modules.is_some(), rooms.is_some()]);
        Ok(Self {
            id: fields.present("id", id)?,
            modules: modules.unwrap_or_default(),
            rooms: rooms.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeStateChange);

impl HomeStateChange {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            modules: Vec::new(),
            rooms: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A module and what to change on it; usually one attribute per call.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ModuleStateChange {
    /// The module.
    pub id: String,
    /// The module's gateway (switches send it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge: Option<String>,
    /// Switches and plugs - turn on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<bool>,
    /// Dimmers - brightness in percent, -1 to 100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brightness: Option<i32>,
    /// Covers - 100 opens, 0 closes, -1 stops, -2 goes to the preferred (slats) position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_position: Option<i32>,
    /// Fans - speed, 1 or 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fan_speed: Option<i32>,
    /// Cameras - turn monitoring on or off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringState>,
    /// Outdoor cameras - the floodlight's mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub floodlight: Option<FloodlightMode>,
    /// Outdoor cameras - sound the siren or stop it (api.netatmo.com is reported to refuse it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub siren_status: Option<SirenStatus>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for ModuleStateChange {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut bridge = None;
        let mut on = None;
        let mut brightness = None;
        let mut target_position = None;
        let mut fan_speed = None;
        let mut monitoring = None;
        let mut floodlight = None;
        let mut siren_status = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "bridge" => fields.optional("bridge", &mut bridge)?,
                "on" => fields.optional("on", &mut on)?,
                "brightness" => fields.optional("brightness", &mut brightness)?,
                "target_position" => {
                    fields.optional("target_position", &mut target_position)?
                }
                "fan_speed" => fields.optional("fan_speed", &mut fan_speed)?,
                "monitoring" => fields.optional("monitoring", &mut monitoring)?,
                "floodlight" => fields.optional("floodlight", &mut floodlight)?,
                "siren_status" => fields.optional("siren_status", &mut siren_status)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            bridge,
            on,
            brightness,
            target_position,
            fan_speed,
            monitoring,
            floodlight,
            siren_status,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(ModuleStateChange);

impl ModuleStateChange {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            bridge: None,
            on: None,
            brightness: None,
            target_position: None,
            fan_speed: None,
            monitoring: None,
            floodlight: None,
            siren_status: None,
            extra: Default::default(),
        }
    }
}

/// A room and its new setpoint. Homes that cool (`temperature_control_mode` cooling) take the `cooling_` fields instead of the `therm_` ones.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoomStateChange {
    /// The room.
    pub id: String,
    /// The heating mode to set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_mode: Option<ThermSetpointMode>,
    /// The heating temperature to hold in °C (manual mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_temperature: Option<f64>,
    /// When the heating setpoint ends (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_end_time: Option<i64>,
    /// The pilot-wire order to set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_fp: Option<PilotWireMode>,
    /// The cooling mode to set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_mode: Option<ThermSetpointMode>,
    /// The cooling temperature to hold in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_temperature: Option<f64>,
    /// When the cooling setpoint ends (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cooling_setpoint_end_time: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for RoomStateChange {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut therm_setpoint_mode = None;
        let mut therm_setpoint_temperature = None;
        let mut therm_setpoint_end_time = None;
        let mut therm_setpoint_fp = None;
        let mut cooling_setpoint_mode = None;
        let mut cooling_setpoint_temperature = None;
        let mut cooling_setpoint_end_time = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "therm_setpoint_mode" => {
                    fields.optional("therm_setpoint_mode", &mut therm_setpoint_mode)?
                }
                "therm_setpoint_temperature" => {
                    fields
                        .optional(
                            "therm_setpoint_temperature",
                            &mut therm_setpoint_temperature,
                        )?
                }
                "therm_setpoint_end_time" => {
                    fields
                        .optional(
                            "therm_setpoint_end_time",
                            &mut therm_setpoint_end_time,
                        )?
                }
                "therm_setpoint_fp" => {
                    fields.optional("therm_setpoint_fp", &mut therm_setpoint_fp)?
                }
                "cooling_setpoint_mode" => {
                    fields.optional("cooling_setpoint_mode", &mut cooling_setpoint_mode)?
                }
                "cooling_setpoint_temperature" => {
                    fields
                        .optional(
                            "cooling_setpoint_temperature",
                            &mut cooling_setpoint_temperature,
                        )?
                }
                "cooling_setpoint_end_time" => {
                    fields
                        .optional(
                            "cooling_setpoint_end_time",
                            &mut cooling_setpoint_end_time,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            therm_setpoint_mode,
            therm_setpoint_temperature,
            therm_setpoint_end_time,
            therm_setpoint_fp,
            cooling_setpoint_mode,
            cooling_setpoint_temperature,
            cooling_setpoint_end_time,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(RoomStateChange);

impl RoomStateChange {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            therm_setpoint_mode: None,
            therm_setpoint_temperature: None,
            therm_setpoint_end_time: None,
            therm_setpoint_fp: None,
            cooling_setpoint_mode: None,
            cooling_setpoint_temperature: None,
            cooling_setpoint_end_time: None,
            extra: Default::default(),
        }
    }
}

/// Answer of setstate.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SetStateResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// Refusals, if any; `None` when the answer has no body (everything went through).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<SetStateBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for SetStateResponse {
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

tolerant::object!(SetStateResponse);

impl SetStateResponse {
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

/// Body of setstate, sent when some module refused.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SetStateBody {
    /// The home the states were sent to.
    pub home: Option<HomeReference>,
    /// Modules that refused or could not be reached.
    pub errors: Vec<PartialError>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for SetStateBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.home {
            map.serialize_entry("home", value)?;
        }
        if !self.errors.is_empty() || self._present.has(0) {
            map.serialize_entry("errors", &self.errors)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for SetStateBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetStateBody")
            .field("home", &self.home)
            .field("errors", &self.errors)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for SetStateBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut home = None;
        let mut errors = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "home" => fields.optional("home", &mut home)?,
                "errors" => fields.optional("errors", &mut errors)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[errors.is_some()]);
        Ok(Self {
            home,
            errors: errors.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(SetStateBody);

impl SetStateBody {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            home: None,
            errors: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A home, by its id.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HomeReference {
    /// Home id.
    pub id: String,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for HomeReference {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(HomeReference);

impl HomeReference {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            extra: Default::default(),
        }
    }
}

/// Answer of getevents.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EventsResponse {
    /// "ok" on success. Not required: some answers come without it (FACTS.md section 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Server-side execution time in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_exec: Option<f64>,
    /// Server time (unix seconds). int64: the official spec's int32 overflows in 2038.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_server: Option<i64>,
    /// The home and its events; absent in some answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<EventsBody>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for EventsResponse {
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

tolerant::object!(EventsResponse);

impl EventsResponse {
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

/// Body of getevents.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EventsBody {
    /// The home asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home: Option<HomeEvents>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for EventsBody {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut home = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "home" => fields.optional("home", &mut home)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self { home, extra: fields.rest() })
    }
}

tolerant::object!(EventsBody);

impl EventsBody {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            home: None,
            extra: Default::default(),
        }
    }
}

/// A home's events.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomeEvents {
    /// The home.
    pub id: String,
    /// Its events, newest first.
    pub events: Vec<Event>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeEvents {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if !self.events.is_empty() || self._present.has(0) {
            map.serialize_entry("events", &self.events)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeEvents")
            .field("id", &self.id)
            .field("events", &self.events)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeEvents {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut events = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "events" => fields.optional("events", &mut events)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[events.is_some()]);
        Ok(Self {
            id: fields.present("id", id)?,
            events: events.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeEvents);

impl HomeEvents {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            events: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// Something a camera, doorbell or alarm saw or did.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct Event {
    /// The event's id (what `event_id` pages from).
    pub id: String,
    /// What happened.
    pub type_: EventType,
    /// When (Unix seconds).
    pub time: i64,
    /// The device that reported it.
    pub module_id: Option<String>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The person it is about (person, person_away, person_home).
    pub person_id: Option<String>,
    /// Whether the person was out of the camera's sight.
    pub out_of_sight: Option<bool>,
    /// The video of the event.
    pub video_id: Option<String>,
    /// Whether the video can be watched.
    pub video_status: Option<VideoStatus>,
    /// A picture of the event.
    pub snapshot: Option<EventImage>,
    /// A close-up of what was detected.
    pub vignette: Option<EventImage>,
    /// What an outdoor camera saw during the event (humans, animals, vehicles).
    pub subevents: Vec<SubEvent>,
    /// A detail whose meaning depends on `type`: sd 1-7 (missing, inserted, formatted, working, defective, incompatible speed, insufficient space), alim 1 bad / 2 ok, smoke 0 cleared / 1 detected, hush 0/1, tampered 0 ready / 1 tampered, battery_status 0 low / 1 very low, detection_chamber_status 0 clean / 1 dirty, sound_test 0 ok / 1 error, co_detected 0 ok / 1 pre-alarm / 2 alarm, wifi_status 1 ok / 0 error.
    pub sub_type: Option<i32>,
    /// The kind of detection, where the device says.
    pub category: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("type", &self.type_)?;
        map.serialize_entry("time", &self.time)?;
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.person_id {
            map.serialize_entry("person_id", value)?;
        }
        if let Some(value) = &self.out_of_sight {
            map.serialize_entry("out_of_sight", value)?;
        }
        if let Some(value) = &self.video_id {
            map.serialize_entry("video_id", value)?;
        }
        if let Some(value) = &self.video_status {
            map.serialize_entry("video_status", value)?;
        }
        if let Some(value) = &self.snapshot {
            map.serialize_entry("snapshot", value)?;
        }
        if let Some(value) = &self.vignette {
            map.serialize_entry("vignette", value)?;
        }
        if !self.subevents.is_empty() || self._present.has(0) {
            map.serialize_entry("subevents", &self.subevents)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.category {
            map.serialize_entry("category", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Event")
            .field("id", &self.id)
            .field("type_", &self.type_)
            .field("time", &self.time)
            .field("module_id", &self.module_id)
            .field("message", &self.message)
            .field("person_id", &self.person_id)
            .field("out_of_sight", &self.out_of_sight)
            .field("video_id", &self.video_id)
            .field("video_status", &self.video_status)
            .field("snapshot", &self.snapshot)
            .field("vignette", &self.vignette)
            .field("subevents", &self.subevents)
            .field("sub_type", &self.sub_type)
            .field("category", &self.category)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for Event {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut time = None;
        let mut module_id = None;
        let mut message = None;
        let mut person_id = None;
        let mut out_of_sight = None;
        let mut video_id = None;
        let mut video_status = None;
        let mut snapshot = None;
        let mut vignette = None;
        let mut subevents = None;
        let mut sub_type = None;
        let mut category = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "time" => fields.required("time", &mut time)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "message" => fields.optional("message", &mut message)?,
                "person_id" => fields.optional("person_id", &mut person_id)?,
                "out_of_sight" => fields.optional("out_of_sight", &mut out_of_sight)?,
                "video_id" => fields.optional("video_id", &mut video_id)?,
                "video_status" => fields.optional("video_status", &mut video_status)?,
                "snapshot" => fields.optional("snapshot", &mut snapshot)?,
                "vignette" => fields.optional("vignette", &mut vignette)?,
                "subevents" => fields.optional("subevents", &mut subevents)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "category" => fields.optional("category", &mut category)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[subevents.is_some()]);
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            time: fields.present("time", time)?,
            module_id,
            message,
            person_id,
            out_of_sight,
            video_id,
            video_status,
            snapshot,
            vignette,
            subevents: subevents.unwrap_or_default(),
            sub_type,
            category,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(Event);

impl Event {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>, type_: EventType, time: i64) -> Self {
        Self {
            id: id.into(),
            type_,
            time,
            module_id: None,
            message: None,
            person_id: None,
            out_of_sight: None,
            video_id: None,
            video_status: None,
            snapshot: None,
            vignette: None,
            subevents: Vec::new(),
            sub_type: None,
            category: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// One thing an outdoor camera saw during an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SubEvent {
    /// The sub-event's id.
    pub id: String,
    /// What was seen (human, animal, vehicle).
    #[serde(rename = "type")]
    pub type_: EventType,
    /// When (Unix seconds).
    pub time: i64,
    /// Whether the detection was confirmed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Seconds from the start of the event's video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// A picture of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<EventImage>,
    /// A close-up of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vignette: Option<EventImage>,
    /// What was seen, in words, in the user's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for SubEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut type_ = None;
        let mut time = None;
        let mut verified = None;
        let mut offset = None;
        let mut snapshot = None;
        let mut vignette = None;
        let mut message = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "type" => fields.required("type", &mut type_)?,
                "time" => fields.required("time", &mut time)?,
                "verified" => fields.optional("verified", &mut verified)?,
                "offset" => fields.optional("offset", &mut offset)?,
                "snapshot" => fields.optional("snapshot", &mut snapshot)?,
                "vignette" => fields.optional("vignette", &mut vignette)?,
                "message" => fields.optional("message", &mut message)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            type_: fields.present("type", type_)?,
            time: fields.present("time", time)?,
            verified,
            offset,
            snapshot,
            vignette,
            message,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(SubEvent);

impl SubEvent {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>, type_: EventType, time: i64) -> Self {
        Self {
            id: id.into(),
            type_,
            time,
            verified: None,
            offset: None,
            snapshot: None,
            vignette: None,
            message: None,
            extra: Default::default(),
        }
    }
}

/// Where a picture is. Recent answers give a signed `url` (which expires); others a `filename` on the camera's storage; the oldest an `id` and `key` for getcamerapicture.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EventImage {
    /// The picture's URL (signed; it expires).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When `url` stops working (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The picture's path on the camera's storage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// The picture's id, for getcamerapicture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The picture's key, for getcamerapicture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The picture's version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for EventImage {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut url = None;
        let mut expires_at = None;
        let mut filename = None;
        let mut id = None;
        let mut key = None;
        let mut version = None;
        while let Some(key_) = fields.next_key()? {
            match key_.as_str() {
                "url" => fields.optional("url", &mut url)?,
                "expires_at" => fields.optional("expires_at", &mut expires_at)?,
                "filename" => fields.optional("filename", &mut filename)?,
                "id" => fields.optional("id", &mut id)?,
                "key" => fields.optional("key", &mut key)?,
                "version" => fields.optional("version", &mut version)?,
                _ => fields.unlisted(key_)?,
            }
        }
        Ok(Self {
            url,
            expires_at,
            filename,
            id,
            key,
            version,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(EventImage);

impl EventImage {
    /// A value with every field `None`, as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            url: None,
            expires_at: None,
            filename: None,
            id: None,
            key: None,
            version: None,
            extra: Default::default(),
        }
    }
}

/// What an event is about.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventType {
    /// `movement`
    Movement,
    /// `person`
    Person,
    /// `person_away`
    PersonAway,
    /// `person_home`
    PersonHome,
    /// `connection`
    Connection,
    /// `disconnection`
    Disconnection,
    /// `new_module`
    NewModule,
    /// `module_connect`
    ModuleConnect,
    /// `module_disconnect`
    ModuleDisconnect,
    /// `module_low_battery`
    ModuleLowBattery,
    /// `module_end_update`
    ModuleEndUpdate,
    /// `on`
    On,
    /// `off`
    Off,
    /// `sd`
    Sd,
    /// `alim`
    Alim,
    /// `boot`
    Boot,
    /// `outdoor`
    Outdoor,
    /// `daily_summary`
    DailySummary,
    /// `tag_big_move`
    TagBigMove,
    /// `tag_small_move`
    TagSmallMove,
    /// `tag_uninstalled`
    TagUninstalled,
    /// `tag_open`
    TagOpen,
    /// `hush`
    Hush,
    /// `smoke`
    Smoke,
    /// `tampered`
    Tampered,
    /// `wifi_status`
    WifiStatus,
    /// `battery_status`
    BatteryStatus,
    /// `detection_chamber_status`
    DetectionChamberStatus,
    /// `sound_test`
    SoundTest,
    /// `siren_sounding`
    SirenSounding,
    /// `siren_tampered`
    SirenTampered,
    /// `incoming_call`
    IncomingCall,
    /// `accepted_call`
    AcceptedCall,
    /// `missed_call`
    MissedCall,
    /// `rtc`
    Rtc,
    /// `co_detected`
    CoDetected,
    /// `new_device`
    NewDevice,
    /// `human`
    Human,
    /// `animal`
    Animal,
    /// `vehicle`
    Vehicle,
    /// `alarm_started`
    AlarmStarted,
    /// `light_mode`
    LightMode,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl EventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Movement => "movement",
            Self::Person => "person",
            Self::PersonAway => "person_away",
            Self::PersonHome => "person_home",
            Self::Connection => "connection",
            Self::Disconnection => "disconnection",
            Self::NewModule => "new_module",
            Self::ModuleConnect => "module_connect",
            Self::ModuleDisconnect => "module_disconnect",
            Self::ModuleLowBattery => "module_low_battery",
            Self::ModuleEndUpdate => "module_end_update",
            Self::On => "on",
            Self::Off => "off",
            Self::Sd => "sd",
            Self::Alim => "alim",
            Self::Boot => "boot",
            Self::Outdoor => "outdoor",
            Self::DailySummary => "daily_summary",
            Self::TagBigMove => "tag_big_move",
            Self::TagSmallMove => "tag_small_move",
            Self::TagUninstalled => "tag_uninstalled",
            Self::TagOpen => "tag_open",
            Self::Hush => "hush",
            Self::Smoke => "smoke",
            Self::Tampered => "tampered",
            Self::WifiStatus => "wifi_status",
            Self::BatteryStatus => "battery_status",
            Self::DetectionChamberStatus => "detection_chamber_status",
            Self::SoundTest => "sound_test",
            Self::SirenSounding => "siren_sounding",
            Self::SirenTampered => "siren_tampered",
            Self::IncomingCall => "incoming_call",
            Self::AcceptedCall => "accepted_call",
            Self::MissedCall => "missed_call",
            Self::Rtc => "rtc",
            Self::CoDetected => "co_detected",
            Self::NewDevice => "new_device",
            Self::Human => "human",
            Self::Animal => "animal",
            Self::Vehicle => "vehicle",
            Self::AlarmStarted => "alarm_started",
            Self::LightMode => "light_mode",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "movement" => Some(Self::Movement),
            "person" => Some(Self::Person),
            "person_away" => Some(Self::PersonAway),
            "person_home" => Some(Self::PersonHome),
            "connection" => Some(Self::Connection),
            "disconnection" => Some(Self::Disconnection),
            "new_module" => Some(Self::NewModule),
            "module_connect" => Some(Self::ModuleConnect),
            "module_disconnect" => Some(Self::ModuleDisconnect),
            "module_low_battery" => Some(Self::ModuleLowBattery),
            "module_end_update" => Some(Self::ModuleEndUpdate),
            "on" => Some(Self::On),
            "off" => Some(Self::Off),
            "sd" => Some(Self::Sd),
            "alim" => Some(Self::Alim),
            "boot" => Some(Self::Boot),
            "outdoor" => Some(Self::Outdoor),
            "daily_summary" => Some(Self::DailySummary),
            "tag_big_move" => Some(Self::TagBigMove),
            "tag_small_move" => Some(Self::TagSmallMove),
            "tag_uninstalled" => Some(Self::TagUninstalled),
            "tag_open" => Some(Self::TagOpen),
            "hush" => Some(Self::Hush),
            "smoke" => Some(Self::Smoke),
            "tampered" => Some(Self::Tampered),
            "wifi_status" => Some(Self::WifiStatus),
            "battery_status" => Some(Self::BatteryStatus),
            "detection_chamber_status" => Some(Self::DetectionChamberStatus),
            "sound_test" => Some(Self::SoundTest),
            "siren_sounding" => Some(Self::SirenSounding),
            "siren_tampered" => Some(Self::SirenTampered),
            "incoming_call" => Some(Self::IncomingCall),
            "accepted_call" => Some(Self::AcceptedCall),
            "missed_call" => Some(Self::MissedCall),
            "rtc" => Some(Self::Rtc),
            "co_detected" => Some(Self::CoDetected),
            "new_device" => Some(Self::NewDevice),
            "human" => Some(Self::Human),
            "animal" => Some(Self::Animal),
            "vehicle" => Some(Self::Vehicle),
            "alarm_started" => Some(Self::AlarmStarted),
            "light_mode" => Some(Self::LightMode),
            _ => None,
        }
    }
}

impl From<&str> for EventType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for EventType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(EventType);

/// A push, by its `push_type`. Security events (`NACamera-person`, `NOC-light_mode`, `NSD-smoke`, `NACamera-connection`...) are `\<device type\>-\<event type\>`, too many to list: they decode as `Other`, with `event_type` and the fields below.
///
/// Polymorphic: the definitions that extend `WebhookPush`, told apart by `push_type`.
///
/// Which variant a value is, its `push_type` property says; any other value decodes as `Other`. Encoding writes the variant's own fields, that property among them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum WebhookPush {
    /// `push_type` is `webhook_activation`.
    WebhookActivation(WebhookActivation),
    /// `push_type` is `webhook_deactivation`.
    WebhookDeactivation(WebhookDeactivation),
    /// `push_type` is `display_change`.
    DisplayChange(DisplayChange),
    /// `push_type` is `home_event_changed`.
    HomeEventChanged(HomeEventChanged),
    /// `push_type` is `device_event`.
    DeviceEvent(DeviceEvent),
    /// A `push_type` that no other variant has (or `WebhookPush` itself): the fields every `WebhookPush` has, the rest kept as received.
    Other(WebhookPushBase),
}

impl tolerant::FromJson for WebhookPush {
    fn from_json(
        value: &serde_json::Value,
        at: &tolerant::At<'_>,
    ) -> Result<Self, serde_json::Error> {
        let tag = value.get("push_type").and_then(serde_json::Value::as_str);
        match tag {
            Some("webhook_activation") => {
                tolerant::read(value, at).map(Self::WebhookActivation)
            }
            Some("webhook_deactivation") => {
                tolerant::read(value, at).map(Self::WebhookDeactivation)
            }
            Some("display_change") => tolerant::read(value, at).map(Self::DisplayChange),
            Some("home_event_changed") => {
                tolerant::read(value, at).map(Self::HomeEventChanged)
            }
            Some("device_event") => tolerant::read(value, at).map(Self::DeviceEvent),
            _ => tolerant::read(value, at).map(Self::Other),
        }
    }
}

tolerant::tagged!(WebhookPush);

impl From<WebhookActivation> for WebhookPush {
    fn from(value: WebhookActivation) -> Self {
        WebhookPush::WebhookActivation(value)
    }
}

impl From<WebhookDeactivation> for WebhookPush {
    fn from(value: WebhookDeactivation) -> Self {
        WebhookPush::WebhookDeactivation(value)
    }
}

impl From<DisplayChange> for WebhookPush {
    fn from(value: DisplayChange) -> Self {
        WebhookPush::DisplayChange(value)
    }
}

impl From<HomeEventChanged> for WebhookPush {
    fn from(value: HomeEventChanged) -> Self {
        WebhookPush::HomeEventChanged(value)
    }
}

impl From<DeviceEvent> for WebhookPush {
    fn from(value: DeviceEvent) -> Self {
        WebhookPush::DeviceEvent(value)
    }
}

impl From<WebhookPushBase> for WebhookPush {
    fn from(value: WebhookPushBase) -> Self {
        WebhookPush::Other(value)
    }
}

/// A person a camera saw.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PushPerson {
    /// The person's id (homesdata lists the known ones).
    pub id: String,
    /// Whether the person is known to the home.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_known: Option<bool>,
    /// The face's picture (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_id: Option<String>,
    /// The face's picture (key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_key: Option<String>,
    /// The face's picture (signed URL; it expires).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for PushPerson {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut is_known = None;
        let mut face_id = None;
        let mut face_key = None;
        let mut face_url = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "is_known" => fields.optional("is_known", &mut is_known)?,
                "face_id" => fields.optional("face_id", &mut face_id)?,
                "face_key" => fields.optional("face_key", &mut face_key)?,
                "face_url" => fields.optional("face_url", &mut face_url)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            is_known,
            face_id,
            face_key,
            face_url,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(PushPerson);

impl PushPerson {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            is_known: None,
            face_id: None,
            face_key: None,
            face_url: None,
            extra: Default::default(),
        }
    }
}

/// The webhook works - Netatmo's first push after addwebhook.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookActivation {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WebhookActivation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WebhookActivation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookActivation")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WebhookActivation {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WebhookActivation);

impl WebhookActivation {
    /// A value with every field `None` (lists empty), as [`Default`] makes it. `push_type` is set to `webhook_activation`.
    pub fn new() -> Self {
        Self {
            push_type: "webhook_activation".to_owned(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// As [`new`](Self::new).
impl Default for WebhookActivation {
    fn default() -> Self {
        Self::new()
    }
}

/// The webhook was dropped (dropwebhook), or banned after failing.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookDeactivation {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WebhookDeactivation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WebhookDeactivation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookDeactivation")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WebhookDeactivation {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WebhookDeactivation);

impl WebhookDeactivation {
    /// A value with every field `None` (lists empty), as [`Default`] makes it. `push_type` is set to `webhook_deactivation`.
    pub fn new() -> Self {
        Self {
            push_type: "webhook_deactivation".to_owned(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// As [`new`](Self::new).
impl Default for WebhookDeactivation {
    fn default() -> Self {
        Self::new()
    }
}

/// A room's setpoint changed (event_type set_point, cancel_set_point or setpoint_event).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct DisplayChange {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// The home, with the rooms whose setpoint changed.
    pub home: Option<PushHome>,
    /// The room.
    pub room_id: Option<String>,
    /// The room's setpoint mode (manual, max, home...).
    pub mode: Option<String>,
    /// The new setpoint, in °C.
    pub temperature: Option<f64>,
    /// Ties this push to the command that caused it.
    pub correlation_id: Option<String>,
    /// The kind of change (setpoint_event).
    pub type_: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for DisplayChange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if let Some(value) = &self.home {
            map.serialize_entry("home", value)?;
        }
        if let Some(value) = &self.room_id {
            map.serialize_entry("room_id", value)?;
        }
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.temperature {
            map.serialize_entry("temperature", value)?;
        }
        if let Some(value) = &self.correlation_id {
            map.serialize_entry("correlation_id", value)?;
        }
        if let Some(value) = &self.type_ {
            map.serialize_entry("type", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for DisplayChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DisplayChange")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("home", &self.home)
            .field("room_id", &self.room_id)
            .field("mode", &self.mode)
            .field("temperature", &self.temperature)
            .field("correlation_id", &self.correlation_id)
            .field("type_", &self.type_)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for DisplayChange {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        let mut home = None;
        let mut room_id = None;
        let mut mode = None;
        let mut temperature = None;
        let mut correlation_id = None;
        let mut type_ = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "home" => fields.optional("home", &mut home)?,
                "room_id" => fields.optional("room_id", &mut room_id)?,
                "mode" => fields.optional("mode", &mut mode)?,
                "temperature" => fields.optional("temperature", &mut temperature)?,
                "correlation_id" => {
                    fields.optional("correlation_id", &mut correlation_id)?
                }
                "type" => fields.optional("type", &mut type_)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            home,
            room_id,
            mode,
            temperature,
            correlation_id,
            type_,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(DisplayChange);

impl DisplayChange {
    /// A value with every field `None` (lists empty), as [`Default`] makes it. `push_type` is set to `display_change`.
    pub fn new() -> Self {
        Self {
            push_type: "display_change".to_owned(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            home: None,
            room_id: None,
            mode: None,
            temperature: None,
            correlation_id: None,
            type_: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// As [`new`](Self::new).
impl Default for DisplayChange {
    fn default() -> Self {
        Self::new()
    }
}

/// A home as a push shows it.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct PushHome {
    /// The home.
    pub id: String,
    /// Its name.
    pub name: Option<String>,
    /// Its heating mode (home_event_changed).
    pub therm_mode: Option<ThermMode>,
    /// Rooms that changed (display_change).
    pub rooms: Vec<PushRoom>,
    /// Modules that changed.
    pub modules: Vec<PushModule>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for PushHome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(value) = &self.name {
            map.serialize_entry("name", value)?;
        }
        if let Some(value) = &self.therm_mode {
            map.serialize_entry("therm_mode", value)?;
        }
        if !self.rooms.is_empty() || self._present.has(0) {
            map.serialize_entry("rooms", &self.rooms)?;
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
impl std::fmt::Debug for PushHome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PushHome")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("therm_mode", &self.therm_mode)
            .field("rooms", &self.rooms)
            .field("modules", &self.modules)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for PushHome {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut therm_mode = None;
        let mut rooms = None;
        let mut modules = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "therm_mode" => fields.optional("therm_mode", &mut therm_mode)?,
                "rooms" => fields.optional("rooms", &mut rooms)?,
                "modules" => fields.optional("modules", &mut modules)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[rooms.is_some(), modules.is_some()]);
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            therm_mode,
            rooms: rooms.unwrap_or_default(),
            modules: modules.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(PushHome);

impl PushHome {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            therm_mode: None,
            rooms: Vec::new(),
            modules: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// A room whose setpoint changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PushRoom {
    /// The room.
    pub id: String,
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its kind (livingroom, bedroom...).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Its setpoint mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_mode: Option<ThermSetpointMode>,
    /// Its setpoint, in °C.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_temperature: Option<f64>,
    /// When the setpoint began (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_start_time: Option<i64>,
    /// When the setpoint ends (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub therm_setpoint_end_time: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for PushRoom {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut type_ = None;
        let mut therm_setpoint_mode = None;
        let mut therm_setpoint_temperature = None;
        let mut therm_setpoint_start_time = None;
        let mut therm_setpoint_end_time = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "type" => fields.optional("type", &mut type_)?,
                "therm_setpoint_mode" => {
                    fields.optional("therm_setpoint_mode", &mut therm_setpoint_mode)?
                }
                "therm_setpoint_temperature" => {
                    fields
                        .optional(
                            "therm_setpoint_temperature",
                            &mut therm_setpoint_temperature,
                        )?
                }
                "therm_setpoint_start_time" => {
                    fields
                        .optional(
                            "therm_setpoint_start_time",
                            &mut therm_setpoint_start_time,
                        )?
                }
                "therm_setpoint_end_time" => {
                    fields
                        .optional(
                            "therm_setpoint_end_time",
                            &mut therm_setpoint_end_time,
                        )?
                }
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            type_,
            therm_setpoint_mode,
            therm_setpoint_temperature,
            therm_setpoint_start_time,
            therm_setpoint_end_time,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(PushRoom);

impl PushRoom {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            type_: None,
            therm_setpoint_mode: None,
            therm_setpoint_temperature: None,
            therm_setpoint_start_time: None,
            therm_setpoint_end_time: None,
            extra: Default::default(),
        }
    }
}

/// A module as a push shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PushModule {
    /// The module.
    pub id: String,
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its type (NATherm1, NLF...).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Its room.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_id: Option<String>,
    /// Whether it is on (switches, lights).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<bool>,
    /// A dimmer's brightness, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brightness: Option<i32>,
    /// What it draws, in watts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub power: Option<f64>,
    /// Whether the gateway reaches it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable: Option<bool>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl tolerant::Object for PushModule {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut type_ = None;
        let mut room_id = None;
        let mut on = None;
        let mut brightness = None;
        let mut power = None;
        let mut reachable = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "id" => fields.required("id", &mut id)?,
                "name" => fields.optional("name", &mut name)?,
                "type" => fields.optional("type", &mut type_)?,
                "room_id" => fields.optional("room_id", &mut room_id)?,
                "on" => fields.optional("on", &mut on)?,
                "brightness" => fields.optional("brightness", &mut brightness)?,
                "power" => fields.optional("power", &mut power)?,
                "reachable" => fields.optional("reachable", &mut reachable)?,
                _ => fields.unlisted(key)?,
            }
        }
        Ok(Self {
            id: fields.present("id", id)?,
            name,
            type_,
            room_id,
            on,
            brightness,
            power,
            reachable,
            extra: fields.rest(),
        })
    }
}

tolerant::object!(PushModule);

impl PushModule {
    /// A value with the required fields set; the optional ones are `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: None,
            type_: None,
            room_id: None,
            on: None,
            brightness: None,
            power: None,
            reachable: None,
            extra: Default::default(),
        }
    }
}

/// The home's heating mode changed (event_type therm_mode), or its schedule (schedule; read the home again with homesdata).
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct HomeEventChanged {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// The home and its new mode.
    pub home: Option<PushHome>,
    /// The new heating mode (schedule, away, hg).
    pub mode: Option<String>,
    /// The mode before.
    pub previous_mode: Option<String>,
    /// The schedule now active.
    pub schedule_id: Option<String>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for HomeEventChanged {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if let Some(value) = &self.home {
            map.serialize_entry("home", value)?;
        }
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.previous_mode {
            map.serialize_entry("previous_mode", value)?;
        }
        if let Some(value) = &self.schedule_id {
            map.serialize_entry("schedule_id", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for HomeEventChanged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeEventChanged")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("home", &self.home)
            .field("mode", &self.mode)
            .field("previous_mode", &self.previous_mode)
            .field("schedule_id", &self.schedule_id)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for HomeEventChanged {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        let mut home = None;
        let mut mode = None;
        let mut previous_mode = None;
        let mut schedule_id = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "home" => fields.optional("home", &mut home)?,
                "mode" => fields.optional("mode", &mut mode)?,
                "previous_mode" => fields.optional("previous_mode", &mut previous_mode)?,
                "schedule_id" => fields.optional("schedule_id", &mut schedule_id)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            home,
            mode,
            previous_mode,
            schedule_id,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(HomeEventChanged);

impl HomeEventChanged {
    /// A value with every field `None` (lists empty), as [`Default`] makes it. `push_type` is set to `home_event_changed`.
    pub fn new() -> Self {
        Self {
            push_type: "home_event_changed".to_owned(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            home: None,
            mode: None,
            previous_mode: None,
            schedule_id: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// As [`new`](Self::new).
impl Default for HomeEventChanged {
    fn default() -> Self {
        Self::new()
    }
}

/// A module changed state (a light switched, a setpoint reached); `extra_params` says how.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct DeviceEvent {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// What changed.
    pub extra_params: Option<DeviceEventParams>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for DeviceEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        if let Some(value) = &self.extra_params {
            map.serialize_entry("extra_params", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for DeviceEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceEvent")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("extra_params", &self.extra_params)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for DeviceEvent {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        let mut extra_params = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                "extra_params" => fields.optional("extra_params", &mut extra_params)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            extra_params,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(DeviceEvent);

impl DeviceEvent {
    /// A value with every field `None` (lists empty), as [`Default`] makes it. `push_type` is set to `device_event`.
    pub fn new() -> Self {
        Self {
            push_type: "device_event".to_owned(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            extra_params: None,
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

/// As [`new`](Self::new).
impl Default for DeviceEvent {
    fn default() -> Self {
        Self::new()
    }
}

/// What a device_event is about: modules and their new state, or (event_type setpoint_event, temperature_variation_event) a room's setpoint and temperature.
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceEventParams {
    /// Modules and their new state.
    pub modules: Vec<PushModule>,
    /// Ties the push to the command that caused it (a number beyond 64-bit signed integers).
    pub correlation_id: Option<u64>,
    /// The order of the device's pushes.
    pub sequence_id: Option<i64>,
    /// What caused the change (netcom...).
    pub source: Option<String>,
    /// setpoint_event or temperature_variation_event, for a room's heating.
    pub event_type: Option<String>,
    /// The type of the device that reported it (NAPlug...).
    pub device_type: Option<String>,
    /// The room's setpoint mode (manual, home...).
    pub mode: Option<String>,
    /// The room.
    pub room_id: Option<String>,
    /// The setpoint (setpoint_event) or the measured temperature (temperature_variation_event), in °C.
    pub temperature: Option<f64>,
    /// The room's setpoint, in °C (temperature_variation_event).
    pub setpoint: Option<f64>,
    /// The room's measured temperature, in °C.
    pub therm_measured_temperature: Option<f64>,
    /// When (Unix seconds).
    pub ts: Option<i64>,
    /// When the setpoint begins (Unix seconds).
    pub ts_begin: Option<i64>,
    /// When the setpoint ends (Unix seconds).
    pub ts_end: Option<i64>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for DeviceEventParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if !self.modules.is_empty() || self._present.has(0) {
            map.serialize_entry("modules", &self.modules)?;
        }
        if let Some(value) = &self.correlation_id {
            map.serialize_entry("correlation_id", value)?;
        }
        if let Some(value) = &self.sequence_id {
            map.serialize_entry("sequence_id", value)?;
        }
        if let Some(value) = &self.source {
            map.serialize_entry("source", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.device_type {
            map.serialize_entry("device_type", value)?;
        }
        if let Some(value) = &self.mode {
            map.serialize_entry("mode", value)?;
        }
        if let Some(value) = &self.room_id {
            map.serialize_entry("room_id", value)?;
        }
        if let Some(value) = &self.temperature {
            map.serialize_entry("temperature", value)?;
        }
        if let Some(value) = &self.setpoint {
            map.serialize_entry("setpoint", value)?;
        }
        if let Some(value) = &self.therm_measured_temperature {
            map.serialize_entry("therm_measured_temperature", value)?;
        }
        if let Some(value) = &self.ts {
            map.serialize_entry("ts", value)?;
        }
        if let Some(value) = &self.ts_begin {
            map.serialize_entry("ts_begin", value)?;
        }
        if let Some(value) = &self.ts_end {
            map.serialize_entry("ts_end", value)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for DeviceEventParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceEventParams")
            .field("modules", &self.modules)
            .field("correlation_id", &self.correlation_id)
            .field("sequence_id", &self.sequence_id)
            .field("source", &self.source)
            .field("event_type", &self.event_type)
            .field("device_type", &self.device_type)
            .field("mode", &self.mode)
            .field("room_id", &self.room_id)
            .field("temperature", &self.temperature)
            .field("setpoint", &self.setpoint)
            .field("therm_measured_temperature", &self.therm_measured_temperature)
            .field("ts", &self.ts)
            .field("ts_begin", &self.ts_begin)
            .field("ts_end", &self.ts_end)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for DeviceEventParams {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut modules = None;
        let mut correlation_id = None;
        let mut sequence_id = None;
        let mut source = None;
        let mut event_type = None;
        let mut device_type = None;
        let mut mode = None;
        let mut room_id = None;
        let mut temperature = None;
        let mut setpoint = None;
        let mut therm_measured_temperature = None;
        let mut ts = None;
        let mut ts_begin = None;
        let mut ts_end = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "modules" => fields.optional("modules", &mut modules)?,
                "correlation_id" => {
                    fields.optional("correlation_id", &mut correlation_id)?
                }
                "sequence_id" => fields.optional("sequence_id", &mut sequence_id)?,
                "source" => fields.optional("source", &mut source)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "device_type" => fields.optional("device_type", &mut device_type)?,
                "mode" => fields.optional("mode", &mut mode)?,
                "room_id" => fields.optional("room_id", &mut room_id)?,
                "temperature" => fields.optional("temperature", &mut temperature)?,
                "setpoint" => fields.optional("setpoint", &mut setpoint)?,
                "therm_measured_temperature" => {
                    fields
                        .optional(
                            "therm_measured_temperature",
                            &mut therm_measured_temperature,
                        )?
                }
                "ts" => fields.optional("ts", &mut ts)?,
                "ts_begin" => fields.optional("ts_begin", &mut ts_begin)?,
                "ts_end" => fields.optional("ts_end", &mut ts_end)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[modules.is_some()]);
        Ok(Self {
            modules: modules.unwrap_or_default(),
            correlation_id,
            sequence_id,
            source,
            event_type,
            device_type,
            mode,
            room_id,
            temperature,
            setpoint,
            therm_measured_temperature,
            ts,
            ts_begin,
            ts_end,
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(DeviceEventParams);

impl DeviceEventParams {
    /// A value with every field `None` (lists empty), as [`Default`] makes it.
    pub fn new() -> Self {
        Self {
            modules: Vec::new(),
            correlation_id: None,
            sequence_id: None,
            source: None,
            event_type: None,
            device_type: None,
            mode: None,
            room_id: None,
            temperature: None,
            setpoint: None,
            therm_measured_temperature: None,
            ts: None,
            ts_begin: None,
            ts_end: None,
            extra: Default::default(),
            _present: Default::default(),
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

/// Values this crate does not know yet decode into `Unknown` instead of failing. Match with a wildcard arm, and compare with `value()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PartialErrorCode {
    /// `1`
    UnknownError,
    /// `2`
    InternalError,
    /// `3`
    ParserError,
    /// `4`
    UnknownCommand,
    /// `5`
    InvalidParameters,
    /// `6`
    Unreachable,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownInteger),
}

impl PartialErrorCode {
    /// The value as sent on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::UnknownError => 1,
            Self::InternalError => 2,
            Self::ParserError => 3,
            Self::UnknownCommand => 4,
            Self::InvalidParameters => 5,
            Self::Unreachable => 6,
            Self::Unknown(value) => value.value(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<i64> for PartialErrorCode {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::UnknownError,
            2 => Self::InternalError,
            3 => Self::ParserError,
            4 => Self::UnknownCommand,
            5 => Self::InvalidParameters,
            6 => Self::Unreachable,
            other => Self::Unknown(UnknownInteger(other)),
        }
    }
}

impl std::fmt::Display for PartialErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for PartialErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for PartialErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

tolerant::integer_enum!(PartialErrorCode);

/// Whether the home heats, cools, or chooses by itself (auto, with air-conditioning). Room commands use the `cooling_` fields when it cools.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemperatureControlMode {
    /// `heating`
    Heating,
    /// `cooling`
    Cooling,
    /// `auto`
    Auto,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl TemperatureControlMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Heating => "heating",
            Self::Cooling => "cooling",
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
            "heating" => Some(Self::Heating),
            "cooling" => Some(Self::Cooling),
            "auto" => Some(Self::Auto),
            _ => None,
        }
    }
}

impl From<&str> for TemperatureControlMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for TemperatureControlMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for TemperatureControlMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TemperatureControlMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TemperatureControlMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(TemperatureControlMode);

/// What kind of room it is.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoomType {
    /// `livingroom`
    Livingroom,
    /// `bedroom`
    Bedroom,
    /// `kitchen`
    Kitchen,
    /// `bathroom`
    Bathroom,
    /// `lobby`
    Lobby,
    /// `corridor`
    Corridor,
    /// `toilets`
    Toilets,
    /// `garage`
    Garage,
    /// `dining_room`
    DiningRoom,
    /// `home_office`
    HomeOffice,
    /// `electrical_cabinet`
    ElectricalCabinet,
    /// `outdoor`
    Outdoor,
    /// `custom`
    Custom,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl RoomType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Livingroom => "livingroom",
            Self::Bedroom => "bedroom",
            Self::Kitchen => "kitchen",
            Self::Bathroom => "bathroom",
            Self::Lobby => "lobby",
            Self::Corridor => "corridor",
            Self::Toilets => "toilets",
            Self::Garage => "garage",
            Self::DiningRoom => "dining_room",
            Self::HomeOffice => "home_office",
            Self::ElectricalCabinet => "electrical_cabinet",
            Self::Outdoor => "outdoor",
            Self::Custom => "custom",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "livingroom" => Some(Self::Livingroom),
            "bedroom" => Some(Self::Bedroom),
            "kitchen" => Some(Self::Kitchen),
            "bathroom" => Some(Self::Bathroom),
            "lobby" => Some(Self::Lobby),
            "corridor" => Some(Self::Corridor),
            "toilets" => Some(Self::Toilets),
            "garage" => Some(Self::Garage),
            "dining_room" => Some(Self::DiningRoom),
            "home_office" => Some(Self::HomeOffice),
            "electrical_cabinet" => Some(Self::ElectricalCabinet),
            "outdoor" => Some(Self::Outdoor),
            "custom" => Some(Self::Custom),
            _ => None,
        }
    }
}

impl From<&str> for RoomType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for RoomType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for RoomType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RoomType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RoomType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(RoomType);

/// What a plug, switch or meter drives.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApplianceType {
    /// `radiator`
    Radiator,
    /// `radiator_without_pilot_wire`
    RadiatorWithoutPilotWire,
    /// `water_heater`
    WaterHeater,
    /// `light`
    Light,
    /// `router`
    Router,
    /// `oven`
    Oven,
    /// `cooking`
    Cooking,
    /// `rolling_shutter`
    RollingShutter,
    /// `multimedia`
    Multimedia,
    /// `other`
    Other,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ApplianceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Radiator => "radiator",
            Self::RadiatorWithoutPilotWire => "radiator_without_pilot_wire",
            Self::WaterHeater => "water_heater",
            Self::Light => "light",
            Self::Router => "router",
            Self::Oven => "oven",
            Self::Cooking => "cooking",
            Self::RollingShutter => "rolling_shutter",
            Self::Multimedia => "multimedia",
            Self::Other => "other",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "radiator" => Some(Self::Radiator),
            "radiator_without_pilot_wire" => Some(Self::RadiatorWithoutPilotWire),
            "water_heater" => Some(Self::WaterHeater),
            "light" => Some(Self::Light),
            "router" => Some(Self::Router),
            "oven" => Some(Self::Oven),
            "cooking" => Some(Self::Cooking),
            "rolling_shutter" => Some(Self::RollingShutter),
            "multimedia" => Some(Self::Multimedia),
            "other" => Some(Self::Other),
            _ => None,
        }
    }
}

impl From<&str> for ApplianceType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ApplianceType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ApplianceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ApplianceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ApplianceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ApplianceType);

/// What the schedule drives.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduleType {
    /// `therm`
    Therm,
    /// `cooling`
    Cooling,
    /// `auto`
    Auto,
    /// `electricity`
    Electricity,
    /// `electricity_production`
    ElectricityProduction,
    /// `event`
    Event,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ScheduleType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Therm => "therm",
            Self::Cooling => "cooling",
            Self::Auto => "auto",
            Self::Electricity => "electricity",
            Self::ElectricityProduction => "electricity_production",
            Self::Event => "event",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "therm" => Some(Self::Therm),
            "cooling" => Some(Self::Cooling),
            "auto" => Some(Self::Auto),
            "electricity" => Some(Self::Electricity),
            "electricity_production" => Some(Self::ElectricityProduction),
            "event" => Some(Self::Event),
            _ => None,
        }
    }
}

impl From<&str> for ScheduleType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ScheduleType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ScheduleType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ScheduleType);

/// Electricity schedules - unit of `power_threshold`.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ContractPowerUnit {
    /// `kW`
    KW,
    /// `kVA`
    KVa,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl ContractPowerUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KW => "kW",
            Self::KVa => "kVA",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "kW" => Some(Self::KW),
            "kVA" => Some(Self::KVa),
            _ => None,
        }
    }
}

impl From<&str> for ContractPowerUnit {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for ContractPowerUnit {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for ContractPowerUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContractPowerUnit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContractPowerUnit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(ContractPowerUnit);

/// Values this crate does not know yet decode into `Unknown` instead of failing. Match with a wildcard arm, and compare with `value()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ZoneType {
    /// `0`
    Comfort,
    /// `1`
    Night,
    /// `2`
    Away,
    /// `3`
    FrostGuard,
    /// `4`
    Custom,
    /// `5`
    Eco,
    /// `8`
    ComfortPlus,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownInteger),
}

impl ZoneType {
    /// The value as sent on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Comfort => 0,
            Self::Night => 1,
            Self::Away => 2,
            Self::FrostGuard => 3,
            Self::Custom => 4,
            Self::Eco => 5,
            Self::ComfortPlus => 8,
            Self::Unknown(value) => value.value(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<i64> for ZoneType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Comfort,
            1 => Self::Night,
            2 => Self::Away,
            3 => Self::FrostGuard,
            4 => Self::Custom,
            5 => Self::Eco,
            8 => Self::ComfortPlus,
            other => Self::Unknown(UnknownInteger(other)),
        }
    }
}

impl std::fmt::Display for ZoneType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for ZoneType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for ZoneType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

tolerant::integer_enum!(ZoneType);

/// Electricity schedules - which tariff period the zone is.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PriceType {
    /// `basic`
    Basic,
    /// `peak`
    Peak,
    /// `off_peak`
    OffPeak,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl PriceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "basic",
            Self::Peak => "peak",
            Self::OffPeak => "off_peak",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "basic" => Some(Self::Basic),
            "peak" => Some(Self::Peak),
            "off_peak" => Some(Self::OffPeak),
            _ => None,
        }
    }
}

impl From<&str> for PriceType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for PriceType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for PriceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PriceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PriceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(PriceType);

/// Whether the video can be watched.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VideoStatus {
    /// `available`
    Available,
    /// `deleted`
    Deleted,
    /// `recording`
    Recording,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl VideoStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Deleted => "deleted",
            Self::Recording => "recording",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "available" => Some(Self::Available),
            "deleted" => Some(Self::Deleted),
            "recording" => Some(Self::Recording),
            _ => None,
        }
    }
}

impl From<&str> for VideoStatus {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for VideoStatus {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for VideoStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for VideoStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for VideoStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(VideoStatus);

/// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
///
/// Decoding takes the first shape, in the order listed, that fits exactly; when none does, the first that fits tolerantly (numbers as text, optional fields of another type kept in `extra`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PushSubType {
    /// Text
    Text(String),
    /// Code
    Code(i32),
}

impl tolerant::FromJson for PushSubType {
    fn from_json(
        value: &serde_json::Value,
        at: &tolerant::At<'_>,
    ) -> Result<Self, serde_json::Error> {
        tolerant::first_fit(
            value,
            at,
            "PushSubType",
            &[
                |value, at| tolerant::read(value, at).map(Self::Text),
                |value, at| tolerant::read(value, at).map(Self::Code),
            ],
        )
    }
}

tolerant::one_of!(PushSubType);

/// The fields every `WebhookPush` has: a `WebhookPush` whose `push_type` names no subtype the spec defines.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookPushBase {
    /// The kind of push (webhook_activation, display_change, NACamera-person...).
    pub push_type: String,
    /// The user the push is for.
    pub user_id: Option<String>,
    /// The home it is about.
    pub home_id: Option<String>,
    /// The home's name.
    pub home_name: Option<String>,
    /// The device it is about.
    pub device_id: Option<String>,
    /// The camera it is about.
    pub camera_id: Option<String>,
    /// The module it is about (a door tag, a siren).
    pub module_id: Option<String>,
    /// The event (as getevents lists it).
    pub event_id: Option<String>,
    /// What happened (person, movement, light_mode, set_point, therm_mode...).
    pub event_type: Option<String>,
    /// A detail of the event - a word for some (light_mode on or auto), a code for others (as an event's `sub_type`).
    pub sub_type: Option<PushSubType>,
    /// What happened, in words, in the user's language.
    pub message: Option<String>,
    /// The event's picture (id), for getcamerapicture.
    pub snapshot_id: Option<String>,
    /// The event's picture (key), for getcamerapicture.
    pub snapshot_key: Option<String>,
    /// The event's picture (signed URL; it expires).
    pub snapshot_url: Option<String>,
    /// The close-up's id, for getcamerapicture.
    pub vignette_id: Option<String>,
    /// The close-up's key, for getcamerapicture.
    pub vignette_key: Option<String>,
    /// The close-up (signed URL; it expires).
    pub vignette_url: Option<String>,
    /// The sub-event it is about.
    pub subevent_id: Option<String>,
    /// The persons seen.
    pub persons: Vec<PushPerson>,
    /// Properties the spec does not list, and optional fields whose value has
    /// another type than the spec says (the field is then `None`), kept as
    /// received so that encoding the value again loses nothing.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Which of the lists came on the wire: one that came empty is written again.
    _present: tolerant::Present,
}

impl Serialize for WebhookPushBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("push_type", &self.push_type)?;
        if let Some(value) = &self.user_id {
            map.serialize_entry("user_id", value)?;
        }
        if let Some(value) = &self.home_id {
            map.serialize_entry("home_id", value)?;
        }
        if let Some(value) = &self.home_name {
            map.serialize_entry("home_name", value)?;
        }
        if let Some(value) = &self.device_id {
            map.serialize_entry("device_id", value)?;
        }
        if let Some(value) = &self.camera_id {
            map.serialize_entry("camera_id", value)?;
        }
        if let Some(value) = &self.module_id {
            map.serialize_entry("module_id", value)?;
        }
        if let Some(value) = &self.event_id {
            map.serialize_entry("event_id", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("event_type", value)?;
        }
        if let Some(value) = &self.sub_type {
            map.serialize_entry("sub_type", value)?;
        }
        if let Some(value) = &self.message {
            map.serialize_entry("message", value)?;
        }
        if let Some(value) = &self.snapshot_id {
            map.serialize_entry("snapshot_id", value)?;
        }
        if let Some(value) = &self.snapshot_key {
            map.serialize_entry("snapshot_key", value)?;
        }
        if let Some(value) = &self.snapshot_url {
            map.serialize_entry("snapshot_url", value)?;
        }
        if let Some(value) = &self.vignette_id {
            map.serialize_entry("vignette_id", value)?;
        }
        if let Some(value) = &self.vignette_key {
            map.serialize_entry("vignette_key", value)?;
        }
        if let Some(value) = &self.vignette_url {
            map.serialize_entry("vignette_url", value)?;
        }
        if let Some(value) = &self.subevent_id {
            map.serialize_entry("subevent_id", value)?;
        }
        if !self.persons.is_empty() || self._present.has(0) {
            map.serialize_entry("persons", &self.persons)?;
        }
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Shows every field.
impl std::fmt::Debug for WebhookPushBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookPushBase")
            .field("push_type", &self.push_type)
            .field("user_id", &self.user_id)
            .field("home_id", &self.home_id)
            .field("home_name", &self.home_name)
            .field("device_id", &self.device_id)
            .field("camera_id", &self.camera_id)
            .field("module_id", &self.module_id)
            .field("event_id", &self.event_id)
            .field("event_type", &self.event_type)
            .field("sub_type", &self.sub_type)
            .field("message", &self.message)
            .field("snapshot_id", &self.snapshot_id)
            .field("snapshot_key", &self.snapshot_key)
            .field("snapshot_url", &self.snapshot_url)
            .field("vignette_id", &self.vignette_id)
            .field("vignette_key", &self.vignette_key)
            .field("vignette_url", &self.vignette_url)
            .field("subevent_id", &self.subevent_id)
            .field("persons", &self.persons)
            .field("extra", &self.extra)
            .finish()
    }
}

impl tolerant::Object for WebhookPushBase {
    type Rest = serde_json::Map<String, serde_json::Value>;

    fn read_fields<'de, A: serde::de::MapAccess<'de>>(
        mut fields: tolerant::Fields<'_, A, Self>,
    ) -> Result<Self, A::Error> {
        let mut push_type = None;
        let mut user_id = None;
        let mut home_id = None;
        let mut home_name = None;
        let mut device_id = None;
        let mut camera_id = None;
        let mut module_id = None;
        let mut event_id = None;
        let mut event_type = None;
        let mut sub_type = None;
        let mut message = None;
        let mut snapshot_id = None;
        let mut snapshot_key = None;
        let mut snapshot_url = None;
        let mut vignette_id = None;
        let mut vignette_key = None;
        let mut vignette_url = None;
        let mut subevent_id = None;
        let mut persons = None;
        while let Some(key) = fields.next_key()? {
            match key.as_str() {
                "push_type" => fields.required("push_type", &mut push_type)?,
                "user_id" => fields.optional("user_id", &mut user_id)?,
                "home_id" => fields.optional("home_id", &mut home_id)?,
                "home_name" => fields.optional("home_name", &mut home_name)?,
                "device_id" => fields.optional("device_id", &mut device_id)?,
                "camera_id" => fields.optional("camera_id", &mut camera_id)?,
                "module_id" => fields.optional("module_id", &mut module_id)?,
                "event_id" => fields.optional("event_id", &mut event_id)?,
                "event_type" => fields.optional("event_type", &mut event_type)?,
                "sub_type" => fields.optional("sub_type", &mut sub_type)?,
                "message" => fields.optional("message", &mut message)?,
                "snapshot_id" => fields.optional("snapshot_id", &mut snapshot_id)?,
                "snapshot_key" => fields.optional("snapshot_key", &mut snapshot_key)?,
                "snapshot_url" => fields.optional("snapshot_url", &mut snapshot_url)?,
                "vignette_id" => fields.optional("vignette_id", &mut vignette_id)?,
                "vignette_key" => fields.optional("vignette_key", &mut vignette_key)?,
                "vignette_url" => fields.optional("vignette_url", &mut vignette_url)?,
                "subevent_id" => fields.optional("subevent_id", &mut subevent_id)?,
                "persons" => fields.optional("persons", &mut persons)?,
                _ => fields.unlisted(key)?,
            }
        }
        let came = tolerant::Present::of(&[persons.is_some()]);
        Ok(Self {
            push_type: fields.present("push_type", push_type)?,
            user_id,
            home_id,
            home_name,
            device_id,
            camera_id,
            module_id,
            event_id,
            event_type,
            sub_type,
            message,
            snapshot_id,
            snapshot_key,
            snapshot_url,
            vignette_id,
            vignette_key,
            vignette_url,
            subevent_id,
            persons: persons.unwrap_or_default(),
            extra: fields.rest(),
            _present: came,
        })
    }
}

tolerant::object!(WebhookPushBase);

impl WebhookPushBase {
    /// A value with the required fields set; the optional ones are `None` (lists empty).
    pub fn new(push_type: impl Into<String>) -> Self {
        Self {
            push_type: push_type.into(),
            user_id: None,
            home_id: None,
            home_name: None,
            device_id: None,
            camera_id: None,
            module_id: None,
            event_id: None,
            event_type: None,
            sub_type: None,
            message: None,
            snapshot_id: None,
            snapshot_key: None,
            snapshot_url: None,
            vignette_id: None,
            vignette_key: None,
            vignette_url: None,
            subevent_id: None,
            persons: Vec::new(),
            extra: Default::default(),
            _present: Default::default(),
        }
    }
}

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

/// Values of the `gateway_types` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GatewayType {
    /// `NAPlug`
    NaPlug,
    /// `OTH`
    Oth,
    /// `BNS`
    Bns,
    /// `NAC`
    Nac,
    /// `NLG`
    Nlg,
    /// `NLGS`
    Nlgs,
    /// `NLE`
    Nle,
    /// `NXG`
    Nxg,
    /// `BNMH`
    Bnmh,
    /// `NBG`
    Nbg,
    /// `NACamera`
    NaCamera,
    /// `NOC`
    Noc,
    /// `NPC`
    Npc,
    /// `NDB`
    Ndb,
    /// `NSD`
    Nsd,
    /// `NCO`
    Nco,
    /// `NAMain`
    NaMain,
    /// `NHC`
    Nhc,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl GatewayType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NaPlug => "NAPlug",
            Self::Oth => "OTH",
            Self::Bns => "BNS",
            Self::Nac => "NAC",
            Self::Nlg => "NLG",
            Self::Nlgs => "NLGS",
            Self::Nle => "NLE",
            Self::Nxg => "NXG",
            Self::Bnmh => "BNMH",
            Self::Nbg => "NBG",
            Self::NaCamera => "NACamera",
            Self::Noc => "NOC",
            Self::Npc => "NPC",
            Self::Ndb => "NDB",
            Self::Nsd => "NSD",
            Self::Nco => "NCO",
            Self::NaMain => "NAMain",
            Self::Nhc => "NHC",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "NAPlug" => Some(Self::NaPlug),
            "OTH" => Some(Self::Oth),
            "BNS" => Some(Self::Bns),
            "NAC" => Some(Self::Nac),
            "NLG" => Some(Self::Nlg),
            "NLGS" => Some(Self::Nlgs),
            "NLE" => Some(Self::Nle),
            "NXG" => Some(Self::Nxg),
            "BNMH" => Some(Self::Bnmh),
            "NBG" => Some(Self::Nbg),
            "NACamera" => Some(Self::NaCamera),
            "NOC" => Some(Self::Noc),
            "NPC" => Some(Self::Npc),
            "NDB" => Some(Self::Ndb),
            "NSD" => Some(Self::Nsd),
            "NCO" => Some(Self::Nco),
            "NAMain" => Some(Self::NaMain),
            "NHC" => Some(Self::Nhc),
            _ => None,
        }
    }
}

impl From<&str> for GatewayType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for GatewayType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for GatewayType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GatewayType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GatewayType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(GatewayType);

/// Values of the `mode` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoomThermPointMode {
    /// `manual`
    Manual,
    /// `max`
    Max,
    /// `home`
    Home,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl RoomThermPointMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "manual",
            Self::Max => "max",
            Self::Home => "home",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "manual" => Some(Self::Manual),
            "max" => Some(Self::Max),
            "home" => Some(Self::Home),
            _ => None,
        }
    }
}

impl From<&str> for RoomThermPointMode {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for RoomThermPointMode {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for RoomThermPointMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RoomThermPointMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RoomThermPointMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(RoomThermPointMode);

/// Values of the `type` parameter.
///
/// Values this crate does not know yet decode into `Unknown` instead of failing, so a new value from the service never breaks a response. Match with a wildcard arm, and compare with `as_str()` rather than on `Unknown`'s contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoomMeasureType {
    /// `temperature`
    Temperature,
    /// `sp_temperature`
    SpTemperature,
    /// `min_temp`
    MinTemp,
    /// `max_temp`
    MaxTemp,
    /// `date_min_temp`
    DateMinTemp,
    /// `date_max_temp`
    DateMaxTemp,
    /// A value not listed in the spec, kept as received.
    Unknown(UnknownValue),
}

impl RoomMeasureType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Temperature => "temperature",
            Self::SpTemperature => "sp_temperature",
            Self::MinTemp => "min_temp",
            Self::MaxTemp => "max_temp",
            Self::DateMinTemp => "date_min_temp",
            Self::DateMaxTemp => "date_max_temp",
            Self::Unknown(value) => value.as_str(),
        }
    }

    /// Whether this is one of the values the spec lists (not `Unknown`).
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    fn known(value: &str) -> Option<Self> {
        match value {
            "temperature" => Some(Self::Temperature),
            "sp_temperature" => Some(Self::SpTemperature),
            "min_temp" => Some(Self::MinTemp),
            "max_temp" => Some(Self::MaxTemp),
            "date_min_temp" => Some(Self::DateMinTemp),
            "date_max_temp" => Some(Self::DateMaxTemp),
            _ => None,
        }
    }
}

impl From<&str> for RoomMeasureType {
    fn from(value: &str) -> Self {
        Self::known(value)
            .unwrap_or_else(|| Self::Unknown(UnknownValue(value.to_owned())))
    }
}

impl From<String> for RoomMeasureType {
    fn from(value: String) -> Self {
        match Self::known(&value) {
            Some(known) => known,
            None => Self::Unknown(UnknownValue(value)),
        }
    }
}

impl std::fmt::Display for RoomMeasureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RoomMeasureType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RoomMeasureType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

tolerant::string_enum!(RoomMeasureType);

/// An enum value that the spec does not list, as received. See the enums' docs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An integer enum value that the spec does not list, as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownInteger(i64);

impl UnknownInteger {
    /// The value as received.
    pub fn value(self) -> i64 {
        self.0
    }
}
