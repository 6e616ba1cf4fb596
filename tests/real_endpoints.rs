//! Loopback tests of the real endpoints beyond the seeds (`spec/ecs.yaml`, `vpc.yaml`, `cts.yaml`, `cce.yaml`,
//! `workspaceapp.yaml`, `iam.yaml`, `ims.yaml`, `apig.yaml`, `clouddc.yaml`, `swr.yaml`): the hardest part of each,
//! called through the generated client
//! - against a recording server that answers with the spec's own examples, asserting the exact request on the wire
//!   (method, path, query, headers, body) and the decoded output;
//! - against the embedded mock, which validates the request against the same spec.
//!
//! The contract checks (`contract.rs`) already cover every documented status of these files; these tests pin what
//! each endpoint was chosen for: an async job and its status query (ECS, CCE), a JSON media type with a parameter
//! (ECS), marker pagination and zone-less times (VPC), epoch milliseconds in the query and the body and a nested cursor
//! (CTS), a PATCH with an optional body (WorkspaceApp), a global service whose token comes back in a header and whose
//! list takes the account from the credentials (IAM), a JSON patch under its own media type, signed as the SDKs sign it
//! (IMS), a multipart upload (APIG), a streamed download with its file name in a header (CloudDC), and offset paging
//! read from `Content-Range` (SWR).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use generated_client::datetime::{DateTime, EpochMillis};
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{
    BasicCredentials, Client, Credentials, Error, GlobalCredentials, OperationError,
    TokenCredentials,
};
use serde_json::{Value, json};
use spec_core::model::{Endpoint, Service};

// ---------------------------------------------------------------------------------------------------------------
// A recording server: every request as it arrived, answered from a queue of replies.
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Captured {
    method: String,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Captured {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(|v| v.to_str().expect("ASCII"))
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// One answer of the recording server: a status, a body in its media type, and headers of its own.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
}

impl Reply {
    fn json(status: u16, body: &Value) -> Self {
        Reply {
            status,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            headers: Vec::new(),
        }
    }

    fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

#[derive(Clone, Default)]
struct Shared {
    requests: Arc<Mutex<Vec<Captured>>>,
    replies: Arc<Mutex<Vec<Reply>>>,
}

struct Recorder {
    url: String,
    shared: Shared,
    task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let shared = Shared::default();
        let app = axum::Router::new()
            .fallback(record)
            .with_state(shared.clone());
        let task = tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        Recorder { url, shared, task }
    }

    /// Queues the answers, in order.
    fn reply(&self, status: u16, body: Value) {
        self.answer(Reply::json(status, &body));
    }

    /// Queues an answer with headers or a body that is not JSON.
    fn answer(&self, reply: Reply) {
        self.shared.replies.lock().unwrap().push(reply);
    }

    fn take(&self) -> Vec<Captured> {
        std::mem::take(&mut *self.shared.requests.lock().unwrap())
    }

    fn take_one(&self) -> Captured {
        let mut all = self.take();
        assert_eq!(all.len(), 1, "one request: {all:#?}");
        all.remove(0)
    }

    fn client(&self) -> Client {
        Client::builder()
            .endpoint(self.url.clone())
            .credentials(TokenCredentials::new("test-token").with_project_id(PROJECT))
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client")
    }

    /// A client without credentials, as a token request is sent.
    fn anonymous_client(&self) -> Client {
        Client::builder()
            .anonymous()
            .endpoint(self.url.clone())
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client")
    }

    /// A client with the given credentials.
    fn client_with(&self, credentials: impl Into<Credentials>) -> Client {
        Client::builder()
            .endpoint(self.url.clone())
            .credentials(credentials)
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client")
    }

    /// A client signing with AK/SK.
    fn signing_client(&self) -> Client {
        Client::builder()
            .endpoint(self.url.clone())
            .credentials(BasicCredentials::new("AK", "SK").with_project_id(PROJECT))
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client")
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn record(State(shared): State<Shared>, req: Request) -> axum::response::Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20).await.expect("body");
    shared.requests.lock().unwrap().push(Captured {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    });
    let mut replies = shared.replies.lock().unwrap();
    let reply = if replies.is_empty() {
        Reply::json(
            599,
            &json!({"error_code": "TEST.0000", "error_msg": "no reply queued"}),
        )
    } else {
        replies.remove(0)
    };
    let mut response = axum::response::Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).expect("status");
    let headers = response.headers_mut();
    headers.insert("content-type", reply.content_type.parse().unwrap());
    for (name, value) in reply.headers {
        headers.insert(name, value.parse().unwrap());
    }
    response
}

/// Recomputes the `SDK-HMAC-SHA256` signature of a captured request (official algorithm, huawei-sdk.md section 1),
/// independently of the runtime's signer, for paths that need no percent-encoding, and checks the `Authorization`
/// header carries it.
fn assert_signed(c: &Captured, ak: &str, sk: &str) {
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};
    let authorization = c.header("authorization").expect("Authorization");
    let rest = authorization
        .strip_prefix(&format!("SDK-HMAC-SHA256 Access={ak}, SignedHeaders="))
        .unwrap_or_else(|| panic!("AK/SK signed: {authorization}"));
    let (signed, signature) = rest.split_once(", Signature=").expect("signature");
    let canonical_headers: String = signed
        .split(';')
        .map(|h| format!("{h}:{}\n", c.header(h).expect("signed header sent").trim()))
        .collect();
    let mut query: Vec<&str> = c
        .query
        .as_deref()
        .map_or(Vec::new(), |q| q.split('&').collect());
    query.sort_unstable();
    let payload = match c.header("x-sdk-content-sha256") {
        Some(v) => v.to_owned(),
        None => hex::encode(Sha256::digest(&c.body)),
    };
    let canonical = format!(
        "{}\n{}/\n{}\n{canonical_headers}\n{signed}\n{payload}",
        c.method,
        c.path,
        query.join("&")
    );
    let date = c.header("x-sdk-date").expect("X-Sdk-Date");
    let to_sign = format!(
        "SDK-HMAC-SHA256\n{date}\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(sk.as_bytes()).expect("key");
    mac.update(to_sign.as_bytes());
    assert_eq!(
        signature,
        hex::encode(mac.finalize().into_bytes()),
        "{canonical}"
    );
}

const PROJECT: &str = "0123456789abcdef0123456789abcdef";

/// Endpoint `operation` of a compiled service's model.
fn endpoint(spec_json: &str, operation: &str) -> Endpoint {
    let spec: Service = serde_json::from_str(spec_json).expect("model JSON");
    spec.endpoints
        .into_iter()
        .find(|e| e.operation == operation)
        .unwrap_or_else(|| panic!("{operation} is in the spec"))
}

