//! End-to-end tests of the runtime through the generated seed operations, against the embedded mock server with
//! AK/SK checking on (`MockConfig::credentials`: it recomputes every signature from the request as received and
//! answers 401 `APIGW.0301` on a mismatch).
//!
//! Faults are injected by a small TCP front on 127.0.0.1 that, connection by connection, either forwards to the
//! mock or answers with a scripted fault, and records each request head (so retries can be compared). Every test
//! is bounded in time; the runtime's own unit-level fault tests are in `generated-client/src/runtime_tests.rs`.

use std::fmt::Debug;
use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use generated_client::mock::{MockConfig, MockServer};
use generated_client::{
    BasicCredentials, CallOptions, Client, Credentials, Error, GlobalCredentials, RetryPolicy,
    TransportErrorKind,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use generated_client::dataarts::{
    BatchStopQualityInstancesError, BatchStopQualityInstancesRequest,
};
use generated_client::dlf::{StopJobInstanceError, StopJobInstanceRequest};
use generated_client::drs::{
    BatchStopJobActionReq, BatchStopJobsActionError, BatchStopJobsActionRequest, StopJobActionInfo,
};
use generated_client::ges::{StopGraphError, StopGraphRequest};
use generated_client::vias::{
    BatchStartStopTaskCommand, BatchStartStopTaskError, BatchStartStopTaskRequest,
};

const AK: &str = "RUNTIME-TEST-AK";
const SK: &str = "runtime-test-SECRET-KEY-5f1c";
const SECURITY_TOKEN: &str = "runtime-test-SECURITY-TOKEN-a9e0";
const PROJECT: &str = "0549a7a7f1003ac32f4bc0061a4d6f5e";
const GRAPH: &str = "graph0001";

/// Fails the test instead of hanging it.
async fn bounded<T>(fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), fut)
        .await
        .expect("the test finished within 30 s")
}

async fn mock() -> MockServer {
    MockServer::start(MockConfig::new().credentials(AK, SK))
        .await
        .expect("mock starts")
}

fn client(url: &str, credentials: impl Into<Credentials>) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(credentials)
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .connect_timeout(Duration::from_secs(2))
        .build()
        .expect("client builds")
}

fn basic(secret_key: &str) -> BasicCredentials {
    BasicCredentials::new(AK, secret_key)
        .with_project_id(PROJECT)
        .with_security_token(SECURITY_TOKEN)
}

fn assert_no_secrets(text: &str) {
    for secret in [SK, SECURITY_TOKEN] {
        assert!(!text.contains(secret), "secret leaked: {text}");
    }
}

/// What a failed call exposes, operation-independently.
#[derive(Debug)]
struct Failed {
    status: Option<u16>,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    /// `Debug` of the operation's typed error, for service errors.
    typed: Option<String>,
    /// `Display` and `Debug` of the whole error.
    text: String,
}

fn failed<E: Debug + std::error::Error + 'static>(e: &Error<E>) -> Failed {
    Failed {
        status: e.status(),
        code: e.code().map(str::to_owned),
        message: e.message().map(str::to_owned),
        request_id: e.request_id().map(str::to_owned),
        typed: e.as_service_error().map(|t| format!("{t:?}")),
        text: format!("{e} | {e:?} | {:?}", std::error::Error::source(e)),
    }
}

