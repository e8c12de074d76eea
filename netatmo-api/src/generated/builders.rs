// @generated from spec/netatmo.yaml + spec/overlays/ by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Request builders, one per operation: made by the methods of [`Client`](super::Client), they hold
//! the required parameters, take the optional ones, and `send` the request.

use super::super::runtime::{CollectionFormat, Method, Request, Response, Scheme};
use super::super::{Client, Error};
use super::super::models;

/// Request for [`Client::add_webhook`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct AddWebhook<'a, C = Client> {
    client: &'a C,
    url: String,
}

impl<'a, C> AddWebhook<'a, C> {
    pub(crate) fn new(client: &'a C, url: String) -> Self {
        Self { client, url }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/addwebhook")
                .accept("application/json")
                .form("url", Some(&self.url)),
        )
    }
}

impl AddWebhook<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl AddWebhook<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::create_new_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateNewSchedule<'a, C = Client> {
    client: &'a C,
    device_id: String,
    module_id: String,
    zones: Vec<models::Zone>,
    timetable: Vec<models::TimeTableItem>,
    name: String,
}

impl<'a, C> CreateNewSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        device_id: String,
        module_id: String,
        zones: Vec<models::Zone>,
        timetable: Vec<models::TimeTableItem>,
        name: String,
    ) -> Self {
        Self {
            client,
            device_id,
            module_id,
            zones,
            timetable,
            name,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/createnewschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("device_id", Some(&self.device_id))
                .form("module_id", Some(&self.module_id))
                .form_json("zones", Some(&self.zones))?
                .form_json("timetable", Some(&self.timetable))?
                .form("name", Some(&self.name)),
        )
    }
}

impl CreateNewSchedule<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::ScheduleCreated, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::ScheduleCreated, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::ScheduleCreatedResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl CreateNewSchedule<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::ScheduleCreated, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::ScheduleCreated, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::ScheduleCreatedResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::device_list`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeviceList<'a, C = Client> {
    client: &'a C,
    app_type: Option<models::DeviceListApp>,
    device_id: Option<String>,
    get_favorites: Option<bool>,
}

impl<'a, C> DeviceList<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self {
            client,
            app_type: None,
            device_id: None,
            get_favorites: None,
        }
    }

    /// Defines which device type will be returned by devicelist
    ///
    /// When not sent, the server uses `"app_station"`.
    pub fn app_type(mut self, app_type: impl Into<models::DeviceListApp>) -> Self {
        self.app_type = Some(app_type.into());
        self
    }

    /// Specify a device_id if you want to retrieve only this device informations
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// When set to true, the favorite devices of the user are returned
    ///
    /// When not sent, the server uses `false`.
    pub fn get_favorites(mut self, get_favorites: bool) -> Self {
        self.get_favorites = Some(get_favorites);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(value) = &self.app_type && !value.is_known() {
            return Err(Error::InvalidRequest {
                message: format!(
                    "parameter `app_type`: `{value}` is not one of the values the spec lists"
                ),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/devicelist")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("app_type", self.app_type.as_ref())
                .query("device_id", self.device_id.as_ref())
                .query("get_favorites", self.get_favorites.as_ref()),
        )
    }
}

impl DeviceList<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::DeviceListBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::DeviceListBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::DeviceListResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl DeviceList<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::DeviceListBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::DeviceListBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::DeviceListResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::drop_webhook`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DropWebhook<'a, C = Client> {
    client: &'a C,
    app_types: Option<String>,
}

impl<'a, C> DropWebhook<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self { client, app_types: None }
    }

    /// Which application's webhook (pyatmo sends `app_security`; openHAB sends nothing).
    pub fn app_types(mut self, app_types: impl Into<String>) -> Self {
        self.app_types = Some(app_types.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/dropwebhook")
                .accept("application/json")
                .form("app_types", self.app_types.as_ref()),
        )
    }
}

