//! Credentials (AK/SK for project-scoped and global services, or an IAM token) and how they authorize a request.

use std::fmt;
use std::sync::Arc;

use crate::auth::signer::{self, SignError, SignableRequest};
use crate::wire::meta::CredentialScope;

/// A secret string (secret key, security token, IAM token) that never appears in `Debug` or `Display` output.
///
/// `Debug` prints `Secret(***)` and `Display` prints `***`; use [`Secret::expose`] to read the value. Cloning
/// it is cheap (the text is shared), as providers hand out their credentials for every attempt.
#[derive(Clone, Default)]
pub struct Secret(Arc<str>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Arc::from(value.into()))
    }

    /// The secret value itself; avoid passing it anywhere it could be logged.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(Arc::from(value))
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(Arc::from(value))
    }
}

/// AK/SK credentials for project-scoped (regional) services.
///
/// Requests are signed with `SDK-HMAC-SHA256`; the project id fills `{project_id}` parameters and is sent (signed)
/// as `X-Project-Id` on the calls of regional services. A domain (account) id, when set, does the same for global
/// services (`{domain_id}`, `X-Domain-Id`), so one client can call both kinds; each call carries only its service's
/// header. A security token marks temporary credentials and is sent as `X-Security-Token`.
#[derive(Clone, Debug)]
pub struct BasicCredentials {
    access_key: Arc<str>,
    secret_key: Secret,
    project_id: Option<Arc<str>>,
    domain_id: Option<Arc<str>>,
    security_token: Option<Secret>,
}

impl BasicCredentials {
    /// Permanent AK/SK credentials without a project id.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<Secret>) -> Self {
        Self {
            access_key: Arc::from(access_key.into()),
            secret_key: secret_key.into(),
            project_id: None,
            domain_id: None,
            security_token: None,
        }
    }

    /// Sets the project id (`{project_id}` parameters, and the `X-Project-Id` header of regional services' calls).
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(Arc::from(project_id.into()));
        self
    }

    /// Sets the domain (account) id, for the global services this client also calls (`{domain_id}` parameters, and
    /// the `X-Domain-Id` header of their calls); the official SDKs use [`GlobalCredentials`] for those.
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.domain_id = Some(Arc::from(domain_id.into()));
        self
    }

    /// Sets the security token of temporary credentials (`X-Security-Token` header).
    pub fn with_security_token(mut self, security_token: impl Into<Secret>) -> Self {
        self.security_token = Some(security_token.into());
        self
    }

    /// The access key id (AK).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret access key (SK).
    pub fn secret_key(&self) -> &Secret {
        &self.secret_key
    }

    /// The project id, if set.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// The domain (account) id, if set.
    pub fn domain_id(&self) -> Option<&str> {
        self.domain_id.as_deref()
    }

    /// The security token, if these are temporary credentials.
    pub fn security_token(&self) -> Option<&Secret> {
        self.security_token.as_ref()
    }
}

/// AK/SK credentials for global services (IAM, BSS, …), scoped to an account (domain) instead of a project.
///
/// The domain id fills `{domain_id}` parameters and is sent (signed) as `X-Domain-Id` on the calls of global
/// services (`credential_scope: domain` in their spec); the calls of regional services carry no scope header, as
/// these credentials have no project.
#[derive(Clone, Debug)]
pub struct GlobalCredentials {
    access_key: Arc<str>,
    secret_key: Secret,
    domain_id: Option<Arc<str>>,
    security_token: Option<Secret>,
}

impl GlobalCredentials {
    /// Permanent AK/SK credentials without a domain id.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<Secret>) -> Self {
        Self {
            access_key: Arc::from(access_key.into()),
            secret_key: secret_key.into(),
            domain_id: None,
            security_token: None,
        }
    }

    /// Sets the domain (account) id (`{domain_id}` path parameter and `X-Domain-Id` header).
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.domain_id = Some(Arc::from(domain_id.into()));
        self
    }

    /// Sets the security token of temporary credentials (`X-Security-Token` header).
    pub fn with_security_token(mut self, security_token: impl Into<Secret>) -> Self {
        self.security_token = Some(security_token.into());
        self
    }

    /// The access key id (AK).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret access key (SK).
    pub fn secret_key(&self) -> &Secret {
        &self.secret_key
    }

    /// The domain id, if set.
    pub fn domain_id(&self) -> Option<&str> {
        self.domain_id.as_deref()
    }

    /// The security token, if these are temporary credentials.
    pub fn security_token(&self) -> Option<&Secret> {
        self.security_token.as_ref()
    }
}

