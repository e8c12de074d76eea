// codegen-runtime: a copy of this crate goes, unchanged, with every standalone generated pair.
//! [`Response`]: an operation's data with what came around it.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// An operation's data with what came around it: the metadata of the API's envelope
/// (`M`, say its server time; `()` for an API without one), the HTTP status and headers.
///
/// What a generated `send_with_meta()` returns; `send()` returns only [`Response::data`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T, M = ()> {
    /// The operation's data.
    pub data: T,
    /// The envelope's metadata.
    pub meta: M,
    /// The HTTP status of the answer (a success: errors are [`Error`](crate::Error)s).
    pub status: StatusCode,
    /// The HTTP headers of the answer.
    pub headers: HeaderMap,
}

impl<T> Response<T> {
    /// An answer's data with its status and headers, and no metadata yet.
    pub fn new(data: T, status: StatusCode, headers: HeaderMap) -> Self {
        Response {
            data,
            meta: (),
            status,
            headers,
        }
    }
}

impl<T, M> Response<T, M> {
    /// The data, without the rest.
    pub fn into_data(self) -> T {
        self.data
    }

    /// The same answer with its data turned into something else.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U, M> {
        Response {
            data: f(self.data),
            meta: self.meta,
            status: self.status,
            headers: self.headers,
        }
    }

    /// The same answer with its data split in two: the part that stays data, and the
    /// metadata (how a generated client takes an envelope apart).
    ///
    /// # Errors
    /// Whatever `split` returns.
    pub fn split<U, N, E>(
        self,
        split: impl FnOnce(T) -> Result<(U, N), E>,
    ) -> Result<Response<U, N>, E> {
        let (data, meta) = split(self.data)?;
        Ok(Response {
            data,
            meta,
            status: self.status,
            headers: self.headers,
        })
    }
}
