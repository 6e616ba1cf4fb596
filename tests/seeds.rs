//! Loopback tests for the five seed pages (`../shared/seeds/`), built from the pages' examples as the specs
//! record them (`SERVICE.spec_json`).
//!
//! Each test starts a tiny axum server on 127.0.0.1 that records every request exactly as it arrived (method,
//! raw path, raw query, all headers, body bytes) and answers with a status, headers and body the test chooses.
//! The tests then check
//! - the request on the wire is what the page documents (method, path with the page's example values, headers,
//!   JSON body equal in value to the page's request example),
//! - the page's example response decodes to the expected typed value, keeping `X-Request-Id`,
//! - every documented error status decodes into its typed variant, an undocumented one into `Unhandled`,
//! - int64 values above 2^53 arrive exactly, client-side validation refuses bad values before sending,
//!   path values are percent-encoded as one segment, and AK/SK signing covers what is sent.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use generated_client::{
    BasicCredentials, Client, Credentials, Error, OperationError, TokenCredentials,
};
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use spec_core::model::Endpoint;

// ---------------------------------------------------------------------------------------------------------------
// The capture server
// ---------------------------------------------------------------------------------------------------------------

/// One request as the server received it.
#[derive(Debug, Clone)]
struct Captured {
    method: String,
    /// The raw (still percent-encoded) path.
    path: String,
    /// The raw query, if the request line had a `?`.
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Captured {
    /// The only value of header `name`; panics if it is repeated.
    fn header(&self, name: &str) -> Option<&str> {
        let all: Vec<&HeaderValue> = self.headers.get_all(name).iter().collect();
        assert!(all.len() <= 1, "header {name} is repeated: {all:?}");
        all.first()
            .map(|v| v.to_str().expect("header value is visible ASCII"))
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "request body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn body_text(&self) -> &str {
        std::str::from_utf8(&self.body).expect("request body is UTF-8")
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    /// A JSON body (`Content-Type: application/json`) with an `X-Request-Id`.
    fn json(status: u16, body: &Value, request_id: &str) -> Self {
        Reply {
            status,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                ("X-Request-Id".into(), request_id.into()),
            ],
            body: serde_json::to_vec(body).expect("reply serializes"),
        }
    }

    /// No body, with an `X-Request-Id`.
    fn empty(status: u16, request_id: &str) -> Self {
        Reply {
            status,
            headers: vec![("X-Request-Id".into(), request_id.into())],
            body: Vec::new(),
        }
    }
}

#[derive(Clone)]
struct Shared {
    requests: Arc<Mutex<Vec<Captured>>>,
    reply: Arc<Mutex<Reply>>,
}

struct CaptureServer {
    url: String,
    host: String,
    shared: Shared,
    task: tokio::task::JoinHandle<()>,
}

impl CaptureServer {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let shared = Shared {
            requests: Arc::default(),
            reply: Arc::new(Mutex::new(Reply::json(
                599,
                &json!({"error_code": "TEST.0000", "error_msg": "no reply configured"}),
                "unset",
            ))),
        };
        // One fallback handler: no routing, so every request is recorded exactly as it came.
        let app = axum::Router::new()
            .fallback(capture)
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.expect("capture server");
        });
        CaptureServer {
            url: format!("http://{addr}"),
            host: addr.to_string(),
            shared,
            task,
        }
    }

    fn reply(&self, reply: Reply) {
        *self.shared.reply.lock().unwrap() = reply;
    }

    /// Every request received since the last call.
    fn take(&self) -> Vec<Captured> {
        std::mem::take(&mut *self.shared.requests.lock().unwrap())
    }

    /// The one request received since the last call.
    fn take_one(&self) -> Captured {
        let mut all = self.take();
        assert_eq!(all.len(), 1, "expected exactly one request, got {all:#?}");
        all.remove(0)
    }

    /// A client for this server, with bounded timeouts and no proxy.
    fn client(&self, credentials: impl Into<Credentials>) -> Client {
        Client::builder()
            .endpoint(self.url.clone())
            .credentials(credentials)
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .expect("client builds")
    }
}

impl Drop for CaptureServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn capture(State(shared): State<Shared>, req: Request) -> axum::response::Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20)
        .await
        .expect("request body readable");
    shared.requests.lock().unwrap().push(Captured {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    });
    let reply = shared.reply.lock().unwrap().clone();
    let mut response = axum::response::Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).expect("valid status");
    for (name, value) in reply.headers {
        response.headers_mut().append(
            HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            HeaderValue::from_str(&value).expect("header value"),
        );
    }
    response
}

// ---------------------------------------------------------------------------------------------------------------
// The specs' examples
// ---------------------------------------------------------------------------------------------------------------

const TOKEN: &str = "MIIXtest-iam-token";

/// The single endpoint of a service's model.
fn endpoint(spec_json: &str) -> Endpoint {
    let spec: spec_core::model::Service =
        serde_json::from_str(spec_json).expect("the model's JSON");
    assert_eq!(spec.endpoints.len(), 1, "each seed spec has one endpoint");
    spec.endpoints[0].clone()
}

/// The example of parameter `name`.
fn param_example<'a>(ep: &'a Endpoint, name: &str) -> &'a Value {
    ep.params
        .iter()
        .find(|p| p.wire == name)
        .and_then(|p| p.schema.example.as_ref())
        .unwrap_or_else(|| panic!("parameter {name} has an example"))
}

/// The request body's example.
fn request_example(ep: &Endpoint) -> &Value {
    ep.request
        .as_ref()
        .and_then(|r| r.example.as_ref())
        .expect("a request example")
}

/// The string at JSON pointer `ptr`.
fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {ptr}"))
}

/// The example of path parameter `name`.
fn path_example<'a>(ep: &'a Endpoint, name: &str) -> &'a Value {
    param_example(ep, name)
}

/// The example body of response `status`.
fn response_example(ep: &Endpoint, status: u16) -> Value {
    ep.response(status)
        .and_then(|r| r.example.clone())
        .unwrap_or_else(|| panic!("response {status} has an example"))
}

/// The path template with each `{name}` replaced (values must already be URL-safe).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        let key = format!("{{{name}}}");
        assert!(out.contains(&key), "{template} has no {key}");
        out = out.replace(&key, value);
    }
    assert!(!out.contains('{'), "unfilled parameter in {out}");
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Assertions shared by the seeds
// ---------------------------------------------------------------------------------------------------------------

