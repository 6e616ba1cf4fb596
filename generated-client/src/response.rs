//! The typed [`Response<T>`] a successful call returns.

use std::ops::Deref;

use reqwest::header::HeaderMap;

use crate::wire::response::RawResponse;

/// A successful call: the typed body plus the response's status, headers and `X-Request-Id`.
///
/// Derefs to the body, so fields can be read directly: `resp.graph_id`.
#[derive(Debug, Clone)]
pub struct Response<T> {
    body: T,
    status: u16,
    request_id: Option<String>,
    headers: HeaderMap,
}

impl<T> Response<T> {
    pub(crate) fn new(body: T, raw: RawResponse) -> Self {
        Response {
            body,
            status: raw.status,
            request_id: raw.request_id,
            headers: raw.headers,
        }
    }

    /// The typed body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The typed body, to change in place.
    pub(crate) fn body_mut(&mut self) -> &mut T {
        &mut self.body
    }

    /// The typed body, by value.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `X-Request-Id` response header, if the service sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// All response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}
