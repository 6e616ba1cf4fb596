//! Authentication: the credentials a client holds, the providers that supply credentials which change while it lives,
//! and the `SDK-HMAC-SHA256` signer they authorize requests with. Above `wire` (which it may use), below `http`, which
//! asks the provider and signs once per attempt.

pub(crate) mod credentials;
#[cfg(test)]
pub(crate) mod official;
pub(crate) mod provider;
pub(crate) mod signer;
