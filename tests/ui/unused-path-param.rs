codegen_macros::generate!("spec/unused-path-param.yaml");

fn main() {}
