// @generated from spec/netatmo.yaml + spec/overlays/ (inputs b686b70b68d4ed5b) by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Operations of the Netatmo API (spec version 1.1.1), as methods of [`Client`].

pub mod builders;

#[cfg(feature = "blocking")]
pub mod blocking;

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

/// What the API pushes to the URLs its users register (webhooks): a function per
/// kind of push decodes a received body.
pub mod webhooks {
    use super::super::runtime;
    use super::super::models;

    /// A push Netatmo POSTs (JSON) to the URL registered with addwebhook, for every event of the user's homes: a camera's or alarm's event, a setpoint or mode changed, a module switched.
    ///
    /// Answer every push at once, with HTTP 200, before doing anything with it (no I/O first): after more than five failures in a row Netatmo bans the webhook for 24 hours. Pushes carry no time of their own; take the time of arrival.
    ///
    /// Decodes the JSON body of a received push (`push` in the spec); it does no I/O, so a receiver can answer at once.
    ///
    /// # Errors
    /// [`runtime::Error::Payload`] if the body is not such a push, naming where.
    pub fn decode_push(body: &[u8]) -> Result<models::WebhookPush, runtime::Error> {
        runtime::decode_payload(body)
    }
}

impl Client {
    /// Register a URL that Netatmo pushes events to
    ///
    /// Registers `url` as the application's webhook for this user: Netatmo then POSTs a JSON body there for every event of the user's homes (`webhooks::decode_push` decodes it), starting with a `webhook_activation` push. The URL's port must be 80, 88, 443 or 9443 (others are refused with code 21), and it must be reachable from the internet: an unreachable one can be refused with code 2 or 3.
    ///
    /// A receiver must answer every push at once (HTTP 200 within seconds, before any work of its own): after more than five failures in a row Netatmo bans the webhook for 24 hours, and the developer portal is the only way to lift it sooner.
    ///
    /// `POST /addwebhook`
    ///
    /// # Arguments
    ///
    /// - `url`: The webhook's URL (port 80, 88, 443 or 9443).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.add_webhook("<url>").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "addWebhook")]
    #[doc(alias = "addwebhook")]
    pub fn add_webhook(&self, url: impl Into<String>) -> builders::AddWebhook<'_> {
        builders::AddWebhook::new(self, url.into())
    }

    /// Create a thermostat schedule
    ///
    /// The method createnewschedule creates a new schedule stored in the backup list.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018; use create_new_home_schedule.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// # let zones: Vec<netatmo_api::models::Zone> = unimplemented!();
    /// # let timetable: Vec<netatmo_api::models::TimeTableItem> = unimplemented!();
    /// let answer = client
    ///     .create_new_schedule("<device_id>", "<module_id>", zones, timetable, "<name>")
    ///     .send()
    ///     .await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "createNewSchedule")]
    #[doc(alias = "createnewschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use create_new_home_schedule."
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.device_list().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "deviceList")]
    #[doc(alias = "devicelist")]
    #[deprecated(
        note = "Netatmo shut devicelist down on 2016-11-30; use get_stations_data or get_thermostats_data."
    )]
    pub fn device_list(&self) -> builders::DeviceList<'_> {
        builders::DeviceList::new(self)
    }

    /// Stop the pushes to the application's webhook
    ///
    /// Unregisters the application's webhook for this user; Netatmo sends a `webhook_deactivation` push.
    ///
    /// `POST /dropwebhook`
    ///
    /// Optional parameters are set on the returned [`builders::DropWebhook`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.drop_webhook().send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "dropWebhook")]
    #[doc(alias = "dropwebhook")]
    pub fn drop_webhook(&self) -> builders::DropWebhook<'_> {
        builders::DropWebhook::new(self)
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_camera_picture("<image_id>", "<key>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    /// **Deprecated**: Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id).
    ///
    /// `GET /geteventsuntil`
    ///
    /// # Arguments
    ///
    /// - `event_id`: Your request will retrieve all the events until this one
    /// - `home_id`: ID of the Home youre interested in
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_events_until("<event_id>", "<home_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getEventsUntil")]
    #[doc(alias = "geteventsuntil")]
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_home_coachs_data().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    /// **Deprecated**: Netatmo replaced the Welcome API with the homes API, and gethomedata now answers 403 for most accounts; use homes_data for homes and persons, home_status for the cameras' state and get_events for events.
    ///
    /// `GET /gethomedata`
    ///
    /// Optional parameters are set on the returned [`builders::GetHomeData`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_home_data().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getHomeData")]
    #[doc(alias = "gethomedata")]
    #[deprecated(
        note = "Netatmo replaced the Welcome API with the homes API, and gethomedata now answers 403 for most accounts; use homes_data for homes and persons, home_status for the cameras' state and get_events for events."
    )]
    pub fn get_home_data(&self) -> builders::GetHomeData<'_> {
        builders::GetHomeData::new(self)
    }

    /// Camera events up to a person's most recent one
    ///
    /// Returns most recent events.
    ///
    /// Needs one of the scopes `read_camera`, `access_camera`.
    ///
    /// **Deprecated**: Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id).
    ///
    /// `GET /getlasteventof`
    ///
    /// # Arguments
    ///
    /// - `home_id`: ID of the Home youre interested in
    /// - `person_id`: Your request will retrieve all events of the given home until the most recent event of the given person
    ///
    /// Optional parameters are set on the returned [`builders::GetLastEventOf`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_last_event_of("<home_id>", "<person_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getLastEventOf")]
    #[doc(alias = "getlasteventof")]
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client
    ///     .get_measure("<device_id>", "max", ["Temperature"])
    ///     .send()
    ///     .await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    /// **Deprecated**: Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id).
    ///
    /// `GET /getnextevents`
    ///
    /// # Arguments
    ///
    /// - `event_id`: Your request will retrieve events occured before this one
    /// - `home_id`: ID of the Home youre interested in
    ///
    /// Optional parameters are set on the returned [`builders::GetNextEvents`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_next_events("<event_id>", "<home_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getNextEvents")]
    #[doc(alias = "getnextevents")]
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_stations_data().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018; use homes_data for the homes, rooms and schedules and home_status for the current state.
    ///
    /// `GET /getthermostatsdata`
    ///
    /// Optional parameters are set on the returned [`builders::GetThermostatsData`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_thermostats_data().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getThermostatsData")]
    #[doc(alias = "getthermostatsdata")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use homes_data for the homes, rooms and schedules and home_status for the current state."
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
    /// **Deprecated**: Netatmo shut getthermstate down on 2016-11-30; use home_status for the current state and get_room_measure for its history.
    ///
    /// `GET /getthermstate`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_therm_state("<device_id>", "<module_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getThermState")]
    #[doc(alias = "getthermstate")]
    #[deprecated(
        note = "Netatmo shut getthermstate down on 2016-11-30; use home_status for the current state and get_room_measure for its history."
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_user().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.partner_devices().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "partnerDevices")]
    #[doc(alias = "partnerdevices")]
    pub fn partner_devices(&self) -> builders::PartnerDevices<'_> {
        builders::PartnerDevices::new(self)
    }

    /// Mark a person away, or the whole home empty
    ///
    /// Marks `person_id` as away, or every person of the home when none is named (the home is then empty); the event appears in the home's timeline.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_persons_away("<home_id>").send().await?;
    /// # Ok(())
    /// # }
    /// ```
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
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018; use set_room_therm_point for a room's setpoint or set_therm_mode for the home's mode.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_therm_point("<device_id>", "<module_id>", "program").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "setThermPoint")]
    #[doc(alias = "setthermpoint")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use set_room_therm_point for a room's setpoint or set_therm_mode for the home's mode."
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
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018; use switch_home_schedule.
    ///
    /// `POST /switchschedule`
    ///
    /// # Arguments
    ///
    /// - `device_id`: The relay id
    /// - `module_id`: The thermostat id
    /// - `schedule_id`: The schedule id
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client
    ///     .switch_schedule("<device_id>", "<module_id>", "<schedule_id>")
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "switchSchedule")]
    #[doc(alias = "switchschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use switch_home_schedule."
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
    /// **Deprecated**: Netatmo deprecated the legacy thermostat API in 2018; use sync_home_schedule.
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
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// # let zones: Vec<netatmo_api::models::Zone> = unimplemented!();
    /// # let timetable: Vec<netatmo_api::models::TimeTableItem> = unimplemented!();
    /// client
    ///     .sync_schedule("<device_id>", "<module_id>", zones, timetable)
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "syncSchedule")]
    #[doc(alias = "syncschedule")]
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use sync_home_schedule."
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

    /// Public weather stations of an area
    ///
    /// Returns the last measurements of the public weather stations inside a rectangle of latitude and longitude - temperature, humidity and pressure by module, rain and wind where a station has those modules. Any access token will do; no scope is needed. The body is a list, empty for an area without public stations.
    ///
    /// `GET /getpublicdata`
    ///
    /// # Arguments
    ///
    /// - `lat_ne`: Latitude of the area's north-east corner.
    /// - `lon_ne`: Longitude of the area's north-east corner.
    /// - `lat_sw`: Latitude of the area's south-west corner.
    /// - `lon_sw`: Longitude of the area's south-west corner.
    ///
    /// Optional parameters are set on the returned [`builders::GetPublicData`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_public_data(0.0, 0.0, 0.0, 0.0).send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getPublicData")]
    #[doc(alias = "getpublicdata")]
    pub fn get_public_data(
        &self,
        lat_ne: f64,
        lon_ne: f64,
        lat_sw: f64,
        lon_sw: f64,
    ) -> builders::GetPublicData<'_> {
        builders::GetPublicData::new(self, lat_ne, lon_ne, lat_sw, lon_sw)
    }

    /// Homes with their rooms, modules and schedules
    ///
    /// Returns the topology of the user's homes - rooms, modules of every product family, schedules, persons - and the user's settings. It needs no specific scope, but a home lists only the products whose scopes the application was granted. `homes` can be empty, and a home may come without `rooms`, `modules` or `schedules` at all. It carries no live state (modules have no `reachable`); ask homestatus for that. Netatmo documents GET; POST is accepted too.
    ///
    /// `GET /homesdata`
    ///
    /// Optional parameters are set on the returned [`builders::HomesData`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.homes_data().send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "homesData")]
    #[doc(alias = "homesdata")]
    pub fn homes_data(&self) -> builders::HomesData<'_> {
        builders::HomesData::new(self)
    }

    /// Current state of a home's rooms, modules and persons
    ///
    /// Returns what a home's rooms, modules and persons are doing now - temperatures and setpoints, reachability, batteries, switches, covers, cameras. No specific scope; the answer covers the products the application may read. HTTP 200 is not always full success - a module the server could not reach is listed in the body's `errors` (code 6) while the rest is answered. The body may be `{}` or missing altogether, and rooms that homesdata lists may be missing here. A home created only for a guest or favourite weather station answers 400 with code 21 ("Invalid home_id") - stop polling it.
    ///
    /// `GET /homestatus`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home, as homesdata gives its id.
    ///
    /// Optional parameters are set on the returned [`builders::HomeStatus`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.home_status("<home_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "homeStatus")]
    #[doc(alias = "homestatus")]
    pub fn home_status(&self, home_id: impl Into<String>) -> builders::HomeStatus<'_> {
        builders::HomeStatus::new(self, home_id.into())
    }

    /// Set the heating mode of a whole home
    ///
    /// Puts every room of the home in one heating mode - following its schedule, away, or frost guard (hg). Away and frost guard last until `endtime` if one is given, otherwise until changed.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /setthermmode`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `mode`: schedule (follow the active schedule), away, or hg (frost guard).
    ///
    /// Optional parameters are set on the returned [`builders::SetThermMode`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_therm_mode("<home_id>", "schedule").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "setThermMode")]
    #[doc(alias = "setthermmode")]
    pub fn set_therm_mode(
        &self,
        home_id: impl Into<String>,
        mode: impl Into<models::ThermMode>,
    ) -> builders::SetThermMode<'_> {
        builders::SetThermMode::new(self, home_id.into(), mode.into())
    }

    /// Set a room's heating setpoint
    ///
    /// Overrides one room's schedule - a manual temperature, the maximum, or `home` to hand the room back to the home's schedule (pyatmo sends `home` when asked for `schedule`). A manual or max override lasts until `endtime`, or the home's default duration (`therm_setpoint_default_duration`) without one. pyatmo uses this for NATherm1 and valve-only homes and setstate for OTM, BNS, NLC and NAC homes.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /setroomthermpoint`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `room_id`: The room (its id, digits in a string).
    /// - `mode`: manual (hold `temp`), max (heat at full power), or home (back to the schedule).
    ///
    /// Optional parameters are set on the returned [`builders::SetRoomThermPoint`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_room_therm_point("<home_id>", "<room_id>", "manual").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "setRoomThermPoint")]
    #[doc(alias = "setroomthermpoint")]
    pub fn set_room_therm_point(
        &self,
        home_id: impl Into<String>,
        room_id: impl Into<String>,
        mode: impl Into<models::RoomThermPointMode>,
    ) -> builders::SetRoomThermPoint<'_> {
        builders::SetRoomThermPoint::new(
            self,
            home_id.into(),
            room_id.into(),
            mode.into(),
        )
    }

    /// Make another schedule the home's active one
    ///
    /// Selects which of the home's schedules (homesdata lists them) the home follows.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /switchhomeschedule`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `schedule_id`: The schedule to activate.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.switch_home_schedule("<home_id>", "<schedule_id>").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "switchHomeSchedule")]
    #[doc(alias = "switchhomeschedule")]
    pub fn switch_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> builders::SwitchHomeSchedule<'_> {
        builders::SwitchHomeSchedule::new(self, home_id.into(), schedule_id.into())
    }

    /// Replace the zones and timetable of a schedule
    ///
    /// Overwrites a heating schedule's zones, timetable and away and frost guard temperatures with the ones sent (the whole week, not a patch). The ids travel in the query string and the schedule as a JSON body, as pyatmo sends them. `name` renames the schedule - pyatmo always sends "Default", which renames it.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /synchomeschedule`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `schedule_id`: The schedule to overwrite.
    /// - `schedule`: The schedule's new zones, timetable and temperatures.
    ///
    /// Optional parameters are set on the returned [`builders::SyncHomeSchedule`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// # let schedule: netatmo_api::models::ScheduleUpdate = unimplemented!();
    /// client.sync_home_schedule("<home_id>", "<schedule_id>", schedule).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "syncHomeSchedule")]
    #[doc(alias = "synchomeschedule")]
    pub fn sync_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
        schedule: impl Into<models::ScheduleUpdate>,
    ) -> builders::SyncHomeSchedule<'_> {
        builders::SyncHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
            schedule.into(),
        )
    }

    /// Create a heating schedule
    ///
    /// Adds a schedule to the home, with the zones, timetable and temperatures sent (as for synchomeschedule); switchhomeschedule activates it. The answer's shape rests on one client (Riges) and no real sample - the new id is expected in `body.schedule_id`, but Riges reads it beside `status`, where it would land in the envelope's `extra` (`send_with_meta`); hence `None` when there is no body.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /createnewhomeschedule`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `name`: The new schedule's name.
    /// - `schedule`: The new schedule's zones, timetable and temperatures.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// # let schedule: netatmo_api::models::ScheduleUpdate = unimplemented!();
    /// let answer = client
    ///     .create_new_home_schedule("<home_id>", "<name>", schedule)
    ///     .send()
    ///     .await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "createNewHomeSchedule")]
    #[doc(alias = "createnewhomeschedule")]
    pub fn create_new_home_schedule(
        &self,
        home_id: impl Into<String>,
        name: impl Into<String>,
        schedule: impl Into<models::ScheduleUpdate>,
    ) -> builders::CreateNewHomeSchedule<'_> {
        builders::CreateNewHomeSchedule::new(
            self,
            home_id.into(),
            name.into(),
            schedule.into(),
        )
    }

    /// Rename a schedule
    ///
    /// Gives one of the home's schedules a new name. Netatmo does not document this method; only one client (Riges) calls it.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /renamehomeschedule`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `schedule_id`: The schedule to rename.
    /// - `name`: Its new name.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client
    ///     .rename_home_schedule("<home_id>", "<schedule_id>", "<name>")
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "renameHomeSchedule")]
    #[doc(alias = "renamehomeschedule")]
    pub fn rename_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
        name: impl Into<String>,
    ) -> builders::RenameHomeSchedule<'_> {
        builders::RenameHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
            name.into(),
        )
    }

    /// Delete a schedule (experimental)
    ///
    /// Deletes one of the home's schedules. Experimental and unverified - only one client (Riges) calls it, and Netatmo's documentation lists no such method; expect it may answer an error.
    ///
    /// Needs the scope `write_thermostat`.
    ///
    /// `POST /deletehomeschedule`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `schedule_id`: The schedule to delete.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.delete_home_schedule("<home_id>", "<schedule_id>").send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "deleteHomeSchedule")]
    #[doc(alias = "deletehomeschedule")]
    pub fn delete_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> builders::DeleteHomeSchedule<'_> {
        builders::DeleteHomeSchedule::new(self, home_id.into(), schedule_id.into())
    }

    /// Change the state of modules and rooms of a home
    ///
    /// Sends new states for some of a home's modules (switches, dimmers, covers, fans, cameras' monitoring, floodlights) and rooms (setpoints) in one JSON body; one attribute per module is usual. Each product needs its own write scope - rooms write_thermostat, Legrand write_magellan, outdoor cameras write_presence, and so on. HTTP 200 is not always success - a module that refused (code 23 "Already on", say) is listed in the body's `errors`; the body is missing when everything went through. pyatmo notes that api.netatmo.com refuses `siren_status` (its app host accepts it).
    ///
    /// Needs one of the scopes `write_thermostat`, `write_camera`, `write_presence`, `write_camerapro`, `write_magellan`, `write_bubendorff`, `write_smarther`, `write_mx`, `write_mhs1`.
    ///
    /// `POST /setstate`
    ///
    /// # Arguments
    ///
    /// - `state`: The home and the new states of its modules and rooms.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// # let state: netatmo_api::models::SetStateRequest = unimplemented!();
    /// let answer = client.set_state(state).send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "setState")]
    #[doc(alias = "setstate")]
    pub fn set_state(
        &self,
        state: impl Into<models::SetStateRequest>,
    ) -> builders::SetState<'_> {
        builders::SetState::new(self, state.into())
    }

    /// Temperature history of a room
    ///
    /// Returns a room's measured and setpoint temperatures over time, at most 1024 values per call (page by moving `date_begin` past the last timestamp returned). The answer has getmeasure's two shapes - blocks of rows with `optimize` true (the default), a new block after every gap, or rows keyed by timestamp with false; a value is null where nothing was measured. Without `real_time` the timestamps are the middle of each step.
    ///
    /// Needs the scope `read_thermostat`.
    ///
    /// `GET /getroommeasure`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `room_id`: The room.
    /// - `scale`: Time between two values. `max` is listed by some clients but not by Netatmo's Energy documentation (unverified).
    /// - `type_`: What to measure, comma-separated; the rows hold the values in this order. The date_* types need a scale of 1day or more.
    ///
    /// Optional parameters are set on the returned [`builders::GetRoomMeasure`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client
    ///     .get_room_measure("<home_id>", "<room_id>", "max", ["temperature"])
    ///     .send()
    ///     .await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getRoomMeasure")]
    #[doc(alias = "getroommeasure")]
    pub fn get_room_measure(
        &self,
        home_id: impl Into<String>,
        room_id: impl Into<String>,
        scale: impl Into<models::MeasureScale>,
        type_: impl IntoIterator<Item = impl Into<models::RoomMeasureType>>,
    ) -> builders::GetRoomMeasure<'_> {
        builders::GetRoomMeasure::new(
            self,
            home_id.into(),
            room_id.into(),
            scale.into(),
            type_.into_iter().map(Into::into).collect(),
        )
    }

    /// Events of a home's cameras, doorbells and alarms
    ///
    /// Returns a home's latest events - motion, people seen, arrivals, alarms, connections - newest first, each with what it saw (sub-events) and links to its snapshot and video. Page backwards with `event_id` (older than that event), or narrow to one person (`person_id`, with `offset`) or one device (`device_id`, with `device_types`). Paging rests on one client's use and no live sample. A 200 without body happens.
    ///
    /// Needs one of the scopes `read_camera`, `read_presence`, `read_doorbell`, `read_camerapro`, `read_smokedetector`, `read_carbonmonoxidedetector`.
    ///
    /// `GET /getevents`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    ///
    /// Optional parameters are set on the returned [`builders::GetEvents`]; nothing is sent until its `send`.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_events("<home_id>").send().await?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "getEvents")]
    #[doc(alias = "getevents")]
    pub fn get_events(&self, home_id: impl Into<String>) -> builders::GetEvents<'_> {
        builders::GetEvents::new(self, home_id.into())
    }

    /// Mark people as at home
    ///
    /// Marks the persons named as at home (the opposite of setpersonsaway); the event appears in the home's timeline.
    ///
    /// Needs the scope `write_camera`.
    ///
    /// `POST /setpersonshome`
    ///
    /// # Arguments
    ///
    /// - `home_id`: The home.
    /// - `person_ids`: The persons (their ids, as homesdata lists them), each sent as its own `person_ids\[\]`, as pyatmo sends them.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example(client: &netatmo_api::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_persons_home("<home_id>", ["<person_ids[]>"]).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    #[doc(alias = "setPersonsHome")]
    #[doc(alias = "setpersonshome")]
    pub fn set_persons_home(
        &self,
        home_id: impl Into<String>,
        person_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> builders::SetPersonsHome<'_> {
        builders::SetPersonsHome::new(
            self,
            home_id.into(),
            person_ids.into_iter().map(Into::into).collect(),
        )
    }
}
