//! Data types of the [Netatmo API](https://dev.netatmo.com/apidocumentation), generated from
//! its Swagger 2.0 spec (`spec/netatmo.yaml`) by `cargo xtask generate`.
//!
//! Everything in this crate is generated (`src/generated/`) except this file.
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
