codegen_macros::generate!("spec/malformed-yaml.yaml");

fn main() {}
