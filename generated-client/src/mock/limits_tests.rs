//! The mock's connection limits and its gateway-style refusals, over raw TCP with small limits so that every test
//! ends within a few seconds.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::official_tests::raw_exchange;
use super::*;

/// A service with a parameter route and a body, for requests written by hand.
const SPEC: &str = r#"
service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: StopGraph
    method: POST
    path: /v2/{project_id}/graphs/{graph_id}/stop
    parameters:
      path:
        project_id: { type: string }
        graph_id: { type: string }
    responses:
      200:
        body: { type: object }
        example: { job_id: j1 }
  - operation: Put
    method: PUT
    path: /v2/{project_id}/things
    parameters:
      path:
        project_id: { type: string }
    request:
      body: { type: object }
    responses:
      204: {}
"#;

fn config() -> MockConfig {
    let model =
        spec_core::load_str("demo.yaml", SPEC).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    MockConfig::new().services([]).service(model)
}

const STOP: &[u8] =
    b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\n\r\n";

/// Reads until the server closes the connection; `None` if it is still open after `limit`. The bytes read come
/// with the time it took.
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> Option<(Vec<u8>, Duration)> {
    let started = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at((started + limit).into(), stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some((out, started.elapsed())),
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
    }
}

async fn served(server: &MockServer) -> bool {
    let mut request = STOP.to_vec();
    request.splice(
        request.len() - 2..,
        b"Connection: close\r\n\r\n".iter().copied(),
    );
    raw_exchange(server.addr(), &request).await.status == 200
}

