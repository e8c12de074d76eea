// @generated from spec/netatmo.yaml + spec/overlays/ (inputs db78f8c1e0438ef5) by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Operations of the Netatmo API (spec version 1.1.1), as methods of [`Client`].

pub mod builders;

use super::runtime::{self, Error, Secret};
use super::models;

/// A client of the Netatmo API: a method per operation, each returning a request builder.
///
/// Cheap to clone: clones share one connection pool and one token. It wraps the
/// runtime's [`runtime::Client`], which `as_ref()` reaches: a call the spec does not
/// list goes through it with the same authentication, retries and errors.
#[derive(Debug, Clone)]
pub struct Client {
    runtime: runtime::Client,
}

impl Client {
    /// A client for [`DEFAULT_BASE_URL`], sending `access_token` as a bearer token.
    ///
    /// # Errors
    /// As [`runtime::ClientBuilder::build`].
    pub fn new(access_token: impl Into<Secret>) -> Result<Client, Error> {
        Client::builder().access_token(access_token).build()
    }

    /// A builder to set the base URL, authentication, retries and timeouts.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
}

/// Settings for a [`Client`]: what [`Client::builder`] returns.
pub type ClientBuilder = runtime::ClientBuilder<Client>;

/// Wraps a runtime client. One made by the runtime's own builder knows neither the
/// spec's base URL nor what its error codes mean (which renew the token, which are
/// retried): make clients with [`Client::builder`], which gives it both.
impl From<runtime::Client> for Client {
    fn from(runtime: runtime::Client) -> Self {
        Client { runtime }
    }
}

impl AsRef<runtime::Client> for Client {
    fn as_ref(&self) -> &runtime::Client {
        &self.runtime
    }
}

impl runtime::Service for Client {
    const BASE_URL: Option<&'static str> = Some(DEFAULT_BASE_URL);

    const ERROR_CODES: &'static [(i64, runtime::ErrorMeaning)] = &[
        (2, runtime::ErrorMeaning::TokenRejected),
        (3, runtime::ErrorMeaning::TokenRejected),
        (11, runtime::ErrorMeaning::Overloaded),
        (26, runtime::ErrorMeaning::QuotaExhausted),
    ];
}

/// The API's error codes, by name: what [`Error::api_code`] gives, as
/// [`ErrorCode::of`] reads it. Codes the spec does not list are `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 1: No access token was sent.
    AccessTokenMissing,
    /// 2: The access token is not valid.
    InvalidAccessToken,
    /// 3: The access token expired.
    AccessTokenExpired,
    /// 4: The request is inconsistent.
    InconsistencyError,
    /// 5: The application was deactivated.
    ApplicationDeactivated,
    /// 6: The email address is not valid.
    InvalidEmail,
    /// 7: The request changes nothing.
    NothingToModify,
    /// 8: The email address is already in use.
    EmailAlreadyExists,
    /// 9: No such device.
    DeviceNotFound,
    /// 10: A required parameter is missing.
    MissingArgs,
    /// 11: The service is overloaded ("Failed to enter concurrency limited section").
    ConcurrencyLimited,
    /// 12: The device and the secret do not match.
    DeviceOrSecretNoMatch,
    /// 13: The application lacks the scope for this operation.
    OperationForbidden,
    /// 21: A parameter is not valid.
    InvalidArg,
    /// 22: No such application.
    ApplicationNotFound,
    /// 23: No such user.
    UserNotFound,
    /// 24: The time zone is not valid.
    InvalidTimezone,
    /// 25: A date is not valid.
    InvalidDate,
    /// 26: The user's request quota is used up.
    MaxUsageReached,
    /// 30: The refresh token is not valid.
    InvalidRefreshToken,
    /// 31: No such method or object.
    NotFound,
    /// 40: The JSON sent has an invalid encoding.
    InvalidEncoding,
    /// 41: The device cannot be reached.
    DeviceUnreachable,
    /// A code the spec does not list.
    Other(i64),
}