fn response_example(ep: &Endpoint, status: u16) -> Value {
    ep.response(status)
        .and_then(|r| r.example.clone())
        .unwrap_or_else(|| panic!("{} {status} has an example", ep.operation))
}

fn request_example(ep: &Endpoint) -> Value {
    ep.request
        .as_ref()
        .and_then(|r| r.example.clone())
        .expect("a request example")
}

/// A client of the embedded mock, serving every compiled service.
async fn mock() -> (MockServer, Client) {
    let mock = MockServer::start(MockConfig::new().services(generated_client::SERVICES))
        .await
        .expect("mock");
    let client = Client::builder()
        .anonymous()
        .endpoint(mock.url())
        .no_proxy()
        .build()
        .expect("client");
    (mock, client)
}

// ---------------------------------------------------------------------------------------------------------------
// ECS: a batch stop is an async job; its status is queried with ShowJob. JSON with a charset parameter; nested errors.
// ---------------------------------------------------------------------------------------------------------------

mod ecs {
    use super::*;
    use generated_client::ecs::{
        BatchStopServersError, BatchStopServersOption, BatchStopServersRequest,
        BatchStopServersRequestBody, BatchStopServersType, JobStatus, SERVICE, ServerId,
        ShowJobRequest,
    };

    fn stop_two() -> BatchStopServersRequest {
        BatchStopServersRequest::new(BatchStopServersRequestBody::new(
            BatchStopServersOption::new(vec![
                ServerId::new("616fb98f-46ca-475e-917e-2563e5a8cd19"),
                ServerId::new("726fb98f-46ca-475e-917e-2563e5a8cd20"),
            ])
            .r#type(BatchStopServersType::Hard),
        ))
    }

    #[tokio::test]
    async fn the_stop_job_is_submitted_then_polled_to_success() {
        let stop = endpoint(SERVICE.spec_json, "BatchStopServers");
        let show = endpoint(SERVICE.spec_json, "ShowJob");
        let server = Recorder::start().await;
        let client = server.signing_client();
        server.reply(200, response_example(&stop, 200));
        let mut running = response_example(&show, 200);
        running["status"] = json!("RUNNING");
        running["end_time"] = Value::Null;
        server.reply(200, running);
        server.reply(200, response_example(&show, 200));

        let job = client
            .ecs()
            .batch_stop_servers(stop_two())
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!(c.method, "POST");
        assert_eq!(c.path, format!("/v1/{PROJECT}/cloudservers/action"));
        assert_eq!(c.query, None);
        // The declared media type, parameter included, exactly as the SDK sends it.
        assert_eq!(
            c.header("content-type"),
            Some("application/json;charset=UTF-8")
        );
        // A JSON type: the body's SHA-256 is signed, not UNSIGNED-PAYLOAD.
        assert_eq!(c.header("x-sdk-content-sha256"), None);
        assert!(
            c.header("authorization")
                .unwrap()
                .starts_with("SDK-HMAC-SHA256 ")
        );
        assert_eq!(
            c.json(),
            request_example(&stop),
            "the page's request example"
        );
        let job_id = job.job_id.clone().expect("a job ID");
        assert_eq!(job_id, "ff808082889bd9690189061140c235fe");

        // Poll until the job leaves RUNNING.
        let done = loop {
            let j = client
                .ecs()
                .show_job(ShowJobRequest::new(&job_id))
                .await
                .expect("200");
            let c = server.take_one();
            assert_eq!((c.method.as_str(), c.body.len()), ("GET", 0));
            assert_eq!(c.path, format!("/v1/{PROJECT}/jobs/{job_id}"));
            match j.status {
                Some(JobStatus::Running) | Some(JobStatus::Init) => continue,
                _ => break j.into_inner(),
            }
        };
        assert_eq!(done.status, Some(JobStatus::Success));
        // `null` after success (read apart from absent), and the times are RFC 3339.
        assert_eq!(done.error_code, Some(None));
        let sub = &done.entities.as_ref().unwrap().sub_jobs.as_ref().unwrap()[0];
        assert_eq!(sub.fail_reason, Some(None));
        assert_eq!(
            sub.entities.as_ref().unwrap().server_id.as_deref(),
            Some("bae51750-0089-41a1-9b18-5c777978ff6d")
        );
        let (begin, end) = (done.begin_time.unwrap(), done.end_time.unwrap());
        assert!(begin.parse().unwrap() < end.parse().unwrap());
    }

