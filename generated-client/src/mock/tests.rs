//! Loopback tests against specs written here (independent of the spec files and the macro).

use std::time::Duration;

use serde_json::{Value, json};

use super::*;

/// A service with shared types, literal-vs-parameter routes, every parameter kind, a body, and error shapes.
const DEMO: &str = r#"
service: demo
title: Demo
host_prefix: demo
types:
  ErrorBody:
    type: object
    properties:
      error_code: { type: string }
      error_msg: { type: string }
  Job:
    type: object
    properties:
      job_id: { type: string, required: true }
      name: { type: string, max_length: 8, pattern: '^[a-z]+$' }
      size: { type: int64, minimum: 1 }
      kind: { type: string, nullable: true, enum: [batch, stream] }
  Node:
    type: object
    properties:
      name: { type: string, required: true }
      children: { type: array, items: { type: Node } }
endpoints:
  - operation: StopGraph
    method: POST
    path: /v2/{project_id}/graphs/{graph_id}/stop
    parameters:
      path:
        project_id: { type: string }
        graph_id: { type: string, max_length: 8 }
      header:
        X-Language: { type: string, required: true, enum: [en-us, zh-cn] }
    responses:
      200:
        body:
          type: object
          properties:
            job_id: { type: string }
        example: { job_id: job-123, big: 9007199254740993 }
      400: { body: { type: ErrorBody } }
      404:
        body: { type: ErrorBody }
        example: { error_code: GES.0404, error_msg: graph not found }
      409: { body: { type: ErrorBody } }
  - operation: ListJobs
    method: GET
    path: /v2/{project_id}/jobs
    parameters:
      path:
        project_id: { type: string }
      query:
        limit: { type: int32, minimum: 1, maximum: 100 }
        offset: { type: int64 }
        verbose: { type: boolean }
        tags: { type: array, collection: csv, max_items: 2, items: { type: string } }
        ids: { type: array, collection: multi, items: { type: int32 } }
    responses:
      200:
        body:
          type: object
          properties:
            count: { type: int32, required: true, minimum: 5 }
            jobs: { type: array, min_items: 2, items: { type: Job } }
            labels: { type: map, values: { type: boolean } }
            tree: { type: Node }
            when: { type: date-time }
            ratio: { type: number, example: 0.5 }
  - operation: CountJobs
    method: GET
    path: /v2/{project_id}/jobs/count
    parameters:
      path:
        project_id: { type: string }
    responses:
      200:
        body: { type: object }
        example: { count: 3 }
  - operation: GetJob
    method: GET
    path: /v2/{project_id}/jobs/{job_id}
    parameters:
      path:
        project_id: { type: string }
        job_id: { type: string }
    responses:
      200:
        body: { type: object }
        example: { job_id: from-get }
  - operation: DeleteJob
    method: DELETE
    path: /v2/{project_id}/jobs/{job_id}
    parameters:
      path:
        project_id: { type: string }
        job_id: { type: string }
    responses:
      204: {}
  - operation: CreateJobs
    method: POST
    path: /v2/{project_id}/jobs
    parameters:
      path:
        project_id: { type: string }
    request:
      body:
        type: object
        properties:
          jobs: { type: array, required: true, min_items: 1, items: { type: Job } }
          extra: { type: any }
    responses:
      201:
        body: { type: object }
        example: { created: 1 }
      422:
        body:
          type: object
          properties:
            errorCode: { type: string, required: true }
            message: { type: string, required: true }
            retryable: { type: boolean, required: true }
            hint: { type: string }
      500: {}
"#;

/// A second service sharing a path template with `demo` under another method.
const OTHER: &str = r#"
service: other
title: Other
host_prefix: other
endpoints:
  - operation: ReplaceJob
    method: PUT
    path: /v2/{project_id}/jobs/{job_id}
    parameters:
      path:
        project_id: { type: string }
        job_id: { type: string }
    responses:
      200:
        body: { type: object }
        example: { from: other }
"#;

