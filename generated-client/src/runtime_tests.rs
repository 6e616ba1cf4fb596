//! Loopback tests of the whole runtime pipeline against a hand-rolled HTTP/1.1 server on 127.0.0.1, using a
//! hand-written `Operation` shaped like the generated ones. Every test is bounded by short timeouts.

use std::fmt;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::__private::{
    CredentialScope, DecodeError, Fields, FromJson, Handle, JsonError, JsonValue, Number,
    Operation, OperationMeta, RawResponse, RequestParts, Rules, Unhandled, Validator,
};
use crate::auth::signer;
use crate::{
    BasicCredentials, CallOptions, Client, ClientBuilder, Credentials, Error, GlobalCredentials,
    RetryPolicy, TokenCredentials, TransportErrorKind,
};

// ---------------------------------------------------------------- a fake operation, as the macro would emit

trait Method: Send + Sync + 'static {
    const META: &'static OperationMeta;
}

const fn meta(method: &'static str) -> OperationMeta {
    OperationMeta {
        service: "fake",
        host: "fake.{region}.{domain}",
        scope: CredentialScope::Project,
        name: "PutThing",
        method,
        path: "/v1/{project_id}/things/{thing_id}",
        content_type: Some("application/json;charset=UTF-8"),
        streamed: &[],
    }
}

#[derive(Debug, Clone)]
struct Get;
impl Method for Get {
    const META: &'static OperationMeta = &meta("GET");
}
#[derive(Debug, Clone)]
struct Post;
impl Method for Post {
    const META: &'static OperationMeta = &meta("POST");
}

#[derive(Debug, Clone)]
struct Put;
impl Method for Put {
    const META: &'static OperationMeta = &meta("PUT");
}
#[derive(Debug, Clone)]
struct Patch;
impl Method for Patch {
    const META: &'static OperationMeta = &meta("PATCH");
}
#[derive(Debug, Clone)]
struct Delete;
impl Method for Delete {
    const META: &'static OperationMeta = &meta("DELETE");
}

#[derive(Debug, Clone)]
struct Thing<M> {
    project_id: Option<String>,
    thing_id: String,
    q: Option<String>,
    ids: Vec<i64>,
    csv: Vec<String>,
    limit: Option<i32>,
    lang: Option<String>,
    body: Option<serde_json::Value>,
    _m: PhantomData<M>,
}

fn thing<M>(id: &str) -> Thing<M> {
    Thing {
        project_id: None,
        thing_id: id.to_owned(),
        q: None,
        ids: Vec::new(),
        csv: Vec::new(),
        limit: None,
        lang: None,
        body: None,
        _m: PhantomData,
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Out {
    id: i64,
    name: Option<String>,
}

/// As `generate!` writes it.
impl FromJson for Out {
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        let mut o = Fields::new(v)?;
        Ok(Out {
            id: o.field("id")?,
            name: o.field("name")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
struct ErrorBody {
    error_code: Option<String>,
    error_msg: Option<String>,
}

impl FromJson for ErrorBody {
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        let mut o = Fields::new(v)?;
        Ok(ErrorBody {
            error_code: o.field("error_code")?,
            error_msg: o.field("error_msg")?,
        })
    }
}

#[derive(Debug)]
enum ThingError {
    BadRequest(ErrorBody),
    NotFound,
    Unhandled(Unhandled),
}

impl fmt::Display for ThingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&crate::OperationError::parts(self), f)
    }
}

impl std::error::Error for ThingError {}

impl crate::OperationError for ThingError {
    fn parts(&self) -> crate::ErrorParts<'_> {
        match self {
            ThingError::BadRequest(b) => {
                crate::ErrorParts::new(400, b.error_code.as_deref(), b.error_msg.as_deref())
            }
            ThingError::NotFound => crate::ErrorParts::status(404),
            ThingError::Unhandled(u) => u.parts(),
        }
    }
}

static THING_ID: Rules = Rules {
    min_length: Some(1),
    max_length: Some(64),
    ..Rules::NONE
};
static LIMIT: Rules = Rules {
    minimum: Some(Number::Int(1)),
    maximum: Some(Number::Int(100)),
    ..Rules::NONE
};

impl<M: Method> Operation for Thing<M> {
    type Output = Out;
    type Error = ThingError;
    const META: &'static OperationMeta = M::META;

    fn validate(&self, v: &mut Validator) {
        v.field("thing_id", &self.thing_id, &THING_ID);
        v.field("limit", &self.limit, &LIMIT);
    }

    fn encode(&self, r: &mut RequestParts) {
        r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
        r.path("thing_id", &self.thing_id);
        r.query("q", &self.q);
        r.query("ids", &self.ids);
        r.query_csv("csv", &self.csv);
        r.query("limit", &self.limit);
        r.header("X-Language", &self.lang);
        if let Some(body) = &self.body {
            r.json(body);
        }
    }

    fn decode(r: &RawResponse) -> Result<Result<Out, ThingError>, DecodeError> {
        Ok(match r.status() {
            200 => Ok(r.json()?),
            400 => Err(ThingError::BadRequest(r.json()?)),
            404 => Err(ThingError::NotFound),
            _ => Err(ThingError::Unhandled(r.unhandled())),
        })
    }
}

// ---------------------------------------------------------------- a tiny scripted HTTP/1.1 server

#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn path(&self) -> &str {
        self.target.split_once('?').map_or(&self.target, |(p, _)| p)
    }
    fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }
    /// Checks the `Authorization` header as a server would, from exactly what arrived, with `SK` for `access_key`.
    fn verify_signature(&self, access_key: &str) {
        let auth = self
            .header("authorization")
            .expect("an Authorization header");
        let query = signer::canonical_query_from_raw(self.query());
        let signable = signer::SignableRequest {
            method: &self.method,
            wire_path: self.path(),
            canonical_query: &query,
            headers: &self.headers,
            body: &self.body,
        };
        signer::verify(&signable, auth, |ak| {
            (ak == access_key).then(|| SK.to_owned())
        })
        .unwrap();
    }
}

#[derive(Debug, Clone)]
enum Reply {
    /// Writes these bytes, then closes.
    Bytes(Vec<u8>),
    /// Reads the request and never answers.
    Hang,
    /// Writes these bytes, then keeps the connection open without writing more.
    Stall(Vec<u8>),
    /// Reads the request and resets the connection.
    Reset,
    /// Sends a chunked body of `n` bytes (no Content-Length).
    Chunked(usize),
}

fn http(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut out = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (n, v) in headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    Reply::Bytes(out.into_bytes())
}

fn ok_json(body: &str) -> Reply {
    http(
        200,
        &[
            ("Content-Type", "application/json"),
            ("X-Request-Id", "req-1"),
        ],
        body,
    )
}

struct Server {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Connection `n` gets `replies[n]` (the last one repeats).
    async fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let log2 = log.clone();
        let task = tokio::spawn(async move {
            let mut n = 0;
            while let Ok((sock, _)) = listener.accept().await {
                let reply = replies[n.min(replies.len() - 1)].clone();
                n += 1;
                tokio::spawn(handle(sock, reply, log2.clone()));
            }
        });
        Server { addr, log, task }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }
}

async fn handle(mut sock: TcpStream, reply: Reply, log: Arc<Mutex<Vec<Recorded>>>) {
    let Some(req) = read_request(&mut sock).await else {
        return;
    };
    log.lock().unwrap().push(req);
    match reply {
        Reply::Bytes(bytes) => {
            let _ = sock.write_all(&bytes).await;
            let _ = sock.shutdown().await;
        }
        Reply::Hang => tokio::time::sleep(Duration::from_secs(30)).await,
        Reply::Stall(bytes) => {
            let _ = sock.write_all(&bytes).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Reply::Reset => {
            let _ = sock.set_zero_linger();
            drop(sock);
        }
        Reply::Chunked(n) => {
            let _ = sock
                .write_all(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                )
                .await;
            let chunk = vec![b'x'; 1000];
            let mut left = n;
            while left > 0 {
                let len = left.min(chunk.len());
                let head = format!("{len:x}\r\n");
                if sock.write_all(head.as_bytes()).await.is_err()
                    || sock.write_all(&chunk[..len]).await.is_err()
                    || sock.write_all(b"\r\n").await.is_err()
                {
                    return;
                }
                left -= len;
            }
            let _ = sock.write_all(b"0\r\n\r\n").await;
        }
    }
}

async fn read_request(sock: &mut TcpStream) -> Option<Recorded> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).ok()?;
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < len {
        let n = sock.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}

