//! The generated API has the shape users rely on: every call takes the typed request and returns the typed output
//! or `Error<OpError>`. Compile-only (the functions never run), under `deny(warnings)`, like serde's `test_gen.rs`.
#![deny(warnings)]
#![allow(dead_code)]

use generated_client::__private::CredentialScope;
use generated_client::{Client, Error, Response};

type Call<T, E> = Result<Response<T>, Error<E>>;

async fn dataarts(c: &Client) {
    use generated_client::dataarts::*;
    let req =
        BatchStopQualityInstancesRequest::new("workspace-id", vec![1_317_151_269_261_262_848])
            .project_id("p");
    let r: Call<DqcEnvelope, BatchStopQualityInstancesError> =
        c.dataarts().batch_stop_quality_instances(req).await;
    if let Err(Error::Service(e)) = r {
        let _: &BatchStopQualityInstancesError = e.err();
    }
}

async fn drs(c: &Client) {
    use generated_client::drs::*;
    let jobs = vec![
        StopJobActionInfo::new("job-1"),
        StopJobActionInfo::new("job-2").is_force_stop(true),
    ];
    let req = BatchStopJobsActionRequest::new(BatchStopJobActionReq::new(jobs))
        .x_language(BatchStopJobsActionXLanguage::ZhCn);
    let r: Call<BatchStopJobsActionResponse, BatchStopJobsActionError> =
        c.drs().batch_stop_jobs_action(req).await;
    if let Ok(out) = r {
        let _: Option<&Vec<ActionBaseResp>> = out.jobs.as_ref();
    }
}

async fn dlf(c: &Client) {
    use generated_client::dlf::*;
    let req = StopJobInstanceRequest::new("job_batch", 34765).workspace("ws");
    let r: Call<(), StopJobInstanceError> = c.dlf().stop_job_instance(req).await;
    let _ = r;
}

async fn ges(c: &Client) {
    use generated_client::ges::*;
    let req = StopGraphRequest::new("graph-id").project_id("project");
    let r: Call<StopGraphResponse, StopGraphError> = c.ges().stop_graph(req).await;
    if let Err(e) = r {
        let _: Option<u16> = e.status();
        let _: Option<&str> = e.code();
        let _: Option<&str> = e.message();
        let _: Option<&str> = e.request_id();
        if let Some(StopGraphError::BadRequest(body)) = e.into_service_error() {
            let _: Option<String> = body.error_code;
        }
    }
}

async fn vias(c: &Client) {
    use generated_client::vias::*;
    let req = BatchStartStopTaskRequest::new("task-id", BatchStartStopTaskCommand::Start);
    let r: Call<BatchStartStopTaskResponse, BatchStartStopTaskError> = c
        .vias()
        .with_options(generated_client::CallOptions::default())
        .batch_start_stop_task(req)
        .await;
    let _ = r;
}

/// Calls are `Send`, so they can run on a multi-threaded runtime.
fn futures_are_send(c: &Client) {
    fn send<T: Send>(_: T) {}
    send(dataarts(c));
    send(drs(c));
    send(dlf(c));
    send(ges(c));
    send(vias(c));
}

/// Every call method returns the one named future `generated_client::Call`, so calls can be kept in struct fields
/// and collections by their type; a call is `Send` and `'static` itself (not only inside an async fn) and resolves
/// to the operation's `CallResult`.
struct PendingStops {
    calls: Vec<generated_client::Call<generated_client::ges::StopGraphRequest>>,
}

type Boxed<O> =
    std::pin::Pin<Box<dyn Future<Output = generated_client::CallResult<O>> + Send + 'static>>;

fn calls_are_named_futures(ges: &generated_client::ges::Ges) -> PendingStops {
    use generated_client::ges::StopGraphRequest;
    let boxed: Boxed<StopGraphRequest> = Box::pin(ges.stop_graph(StopGraphRequest::new("g")));
    drop(boxed);
    PendingStops {
        calls: vec![
            ges.stop_graph(StopGraphRequest::new("graph-1")),
            ges.stop_graph(StopGraphRequest::new("graph-2")),
        ],
    }
}

