//! Nothing here: the crate holds the runtime benchmarks of `generated-client` (`benches/runtime.rs`), outside that
//! package so that its examples and tests never build criterion. Run them with
//! `cargo bench -p bench-runtime --bench runtime` (BENCHMARKS.md, "Commands").
