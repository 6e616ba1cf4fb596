codegen_macros::generate!("spec/bad-date-time.yaml");

fn main() {}