// ---------------------------------------------------------------- helpers

const SK: &str = "SUPERSECRETSK-7f3a";
const SECURITY_TOKEN: &str = "SECURITYTOKEN-91be";
const AUTH_TOKEN: &str = "AUTHTOKEN-c0de";

fn basic() -> Credentials {
    BasicCredentials::new("AK-TEST", SK)
        .with_project_id("proj-1")
        .with_security_token(SECURITY_TOKEN)
        .into()
}

/// Anonymous unless a test sets credentials (the later call wins).
fn builder(server: &Server) -> ClientBuilder {
    Client::builder()
        .anonymous()
        .endpoint(server.url())
        .no_proxy()
        .timeout(Duration::from_secs(5))
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(20))
}

fn assert_no_secrets(text: &str) {
    for secret in [SK, SECURITY_TOKEN, AUTH_TOKEN] {
        assert!(!text.contains(secret), "secret leaked: {text}");
    }
}

// ---------------------------------------------------------------- tests

#[tokio::test]
async fn wire_format_is_exact_and_signed() {
    let server = Server::start(vec![ok_json(r#"{"id":9007199254740993,"name":"n"}"#)]).await;
    let client = builder(&server)
        .credentials(basic())
        .user_agent_suffix("test-suite/1")
        .build()
        .unwrap();
    let mut req = thing::<Post>("a/b?c#d%e f一");
    req.q = Some("x/y?z#w%v&u=t s一+1".into());
    req.ids = vec![2, 1];
    req.csv = vec!["a".into(), "b".into()];
    req.lang = Some("en-us".into());
    req.body = Some(serde_json::json!({"n": 9_007_199_254_740_993_i64}));
    let resp = Handle::new(&client).send(req).await.unwrap();

    assert_eq!(resp.id, 9_007_199_254_740_993);
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.request_id(), Some("req-1"));
    assert_eq!(
        resp.headers().get("content-type").unwrap(),
        "application/json"
    );
    assert_eq!(resp.clone().into_inner().name.as_deref(), Some("n"));

    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path(), "/v1/proj-1/things/a%2Fb%3Fc%23d%25e%20f%E4%B8%80");
    assert_eq!(
        r.query(),
        "csv=a%2Cb&ids=1&ids=2&q=x%2Fy%3Fz%23w%25v%26u%3Dt%20s%E4%B8%80%2B1"
    );
    // Decoded the way a server does, every value arrives intact (one path segment, one query value each).
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8()
            .unwrap()
            .into_owned()
    };
    let segments: Vec<String> = r.path().split('/').map(decode).collect();
    assert_eq!(segments, ["", "v1", "proj-1", "things", "a/b?c#d%e f一"]);
    let query: Vec<(String, String)> = r
        .query()
        .split('&')
        .map(|kv| kv.split_once('=').unwrap())
        .map(|(k, v)| (decode(k), decode(v)))
        .collect();
    assert_eq!(
        query,
        [
            ("csv".into(), "a,b".into()),
            ("ids".into(), "1".into()),
            ("ids".into(), "2".into()),
            ("q".into(), "x/y?z#w%v&u=t s一+1".to_owned())
        ]
    );
    assert_eq!(r.body, br#"{"n":9007199254740993}"#);
    assert_eq!(
        r.header("content-type"),
        Some("application/json;charset=UTF-8")
    );
    assert_eq!(r.header("accept"), Some("application/json"));
    assert_eq!(
        r.header("user-agent"),
        Some(concat!(
            "generated-client/",
            env!("CARGO_PKG_VERSION"),
            " test-suite/1"
        ))
    );
    assert_eq!(r.header("x-language"), Some("en-us"));
    assert_eq!(r.header("x-project-id"), Some("proj-1"));
    assert_eq!(r.header("x-security-token"), Some(SECURITY_TOKEN));
    assert_eq!(r.header("host"), Some(server.addr.to_string().as_str()));
    assert_eq!(
        r.header("x-sdk-content-sha256"),
        None,
        "JSON bodies are hashed"
    );
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.starts_with(
            "SDK-HMAC-SHA256 Access=AK-TEST, SignedHeaders=host;x-language;x-project-id;x-sdk-date;x-security-token, "
        ),
        "{auth}"
    );
    // The server side of the algorithm accepts exactly what arrived.
    r.verify_signature("AK-TEST");
}

/// Proxies and gateways may answer 411 to a `POST`, `PUT` or `PATCH` without a length; the official SDKs send
/// `Content-Length: 0` (Go's net/http does for these methods), and so does the runtime. Other methods send none.
#[tokio::test]
async fn bodyless_post_put_patch_send_content_length_zero() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server).credentials(basic()).build().unwrap();
    let h = Handle::new(&client);
    h.send(thing::<Post>("t")).await.unwrap();
    h.send(thing::<Put>("t")).await.unwrap();
    h.send(thing::<Patch>("t")).await.unwrap();
    h.send(thing::<Get>("t")).await.unwrap();
    h.send(thing::<Delete>("t")).await.unwrap();
    let mut with_body = thing::<Post>("t");
    with_body.body = Some(serde_json::json!({}));
    h.send(with_body).await.unwrap();
    let seen: Vec<(String, Option<String>, Option<String>)> = server
        .requests()
        .iter()
        .map(|r| {
            r.verify_signature("AK-TEST");
            let get = |n: &str| r.header(n).map(str::to_owned);
            (
                r.method.clone(),
                get("content-length"),
                get("transfer-encoding"),
            )
        })
        .collect();
    let expected = [
        ("POST", Some("0")),
        ("PUT", Some("0")),
        ("PATCH", Some("0")),
        ("GET", None),
        ("DELETE", None),
        ("POST", Some("2")),
    ];
    assert_eq!(seen.len(), expected.len());
    for ((method, len, te), (want_method, want_len)) in seen.iter().zip(expected) {
        assert_eq!((method.as_str(), len.as_deref()), (want_method, want_len));
        assert_eq!(te, &None);
    }
}

/// `http::Uri` takes at most 65,534 bytes. A longer URL is refused before anything is sent, naming the parameter
/// that made it long, and never retried.
#[tokio::test]
async fn an_over_long_url_is_a_validation_error_naming_the_parameter() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials(basic())
        .retry(fast_retries())
        .build()
        .unwrap();
    let h = Handle::new(&client);
    let base = format!("{}/v1/proj-1/things/t?q=", server.url()).len();
    let with_q = |len: usize| {
        let mut req = thing::<Get>("t");
        req.q = Some("x".repeat(len));
        req
    };
    // Exactly at the limit: sent and answered.
    h.send(with_q(65_534 - base)).await.unwrap();
    assert_eq!(server.requests().len(), 1);
    assert_eq!(
        server.requests()[0].target.len() + server.url().len(),
        65_534
    );
    // One byte over: nothing is sent, whatever the retry policy.
    let err = h.send(with_q(65_535 - base)).await.unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}")
    };
    assert_eq!(v.issues().len(), 1);
    assert_eq!(v.issues()[0].path(), "q");
    assert!(
        v.issues()[0]
            .message()
            .contains("65535 bytes, over the HTTP limit of 65534"),
        "{err}"
    );
    // The longest value is named, wherever it is: here a path parameter beats a shorter query value.
    let mut req = thing::<Get>("t");
    req.project_id = Some("y".repeat(40_000));
    req.q = Some("x".repeat(30_000));
    let err = h.send(req).await.unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}")
    };
    assert_eq!(v.issues().len(), 1);
    assert_eq!(v.issues()[0].path(), "project_id", "{err}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn validation_collects_every_issue_and_sends_nothing() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>(&"x".repeat(70));
    req.limit = Some(0);
    req.lang = Some("en\r\nX-Injected: 1".into());
    let err = Handle::new(&client)
        .with_options(
            CallOptions::new()
                .header("Authorization", "mine")
                .header("X-Ok", "fine\n"),
        )
        .send(req)
        .await
        .unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    let got: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "thing_id: length 70 exceeds max_length 64",
            "limit: value 0 is below minimum 1",
            "X-Language: header value contains characters not allowed in HTTP headers (CR, LF or other control characters)",
            "project_id: required path parameter is missing: set it on the request or use credentials with a project_id",
            "Authorization: header is set by the client and cannot be overridden",
            "X-Ok: header value contains characters not allowed in HTTP headers (CR, LF or other control characters)",
        ]
    );
    assert!(
        err.to_string()
            .starts_with("invalid request: thing_id: length 70"),
        "{err}"
    );
    assert_eq!(err.status(), None);
    assert_eq!(err.message(), Some("length 70 exceeds max_length 64"));
    assert!(server.requests().is_empty());

    // An empty path value is refused too.
    let mut req = thing::<Get>("");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    let got: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "thing_id: length 0 is below min_length 1",
            "thing_id: must not be empty"
        ]
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn timeout_fires_when_the_server_never_answers() {
    let server = Server::start(vec![Reply::Hang]).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = Instant::now();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(3));
    let Error::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.duration(), Duration::from_millis(200));
    assert!(!t.is_connect());
    assert_eq!(
        err.to_string(),
        format!(
            "request timed out after 200ms for fake.PutThing at {}",
            server.addr
        )
    );

    // Per-call override, with retries (GET is idempotent): three attempts.
    let started = Instant::now();
    let err = Handle::new(&client)
        .with_options(
            CallOptions::new()
                .timeout(Duration::from_millis(50))
                .retry(fast_retries()),
        )
        .send(req)
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(3));
    let Error::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.duration(), t.attempts()), (Duration::from_millis(50), 3));
    assert_eq!(server.requests().len(), 4);
}

