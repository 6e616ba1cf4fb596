codegen_macros::generate!("spec/bad-map-keys.yaml");

fn main() {}
