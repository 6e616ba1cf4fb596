codegen_macros::generate!("spec/undeclared-path-param.yaml");

fn main() {}
