//! Credentials that can change while a client lives: the [`CredentialsProvider`] trait the transport asks before
//! each attempt, and the providers this crate ships (fixed credentials, the environment, temporary credentials
//! refreshed before they expire, a chain of providers).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

use crate::auth::credentials::{
    BasicCredentials, Credentials, CredentialsError, GlobalCredentials, ProviderError, Secret,
    TokenCredentials,
};

/// Supplies the credentials of each attempt of a call: the client asks before it signs every attempt, so a retry
/// after a refresh is signed with the new keys. Set it with
/// [`ClientBuilder::credentials_provider`](crate::ClientBuilder::credentials_provider).
///
/// The client also asks once before the first attempt, for the ids that fill `{project_id}` and `{domain_id}`
/// parameters (and `from_context` query and header parameters): a call keeps those for all its attempts.
///
/// Providers are shared by every call of the client (`Send + Sync`), and should answer quickly from a cache:
/// see [`RefreshingCredentials`] for temporary credentials. An implementation returns either a value at once,
/// with [`CredentialsFuture::ready`], or a future, with [`CredentialsFuture::new`]:
///
/// ```
/// use generated_client::{BasicCredentials, Credentials, CredentialsFuture, CredentialsProvider};
///
/// /// Keys kept in a vault that another task rotates.
/// struct Vault(std::sync::RwLock<BasicCredentials>);
///
/// impl CredentialsProvider for Vault {
///     fn provide(&self) -> CredentialsFuture<'_> {
///         let current = self.0.read().unwrap_or_else(|e| e.into_inner()).clone();
///         CredentialsFuture::ready(Ok(Credentials::from(current)))
///     }
/// }
/// ```
pub trait CredentialsProvider: Send + Sync {
    /// The credentials to sign the next attempt with, or why there are none.
    fn provide(&self) -> CredentialsFuture<'_>;
}

/// What [`CredentialsProvider::provide`] returns: a value available at once (no allocation), or a boxed future.
#[must_use = "a future does nothing unless it is `.await`ed or polled"]
pub struct CredentialsFuture<'a>(Provided<'a>);

type BoxedProvide<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

enum Provided<'a> {
    /// Taken by the poll that returns it.
    Ready(Option<Result<Credentials, CredentialsError>>),
    Pending(BoxedProvide<'a>),
}

impl<'a> CredentialsFuture<'a> {
    /// A value available at once.
    pub fn ready(result: Result<Credentials, CredentialsError>) -> Self {
        Self(Provided::Ready(Some(result)))
    }

    /// A value that takes waiting for (a refresh, a file, a network call).
    pub fn new(
        future: impl Future<Output = Result<Credentials, CredentialsError>> + Send + 'a,
    ) -> Self {
        Self(Provided::Pending(Box::pin(future)))
    }
}

impl Future for CredentialsFuture<'_> {
    type Output = Result<Credentials, CredentialsError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match &mut self.0 {
            // Polled again after it finished, it panics, as every `async fn`'s future does.
            Provided::Ready(value) => Poll::Ready(value.take().expect("polled after completion")),
            Provided::Pending(future) => future.as_mut().poll(cx),
        }
    }
}

impl fmt::Debug for CredentialsFuture<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            Provided::Ready(_) => "CredentialsFuture(ready)",
            Provided::Pending(_) => "CredentialsFuture(pending)",
        })
    }
}

/// Fixed credentials: the same every time.
impl CredentialsProvider for Credentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        CredentialsFuture::ready(Ok(self.clone()))
    }
}

impl CredentialsProvider for BasicCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        CredentialsFuture::ready(Ok(self.clone().into()))
    }
}

impl CredentialsProvider for GlobalCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        CredentialsFuture::ready(Ok(self.clone().into()))
    }
}

impl CredentialsProvider for TokenCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        CredentialsFuture::ready(Ok(self.clone().into()))
    }
}

impl<P: CredentialsProvider + ?Sized> CredentialsProvider for Arc<P> {
    fn provide(&self) -> CredentialsFuture<'_> {
        (**self).provide()
    }
}

impl<P: CredentialsProvider + ?Sized> CredentialsProvider for Box<P> {
    fn provide(&self) -> CredentialsFuture<'_> {
        (**self).provide()
    }
}