/// Calls every seed endpoint once; the status of each success, or what its error exposes.
async fn call_every_seed(c: &Client) -> Vec<(&'static str, Result<u16, Failed>)> {
    let dqc = c
        .dataarts()
        .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
            "ws-1",
            vec![9_007_199_254_740_993],
        ))
        .await;
    let drs = c
        .drs()
        .batch_stop_jobs_action(BatchStopJobsActionRequest::new(BatchStopJobActionReq::new(
            vec![StopJobActionInfo::new(
                "c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r",
            )],
        )))
        .await;
    let dlf = c
        .dlf()
        .stop_job_instance(StopJobInstanceRequest::new("job batch/1", 34765).workspace("ws-1"))
        .await;
    let ges = c.ges().stop_graph(StopGraphRequest::new(GRAPH)).await;
    let vias = c
        .vias()
        .batch_start_stop_task(BatchStartStopTaskRequest::new(
            "task 1",
            BatchStartStopTaskCommand::Stop,
        ))
        .await;
    vec![
        ("dataarts", dqc.map(|r| r.status()).map_err(|e| failed(&e))),
        ("drs", drs.map(|r| r.status()).map_err(|e| failed(&e))),
        ("dlf", dlf.map(|r| r.status()).map_err(|e| failed(&e))),
        ("ges", ges.map(|r| r.status()).map_err(|e| failed(&e))),
        ("vias", vias.map(|r| r.status()).map_err(|e| failed(&e))),
    ]
}

// ---------------------------------------------------------------------------------------------------------------
// Signing against a verifying server
// ---------------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_seed_endpoint_is_signed_and_verified_by_the_mock() {
    bounded(async {
        let mock = mock().await;
        // From code, with a security token (signed as X-Security-Token).
        let from_code = client(&mock.url(), basic(SK));
        // From the five environment variables the official SDKs read.
        let env = [
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
            ("HUAWEICLOUD_SDK_SECURITY_TOKEN", SECURITY_TOKEN),
            ("HUAWEICLOUD_SDK_DOMAIN_ID", "domain-1"),
        ];
        let from_env = Credentials::from_env_with(|name| {
            env.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
        .expect("credentials from the environment");
        assert!(matches!(from_env, Credentials::Basic(_)), "{from_env:?}");
        assert_no_secrets(&format!("{from_env:?}"));
        let from_env = client(&mock.url(), from_env);

        for c in [&from_code, &from_env] {
            let got = call_every_seed(c).await;
            let statuses: Vec<_> = got
                .iter()
                .map(|(s, r)| (*s, r.as_ref().map(|s| *s).map_err(|f| f.text.clone())))
                .collect();
            assert_eq!(
                statuses,
                [
                    ("dataarts", Ok(200)),
                    ("drs", Ok(200)),
                    ("dlf", Ok(204)),
                    ("ges", Ok(200)),
                    ("vias", Ok(200)),
                ]
            );
        }
    })
    .await;
}

/// Calls own what they need: they can be kept in a local and awaited later, spawned onto other worker threads
/// with `tokio::spawn` or a `JoinSet`, and still run, signed and verified, after the client that made them is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_can_be_stored_and_spawned_and_outlive_the_client() {
    bounded(async {
        let mock = mock().await;
        let c = client(&mock.url(), basic(SK));
        let stored = c.ges().stop_graph(StopGraphRequest::new(GRAPH));
        let spawned = tokio::spawn(c.ges().stop_graph(StopGraphRequest::new(GRAPH)));
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..4 {
            set.spawn(c.ges().stop_graph(StopGraphRequest::new(GRAPH)));
        }
        // The service handle is `'static` too: it moves into a task.
        let ges = c.ges();
        let in_task =
            tokio::spawn(async move { ges.stop_graph(StopGraphRequest::new(GRAPH)).await });
        drop(c);

        let mut statuses = vec![stored.await.expect("stored call").status()];
        statuses.push(
            spawned
                .await
                .expect("task ran")
                .expect("spawned call")
                .status(),
        );
        while let Some(r) = set.join_next().await {
            statuses.push(r.expect("task ran").expect("call in the set").status());
        }
        statuses.push(
            in_task
                .await
                .expect("task ran")
                .expect("call in a task")
                .status(),
        );
        assert_eq!(statuses, [200; 7]);
    })
    .await;
}

