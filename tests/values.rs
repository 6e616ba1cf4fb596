//! Integer enums and optional nullable properties, on the wire both ways, through the client and the mock.

use std::sync::{Arc, Mutex};

use generated_client::{Client, Error};

codegen_macros::generate!("fixtures/values.yaml", standalone);
use values::{ServerUpdate, UpdateServerRequest, Values};

type Seen = Arc<Mutex<Vec<(Option<String>, serde_json::Value)>>>;

/// A server that records each request's query and JSON body, and answers `reply`.
async fn recorder(reply: &'static str) -> (Client, Seen) {
    let seen: Seen = Default::default();
    let log = seen.clone();
    let app = axum::Router::new().fallback(move |req: axum::extract::Request| {
        let log = log.clone();
        async move {
            let query = req.uri().query().map(str::to_owned);
            let body = axum::body::to_bytes(req.into_body(), 1 << 20)
                .await
                .expect("body");
            let body = if body.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::from_slice(&body).expect("a JSON body")
            };
            log.lock().expect("log").push((query, body));
            ([("content-type", "application/json")], reply)
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let client = Client::builder()
        .anonymous()
        .endpoint(url)
        .no_proxy()
        .build()
        .expect("client");
    (client, seen)
}

fn update(body: ServerUpdate) -> UpdateServerRequest {
    UpdateServerRequest::new("s-1", body)
}

/// Unset is not sent, `Some(None)` is sent as `null`, a value as itself; a required nullable property is always sent.
#[tokio::test]
async fn null_and_absent_are_sent_apart() {
    let (client, seen) = recorder(r#"{"id":"s-1","power_state":1}"#).await;
    let values = Values::new(&client);

    values
        .update_server(update(ServerUpdate::new("web", None)))
        .await
        .expect("200");
    let mut clear = ServerUpdate::new("web", Some("me".into())).description("d");
    clear.ipv6_subnet_id = Some(None);
    values.update_server(update(clear)).await.expect("200");

    let seen = seen.lock().expect("log");
    assert_eq!(seen[0].1, serde_json::json!({"name": "web", "owner": null}));
    assert_eq!(
        seen[1].1,
        serde_json::json!({"name": "web", "description": "d", "ipv6_subnet_id": null, "owner": "me"})
    );
}

/// A response tells `null` from absent the same way.
#[tokio::test]
async fn null_and_absent_are_read_apart() {
    let (client, _) = recorder(r#"{"id":"s-1","power_state":9,"description":null}"#).await;
    let server = Values::new(&client)
        .update_server(update(ServerUpdate::new("web", None)))
        .await
        .expect("200")
        .into_inner();
    assert_eq!(server.description, Some(None));
    assert_eq!(server.ipv6_subnet_id, None);
    // An integer enum is the integer: a value the spec does not list is read as it is.
    assert_eq!(server.power_state, 9);
}

/// The client refuses an integer the enum does not list, in a parameter and in the body, before sending.
#[tokio::test]
async fn integer_enums_are_checked_before_sending() {
    let (client, seen) = recorder(r#"{"id":"s-1","power_state":1}"#).await;
    let body = ServerUpdate::new("web", None).power_state(5);
    let err = Values::new(&client)
        .update_server(update(body).hide_syslog(2))
        .await
        .expect_err("refused");
    let Error::Validation(v) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        v.to_string(),
        "invalid request: hide_syslog: unknown value 2, expected one of: 0, 1; \
         body.power_state: unknown value 5, expected one of: 0, 1, 3, 4, 6, 7"
    );
    assert!(seen.lock().expect("log").is_empty());

    Values::new(&client)
        .update_server(update(ServerUpdate::new("web", None).power_state(4)).hide_syslog(1))
        .await
        .expect("200");
    assert_eq!(
        seen.lock().expect("log")[0].0.as_deref(),
        Some("hide_syslog=1")
    );
}

/// The mock checks the same rules and answers the documented example.
#[tokio::test]
async fn the_mock_checks_integer_enums_and_nulls() {
    let (mock, client) = tests::mock_and_client(SERVICES).await;
    let mut body = ServerUpdate::new("web", None).power_state(6);
    body.description = Some(None);
    let server = Values::new(&client)
        .update_server(update(body).hide_syslog(0))
        .await
        .expect("200")
        .into_inner();
    assert_eq!(server.power_state, 1);
    assert_eq!(server.description, Some(None));

    // Past the client's own checks, straight to the mock (reqwest's rustls here has no crypto provider of its own).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let url = format!("{}/v1/servers/s-1?hide_syslog=3", mock.url());
    let resp = http
        .put(&url)
        .header("content-type", "application/json")
        .body(r#"{"name":"web","owner":null,"power_state":2}"#)
        .send()
        .await
        .expect("sent");
    assert_eq!(resp.status(), 400);
    let text = resp.text().await.expect("text");
    assert!(
        text.contains("query parameter hide_syslog: unknown value 3, expected one of: 0, 1"),
        "{text}"
    );
    assert!(
        text.contains("power_state: unknown value 2, expected one of: 0, 1, 3, 4, 6, 7"),
        "{text}"
    );
}

/// A string holding JSON: kept as text, decoded on demand, encoded for a request; the mock checks the document.
#[tokio::test]
async fn json_inside_strings_is_decoded_on_demand() {
    use generated_client::JsonText;
    use values::{ListTracesRequest, TraceFilter, TraceRequest};

    let (_mock, client) = tests::mock_and_client(SERVICES).await;
    let filter = TraceFilter::new()
        .user("u-1")
        .level(values::TraceFilterLevel::Warning);
    let out = Values::new(&client)
        .list_traces(ListTracesRequest::new().filter(JsonText::encode(&filter)))
        .await
        .expect("200")
        .into_inner();
    let trace = &out.traces.as_ref().expect("traces")[0];
    let request = trace.request.as_ref().expect("request");
    assert_eq!(request.as_str(), r#"{"action":"stop","count":2}"#);
    let decoded: TraceRequest = request.decode().expect("decodes");
    assert_eq!(decoded.action, "stop");
    assert_eq!(decoded.count, Some(2));
    assert_eq!(
        trace
            .result
            .as_ref()
            .expect("result")
            .decode()
            .expect("decodes"),
        [1, 2]
    );

    // Text the document's schema does not fit still reads; `decode` says what is wrong.
    let bad: JsonText<TraceRequest> = JsonText::from_text(r#"{"action":"x","count":"2"}"#);
    let err = bad.decode().expect_err("does not fit");
    assert!(err.to_string().contains("count"), "{err}");

    // The mock checks the document inside the query parameter against its schema.
    let err = Values::new(&client)
        .list_traces(ListTracesRequest::new().filter(JsonText::from_text(r#"{"level":"loud"}"#)))
        .await
        .expect_err("400");
    let text = format!("{err}");
    assert!(
        text.contains("unknown value \"loud\", expected one of: normal, warning"),
        "{text}"
    );
    let err = Values::new(&client)
        .list_traces(ListTracesRequest::new().filter(JsonText::from_text("{")))
        .await
        .expect_err("400");
    assert!(format!("{err}").contains("does not hold JSON"), "{err}");
}

/// The query parameter carries the JSON text, percent-encoded.
#[tokio::test]
async fn json_text_parameters_go_out_as_text() {
    use generated_client::JsonText;
    use values::{ListTracesRequest, TraceFilter};

    let (client, seen) = recorder(r#"{}"#).await;
    Values::new(&client)
        .list_traces(
            ListTracesRequest::new().filter(JsonText::encode(&TraceFilter::new().user("a b"))),
        )
        .await
        .expect("200");
    assert_eq!(
        seen.lock().expect("log")[0].0.as_deref(),
        Some("filter=%7B%22user%22%3A%22a%20b%22%7D")
    );
}

/// The `serde` feature as a user's crate sees it: a generated type sits in the user's own `#[derive]` of the `serde`
/// crate (the runtime implements serde's traits through serde_core, which are the same traits), and serde writes and
/// reads it as the client puts it on the wire, null and absent kept apart.
#[test]
fn generated_types_serve_a_users_serde_derives() {
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Saved {
        label: String,
        update: ServerUpdate,
    }
    let mut update = ServerUpdate::new("web", Some("me".into())).power_state(2);
    update.ipv6_subnet_id = Some(None);
    let saved = Saved {
        label: "nightly".into(),
        update,
    };
    let json = serde_json::to_value(&saved).expect("serialize");
    assert_eq!(
        json,
        serde_json::json!({
            "label": "nightly",
            "update": {"name": "web", "ipv6_subnet_id": null, "owner": "me", "power_state": 2},
        })
    );
    let back: Saved = serde_json::from_value(json).expect("deserialize");
    assert_eq!(back.label, "nightly");
    assert_eq!(back.update, saved.update);
    assert_eq!(back.update.description, None);
    assert_eq!(back.update.ipv6_subnet_id, Some(None));
}
