//! The hand-written runtime that generated operations stand on: the [`Client`] (token
//! refresh, retries, rate limits), the one [`Error`] type, and [`Request`], the
//! description of one call.
//!
//! [`Request`] and [`Client::send_json`] are public so that a call the spec does not list
//! can still be made with the same authentication, retries and error handling.

mod auth;
mod client;
mod error;
mod request;
mod retry;
mod secret;
mod security;
mod upload;

pub use auth::{OAuthApp, TokenHook, Tokens};
pub use client::{Client, ClientBuilder};
pub use error::{ApiError, ApiErrorCode, Error, ErrorBody};
pub use request::{CollectionFormat, Method, Request};
pub use retry::{RetryPolicy, Sleeper, TokioSleeper};
pub use secret::Secret;
pub use security::{KeyLocation, Scheme};
pub use upload::Upload;