// README: a whole call, retries included, is bounded by wrapping it in `tokio::time::timeout`, because dropping the
// call's future cancels it. Nothing may keep retrying after the drop.
#[tokio::test]
async fn dropping_a_call_stops_its_retries() {
    let server = Server::start(vec![Reply::Hang]).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(100))
        .retry(
            RetryPolicy::standard()
                .max_attempts(10)
                .base_delay(Duration::from_millis(20))
                .max_delay(Duration::from_millis(40)),
        )
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let handle = Handle::new(&client);
    let bounded = tokio::time::timeout(Duration::from_millis(250), handle.send(req)).await;
    assert!(bounded.is_err(), "the call outlived its bound: {bounded:?}");
    // A request written just before the drop may reach the server's log a moment later; no new attempt can.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let sent = server.requests().len();
    // The first attempt starts at once; at most three fit in 250 ms (100 ms each, 20–40 ms apart).
    assert!((1..=3).contains(&sent), "{sent} attempts in 250 ms");
    // Ten attempts of 100 ms would have gone on for another ~750 ms.
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert_eq!(server.requests().len(), sent);
}

// A `Call` is lazy like any future: nothing is validated or sent until it is polled, so one that is built and
// dropped sends nothing, and an invalid request only fails when the call runs.
#[tokio::test]
async fn a_call_does_nothing_until_polled() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server).build().unwrap();
    let handle = Handle::new(&client);
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let call = handle.send(req.clone());
    assert_eq!(
        format!("{call:?}"),
        r#"Call { service: "fake", operation: "PutThing", started: false, .. }"#
    );
    drop(call);
    let invalid = handle.send(thing::<Get>(""));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(server.requests().is_empty());
    assert!(matches!(invalid.await, Err(Error::Validation(_))));
    assert_eq!(handle.send(req).await.unwrap().id, 1);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn slow_body_times_out_with_the_response_head_kept() {
    let head = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nX-Request-Id: slow\r\n\r\n{".to_vec();
    let server = Server::start(vec![Reply::Stall(head)]).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.status(), t.request_id()), (Some(200), Some("slow")));
    assert_eq!((err.status(), err.request_id()), (Some(200), Some("slow")));
    assert_eq!(
        err.to_string(),
        format!(
            "request timed out after 200ms for fake.PutThing at {} while reading the body (status 200) \
             (request id slow)",
            server.addr
        )
    );
}

#[tokio::test]
async fn connection_refused_and_reset() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .anonymous()
        .anonymous()
        .endpoint(format!("http://{dead}"))
        .no_proxy()
        .retry(fast_retries())
        .build()
        .unwrap();
    let mut req = thing::<Post>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    // Not sent at all, so even a POST is retried.
    assert_eq!((t.kind(), t.attempts()), (TransportErrorKind::Connect, 3));
    assert_eq!(
        err.to_string(),
        format!("connection failed for fake.PutThing at {dead} after 3 attempts")
    );
    // The cause is the chain's: the HTTP stack's error, down to the OS's.
    assert!(std::error::Error::source(&err).is_some());

    let server = Server::start(vec![Reply::Reset]).await;
    let client = builder(&server).build().unwrap();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::Send);
    assert_eq!(t.status(), None);
    assert_eq!(server.requests().len(), 1);
}

/// An error and its sources, one line each, as `anyhow` and `eyre` print a chain (`{e}`, then `Caused by:` each
/// source).
fn chain(e: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(next) = cur {
        out.push(next.to_string());
        cur = next.source();
    }
    out
}

/// Following the API guidelines, each level prints itself only (or holds its cause in its text and has no source),
/// so a reporter shows every cause once; the top level names the operation, the host and the attempts.
#[tokio::test]
async fn error_chains_print_each_cause_once() {
    fn once(text: &str, needle: &str) {
        assert_eq!(text.matches(needle).count(), 1, "{needle:?} in:\n{text}");
    }

    // Transport: connection refused, three attempts.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead = listener.local_addr().unwrap();
    drop(listener);
    let client = Client::builder()
        .anonymous()
        .endpoint(format!("http://{dead}"))
        .no_proxy()
        .retry(fast_retries())
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    let lines = chain(&err);
    let text = lines.join("\n");
    assert!(lines.len() > 1, "{text}");
    assert_eq!(
        lines[0],
        format!("connection failed for fake.PutThing at {dead} after 3 attempts")
    );
    // The root cause (the OS's "connection refused") once, at the end; `message()` is that text.
    let root = lines.last().unwrap();
    once(&text, root);
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.message(), root.as_str());
    once(&text, "connection failed");

    // Authorization: the header that cannot be sent is named once, under one "cannot authorize request".
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials(BasicCredentials::new("AK-TEST", SK).with_project_id("p\r1"))
        .build()
        .unwrap();
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    let lines = chain(&err);
    let text = lines.join("\n");
    assert_eq!(
        lines,
        [
            format!(
                "cannot authorize request for fake.PutThing at {}",
                server.addr
            ),
            "value for header X-Project-Id is empty or contains control characters".to_owned(),
        ]
    );
    once(&text, "cannot authorize request");
    assert_eq!(server.requests().len(), 0);

    // A service error that was retried says so; status, code and message appear once.
    let busy = http(
        503,
        &[("X-Request-Id", "r503")],
        r#"{"error_code":"SVC.0503","error_msg":"busy"}"#,
    );
    let server = Server::start(vec![busy]).await;
    let client = builder(&server).retry(fast_retries()).build().unwrap();
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    let lines = chain(&err);
    assert_eq!(
        lines,
        ["service error: status 503, code SVC.0503: busy (request id r503) after 3 attempts"]
    );
    let Error::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.attempts(), 3);
    // Not retried: no attempt count.
    let server = Server::start(vec![http(404, &[], "")]).await;
    let client = builder(&server).retry(fast_retries()).build().unwrap();
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    assert_eq!(chain(&err), ["service error: status 404"]);

    // A timeout names the operation and host, and has no further cause.
    let server = Server::start(vec![Reply::Hang]).await;
    let client = builder(&server)
        .timeout(Duration::from_millis(100))
        .build()
        .unwrap();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    assert_eq!(
        chain(&err),
        [format!(
            "request timed out after 100ms for fake.PutThing at {}",
            server.addr
        )]
    );
}

