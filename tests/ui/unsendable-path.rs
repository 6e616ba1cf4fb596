codegen_macros::generate!("spec/unsendable-path.yaml");

fn main() {}
