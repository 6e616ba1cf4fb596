//! The main job: start the embedded mock server, call the five seed endpoints through the generated client with
//! AK/SK signing (the mock checks every signature), and show one documented error as a typed value.
//!
//! `cargo run -p generated-client --features mock --example quickstart`

use generated_client::mock::{MockConfig, MockServer};
use generated_client::{BasicCredentials, CallOptions, Client, Error};
use std::time::Duration;

const AK: &str = "QUICKSTART_AK";
const SK: &str = "quickstart-secret-key";
const PROJECT: &str = "0549a7a7f1003ac32f4bc0061a4d6f5e";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start(MockConfig::new().credentials(AK, SK)).await?;
    println!(
        "mock server on {} ({} routes, AK/SK signatures checked)\n",
        mock.url(),
        mock.routes().len()
    );

    let client = Client::builder()
        .endpoint(mock.url())
        .credentials(BasicCredentials::new(AK, SK).with_project_id(PROJECT))
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()?;

    use generated_client::dataarts::BatchStopQualityInstancesRequest;
    let ids = vec![1_317_151_269_261_262_848, 1_317_151_258_234_322_945];
    let out = client
        .dataarts()
        .batch_stop_quality_instances(BatchStopQualityInstancesRequest::new("ws-1", ids))
        .await?;
    println!(
        "dataarts BatchStopQualityInstances -> {} {:?}",
        out.status(),
        *out
    );

    use generated_client::drs::{
        BatchStopJobActionReq, BatchStopJobsActionRequest, StopJobActionInfo,
    };
    let jobs = vec![
        StopJobActionInfo::new("c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r"),
        StopJobActionInfo::new("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20t").is_force_stop(true),
    ];
    let out = client
        .drs()
        .batch_stop_jobs_action(BatchStopJobsActionRequest::new(BatchStopJobActionReq::new(
            jobs,
        )))
        .await?;
    for job in out.jobs.iter().flatten() {
        println!(
            "drs BatchStopJobsAction -> job {:?}: {:?} {:?}",
            job.id, job.status, job.error_msg
        );
    }

    use generated_client::dlf::StopJobInstanceRequest;
    let out = client
        .dlf()
        .stop_job_instance(StopJobInstanceRequest::new("job_batch", 34765))
        .await?;
    println!("dlf StopJobInstance -> {} (no body)", out.status());

    use generated_client::ges::{StopGraphError, StopGraphRequest};
    let out = client
        .ges()
        .stop_graph(StopGraphRequest::new(
            "2e8d2c1a-4f6b-4b7e-9a3d-5c7f1e0b9d42",
        ))
        .await?;
    println!(
        "ges StopGraph -> job_id {:?} (request id {:?})",
        out.job_id,
        out.request_id()
    );

    use generated_client::vias::{BatchStartStopTaskCommand, BatchStartStopTaskRequest};
    let req = BatchStartStopTaskRequest::new(
        "0d47bbf52962414bb7ae27fb6ea24230",
        BatchStartStopTaskCommand::Stop,
    );
    let out = client.vias().batch_start_stop_task(req).await?;
    println!(
        "vias BatchStartStopTask -> {} succeeded, {} failed",
        out.succeed_count.unwrap_or(0),
        out.failed_count.unwrap_or(0)
    );

    // The mock answers with another documented status when asked; the client sees a typed error.
    let ask_400 = CallOptions::new().header("X-Mock-Status", "400");
    let err = client
        .ges()
        .with_options(ask_400)
        .stop_graph(StopGraphRequest::new("graph-x"))
        .await
        .unwrap_err();
    println!("\nges StopGraph with a documented 400 -> {err}");
    println!(
        "  status {:?}, code {:?}, message {:?}, request id {:?}",
        err.status(),
        err.code(),
        err.message(),
        err.request_id()
    );
    if let Error::Service(e) = &err
        && let StopGraphError::BadRequest(body) = e.err()
    {
        println!("  typed body: {body:?}");
    }

    // Client-side validation stops a bad request before it is sent.
    let err = client
        .ges()
        .stop_graph(StopGraphRequest::new("g").project_id("not-alphanumeric!"))
        .await
        .unwrap_err();
    println!("\nvalidation -> {err}");

    mock.shutdown().await;
    Ok(())
}