/// `.endpoint("127.0.0.1:port")` means https; against a plain-HTTP server the TLS handshake fails, and the error
/// suggests the `http://` URL (only for a loopback or private address written without a scheme).
#[tokio::test]
async fn tls_against_plain_http_on_loopback_suggests_http() {
    // Answers whatever arrives (a TLS ClientHello here) as a plain-HTTP server does: 400, then close.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 1024];
                let _ = sock.read(&mut buf).await;
                let _ = sock
                    .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .await;
            });
        }
    });
    let call = |endpoint: String| async move {
        let client = Client::builder()
            .anonymous()
            .endpoint(endpoint)
            .no_proxy()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        let mut req = thing::<Get>("t");
        req.project_id = Some("p".into());
        Handle::new(&client).send(req).await.unwrap_err()
    };
    let err = call(addr.to_string()).await;
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::Connect);
    assert_eq!(
        err.to_string(),
        format!(
            "connection failed for fake.PutThing at {addr} (the TLS handshake failed: https is used for an endpoint \
             without a scheme; did you mean http://{addr}?)"
        )
    );
    // Written out as https: no guess.
    let err = call(format!("https://{addr}")).await;
    assert!(!err.to_string().contains("did you mean"), "{err}");
    // A refused connection is not a TLS failure.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead = closed.local_addr().unwrap();
    drop(closed);
    let err = call(dead.to_string()).await;
    assert!(!err.to_string().contains("did you mean"), "{err}");
    task.abort();
}

#[tokio::test]
async fn retries_503_then_succeeds_only_when_enabled() {
    let script = || {
        vec![
            http(503, &[("X-Request-Id", "r503")], "busy"),
            ok_json(r#"{"id":7}"#),
        ]
    };
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());

    let server = Server::start(script()).await;
    let client = builder(&server)
        .credentials(basic())
        .retry(fast_retries())
        .build()
        .unwrap();
    let resp = Handle::new(&client).send(req.clone()).await.unwrap();
    assert_eq!(resp.id, 7);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    // Each attempt is signed on its own.
    for r in &reqs {
        assert!(r.header("x-sdk-date").is_some() && r.header("authorization").is_some());
    }

    let server = Server::start(script()).await;
    let client = builder(&server).build().unwrap();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.request_id(), Some("r503"));
    assert_eq!(err.message(), Some("busy"));
    assert!(matches!(err.as_service_error(), Some(ThingError::Unhandled(u)) if u.status() == 503));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn post_is_not_retried_after_an_error_status_unless_opted_in() {
    let script = || vec![http(503, &[], ""), ok_json(r#"{"id":7}"#)];
    let mut req = thing::<Post>("t");
    req.project_id = Some("p".into());

    let server = Server::start(script()).await;
    let client = builder(&server).retry(fast_retries()).build().unwrap();
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 1);

    let server = Server::start(script()).await;
    let client = builder(&server)
        .retry(fast_retries().retry_non_idempotent(true))
        .build()
        .unwrap();
    assert_eq!(Handle::new(&client).send(req).await.unwrap().id, 7);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn retry_after_is_honoured_or_ends_the_retries() {
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());

    let server = Server::start(vec![
        http(429, &[("Retry-After", "1")], "{}"),
        ok_json(r#"{"id":1}"#),
    ])
    .await;
    let policy = RetryPolicy::standard()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_secs(5));
    let client = builder(&server).retry(policy).build().unwrap();
    let started = Instant::now();
    assert_eq!(Handle::new(&client).send(req.clone()).await.unwrap().id, 1);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(950) && waited < Duration::from_secs(4),
        "{waited:?}"
    );

    // The same as an HTTP date (whole seconds: it waits until the next second boundary at least).
    let at = time::OffsetDateTime::now_utc() + time::Duration::seconds(2);
    let date = at
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap()
        .replace("+0000", "GMT");
    let server = Server::start(vec![
        http(503, &[("Retry-After", &date)], "{}"),
        ok_json(r#"{"id":3}"#),
    ])
    .await;
    let client = builder(&server).retry(policy).build().unwrap();
    let started = Instant::now();
    assert_eq!(Handle::new(&client).send(req.clone()).await.unwrap().id, 3);
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(4),
        "{date}: {waited:?}"
    );

    // A server asking for longer than the policy's max delay gets its answer back at once, not an early retry.
    let server = Server::start(vec![
        http(
            429,
            &[("Retry-After", "3600"), ("X-Request-Id", "slow-down")],
            "{}",
        ),
        ok_json(r#"{"id":2}"#),
    ])
    .await;
    let client = builder(&server).retry(fast_retries()).build().unwrap();
    let started = Instant::now();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        (err.status(), err.request_id()),
        (Some(429), Some("slow-down"))
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn post_is_retried_after_429_but_not_after_a_reset_or_timeout() {
    let mut req = thing::<Post>("t");
    req.project_id = Some("p".into());
    req.body = Some(serde_json::json!({"a": 1}));

    // 429 means the request was refused, so even a POST is retried without opting in.
    let server = Server::start(vec![
        http(429, &[("Retry-After", "0")], "{}"),
        ok_json(r#"{"id":5}"#),
    ])
    .await;
    let client = builder(&server).retry(fast_retries()).build().unwrap();
    assert_eq!(Handle::new(&client).send(req.clone()).await.unwrap().id, 5);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[1].body, reqs[0].body);

    // The request may have been acted on: one attempt only.
    for reply in [Reply::Reset, Reply::Hang] {
        let server = Server::start(vec![reply, ok_json(r#"{"id":6}"#)]).await;
        let client = builder(&server)
            .timeout(Duration::from_millis(200))
            .retry(fast_retries())
            .build()
            .unwrap();
        let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
        assert!(
            matches!(err, Error::Transport(_) | Error::Timeout(_)),
            "{err:?}"
        );
        assert_eq!(server.requests().len(), 1, "{err:?}");
    }
}

#[tokio::test]
async fn truncated_body_is_a_transport_error() {
    let truncated =
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nX-Request-Id: trunc\r\n\r\n{\"id\":".to_vec();
    let server = Server::start(vec![Reply::Bytes(truncated)]).await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::Body);
    assert_eq!(err.status(), Some(200));
    assert_eq!(err.request_id(), Some("trunc"));
}

#[tokio::test]
async fn html_502_page_is_an_unhandled_service_error() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let server = Server::start(vec![http(502, &[("Content-Type", "text/html")], page)]).await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req).await.unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert_eq!(err.code(), None);
    assert_eq!(err.message(), Some(page));
    assert_eq!(
        err.to_string(),
        format!("service error: status 502: {page}")
    );
    let Some(ThingError::Unhandled(u)) = err.into_service_error() else {
        panic!()
    };
    assert_eq!(u.raw_body(), page.as_bytes());
    assert_eq!(u.to_string(), format!("status 502: {page}"));
}

#[tokio::test]
async fn body_over_the_limit_stops_reading() {
    let big = "x".repeat(4096);
    let server = Server::start(vec![http(200, &[("X-Request-Id", "big")], &big)]).await;
    let client = builder(&server).max_response_body(1024).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let err = Handle::new(&client).send(req.clone()).await.unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::BodyTooLarge);
    assert_eq!((t.status(), t.request_id()), (Some(200), Some("big")));
    assert_eq!(
        err.to_string(),
        format!(
            "response body too large for fake.PutThing at {}: the limit is 1024 bytes (status 200) (request id big)",
            server.addr
        )
    );

    // Without a Content-Length the limit applies while streaming.
    let server = Server::start(vec![Reply::Chunked(1 << 20)]).await;
    let client = builder(&server)
        .max_response_body(10_000)
        .retry(fast_retries())
        .build()
        .unwrap();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (t.kind(), t.attempts()),
        (TransportErrorKind::BodyTooLarge, 1)
    );
}

#[tokio::test]
async fn documented_errors_decode_to_typed_variants() {
    let body = r#"{"error_code":"XXX.0001","error_msg":"Some errors occurred."}"#;
    let server = Server::start(vec![
        http(400, &[("x-request-id", "97e2***11df")], body),
        http(404, &[], ""),
        ok_json(r#"{"id":"nope"}"#),
        http(302, &[("Location", "http://127.0.0.1:1/elsewhere")], ""),
    ])
    .await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let handle = Handle::new(&client);

    let err = handle.send(req.clone()).await.unwrap_err();
    assert_eq!(
        (err.status(), err.code(), err.request_id()),
        (Some(400), Some("XXX.0001"), Some("97e2***11df"))
    );
    assert_eq!(err.message(), Some("Some errors occurred."));
    assert_eq!(
        err.to_string(),
        "service error: status 400, code XXX.0001: Some errors occurred. (request id 97e2***11df)"
    );
    // Status, code and message are in the text above; the typed error, which says the same, is not a source.
    assert!(std::error::Error::source(&err).is_none());
    let Error::Service(s) = &err else { panic!() };
    assert_eq!(s.raw_body(), body.as_bytes());
    assert!(
        matches!(err.into_service_error(), Some(ThingError::BadRequest(b)) if b.error_code.as_deref() == Some("XXX.0001"))
    );

    let err = handle.send(req.clone()).await.unwrap_err();
    assert!(matches!(err.as_service_error(), Some(ThingError::NotFound)));
    assert_eq!(err.to_string(), "service error: status 404");

    let err = handle.send(req.clone()).await.unwrap_err();
    let Error::Decode(d) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((d.status(), d.request_id()), (200, Some("req-1")));
    assert_eq!(d.raw_body(), br#"{"id":"nope"}"#);
    assert!(
        err.to_string().starts_with(
            "cannot decode response (status 200): id: invalid type: string \"nope\", expected i64"
        ),
        "{err}"
    );

    // Redirects are not followed.
    let err = handle.send(req).await.unwrap_err();
    assert_eq!(err.status(), Some(302));
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn token_mode_unsigned_mode_and_default_headers() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials(TokenCredentials::new(AUTH_TOKEN).with_project_id("tok-proj"))
        .default_header("X-Workspace", "ws-1")
        .default_header("X-Language", "zh-cn")
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.lang = Some("en-us".into());
    let handle =
        Handle::new(&client).with_options(CallOptions::new().header("x-workspace", "ws-2"));
    handle.send(req).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.path(), "/v1/tok-proj/things/t");
    assert_eq!(r.header("x-auth-token"), Some(AUTH_TOKEN));
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("x-workspace"), Some("ws-2"));
    assert_eq!(r.header("x-language"), Some("en-us"));
    assert_eq!(
        r.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("x-workspace"))
            .count(),
        1
    );

    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    Handle::new(&client).send(req).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(
        (
            r.header("authorization"),
            r.header("x-sdk-date"),
            r.header("content-type")
        ),
        (None, None, None)
    );
    assert!(r.body.is_empty());
}

