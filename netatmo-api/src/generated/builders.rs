// @generated from spec/netatmo.yaml + spec/netatmo.overlay.yaml by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Request builders, one per operation: made by the methods of [`Client`], they hold
//! the required parameters, take the optional ones, and `send` the request.

use crate::runtime::{Method, Request};
use crate::{Client, Error};
use crate::models;

/// Request for [`Client::addwebhook`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Addwebhook<'a> {
    client: &'a Client,
    app_type: Option<String>,
    url: Option<String>,
}

impl<'a> Addwebhook<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            app_type: None,
            url: None,
        }
    }

    /// Webhooks are only available for Welcome, enter app_camera
    pub fn app_type(mut self, app_type: impl Into<String>) -> Self {
        self.app_type = Some(app_type.into());
        self
    }

    /// Your webhook callback url
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/addwebhook")
            .query("app_type", self.app_type.as_ref())
            .query("url", self.url.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::createnewschedule`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Createnewschedule<'a> {
    client: &'a Client,
    device_id: Option<String>,
    module_id: Option<String>,
    therm_program: Option<models::Holder>,
}

impl<'a> Createnewschedule<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            device_id: None,
            module_id: None,
            therm_program: None,
        }
    }

    /// The relay id
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The thermostat id
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// The thermostat program (zones and timetable)
    pub fn therm_program(mut self, therm_program: impl Into<models::Holder>) -> Self {
        self.therm_program = Some(therm_program.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::POST, "/createnewschedule")
            .query("device_id", self.device_id.as_ref())
            .query("module_id", self.module_id.as_ref())
            .json(self.therm_program.as_ref())?;
        self.client.send_json(request).await
    }
}

/// Request for [`Client::devicelist`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Devicelist<'a> {
    client: &'a Client,
    app_type: Option<String>,
    device_id: Option<String>,
    get_favorites: Option<String>,
}

impl<'a> Devicelist<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            app_type: None,
            device_id: None,
            get_favorites: None,
        }
    }

    /// Defines which device type will be returned by devicelist
    pub fn app_type(mut self, app_type: impl Into<String>) -> Self {
        self.app_type = Some(app_type.into());
        self
    }

    /// Specify a device_id if you want to retrieve only this device informations
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// When set to true, the favorite devices of the user are returned
    pub fn get_favorites(mut self, get_favorites: impl Into<String>) -> Self {
        self.get_favorites = Some(get_favorites.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/devicelist")
            .query("app_type", self.app_type.as_ref())
            .query("device_id", self.device_id.as_ref())
            .query("get_favorites", self.get_favorites.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::dropwebhook`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Dropwebhook<'a> {
    client: &'a Client,
    app_type: Option<String>,
}

impl<'a> Dropwebhook<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client, app_type: None }
    }

    /// For Welcome, use app_camera
    pub fn app_type(mut self, app_type: impl Into<String>) -> Self {
        self.app_type = Some(app_type.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/dropwebhook")
            .query("app_type", self.app_type.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getcamerapicture`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getcamerapicture<'a> {
    client: &'a Client,
    image_id: Option<String>,
    key: Option<String>,
}

impl<'a> Getcamerapicture<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            image_id: None,
            key: None,
        }
    }

    /// id of the image (can be retrieved as id in face in Gethomedata, or as id in snapshot in Getnextevents, Getlasteventof and Geteventsuntil)
    pub fn image_id(mut self, image_id: impl Into<String>) -> Self {
        self.image_id = Some(image_id.into());
        self
    }

    /// Security key to access snapshots
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getcamerapicture")
            .query("image_id", self.image_id.as_ref())
            .query("key", self.key.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::geteventsuntil`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Geteventsuntil<'a> {
    client: &'a Client,
    event_id: Option<String>,
    home_id: Option<String>,
}

impl<'a> Geteventsuntil<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            event_id: None,
            home_id: None,
        }
    }

    /// Your request will retrieve all the events until this one
    pub fn event_id(mut self, event_id: impl Into<String>) -> Self {
        self.event_id = Some(event_id.into());
        self
    }

    /// ID of the Home youre interested in
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/geteventsuntil")
            .query("event_id", self.event_id.as_ref())
            .query("home_id", self.home_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::gethomecoachsdata`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Gethomecoachsdata<'a> {
    client: &'a Client,
    device_id: Option<String>,
}

impl<'a> Gethomecoachsdata<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client, device_id: None }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/gethomecoachsdata")
            .query("device_id", self.device_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::gethomedata`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Gethomedata<'a> {
    client: &'a Client,
    home_id: Option<String>,
    size: Option<String>,
}

