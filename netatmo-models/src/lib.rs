//! Data types of the [Netatmo API](https://dev.netatmo.com/apidocumentation), generated from
//! its Swagger 2.0 spec (`spec/netatmo.yaml`) by `cargo xtask generate`.
//!
//! Everything in this crate is generated (`src/generated/`) except this file.
//!
//! Absent and `null`: a field the spec does not list as `required` is an `Option`, left out
//! of the JSON when `None`; a required field marked `x-nullable` is an `Option` written as
//! `null`; any other field must be present.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[rustfmt::skip]
mod generated;

pub use generated::*;