// The token header is built once, when the client is built; a token that cannot be a header value fails every
// call as an authentication error that names the header and not the token, and nothing is sent.
#[tokio::test]
async fn a_token_that_is_not_a_header_value_fails_every_call() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let token = "tok\r\nX-Injected: 1";
    let client = builder(&server)
        .credentials(TokenCredentials::new(token).with_project_id("p"))
        .build()
        .unwrap();
    for _ in 0..2 {
        let err = Handle::new(&client)
            .send(thing::<Get>("t"))
            .await
            .unwrap_err();
        let Error::Transport(t) = &err else {
            panic!("{err:?}")
        };
        assert_eq!((t.kind(), t.attempts()), (TransportErrorKind::Auth, 1));
        let text = format!("{err} {err:?}");
        assert!(text.contains("X-Auth-Token"), "{text}");
        assert!(!text.contains("X-Injected"), "{text}");
    }
    assert!(server.requests().is_empty());
}

#[test]
fn build_errors_are_typed() {
    let err = Client::builder().anonymous().build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid client configuration: no region or endpoint: set one of them"
    );
    let err = Client::builder()
        .anonymous()
        .endpoint("ftp://example.com")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("only http:// and https://"),
        "{err}"
    );
    let err = Client::builder()
        .anonymous()
        .region("CN North")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("invalid region"), "{err}");
    let err = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .default_header("X-Sdk-Date", "x")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("cannot be overridden"), "{err}");
    let err = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .default_header("X-A", "a\rb")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("X-A: header value contains"),
        "{err}"
    );
    let err = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .timeout(Duration::ZERO)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("greater than zero"), "{err}");
    let err = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .user_agent_suffix("a\nb")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("user agent"), "{err}");
}

/// A client without credentials would send unsigned requests, which the real cloud answers with 401: building one
/// needs `.anonymous()` said out loud. The later of `.credentials(..)` and `.anonymous()` wins.
#[test]
fn a_client_needs_credentials_or_anonymous() {
    let err = Client::builder().region("cn-north-4").build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid client configuration: no credentials: set them with .credentials(..) (for example \
         Credentials::from_env()?) or .credentials_provider(..), or call .anonymous() to send unsigned requests (a \
         mock server, or a gateway that authenticates callers)"
    );
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9")
        .credentials(TokenCredentials::new("t"))
        .anonymous()
        .build()
        .unwrap();
    assert!(
        format!("{client:?}").contains(r#"credentials: "anonymous""#),
        "{client:?}"
    );
    let client = Client::builder()
        .endpoint("http://127.0.0.1:9")
        .anonymous()
        .credentials(TokenCredentials::new("t"))
        .build()
        .unwrap();
    assert!(
        format!("{client:?}").contains(r#"credentials: "token""#),
        "{client:?}"
    );
}

/// The TLS backend is the one the features choose (ring's rustls by default); without any, a client that would
/// need TLS is refused when it is built rather than failing every call.
#[test]
fn the_tls_backend_follows_the_features() {
    use crate::http::tls::BACKEND;
    #[cfg(all(
        feature = "rustls",
        not(any(feature = "native-tls", feature = "rustls-aws-lc"))
    ))]
    assert_eq!(BACKEND, Some("rustls (ring)"));
    #[cfg(feature = "native-tls")]
    assert_eq!(BACKEND, Some("native-tls"));
    let https = Client::builder().anonymous().region("cn-north-4").build();
    let with_ca = Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:9")
        .root_certificate(include_str!("../../tests/fixtures/tls/ca.pem"))
        .build();
    match BACKEND {
        Some(name) => {
            let client = https.unwrap();
            assert!(format!("{client:?}").contains(name), "{client:?}");
            with_ca.unwrap();
        }
        None => {
            let err = https.unwrap_err().to_string();
            assert!(
                err.contains("an https:// endpoint needs a TLS backend"),
                "{err}"
            );
            let err = with_ca.unwrap_err().to_string();
            assert!(err.contains("without a TLS feature"), "{err}");
            Client::builder()
                .anonymous()
                .endpoint("http://127.0.0.1:9")
                .build()
                .unwrap();
        }
    }
}

#[test]
fn region_endpoints_are_per_service() {
    let client = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .build()
        .unwrap();
    assert_eq!(client.region(), Some("cn-north-4"));
    let mut parts = RequestParts::new();
    parts.path("project_id", "p");
    parts.path("thing_id", "t");
    parts.query("limit", &5_i32);
    let meta = meta("GET");
    let prepared = crate::http::transport::tests_support::prepare(&client, &meta, parts).unwrap();
    assert_eq!(
        prepared,
        "https://fake.cn-north-4.myhuaweicloud.com/v1/p/things/t?limit=5"
    );
    let client = Client::builder()
        .anonymous()
        .endpoint("https://gw.example.com:8443/base/")
        .build()
        .unwrap();
    let mut parts = RequestParts::new();
    parts.path("project_id", "p");
    parts.path("thing_id", "t");
    let prepared = crate::http::transport::tests_support::prepare(&client, &meta, parts).unwrap();
    assert_eq!(prepared, "https://gw.example.com:8443/base/v1/p/things/t");
}

#[test]
fn client_is_shareable_and_calls_are_send() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Client>();
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .build()
        .unwrap();
    let handle = Handle::new(&client);
    let fut = handle.send(thing::<Get>("t"));
    assert_send(&fut);
}

