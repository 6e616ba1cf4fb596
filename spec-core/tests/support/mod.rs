//! Support shared by spec-core's integration tests and codegen-macros' expansion fuzz, which includes this folder
//! with `#[path]` (so it names only spec-core, serde_json, serde-saphyr and syn).

pub mod base;