/// The model of a spec written here.
fn model(name: &str, yaml: &str) -> Service {
    spec_core::load_str(&format!("{name}.yaml"), yaml)
        .unwrap_or_else(|e| panic!("{name}: {}", e.join("\n")))
}

fn config() -> MockConfig {
    MockConfig::new()
        .services([])
        .service(model("demo", DEMO))
        .service(model("other", OTHER))
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("reqwest client")
}

struct Got {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Option<Value>,
}

async fn send(
    server: &MockServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<Vec<u8>>,
) -> Got {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = http().request(method, format!("{}{path}", server.url()));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    if let Some(b) = body {
        req = req.body(b);
    }
    let resp = req.send().await.expect("request sent");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("body read");
    let body = if bytes.is_empty() {
        None
    } else {
        Some(serde_json::from_slice(&bytes).expect("JSON body"))
    };
    Got {
        status,
        headers,
        body,
    }
}

const LANG: (&str, &str) = ("X-Language", "en-us");

fn msg(got: &Got, field: &str) -> String {
    got.body
        .as_ref()
        .and_then(|b| b.get(field))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn routes_unknown_path_and_wrong_method() {
    let server = MockServer::start(config()).await.unwrap();
    assert!(server.url().starts_with("http://127.0.0.1:"));
    assert_eq!(server.routes().len(), 7);

    let got = send(&server, "GET", "/v2/p1/nothing/here", &[], None).await;
    assert_eq!(got.status, 404);
    assert_eq!(msg(&got, "error_code"), "MOCK.0404");
    assert!(msg(&got, "error_msg").contains("/v2/p1/nothing/here"));

    let got = send(&server, "PATCH", "/v2/p1/jobs/j1", &[], None).await;
    assert_eq!(got.status, 405);
    assert_eq!(msg(&got, "error_code"), "MOCK.0405");
    let allow = got.headers["allow"].to_str().unwrap();
    assert!(
        allow.contains("GET") && allow.contains("DELETE") && allow.contains("PUT"),
        "{allow}"
    );

    // A literal segment beats a parameter; services share one routing table.
    let got = send(&server, "GET", "/v2/p1/jobs/count", &[], None).await;
    assert_eq!(got.body, Some(json!({ "count": 3 })));
    let got = send(&server, "GET", "/v2/p1/jobs/j1", &[], None).await;
    assert_eq!(got.body, Some(json!({ "job_id": "from-get" })));
    let got = send(&server, "PUT", "/v2/p1/jobs/j1", &[], None).await;
    assert_eq!(got.body, Some(json!({ "from": "other" })));
    // `{name}` never matches an empty segment.
    let got = send(&server, "GET", "/v2/p1/jobs/", &[], None).await;
    assert_eq!(got.status, 404);
}

#[tokio::test]
async fn serves_example_with_ids_and_content_type() {
    let server = MockServer::start(config()).await.unwrap();
    let got = send(&server, "POST", "/v2/p1/graphs/g1/stop", &[LANG], None).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.headers["content-type"], "application/json");
    // The int64 example above 2^53 survives exactly.
    assert_eq!(
        got.body,
        Some(json!({ "job_id": "job-123", "big": 9007199254740993_i64 }))
    );
    let first = got.headers["x-request-id"].to_str().unwrap().to_string();
    assert!(first.starts_with("mock-"), "{first}");
    let again = send(&server, "POST", "/v2/p1/graphs/g1/stop", &[LANG], None).await;
    assert_ne!(again.headers["x-request-id"].to_str().unwrap(), first);

    // Body-less status: no body, no content type.
    let got = send(&server, "DELETE", "/v2/p1/jobs/j1", &[], None).await;
    assert_eq!(got.status, 204);
    assert!(got.body.is_none());
    assert!(got.headers.get("content-type").is_none());
    assert!(got.headers.get("x-request-id").is_some());
}

