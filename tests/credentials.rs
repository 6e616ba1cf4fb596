//! Credentials providers and request hooks end to end, through a generated operation (`ges.StopGraph`), against
//! the embedded mock with AK/SK checking on: it recomputes every signature from the request as received and answers
//! 401 `APIGW.0301` on a mismatch.

use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use generated_client::ges::StopGraphRequest;
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{
    AfterResponse, BeforeSend, BuildError, Client, ClientBuilder, CredentialsChain,
    CredentialsProvider, EnvCredentials, Hook, RefreshingCredentials, TemporaryCredentials,
    TokenCredentials,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const AK: &str = "CREDS-TEST-AK";
const SK: &str = "creds-test-SECRET-KEY-0b7e";
const SECURITY_TOKEN: &str = "creds-test-SECURITY-TOKEN-44d1";
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

fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .endpoint(url)
        .no_proxy()
        .timeout(Duration::from_secs(10))
}

/// Temporary credentials the mock accepts, handed out by a refresh that waits until the test opens `gate`.
fn gated_provider() -> (
    Arc<AtomicU32>,
    Arc<tokio::sync::Semaphore>,
    RefreshingCredentials,
) {
    let count = Arc::new(AtomicU32::new(0));
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let (c, g) = (count.clone(), gate.clone());
    let provider = RefreshingCredentials::new(move || {
        c.fetch_add(1, Ordering::SeqCst);
        let g = g.clone();
        async move {
            let _open = g.acquire().await.map_err(std::io::Error::other)?;
            Ok::<_, std::io::Error>(TemporaryCredentials::new(
                AK,
                SK,
                SECURITY_TOKEN,
                SystemTime::now() + Duration::from_secs(3600),
            ))
        }
    })
    .with_project_id(PROJECT);
    (count, gate, provider)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_calls_during_a_refresh_refresh_once() {
    bounded(async {
        let mock = mock().await;
        let (count, gate, provider) = gated_provider();
        let client = builder(&mock.url())
            .credentials_provider(provider)
            .build()
            .expect("client");
        let calls: Vec<_> = (0..200)
            .map(|_| tokio::spawn(client.ges().stop_graph(StopGraphRequest::new(GRAPH))))
            .collect();
        while count.load(Ordering::SeqCst) == 0 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        // Every call is waiting for that one refresh.
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(calls.iter().all(|c| !c.is_finished()));
        gate.add_permits(1000);
        for call in calls {
            let out = call.await.expect("task").expect("signed call accepted");
            assert_eq!(out.status(), 200);
        }
        assert_eq!(count.load(Ordering::SeqCst), 1);
    })
    .await;
}

/// A front between the client and the mock that forwards one request per connection and records its head; with
/// `tamper`, it forwards the request with another value in its `X-Trace-Id` header (so a signature over that header fails).
struct Front {
    url: String,
    heads: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Front {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Front {
    async fn start(mock: &MockServer, tamper: bool) -> Front {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let (h, target) = (heads.clone(), mock.addr());
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(forward(client, target, tamper, h.clone()));
            }
        });
        Front { url, heads, task }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().expect("heads").clone()
    }
}

async fn forward(
    mut client: TcpStream,
    target: std::net::SocketAddr,
    tamper: bool,
    heads: Arc<Mutex<Vec<String>>>,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        match client.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    heads.lock().expect("heads").push(head.clone());
    let length: usize = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(n, _)| n.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < end + 4 + length {
        match client.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let mut head = head.replace("\r\n", "\n");
    if tamper {
        head = head.replace("trace-1", "trace-2");
    }
    // One request per connection: the mock closes it after answering (`Connection` is not signed).
    let mut out = head.replace('\n', "\r\n").into_bytes();
    out.extend_from_slice(b"\r\nConnection: close\r\n\r\n");
    out.extend_from_slice(&buf[end + 4..]);
    let Ok(mut upstream) = TcpStream::connect(target).await else {
        return;
    };
    if upstream.write_all(&out).await.is_err() {
        return;
    }
    let mut answer = Vec::new();
    let _ = upstream.read_to_end(&mut answer).await;
    let _ = client.write_all(&answer).await;
    let _ = client.shutdown().await;
}

/// Adds `X-Trace-Id: trace-<attempt>` and writes down each response it sees.
#[derive(Default)]
struct Tracer(Mutex<Vec<(u32, u16, Option<String>)>>);

impl Hook for Tracer {
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        request.set_header("X-Trace-Id", format!("trace-{}", request.attempt()));
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        self.0.lock().expect("seen").push((
            response.attempt(),
            response.status(),
            response.request_id().map(str::to_owned),
        ));
    }
}

