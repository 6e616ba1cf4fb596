codegen_macros::generate!("spec/bad-pagination.yaml");

fn main() {}
