codegen_macros::generate!("spec/unknown-method.yaml");

fn main() {}