/// Token authentication: `X-Auth-Token` and nothing of AK/SK signing.
fn assert_token_auth(c: &Captured) {
    assert_eq!(c.header("x-auth-token"), Some(TOKEN));
    assert_eq!(c.header("authorization"), None);
    assert_eq!(c.header("x-sdk-date"), None);
}

/// A JSON body: `Content-Type: application/json`, a length, and the body equal in value to `expected`.
fn assert_json_body(c: &Captured, expected: &Value) {
    assert_eq!(c.header("content-type"), Some("application/json"));
    assert_eq!(c.header("transfer-encoding"), None);
    assert_eq!(
        c.header("content-length"),
        Some(c.body.len().to_string().as_str())
    );
    assert_eq!(&c.json(), expected, "body {:?}", c.body_text());
}

/// No body at all: no content type, nothing sent.
fn assert_no_body(c: &Captured) {
    assert!(c.body.is_empty(), "unexpected body {:?}", c.body_text());
    assert_eq!(c.header("content-type"), None);
    assert_eq!(c.header("transfer-encoding"), None);
    assert!(
        matches!(c.header("content-length"), None | Some("0")),
        "{:?}",
        c.header("content-length")
    );
}

/// The outer error is a service error with these status, code, message and request id.
fn assert_service_error<E: Debug>(
    err: &Error<E>,
    status: u16,
    code: Option<&str>,
    message: Option<&str>,
    request_id: &str,
) {
    assert!(matches!(err, Error::Service(_)), "{err:?}");
    assert_eq!(err.status(), Some(status), "{err:?}");
    assert_eq!(err.code(), code, "{err:?}");
    assert_eq!(err.message(), message, "{err:?}");
    assert_eq!(err.request_id(), Some(request_id), "{err:?}");
    let shown = err.to_string();
    assert!(shown.contains(&status.to_string()), "{shown}");
    if let Some(code) = code {
        assert!(shown.contains(code), "{shown}");
    }
}

/// An undocumented 418 decoded into the operation's `Unhandled` variant, keeping status, code and message.
fn assert_unhandled_teapot<E: OperationError + Debug>(err: Error<E>) {
    let typed = err.into_service_error().expect("a service error");
    assert!(!typed.is_documented(), "expected Unhandled, got {typed:?}");
    assert_eq!(
        (typed.status(), typed.code(), typed.message()),
        (418, Some("X.1"), Some("teapot"))
    );
    let parts = typed.parts();
    assert_eq!(
        (parts.status, parts.code, parts.message, parts.documented),
        (418, Some("X.1"), Some("teapot"), false)
    );
    assert_eq!(typed.to_string(), "status 418, code X.1: teapot");
}