// A call's future is embedded in every caller's future and moved by `block_on` and `spawn` before it is pinned,
// so its size is part of each call's cost. The drs seed call's was 1,728 bytes before the attempt's state was
// trimmed (no request kept beside reqwest's handle, no outcome kept across the retry delay, no header map beside
// the response) and 1,280 after. Since calls return `Call`, the transport's state machine is boxed once per call
// and a `Call` holds the request, the client's `Arc` and options until the first poll, and that box. The box's
// future owns the client and options and prepares the request on its first poll, so it keeps the parts it was
// given (1,264 bytes against the 1,120 of a future that borrowed the client and was built from the prepared
// request). Measured against that, the owning one is as fast on the loopback round trip, and a wrapper that kept
// the borrowing one inside an owning async block was 1.2% slower (BENCHMARKS.md, change 25). Naming the operation
// and host in failures and the TLS hint's `implicit_https` add 24 bytes (1,288). Bodies that are not JSON add 136
// (1,424): the prepared body may be a stream and its content type an owned one (a multipart boundary), and an
// attempt carries the operation (which statuses are downloads) and the timeout a download's chunks get. Bounds, not
// exact sizes, so unrelated small changes do not break them.
#[cfg(feature = "drs")]
#[test]
fn call_futures_stay_small() {
    let client = Client::builder()
        .anonymous()
        .region("cn-north-4")
        .build()
        .unwrap();
    let drs = client.drs();
    let req =
        crate::drs::BatchStopJobsActionRequest::new(crate::drs::BatchStopJobActionReq::new(vec![]));
    let request_size = std::mem::size_of_val(&req);
    let call = drs.batch_stop_jobs_action(req);
    let size = std::mem::size_of_val(&call);
    assert!(size <= request_size + 32, "{size} bytes");
    let transport = crate::http::transport::execute(
        client.inner.clone(),
        <crate::drs::BatchStopJobsActionRequest as crate::__private::Operation>::META,
        Vec::new(),
        crate::wire::params::RequestParts::new(),
        None,
    );
    let size = std::mem::size_of_val(&transport);
    // Until its first poll the future holds the request's parts: the `from_context` query and header list, and the
    // body (bytes, a multipart form or a stream) with its content type.
    // While a response is awaited it also holds the start of the attempt (for the hooks' `elapsed`), the boxed
    // credentials a provider gave for the attempt (dropped once it is signed, so only a pointer) and its number.
    assert!(size <= 1504, "{size} bytes");
}

#[tokio::test]
async fn secrets_never_appear_in_debug_display_or_traces() {
    let capture = Capture::default();
    let logs = capture.0.clone();
    let dispatch = tracing::Dispatch::new(capture);
    let server = Server::start(vec![
        http(400, &[], r#"{"error_code":"E","error_msg":"m"}"#),
        Reply::Reset,
        ok_json(r#"{"id":1}"#),
    ])
    .await;
    let mut texts = Vec::new();
    {
        let _guard = tracing::dispatcher::set_default(&dispatch);
        for credentials in [
            basic(),
            TokenCredentials::new(AUTH_TOKEN)
                .with_project_id("p")
                .into(),
        ] {
            let builder = builder(&server).credentials(credentials);
            texts.push(format!("{builder:?}"));
            let client = builder.build().unwrap();
            texts.push(format!("{client:?}"));
            for _ in 0..3 {
                // Other tests hit the same callsites with no subscriber at all. A thread that was registering the
                // `call` span's callsite when this dispatcher appeared can store "never" after the rebuild that
                // `Dispatch::new` does (tracing-core computes a registration's interest before publishing it), and
                // the span then vanished in about a third of the runs once the JSON tests made the binary busier.
                // Recomputing right before each call closes that window in practice.
                tracing::callsite::rebuild_interest_cache();
                match Handle::new(&client).send(thing::<Get>("t")).await {
                    Ok(r) => texts.push(format!("{r:?}")),
                    Err(e) => texts.push(format!("{e} {e:?} {:?}", std::error::Error::source(&e))),
                }
            }
        }
    }
    let logs = logs.lock().unwrap().clone();
    assert!(logs.contains("operation=PutThing"), "{logs}");
    assert!(
        logs.contains("status=200")
            && logs.contains("attempts=1")
            && logs.contains("request_id=req-1"),
        "{logs}"
    );
    assert!(logs.contains("duration_ms="), "{logs}");
    assert_eq!(server.requests().len(), 6);
    for text in texts.iter().chain([&logs]) {
        assert_no_secrets(text);
    }
    assert_no_secrets(&format!("{:?}", basic()));

    // The capture really ran at TRACE: the signer's event is there (once per signed attempt), and what it
    // logs is only the algorithm, the date and a hash; never the Authorization header or the signature.
    assert_eq!(logs.matches("message=signed request").count(), 3, "{logs}");
    for at in logs.match_indices("string_to_sign=").map(|(i, _)| i) {
        let lines: Vec<&str> = logs[at + "string_to_sign=".len()..]
            .splitn(4, '\n')
            .collect();
        assert_eq!(lines[0], "SDK-HMAC-SHA256", "{logs}");
        assert!(
            crate::auth::signer::parse_sdk_date(lines[1]).is_some(),
            "{logs}"
        );
        let hash = lines[2].split(' ').next().unwrap_or("");
        assert!(
            hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
            "{logs}"
        );
    }
    assert!(
        logs.contains("method=GET") && logs.contains("path=/v1/{project_id}/things/{thing_id}"),
        "{logs}"
    );
    assert_eq!(logs.matches("message=call finished").count(), 5, "{logs}");
    assert_eq!(logs.matches("message=call failed").count(), 1, "{logs}");
    assert!(logs.contains("kind=transport"), "{logs}");
    for forbidden in ["Access=", "Signature=", "authorization", "Authorization"] {
        assert!(!logs.contains(forbidden), "{forbidden} in {logs}");
    }
}

/// Records every span field and event as text.
#[derive(Default)]
struct Capture(Arc<Mutex<String>>, std::sync::atomic::AtomicU64);

struct Writer<'a>(&'a mut String);

impl tracing::field::Visit for Writer<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn fmt::Debug) {
        self.0.push_str(&format!("{}={value:?} ", field.name()));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push_str(&format!("{}={value} ", field.name()));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut log = self.0.lock().unwrap();
        log.push_str(&format!("\nspan {} ", span.metadata().name()));
        span.record(&mut Writer(&mut log));
        tracing::span::Id::from_u64(self.1.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        values.record(&mut Writer(&mut self.0.lock().unwrap()));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut log = self.0.lock().unwrap();
        log.push_str("\nevent ");
        event.record(&mut Writer(&mut log));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

// ---------------------------------------------------------------- global credentials and `{domain_id}`

#[derive(Debug, Clone)]
struct DomainThing {
    domain_id: Option<String>,
    name: String,
}

impl Operation for DomainThing {
    type Output = Out;
    type Error = ThingError;
    const META: &'static OperationMeta = &OperationMeta {
        service: "fakeglobal",
        host: "iam.{domain}",
        scope: CredentialScope::Domain,
        name: "ShowDomainThing",
        method: "GET",
        path: "/v3/domains/{domain_id}/things/{name}",
        content_type: None,
        streamed: &[],
    };

    fn validate(&self, _: &mut Validator) {}

    fn encode(&self, r: &mut RequestParts) {
        r.path_or_context("domain_id", self.domain_id.as_ref(), "domain_id");
        r.path("name", &self.name);
    }

    fn decode(r: &RawResponse) -> Result<Result<Out, ThingError>, DecodeError> {
        <Thing<Get> as Operation>::decode(r)
    }
}

fn domain_thing() -> DomainThing {
    DomainThing {
        domain_id: None,
        name: "n 1".into(),
    }
}

#[tokio::test]
async fn global_credentials_fill_domain_id_and_sign_x_domain_id() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials(
            GlobalCredentials::new("AK-G", SK)
                .with_domain_id("dom-1")
                .with_security_token(SECURITY_TOKEN),
        )
        .build()
        .unwrap();
    Handle::new(&client).send(domain_thing()).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.path(), "/v3/domains/dom-1/things/n%201");
    assert_eq!(r.header("x-domain-id"), Some("dom-1"));
    assert_eq!(r.header("x-project-id"), None);
    assert_eq!(r.header("x-security-token"), Some(SECURITY_TOKEN));
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.starts_with(
            "SDK-HMAC-SHA256 Access=AK-G, SignedHeaders=host;x-domain-id;x-sdk-date;x-security-token, "
        ),
        "{auth}"
    );
    r.verify_signature("AK-G");

    // A value on the request wins; the header still carries the credentials' domain.
    let mut req = domain_thing();
    req.domain_id = Some("dom-2".into());
    Handle::new(&client).send(req).await.unwrap();
    let r = &server.requests()[1];
    assert_eq!(r.path(), "/v3/domains/dom-2/things/n%201");
    assert_eq!(r.header("x-domain-id"), Some("dom-1"));

    // Project-scoped credentials have no domain id: refused before sending.
    let client = builder(&server).credentials(basic()).build().unwrap();
    let err = Handle::new(&client).send(domain_thing()).await.unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        v.issues()[0].to_string(),
        "domain_id: required path parameter is missing: set it on the request or use credentials with a domain_id"
    );
    // The service is global: its calls carry X-Domain-Id, which the credentials cannot fill either.
    assert_eq!(
        v.issues()[1].to_string(),
        "X-Domain-Id: service fakeglobal is global and its calls carry the account (domain) id, but the credentials \
         have none: set it with GlobalCredentials::with_domain_id or BasicCredentials::with_domain_id (or \
         HUAWEICLOUD_SDK_DOMAIN_ID); unlike the official SDKs, this client does not look it up through IAM"
    );
    assert_eq!(v.issues().len(), 2);

    // A token with a domain id fills the path only (the token carries its scope).
    let client = builder(&server)
        .credentials(TokenCredentials::new(AUTH_TOKEN).with_domain_id("dom-3"))
        .build()
        .unwrap();
    Handle::new(&client).send(domain_thing()).await.unwrap();
    let r = &server.requests()[2];
    assert_eq!(r.path(), "/v3/domains/dom-3/things/n%201");
    assert_eq!(r.header("x-domain-id"), None);
    assert_eq!(r.header("x-auth-token"), Some(AUTH_TOKEN));
    assert_eq!(server.requests().len(), 3);
}