/// An IAM token (from `POST /v3/auth/tokens`, header `X-Subject-Token`), sent as `X-Auth-Token`; no signing.
///
/// The project id only fills `{project_id}` path parameters and the domain id `{domain_id}` ones: the token
/// already carries its scope, so no `X-Project-Id` or `X-Domain-Id` header is sent.
#[derive(Clone, Debug)]
pub struct TokenCredentials {
    token: Secret,
    project_id: Option<Arc<str>>,
    domain_id: Option<Arc<str>>,
}

impl TokenCredentials {
    /// Token credentials without a project id.
    pub fn new(token: impl Into<Secret>) -> Self {
        Self {
            token: token.into(),
            project_id: None,
            domain_id: None,
        }
    }

    /// Sets the project id used for `{project_id}` path parameters.
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(Arc::from(project_id.into()));
        self
    }

    /// Sets the domain (account) id used for `{domain_id}` path parameters (global services).
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.domain_id = Some(Arc::from(domain_id.into()));
        self
    }

    /// The IAM token.
    pub fn token(&self) -> &Secret {
        &self.token
    }

    /// The project id, if set.
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// The domain id, if set.
    pub fn domain_id(&self) -> Option<&str> {
        self.domain_id.as_deref()
    }
}

/// How requests are authenticated.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Credentials {
    /// Project-scoped AK/SK ([`BasicCredentials`]).
    Basic(BasicCredentials),
    /// Account-scoped AK/SK for global services ([`GlobalCredentials`]).
    Global(GlobalCredentials),
    /// IAM token ([`TokenCredentials`]).
    Token(TokenCredentials),
}

impl From<BasicCredentials> for Credentials {
    fn from(c: BasicCredentials) -> Self {
        Self::Basic(c)
    }
}

impl From<GlobalCredentials> for Credentials {
    fn from(c: GlobalCredentials) -> Self {
        Self::Global(c)
    }
}

impl From<TokenCredentials> for Credentials {
    fn from(c: TokenCredentials) -> Self {
        Self::Token(c)
    }
}

const ENV_AK: &str = "HUAWEICLOUD_SDK_AK";
const ENV_SK: &str = "HUAWEICLOUD_SDK_SK";
const ENV_PROJECT_ID: &str = "HUAWEICLOUD_SDK_PROJECT_ID";
const ENV_DOMAIN_ID: &str = "HUAWEICLOUD_SDK_DOMAIN_ID";
const ENV_SECURITY_TOKEN: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

const H_HOST: &str = "Host";
const H_SECURITY_TOKEN: &str = "X-Security-Token";
const H_AUTH_TOKEN: &str = "X-Auth-Token";
const H_AUTHORIZATION: &str = "Authorization";

impl Credentials {
    /// Reads AK/SK credentials from the environment, like the official SDKs' env provider.
    ///
    /// Variables: `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` (required), `HUAWEICLOUD_SDK_PROJECT_ID`,
    /// `HUAWEICLOUD_SDK_DOMAIN_ID`, `HUAWEICLOUD_SDK_SECURITY_TOKEN`. A domain id without a project id gives
    /// [`Credentials::Global`], anything else [`Credentials::Basic`] (with the domain id too, when set, for global
    /// services). Values are trimmed; empty values and values that are not valid Unicode count as unset.
    pub fn from_env() -> Result<Self, CredentialsError> {
        Self::from_env_with(|name| std::env::var(name).ok())
    }

    /// Same as [`Credentials::from_env`], reading variables through `get` (for tests and custom sources).
    pub fn from_env_with(get: impl Fn(&str) -> Option<String>) -> Result<Self, CredentialsError> {
        // A trailing newline from `export X=$(cat file)` is a common accident; no real key has edge whitespace.
        let var = |name: &str| {
            get(name)
                .map(|v| Arc::<str>::from(v.trim()))
                .filter(|v| !v.is_empty())
        };
        let access_key = var(ENV_AK).ok_or(CredentialsError::MissingEnvVar { name: ENV_AK })?;
        let secret_key = var(ENV_SK).ok_or(CredentialsError::MissingEnvVar { name: ENV_SK })?;
        let security_token = var(ENV_SECURITY_TOKEN).map(Secret);
        match (var(ENV_PROJECT_ID), var(ENV_DOMAIN_ID)) {
            (None, Some(domain_id)) => Ok(Self::Global(GlobalCredentials {
                access_key,
                secret_key: Secret(secret_key),
                domain_id: Some(domain_id),
                security_token,
            })),
            (project_id, domain_id) => Ok(Self::Basic(BasicCredentials {
                access_key,
                secret_key: Secret(secret_key),
                project_id,
                domain_id,
                security_token,
            })),
        }
    }

