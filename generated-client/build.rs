//! New spec files must rebuild the crate: `include_str!` tracks the files the macro read, this tracks the folder.
//!
//! The folder is `spec` in this package: a symlink to the workspace's `../spec`, which `cargo package` copies into
//! the package as files. Where the symlink is checked out as a plain file (git on Windows without symlink support),
//! the crate reads `../spec` directly (cfg `workspace_spec`, which `lib.rs` reads).
//!
//! It also tells the crate's own tests which spec services are compiled in: `all_services` when every spec file's
//! feature is on (the default), `any_service` when at least one is, so no test has to list the services itself.

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(all_services, any_service, workspace_spec)");
    let folder = if Path::new("spec").is_dir() {
        "spec"
    } else {
        println!("cargo::rustc-cfg=workspace_spec");
        "../spec"
    };
    // The folder itself, not the symlink: cargo then compares the mtimes of the files in it (new ones included).
    let tracked = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.into());
    println!("cargo::rerun-if-changed={}", tracked.display());
    let stems: Vec<String> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .filter_map(|p| stem(&p))
                .collect()
        })
        .unwrap_or_default();
    // Cargo sets `CARGO_FEATURE_<NAME>` (upper case, `-` as `_`) for every enabled feature.
    let enabled = |stem: &String| {
        std::env::var_os(format!(
            "CARGO_FEATURE_{}",
            stem.to_uppercase().replace('-', "_")
        ))
        .is_some()
    };
    if !stems.is_empty() && stems.iter().all(enabled) {
        println!("cargo::rustc-cfg=all_services");
    }
    if stems.iter().any(enabled) {
        println!("cargo::rustc-cfg=any_service");
    }
}

fn stem(path: &Path) -> Option<String> {
    Some(path.file_stem()?.to_str()?.to_owned())
}
