//! Data types of the [Netatmo API](https://dev.netatmo.com/apidocumentation), generated from
//! its Swagger 2.0 spec (`spec/netatmo.yaml`) by `cargo xtask generate`.
//!
//! Everything in this crate is generated (`src/generated/`) except this file.
//!
//! # Quick start
//!
//! The `netatmo-api` client returns these types; they also read answers stored earlier, a
//! webhook's body, or a test's sample, and write them back as they came:
//!
//! ```
//! use netatmo_models::StationsDataResponse;
//!
//! let json = r#"{
//!     "status": "ok", "time_server": 1767225600,
//!     "body": {"devices": [{
//!         "_id": "70:ee:50:00:00:01", "type": "NAMain", "station_name": "Home",
//!         "dashboard_data": {"Temperature": 21.5, "CO2": "612"},
//!         "firmware_new_field": true
//!     }]}
//! }"#;
//! let answer: StationsDataResponse = serde_json::from_str(json)?;
//! let station = &answer.body.as_ref().expect("a body").devices[0];
//! let now = station.dashboard_data.as_ref().expect("readings");
//! assert_eq!(now.temperature, Some(21.5));
//! assert_eq!(now.co2, Some(612.0)); // a number sent as text still reads as a number
//! assert!(station.extra.contains_key("firmware_new_field")); // unknown fields are kept
//!
//! // Encoding gives the same JSON back.
//! let again: serde_json::Value = serde_json::to_value(&answer)?;
//! assert_eq!(again["body"]["devices"][0]["firmware_new_field"], true);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! Absent and `null`: a field the spec does not list as `required` is an `Option`, left out
//! of the JSON when `None`, except a list, which is a plain `Vec`, empty when absent (the
//! spec gives the difference no meaning; one that came as `[]` is written as `[]` again); a
//! required field marked `x-nullable` is an `Option` written as `null`; any other field must
//! be present.
//!
//! Structs are `#[non_exhaustive]`, so that a field the API adds is not a breaking change:
//! make values with `Type::new(required fields)` (or `Default`) and set the optional fields
//! afterwards.
//!
//! Decoding is tolerant where the spec and real answers differ in representation: a number
//! may arrive as its text (`"0.0600"`), and an optional field whose value has another type
//! than the spec says is `None`, its value kept in the struct's `extra` map with a `tracing`
//! warning. A required field missing or of another type is still an error.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[rustfmt::skip]
mod generated;

// The tolerant reader the generated models decode with (in the runtime crate; its docs say how).
#[doc(hidden)]
pub use codegen_runtime::tolerant;

pub use generated::*;
