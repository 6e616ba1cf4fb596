//! Requests exactly as the official SDKs send them (signed by `auth::official`, written byte for byte on a raw TCP
//! connection), against the mock serving this crate's own specs.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::*;
use crate::auth::official::{self, Sdk, SdkRequest};

const AK: &str = "AK-OFFICIAL";
const SK: &str = "SK-OFFICIAL";

/// A status line and body, as read from the raw connection.
#[derive(Debug)]
pub(super) struct RawAnswer {
    pub(super) status: u16,
    pub(super) head: String,
    pub(super) body: String,
}

/// Writes `request` on a fresh connection and reads the answer until the server closes it (every request sent here
/// asks for `Connection: close`), within 10 s.
pub(super) async fn raw_exchange(addr: SocketAddr, request: &[u8]) -> RawAnswer {
    let mut sock = tokio::net::TcpStream::connect(addr).await.expect("connect");
    sock.write_all(request).await.expect("write");
    let mut out = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), sock.read_to_end(&mut out)).await;
    assert!(read.is_ok(), "no answer within 10 s");
    let text = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    RawAnswer {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// The request an official client sends for `req`: its signed headers plus `Content-Length` as it writes it.
fn official_bytes(sdk: Sdk, req: &SdkRequest<'_>, content_length: Option<usize>) -> Vec<u8> {
    let signed = official::sign(sdk, req, AK, SK);
    let target = if signed.wire_query.is_empty() {
        signed.wire_path.clone()
    } else {
        format!("{}?{}", signed.wire_path, signed.wire_query)
    };
    let mut out = format!("{} {target} HTTP/1.1\r\n", req.method);
    if !signed
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case("host"))
    {
        out.push_str(&format!("Host: {}\r\n", req.host));
    }
    for (n, v) in &signed.headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    if let Some(len) = content_length {
        out.push_str(&format!("Content-Length: {len}\r\n"));
    }
    out.push_str("Connection: close\r\n\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(req.body);
    bytes
}

async fn signing_mock() -> MockServer {
    MockServer::start(MockConfig::new().credentials(AK, SK))
        .await
        .expect("mock starts")
}

fn now() -> String {
    signer::format_sdk_date(time::OffsetDateTime::now_utc())
}

/// `job_name = "a/b"`: Python sends `a%2Fb` and signs `…/jobs/a/b/…`; values with `%` are signed as `%25`.
#[cfg(feature = "dlf")]
#[tokio::test]
async fn path_values_with_slash_and_percent_verify_as_the_official_sdks_sign_them() {
    let server = signing_mock().await;
    let host = server.addr().to_string();
    let date = now();
    for (sdk, value) in [
        (Sdk::Python, "a/b"),
        (Sdk::Python, "%41"),
        (Sdk::Python, "a%2Fb"),
        (Sdk::Go, "%41"),
        (Sdk::Go, "a b"),
    ] {
        let params = [
            ("project_id", "p1"),
            ("job_name", value),
            ("instance_id", "7"),
        ];
        let req = SdkRequest {
            method: "POST",
            template: "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop",
            path_params: &params,
            query: &[],
            headers: &[("Content-Type", "application/json"), ("X-Project-Id", "p1")],
            host: &host,
            date: &date,
            body: b"",
        };
        let answer = raw_exchange(server.addr(), &official_bytes(sdk, &req, Some(0))).await;
        assert_eq!(answer.status, 204, "{sdk:?} {value:?}: {answer:?}");
        assert!(answer.body.is_empty() && answer.head.contains("x-request-id: mock-"));
    }
}

/// A non-JSON content type with no body: both SDKs send `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`; Python signs the
/// empty body's hash, Go the header's value. The mock accepts both, as the gateway accepts both clients.
#[cfg(feature = "dlf")]
#[tokio::test]
async fn an_empty_body_with_unsigned_payload_verifies_for_both_official_signers() {
    let server = signing_mock().await;
    let host = server.addr().to_string();
    let date = now();
    let params = [
        ("project_id", "p1"),
        ("job_name", "j"),
        ("instance_id", "7"),
    ];
    for ct in ["application/octet-stream", "application/merge-patch+json"] {
        for sdk in [Sdk::Python, Sdk::Go] {
            let headers = [("Content-Type", ct), ("X-Project-Id", "p1")];
            let req = SdkRequest {
                method: "POST",
                template: "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop",
                path_params: &params,
                query: &[],
                headers: &headers,
                host: &host,
                date: &date,
                body: b"",
            };
            let bytes = official_bytes(sdk, &req, Some(0));
            let text = String::from_utf8_lossy(&bytes).into_owned();
            assert!(
                text.contains("X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD"),
                "{text}"
            );
            let answer = raw_exchange(server.addr(), &bytes).await;
            assert_eq!(answer.status, 204, "{sdk:?} {ct}: {answer:?}");
        }
    }
}

/// The official SDKs call StopGraph with no body (services/ges/v2/ges_meta.go, GenReqDefForStopGraph2): Go sends
/// `Content-Length: 0` with `Content-Type: application/json`, Python the same with no `Content-Length` semantics
/// of its own (an empty string body). The service accepts it, and so does the mock, with or without signing.
#[cfg(feature = "ges")]
#[tokio::test]
async fn the_official_ges_client_stops_a_graph_with_no_body() {
    let signing = signing_mock().await;
    let open = MockServer::start(MockConfig::new()).await.expect("mock");
    for server in [&signing, &open] {
        let host = server.addr().to_string();
        let date = now();
        for sdk in [Sdk::Python, Sdk::Go] {
            let params = [("project_id", "p1"), ("graph_id", "g1")];
            let headers = [
                ("User-Agent", "huaweicloud-usdk-go/3.0"),
                ("Content-Type", "application/json"),
                ("X-Project-Id", "p1"),
            ];
            let req = SdkRequest {
                method: "POST",
                template: "/v2/{project_id}/graphs/{graph_id}/stop",
                path_params: &params,
                query: &[],
                headers: &headers,
                host: &host,
                date: &date,
                body: b"",
            };
            let answer = raw_exchange(server.addr(), &official_bytes(sdk, &req, Some(0))).await;
            assert_eq!(answer.status, 200, "{sdk:?}: {answer:?}");
            let body: Value = serde_json::from_str(&answer.body).expect("JSON answer");
            assert_eq!(body["job_id"], "ff8080816025a0a1016025a5a2700007");
        }
    }
}