    /// Value for a context-filled parameter: `"project_id"` or `"domain_id"`.
    pub(crate) fn context_value(&self, key: &str) -> Option<&str> {
        match (self, key) {
            (Self::Basic(c), "project_id") => c.project_id(),
            (Self::Basic(c), "domain_id") => c.domain_id(),
            (Self::Token(c), "project_id") => c.project_id(),
            (Self::Token(c), "domain_id") => c.domain_id(),
            (Self::Global(c), "domain_id") => c.domain_id(),
            _ => None,
        }
    }

    /// For AK/SK credentials, the scope header a call of `scope` carries ([`CredentialScope::header`]) and the
    /// credentials' value for it, `None` when they have none; `None` for token credentials, whose token carries its
    /// scope.
    pub(crate) fn scope_header(
        &self,
        scope: CredentialScope,
    ) -> Option<(&'static str, Option<&str>)> {
        let value = match self {
            Self::Token(_) => return None,
            Self::Basic(_) | Self::Global(_) => self.context_value(scope.context_key()),
        };
        Some((scope.header(), value))
    }

    /// Adds the authentication headers to a request about to be sent (or re-sent).
    ///
    /// AK/SK: sets `Host`, a fresh `X-Sdk-Date` from `now`, the scope header of the request's `scope`
    /// (`X-Project-Id` or `X-Domain-Id`, when the credentials have its id and the request does not carry that header
    /// already) and `X-Security-Token` when configured, `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` for non-empty
    /// bodies whose content type is not JSON ([`signer::needs_unsigned_payload`]), then signs every header and adds
    /// `Authorization`. Token: sets `X-Auth-Token` only. The other headers this sets replace any present under the
    /// same name (any case), so a retry can re-authorize the same header list. The header list must be sent exactly
    /// as left here (in particular the `Host` value), and `wire_path` must be the full path on the wire.
    pub(crate) fn authorize(
        &self,
        req: &mut AuthRequest<'_>,
        now: time::OffsetDateTime,
    ) -> Result<(), SignError> {
        let scope = self.scope_header(req.scope);
        let (access_key, secret_key, security_token) = match self {
            Self::Token(c) => {
                set_header(req.headers, H_AUTH_TOKEN, c.token.expose())?;
                return Ok(());
            }
            Self::Basic(c) => (&c.access_key, &c.secret_key, c.security_token.as_ref()),
            Self::Global(c) => (&c.access_key, &c.secret_key, c.security_token.as_ref()),
        };
        set_header(req.headers, H_HOST, req.host)?;
        set_header(
            req.headers,
            signer::HEADER_SDK_DATE,
            &signer::format_sdk_date(now),
        )?;
        // Only the service's own scope header: a regional call never carries `X-Domain-Id`, nor a global one
        // `X-Project-Id`, as with the official SDKs, whose clients each take the one kind of credentials their
        // service needs. A value the request already carries (a declared `X-Project-Id` parameter the caller set,
        // a call option or a default header) is kept: unlike the SDKs (core/auth/basic/basic_icredential.go,
        // `ProcessAuthRequest`, which adds its project id over the request's), an explicit value wins over the
        // credentials', so that a caller who names another project gets that project.
        if let Some((name, Some(value))) = scope
            && !req
                .headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            set_header(req.headers, name, value)?;
        }
        if let Some(token) = security_token {
            set_header(req.headers, H_SECURITY_TOKEN, token.expose())?;
        }
        // For an empty body the official SDKs sign two different payload hashes under the same header: Python
        // (huaweicloudsdkcore/signer/signer.py, `Signer._process_hash_payload`) the hash of the empty body, Go
        // (core/auth/signer/signer.go, `getContentHash`) the header's `UNSIGNED-PAYLOAD`. Leaving the header out
        // makes both readings the same hash, so a gateway that verifies either way accepts the request: a
        // deliberate difference from both SDKs, which send the header for any body.
        // A streamed body's bytes are not known before they are sent, so it cannot be hashed: always unsigned (for the
        // content types the SDKs hash, a deliberate difference; the SDKs have no streamed bodies of those types).
        if req.streamed || !req.body.is_empty() && signer::needs_unsigned_payload(req.content_type)
        {
            set_header(
                req.headers,
                signer::HEADER_CONTENT_SHA256,
                signer::UNSIGNED_PAYLOAD,
            )?;
        }
        // Drop a stale signature first: it is not signed, but must not be sent twice.
        remove_header(req.headers, H_AUTHORIZATION);
        let authorization = signer::sign(
            &SignableRequest {
                method: req.method,
                wire_path: req.wire_path,
                canonical_query: req.canonical_query,
                headers: req.headers,
                body: req.body,
            },
            access_key,
            secret_key.expose(),
        )?;
        req.headers
            .push((H_AUTHORIZATION.to_owned(), authorization));
        Ok(())
    }
}

