//! Bodies that are not plain JSON, end to end (`fixtures/bodies.yaml`): a multipart upload with a file part and text
//! parts, bytes up (from memory or a stream) and down (a download streamed past the response size limit), JSON under
//! vendor media types, and text. Against the embedded mock (AK/SK signed, every signature checked), and against
//! recording servers that check the bytes and headers on the wire.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::extract::Request;
use bytes::Bytes;
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{
    BasicCredentials, Binary, ByteStream, CallOptions, Client, Error, RetryPolicy,
    TransportErrorKind,
};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

codegen_macros::generate!("fixtures/bodies.yaml", standalone);
use bodies::{
    BatchStopServersBody, BatchStopServersRequest, Bodies, EchoError, EchoRequest,
    ExportReportRequest, ExtendMode, GetObjectError, GetObjectOutput, GetObjectRequest,
    ImportDefinitionsRequest, ImportForm, PatchOp, PatchOperation, PutObjectRequest,
    ShowVersionError, ShowVersionRequest, UpdateImageRequest,
};

const AK: &str = "BODIES_AK";
const SK: &str = "bodies-secret";

/// A stream of chunks fed through a channel: a test decides when each chunk comes.
struct Chunks(tokio::sync::mpsc::Receiver<io::Result<Bytes>>);

impl futures_core::Stream for Chunks {
    type Item = io::Result<Bytes>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().0.poll_recv(cx)
    }
}

/// A stream that yields `chunks` (all at once).
fn chunks(chunks: &[&'static str]) -> Chunks {
    let (tx, rx) = tokio::sync::mpsc::channel(chunks.len().max(1));
    for c in chunks {
        tx.try_send(Ok(Bytes::from_static(c.as_bytes())))
            .expect("room");
    }
    Chunks(rx)
}

fn signed_client(url: &str) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(BasicCredentials::new(AK, SK).with_project_id("p0123"))
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .expect("client")
}

async fn signed_mock() -> (MockServer, Client) {
    let mock = MockServer::start(MockConfig::new().services(SERVICES).credentials(AK, SK))
        .await
        .expect("mock");
    let client = signed_client(&mock.url());
    (mock, client)
}

fn forced(status: u16) -> CallOptions {
    CallOptions::new().header("X-Mock-Status", status.to_string())
}

async fn read_all(mut s: ByteStream) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(chunk) = s.chunk().await.expect("chunk") {
        out.extend_from_slice(&chunk);
    }
    out
}

// ------------------------------------------------------------------------------------------------- the mock

/// Every operation and documented status of the fixture, derived: the example request goes out signed in its
/// encoding, the mock checks it and answers the example in the documented media type, and the client decodes it
/// (a download's bytes equal the example's).
#[tokio::test]
async fn every_operation_and_status_honours_its_contract() {
    let (operations, statuses) = tests::check(SERVICES)
        .await
        .unwrap_or_else(|f| panic!("{}", f.join("\n")));
    assert_eq!((operations, statuses), (8, 18));
}