/// Slowloris: heads sent slowly, or never finished, are closed at the header-read timeout, one byte at a time or not.
#[tokio::test]
async fn slow_headers_are_closed_at_the_header_read_timeout() {
    let server = MockServer::start(config().header_read_timeout(Duration::from_millis(300)))
        .await
        .unwrap();
    let mut silent = Vec::new();
    for _ in 0..50 {
        let mut s = TcpStream::connect(server.addr()).await.unwrap();
        s.write_all(b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\n")
            .await
            .unwrap();
        silent.push(s);
    }
    // One byte every 50 ms: never idle, never done.
    let mut trickle = TcpStream::connect(server.addr()).await.unwrap();
    let trickling = tokio::spawn(async move {
        for b in b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nX-Slow: "
            .iter()
            .cycle()
            .take(200)
        {
            if trickle.write_all(&[*b]).await.is_err() {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    });
    for s in &mut silent {
        let closed = until_closed(s, Duration::from_secs(3)).await;
        assert!(closed.is_some(), "a slow head was kept open");
    }
    let cut_off = tokio::time::timeout(Duration::from_secs(5), trickling).await;
    assert!(
        matches!(cut_off, Ok(Ok(true))),
        "the trickling head was kept open"
    );
    assert!(served(&server).await);
}

/// Idle sockets, new or kept alive after an answer, are closed at the header-read timeout.
#[tokio::test]
async fn idle_connections_are_closed() {
    let server = MockServer::start(config().header_read_timeout(Duration::from_millis(300)))
        .await
        .unwrap();
    let mut fresh = TcpStream::connect(server.addr()).await.unwrap();
    let mut kept = TcpStream::connect(server.addr()).await.unwrap();
    kept.write_all(STOP).await.unwrap();
    let (answer, waited) = until_closed(&mut kept, Duration::from_secs(3))
        .await
        .expect("the kept-alive connection is closed");
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    assert!(waited >= Duration::from_millis(250), "{waited:?}");
    let (nothing, _) = until_closed(&mut fresh, Duration::from_secs(3))
        .await
        .expect("the silent connection is closed");
    assert!(nothing.is_empty());

    // Without traffic either way, the idle timeout closes a connection before a longer header timeout would.
    let server = MockServer::start(
        config()
            .header_read_timeout(Duration::from_secs(30))
            .idle_timeout(Duration::from_millis(300)),
    )
    .await
    .unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    let (_, waited) = until_closed(&mut s, Duration::from_secs(3))
        .await
        .expect("closed by the idle timeout");
    assert!(waited < Duration::from_secs(3), "{waited:?}");
}

/// A body that stops arriving is answered 408 at the body-read timeout, and the connection closes.
#[tokio::test]
async fn a_slow_body_gets_408() {
    let server = MockServer::start(config().body_read_timeout(Duration::from_millis(300)))
        .await
        .unwrap();
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    s.write_all(b"PUT /v2/p1/things HTTP/1.1\r\nHost: mock\r\nContent-Length: 10\r\n\r\n{\"a\"")
        .await
        .unwrap();
    let (answer, waited) = until_closed(&mut s, Duration::from_secs(5))
        .await
        .expect("answered and closed");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("connection: close"), "{text}");
    assert!(text.contains("MOCK.0408"), "{text}");
    assert!(waited >= Duration::from_millis(250), "{waited:?}");
    assert!(served(&server).await);
}

/// Over the cap, connections are answered 503 and closed at once; the server keeps accepting, and serves again as
/// soon as connections end.
#[tokio::test]
async fn connections_over_the_cap_are_refused_and_accepting_goes_on() {
    let server = MockServer::start(
        config()
            .max_connections(4)
            .header_read_timeout(Duration::from_secs(30)),
    )
    .await
    .unwrap();
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(TcpStream::connect(server.addr()).await.unwrap());
    }
    // Let the server take them before counting the next ones as over the cap.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    for _ in 0..200 {
        let mut s = TcpStream::connect(server.addr()).await.unwrap();
        let (answer, _) = until_closed(&mut s, Duration::from_secs(3))
            .await
            .expect("closed at once");
        let text = String::from_utf8_lossy(&answer);
        assert!(
            text.is_empty() || text.starts_with("HTTP/1.1 503"),
            "{text}"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    let mut s = TcpStream::connect(server.addr()).await.unwrap();
    let (answer, _) = until_closed(&mut s, Duration::from_secs(3))
        .await
        .expect("closed");
    assert!(
        String::from_utf8_lossy(&answer).contains("too many connections"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    drop(held);
    // The held connections end, their places free up.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !served(&server).await {
        assert!(Instant::now() < deadline, "no place freed up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[test]
fn limits_have_defaults_and_bounds() {
    let c = MockConfig::new();
    assert_eq!(
        (
            c.header_read_timeout,
            c.body_read_timeout,
            c.idle_timeout,
            c.max_connections
        ),
        (
            DEFAULT_HEADER_READ_TIMEOUT,
            DEFAULT_BODY_READ_TIMEOUT,
            DEFAULT_IDLE_TIMEOUT,
            DEFAULT_MAX_CONNECTIONS
        )
    );
    let c = MockConfig::new()
        .header_read_timeout(Duration::ZERO)
        .body_read_timeout(Duration::ZERO)
        .idle_timeout(Duration::ZERO)
        .max_connections(0);
    assert_eq!(c.header_read_timeout, DEFAULT_HEADER_READ_TIMEOUT);
    assert_eq!(c.body_read_timeout, DEFAULT_BODY_READ_TIMEOUT);
    assert_eq!(c.idle_timeout, DEFAULT_IDLE_TIMEOUT);
    assert_eq!(c.max_connections, 1);
    assert_eq!(
        MockConfig::new()
            .max_connections(usize::MAX)
            .max_connections,
        1 << 24
    );
    let shown = format!("{:?}", MockConfig::new().max_connections(7));
    assert!(shown.contains("max_connections: 7"), "{shown}");
}

/// Both `Content-Length` and `Transfer-Encoding`: hyper would frame by the chunked coding and drop the length, but a
/// server before or after it might frame by the length (request smuggling). A gateway refuses; so does the mock,
/// and closes the connection, so whatever follows is never read as a request.
#[tokio::test]
async fn length_and_chunked_together_are_refused() {
    let server = MockServer::start(config()).await.unwrap();
    for head in [
        "Content-Length: 5\r\nTransfer-Encoding: chunked",
        "Transfer-Encoding: chunked\r\nContent-Length: 5",
        "content-length: 0\r\ntransfer-encoding: gzip, chunked",
    ] {
        // A smuggled second request hides in the body; it must not be answered.
        let request = format!(
            "POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\n{head}\r\n\r\n0\r\n\r\n\
             POST /v2/p1/graphs/g2/stop HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\n\r\n"
        );
        let answer = raw_exchange(server.addr(), request.as_bytes()).await;
        assert_eq!(answer.status, 400, "{head}: {answer:?}");
        assert!(
            answer
                .body
                .contains("both Content-Length and Transfer-Encoding"),
            "{answer:?}"
        );
        assert!(answer.head.contains("connection: close"), "{answer:?}");
        assert_eq!(
            answer.body.matches("HTTP/1.1").count(),
            0,
            "a second answer: {answer:?}"
        );
    }
    // Each alone is fine.
    let chunked =
        b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\nTransfer-Encoding: chunked\r\n\
        Connection: close\r\n\r\n0\r\n\r\n";
    assert_eq!(raw_exchange(server.addr(), chunked).await.status, 200);
    assert!(served(&server).await);
}

/// Two `Authorization` headers: one server may check the first, the next act on the second. Refused with 400, signing
/// or not, before anything else is looked at.
#[tokio::test]
async fn two_authorization_headers_are_refused() {
    for config in [config(), config().credentials("AK", "SK")] {
        let server = MockServer::start(config).await.unwrap();
        let request = b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\n\
            Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date, Signature=00\r\n\
            authorization: Bearer other\r\nConnection: close\r\n\r\n";
        let answer = raw_exchange(server.addr(), request).await;
        assert_eq!(answer.status, 400, "{answer:?}");
        assert!(
            answer.body.contains("2 Authorization headers"),
            "{answer:?}"
        );
    }
    // One is fine (without signing, any value).
    let server = MockServer::start(config()).await.unwrap();
    let request = b"POST /v2/p1/graphs/g1/stop HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\n\
        Authorization: Bearer one\r\nConnection: close\r\n\r\n";
    assert_eq!(raw_exchange(server.addr(), request).await.status, 200);
}

/// A `.` or `..` segment is never a parameter value (`spec_core::routes::Template::matches`): the request is not
/// routed to the endpoint, written literally or percent-encoded.
#[tokio::test]
async fn dot_segments_are_not_parameter_values() {
    let server = MockServer::start(config()).await.unwrap();
    for path in [
        "/v2/p1/graphs/../stop",
        "/v2/p1/graphs/./stop",
        "/v2/p1/graphs/%2E%2E/stop",
        "/v2/p1/graphs/%2e/stop",
        "/v2/../graphs/g1/stop",
    ] {
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let answer = raw_exchange(server.addr(), request.as_bytes()).await;
        assert_eq!(answer.status, 404, "{path}: {answer:?}");
    }
    // A value that merely contains dots is one.
    let request = b"POST /v2/p1/graphs/..a/stop HTTP/1.1\r\nHost: mock\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    assert_eq!(raw_exchange(server.addr(), request).await.status, 200);
}