impl ErrorCode {
    /// The code of an [`Error::Api`], if `error` is one.
    pub fn of(error: &Error) -> Option<Self> {
        error.api_code().map(Self::from_code)
    }

    /// The code from its number.
    pub fn from_code(code: i64) -> Self {
        match code {
            1 => Self::AccessTokenMissing,
            2 => Self::InvalidAccessToken,
            3 => Self::AccessTokenExpired,
            4 => Self::InconsistencyError,
            5 => Self::ApplicationDeactivated,
            6 => Self::InvalidEmail,
            7 => Self::NothingToModify,
            8 => Self::EmailAlreadyExists,
            9 => Self::DeviceNotFound,
            10 => Self::MissingArgs,
            11 => Self::ConcurrencyLimited,
            12 => Self::DeviceOrSecretNoMatch,
            13 => Self::OperationForbidden,
            21 => Self::InvalidArg,
            22 => Self::ApplicationNotFound,
            23 => Self::UserNotFound,
            24 => Self::InvalidTimezone,
            25 => Self::InvalidDate,
            26 => Self::MaxUsageReached,
            30 => Self::InvalidRefreshToken,
            31 => Self::NotFound,
            40 => Self::InvalidEncoding,
            41 => Self::DeviceUnreachable,
            other => Self::Other(other),
        }
    }