impl DropWebhook<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl DropWebhook<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_camera_picture`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetCameraPicture<'a, C = Client> {
    client: &'a C,
    image_id: String,
    key: String,
}

impl<'a, C> GetCameraPicture<'a, C> {
    pub(crate) fn new(client: &'a C, image_id: String, key: String) -> Self {
        Self { client, image_id, key }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/getcamerapicture")
                .accept("image/jpeg")
                .query("image_id", Some(&self.image_id))
                .query("key", Some(&self.key)),
        )
    }
}

impl GetCameraPicture<'_> {
    /// Sends the request and returns the body's bytes.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Vec<u8>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with the HTTP status and headers of the answer.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<Vec<u8>>, Error> {
        let client = self.client;
        let request = self.request()?;
        client.runtime.send_bytes_with_meta(request).await
    }
}

#[cfg(feature = "blocking")]
impl GetCameraPicture<'_, super::blocking::Client> {
    /// Sends the request and returns the body's bytes.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Vec<u8>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with the HTTP status and headers of the answer.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<Vec<u8>>, Error> {
        let client = self.client;
        let request = self.request()?;
        client.block_on(client.as_async().runtime.send_bytes_with_meta(request))
    }
}

/// Request for [`Client::get_events_until`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEventsUntil<'a, C = Client> {
    client: &'a C,
    event_id: String,
    home_id: String,
}

impl<'a, C> GetEventsUntil<'a, C> {
    pub(crate) fn new(client: &'a C, event_id: String, home_id: String) -> Self {
        Self { client, event_id, home_id }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/geteventsuntil")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("event_id", Some(&self.event_id))
                .query("home_id", Some(&self.home_id)),
        )
    }
}

impl GetEventsUntil<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::WelcomeEventResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetEventsUntil<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::WelcomeEventResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_home_coachs_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetHomeCoachsData<'a, C = Client> {
    client: &'a C,
    device_id: Option<String>,
}

impl<'a, C> GetHomeCoachsData<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self { client, device_id: None }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/gethomecoachsdata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("device_id", self.device_id.as_ref()),
        )
    }
}

impl GetHomeCoachsData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::HomeCoachsDataBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::HomeCoachsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::HomeCoachsDataResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetHomeCoachsData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::HomeCoachsDataBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::HomeCoachsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::HomeCoachsDataResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_home_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetHomeData<'a, C = Client> {
    client: &'a C,
    home_id: Option<String>,
    size: Option<i32>,
}

impl<'a, C> GetHomeData<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self {
            client,
            home_id: None,
            size: None,
        }
    }

    /// Specify if youre looking for the events of a specific Home
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// Number of events to retrieve
    pub fn size(mut self, size: i32) -> Self {
        self.size = Some(size);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(value) = &self.size && i64::from(*value) < 0 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `size` must be at least 0, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/gethomedata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", self.home_id.as_ref())
                .query("size", self.size.as_ref()),
        )
    }
}

impl GetHomeData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::WelcomeHomeData, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeHomeData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::WelcomeHomeDataResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetHomeData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::WelcomeHomeData, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeHomeData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::WelcomeHomeDataResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_last_event_of`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetLastEventOf<'a, C = Client> {
    client: &'a C,
    home_id: String,
    person_id: String,
    offset: Option<i32>,
}

impl<'a, C> GetLastEventOf<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String, person_id: String) -> Self {
        Self {
            client,
            home_id,
            person_id,
            offset: None,
        }
    }

    /// Number of events to retrieve
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(value) = &self.offset && i64::from(*value) < 0 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `offset` must be at least 0, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getlasteventof")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", Some(&self.home_id))
                .query("person_id", Some(&self.person_id))
                .query("offset", self.offset.as_ref()),
        )
    }
}

impl GetLastEventOf<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::WelcomeEventResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetLastEventOf<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::WelcomeEventResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_measure`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetMeasure<'a, C = Client> {
    client: &'a C,
    device_id: String,
    scale: models::MeasureScale,
    type_: Vec<models::MeasureType>,
    date_begin: Option<i64>,
    date_end: Option<String>,
    limit: Option<i32>,
    module_id: Option<String>,
    optimize: Option<bool>,
    real_time: Option<bool>,
}

impl<'a, C> GetMeasure<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        device_id: String,
        scale: models::MeasureScale,
        type_: Vec<models::MeasureType>,
    ) -> Self {
        Self {
            client,
            device_id,
            scale,
            type_,
            date_begin: None,
            date_end: None,
            limit: None,
            module_id: None,
            optimize: None,
            real_time: None,
        }
    }

    /// Starting timestamp (utc) of the requested measurements
    pub fn date_begin(mut self, date_begin: i64) -> Self {
        self.date_begin = Some(date_begin);
        self
    }

    /// Ending timestamp (Unix seconds, UTC) of the requested measurements, or `last` for only the latest value (then leave date_begin out)
    pub fn date_end(mut self, date_end: impl Into<String>) -> Self {
        self.date_end = Some(date_end.into());
        self
    }

    /// Limits the number of measurements returned (default & max is 1024)
    ///
    /// When not sent, the server uses `1024`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// If you dont specify any module_id you will retrieve the devices measurements
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// Allows you to choose the format of the answer
    ///
    /// When not sent, the server uses `true`.
    pub fn optimize(mut self, optimize: bool) -> Self {
        self.optimize = Some(optimize);
        self
    }

    /// In scales higher than max, since the data is aggregated, the timestamps returned are by default offset by +(scale/2)
    ///
    /// When not sent, the server uses `false`.
    pub fn real_time(mut self, real_time: bool) -> Self {
        self.real_time = Some(real_time);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.scale;
            if !value.is_known() {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `scale`: `{value}` is not one of the values the spec lists"
                    ),
                });
            }
        }
        if let Some(value) = &self.limit && i64::from(*value) < 1 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `limit` must be at least 1, not {value}"),
            });
        }
        if let Some(value) = &self.limit && i64::from(*value) > 1024 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `limit` must be at most 1024, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getmeasure")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("device_id", Some(&self.device_id))
                .query("scale", Some(&self.scale))
                .query_list("type", Some(self.type_.as_slice()), CollectionFormat::Csv)
                .query("date_begin", self.date_begin.as_ref())
                .query("date_end", self.date_end.as_ref())
                .query("limit", self.limit.as_ref())
                .query("module_id", self.module_id.as_ref())
                .query("optimize", self.optimize.as_ref())
                .query("real_time", self.real_time.as_ref()),
        )
    }
}

impl GetMeasure<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::MeasureBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::MeasureBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::MeasureResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetMeasure<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::MeasureBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::MeasureBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::MeasureResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_next_events`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetNextEvents<'a, C = Client> {
    client: &'a C,
    event_id: String,
    home_id: String,
    size: Option<i32>,
}

