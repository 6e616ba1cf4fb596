codegen_macros::generate!("spec/every-problem.yaml");

fn main() {}
