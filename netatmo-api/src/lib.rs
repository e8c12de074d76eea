//! A typed client for the [Netatmo API](https://dev.netatmo.com/apidocumentation): weather
//! stations, Home Coaches, thermostats and valves, cameras and alarms. Generated from its
//! Swagger 2.0 spec (`spec/netatmo.yaml`, with the reviewed overlays in `spec/overlays/`
//! that bring it to the API of today).
//!
//! # Quick start
//!
//! Register an application on [dev.netatmo.com](https://dev.netatmo.com) ("My apps"), get
//! a token pair (the dev portal's token generator, or the authorization-code flow: see
//! `examples/authorize.rs`), and make a client whose tokens renew themselves:
//!
//! ```no_run
//! use netatmo_api::runtime::Budget;
//! use netatmo_api::{Client, oauth_app};
//!
//! # async fn run() -> Result<(), netatmo_api::Error> {
//! let client = Client::builder()
//!     .refreshing_tokens(oauth_app("client-id", "client-secret")?, "refresh-token")
//!     // Every refresh rotates the pair: store it, the old refresh token is dead.
//!     .on_token_refresh(|tokens| { /* write tokens.refresh_token somewhere safe */ })
//!     // Optional: space requests to stay within Netatmo's rate limits.
//!     .budget(Budget::new(netatmo_api::RATE_LIMITS))
//!     .build()?;
//!
//! // Weather stations: every measurement is optional, an unreachable station sends none.
//! for station in client.get_stations_data().send().await?.devices {
//!     let temperature = station.dashboard_data.and_then(|d| d.temperature);
//!     println!("{:?}: {temperature:?} °C", station.station_name);
//! }
//!
//! // Thermostats and valves: homes, rooms, and what they measure now.
//! for home in client.homes_data().send().await?.homes {
//!     let status = client.home_status(home.id.as_str()).send().await?;
//!     for room in status.and_then(|s| s.home).map(|h| h.rooms).unwrap_or_default() {
//!         println!("{}: {:?} °C", room.id, room.therm_measured_temperature);
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Every operation of the API is a method of [`Client`]; its docs say which scope it needs
//! and show a call. Required parameters are its arguments; optional ones are set on the
//! returned request builder (see [`builders`]), and nothing is sent until `send`, which
//! returns the operation's data, unwrapped from Netatmo's envelope (`send_with_meta` adds
//! the envelope's metadata, the HTTP status and headers: a [`Response`]). Failures are one
//! [`Error`] type; [`ErrorCode`] names Netatmo's codes.
//!
//! - **History over any range**: [`Client::measure_history`] and [`Client::room_history`]
//!   page through a range of any length as a stream of rows ([`history`]).
//! - **Rate limits**: Netatmo allows a user 50 requests in 10 s and 500 in an hour
//!   ([`RATE_LIMITS`]); a [`Budget`](runtime::Budget) given to the client keeps to them.
//!   Without one, an answer with code 26 ("User usage reached") comes back as an
//!   [`Error`] whose [`retry_after`](Error::retry_after) says when to try again.
//! - **Without async**: the `blocking` feature adds `blocking::Client`,
//!   with the same methods, whose `send` blocks.
//! - **Webhooks**: [`webhooks::decode_push`] reads what Netatmo pushes.
//! - **Examples** (`netatmo-api/examples/`: `stations`, `history`, `authorize`,
//!   `thermostat`, `webhook`) run with `cargo run -p netatmo-api --example NAME`, against
//!   a fake Netatmo server when the environment has no credentials.
//!
//! Layout: everything under `generated` is produced by `cargo xtask generate` from the spec
//! and never edited by hand; it stands on the hand-written [`runtime`] crate, the same for
//! any spec. [`history`] and [`RATE_LIMITS`] are written by hand for Netatmo.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// The runtime the client stands on (the `codegen-runtime` crate, the same for any spec):
/// errors, retries, authentication, and requests the spec does not list.
pub use codegen_runtime as runtime;

#[rustfmt::skip]
mod generated;

pub mod history;

pub use generated::*;
/// The data types of the API (the `netatmo-models` crate).
pub use netatmo_models as models;
pub use runtime::{Error, Response};

use std::time::Duration;

/// Netatmo's rate limits per user: 50 requests in 10 seconds and 500 in an hour, for all of
/// the user's applications together. Give them to a [`Budget`](runtime::Budget):
/// `Budget::new(RATE_LIMITS)`.
pub const RATE_LIMITS: [runtime::Limit; 2] = [
    runtime::Limit::new(50, Duration::from_secs(10)),
    runtime::Limit::new(500, Duration::from_secs(3600)),
];

/// The blocking client as the README shows it, compiled when the feature is on:
///
/// ```no_run
/// # fn run(token: &str, device: &str) -> Result<(), netatmo_api::Error> {
/// let client = netatmo_api::blocking::Client::new(token)?;
/// let stations = client.get_stations_data().send()?;
/// # let _ = stations;
/// let (begin, end) = (1_735_689_600, 1_767_225_600);
/// for row in client.measure_history(device, "1day", ["Temperature"]).range(begin..end).rows() {
///     println!("{:?}", row?);
/// }
/// # Ok(())
/// # }
/// ```
#[cfg(all(doctest, feature = "blocking"))]
struct BlockingQuickStart;

// The README's examples are doc tests: they compile against this crate as written.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct Readme;
