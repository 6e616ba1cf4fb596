codegen_macros::generate!("spec/bad-json-content.yaml");

fn main() {}
