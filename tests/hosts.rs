//! Hosts and credential scope, end to end. A client built with a region calls a global service (`hosts`, like IAM:
//! `host: iam.{domain}`, `credential_scope: domain`) at `iam.myhuaweicloud.com` with `X-Domain-Id`, and a regional
//! one (GES) at `ges.<region>.myhuaweicloud.com` with `X-Project-Id`, each signed, never both headers. The real
//! host names resolve to a loopback TLS server here (the supplied reqwest client's `resolve`), so what is checked is
//! exactly what would reach the cloud: the `Host`, the path and query, and the signed headers.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use generated_client::__private::{SignableRequest, sign};
use generated_client::ges::StopGraphRequest;
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{BasicCredentials, Client, Error, GlobalCredentials, TokenCredentials};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

codegen_macros::generate!("fixtures/hosts.yaml", standalone);
use hosts::{Hosts, ListProjectsRequest, ShowDomainRequest};

const AK: &str = "HOSTS-AK";
const SK: &str = "hosts-secret";

async fn bounded<T>(fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), fut)
        .await
        .expect("the test finished within 30 s")
}

/// One request as the server read it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The signature the client sent is the one these bytes give with `SK`, over the headers it names.
    fn assert_signed(&self) {
        let auth = self.header("authorization").expect("signed");
        let names = auth
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .expect("SignedHeaders");
        let signed: Vec<(String, String)> = names
            .split(';')
            .map(|n| (n.to_owned(), self.header(n).unwrap_or_default().to_owned()))
            .collect();
        let (path, query) = self.target.split_once('?').unwrap_or((&self.target, ""));
        let again = sign(
            &SignableRequest {
                method: &self.method,
                wire_path: path,
                canonical_query: query,
                headers: &signed,
                body: &self.body,
            },
            AK,
            SK,
        )
        .expect("sign");
        assert_eq!(auth, again);
    }
}

/// A loopback TLS server (the private CA's `localhost` certificate) answering `{}` to everything, recording what
/// it read.
async fn tls_server() -> (SocketAddr, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let tls = tls_acceptor();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            let (tls, log) = (tls.clone(), log.clone());
            tokio::spawn(async move {
                if let Ok(stream) = tls.accept(sock).await {
                    serve(stream, &log).await;
                }
            });
        }
    });
    (addr, seen)
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(mut sock: S, log: &Mutex<Vec<Seen>>) {
    let mut buf = Vec::new();
    loop {
        let mut chunk = [0u8; 4096];
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            let mut lines = head.lines();
            let mut request_line = lines.next().unwrap_or_default().split(' ');
            let method = request_line.next().unwrap_or_default().to_owned();
            let target = request_line.next().unwrap_or_default().to_owned();
            let headers: Vec<(String, String)> = lines
                .filter_map(|l| l.split_once(':'))
                .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
                .collect();
            let length = headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .unwrap_or(0);
            if buf.len() < end + 4 + length {
                break;
            }
            let body = buf[end + 4..end + 4 + length].to_vec();
            buf.drain(..end + 4 + length);
            log.lock().unwrap().push(Seen {
                method,
                target,
                headers,
                body,
            });
            let reply =
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
            if sock.write_all(reply.as_bytes()).await.is_err() {
                return;
            }
        }
    }
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

/// A client whose HTTP stack resolves the services' real hosts to `addr`; the server's certificate names
/// `localhost`, so its name is not checked (the test is about what is sent, not about whom it is sent to).
fn client_via(addr: SocketAddr, region: &str, credentials: BasicCredentials) -> Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let domain = if region == "eu-west-101" {
        "myhuaweicloud.eu"
    } else {
        "myhuaweicloud.com"
    };
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .tls_danger_accept_invalid_certs(true)
        .resolve(&format!("iam.{domain}"), addr)
        .resolve(&format!("ges.{region}.{domain}"), addr)
        .build()
        .expect("reqwest client");
    Client::builder()
        .credentials(credentials)
        .region(region)
        .http_client(http)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

fn both_ids() -> BasicCredentials {
    BasicCredentials::new(AK, SK)
        .with_project_id("proj1")
        .with_domain_id("dom1")
}

