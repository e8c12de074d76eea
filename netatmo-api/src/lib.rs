//! A typed async client for the [Netatmo API](https://dev.netatmo.com/apidocumentation),
//! generated from its Swagger 2.0 spec (`spec/netatmo.yaml`).
//!
//! Every operation of the spec is a method of [`Client`]. Required parameters are its
//! arguments; optional ones are set on the returned request builder (see [`builders`]),
//! and nothing is sent until `send`.
//!
//! ```no_run
//! # async fn run() -> Result<(), netatmo_api::Error> {
//! let client = netatmo_api::Client::builder()
//!     .base_url("https://api.netatmo.com/api")
//!     .access_token("your-access-token")
//!     .build()?;
//! let stations = client.getstationsdata().device_id("70:ee:50:00:00:01").send().await?;
//! println!("{stations}");
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

pub use generated::{DEFAULT_BASE_URL, builders};
/// The data types of the API (the `netatmo-models` crate).
pub use netatmo_models as models;
pub use runtime::{Client, ClientBuilder, Error};
