codegen_macros::generate!("spec/bad-waiter.yaml");

fn main() {}
