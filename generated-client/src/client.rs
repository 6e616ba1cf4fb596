//! The client and its builder.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::credentials::Credentials;
use crate::auth::provider::CredentialsProvider;
use crate::error::BuildError;
use crate::http::config::{
    ClientInner, HttpSettings, check_user_header, http_client, stops_at_redirects,
};
use crate::http::endpoint;
use crate::http::hooks::Hook;
use crate::http::retry::RetryPolicy;
use crate::http::target::{Base, Target};
use crate::http::tls::{self, Tls};
use crate::http::transport::token_header;
use crate::service_meta::ServiceMeta;
use crate::wire::params::{check_header, set_header};

/// Default overall timeout per attempt, as in the official SDKs.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default cap on a response body.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 10 * 1024 * 1024;

/// A client for every service in the specs. Cheap to clone (shared connection pool); `Send + Sync`.
///
/// Calls run on Tokio and need its time driver (`#[tokio::main]` enables it) for timeouts and retry delays.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use generated_client::{Client, Credentials};
/// let client = Client::builder()
///     .credentials(Credentials::from_env()?)
///     .region("cn-north-4")
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

impl Client {
    /// A builder; set credentials and a region or endpoint, then [`ClientBuilder::build`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The configured region, if any.
    pub fn region(&self) -> Option<&str> {
        match &self.inner.target {
            Some(Target::Region(r)) => Some(r),
            _ => None,
        }
    }
}

impl fmt::Debug for Client {
    // Only the kind of credentials is shown; their contents (keys, tokens, ids) never are.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        let credentials = match &i.credentials {
            None if i.provider.is_some() => "provider",
            None => "anonymous",
            Some(Credentials::Basic(_)) => "basic",
            Some(Credentials::Global(_)) => "global",
            Some(Credentials::Token(_)) => "token",
        };
        let mut d = f.debug_struct("Client");
        d.field("credentials", &credentials);
        match &i.target {
            Some(Target::Region(r)) => d.field("region", r),
            Some(Target::Fixed(e)) => d.field("endpoint", &e.base_url()),
            None => d.field("endpoint", &None::<String>),
        };
        if !i.service_endpoints.is_empty() {
            d.field(
                "service_endpoints",
                &i.service_endpoints
                    .iter()
                    .map(|(s, e)| (s.as_str(), e.base_url()))
                    .collect::<Vec<_>>(),
            );
        }
        d.field(
            "http",
            &match &i.http_settings {
                Some(_) => tls::BACKEND.unwrap_or("no TLS"),
                None => "supplied reqwest::Client",
            },
        );
        d.field("timeout", &i.timeout)
            .field("connect_timeout", &i.connect_timeout)
            .field("retry", &i.retry)
            .field("max_response_body", &i.max_response_body)
            .field("user_agent", &i.user_agent)
            .field("hooks", &i.hooks.len())
            .field(
                "default_headers",
                &i.default_headers
                    .iter()
                    .map(|(n, _)| n.as_ref())
                    .collect::<Vec<&str>>(),
            )
            .finish()
    }
}

/// Configures a [`Client`]. Every setting has a default except where requests go (region or endpoint).
#[derive(Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    provider: Option<Arc<dyn CredentialsProvider>>,
    hooks: Vec<Arc<dyn Hook>>,
    anonymous: bool,
    region: Option<String>,
    endpoint: Option<String>,
    service_endpoints: Vec<(String, String)>,
    services: Vec<&'static ServiceMeta>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    retry: RetryPolicy,
    max_response_body: Option<usize>,
    user_agent_suffix: Option<String>,
    default_headers: Vec<(String, String)>,
    no_proxy: bool,
    root_certificates: Vec<Vec<u8>>,
    http_client: Option<reqwest::Client>,
}

impl ClientBuilder {
    /// How requests are authenticated: AK/SK signing or an IAM token, the same for every call. A client needs
    /// credentials, a [credentials provider](ClientBuilder::credentials_provider) or
    /// [`ClientBuilder::anonymous`]; the last of these calls wins.
    pub fn credentials(mut self, credentials: impl Into<Credentials>) -> Self {
        self.credentials = Some(credentials.into());
        self.provider = None;
        self.anonymous = false;
        self
    }