impl<'a, C> GetNextEvents<'a, C> {
    pub(crate) fn new(client: &'a C, event_id: String, home_id: String) -> Self {
        Self {
            client,
            event_id,
            home_id,
            size: None,
        }
    }

    /// Number of events to retrieve
    pub fn size(mut self, size: i32) -> Self {
        self.size = Some(size);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(value) = &self.size && i64::from(*value) < 0 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `size` must be at least 0, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getnextevents")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("event_id", Some(&self.event_id))
                .query("home_id", Some(&self.home_id))
                .query("size", self.size.as_ref()),
        )
    }
}

impl GetNextEvents<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::WelcomeEventResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetNextEvents<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::WelcomeEventData, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::WelcomeEventData, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::WelcomeEventResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_stations_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetStationsData<'a, C = Client> {
    client: &'a C,
    device_id: Option<String>,
    get_favorites: Option<bool>,
}

impl<'a, C> GetStationsData<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self {
            client,
            device_id: None,
            get_favorites: None,
        }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// Also list the stations the user marked as favourites (and those shared with them as a guest); they come with `favorite` or `read_only` set, and their home may not be one homestatus can poll.
    pub fn get_favorites(mut self, get_favorites: bool) -> Self {
        self.get_favorites = Some(get_favorites);
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/getstationsdata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("device_id", self.device_id.as_ref())
                .query("get_favorites", self.get_favorites.as_ref()),
        )
    }
}

impl GetStationsData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::StationsDataBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::StationsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::StationsDataResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetStationsData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::StationsDataBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::StationsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::StationsDataResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_thermostats_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetThermostatsData<'a, C = Client> {
    client: &'a C,
    device_id: Option<String>,
}

impl<'a, C> GetThermostatsData<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self { client, device_id: None }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/getthermostatsdata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("device_id", self.device_id.as_ref()),
        )
    }
}

impl GetThermostatsData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::ThermostatsDataBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::ThermostatsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::ThermostatsDataResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetThermostatsData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::ThermostatsDataBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::ThermostatsDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::ThermostatsDataResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_therm_state`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetThermState<'a, C = Client> {
    client: &'a C,
    device_id: String,
    module_id: String,
}

impl<'a, C> GetThermState<'a, C> {
    pub(crate) fn new(client: &'a C, device_id: String, module_id: String) -> Self {
        Self {
            client,
            device_id,
            module_id,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/getthermstate")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("device_id", Some(&self.device_id))
                .query("module_id", Some(&self.module_id)),
        )
    }
}

impl GetThermState<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::ThermStateBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::ThermStateBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::ThermStateResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetThermState<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::ThermStateBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::ThermStateBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::ThermStateResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_user`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetUser<'a, C = Client> {
    client: &'a C,
}

impl<'a, C> GetUser<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self { client }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(Request::new(Method::GET, "/getuser").accept("application/json"))
    }
}

impl GetUser<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::UserBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::UserBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::UserResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetUser<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::UserBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::UserBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::UserResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::partner_devices`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct PartnerDevices<'a, C = Client> {
    client: &'a C,
}

impl<'a, C> PartnerDevices<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self { client }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(Request::new(Method::GET, "/partnerdevices").accept("application/json"))
    }
}

impl PartnerDevices<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Vec<String>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Vec<String>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::PartnerDevicesResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl PartnerDevices<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Vec<String>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Vec<String>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::PartnerDevicesResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_persons_away`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetPersonsAway<'a, C = Client> {
    client: &'a C,
    home_id: String,
    person_id: Option<String>,
}

