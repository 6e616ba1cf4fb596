//! An embedded mock of the services in `spec/`, or of a spec of your own ([`MockConfig::services`](crate::mock::MockConfig::services) with the
//! `SERVICES` your `generate!` emits), served from the same normalized spec the client is generated from
//! (`ServiceMeta::spec_json`), so the client, the mock and the examples cannot drift apart.
//!
//! - Routes every endpoint by method and path template; unknown paths get 404, known paths with another method 405.
//! - Validates parameters and the JSON body against the spec; a violation gets the operation's documented
//!   client-error status, in its documented body shape, with a message naming the field.
//! - Answers with the documented example of the success status, or the status chosen by an `X-Mock-Status` request
//!   header; a status without an example gets a body generated from its schema.
//! - Pages the success example's list of a paginated endpoint (`pagination:`) as the request asks, in the declared
//!   style, and plays an asynchronous job on a status operation (`waiter:`): running for a number of polls, then done
//!   or failed (`MockConfig::job`, or an `X-Mock-Job` request header).
//! - Optionally checks the AK/SK signature (`SDK-HMAC-SHA256`) and answers 401 when it does not verify.
//! - Every answer carries an `X-Request-Id` (`mock-000001`, …); every request is logged through `tracing`.
//! - Holds its connections to a gateway's limits (`MockConfig::header_read_timeout`, `body_read_timeout`,
//!   `idle_timeout`, `max_connections`), and refuses, as a gateway does, a request with both `Content-Length` and
//!   `Transfer-Encoding` or with two `Authorization` headers (400).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use generated_client::mock::{MockConfig, MockServer};
//!
//! let server = MockServer::start(MockConfig::new().credentials("AK", "SK")).await?;
//! println!("mock listening on {}", server.url());
//! // point a client at server.url(); the server stops when `server` is dropped
//! # Ok(())
//! # }
//! ```

mod conn;
pub(crate) mod respond;
mod steps;
mod validate;

pub use steps::{JobEnd, MOCK_OFFSET_PARAM};

use std::borrow::Cow;
use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::{Body, HttpBody};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::__private::ServiceMeta;
use crate::auth::signer;
use spec_core::model::{Endpoint, Service};
use spec_core::routes::{Match, Routes};

/// Request bodies above this size are answered with 413.
const MAX_BODY: usize = 1 << 20;
/// An oversized body up to this size is read and discarded before answering 413, so the client (still sending)
/// sees the answer instead of a reset connection; beyond it the connection is simply closed after the answer.
const MAX_DRAIN: u64 = 16 << 20;
/// Time allowed for that discarding.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
/// Default of [`MockConfig::header_read_timeout`].
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Default of [`MockConfig::body_read_timeout`].
pub const DEFAULT_BODY_READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Default of [`MockConfig::idle_timeout`].
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Default of [`MockConfig::max_connections`].
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;
/// Largest [`MockConfig::max_connections`]: tokio's semaphore counts permits below `u32::MAX >> 3`.
const MAX_MAX_CONNECTIONS: usize = 1 << 24;
/// How far `X-Sdk-Date` may be from the mock's clock, as at the API gateway.
const MAX_CLOCK_SKEW: time::Duration = time::Duration::minutes(15);
/// Longest `X-Mock-Error` header value.
const MAX_ERROR_HEADER: usize = 512;

/// The request header that selects a documented status instead of the success status.
pub const MOCK_STATUS_HEADER: &str = "x-mock-status";

/// The request header that plays a job on a status operation: `<polls> done` or `<polls> failed` (`2 done`: two
/// answers in a running state, then done), as [`MockConfig::job`] does for every request of the operation.
pub const MOCK_JOB_HEADER: &str = "x-mock-job";

/// What [`MockServer::start`] serves and how.
#[derive(Clone)]
pub struct MockConfig {
    services: Vec<Source>,
    credentials: Option<(String, String)>,
    addr: SocketAddr,
    log: bool,
    header_read_timeout: Duration,
    body_read_timeout: Duration,
    idle_timeout: Duration,
    max_connections: usize,
    canned: Vec<Canned>,
    jobs: Vec<(String, steps::Play)>,
}

/// An answer given instead of the spec's example ([`MockConfig::respond`]).
#[derive(Clone, Debug)]
struct Canned {
    /// `Operation` or `service.Operation`, as given.
    operation: String,
    status: u16,
    body: Option<Value>,
}