/// Reads a variable, for [`EnvCredentials::with_source`].
type EnvSource = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// AK/SK credentials from the environment, as [`Credentials::from_env`] reads them (`HUAWEICLOUD_SDK_AK`,
/// `HUAWEICLOUD_SDK_SK`, `HUAWEICLOUD_SDK_PROJECT_ID`, `HUAWEICLOUD_SDK_DOMAIN_ID`,
/// `HUAWEICLOUD_SDK_SECURITY_TOKEN`): the official SDKs' env provider.
///
/// The variables are read when credentials are first asked for and kept once they are found; while they are
/// missing, every call reads them again and fails with [`CredentialsError::MissingEnvVar`] (in a
/// [`CredentialsChain`], the next provider is tried).
pub struct EnvCredentials {
    source: Option<EnvSource>,
    found: OnceLock<Credentials>,
}

impl EnvCredentials {
    /// Reads the process environment.
    pub fn new() -> Self {
        Self {
            source: None,
            found: OnceLock::new(),
        }
    }

    /// Reads variables through `get` instead of the process environment (as [`Credentials::from_env_with`]).
    pub fn with_source(get: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Self {
        Self {
            source: Some(Box::new(get)),
            found: OnceLock::new(),
        }
    }
}

impl Default for EnvCredentials {
    fn default() -> Self {
        Self::new()
    }
}

impl CredentialsProvider for EnvCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        if let Some(found) = self.found.get() {
            return CredentialsFuture::ready(Ok(found.clone()));
        }
        let read = match &self.source {
            Some(get) => Credentials::from_env_with(get),
            None => Credentials::from_env(),
        };
        CredentialsFuture::ready(read.map(|c| self.found.get_or_init(|| c).clone()))
    }
}

impl fmt::Debug for EnvCredentials {
    // Only whether they were found: never their values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnvCredentials")
            .field("found", &self.found.get().is_some())
            .finish_non_exhaustive()
    }
}

/// Temporary AK/SK credentials, as a refresh function returns them: the keys, the security token (sent, signed, as
/// `X-Security-Token`, as the official SDKs send it) and when they expire.
#[derive(Clone, Debug)]
pub struct TemporaryCredentials {
    access_key: String,
    secret_key: Secret,
    security_token: Secret,
    expires_at: SystemTime,
}

impl TemporaryCredentials {
    /// Temporary credentials valid until `expires_at` (for instance the `expires_at` of IAM's
    /// `POST /v3.0/OS-CREDENTIAL/securitytokens` answer).
    pub fn new(
        access_key: impl Into<String>,
        secret_key: impl Into<Secret>,
        security_token: impl Into<Secret>,
        expires_at: SystemTime,
    ) -> Self {
        Self {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            security_token: security_token.into(),
            expires_at,
        }
    }

    /// When they expire.
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }
}

/// The refresh function, boxed.
type RefreshFn = Box<
    dyn Fn() -> Pin<Box<dyn Future<Output = Result<TemporaryCredentials, ProviderError>> + Send>>
        + Send
        + Sync,
>;