#[tokio::test]
async fn mock_status_selects_documented_status() {
    let server = MockServer::start(config()).await.unwrap();
    let got = send(
        &server,
        "POST",
        "/v2/p1/graphs/g1/stop",
        &[LANG, ("X-Mock-Status", "404")],
        None,
    )
    .await;
    assert_eq!(got.status, 404);
    assert_eq!(
        got.body,
        Some(json!({ "error_code": "GES.0404", "error_msg": "graph not found" }))
    );

    // A documented error status without example: its schema filled with the mock's code and a message.
    let got = send(
        &server,
        "POST",
        "/v2/p1/graphs/g1/stop",
        &[LANG, ("X-Mock-Status", "409")],
        None,
    )
    .await;
    assert_eq!(got.status, 409);
    assert_eq!(msg(&got, "error_code"), "MOCK.0409");

    // A documented status without body: no body.
    let body = br#"{"jobs":[{"job_id":"a"}]}"#.to_vec();
    let got = send(
        &server,
        "POST",
        "/v2/p1/jobs",
        &[("X-Mock-Status", "500")],
        Some(body),
    )
    .await;
    assert_eq!(got.status, 500);
    assert!(got.body.is_none());

    let got = send(
        &server,
        "POST",
        "/v2/p1/graphs/g1/stop",
        &[LANG, ("X-Mock-Status", "418")],
        None,
    )
    .await;
    assert_eq!(got.status, 400);
    let m = msg(&got, "error_msg");
    assert!(m.contains("200, 400, 404, 409"), "{m}");
}

#[tokio::test]
async fn generates_body_from_schema() {
    let server = MockServer::start(config()).await.unwrap();
    let got = send(&server, "GET", "/v2/p1/jobs", &[], None).await;
    assert_eq!(got.status, 200);
    let body = got.body.unwrap();
    assert_eq!(body["count"], json!(5));
    assert_eq!(body["ratio"], json!(0.5));
    assert_eq!(body["when"], json!("2024-01-01T00:00:00Z"));
    assert_eq!(body["labels"], json!({ "key": false }));
    let jobs = body["jobs"].as_array().unwrap();
    assert_eq!(jobs.len(), 2);
    assert_eq!(
        jobs[0],
        json!({ "job_id": "string", "name": "string", "size": 1, "kind": "batch" })
    );
    // The recursive type ends.
    assert_eq!(body["tree"]["name"], json!("string"));
    // Deterministic.
    let again = send(&server, "GET", "/v2/p1/jobs", &[], None).await;
    assert_eq!(again.body.unwrap(), body);
}

#[tokio::test]
async fn missing_required_header_gets_documented_400_shape() {
    let server = MockServer::start(config()).await.unwrap();
    let got = send(&server, "POST", "/v2/p1/graphs/g1/stop", &[], None).await;
    assert_eq!(got.status, 400);
    assert_eq!(msg(&got, "error_code"), "MOCK.0400");
    assert_eq!(
        msg(&got, "error_msg"),
        "header X-Language: required header is missing"
    );
    assert!(
        got.headers["x-mock-error"]
            .to_str()
            .unwrap()
            .contains("X-Language")
    );
    // Header names match case-insensitively; the enum is checked.
    let got = send(
        &server,
        "POST",
        "/v2/p1/graphs/g1/stop",
        &[("x-language", "fr")],
        None,
    )
    .await;
    assert_eq!(got.status, 400);
    assert!(
        msg(&got, "error_msg").contains("unknown value \"fr\", expected one of: en-us, zh-cn"),
        "{:?}",
        got.body
    );
    // Path parameter constraint.
    let got = send(
        &server,
        "POST",
        "/v2/p1/graphs/abcdefghi/stop",
        &[LANG],
        None,
    )
    .await;
    assert_eq!(got.status, 400);
    assert!(
        msg(&got, "error_msg").contains("path parameter graph_id: length 9 exceeds max_length 8")
    );
}