#[tokio::test]
async fn each_kind_round_trips_through_the_signed_mock() {
    let (_mock, client) = signed_mock().await;
    let api = Bodies::new(&client);

    // Multipart: a file part from bytes and text parts, then a file part from a stream.
    let form = ImportForm::new(Binary::from("openapi: 3.0.0").with_file_name("api.yaml"))
        .extend_mode(ExtendMode::Override)
        .is_create_group(false)
        .retries(5);
    let out = api
        .import_definitions(ImportDefinitionsRequest::new("inst-1", form))
        .await
        .expect("multipart accepted");
    assert_eq!(out.imported, Some(3));
    let streamed = ImportForm::new(Binary::from_stream(chunks(&["swagger: ", "'2.0'"])));
    api.import_definitions(ImportDefinitionsRequest::new("inst-1", streamed))
        .await
        .expect("a streamed file part is accepted");

    // Bytes up, from memory and from a stream of unknown length.
    api.put_object(PutObjectRequest::new("a.bin", b"\x00\xff\xfe raw".to_vec()))
        .await
        .expect("bytes accepted");
    api.put_object(PutObjectRequest::new(
        "a.bin",
        Binary::from_stream(chunks(&["one", "two"])),
    ))
    .await
    .expect("a stream accepted");

    // Bytes down: each success status is its variant, with the example's bytes; the error is typed.
    let out = api
        .get_object(GetObjectRequest::new("notes.txt"))
        .await
        .expect("200");
    let GetObjectOutput::Ok(body) = out.into_inner() else {
        panic!("200 is Ok")
    };
    assert_eq!(read_all(body).await, b"hello, object");
    let out = api
        .clone()
        .with_options(forced(206))
        .get_object(GetObjectRequest::new("notes.txt").range("bytes=0-4"))
        .await
        .expect("206");
    assert_eq!(
        out.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/octet-stream")
    );
    let GetObjectOutput::PartialContent(body) = out.into_inner() else {
        panic!("206 is PartialContent")
    };
    assert_eq!(read_all(body).await, b"hello");
    let err = api
        .clone()
        .with_options(forced(404))
        .get_object(GetObjectRequest::new("nope"))
        .await
        .expect_err("404");
    assert_eq!(err.code(), Some("OBS.0404"));
    assert!(matches!(
        err.into_service_error(),
        Some(GetObjectError::NotFound(_))
    ));

    // A media type the format does not know, declared as bytes.
    let out = api
        .export_report(ExportReportRequest::new("r-1"))
        .await
        .expect("pdf");
    assert_eq!(
        out.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    assert_eq!(
        out.into_inner().bytes(1024).await.expect("small"),
        "%PDF-1.4 mock"
    );

    // JSON under a vendor type and under a charset.
    let patch = PatchOperation::new(PatchOp::Replace, "/name").value("renamed");
    let out = api
        .update_image(UpdateImageRequest::new("img-1", vec![patch]))
        .await
        .expect("json patch");
    assert_eq!(out.name.as_deref(), Some("ims-image"));
    let out = api
        .batch_stop_servers(BatchStopServersRequest::new(BatchStopServersBody::new(
            vec!["s-1".into()],
        )))
        .await
        .expect("charset json");
    assert_eq!(out.job_id.as_deref(), Some("j-1"));

    // Text, in both directions, and as a typed error body.
    let out = api
        .show_version(ShowVersionRequest::new())
        .await
        .expect("text");
    assert_eq!(out.into_inner(), "v1.2.3");
    let err = api
        .clone()
        .with_options(forced(500))
        .show_version(ShowVersionRequest::new())
        .await
        .expect_err("500");
    assert_eq!(
        err.into_service_error(),
        Some(ShowVersionError::InternalServerError(
            "internal error".into()
        ))
    );
    let out = api
        .echo(EchoRequest::new("héllo"))
        .await
        .expect("text body");
    assert_eq!(out.into_inner(), "hello");
}

/// The mock checks each encoding as the client's own validation would, and says where: sent raw, past the client.
#[tokio::test]
async fn the_mock_checks_each_kind() {
    let mock = MockServer::start(MockConfig::new().services(SERVICES))
        .await
        .expect("mock");
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("reqwest");
    let send = |method: reqwest::Method, path: &str, content_type: &str, body: Vec<u8>| {
        http.request(method, format!("{}{path}", mock.url()))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let error_of = |r: reqwest::Response| async move {
        let status = r.status().as_u16();
        let text = r.text().await.expect("text");
        (status, text)
    };
    let form = |parts: &[(&str, Option<&str>, &str)]| {
        let mut body = String::new();
        for (name, file, content) in parts {
            body.push_str(&format!(
                "--XyZ\r\nContent-Disposition: form-data; name=\"{name}\""
            ));
            if let Some(f) = file {
                body.push_str(&format!("; filename=\"{f}\""));
            }
            body.push_str(&format!("\r\n\r\n{content}\r\n"));
        }
        body.push_str("--XyZ--\r\n");
        body.into_bytes()
    };
    let import = "/bodies/v2/p1/instances/i1/import";
    let multipart = "multipart/form-data; boundary=XyZ";
    let ok = send(
        reqwest::Method::POST,
        import,
        multipart,
        form(&[("file_name", Some("a.yaml"), "x"), ("retries", None, "1")]),
    )
    .await
    .expect("sent");
    assert_eq!(ok.status(), 200);
    let cases: [(Vec<u8>, &str, &str); 5] = [
        (
            form(&[("retries", None, "1")]),
            multipart,
            "part file_name: required part is missing",
        ),
        (
            form(&[("file_name", Some("a"), "x"), ("retries", None, "9")]),
            multipart,
            "part retries: value 9 exceeds maximum 5",
        ),
        (
            form(&[("file_name", Some("a"), "x"), ("extend_mode", None, "both")]),
            multipart,
            r#"part extend_mode: unknown value \"both\", expected one of: merge, override"#,
        ),
        (
            form(&[("file_name", Some("a"), "x")]),
            "multipart/form-data",
            "a multipart/form-data body needs a Content-Type with its boundary",
        ),
        (
            b"--XyZ\r\nno end".to_vec(),
            multipart,
            "not a multipart/form-data body with that boundary",
        ),
    ];
    for (body, content_type, expected) in cases {
        let (status, text) = error_of(
            send(reqwest::Method::POST, import, content_type, body)
                .await
                .expect("sent"),
        )
        .await;
        assert_eq!(status, 400, "{text}");
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }

    // Text: checked as a string; empty is missing; not UTF-8 is refused.
    for (body, expected) in [
        (Vec::new(), "body: request body is required"),
        (vec![b'x'; 101], "body: length 101 exceeds max_length 100"),
        (vec![0xff, 0xfe], "body: the text is not UTF-8"),
    ] {
        let (status, text) = error_of(
            send(reqwest::Method::POST, "/bodies/echo", "text/plain", body)
                .await
                .expect("sent"),
        )
        .await;
        assert_eq!(status, 400, "{text}");
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    // Vendor JSON is parsed as JSON.
    let (status, text) = error_of(
        send(
            reqwest::Method::PATCH,
            "/bodies/v2/images/i1",
            "application/openstack-images-v2.1-json-patch",
            b"op=replace".to_vec(),
        )
        .await
        .expect("sent"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(text.contains("not valid JSON"), "{text}");
    // Bytes are whatever they are; only an empty required body is refused.
    let r = send(
        reqwest::Method::PUT,
        "/bodies/objects/k",
        "application/octet-stream",
        vec![0, 0xff, 0x80],
    )
    .await
    .expect("sent");
    assert_eq!(r.status(), 200);
    let (status, text) = error_of(
        send(
            reqwest::Method::PUT,
            "/bodies/objects/k",
            "application/octet-stream",
            Vec::new(),
        )
        .await
        .expect("sent"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(text.contains("request body is required"), "{text}");
    // Text answers in their documented type; a text error in the operation's error shape (a string).
    let r = http
        .get(format!("{}/bodies/version", mock.url()))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.headers()["content-type"], "text/plain");
    assert_eq!(r.text().await.expect("text"), "v1.2.3");
    let r = send(
        reqwest::Method::POST,
        "/bodies/echo",
        "text/plain",
        Vec::new(),
    )
    .await
    .expect("sent");
    assert_eq!(r.headers()["content-type"], "text/plain");
    assert_eq!(
        r.text().await.expect("text"),
        "body: request body is required"
    );
}

// ------------------------------------------------------------------------------------ the bytes on the wire

/// One request as a server received it (framing undone).
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    headers: axum::http::HeaderMap,
    body: Bytes,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Recomputes the `SDK-HMAC-SHA256` signature (paths here need no encoding and there is no query),
    /// independently of the runtime's signer, and checks the `Authorization` header carries it.
    fn assert_signed(&self) {
        let authorization = self.header("authorization").expect("Authorization");
        let rest = authorization
            .strip_prefix(&format!("SDK-HMAC-SHA256 Access={AK}, SignedHeaders="))
            .expect("AK/SK signed");
        let (signed, signature) = rest.split_once(", Signature=").expect("signature");
        let canonical_headers: String = signed
            .split(';')
            .map(|h| {
                format!(
                    "{h}:{}\n",
                    self.header(h).expect("signed header sent").trim()
                )
            })
            .collect();
        let payload = match self.header("x-sdk-content-sha256") {
            Some(v) => v.to_owned(),
            None => hex::encode(Sha256::digest(&self.body)),
        };
        let canonical = format!(
            "{}\n{}/\n\n{canonical_headers}\n{signed}\n{payload}",
            self.method, self.path
        );
        let date = self.header("x-sdk-date").expect("X-Sdk-Date");
        let to_sign = format!(
            "SDK-HMAC-SHA256\n{date}\n{}",
            hex::encode(Sha256::digest(canonical.as_bytes()))
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(SK.as_bytes()).expect("key");
        mac.update(to_sign.as_bytes());
        assert_eq!(
            signature,
            hex::encode(mac.finalize().into_bytes()),
            "{canonical}"
        );
    }
}

type Log = Arc<Mutex<Vec<Seen>>>;

/// A server that records every request and answers each with `status` and `body` (as JSON).
async fn recorder(status: u16, body: &'static str) -> (String, Log) {
    let log: Log = Default::default();
    let seen = log.clone();
    let app = axum::Router::new().fallback(move |req: Request| {
        let seen = seen.clone();
        async move {
            let (parts, body_in) = req.into_parts();
            let bytes = axum::body::to_bytes(body_in, 64 << 20).await.expect("body");
            seen.lock().expect("log").push(Seen {
                method: parts.method.to_string(),
                path: parts.uri.path().to_owned(),
                headers: parts.headers,
                body: bytes,
            });
            let status = axum::http::StatusCode::from_u16(status).expect("status");
            (status, [("content-type", "application/json")], body)
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, log)
}

fn last(log: &Log) -> Seen {
    log.lock().expect("log").last().cloned().expect("a request")
}

#[tokio::test]
async fn a_multipart_form_is_written_and_signed_as_the_sdks_send_it() {
    let (url, log) = recorder(200, "{}").await;
    let client = signed_client(&url);
    let form = ImportForm::new(
        Binary::from("a: 1\n")
            .with_file_name("api \"v1\".yaml")
            .with_content_type("application/yaml"),
    )
    .is_create_group(true)
    .extend_mode(ExtendMode::Merge)
    .group_id("g-1");
    Bodies::new(&client)
        .import_definitions(ImportDefinitionsRequest::new("inst-1", form))
        .await
        .expect("200");
    let seen = last(&log);
    let content_type = seen.header("content-type").expect("content type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("{content_type}"));
    assert_eq!(boundary.len(), 32);
    // Text parts first, in spec order, then the file part; a part per field that is set.
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"is_create_group\"\r\n\r\ntrue\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"group_id\"\r\n\r\ng-1\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"extend_mode\"\r\n\r\nmerge\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"file_name\"; filename=\"api %22v1%22.yaml\"\r\n\
         Content-Type: application/yaml\r\n\r\na: 1\n\r\n--{b}--\r\n",
        b = boundary
    );
    assert_eq!(std::str::from_utf8(&seen.body).expect("utf8"), expected);
    assert_eq!(
        seen.header("content-length"),
        Some(expected.len().to_string().as_str())
    );
    assert_eq!(
        seen.header("x-sdk-content-sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    seen.assert_signed();
    assert_eq!(seen.path, "/bodies/v2/p0123/instances/inst-1/import");
}

#[tokio::test]
async fn bytes_go_out_as_they_are_with_their_length_or_chunked() {
    let (url, log) = recorder(200, "{}").await;
    let client = signed_client(&url);
    let api = Bodies::new(&client);
    let raw = b"\x00\x01binary\xff".to_vec();
    api.put_object(PutObjectRequest::new("k", raw.clone()))
        .await
        .expect("200");
    let seen = last(&log);
    assert_eq!(
        seen.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(seen.header("content-length"), Some("9"));
    assert_eq!(
        seen.header("x-sdk-content-sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    assert_eq!(seen.body, raw);
    seen.assert_signed();

    // Bytes with their own type: sent as that type.
    api.put_object(PutObjectRequest::new(
        "k",
        Binary::from("png").with_content_type("image/png"),
    ))
    .await
    .expect("200");
    assert_eq!(last(&log).header("content-type"), Some("image/png"));

    // A stream of unknown length is chunked; one of a known length has it.
    api.put_object(PutObjectRequest::new(
        "k",
        Binary::from_stream(chunks(&["ab", "", "cd"])),
    ))
    .await
    .expect("200");
    let seen = last(&log);
    assert_eq!(seen.header("transfer-encoding"), Some("chunked"));
    assert_eq!(seen.header("content-length"), None);
    assert_eq!(seen.body, "abcd");
    assert_eq!(
        seen.header("x-sdk-content-sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    seen.assert_signed();
    api.put_object(PutObjectRequest::new(
        "k",
        Binary::from_stream_with_length(chunks(&["ab", "cd"]), 4),
    ))
    .await
    .expect("200");
    let seen = last(&log);
    assert_eq!(seen.header("content-length"), Some("4"));
    assert_eq!(seen.header("transfer-encoding"), None);
    assert_eq!(seen.body, "abcd");

    // A multipart form with a streamed file is streamed too.
    let form = ImportForm::new(Binary::from_stream(chunks(&["x", "y"])));
    api.import_definitions(ImportDefinitionsRequest::new("i", form))
        .await
        .expect("200");
    let seen = last(&log);
    assert_eq!(seen.header("transfer-encoding"), Some("chunked"));
    let body = std::str::from_utf8(&seen.body).expect("utf8");
    assert!(
        body.contains(
            "filename=\"file_name\"\r\nContent-Type: application/octet-stream\r\n\r\nxy\r\n"
        ),
        "{body}"
    );
    seen.assert_signed();
}

#[tokio::test]
async fn vendor_json_and_text_go_out_under_their_declared_types() {
    let (url, log) = recorder(200, "{}").await;
    let client = signed_client(&url);
    let api = Bodies::new(&client);
    let patch = PatchOperation::new(PatchOp::Replace, "/name").value("x");
    api.update_image(UpdateImageRequest::new("i", vec![patch]))
        .await
        .expect("200");
    let seen = last(&log);
    // The declared type exactly; not JSON to the official SDKs' rule, so UNSIGNED-PAYLOAD, as they send it.
    assert_eq!(
        seen.header("content-type"),
        Some("application/openstack-images-v2.1-json-patch")
    );
    assert_eq!(
        seen.header("x-sdk-content-sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    assert_eq!(
        seen.body,
        r#"[{"op":"replace","path":"/name","value":"x"}]"#
    );
    seen.assert_signed();

    // JSON with a charset is JSON to the SDKs: its bytes are hashed.
    api.batch_stop_servers(BatchStopServersRequest::new(BatchStopServersBody::new(
        vec!["s".into()],
    )))
    .await
    .expect("200");
    let seen = last(&log);
    assert_eq!(
        seen.header("content-type"),
        Some("application/json;charset=UTF-8")
    );
    assert_eq!(seen.header("x-sdk-content-sha256"), None);
    assert_eq!(seen.body, r#"{"servers":["s"]}"#);
    seen.assert_signed();

    // Text is its UTF-8 bytes.
    let (url, log) = recorder(200, "ok").await;
    Bodies::new(&signed_client(&url))
        .echo(EchoRequest::new("héllo"))
        .await
        .expect("200");
    let seen = last(&log);
    assert_eq!(
        seen.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(seen.body, "héllo");
    assert_eq!(
        seen.header("x-sdk-content-sha256"),
        Some("UNSIGNED-PAYLOAD")
    );
    seen.assert_signed();
}

/// A stream is read as it is sent, so a call with one is never retried; bytes in memory are, the same each time.
#[tokio::test]
async fn a_streamed_body_is_sent_once_and_bytes_are_retried() {
    let (url, log) = recorder(503, r#"{"error_code":"X.503","error_msg":"busy"}"#).await;
    let client = Client::builder()
        .anonymous()
        .endpoint(url)
        .retry(
            RetryPolicy::standard()
                .max_attempts(3)
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(5)),
        )
        .no_proxy()
        .build()
        .expect("client");
    let api = Bodies::new(&client);
    let err = api
        .put_object(PutObjectRequest::new("k", "same bytes"))
        .await
        .expect_err("503");
    assert_eq!(err.status(), Some(503));
    let bodies: Vec<Bytes> = log
        .lock()
        .expect("log")
        .iter()
        .map(|s| s.body.clone())
        .collect();
    assert_eq!(bodies, vec![Bytes::from_static(b"same bytes"); 3]);

    log.lock().expect("log").clear();
    let err = api
        .put_object(PutObjectRequest::new(
            "k",
            Binary::from_stream(chunks(&["once"])),
        ))
        .await
        .expect_err("503");
    assert_eq!(err.status(), Some(503));
    let bodies: Vec<Bytes> = log
        .lock()
        .expect("log")
        .iter()
        .map(|s| s.body.clone())
        .collect();
    assert_eq!(bodies, [Bytes::from_static(b"once")]);

    // A clone of a streamed binary shares the stream: once sent, it cannot be sent again.
    let shared = Binary::from_stream(chunks(&["x"]));
    let _ = api
        .put_object(PutObjectRequest::new("k", shared.clone()))
        .await;
    let err = api
        .put_object(PutObjectRequest::new("k", shared))
        .await
        .expect_err("already sent");
    assert!(
        matches!(&err, Error::Validation(v) if v.to_string().contains("already sent")),
        "{err:?}"
    );
}

// ------------------------------------------------------------------------------------------------ downloads

/// Serves one raw HTTP/1.1 answer per connection: `head` (status line and headers, then `Connection: close` is
/// added), then each chunk of `body` after its delay. The body is written as it is (the head says how it is framed).
async fn raw_server(head: String, body: Vec<(Duration, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let head = head.clone();
            let body = body.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let head = head.replacen("\r\n", "\r\nConnection: close\r\n", 1);
                if sock.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for (delay, chunk) in body {
                    tokio::time::sleep(delay).await;
                    if sock.write_all(&chunk).await.is_err() || sock.flush().await.is_err() {
                        return;
                    }
                }
                // Keep the connection open a little, so a stalled body stays stalled.
                tokio::time::sleep(Duration::from_secs(5)).await;
            });
        }
    });
    url
}

fn anonymous(url: &str, timeout: Duration) -> Client {
    Client::builder()
        .anonymous()
        .endpoint(url)
        .timeout(timeout)
        .no_proxy()
        .build()
        .expect("client")
}

/// A download larger than the response size limit (10 MiB by default) reaches the caller whole, as a stream: it is
/// never buffered by the client, and the caller can collect it under a limit of its own, or write it out.
#[tokio::test]
async fn a_download_over_the_size_limit_streams() {
    const SIZE: usize = 12 << 20;
    const CHUNK: usize = 256 << 10;
    let pattern = |i: usize| (i % 251) as u8;
    let body: Vec<(Duration, Vec<u8>)> = (0..SIZE / CHUNK)
        .map(|c| {
            (
                Duration::ZERO,
                (c * CHUNK..(c + 1) * CHUNK).map(pattern).collect(),
            )
        })
        .collect();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {SIZE}\r\n\
         X-Request-Id: big-1\r\n\r\n"
    );
    let url = raw_server(head, body).await;
    let client = anonymous(&url, Duration::from_secs(10));
    let api = Bodies::new(&client);
    let get = || api.export_report(ExportReportRequest::new("big"));

    let resp = get().await.expect("the call returns at the head");
    assert_eq!(resp.request_id(), Some("big-1"));
    let mut stream = resp.into_inner();
    assert_eq!(stream.content_length(), Some(SIZE as u64));
    let (mut total, mut chunks, mut same) = (0usize, 0usize, true);
    while let Some(chunk) = stream.chunk().await.expect("chunk") {
        same &= chunk
            .iter()
            .enumerate()
            .all(|(i, b)| *b == pattern(total + i));
        total += chunk.len();
        chunks += 1;
    }
    assert_eq!(total, SIZE);
    assert!(same, "the bytes arrive in order, unchanged");
    assert!(chunks > 1, "read as it arrives, not in one piece");

    // The caller's own limit; and writing it out.
    let err = get()
        .await
        .expect("head")
        .into_inner()
        .bytes(10 << 20)
        .await
        .expect_err("over the caller's limit");
    assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    let mut out = Vec::new();
    let written = get()
        .await
        .expect("head")
        .into_inner()
        .write_to(&mut out)
        .await
        .expect("written");
    assert_eq!((written, out.len()), (SIZE as u64, SIZE));
}

/// The call's timeout bounds the wait for the response head; then each chunk of a download gets that long after the
/// previous one: a download slower in total than the timeout completes while it keeps moving, and a stalled one
/// fails with `TimedOut`.
#[tokio::test]
async fn a_download_times_out_only_when_it_stalls() {
    let timeout = Duration::from_millis(400);
    let slow: Vec<(Duration, Vec<u8>)> = (0..8)
        .map(|i| (Duration::from_millis(150), vec![b'a' + i; 10]))
        .collect();
    let head = "HTTP/1.1 200 OK\r\nContent-Length: 80\r\n\r\n".to_owned();
    let url = raw_server(head.clone(), slow).await;
    let started = Instant::now();
    let resp = Bodies::new(&anonymous(&url, timeout))
        .export_report(ExportReportRequest::new("slow"))
        .await
        .expect("head in time");
    assert_eq!(read_all(resp.into_inner()).await.len(), 80);
    assert!(started.elapsed() > timeout * 2, "{:?}", started.elapsed());

    let stalled = vec![(Duration::ZERO, vec![b'x'; 10])];
    let url = raw_server(head, stalled).await;
    let mut stream = Bodies::new(&anonymous(&url, timeout))
        .export_report(ExportReportRequest::new("stalled"))
        .await
        .expect("head in time")
        .into_inner();
    assert_eq!(
        stream.chunk().await.expect("first").map(|c| c.len()),
        Some(10)
    );
    let started = Instant::now();
    let err = stream.chunk().await.expect_err("stalled");
    assert_eq!(err.kind(), io::ErrorKind::TimedOut, "{err}");
    assert!(started.elapsed() >= timeout, "{:?}", started.elapsed());
    let inner = err
        .get_ref()
        .and_then(|e| e.downcast_ref::<generated_client::TimeoutError>())
        .expect("the timeout inside");
    assert_eq!(inner.status(), Some(200));
}

/// An error status of a download operation is read whole, under the size limit, into its typed body.
#[tokio::test]
async fn download_errors_keep_typed_bodies_and_the_size_limit() {
    let error = r#"{"error_code":"OBS.0404","error_msg":"No such key."}"#;
    let head = format!(
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        error.len()
    );
    let url = raw_server(head, vec![(Duration::ZERO, error.as_bytes().to_vec())]).await;
    let err = Bodies::new(&anonymous(&url, Duration::from_secs(5)))
        .get_object(GetObjectRequest::new("k"))
        .await
        .expect_err("404");
    match err.into_service_error() {
        Some(GetObjectError::NotFound(body)) => {
            assert_eq!(body.error_code.as_deref(), Some("OBS.0404"))
        }
        other => panic!("{other:?}"),
    }

    let big = vec![b' '; 4096];
    let head = "HTTP/1.1 404 Not Found\r\nContent-Length: 4096\r\n\r\n".to_owned();
    let url = raw_server(head, vec![(Duration::ZERO, big)]).await;
    let client = Client::builder()
        .anonymous()
        .endpoint(url)
        .max_response_body(1024)
        .no_proxy()
        .build()
        .expect("client");
    let err = Bodies::new(&client)
        .get_object(GetObjectRequest::new("k"))
        .await
        .expect_err("too large");
    assert!(
        matches!(&err, Error::Transport(t) if t.kind() == TransportErrorKind::BodyTooLarge),
        "{err:?}"
    );
    // A text error body is typed too.
    let head =
        "HTTP/1.1 422 Unprocessable\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\n";
    let url = raw_server(head.to_owned(), vec![(Duration::ZERO, b"bad".to_vec())]).await;
    let err = Bodies::new(&anonymous(&url, Duration::from_secs(5)))
        .echo(EchoRequest::new("x"))
        .await
        .expect_err("422");
    assert_eq!(
        err.into_service_error(),
        Some(EchoError::ClientError(422, "bad".into()))
    );
}
