//! The client's own validation and the mock's validator (spec-core's, which also checks the spec's examples) say the
//! same of the same value: constraints reached through a named type, a map's values, a nullable named type.

use std::collections::BTreeMap;

use generated_client::{Client, Error};
use spec_core::model::Service;

codegen_macros::generate!("fixtures/limits.yaml", standalone);

fn model() -> Service {
    serde_json::from_str(limits::SERVICE.spec_json).expect("the model's JSON")
}

/// What the client refuses, as `path: message`, before anything is sent; paths inside the body without the request's
/// `body.` field, as the mock's validator sees the body itself.
async fn client_issues(request: limits::PutLabelsRequest) -> Vec<String> {
    let client = Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:9")
        .build()
        .expect("client");
    match limits::Limits::new(&client).put_labels(request).await {
        Err(Error::Validation(v)) => v
            .issues()
            .iter()
            .map(|i| i.to_string().trim_start_matches("body.").to_owned())
            .collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// What the mock's validator says of the same body.
fn mock_issues(body: &limits::Labels) -> Vec<String> {
    let svc = model();
    let request = svc.endpoints[0].request.as_ref().expect("a body");
    let value = serde_json::to_value(body).expect("the body serializes");
    spec_core::validate::check_value(&svc, &request.body, &value)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn map_values_are_checked_by_both() {
    // `note` is required but its type is nullable: the field is an `Option`.
    let body = limits::Labels::new(labels(&[("env", "production")]), None);
    let expected = ["labels[\"env\"]: length 10 exceeds max_length 4"];
    assert_eq!(mock_issues(&body), expected);
    let got = client_issues(limits::PutLabelsRequest::new("ABC-1", body)).await;
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_named_types_constraints_apply_at_its_uses() {
    let body = limits::Labels::new(labels(&[]), None).alias("abcdefghi");
    let expected = [
        "alias: length 9 exceeds max_length 8",
        "alias: does not match pattern \"^[A-Z0-9-]+$\"",
    ];
    assert_eq!(mock_issues(&body), expected);
    let got = client_issues(limits::PutLabelsRequest::new("ABC-1", body)).await;
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_path_parameter_of_a_named_type() {
    let body = limits::Labels::new(labels(&[]), None);
    let got = client_issues(limits::PutLabelsRequest::new("ab", body)).await;
    assert_eq!(
        got,
        [
            "sku: length 2 is below min_length 3",
            "sku: does not match pattern \"^[A-Z0-9-]+$\""
        ]
    );
    let svc = model();
    let param = &svc.endpoints[0].params[0];
    let mock: Vec<String> = spec_core::validate::check_param(&svc, param, &["ab"])
        .iter()
        .map(|i| i.message.clone())
        .collect();
    assert_eq!(
        mock,
        [
            "length 2 is below min_length 3",
            "does not match pattern \"^[A-Z0-9-]+$\""
        ]
    );
}

/// What one request carried: its query and its `x-mode` header.
type Seen = std::sync::Arc<std::sync::Mutex<Vec<(Option<String>, Option<String>)>>>;

/// A loopback server that records each request and answers `200 {}`.
async fn recorder() -> (String, Seen) {
    let seen: Seen = Default::default();
    let log = seen.clone();
    let app = axum::Router::new().fallback(move |req: axum::extract::Request| {
        let log = log.clone();
        async move {
            let query = req.uri().query().map(str::to_owned);
            let mode = req
                .headers()
                .get("x-mode")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            log.lock().expect("log").push((query, mode));
            ([("content-type", "application/json")], "{}")
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, seen)
}

/// A `default` documents what the server does when a value is absent, and is not sent; `send_default: true` sends it.
#[tokio::test]
async fn only_defaults_marked_send_default_go_on_the_wire() {
    let (url, seen) = recorder().await;
    let client = Client::builder()
        .anonymous()
        .endpoint(url)
        .build()
        .expect("client");
    let handle = limits::Limits::new(&client);
    handle
        .list_labels(limits::ListLabelsRequest::new())
        .await
        .expect("200");
    handle
        .list_labels(
            limits::ListLabelsRequest::new()
                .verbose(true)
                .x_mode(limits::ListLabelsXMode::Safe),
        )
        .await
        .expect("200");
    let seen = seen.lock().expect("log").clone();
    assert_eq!(
        seen,
        [
            (None, Some("fast".to_owned())),
            (Some("verbose=true".to_owned()), Some("safe".to_owned()))
        ]
    );
}

#[tokio::test]
async fn map_keys_are_checked_by_both() {
    let body = limits::Labels::new(labels(&[("Env", "prod")]), None);
    let expected = ["labels[\"Env\"]: does not match pattern \"^[a-z][a-z0-9-]*$\""];
    assert_eq!(mock_issues(&body), expected);
    let got = client_issues(limits::PutLabelsRequest::new("ABC-1", body)).await;
    assert_eq!(got, expected);
}