#[tokio::test]
async fn query_types_and_constraints() {
    let server = MockServer::start(config()).await.unwrap();
    let ok = send(
        &server,
        "GET",
        "/v2/p1/jobs?limit=100&offset=9223372036854775807&verbose=true&tags=a,b&ids=1&ids=2",
        &[],
        None,
    )
    .await;
    assert_eq!(ok.status, 200);
    for (query, expect) in [
        (
            "limit=abc",
            "query parameter limit: expected an int32, got \"abc\"",
        ),
        (
            "limit=0",
            "query parameter limit: value 0 is below minimum 1",
        ),
        (
            "limit=101",
            "query parameter limit: value 101 exceeds maximum 100",
        ),
        (
            "offset=9223372036854775808",
            "query parameter offset: expected an int64",
        ),
        (
            "verbose=yes",
            "query parameter verbose: expected true or false",
        ),
        (
            "tags=a,b,c",
            "query parameter tags: item count 3 exceeds max_items 2",
        ),
        ("ids=1&ids=x", "query parameter ids[1]: expected an int32"),
        (
            "limit=1&limit=2",
            "query parameter limit: expected one value, got 2",
        ),
    ] {
        let got = send(&server, "GET", &format!("/v2/p1/jobs?{query}"), &[], None).await;
        assert_eq!(got.status, 400, "{query}");
        let m = msg(&got, "error_msg");
        assert!(m.starts_with(expect), "{query}: {m}");
    }
}

#[tokio::test]
async fn body_validation_uses_documented_status_and_shape() {
    let server = MockServer::start(config()).await.unwrap();
    let post = |body: &'static str| {
        send(
            &server,
            "POST",
            "/v2/p1/jobs",
            &[],
            Some(body.as_bytes().to_vec()),
        )
    };

    let got = post(
        r#"{"jobs":[{"job_id":"a","size":9007199254740993,"kind":null}],"extra":null,"unknown":1}"#,
    )
    .await;
    assert_eq!(got.status, 201, "{:?}", got.body);
    assert_eq!(got.body, Some(json!({ "created": 1 })));

    // No 400 documented: the lowest documented 4xx (422), in its shape.
    let got = post(r#"{"jobs":[{"job_id":"a"},{"name":"x"}]}"#).await;
    assert_eq!(got.status, 422);
    assert_eq!(
        got.body,
        Some(json!({
            "errorCode": "MOCK.0422",
            "message": "jobs[1].job_id: required property is missing",
            "retryable": false
        }))
    );

    for (body, expect) in [
        ("{not json", "body: not valid JSON"),
        ("", "body: request body is required"),
        ("[]", "body: expected an object, got an array"),
        (r#"{"jobs":[]}"#, "jobs: item count 0 is below min_items 1"),
        (
            r#"{"jobs":[{"job_id":7}]}"#,
            "jobs[0].job_id: expected a string, got number 7",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":"1"}]}"#,
            "jobs[0].size: expected an int64, got string \"1\"",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":0}]}"#,
            "jobs[0].size: value 0 is below minimum 1",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":1.5}]}"#,
            "jobs[0].size: expected an int64, got number 1.5",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":9223372036854775808}]}"#,
            "jobs[0].size: 9223372036854775808 is out of the int64 range",
        ),
        (
            r#"{"jobs":[{"job_id":"a","name":"ABC"}]}"#,
            "jobs[0].name: does not match pattern \"^[a-z]+$\"",
        ),
        (
            r#"{"jobs":[{"job_id":"a","name":"abcdefghi"}]}"#,
            "jobs[0].name: length 9 exceeds max_length 8",
        ),
        (
            r#"{"jobs":[{"job_id":"a","kind":"x"}]}"#,
            "jobs[0].kind: unknown value \"x\", expected one of: batch, stream",
        ),
        (
            r#"{"jobs":[{"job_id":null}]}"#,
            "jobs[0].job_id: must not be null",
        ),
    ] {
        let got = post(body).await;
        assert_eq!(got.status, 422, "{body}");
        let m = msg(&got, "message");
        assert!(m.starts_with(expect), "{body}: {m}");
    }
}

#[tokio::test]
async fn huge_body_is_bounded() {
    let server = MockServer::start(config()).await.unwrap();
    let mut huge = b"{\"jobs\":[\"".to_vec();
    huge.resize(MAX_BODY * 2, b'a');
    let got = send(&server, "POST", "/v2/p1/jobs", &[], Some(huge)).await;
    assert_eq!(got.status, 413);
    assert_eq!(msg(&got, "error_code"), "MOCK.0413");
    // Deeply nested JSON is rejected by the parser's depth limit, not by a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let got = send(&server, "POST", "/v2/p1/jobs", &[], Some(deep.into_bytes())).await;
    assert_eq!(got.status, 422);
    // Still serving.
    let got = send(&server, "GET", "/v2/p1/jobs/count", &[], None).await;
    assert_eq!(got.status, 200);
}

#[tokio::test]
async fn garbage_on_the_socket_does_not_stop_the_server() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = MockServer::start(config()).await.unwrap();
    let mut s = tokio::net::TcpStream::connect(server.addr()).await.unwrap();
    s.write_all(b"\x00\xffNOT HTTP AT ALL\r\n\r\n")
        .await
        .unwrap();
    let mut sink = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut sink)).await;
    let got = send(&server, "GET", "/v2/p1/jobs/count", &[], None).await;
    assert_eq!(got.status, 200);
}

