//! A typed async client for the [Netatmo API](https://dev.netatmo.com/apidocumentation),
//! generated from its Swagger 2.0 spec (`spec/netatmo.yaml`).
//!
//! Every operation of the spec is a method of [`Client`]. Required parameters are its
//! arguments; optional ones are set on the returned request builder (see [`builders`]),
//! and nothing is sent until `send`, which returns the operation's data (`send_with_meta`
//! adds the envelope's metadata, the HTTP status and headers: a [`Response`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), netatmo_api::Error> {
//! let client = netatmo_api::Client::new("your-access-token")?;
//!
//! // Weather stations: every measurement is optional, since an unreachable station sends none.
//! for station in client.get_stations_data().send().await?.devices {
//!     let temperature = station.dashboard_data.and_then(|d| d.temperature);
//!     println!("{:?}: {temperature:?} °C", station.station_name);
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
//! Layout: everything under `generated` is produced by `cargo xtask generate` from the spec
//! and never edited by hand; it stands on the hand-written [`runtime`] crate.

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

// The README's examples are doc tests: they compile against this crate as written.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct Readme;
