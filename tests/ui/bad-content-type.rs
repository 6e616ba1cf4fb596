codegen_macros::generate!("spec/bad-content-type.yaml");

fn main() {}
