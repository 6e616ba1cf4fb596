codegen_macros::generate!("spec/bad-from-context.yaml");

fn main() {}
