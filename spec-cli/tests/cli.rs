//! The `spec` command as a user runs it: exit statuses, located messages, written files, and a mock server for a
//! spec folder that generated-client was never compiled with.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

fn spec(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spec"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the spec binary runs")
}

/// The workspace root: paths in messages are relative to it, as a user at the root types them.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The spec files of the repository's `spec/` folder, by name.
fn repo_specs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("spec"))
        .expect("spec/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_repository_specs_have_no_problems() {
    let out = spec(&["check", "spec/"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let services = repo_specs().len();
    assert!(
        text(&out.stdout).starts_with(&format!("{services} services, ")),
        "{}",
        text(&out.stdout)
    );
}

/// An unknown key in one file and a duplicate route in another: both reported, located, in one run.
#[test]
fn every_problem_in_every_file_at_once() {
    let out = spec(&["check", "spec-cli/tests/fixtures/broken"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "spec-cli/tests/fixtures/broken/alpha.yaml:8:5: unknown key `max_lenght`; expected one of operation, method, \
         path, summary, description, parameters, request, responses, pagination, waiter, job\n\
         spec-cli/tests/fixtures/broken/beta.yaml:15:11: endpoint `GetThing` (`GET /v1/things/{thing_id}`) takes the \
         same requests as endpoint `ShowThing` (`GET /v1/things/{id}`, at \
         spec-cli/tests/fixtures/broken/beta.yaml:7:11); give one of them another path or method\n\
         spec: 2 problems found\n"
    );
}

/// Files given together are checked together: two services may not take the same requests.
#[test]
fn services_checked_together_may_not_share_a_route() {
    let out = spec(&[
        "check",
        "spec-cli/tests/fixtures/widgets",
        "spec-cli/tests/fixtures/widgets/widgets.yaml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("service `widgets` is already defined at"),
        "{err}"
    );
    assert!(
        err.contains(
            "endpoint `widgets.ShowWidget` (`GET /v1/widgets/{widget_id}`) takes the same requests"
        ),
        "{err}"
    );
}

#[test]
fn a_missing_path_is_a_problem_not_a_crash() {
    let out = spec(&["check", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("cannot read spec file `no/such/folder`: no such file or folder"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn wrong_command_lines_exit_2_with_the_usage() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["openapi", "spec/"],
        &["check", "--bogus", "spec/"],
        &["mock", "spec/", "--port", "eighty"],
        &["mock", "spec/", "--ak", "AK"],
    ] {
        let out = spec(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage:"), "{args:?}");
    }
    let out = spec(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("spec mock"));
}

#[test]
fn openapi_writes_one_document_per_service() {
    let out_dir = std::env::temp_dir().join(format!("spec-cli-openapi-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = spec(&[
        "openapi",
        "spec/",
        "-o",
        out_dir.to_str().expect("UTF-8 temp dir"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = text(&out.stdout);
    for name in repo_specs() {
        let service = name.trim_end_matches(".yaml");
        let path = out_dir.join(format!("{service}.openapi.json"));
        assert!(written.contains(&path.display().to_string()), "{written}");
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("written")).expect("JSON");
        assert_eq!(doc["openapi"], "3.1.0");
        assert_eq!(doc["tags"][0]["name"], service);
    }
    let _ = std::fs::remove_dir_all(&out_dir);
}

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.1 request on a fresh connection; the status line and the body.
fn get(addr: &str, path: &str) -> (String, String) {
    let mut s = TcpStream::connect(addr).expect("connect to the mock");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("request written");
    let mut answer = String::new();
    s.read_to_string(&mut answer).expect("answer read");
    let status = answer.lines().next().unwrap_or_default().to_owned();
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn mock_serves_a_folder_the_client_was_never_compiled_with() {
    let child = Command::new(env!("CARGO_BIN_EXE_spec"))
        .args([
            "mock",
            "spec-cli/tests/fixtures/widgets",
            "--port",
            "0",
            "--quiet",
        ])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spec mock starts");
    let mut server = Server(child);
    let stdout = server.0.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let first = lines
        .next()
        .and_then(Result::ok)
        .expect("the first line names the URL");
    let addr = first
        .strip_prefix("mock server listening on http://")
        .unwrap_or_else(|| panic!("{first}"))
        .to_owned();
    let routes = lines.next().and_then(Result::ok).expect("the route count");
    assert_eq!(routes, "1 routes:");

    let (status, body) = get(&addr, "/v1/widgets/w-1");
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(body, serde_json::json!({ "id": "w-1", "size": 3 }));

    // The spec's constraints are checked: a documented client error in the documented shape.
    let (status, body) = get(&addr, "/v1/widgets/much-too-long");
    assert!(status.starts_with("HTTP/1.1 400"), "{status}");
    assert!(
        body.contains("path parameter widget_id: length 13 exceeds max_length 8"),
        "{body}"
    );
    let (status, _) = get(&addr, "/v1/nothing");
    assert!(status.starts_with("HTTP/1.1 404"), "{status}");
}

#[test]
fn mock_refuses_to_start_on_a_broken_spec() {
    let out = spec(&["mock", "spec-cli/tests/fixtures/broken", "--port", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("spec: 2 problems found"));
}

/// `spec check` reports exactly what the macro reports: for every compile-fail case of `tests/ui` whose spec file
/// exists, the `error: ` lines of its `.stderr` are the command's messages, in the same order.
#[test]
fn check_reports_what_the_macro_reports() {
    let ui = root().join("tests/ui");
    let mut cases = 0;
    let mut names: Vec<PathBuf> = std::fs::read_dir(&ui)
        .expect("tests/ui")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    names.sort();
    for rs in names {
        let source = std::fs::read_to_string(&rs).expect("case source");
        let Some(literal) = source
            .split_once("generate!(\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(l, _)| l.to_owned())
        else {
            continue;
        };
        if !literal.starts_with("spec/") || !ui.join(&literal).is_file() {
            // A case about a missing file (the command names paths its own way), or about the macro's options on
            // a valid spec outside `ui/spec/`.
            continue;
        }
        let stderr = std::fs::read_to_string(rs.with_extension("stderr")).expect("case stderr");
        let expected: Vec<&str> = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("error: "))
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_spec"))
            .args(["check", &literal])
            .current_dir(&ui)
            .output()
            .expect("the spec binary runs");
        assert_eq!(out.status.code(), Some(1), "{}", rs.display());
        let err = text(&out.stderr);
        let got: Vec<&str> = err.lines().filter(|l| !l.starts_with("spec: ")).collect();
        assert_eq!(got, expected, "{}", rs.display());
        cases += 1;
    }
    assert!(cases >= 15, "only {cases} cases compared");
}