/// One client, both kinds of service: basic credentials with both ids send `X-Project-Id` on a regional call and
/// `X-Domain-Id` on a global one, never the other; global credentials send nothing on a regional call.
#[tokio::test]
async fn each_call_carries_its_own_services_scope_header() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let both = BasicCredentials::new("AK-TEST", SK)
        .with_project_id("proj-1")
        .with_domain_id("dom-1");
    let client = builder(&server).credentials(both).build().unwrap();
    let mut regional = thing::<Get>("t1");
    regional.project_id = Some("proj-1".into());
    Handle::new(&client).send(regional.clone()).await.unwrap();
    Handle::new(&client).send(domain_thing()).await.unwrap();
    let global = GlobalCredentials::new("AK-TEST", SK).with_domain_id("dom-1");
    let client = builder(&server).credentials(global).build().unwrap();
    Handle::new(&client).send(regional).await.unwrap();
    let seen: Vec<(String, Option<String>, Option<String>)> = server
        .requests()
        .iter()
        .map(|r| {
            r.verify_signature("AK-TEST");
            (
                r.path().to_owned(),
                r.header("x-project-id").map(str::to_owned),
                r.header("x-domain-id").map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("/v1/proj-1/things/t1".into(), Some("proj-1".into()), None),
            (
                "/v3/domains/dom-1/things/n%201".into(),
                None,
                Some("dom-1".into())
            ),
            ("/v1/proj-1/things/t1".into(), None, None),
        ]
    );
}

/// An operation with `from_context` query and header parameters, as `generate!` writes its `encode`; its header
/// `X-Project-Id` is a declared parameter too.
#[derive(Debug, Clone, Default)]
struct ContextThing {
    domain_id: Option<String>,
    project_header: Option<String>,
    owner: Option<String>,
}

impl Operation for ContextThing {
    type Output = Out;
    type Error = ThingError;
    const META: &'static OperationMeta = &OperationMeta {
        service: "fakeglobal",
        host: "iam.{domain}",
        scope: CredentialScope::Domain,
        name: "ListContextThings",
        method: "GET",
        path: "/v3/things",
        content_type: None,
        streamed: &[],
    };

    fn encode(&self, r: &mut RequestParts) {
        r.query_or_context("domain_id", self.domain_id.as_ref(), "domain_id", true);
        r.header_or_context(
            "X-Project-Id",
            self.project_header.as_ref(),
            "project_id",
            false,
        );
        r.query_or_context("owner", self.owner.as_ref(), "project_id", false);
    }

    fn decode(r: &RawResponse) -> Result<Result<Out, ThingError>, DecodeError> {
        <Thing<Get> as Operation>::decode(r)
    }
}

#[tokio::test]
async fn from_context_fills_query_and_header_parameters() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let creds = || {
        BasicCredentials::new("AK-TEST", SK)
            .with_project_id("proj-1")
            .with_domain_id("dom-1")
    };
    let client = builder(&server).credentials(creds()).build().unwrap();
    Handle::new(&client)
        .send(ContextThing::default())
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.query(), "domain_id=dom-1&owner=proj-1");
    // The declared header filled from the project id; the scope header of this global service is X-Domain-Id.
    assert_eq!(r.header("x-project-id"), Some("proj-1"));
    assert_eq!(r.header("x-domain-id"), Some("dom-1"));
    r.verify_signature("AK-TEST");

    // Values set on the request win, also over the credentials' own scope header.
    let req = ContextThing {
        domain_id: Some("dom-2".into()),
        project_header: Some("proj-2".into()),
        owner: Some("me".into()),
    };
    Handle::new(&client).send(req).await.unwrap();
    let r = &server.requests()[1];
    assert_eq!(r.query(), "domain_id=dom-2&owner=me");
    assert_eq!(r.header("x-project-id"), Some("proj-2"));
    assert_eq!(r.header("x-domain-id"), Some("dom-1"));
    r.verify_signature("AK-TEST");

    // A call option naming the scope header wins too (the credentials' id is not added over it).
    let opts = CallOptions::new().header("X-Domain-Id", "dom-9");
    Handle::new(&client)
        .with_options(opts)
        .send(ContextThing::default())
        .await
        .unwrap();
    let r = &server.requests()[2];
    assert_eq!(r.header("x-domain-id"), Some("dom-9"));
    r.verify_signature("AK-TEST");

    // Without the ids: the required query parameter is missing, the optional ones are left out; a token fills
    // parameters but sends no scope header.
    let client = builder(&server)
        .credentials(TokenCredentials::new(AUTH_TOKEN).with_project_id("proj-3"))
        .build()
        .unwrap();
    let err = Handle::new(&client)
        .send(ContextThing::default())
        .await
        .unwrap_err();
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
    assert_eq!(
        issues,
        [
            "domain_id: required query parameter is missing: set it on the request or use credentials with a domain_id"
        ]
    );
    let req = ContextThing {
        domain_id: Some("dom-4".into()),
        ..ContextThing::default()
    };
    Handle::new(&client).send(req).await.unwrap();
    let r = &server.requests()[3];
    assert_eq!(r.query(), "domain_id=dom-4&owner=proj-3");
    assert_eq!(r.header("x-project-id"), Some("proj-3"));
    assert_eq!(r.header("x-domain-id"), None);
    assert_eq!(server.requests().len(), 4);
}

/// Where each kind of service is reached in a region: a regional one at `<prefix>.<region>.<domain>`, a global one
/// at its own host whatever the region (the region still picks the domain); `.endpoint` and `.service_endpoint`
/// override both.
#[test]
fn hosts_per_service_kind() {
    let prepare = crate::http::transport::tests_support::prepare;
    let url = |client: &Client, meta: &'static OperationMeta| {
        let mut parts = RequestParts::new();
        parts.path("project_id", "p");
        parts.path("thing_id", "t");
        prepare(client, meta, parts).unwrap()
    };
    let region = |r: &str| Client::builder().anonymous().region(r).build().unwrap();
    let regional = <Thing<Get> as Operation>::META;
    let global = ContextThing::META;
    let c = region("cn-north-4");
    assert_eq!(
        url(&c, regional),
        "https://fake.cn-north-4.myhuaweicloud.com/v1/p/things/t"
    );
    assert_eq!(url(&c, global), "https://iam.myhuaweicloud.com/v3/things");
    let c = region("eu-west-101");
    assert_eq!(
        url(&c, regional),
        "https://fake.eu-west-101.myhuaweicloud.eu/v1/p/things/t"
    );
    assert_eq!(url(&c, global), "https://iam.myhuaweicloud.eu/v3/things");
    let c = Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:8080/gw")
        .build()
        .unwrap();
    assert_eq!(url(&c, global), "http://127.0.0.1:8080/gw/v3/things");
    assert_eq!(url(&c, regional), "http://127.0.0.1:8080/gw/v1/p/things/t");
}

// ---------------------------------------------------------------- endpoints of the real services

// These need every service compiled in (the default features).
#[cfg(all_services)]
mod seed_services {
    use super::*;

    /// Parts with every `{name}` of the template set to `x`.
    fn parts_for(meta: &'static OperationMeta) -> RequestParts {
        let mut parts = RequestParts::new();
        let mut rest = meta.path;
        while let Some(open) = rest.find('{') {
            let len = rest[open..].find('}').unwrap();
            parts.path(&rest[open + 1..open + len], "x");
            rest = &rest[open + len + 1..];
        }
        parts
    }

