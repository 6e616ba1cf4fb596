//! The static description of one service (one spec file), which generated code emits as `<service>::SERVICE` and
//! lists in the crate root's `__SERVICES`. It belongs to the spec front end: besides the service's endpoint data it
//! carries the spec as JSON and the contract checks, which call through the client.

use crate::contract::ContractFn;
use crate::wire::meta::OperationMeta;

/// The static description of one service (one spec file).
#[derive(Debug, Clone, Copy)]
pub struct ServiceMeta {
    /// The service's name (its spec file), e.g. `ges`.
    pub name: &'static str,
    /// The service's host in a region, a template of `{region}` and `{domain}` (see [`OperationMeta::host`]).
    pub host: &'static str,
    /// The normalized spec as JSON, read by the mock server and the OpenAPI export; `""` unless generated-client is
    /// built with `mock` or `openapi` (the macro then skips building it).
    pub spec_json: &'static str,
    /// Every operation of the service.
    pub operations: &'static [&'static OperationMeta],
    /// One contract check per operation, in the same order (empty without the `mock` feature).
    pub contracts: &'static [ContractFn],
}