#[tokio::test]
async fn signature_is_checked() {
    let server = MockServer::start(config().credentials("AK123", "SK456"))
        .await
        .unwrap();
    let host = server.addr().to_string();
    let date = signer::format_sdk_date(time::OffsetDateTime::now_utc());
    let path = "/v2/p1/jobs";
    let query = "b=2&a=1";
    let body = br#"{"jobs":[{"job_id":"a"}]}"#.to_vec();
    let headers = vec![
        ("host".to_string(), host.clone()),
        ("content-type".to_string(), "application/json".to_string()),
        ("x-sdk-date".to_string(), date.clone()),
    ];
    let canonical_query = signer::canonical_query_from_raw(query);
    let signable = signer::SignableRequest {
        method: "POST",
        wire_path: path,
        canonical_query: &canonical_query,
        headers: &headers,
        body: &body,
    };
    let authorization = signer::sign(&signable, "AK123", "SK456").expect("signed");
    let target = format!("{path}?{query}");
    let signed = |auth: String, body: Vec<u8>| {
        let date = date.clone();
        let target = target.clone();
        let server = &server;
        async move {
            let h = [
                ("content-type", "application/json"),
                ("x-sdk-date", date.as_str()),
                ("authorization", auth.as_str()),
            ];
            send(server, "POST", &target, &h, Some(body)).await
        }
    };

    let got = signed(authorization.clone(), body.clone()).await;
    assert_eq!(got.status, 201, "{:?}", got.body);

    // Tampered body, tampered signature, unknown key, missing header: all 401 in the gateway's shape.
    let got = signed(
        authorization.clone(),
        br#"{"jobs":[{"job_id":"b"}]}"#.to_vec(),
    )
    .await;
    assert_eq!(got.status, 401);
    assert_eq!(msg(&got, "error_code"), "APIGW.0301");
    let flipped = authorization.replace("Signature=", "Signature=0");
    assert_eq!(signed(flipped, body.clone()).await.status, 401);
    let other_key = authorization.replace("AK123", "AK999");
    assert_eq!(signed(other_key, body.clone()).await.status, 401);
    let got = send(&server, "POST", path, &[], Some(body.clone())).await;
    assert_eq!(got.status, 401);
    assert!(msg(&got, "error_msg").contains("Authorization"));

    // A correct signature over a stale date is refused like the gateway does.
    let stale = signer::format_sdk_date(time::OffsetDateTime::now_utc() - time::Duration::hours(1));
    let headers = vec![
        ("host".to_string(), host),
        ("x-sdk-date".to_string(), stale.clone()),
    ];
    let signable = signer::SignableRequest {
        method: "POST",
        wire_path: path,
        canonical_query: "",
        headers: &headers,
        body: &body,
    };
    let auth = signer::sign(&signable, "AK123", "SK456").expect("signed");
    let h = [
        ("x-sdk-date", stale.as_str()),
        ("authorization", auth.as_str()),
    ];
    let got = send(&server, "POST", path, &h, Some(body)).await;
    assert_eq!(got.status, 401);
    assert!(
        msg(&got, "error_msg").contains("15 minutes"),
        "{:?}",
        got.body
    );
}

