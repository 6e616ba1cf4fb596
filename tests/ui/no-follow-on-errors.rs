// A spec with an error is the build's only error: the code that uses its service (imports, types, calls, the
// `SERVICES` list) adds none, so the user reads the spec's message and nothing else.
generated_client::generate!("spec/no-follow-on-errors.yaml", standalone);

use widgets::{ShowWidgetRequest, Widgets};

fn main() {
    let client = generated_client::Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:1")
        .services(SERVICES)
        .build()
        .unwrap();
    let _call = Widgets::new(&client).show_widget(ShowWidgetRequest::new("w-1"));
    let _meta: &generated_client::ServiceMeta = &widgets::SERVICE;
}
