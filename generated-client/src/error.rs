//! The error a call returns: one outer [`Error<E>`] whose kinds a caller can match, with the operation's
//! typed error `E` inside [`Error::Service`].
//!
//! No error ever carries a request header or credential: the only request data kept is the URL (which holds
//! no secrets) inside transport errors.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;

use crate::wire::response::{DecodeError, RawResponse, fmt_service_error};
use crate::wire::validate::ValidationError;

/// Why a call failed. `E` is the operation's typed error (its documented error statuses plus `Unhandled`).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request broke a constraint of the spec (or a header value was invalid); nothing was sent.
    Validation(ValidationError),
    /// The request could not be sent or the response could not be read (connection refused or reset,
    /// truncated or oversized body, bad endpoint, …).
    Transport(TransportError),
    /// The configured timeout elapsed before the response was complete.
    Timeout(TimeoutError),
    /// The response arrived but its body did not match the spec.
    Decode(DecodeError),
    /// The service answered with an error status (documented or not).
    Service(ServiceError<E>),
}

impl<E> Error<E> {
    /// The HTTP status, when a response (or at least its head) was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Validation(_) => None,
            Error::Transport(e) => e.status(),
            Error::Timeout(e) => e.status(),
            Error::Decode(e) => Some(e.status()),
            Error::Service(e) => Some(e.status()),
        }
    }

    /// The service's error code (`error_code`, `code`, `errorCode` or `error.code` in the body).
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.code(),
            _ => None,
        }
    }

    /// The service's error message for service errors, otherwise a description of what went wrong.
    pub fn message(&self) -> Option<&str> {
        match self {
            Error::Validation(e) => e.issues().first().map(|i| i.message()),
            Error::Transport(e) => Some(e.message()),
            Error::Timeout(_) => Some("request timed out"),
            Error::Decode(e) => Some(e.message()),
            Error::Service(e) => e.message(),
        }
    }

    /// The `X-Request-Id` response header, when a response was received. Quote it to support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Validation(_) => None,
            Error::Transport(e) => e.request_id(),
            Error::Timeout(e) => e.request_id(),
            Error::Decode(e) => e.request_id(),
            Error::Service(e) => e.request_id(),
        }
    }

    /// The operation's typed error, if the service answered with an error status.
    pub fn into_service_error(self) -> Option<E> {
        match self {
            Error::Service(e) => Some(e.into_err()),
            _ => None,
        }
    }

    /// The operation's typed error, by reference.
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            Error::Service(e) => Some(e.err()),
            _ => None,
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Service(e) => e.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Timeout(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Service(e) => Some(e.err()),
        }
    }
}

/// The failures that do not depend on the operation, produced by the non-generic transport.
#[derive(Debug)]
pub(crate) enum Failure {
    Validation(ValidationError),
    Transport(TransportError),
    Timeout(TimeoutError),
}

impl Failure {
    /// The kind, as recorded in the call's tracing span.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Failure::Validation(_) => "validation",
            Failure::Transport(_) => "transport",
            Failure::Timeout(_) => "timeout",
        }
    }

    /// The HTTP status, when a response head was received.
    pub(crate) fn status(&self) -> Option<u16> {
        match self {
            Failure::Validation(_) => None,
            Failure::Transport(e) => e.status(),
            Failure::Timeout(e) => e.status(),
        }
    }

    /// The `X-Request-Id`, when a response head was received.
    pub(crate) fn request_id(&self) -> Option<&str> {
        match self {
            Failure::Validation(_) => None,
            Failure::Transport(e) => e.request_id(),
            Failure::Timeout(e) => e.request_id(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Validation(e) => e.fmt(f),
            Failure::Transport(e) => e.fmt(f),
            Failure::Timeout(e) => e.fmt(f),
        }
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Validation(e) => Error::Validation(e),
            Failure::Transport(e) => Error::Transport(e),
            Failure::Timeout(e) => Error::Timeout(e),
        }
    }
}

/// What kind of transport failure happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be established (DNS, refused, TLS); the request was not sent.
    Connect,
    /// The connection failed after the request may have been sent (reset, closed early).
    Send,
    /// The response body could not be read completely (truncated, reset mid-body).
    Body,
    /// The response body exceeded the client's size limit; reading stopped at the limit.
    BodyTooLarge,
    /// The endpoint could not be resolved or the request URL could not be built.
    Endpoint,
    /// Request signing failed (e.g. an invalid access key).
    Auth,
}