/// The validation issues of a call refused before sending, as `path: message`.
fn validation_issues<E: Debug>(err: &Error<E>) -> Vec<String> {
    match err {
        Error::Validation(v) => {
            assert_eq!(err.status(), None);
            assert_eq!(err.request_id(), None);
            v.issues().iter().map(ToString::to_string).collect()
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// The body the tests answer an undocumented status with.
fn teapot() -> Value {
    json!({"error_code": "X.1", "error_msg": "teapot"})
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let escape = (b[i] == b'%' && i + 2 < b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escape {
            out.push(byte);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Percent-encodes everything outside RFC 3986 unreserved characters, uppercase hex (the SDKs' rule).
fn encode_component(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Recomputes the `SDK-HMAC-SHA256` signature from the request as received, independently of the runtime's
/// signer, and checks it matches the `Authorization` header. Returns the signed header names.
fn verify_sdk_signature(c: &Captured, access_key: &str, secret_key: &str) -> Vec<String> {
    let authorization = c.header("authorization").expect("Authorization header");
    let rest = authorization
        .strip_prefix("SDK-HMAC-SHA256 ")
        .unwrap_or_else(|| panic!("{authorization}"));
    let mut access = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(", ") {
        let (k, v) = part.split_once('=').expect("key=value");
        match k {
            "Access" => access = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            other => panic!("unexpected {other} in {authorization}"),
        }
    }
    assert_eq!(access, Some(access_key));
    let signed: Vec<String> = signed
        .expect("SignedHeaders")
        .split(';')
        .map(str::to_owned)
        .collect();
    let mut sorted = signed.clone();
    sorted.sort();
    assert_eq!(signed, sorted, "signed headers are sorted");

    let mut canonical_headers = String::new();
    for name in &signed {
        let values: Vec<&str> = c
            .headers
            .get_all(name.as_str())
            .iter()
            .map(|v| v.to_str().expect("ascii").trim())
            .collect();
        assert!(!values.is_empty(), "signed header {name} was not sent");
        canonical_headers.push_str(&format!("{name}:{}\n", values.join(",")));
    }
    // As the official signers do (Python's signer.py `_process_canonical_uri`: `unquote` the whole path, then split):
    // an encoded `/` inside a value separates segments in the string to sign.
    let mut canonical_uri = percent_decode(&c.path)
        .split(|&b| b == b'/')
        .map(encode_component)
        .collect::<Vec<_>>()
        .join("/");
    if !canonical_uri.ends_with('/') {
        canonical_uri.push('/');
    }
    assert_eq!(c.query, None, "the seeds send no query");
    let payload_hash = match c.header("x-sdk-content-sha256") {
        Some(v) => v.to_owned(),
        None => hex::encode(Sha256::digest(&c.body)),
    };
    let canonical_request = format!(
        "{}\n{canonical_uri}\n\n{canonical_headers}\n{}\n{payload_hash}",
        c.method,
        signed.join(";")
    );
    let date = c.header("x-sdk-date").expect("X-Sdk-Date");
    let string_to_sign = format!(
        "SDK-HMAC-SHA256\n{date}\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(secret_key.as_bytes()).expect("hmac key");
    mac.update(string_to_sign.as_bytes());
    let expected = hex::encode(mac.finalize().into_bytes());
    assert_eq!(
        signature,
        Some(expected.as_str()),
        "signature mismatch; canonical request:\n{canonical_request}"
    );
    signed
}

fn assert_sdk_date(c: &Captured) {
    let date = c.header("x-sdk-date").expect("X-Sdk-Date");
    let b = date.as_bytes();
    assert_eq!(b.len(), 16, "{date}");
    assert!(
        b.iter().enumerate().all(|(i, ch)| match i {
            8 => *ch == b'T',
            15 => *ch == b'Z',
            _ => ch.is_ascii_digit(),
        }),
        "X-Sdk-Date {date} is not YYYYMMDDTHHMMSSZ"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 003: GES StopGraph
// ---------------------------------------------------------------------------------------------------------------

mod ges {
    use super::*;
    use generated_client::ges::{SERVICE, StopGraphError, StopGraphRequest};

    struct Page {
        ep: Endpoint,
        project_id: String,
        graph_id: String,
    }

    fn page() -> Page {
        let ep = endpoint(SERVICE.spec_json);
        // The page: `POST /v2/{project_id}/graphs/{graph_id}/stop`.
        assert_eq!(ep.method.as_str(), "POST");
        assert_eq!(ep.path.as_str(), "/v2/{project_id}/graphs/{graph_id}/stop");
        let project_id = path_example(&ep, "project_id").as_str().unwrap().to_owned();
        let graph_id = path_example(&ep, "graph_id").as_str().unwrap().to_owned();
        Page {
            ep,
            project_id,
            graph_id,
        }
    }

    #[tokio::test]
    async fn request_on_the_wire_and_example_response() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "ges-req-200",
        ));

        let resp = client
            .ges()
            .stop_graph(StopGraphRequest::new(&page.graph_id).project_id(&page.project_id))
            .await
            .expect("200 decodes");

        let c = server.take_one();
        assert_eq!(c.method, "POST");
        assert_eq!(
            c.path,
            fill(
                page.ep.path.as_str(),
                &[
                    ("project_id", &page.project_id),
                    ("graph_id", &page.graph_id)
                ]
            )
        );
        assert_eq!(c.query, None);
        assert_token_auth(&c);
        // The page's example request body is `{ }`.
        let example = request_example(&page.ep);
        assert_eq!(example, &json!({}));
        assert_json_body(&c, example);
        assert_eq!(c.body_text(), "{}");
        assert_eq!(c.header("host"), Some(server.host.as_str()));

        assert_eq!(resp.status(), 200);
        assert_eq!(resp.request_id(), Some("ges-req-200"));
        assert_eq!(
            resp.job_id.as_deref(),
            Some("ff8080816025a0a1016025a5a2700007")
        );
    }

    #[tokio::test]
    async fn documented_error_statuses_decode_into_their_variants() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        let ges = client.ges();
        let call = || ges.stop_graph(StopGraphRequest::new(&page.graph_id));

        // 400 with the page's example body.
        server.reply(Reply::json(
            400,
            &response_example(&page.ep, 400),
            "ges-req-400",
        ));
        let err = call().await.expect_err("400 is an error");
        server.take_one();
        assert_service_error(
            &err,
            400,
            Some("GES.7001"),
            Some("The graph is not running."),
            "ges-req-400",
        );
        match err.into_service_error() {
            Some(StopGraphError::BadRequest(body)) => {
                assert_eq!(body.error_code.as_deref(), Some("GES.7001"));
                assert_eq!(body.error_msg.as_deref(), Some("The graph is not running."));
            }
            other => panic!("expected BadRequest, got {other:?}"),
        }

        // 401/403/404/500/503 have no documented body: unit variants, with or without a body on the wire.
        let unit = [401u16, 403, 404, 500, 503];
        for status in unit {
            for with_body in [false, true] {
                let request_id = format!("ges-req-{status}-{with_body}");
                let code = format!("GES.{status}1");
                if with_body {
                    server.reply(Reply::json(
                        status,
                        &json!({"error_code": code, "error_msg": "documented without a body"}),
                        &request_id,
                    ));
                } else {
                    server.reply(Reply::empty(status, &request_id));
                }
                let err = call().await.expect_err("error status");
                server.take_one();
                let (code, message) = if with_body {
                    (Some(code.as_str()), Some("documented without a body"))
                } else {
                    (None, None)
                };
                assert_service_error(&err, status, code, message, &request_id);
                let typed = err.into_service_error().expect("service error");
                assert_eq!(typed.status(), status);
                assert_eq!(typed.code(), None, "unit variants carry no body");
                let expected = match status {
                    401 => StopGraphError::Unauthorized,
                    403 => StopGraphError::Forbidden,
                    404 => StopGraphError::NotFound,
                    500 => StopGraphError::InternalServerError,
                    503 => StopGraphError::ServiceUnavailable,
                    _ => unreachable!(),
                };
                assert_eq!(typed, expected, "status {status} (body: {with_body})");
            }
        }
    }

    #[tokio::test]
    async fn undocumented_status_is_unhandled() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(418, &teapot(), "ges-req-418"));
        let err = client
            .ges()
            .stop_graph(StopGraphRequest::new(&page.graph_id).project_id(&page.project_id))
            .await
            .expect_err("418 is an error");
        server.take_one();
        assert_service_error(&err, 418, Some("X.1"), Some("teapot"), "ges-req-418");
        match err.into_service_error() {
            Some(StopGraphError::Unhandled(u)) => {
                assert_eq!(u.status(), 418);
                assert_eq!(u.code(), Some("X.1"));
                assert_eq!(u.message(), Some("teapot"));
                assert_eq!(u.request_id(), Some("ges-req-418"));
                assert_eq!(
                    serde_json::from_slice::<Value>(u.raw_body()).unwrap(),
                    teapot()
                );
            }
            other => panic!("expected Unhandled, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn project_id_constraints_are_checked_before_sending() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(200, &response_example(&page.ep, 200), "unused"));

        // The page: up to 64 characters.
        let too_long = "a".repeat(65);
        let err = client
            .ges()
            .stop_graph(StopGraphRequest::new(&page.graph_id).project_id(too_long))
            .await
            .expect_err("65 characters are refused");
        let issues = validation_issues(&err);
        assert_eq!(
            issues,
            ["project_id: length 65 exceeds max_length 64"],
            "{err}"
        );
        assert!(err.to_string().contains("project_id"), "{err}");

        // The page: only letters and digits.
        let err = client
            .ges()
            .stop_graph(StopGraphRequest::new(&page.graph_id).project_id("abc-123"))
            .await
            .expect_err("a hyphen is refused");
        let issues = validation_issues(&err);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].starts_with("project_id: "), "{issues:?}");
        assert!(issues[0].contains("pattern"), "{issues:?}");
        assert!(issues[0].contains("^[A-Za-z0-9]+$"), "{issues:?}");

        // 64 letters and digits are fine.
        let ok = "a1".repeat(32);
        client
            .ges()
            .stop_graph(StopGraphRequest::new(&page.graph_id).project_id(&ok))
            .await
            .expect("64 alphanumerics are accepted");
        let c = server.take_one();
        assert_eq!(
            c.path,
            format!("/v2/{ok}/graphs/{}/stop", page.graph_id),
            "only the valid call was sent"
        );
    }

    #[tokio::test]
    async fn graph_id_is_one_percent_encoded_segment() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "ges-enc",
        ));

        let graph_id = "a/b c?d#e%f&g=h 一";
        client
            .ges()
            .stop_graph(StopGraphRequest::new(graph_id).project_id(&page.project_id))
            .await
            .expect("call succeeds");
        let c = server.take_one();
        assert_eq!(c.query, None, "`?` and `#` stay inside the segment");
        let segments: Vec<&str> = c.path.split('/').collect();
        assert_eq!(
            segments.len(),
            6,
            "/v2/<project>/graphs/<graph>/stop: {}",
            c.path
        );
        assert_eq!(
            segments[..4],
            ["", "v2", page.project_id.as_str(), "graphs"]
        );
        assert_eq!(segments[5], "stop");
        let encoded = segments[4];
        assert!(
            encoded
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~%!$&'()*+,;=:@".contains(&b)),
            "not a valid encoded segment: {encoded}"
        );
        assert!(
            !encoded.contains(['/', '?', '#', ' ']),
            "not encoded: {encoded}"
        );
        assert_eq!(
            String::from_utf8(percent_decode(encoded)).unwrap(),
            graph_id,
            "decodes back exactly from {encoded}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 000: DataArts Studio DQC BatchStopQualityInstances
// ---------------------------------------------------------------------------------------------------------------

mod dataarts {
    use super::*;
    use generated_client::dataarts::{
        BatchStopQualityInstancesError, BatchStopQualityInstancesRequest, SERVICE,
    };

    struct Page {
        ep: Endpoint,
        project_id: String,
        workspace: String,
        instance_ids: Vec<i64>,
    }

    fn page() -> Page {
        let ep = endpoint(SERVICE.spec_json);
        // The page: `POST /v2/{project_id}/quality/instances/batch-stop`.
        assert_eq!(ep.method.as_str(), "POST");
        assert_eq!(
            ep.path.as_str(),
            "/v2/{project_id}/quality/instances/batch-stop"
        );
        let project_id = path_example(&ep, "project_id").as_str().unwrap().to_owned();
        let workspace = param_example(&ep, "workspace").as_str().unwrap().to_owned();
        let instance_ids = request_example(&ep)
            .as_array()
            .expect("the example body is a bare array")
            .iter()
            .map(|v| v.as_i64().expect("int64 example"))
            .collect();
        Page {
            ep,
            project_id,
            workspace,
            instance_ids,
        }
    }

    #[tokio::test]
    async fn request_on_the_wire_and_example_response() {
        let page = page();
        assert_eq!(
            page.instance_ids,
            [1_317_151_269_261_262_848, 1_317_151_258_234_322_945],
            "the page's example IDs, exactly"
        );
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "dqc-req-200",
        ));

        let resp = client
            .dataarts()
            .batch_stop_quality_instances(
                BatchStopQualityInstancesRequest::new(&page.workspace, page.instance_ids.clone())
                    .project_id(&page.project_id),
            )
            .await
            .expect("200 decodes");

        let c = server.take_one();
        assert_eq!(c.method, "POST");
        assert_eq!(
            c.path,
            fill(page.ep.path.as_str(), &[("project_id", &page.project_id)])
        );
        assert_eq!(c.query, None);
        assert_eq!(c.header("workspace"), Some(page.workspace.as_str()));
        assert_token_auth(&c);
        assert_json_body(&c, request_example(&page.ep));
        // A bare array with the exact integers (no float rounding, no quoting).
        let raw = c.body_text();
        assert!(raw.starts_with('[') && raw.ends_with(']'), "{raw}");
        assert!(raw.contains("1317151269261262848"), "{raw}");
        assert!(raw.contains("1317151258234322945"), "{raw}");
        assert_eq!(
            c.json(),
            json!([1_317_151_269_261_262_848_i64, 1_317_151_258_234_322_945_i64])
        );

        // 200 carries the DQC envelope.
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.request_id(), Some("dqc-req-200"));
        assert_eq!(resp.error_code.as_deref(), Some("DLG.2700"));
        assert_eq!(resp.error_msg.as_deref(), Some("Successful."));
        assert_eq!(resp.data, None);
    }

    #[tokio::test]
    async fn documented_error_statuses_decode_into_their_variants() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        for status in [400u16, 406, 500] {
            let example = response_example(&page.ep, status);
            let request_id = format!("dqc-req-{status}");
            server.reply(Reply::json(status, &example, &request_id));
            let err = client
                .dataarts()
                .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                    &page.workspace,
                    page.instance_ids.clone(),
                ))
                .await
                .expect_err("error status");
            let c = server.take_one();
            assert_eq!(
                c.path,
                format!("/v2/{}/quality/instances/batch-stop", page.project_id),
                "project_id comes from the credentials"
            );
            let code = str_at(&example, "/error_code");
            let message = str_at(&example, "/error_msg");
            assert_service_error(&err, status, Some(code), Some(message), &request_id);
            let typed = err.into_service_error().expect("service error");
            assert_eq!(typed.status(), status);
            assert_eq!(typed.code(), Some(code));
            assert_eq!(typed.message(), Some(message));
            assert!(typed.is_documented());
            assert_eq!(
                typed.parts(),
                generated_client::ErrorParts::new(status, Some(code), Some(message))
            );
            assert_eq!(
                typed.to_string(),
                format!("status {status}, code {code}: {message}")
            );
            let envelope = match (status, typed) {
                (400, BatchStopQualityInstancesError::BadRequest(e))
                | (406, BatchStopQualityInstancesError::NotAcceptable(e))
                | (500, BatchStopQualityInstancesError::InternalServerError(e)) => e,
                (status, other) => panic!("status {status} decoded as {other:?}"),
            };
            assert_eq!(envelope.error_code.as_deref(), Some(code));
            assert_eq!(envelope.error_msg.as_deref(), Some(message));
        }
    }

    #[tokio::test]
    async fn undocumented_status_is_unhandled() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(418, &teapot(), "dqc-req-418"));
        let err = client
            .dataarts()
            .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                &page.workspace,
                page.instance_ids.clone(),
            ))
            .await
            .expect_err("418 is an error");
        server.take_one();
        assert_service_error(&err, 418, Some("X.1"), Some("teapot"), "dqc-req-418");
        assert_unhandled_teapot(err);
    }

    /// A documented error status whose body is not the documented JSON (a gateway's HTML 500) is still a service
    /// error of that status: `Unhandled` keeps the raw page, rather than a decode error.
    #[tokio::test]
    async fn documented_status_with_an_html_body_is_still_a_service_error() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply {
            status: 500,
            headers: vec![
                ("Content-Type".into(), "text/html".into()),
                ("X-Request-Id".into(), "dqc-html-500".into()),
            ],
            body: b"<html><body>Internal Server Error</body></html>".to_vec(),
        });
        let err = client
            .dataarts()
            .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                &page.workspace,
                page.instance_ids.clone(),
            ))
            .await
            .expect_err("500 is an error");
        server.take_one();
        assert_eq!(
            (err.status(), err.request_id()),
            (Some(500), Some("dqc-html-500"))
        );
        match err.into_service_error() {
            Some(BatchStopQualityInstancesError::Unhandled(u)) => {
                assert_eq!(u.status(), 500);
                assert!(
                    u.message()
                        .is_some_and(|m| m.contains("Internal Server Error")),
                    "{u:?}"
                );
            }
            other => panic!("expected Unhandled, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn int64_above_2_pow_53_arrives_exactly() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "dqc-big",
        ));
        let above = 9_007_199_254_740_993_i64; // 2^53 + 1: not representable as f64
        client
            .dataarts()
            .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                &page.workspace,
                vec![above, i64::MAX, -above],
            ))
            .await
            .expect("call succeeds");
        let c = server.take_one();
        assert_eq!(
            c.body_text(),
            "[9007199254740993,9223372036854775807,-9007199254740993]"
        );
        let ids: Vec<i64> = c
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        assert_eq!(ids, [above, i64::MAX, -above]);
    }

    #[tokio::test]
    async fn header_value_with_crlf_is_refused_before_sending() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(200, &response_example(&page.ep, 200), "unused"));
        let err = client
            .dataarts()
            .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                "a\r\nb",
                page.instance_ids.clone(),
            ))
            .await
            .expect_err("CR/LF in a header is refused");
        let issues = validation_issues(&err);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].starts_with("workspace: "), "{issues:?}");
        assert!(issues[0].contains("CR, LF"), "{issues:?}");
        assert!(server.take().is_empty(), "nothing was sent");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 001: DRS BatchStopJobsAction
