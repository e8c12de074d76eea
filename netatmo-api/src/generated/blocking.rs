// @generated from spec/netatmo.yaml + spec/overlays/ by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! The operations for programs that do not use async: [`Client`] has the methods of the
//! async [`Client`](super::Client), with the same arguments and builders, and a
//! builder's `send` blocks until the answer is in. Each client runs a Tokio runtime of
//! its own, started at its first request, on which the async client does the work:
//! the same authentication, retries, errors and budget.
//!
//! Call it from threads that do not run async code: there, `send` returns an error
//! instead of blocking an executor.

use super::super::runtime::{self, Error, Secret};
use super::super::models;

/// A blocking client of the Netatmo API: the methods of the async [`Client`](super::Client), whose builders' `send` blocks.
///
/// Cheap to clone: clones share one runtime, connection pool and token.
#[derive(Debug, Clone)]
pub struct Client {
    client: super::Client,
    blocking: runtime::Blocking,
}

impl Client {
    /// A client for [`DEFAULT_BASE_URL`](super::DEFAULT_BASE_URL), sending
    /// `access_token` as a bearer token.
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

    /// The async client this one runs its requests with.
    pub fn as_async(&self) -> &super::Client {
        &self.client
    }

    /// Runs an async call to its end on this client's runtime, blocking the thread:
    /// what the builders' `send` does, and how to make a call the spec does not list,
    /// through [`as_async`](Self::as_async) and the runtime client it reaches.
    ///
    /// # Errors
    /// The call's own, and as [`runtime::Blocking::block_on`].
    pub fn block_on<T>(
        &self,
        call: impl std::future::Future<Output = Result<T, Error>>,
    ) -> Result<T, Error> {
        self.blocking.block_on(call)
    }
}

/// Settings for a [`Client`]: what [`Client::builder`] returns.
pub type ClientBuilder = runtime::ClientBuilder<Client>;

/// Wraps a runtime client, as [`super::Client`] does.
impl From<runtime::Client> for Client {
    fn from(runtime: runtime::Client) -> Self {
        Client::from(super::Client::from(runtime))
    }
}

/// The blocking form of an async client: clones of both share the connection pool,
/// token and budget.
impl From<super::Client> for Client {
    fn from(client: super::Client) -> Self {
        Client {
            client,
            blocking: runtime::Blocking::new(),
        }
    }
}

impl AsRef<runtime::Client> for Client {
    fn as_ref(&self) -> &runtime::Client {
        self.client.as_ref()
    }
}

impl runtime::Service for Client {
    const BASE_URL: Option<&'static str> = <super::Client as runtime::Service>::BASE_URL;

    const ERROR_CODES: &'static [(i64, runtime::ErrorMeaning)] = <super::Client as runtime::Service>::ERROR_CODES;
}