    /// Credentials that can change while the client lives: `provider` is asked for the credentials of every
    /// attempt (and once before the first, for the `{project_id}` and `{domain_id}` the call fills in), so a retry
    /// after a refresh is signed with the new keys. See [`RefreshingCredentials`](crate::RefreshingCredentials)
    /// for temporary credentials, [`EnvCredentials`](crate::EnvCredentials) and
    /// [`CredentialsChain`](crate::CredentialsChain). When it has none, the call fails with
    /// [`Error::Credentials`](crate::Error::Credentials). Replaces [`ClientBuilder::credentials`] and
    /// [`ClientBuilder::anonymous`]: the last of these calls wins.
    ///
    /// ```no_run
    /// # fn demo() -> Result<(), generated_client::BuildError> {
    /// use generated_client::{Client, CredentialsChain, EnvCredentials, TokenCredentials};
    /// let client = Client::builder()
    ///     .credentials_provider(
    ///         CredentialsChain::first_try(EnvCredentials::new()).or_else(TokenCredentials::new("…")),
    ///     )
    ///     .region("cn-north-4")
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn credentials_provider(mut self, provider: impl CredentialsProvider + 'static) -> Self {
        self.provider = Some(Arc::new(provider));
        self.credentials = None;
        self.anonymous = false;
        self
    }

    /// Adds a [`Hook`], run at every attempt of every call, after the hooks added before it: before the request is
    /// signed (it may add headers, which are signed too) and after each response (read-only).
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    /// Sends every request unsigned, with no credentials: for a mock server, or a gateway in front of the services
    /// that authenticates callers itself. The real cloud answers such requests with 401, which is why
    /// [`ClientBuilder::build`] refuses a client that has neither credentials nor this; the later of the two calls
    /// wins.
    pub fn anonymous(mut self) -> Self {
        self.credentials = None;
        self.provider = None;
        self.anonymous = true;
        self
    }

    /// The region, e.g. `cn-north-4`: each service is reached at
    /// `https://<service-prefix>.<region>.myhuaweicloud.com`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// One endpoint for every service (a mock server, a private cloud, a proxy), e.g.
    /// `http://127.0.0.1:8080` or `https://gateway.example.com/base`. Without a scheme, `https://` is used;
    /// plain `http://` only when written out. Takes precedence over [`ClientBuilder::region`].
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The endpoint of one service, by its name (the spec file name and module name: `ges`, `dataarts`, …),
    /// e.g. for a private cloud where every service has its own host. Takes precedence over
    /// [`ClientBuilder::endpoint`] and [`ClientBuilder::region`] for that service; the same rules as
    /// [`ClientBuilder::endpoint`] apply. Calling it again for the same service replaces the earlier value.
    ///
    /// ```
    /// # fn demo() -> Result<(), generated_client::BuildError> {
    /// # let credentials = generated_client::TokenCredentials::new("token");
    /// let client = generated_client::Client::builder()
    ///     .credentials(credentials)
    ///     .region("cn-north-4")                                   // every other service
    ///     .service_endpoint("ges", "https://ges.private.example")  // GES only
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn service_endpoint(
        mut self,
        service: impl Into<String>,
        endpoint: impl Into<String>,
    ) -> Self {
        let service = service.into();
        self.service_endpoints.retain(|(s, _)| *s != service);
        self.service_endpoints.push((service, endpoint.into()));
        self
    }

    /// Services of a spec of your own (`generated_client::generate!("spec", standalone)` in your crate) that this
    /// client calls: the `SERVICES` that expansion emits, or some of its `<service>::SERVICE`s. Their calls work
    /// without this; with it, [`ClientBuilder::service_endpoint`] accepts their names, and their endpoints are
    /// resolved once here instead of on every call. This crate's own services are always known.
    ///
    /// ```no_run
    /// # mod api { pub static SERVICES: generated_client::Services = generated_client::Services::new(&[]); }
    /// # fn demo() -> Result<(), generated_client::BuildError> {
    /// let client = generated_client::Client::builder()
    ///     .anonymous()
    ///     .services(api::SERVICES)
    ///     .service_endpoint("widgets", "http://127.0.0.1:8080")
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn services(mut self, services: impl IntoIterator<Item = &'static ServiceMeta>) -> Self {
        self.services.extend(services);
        self
    }

