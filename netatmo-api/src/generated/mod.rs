// @generated from spec/netatmo.yaml + spec/netatmo.overlay.yaml by codegen. Do not edit by hand: run `cargo xtask generate` to regenerate.
//! Operations of the Netatmo API (spec version 1.1.1), as methods of [`Client`].

pub mod builders;

use crate::Client;

/// Where the spec says the API lives: `https://api.netatmo.com/api`.
pub const DEFAULT_BASE_URL: &str = "https://api.netatmo.com/api";

impl Client {
    /// Get Addwebhook
    ///
    /// Links a callback url to a user.
    ///
    /// `GET /addwebhook`
    ///
    /// Optional parameters are set on the returned [`builders::Addwebhook`]; nothing is sent until its `send`.
    pub fn addwebhook(&self) -> builders::Addwebhook<'_> {
        builders::Addwebhook::new(self)
    }

    /// Post Createnewschedule
    ///
    /// The method createnewschedule creates a new schedule stored in the backup list.
    ///
    /// `POST /createnewschedule`
    ///
    /// Optional parameters are set on the returned [`builders::Createnewschedule`]; nothing is sent until its `send`.
    pub fn createnewschedule(&self) -> builders::Createnewschedule<'_> {
        builders::Createnewschedule::new(self)
    }

    /// Get Devicelist
    ///
    /// The method devicelist returns the list of devices owned by the user, and their modules.
    /// A device is identified by its _id (which is its mac address) and each device may have one, several or no modules, also identified by an _id.
    ///
    /// `GET /devicelist`
    ///
    /// Optional parameters are set on the returned [`builders::Devicelist`]; nothing is sent until its `send`.
    pub fn devicelist(&self) -> builders::Devicelist<'_> {
        builders::Devicelist::new(self)
    }

    /// Get Dropwebhook
    ///
    /// Dissociates a webhook from a user.
    ///
    /// `GET /dropwebhook`
    ///
    /// Optional parameters are set on the returned [`builders::Dropwebhook`]; nothing is sent until its `send`.
    pub fn dropwebhook(&self) -> builders::Dropwebhook<'_> {
        builders::Dropwebhook::new(self)
    }

    /// Get Getcamerapicture
    ///
    /// Returns the snapshot associated to an event.
    ///
    /// `GET /getcamerapicture`
    ///
    /// Optional parameters are set on the returned [`builders::Getcamerapicture`]; nothing is sent until its `send`.
    pub fn getcamerapicture(&self) -> builders::Getcamerapicture<'_> {
        builders::Getcamerapicture::new(self)
    }

    /// Get Geteventsuntil
    ///
    /// Returns the snapshot associated to an event.
    ///
    /// `GET /geteventsuntil`
    ///
    /// Optional parameters are set on the returned [`builders::Geteventsuntil`]; nothing is sent until its `send`.
    pub fn geteventsuntil(&self) -> builders::Geteventsuntil<'_> {
        builders::Geteventsuntil::new(self)
    }

    /// Get Gethomecoachsdata
    ///
    /// The method gethomecoachsdata Returns data from a user Healthy Home Coach Station (measures and device specific data).
    ///
    /// `GET /gethomecoachsdata`
    ///
    /// Optional parameters are set on the returned [`builders::Gethomecoachsdata`]; nothing is sent until its `send`.
    pub fn gethomecoachsdata(&self) -> builders::Gethomecoachsdata<'_> {
        builders::Gethomecoachsdata::new(self)
    }

    /// Get Gethomedata
    ///
    /// Returns information about users homes and cameras.
    ///
    /// `GET /gethomedata`
    ///
    /// Optional parameters are set on the returned [`builders::Gethomedata`]; nothing is sent until its `send`.
    pub fn gethomedata(&self) -> builders::Gethomedata<'_> {
        builders::Gethomedata::new(self)
    }

    /// Get Getlasteventof
    ///
    /// Returns most recent events.
    ///
    /// `GET /getlasteventof`
    ///
    /// Optional parameters are set on the returned [`builders::Getlasteventof`]; nothing is sent until its `send`.
    pub fn getlasteventof(&self) -> builders::Getlasteventof<'_> {
        builders::Getlasteventof::new(self)
    }

    /// Get Getmeasure
    ///
    /// The method getmeasure returns the measurements of a device or a module.
    ///
    /// `GET /getmeasure`
    ///
    /// Optional parameters are set on the returned [`builders::Getmeasure`]; nothing is sent until its `send`.
    pub fn getmeasure(&self) -> builders::Getmeasure<'_> {
        builders::Getmeasure::new(self)
    }

    /// Get Getnextevents
    ///
    /// Returns previous events.
    ///
    /// `GET /getnextevents`
    ///
    /// Optional parameters are set on the returned [`builders::Getnextevents`]; nothing is sent until its `send`.
    pub fn getnextevents(&self) -> builders::Getnextevents<'_> {
        builders::Getnextevents::new(self)
    }

    /// Get Getstationsdata
    ///
    /// The method getstationsdata Returns data from a user Weather Stations (measures and device specific data).
    ///
    /// `GET /getstationsdata`
    ///
    /// Optional parameters are set on the returned [`builders::Getstationsdata`]; nothing is sent until its `send`.
    pub fn getstationsdata(&self) -> builders::Getstationsdata<'_> {
        builders::Getstationsdata::new(self)
    }

    /// Get Getthermostatsdata
    ///
    /// The method getthermostatsdata returns information about user's thermostats such as their last measurements.
    ///
    /// `GET /getthermostatsdata`
    ///
    /// Optional parameters are set on the returned [`builders::Getthermostatsdata`]; nothing is sent until its `send`.
    pub fn getthermostatsdata(&self) -> builders::Getthermostatsdata<'_> {
        builders::Getthermostatsdata::new(self)
    }

    /// Get Getthermstate
    ///
    /// The method getthermstate returns the last Thermostat measurements, its current weekly schedule, and, if present, its current manual temperature setpoint.
    ///
    /// `GET /getthermstate`
    ///
    /// Optional parameters are set on the returned [`builders::Getthermstate`]; nothing is sent until its `send`.
    pub fn getthermstate(&self) -> builders::Getthermstate<'_> {
        builders::Getthermstate::new(self)
    }

    /// Get Getuser
    ///
    /// The method getuser returns information about a user such as prefered language, prefered units, and list of devices.
    ///
    /// `GET /getuser`
    pub fn getuser(&self) -> builders::Getuser<'_> {
        builders::Getuser::new(self)
    }

    /// Get Partnerdevices
    ///
    /// The method partnerdevices returns the list of device_id to which your partner application has access to.
    ///
    /// `GET /partnerdevices`
    pub fn partnerdevices(&self) -> builders::Partnerdevices<'_> {
        builders::Partnerdevices::new(self)
    }

    /// Get Setpersonsaway
    ///
    /// Sets a person as 'Away' or the Home as 'Empty'. The event will be added to the user???s timeline.
    ///
    /// `GET /setpersonsaway`
    ///
    /// Optional parameters are set on the returned [`builders::Setpersonsaway`]; nothing is sent until its `send`.
    pub fn setpersonsaway(&self) -> builders::Setpersonsaway<'_> {
        builders::Setpersonsaway::new(self)
    }

    /// Post Setthermpoint
    ///
    /// The method setthermpoint changes the Thermostat manual temperature setpoint.
    ///
    /// `POST /setthermpoint`
    ///
    /// Optional parameters are set on the returned [`builders::Setthermpoint`]; nothing is sent until its `send`.
    pub fn setthermpoint(&self) -> builders::Setthermpoint<'_> {
        builders::Setthermpoint::new(self)
    }

    /// Post Switchschedule
    ///
    /// The method switchschedule switches the Thermostat's schedule to another existing schedule.
    ///
    /// `POST /switchschedule`
    ///
    /// Optional parameters are set on the returned [`builders::Switchschedule`]; nothing is sent until its `send`.
    pub fn switchschedule(&self) -> builders::Switchschedule<'_> {
        builders::Switchschedule::new(self)
    }

    /// Post Syncschedule
    ///
    /// The method syncschedule changes the Thermostat weekly schedule.
    ///
    /// `POST /syncschedule`
    ///
    /// Optional parameters are set on the returned [`builders::Syncschedule`]; nothing is sent until its `send`.
    pub fn syncschedule(&self) -> builders::Syncschedule<'_> {
        builders::Syncschedule::new(self)
    }
}