    #[test]
    fn every_service_is_reached_at_its_own_host_prefix() {
        // Facts from the official SDKs' region tables, for the services whose host is not `<name>.<region>.<domain>`;
        // the loop below covers every compiled service, so a new spec file needs no edit here.
        let known = [
            ("dataarts", "dayu.{region}.{domain}"),
            ("dlf", "dayu-dlf.{region}.{domain}"),
            ("workspaceapp", "appstream.{region}.{domain}"),
            ("swr", "swr-api.{region}.{domain}"),
            ("iam", "iam.{domain}"),
        ];
        for (service, host) in known {
            let svc = crate::SERVICES
                .iter()
                .find(|s| s.name == service)
                .unwrap_or_else(|| panic!("service {service} is generated"));
            assert_eq!(svc.host, host);
        }
        let prepare = crate::http::transport::tests_support::prepare;
        for region in ["cn-north-4", "ap-southeast-1"] {
            let client = Client::builder()
                .anonymous()
                .region(region)
                .build()
                .unwrap();
            for svc in crate::SERVICES {
                // A regional service's template names the region; a global one's (`iam.{domain}`) does not.
                let host = svc
                    .host
                    .replace("{region}", region)
                    .replace("{domain}", "myhuaweicloud.com");
                assert!(!svc.operations.is_empty());
                let scope = svc.operations[0].scope;
                for meta in svc.operations {
                    assert_eq!(meta.host, svc.host);
                    assert_eq!(meta.scope, scope, "one credential scope per service");
                    let url = prepare(&client, meta, parts_for(meta)).unwrap();
                    assert!(url.starts_with(&format!("https://{host}/")), "{url}");
                }
            }
        }
        let client = Client::builder()
            .anonymous()
            .region("eu-west-101")
            .build()
            .unwrap();
        let meta = crate::SERVICES
            .iter()
            .find(|s| s.name == "ges")
            .unwrap()
            .operations[0];
        let url = prepare(&client, meta, parts_for(meta)).unwrap();
        assert!(
            url.starts_with("https://ges.eu-west-101.myhuaweicloud.eu/"),
            "{url}"
        );
    }

    #[test]
    fn service_endpoints_override_region_and_endpoint() {
        let prepare = crate::http::transport::tests_support::prepare;
        let meta_of = |service: &str| {
            crate::SERVICES
                .iter()
                .find(|s| s.name == service)
                .unwrap()
                .operations[0]
        };
        let (ges, dlf) = (meta_of("ges"), meta_of("dlf"));

        let client = Client::builder()
            .anonymous()
            .region("cn-north-4")
            .service_endpoint("ges", "http://127.0.0.1:8080")
            .service_endpoint("ges", "ges.private.example/gw/")
            .build()
            .unwrap();
        // Replaced, and https unless http:// is written out.
        let url = prepare(&client, ges, parts_for(ges)).unwrap();
        assert!(
            url.starts_with("https://ges.private.example/gw/v2/"),
            "{url}"
        );
        let url = prepare(&client, dlf, parts_for(dlf)).unwrap();
        assert!(
            url.starts_with("https://dayu-dlf.cn-north-4.myhuaweicloud.com/v1/"),
            "{url}"
        );
        assert!(format!("{client:?}").contains("ges.private.example"));

        let client = Client::builder()
            .anonymous()
            .endpoint("http://127.0.0.1:9000")
            .service_endpoint("dlf", "http://127.0.0.1:9001")
            .build()
            .unwrap();
        let url = prepare(&client, ges, parts_for(ges)).unwrap();
        assert!(url.starts_with("http://127.0.0.1:9000/v2/"), "{url}");
        let url = prepare(&client, dlf, parts_for(dlf)).unwrap();
        assert!(url.starts_with("http://127.0.0.1:9001/v1/"), "{url}");

        // Only service endpoints: other services have none, which a call reports before sending anything.
        let client = Client::builder()
            .anonymous()
            .service_endpoint("ges", "http://127.0.0.1:9000")
            .build()
            .unwrap();
        assert_eq!(client.region(), None);
        assert!(prepare(&client, ges, parts_for(ges)).is_ok());
        let Err(crate::http::error::Failure::Transport(t)) = prepare(&client, dlf, parts_for(dlf))
        else {
            panic!("dlf has no endpoint")
        };
        assert_eq!(t.kind(), TransportErrorKind::Endpoint);
        assert!(t.message().contains("no endpoint for service dlf"), "{t}");

        let err = Client::builder()
            .anonymous()
            .region("cn-north-4")
            .service_endpoint("gse", "https://x.example")
            .build()
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown service \"gse\" for a service endpoint (known: "),
            "{err}"
        );
        let err = Client::builder()
            .anonymous()
            .region("cn-north-4")
            .service_endpoint("ges", "ftp://x.example")
            .build()
            .unwrap_err();
        assert!(
            err.to_string().contains("service ges: invalid endpoint"),
            "{err}"
        );
    }
}

// ---------------------------------------------------------------- response headers holding credentials

#[tokio::test]
async fn credential_response_headers_are_hidden_from_debug() {
    let server = Server::start(vec![http(
        200,
        &[
            ("X-Subject-Token", AUTH_TOKEN),
            ("Set-Cookie", "session=SECURITYTOKEN-91be"),
            ("X-Request-Id", "tok"),
        ],
        r#"{"id":1}"#,
    )])
    .await;
    let client = builder(&server).build().unwrap();
    let mut req = thing::<Get>("t");
    req.project_id = Some("p".into());
    let resp = Handle::new(&client).send(req).await.unwrap();
    // Readable on purpose, never by accident.
    assert_eq!(resp.headers().get("x-subject-token").unwrap(), AUTH_TOKEN);
    let shown = format!("{resp:?} {:?}", resp.headers());
    assert_no_secrets(&shown);
    assert!(
        shown.contains("Sensitive") && shown.contains("tok"),
        "{shown}"
    );
}

// ---------------------------------------------------------------- connect timeout

/// A listener that never accepts, with its accept queue filled: the kernel drops further SYNs, so a new
/// connection attempt hangs in connect until the client's connect timeout. Keep all three alive for the test.
async fn unanswerable_listener() -> (TcpListener, Vec<TcpStream>, SocketAddr) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..8 {
        match tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr)).await {
            Ok(Ok(s)) => fillers.push(s),
            _ => break,
        }
    }
    (listener, fillers, addr)
}

#[tokio::test]
async fn per_call_connect_timeout_overrides_the_clients() {
    // The client's connect timeout is long, the call's is short.
    let (listener, fillers, addr) = unanswerable_listener().await;
    let client = Client::builder()
        .anonymous()
        .endpoint(format!("http://{addr}"))
        .no_proxy()
        .connect_timeout(Duration::from_secs(30))
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let mut req = thing::<Post>("t");
    req.project_id = Some("p".into());
    let started = Instant::now();
    let options = CallOptions::new().connect_timeout(Duration::from_millis(120));
    let err = Handle::new(&client)
        .with_options(options)
        .send(req)
        .await
        .unwrap_err();
    let Error::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    assert!(t.is_connect(), "{err}");
    assert_eq!(t.duration(), Duration::from_millis(120));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    drop((listener, fillers));
}

#[tokio::test]
async fn connect_timeout_fires_and_counts_as_not_sent() {
    let (listener, fillers, addr) = unanswerable_listener().await;
    let client = Client::builder()
        .anonymous()
        .endpoint(format!("http://{addr}"))
        .no_proxy()
        .connect_timeout(Duration::from_millis(150))
        .timeout(Duration::from_secs(5))
        .retry(fast_retries())
        .build()
        .unwrap();
    let mut req = thing::<Post>("t");
    req.project_id = Some("p".into());
    let started = Instant::now();
    let err = Handle::new(&client).send(req).await.unwrap_err();
    let Error::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    // Not sent, so even a POST was retried; each attempt waited for the connect timeout only.
    assert!(t.is_connect(), "{err}");
    assert_eq!(
        (t.duration(), t.attempts()),
        (Duration::from_millis(150), 3)
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        err.to_string(),
        format!("connect timed out after 150ms for fake.PutThing at {addr} after 3 attempts")
    );
    drop((listener, fillers));
}

mod providers_and_hooks;
