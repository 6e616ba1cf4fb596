//! Typed async client for the services described in `spec/*.yaml`.
#![deny(missing_docs)]

extern crate self as generated_client;

mod credentials;
mod signer;
mod endpoint;

#[doc(hidden)]
pub mod __private;
