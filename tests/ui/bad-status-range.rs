codegen_macros::generate!("spec/bad-status-range.yaml");

fn main() {}
