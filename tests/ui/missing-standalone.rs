// Outside generated-client, `generate!` needs `standalone`: without it the build says so, once, and the services
// are there as `standalone` makes them, so the code that calls them adds nothing.
generated_client::generate!("../fixtures/catalog.yaml");

fn main() {
    let client = generated_client::Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:1")
        .build()
        .unwrap();
    let _call = catalog::Catalog::new(&client).show_item(catalog::ShowItemRequest::new("i-1"));
}
