codegen_macros::generate!("spec/duplicate-operation.yaml");

fn main() {}
