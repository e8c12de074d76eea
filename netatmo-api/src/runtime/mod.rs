//! The hand-written runtime that generated operations stand on: the [`Client`], the one
//! [`Error`] type, and [`Request`], the description of one call.
//!
//! [`Request`] and [`Client::send_json`] are public so that a call the spec does not list
//! can still be made with the same authentication and error handling.

mod client;
mod error;
mod request;

pub use client::{Client, ClientBuilder};
pub use error::{ApiError, Error};
pub use request::{CollectionFormat, Method, Request};
