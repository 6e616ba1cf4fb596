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

/// `cargo <args>` in the probe, offline, with its own target dir (shared by the probes).
fn cargo(probe: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .args(["--quiet", "--offline"])
        .current_dir(probe)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target"),
        )
        .output()
        .expect("cargo runs")
}

/// Builds and runs the probe; it prints `service:Operation` for every operation it was generated with.
fn run(probe: &Path) -> String {
    let out = cargo(probe, &["run"]);
    assert!(
        out.status.success(),
        "probe build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// A fresh probe crate in the test's temp dir that expands `../spec` with `flags` and prints every operation. Its
/// generated-client has neither `mock` nor `openapi`, so no service may embed its spec JSON (the probe would say so).
fn probe(name: &str, features: &str, flags: &str) -> PathBuf {
    let probe = probe_without_build_script(name, features, flags);
    write(
        &probe.join("build.rs"),
        "fn main() {\n    println!(\"cargo:rerun-if-changed=spec\");\n}\n",
    );
    probe
}

/// [`probe`] without its build script: only the spec files the macro read are tracked.
fn probe_without_build_script(name: &str, features: &str, flags: &str) -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf();
    let probe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&probe);
    let dep = |name: &str| format!("{name} = {{ path = {:?} }}\n", workspace.join(name));
    write(
        &probe.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [workspace]\n\n[dependencies]\n{}{}\n{features}",
            dep("codegen-macros"),
            dep("generated-client")
        ),
    );
    // Same dependency versions as the workspace, and no network needed.
    std::fs::copy(workspace.join("Cargo.lock"), probe.join("Cargo.lock")).expect("copy lockfile");
    write(
        &probe.join("src/main.rs"),
        &format!(
            "codegen_macros::generate!(\"../spec\", {flags});\n\n\
             fn main() {{\n    for s in SERVICES {{\n        if !s.spec_json.is_empty() {{\n            \
             println!(\"{{}}: spec JSON embedded\", s.name);\n        }}\n        for op in s.operations {{\n            \
             println!(\"{{}}:{{}}\", s.name, op.name);\n        }}\n    }}\n}}\n"
        ),
    );
    probe
}

#[test]
fn spec_edits_and_new_files_rebuild() {
    let probe = probe("rebuild-probe", "", "standalone");
    write(&probe.join("spec/alpha.yaml"), PING);
    assert_eq!(run(&probe), "alpha:Ping");

    write(
        &probe.join("spec/alpha.yaml"),
        &PING.replace("Ping", "Pong"),
    );
    assert_eq!(
        run(&probe),
        "alpha:Pong",
        "editing a spec file must rebuild"
    );

    write(
        &probe.join("spec/beta.yaml"),
        // Its own path: two endpoints on `GET /ping` would take the same requests.
        &PING.replace("alpha", "beta").replace("/ping", "/beta/ping"),
    );
    assert_eq!(
        run(&probe),
        "alpha:Pong\nbeta:Ping",
        "a new spec file must rebuild"
    );
}

/// With `features`, a disabled service's file is never read: a broken spec behind an off feature builds, and the
/// same file fails the build, with its location, once its feature is on.
#[test]
fn disabled_service_is_never_parsed() {
    let probe = probe(
        "features-probe",
        "[features]\ndefault = [\"alpha\"]\nalpha = []\nbeta = []\n",
        "standalone, features",
    );
    write(&probe.join("spec/alpha.yaml"), PING);
    write(
        &probe.join("spec/beta.yaml"),
        "service: beta\ntitle: [unclosed\n",
    );
    assert_eq!(run(&probe), "alpha:Ping");

    let out = cargo(&probe, &["build", "--features", "beta"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "the broken spec must fail once its feature is on"
    );
    assert!(stderr.contains("spec/beta.yaml:"), "{stderr}");
    // The spec's error is the only one: the crate's own code that reads `SERVICES` (which names `beta::SERVICE`)
    // adds none.
    assert_eq!(compile_errors(&stderr), 1, "{stderr}");
}

/// The `error[..]`/`error:` lines of a failed build, without cargo's own `could not compile` line.
fn compile_errors(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with("error") && !l.contains("could not compile"))
        .count()
}

/// A spec file without its cargo feature is one error, not a cascade in the code that reads `SERVICES`: the other
/// services are still expanded and indexed.
#[test]
fn a_file_without_a_feature_is_the_only_error() {
    let probe = probe(
        "no-feature-probe",
        "[features]\ndefault = [\"alpha\"]\nalpha = []\n",
        "standalone, features",
    );
    write(&probe.join("spec/alpha.yaml"), PING);
    write(
        &probe.join("spec/gamma.yaml"),
        &PING.replace("alpha", "gamma").replace("/ping", "/gamma"),
    );
    let out = cargo(&probe, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("service `gamma` has no cargo feature"),
        "{stderr}"
    );
    assert_eq!(compile_errors(&stderr), 1, "{stderr}");
}

/// A macro cannot make cargo watch a folder, so a crate that expands one without a build script would miss new files
/// silently: the build warns instead, with the line of `build.rs` that fixes it, and a crate with it does not warn.
#[test]
fn a_spec_folder_without_a_build_script_warns() {
    let probe = probe_without_build_script("untracked-probe", "", "standalone");
    write(&probe.join("spec/alpha.yaml"), PING);
    let out = cargo(&probe, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "a new file in the spec folder `spec` is not seen until a `.rs` file changes: add to the crate a \
             `build.rs` with `fn main() { println!(\"cargo::rerun-if-changed=spec\"); }`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("src/main.rs:1:27"), "{stderr}");

    write(
        &probe.join("build.rs"),
        "fn main() {\n    println!(\"cargo::rerun-if-changed=spec\");\n}\n",
    );
    let out = cargo(&probe, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
}
