codegen_macros::generate!("spec/invalid-status.yaml");

fn main() {}
