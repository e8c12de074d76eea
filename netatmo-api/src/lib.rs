//! A typed async client for the [Netatmo API](https://dev.netatmo.com/apidocumentation),
//! generated from its Swagger 2.0 spec (`spec/netatmo.yaml`).
//!
//! Every operation of the spec is a method of [`Client`]. Required parameters are its
//! arguments; optional ones are set on the returned request builder (see [`builders`]),
//! and nothing is sent until `send`.
//!
//! ```no_run
//! # async fn run() -> Result<(), netatmo_api::Error> {
//! let client = netatmo_api::Client::new("your-access-token")?;
//!
//! // Weather stations: every measurement is optional, since an unreachable station sends none.
//! let answer = client.get_stations_data().send().await?;
//! for station in answer.body.map(|b| b.devices).unwrap_or_default() {
//!     let temperature = station.dashboard_data.and_then(|d| d.temperature);
//!     println!("{}: {temperature:?} °C", station.station_name.unwrap_or_default());
//! }
//!
//! // History: required parameters are arguments, optional ones builder calls.
//! let history = client
//!     .get_measure("70:ee:50:00:00:01", "30min", ["Temperature", "Humidity"])
//!     .limit(48)
//!     .send()
//!     .await?;
//! # let _ = history;
//! # Ok(())
//! # }
//! ```
//!
//! Layout: `runtime` is hand-written; everything under `generated` is produced by
//! `cargo xtask generate` from the spec and never edited by hand.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod runtime;

#[rustfmt::skip]
mod generated;

pub use generated::{Client, ClientBuilder, DEFAULT_BASE_URL, builders};
/// The data types of the API (the `netatmo-models` crate).
pub use netatmo_models as models;
pub use runtime::Error;
