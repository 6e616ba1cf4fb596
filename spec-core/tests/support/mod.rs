//! Support shared by spec-core's integration tests and codegen-macros' expansion fuzz, which includes this folder
//! with `#[path]` (so it names only spec-core, serde_json and serde-saphyr): [`base`], the small spec the error tests
//! break; [`generator`], the fuzz's hostile inputs; [`harness`], running them against a stage of the pipeline; [`env`], the `FUZZ_*` settings.

pub mod base;
pub mod env;
pub mod generator;
pub mod harness;