    /// Its number.
    pub fn code(self) -> i64 {
        match self {
            Self::AccessTokenMissing => 1,
            Self::InvalidAccessToken => 2,
            Self::AccessTokenExpired => 3,
            Self::InconsistencyError => 4,
            Self::ApplicationDeactivated => 5,
            Self::InvalidEmail => 6,
            Self::NothingToModify => 7,
            Self::EmailAlreadyExists => 8,
            Self::DeviceNotFound => 9,
            Self::MissingArgs => 10,
            Self::ConcurrencyLimited => 11,
            Self::DeviceOrSecretNoMatch => 12,
            Self::OperationForbidden => 13,
            Self::InvalidArg => 21,
            Self::ApplicationNotFound => 22,
            Self::UserNotFound => 23,
            Self::InvalidTimezone => 24,
            Self::InvalidDate => 25,
            Self::MaxUsageReached => 26,
            Self::InvalidRefreshToken => 30,
            Self::NotFound => 31,
            Self::InvalidEncoding => 40,
            Self::DeviceUnreachable => 41,
            Self::Other(code) => code,
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

/// Where the spec says the API lives: `https://api.netatmo.com/api`.
pub const DEFAULT_BASE_URL: &str = "https://api.netatmo.com/api";

/// The OAuth2 application `client_id` (for
/// [`ClientBuilder::refreshing_tokens`](runtime::ClientBuilder::refreshing_tokens)),
/// at the spec's token URL (`https://api.netatmo.com/oauth2/token`) and authorization URL (`https://api.netatmo.com/oauth2/authorize`).
///
/// # Errors
/// As [`runtime::OAuthApp::with_urls`].
pub fn oauth_app(
    client_id: impl Into<String>,
    client_secret: impl Into<Secret>,
) -> Result<runtime::OAuthApp, Error> {
    runtime::OAuthApp::with_urls(
        client_id,
        client_secret,
        "https://api.netatmo.com/oauth2/token",
        "https://api.netatmo.com/oauth2/authorize",
    )
}

/// The OAuth2 scopes the spec lists, to ask for in
/// [`runtime::OAuthApp::authorize_url`] without a typo. Each operation's docs say which
/// it needs.
pub mod scopes {
    /// Weather stations (NAMain and its modules): getstationsdata, getmeasure.
    pub const READ_STATION: &str = "read_station";

    /// Home Coaches (NHC): gethomecoachsdata.
    pub const READ_HOMECOACH: &str = "read_homecoach";

    /// Energy devices (NAPlug, NATherm1, NRV, OTH, OTM, NAC): their status and measures.
    pub const READ_THERMOSTAT: &str = "read_thermostat";

    /// Energy devices: set modes, setpoints and schedules (setthermmode, setroomthermpoint, schedules, setstate on rooms).
    pub const WRITE_THERMOSTAT: &str = "write_thermostat";

    /// Indoor cameras (NACamera): events and the people they know.
    pub const READ_CAMERA: &str = "read_camera";

    /// Indoor cameras: monitoring, and people marked at home or away.
    pub const WRITE_CAMERA: &str = "write_camera";

    /// Indoor cameras: live video and snapshots.
    pub const ACCESS_CAMERA: &str = "access_camera";

    /// Outdoor cameras (NOC): events.
    pub const READ_PRESENCE: &str = "read_presence";

    /// Outdoor cameras: floodlight, monitoring, siren.
    pub const WRITE_PRESENCE: &str = "write_presence";

    /// Outdoor cameras: live video and snapshots.
    pub const ACCESS_PRESENCE: &str = "access_presence";

    /// Video doorbells (NDB): events.
    pub const READ_DOORBELL: &str = "read_doorbell";

    /// Video doorbells: settings (asked for by openHAB; not in pyatmo's list).
    pub const WRITE_DOORBELL: &str = "write_doorbell";

    /// Video doorbells: live video.
    pub const ACCESS_DOORBELL: &str = "access_doorbell";

    /// Indoor Camera Advance (NPC): events.
    pub const READ_CAMERAPRO: &str = "read_camerapro";

    /// Indoor Camera Advance: settings.
    pub const WRITE_CAMERAPRO: &str = "write_camerapro";

    /// Indoor Camera Advance: live video (WebRTC).
    pub const ACCESS_CAMERAPRO: &str = "access_camerapro";

    /// Smoke alarms (NSD): their events.
    pub const READ_SMOKEDETECTOR: &str = "read_smokedetector";

    /// Carbon monoxide alarms (NCO): their events.
    pub const READ_CARBONMONOXIDEDETECTOR: &str = "read_carbonmonoxidedetector";

    /// Legrand Home+Control wiring devices (NLG, NLP, NLF, NLE, NLPC...): their state.
    pub const READ_MAGELLAN: &str = "read_magellan";

    /// Legrand Home+Control wiring devices: switch, dim, open and close.
    pub const WRITE_MAGELLAN: &str = "write_magellan";

    /// Bubendorff iDiamant shutters (NBG, NBR, NBO, NBS): their state.
    pub const READ_BUBENDORFF: &str = "read_bubendorff";

    /// Bubendorff shutters: move them.
    pub const WRITE_BUBENDORFF: &str = "write_bubendorff";

    /// BTicino Smarther thermostats (BNS): their state.
    pub const READ_SMARTHER: &str = "read_smarther";

    /// BTicino Smarther thermostats: modes and setpoints.
    pub const WRITE_SMARTHER: &str = "write_smarther";

    /// BTicino Classe 300 EOS (BNCX, BNDL, BNEU, BNSL...): their state.
    pub const READ_MX: &str = "read_mx";

    /// BTicino Classe 300 EOS: commands.
    pub const WRITE_MX: &str = "write_mx";

    /// BTicino IP devices: their state.
    pub const READ_BFI: &str = "read_bfi";

    /// BTicino IP devices: commands.
    pub const WRITE_BFI: &str = "write_bfi";

    /// BTicino MyHome Server 1 (BNMH and its modules): their state.
    pub const READ_MHS1: &str = "read_mhs1";

    /// BTicino MyHome Server 1: commands.
    pub const WRITE_MHS1: &str = "write_mhs1";

    /// Every scope above, in the spec's order.
    pub const ALL: &[&str] = &[
        READ_STATION,
        READ_HOMECOACH,
        READ_THERMOSTAT,
        WRITE_THERMOSTAT,
        READ_CAMERA,
        WRITE_CAMERA,
        ACCESS_CAMERA,
        READ_PRESENCE,
        WRITE_PRESENCE,
        ACCESS_PRESENCE,
        READ_DOORBELL,
        WRITE_DOORBELL,
        ACCESS_DOORBELL,
        READ_CAMERAPRO,
        WRITE_CAMERAPRO,
        ACCESS_CAMERAPRO,
        READ_SMOKEDETECTOR,
        READ_CARBONMONOXIDEDETECTOR,
        READ_MAGELLAN,
        WRITE_MAGELLAN,
        READ_BUBENDORFF,
        WRITE_BUBENDORFF,
        READ_SMARTHER,
        WRITE_SMARTHER,
        READ_MX,
        WRITE_MX,
        READ_BFI,
        WRITE_BFI,
        READ_MHS1,
        WRITE_MHS1,
    ];
}

impl Client {
    /// Register a webhook for camera events
    ///
    /// Links a callback url to a user.
    ///
    /// `GET /addwebhook`
    ///
    /// # Arguments
    ///
    /// - `app_type`: Webhooks are only available for Welcome, enter app_camera
    /// - `url`: Your webhook callback url
    #[doc(alias = "addWebhook")]
    #[doc(alias = "addwebhook")]
    pub fn add_webhook(
        &self,
        app_type: impl Into<String>,
        url: impl Into<String>,
    ) -> builders::AddWebhook<'_> {
        builders::AddWebhook::new(self, app_type.into(), url.into())
    }

    /// Create a thermostat schedule
    ///
    /// The method createnewschedule creates a new schedule stored in the backup list.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint).
    ///
    /// `POST /createnewschedule`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    /// - `zones`: The program's zones (temperature levels), sent as JSON
    /// - `timetable`: When each zone starts, in minutes from Monday 00:00, sent as JSON
    /// - `name`: The new schedule's name
    #[doc(alias = "createNewSchedule")]
    #[doc(alias = "createnewschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint)."
    )]
    pub fn create_new_schedule(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        zones: impl IntoIterator<Item = impl Into<models::Zone>>,
        timetable: impl IntoIterator<Item = impl Into<models::TimeTableItem>>,
        name: impl Into<String>,
    ) -> builders::CreateNewSchedule<'_> {
        builders::CreateNewSchedule::new(
            self,
            device_id.into(),
            module_id.into(),
            zones.into_iter().map(Into::into).collect(),
            timetable.into_iter().map(Into::into).collect(),
            name.into(),
        )
    }

    /// List the user's devices and modules
    ///
    /// The method devicelist returns the list of devices owned by the user, and their modules.
    /// A device is identified by its _id (which is its mac address) and each device may have one, several or no modules, also identified by an _id.
    ///
    /// Needs one of the scopes `read_station`, `read_thermostat`.
    ///
    /// **Deprecated**: Netatmo shut devicelist down on 2016-11-30; use get_stations_data or get_thermostats_data.
    ///
    /// `GET /devicelist`
    ///
    /// Optional parameters are set on the returned [`builders::DeviceList`]; nothing is sent until its `send`.
    #[doc(alias = "deviceList")]
    #[doc(alias = "devicelist")]
    #[deprecated(
        note = "Netatmo shut devicelist down on 2016-11-30; use get_stations_data or get_thermostats_data."
    )]
    pub fn device_list(&self) -> builders::DeviceList<'_> {
        builders::DeviceList::new(self)
    }

    /// Unregister the webhook
    ///
    /// Dissociates a webhook from a user.
    ///
    /// `GET /dropwebhook`
    ///
    /// # Arguments
    ///
    /// - `app_type`: For Welcome, use app_camera
    #[doc(alias = "dropWebhook")]
    #[doc(alias = "dropwebhook")]
    pub fn drop_webhook(
        &self,
        app_type: impl Into<String>,
    ) -> builders::DropWebhook<'_> {
        builders::DropWebhook::new(self, app_type.into())
    }

    /// Fetch an event snapshot or a face image
    ///
    /// Returns the snapshot associated to an event.
    ///
    /// `GET /getcamerapicture`
    ///
    /// # Arguments
    ///
    /// - `image_id`: id of the image (can be retrieved as id in face in Gethomedata, or as id in snapshot in Getnextevents, Getlasteventof and Geteventsuntil)
    /// - `key`: Security key to access snapshots
    #[doc(alias = "getCameraPicture")]
    #[doc(alias = "getcamerapicture")]
    pub fn get_camera_picture(
        &self,
        image_id: impl Into<String>,
        key: impl Into<String>,
    ) -> builders::GetCameraPicture<'_> {
        builders::GetCameraPicture::new(self, image_id.into(), key.into())
    }

    /// Camera events up to a given event
    ///
    /// Returns the snapshot associated to an event.
    ///
    /// Needs one of the scopes `read_camera`, `access_camera`.
    ///
    /// `GET /geteventsuntil`
    ///
    /// # Arguments
    ///
    /// - `event_id`: Your request will retrieve all the events until this one
    /// - `home_id`: ID of the Home youre interested in
    #[doc(alias = "getEventsUntil")]
    #[doc(alias = "geteventsuntil")]
    pub fn get_events_until(
        &self,
        event_id: impl Into<String>,
        home_id: impl Into<String>,
    ) -> builders::GetEventsUntil<'_> {
        builders::GetEventsUntil::new(self, event_id.into(), home_id.into())
    }

    /// Home Coach data
    ///
    /// The method gethomecoachsdata Returns data from a user Healthy Home Coach Station (measures and device specific data).
    ///
    /// Needs the scope `read_homecoach`.
    ///
    /// `GET /gethomecoachsdata`
    ///
    /// Optional parameters are set on the returned [`builders::GetHomeCoachsData`]; nothing is sent until its `send`.
    #[doc(alias = "getHomeCoachsData")]
    #[doc(alias = "gethomecoachsdata")]
    pub fn get_home_coachs_data(&self) -> builders::GetHomeCoachsData<'_> {
        builders::GetHomeCoachsData::new(self)
    }

    /// Homes, cameras, people and recent events
    ///
    /// Returns information about users homes and cameras.
    ///
    /// Needs one of the scopes `read_camera`, `read_presence`, `read_smokedetector`.
    ///
    /// `GET /gethomedata`
    ///
    /// Optional parameters are set on the returned [`builders::GetHomeData`]; nothing is sent until its `send`.
    #[doc(alias = "getHomeData")]
    #[doc(alias = "gethomedata")]
    pub fn get_home_data(&self) -> builders::GetHomeData<'_> {
        builders::GetHomeData::new(self)
    }

    /// Camera events up to a person's most recent one
    ///
    /// Returns most recent events.
    ///
    /// Needs one of the scopes `read_camera`, `access_camera`.
    ///
    /// `GET /getlasteventof`
    ///
    /// # Arguments
    ///
    /// - `home_id`: ID of the Home youre interested in
    /// - `person_id`: Your request will retrieve all events of the given home until the most recent event of the given person
    ///
    /// Optional parameters are set on the returned [`builders::GetLastEventOf`]; nothing is sent until its `send`.
    #[doc(alias = "getLastEventOf")]
    #[doc(alias = "getlasteventof")]
    pub fn get_last_event_of(
        &self,
        home_id: impl Into<String>,
        person_id: impl Into<String>,
    ) -> builders::GetLastEventOf<'_> {
        builders::GetLastEventOf::new(self, home_id.into(), person_id.into())
    }

    /// Measurement history of a device or module
    ///
    /// The method getmeasure returns the measurements of a device or a module.
    ///
    /// Needs one of the scopes `read_station`, `read_thermostat`.
    ///
    /// `GET /getmeasure`
    ///
    /// # Arguments
    ///
    /// - `device_id`: Id of the device whose modules measurements you want to retrieve
    /// - `scale`: Defines the time interval between two measurements
    /// - `type_`: Sets the type of measurement you want to retrieve
    ///
    /// Optional parameters are set on the returned [`builders::GetMeasure`]; nothing is sent until its `send`.
    #[doc(alias = "getMeasure")]
    #[doc(alias = "getmeasure")]
    pub fn get_measure(
        &self,
        device_id: impl Into<String>,
        scale: impl Into<models::MeasureScale>,
        type_: impl IntoIterator<Item = impl Into<models::MeasureType>>,
    ) -> builders::GetMeasure<'_> {
        builders::GetMeasure::new(
            self,
            device_id.into(),
            scale.into(),
            type_.into_iter().map(Into::into).collect(),
        )
    }

    /// Camera events older than a given event
    ///
    /// Returns previous events.
    ///
    /// Needs one of the scopes `read_camera`, `access_camera`.
    ///
    /// `GET /getnextevents`
    ///
    /// # Arguments
    ///
    /// - `event_id`: Your request will retrieve events occured before this one
    /// - `home_id`: ID of the Home youre interested in
    ///
    /// Optional parameters are set on the returned [`builders::GetNextEvents`]; nothing is sent until its `send`.
    #[doc(alias = "getNextEvents")]
    #[doc(alias = "getnextevents")]
    pub fn get_next_events(
        &self,
        event_id: impl Into<String>,
        home_id: impl Into<String>,
    ) -> builders::GetNextEvents<'_> {
        builders::GetNextEvents::new(self, event_id.into(), home_id.into())
    }

    /// Weather station data
    ///
    /// The method getstationsdata Returns data from a user Weather Stations (measures and device specific data).
    ///
    /// Needs the scope `read_station`.
    ///
    /// `GET /getstationsdata`
    ///
    /// Optional parameters are set on the returned [`builders::GetStationsData`]; nothing is sent until its `send`.
    #[doc(alias = "getStationsData")]
    #[doc(alias = "getstationsdata")]
    pub fn get_stations_data(&self) -> builders::GetStationsData<'_> {
        builders::GetStationsData::new(self)
    }

    /// Thermostat data
    ///
    /// The method getthermostatsdata returns information about user's thermostats such as their last measurements.
    ///
    /// Needs the scope `read_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint).
    ///
    /// `GET /getthermostatsdata`
    ///
    /// Optional parameters are set on the returned [`builders::GetThermostatsData`]; nothing is sent until its `send`.
    #[doc(alias = "getThermostatsData")]
    #[doc(alias = "getthermostatsdata")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint)."
    )]
    pub fn get_thermostats_data(&self) -> builders::GetThermostatsData<'_> {
        builders::GetThermostatsData::new(self)
    }

    /// Thermostat state
    ///
    /// The method getthermstate returns the last Thermostat measurements, its current weekly schedule, and, if present, its current manual temperature setpoint.
    ///
    /// Needs the scope `read_thermostat`.
    ///
    /// **Deprecated**: Netatmo shut getthermstate down on 2016-11-30; use get_thermostats_data.
    ///
    /// `GET /getthermstate`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    #[doc(alias = "getThermState")]
    #[doc(alias = "getthermstate")]
    #[deprecated(
        note = "Netatmo shut getthermstate down on 2016-11-30; use get_thermostats_data."
    )]
    pub fn get_therm_state(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
    ) -> builders::GetThermState<'_> {
        builders::GetThermState::new(self, device_id.into(), module_id.into())
    }

    /// The user's account
    ///
    /// The method getuser returns information about a user such as prefered language, prefered units, and list of devices.
    ///
    /// **Deprecated**: Netatmo shut getuser down on 2016-11-30; the user is part of get_stations_data's answer.
    ///
    /// `GET /getuser`
    #[doc(alias = "getUser")]
    #[doc(alias = "getuser")]
    #[deprecated(
        note = "Netatmo shut getuser down on 2016-11-30; the user is part of get_stations_data's answer."
    )]
    pub fn get_user(&self) -> builders::GetUser<'_> {
        builders::GetUser::new(self)
    }

    /// Devices a partner application may access
    ///
    /// The method partnerdevices returns the list of device_id to which your partner application has access to.
    ///
    /// `GET /partnerdevices`
    #[doc(alias = "partnerDevices")]
    #[doc(alias = "partnerdevices")]
    pub fn partner_devices(&self) -> builders::PartnerDevices<'_> {
        builders::PartnerDevices::new(self)
    }

    /// Mark a person away, or the whole home empty
    ///
    /// Sets a person as 'Away' or the Home as 'Empty'. The event will be added to the user's timeline.
    ///
    /// Needs the scope `write_camera`.
    ///
    /// `POST /setpersonsaway`
    ///
    /// # Arguments
    ///
    /// - `home_id`: ID of the Home you're interested in
    ///
    /// Optional parameters are set on the returned [`builders::SetPersonsAway`]; nothing is sent until its `send`.
    #[doc(alias = "setPersonsAway")]
    #[doc(alias = "setpersonsaway")]
    pub fn set_persons_away(
        &self,
        home_id: impl Into<String>,
    ) -> builders::SetPersonsAway<'_> {
        builders::SetPersonsAway::new(self, home_id.into())
    }

    /// Set the thermostat's mode or manual setpoint
    ///
    /// The method setthermpoint changes the Thermostat manual temperature setpoint.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint).
    ///
    /// `POST /setthermpoint`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    /// - `setpoint_mode`: Chosen setpoint_mode
    ///
    /// Optional parameters are set on the returned [`builders::SetThermPoint`]; nothing is sent until its `send`.
    #[doc(alias = "setThermPoint")]
    #[doc(alias = "setthermpoint")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint)."
    )]
    pub fn set_therm_point(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        setpoint_mode: impl Into<models::SetpointMode>,
    ) -> builders::SetThermPoint<'_> {
        builders::SetThermPoint::new(
            self,
            device_id.into(),
            module_id.into(),
            setpoint_mode.into(),
        )
    }

    /// Switch the thermostat to another schedule
    ///
    /// The method switchschedule switches the Thermostat's schedule to another existing schedule.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint).
    ///
    /// `POST /switchschedule`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    /// - `schedule_id`: The schedule id
    #[doc(alias = "switchSchedule")]
    #[doc(alias = "switchschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint)."
    )]
    pub fn switch_schedule(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> builders::SwitchSchedule<'_> {
        builders::SwitchSchedule::new(
            self,
            device_id.into(),
            module_id.into(),
            schedule_id.into(),
        )
    }

    /// Replace the thermostat's weekly schedule
    ///
    /// The method syncschedule changes the Thermostat weekly schedule.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint).
    ///
    /// `POST /syncschedule`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    /// - `zones`: The program's zones (temperature levels), sent as JSON
    /// - `timetable`: When each zone starts, in minutes from Monday 00:00, sent as JSON
    ///
    /// Optional parameters are set on the returned [`builders::SyncSchedule`]; nothing is sent until its `send`.
    #[doc(alias = "syncSchedule")]
    #[doc(alias = "syncschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018 in favour of the Energy API (homesdata, homestatus, setroomthermpoint)."
    )]
    pub fn sync_schedule(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        zones: impl IntoIterator<Item = impl Into<models::Zone>>,
        timetable: impl IntoIterator<Item = impl Into<models::TimeTableItem>>,
    ) -> builders::SyncSchedule<'_> {
        builders::SyncSchedule::new(
            self,
            device_id.into(),
            module_id.into(),
            zones.into_iter().map(Into::into).collect(),
            timetable.into_iter().map(Into::into).collect(),
        )
    }
}
