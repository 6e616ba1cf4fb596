//! The handle generated service groups call through, and the future every generated call method returns: one
//! named type for all operations.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use crate::client::Client;
use crate::error::{Error, ServiceError};
use crate::http::config::{CallOptions, ClientInner};
use crate::http::error::Failure;
use crate::http::transport;
use crate::operation::Operation;
use crate::response::Response;
use crate::wire::params::RequestParts;
use crate::wire::response::RawResponse;
use crate::wire::validate::Validator;

/// A client plus per-call options: what each generated service group wraps.
///
/// It owns a clone of the client (a reference count), so a service group can be stored or moved into a task.
#[derive(Debug, Clone)]
pub struct Handle {
    pub(crate) client: Client,
    // Shared with every call made through this handle: a call clones the `Arc`, not the options' headers.
    pub(crate) options: Option<Arc<CallOptions>>,
}

impl Handle {
    /// A handle with no per-call overrides.
    pub fn new(client: &Client) -> Self {
        Handle {
            client: client.clone(),
            options: None,
        }
    }

    /// Replaces the per-call options.
    pub fn with_options(self, options: CallOptions) -> Self {
        Handle {
            options: Some(Arc::new(options)),
            ..self
        }
    }

    /// Validates, encodes, sends (with auth, timeouts, retries, body limit and tracing) and decodes one call, when
    /// the returned future is first polled.
    ///
    /// The returned [`Call`] is the only generic step; the transport it starts is shared by every operation. It
    /// owns what it needs (the request, a clone of the client, the options), so it borrows nothing from `self`.
    #[inline]
    pub fn send<O: Operation>(&self, req: O) -> Call<O> {
        Call {
            request: req,
            start: Some((Arc::clone(&self.client.inner), self.options.clone())),
            sending: Box::pin(std::future::pending()),
        }
    }

    /// [`send`](Self::send) with `query` (decoded pairs, in order) instead of the query the request encodes; path,
    /// headers and body are the request's. The request is validated and encoded now; the transport's future starts
    /// when the call is first polled, as for any call.
    pub(crate) fn send_with_query<O: Operation>(
        &self,
        req: O,
        query: Vec<(String, String)>,
    ) -> Call<O> {
        let sending = start(
            Arc::clone(&self.client.inner),
            self.options.clone(),
            &req,
            Some(query),
        );
        Call {
            request: req,
            start: None,
            sending,
        }
    }
}

/// The result of a call of operation `O`: its success body with the response's metadata, or an [`Error`]
/// carrying the operation's typed error.
pub type CallResult<O> = Result<Response<<O as Operation>::Output>, Error<<O as Operation>::Error>>;

/// One call of operation `O`, returned by every generated call method; resolves to a [`CallResult`].
///
/// Like any future it does nothing until polled: validation, encoding and sending all happen on the first poll,
/// and dropping it cancels the call (retries included). It owns the request and a clone of the client, so it is
/// `'static` and `Send`: it can be stored (`let f = client.ges().stop_graph(req);`), spawned
/// (`tokio::spawn(client.ges().stop_graph(req))`), and kept in a struct field or a collection by its type without
/// boxing it again.
#[must_use = "a call does nothing unless it is `.await`ed or polled"]
pub struct Call<O: Operation> {
    request: O,
    /// Until the first poll: the client and options, which then move into the transport's future.
    start: Option<(Arc<ClientInner>, Option<Arc<CallOptions>>)>,
    /// The shared, non-generic transport's future, boxed; set on the first poll, when the request is validated,
    /// encoded and handed to the transport. Until then a zero-sized future that is never polled (boxing it
    /// allocates nothing). One allocation per call (reqwest boxes its own request state too) buys a type that
    /// generated code can name, which saves rustc an opaque `impl Future` per endpoint (BENCHMARKS.md), and keeps
    /// the transport's large state machine out of every caller's future.
    sending: Sending,
}

/// The transport's future for one call, boxed; it owns the client and the options it reads.
type Sending = Pin<Box<dyn Future<Output = Result<RawResponse, Failure>> + Send + 'static>>;

// Nothing is pinned in place: the request is only read, and the transport's future is pinned in its own box.
impl<O: Operation> Unpin for Call<O> {}

impl<O: Operation> Future for Call<O> {
    type Output = CallResult<O>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<CallResult<O>> {
        let this = &mut *self;
        if let Some((client, options)) = this.start.take() {
            this.sending = start(client, options, &this.request, None);
        }
        // Polled again after it finished, the transport's future panics, as every `async fn`'s does.
        let raw = match this.sending.as_mut().poll(cx) {
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

/// Validates and encodes the request (with `query` instead of its own, when given), and starts the transport on it.
fn start<O: Operation>(
    client: Arc<ClientInner>,
    options: Option<Arc<CallOptions>>,
    request: &O,
    query: Option<Vec<(String, String)>>,
) -> Sending {
    let mut v = Validator::new();
    request.validate(&mut v);
    let mut parts = RequestParts::new();
    request.encode(&mut parts);
    if let Some(query) = query {
        parts.replace_query(query);
    }
    Box::pin(transport::execute(
        client,
        O::META,
        v.into_issues(),
        parts,
        options,
    ))
}

impl<O: Operation> fmt::Debug for Call<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("service", &O::META.service)
            .field("operation", &O::META.name)
            .field("started", &self.start.is_none())
            .finish_non_exhaustive()
    }
}