// ---------------------------------------------------------------------------------------------------------------

mod drs {
    use super::*;
    use generated_client::drs::{
        ActionBaseRespStatus, BatchStopJobActionReq, BatchStopJobsActionError,
        BatchStopJobsActionRequest, BatchStopJobsActionXLanguage, SERVICE, StopJobActionInfo,
    };

    struct Page {
        ep: Endpoint,
        project_id: String,
    }

    fn page() -> Page {
        let ep = endpoint(SERVICE.spec_json);
        // The page: `POST /v5/{project_id}/jobs/batch-stop`.
        assert_eq!(ep.method.as_str(), "POST");
        assert_eq!(ep.path.as_str(), "/v5/{project_id}/jobs/batch-stop");
        let project_id = path_example(&ep, "project_id").as_str().unwrap().to_owned();
        Page { ep, project_id }
    }

    /// The page's example request body, built with the typed API. A job without `is_force_stop` in the example
    /// has the field unset (`new` starts it at the spec default `false`, which would also be sent).
    fn example_body(ep: &Endpoint) -> BatchStopJobActionReq {
        let jobs = request_example(ep)["jobs"]
            .as_array()
            .expect("example jobs")
            .iter()
            .map(|job| {
                let mut info = StopJobActionInfo::new(str_at(job, "/job_id"));
                info.is_force_stop = job.get("is_force_stop").map(|v| v.as_bool().unwrap());
                info
            })
            .collect();
        BatchStopJobActionReq::new(jobs)
    }

