codegen_macros::generate!("spec/undefined-type.yaml");

fn main() {}
