codegen_macros::generate!("spec/bad-int-enum.yaml");

fn main() {}
