//! The client's configuration as the transport reads it: what `ClientBuilder::build` makes ([`ClientInner`]), the
//! per-call overrides ([`CallOptions`]), and the headers callers may not set.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::credentials::Credentials;
use crate::auth::provider::CredentialsProvider;
use crate::http::endpoint::Endpoint;
use crate::http::hooks::Hook;
use crate::http::retry::RetryPolicy;
use crate::http::target::{Base, Target};
use crate::http::tls::Tls;
use crate::wire::params::{HeaderList, check_header};
use crate::wire::validate::ValidationIssue;

/// Headers the runtime owns (authentication, framing, content type); callers cannot set them.
const RESERVED_HEADERS: &[&str] = &[
    "host",
    "authorization",
    "x-sdk-date",
    "x-sdk-content-sha256",
    "x-auth-token",
    "x-security-token",
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
];

/// What a [`Client`](crate::Client) shares between its clones: the HTTP clients and every setting, fixed when the
/// client is built.
pub(crate) struct ClientInner {
    pub(crate) http: reqwest::Client,
    /// Clients for per-call connect timeouts (reqwest sets that per client), built on first use and kept.
    pub(crate) http_by_connect_timeout: std::sync::Mutex<Vec<(Duration, reqwest::Client)>>,
    /// How `http` was built, to build more like it; `None` when the caller supplied `http`
    /// (`ClientBuilder::http_client`), which is then used for every call.
    pub(crate) http_settings: Option<HttpSettings>,
    /// Fixed credentials (`ClientBuilder::credentials`); `None` with a provider, or for an anonymous client.
    pub(crate) credentials: Option<Credentials>,
    /// Asked for the credentials of each attempt (`ClientBuilder::credentials_provider`), instead of `credentials`.
    pub(crate) provider: Option<Arc<dyn CredentialsProvider>>,
    /// Run at every attempt, in order (`ClientBuilder::hook`).
    pub(crate) hooks: Vec<Arc<dyn Hook>>,
    pub(crate) target: Option<Target>,
    /// Per-service endpoints (by service name), checked before `target`.
    pub(crate) service_endpoints: Vec<(String, Endpoint)>,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_body: usize,
    pub(crate) user_agent: String,
    /// `user_agent` as a header value, built once.
    pub(crate) user_agent_header: Option<reqwest::header::HeaderValue>,
    /// For token credentials, the token header as it is sent (the value marked sensitive), built and checked once:
    /// a real IAM token is several kilobytes, which would otherwise be scanned and copied on every attempt.
    pub(crate) token_header: Option<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>,
    pub(crate) default_headers: HeaderList,
    /// The parsed endpoint of every compiled-in service that has one.
    pub(crate) bases: Vec<Base>,
}

impl ClientInner {
    /// The HTTP client for a call's connect timeout: the shared one, or one kept per distinct timeout (each has its
    /// own connection pool, so only a few are kept; beyond that a fresh one serves the call). A client the caller
    /// supplied serves every call: its connect timeout is its own.
    pub(crate) fn http_for(
        &self,
        connect_timeout: Option<Duration>,
    ) -> reqwest::Result<Cow<'_, reqwest::Client>> {
        // The usual case borrows: no reference-count round trip per call.
        let (Some(wanted), Some(settings)) = (
            connect_timeout.filter(|t| *t != self.connect_timeout),
            &self.http_settings,
        ) else {
            return Ok(Cow::Borrowed(&self.http));
        };
        let mut cache = self
            .http_by_connect_timeout
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some((_, http)) = cache.iter().find(|(t, _)| *t == wanted) {
            return Ok(Cow::Owned(http.clone()));
        }
        let http = http_client(wanted, settings)?;
        if cache.len() < 4 {
            cache.push((wanted, http.clone()));
        }
        Ok(Cow::Owned(http))
    }
}

/// What the HTTP clients the runtime builds are built with, besides the connect timeout.
#[derive(Clone)]
pub(crate) struct HttpSettings {
    pub(crate) no_proxy: bool,
    pub(crate) tls: Tls,
}

/// The HTTP stack every call goes through, when the caller supplied none.
pub(crate) fn http_client(
    connect_timeout: Duration,
    settings: &HttpSettings,
) -> reqwest::Result<reqwest::Client> {
    let mut http = reqwest::Client::builder()
        // Redirects are not followed, as in the official SDKs: a followed redirect would carry the credentials
        // (token, security token, signature) to the redirect target.
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout);
    if settings.no_proxy {
        http = http.no_proxy();
    }
    settings.tls.apply(http).build()
}

/// Whether a reqwest client is known to stop at redirects (built with `redirect::Policy::none()`).
///
/// reqwest has no accessor for a built client's redirect policy; its `Debug` shows the policy whenever it is not
/// the default (follow up to 10), as `redirect_policy: "Policy(None)"` for `none()`. Anything else counts as
/// following: the default, a limit, a custom policy (which may follow), and a `Debug` format this does not know,
/// so a change in reqwest refuses clients rather than letting one through (`tests/http_client.rs` pins it).
pub(crate) fn stops_at_redirects(http: &reqwest::Client) -> bool {
    format!("{http:?}").contains(r#"redirect_policy: "Policy(None)""#)
}

/// Per-call settings, overriding the client's: timeout, retry policy and extra headers.
///
/// Used through the generated service groups: `client.ges().with_options(CallOptions::new().timeout(..))`.
#[derive(Clone, Default)]
pub struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) headers: Vec<(String, String)>,
}

impl CallOptions {
    /// No overrides, as a constant (for the static that calls without options borrow).
    pub(crate) const NONE: CallOptions = CallOptions {
        timeout: None,
        connect_timeout: None,
        retry: None,
        headers: Vec::new(),
    };

    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Overall timeout of each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Connect timeout of each attempt of this call (a zero duration is ignored). It does not apply to a client
    /// built with [`ClientBuilder::http_client`](crate::ClientBuilder::http_client): that reqwest client keeps
    /// its own.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout).filter(|t| !t.is_zero());
        self
    }

    /// The retry policy for this call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// A header for this call (signed); overrides a client default header of the same name. An invalid or
    /// reserved header fails the call with a validation error before anything is sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

impl fmt::Debug for CallOptions {
    // Header values may be credentials of some kind; only names are shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Checks a caller-supplied header: valid on the wire, and not one the runtime owns.
pub(crate) fn check_user_header(name: &str, value: &str) -> Result<(), ValidationIssue> {
    check_not_reserved(name)?;
    check_header(name, value)
}

/// Refuses a header the runtime owns (authentication, framing, content type).
pub(crate) fn check_not_reserved(name: &str) -> Result<(), ValidationIssue> {
    if RESERVED_HEADERS
        .iter()
        .any(|r| r.eq_ignore_ascii_case(name))
    {
        return Err(ValidationIssue::new(
            name,
            "header is set by the client and cannot be overridden",
        ));
    }
    Ok(())
}
