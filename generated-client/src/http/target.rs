//! Where requests go: the client's target (a region or one endpoint for everything), and each service's endpoint,
//! parsed once when the client is built.

use crate::http::endpoint::{self, Endpoint};
use crate::http::error::{Failure, TransportError, TransportErrorKind};

/// Where requests go: per-service regional endpoints, or one explicit endpoint for everything.
#[derive(Debug)]
pub(crate) enum Target {
    Region(String),
    Fixed(Endpoint),
}

/// A service's endpoint, parsed once when the client is built: each call copies it and sets only its path and
/// query, rather than parsing a whole URL (scheme, host, IDNA) again.
#[derive(Debug)]
pub(crate) struct Base {
    pub(crate) service: &'static str,
    // The service's host template, as its `OperationMeta::host`.
    pub(crate) host: &'static str,
    pub(crate) url: reqwest::Url,
    // The base path (`""` or `/gw`), which every request path is appended to.
    pub(crate) path: String,
    // `host[:port]` of `url`, as `host_of` gives it.
    pub(crate) authority: String,
    // `https` only because the endpoint was written without a scheme.
    pub(crate) implicit_https: bool,
}

/// A service's base URL as `base_url` resolves it.
pub(crate) struct BaseUrl {
    /// `scheme://host[:port][/base/path]`.
    pub(crate) url: String,
    /// The base path (`""` or `/gw`).
    pub(crate) path: String,
    /// `https` only because the endpoint was written without a scheme.
    pub(crate) implicit_https: bool,
}

/// `host[:port]` as the HTTP stack will send it (default port omitted); `None` for a URL without a host.
pub(crate) fn host_of(url: &reqwest::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

impl Base {
    /// The parsed endpoint of a service, if it has one; `None` leaves every call to resolve it (and report why it
    /// cannot) itself.
    pub(crate) fn resolve(
        target: Option<&Target>,
        service_endpoints: &[(String, Endpoint)],
        service: &'static str,
        host: &'static str,
    ) -> Option<Self> {
        let base = base_url(target, service_endpoints, service, host).ok()?;
        let url = reqwest::Url::parse(&base.url).ok()?;
        // Without a host every call reports the problem itself (the full-parse path).
        let authority = host_of(&url)?;
        Some(Self {
            service,
            host,
            url,
            path: base.path,
            authority,
            implicit_https: base.implicit_https,
        })
    }
}

/// The endpoint for this operation, e.g. `https://h/gw` with base path `/gw`.
pub(crate) fn base_url(
    target: Option<&Target>,
    service_endpoints: &[(String, Endpoint)],
    service: &str,
    host: &str,
) -> Result<BaseUrl, Failure> {
    let of = |e: &Endpoint| BaseUrl {
        url: e.base_url(),
        path: e.base_path().to_owned(),
        implicit_https: e.implicit_https(),
    };
    let fixed = service_endpoints
        .iter()
        .find(|(s, _)| s == service)
        .map(|(_, e)| e);
    let endpoint = match (fixed, target) {
        (Some(e), _) | (None, Some(Target::Fixed(e))) => return Ok(of(e)),
        (None, Some(Target::Region(region))) => endpoint::region_endpoint(host, region)
            .and_then(|url| endpoint::parse_endpoint_override(&url)),
        (None, None) => {
            return Err(Failure::Transport(TransportError::new(
                TransportErrorKind::Endpoint,
                format!(
                    "no endpoint for service {service}: set a region, an endpoint, or a service endpoint for it"
                ),
            )));
        }
    };
    endpoint.map(|e| of(&e)).map_err(|e| {
        Failure::Transport(
            TransportError::new(TransportErrorKind::Endpoint, e.to_string()).with_source(e),
        )
    })
}
