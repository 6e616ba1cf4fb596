//! The static description of one service (one spec file), which generated code emits as `<service>::SERVICE` and
//! lists in `SERVICES` next to the services (this crate's own at its root). It belongs to the spec front end:
//! besides the service's endpoint data it carries the spec as JSON and the contract checks, which call through the
//! client.

use crate::contract::ContractFn;
use crate::wire::meta::OperationMeta;

/// The static description of one service (one spec file): what [`generate!`](crate::generate) emits as
/// `<service>::SERVICE` and lists in `SERVICES`, for [`ClientBuilder::services`](crate::ClientBuilder::services),
/// `MockConfig::services` and the OpenAPI export. Only `generate!` builds one.
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
    #[doc(hidden)]
    pub contracts: &'static [ContractFn],
}

/// The services one `generate!` expansion defines: the `SERVICES` it emits next to them (this crate's own are
/// [`crate::SERVICES`]). What [`MockConfig::services`](crate::mock::MockConfig::services) serves,
/// [`ClientBuilder::services`](crate::ClientBuilder::services) resolves endpoints for, and the OpenAPI export reads.
///
/// Iterating yields `&'static ServiceMeta`, and it derefs to a slice of them (`SERVICES.len()`,
/// `SERVICES.iter()`). [`Services::new`] makes one of any services, for example of two expansions.
#[derive(Clone, Copy)]
pub struct Services(&'static [&'static ServiceMeta]);

impl Services {
    /// These services, e.g. `Services::new(&[&api::widgets::SERVICE, &api::gadgets::SERVICE])`.
    pub const fn new(services: &'static [&'static ServiceMeta]) -> Self {
        Services(services)
    }

    /// The service named `name` (its spec's `service:`), if listed.
    pub fn get(&self, name: &str) -> Option<&'static ServiceMeta> {
        self.0.iter().copied().find(|s| s.name == name)
    }
}

impl std::ops::Deref for Services {
    type Target = [&'static ServiceMeta];

    fn deref(&self) -> &Self::Target {
        self.0
    }
}

impl IntoIterator for Services {
    type Item = &'static ServiceMeta;
    type IntoIter = std::iter::Copied<std::slice::Iter<'static, &'static ServiceMeta>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

impl IntoIterator for &Services {
    type Item = &'static ServiceMeta;
    type IntoIter = std::iter::Copied<std::slice::Iter<'static, &'static ServiceMeta>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

// The names: the metadata of every operation would bury them.
impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|s| s.name))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static A: ServiceMeta = meta("alpha");
    static B: ServiceMeta = meta("beta");
    static BOTH: Services = Services::new(&[&A, &B]);
    static FIRST: Services = Services::new(&[&A]);

    const fn meta(name: &'static str) -> ServiceMeta {
        ServiceMeta {
            name,
            host: name,
            spec_json: "",
            operations: &[],
            contracts: &[],
        }
    }

    #[test]
    fn services_iterate_find_and_print_by_name() {
        let names: Vec<&str> = BOTH.into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["alpha", "beta"]);
        assert_eq!(BOTH.len(), 2);
        assert_eq!(BOTH.get("beta").map(|s| s.name), Some("beta"));
        assert!(BOTH.get("gamma").is_none());
        assert_eq!(format!("{BOTH:?}"), r#"["alpha", "beta"]"#);
        // What `MockConfig::services` and `ClientBuilder::services` take: the list or a chain of lists.
        let chained: Vec<&str> = FIRST.into_iter().chain(&BOTH).map(|s| s.name).collect();
        assert_eq!(chained, ["alpha", "alpha", "beta"]);
    }
}