    /// Overall timeout of each attempt, from connecting until the whole body is read. Default 120 s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout for establishing a connection. Default 30 s.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The retry policy for every call (default: no retries). See [`RetryPolicy`].
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body accepted, in bytes (default 10 MiB). Reading stops at the limit and the call
    /// fails with [`TransportErrorKind::BodyTooLarge`](crate::TransportErrorKind::BodyTooLarge).
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = Some(bytes);
        self
    }

    /// Appended to the `User-Agent` (`generated-client/<version> <suffix>`), e.g. `my-app/1.2`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// A header added to every call (and signed). Operation parameters and per-call headers override it.
    /// Authentication, framing and content-type headers cannot be set this way.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Ignore the system proxy settings (`HTTP_PROXY`, `HTTPS_PROXY`, …), e.g. for a local mock server.
    pub fn no_proxy(mut self) -> Self {
        self.no_proxy = true;
        self
    }

    /// Trusts the root certificates in `pem` (one or more `-----BEGIN CERTIFICATE-----` blocks) besides the
    /// platform's, e.g. the CA of a private cloud. Each call adds more; they are checked by
    /// [`ClientBuilder::build`]. Needs a TLS feature (`rustls`, the default, `rustls-aws-lc` or `native-tls`).
    pub fn root_certificate(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.root_certificates.push(pem.as_ref().to_vec());
        self
    }

    /// Sends every call through `http`, a reqwest client configured by the caller: proxies, root certificates or
    /// a client certificate for a private cloud, connection pool settings, or one pool shared with the rest of the
    /// program. Its TLS backend is the caller's choice too (reqwest's features).
    ///
    /// **It must not follow redirects**: build it with `.redirect(reqwest::redirect::Policy::none())`. A followed
    /// redirect would carry the call's credentials (`X-Auth-Token`, `X-Security-Token`, and on the same host the
    /// signature) to wherever `Location` points: reqwest drops only `Authorization` and cookies when the host
    /// changes. reqwest cannot change a built client's policy, so [`ClientBuilder::build`] refuses a client it
    /// cannot see to stop at redirects. A redirect then comes back as the call's outcome: an undocumented
    /// status, [`Unhandled`](crate::Unhandled).
    ///
    /// The runtime still sets, per request: the method, URL, body, `Content-Type`, `Accept`, `User-Agent`, the
    /// authentication headers and the signature; and it bounds each attempt with [`ClientBuilder::timeout`] (or
    /// the call's). The client's own default headers are sent as well, unsigned. Settings of the client the
    /// runtime would otherwise make belong on the reqwest client instead: the connect timeout, proxies and root
    /// certificates. Setting [`ClientBuilder::connect_timeout`], [`ClientBuilder::no_proxy`] or
    /// [`ClientBuilder::root_certificate`] as well is refused, and a per-call
    /// [`CallOptions::connect_timeout`](crate::CallOptions::connect_timeout) does not apply.
    ///
    /// With this crate's default `rustls` feature, reqwest is built with `rustls-no-provider` (this crate brings
    /// its own ring setup), and a reqwest client built with rustls needs a crypto provider: enable reqwest's
    /// `rustls` feature in your own dependency on it (aws-lc-rs), or install one first, e.g.
    /// `rustls::crypto::ring::default_provider().install_default()`.
    ///
    /// ```no_run
    /// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// use generated_client::{Client, Credentials};
    /// let http = reqwest::Client::builder()
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .proxy(reqwest::Proxy::https("http://proxy.internal:3128")?)
    ///     .pool_max_idle_per_host(8)
    ///     .build()?;
    /// let client = Client::builder()
    ///     .credentials(Credentials::from_env()?)
    ///     .endpoint("https://gateway.private.example")
    ///     .http_client(http)
    ///     .build()?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http_client = Some(http);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        if self.credentials.is_none() && self.provider.is_none() && !self.anonymous {
            return Err(BuildError::new(
                "no credentials: set them with .credentials(..) (for example Credentials::from_env()?) or \
                 .credentials_provider(..), or call .anonymous() to send unsigned requests (a mock server, or a \
                 gateway that authenticates callers)",
            ));
        }
        let target = match (self.endpoint, self.region) {
            (Some(e), _) => Some(Target::Fixed(
                endpoint::parse_endpoint_override(&e)
                    .map_err(|err| BuildError::new(err.to_string()).with_source(err))?,
            )),
            (None, Some(region)) => {
                // Checks the region's shape once; per-service prefixes are checked by the spec macro.
                endpoint::region_endpoint("iam.{region}.{domain}", &region)
                    .map_err(|err| BuildError::new(err.to_string()).with_source(err))?;
                Some(Target::Region(region))
            }
            (None, None) if !self.service_endpoints.is_empty() => None,
            (None, None) => return Err(BuildError::new("no region or endpoint: set one of them")),
        };
        let services: Vec<&'static ServiceMeta> = crate::SERVICES
            .iter()
            .copied()
            .chain(self.services)
            .collect();
        let mut service_endpoints = Vec::new();
        for (service, e) in self.service_endpoints {
            if !services.iter().any(|s| s.name == service) {
                let known: Vec<&str> = services.iter().map(|s| s.name).collect();
                return Err(BuildError::new(format!(
                    "unknown service {service:?} for a service endpoint (known: {}; the services of a spec of \
                     your own become known with .services(..))",
                    known.join(", ")
                )));
            }
            let e = endpoint::parse_endpoint_override(&e).map_err(|err| {
                BuildError::new(format!("service {service}: {err}")).with_source(err)
            })?;
            service_endpoints.push((service, e));
        }
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        if timeout.is_zero() || connect_timeout.is_zero() {
            return Err(BuildError::new("timeouts must be greater than zero"));
        }
        let mut user_agent = format!("generated-client/{}", env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = self
            .user_agent_suffix
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            user_agent.push(' ');
            user_agent.push_str(suffix);
        }
        if check_header("User-Agent", &user_agent).is_err() {
            return Err(BuildError::new(
                "the user agent suffix contains characters not allowed in a header",
            ));
        }
        let mut default_headers = Vec::new();
        for (name, value) in self.default_headers {
            check_user_header(&name, &value).map_err(|issue| BuildError::new(issue.to_string()))?;
            set_header(&mut default_headers, name.into(), value);
        }
        let bases: Vec<Base> = services
            .iter()
            .filter_map(|s| Base::resolve(target.as_ref(), &service_endpoints, s.name, s.host))
            .collect();
        let (http, http_settings) = match self.http_client {
            Some(http) => {
                supplied_client_fits(
                    &http,
                    self.connect_timeout.is_some(),
                    self.no_proxy,
                    !self.root_certificates.is_empty(),
                )?;
                (http, None)
            }
            None => {
                let mut roots = Vec::new();
                for pem in &self.root_certificates {
                    roots.extend(tls::parse_pem_certificates(pem).map_err(|e| {
                        BuildError::new(format!("root certificate: {e}")).with_source(e)
                    })?);
                }
                let tls = Tls::new(roots).map_err(|e| {
                    BuildError::new(format!("cannot set up TLS: {e}")).with_source(e)
                })?;
                let settings = HttpSettings {
                    no_proxy: self.no_proxy,
                    tls,
                };
                if tls::BACKEND.is_none() && bases_need_tls(target.as_ref(), &bases) {
                    return Err(BuildError::new(
                        "an https:// endpoint needs a TLS backend: generated-client was built without one (enable \
                         its `rustls`, `rustls-aws-lc` or `native-tls` feature, or pass a reqwest client with \
                         .http_client(..))",
                    ));
                }
                let http = http_client(connect_timeout, &settings)
                    .map_err(|e| BuildError::new("cannot set up the HTTP client").with_source(e))?;
                (http, Some(settings))
            }
        };
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                http_by_connect_timeout: std::sync::Mutex::default(),
                http_settings,
                token_header: self.credentials.as_ref().and_then(token_header),
                credentials: self.credentials,
                provider: self.provider,
                hooks: self.hooks,
                target,
                service_endpoints,
                timeout,
                connect_timeout,
                retry: self.retry,
                max_response_body: self.max_response_body.unwrap_or(DEFAULT_MAX_RESPONSE_BODY),
                user_agent_header: reqwest::header::HeaderValue::from_str(&user_agent).ok(),
                user_agent,
                default_headers,
                bases,
            }),
        })
    }
}

