codegen_macros::generate!("spec/rust-name-collision.yaml");

fn main() {}
