codegen_macros::generate!("spec/bad-example.yaml");

fn main() {}
