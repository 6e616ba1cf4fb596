//! `rust_name` overrides and an inline type referred to by its `name:`, decoded from the mock's answers.

codegen_macros::generate!("fixtures/naming.yaml", standalone);
use naming::{ListThingsRequest, Naming, ShowThingRequest, Thing};

#[tokio::test]
async fn overridden_names_keep_their_wire_names() {
    let (_mock, client) = tests::mock_and_client(SERVICES).await;
    let thing: Thing = Naming::new(&client)
        .show_thing(ShowThingRequest::new("t-1").ipv4_cidr("10.0.0.0/8"))
        .await
        .expect("200")
        .into_inner();
    assert_eq!(thing.error_code.as_deref(), Some("A"));
    assert_eq!(thing.camel_error_code.as_deref(), Some("B"));
    assert_eq!(thing.dunder_os_version.as_deref(), Some("22.04"));
    assert_eq!(thing.os_version.as_deref(), Some("ubuntu"));
    assert_eq!(thing.access_ipv4.as_deref(), Some("192.0.2.1"));

    // The other endpoint's items are the same named type.
    let list = Naming::new(&client)
        .list_things(ListThingsRequest::new())
        .await
        .expect("200");
    let things: &Vec<Thing> = list.things.as_ref().expect("things");
    assert_eq!(things[0].access_ipv4.as_deref(), Some("192.0.2.2"));
}
