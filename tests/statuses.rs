//! Status ranges (`4XX`, `5XX`, `2XX`) and `default` responses, end to end against the mock server: an exact status
//! wins over a range and a range over `default`, and a range's or default's typed body reaches the caller with the
//! status received.

use generated_client::mock::{MockConfig, MockServer};
use generated_client::{CallOptions, Client, Error, OperationError};

codegen_macros::generate!("fixtures/catalog.yaml", standalone);
use catalog::{DeleteItemError, DeleteItemRequest, Problem, ShowItemError, ShowItemRequest};

async fn mock() -> (MockServer, Client) {
    tests::mock_and_client(SERVICES).await
}

fn forced(status: u16) -> CallOptions {
    CallOptions::new().header("X-Mock-Status", status.to_string())
}

fn problem(code: &str, msg: &str) -> Problem {
    Problem {
        error_code: Some(code.to_owned()),
        error_msg: Some(msg.to_owned()),
    }
}

#[tokio::test]
async fn an_exact_status_wins_over_its_range() {
    let (_mock, client) = mock().await;
    let handle = catalog::Catalog::new(&client).with_options(forced(404));
    match handle.show_item(ShowItemRequest::new("i-1")).await {
        Err(Error::Service(e)) => {
            assert_eq!(
                e.err(),
                &ShowItemError::NotFound(problem("CAT.404", "no such item"))
            );
            assert_eq!(e.err().code(), Some("CAT.404"));
        }
        other => panic!("expected 404, got {other:?}"),
    }
}

#[tokio::test]
async fn a_range_carries_the_status_received_and_its_typed_body() {
    let (_mock, client) = mock().await;
    let handle = catalog::Catalog::new(&client).with_options(forced(409));
    match handle.show_item(ShowItemRequest::new("i-1")).await {
        Err(Error::Service(e)) => {
            assert_eq!(
                e.err(),
                &ShowItemError::ClientError(409, problem("CAT.400", "bad request"))
            );
            assert_eq!(e.err().status(), 409);
            assert_eq!(e.err().message(), Some("bad request"));
            assert!(e.err().is_documented());
        }
        other => panic!("expected 409, got {other:?}"),
    }
    // No example under 5XX: the mock fills the documented shape with its own code.
    let handle = catalog::Catalog::new(&client).with_options(forced(503));
    match handle.show_item(ShowItemRequest::new("i-1")).await {
        Err(Error::Service(e)) => match e.err() {
            ShowItemError::ServerError(503, body) => {
                assert_eq!(body.error_code.as_deref(), Some("MOCK.0503"))
            }
            other => panic!("expected ServerError(503, _), got {other:?}"),
        },
        other => panic!("expected 503, got {other:?}"),
    }
}

/// A request the mock refuses (a path parameter too long) is answered with 400, which only the `4XX` range documents,
/// in that range's body shape.
#[tokio::test]
async fn the_mocks_client_errors_are_the_documented_range() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (mock, _client) = mock().await;
    let mut s = tokio::net::TcpStream::connect(mock.addr())
        .await
        .expect("connect");
    s.write_all(b"GET /v1/items/much-too-long HTTP/1.1\r\nHost: mock\r\nConnection: close\r\n\r\n")
        .await
        .expect("request");
    let mut answer = String::new();
    s.read_to_string(&mut answer).await.expect("answer");
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    let body: serde_json::Value = serde_json::from_str(body).expect("JSON");
    assert_eq!(body["error_code"], "MOCK.0400");
    assert!(
        body["error_msg"]
            .as_str()
            .unwrap_or_default()
            .contains("length 13 exceeds max_length 8"),
        "{body}"
    );
}

#[tokio::test]
async fn a_success_range_and_a_default() {
    let (_mock, client) = mock().await;
    let handle = catalog::Catalog::new(&client);
    let out = handle
        .delete_item(DeleteItemRequest::new("i-1"))
        .await
        .expect("2XX");
    assert_eq!(out.status(), 200);
    let out = catalog::Catalog::new(&client)
        .with_options(forced(202))
        .delete_item(DeleteItemRequest::new("i-1"))
        .await
        .expect("202 is a 2XX");
    assert_eq!(out.status(), 202);
    for status in [404, 418, 500, 503] {
        let got = catalog::Catalog::new(&client)
            .with_options(forced(status))
            .delete_item(DeleteItemRequest::new("i-1"))
            .await;
        match got {
            Err(Error::Service(e)) => {
                assert_eq!(
                    e.err(),
                    &DeleteItemError::Default(status, problem("CAT.999", "failed"))
                );
                assert_eq!(e.status(), status);
            }
            other => panic!("expected Default({status}, _), got {other:?}"),
        }
    }
}

