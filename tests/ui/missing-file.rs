codegen_macros::generate!("spec/does-not-exist.yaml");

fn main() {}