#[tokio::test]
async fn bad_spec_is_an_error_not_a_panic() {
    let cfg = MockConfig::new()
        .services([])
        .spec_json("broken", "{ not json");
    let err = MockServer::start(cfg).await.unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    assert!(err.to_string().contains("broken"));
    // A model that did not come through the checker: a pattern that does not compile, a template that cannot be
    // sent.
    let mut bad = model("other", OTHER);
    bad.endpoints[0].params[0].schema.rules.pattern = Some("(".to_owned());
    let err = MockServer::start(MockConfig::new().services([]).service(bad))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("bad pattern"), "{err}");
    let mut bad = model("other", OTHER);
    bad.endpoints[0].path = "/v2/{project_id}/jobs/{job_id}/a b".to_owned();
    let err = MockServer::start(MockConfig::new().services([]).service(bad))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("a space"), "{err}");
}

/// Two services whose endpoints take the same requests cannot both be served: the mock says which, rather than
/// silently serving the first.
#[tokio::test]
async fn conflicting_routes_are_refused() {
    let clash = OTHER
        .replace("service: other", "service: clash")
        .replace("{job_id}", "{id}")
        .replace("job_id: { type: string }", "id: { type: string }");
    let cfg = config().service(model("clash", &clash));
    let err = MockServer::start(cfg).await.unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    assert_eq!(
        err.to_string(),
        "other.ReplaceJob (PUT /v2/{project_id}/jobs/{job_id}) and clash.ReplaceJob (PUT \
         /v2/{project_id}/jobs/{id}) take the same requests; give them different paths or methods"
    );
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let server = MockServer::start(config()).await.unwrap();
    let addr = server.addr();
    tokio::time::timeout(Duration::from_secs(10), server.shutdown())
        .await
        .expect("shutdown in time");
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn every_generated_service_loads() {
    // The crate's own specs (whatever `spec/` holds): all parse, compile and route.
    let server = MockServer::start(MockConfig::new()).await.unwrap();
    let operations: usize = crate::SERVICES.iter().map(|s| s.operations.len()).sum();
    assert_eq!(server.routes().len(), operations);
}

/// Found by schemathesis against the exported OpenAPI (drs documents `error_code` as exactly 12 characters and
/// `error_msg` as at most 512): a contract error's filled-in code and message must fit the documented constraints.
#[tokio::test]
async fn error_fields_fit_their_documented_constraints() {
    let spec = r#"
service: fit
title: Fit
host_prefix: fit
types:
  ErrorBody:
    type: object
    properties:
      error_code: { type: string, min_length: 12, max_length: 12 }
      error_msg: { type: string, min_length: 1, max_length: 20 }
endpoints:
  - operation: Sized
    method: GET
    path: /sized
    parameters:
      query:
        n: { type: int32, required: true }
    responses:
      200: {}
      400: { body: { type: ErrorBody } }
  - operation: Shaped
    method: GET
    path: /shaped
    parameters:
      query:
        n: { type: int32, required: true }
    responses:
      200: {}
      400:
        body:
          type: object
          properties:
            code: { type: string, enum: [E1, E2] }
            message: { type: string, pattern: '^[a-z ]+$', example: invalid request }
  - operation: Plain
    method: GET
    path: /plain
    parameters:
      query:
        n: { type: int32, required: true }
    responses:
      200: {}
      400: { body: { type: string, max_length: 10 } }
"#;
    let cfg = MockConfig::new().services([]).service(model("fit", spec));
    let server = MockServer::start(cfg).await.unwrap();

    let got = send(&server, "GET", "/sized?n=x", &[], None).await;
    assert_eq!(got.status, 400);
    assert_eq!(msg(&got, "error_code"), "MOCK.0400000");
    assert_eq!(msg(&got, "error_msg"), "query parameter n: e");
    // The full message is still in the header.
    assert_eq!(
        got.headers["x-mock-error"],
        "query parameter n: expected an int32, got \"x\""
    );
    let got = send(&server, "GET", "/sized", &[], None).await;
    assert_eq!(msg(&got, "error_code").chars().count(), 12);
    assert_eq!(msg(&got, "error_msg").chars().count(), 20);

    // An enum code gets a documented value; a message the pattern rejects gets the field's example.
    let got = send(&server, "GET", "/shaped?n=x", &[], None).await;
    assert_eq!(got.status, 400);
    assert_eq!(
        got.body,
        Some(json!({ "code": "E1", "message": "invalid request" }))
    );

    // A plain string error body is cut to its max_length.
    let got = send(&server, "GET", "/plain?n=x", &[], None).await;
    assert_eq!(got.status, 400);
    assert_eq!(got.body, Some(json!("query para")));
}

/// Found by schemathesis against the exported OpenAPI (dataarts takes an array of int64): JSON Schema's `integer`,
/// which the export declares, includes numbers like `-292.0`; the mock rejected them as "expected an int64".
#[tokio::test]
async fn integral_floats_are_integers() {
    let server = MockServer::start(config()).await.unwrap();
    let post = |body: &'static str| {
        send(
            &server,
            "POST",
            "/v2/p1/jobs",
            &[],
            Some(body.as_bytes().to_vec()),
        )
    };
    for ok in [
        r#"{"jobs":[{"job_id":"a","size":2.0}]}"#,
        r#"{"jobs":[{"job_id":"a","size":9223372036854775807}]}"#,
        r#"{"jobs":[{"job_id":"a","size":1e3}]}"#,
        r#"{"jobs":[{"job_id":"a","size":9.2e18}]}"#,
    ] {
        let got = post(ok).await;
        assert_eq!(got.status, 201, "{ok}: {:?}", got.body);
    }
    for (bad, expect) in [
        (
            r#"{"jobs":[{"job_id":"a","size":0.0}]}"#,
            "jobs[0].size: value 0 is below minimum 1",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":2.5}]}"#,
            "jobs[0].size: expected an int64, got number 2.5",
        ),
        (
            r#"{"jobs":[{"job_id":"a","size":9.3e18}]}"#,
            "jobs[0].size: 9.3e+18 is out of the int64 range",
        ),
        // Below i64::MIN: serde_json reads it as the float -2^63, which must not pass as an int64.
        (
            r#"{"jobs":[{"job_id":"a","size":-9223372036854775809}]}"#,
            "jobs[0].size: -9.223372036854776e+18 is out of the int64 range",
        ),
    ] {
        let got = post(bad).await;
        assert_eq!(got.status, 422, "{bad}");
        let m = msg(&got, "message");
        assert!(m.starts_with(expect), "{bad}: {m}");
    }

    // int32 bounds: 2^31 - 1 fits, 2^31 does not.
    let spec = r#"
service: i32
title: I32
host_prefix: i32
endpoints:
  - operation: Put
    method: PUT
    path: /n
    request:
      body: { type: int32 }
    responses:
      204: {}
"#;
    let server = MockServer::start(MockConfig::new().services([]).service(model("i32", spec)))
        .await
        .unwrap();
    let got = send(&server, "PUT", "/n", &[], Some(b"2147483647.0".to_vec())).await;
    assert_eq!(got.status, 204, "{:?}", got.body);
    let got = send(&server, "PUT", "/n", &[], Some(b"2147483648.0".to_vec())).await;
    assert_eq!(got.status, 400);
    assert!(msg(&got, "error_msg").contains("is out of the int32 range"));
}