impl MockConfig {
    /// All services of this crate ([`crate::SERVICES`]: the seed services its features enable), on `127.0.0.1:0` (a
    /// free port), no signature check, no stderr log. Services of a spec of your own: [`MockConfig::services`].
    pub fn new() -> Self {
        MockConfig {
            services: crate::SERVICES.iter().map(|s| Source::meta(s)).collect(),
            credentials: None,
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            log: false,
            header_read_timeout: DEFAULT_HEADER_READ_TIMEOUT,
            body_read_timeout: DEFAULT_BODY_READ_TIMEOUT,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            canned: Vec::new(),
            jobs: Vec::new(),
        }
    }

    /// Serves exactly these services instead of this crate's: the `SERVICES` that [`generate!`](crate::generate)
    /// emits in your crate (`MockConfig::new().services(my_api::SERVICES)`), or single services
    /// (`[&generated_client::ges::SERVICE]`). Both this crate's and yours:
    /// `.services(generated_client::SERVICES.into_iter().chain(my_api::SERVICES))`; several lists of your own:
    /// chain them too, or name their services in one [`Services::new`](crate::Services::new).
    pub fn services<I>(mut self, services: I) -> Self
    where
        I: IntoIterator<Item = &'static ServiceMeta>,
    {
        self.services = services.into_iter().map(Source::meta).collect();
        self
    }

    /// Adds a service given as its model: one read from a spec file with `spec_core` (as the `spec mock` command
    /// does), or built in code.
    pub fn service(mut self, service: Service) -> Self {
        self.services.push(Source::Model(Box::new(service)));
        self
    }

    /// Adds a service given as the JSON of its model (the format of `ServiceMeta::spec_json`).
    #[doc(hidden)]
    pub fn spec_json(mut self, name: impl Into<String>, json: impl Into<String>) -> Self {
        self.services.push(Source::Json {
            name: name.into(),
            json: Cow::Owned(json.into()),
        });
        self
    }

    /// Requires every request to carry a valid `SDK-HMAC-SHA256` signature made with this key pair; anything else
    /// is answered 401 with `{"error_code": "APIGW.0301", …}`.
    pub fn credentials(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.credentials = Some((access_key.into(), secret_key.into()));
        self
    }

    /// The address to listen on (default `127.0.0.1:0`: a free port chosen by the OS).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = addr;
        self
    }

    /// Also prints one line per request to stderr (requests are always logged through `tracing` at info level).
    pub fn log(mut self, on: bool) -> Self {
        self.log = on;
        self
    }

    /// How long a connection may take to deliver a complete request head, counted from when it opens or from its
    /// previous answer (default 30 s). This closes connections that send their headers slowly (slowloris) and kept-
    /// alive connections that stay idle; a zero duration is ignored.
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        if !timeout.is_zero() {
            self.header_read_timeout = timeout;
        }
        self
    }

    /// How long reading one request body may take (default 30 s); over it the answer is 408 and the connection
    /// closes. A zero duration is ignored.
    pub fn body_read_timeout(mut self, timeout: Duration) -> Self {
        if !timeout.is_zero() {
            self.body_read_timeout = timeout;
        }
        self
    }

    /// How long a connection may go without a byte read or written (default 60 s), for example a client that stops
    /// reading its answer; it is then closed. A zero duration is ignored.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        if !timeout.is_zero() {
            self.idle_timeout = timeout;
        }
        self
    }

    /// How many connections are served at once (default 512, at least 1, at most 2^24). A connection over the cap is
    /// answered 503 and closed at once, so the server keeps accepting however many sockets clients leave open.
    pub fn max_connections(mut self, max: usize) -> Self {
        self.max_connections = max.clamp(1, MAX_MAX_CONNECTIONS);
        self
    }

    /// Answers every call of `operation` with `status` and `body` instead of the spec's example, for a test of how
    /// code handles one particular answer (a given output, an error, a body that does not decode).
    ///
    /// `operation` is the spec's operation name (`StopGraph`), or `service.Operation` (`ges.StopGraph`) when
    /// several services have an operation of that name. `body` is sent as JSON as given, unchecked, so a body the
    /// spec does not allow tests the client's decode errors; `Value::Null` sends no body. The request is still
    /// checked against the spec first: one the spec refuses gets the contract error, not this answer. A later call
    /// for the same operation replaces an earlier one. [`MockServer::start`] fails when the operation is unknown or
    /// ambiguous, or the status is not 200 to 599.
    ///
    /// ```no_run
    /// # async fn f() -> std::io::Result<()> {
    /// use generated_client::mock::{MockConfig, MockServer};
    /// let mock = MockServer::start(
    ///     MockConfig::new().respond("ges.StopGraph", 409, serde_json::json!({"error_code": "GES.8001", "error_msg": "busy"})),
    /// )
    /// .await?;
    /// # Ok(()) }
    /// ```
    pub fn respond(mut self, operation: impl Into<String>, status: u16, body: Value) -> Self {
        let operation = operation.into();
        self.canned.retain(|c| c.operation != operation);
        self.canned.push(Canned {
            operation,
            status,
            body: (!body.is_null()).then_some(body),
        });
        self
    }

    /// Plays a job on `operation`, a status operation with a `waiter:`: for each job (each distinct path and query
    /// of a request), the first `running` answers are in a running state (one its waiter does not list), the next
    /// ones in the first state its waiter lists under `done` or `failed`. The rest of the answer is the spec's
    /// example. An `X-Mock-Job` header on a request plays its own job instead ([`MOCK_JOB_HEADER`]).
    ///
    /// `operation` is named as for [`respond`](Self::respond); [`MockServer::start`] fails when it is unknown,
    /// ambiguous or has no waiter, or when `end` is [`JobEnd::Failed`] and the waiter lists no failed state. A later
    /// call for the same operation replaces an earlier one.
    pub fn job(mut self, operation: impl Into<String>, running: u32, end: JobEnd) -> Self {
        let operation = operation.into();
        self.jobs.retain(|(o, _)| *o != operation);
        self.jobs.push((operation, steps::Play { running, end }));
        self
    }
}