#[tokio::test]
async fn global_credentials_are_signed_with_x_domain_id() {
    bounded(async {
        let mock = mock().await;
        // Global credentials have no project id: the request gives it; X-Domain-Id is added and signed.
        let c = client(
            &mock.url(),
            GlobalCredentials::new(AK, SK).with_domain_id("domain-1"),
        );
        let out = c
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH).project_id(PROJECT))
            .await
            .expect("signed call accepted");
        assert_eq!(out.status(), 200);
        let err = client(
            &mock.url(),
            GlobalCredentials::new(AK, "wrong").with_domain_id("domain-1"),
        )
        .ges()
        .stop_graph(StopGraphRequest::new(GRAPH).project_id(PROJECT))
        .await
        .expect_err("wrong secret key");
        assert_eq!((err.status(), err.code()), (Some(401), Some("APIGW.0301")));
    })
    .await;
}

#[tokio::test]
async fn a_wrong_secret_key_is_a_typed_401_apigw_0301_on_every_seed() {
    bounded(async {
        let mock = mock().await;
        let wrong = "not-the-secret-key-0000";
        let c = client(&mock.url(), basic(wrong));
        for (seed, got) in call_every_seed(&c).await {
            let f = got.expect_err(seed);
            assert_eq!(f.status, Some(401), "{seed}: {f:?}");
            assert_eq!(f.code.as_deref(), Some("APIGW.0301"), "{seed}: {f:?}");
            assert!(
                f.message
                    .as_deref()
                    .is_some_and(|m| m.contains("signature verification failed")),
                "{seed}: {f:?}"
            );
            assert!(
                f.request_id
                    .as_deref()
                    .is_some_and(|id| id.starts_with("mock-")),
                "{seed}: {f:?}"
            );
            // GES documents 401 (a variant without body); the others do not, so it is `Unhandled`.
            let typed = f.typed.as_deref().unwrap_or_default();
            if seed == "ges" {
                assert_eq!(typed, "Unauthorized");
            } else {
                assert!(typed.starts_with("Unhandled("), "{seed}: {typed}");
                assert!(typed.contains("APIGW.0301"), "{seed}: {typed}");
            }
            assert!(f.text.contains("status 401, code APIGW.0301"), "{f:?}");
            assert_no_secrets(&f.text);
            assert!(!f.text.contains(wrong), "{f:?}");
        }

        // The typed errors match as their variants.
        let err = c
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect_err("401");
        assert!(matches!(
            err.as_service_error(),
            Some(StopGraphError::Unauthorized)
        ));
        let err = c
            .dlf()
            .stop_job_instance(StopJobInstanceRequest::new("j", 1))
            .await
            .expect_err("401");
        match err {
            Error::Service(s) => match s.err() {
                StopJobInstanceError::Unhandled(u) => {
                    assert_eq!((u.status(), u.code()), (401, Some("APIGW.0301")));
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
        // The other typed errors exist for matching too.
        let _: fn(&BatchStopQualityInstancesError) = |_| {};
        let _: fn(&BatchStopJobsActionError) = |_| {};
        let _: fn(&BatchStartStopTaskError) = |_| {};
    })
    .await;
}

// ---------------------------------------------------------------------------------------------------------------
// A scripted TCP front for fault injection
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Front {
    /// Forwards the connection to the mock.
    Forward,
    /// Answers with these bytes and closes.
    Reply(Vec<u8>),
    /// Resets the connection after reading the request.
    Reset,
    /// Reads the request and never answers.
    Hang,
}

/// A response with `Connection: close`, so a retry opens a new connection (and gets the next script entry).
fn reply(status: u16, headers: &[(&str, &str)], body: &str) -> Front {
    let mut out = format!(
        "HTTP/1.1 {status} Scripted\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    Front::Reply(out.into_bytes())
}

/// The head of a request as the front received it.
#[derive(Debug, Clone)]
struct Head {
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct FrontServer {
    url: String,
    heads: Arc<Mutex<Vec<Head>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FrontServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FrontServer {
    /// Connection `n` gets `script[n]` (the last entry repeats).
    async fn start(upstream: SocketAddr, script: Vec<Front>) -> FrontServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let log = heads.clone();
        let task = tokio::spawn(async move {
            let mut n = 0;
            while let Ok((sock, _)) = listener.accept().await {
                let step = script[n.min(script.len() - 1)].clone();
                n += 1;
                tokio::spawn(serve(sock, step, upstream, log.clone()));
            }
        });
        FrontServer { url, heads, task }
    }

    fn heads(&self) -> Vec<Head> {
        self.heads.lock().unwrap().clone()
    }
}

async fn serve(mut sock: TcpStream, step: Front, upstream: SocketAddr, log: Arc<Mutex<Vec<Head>>>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let headers = head
        .split("\r\n")
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    log.lock().unwrap().push(Head { headers });
    match step {
        Front::Forward => {
            let Ok(mut up) = TcpStream::connect(upstream).await else {
                return;
            };
            if up.write_all(&buf).await.is_ok() {
                let _ = tokio::io::copy_bidirectional(&mut sock, &mut up).await;
            }
        }
        Front::Reply(bytes) => {
            let _ = sock.write_all(&bytes).await;
            let _ = sock.shutdown().await;
        }
        Front::Reset => {
            let _ = sock.set_zero_linger();
            drop(sock);
        }
        Front::Hang => tokio::time::sleep(Duration::from_secs(60)).await,
    }
}

fn retries() -> RetryPolicy {
    RetryPolicy::standard()
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_secs(3))
}

// ---------------------------------------------------------------------------------------------------------------
// Retries: re-signed attempts the mock verifies
// ---------------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn retry_after_429_is_re_signed_with_a_fresh_date_and_verified() {
    bounded(async {
        let mock = mock().await;
        // GES StopGraph is a POST: 429 (refused, not processed) is retried without opting in.
        let front = FrontServer::start(
            mock.addr(),
            vec![
                reply(
                    429,
                    &[("Retry-After", "1"), ("X-Request-Id", "throttled")],
                    "",
                ),
                Front::Forward,
            ],
        )
        .await;
        let c = Client::builder()
            .endpoint(&front.url)
            .credentials(basic(SK))
            .no_proxy()
            .retry(retries())
            .build()
            .unwrap();
        let started = Instant::now();
        let out = c
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect("the second attempt passes the mock's signature check");
        assert!(started.elapsed() >= Duration::from_millis(950));
        assert!(out.request_id().is_some_and(|id| id.starts_with("mock-")));

        let heads = front.heads();
        assert_eq!(heads.len(), 2);
        let (first, second) = (&heads[0], &heads[1]);
        // One second apart at least, so the date (second resolution) and thus the signature changed.
        assert_ne!(first.header("x-sdk-date"), second.header("x-sdk-date"));
        assert_ne!(
            first.header("authorization"),
            second.header("authorization")
        );
        for h in [first, second] {
            assert_eq!(h.header("x-security-token"), Some(SECURITY_TOKEN));
            assert_eq!(h.header("x-project-id"), Some(PROJECT));
        }
    })
    .await;
}

#[tokio::test]
async fn a_503_is_retried_for_post_only_when_opted_in() {
    bounded(async {
        let mock = mock().await;
        let script = || {
            vec![
                reply(503, &[("X-Request-Id", "busy-1")], "<html>busy</html>"),
                Front::Forward,
            ]
        };
        let front = FrontServer::start(mock.addr(), script()).await;
        let c = Client::builder()
            .endpoint(&front.url)
            .credentials(basic(SK))
            .no_proxy()
            .retry(retries())
            .build()
            .unwrap();
        // POST, not opted in: the 503 comes back as GES's documented variant.
        let err = c
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect_err("503");
        assert!(matches!(
            err.as_service_error(),
            Some(StopGraphError::ServiceUnavailable)
        ));
        assert_eq!(
            (err.status(), err.request_id(), err.message()),
            (Some(503), Some("busy-1"), Some("<html>busy</html>"))
        );
        assert_eq!(front.heads().len(), 1);

        // Opted in, per call: retried, the mock verifies the new signature.
        let front = FrontServer::start(mock.addr(), script()).await;
        let c = client(&front.url, basic(SK));
        let out = c
            .ges()
            .with_options(CallOptions::new().retry(retries().retry_non_idempotent(true)))
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect("retried");
        assert_eq!(out.status(), 200);
        assert_eq!(front.heads().len(), 2);

        // PUT (VIAS) is idempotent: retried under the client's policy.
        let front = FrontServer::start(mock.addr(), script()).await;
        let c = Client::builder()
            .endpoint(&front.url)
            .credentials(basic(SK))
            .no_proxy()
            .retry(retries())
            .build()
            .unwrap();
        let out = c
            .vias()
            .batch_start_stop_task(BatchStartStopTaskRequest::new(
                "t",
                BatchStartStopTaskCommand::Start,
            ))
            .await
            .expect("retried");
        assert_eq!(out.status(), 200);
        assert_eq!(front.heads().len(), 2);
    })
    .await;
}

// ---------------------------------------------------------------------------------------------------------------
// Faults through a generated operation: each a typed outcome, bounded in time
// ---------------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn faults_through_a_seed_endpoint_are_typed_outcomes() {
    bounded(async {
        let mock = mock().await;
        let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        let big = "x".repeat(64 * 1024);
        type Check<'a> = Box<dyn Fn(&Error<StopGraphError>) -> bool + 'a>;
        let transport = |kind: TransportErrorKind| -> Check<'_> {
            Box::new(move |e| matches!(e, Error::Transport(t) if t.kind() == kind))
        };
        let cases: Vec<(&str, Front, Check<'_>)> = vec![
            ("reset", Front::Reset, transport(TransportErrorKind::Send)),
            (
                "hang",
                Front::Hang,
                Box::new(|e| {
                    matches!(e, Error::Timeout(t)
                        if !t.is_connect() && t.duration() == Duration::from_millis(300))
                }),
            ),
            (
                "truncated",
                Front::Reply(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\nX-Request-Id: t-1\r\n\r\n{\"job_id\":"
                        .to_vec(),
                ),
                Box::new(|e| {
                    matches!(e, Error::Transport(t) if t.kind() == TransportErrorKind::Body)
                        && (e.status(), e.request_id()) == (Some(200), Some("t-1"))
                }),
            ),
            (
                "html 502",
                reply(502, &[("Content-Type", "text/html")], html),
                Box::new(|e| {
                    matches!(e.as_service_error(),
                        Some(StopGraphError::Unhandled(u)) if u.raw_body() == html.as_bytes())
                        && (e.status(), e.code(), e.message()) == (Some(502), None, Some(html))
                }),
            ),
            (
                "over the limit",
                reply(200, &[], &big),
                transport(TransportErrorKind::BodyTooLarge),
            ),
            (
                "unexpected status",
                reply(
                    418,
                    &[("X-Request-Id", "tea")],
                    r#"{"error":{"code":"TEA.0418","message":"short and stout"}}"#,
                ),
                Box::new(|e| {
                    matches!(e.as_service_error(), Some(StopGraphError::Unhandled(_)))
                        && (e.status(), e.code(), e.message(), e.request_id())
                            == (Some(418), Some("TEA.0418"), Some("short and stout"), Some("tea"))
                }),
            ),
            (
                "success body that does not match the spec",
                reply(200, &[("X-Request-Id", "d-1")], r#"{"job_id":42}"#),
                Box::new(|e| {
                    matches!(e, Error::Decode(d)
                        if d.raw_body() == br#"{"job_id":42}"# && d.status() == 200)
                        && e.request_id() == Some("d-1")
                }),
            ),
            (
                "camelCase error envelope",
                reply(
                    400,
                    &[],
                    r#"{"errorCode":"GES.8000","errorMessage":"graph busy"}"#,
                ),
                Box::new(|e| {
                    matches!(e.as_service_error(), Some(StopGraphError::BadRequest(_)))
                        && (e.code(), e.message()) == (Some("GES.8000"), Some("graph busy"))
                }),
            ),
        ];
        for (name, fault, expected) in cases {
            let front = FrontServer::start(mock.addr(), vec![fault]).await;
            let c = Client::builder()
                .endpoint(&front.url)
                .credentials(basic(SK))
                .no_proxy()
                .max_response_body(16 * 1024)
                .build()
                .unwrap();
            let started = Instant::now();
            let err = c
                .ges()
                .with_options(CallOptions::new().timeout(Duration::from_millis(300)))
                .stop_graph(StopGraphRequest::new(GRAPH))
                .await
                .expect_err(name);
            assert!(expected(&err), "{name}: {err:?}");
            assert!(started.elapsed() < Duration::from_secs(3), "{name}");
            assert_no_secrets(&format!("{err} {err:?}"));
            assert_eq!(front.heads().len(), 1, "{name}");
        }
    })
    .await;
}

// ---------------------------------------------------------------------------------------------------------------
// Tracing
// ---------------------------------------------------------------------------------------------------------------

/// A `fmt` writer into a shared buffer.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn tracing_at_trace_level_shows_each_call_and_no_secret() {
    use tracing_subscriber::fmt::format::FmtSpan;
    use tracing_subscriber::util::SubscriberInitExt;

    let buffer = Buffer::default();
    let writer = buffer.clone();
    // A current-thread test runtime: the client, the mock and the front all log into this subscriber.
    let _guard = tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish()
        .set_default();
    bounded(async {
        let mock = mock().await;
        let front = FrontServer::start(
            mock.addr(),
            vec![reply(429, &[("Retry-After", "0")], ""), Front::Forward],
        )
        .await;
        let c = Client::builder()
            .endpoint(&front.url)
            .credentials(basic(SK))
            .no_proxy()
            .retry(retries())
            .default_header("X-Custom", "custom-value")
            .build()
            .unwrap();
        c.ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect("retried");
        let err = client(&mock.url(), basic("wrong-secret-key"))
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect_err("401");
        assert_eq!(err.status(), Some(401));
    })
    .await;
    let logs = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();

    // The call span: operation, method, path template, status, attempts, duration, request id.
    let closes: Vec<&str> = logs.lines().filter(|l| l.contains("close")).collect();
    let call = closes
        .iter()
        .find(|l| l.contains("call{") && l.contains("status=200"))
        .unwrap_or_else(|| panic!("no closed call span with status 200 in:\n{logs}"));
    for field in [
        "service=\"ges\"",
        "operation=\"StopGraph\"",
        "method=\"POST\"",
        "path=\"/v2/{project_id}/graphs/{graph_id}/stop\"",
        "attempts=2",
        "duration_ms=",
        "request_id=\"mock-",
    ] {
        assert!(call.contains(field), "{field} missing in {call}");
    }
    assert!(
        closes
            .iter()
            .any(|l| l.contains("call{") && l.contains("status=401") && l.contains("attempts=1")),
        "{logs}"
    );
    // Every level really was on: the signer's trace event, the retry and the per-call events.
    for event in ["signed request", "retrying", "call finished"] {
        assert!(logs.contains(event), "{event} missing in:\n{logs}");
    }
    assert_no_secrets(&logs);
    for forbidden in [
        "SDK-HMAC-SHA256 Access",
        "Signature=",
        "authorization",
        "Authorization",
        "custom-value",
    ] {
        assert!(!logs.contains(forbidden), "{forbidden} in:\n{logs}");
    }
}
