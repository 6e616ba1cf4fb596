codegen_macros::generate!("spec/bad-rust-name.yaml");

fn main() {}
