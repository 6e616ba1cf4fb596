//! Date-times in each declared layout, end to end: the mock serves them, the client keeps each raw text and parses it
//! in its layout, and the request's layouts go on the wire as declared.

use generated_client::datetime::{DateTime, EpochMillis, Naive};

codegen_macros::generate!("fixtures/times.yaml", standalone);
use times::{ListEventsRequest, Times};

#[tokio::test]
async fn every_layout_parses_to_the_same_instant_and_sentinels_stay_raw() {
    let (_mock, client) = tests::mock_and_client(SERVICES).await;
    let from: DateTime<EpochMillis> = time::macros::datetime!(2024-01-01 00:00 UTC).into();
    assert_eq!(from.as_str(), "1704067200000");
    let since: DateTime<Naive> = time::macros::datetime!(2024-01-01 00:00 UTC).into();
    assert_eq!(since.as_str(), "2024-01-01T00:00:00");
    let out = Times::new(&client)
        .list_events(ListEventsRequest::new().from(from).since(since))
        .await
        .expect("200: the mock accepted both query layouts");
    let instant = time::macros::datetime!(2024-01-01 00:00 UTC);
    assert_eq!(
        out.created.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    assert_eq!(
        out.launched_at.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    assert_eq!(
        out.signed_at.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    assert_eq!(
        out.seconds.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    assert_eq!(
        out.record_time.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    assert_eq!(
        out.start_time.as_ref().and_then(DateTime::parse),
        Some(instant)
    );
    // The raw text is kept as received, number or string.
    assert_eq!(
        out.seconds.as_ref().map(DateTime::as_str),
        Some("1704067200")
    );
    assert_eq!(
        out.start_time.as_ref().map(DateTime::as_str),
        Some("1704067200000")
    );
    // A sentinel is no time, and stays as it came.
    let ended = out.terminated_at.as_ref().expect("sent");
    assert_eq!(ended.as_str(), "-");
    assert_eq!(ended.parse(), None);
}

/// A layout the mock's validator refuses: the query must be milliseconds, not RFC 3339.
#[tokio::test]
async fn the_mock_checks_request_layouts() {
    let (_mock, client) = tests::mock_and_client(SERVICES).await;
    let err = Times::new(&client)
        .list_events(ListEventsRequest::new().from(DateTime::new("2024-01-01T00:00:00Z")))
        .await
        .expect_err("400");
    let text = err.to_string();
    assert!(
        text.contains("is not milliseconds since the epoch"),
        "{text}"
    );
}
