//! What a user's own tests can do (the `test-util` feature, which `mock` turns on): build outputs and error bodies
//! with constructors, and make the embedded mock answer a chosen response for one operation.

use generated_client::ges::{ErrorBody, StopGraphError, StopGraphRequest, StopGraphResponse};
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{Client, Error, OperationError};

fn client(mock: &MockServer) -> Client {
    Client::builder()
        .anonymous()
        .endpoint(mock.url())
        .no_proxy()
        .build()
        .expect("client")
}

fn stop() -> StopGraphRequest {
    StopGraphRequest::new("g1").project_id("p1")
}

/// Response-only types have `new` and setters, as request types do.
#[test]
fn outputs_and_error_bodies_can_be_built() {
    let out = StopGraphResponse::new().job_id("job-1");
    assert_eq!(out.job_id.as_deref(), Some("job-1"));
    let body = ErrorBody::new()
        .error_code("GES.7001")
        .error_msg("not running");
    let err = StopGraphError::BadRequest(body);
    assert_eq!(err.status(), 400);
    assert_eq!(err.code(), Some("GES.7001"));
    assert_eq!(err.message(), Some("not running"));
}

/// A canned answer replaces the spec's example, for the success status and for an error.
#[tokio::test]
async fn the_mock_answers_what_a_test_asks_for() {
    let config = MockConfig::new().respond(
        "StopGraph",
        200,
        serde_json::json!({"job_id": "canned-job"}),
    );
    let mock = MockServer::start(config).await.expect("mock");
    let out = client(&mock).ges().stop_graph(stop()).await.expect("200");
    assert_eq!(
        out.into_inner(),
        StopGraphResponse::new().job_id("canned-job")
    );

    let config = MockConfig::new().respond(
        "ges.StopGraph",
        400,
        serde_json::json!({"error_code": "GES.7001", "error_msg": "canned"}),
    );
    let mock = MockServer::start(config).await.expect("mock");
    let err = client(&mock)
        .ges()
        .stop_graph(stop())
        .await
        .expect_err("400");
    let Some(StopGraphError::BadRequest(body)) = err.as_service_error() else {
        panic!("{err:?}")
    };
    assert_eq!(
        body,
        &ErrorBody::new().error_code("GES.7001").error_msg("canned")
    );

    // A body that does not fit the spec reaches the client as it is: a decode error to test.
    let config = MockConfig::new().respond("StopGraph", 200, serde_json::json!({"job_id": 7}));
    let mock = MockServer::start(config).await.expect("mock");
    let err = client(&mock)
        .ges()
        .stop_graph(stop())
        .await
        .expect_err("decode");
    assert!(matches!(err, Error::Decode(_)), "{err:?}");

    // `Null`: no body.
    let config = MockConfig::new().respond("StopGraph", 503, serde_json::Value::Null);
    let mock = MockServer::start(config).await.expect("mock");
    let err = client(&mock)
        .ges()
        .stop_graph(stop())
        .await
        .expect_err("503");
    assert_eq!(err.status(), Some(503));
}

/// A canned answer for an operation that is not served, or named ambiguously, or with an impossible status, stops
/// the mock from starting, saying why.
#[tokio::test]
async fn a_wrong_canned_answer_is_refused() {
    for (op, status, why) in [
        ("StopGrpah", 200, "no served service has that operation"),
        ("ges.StopGraph", 99, "the status must be 200 to 599"),
        ("dlf.StopGraph", 200, "no served service has that operation"),
    ] {
        let err = MockServer::start(MockConfig::new().respond(op, status, serde_json::json!({})))
            .await
            .expect_err("refused");
        assert!(err.to_string().contains(why), "{op}: {err}");
    }
}