impl<'a, C> SetPersonsAway<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String) -> Self {
        Self {
            client,
            home_id,
            person_id: None,
        }
    }

    /// If a person_id is specified, that person will be set as Away; else the whole home is set Empty
    pub fn person_id(mut self, person_id: impl Into<String>) -> Self {
        self.person_id = Some(person_id.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/setpersonsaway")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("person_id", self.person_id.as_ref()),
        )
    }
}

impl SetPersonsAway<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetPersonsAway<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_therm_point`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetThermPoint<'a, C = Client> {
    client: &'a C,
    device_id: String,
    module_id: String,
    setpoint_mode: models::SetpointMode,
    setpoint_endtime: Option<i64>,
    setpoint_temp: Option<f32>,
}

impl<'a, C> SetThermPoint<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        device_id: String,
        module_id: String,
        setpoint_mode: models::SetpointMode,
    ) -> Self {
        Self {
            client,
            device_id,
            module_id,
            setpoint_mode,
            setpoint_endtime: None,
            setpoint_temp: None,
        }
    }

    /// When using the manual or max setpoint_mode, this parameter defines when the setpoint expires
    pub fn setpoint_endtime(mut self, setpoint_endtime: i64) -> Self {
        self.setpoint_endtime = Some(setpoint_endtime);
        self
    }

    /// When using the manual setpoint_mode, this parameter defines the temperature setpoint (in Celcius) to use
    pub fn setpoint_temp(mut self, setpoint_temp: f32) -> Self {
        self.setpoint_temp = Some(setpoint_temp);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.setpoint_mode;
            if !value.is_known() {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `setpoint_mode`: `{value}` is not one of the values the spec lists"
                    ),
                });
            }
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::POST, "/setthermpoint")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("device_id", Some(&self.device_id))
                .form("module_id", Some(&self.module_id))
                .form("setpoint_mode", Some(&self.setpoint_mode))
                .form("setpoint_endtime", self.setpoint_endtime.as_ref())
                .form("setpoint_temp", self.setpoint_temp.as_ref()),
        )
    }
}

impl SetThermPoint<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetThermPoint<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::switch_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SwitchSchedule<'a, C = Client> {
    client: &'a C,
    device_id: String,
    module_id: String,
    schedule_id: String,
}

impl<'a, C> SwitchSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        device_id: String,
        module_id: String,
        schedule_id: String,
    ) -> Self {
        Self {
            client,
            device_id,
            module_id,
            schedule_id,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/switchschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("device_id", Some(&self.device_id))
                .form("module_id", Some(&self.module_id))
                .form("schedule_id", Some(&self.schedule_id)),
        )
    }
}

impl SwitchSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SwitchSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::sync_schedule`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SyncSchedule<'a, C = Client> {
    client: &'a C,
    device_id: String,
    module_id: String,
    zones: Vec<models::Zone>,
    timetable: Vec<models::TimeTableItem>,
    name: Option<String>,
}

impl<'a, C> SyncSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        device_id: String,
        module_id: String,
        zones: Vec<models::Zone>,
        timetable: Vec<models::TimeTableItem>,
    ) -> Self {
        Self {
            client,
            device_id,
            module_id,
            zones,
            timetable,
            name: None,
        }
    }

    /// The schedule's name
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/syncschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("device_id", Some(&self.device_id))
                .form("module_id", Some(&self.module_id))
                .form_json("zones", Some(&self.zones))?
                .form_json("timetable", Some(&self.timetable))?
                .form("name", self.name.as_ref()),
        )
    }
}

impl SyncSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SyncSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_public_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetPublicData<'a, C = Client> {
    client: &'a C,
    lat_ne: f64,
    lon_ne: f64,
    lat_sw: f64,
    lon_sw: f64,
    required_data: Option<String>,
    filter: Option<bool>,
}

