codegen_macros::generate!("spec/bad-multipart.yaml");

fn main() {}