impl Default for MockConfig {
    fn default() -> Self {
        Self::new()
    }
}

// Manual so the secret key and the (long) spec texts never reach a log.
impl fmt::Debug for MockConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockConfig")
            .field(
                "services",
                &self.services.iter().map(Source::name).collect::<Vec<_>>(),
            )
            .field("access_key", &self.credentials.as_ref().map(|(ak, _)| ak))
            .field("addr", &self.addr)
            .field("log", &self.log)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("idle_timeout", &self.idle_timeout)
            .field("max_connections", &self.max_connections)
            .field("jobs", &self.jobs)
            .finish()
    }
}

/// A service to serve: the model's JSON as a generated service carries it, or a model.
#[derive(Clone)]
enum Source {
    Json {
        name: String,
        json: Cow<'static, str>,
    },
    Model(Box<Service>),
}

impl Source {
    fn meta(s: &'static ServiceMeta) -> Source {
        Source::Json {
            name: s.name.to_owned(),
            json: Cow::Borrowed(s.spec_json),
        }
    }

    fn name(&self) -> &str {
        match self {
            Source::Json { name, .. } => name,
            Source::Model(s) => &s.name,
        }
    }

    fn into_service(self) -> Result<Service, String> {
        let service = match self {
            Source::Json { name, json } => serde_json::from_str::<Service>(&json)
                .map_err(|e| format!("service `{name}`: its spec JSON cannot be read: {e}"))?,
            Source::Model(s) => *s,
        };
        // A model built in code (or JSON written by hand) has not been through the checker: refuse what would fail
        // every request it applies to.
        let mut bad = None;
        service.for_each_schema(&mut |s| {
            if let Some(p) = &s.rules.pattern
                && let Err(e) = spec_rules::check_pattern(p)
            {
                bad.get_or_insert_with(|| format!("bad pattern `{p}`: {e}"));
            }
        });
        match bad {
            Some(e) => Err(format!("service `{}`: {e}", service.name)),
            None => Ok(service),
        }
    }
}

/// One endpoint the mock serves.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MockRoute {
    /// Service name (`ges`).
    pub service: String,
    /// Operation name (`StopGraph`).
    pub operation: String,
    /// HTTP method (`POST`).
    pub method: String,
    /// Path template (`/v2/{project_id}/graphs/{graph_id}/stop`).
    pub path: String,
}

impl fmt::Display for MockRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<7} {}  ({}.{})",
            self.method, self.path, self.service, self.operation
        )
    }
}