impl<'a, C> GetPublicData<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        lat_ne: f64,
        lon_ne: f64,
        lat_sw: f64,
        lon_sw: f64,
    ) -> Self {
        Self {
            client,
            lat_ne,
            lon_ne,
            lat_sw,
            lon_sw,
            required_data: None,
            filter: None,
        }
    }

    /// Only stations that measure this (a measurement type, e.g. temperature, rain or wind), as the official spec names it; pyatmo never sends it.
    pub fn required_data(mut self, required_data: impl Into<String>) -> Self {
        self.required_data = Some(required_data.into());
        self
    }

    /// Leave out stations whose measurements look wrong (official spec 1.1.5; pyatmo sends it as `filtering`, which the server probably ignores).
    pub fn filter(mut self, filter: bool) -> Self {
        self.filter = Some(filter);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.lat_ne;
            if *value < -90.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lat_ne` must be at least -90, not {value}"
                    ),
                });
            }
            if *value > 90.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lat_ne` must be at most 90, not {value}"
                    ),
                });
            }
        }
        {
            let value = &self.lon_ne;
            if *value < -180.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lon_ne` must be at least -180, not {value}"
                    ),
                });
            }
            if *value > 180.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lon_ne` must be at most 180, not {value}"
                    ),
                });
            }
        }
        {
            let value = &self.lat_sw;
            if *value < -90.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lat_sw` must be at least -90, not {value}"
                    ),
                });
            }
            if *value > 90.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lat_sw` must be at most 90, not {value}"
                    ),
                });
            }
        }
        {
            let value = &self.lon_sw;
            if *value < -180.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lon_sw` must be at least -180, not {value}"
                    ),
                });
            }
            if *value > 180.0 {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `lon_sw` must be at most 180, not {value}"
                    ),
                });
            }
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getpublicdata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("lat_ne", Some(&self.lat_ne))
                .query("lon_ne", Some(&self.lon_ne))
                .query("lat_sw", Some(&self.lat_sw))
                .query("lon_sw", Some(&self.lon_sw))
                .query("required_data", self.required_data.as_ref())
                .query("filter", self.filter.as_ref()),
        )
    }
}

impl GetPublicData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Vec<models::PublicStation>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Vec<models::PublicStation>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::PublicDataResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetPublicData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Vec<models::PublicStation>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Vec<models::PublicStation>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::PublicDataResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::homes_data`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct HomesData<'a, C = Client> {
    client: &'a C,
    home_id: Option<String>,
    gateway_types: Option<Vec<models::GatewayType>>,
}

impl<'a, C> HomesData<'a, C> {
    pub(crate) fn new(client: &'a C) -> Self {
        Self {
            client,
            home_id: None,
            gateway_types: None,
        }
    }

    /// Only this home (its id); all the user's homes when left out.
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// Only homes with gateways of these types (each sent as its own `gateway_types=`); the list is open, other module types are sent too.
    pub fn gateway_types(
        mut self,
        gateway_types: impl IntoIterator<Item = impl Into<models::GatewayType>>,
    ) -> Self {
        self.gateway_types = Some(gateway_types.into_iter().map(Into::into).collect());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/homesdata")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", self.home_id.as_ref())
                .query_list(
                    "gateway_types",
                    self.gateway_types.as_deref(),
                    CollectionFormat::Multi,
                ),
        )
    }
}

impl HomesData<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::HomesDataBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::HomesDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::HomesDataResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl HomesData<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::HomesDataBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::HomesDataBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::HomesDataResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::home_status`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct HomeStatus<'a, C = Client> {
    client: &'a C,
    home_id: String,
    device_types: Option<Vec<String>>,
}

impl<'a, C> HomeStatus<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String) -> Self {
        Self {
            client,
            home_id,
            device_types: None,
        }
    }

    /// Only modules of these types (each sent as its own `device_types=`), e.g. NAPlug, NATherm1, NRV; `ModuleType` lists the known ones (`as_str()` gives the text).
    pub fn device_types(
        mut self,
        device_types: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_types = Some(device_types.into_iter().map(Into::into).collect());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::GET, "/homestatus")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", Some(&self.home_id))
                .query_list(
                    "device_types",
                    self.device_types.as_deref(),
                    CollectionFormat::Multi,
                ),
        )
    }
}

impl HomeStatus<'_> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Option<models::HomeStatusBody>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::HomeStatusBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::HomeStatusResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl HomeStatus<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Option<models::HomeStatusBody>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::HomeStatusBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::HomeStatusResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_therm_mode`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetThermMode<'a, C = Client> {
    client: &'a C,
    home_id: String,
    mode: models::ThermMode,
    endtime: Option<i64>,
    schedule_id: Option<String>,
}

impl<'a, C> SetThermMode<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String, mode: models::ThermMode) -> Self {
        Self {
            client,
            home_id,
            mode,
            endtime: None,
            schedule_id: None,
        }
    }

    /// When the away or frost guard mode ends (Unix seconds); for those two modes only.
    pub fn endtime(mut self, endtime: i64) -> Self {
        self.endtime = Some(endtime);
        self
    }

    /// With mode schedule, the schedule to follow (undocumented by Netatmo; pyatmo sends it).
    pub fn schedule_id(mut self, schedule_id: impl Into<String>) -> Self {
        self.schedule_id = Some(schedule_id.into());
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.mode;
            if !value.is_known() {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `mode`: `{value}` is not one of the values the spec lists"
                    ),
                });
            }
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::POST, "/setthermmode")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("mode", Some(&self.mode))
                .form("endtime", self.endtime.as_ref())
                .form("schedule_id", self.schedule_id.as_ref()),
        )
    }
}

