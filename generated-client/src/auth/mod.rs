//! Authentication: the credentials a client holds and the `SDK-HMAC-SHA256` signer they authorize requests with.
//! Above `wire` (which it may use), below `http`, which calls it once per attempt.

pub(crate) mod credentials;
#[cfg(test)]
pub(crate) mod official;
pub(crate) mod signer;