/// The default of [`RefreshingCredentials::refresh_margin`].
pub const DEFAULT_REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// Temporary credentials (AK/SK and security token) from a refresh function of the caller's, refreshed a margin
/// before they expire.
///
/// The first call refreshes; later calls use the kept credentials until less than
/// [`refresh_margin`](Self::refresh_margin) of their validity is left, and the next call then refreshes again. Only
/// one refresh runs at a time: calls that need credentials while one runs wait for it and share its result,
/// credentials or error. A failed refresh fails the calls that waited for it with [`CredentialsError::Provider`]
/// (the refresh function's error as its source), and the next call refreshes again; while the kept credentials have
/// not expired yet (a refresh within the margin failed), those calls get them instead, and a `tracing` warning
/// reports the failure. Credentials whose expiry has passed are never used ([`CredentialsError::Expired`] when a
/// refresh gives such). Dropping a call that is refreshing cancels that refresh, and the next call that waits
/// starts another.
///
/// ```no_run
/// use std::time::{Duration, SystemTime};
/// use generated_client::{Client, RefreshingCredentials, TemporaryCredentials};
///
/// # async fn fetch_from_sts() -> Result<(String, String, String, SystemTime), std::io::Error> { Err(std::io::ErrorKind::Unsupported.into()) }
/// # fn demo() -> Result<(), generated_client::BuildError> {
/// let provider = RefreshingCredentials::new(|| async {
///     let (ak, sk, token, expires_at) = fetch_from_sts().await?;
///     Ok::<_, std::io::Error>(TemporaryCredentials::new(ak, sk, token, expires_at))
/// })
/// .with_project_id("0123456789abcdef")
/// .refresh_margin(Duration::from_secs(600));
/// let client = Client::builder().credentials_provider(provider).region("cn-north-4").build()?;
/// # let _ = client; Ok(()) }
/// ```
pub struct RefreshingCredentials {
    refresh: RefreshFn,
    project_id: Option<String>,
    domain_id: Option<String>,
    margin: Duration,
    state: Mutex<RefreshState>,
    /// Held by the one call that refreshes; the others wait on it.
    refreshing: tokio::sync::Mutex<()>,
    /// The clock tests move.
    #[cfg(test)]
    clock: Option<Arc<dyn Fn() -> SystemTime + Send + Sync>>,
}

#[derive(Default)]
struct RefreshState {
    /// The credentials of the last successful refresh, with their expiry.
    current: Option<(Credentials, SystemTime)>,
    /// How many refreshes have finished (successful or not): a call that waited sees whether one finished meanwhile.
    finished: u64,
    /// The error of the last refresh, when it failed.
    failed: Option<CredentialsError>,
}

impl RefreshingCredentials {
    /// Temporary credentials from `refresh`, which is called whenever they are missing or about to expire.
    pub fn new<F, Fut, E>(refresh: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<TemporaryCredentials, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
    {
        let refresh: RefreshFn = Box::new(move || {
            let future = refresh();
            Box::pin(async move { future.await.map_err(ProviderError::new) })
        });
        Self {
            refresh,
            project_id: None,
            domain_id: None,
            margin: DEFAULT_REFRESH_MARGIN,
            state: Mutex::default(),
            refreshing: tokio::sync::Mutex::new(()),
            #[cfg(test)]
            clock: None,
        }
    }

    /// Reads the time from `clock` instead of the system's.
    #[cfg(test)]
    pub(crate) fn with_clock(
        mut self,
        clock: impl Fn() -> SystemTime + Send + Sync + 'static,
    ) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    fn now(&self) -> SystemTime {
        #[cfg(test)]
        if let Some(clock) = &self.clock {
            return clock();
        }
        SystemTime::now()
    }

    /// The project id the credentials carry (`{project_id}` parameters, `X-Project-Id` on regional services' calls),
    /// as [`BasicCredentials::with_project_id`].
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// The domain (account) id the credentials carry, for global services, as
    /// [`BasicCredentials::with_domain_id`].
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.domain_id = Some(domain_id.into());
        self
    }

