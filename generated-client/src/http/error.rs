//! What the transport reports when a call fails before a response could be read: validation, transport and timeout
//! failures.
//!
//! No error ever carries a request header or credential: the only request data kept is the URL (which holds
//! no secrets) inside transport errors.

use std::fmt;
use std::time::Duration;

use crate::auth::credentials::CredentialsError;
use crate::wire::validate::ValidationError;

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

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Which call failed, for the error's text: the operation, and the host when the request got that far.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CallContext {
    service: &'static str,
    operation: &'static str,
    host: Option<String>,
}

impl fmt::Display for CallContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, " for {}.{}", self.service, self.operation)?;
        if let Some(host) = &self.host {
            write!(f, " at {host}")?;
        }
        Ok(())
    }
}

/// The request could not be sent, or the response could not be read.
///
/// Its `Display` names what failed, for which operation and host, and how often it was tried; the underlying
/// error (the HTTP stack's, down to the OS error) is its [`source`](std::error::Error::source), so an error
/// reporter that prints the chain (`anyhow`'s `{:#}`, `eyre`) shows each cause once. [`message`](Self::message)
/// is the innermost cause's text on its own.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    status: Option<u16>,
    request_id: Option<String>,
    attempts: u32,
    // Boxed: failures travel in `Result`s on the hot path, which stay small.
    context: Option<Box<CallContext>>,
    // What the caller probably meant, when the failure suggests it (`did you mean http://…?`).
    hint: Option<Box<str>>,
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
            context: None,
            hint: None,
            source: None,
        }
    }

    pub(crate) fn with_hint(mut self, hint: String) -> Self {
        self.hint = Some(hint.into_boxed_str());
        self
    }

    pub(crate) fn with_context(
        mut self,
        service: &'static str,
        operation: &'static str,
        host: Option<&str>,
    ) -> Self {
        self.context = Some(Box::new(CallContext {
            service,
            operation,
            host: host.map(str::to_owned),
        }));
        self
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

    /// What went wrong, in one line: the innermost cause's text (`Connection refused (os error 111)`), or the
    /// runtime's own description when there is no underlying error (`the limit is 10485760 bytes`).
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
        f.write_str(self.kind.describe())?;
        if let Some(context) = &self.context {
            context.fmt(f)?;
        }
        // With an underlying error, `message` is its text, which the chain shows: written once, there.
        if self.source.is_none() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
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
    // Boxed: failures travel in `Result`s on the hot path, which stay small.
    context: Option<Box<CallContext>>,
}

impl TimeoutError {
    pub(crate) fn new(after: Duration, connect: bool) -> Self {
        TimeoutError {
            after,
            connect,
            attempts: 1,
            status: None,
            request_id: None,
            context: None,
        }
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    pub(crate) fn with_context(
        mut self,
        service: &'static str,
        operation: &'static str,
        host: Option<&str>,
    ) -> Self {
        self.context = Some(Box::new(CallContext {
            service,
            operation,
            host: host.map(str::to_owned),
        }));
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
        if let Some(context) = &self.context {
            context.fmt(f)?;
        }
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

/// The failures that do not depend on the operation, produced by the non-generic transport.
#[derive(Debug)]
pub(crate) enum Failure {
    Validation(ValidationError),
    Transport(TransportError),
    Timeout(TimeoutError),
    /// The credentials provider had no credentials for an attempt.
    Credentials(CredentialsError),
}

impl Failure {
    /// The kind, as recorded in the call's tracing span.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Failure::Validation(_) => "validation",
            Failure::Transport(_) => "transport",
            Failure::Timeout(_) => "timeout",
            Failure::Credentials(_) => "credentials",
        }
    }

    /// The HTTP status, when a response head was received.
    pub(crate) fn status(&self) -> Option<u16> {
        match self {
            Failure::Validation(_) | Failure::Credentials(_) => None,
            Failure::Transport(e) => e.status(),
            Failure::Timeout(e) => e.status(),
        }
    }

    /// Names the operation and host in transport and timeout errors.
    pub(crate) fn with_context(
        self,
        service: &'static str,
        operation: &'static str,
        host: Option<&str>,
    ) -> Self {
        match self {
            Failure::Transport(e) => Failure::Transport(e.with_context(service, operation, host)),
            Failure::Timeout(e) => Failure::Timeout(e.with_context(service, operation, host)),
            other => other,
        }
    }

    /// The innermost cause's text of a transport failure (its `Display` leaves that to the error chain).
    pub(crate) fn cause(&self) -> Option<&str> {
        match self {
            Failure::Transport(e) => Some(e.message()),
            Failure::Validation(_) | Failure::Timeout(_) | Failure::Credentials(_) => None,
        }
    }

    /// The `X-Request-Id`, when a response head was received.
    pub(crate) fn request_id(&self) -> Option<&str> {
        match self {
            Failure::Validation(_) | Failure::Credentials(_) => None,
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
            Failure::Credentials(e) => e.fmt(f),
        }
    }
}
