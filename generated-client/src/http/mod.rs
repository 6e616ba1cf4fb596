//! Sending: the client's configuration as the transport reads it, the TLS backend, endpoints, the retry policy, the
//! request hooks, and the non-generic transport (credentials and signing through `auth`, hooks, timeouts, retries,
//! the body limit, tracing) with the errors it reports. Uses `wire` and `auth`; knows nothing of operations' types or
//! of the call surface above it.

pub(crate) mod config;
pub(crate) mod endpoint;
pub(crate) mod error;
pub(crate) mod hooks;
pub(crate) mod retry;
pub(crate) mod target;
pub(crate) mod tls;
pub(crate) mod transport;