/// A running mock server; it stops when dropped.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    routes: Vec<MockRoute>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl MockServer {
    /// Binds the configured address and serves in a background task of the current tokio runtime.
    ///
    /// Fails with [`io::ErrorKind::InvalidData`] when a service's spec JSON cannot be read, or with the bind error.
    pub async fn start(config: MockConfig) -> io::Result<MockServer> {
        let state =
            State::build(&config).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let routes = state.routes();
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let limits = conn::Limits {
            header_read: config.header_read_timeout,
            idle: config.idle_timeout,
            max_connections: config.max_connections,
        };
        // Routing is the mock's own (templates from the spec); each connection is served by `conn`.
        let task = tokio::spawn(conn::serve(listener, Arc::new(state), limits, stopped));
        Ok(MockServer {
            addr,
            routes,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The bound address (with the actual port when configured with port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every endpoint served, in spec order.
    pub fn routes(&self) -> &[MockRoute] {
        &self.routes
    }

    /// Stops accepting, lets requests in flight finish, and waits for the server task to end.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Everything a request handler reads; immutable after start except the id counter.
struct State {
    services: Vec<Service>,
    /// Canned answers by (service index, endpoint index).
    canned: Vec<((usize, usize), u16, Option<Value>)>,
    /// Jobs played by (service index, endpoint index).
    jobs: Vec<((usize, usize), steps::Play)>,
    /// How many times each job was polled, by `service.Operation path?query`.
    polls: std::sync::Mutex<std::collections::HashMap<String, u32>>,
    routes: Routes,
    credentials: Option<(String, String)>,
    log: bool,
    body_read_timeout: Duration,
    next_id: AtomicU64,
}

/// The (service, endpoint) a canned answer is for, or why it names none.
fn canned_target(services: &[Service], c: &Canned) -> Result<(usize, usize), String> {
    if !(200..600).contains(&c.status) {
        return Err(format!(
            "respond(\"{}\", {}): the status must be 200 to 599",
            c.operation, c.status
        ));
    }
    operation_target(services, "respond", &c.operation)
}

/// The (service, endpoint) a played job is for, or why it cannot be played there.
fn job_target(
    services: &[Service],
    operation: &str,
    play: steps::Play,
) -> Result<(usize, usize), String> {
    let (s, e) = operation_target(services, "job", operation)?;
    match play.problem(&services[s], &services[s].endpoints[e]) {
        Some(why) => Err(format!("job(\"{operation}\"): {why}")),
        None => Ok((s, e)),
    }
}

/// The (service, endpoint) `operation` (`Op` or `service.Op`) names for the config method `method`, or why it names
/// none.
fn operation_target(
    services: &[Service],
    method: &str,
    operation: &str,
) -> Result<(usize, usize), String> {
    let (service, op) = match operation.split_once('.') {
        Some((s, o)) => (Some(s), o),
        None => (None, operation),
    };
    let found: Vec<(usize, usize)> = services
        .iter()
        .enumerate()
        .filter(|(_, s)| service.is_none_or(|name| s.name == name))
        .flat_map(|(i, s)| {
            s.endpoints
                .iter()
                .enumerate()
                .filter(|(_, e)| e.operation == op)
                .map(move |(j, _)| (i, j))
        })
        .collect();
    match found[..] {
        [one] => Ok(one),
        [] => Err(format!(
            "{method}(\"{operation}\"): no served service has that operation"
        )),
        _ => Err(format!(
            "{method}(\"{operation}\"): several services have that operation; write it as `service.{op}`"
        )),
    }
}

/// One answer before it becomes an HTTP response.
struct Answer {
    status: u16,
    body: Option<Value>,
    /// The body's media type when it is the documented response's (else JSON), and whether the body is a string sent
    /// as its content (a text or bytes body) rather than as JSON.
    media: Option<(String, bool)>,
    /// `Allow` for 405.
    allow: Option<String>,
    /// Why the request was rejected, repeated in `X-Mock-Error` for bodies that have no message field.
    error: Option<String>,
    /// `service.Operation`, for the log.
    operation: Option<String>,
    /// Close the connection after this answer (`Connection: close`).
    close: bool,
    /// The headers the documented response declares.
    headers: Vec<(String, String)>,
}

impl Answer {
    fn ok(status: u16, body: Option<Value>) -> Answer {
        Answer {
            status,
            body,
            media: None,
            allow: None,
            error: None,
            operation: None,
            close: false,
            headers: Vec::new(),
        }
    }

    /// The documented response's media type for the body, when the body follows that response's schema.
    fn in_media_of(mut self, resp: Option<&spec_core::model::Response>) -> Answer {
        self.media = resp.and_then(|r| {
            let raw = r.encoding != spec_core::model::Encoding::Json;
            Some((r.content_type.clone()?, raw))
        });
        self
    }

    /// An error in the API gateway's own shape, for answers that are not about one operation's contract.
    fn gateway(status: u16, code: &str, message: String) -> Answer {
        Answer {
            status,
            body: Some(respond::generic_error(code, &message)),
            media: None,
            allow: None,
            error: Some(message),
            operation: None,
            close: false,
            headers: Vec::new(),
        }
    }
}

/// Why a body could not be read.
enum BodyError {
    TooLarge,
    Broken(String),
    TimedOut,
}

impl State {
    fn build(config: &MockConfig) -> Result<State, String> {
        let services = config
            .services
            .iter()
            .cloned()
            .map(Source::into_service)
            .collect::<Result<Vec<_>, _>>()?;
        for svc in &services {
            for ep in &svc.endpoints {
                spec_core::routes::Template::parse(&ep.path).map_err(|e| {
                    format!(
                        "service `{}`, {}: path `{}` {e}",
                        svc.name, ep.operation, ep.path
                    )
                })?;
            }
        }
        let (routes, conflicts) = Routes::new(&services.iter().collect::<Vec<_>>());
        if let Some(c) = conflicts.first() {
            let name = |(s, e): (usize, usize)| {
                let svc = &services[s];
                let ep = &svc.endpoints[e];
                format!("{}.{} ({} {})", svc.name, ep.operation, ep.method, ep.path)
            };
            return Err(format!(
                "{} and {} take the same requests; give them different paths or methods",
                name(c.first),
                name(c.second)
            ));
        }
        let canned = config
            .canned
            .iter()
            .map(|c| canned_target(&services, c).map(|at| (at, c.status, c.body.clone())))
            .collect::<Result<Vec<_>, _>>()?;
        let jobs = config
            .jobs
            .iter()
            .map(|(op, play)| job_target(&services, op, *play).map(|at| (at, *play)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(State {
            canned,
            jobs,
            polls: std::sync::Mutex::new(std::collections::HashMap::new()),
            services,
            routes,
            credentials: config.credentials.clone(),
            log: config.log,
            body_read_timeout: config.body_read_timeout,
            next_id: AtomicU64::new(1),
        })
    }

    fn routes(&self) -> Vec<MockRoute> {
        self.services
            .iter()
            .flat_map(|svc| {
                svc.endpoints.iter().map(|ep| MockRoute {
                    service: svc.name.clone(),
                    operation: ep.operation.clone(),
                    method: ep.method.clone(),
                    path: ep.path.clone(),
                })
            })
            .collect()
    }

    async fn serve(
        &self,
        req: axum::extract::Request,
        head: conn::HeadFacts,
    ) -> axum::response::Response {
        let id = format!("mock-{:06}", self.next_id.fetch_add(1, Ordering::Relaxed));
        let (parts, body) = req.into_parts();
        let method = parts.method.as_str();
        let path = parts.uri.path();
        let answer = if let Some(refusal) = refuse_framing(&parts.headers, head) {
            refusal
        } else {
            self.route(&parts, body).await
        };
        self.log(&id, method, path, &answer);
        into_response(answer, &id)
    }

    /// The answer for a request whose framing and headers are acceptable: routing, then the endpoint's answer.
    async fn route(&self, parts: &axum::http::request::Parts, body: Body) -> Answer {
        let method = parts.method.as_str();
        let path = parts.uri.path();
        match self.routes.find(method, path) {
            Match::NotFound => Answer::gateway(
                404,
                "MOCK.0404",
                format!("no endpoint matches {method} {path}"),
            ),
            Match::MethodNotAllowed(methods) => {
                let allow = methods.join(", ");
                let mut a = Answer::gateway(
                    405,
                    "MOCK.0405",
                    format!("{path} does not accept {method}; it accepts {allow}"),
                );
                a.allow = Some(allow);
                a
            }
            Match::Found { route, params } => {
                let svc = &self.services[route.service];
                let ep = &svc.endpoints[route.endpoint];
                let read =
                    tokio::time::timeout(self.body_read_timeout, read_body(&parts.headers, body))
                        .await
                        .unwrap_or(Err(BodyError::TimedOut));
                let mut a = match read {
                    Ok(bytes) => self.answer(svc, ep, parts, &params, &bytes),
                    Err(BodyError::TooLarge) => Answer::gateway(
                        413,
                        "MOCK.0413",
                        format!("request body is larger than {MAX_BODY} bytes"),
                    ),
                    Err(BodyError::Broken(e)) => Answer::gateway(
                        400,
                        "MOCK.0400",
                        format!("could not read the request body: {e}"),
                    ),
                    Err(BodyError::TimedOut) => {
                        let mut a = Answer::gateway(
                            408,
                            "MOCK.0408",
                            format!(
                                "the request body did not arrive within {:?}",
                                self.body_read_timeout
                            ),
                        );
                        // The rest of the body may still come: the connection cannot carry another request.
                        a.close = true;
                        a
                    }
                };
                a.operation = Some(format!("{}.{}", svc.name, ep.operation));
                a
            }
        }
    }

    /// The job [`MockConfig::job`] plays on this endpoint.
    fn configured_job(&self, svc: &Service, ep: &Endpoint) -> Option<steps::Play> {
        self.jobs.iter().find_map(|&((s, e), play)| {
            let configured = self
                .services
                .get(s)
                .and_then(|x| Some((x, x.endpoints.get(e)?)));
            configured
                .is_some_and(|(x, y)| x.name == svc.name && y.operation == ep.operation)
                .then_some(play)
        })
    }

    /// Counts a poll of the job this request asks about (its operation, path and query); its number, from 1.
    fn poll(&self, svc: &Service, ep: &Endpoint, parts: &axum::http::request::Parts) -> u32 {
        let key = format!(
            "{}.{} {}?{}",
            svc.name,
            ep.operation,
            parts.uri.path(),
            parts.uri.query().unwrap_or("")
        );
        let mut polls = self
            .polls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let n = polls.entry(key).or_insert(0);
        *n = n.saturating_add(1);
        *n
    }

    /// The answer [`MockConfig::respond`] set for this endpoint.
    fn canned(&self, svc: &Service, ep: &Endpoint) -> Option<Answer> {
        self.canned.iter().find_map(|&((s, e), status, ref body)| {
            let canned = self
                .services
                .get(s)
                .and_then(|x| Some((x, x.endpoints.get(e)?)));
            canned
                .is_some_and(|(x, y)| x.name == svc.name && y.operation == ep.operation)
                .then(|| Answer::ok(status, body.clone()))
        })
    }

    /// The answer for a routed request whose body has been read: signature, then `X-Mock-Status`, then the
    /// contract, then a canned answer or the documented response.
    fn answer(
        &self,
        svc: &Service,
        ep: &Endpoint,
        parts: &axum::http::request::Parts,
        path_params: &[(String, String)],
        body: &[u8],
    ) -> Answer {
        let headers: Vec<(String, String)> = parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();

        if let Err(e) = self.check_signature(parts, &headers, body) {
            return Answer::gateway(401, "APIGW.0301", e);
        }

        let documented = respond::statuses(ep);
        // A status a range (`4XX`) or `default` documents can be forced too.
        let forced = match parts.headers.get(MOCK_STATUS_HEADER) {
            None => None,
            Some(v) => {
                let wanted = v.to_str().ok().and_then(|s| s.trim().parse::<u16>().ok());
                match wanted {
                    Some(s) if (200..600).contains(&s) && ep.response(s).is_some() => Some(s),
                    _ => {
                        let list: Vec<String> = documented.iter().map(|s| s.key()).collect();
                        let msg = format!(
                            "X-Mock-Status: {} is not a documented status of {}; documented: {}",
                            String::from_utf8_lossy(v.as_bytes()),
                            ep.operation,
                            list.join(", ")
                        );
                        return contract_error(svc, ep, 400, msg);
                    }
                }
            }
        };

        let play = match parts.headers.get(MOCK_JOB_HEADER) {
            None => self.configured_job(svc, ep),
            Some(v) => {
                let text = String::from_utf8_lossy(v.as_bytes());
                let play = steps::Play::parse(&text);
                let why = match play {
                    None => Some(format!(
                        "X-Mock-Job: `{text}` is not `<polls> done` or `<polls> failed`"
                    )),
                    Some(p) => p.problem(svc, ep).map(|w| format!("X-Mock-Job: {w}")),
                };
                if let Some(why) = why {
                    return contract_error(svc, ep, 400, why);
                }
                play
            }
        };

        let incoming = validate::Incoming {
            path_params,
            query: parts.uri.query(),
            headers: &headers,
            body,
        };
        let violations = validate::check_request(svc, ep, &incoming);
        if !violations.is_empty() {
            let status = respond::client_error_status(ep);
            return contract_error(svc, ep, status, violations.message());
        }
        if let Some(a) = self.canned(svc, ep) {
            return a;
        }

        let Some(status) = forced.or_else(|| respond::success_status(ep)) else {
            // Nothing documented to send: an empty 200 is the least surprising answer.
            return Answer::ok(200, None);
        };
        if status < 200 {
            return Answer::gateway(
                400,
                "MOCK.0400",
                format!("status {status} is informational and cannot be sent as a final answer"),
            );
        }
        let resp = ep.response(status);
        let is_error = resp.map_or(status >= 300, |r| !r.success);
        let body = match resp {
            // Statuses that may not carry a body never get one, whatever the spec says.
            _ if matches!(status, 204 | 205 | 304) => None,
            Some(r) if is_error && r.example.is_none() && r.body.is_some() => {
                Some(respond::error_body(
                    svc,
                    Some(r),
                    status,
                    &mock_code(status),
                    &format!("mock answer for {} with status {status}", ep.operation),
                ))
            }
            Some(r) => respond::success_body(svc, r),
            None => None,
        };
        // Pages and jobs play on the success answer only: a forced status (the contract checks) gets the example as
        // it is written.
        let body = match (body, resp) {
            (Some(mut b), Some(r)) if r.success && forced.is_none() => {
                let query = validate::parse_query(parts.uri.query().unwrap_or(""));
                let url = match parts
                    .headers
                    .get(header::HOST)
                    .and_then(|h| h.to_str().ok())
                {
                    Some(host) => format!("http://{host}{}", parts.uri.path()),
                    None => parts.uri.path().to_owned(),
                };
                steps::page(svc, ep, &query, &url, &mut b);
                if let Some(play) = play {
                    let poll = self.poll(svc, ep, parts);
                    steps::play_job(svc, ep, play, poll, &mut b);
                }
                Some(b)
            }
            (b, _) => b,
        };
        let mut answer = Answer::ok(status, body).in_media_of(resp);
        if let Some(r) = resp {
            answer.headers = respond::response_headers(svc, r);
        }
        answer
    }

    /// Recomputes the signature over what was received: method, raw path, raw query, headers and body.
    fn check_signature(
        &self,
        parts: &axum::http::request::Parts,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<(), String> {
        let Some((ak, sk)) = &self.credentials else {
            return Ok(());
        };
        let authorization = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(header::AUTHORIZATION.as_str()))
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| {
                "missing Authorization header (the mock requires AK/SK signing)".to_string()
            })?;
        let canonical_query = signer::canonical_query_from_raw(parts.uri.query().unwrap_or(""));
        let req = signer::SignableRequest {
            method: parts.method.as_str(),
            wire_path: parts.uri.path(),
            canonical_query: &canonical_query,
            headers,
            body,
        };
        signer::verify(&req, authorization, |key| (key == ak).then(|| sk.clone())).map_err(
            |e| match &e {
                // The server's string to sign holds no secret; comparing it with the client's finds the divergence.
                signer::VerifyError::SignatureMismatch { string_to_sign } => format!(
                    "signature verification failed: {e}; the mock's string to sign is {string_to_sign:?}"
                ),
                _ => format!("signature verification failed: {e}"),
            },
        )?;
        // `verify` leaves the clock to the server; the gateway rejects requests signed too far from its time.
        let date = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(signer::HEADER_SDK_DATE))
            .and_then(|(_, v)| signer::parse_sdk_date(v.trim()));
        let skew = date.map(|d| (time::OffsetDateTime::now_utc() - d).abs());
        match skew {
            Some(s) if s <= MAX_CLOCK_SKEW => Ok(()),
            _ => Err(format!(
                "{} is more than {} minutes away from the mock's clock",
                signer::HEADER_SDK_DATE,
                MAX_CLOCK_SKEW.whole_minutes()
            )),
        }
    }

    fn log(&self, id: &str, method: &str, path: &str, a: &Answer) {
        let operation = a.operation.as_deref().unwrap_or("-");
        tracing::info!(
            request_id = id,
            method,
            path,
            status = a.status,
            operation,
            error = a.error.as_deref(),
            "mock request"
        );
        if self.log {
            match &a.error {
                Some(e) => eprintln!(
                    "[mock] {id} {method} {path} -> {} ({operation}): {e}",
                    a.status
                ),
                None => eprintln!("[mock] {id} {method} {path} -> {} ({operation})", a.status),
            }
        }
    }
}

/// What a gateway refuses before routing: a request whose length is ambiguous, which one server in a chain may frame
/// differently from the next (request smuggling), and one with two `Authorization` headers, which one server may
/// read one way and the next another. Answered 400; the connection closes after an ambiguous length.
fn refuse_framing(headers: &HeaderMap, head: conn::HeadFacts) -> Option<Answer> {
    if head.length_and_chunked {
        let mut a = Answer::gateway(
            400,
            "MOCK.0400",
            "the request carries both Content-Length and Transfer-Encoding".to_owned(),
        );
        a.close = true;
        return Some(a);
    }
    let authorizations = headers.get_all(header::AUTHORIZATION).iter().count();
    (authorizations > 1).then(|| {
        Answer::gateway(
            400,
            "MOCK.0400",
            format!("the request carries {authorizations} Authorization headers; send one"),
        )
    })
}

/// `MOCK.0400` for 400 and so on.
fn mock_code(status: u16) -> String {
    format!("MOCK.{status:04}")
}

/// A contract violation answered in the shape the operation documents for `status`.
fn contract_error(svc: &Service, ep: &Endpoint, status: u16, message: String) -> Answer {
    let body = respond::error_body(
        svc,
        ep.response(status),
        status,
        &mock_code(status),
        &message,
    );
    Answer {
        status,
        body: Some(body),
        media: None,
        allow: None,
        error: Some(message),
        operation: None,
        close: false,
        headers: Vec::new(),
    }
    .in_media_of(ep.response(status))
}

/// Reads at most [`MAX_BODY`] bytes; a larger body is drained (bounded in size and time) and reported too large.
async fn read_body(headers: &HeaderMap, mut body: Body) -> Result<Vec<u8>, BodyError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_DRAIN) {
        return Err(BodyError::TooLarge);
    }
    let mut buf = Vec::new();
    let mut seen: u64 = 0;
    loop {
        let frame = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        let Some(frame) = frame else { break };
        let frame = frame.map_err(|e| BodyError::Broken(e.to_string()))?;
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        seen = seen.saturating_add(data.len() as u64);
        if seen > MAX_BODY as u64 {
            let _ = tokio::time::timeout(DRAIN_TIMEOUT, drain(&mut body, seen)).await;
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&data);
    }
    Ok(buf)
}

/// Reads and discards the rest of a body, up to [`MAX_DRAIN`] bytes in total.
async fn drain(body: &mut Body, mut seen: u64) {
    while seen <= MAX_DRAIN {
        match std::future::poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)).await {
            Some(Ok(frame)) => {
                if let Some(data) = frame.data_ref() {
                    seen = seen.saturating_add(data.len() as u64);
                }
            }
            _ => return,
        }
    }
}