/// The header a hook adds is signed: the mock verifies it (a changed value fails), and the `SignedHeaders` the
/// client sent name it. The response hook sees the mock's status and request id.
#[tokio::test]
async fn a_hook_adds_a_header_that_is_signed() {
    bounded(async {
        let mock = mock().await;
        for tamper in [false, true] {
            let front = Front::start(&mock, tamper).await;
            let tracer = Arc::new(Tracer::default());
            let client = builder(&front.url)
                .credentials(
                    generated_client::BasicCredentials::new(AK, SK)
                        .with_project_id(PROJECT)
                        .with_security_token(SECURITY_TOKEN),
                )
                .hook(tracer.clone())
                .build()
                .expect("client");
            let result = client.ges().stop_graph(StopGraphRequest::new(GRAPH)).await;
            let heads = front.heads();
            assert_eq!(heads.len(), 1, "{heads:?}");
            let head = heads[0].to_ascii_lowercase();
            assert!(head.contains("\r\nx-trace-id: trace-1\r\n"), "{head}");
            assert!(
                head.contains(
                    "signedheaders=host;x-project-id;x-sdk-date;x-security-token;x-trace-id,"
                ),
                "{head}"
            );
            let seen = tracer.0.lock().expect("seen").clone();
            assert_eq!(seen.len(), 1);
            let (attempt, status, request_id) = &seen[0];
            let request_id = request_id.as_deref().expect("a request id");
            assert!(request_id.starts_with("mock-"), "{request_id}");
            if tamper {
                let err = result.expect_err("the changed header fails the signature");
                assert_eq!((err.status(), err.code()), (Some(401), Some("APIGW.0301")));
                assert_eq!((*attempt, *status), (1, 401));
                assert_eq!(err.request_id(), Some(request_id));
            } else {
                let out = result.expect("signed call accepted");
                assert_eq!((*attempt, *status), (1, 200));
                assert_eq!(out.request_id(), Some(request_id));
            }
        }
    })
    .await;
}

/// The environment provider reads the process environment; run in a child process of this test binary, whose
/// environment is set when it starts (changing this process's environment while other tests run is not safe).
#[tokio::test]
async fn the_env_provider_reads_the_process_environment() {
    const CHILD: &str = "CREDENTIALS_TEST_ENV_CHILD";
    if let Some(url) = std::env::var_os(CHILD) {
        let url = url.into_string().expect("a URL");
        let c = EnvCredentials::new()
            .provide()
            .await
            .expect("from the environment");
        let generated_client::Credentials::Basic(b) = &c else {
            panic!("{c:?}")
        };
        assert_eq!(
            (
                b.access_key(),
                b.project_id(),
                b.security_token().map(|t| t.expose())
            ),
            (AK, Some(PROJECT), Some(SECURITY_TOKEN))
        );
        // First in a chain, before credentials the mock would refuse.
        let client = builder(&url)
            .credentials_provider(
                CredentialsChain::first_try(EnvCredentials::new())
                    .or_else(TokenCredentials::new("refused")),
            )
            .build()
            .expect("client");
        let out = client
            .ges()
            .stop_graph(StopGraphRequest::new(GRAPH))
            .await
            .expect("signed with the environment's keys");
        assert_eq!(out.status(), 200);
        return;
    }
    let mock = mock().await;
    let exe = std::env::current_exe().expect("test binary");
    let url = mock.url();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(exe)
            .args([
                "--exact",
                "the_env_provider_reads_the_process_environment",
                "--test-threads=1",
            ])
            .env(CHILD, url)
            .env("HUAWEICLOUD_SDK_AK", AK)
            .env("HUAWEICLOUD_SDK_SK", format!("{SK}\n"))
            .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
            .env("HUAWEICLOUD_SDK_SECURITY_TOKEN", SECURITY_TOKEN)
            .env_remove("HUAWEICLOUD_SDK_DOMAIN_ID")
            .output()
            .expect("child runs")
    })
    .await
    .expect("join");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A client needs credentials, a provider, or `anonymous()`; the last of the three calls wins.
#[test]
fn the_last_credentials_setting_wins() {
    let built = |b: ClientBuilder| -> Result<String, BuildError> {
        b.build().map(|c| {
            let debug = format!("{c:?}");
            debug
                .split("credentials: \"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_default()
                .to_owned()
        })
    };
    let b = || Client::builder().endpoint("http://127.0.0.1:9");
    let token = || TokenCredentials::new("t");
    assert_eq!(
        built(b().credentials(token()).credentials_provider(token())).ok(),
        Some("provider".into())
    );
    assert_eq!(
        built(b().credentials_provider(token()).credentials(token())).ok(),
        Some("token".into())
    );
    assert_eq!(
        built(b().credentials_provider(token()).anonymous()).ok(),
        Some("anonymous".into())
    );
    assert!(built(b()).is_err());
}