impl SetThermMode<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetThermMode<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_room_therm_point`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetRoomThermPoint<'a, C = Client> {
    client: &'a C,
    home_id: String,
    room_id: String,
    mode: models::RoomThermPointMode,
    temp: Option<f64>,
    endtime: Option<i64>,
}

impl<'a, C> SetRoomThermPoint<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        home_id: String,
        room_id: String,
        mode: models::RoomThermPointMode,
    ) -> Self {
        Self {
            client,
            home_id,
            room_id,
            mode,
            temp: None,
            endtime: None,
        }
    }

    /// The temperature to hold in °C, for the manual mode.
    pub fn temp(mut self, temp: f64) -> Self {
        self.temp = Some(temp);
        self
    }

    /// When the manual or max override ends (Unix seconds).
    pub fn endtime(mut self, endtime: i64) -> Self {
        self.endtime = Some(endtime);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.mode;
            if !value.is_known() {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `mode`: `{value}` is not one of the values the spec lists"
                    ),
                });
            }
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::POST, "/setroomthermpoint")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("room_id", Some(&self.room_id))
                .form("mode", Some(&self.mode))
                .form("temp", self.temp.as_ref())
                .form("endtime", self.endtime.as_ref()),
        )
    }
}

impl SetRoomThermPoint<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetRoomThermPoint<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::switch_home_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SwitchHomeSchedule<'a, C = Client> {
    client: &'a C,
    home_id: String,
    schedule_id: String,
}

impl<'a, C> SwitchHomeSchedule<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String, schedule_id: String) -> Self {
        Self {
            client,
            home_id,
            schedule_id,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/switchhomeschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("schedule_id", Some(&self.schedule_id)),
        )
    }
}

impl SwitchHomeSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SwitchHomeSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::sync_home_schedule`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SyncHomeSchedule<'a, C = Client> {
    client: &'a C,
    home_id: String,
    schedule_id: String,
    schedule: models::ScheduleUpdate,
    name: Option<String>,
}

impl<'a, C> SyncHomeSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        home_id: String,
        schedule_id: String,
        schedule: models::ScheduleUpdate,
    ) -> Self {
        Self {
            client,
            home_id,
            schedule_id,
            schedule,
            name: None,
        }
    }

    /// A new name for the schedule.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Request::new(Method::POST, "/synchomeschedule")
            .accept("application/json")
            .security(&[&[Scheme::OAuth2]])
            .query("home_id", Some(&self.home_id))
            .query("schedule_id", Some(&self.schedule_id))
            .query("name", self.name.as_ref())
            .json(Some(&self.schedule))
    }
}

impl SyncHomeSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SyncHomeSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::create_new_home_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateNewHomeSchedule<'a, C = Client> {
    client: &'a C,
    home_id: String,
    name: String,
    schedule: models::ScheduleUpdate,
}

impl<'a, C> CreateNewHomeSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        home_id: String,
        name: String,
        schedule: models::ScheduleUpdate,
    ) -> Self {
        Self {
            client,
            home_id,
            name,
            schedule,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Request::new(Method::POST, "/createnewhomeschedule")
            .accept("application/json")
            .security(&[&[Scheme::OAuth2]])
            .query("home_id", Some(&self.home_id))
            .query("name", Some(&self.name))
            .json(Some(&self.schedule))
    }
}

impl CreateNewHomeSchedule<'_> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Option<models::ScheduleCreated>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::ScheduleCreated>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::HomeScheduleCreatedResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl CreateNewHomeSchedule<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Option<models::ScheduleCreated>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::ScheduleCreated>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::HomeScheduleCreatedResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::rename_home_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RenameHomeSchedule<'a, C = Client> {
    client: &'a C,
    home_id: String,
    schedule_id: String,
    name: String,
}

impl<'a, C> RenameHomeSchedule<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        home_id: String,
        schedule_id: String,
        name: String,
    ) -> Self {
        Self {
            client,
            home_id,
            schedule_id,
            name,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/renamehomeschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("schedule_id", Some(&self.schedule_id))
                .form("name", Some(&self.name)),
        )
    }
}

impl RenameHomeSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl RenameHomeSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::delete_home_schedule`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteHomeSchedule<'a, C = Client> {
    client: &'a C,
    home_id: String,
    schedule_id: String,
}

impl<'a, C> DeleteHomeSchedule<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String, schedule_id: String) -> Self {
        Self {
            client,
            home_id,
            schedule_id,
        }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Ok(
            Request::new(Method::POST, "/deletehomeschedule")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form("schedule_id", Some(&self.schedule_id)),
        )
    }
}

impl DeleteHomeSchedule<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl DeleteHomeSchedule<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_state`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetState<'a, C = Client> {
    client: &'a C,
    state: models::SetStateRequest,
}