impl Client {
    /// Register a URL that Netatmo pushes events to
    ///
    /// The blocking form of [`Client::add_webhook`](super::Client::add_webhook): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.add_webhook("<url>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn add_webhook(
        &self,
        url: impl Into<String>,
    ) -> super::builders::AddWebhook<'_, Client> {
        super::builders::AddWebhook::new(self, url.into())
    }

    /// Create a thermostat schedule
    ///
    /// The blocking form of [`Client::create_new_schedule`](super::Client::create_new_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// # let zones: Vec<netatmo_api::models::Zone> = unimplemented!();
    /// # let timetable: Vec<netatmo_api::models::TimeTableItem> = unimplemented!();
    /// let answer = client
    ///     .create_new_schedule("<device_id>", "<module_id>", zones, timetable, "<name>")
    ///     .send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
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
    ) -> super::builders::CreateNewSchedule<'_, Client> {
        super::builders::CreateNewSchedule::new(
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
    /// The blocking form of [`Client::device_list`](super::Client::device_list): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.device_list().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo shut devicelist down on 2016-11-30; use get_stations_data or get_thermostats_data."
    )]
    pub fn device_list(&self) -> super::builders::DeviceList<'_, Client> {
        super::builders::DeviceList::new(self)
    }

    /// Stop the pushes to the application's webhook
    ///
    /// The blocking form of [`Client::drop_webhook`](super::Client::drop_webhook): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.drop_webhook().send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn drop_webhook(&self) -> super::builders::DropWebhook<'_, Client> {
        super::builders::DropWebhook::new(self)
    }

    /// Fetch an event snapshot or a face image
    ///
    /// The blocking form of [`Client::get_camera_picture`](super::Client::get_camera_picture): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_camera_picture("<image_id>", "<key>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_camera_picture(
        &self,
        image_id: impl Into<String>,
        key: impl Into<String>,
    ) -> super::builders::GetCameraPicture<'_, Client> {
        super::builders::GetCameraPicture::new(self, image_id.into(), key.into())
    }

    /// Camera events up to a given event
    ///
    /// The blocking form of [`Client::get_events_until`](super::Client::get_events_until): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_events_until("<event_id>", "<home_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
    pub fn get_events_until(
        &self,
        event_id: impl Into<String>,
        home_id: impl Into<String>,
    ) -> super::builders::GetEventsUntil<'_, Client> {
        super::builders::GetEventsUntil::new(self, event_id.into(), home_id.into())
    }

    /// Home Coach data
    ///
    /// The blocking form of [`Client::get_home_coachs_data`](super::Client::get_home_coachs_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_home_coachs_data().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_home_coachs_data(
        &self,
    ) -> super::builders::GetHomeCoachsData<'_, Client> {
        super::builders::GetHomeCoachsData::new(self)
    }

    /// Homes, cameras, people and recent events
    ///
    /// The blocking form of [`Client::get_home_data`](super::Client::get_home_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_home_data().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo replaced the Welcome API with the homes API, and gethomedata now answers 403 for most accounts; use homes_data for homes and persons, home_status for the cameras' state and get_events for events."
    )]
    pub fn get_home_data(&self) -> super::builders::GetHomeData<'_, Client> {
        super::builders::GetHomeData::new(self)
    }

    /// Camera events up to a person's most recent one
    ///
    /// The blocking form of [`Client::get_last_event_of`](super::Client::get_last_event_of): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_last_event_of("<home_id>", "<person_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
    pub fn get_last_event_of(
        &self,
        home_id: impl Into<String>,
        person_id: impl Into<String>,
    ) -> super::builders::GetLastEventOf<'_, Client> {
        super::builders::GetLastEventOf::new(self, home_id.into(), person_id.into())
    }

    /// Measurement history of a device or module
    ///
    /// The blocking form of [`Client::get_measure`](super::Client::get_measure): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_measure("<device_id>", "max", ["Temperature"]).send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_measure(
        &self,
        device_id: impl Into<String>,
        scale: impl Into<models::MeasureScale>,
        type_: impl IntoIterator<Item = impl Into<models::MeasureType>>,
    ) -> super::builders::GetMeasure<'_, Client> {
        super::builders::GetMeasure::new(
            self,
            device_id.into(),
            scale.into(),
            type_.into_iter().map(Into::into).collect(),
        )
    }

    /// Camera events older than a given event
    ///
    /// The blocking form of [`Client::get_next_events`](super::Client::get_next_events): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_next_events("<event_id>", "<home_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo replaced the Welcome API's event calls with getevents; use get_events (with event_id, person_id or device_id)."
    )]
    pub fn get_next_events(
        &self,
        event_id: impl Into<String>,
        home_id: impl Into<String>,
    ) -> super::builders::GetNextEvents<'_, Client> {
        super::builders::GetNextEvents::new(self, event_id.into(), home_id.into())
    }

    /// Weather station data
    ///
    /// The blocking form of [`Client::get_stations_data`](super::Client::get_stations_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_stations_data().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_stations_data(&self) -> super::builders::GetStationsData<'_, Client> {
        super::builders::GetStationsData::new(self)
    }

    /// Thermostat data
    ///
    /// The blocking form of [`Client::get_thermostats_data`](super::Client::get_thermostats_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_thermostats_data().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use homes_data for the homes, rooms and schedules and home_status for the current state."
    )]
    pub fn get_thermostats_data(
        &self,
    ) -> super::builders::GetThermostatsData<'_, Client> {
        super::builders::GetThermostatsData::new(self)
    }

    /// Thermostat state
    ///
    /// The blocking form of [`Client::get_therm_state`](super::Client::get_therm_state): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_therm_state("<device_id>", "<module_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo shut getthermstate down on 2016-11-30; use home_status for the current state and get_room_measure for its history."
    )]
    pub fn get_therm_state(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
    ) -> super::builders::GetThermState<'_, Client> {
        super::builders::GetThermState::new(self, device_id.into(), module_id.into())
    }

    /// The user's account
    ///
    /// The blocking form of [`Client::get_user`](super::Client::get_user): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_user().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo shut getuser down on 2016-11-30; the user is part of get_stations_data's answer."
    )]
    pub fn get_user(&self) -> super::builders::GetUser<'_, Client> {
        super::builders::GetUser::new(self)
    }

    /// Devices a partner application may access
    ///
    /// The blocking form of [`Client::partner_devices`](super::Client::partner_devices): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.partner_devices().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn partner_devices(&self) -> super::builders::PartnerDevices<'_, Client> {
        super::builders::PartnerDevices::new(self)
    }

    /// Mark a person away, or the whole home empty
    ///
    /// The blocking form of [`Client::set_persons_away`](super::Client::set_persons_away): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_persons_away("<home_id>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_persons_away(
        &self,
        home_id: impl Into<String>,
    ) -> super::builders::SetPersonsAway<'_, Client> {
        super::builders::SetPersonsAway::new(self, home_id.into())
    }

    /// Set the thermostat's mode or manual setpoint
    ///
    /// The blocking form of [`Client::set_therm_point`](super::Client::set_therm_point): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_therm_point("<device_id>", "<module_id>", "program").send()?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use set_room_therm_point for a room's setpoint or set_therm_mode for the home's mode."
    )]
    pub fn set_therm_point(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        setpoint_mode: impl Into<models::SetpointMode>,
    ) -> super::builders::SetThermPoint<'_, Client> {
        super::builders::SetThermPoint::new(
            self,
            device_id.into(),
            module_id.into(),
            setpoint_mode.into(),
        )
    }

    /// Switch the thermostat to another schedule
    ///
    /// The blocking form of [`Client::switch_schedule`](super::Client::switch_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.switch_schedule("<device_id>", "<module_id>", "<schedule_id>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use switch_home_schedule."
    )]
    pub fn switch_schedule(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> super::builders::SwitchSchedule<'_, Client> {
        super::builders::SwitchSchedule::new(
            self,
            device_id.into(),
            module_id.into(),
            schedule_id.into(),
        )
    }

    /// Replace the thermostat's weekly schedule
    ///
    /// The blocking form of [`Client::sync_schedule`](super::Client::sync_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # #[allow(deprecated)]
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// # let zones: Vec<netatmo_api::models::Zone> = unimplemented!();
    /// # let timetable: Vec<netatmo_api::models::TimeTableItem> = unimplemented!();
    /// client.sync_schedule("<device_id>", "<module_id>", zones, timetable).send()?;
    /// # Ok(())
    /// # }
    /// ```
    #[deprecated(
        note = "Netatmo deprecated the legacy thermostat API in 2018; use sync_home_schedule."
    )]
    pub fn sync_schedule(
        &self,
        device_id: impl Into<String>,
        module_id: impl Into<String>,
        zones: impl IntoIterator<Item = impl Into<models::Zone>>,
        timetable: impl IntoIterator<Item = impl Into<models::TimeTableItem>>,
    ) -> super::builders::SyncSchedule<'_, Client> {
        super::builders::SyncSchedule::new(
            self,
            device_id.into(),
            module_id.into(),
            zones.into_iter().map(Into::into).collect(),
            timetable.into_iter().map(Into::into).collect(),
        )
    }

    /// Public weather stations of an area
    ///
    /// The blocking form of [`Client::get_public_data`](super::Client::get_public_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_public_data(0.0, 0.0, 0.0, 0.0).send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_public_data(
        &self,
        lat_ne: f64,
        lon_ne: f64,
        lat_sw: f64,
        lon_sw: f64,
    ) -> super::builders::GetPublicData<'_, Client> {
        super::builders::GetPublicData::new(self, lat_ne, lon_ne, lat_sw, lon_sw)
    }

    /// Homes with their rooms, modules and schedules
    ///
    /// The blocking form of [`Client::homes_data`](super::Client::homes_data): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.homes_data().send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn homes_data(&self) -> super::builders::HomesData<'_, Client> {
        super::builders::HomesData::new(self)
    }

    /// Current state of a home's rooms, modules and persons
    ///
    /// The blocking form of [`Client::home_status`](super::Client::home_status): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.home_status("<home_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn home_status(
        &self,
        home_id: impl Into<String>,
    ) -> super::builders::HomeStatus<'_, Client> {
        super::builders::HomeStatus::new(self, home_id.into())
    }

    /// Set the heating mode of a whole home
    ///
    /// The blocking form of [`Client::set_therm_mode`](super::Client::set_therm_mode): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_therm_mode("<home_id>", "schedule").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_therm_mode(
        &self,
        home_id: impl Into<String>,
        mode: impl Into<models::ThermMode>,
    ) -> super::builders::SetThermMode<'_, Client> {
        super::builders::SetThermMode::new(self, home_id.into(), mode.into())
    }

    /// Set a room's heating setpoint
    ///
    /// The blocking form of [`Client::set_room_therm_point`](super::Client::set_room_therm_point): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_room_therm_point("<home_id>", "<room_id>", "manual").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_room_therm_point(
        &self,
        home_id: impl Into<String>,
        room_id: impl Into<String>,
        mode: impl Into<models::RoomThermPointMode>,
    ) -> super::builders::SetRoomThermPoint<'_, Client> {
        super::builders::SetRoomThermPoint::new(
            self,
            home_id.into(),
            room_id.into(),
            mode.into(),
        )
    }

    /// Make another schedule the home's active one
    ///
    /// The blocking form of [`Client::switch_home_schedule`](super::Client::switch_home_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.switch_home_schedule("<home_id>", "<schedule_id>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn switch_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> super::builders::SwitchHomeSchedule<'_, Client> {
        super::builders::SwitchHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
        )
    }

    /// Replace the zones and timetable of a schedule
    ///
    /// The blocking form of [`Client::sync_home_schedule`](super::Client::sync_home_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// # let schedule: netatmo_api::models::ScheduleUpdate = unimplemented!();
    /// client.sync_home_schedule("<home_id>", "<schedule_id>", schedule).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn sync_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
        schedule: impl Into<models::ScheduleUpdate>,
    ) -> super::builders::SyncHomeSchedule<'_, Client> {
        super::builders::SyncHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
            schedule.into(),
        )
    }

    /// Create a heating schedule
    ///
    /// The blocking form of [`Client::create_new_home_schedule`](super::Client::create_new_home_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// # let schedule: netatmo_api::models::ScheduleUpdate = unimplemented!();
    /// let answer = client
    ///     .create_new_home_schedule("<home_id>", "<name>", schedule)
    ///     .send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_new_home_schedule(
        &self,
        home_id: impl Into<String>,
        name: impl Into<String>,
        schedule: impl Into<models::ScheduleUpdate>,
    ) -> super::builders::CreateNewHomeSchedule<'_, Client> {
        super::builders::CreateNewHomeSchedule::new(
            self,
            home_id.into(),
            name.into(),
            schedule.into(),
        )
    }

    /// Rename a schedule
    ///
    /// The blocking form of [`Client::rename_home_schedule`](super::Client::rename_home_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.rename_home_schedule("<home_id>", "<schedule_id>", "<name>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn rename_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
        name: impl Into<String>,
    ) -> super::builders::RenameHomeSchedule<'_, Client> {
        super::builders::RenameHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
            name.into(),
        )
    }

    /// Delete a schedule (experimental)
    ///
    /// The blocking form of [`Client::delete_home_schedule`](super::Client::delete_home_schedule): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.delete_home_schedule("<home_id>", "<schedule_id>").send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_home_schedule(
        &self,
        home_id: impl Into<String>,
        schedule_id: impl Into<String>,
    ) -> super::builders::DeleteHomeSchedule<'_, Client> {
        super::builders::DeleteHomeSchedule::new(
            self,
            home_id.into(),
            schedule_id.into(),
        )
    }

    /// Change the state of modules and rooms of a home
    ///
    /// The blocking form of [`Client::set_state`](super::Client::set_state): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// # let state: netatmo_api::models::SetStateRequest = unimplemented!();
    /// let answer = client.set_state(state).send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_state(
        &self,
        state: impl Into<models::SetStateRequest>,
    ) -> super::builders::SetState<'_, Client> {
        super::builders::SetState::new(self, state.into())
    }

    /// Temperature history of a room
    ///
    /// The blocking form of [`Client::get_room_measure`](super::Client::get_room_measure): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client
    ///     .get_room_measure("<home_id>", "<room_id>", "max", ["temperature"])
    ///     .send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_room_measure(
        &self,
        home_id: impl Into<String>,
        room_id: impl Into<String>,
        scale: impl Into<models::MeasureScale>,
        type_: impl IntoIterator<Item = impl Into<models::RoomMeasureType>>,
    ) -> super::builders::GetRoomMeasure<'_, Client> {
        super::builders::GetRoomMeasure::new(
            self,
            home_id.into(),
            room_id.into(),
            scale.into(),
            type_.into_iter().map(Into::into).collect(),
        )
    }

    /// Events of a home's cameras, doorbells and alarms
    ///
    /// The blocking form of [`Client::get_events`](super::Client::get_events): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// let answer = client.get_events("<home_id>").send()?;
    /// # let _ = answer;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_events(
        &self,
        home_id: impl Into<String>,
    ) -> super::builders::GetEvents<'_, Client> {
        super::builders::GetEvents::new(self, home_id.into())
    }

    /// Mark people as at home
    ///
    /// The blocking form of [`Client::set_persons_home`](super::Client::set_persons_home): the same arguments and builder, whose `send` blocks.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &netatmo_api::blocking::Client) -> Result<(), netatmo_api::Error> {
    /// client.set_persons_home("<home_id>", ["<person_ids[]>"]).send()?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_persons_home(
        &self,
        home_id: impl Into<String>,
        person_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> super::builders::SetPersonsHome<'_, Client> {
        super::builders::SetPersonsHome::new(
            self,
            home_id.into(),
            person_ids.into_iter().map(Into::into).collect(),
        )
    }
}