impl TransportErrorKind {
    fn describe(self) -> &'static str {
        match self {
            TransportErrorKind::Connect => "connection failed",
            TransportErrorKind::Send => "request failed",
            TransportErrorKind::Body => "reading the response body failed",
            TransportErrorKind::BodyTooLarge => "response body too large",
            TransportErrorKind::Endpoint => "invalid endpoint",
            TransportErrorKind::Auth => "cannot authorize request",
        }
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The request could not be sent, or the response could not be read.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    status: Option<u16>,
    request_id: Option<String>,
    attempts: u32,
    source: Option<BoxError>,
}

impl TransportError {
    pub(crate) fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            status: None,
            request_id: None,
            attempts: 1,
            source: None,
        }
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.source = Some(source.into());
        self
    }

    pub(crate) fn with_response(mut self, status: u16, request_id: Option<String>) -> Self {
        self.status = Some(status);
        self.request_id = request_id;
        self
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// A description of the failure (root cause included).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status, if the failure happened while reading a response body.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `X-Request-Id` header, if response headers were received.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// How many attempts were made in total.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.describe(), self.message)?;
        if let Some(status) = self.status {
            write!(f, " (status {status})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The timeout elapsed before the response was complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    after: Duration,
    connect: bool,
    attempts: u32,
    status: Option<u16>,
    request_id: Option<String>,
}

impl TimeoutError {
    pub(crate) fn new(after: Duration, connect: bool) -> Self {
        TimeoutError {
            after,
            connect,
            attempts: 1,
            status: None,
            request_id: None,
        }
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    pub(crate) fn with_response(mut self, status: u16, request_id: Option<String>) -> Self {
        self.status = Some(status);
        self.request_id = request_id;
        self
    }

    /// The timeout that elapsed (of the last attempt).
    pub fn duration(&self) -> Duration {
        self.after
    }

    /// Whether it was the connect timeout (the request was not sent).
    pub fn is_connect(&self) -> bool {
        self.connect
    }

    /// How many attempts were made in total.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The HTTP status, if response headers arrived before the timeout (slow body).
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `X-Request-Id` header, if response headers arrived before the timeout (slow body).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.connect {
            "connect timed out"
        } else {
            "request timed out"
        };
        write!(f, "{what} after {:?}", self.after)?;
        if let Some(status) = self.status {
            write!(f, " while reading the body (status {status})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for TimeoutError {}

/// The service answered with an error status: the operation's typed error plus what every error response
/// carries (status, request id, a generically parsed code and message, a bounded copy of the body).
#[derive(Debug)]
pub struct ServiceError<E> {
    err: E,
    status: u16,
    request_id: Option<String>,
    code: Option<String>,
    message: Option<String>,
    body: Bytes,
}

impl<E> ServiceError<E> {
    pub(crate) fn new(err: E, raw: &RawResponse) -> Self {
        let u = raw.unhandled();
        ServiceError {
            err,
            status: u.status,
            request_id: u.request_id,
            code: u.code,
            message: u.message,
            body: u.body,
        }
    }

    /// The operation's typed error.
    pub fn err(&self) -> &E {
        &self.err
    }

    /// The operation's typed error, by value.
    pub fn into_err(self) -> E {
        self.err
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `X-Request-Id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The error code parsed from the body, if any.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The error message parsed from the body (or the start of a non-JSON body).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The first bytes of the body (at most 4 KiB).
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }
}

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("service error: ")?;
        fmt_service_error(f, self.status, self.code(), self.message())?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl<E: std::error::Error + 'static> std::error::Error for ServiceError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.err)
    }
}

/// The client configuration is invalid (no endpoint, bad region, bad header, TLS setup failed).
#[derive(Debug)]
pub struct BuildError {
    message: String,
    source: Option<BoxError>,
}

impl BuildError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        BuildError {
            message: message.into(),
            source: None,
        }
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.source = Some(source.into());
        self
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid client configuration: {}", self.message)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