impl Credentials {
    /// For token credentials, the `X-Auth-Token` header [`authorize`](Self::authorize) would set, with the same
    /// check of its value; `None` for AK/SK credentials, which sign each attempt. Lets the transport send the token
    /// without copying and re-converting the whole header list per attempt.
    pub(crate) fn token_header(&self) -> Option<Result<(&'static str, &str), SignError>> {
        match self {
            Self::Token(c) => {
                let token = c.token.expose();
                Some(check_value(H_AUTH_TOKEN, token).map(|()| (H_AUTH_TOKEN, token)))
            }
            Self::Basic(_) | Self::Global(_) => None,
        }
    }
}

fn remove_header(headers: &mut Vec<(String, String)>, name: &str) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
}

// Replaces every header of that name (any case). Values with control characters are refused here, with an
// error naming the header, rather than failing later in the HTTP stack with a message that could echo a secret.
fn set_header(
    headers: &mut Vec<(String, String)>,
    name: &'static str,
    value: &str,
) -> Result<(), SignError> {
    check_value(name, value)?;
    remove_header(headers, name);
    headers.push((name.to_owned(), value.to_owned()));
    Ok(())
}

fn check_value(name: &'static str, value: &str) -> Result<(), SignError> {
    if value.is_empty() || value.chars().any(|c| c.is_control() && c != '\t') {
        return Err(SignError::InvalidHeaderValue { header: name });
    }
    Ok(())
}

/// A request being authorized by [`Credentials::authorize`].
pub(crate) struct AuthRequest<'a> {
    /// HTTP method, uppercase.
    pub method: &'a str,
    /// `host[:port]` exactly as it will be sent in the `Host` header.
    pub host: &'a str,
    /// Full path on the wire (endpoint base path included), without query.
    pub wire_path: &'a str,
    /// Canonical query string, which is also the query sent on the wire.
    pub canonical_query: &'a str,
    /// Headers that will be sent; the authentication headers are added or replaced here.
    pub headers: &'a mut Vec<(String, String)>,
    /// Body bytes exactly as sent (empty for a streamed body).
    pub body: &'a [u8],
    /// The body is streamed: its bytes are not known in advance.
    pub streamed: bool,
    /// The request's `Content-Type`, if any (decides `UNSIGNED-PAYLOAD`).
    pub content_type: Option<&'a str>,
    /// Which of the credentials' ids the call carries (its service's `credential_scope`).
    pub scope: CredentialScope,
}

/// Why credentials could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialsError {
    /// A required environment variable is unset or empty.
    MissingEnvVar {
        /// The variable's name.
        name: &'static str,
    },
    /// A credentials provider failed: the refresh function of a
    /// [`RefreshingCredentials`](crate::RefreshingCredentials), or a provider of the caller's own. The cause is its
    /// [`source`](std::error::Error::source). A refreshing provider tries again at the next call.
    Provider(ProviderError),
    /// A refresh gave temporary credentials whose expiry had already passed.
    Expired,
    /// Every provider of a [`CredentialsChain`](crate::CredentialsChain) failed: their errors, in the chain's order
    /// (none for a chain without providers).
    Chain(Vec<CredentialsError>),
}

impl CredentialsError {
    /// A provider's failure, from any error (for providers of the caller's own).
    pub fn provider(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self::Provider(ProviderError::new(error))
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingEnvVar { name } => {
                write!(f, "environment variable {name} is not set or is empty")
            }
            // The cause is the source, which a reporter of the chain prints once.
            Self::Provider(_) => f.write_str("the credentials provider failed"),
            Self::Expired => f.write_str("the refreshed temporary credentials had already expired"),
            // Several causes cannot be one source: each is written out here, with its own causes.
            Self::Chain(errors) if errors.is_empty() => {
                f.write_str("the credentials chain has no providers")
            }
            Self::Chain(errors) => {
                write!(
                    f,
                    "none of the {} credentials providers had credentials",
                    errors.len()
                )?;
                for (i, e) in errors.iter().enumerate() {
                    write!(f, "; {}: {e}", i + 1)?;
                    let mut cause = std::error::Error::source(e);
                    while let Some(c) = cause {
                        write!(f, ": {c}")?;
                        cause = c.source();
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CredentialsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Provider(e) => Some(e),
            _ => None,
        }
    }
}

/// The error a credentials provider failed with, shared: every call that waited for the same refresh gets the same
/// one. Two are equal when they are that same failure. Its text and source are the cause's.
#[derive(Clone)]
pub struct ProviderError(Arc<dyn std::error::Error + Send + Sync>);

impl ProviderError {
    /// Wraps the cause.
    pub fn new(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self(Arc::from(error.into()))
    }
}

impl PartialEq for ProviderError {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for ProviderError {}

impl fmt::Debug for ProviderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ProviderError").field(&self.0).finish()
    }
}

impl fmt::Display for ProviderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ProviderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const SK: &str = "sk-very-secret";
    const TOKEN: &str = "tok-very-secret";

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn all_credentials() -> Vec<Credentials> {
        vec![
            BasicCredentials::new("AK", SK)
                .with_project_id("p1")
                .with_security_token(TOKEN)
                .into(),
            GlobalCredentials::new("AK", SK)
                .with_domain_id("d1")
                .with_security_token(TOKEN)
                .into(),
            TokenCredentials::new(TOKEN)
                .with_project_id("p1")
                .with_domain_id("d1")
                .into(),
        ]
    }