    /// How long before their expiry credentials are refreshed (default 5 minutes, [`DEFAULT_REFRESH_MARGIN`]).
    ///
    /// The official SDKs refresh the credentials of the ECS metadata service when less than 40 minutes are left,
    /// those being valid for hours; temporary credentials from IAM last 15 minutes by default, which such a margin
    /// would refresh on every call.
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// The kept credentials while more than the margin of their validity is left.
    fn fresh(&self, state: &RefreshState, now: SystemTime) -> Option<Credentials> {
        let (credentials, expires_at) = state.current.as_ref()?;
        let fresh_until = expires_at.checked_sub(self.margin)?;
        (now < fresh_until).then(|| credentials.clone())
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, RefreshState> {
        // The state is replaced whole under the lock, so a panic elsewhere leaves it consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The kept credentials while they have not expired, margin or not.
    fn valid(&self, state: &RefreshState, now: SystemTime) -> Option<Credentials> {
        let (credentials, expires_at) = state.current.as_ref()?;
        (now < *expires_at).then(|| credentials.clone())
    }

    async fn provide_refreshed(&self, seen: u64) -> Result<Credentials, CredentialsError> {
        let _refreshing = self.refreshing.lock().await;
        {
            let state = self.lock_state();
            let now = self.now();
            if let Some(credentials) = self.fresh(&state, now) {
                return Ok(credentials);
            }
            if state.finished != seen {
                // A refresh finished while this call waited: its outcome is this call's too: the credentials it
                // produced, the unexpired ones it kept after a failed early refresh, or else its error.
                if let Some(credentials) = self.valid(&state, now) {
                    return Ok(credentials);
                }
                if let Some(e) = &state.failed {
                    return Err(e.clone());
                }
            }
        }
        let refreshed = (self.refresh)().await;
        let mut state = self.lock_state();
        state.finished += 1;
        match refreshed
            .map_err(CredentialsError::Provider)
            .and_then(|t| self.credentials_of(t))
        {
            Ok((credentials, expires_at)) => {
                state.failed = None;
                state.current = Some((credentials.clone(), expires_at));
                Ok(credentials)
            }
            Err(e) => {
                state.failed = Some(e.clone());
                // An early refresh failed: the kept credentials have not expired, and serve until they do (each
                // call meanwhile tries to refresh again).
                if let Some(credentials) = self.valid(&state, self.now()) {
                    tracing::warn!(
                        error = %e,
                        cause = std::error::Error::source(&e).map(tracing::field::display),
                        "refreshing temporary credentials failed; the current ones are used until they expire"
                    );
                    return Ok(credentials);
                }
                Err(e)
            }
        }
    }

    fn credentials_of(
        &self,
        t: TemporaryCredentials,
    ) -> Result<(Credentials, SystemTime), CredentialsError> {
        if t.expires_at <= self.now() {
            return Err(CredentialsError::Expired);
        }
        let mut basic =
            BasicCredentials::new(t.access_key, t.secret_key).with_security_token(t.security_token);
        if let Some(p) = &self.project_id {
            basic = basic.with_project_id(p.as_str());
        }
        if let Some(d) = &self.domain_id {
            basic = basic.with_domain_id(d.as_str());
        }
        Ok((basic.into(), t.expires_at))
    }
}

impl CredentialsProvider for RefreshingCredentials {
    fn provide(&self) -> CredentialsFuture<'_> {
        let seen = {
            let state = self.lock_state();
            if let Some(credentials) = self.fresh(&state, self.now()) {
                return CredentialsFuture::ready(Ok(credentials));
            }
            state.finished
        };
        CredentialsFuture::new(self.provide_refreshed(seen))
    }
}

impl fmt::Debug for RefreshingCredentials {
    // The project and domain ids and the expiry: never the keys or the token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let expires_at = self.lock_state().current.as_ref().map(|(_, e)| *e);
        f.debug_struct("RefreshingCredentials")
            .field("project_id", &self.project_id)
            .field("domain_id", &self.domain_id)
            .field("refresh_margin", &self.margin)
            .field("expires_at", &expires_at)
            .finish_non_exhaustive()
    }
}

/// Providers tried in order, for each attempt: the first that supplies credentials wins; when all fail, the call
/// fails with [`CredentialsError::Chain`], holding each one's error.
///
/// ```
/// use generated_client::{BasicCredentials, CredentialsChain, EnvCredentials};
/// // The environment's keys when set, else the ones from a configuration file.
/// let chain = CredentialsChain::first_try(EnvCredentials::new())
///     .or_else(BasicCredentials::new("AK", "SK").with_project_id("p"));
/// # let _ = chain;
/// ```
#[derive(Clone, Default)]
pub struct CredentialsChain {
    providers: Vec<Arc<dyn CredentialsProvider>>,
}

impl CredentialsChain {
    /// A chain that tries `provider` first.
    pub fn first_try(provider: impl CredentialsProvider + 'static) -> Self {
        Self {
            providers: vec![Arc::new(provider)],
        }
    }

    /// Tries `provider` after the providers before it.
    pub fn or_else(mut self, provider: impl CredentialsProvider + 'static) -> Self {
        self.providers.push(Arc::new(provider));
        self
    }
}

