codegen_macros::generate!("spec/bad-binary.yaml");

fn main() {}
