codegen_macros::generate!("spec/deep-nesting.yaml");

fn main() {}