impl CredentialsProvider for CredentialsChain {
    fn provide(&self) -> CredentialsFuture<'_> {
        CredentialsFuture::new(async move {
            let mut errors = Vec::new();
            for provider in &self.providers {
                match provider.provide().await {
                    Ok(credentials) => return Ok(credentials),
                    Err(e) => errors.push(e),
                }
            }
            Err(CredentialsError::Chain(errors))
        })
    }
}

impl fmt::Debug for CredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsChain")
            .field("providers", &self.providers.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

    const SK: &str = "sk-very-secret";
    const TOKEN: &str = "security-token-very-secret";

    fn access_key(c: &Credentials) -> &str {
        match c {
            Credentials::Basic(b) => b.access_key(),
            Credentials::Global(g) => g.access_key(),
            Credentials::Token(_) => "<token>",
        }
    }

    /// A clock that only moves when told, in whole seconds from the start of 2024.
    #[derive(Clone, Default)]
    struct Clock(Arc<AtomicU64>);

    impl Clock {
        fn now(&self) -> SystemTime {
            SystemTime::UNIX_EPOCH
                + Duration::from_secs(1_704_067_200 + self.0.load(Ordering::SeqCst))
        }
        fn advance(&self, secs: u64) {
            self.0.fetch_add(secs, Ordering::SeqCst);
        }
    }

    /// Counts refreshes; refresh `n` (from 1) gives `AK{n}`, valid for `valid` from the clock's time.
    fn counting(
        clock: &Clock,
        valid: Duration,
    ) -> (
        Arc<AtomicU32>,
        impl Fn() -> std::future::Ready<Result<TemporaryCredentials, std::io::Error>> + use<>,
    ) {
        let count = Arc::new(AtomicU32::new(0));
        let (c, clock) = (count.clone(), clock.clone());
        let refresh = move || {
            let n = c.fetch_add(1, Ordering::SeqCst) + 1;
            std::future::ready(Ok(TemporaryCredentials::new(
                format!("AK{n}"),
                SK,
                TOKEN,
                clock.now() + valid,
            )))
        };
        (count, refresh)
    }

    #[tokio::test]
    async fn fixed_providers_hand_out_their_credentials() {
        let basic = BasicCredentials::new("AK", SK).with_project_id("p");
        let c = basic.provide().await.expect("basic");
        assert!(
            matches!(&c, Credentials::Basic(b) if b.project_id() == Some("p") && b.secret_key().expose() == SK)
        );
        let c = GlobalCredentials::new("AKG", SK)
            .provide()
            .await
            .expect("global");
        assert_eq!(access_key(&c), "AKG");
        let c = TokenCredentials::new(TOKEN).provide().await.expect("token");
        assert!(matches!(&c, Credentials::Token(t) if t.token().expose() == TOKEN));
        let shared: Arc<dyn CredentialsProvider> = Arc::new(Credentials::from(basic));
        assert_eq!(access_key(&shared.provide().await.expect("arc")), "AK");
        let boxed: Box<dyn CredentialsProvider> = Box::new(shared);
        assert_eq!(access_key(&boxed.provide().await.expect("box")), "AK");
    }

    #[tokio::test]
    async fn env_provider_reads_until_found_then_keeps_them() {
        let vars: Arc<Mutex<HashMap<&'static str, String>>> = Arc::default();
        let reads = Arc::new(AtomicU32::new(0));
        let (v, r) = (vars.clone(), reads.clone());
        let env = EnvCredentials::with_source(move |name| {
            r.fetch_add(1, Ordering::SeqCst);
            v.lock().unwrap().get(name).cloned()
        });
        assert_eq!(
            env.provide().await.err(),
            Some(CredentialsError::MissingEnvVar {
                name: "HUAWEICLOUD_SDK_AK"
            })
        );
        assert!(format!("{env:?}").contains("found: false"));
        {
            let mut v = vars.lock().unwrap();
            v.insert("HUAWEICLOUD_SDK_AK", "AK-ENV".into());
            v.insert("HUAWEICLOUD_SDK_SK", SK.into());
            v.insert("HUAWEICLOUD_SDK_PROJECT_ID", "p-env".into());
            v.insert("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN.into());
        }
        let c = env.provide().await.expect("found");
        let Credentials::Basic(b) = &c else {
            panic!("{c:?}")
        };
        assert_eq!(
            (
                b.access_key(),
                b.project_id(),
                b.security_token().map(Secret::expose)
            ),
            ("AK-ENV", Some("p-env"), Some(TOKEN))
        );
        // Kept: later calls read nothing, even once the variables are gone.
        let read = reads.load(Ordering::SeqCst);
        vars.lock().unwrap().clear();
        let again = env.provide().await.expect("kept");
        assert_eq!(access_key(&again), "AK-ENV");
        assert_eq!(reads.load(Ordering::SeqCst), read);
        let debug = format!("{env:?}");
        assert!(
            debug.contains("found: true") && !debug.contains(SK) && !debug.contains("AK-ENV"),
            "{debug}"
        );
    }

    /// A provider that counts its calls and answers with `result`.
    struct Counted(AtomicU32, Result<Credentials, CredentialsError>);

    impl CredentialsProvider for Arc<Counted> {
        fn provide(&self) -> CredentialsFuture<'_> {
            self.0.fetch_add(1, Ordering::SeqCst);
            let result = self.1.clone();
            // Answers after a poll, as a provider that waits for something would.
            CredentialsFuture::new(async move {
                tokio::task::yield_now().await;
                result
            })
        }
    }

    fn counted(result: Result<Credentials, CredentialsError>) -> Arc<Counted> {
        Arc::new(Counted(AtomicU32::new(0), result))
    }

    #[tokio::test]
    async fn a_chain_tries_its_providers_in_order() {
        let missing = CredentialsError::MissingEnvVar {
            name: "HUAWEICLOUD_SDK_AK",
        };
        let failing = counted(Err(missing.clone()));
        let second = counted(Ok(BasicCredentials::new("AK2", SK).into()));
        let third = counted(Ok(BasicCredentials::new("AK3", SK).into()));
        let chain = CredentialsChain::first_try(failing.clone())
            .or_else(second.clone())
            .or_else(third.clone());
        for _ in 0..2 {
            assert_eq!(access_key(&chain.provide().await.expect("second")), "AK2");
        }
        let calls = |p: &Arc<Counted>| p.0.load(Ordering::SeqCst);
        assert_eq!((calls(&failing), calls(&second), calls(&third)), (2, 2, 0));

        // The first that has credentials wins, whatever comes after it.
        let chain = CredentialsChain::first_try(third.clone()).or_else(second.clone());
        assert_eq!(access_key(&chain.provide().await.expect("third")), "AK3");

        // All failing: each one's error, in order, and all of them in the text.
        let refresh_failed = CredentialsError::provider("sts unreachable");
        let chain = CredentialsChain::first_try(failing.clone())
            .or_else(counted(Err(refresh_failed.clone())));
        let err = chain.provide().await.expect_err("none");
        assert_eq!(err, CredentialsError::Chain(vec![missing, refresh_failed]));
        assert_eq!(
            err.to_string(),
            "none of the 2 credentials providers had credentials; 1: environment variable HUAWEICLOUD_SDK_AK is \
             not set or is empty; 2: the credentials provider failed: sts unreachable"
        );
        let empty = CredentialsChain::default()
            .provide()
            .await
            .expect_err("empty");
        assert_eq!(empty, CredentialsError::Chain(Vec::new()));
        assert_eq!(empty.to_string(), "the credentials chain has no providers");
    }

    #[tokio::test]
    async fn refreshes_a_margin_before_expiry() {
        let clock = Clock::default();
        let (count, refresh) = counting(&clock, Duration::from_secs(15 * 60));
        let c = clock.clone();
        let provider = RefreshingCredentials::new(refresh)
            .with_project_id("p1")
            .with_domain_id("d1")
            .with_clock(move || c.now());
        let first = provider.provide().await.expect("first");
        let Credentials::Basic(b) = &first else {
            panic!("{first:?}")
        };
        assert_eq!(
            (
                b.access_key(),
                b.secret_key().expose(),
                b.security_token().map(Secret::expose),
                b.project_id(),
                b.domain_id()
            ),
            ("AK1", SK, Some(TOKEN), Some("p1"), Some("d1"))
        );
        // Kept while more than the (default, 5 min) margin is left.
        clock.advance(9 * 60 + 59);
        assert_eq!(access_key(&provider.provide().await.expect("kept")), "AK1");
        assert_eq!(count.load(Ordering::SeqCst), 1);
        clock.advance(1);
        assert_eq!(
            access_key(&provider.provide().await.expect("refreshed")),
            "AK2"
        );
        assert_eq!(count.load(Ordering::SeqCst), 2);

        // A margin of one minute keeps them until one minute before expiry.
        let (count, refresh) = counting(&clock, Duration::from_secs(15 * 60));
        let c = clock.clone();
        let provider = RefreshingCredentials::new(refresh)
            .refresh_margin(Duration::from_secs(60))
            .with_clock(move || c.now());
        provider.provide().await.expect("first");
        clock.advance(13 * 60 + 59);
        provider.provide().await.expect("kept");
        assert_eq!(count.load(Ordering::SeqCst), 1);
        clock.advance(1);
        provider.provide().await.expect("refreshed");
        assert_eq!(count.load(Ordering::SeqCst), 2);
        let debug = format!("{provider:?}");
        assert!(
            !debug.contains(SK) && !debug.contains(TOKEN) && !debug.contains("AK"),
            "{debug}"
        );
    }

    /// A refresh that waits until the test opens the gate, counting how often it started.
    fn gated(
        outcome: impl Fn(u32) -> Result<TemporaryCredentials, std::io::Error> + Send + Sync + 'static,
    ) -> (
        Arc<AtomicU32>,
        Arc<tokio::sync::Semaphore>,
        RefreshingCredentials,
    ) {
        let count = Arc::new(AtomicU32::new(0));
        let gate = Arc::new(tokio::sync::Semaphore::new(0));
        let (c, g) = (count.clone(), gate.clone());
        let outcome = Arc::new(outcome);
        let provider = RefreshingCredentials::new(move || {
            let n = c.fetch_add(1, Ordering::SeqCst) + 1;
            let (g, outcome) = (g.clone(), outcome.clone());
            async move {
                let _permit = g.acquire().await.expect("gate open");
                outcome(n)
            }
        });
        (count, gate, provider)
    }

    fn temporary(n: u32) -> TemporaryCredentials {
        TemporaryCredentials::new(
            format!("AK{n}"),
            SK,
            TOKEN,
            SystemTime::now() + Duration::from_secs(3600),
        )
    }

    /// Waits until `count` refreshes started and every other task had a chance to queue behind them.
    async fn until_started(count: &AtomicU32, n: u32) {
        while count.load(Ordering::SeqCst) < n {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_calls_share_one_refresh() {
        let (count, gate, provider) = gated(|n| Ok(temporary(n)));
        let provider = Arc::new(provider);
        let tasks: Vec<_> = (0..200)
            .map(|_| {
                let p = provider.clone();
                tokio::spawn(async move { p.provide().await })
            })
            .collect();
        until_started(&count, 1).await;
        assert!(tasks.iter().all(|t| !t.is_finished()));
        gate.add_permits(1000);
        for task in tasks {
            let c = task.await.expect("task").expect("credentials");
            assert_eq!(access_key(&c), "AK1");
        }
        assert_eq!(count.load(Ordering::SeqCst), 1);
        // And then served from what that refresh kept.
        assert_eq!(access_key(&provider.provide().await.expect("kept")), "AK1");
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_failed_refresh_fails_its_waiters_once_and_the_next_call_retries() {
        let (count, gate, provider) = gated(|n| match n {
            1 => Err(std::io::Error::other("sts unreachable")),
            n => Ok(temporary(n)),
        });
        let provider = Arc::new(provider);
        let tasks: Vec<_> = (0..50)
            .map(|_| {
                let p = provider.clone();
                tokio::spawn(async move { p.provide().await })
            })
            .collect();
        until_started(&count, 1).await;
        gate.add_permits(1000);
        let mut errors = Vec::new();
        for task in tasks {
            errors.push(task.await.expect("task").expect_err("refresh failed"));
        }
        assert_eq!(count.load(Ordering::SeqCst), 1);
        // One failure, shared: the same error (not an equal copy) reached every waiter.
        let CredentialsError::Provider(first) = &errors[0] else {
            panic!("{:?}", errors[0])
        };
        assert!(errors.iter().all(|e| *e == errors[0]));
        assert_ne!(*first, ProviderError::new("sts unreachable"));
        assert_eq!(first.to_string(), "sts unreachable");
        let source = std::error::Error::source(&errors[0]).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("sts unreachable"));
        // The next call refreshes again.
        assert_eq!(
            access_key(&provider.provide().await.expect("retried")),
            "AK2"
        );
        assert_eq!(count.load(Ordering::SeqCst), 2);
    }

    /// A refresh within the margin that fails leaves the kept credentials in use until they expire; every call
    /// meanwhile tries again, and past their expiry the failure is the calls' error.
    #[tokio::test]
    async fn an_early_refresh_that_fails_keeps_the_valid_credentials() {
        let clock = Clock::default();
        let count = Arc::new(AtomicU32::new(0));
        let (c, k) = (count.clone(), clock.clone());
        let k2 = clock.clone();
        let provider = RefreshingCredentials::new(move || {
            let n = c.fetch_add(1, Ordering::SeqCst) + 1;
            std::future::ready(match n {
                2 | 3 => Err(std::io::Error::other("sts unreachable")),
                n => Ok(TemporaryCredentials::new(
                    format!("AK{n}"),
                    SK,
                    TOKEN,
                    k.now() + Duration::from_secs(15 * 60),
                )),
            })
        })
        .with_clock(move || k2.now());
        assert_eq!(access_key(&provider.provide().await.expect("first")), "AK1");
        clock.advance(11 * 60);
        assert_eq!(access_key(&provider.provide().await.expect("kept")), "AK1");
        assert_eq!(count.load(Ordering::SeqCst), 2);
        clock.advance(4 * 60);
        let err = provider
            .provide()
            .await
            .expect_err("expired, refresh failed");
        assert!(matches!(err, CredentialsError::Provider(_)), "{err:?}");
        assert_eq!(count.load(Ordering::SeqCst), 3);
        assert_eq!(access_key(&provider.provide().await.expect("again")), "AK4");
    }

    #[tokio::test]
    async fn credentials_that_already_expired_are_refused() {
        let clock = Clock::default();
        let (count, refresh) = counting(&clock, Duration::ZERO);
        let c = clock.clone();
        let provider = RefreshingCredentials::new(refresh).with_clock(move || c.now());
        assert_eq!(
            provider.provide().await.err(),
            Some(CredentialsError::Expired)
        );
        assert_eq!(
            provider.provide().await.err(),
            Some(CredentialsError::Expired)
        );
        assert_eq!(count.load(Ordering::SeqCst), 2);

        // Valid for less than the margin: used by the call that refreshed, refreshed again by the next.
        let (count, refresh) = counting(&clock, Duration::from_secs(60));
        let c = clock.clone();
        let provider = RefreshingCredentials::new(refresh).with_clock(move || c.now());
        assert_eq!(access_key(&provider.provide().await.expect("short")), "AK1");
        assert_eq!(access_key(&provider.provide().await.expect("short")), "AK2");
        assert_eq!(count.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_dropped_refresh_is_started_again_by_the_next_call() {
        let (count, gate, provider) = gated(|n| Ok(temporary(n)));
        let provider = Arc::new(provider);
        let p = provider.clone();
        let first = tokio::spawn(async move { p.provide().await });
        until_started(&count, 1).await;
        first.abort();
        assert!(first.await.expect_err("aborted").is_cancelled());
        gate.add_permits(1000);
        assert_eq!(
            access_key(&provider.provide().await.expect("second")),
            "AK2"
        );
        assert_eq!(count.load(Ordering::SeqCst), 2);
    }

    /// The futures a client awaits are `Send`, and providers can be shared as trait objects.
    #[test]
    fn providers_are_shareable_trait_objects() {
        fn send<T: Send>(_: &T) {}
        let providers: Vec<Arc<dyn CredentialsProvider>> = vec![
            Arc::new(EnvCredentials::new()),
            Arc::new(RefreshingCredentials::new(|| async {
                Ok::<_, std::io::Error>(temporary(1))
            })),
            Arc::new(CredentialsChain::first_try(EnvCredentials::new())),
        ];
        for p in &providers {
            send(&p.provide());
        }
    }
}