fn into_response(a: Answer, request_id: &str) -> axum::response::Response {
    let status = StatusCode::from_u16(a.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (content_type, raw) = match &a.media {
        Some((ct, raw)) => (HeaderValue::from_str(ct).ok(), *raw),
        None => (None, false),
    };
    let bytes = match &a.body {
        // Text and bytes go out as the string's content.
        Some(Value::String(text)) if raw => Some(text.clone().into_bytes()),
        // A `Value` always serializes; answering without a body beats panicking if it ever did not.
        Some(v) => serde_json::to_vec(v).ok(),
        None => None,
    };
    let has_body = bytes.is_some();
    let mut resp = axum::response::Response::new(bytes.map_or_else(Body::empty, Body::from));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    if has_body {
        h.insert(
            header::CONTENT_TYPE,
            content_type.unwrap_or(HeaderValue::from_static("application/json")),
        );
    }
    if let Ok(v) = HeaderValue::from_str(request_id) {
        h.insert("x-request-id", v);
    }
    if let Some(allow) = a
        .allow
        .as_deref()
        .and_then(|s| HeaderValue::from_str(s).ok())
    {
        h.insert(header::ALLOW, allow);
    }
    if let Some(e) = &a.error
        && let Ok(v) = HeaderValue::from_str(&header_safe(e))
    {
        h.insert("x-mock-error", v);
    }
    if a.close {
        h.insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    // The response's declared headers, except those the mock sets itself (its request id, the content type).
    for (name, value) in &a.headers {
        if let (Ok(n), Ok(v)) = (
            axum::http::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) && !h.contains_key(&n)
        {
            h.insert(n, v);
        }
    }
    resp
}

/// Visible ASCII only, bounded: header values cannot carry arbitrary text.
fn header_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == ' ' || c.is_ascii_graphic() {
                c
            } else {
                '?'
            }
        })
        .take(MAX_ERROR_HEADER)
        .collect()
}

#[cfg(test)]
mod limits_tests;
#[cfg(test)]
mod official_tests;
#[cfg(test)]
mod tests;
