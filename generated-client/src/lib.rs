//! Typed async client for the Huawei Cloud services described in `spec/*.yaml`.
//!
//! Each spec file becomes a module (`ges`, `dataarts`, …) with typed requests, responses and per-operation
//! error enums, called through a shared [`Client`]:
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use generated_client::{Client, Credentials, RetryPolicy};
//! let client = Client::builder()
//!     .credentials(Credentials::from_env()?)
//!     .region("cn-north-4")
//!     .retry(RetryPolicy::standard())
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```
//!
//! The hand-written runtime (this crate's non-generated part) does everything per call: client-side
//! validation, percent-encoding, `SDK-HMAC-SHA256` signing or `X-Auth-Token`, endpoints, timeouts, opt-in
//! retries, a response size limit, `X-Request-Id` capture, typed errors and a `tracing` span.
//!
//! A spec of your own gets the same in your crate: [`generate!`]`("../spec", standalone)` expands it there, and the
//! `SERVICES` it emits registers its services with [`ClientBuilder::services`] and, for tests, with
//! `mock::MockConfig::services` (the README's "A spec of your own" is a complete crate).
#![deny(missing_docs)]

extern crate self as generated_client;

// The runtime's layers, from the bottom: wire, auth, http, then the call surface; the spec front end (with
// `__private`, `mock` and `openapi` below) is on top. ARCHITECTURE.md, "The runtime's layers", says what each may
// use; `layer_tests` checks it.
mod auth;
mod http;
mod wire;

// The call surface.
mod call;
mod client;
mod error;
mod operation;
mod paginate;
mod response;
mod wait;

// The spec front end.
mod contract;
mod service_meta;

#[doc(hidden)]
pub mod __private;

pub mod datetime;

/// The embedded spec-driven mock server (feature `mock`).
#[cfg(feature = "mock")]
pub mod mock;

/// OpenAPI 3.1 export of every service (feature `openapi`).
#[cfg(feature = "openapi")]
pub mod openapi;

#[cfg(test)]
mod layer_tests;
#[cfg(test)]
mod runtime_tests;

pub use auth::credentials::{
    BasicCredentials, Credentials, CredentialsError, GlobalCredentials, ProviderError, Secret,
    TokenCredentials,
};
pub use auth::provider::{
    CredentialsChain, CredentialsFuture, CredentialsProvider, DEFAULT_REFRESH_MARGIN,
    EnvCredentials, RefreshingCredentials, TemporaryCredentials,
};
pub use call::{Call, CallResult};
pub use client::{
    Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BODY, DEFAULT_TIMEOUT,
};
pub use error::{BuildError, Error, ServiceError};
pub use http::config::CallOptions;
pub use http::error::{TimeoutError, TransportError, TransportErrorKind};
pub use http::hooks::{AfterResponse, BeforeSend, Hook};
pub use http::retry::RetryPolicy;
pub use operation::OperationError;
pub use paginate::{Items, Pages, Paginator};
pub use response::Response;
pub use service_meta::{ServiceMeta, Services};
pub use wait::{WaitFuture, WaitOutcome, WaitPolicy, WaitResult, Waiter};
pub use wire::body::{Binary, ByteStream};
pub use wire::datetime::DateTime;
pub use wire::json::JsonError;
pub use wire::json_text::JsonText;
pub use wire::response::{DecodeError, ErrorParts, Unhandled};
pub use wire::validate::{ValidationError, ValidationIssue};

pub use codegen_macros::generate;

// `spec` is a symlink to the workspace's `spec/`, packaged as files (see build.rs).
#[cfg(not(workspace_spec))]
codegen_macros::generate!("../spec", features);
#[cfg(workspace_spec)]
codegen_macros::generate!("../../spec", features);
