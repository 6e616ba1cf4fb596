//! Loopback tests of the real endpoints beyond the seeds (`spec/ecs.yaml`, `vpc.yaml`, `cts.yaml`, `cce.yaml`,
//! `workspaceapp.yaml`): the hardest part of each, called through the generated client
//! - against a recording server that answers with the spec's own examples, asserting the exact request on the wire
//!   (method, path, query, headers, body) and the decoded output;
//! - against the embedded mock, which validates the request against the same spec.
//!
//! The contract checks (`contract.rs`) already cover every documented status of these files; these tests pin what
//! each endpoint was chosen for: an async job and its status query (ECS, CCE), a JSON media type with a parameter
//! (ECS), marker pagination and zone-less times (VPC), epoch milliseconds in the query and the body and a nested cursor
//! (CTS), a PATCH with an optional body (WorkspaceApp).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use generated_client::datetime::{DateTime, EpochMillis};
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{BasicCredentials, Client, Error, OperationError, TokenCredentials};
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

#[derive(Clone, Default)]
struct Shared {
    requests: Arc<Mutex<Vec<Captured>>>,
    replies: Arc<Mutex<Vec<(u16, Value)>>>,
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
        self.shared.replies.lock().unwrap().push((status, body));
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
    let (status, body) = if replies.is_empty() {
        (
            599,
            json!({"error_code": "TEST.0000", "error_msg": "no reply queued"}),
        )
    } else {
        replies.remove(0)
    };
    let mut response = axum::response::Response::new(Body::from(body.to_string()));
    *response.status_mut() = StatusCode::from_u16(status).expect("status");
    response
        .headers_mut()
        .insert("content-type", "application/json".parse().unwrap());
    response
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
                    .marker("13551d6b"),
            )
            .await
            .expect("the mock accepts the request");
        assert!(!out.vpcs.as_ref().unwrap().is_empty());
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