    #[test]
    fn secrets_never_printed() {
        let secret = Secret::new(SK);
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(format!("{secret}"), "***");
        assert_eq!(secret.expose(), SK);
        assert_eq!(Secret::from(SK.to_owned()).expose(), SK);
        for c in all_credentials() {
            for out in [format!("{c:?}"), format!("{c:#?}")] {
                assert!(!out.contains(SK) && !out.contains(TOKEN), "{out}");
                assert!(out.contains("***"), "{out}");
            }
            let inner = match &c {
                Credentials::Basic(b) => format!("{b:?}"),
                Credentials::Global(g) => format!("{g:?}"),
                Credentials::Token(t) => format!("{t:?}"),
            };
            assert!(!inner.contains(SK) && !inner.contains(TOKEN), "{inner}");
        }
    }

    #[test]
    fn context_values() {
        let [basic, global, token] = all_credentials().try_into().expect("three");
        assert_eq!(basic.context_value("project_id"), Some("p1"));
        assert_eq!(basic.context_value("domain_id"), None);
        let both: Credentials = BasicCredentials::new("AK", SK)
            .with_project_id("p1")
            .with_domain_id("d1")
            .into();
        assert_eq!(both.context_value("project_id"), Some("p1"));
        assert_eq!(both.context_value("domain_id"), Some("d1"));
        assert_eq!(global.context_value("domain_id"), Some("d1"));
        assert_eq!(global.context_value("project_id"), None);
        assert_eq!(token.context_value("project_id"), Some("p1"));
        assert_eq!(token.context_value("domain_id"), Some("d1"));
        assert_eq!(token.context_value("other"), None);
    }

    #[test]
    fn env_basic_and_global() {
        let c = Credentials::from_env_with(env(&[
            (ENV_AK, "AK"),
            (ENV_SK, " sk\n"),
            (ENV_PROJECT_ID, "p1"),
            (ENV_DOMAIN_ID, "d1"),
            (ENV_SECURITY_TOKEN, "t"),
        ]))
        .expect("basic");
        let Credentials::Basic(b) = c else {
            panic!("expected basic, got {c:?}")
        };
        assert_eq!(
            (b.access_key(), b.secret_key().expose(), b.project_id()),
            ("AK", "sk", Some("p1"))
        );
        // Both ids: basic credentials that keep the domain id for global services.
        assert_eq!(b.domain_id(), Some("d1"));
        assert_eq!(b.security_token().map(Secret::expose), Some("t"));

        let c = Credentials::from_env_with(env(&[
            (ENV_AK, "AK"),
            (ENV_SK, "sk"),
            (ENV_DOMAIN_ID, "d1"),
        ]))
        .expect("global");
        let Credentials::Global(g) = c else {
            panic!("expected global, got {c:?}")
        };
        assert_eq!(
            (g.domain_id(), g.security_token().is_none()),
            (Some("d1"), true)
        );

        // An empty project id does not count, so the domain id selects global credentials.
        let c = Credentials::from_env_with(env(&[
            (ENV_AK, "AK"),
            (ENV_SK, "sk"),
            (ENV_PROJECT_ID, ""),
            (ENV_DOMAIN_ID, "d1"),
        ]))
        .expect("global");
        assert!(matches!(c, Credentials::Global(_)));

        let c = Credentials::from_env_with(env(&[(ENV_AK, "AK"), (ENV_SK, "sk")])).expect("basic");
        assert!(matches!(&c, Credentials::Basic(b) if b.project_id().is_none()));
    }

    #[test]
    fn env_missing_keys() {
        let err = Credentials::from_env_with(env(&[(ENV_SK, SK)])).expect_err("no ak");
        assert_eq!(err, CredentialsError::MissingEnvVar { name: ENV_AK });
        let err =
            Credentials::from_env_with(env(&[(ENV_AK, "AK"), (ENV_SK, "  ")])).expect_err("no sk");
        assert_eq!(err, CredentialsError::MissingEnvVar { name: ENV_SK });
        let msg = err.to_string();
        assert_eq!(
            msg,
            "environment variable HUAWEICLOUD_SDK_SK is not set or is empty"
        );
        assert!(!msg.contains(SK));
        let _: &dyn std::error::Error = &err;
    }