impl<'a, C> SetState<'a, C> {
    pub(crate) fn new(client: &'a C, state: models::SetStateRequest) -> Self {
        Self { client, state }
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        Request::new(Method::POST, "/setstate")
            .accept("application/json")
            .security(&[&[Scheme::OAuth2]])
            .json(Some(&self.state))
    }
}

impl SetState<'_> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Option<models::SetStateBody>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::SetStateBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::SetStateResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetState<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Option<models::SetStateBody>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::SetStateBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::SetStateResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_room_measure`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetRoomMeasure<'a, C = Client> {
    client: &'a C,
    home_id: String,
    room_id: String,
    scale: models::MeasureScale,
    type_: Vec<models::RoomMeasureType>,
    date_begin: Option<i64>,
    date_end: Option<i64>,
    limit: Option<i32>,
    optimize: Option<bool>,
    real_time: Option<bool>,
}

impl<'a, C> GetRoomMeasure<'a, C> {
    pub(crate) fn new(
        client: &'a C,
        home_id: String,
        room_id: String,
        scale: models::MeasureScale,
        type_: Vec<models::RoomMeasureType>,
    ) -> Self {
        Self {
            client,
            home_id,
            room_id,
            scale,
            type_,
            date_begin: None,
            date_end: None,
            limit: None,
            optimize: None,
            real_time: None,
        }
    }

    /// Start of the period (Unix seconds).
    pub fn date_begin(mut self, date_begin: i64) -> Self {
        self.date_begin = Some(date_begin);
        self
    }

    /// End of the period (Unix seconds).
    pub fn date_end(mut self, date_end: i64) -> Self {
        self.date_end = Some(date_end);
        self
    }

    /// At most this many values (1024 at most).
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// true answers blocks of equally spaced rows; false answers rows keyed by timestamp.
    ///
    /// When not sent, the server uses `true`.
    pub fn optimize(mut self, optimize: bool) -> Self {
        self.optimize = Some(optimize);
        self
    }

    /// true keeps the real timestamps; false moves them to the middle of each step.
    ///
    /// When not sent, the server uses `false`.
    pub fn real_time(mut self, real_time: bool) -> Self {
        self.real_time = Some(real_time);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.scale;
            if !value.is_known() {
                return Err(Error::InvalidRequest {
                    message: format!(
                        "parameter `scale`: `{value}` is not one of the values the spec lists"
                    ),
                });
            }
        }
        if let Some(value) = &self.limit && i64::from(*value) < 1 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `limit` must be at least 1, not {value}"),
            });
        }
        if let Some(value) = &self.limit && i64::from(*value) > 1024 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `limit` must be at most 1024, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getroommeasure")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", Some(&self.home_id))
                .query("room_id", Some(&self.room_id))
                .query("scale", Some(&self.scale))
                .query_list("type", Some(self.type_.as_slice()), CollectionFormat::Csv)
                .query("date_begin", self.date_begin.as_ref())
                .query("date_end", self.date_end.as_ref())
                .query("limit", self.limit.as_ref())
                .query("optimize", self.optimize.as_ref())
                .query("real_time", self.real_time.as_ref()),
        )
    }
}

impl GetRoomMeasure<'_> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<models::MeasureBody, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<models::MeasureBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::MeasureResponse| {
                    let data = answer.body.ok_or("body")?;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetRoomMeasure<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded.
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<models::MeasureBody, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<models::MeasureBody, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::MeasureResponse| {
                            let data = answer.body.ok_or("body")?;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::get_events`]: set optional parameters, then `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEvents<'a, C = Client> {
    client: &'a C,
    home_id: String,
    event_id: Option<String>,
    person_id: Option<String>,
    offset: Option<i32>,
    device_id: Option<String>,
    device_types: Option<Vec<String>>,
    size: Option<i32>,
}

