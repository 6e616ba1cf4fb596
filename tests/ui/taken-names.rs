codegen_macros::generate!("spec/taken-names.yaml");

fn main() {}
