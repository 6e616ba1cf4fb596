codegen_macros::generate!("spec/send-default-without-default.yaml");

fn main() {}
