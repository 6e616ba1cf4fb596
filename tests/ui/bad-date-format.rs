codegen_macros::generate!("spec/bad-date-format.yaml");

fn main() {}
