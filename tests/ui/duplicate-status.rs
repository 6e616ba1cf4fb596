codegen_macros::generate!("spec/duplicate-status.yaml");

fn main() {}
