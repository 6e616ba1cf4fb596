//! The HTTP client under the runtime: a reqwest client the caller supplies (`ClientBuilder::http_client`), extra
//! root certificates (`ClientBuilder::root_certificate`), and redirects, which are never followed, so credentials
//! never reach a redirect target. Every server here is on 127.0.0.1 and every test is bounded in time.
//!
//! `fixtures/tls/`: a private CA (`ca.pem`) and a server certificate it signed for `localhost` and `127.0.0.1`
//! (`server.pem`, key `server.key`, PKCS#8), valid until 2126; made with `openssl req -x509 -newkey ec` (P-256).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use generated_client::ges::{StopGraphError, StopGraphRequest};
use generated_client::{BasicCredentials, Client, Error, TokenCredentials};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

const TOKEN: &str = "http-client-test-TOKEN-41d7";
const SECURITY_TOKEN: &str = "http-client-test-SECURITY-TOKEN-88aa";
const OK: &str = r#"{"job_id":"job-1"}"#;

/// Fails the test instead of hanging it.
async fn bounded<T>(fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), fut)
        .await
        .expect("the test finished within 30 s")
}

/// A loopback HTTP/1.1 server: answers every request with `answer` and keeps each request head it read.
struct Server {
    addr: SocketAddr,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Server {
    async fn start(answer: String) -> Self {
        Self::start_with(answer, None).await
    }

    async fn start_with(answer: String, tls: Option<tokio_rustls::TlsAcceptor>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = heads.clone();
        tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (answer, seen, tls) = (answer.clone(), seen.clone(), tls.clone());
                tokio::spawn(async move {
                    match tls {
                        // A failed handshake (an untrusted certificate) ends the connection.
                        Some(tls) => {
                            if let Ok(stream) = tls.accept(sock).await {
                                serve(stream, &answer, &seen).await;
                            }
                        }
                        None => serve(sock, &answer, &seen).await,
                    }
                });
            }
        });
        Server { addr, heads }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

/// Reads request heads (and their `Content-Length` bodies) and answers each with `answer`.
async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut sock: S,
    answer: &str,
    seen: &Mutex<Vec<String>>,
) {
    let mut buf = Vec::new();
    loop {
        let mut chunk = [0u8; 4096];
        let n = match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        buf.extend_from_slice(&chunk[..n]);
        while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if buf.len() < end + 4 + length {
                break;
            }
            buf.drain(..end + 4 + length);
            seen.lock().unwrap().push(head);
            if sock.write_all(answer.as_bytes()).await.is_err() {
                return;
            }
        }
    }
}

fn ok() -> String {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{OK}",
        OK.len()
    )
}

fn redirect(status: &str, location: &str) -> String {
    format!("HTTP/1.1 {status}\r\nlocation: {location}\r\ncontent-length: 0\r\n\r\n")
}

fn request() -> StopGraphRequest {
    StopGraphRequest::new("graph1").project_id("project1")
}

/// reqwest here has only `rustls-no-provider` (generated-client's default `rustls` feature), so a client of the
/// test's own needs a process-wide crypto provider, as it would in a program that does the same.
fn reqwest_builder() -> reqwest::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

fn no_redirects() -> reqwest::Client {
    reqwest_builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .expect("reqwest client")
}

/// A supplied client carries every call, with its own settings (here a default header) and the runtime's.
#[tokio::test]
async fn a_supplied_client_carries_every_call() {
    bounded(async {
        let server = Server::start(ok()).await;
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-from-supplied-client", "yes".parse().unwrap());
        let http = reqwest_builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .default_headers(headers)
            .build()
            .unwrap();
        let client = Client::builder()
            .credentials(TokenCredentials::new(TOKEN))
            .endpoint(server.url())
            .http_client(http)
            .build()
            .expect("client builds");
        assert!(
            format!("{client:?}").contains("supplied reqwest::Client"),
            "{client:?}"
        );
        for _ in 0..2 {
            let out = client.ges().stop_graph(request()).await.expect("call");
            assert_eq!(out.job_id.as_deref(), Some("job-1"));
        }
        let heads = server.heads();
        assert_eq!(heads.len(), 2);
        for head in heads {
            let head = head.to_ascii_lowercase();
            assert!(head.contains("x-from-supplied-client: yes"), "{head}");
            assert!(
                head.contains(&format!("x-auth-token: {}", TOKEN.to_ascii_lowercase())),
                "{head}"
            );
            assert!(head.contains("user-agent: generated-client/"), "{head}");
        }
    })
    .await;
}

