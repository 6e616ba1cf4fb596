codegen_macros::generate!("spec/wrong-value-type.yaml");

fn main() {}
