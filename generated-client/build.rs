//! New spec files must rebuild the crate: `include_str!` tracks the files the macro read, this tracks the folder.
fn main() {
    println!("cargo:rerun-if-changed=../spec");
}
