//! Test-only crate: see tests/*.rs. What several test files share lives here: the contract checks and a client
//! against the embedded mock.

use generated_client::__private::contract_cases;
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{BasicCredentials, Client, ServiceMeta, Services};
use std::time::Duration;

const AK: &str = "CONTRACT_AK";
const SK: &str = "contract-secret";

/// The embedded mock serving `services` (no signature check), and an anonymous client that calls it.
pub async fn mock_and_client(services: Services) -> (MockServer, Client) {
    let mock = MockServer::start(MockConfig::new().services(services))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .anonymous()
        .endpoint(mock.url())
        .no_proxy()
        .build()
        .expect("client");
    (mock, client)
}

/// Runs every check of `services`; returns (operations, statuses) checked, or the failures.
pub async fn check(services: Services) -> Result<(usize, usize), Vec<String>> {
    let mock = MockServer::start(MockConfig::new().services(services).credentials(AK, SK))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .endpoint(mock.url())
        // Both ids: one client serves regional services (`X-Project-Id`) and global ones (`X-Domain-Id`).
        .credentials(
            BasicCredentials::new(AK, SK)
                .with_project_id("p0123")
                .with_domain_id("d0123"),
        )
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .expect("client");
    let (mut operations, mut statuses, mut failures) = (0, 0, Vec::new());
    for service in services {
        let cases = contract_cases(service.spec_json).expect("spec JSON");
        assert_eq!(
            service.contracts.len(),
            service.operations.len(),
            "{}: one contract per operation",
            service.name
        );
        assert_eq!(cases.len(), service.operations.len());
        for ((op, contract), cases) in service.operations.iter().zip(service.contracts).zip(&cases)
        {
            operations += 1;
            for case in cases {
                statuses += 1;
                if let Err(why) = contract(&client, case).await {
                    failures.push(format!(
                        "{}.{} status {}: {why}",
                        service.name, op.name, case.status
                    ));
                }
            }
        }
    }
    mock.shutdown().await;
    if failures.is_empty() {
        Ok((operations, statuses))
    } else {
        Err(failures)
    }
}

pub fn documented_statuses(services: &[&ServiceMeta]) -> usize {
    services
        .iter()
        .map(|s| {
            contract_cases(s.spec_json)
                .expect("spec JSON")
                .iter()
                .map(Vec::len)
                .sum::<usize>()
        })
        .sum()
}
