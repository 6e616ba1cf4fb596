codegen_macros::generate!("spec/empty-enum.yaml");

fn main() {}
