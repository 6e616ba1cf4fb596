codegen_macros::generate!("spec/host-and-prefix.yaml");

fn main() {}