/// The contract checks cover ranges and `default` too: each is checked at one status it documents.
#[tokio::test]
async fn the_contract_checks_cover_ranges_and_default() {
    let (operations, statuses) = tests::check(SERVICES)
        .await
        .unwrap_or_else(|f| panic!("{}", f.join("\n")));
    assert_eq!((operations, statuses), (3, 10));
}

/// A body that nests its code and message under `error` (ECS, IMS, Keystone) gives them to the typed error too.
#[tokio::test]
async fn a_nested_code_and_message_reach_the_typed_error() {
    let (_mock, client) = mock().await;
    let err = catalog::Catalog::new(&client)
        .with_options(forced(403))
        .update_item(catalog::UpdateItemRequest::new("i-1"))
        .await
        .expect_err("403");
    let Error::Service(e) = err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(e.err().status(), 403);
    assert_eq!(e.err().code(), Some("Ecs.0012"));
    assert_eq!(e.err().message(), Some("quota exceeded"));
    // The same as the untyped reading of the body.
    assert_eq!(e.code(), e.err().code());
    assert_eq!(e.message(), e.err().message());
}

/// A body documented in two shapes (IAM's `error_code`/`error_msg` and Keystone's nested `error`) gives the typed error
/// the code and message of the shape that arrived, as the untyped reading does.
#[tokio::test]
async fn a_body_of_two_documented_shapes_reads_the_one_that_arrived() {
    let (_mock, client) = mock().await;
    let err = catalog::Catalog::new(&client)
        .with_options(forced(401))
        .update_item(catalog::UpdateItemRequest::new("i-1"))
        .await
        .expect_err("401");
    let Error::Service(e) = err else {
        panic!("expected a service error, got {err:?}")
    };
    // Only Keystone's shape arrived (the example): the nested pair, not the absent top-level one.
    assert_eq!(
        (e.err().code(), e.err().message()),
        (Some("401"), Some("token expired"))
    );
    assert_eq!((e.code(), e.message()), (e.err().code(), e.err().message()));
    let catalog::UpdateItemError::Unauthorized(body) = e.err() else {
        panic!("{:?}", e.err())
    };
    assert_eq!(body.error_code, None);
}

/// An integer code (Keystone's `{"error": {"code": 503}}`) reaches the typed error as its text.
#[tokio::test]
async fn an_integer_code_reaches_the_typed_error_as_text() {
    let (_mock, client) = mock().await;
    let err = catalog::Catalog::new(&client)
        .with_options(forced(503))
        .update_item(catalog::UpdateItemRequest::new("i-1"))
        .await
        .expect_err("503");
    let Error::Service(e) = err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(e.err().code(), Some("503"));
    assert_eq!(e.err().message(), Some("unavailable"));
    assert_eq!(e.code(), e.err().code());
    let catalog::UpdateItemError::ServerError(status, body) = e.err() else {
        panic!("{:?}", e.err())
    };
    assert_eq!((*status, body.error.code), (503, 503));
}

#[test]
fn integer_codes_read_as_their_text() {
    use generated_client::__private::int_code;
    assert_eq!(int_code(0), Some("0"));
    assert_eq!(int_code(7), Some("7"));
    assert_eq!(int_code(42), Some("42"));
    assert_eq!(int_code(409), Some("409"));
    assert_eq!(int_code(999), Some("999"));
    assert_eq!(int_code(1000), None);
    assert_eq!(int_code(-1), None);
}

/// `ClientBuilder::services` makes the services of a spec of one's own known to the client: a service endpoint may
/// then name them (here the only endpoint given); without it the name is refused, and the message says how.
#[tokio::test]
async fn a_service_endpoint_names_a_registered_service() {
    let mock = MockServer::start(MockConfig::new().services(SERVICES))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .anonymous()
        .services(SERVICES)
        .service_endpoint("catalog", mock.url())
        .no_proxy()
        .build()
        .expect("catalog is known");
    let out = catalog::Catalog::new(&client)
        .show_item(ShowItemRequest::new("i-1"))
        .await
        .expect("200");
    assert_eq!(out.id.as_deref(), Some("i-1"));

    let err = Client::builder()
        .anonymous()
        .service_endpoint("catalog", mock.url())
        .build()
        .expect_err("catalog is not generated-client's");
    let message = err.to_string();
    assert!(message.contains("unknown service \"catalog\""), "{message}");
    assert!(message.contains(".services(..)"), "{message}");
}
