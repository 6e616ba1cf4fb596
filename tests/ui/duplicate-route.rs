codegen_macros::generate!("spec/duplicate-route.yaml");

fn main() {}
