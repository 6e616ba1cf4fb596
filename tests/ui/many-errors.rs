codegen_macros::generate!("spec/many-errors.yaml");

fn main() {}