impl<'a, C> GetEvents<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String) -> Self {
        Self {
            client,
            home_id,
            event_id: None,
            person_id: None,
            offset: None,
            device_id: None,
            device_types: None,
            size: None,
        }
    }

    /// Only events older than this one (for paging).
    pub fn event_id(mut self, event_id: impl Into<String>) -> Self {
        self.event_id = Some(event_id.into());
        self
    }

    /// Only this person's events.
    pub fn person_id(mut self, person_id: impl Into<String>) -> Self {
        self.person_id = Some(person_id.into());
        self
    }

    /// With person_id - how many of their newest events to skip.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Only this device's events.
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// With device_id - the device's type (NACamera, NOC, NDB...), each sent as its own `device_types=`.
    pub fn device_types(
        mut self,
        device_types: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_types = Some(device_types.into_iter().map(Into::into).collect());
        self
    }

    /// How many events at most.
    pub fn size(mut self, size: i32) -> Self {
        self.size = Some(size);
        self
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(value) = &self.offset && i64::from(*value) < 0 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `offset` must be at least 0, not {value}"),
            });
        }
        if let Some(value) = &self.size && i64::from(*value) < 1 {
            return Err(Error::InvalidRequest {
                message: format!("parameter `size` must be at least 1, not {value}"),
            });
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::GET, "/getevents")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .query("home_id", Some(&self.home_id))
                .query("event_id", self.event_id.as_ref())
                .query("person_id", self.person_id.as_ref())
                .query("offset", self.offset.as_ref())
                .query("device_id", self.device_id.as_ref())
                .query_list(
                    "device_types",
                    self.device_types.as_deref(),
                    CollectionFormat::Multi,
                )
                .query("size", self.size.as_ref()),
        )
    }
}

impl GetEvents<'_> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<Option<models::EventsBody>, Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::EventsBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::EventsResponse| {
                    let data = answer.body;
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok((data, meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl GetEvents<'_, super::blocking::Client> {
    /// Sends the request and returns the answer's `body`, decoded: `None` when the answer has no `body` (or `null`).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<Option<models::EventsBody>, Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(
        self,
    ) -> Result<Response<Option<models::EventsBody>, models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::EventsResponse| {
                            let data = answer.body;
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok((data, meta))
                        },
                    ),
            )
    }
}

/// Request for [`Client::set_persons_home`]: `send` it.
///
/// `C` is the client that sends it: [`Client`], whose `send` is async, or, with the `blocking` feature, `blocking::Client`, whose `send` blocks.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetPersonsHome<'a, C = Client> {
    client: &'a C,
    home_id: String,
    person_ids: Vec<String>,
}

impl<'a, C> SetPersonsHome<'a, C> {
    pub(crate) fn new(client: &'a C, home_id: String, person_ids: Vec<String>) -> Self {
        Self {
            client,
            home_id,
            person_ids,
        }
    }

    /// Checks the parameters against the spec's constraints, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let value = &self.person_ids;
            if value.is_empty() {
                return Err(Error::InvalidRequest {
                    message: "parameter `person_ids[]` must not be empty".to_owned(),
                });
            }
        }
        Ok(())
    }

    /// The request to send, once the parameters are checked.
    fn request(self) -> Result<Request, Error> {
        self.validate()?;
        Ok(
            Request::new(Method::POST, "/setpersonshome")
                .accept("application/json")
                .security(&[&[Scheme::OAuth2]])
                .form("home_id", Some(&self.home_id))
                .form_list(
                    "person_ids[]",
                    Some(self.person_ids.as_slice()),
                    CollectionFormat::Multi,
                ),
        )
    }
}

impl SetPersonsHome<'_> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_meta().await.map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub async fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .runtime
            .send_json_parts(
                request,
                |answer: models::OkResponse| {
                    let mut meta = models::Envelope::new();
                    meta.status = answer.status;
                    meta.time_exec = answer.time_exec;
                    meta.time_server = answer.time_server;
                    meta.extra = answer.extra;
                    Ok(((), meta))
                },
            )
            .await
    }
}

#[cfg(feature = "blocking")]
impl SetPersonsHome<'_, super::blocking::Client> {
    /// Sends the request; the answer carries no data beyond the envelope (see [`send_with_meta`](Self::send_with_meta)).
    ///
    /// Blocks the current thread until the answer is in.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    ///
    /// Called from async code (a thread that runs a Tokio runtime), it sends nothing and returns [`Error::InvalidRequest`]: use the async client there.
    pub fn send(self) -> Result<(), Error> {
        self.send_with_meta().map(Response::into_data)
    }

    /// As [`send`](Self::send), with what came around the data: the envelope's other fields ([`Envelope`](models::Envelope)), the HTTP status and headers.
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub fn send_with_meta(self) -> Result<Response<(), models::Envelope>, Error> {
        let client = self.client;
        let request = self.request()?;
        client
            .block_on(
                client
                    .as_async()
                    .runtime
                    .send_json_parts(
                        request,
                        |answer: models::OkResponse| {
                            let mut meta = models::Envelope::new();
                            meta.status = answer.status;
                            meta.time_exec = answer.time_exec;
                            meta.time_server = answer.time_server;
                            meta.extra = answer.extra;
                            Ok(((), meta))
                        },
                    ),
            )
    }
}
