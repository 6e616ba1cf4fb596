//! The README's "A spec of your own" is a complete crate: this test writes its files, as the README shows them, into
//! a crate outside the workspace, with a path dependency on generated-client, and runs its `cargo test` (the crate's
//! own test against the mock server). A second crate renames the dependency and expands the same spec with
//! `crate = ::rt`, where no `generated_client` exists. Both build offline from the workspace's lockfile, in the
//! target dir tests/rebuild.rs uses, so the dependencies they share are built once.

use std::path::{Path, PathBuf};
use std::process::Command;

const SECTION: &str = "## A spec of your own";

/// `(file name, contents)` of every file of the README's section: each is a line starting `` `path`: `` or
/// `` `path` (`` and the next fenced block.
fn readme_files() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(workspace().join("README.md")).expect("README.md");
    let start = readme.find(SECTION).expect("the README has the section");
    let rest = &readme[start + SECTION.len()..];
    let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let mut files = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        let Some(name) = line
            .strip_prefix('`')
            .and_then(|l| l.split_once("`:").or_else(|| l.split_once("` (")))
            .map(|(name, _)| name)
            .filter(|name| !name.contains(' '))
        else {
            continue;
        };
        // The text after the name may wrap; the file is the next fenced block.
        lines
            .by_ref()
            .find(|l| l.starts_with("```"))
            .unwrap_or_else(|| panic!("`{name}` is not followed by a fence"));
        let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        files.push((name.to_owned(), body.join("\n") + "\n"));
    }
    files
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A fresh crate of `files` in the test's temp dir, with the workspace's lockfile (same versions, no network).
fn crate_of(name: &str, files: &[(String, String)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for (file, text) in files {
        write(&dir.join(file), text);
    }
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy lockfile");
    dir
}

/// `cargo <args>` in `dir`, offline, in the target dir the rebuild probes share.
fn cargo(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO"))
        .args(args)
        .arg("--offline")
        .current_dir(dir)
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target"),
        )
        .output()
        .expect("cargo runs")
}

/// The README's manifest, with its path to generated-client pointing at this workspace's, and a `[workspace]` of
/// its own (the temp dir is inside this workspace).
fn manifest(files: &[(String, String)]) -> String {
    let (_, text) = files
        .iter()
        .find(|(f, _)| f == "Cargo.toml")
        .expect("the README shows Cargo.toml");
    let readme_path = "path = \"../spec-client/generated-client\"";
    assert_eq!(text.matches(readme_path).count(), 2, "{text}");
    text.replace(
        readme_path,
        &format!("path = {:?}", workspace().join("generated-client")),
    ) + "\n[workspace]\n"
}

#[test]
fn the_readme_example_builds_and_passes_its_test_as_a_crate_of_its_own() {
    let mut files = readme_files();
    let names: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        names,
        [
            "Cargo.toml",
            "build.rs",
            "spec/widgets.yaml",
            "src/lib.rs",
            "src/main.rs",
            "tests/widgets.rs"
        ]
    );
    let manifest = manifest(&files);
    files[0].1 = manifest;
    let dir = crate_of("readme-standalone", &files);
    let out = cargo(&dir, &["test"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    for test in ["reads_widgets_from_the_mock", "a_missing_widget_is_none"] {
        assert!(stdout.contains(&format!("test {test} ... ok")), "{stdout}");
    }
    // No warning in the user's crate (the build script tracks the spec folder).
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// `crate = ::rt`: the dependency renamed, the macro called through it, and every generated path (types, calls,
/// `SERVICES`, the mock's contract checks) resolved through `::rt`, where `::generated_client` does not exist.
#[test]
fn a_renamed_dependency_is_named_with_crate() {
    let files = readme_files();
    let spec = files
        .iter()
        .find(|(f, _)| f == "spec/widgets.yaml")
        .expect("the README shows the spec")
        .1
        .clone();
    // The same dependencies and features as the README's crate under `cargo test`, so nothing but this crate builds.
    let generated_client = workspace().join("generated-client");
    let manifest = format!(
        "[package]\nname = \"renamed-runtime\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n\
         [dependencies]\nrt = {{ package = \"generated-client\", path = {generated_client:?}, default-features = false, \
         features = [\"rustls\", \"mock\"] }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\nserde_json = \"1\"\n"
    );
    let main = r#"rt::generate!("../spec/widgets.yaml", standalone, crate = ::rt);

#[tokio::main]
async fn main() {
    let mock = rt::mock::MockServer::start(rt::mock::MockConfig::new().services(SERVICES))
        .await
        .unwrap();
    let client = rt::Client::builder()
        .anonymous()
        .endpoint(mock.url())
        .no_proxy()
        .services(SERVICES)
        .build()
        .unwrap();
    let request = widgets::ListWidgetsRequest::new().project_id("p1").limit(5);
    let out = widgets::Widgets::new(&client).list_widgets(request).await.unwrap();
    println!("{}", out.widgets[0].name);
}
"#;
    let dir = crate_of(
        "renamed-runtime",
        &[
            ("Cargo.toml".into(), manifest),
            ("spec/widgets.yaml".into(), spec),
            ("src/main.rs".into(), main.into()),
        ],
    );
    let out = cargo(&dir, &["run", "--quiet"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "sprocket");
}
