//! Editing a spec file rebuilds the crate that expands it, and a new spec file in the folder becomes a new service,
//! with no Rust edit. A real cargo build of a probe crate proves it: `include_str!` of every file read tracks edits,
//! and the probe's one-line `build.rs` (`rerun-if-changed=spec`, as in generated-client) tracks new files.

use std::path::{Path, PathBuf};
use std::process::Command;

const PING: &str = "service: alpha
title: Alpha
host_prefix: alpha
endpoints:
  - operation: Ping
    method: GET
    path: /ping
    responses:
      204:
        description: pong
";

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// Builds and runs the probe; it prints `service:Operation` for every operation it was generated with.
fn run(probe: &Path, target: &Path) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .current_dir(probe)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "probe build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn spec_edits_and_new_files_rebuild() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf();
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let probe = tmp.join("rebuild-probe");
    let _ = std::fs::remove_dir_all(&probe);
    let dep = |name: &str| format!("{name} = {{ path = {:?} }}\n", workspace.join(name));
    write(
        &probe.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"rebuild-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[dependencies]\n{}{}",
            dep("codegen-macros"),
            dep("generated-client")
        ),
    );
    // Same dependency versions as the workspace, and no network needed.
    std::fs::copy(workspace.join("Cargo.lock"), probe.join("Cargo.lock")).expect("copy lockfile");
    write(
        &probe.join("build.rs"),
        "fn main() {\n    println!(\"cargo:rerun-if-changed=spec\");\n}\n",
    );
    write(
        &probe.join("src/main.rs"),
        "codegen_macros::generate!(\"../spec\", standalone);\n\n\
         fn main() {\n    for s in __SERVICES {\n        for op in s.operations {\n            println!(\"{}:{}\", s.name, op.name);\n        }\n    }\n}\n",
    );
    write(&probe.join("spec/alpha.yaml"), PING);
    let target = tmp.join("rebuild-target");

    assert_eq!(run(&probe, &target), "alpha:Ping");

    write(
        &probe.join("spec/alpha.yaml"),
        &PING.replace("Ping", "Pong"),
    );
    assert_eq!(
        run(&probe, &target),
        "alpha:Pong",
        "editing a spec file must rebuild"
    );

    write(
        &probe.join("spec/beta.yaml"),
        &PING.replace("alpha", "beta"),
    );
    assert_eq!(
        run(&probe, &target),
        "alpha:Pong\nbeta:Ping",
        "a new spec file must rebuild"
    );
}
