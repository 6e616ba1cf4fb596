codegen_macros::generate!("spec/not-utf8.yaml");

fn main() {}