    #[tokio::test]
    async fn request_on_the_wire_and_example_response() {
        let page = page();
        let server = CaptureServer::start().await;
        // project_id from the token credentials fills the path.
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "drs-req-200",
        ));

        let resp = client
            .drs()
            .batch_stop_jobs_action(BatchStopJobsActionRequest::new(example_body(&page.ep)))
            .await
            .expect("200 decodes");

        let c = server.take_one();
        assert_eq!(c.method, "POST");
        // The page's example URL: https://{endpoint}/v5/054ba152d480d55b2f5dc0069e7ddef0/jobs/batch-stop
        assert_eq!(
            c.path,
            "/v5/054ba152d480d55b2f5dc0069e7ddef0/jobs/batch-stop"
        );
        assert_eq!(
            c.path,
            fill(page.ep.path.as_str(), &[("project_id", &page.project_id)])
        );
        assert_eq!(c.query, None);
        // X-Language is optional; the page's default (en-us) is what the server does when it is absent, and, as the
        // official SDK, the client sends it only when the caller sets it.
        assert_eq!(
            page.ep
                .params
                .iter()
                .find(|p| p.wire == "X-Language")
                .and_then(|p| p.schema.default.as_ref())
                .and_then(Value::as_str)
                .unwrap(),
            "en-us"
        );
        assert_eq!(c.header("x-language"), None);
        assert_token_auth(&c);
        assert_json_body(&c, request_example(&page.ep));

        assert_eq!(resp.status(), 200);
        assert_eq!(resp.request_id(), Some("drs-req-200"));
        let jobs = resp.jobs.as_ref().expect("jobs");
        assert_eq!(jobs.len(), 2);
        assert_eq!(
            jobs[0].id.as_deref(),
            Some("c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r")
        );
        assert_eq!(jobs[0].name.as_deref(), Some("DRS-1234"));
        assert_eq!(jobs[0].status, Some(ActionBaseRespStatus::Success));
        assert_eq!(jobs[0].error_code, None);
        assert_eq!(
            jobs[1].id.as_deref(),
            Some("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r")
        );
        assert_eq!(jobs[1].name.as_deref(), Some("DRS-2345"));
        assert_eq!(jobs[1].status, Some(ActionBaseRespStatus::Failed));
        assert_eq!(jobs[1].error_code.as_deref(), Some("DRS.10020102"));
        assert_eq!(
            jobs[1].error_msg.as_deref(),
            Some("Job does not exist, please check job ID")
        );
    }

    #[tokio::test]
    async fn unset_defaults_stay_off_the_wire_and_set_values_go_on_it() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(200, &json!({"jobs": []}), "drs-req-lang"));

        let body = BatchStopJobActionReq::new(vec![StopJobActionInfo::new("job-1")]);
        client
            .drs()
            .batch_stop_jobs_action(
                BatchStopJobsActionRequest::new(body)
                    .x_language(BatchStopJobsActionXLanguage::ZhCn),
            )
            .await
            .expect("call succeeds");
        let c = server.take_one();
        assert_eq!(c.header("x-language"), Some("zh-cn"));
        // is_force_stop's default (false) is what the server assumes: left unset, it is not sent.
        assert_eq!(c.json(), json!({"jobs": [{"job_id": "job-1"}]}));
    }

    #[tokio::test]
    async fn documented_error_status_decodes_into_its_variant() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(
            400,
            &response_example(&page.ep, 400),
            "drs-req-400",
        ));
        let err = client
            .drs()
            .batch_stop_jobs_action(BatchStopJobsActionRequest::new(example_body(&page.ep)))
            .await
            .expect_err("400 is an error");
        server.take_one();
        assert_service_error(
            &err,
            400,
            Some("DRS.10000001"),
            Some("Failed."),
            "drs-req-400",
        );
        match err.into_service_error() {
            Some(BatchStopJobsActionError::BadRequest(body)) => {
                assert_eq!(body.error_code.as_deref(), Some("DRS.10000001"));
                assert_eq!(body.error_msg.as_deref(), Some("Failed."));
            }
            other => panic!("expected BadRequest, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn undocumented_status_is_unhandled() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(418, &teapot(), "drs-req-418"));
        let err = client
            .drs()
            .batch_stop_jobs_action(BatchStopJobsActionRequest::new(example_body(&page.ep)))
            .await
            .expect_err("418 is an error");
        server.take_one();
        assert_service_error(&err, 418, Some("X.1"), Some("teapot"), "drs-req-418");
        assert_unhandled_teapot(err);
    }

    #[tokio::test]
    async fn unknown_language_is_refused_before_sending() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(200, &json!({"jobs": []}), "unused"));
        let err = client
            .drs()
            .batch_stop_jobs_action(
                BatchStopJobsActionRequest::new(example_body(&page.ep))
                    .x_language(BatchStopJobsActionXLanguage::Unknown("fr".into())),
            )
            .await
            .expect_err("fr is not a documented language");
        let issues = validation_issues(&err);
        assert_eq!(
            issues,
            ["X-Language: unknown value \"fr\", expected one of: en-us, zh-cn"]
        );
        assert!(server.take().is_empty(), "nothing was sent");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 002: DLF StopJobInstance