/// Refuses a supplied reqwest client that may follow redirects (credentials would go along), and builder settings
/// that only apply to clients the runtime builds itself.
fn supplied_client_fits(
    http: &reqwest::Client,
    connect_timeout: bool,
    no_proxy: bool,
    root_certificates: bool,
) -> Result<(), BuildError> {
    if !stops_at_redirects(http) {
        return Err(BuildError::new(
            "the reqwest client given to .http_client(..) may follow redirects, which would carry credentials to \
             the redirect target: build it with .redirect(reqwest::redirect::Policy::none())",
        ));
    }
    let own = [
        (connect_timeout, ".connect_timeout(..)"),
        (no_proxy, ".no_proxy()"),
        (root_certificates, ".root_certificate(..)"),
    ];
    if let Some((_, name)) = own.iter().find(|(set, _)| *set) {
        return Err(BuildError::new(format!(
            "{name} applies to the HTTP client the runtime builds; with .http_client(..), set it on the reqwest \
             client instead"
        )));
    }
    Ok(())
}

/// Whether any request could go to an `https://` URL: every region endpoint does, and so may a fixed one.
fn bases_need_tls(target: Option<&Target>, bases: &[Base]) -> bool {
    matches!(target, Some(Target::Region(_))) || bases.iter().any(|b| b.url.scheme() == "https")
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials.as_ref().map(|_| "<set>"))
            .field("credentials_provider", &self.provider.is_some())
            .field("hooks", &self.hooks.len())
            .field("anonymous", &self.anonymous)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("service_endpoints", &self.service_endpoints)
            .field(
                "services",
                &self.services.iter().map(|s| s.name).collect::<Vec<_>>(),
            )
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("root_certificates", &self.root_certificates.len())
            .field("http_client", &self.http_client.is_some())
            .finish_non_exhaustive()
    }
}