    fn get<'h>(headers: &'h [(String, String)], name: &str) -> Vec<&'h str> {
        headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    struct Sent {
        headers: Vec<(String, String)>,
        query: String,
        body: Vec<u8>,
    }

    impl Sent {
        fn signable(&self) -> SignableRequest<'_> {
            SignableRequest {
                method: "POST",
                wire_path: "/v2/p1/graphs/g1/action",
                canonical_query: &self.query,
                headers: &self.headers,
                body: &self.body,
            }
        }
    }

    fn authorize(
        creds: &Credentials,
        headers: Vec<(String, String)>,
        content_type: Option<&str>,
        now: time::OffsetDateTime,
    ) -> Result<Sent, SignError> {
        authorize_in(CredentialScope::Project, creds, headers, content_type, now)
    }

    fn authorize_in(
        scope: CredentialScope,
        creds: &Credentials,
        headers: Vec<(String, String)>,
        content_type: Option<&str>,
        now: time::OffsetDateTime,
    ) -> Result<Sent, SignError> {
        let mut sent = Sent {
            headers,
            query: signer::canonical_query(&[("action_id".into(), "stop".into())]),
            body: b"{}".to_vec(),
        };
        creds.authorize(
            &mut AuthRequest {
                method: "POST",
                host: "ges.cn-north-4.myhuaweicloud.com",
                wire_path: "/v2/p1/graphs/g1/action",
                canonical_query: &sent.query,
                headers: &mut sent.headers,
                body: &sent.body,
                streamed: false,
                content_type,
                scope,
            },
            now,
        )?;
        Ok(sent)
    }

    const NOW: time::OffsetDateTime = time::macros::datetime!(2024-01-01 08:00:00 +08:00);

    fn secret_for(ak: &str) -> Option<String> {
        (ak == "AK").then(|| SK.to_owned())
    }

    #[test]
    fn basic_signs_and_verifies() {
        let creds = &all_credentials()[0];
        let base = vec![
            ("Content-Type".to_owned(), "application/json".to_owned()),
            ("X-Language".to_owned(), "en-us".to_owned()),
        ];
        let sent = authorize(creds, base, Some("application/json"), NOW).expect("authorize");
        let h = &sent.headers;
        assert_eq!(get(h, "host"), ["ges.cn-north-4.myhuaweicloud.com"]);
        assert_eq!(get(h, "x-sdk-date"), ["20240101T000000Z"]);
        assert_eq!(get(h, "x-project-id"), ["p1"]);
        assert_eq!(get(h, "x-security-token"), [TOKEN]);
        assert!(get(h, "x-domain-id").is_empty());
        assert!(get(h, "x-sdk-content-sha256").is_empty());
        assert!(get(h, "x-auth-token").is_empty());
        let auth = get(h, "authorization");
        assert_eq!(auth.len(), 1);
        assert!(auth[0].starts_with(
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-language;x-project-id;x-sdk-date;x-security-token, Signature="
        ));
        assert_eq!(
            signer::verify(&sent.signable(), auth[0], secret_for),
            Ok(())
        );
    }

    #[test]
    fn global_and_unsigned_payload() {
        let creds = &all_credentials()[1];
        let ct = "multipart/form-data; boundary=b";
        let base = vec![("Content-Type".to_owned(), ct.to_owned())];
        let sent =
            authorize_in(CredentialScope::Domain, creds, base, Some(ct), NOW).expect("authorize");
        let h = &sent.headers;
        assert_eq!(get(h, "x-domain-id"), ["d1"]);
        assert!(get(h, "x-project-id").is_empty());
        assert_eq!(get(h, "x-sdk-content-sha256"), ["UNSIGNED-PAYLOAD"]);
        let auth = get(h, "authorization")[0];
        assert!(auth.contains(
            "SignedHeaders=host;x-domain-id;x-sdk-content-sha256;x-sdk-date;x-security-token,"
        ));
        assert_eq!(signer::verify(&sent.signable(), auth, secret_for), Ok(()));
    }

    /// The signature of a request with these headers (all signed), recomputed here from the algorithm's text: a
    /// canonical request over the lowercased, sorted names, then HMAC-SHA256 with the secret key.
    fn independent_signature(
        method: &str,
        canonical_uri: &str,
        query: &str,
        headers: &[(String, String)],
        payload_hash: &str,
    ) -> String {
        use hmac::{Hmac, Mac};
        use sha2::{Digest, Sha256};
        let mut signed: Vec<(String, &str)> = headers
            .iter()
            .filter(|(n, _)| !n.eq_ignore_ascii_case("authorization"))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.trim()))
            .collect();
        signed.sort();
        let lines: String = signed.iter().map(|(n, v)| format!("{n}:{v}\n")).collect();
        let names: Vec<&str> = signed.iter().map(|(n, _)| n.as_str()).collect();
        let date = get(headers, "x-sdk-date")[0];
        let canonical = format!(
            "{method}\n{canonical_uri}\n{query}\n{lines}\n{}\n{payload_hash}",
            names.join(";")
        );
        let hash = hex::encode(Sha256::digest(canonical.as_bytes()));
        let mut mac = Hmac::<Sha256>::new_from_slice(SK.as_bytes()).expect("any key");
        mac.update(format!("SDK-HMAC-SHA256\n{date}\n{hash}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    #[test]
    fn unsigned_payload_only_for_a_non_empty_body_that_is_not_json() {
        let creds = &all_credentials()[0];
        let sign_streamed = |ct: &str, body: &[u8], streamed: bool| {
            let mut headers = vec![("Content-Type".to_owned(), ct.to_owned())];
            creds
                .authorize(
                    &mut AuthRequest {
                        method: "PUT",
                        host: "svc.example.com",
                        wire_path: "/v1/p1/things/t1",
                        canonical_query: "",
                        headers: &mut headers,
                        body,
                        streamed,
                        content_type: Some(ct),
                        scope: CredentialScope::Project,
                    },
                    NOW,
                )
                .expect("authorize");
            headers
        };
        let sign = |ct: &str, body: &[u8]| sign_streamed(ct, body, false);
        let signature_of = |headers: &[(String, String)]| {
            let auth = get(headers, "authorization")[0];
            auth.rsplit_once("Signature=").map(|(_, s)| s.to_owned())
        };
        let unsigned_headers = |headers: &[(String, String)]| -> Vec<(String, String)> {
            headers
                .iter()
                .filter(|(n, _)| !n.eq_ignore_ascii_case("content-type"))
                .cloned()
                .collect()
        };
        let empty_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        // `+json` is not JSON to the official SDKs: a body is signed UNSIGNED-PAYLOAD.
        let body = br#"{"name":"x"}"#;
        let h = sign("application/merge-patch+json", body);
        assert_eq!(get(&h, "x-sdk-content-sha256"), ["UNSIGNED-PAYLOAD"]);
        let expected = independent_signature(
            "PUT",
            "/v1/p1/things/t1/",
            "",
            &unsigned_headers(&h),
            "UNSIGNED-PAYLOAD",
        );
        assert_eq!(signature_of(&h), Some(expected));
        // JSON with a charset is hashed.
        let h = sign("application/json;charset=UTF-8", body);
        assert!(get(&h, "x-sdk-content-sha256").is_empty());
        let body_hash = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(body));
        let expected = independent_signature(
            "PUT",
            "/v1/p1/things/t1/",
            "",
            &unsigned_headers(&h),
            &body_hash,
        );
        assert_eq!(signature_of(&h), Some(expected));
        // An empty body gets no header: its hash is then what both official readings sign.
        for ct in ["application/octet-stream", "application/merge-patch+json"] {
            let h = sign(ct, b"");
            assert!(get(&h, "x-sdk-content-sha256").is_empty(), "{ct}");
            let expected = independent_signature(
                "PUT",
                "/v1/p1/things/t1/",
                "",
                &unsigned_headers(&h),
                empty_hash,
            );
            assert_eq!(signature_of(&h), Some(expected), "{ct}");
        }
        // The official types of the bodies that are not plain JSON: multipart, bytes and Glance's JSON patch are
        // UNSIGNED-PAYLOAD, as both SDKs sign them.
        for ct in [
            "multipart/form-data; boundary=0123abcd",
            "application/octet-stream",
            "application/openstack-images-v2.1-json-patch",
            "text/plain",
        ] {
            let h = sign(ct, body);
            assert_eq!(
                get(&h, "x-sdk-content-sha256"),
                ["UNSIGNED-PAYLOAD"],
                "{ct}"
            );
        }
        // A streamed body cannot be hashed: unsigned whatever its type, empty as far as the signer knows.
        for ct in ["application/octet-stream", "application/json"] {
            let h = sign_streamed(ct, b"", true);
            assert_eq!(
                get(&h, "x-sdk-content-sha256"),
                ["UNSIGNED-PAYLOAD"],
                "{ct}"
            );
            let expected = independent_signature(
                "PUT",
                "/v1/p1/things/t1/",
                "",
                &unsigned_headers(&h),
                "UNSIGNED-PAYLOAD",
            );
            assert_eq!(signature_of(&h), Some(expected), "{ct}");
        }
    }

    #[test]
    fn reauthorize_replaces_headers() {
        let creds = &all_credentials()[0];
        let ct = "application/octet-stream";
        let first = authorize(creds, Vec::new(), Some(ct), NOW).expect("first");
        // A retry re-signs the same header list later; nothing may be duplicated, in any case spelling.
        let mut headers = first.headers.clone();
        for (name, _) in &mut headers {
            *name = name.to_ascii_lowercase();
        }
        let later = NOW + time::Duration::minutes(1);
        let second = authorize(creds, headers, Some(ct), later).expect("second");
        assert_eq!(second.headers.len(), first.headers.len());
        for name in [
            "host",
            "x-sdk-date",
            "x-project-id",
            "x-security-token",
            "x-sdk-content-sha256",
            "authorization",
        ] {
            assert_eq!(get(&second.headers, name).len(), 1, "{name}");
        }
        assert_eq!(get(&second.headers, "x-sdk-date"), ["20240101T000100Z"]);
        let auth = get(&second.headers, "authorization")[0];
        assert_ne!(auth, get(&first.headers, "authorization")[0]);
        assert_eq!(signer::verify(&second.signable(), auth, secret_for), Ok(()));
    }

    /// Each call carries its service's scope header only, from the credentials' id for it; a value the request
    /// already carries stays, signed, and is not doubled.
    #[test]
    fn scope_headers_follow_the_service() {
        let both: Credentials = BasicCredentials::new("AK", SK)
            .with_project_id("p1")
            .with_domain_id("d1")
            .into();
        let global: Credentials = GlobalCredentials::new("AK", SK).with_domain_id("d1").into();
        let cases = [
            (&both, CredentialScope::Project, Some("p1"), None),
            (&both, CredentialScope::Domain, None, Some("d1")),
            (&global, CredentialScope::Project, None, None),
            (&global, CredentialScope::Domain, None, Some("d1")),
        ];
        for (creds, scope, project, domain) in cases {
            let sent = authorize_in(scope, creds, Vec::new(), None, NOW).expect("authorize");
            let h = &sent.headers;
            assert_eq!(get(h, "x-project-id"), Vec::from_iter(project), "{scope:?}");
            assert_eq!(get(h, "x-domain-id"), Vec::from_iter(domain), "{scope:?}");
            let auth = get(h, "authorization")[0];
            assert_eq!(auth.contains("x-project-id;"), project.is_some(), "{auth}");
            assert_eq!(auth.contains("x-domain-id;"), domain.is_some(), "{auth}");
            assert_eq!(signer::verify(&sent.signable(), auth, secret_for), Ok(()));
        }
        assert_eq!(
            both.scope_header(CredentialScope::Domain),
            Some(("X-Domain-Id", Some("d1")))
        );
        assert_eq!(
            global.scope_header(CredentialScope::Project),
            Some(("X-Project-Id", None))
        );
        let token: Credentials = TokenCredentials::new(TOKEN).with_domain_id("d1").into();
        assert_eq!(token.scope_header(CredentialScope::Domain), None);

        // The request's own value wins over the credentials', in any case spelling, and is signed.
        let mine = vec![("x-project-id".to_owned(), "other".to_owned())];
        let sent =
            authorize_in(CredentialScope::Project, &both, mine, None, NOW).expect("authorize");
        assert_eq!(get(&sent.headers, "x-project-id"), ["other"]);
        let auth = get(&sent.headers, "authorization")[0];
        assert!(auth.contains(";x-project-id;"), "{auth}");
        assert_eq!(signer::verify(&sent.signable(), auth, secret_for), Ok(()));
    }

    #[test]
    fn token_mode_only_sets_auth_token() {
        let creds = &all_credentials()[2];
        let base = vec![("X-Auth-Token".to_owned(), "old".to_owned())];
        let sent = authorize(creds, base, Some("text/plain"), NOW).expect("authorize");
        assert_eq!(
            sent.headers,
            vec![("X-Auth-Token".to_owned(), TOKEN.to_owned())]
        );
    }

    #[test]
    fn invalid_values_are_refused_without_echo() {
        let creds: Credentials = BasicCredentials::new("AK", SK)
            .with_security_token("line\r\nX-Injected: 1")
            .into();
        let err = authorize(&creds, Vec::new(), None, NOW).err();
        assert_eq!(
            err,
            Some(SignError::InvalidHeaderValue {
                header: "X-Security-Token"
            })
        );
        let msg = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(!msg.contains("Injected"), "{msg}");

        let creds: Credentials = TokenCredentials::new("").into();
        assert!(authorize(&creds, Vec::new(), None, NOW).is_err());
        let creds: Credentials = BasicCredentials::new("", SK).into();
        assert_eq!(
            authorize(&creds, Vec::new(), None, NOW).err(),
            Some(SignError::InvalidAccessKey)
        );
        let creds: Credentials = BasicCredentials::new("AK", "").into();
        assert_eq!(
            authorize(&creds, Vec::new(), None, NOW).err(),
            Some(SignError::EmptySecretKey)
        );
    }
}
