//! Every spec rule has a compile-fail case in `ui/`: a `.rs` that expands a sibling `ui/spec/<case>.yaml`, and the
//! `.stderr` rustc must print. `TRYBUILD=overwrite cargo test -p tests --test compile_fail` regenerates them; review
//! the diff. The messages come from the macro on the literal's span, so they are stable for the pinned toolchain.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