impl<'a> Gethomedata<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
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
    pub fn size(mut self, size: impl Into<String>) -> Self {
        self.size = Some(size.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/gethomedata")
            .query("home_id", self.home_id.as_ref())
            .query("size", self.size.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getlasteventof`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getlasteventof<'a> {
    client: &'a Client,
    home_id: Option<String>,
    offset: Option<String>,
    person_id: Option<String>,
}

impl<'a> Getlasteventof<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            home_id: None,
            offset: None,
            person_id: None,
        }
    }

    /// ID of the Home youre interested in
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// Number of events to retrieve
    pub fn offset(mut self, offset: impl Into<String>) -> Self {
        self.offset = Some(offset.into());
        self
    }

    /// Your request will retrieve all events of the given home until the most recent event of the given person
    pub fn person_id(mut self, person_id: impl Into<String>) -> Self {
        self.person_id = Some(person_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getlasteventof")
            .query("home_id", self.home_id.as_ref())
            .query("offset", self.offset.as_ref())
            .query("person_id", self.person_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getmeasure`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getmeasure<'a> {
    client: &'a Client,
    date_begin: Option<String>,
    date_end: Option<String>,
    device_id: Option<String>,
    limit: Option<String>,
    module_id: Option<String>,
    optimize: Option<String>,
    real_time: Option<String>,
    scale: Option<String>,
    type_: Option<String>,
}

impl<'a> Getmeasure<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            date_begin: None,
            date_end: None,
            device_id: None,
            limit: None,
            module_id: None,
            optimize: None,
            real_time: None,
            scale: None,
            type_: None,
        }
    }

    /// Starting timestamp (utc) of the requested measurements
    pub fn date_begin(mut self, date_begin: impl Into<String>) -> Self {
        self.date_begin = Some(date_begin.into());
        self
    }

    /// Ending timestamp (utc) of the request measurements
    pub fn date_end(mut self, date_end: impl Into<String>) -> Self {
        self.date_end = Some(date_end.into());
        self
    }

    /// Id of the device whose modules measurements you want to retrieve
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// Limits the number of measurements returned (default & max is 1024)
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// If you dont specify any module_id you will retrieve the devices measurements
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// Allows you to choose the format of the answer
    pub fn optimize(mut self, optimize: impl Into<String>) -> Self {
        self.optimize = Some(optimize.into());
        self
    }

    /// In scales higher than max, since the data is aggregated, the timestamps returned are by default offset by +(scale/2)
    pub fn real_time(mut self, real_time: impl Into<String>) -> Self {
        self.real_time = Some(real_time.into());
        self
    }

    /// Defines the time interval between two measurements
    pub fn scale(mut self, scale: impl Into<String>) -> Self {
        self.scale = Some(scale.into());
        self
    }

    /// Sets the type of measurement you want to retrieve
    pub fn type_(mut self, type_: impl Into<String>) -> Self {
        self.type_ = Some(type_.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getmeasure")
            .query("date_begin", self.date_begin.as_ref())
            .query("date_end", self.date_end.as_ref())
            .query("device_id", self.device_id.as_ref())
            .query("limit", self.limit.as_ref())
            .query("module_id", self.module_id.as_ref())
            .query("optimize", self.optimize.as_ref())
            .query("real_time", self.real_time.as_ref())
            .query("scale", self.scale.as_ref())
            .query("type", self.type_.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getnextevents`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getnextevents<'a> {
    client: &'a Client,
    event_id: Option<String>,
    home_id: Option<String>,
    size: Option<String>,
}

impl<'a> Getnextevents<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            event_id: None,
            home_id: None,
            size: None,
        }
    }

    /// Your request will retrieve events occured before this one
    pub fn event_id(mut self, event_id: impl Into<String>) -> Self {
        self.event_id = Some(event_id.into());
        self
    }

    /// ID of the Home youre interested in
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// Number of events to retrieve
    pub fn size(mut self, size: impl Into<String>) -> Self {
        self.size = Some(size.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getnextevents")
            .query("event_id", self.event_id.as_ref())
            .query("home_id", self.home_id.as_ref())
            .query("size", self.size.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getstationsdata`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getstationsdata<'a> {
    client: &'a Client,
    device_id: Option<String>,
}

impl<'a> Getstationsdata<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client, device_id: None }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getstationsdata")
            .query("device_id", self.device_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getthermostatsdata`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getthermostatsdata<'a> {
    client: &'a Client,
    device_id: Option<String>,
}

impl<'a> Getthermostatsdata<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client, device_id: None }
    }

    /// Id of the device you want to retrieve information of
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getthermostatsdata")
            .query("device_id", self.device_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getthermstate`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getthermstate<'a> {
    client: &'a Client,
    device_id: Option<String>,
    module_id: Option<String>,
}

impl<'a> Getthermstate<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            device_id: None,
            module_id: None,
        }
    }

    /// The relay id
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The thermostat id
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getthermstate")
            .query("device_id", self.device_id.as_ref())
            .query("module_id", self.module_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::getuser`]: [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Getuser<'a> {
    client: &'a Client,
}

impl<'a> Getuser<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/getuser");
        self.client.send_json(request).await
    }
}

/// Request for [`Client::partnerdevices`]: [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Partnerdevices<'a> {
    client: &'a Client,
}

impl<'a> Partnerdevices<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self { client }
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/partnerdevices");
        self.client.send_json(request).await
    }
}

/// Request for [`Client::setpersonsaway`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Setpersonsaway<'a> {
    client: &'a Client,
    home_id: Option<String>,
    person_id: Option<String>,
}

impl<'a> Setpersonsaway<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            home_id: None,
            person_id: None,
        }
    }

    /// ID of the Home youre interested in
    pub fn home_id(mut self, home_id: impl Into<String>) -> Self {
        self.home_id = Some(home_id.into());
        self
    }

    /// If a person_id is specified, that person will be set as Away
    pub fn person_id(mut self, person_id: impl Into<String>) -> Self {
        self.person_id = Some(person_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::GET, "/setpersonsaway")
            .query("home_id", self.home_id.as_ref())
            .query("person_id", self.person_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::setthermpoint`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Setthermpoint<'a> {
    client: &'a Client,
    device_id: Option<String>,
    module_id: Option<String>,
    setpoint_endtime: Option<String>,
    setpoint_mode: Option<String>,
    setpoint_temp: Option<String>,
}

