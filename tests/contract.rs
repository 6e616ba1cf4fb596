//! Contract checks derived from the specs, not hand-listed: for every operation in the generated operation table,
//! the documented example request is built through the typed client and sent to the embedded mock (AK/SK signed,
//! signatures checked) once per documented status; the answer must decode into the typed output or error variant
//! equal to the documented example. `fixtures/inventory.yaml` (not one of the five seeds) shows that a new spec file
//! gets its checks with no Rust edit.

use generated_client::__private::contract_cases;
use generated_client::Client;
use generated_client::mock::{MockConfig, MockServer};

codegen_macros::generate!("fixtures/inventory.yaml", standalone);
use inventory::ReserveItemsOutput;

use tests::{check, documented_statuses};

#[tokio::test]
async fn every_seed_endpoint_and_status_honours_its_contract() {
    let services = generated_client::SERVICES;
    let (operations, statuses) = check(services)
        .await
        .unwrap_or_else(|f| panic!("{}", f.join("\n")));
    println!("contract: {operations} operations, {statuses} statuses checked in spec/");
    let total_ops: usize = services.iter().map(|s| s.operations.len()).sum();
    assert_eq!(
        (operations, statuses),
        (total_ops, documented_statuses(&services)),
        "100% of spec/ is covered"
    );
    assert!(
        operations >= 5 && statuses >= 18,
        "the five seeds and their 18 documented statuses are all here"
    );
}

#[tokio::test]
async fn a_new_spec_file_gets_contract_checks_without_rust_edits() {
    let (operations, statuses) = check(SERVICES)
        .await
        .unwrap_or_else(|f| panic!("{}", f.join("\n")));
    println!(
        "contract: {operations} operations, {statuses} statuses checked in fixtures/inventory.yaml"
    );
    assert_eq!((operations, statuses), (3, 8));
    // Two success statuses: the output is an enum with one variant per status.
    let _: fn(ReserveItemsOutput) = |o| match o {
        ReserveItemsOutput::Created(body) => drop(body.reservation_id),
        ReserveItemsOutput::Accepted => {}
    };
}

/// The check can fail: a response example that differs from what the mock serves, or a status the spec does not
/// document, is reported.
#[tokio::test]
async fn a_mismatch_is_reported() {
    let ges = &generated_client::ges::SERVICE;
    let mock = MockServer::start(MockConfig::new().services([ges]))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .anonymous()
        .endpoint(mock.url())
        .no_proxy()
        .build()
        .expect("client");
    let cases = contract_cases(ges.spec_json).expect("spec JSON");
    let mut case = cases[0]
        .iter()
        .find(|c| c.status == 400)
        .expect("a 400 case")
        .clone();
    case.response_example =
        Some(serde_json::json!({"error_code": "GES.0000", "error_msg": "something else"}));
    let why = ges.contracts[0](&client, &case)
        .await
        .expect_err("a different example must fail");
    assert!(why.contains("differs from the example"), "{why}");
    case.status = 418;
    let why = ges.contracts[0](&client, &case)
        .await
        .expect_err("an undocumented status must fail");
    assert!(why.contains("418"), "{why}");
    mock.shutdown().await;
}
