//! The error a call returns: one outer [`Error<E>`] whose kinds a caller can match, with the operation's
//! typed error `E` inside [`Error::Service`].
//!
//! No error ever carries a request header or credential: the only request data kept is the URL (which holds
//! no secrets) inside transport errors.

use std::fmt;

use bytes::Bytes;

use crate::auth::credentials::CredentialsError;
use crate::http::error::{BoxError, Failure, TimeoutError, TransportError};
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
    /// The client's [credentials provider](crate::CredentialsProvider) supplied no credentials for an attempt
    /// (a failed refresh, for instance); that attempt was not sent.
    Credentials(CredentialsError),
}

impl<E> Error<E> {
    /// The HTTP status, when a response (or at least its head) was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Validation(_) | Error::Credentials(_) => None,
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
            Error::Credentials(_) => Some("no credentials"),
        }
    }

    /// The `X-Request-Id` response header, when a response was received. Quote it to support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Validation(_) | Error::Credentials(_) => None,
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
            Error::Credentials(e) => e.fmt(f),
        }
    }
}

/// Transparent: an `Error` displays as the error it holds and has that error's source, so that a reporter
/// printing the chain (`anyhow`, `eyre`) shows each level once.
impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Validation(e) => e.source(),
            Error::Transport(e) => e.source(),
            Error::Timeout(e) => e.source(),
            Error::Decode(e) => e.source(),
            Error::Service(e) => e.source(),
            Error::Credentials(e) => e.source(),
        }
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Validation(e) => Error::Validation(e),
            Failure::Transport(e) => Error::Transport(e),
            Failure::Timeout(e) => Error::Timeout(e),
            Failure::Credentials(e) => Error::Credentials(e),
        }
    }
}

/// The service answered with an error status: the operation's typed error plus what every error response
/// carries (status, request id, a generically parsed code and message, a bounded copy of the body).
///
/// Its `Display` holds the status, code, message, request id and, when the call was retried, the number of
/// attempts; it has no [`source`](std::error::Error::source), since the typed error `E` displays the same status,
/// code and message (get it with [`err`](Self::err)).
#[derive(Debug)]
pub struct ServiceError<E> {
    err: E,
    status: u16,
    request_id: Option<String>,
    code: Option<String>,
    message: Option<String>,
    body: Bytes,
    attempts: u32,
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
            attempts: raw.attempts,
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

    /// How many attempts the call made: more than 1 when a retry policy repeated it (the last answer is this one).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("service error: ")?;
        fmt_service_error(f, self.status, self.code(), self.message())?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl<E: std::error::Error + 'static> std::error::Error for ServiceError<E> {}

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
