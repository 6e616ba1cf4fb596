//! Request hooks: code of the caller's that runs at two points of every attempt, to add headers, log or measure
//! without a fork of the runtime (in the spirit of aws-sdk-rust's interceptors and reqwest-middleware, kept small).

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::wire::meta::OperationMeta;
use crate::wire::params::HeaderList;
use crate::wire::response::RawResponse;

/// Runs at two points of every attempt of every call of the client it is set on
/// ([`ClientBuilder::hook`](crate::ClientBuilder::hook)); several hooks run in the order they were added.
///
/// - [`before_send`](Self::before_send) sees the request before it is signed and may add headers, which are then
///   signed with the rest. It never sees the credentials: the authentication headers (`Authorization`,
///   `X-Sdk-Date`, `X-Security-Token`, `X-Auth-Token`, the scope header the credentials add) do not exist yet, and
///   nothing in [`BeforeSend`] reaches the client's credentials.
/// - [`after_response`](Self::after_response) sees each response (status, headers, time taken, request id) and
///   cannot change it.
///
/// A hook cannot change a request after it is signed: the only access to the request it gets is the
/// [`BeforeSend`] lent to `before_send`, and that borrow ends before signing starts; [`AfterResponse`] has no
/// setter at all.
///
/// ```
/// use generated_client::{AfterResponse, BeforeSend, Hook};
///
/// /// Tags every request and logs how long each answer took.
/// struct Tag;
///
/// impl Hook for Tag {
///     fn before_send(&self, request: &mut BeforeSend<'_>) {
///         request.set_header("X-Client-Trace", format!("attempt-{}", request.attempt()));
///     }
///     fn after_response(&self, response: &AfterResponse<'_>) {
///         eprintln!("{} {} in {:?} ({:?})", response.operation(), response.status(),
///             response.elapsed(), response.request_id());
///     }
/// }
/// ```
pub trait Hook: Send + Sync {
    /// Before an attempt is signed and sent. Headers set here are checked like
    /// [`CallOptions::header`](crate::CallOptions::header)'s: an invalid one, or one the runtime owns (authentication,
    /// framing, `Content-Type`), fails the call with a validation error naming it, and nothing is sent.
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        let _ = request;
    }

    /// After an attempt got a response (also one that is then retried, and error statuses); not called for
    /// attempts that failed without a response (connection errors, timeouts).
    fn after_response(&self, response: &AfterResponse<'_>) {
        let _ = response;
    }
}

impl<H: Hook + ?Sized> Hook for std::sync::Arc<H> {
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        (**self).before_send(request);
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        (**self).after_response(response);
    }
}

/// The request of one attempt, before it is signed, as [`Hook::before_send`] sees it: what it is, its headers so
/// far (no authentication header among them), and a way to add more.
pub struct BeforeSend<'a> {
    meta: &'static OperationMeta,
    url: &'a str,
    attempt: u32,
    headers: &'a mut HeaderList,
}

impl<'a> BeforeSend<'a> {
    pub(crate) fn new(
        meta: &'static OperationMeta,
        url: &'a str,
        attempt: u32,
        headers: &'a mut HeaderList,
    ) -> Self {
        Self {
            meta,
            url,
            attempt,
            headers,
        }
    }

    /// The service's name (`ges`).
    pub fn service(&self) -> &'static str {
        self.meta.service
    }

    /// The operation's name (`StopGraph`).
    pub fn operation(&self) -> &'static str {
        self.meta.name
    }

    /// The HTTP method.
    pub fn method(&self) -> &'static str {
        self.meta.method
    }

    /// The full URL, query included.
    pub fn url(&self) -> &str {
        self.url
    }

    /// Which attempt of the call this is, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The value of a header set so far (any case), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The headers set so far, in order: the client's default headers, the call's, the operation's parameters and
    /// what earlier hooks set; not `Content-Type`, nor anything the credentials add.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().map(|(n, v)| (n.as_ref(), v.as_str()))
    }

    /// Sets a header (replacing one of the same name, in any case); it is signed with the rest. Checked before
    /// the attempt is sent (see [`Hook::before_send`]).
    pub fn set_header(&mut self, name: impl Into<String>, value: impl Into<String>) {
        crate::wire::params::set_header(self.headers, name.into().into(), value.into());
    }
}

impl fmt::Debug for BeforeSend<'_> {
    // Header names only, as `CallOptions` shows them: a value may be a credential of the caller's own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BeforeSend")
            .field("service", &self.meta.service)
            .field("operation", &self.meta.name)
            .field("attempt", &self.attempt)
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|(n, _)| n.as_ref())
                    .collect::<Vec<&str>>(),
            )
            .finish_non_exhaustive()
    }
}

/// One attempt's response, as [`Hook::after_response`] sees it; read-only.
pub struct AfterResponse<'a> {
    meta: &'static OperationMeta,
    attempt: u32,
    elapsed: Duration,
    response: &'a RawResponse,
}

impl<'a> AfterResponse<'a> {
    pub(crate) fn new(
        meta: &'static OperationMeta,
        attempt: u32,
        elapsed: Duration,
        response: &'a RawResponse,
    ) -> Self {
        Self {
            meta,
            attempt,
            elapsed,
            response,
        }
    }

    /// The service's name (`ges`).
    pub fn service(&self) -> &'static str {
        self.meta.service
    }

    /// The operation's name (`StopGraph`).
    pub fn operation(&self) -> &'static str {
        self.meta.name
    }

    /// Which attempt of the call this is, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.response.status()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// A response header's value, when it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.response.header(name)
    }

    /// The `X-Request-Id` header: quote it to support.
    pub fn request_id(&self) -> Option<&str> {
        self.response.request_id()
    }

    /// How long the attempt took, from sending the request until its body was read.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

impl fmt::Debug for AfterResponse<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AfterResponse")
            .field("service", &self.meta.service)
            .field("operation", &self.meta.name)
            .field("attempt", &self.attempt)
            .field("status", &self.status())
            .field("request_id", &self.request_id())
            .field("elapsed", &self.elapsed)
            .finish_non_exhaustive()
    }
}