/// reqwest cannot change a built client's redirect policy, so a client that may follow redirects is refused, and so
/// are builder settings that only apply to clients the runtime builds.
#[test]
fn a_supplied_client_that_may_follow_redirects_is_refused() {
    let build = |http: reqwest::Client| {
        Client::builder()
            .anonymous()
            .endpoint("http://127.0.0.1:9")
            .http_client(http)
            .build()
    };
    for http in [
        reqwest_builder().build().unwrap(),
        reqwest_builder()
            .redirect(reqwest::redirect::Policy::limited(1))
            .build()
            .unwrap(),
        reqwest_builder()
            .redirect(reqwest::redirect::Policy::custom(|a| a.stop()))
            .build()
            .unwrap(),
    ] {
        let err = build(http).unwrap_err().to_string();
        assert!(
            err.contains("may follow redirects") && err.contains("Policy::none()"),
            "{err}"
        );
    }
    build(no_redirects()).expect("a client that stops at redirects is taken");

    let with = |b: generated_client::ClientBuilder| {
        b.anonymous()
            .endpoint("http://127.0.0.1:9")
            .http_client(no_redirects())
            .build()
            .unwrap_err()
            .to_string()
    };
    let err = with(Client::builder().connect_timeout(Duration::from_secs(1)));
    assert!(
        err.contains(".connect_timeout(..) applies to the HTTP client the runtime builds"),
        "{err}"
    );
    let err = with(Client::builder().no_proxy());
    assert!(err.contains(".no_proxy()"), "{err}");
    let err = with(Client::builder().root_certificate(include_str!("fixtures/tls/ca.pem")));
    assert!(err.contains(".root_certificate(..)"), "{err}");
}

/// A redirect is the call's outcome, never followed: with the runtime's own client and with a supplied one, for
/// every redirect status, token and AK/SK credentials never reach the redirect target, on another port or on
/// the same server.
#[tokio::test]
async fn redirects_are_never_followed_so_credentials_stay_put() {
    bounded(async {
        let target = Server::start(ok()).await;
        for status in [
            "301 Moved Permanently",
            "302 Found",
            "303 See Other",
            "307 Temporary Redirect",
            "308 Permanent Redirect",
        ] {
            let code: u16 = status[..3].parse().unwrap();
            let elsewhere = Server::start(redirect(status, &format!("{}/elsewhere", target.url()))).await;
            let same_server = Server::start(redirect(status, "/v2/other/graphs/g/stop")).await;
            for server in [&elsewhere, &same_server] {
                let token = TokenCredentials::new(TOKEN).into();
                let aksk = BasicCredentials::new("AK-REDIRECT", "SK-REDIRECT")
                    .with_project_id("project1")
                    .with_security_token(SECURITY_TOKEN)
                    .into();
                for (credentials, supplied) in [(token, false), (aksk, true)] {
                    let credentials: generated_client::Credentials = credentials;
                    let builder = Client::builder()
                        .credentials(credentials.clone())
                        .endpoint(server.url());
                    let builder = if supplied {
                        builder.http_client(no_redirects())
                    } else {
                        builder.no_proxy()
                    };
                    let client = builder.build().expect("client builds");
                    let err = client.ges().stop_graph(request()).await.unwrap_err();
                    assert_eq!(err.status(), Some(code), "{status}: {err}");
                    assert!(
                        matches!(&err, Error::Service(e) if matches!(e.err(), StopGraphError::Unhandled(_))),
                        "{status}: {err:?}"
                    );
                }
                assert_eq!(server.heads().len(), 2, "{status}: one request per client");
            }
        }
        assert_eq!(target.heads(), Vec::<String>::new(), "the redirect target was never reached");
    })
    .await;
}

fn tls_acceptor() -> tokio_rustls::TlsAcceptor {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs = CertificateDer::pem_slice_iter(include_bytes!("fixtures/tls/server.pem"))
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(include_bytes!("fixtures/tls/server.key")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

/// `root_certificate` makes a private CA trusted next to the platform's roots: without it the server's
/// certificate is refused before anything is sent; with it the call goes through over TLS.
#[tokio::test]
async fn a_root_certificate_trusts_a_private_ca() {
    bounded(async {
        let server = Server::start_with(ok(), Some(tls_acceptor())).await;
        let url = format!("https://localhost:{}", server.addr.port());
        let builder = || {
            Client::builder()
                .credentials(TokenCredentials::new(TOKEN))
                .endpoint(&url)
                .no_proxy()
        };

        let err = builder()
            .build()
            .unwrap()
            .ges()
            .stop_graph(request())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Transport(_)), "{err:?}");
        assert!(server.heads().is_empty());

        let client = builder()
            .root_certificate(include_str!("fixtures/tls/ca.pem"))
            .build()
            .expect("client builds");
        let out = client
            .ges()
            .stop_graph(request())
            .await
            .expect("call over TLS");
        assert_eq!(out.job_id.as_deref(), Some("job-1"));
        assert_eq!(server.heads().len(), 1);

        for (pem, want) in [
            ("not a certificate", "holds no PEM `CERTIFICATE` block"),
            (
                "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
                "not valid PEM",
            ),
        ] {
            let err = builder()
                .root_certificate(pem)
                .build()
                .unwrap_err()
                .to_string();
            assert!(err.contains(want), "{err}");
        }
    })
    .await;
}