// ---------------------------------------------------------------------------------------------------------------

mod dlf {
    use super::*;
    use generated_client::dlf::{SERVICE, StopJobInstanceError, StopJobInstanceRequest};

    struct Page {
        ep: Endpoint,
        project_id: String,
        job_name: String,
        instance_id: i64,
    }

    fn page() -> Page {
        let ep = endpoint(SERVICE.spec_json);
        // The page: `POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop`.
        assert_eq!(ep.method.as_str(), "POST");
        assert_eq!(
            ep.path.as_str(),
            "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop"
        );
        assert!(ep.request.is_none(), "the page sends no body");
        let project_id = path_example(&ep, "project_id").as_str().unwrap().to_owned();
        let job_name = path_example(&ep, "job_name").as_str().unwrap().to_owned();
        let instance_id = path_example(&ep, "instance_id").as_i64().unwrap();
        Page {
            ep,
            project_id,
            job_name,
            instance_id,
        }
    }

    #[tokio::test]
    async fn request_on_the_wire_and_204() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::empty(204, "dlf-req-204"));

        let resp = client
            .dlf()
            .stop_job_instance(
                StopJobInstanceRequest::new(&page.job_name, page.instance_id)
                    .project_id(&page.project_id),
            )
            .await
            .expect("204 is success");

        let c = server.take_one();
        assert_eq!(c.method, "POST");
        // The page's example: POST /v1/b384b9e9ab9b4ee8994c8633aabc9505/jobs/job_batch/instances/34765/stop
        assert_eq!(
            c.path,
            "/v1/b384b9e9ab9b4ee8994c8633aabc9505/jobs/job_batch/instances/34765/stop"
        );
        let instance_id = page.instance_id.to_string();
        assert_eq!(
            c.path,
            fill(
                page.ep.path.as_str(),
                &[
                    ("project_id", &page.project_id),
                    ("job_name", &page.job_name),
                    ("instance_id", &instance_id),
                ]
            )
        );
        assert_eq!(c.query, None);
        assert_eq!(c.header("workspace"), None, "optional header left unset");
        assert_token_auth(&c);
        assert_no_body(&c);

        assert_eq!(resp.status(), 204);
        assert_eq!(resp.request_id(), Some("dlf-req-204"));
        let () = resp.into_inner();
    }

    #[tokio::test]
    async fn optional_workspace_header_is_sent_when_set() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::empty(204, "dlf-req-ws"));
        let workspace = param_example(&page.ep, "workspace").as_str().unwrap();
        client
            .dlf()
            .stop_job_instance(
                StopJobInstanceRequest::new(&page.job_name, page.instance_id).workspace(workspace),
            )
            .await
            .expect("204 is success");
        let c = server.take_one();
        assert_eq!(c.header("workspace"), Some(workspace));
        assert_eq!(
            c.path,
            "/v1/b384b9e9ab9b4ee8994c8633aabc9505/jobs/job_batch/instances/34765/stop"
        );
        assert_no_body(&c);
    }

    #[tokio::test]
    async fn documented_error_status_decodes_into_its_variant() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(
            400,
            &response_example(&page.ep, 400),
            "dlf-req-400",
        ));
        let err = client
            .dlf()
            .stop_job_instance(StopJobInstanceRequest::new(
                &page.job_name,
                page.instance_id,
            ))
            .await
            .expect_err("400 is an error");
        server.take_one();
        assert_service_error(
            &err,
            400,
            Some("DLF.0137"),
            Some("Job instance does not exist."),
            "dlf-req-400",
        );
        match err.into_service_error() {
            Some(StopJobInstanceError::BadRequest(body)) => {
                assert_eq!(body.error_code.as_deref(), Some("DLF.0137"));
                assert_eq!(
                    body.error_msg.as_deref(),
                    Some("Job instance does not exist.")
                );
            }
            other => panic!("expected BadRequest, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn undocumented_status_is_unhandled() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(418, &teapot(), "dlf-req-418"));
        let err = client
            .dlf()
            .stop_job_instance(StopJobInstanceRequest::new(
                &page.job_name,
                page.instance_id,
            ))
            .await
            .expect_err("418 is an error");
        server.take_one();
        assert_service_error(&err, 418, Some("X.1"), Some("teapot"), "dlf-req-418");
        assert_unhandled_teapot(err);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 004: VIAS BatchStartStopTask
// ---------------------------------------------------------------------------------------------------------------

mod vias {
    use super::*;
    use generated_client::vias::{
        BatchStartStopTaskCommand, BatchStartStopTaskError, BatchStartStopTaskRequest, SERVICE,
    };

    struct Page {
        ep: Endpoint,
        project_id: String,
        id: String,
        command: String,
    }

    fn page() -> Page {
        let ep = endpoint(SERVICE.spec_json);
        // The page: `PUT /v2/{project_id}/batch-tasks/{id}/action/{command}`.
        assert_eq!(ep.method.as_str(), "PUT");
        assert_eq!(
            ep.path.as_str(),
            "/v2/{project_id}/batch-tasks/{id}/action/{command}"
        );
        assert!(ep.request.is_none(), "the page sends no body");
        let project_id = path_example(&ep, "project_id").as_str().unwrap().to_owned();
        let id = path_example(&ep, "id").as_str().unwrap().to_owned();
        let command = path_example(&ep, "command").as_str().unwrap().to_owned();
        Page {
            ep,
            project_id,
            id,
            command,
        }
    }

    fn assert_vias_error(body: &generated_client::vias::ViasError, example: &Value) {
        assert_eq!(body.error_code.as_deref(), example["error_code"].as_str());
        assert_eq!(body.error_msg.as_deref(), example["error_msg"].as_str());
        assert_eq!(body.detail.as_deref(), example["detail"].as_str());
        assert_eq!(body.reason.as_deref(), example["reason"].as_str());
        assert_eq!(body.advice.as_deref(), example["advice"].as_str());
        let params: Vec<String> = serde_json::from_value(example["params"].clone()).unwrap();
        assert_eq!(body.params.as_ref(), Some(&params));
    }

    #[tokio::test]
    async fn request_on_the_wire_and_example_response() {
        let page = page();
        let command = BatchStartStopTaskCommand::from_wire(&page.command);
        assert_eq!(command, BatchStartStopTaskCommand::Start);
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "vias-req-200",
        ));

        let resp = client
            .vias()
            .batch_start_stop_task(
                BatchStartStopTaskRequest::new(&page.id, command).project_id(&page.project_id),
            )
            .await
            .expect("200 decodes");

        let c = server.take_one();
        assert_eq!(c.method, "PUT");
        assert_eq!(
            c.path,
            fill(
                page.ep.path.as_str(),
                &[
                    ("project_id", &page.project_id),
                    ("id", &page.id),
                    ("command", &page.command)
                ]
            )
        );
        assert!(
            c.path
                .ends_with("/batch-tasks/0d47bbf52962414bb7ae27fb6ea24230/action/start"),
            "{}",
            c.path
        );
        assert_eq!(c.query, None);
        assert_token_auth(&c);
        assert_no_body(&c);

        assert_eq!(resp.status(), 200);
        assert_eq!(resp.request_id(), Some("vias-req-200"));
        assert_eq!(resp.total_count, Some(1));
        assert_eq!(resp.failed_count, Some(0));
        assert_eq!(resp.succeed_count, Some(1));
        assert_eq!(resp.id.as_deref(), Some("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        assert_eq!(resp.error_list, Some(Vec::new()));
    }

    #[tokio::test]
    async fn stop_command_on_the_wire() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(
            200,
            &response_example(&page.ep, 200),
            "vias-req-stop",
        ));
        client
            .vias()
            .batch_start_stop_task(BatchStartStopTaskRequest::new(
                &page.id,
                BatchStartStopTaskCommand::Stop,
            ))
            .await
            .expect("200 decodes");
        let c = server.take_one();
        assert_eq!(
            c.path,
            format!(
                "/v2/{}/batch-tasks/{}/action/stop",
                page.project_id, page.id
            )
        );
        assert_no_body(&c);
    }

    #[tokio::test]
    async fn documented_error_statuses_decode_into_their_variants() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        for status in [400u16, 500] {
            let example = response_example(&page.ep, status);
            let request_id = format!("vias-req-{status}");
            server.reply(Reply::json(status, &example, &request_id));
            let err = client
                .vias()
                .batch_start_stop_task(BatchStartStopTaskRequest::new(
                    &page.id,
                    BatchStartStopTaskCommand::Start,
                ))
                .await
                .expect_err("error status");
            server.take_one();
            assert_service_error(
                &err,
                status,
                example["error_code"].as_str(),
                example["error_msg"].as_str(),
                &request_id,
            );
            let body = match (status, err.into_service_error()) {
                (400, Some(BatchStartStopTaskError::BadRequest(b)))
                | (500, Some(BatchStartStopTaskError::InternalServerError(b))) => b,
                (status, other) => panic!("status {status} decoded as {other:?}"),
            };
            assert_vias_error(&body, &example);
        }
    }

    #[tokio::test]
    async fn undocumented_status_is_unhandled() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(418, &teapot(), "vias-req-418"));
        let err = client
            .vias()
            .batch_start_stop_task(BatchStartStopTaskRequest::new(
                &page.id,
                BatchStartStopTaskCommand::Start,
            ))
            .await
            .expect_err("418 is an error");
        server.take_one();
        assert_service_error(&err, 418, Some("X.1"), Some("teapot"), "vias-req-418");
        assert_unhandled_teapot(err);
    }

    #[tokio::test]
    async fn unknown_command_is_refused_before_sending() {
        let page = page();
        let server = CaptureServer::start().await;
        let client = server.client(TokenCredentials::new(TOKEN).with_project_id(&page.project_id));
        server.reply(Reply::json(200, &response_example(&page.ep, 200), "unused"));
        let err = client
            .vias()
            .batch_start_stop_task(BatchStartStopTaskRequest::new(
                &page.id,
                BatchStartStopTaskCommand::Unknown("restart".into()),
            ))
            .await
            .expect_err("restart is not a documented command");
        let issues = validation_issues(&err);
        assert_eq!(
            issues,
            ["command: unknown value \"restart\", expected one of: start, stop"]
        );
        assert!(server.take().is_empty(), "nothing was sent");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// AK/SK signing
// ---------------------------------------------------------------------------------------------------------------

mod aksk {
    use super::*;
    use generated_client::dataarts::BatchStopQualityInstancesRequest;
    use generated_client::ges::StopGraphRequest;

    const AK: &str = "AK";
    const SK: &str = "SK";

    fn assert_signed(c: &Captured, host: &str, project_id: &str) -> Vec<String> {
        assert_sdk_date(c);
        assert_eq!(c.header("x-project-id"), Some(project_id));
        assert_eq!(c.header("host"), Some(host));
        assert_eq!(c.header("x-auth-token"), None);
        let authorization = c.header("authorization").expect("Authorization");
        assert!(
            authorization.starts_with("SDK-HMAC-SHA256 Access=AK, SignedHeaders="),
            "{authorization}"
        );
        let signed = verify_sdk_signature(c, AK, SK);
        for name in ["host", "x-sdk-date", "x-project-id"] {
            assert!(
                signed.iter().any(|s| s == name),
                "{name} not signed: {signed:?}"
            );
        }
        signed
    }

    #[tokio::test]
    async fn ges_call_is_signed_and_project_id_comes_from_credentials() {
        let ep = endpoint(generated_client::ges::SERVICE.spec_json);
        let project_id = path_example(&ep, "project_id").as_str().unwrap();
        let graph_id = path_example(&ep, "graph_id").as_str().unwrap();
        let server = CaptureServer::start().await;
        let client = server.client(BasicCredentials::new(AK, SK).with_project_id(project_id));
        server.reply(Reply::json(200, &response_example(&ep, 200), "aksk-ges"));

        let resp = client
            .ges()
            .stop_graph(StopGraphRequest::new(graph_id))
            .await
            .expect("200 decodes");
        assert_eq!(resp.request_id(), Some("aksk-ges"));

        let c = server.take_one();
        assert_eq!(c.path, format!("/v2/{project_id}/graphs/{graph_id}/stop"));
        assert_eq!(c.body_text(), "{}");
        let signed = assert_signed(&c, &server.host, project_id);
        assert!(
            !signed.iter().any(|s| s == "content-type"),
            "content-type is not signed: {signed:?}"
        );

        // An explicit project_id on the request wins over the credentials' one (path only).
        server.reply(Reply::json(200, &response_example(&ep, 200), "aksk-ges-2"));
        client
            .ges()
            .stop_graph(StopGraphRequest::new(graph_id).project_id("other0project"))
            .await
            .expect("200 decodes");
        let c = server.take_one();
        assert_eq!(c.path, format!("/v2/other0project/graphs/{graph_id}/stop"));
        assert_signed(&c, &server.host, project_id);
    }

    #[tokio::test]
    async fn signature_covers_encoded_path_and_json_body() {
        let ges = endpoint(generated_client::ges::SERVICE.spec_json);
        let dqc = endpoint(generated_client::dataarts::SERVICE.spec_json);
        let project_id = path_example(&dqc, "project_id").as_str().unwrap();
        let server = CaptureServer::start().await;
        let client = server.client(BasicCredentials::new(AK, SK).with_project_id(project_id));

        // A graph id that needs percent-encoding: the canonical URI must match the wire path.
        server.reply(Reply::json(200, &response_example(&ges, 200), "aksk-enc"));
        client
            .ges()
            .stop_graph(StopGraphRequest::new("a/b c?d#e%f&g=h 一"))
            .await
            .expect("200 decodes");
        let c = server.take_one();
        assert_signed(&c, &server.host, project_id);

        // A JSON body with int64 above 2^53 and a parameter header: body hash and workspace are signed.
        server.reply(Reply::json(200, &response_example(&dqc, 200), "aksk-dqc"));
        let workspace = param_example(&dqc, "workspace").as_str().unwrap();
        client
            .dataarts()
            .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new(
                workspace,
                vec![9_007_199_254_740_993],
            ))
            .await
            .expect("200 decodes");
        let c = server.take_one();
        assert_eq!(c.body_text(), "[9007199254740993]");
        assert_eq!(c.header("workspace"), Some(workspace));
        assert_eq!(c.header("content-type"), Some("application/json"));
        let signed = assert_signed(&c, &server.host, project_id);
        assert!(
            signed.iter().any(|s| s == "workspace"),
            "workspace not signed: {signed:?}"
        );
    }

    #[tokio::test]
    async fn missing_project_id_is_refused_before_sending() {
        let ep = endpoint(generated_client::ges::SERVICE.spec_json);
        let graph_id = path_example(&ep, "graph_id").as_str().unwrap();
        let server = CaptureServer::start().await;
        let client = server.client(BasicCredentials::new(AK, SK));
        let err = client
            .ges()
            .stop_graph(StopGraphRequest::new(graph_id))
            .await
            .expect_err("no project id anywhere");
        let issues = validation_issues(&err);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].starts_with("project_id: "), "{issues:?}");
        assert!(server.take().is_empty(), "nothing was sent");
    }
}
