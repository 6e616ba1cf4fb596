codegen_macros::generate!("spec/bad-host.yaml");

fn main() {}