    #[tokio::test]
    async fn any_4xx_carries_the_nested_error_body() {
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(
            409,
            json!({"error": {"code": "Ecs.0005", "message": "Request body is invalid.",
                             "details": [{"code": "Ecs.0005", "message": "os-stop.servers is empty"}]}}),
        );
        let err = client
            .ecs()
            .batch_stop_servers(stop_two())
            .await
            .expect_err("409");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(
            (e.err().code(), e.err().message()),
            (Some("Ecs.0005"), Some("Request body is invalid."))
        );
        let BatchStopServersError::ClientError(409, body) = e.err() else {
            panic!("{:?}", e.err())
        };
        let details = body.error.as_ref().unwrap().details.as_ref().unwrap();
        assert_eq!(
            details[0].message.as_deref(),
            Some("os-stop.servers is empty")
        );
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let job = client
            .ecs()
            .batch_stop_servers(stop_two().project_id(PROJECT))
            .await
            .expect("the mock accepts the request");
        let status = client
            .ecs()
            .show_job(ShowJobRequest::new(job.job_id.clone().unwrap()).project_id(PROJECT))
            .await
            .expect("the mock answers the job");
        assert_eq!(status.status, Some(JobStatus::Success));
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// VPC: marker pagination (the marker is the last item's ID); zone-less times; an unset `limit` is not sent.
// ---------------------------------------------------------------------------------------------------------------

mod vpc {
    use super::*;
    use generated_client::vpc::{ListVpcsRequest, SERVICE, VpcStatus};

    #[tokio::test]
    async fn pages_follow_the_last_id_until_a_short_page() {
        let list = endpoint(SERVICE.spec_json, "ListVpcs");
        let page = response_example(&list, 200);
        assert_eq!(page["vpcs"].as_array().unwrap().len(), 2);
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(200, page);
        server.reply(200, json!({"vpcs": []}));

        let mut marker: Option<String> = None;
        let mut ids = Vec::new();
        loop {
            let mut req = ListVpcsRequest::new().limit(2);
            if let Some(m) = &marker {
                req = req.marker(m);
            }
            let out = client.vpc().list_vpcs(req).await.expect("200").into_inner();
            let vpcs = out.vpcs.unwrap_or_default();
            ids.extend(vpcs.iter().map(|v| v.id.clone()));
            if vpcs.len() < 2 {
                break;
            }
            let last = vpcs.last().unwrap();
            assert_eq!(last.status, VpcStatus::Ok);
            // Zone-less UTC, as the page shows it.
            let created = last.created_at.as_ref().unwrap();
            assert_eq!(created.as_str(), "2022-12-15T04:01:21");
            assert_eq!(
                created.parse(),
                Some(time::macros::datetime!(2022-12-15 04:01:21 UTC))
            );
            marker = Some(last.id.clone());
        }
        assert_eq!(
            ids,
            [
                "13551d6b-755d-4757-b956-536f674975c0",
                "3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85"
            ]
        );
        let sent = server.take();
        let queries: Vec<_> = sent.iter().map(|c| c.query.clone()).collect();
        assert_eq!(
            queries,
            [
                Some("limit=2".to_owned()),
                Some("limit=2&marker=3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85".to_owned())
            ]
        );
        assert!(sent.iter().all(|c| c.path == format!("/v1/{PROJECT}/vpcs")));
    }

    #[tokio::test]
    async fn the_server_default_limit_is_not_sent() {
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(200, json!({"vpcs": []}));
        client
            .vpc()
            .list_vpcs(ListVpcsRequest::new())
            .await
            .expect("200");
        assert_eq!(
            server.take_one().query,
            None,
            "`limit` defaults to 2000 on the server"
        );
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .vpc()
            .list_vpcs(
                ListVpcsRequest::new()
                    .project_id(PROJECT)
                    .limit(10)
                    .marker("13551d6b-755d-4757-b956-536f674975c0"),
            )
            .await
            .expect("the mock accepts the request");
        // The mock pages the example: the VPCs after the marker's.
        let ids: Vec<&str> = out.vpcs.iter().flatten().map(|v| v.id.as_str()).collect();
        assert_eq!(ids, ["3ec3b33f-ac1c-4630-ad1c-7dba1ed79d85"]);
        let err = client
            .vpc()
            .list_vpcs(ListVpcsRequest::new().project_id(PROJECT).limit(-1))
            .await
            .expect_err("limit is at least 0");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// CTS: epoch milliseconds in the query and the body, a cursor under `meta_data.marker` sent back as `next`.
// ---------------------------------------------------------------------------------------------------------------

mod cts {
    use super::*;
    use generated_client::cts::{ListTracesRequest, SERVICE, TraceRating, TraceType};

    #[tokio::test]
    async fn a_time_range_in_epoch_millis_and_the_nested_cursor() {
        let list = endpoint(SERVICE.spec_json, "ListTraces");
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(200, response_example(&list, 200));
        let mut last = response_example(&list, 200);
        last["traces"] = json!([]);
        last["meta_data"] = json!({"count": 0, "marker": null});
        server.reply(200, last);

        let from: DateTime<EpochMillis> = time::macros::datetime!(2016-11-07 03:47:58 UTC).into();
        let to: DateTime<EpochMillis> = time::macros::datetime!(2016-11-14 03:47:58 UTC).into();
        let mut next: Option<String> = None;
        let mut traces = Vec::new();
        loop {
            let mut req = ListTracesRequest::new(TraceType::System)
                .from(from.clone())
                .to(to.clone())
                .trace_rating(TraceRating::Warning);
            if let Some(n) = &next {
                req = req.next(n);
            }
            let out = client
                .cts()
                .list_traces(req)
                .await
                .expect("200")
                .into_inner();
            traces.extend(out.traces.unwrap_or_default());
            match out.meta_data.and_then(|m| m.marker.flatten()) {
                Some(m) => next = Some(m),
                None => break,
            }
        }
        let sent = server.take();
        assert_eq!(sent.len(), 2);
        assert_eq!(sent[0].path, format!("/v3/{PROJECT}/traces"));
        // The canonical (sorted) query, as the Python SDK sends it; the times as 13 digits.
        assert_eq!(
            sent[0].query.as_deref(),
            Some("from=1478490478000&to=1479095278000&trace_rating=warning&trace_type=system")
        );
        assert_eq!(
            sent[1].query.as_deref(),
            Some(
                "from=1478490478000&next=e001ccb8-bc09-11e6-b2cc-2640a43cc6e8&to=1479095278000\
                 &trace_rating=warning&trace_type=system"
            )
        );
        assert_eq!(traces.len(), 2);
        let t = &traces[0];
        // An integer on the wire, kept as its digits and parsed as milliseconds.
        assert_eq!(t.time.as_ref().unwrap().as_str(), "1472148708232");
        assert_eq!(
            t.record_time.as_ref().unwrap().parse(),
            Some(time::macros::datetime!(2016-12-06 23:15:28.032 UTC))
        );
        assert_eq!(t.code.as_deref(), Some("200"));
        assert_eq!(
            t.user
                .as_ref()
                .unwrap()
                .domain
                .as_ref()
                .unwrap()
                .id
                .as_deref(),
            Some("ded649d814464428ba89d04d7955c93e")
        );
    }

    #[tokio::test]
    async fn milliseconds_in_a_string_decode_too() {
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(
            200,
            json!({"traces": [{"user": {"session_context": {"attributes":
                {"created_at": "1704067200000", "mfa_authenticated": "false"}}}}],
                   "meta_data": {"count": 1, "marker": null}}),
        );
        let out = client
            .cts()
            .list_traces(ListTracesRequest::new(TraceType::Data))
            .await
            .expect("200");
        assert_eq!(server.take_one().query.as_deref(), Some("trace_type=data"));
        let attrs = out.traces.as_ref().unwrap()[0]
            .user
            .as_ref()
            .and_then(|u| u.session_context.as_ref())
            .and_then(|s| s.attributes.as_ref())
            .unwrap();
        assert_eq!(
            attrs.created_at.as_ref().unwrap().parse(),
            Some(time::macros::datetime!(2024-01-01 00:00 UTC))
        );
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let from: DateTime<EpochMillis> = time::macros::datetime!(2016-11-07 03:47:58 UTC).into();
        let out = client
            .cts()
            .list_traces(
                ListTracesRequest::new(TraceType::System)
                    .project_id(PROJECT)
                    .from(from)
                    .limit(200),
            )
            .await
            .expect("the mock accepts the request");
        assert_eq!(out.meta_data.as_ref().unwrap().count, Some(2));
        let err = client
            .cts()
            .list_traces(
                ListTracesRequest::new(TraceType::System)
                    .project_id(PROJECT)
                    .limit(201),
            )
            .await
            .expect_err("at most 200");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// CCE: a recursive job model; the service-wide `errorCode`/`errorMessage` error body.
// ---------------------------------------------------------------------------------------------------------------

mod cce {
    use super::*;
    use generated_client::cce::{JobPhase, SERVICE, ShowJobError, ShowJobRequest};

    #[tokio::test]
    async fn sub_jobs_are_jobs_and_errors_keep_their_code() {
        let show = endpoint(SERVICE.spec_json, "ShowJob");
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(200, response_example(&show, 200));
        server.reply(
            404,
            json!({"errorCode": "CCE.01404001", "errorMessage": "Job not found"}),
        );

        let job = client
            .cce()
            .show_job(ShowJobRequest::new("5b2f4a9c-3b7e-11ed-9d5c-0255ac100b0d"))
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!(
            c.path,
            format!("/api/v3/projects/{PROJECT}/jobs/5b2f4a9c-3b7e-11ed-9d5c-0255ac100b0d")
        );
        assert_eq!(job.status.as_ref().unwrap().phase, Some(JobPhase::Running));
        let sub = &job.spec.as_ref().unwrap().sub_jobs.as_ref().unwrap()[0];
        assert_eq!(sub.status.as_ref().unwrap().phase, Some(JobPhase::Success));
        assert_eq!(
            sub.spec.as_ref().unwrap().r#type.as_deref(),
            Some("DeleteClusterResources")
        );

        let err = client
            .cce()
            .show_job(ShowJobRequest::new("missing"))
            .await
            .expect_err("404");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        assert!(
            matches!(e.err(), ShowJobError::ClientError(404, _)),
            "{:?}",
            e.err()
        );
        assert_eq!(e.err().code(), Some("CCE.01404001"));
        assert_eq!(e.err().message(), Some("Job not found"));
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let job = client
            .cce()
            .show_job(ShowJobRequest::new("5b2f4a9c").project_id(PROJECT))
            .await
            .expect("the mock answers");
        assert_eq!(job.kind.as_deref(), Some("Job"));
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// WorkspaceApp: a PATCH whose body is optional and carries only the fields set.
// ---------------------------------------------------------------------------------------------------------------

mod workspaceapp {
    use super::*;
    use generated_client::workspaceapp::{
        AuthorizationType, SERVICE, UpdateAppGroupReq, UpdateAppGroupRequest,
    };

    #[tokio::test]
    async fn a_patch_sends_only_what_was_set() {
        let update = endpoint(SERVICE.spec_json, "UpdateAppGroup");
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(200, response_example(&update, 200));
        server.reply(200, response_example(&update, 200));

        let out = client
            .workspaceapp()
            .update_app_group(
                UpdateAppGroupRequest::new("8a2c3f6d")
                    .body(UpdateAppGroupReq::new().name("dev-apps")),
            )
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!(c.method, "PATCH");
        assert_eq!(c.path, format!("/v1/{PROJECT}/app-groups/8a2c3f6d"));
        assert_eq!(c.header("content-type"), Some("application/json"));
        assert_eq!(c.json(), json!({"name": "dev-apps"}));
        assert_eq!(out.authorization_type, Some(AuthorizationType::AppGroup));
        assert_eq!(
            out.create_at.as_ref().unwrap().parse(),
            Some(time::macros::datetime!(2022-03-07 10:40:43.858 UTC))
        );

        // No body at all when the caller sets none (the SDK's optional body).
        client
            .workspaceapp()
            .update_app_group(UpdateAppGroupRequest::new("8a2c3f6d"))
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!((c.method.as_str(), c.body.len()), ("PATCH", 0));
        assert_eq!(c.header("content-length"), Some("0"));
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .workspaceapp()
            .update_app_group(
                UpdateAppGroupRequest::new("8a2c3f6d")
                    .project_id(PROJECT)
                    .body(
                        UpdateAppGroupReq::new().description("Software development applications"),
                    ),
            )
            .await
            .expect("the mock accepts the PATCH");
        assert_eq!(out.app_count, Some(10));
        let err = client
            .workspaceapp()
            .update_app_group(
                UpdateAppGroupRequest::new("8a2c3f6d")
                    .project_id(PROJECT)
                    .body(UpdateAppGroupReq::new().name("")),
            )
            .await
            .expect_err("a name has 1 to 64 characters");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// IAM: a global service. The token comes back in `X-Subject-Token`; the project list takes the account (domain) ID
// from the credentials into its `domain_id` query parameter; AK/SK calls carry `X-Domain-Id`, never `X-Project-Id`.
// ---------------------------------------------------------------------------------------------------------------

mod iam {
    use super::*;
    use generated_client::iam::{
        AuthScope, AuthScopeDomain, KeystoneCreateUserTokenByPasswordError,
        KeystoneCreateUserTokenByPasswordRequest, KeystoneCreateUserTokenByPasswordRequestBody,
        KeystoneListProjectsRequest, PwdAuth, PwdIdentity, PwdIdentityMethod, PwdPassword,
        PwdPasswordUser, PwdPasswordUserDomain, SERVICE,
    };

    /// The page's request: user A of domain A, a token scoped to the domain.
    fn token_request() -> KeystoneCreateUserTokenByPasswordRequest {
        let user = PwdPasswordUser::new(
            PwdPasswordUserDomain::new("domain A"),
            "user A",
            "**********",
        );
        let identity = PwdIdentity::new(vec![PwdIdentityMethod::Password], PwdPassword::new(user));
        let scope = AuthScope::new().domain(AuthScopeDomain::new().name("domain A"));
        KeystoneCreateUserTokenByPasswordRequest::new(
            KeystoneCreateUserTokenByPasswordRequestBody::new(PwdAuth::new(identity, scope)),
        )
    }

    const TOKEN: &str = "MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXX";

    #[tokio::test]
    async fn the_token_from_x_subject_token_lists_the_projects_of_its_account() {
        let create = endpoint(SERVICE.spec_json, "KeystoneCreateUserTokenByPassword");
        let list = endpoint(SERVICE.spec_json, "KeystoneListProjects");
        let server = Recorder::start().await;
        server.answer(
            Reply::json(201, &response_example(&create, 201)).header("X-Subject-Token", TOKEN),
        );
        let mut first = response_example(&list, 200);
        first["links"]["next"] = json!(
            "https://iam.myhuaweicloud.com/v3/projects?domain_id=ded485def148s4e7d2se41d5se&page=2&per_page=1"
        );
        server.reply(200, first);
        server.reply(200, response_example(&list, 200));

        // The token request authenticates itself: no credentials, nothing signed, no scope header.
        let out = server
            .anonymous_client()
            .iam()
            .keystone_create_user_token_by_password(token_request().nocatalog("true"))
            .await
            .expect("201")
            .into_inner();
        let c = server.take_one();
        assert_eq!(
            (c.method.as_str(), c.path.as_str()),
            ("POST", "/v3/auth/tokens")
        );
        assert_eq!(c.query.as_deref(), Some("nocatalog=true"));
        assert_eq!(
            c.header("content-type"),
            Some("application/json;charset=UTF-8")
        );
        for absent in [
            "authorization",
            "x-auth-token",
            "x-domain-id",
            "x-project-id",
        ] {
            assert_eq!(c.header(absent), None, "{absent}");
        }
        assert_eq!(
            c.json(),
            request_example(&create),
            "the page's request example"
        );

        // The token is the header, read into its typed field; the body is the token's description.
        assert_eq!(out.x_subject_token, TOKEN);
        let token = out.body.token.expect("token");
        let user = token.user;
        assert_eq!(
            user.password_expires_at.as_ref().map(|t| t.parse()),
            Some(Some(time::macros::datetime!(2016-11-06 15:32:17 UTC)))
        );
        assert_eq!(
            token.expires_at.parse(),
            Some(time::macros::datetime!(2015-11-09 01:42:57.527363 UTC))
        );

        // The token, and the account it belongs to, make the credentials of the next calls.
        let client = server.client_with(
            TokenCredentials::new(out.x_subject_token).with_domain_id(&user.domain.id),
        );
        let mut page = 1;
        let mut names = Vec::new();
        loop {
            let out = client
                .iam()
                .keystone_list_projects(KeystoneListProjectsRequest::new().page(page).per_page(1))
                .await
                .expect("200")
                .into_inner();
            names.extend(out.projects.unwrap_or_default().into_iter().map(|p| p.name));
            match out.links.and_then(|l| l.next.flatten()) {
                Some(_) => page += 1,
                None => break,
            }
        }
        assert_eq!(names, ["region_name", "region_name"]);
        let sent = server.take();
        let queries: Vec<_> = sent.iter().map(|c| c.query.clone()).collect();
        assert_eq!(
            queries,
            [
                Some("domain_id=ded485def148s4e7d2se41d5se&page=1&per_page=1".to_owned()),
                Some("domain_id=ded485def148s4e7d2se41d5se&page=2&per_page=1".to_owned()),
            ],
            "the account from the credentials, in the canonical query"
        );
        for c in &sent {
            assert_eq!(
                (c.method.as_str(), c.path.as_str()),
                ("GET", "/v3/projects")
            );
            assert_eq!(c.header("x-auth-token"), Some(TOKEN));
            // A token carries its own scope: no scope header.
            assert_eq!(c.header("x-domain-id"), None);
        }
    }

    #[tokio::test]
    async fn global_credentials_sign_x_domain_id_and_fill_the_query() {
        let server = Recorder::start().await;
        let client = server.client_with(GlobalCredentials::new("AK", "SK").with_domain_id("d-1"));
        server.reply(200, json!({"projects": []}));
        server.reply(200, json!({"projects": []}));
        client
            .iam()
            .keystone_list_projects(KeystoneListProjectsRequest::new().name("cn-north-4"))
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!(c.query.as_deref(), Some("domain_id=d-1&name=cn-north-4"));
        assert_eq!(c.header("x-domain-id"), Some("d-1"));
        assert_eq!(c.header("x-project-id"), None);
        assert!(
            c.header("authorization")
                .unwrap()
                .contains("SignedHeaders=host;x-domain-id;x-sdk-date,"),
            "{:?}",
            c.header("authorization")
        );
        assert_signed(&c, "AK", "SK");

        // A value on the request wins over the credentials' for the query; the scope header stays the account's.
        client
            .iam()
            .keystone_list_projects(KeystoneListProjectsRequest::new().domain_id("d-2"))
            .await
            .expect("200");
        let c = server.take_one();
        assert_eq!(c.query.as_deref(), Some("domain_id=d-2"));
        assert_eq!(c.header("x-domain-id"), Some("d-1"));
        assert_signed(&c, "AK", "SK");

        // Project-scoped credentials cannot call a global service: refused before anything is sent.
        let err = server
            .signing_client()
            .iam()
            .keystone_list_projects(KeystoneListProjectsRequest::new())
            .await
            .expect_err("no domain ID");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        assert!(server.take().is_empty());
    }

    #[tokio::test]
    async fn both_error_shapes_keep_their_code() {
        let server = Recorder::start().await;
        let client = server.anonymous_client();
        server.reply(
            400,
            json!({"error_msg": "Request body is invalid.", "error_code": "IAM.0011"}),
        );
        server.reply(
            401,
            json!({"error": {"code": 401, "message": "The request you have made requires authentication.",
                             "title": "Unauthorized"}}),
        );
        let err = client
            .iam()
            .keystone_create_user_token_by_password(token_request())
            .await
            .expect_err("400");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        // IAM's own pair, at the top level.
        assert_eq!(
            (e.err().code(), e.err().message()),
            (Some("IAM.0011"), Some("Request body is invalid."))
        );
        assert!(matches!(
            e.err(),
            KeystoneCreateUserTokenByPasswordError::BadRequest(_)
        ));
        let err = client
            .iam()
            .keystone_create_user_token_by_password(token_request())
            .await
            .expect_err("401");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        // Keystone's integer code, read as its text.
        assert_eq!(
            (e.err().code(), e.err().message()),
            (
                Some("401"),
                Some("The request you have made requires authentication.")
            )
        );
        let KeystoneCreateUserTokenByPasswordError::Unauthorized(body) = e.err() else {
            panic!("{:?}", e.err())
        };
        let detail = body.error.as_ref().expect("Keystone's error");
        assert_eq!(
            (detail.code, detail.title.as_deref()),
            (Some(401), Some("Unauthorized"))
        );
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .iam()
            .keystone_create_user_token_by_password(token_request())
            .await
            .expect("the mock accepts the request")
            .into_inner();
        assert_eq!(out.x_subject_token, TOKEN);
        let projects = client
            .iam()
            .keystone_list_projects(
                KeystoneListProjectsRequest::new()
                    .domain_id("d-1")
                    .page(1)
                    .per_page(5000),
            )
            .await
            .expect("the mock accepts the request");
        assert_eq!(projects.projects.as_ref().map(Vec::len), Some(1));
        let err = client
            .iam()
            .keystone_list_projects(KeystoneListProjectsRequest::new().page(1).per_page(5001))
            .await
            .expect_err("at most 5000 per page");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// IMS: a PATCH whose JSON body goes out under Glance's own media type, signed UNSIGNED-PAYLOAD as the SDKs sign every
// type that is not application/json; `__`-prefixed keys; a null told apart from an absent value.
// ---------------------------------------------------------------------------------------------------------------

mod ims {
    use super::*;
    use generated_client::ims::{
        BoolString, GlanceImageOsBit, GlanceImageStatus, GlanceUpdateImageError,
        GlanceUpdateImageRequest, GlanceUpdateImageRequestBody, GlanceUpdateImageRequestBodyOp,
        SERVICE,
    };

    const IMAGE: &str = "33ad552d-1149-471c-8190-ff6776174a00";

    fn rename() -> GlanceUpdateImageRequest {
        GlanceUpdateImageRequest::new(
            IMAGE,
            vec![
                GlanceUpdateImageRequestBody::new(GlanceUpdateImageRequestBodyOp::Replace, "/name")
                    .value("test01"),
            ],
        )
    }

    #[tokio::test]
    async fn the_json_patch_goes_out_under_its_media_type_signed_as_the_sdks_sign_it() {
        let update = endpoint(SERVICE.spec_json, "GlanceUpdateImage");
        let server = Recorder::start().await;
        server.reply(200, response_example(&update, 200));
        let image = server
            .signing_client()
            .ims()
            .glance_update_image(rename())
            .await
            .expect("200")
            .into_inner();
        let c = server.take_one();
        assert_eq!(
            (c.method.as_str(), c.path.as_str()),
            ("PATCH", "/v2/images/33ad552d-1149-471c-8190-ff6776174a00")
        );
        // The media type Glance wants (it answers 415 to application/json), as the SDKs send it.
        assert_eq!(
            c.header("content-type"),
            Some("application/openstack-images-v2.1-json-patch")
        );
        // Not application/json to the SDKs' rule: the payload is not hashed.
        assert_eq!(c.header("x-sdk-content-sha256"), Some("UNSIGNED-PAYLOAD"));
        assert_eq!(c.header("x-project-id"), Some(PROJECT));
        assert_signed(&c, "AK", "SK");
        // JSON all the same: the page's example, byte for byte as the SDKs write it.
        assert_eq!(c.json(), request_example(&update));
        assert_eq!(
            std::str::from_utf8(&c.body).unwrap(),
            r#"[{"op":"replace","path":"/name","value":"test01"}]"#
        );

        // `__`-prefixed keys, strings that hold booleans and numbers, and a null told apart from absent.
        assert_eq!(image.os_bit, Some(GlanceImageOsBit::V64));
        assert_eq!(image.isregistered, Some(BoolString::True));
        assert_eq!(image.image_size.as_deref(), Some("449261568"));
        assert_eq!(image.data_origin, Some(None), "null, not absent");
        assert_eq!(image.support_kvm, None, "absent");
        assert_eq!(image.status, Some(GlanceImageStatus::Active));
        assert_eq!(
            image.created_at.as_ref().and_then(|t| t.parse()),
            Some(time::macros::datetime!(2015-12-04 09:45:33 UTC))
        );
    }

    #[tokio::test]
    async fn a_400_carries_the_nested_error_and_the_rest_no_body() {
        let server = Recorder::start().await;
        let client = server.client();
        server.reply(
            400,
            json!({"error": {"message": "The imagetype is invalid.", "code": "IMG.0024"}}),
        );
        server.reply(404, json!({"itemNotFound": {"message": "Image not found"}}));
        let err = client
            .ims()
            .glance_update_image(rename())
            .await
            .expect_err("400");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(
            (e.err().code(), e.err().message()),
            (Some("IMG.0024"), Some("The imagetype is invalid."))
        );
        let err = client
            .ims()
            .glance_update_image(rename())
            .await
            .expect_err("404");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        // No documented body: the variant is the status alone.
        assert!(
            matches!(e.err(), GlanceUpdateImageError::NotFound),
            "{:?}",
            e.err()
        );
        assert_eq!(e.err().status(), 404);
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let image = client
            .ims()
            .glance_update_image(rename())
            .await
            .expect("the mock accepts the patch");
        assert_eq!(image.name.as_deref(), Some("ims_test"));
        // An empty patch is refused: the SDKs require at least one operation.
        let err = client
            .ims()
            .glance_update_image(GlanceUpdateImageRequest::new(IMAGE, Vec::new()))
            .await
            .expect_err("at least one operation");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        let err = client
            .ims()
            .glance_update_image(GlanceUpdateImageRequest::new(
                IMAGE,
                vec![GlanceUpdateImageRequestBody::new(
                    GlanceUpdateImageRequestBodyOp::Remove,
                    "name",
                )],
            ))
            .await
            .expect_err("a path starts with /");
        assert!(matches!(err, Error::Validation(_)), "{err:?}");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// APIG: a multipart/form-data upload, text parts first and the definitions file last, signed UNSIGNED-PAYLOAD.
// ---------------------------------------------------------------------------------------------------------------

mod apig {
    use super::*;
    use generated_client::Binary;
    use generated_client::apig::{
        ImportAction, ImportApiDefinitionsV2Request, ImportApiDefinitionsV2RequestBody, ImportMode,
        SERVICE,
    };

    const SWAGGER: &str = "swagger: '2.0'\ninfo: { title: demo, version: '1.0' }\n";

    #[tokio::test]
    async fn the_definitions_file_goes_out_as_a_multipart_form() {
        let import = endpoint(SERVICE.spec_json, "ImportApiDefinitionsV2");
        let server = Recorder::start().await;
        server.reply(200, response_example(&import, 200));
        let form = ImportApiDefinitionsV2RequestBody::new(
            Binary::from(SWAGGER).with_file_name("demo.yaml"),
        )
        .is_create_group(false)
        .group_id("c77f5e81d9cb4424bf704ef2b0ac7600")
        .api_mode(ImportMode::Override);
        let out = server
            .signing_client()
            .apig()
            .import_api_definitions_v2(ImportApiDefinitionsV2Request::new(
                "eddc4d25480b4cd6b512f270a1b8b341",
                form,
            ))
            .await
            .expect("200")
            .into_inner();
        let c = server.take_one();
        assert_eq!(
            (c.method.as_str(), c.path.as_str()),
            (
                "POST",
                "/v2/0123456789abcdef0123456789abcdef/apigw/instances/eddc4d25480b4cd6b512f270a1b8b341/openapi/import"
            )
        );
        let content_type = c.header("content-type").expect("content type");
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap_or_else(|| panic!("{content_type}"));
        // The parts that were set, text parts in spec order (booleans as `true`/`false`), then the file part with
        // its name and the SDKs' default type.
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"is_create_group\"\r\n\r\nfalse\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"group_id\"\r\n\r\nc77f5e81d9cb4424bf704ef2b0ac7600\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"api_mode\"\r\n\r\noverride\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"file_name\"; filename=\"demo.yaml\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n{SWAGGER}\r\n--{b}--\r\n",
            b = boundary
        );
        assert_eq!(std::str::from_utf8(&c.body).unwrap(), expected);
        assert_eq!(c.header("x-sdk-content-sha256"), Some("UNSIGNED-PAYLOAD"));
        assert_signed(&c, "AK", "SK");

        // A 200 can carry failures, API by API.
        assert_eq!(
            out.success.as_ref().unwrap()[0].action,
            Some(ImportAction::Create)
        );
        let failure = &out.failure.as_ref().unwrap()[0];
        assert_eq!(
            (failure.error_code.as_deref(), failure.path.as_deref()),
            (Some("APIG.3002"), Some("/test/{id}"))
        );
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .apig()
            .import_api_definitions_v2(
                ImportApiDefinitionsV2Request::new(
                    "eddc4d25480b4cd6b512f270a1b8b341",
                    ImportApiDefinitionsV2RequestBody::new(Binary::from(SWAGGER))
                        .extend_mode(ImportMode::Merge)
                        .simple_mode(true),
                )
                .project_id(PROJECT),
            )
            .await
            .expect("the mock accepts the form");
        assert_eq!(
            out.group_id.as_deref(),
            Some("c77f5e81d9cb4424bf704ef2b0ac7600")
        );
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// CloudDC: a download handed to the caller as it arrives, with the file name from `Content-Disposition`.
// ---------------------------------------------------------------------------------------------------------------

mod clouddc {
    use super::*;
    use generated_client::clouddc::{
        DownloadServerLogsError, DownloadServerLogsRequest, ExportServerLogsRequest,
        LogsExportStatus, SERVICE, ShowLogsExportStatusRequest,
    };
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const DISPOSITION: &str = "attachment; filename=2102313LKB10K4000123-dump.tar.gz";

    /// A server that answers one download: the head and the first chunk, then the rest only once `release` fires.
    async fn gated_download(
        first: &'static [u8],
        rest: &'static [u8],
    ) -> (String, tokio::sync::oneshot::Sender<()>) {
        let (release, wait) = tokio::sync::oneshot::channel::<()>();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            let (mut sock, _) = listener.accept().await.expect("accept");
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = sock.read(&mut buf).await.expect("read");
                assert!(n > 0, "the request ended early");
                request.extend_from_slice(&buf[..n]);
            }
            let request = String::from_utf8_lossy(&request);
            assert!(
                request.starts_with(
                    "GET /v1/0123456789abcdef0123456789abcdef/physicalservers/srv-1/logs/exports/exp-1/content "
                ),
                "{request}"
            );
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream;charset=UTF-8\r\n\
                 Content-Disposition: {DISPOSITION}\r\nContent-Transfer-Encoding: binary\r\n\
                 Content-Length: {}\r\nX-Request-Id: dl-1\r\nConnection: close\r\n\r\n",
                first.len() + rest.len()
            );
            sock.write_all(head.as_bytes()).await.expect("head");
            sock.write_all(first).await.expect("first chunk");
            sock.flush().await.expect("flush");
            let _ = wait.await;
            sock.write_all(rest).await.expect("rest");
            sock.flush().await.expect("flush");
        });
        (url, release)
    }

    #[tokio::test]
    async fn the_log_file_streams_with_its_name_in_a_header() {
        const FIRST: &[u8] = b"\x1f\x8b\x08\x00first";
        const REST: &[u8] = b"-and-the-rest";
        let (url, release) = gated_download(FIRST, REST).await;
        let client = Client::builder()
            .endpoint(url)
            .credentials(TokenCredentials::new("test-token").with_project_id(PROJECT))
            .no_proxy()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client");
        let resp = client
            .clouddc()
            .download_server_logs(DownloadServerLogsRequest::new("srv-1", "exp-1"))
            .await
            .expect("the call returns with the head, before the body is complete");
        assert_eq!(resp.request_id(), Some("dl-1"));
        let out = resp.into_inner();
        assert_eq!(out.content_disposition.as_deref(), Some(DISPOSITION));
        assert_eq!(out.content_transfer_encoding.as_deref(), Some("binary"));
        assert_eq!(
            out.content_type.as_deref(),
            Some("application/octet-stream;charset=UTF-8")
        );
        let mut body = out.body;
        assert_eq!(
            body.content_length(),
            Some((FIRST.len() + REST.len()) as u64)
        );
        // The first bytes reach the caller while the server still holds the rest back.
        let first = body.chunk().await.expect("chunk").expect("first chunk");
        assert_eq!(&first[..], FIRST);
        release.send(()).expect("release");
        let mut rest = Vec::new();
        while let Some(chunk) = body.chunk().await.expect("chunk") {
            rest.extend_from_slice(&chunk);
        }
        assert_eq!(rest, REST);
    }

    /// The documented flow: start the export (an asynchronous job), poll it until `completed`, then download.
    #[tokio::test]
    async fn the_export_is_polled_until_completed_then_downloaded() {
        let status = endpoint(SERVICE.spec_json, "ShowLogsExportStatus");
        let server = Recorder::start().await;
        let client = server.client();
        server.answer(Reply::json(
            202,
            &json!({"export_id": "e-7", "status": "processing", "percentage": "0%"}),
        ));
        let mut running = response_example(&status, 200);
        running["export_id"] = json!("e-7");
        server.reply(200, running.clone());
        running["status"] = json!("completed");
        running["percentage"] = json!("100%");
        server.reply(200, running);
        server.answer(Reply {
            status: 200,
            content_type: "application/octet-stream;charset=UTF-8",
            body: b"\x1f\x8b\x08\x00logs".to_vec(),
            headers: vec![
                ("Content-Disposition", DISPOSITION.to_owned()),
                ("Content-Transfer-Encoding", "binary".to_owned()),
            ],
        });

        let export = client
            .clouddc()
            .export_server_logs(ExportServerLogsRequest::new("srv-1"))
            .await
            .expect("202")
            .into_inner();
        let export_id = export.export_id.expect("an export ID");
        let polls = loop {
            let s = client
                .clouddc()
                .show_logs_export_status(ShowLogsExportStatusRequest::new("srv-1", &export_id))
                .await
                .expect("200")
                .into_inner();
            if s.status == Some(LogsExportStatus::Completed) {
                break s;
            }
            assert_eq!(s.status, Some(LogsExportStatus::Processing));
        };
        assert_eq!(polls.percentage.as_deref(), Some("100%"));
        let out = client
            .clouddc()
            .download_server_logs(DownloadServerLogsRequest::new("srv-1", &export_id))
            .await
            .expect("200")
            .into_inner();
        // The file name, as a download would save it.
        let file = out
            .content_disposition
            .as_deref()
            .and_then(|d| d.split_once("filename="))
            .map(|(_, name)| name);
        assert_eq!(file, Some("2102313LKB10K4000123-dump.tar.gz"));
        assert_eq!(
            out.body.bytes(1 << 10).await.expect("small"),
            &b"\x1f\x8b\x08\x00logs"[..]
        );

        let sent: Vec<(String, String, usize)> = server
            .take()
            .into_iter()
            .map(|c| (c.method, c.path, c.body.len()))
            .collect();
        let base = format!("/v1/{PROJECT}/physicalservers/srv-1/logs/exports");
        assert_eq!(
            sent,
            [
                ("POST".to_owned(), base.clone(), 0),
                ("GET".to_owned(), format!("{base}/e-7"), 0),
                ("GET".to_owned(), format!("{base}/e-7"), 0),
                ("GET".to_owned(), format!("{base}/e-7/content"), 0),
            ]
        );
    }

    #[tokio::test]
    async fn errors_keep_their_typed_bodies() {
        let server = Recorder::start().await;
        server.reply(
            401,
            json!({"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}),
        );
        let err = server
            .client()
            .clouddc()
            .download_server_logs(DownloadServerLogsRequest::new("srv-1", "exp-1"))
            .await
            .expect_err("401");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        assert!(
            matches!(e.err(), DownloadServerLogsError::Unauthorized(_)),
            "{:?}",
            e.err()
        );
        assert_eq!(e.err().code(), Some("APIGW.0301"));
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .clouddc()
            .download_server_logs(
                DownloadServerLogsRequest::new("srv-1", "exp-1").project_id(PROJECT),
            )
            .await
            .expect("the mock answers the download")
            .into_inner();
        assert_eq!(
            out.content_disposition.as_deref(),
            Some("attachment; filename=2102313LKB10K4000123-dump.tar.gz")
        );
        assert_eq!(out.body.bytes(1 << 10).await.expect("small"), "server-logs");
        mock.shutdown().await;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// SWR: offset/limit paging (strings on the wire, as in the SDKs), the range and total read from `Content-Range`, a
// bare array body, and the error body's two formats side by side.
// ---------------------------------------------------------------------------------------------------------------

mod swr {
    use super::*;
    use generated_client::swr::{ListReposDetailsError, ListReposDetailsRequest, SERVICE};

    /// `offset-count/total` → (offset, count, total).
    fn range(header: &str) -> (u64, u64, u64) {
        let (span, total) = header.split_once('/').expect("offset-count/total");
        let (offset, count) = span.split_once('-').expect("offset-count");
        (
            offset.parse().unwrap(),
            count.parse().unwrap(),
            total.parse().unwrap(),
        )
    }

    #[tokio::test]
    async fn pages_follow_offset_and_limit_until_content_range_says_done() {
        let list = endpoint(SERVICE.spec_json, "ListReposDetails");
        let repo = response_example(&list, 200)[0].clone();
        let named = |name: &str| {
            let mut r = repo.clone();
            r["name"] = json!(name);
            r["total_range"] = json!(3);
            r
        };
        let server = Recorder::start().await;
        server.answer(
            Reply::json(200, &json!([named("nginx"), named("redis")]))
                .header("Content-Range", "0-2/3"),
        );
        server.answer(Reply::json(200, &json!([named("mysql")])).header("Content-Range", "2-1/3"));
        let client = server.client();
        let (mut offset, mut names) = (0u64, Vec::new());
        loop {
            let out = client
                .swr()
                .list_repos_details(
                    ListReposDetailsRequest::new()
                        .namespace("root")
                        .offset(offset.to_string())
                        .limit("2"),
                )
                .await
                .expect("200")
                .into_inner();
            let (at, count, total) = range(out.content_range.as_deref().expect("Content-Range"));
            assert_eq!(at, offset);
            names.extend(out.body.iter().map(|r| r.name.clone()));
            assert!(out.body.iter().all(|r| r.total_range as u64 == total));
            offset += count;
            if offset >= total {
                break;
            }
        }
        assert_eq!(names, ["nginx", "redis", "mysql"]);
        let queries: Vec<_> = server.take().into_iter().map(|c| c.query).collect();
        assert_eq!(
            queries,
            [
                Some("limit=2&namespace=root&offset=0".to_owned()),
                Some("limit=2&namespace=root&offset=2".to_owned()),
            ]
        );
    }

    #[tokio::test]
    async fn the_repositories_decode_as_the_page_shows_them() {
        let list = endpoint(SERVICE.spec_json, "ListReposDetails");
        let server = Recorder::start().await;
        server.reply(200, response_example(&list, 200));
        let out = server
            .client()
            .swr()
            .list_repos_details(ListReposDetailsRequest::new())
            .await
            .expect("200")
            .into_inner();
        assert_eq!(server.take_one().path, "/v2/manage/repos");
        // No Content-Range in this answer: the header is optional.
        assert_eq!(out.content_range, None);
        let repo = &out.body[0];
        assert_eq!(
            (repo.description.as_deref(), repo.logo.as_deref()),
            (None, None)
        );
        assert_eq!(repo.tags, ["latest", "log"]);
        // RFC 3339 with nanoseconds.
        assert_eq!(
            repo.updated_at.parse(),
            Some(time::macros::datetime!(2017-09-11 03:00:02.542841141 UTC))
        );
    }

    #[tokio::test]
    async fn errors_read_the_new_format_next_to_the_old() {
        let list = endpoint(SERVICE.spec_json, "ListReposDetails");
        let server = Recorder::start().await;
        server.reply(401, response_example(&list, 401));
        let err = server
            .client()
            .swr()
            .list_repos_details(ListReposDetailsRequest::new())
            .await
            .expect_err("401");
        let Error::Service(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(
            (e.err().code(), e.err().message()),
            (Some("SVCSTG.SWR.4030170"), Some("Insufficient permissions"))
        );
        let ListReposDetailsError::Unauthorized(body) = e.err() else {
            panic!("{:?}", e.err())
        };
        let old = &body.errors.as_ref().unwrap()[0];
        assert_eq!(old.error_code.as_deref(), Some("SVCSTG.SWR.4030170"));
    }

    #[tokio::test]
    async fn against_the_mock() {
        let (mock, client) = mock().await;
        let out = client
            .swr()
            .list_repos_details(ListReposDetailsRequest::new().offset("0").limit("10"))
            .await
            .expect("the mock accepts the request")
            .into_inner();
        assert_eq!(out.content_range.as_deref(), Some("0-1/4"));
        assert_eq!(out.body.len(), 1);
        for (bad, why) in [
            (
                ListReposDetailsRequest::new().offset("-1"),
                "offset is digits",
            ),
            (
                ListReposDetailsRequest::new().namespace("Group"),
                "a lowercase namespace",
            ),
            (
                ListReposDetailsRequest::new().namespace("a._b"),
                "no separators side by side",
            ),
        ] {
            let err = client.swr().list_repos_details(bad).await.expect_err(why);
            assert!(matches!(err, Error::Validation(_)), "{why}: {err:?}");
        }
        mock.shutdown().await;
    }
}
