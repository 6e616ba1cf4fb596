codegen_macros::generate!("spec/bad-response-headers.yaml");

fn main() {}