#[tokio::test]
async fn each_service_kind_goes_to_its_host_with_its_scope_header() {
    bounded(async {
        let (addr, seen) = tls_server().await;
        for region in ["cn-north-4", "eu-west-101"] {
            let client = client_via(addr, region, both_ids());
            Hosts::new(&client)
                .list_projects(ListProjectsRequest::new().name(region))
                .await
                .expect("global call");
            Hosts::new(&client)
                .show_domain(ShowDomainRequest::new())
                .await
                .expect("global call with a context path");
            client
                .ges()
                .stop_graph(StopGraphRequest::new("graph1"))
                .await
                .expect("regional call");
        }
        let seen = seen.lock().unwrap().clone();
        let summary: Vec<(String, String, Option<&str>, Option<&str>)> = seen
            .iter()
            .map(|r| {
                r.assert_signed();
                (
                    r.header("host").unwrap_or_default().to_owned(),
                    r.target.clone(),
                    r.header("x-project-id"),
                    r.header("x-domain-id"),
                )
            })
            .collect();
        let global = |host: &str, target: &str| {
            (
                host.to_owned(),
                target.to_owned(),
                Some("proj1"),
                Some("dom1"),
            )
        };
        assert_eq!(
            summary,
            [
                // The declared `X-Project-Id` header is filled from the project id; the scope header is the domain's.
                global(
                    "iam.myhuaweicloud.com",
                    "/v3/projects?domain_id=dom1&name=cn-north-4"
                ),
                (
                    "iam.myhuaweicloud.com".to_owned(),
                    "/v3/domains/dom1".to_owned(),
                    None,
                    Some("dom1")
                ),
                (
                    "ges.cn-north-4.myhuaweicloud.com".to_owned(),
                    "/v2/proj1/graphs/graph1/stop".to_owned(),
                    Some("proj1"),
                    None
                ),
                global(
                    "iam.myhuaweicloud.eu",
                    "/v3/projects?domain_id=dom1&name=eu-west-101"
                ),
                (
                    "iam.myhuaweicloud.eu".to_owned(),
                    "/v3/domains/dom1".to_owned(),
                    None,
                    Some("dom1")
                ),
                (
                    "ges.eu-west-101.myhuaweicloud.eu".to_owned(),
                    "/v2/proj1/graphs/graph1/stop".to_owned(),
                    Some("proj1"),
                    None
                ),
            ]
        );
        // Each scope header is signed where it is sent.
        assert!(
            seen[1]
                .header("authorization")
                .unwrap()
                .contains("SignedHeaders=host;x-domain-id;x-sdk-date,")
        );
        assert!(
            seen[2]
                .header("authorization")
                .unwrap()
                .contains("SignedHeaders=host;x-project-id;x-sdk-date,"),
            "{:?}",
            seen[2].header("authorization")
        );
    })
    .await;
}

/// A declared `X-Project-Id` parameter the caller sets is sent as set, not replaced by the credentials' project id.
#[tokio::test]
async fn a_declared_scope_header_set_by_the_caller_wins() {
    bounded(async {
        let (addr, seen) = tls_server().await;
        let client = client_via(addr, "cn-north-4", both_ids());
        let req = ListProjectsRequest::new()
            .domain_id("dom2")
            .x_project_id("proj2");
        Hosts::new(&client).list_projects(req).await.expect("call");
        let r = seen.lock().unwrap()[0].clone();
        r.assert_signed();
        assert_eq!(r.target, "/v3/projects?domain_id=dom2");
        assert_eq!(r.header("x-project-id"), Some("proj2"));
        assert_eq!(r.header("x-domain-id"), Some("dom1"));
    })
    .await;
}

/// Without a domain id, a global service's call is refused before anything is sent, saying how to set one; a
/// regional call with the same credentials goes out.
#[tokio::test]
async fn a_global_call_without_a_domain_id_is_refused() {
    bounded(async {
        let (addr, seen) = tls_server().await;
        let client = client_via(
            addr,
            "cn-north-4",
            BasicCredentials::new(AK, SK).with_project_id("proj1"),
        );
        let err = Hosts::new(&client)
            .list_projects(ListProjectsRequest::new().domain_id("dom1"))
            .await
            .unwrap_err();
        let Error::Validation(v) = &err else {
            panic!("{err:?}")
        };
        let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "X-Domain-Id: service hosts is global and its calls carry the account (domain) id, but the credentials \
                 have none: set it with GlobalCredentials::with_domain_id or BasicCredentials::with_domain_id (or \
                 HUAWEICLOUD_SDK_DOMAIN_ID); unlike the official SDKs, this client does not look it up through IAM"
            ]
        );
        assert!(seen.lock().unwrap().is_empty());
        client
            .ges()
            .stop_graph(StopGraphRequest::new("graph1"))
            .await
            .expect("regional call");
        assert_eq!(seen.lock().unwrap().len(), 1);
    })
    .await;
}

/// Against the mock (which checks signatures and that `domain_id` arrives): global credentials fill the query
/// parameter and sign `X-Domain-Id`; token credentials fill it too and send no scope header.
#[tokio::test]
async fn the_mock_serves_the_global_service() {
    bounded(async {
        let mock = MockServer::start(
            MockConfig::new()
                .services(SERVICES)
                .credentials(AK, SK),
        )
        .await
        .expect("mock");
        let client = Client::builder()
            .credentials(GlobalCredentials::new(AK, SK).with_domain_id("dom1"))
            .endpoint(mock.url())
            .no_proxy()
            .build()
            .expect("client");
        let out = Hosts::new(&client)
            .list_projects(ListProjectsRequest::new())
            .await
            .expect("signed call with the domain id filled in");
        let projects = out.projects.as_ref().expect("example");
        assert_eq!(projects[0].id, "p1");
        let (operations, statuses) = tests::check(SERVICES)
            .await
            .unwrap_or_else(|f| panic!("{}", f.join("\n")));
        assert_eq!((operations, statuses), (2, 3));
        mock.shutdown().await;

        let mock = MockServer::start(MockConfig::new().services(SERVICES))
            .await
            .expect("mock");
        let client = Client::builder()
            .credentials(TokenCredentials::new("token").with_domain_id("dom1"))
            .endpoint(mock.url())
            .no_proxy()
            .build()
            .expect("client");
        Hosts::new(&client)
            .show_domain(ShowDomainRequest::new())
            .await
            .expect("token call");
        // Without the domain id, the required query parameter cannot be filled.
        let client = Client::builder()
            .credentials(TokenCredentials::new("token"))
            .endpoint(mock.url())
            .no_proxy()
            .build()
            .expect("client");
        let err = Hosts::new(&client)
            .list_projects(ListProjectsRequest::new())
            .await
            .unwrap_err();
        assert!(
            err.to_string().contains(
                "domain_id: required query parameter is missing: set it on the request or use credentials with a \
                 domain_id"
            ),
            "{err}"
        );
    })
    .await;
}
