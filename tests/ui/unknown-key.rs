codegen_macros::generate!("spec/unknown-key.yaml");

fn main() {}