/// A service's name and, per operation, (name, method, path, host prefix).
type Listing = Vec<(String, Vec<(String, String, String, String, String)>)>;

/// A call borrows neither the client nor the temporary service handle it was made through: it can be kept in a
/// local and awaited later, and outlives the client it came from.
async fn calls_outlive_their_handle(client: Client) {
    use generated_client::ges::StopGraphRequest;
    let req = StopGraphRequest::new("graph-id");
    let f = client.ges().stop_graph(req);
    let _ = f.await;
    let later = client.ges().stop_graph(StopGraphRequest::new("graph-2"));
    drop(client);
    let _ = later.await;
}

/// Calls can be spawned as they are, on Tokio's runtime or into a `JoinSet`, and their handles moved into tasks.
async fn calls_can_be_spawned(client: &Client) {
    use generated_client::ges::{StopGraphError, StopGraphRequest, StopGraphResponse};
    let req = StopGraphRequest::new("graph-id");
    let task = tokio::spawn(client.ges().stop_graph(req));
    let r: Result<Call<StopGraphResponse, StopGraphError>, tokio::task::JoinError> = task.await;
    let _ = r;

    let mut set = tokio::task::JoinSet::new();
    for id in ["graph-1", "graph-2"] {
        set.spawn(client.ges().stop_graph(StopGraphRequest::new(id)));
    }
    while let Some(r) = set.join_next().await {
        let r: Result<Call<StopGraphResponse, StopGraphError>, tokio::task::JoinError> = r;
        let _ = r;
    }

    let ges: generated_client::ges::Ges = client.ges();
    let task = tokio::spawn(async move { ges.stop_graph(StopGraphRequest::new("g")).await });
    let _ = task.await;
}

/// Every spec file became a service with its operations, in spec order.
#[test]
fn services_are_listed() {
    // What the spec folder says, read with spec-core: a new spec file needs no edit here.
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec");
    let models = spec_core::load_paths(&[spec]).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let expected: Listing = models
        .iter()
        .map(|s| {
            let ops = s
                .endpoints
                .iter()
                .map(|e| {
                    (
                        e.operation.clone(),
                        e.method.clone(),
                        e.path.clone(),
                        s.host_template(),
                        s.credential_scope.name().to_owned(),
                    )
                })
                .collect();
            (s.name.clone(), ops)
        })
        .collect();
    let compiled: Listing = generated_client::SERVICES
        .iter()
        .map(|s| {
            let ops = s
                .operations
                .iter()
                .map(|o| {
                    (
                        o.name.to_owned(),
                        o.method.to_owned(),
                        o.path.to_owned(),
                        o.host.to_owned(),
                        match o.scope {
                            CredentialScope::Project => "project",
                            CredentialScope::Domain => "domain",
                        }
                        .to_owned(),
                    )
                })
                .collect();
            (s.name.to_owned(), ops)
        })
        .collect();
    assert_eq!(compiled, expected);
    assert!(compiled.len() >= 5, "the seeds at least");
}

/// Open enums compare and hash by wire value, so an `Unknown` holding a listed value is that variant, and they
/// work as map keys.
#[test]
fn open_enums_compare_by_wire_value() {
    use generated_client::drs::BatchStopJobsActionXLanguage as Lang;
    use std::collections::HashSet;
    assert_eq!(Lang::Unknown("en-us".into()), Lang::EnUs);
    assert_ne!(Lang::EnUs, Lang::ZhCn);
    assert_ne!(Lang::Unknown("fr".into()), Lang::EnUs);
    assert_eq!(Lang::Unknown("fr".into()), Lang::Unknown("fr".into()));
    let set: HashSet<Lang> = [
        Lang::EnUs,
        Lang::Unknown("en-us".into()),
        Lang::ZhCn,
        Lang::from_wire("fr"),
    ]
    .into_iter()
    .collect();
    assert_eq!(set.len(), 3);
    assert!(set.contains(&Lang::Unknown("zh-cn".into())));
    assert_eq!(Lang::from("zh-cn"), Lang::ZhCn);
    assert_eq!(Lang::ZhCn.to_string(), "zh-cn");
}
