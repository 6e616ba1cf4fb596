//! The handle generated service groups call through, and the future every generated call method returns: one
//! named type for all operations.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::client::Client;
use crate::error::{Error, ServiceError};
use crate::http::config::CallOptions;
use crate::http::error::Failure;
use crate::http::transport;
use crate::operation::Operation;
use crate::response::Response;
use crate::wire::params::RequestParts;
use crate::wire::response::RawResponse;
use crate::wire::validate::Validator;

/// A client plus per-call options: what each generated service group wraps.
#[derive(Debug, Clone)]
pub struct Handle<'a> {
    pub(crate) client: &'a Client,
    pub(crate) options: CallOptions,
}

impl<'a> Handle<'a> {
    /// A handle with no per-call overrides.
    pub fn new(client: &'a Client) -> Self {
        Handle {
            client,
            options: CallOptions::default(),
        }
    }

    /// Replaces the per-call options.
    pub fn with_options(self, options: CallOptions) -> Self {
        Handle { options, ..self }
    }

    /// Validates, encodes, sends (with auth, timeouts, retries, body limit and tracing) and decodes one call, when
    /// the returned future is first polled.
    ///
    /// The returned [`Call`] is the only generic step; the transport it starts is shared by every operation.
    #[inline]
    pub fn send<O: Operation>(&self, req: O) -> Call<'_, O> {
        Call::new(self, req)
    }
}

/// The result of a call of operation `O`: its success body with the response's metadata, or an [`Error`]
/// carrying the operation's typed error.
pub type CallResult<O> = Result<Response<<O as Operation>::Output>, Error<<O as Operation>::Error>>;

/// One call of operation `O`, returned by every generated call method; resolves to a [`CallResult`].
///
/// Like any future it does nothing until polled: validation, encoding and sending all happen on the first poll,
/// and dropping it cancels the call (retries included). It is `Send` when `O` is, so it can be spawned, and it is
/// a named type, so it can be kept in a struct field or a collection without boxing it again.
#[must_use = "a call does nothing unless it is `.await`ed or polled"]
pub struct Call<'a, O: Operation> {
    handle: &'a Handle<'a>,
    request: O,
    // Set on the first poll, when the request is validated, encoded and handed to the transport. The shared,
    // non-generic transport's future, boxed: one allocation per call (reqwest boxes its own request state too) buys
    // a type that generated code can name, which saves rustc an opaque `impl Future` per endpoint (BENCHMARKS.md),
    // and keeps the transport's large state machine out of every caller's future.
    sending: Option<Sending<'a>>,
}

/// The transport's future for one call, boxed.
type Sending<'a> = Pin<Box<dyn Future<Output = Result<RawResponse, Failure>> + Send + 'a>>;

impl<'a, O: Operation> Call<'a, O> {
    #[inline]
    pub(crate) fn new(handle: &'a Handle<'a>, request: O) -> Self {
        Call {
            handle,
            request,
            sending: None,
        }
    }
}

// Nothing is pinned in place: the request is only read, and the transport's future is pinned in its own box.
impl<O: Operation> Unpin for Call<'_, O> {}

impl<O: Operation> Future for Call<'_, O> {
    type Output = CallResult<O>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<CallResult<O>> {
        let this = &mut *self;
        // Polled again after it finished, the transport's future panics, as every `async fn`'s does.
        let sending = this
            .sending
            .get_or_insert_with(|| start(this.handle, &this.request));
        let raw = match sending.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(raw) => raw?,
        };
        Poll::Ready(match O::decode(&raw) {
            Ok(Ok(output)) => Ok(Response::new(output, raw)),
            Ok(Err(err)) => Err(Error::Service(ServiceError::new(err, &raw))),
            Err(e) => Err(Error::Decode(e)),
        })
    }
}

/// Validates and encodes the request, and starts the transport on it.
fn start<'a, O: Operation>(handle: &'a Handle<'a>, request: &O) -> Sending<'a> {
    let mut v = Validator::new();
    request.validate(&mut v);
    let mut parts = RequestParts::new();
    request.encode(&mut parts);
    Box::pin(transport::execute(
        &handle.client.inner,
        O::META,
        v.into_issues(),
        parts,
        &handle.options,
    ))
}

impl<O: Operation> fmt::Debug for Call<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("service", &O::META.service)
            .field("operation", &O::META.name)
            .field("started", &self.sending.is_some())
            .finish_non_exhaustive()
    }
}
