//! Bodies that are not plain JSON, end to end.

codegen_macros::generate!("fixtures/bodies.yaml", standalone);

#[test]
fn compiles() {}
