codegen_macros::generate!("spec/bad-default.yaml");

fn main() {}