impl<'a> Setthermpoint<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            device_id: None,
            module_id: None,
            setpoint_endtime: None,
            setpoint_mode: None,
            setpoint_temp: None,
        }
    }

    /// The relay id
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The thermostat id
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// When using the manual or max setpoint_mode, this parameter defines when the setpoint expires
    pub fn setpoint_endtime(mut self, setpoint_endtime: impl Into<String>) -> Self {
        self.setpoint_endtime = Some(setpoint_endtime.into());
        self
    }

    /// Chosen setpoint_mode
    pub fn setpoint_mode(mut self, setpoint_mode: impl Into<String>) -> Self {
        self.setpoint_mode = Some(setpoint_mode.into());
        self
    }

    /// When using the manual setpoint_mode, this parameter defines the temperature setpoint (in Celcius) to use
    pub fn setpoint_temp(mut self, setpoint_temp: impl Into<String>) -> Self {
        self.setpoint_temp = Some(setpoint_temp.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::POST, "/setthermpoint")
            .query("device_id", self.device_id.as_ref())
            .query("module_id", self.module_id.as_ref())
            .query("setpoint_endtime", self.setpoint_endtime.as_ref())
            .query("setpoint_mode", self.setpoint_mode.as_ref())
            .query("setpoint_temp", self.setpoint_temp.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::switchschedule`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Switchschedule<'a> {
    client: &'a Client,
    device_id: Option<String>,
    module_id: Option<String>,
    schedule_id: Option<String>,
}

impl<'a> Switchschedule<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            device_id: None,
            module_id: None,
            schedule_id: None,
        }
    }

    /// The relay id
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The thermostat id
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// The schedule id
    pub fn schedule_id(mut self, schedule_id: impl Into<String>) -> Self {
        self.schedule_id = Some(schedule_id.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::POST, "/switchschedule")
            .query("device_id", self.device_id.as_ref())
            .query("module_id", self.module_id.as_ref())
            .query("schedule_id", self.schedule_id.as_ref());
        self.client.send_json(request).await
    }
}

/// Request for [`Client::syncschedule`]: set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct Syncschedule<'a> {
    client: &'a Client,
    device_id: Option<String>,
    module_id: Option<String>,
    therm_program: Option<models::Holder>,
}

impl<'a> Syncschedule<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Self {
            client,
            device_id: None,
            module_id: None,
            therm_program: None,
        }
    }

    /// The relay id
    pub fn device_id(mut self, device_id: impl Into<String>) -> Self {
        self.device_id = Some(device_id.into());
        self
    }

    /// The thermostat id
    pub fn module_id(mut self, module_id: impl Into<String>) -> Self {
        self.module_id = Some(module_id.into());
        self
    }

    /// The thermostat program (zones, timetable and name)
    pub fn therm_program(mut self, therm_program: impl Into<models::Holder>) -> Self {
        self.therm_program = Some(therm_program.into());
        self
    }

    /// Sends the request and returns the JSON answer as is: the spec does not describe it.
    ///
    /// # Errors
    ///
    /// An [`Error`] when the request cannot be built or sent, the server answers with an error status, or the answer cannot be decoded.
    pub async fn send(self) -> Result<serde_json::Value, Error> {
        let request = Request::new(Method::POST, "/syncschedule")
            .query("device_id", self.device_id.as_ref())
            .query("module_id", self.module_id.as_ref())
            .json(self.therm_program.as_ref())?;
        self.client.send_json(request).await
    }
}
