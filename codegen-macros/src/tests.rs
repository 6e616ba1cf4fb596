//! Pipeline tests that need no compiler: expansion snapshots of `spec/*.yaml` and located errors.

use crate::expand::Mode;
use spec_core::load::SpecFile;

/// Runs the pipeline on in-memory files.
pub fn run(files: &[(&str, &str)]) -> Result<proc_macro2::TokenStream, Vec<String>> {
    run_mode(files, Mode::default())
}

pub fn run_mode(
    files: &[(&str, &str)],
    mode: Mode,
) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let files = files
        .iter()
        .map(|(name, src)| SpecFile {
            display: (*name).to_owned(),
            include: (*name).to_owned(),
            source: (*src).to_owned(),
        })
        .collect();
    crate::pipeline(spec_core::ctxt::Ctxt::new(), files, mode).0
}

/// How `generated-client` expands each file of `spec/`: `generate!("../../spec", features)` emits one call per file.
const FEATURE_FILE: Mode = Mode {
    standalone: false,
    features: false,
    feature_file: true,
};

/// Each `spec/*.yaml` expanded on its own, formatted, and compared with `tests/expand/<name>.rs`. Set
/// `UPDATE_SNAPSHOTS=1` to rewrite them, then review the diff.
#[test]
fn expansion_snapshots() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut names: Vec<String> = std::fs::read_dir(root.join("spec"))
        .expect("spec folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for name in &names {
        let source = std::fs::read_to_string(root.join("spec").join(name)).expect("spec file");
        let display = format!("spec/{name}");
        let tokens = run_mode(&[(&display, &source)], FEATURE_FILE)
            .unwrap_or_else(|e| panic!("{}", e.join("\n")));
        let file: syn::File = syn::parse2(tokens).expect("expansion parses as a Rust file");
        let text = format!(
            "// Expansion of spec/{name}; regenerate with UPDATE_SNAPSHOTS=1.\n{}",
            prettyplease::unparse(&file)
        );
        let snapshot = root.join("tests/expand").join(name.replace(".yaml", ".rs"));
        if update {
            std::fs::write(&snapshot, &text).expect("write snapshot");
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(text.as_str()) {
            stale.push(snapshot.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "expansion changed; rerun with UPDATE_SNAPSHOTS=1 and review: {stale:?}"
    );
}

/// A small valid spec; each error test breaks one thing in it.
pub(crate) const BASE: &str = r#"service: demo
title: Demo
host_prefix: demo
types:
  ErrorBody:
    type: object
    properties:
      error_code: { type: string }
      error_msg: { type: string }
endpoints:
  - operation: StopGraph
    method: POST
    path: /v2/{project_id}/graphs/{graph_id}/stop
    parameters:
      path:
        project_id: { type: string, from_context: project_id }
        graph_id: { type: string, max_length: 8 }
      header:
        X-Language: { type: string, enum: [en-us, zh-cn], default: en-us }
    request:
      body: { type: object }
    responses:
      200:
        body:
          type: object
          properties:
            job_id: { type: string }
      400:
        body: { type: ErrorBody }
"#;

fn errors_of(src: &str) -> Vec<String> {
    match run(&[("spec/demo.yaml", src)]) {
        Ok(_) => Vec::new(),
        Err(e) => e,
    }
}

#[track_caller]
fn assert_error(src: &str, expected: &str) {
    let errors = errors_of(src);
    assert!(
        errors.iter().any(|e| e == expected),
        "expected `{expected}` among:\n{}",
        errors.join("\n")
    );
}

#[test]
fn base_is_valid() {
    assert_eq!(errors_of(BASE), Vec::<String>::new());
}

#[test]
fn malformed_yaml() {
    let errors = errors_of("service: [demo\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("spec/demo.yaml:1:"), "{errors:?}");
}

#[test]
fn unknown_key() {
    let src = BASE.replace(
        "    method: POST\n",
        "    method: POST\n    timeout_ms: 5\n",
    );
    assert_error(
        &src,
        "spec/demo.yaml:13:5: unknown field `timeout_ms`, expected one of operation, method, path, summary, description, parameters, request, responses",
    );
}

#[test]
fn wrong_value_type() {
    let src = BASE.replace("max_length: 8", "max_length: eight");
    let errors = errors_of(&src);
    assert!(
        errors.iter().any(|e| e.starts_with("spec/demo.yaml:17:")),
        "{errors:?}"
    );
}

#[test]
fn unknown_method() {
    let src = BASE.replace("method: POST", "method: FETCH");
    assert_error(
        &src,
        "spec/demo.yaml:12:13: endpoint `StopGraph`: unknown HTTP method `FETCH`; expected one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS",
    );
}

#[test]
fn duplicate_operation() {
    let endpoint = &BASE[BASE.find("  - operation").unwrap()..];
    let src = format!("{BASE}{endpoint}");
    let errors = errors_of(&src);
    assert!(errors.iter().any(|e| e.starts_with("spec/demo.yaml:30:16: duplicate operation name `StopGraph` (first at spec/demo.yaml:11:16)")), "{errors:?}");
}

#[test]
fn path_param_not_declared_and_reverse() {
    let src = BASE.replace("{graph_id}/stop", "{graph}/stop");
    assert_error(
        &src,
        "spec/demo.yaml:13:11: endpoint `StopGraph`: path parameter `graph` is not declared",
    );
    assert_error(
        &src,
        "spec/demo.yaml:17:9: endpoint `StopGraph`: path parameter `graph_id` does not appear in the path `/v2/{project_id}/graphs/{graph}/stop`",
    );
}

#[test]
fn undefined_type() {
    let src = BASE.replace("type: ErrorBody", "type: ErrBody");
    assert_error(
        &src,
        "spec/demo.yaml:29:23: type `ErrBody` is not defined; declare it under `types` (declared: ErrorBody)",
    );
}

#[test]
fn invalid_and_duplicate_status() {
    let src = BASE.replace("      400:\n", "      4000:\n");
    assert_error(
        &src,
        "spec/demo.yaml:28:7: endpoint `StopGraph`: invalid status code `4000`; expected a number from 100 to 599",
    );
    let src = BASE.replace("      400:\n", "      \"200\":\n");
    let errors = errors_of(&src);
    assert!(
        errors
            .iter()
            .any(|e| e
                .starts_with("spec/demo.yaml:28:7: endpoint `StopGraph`: duplicate status 200")),
        "{errors:?}"
    );
}

#[test]
fn empty_enum() {
    let src = BASE.replace("enum: [en-us, zh-cn], default: en-us", "enum: []");
    assert_error(&src, "spec/demo.yaml:19:43: enum has no values");
}

#[test]
fn default_and_example_must_fit() {
    let src = BASE.replace("default: en-us", "default: fr-fr");
    assert_error(
        &src,
        "spec/demo.yaml:19:68: default does not match its schema: unknown value \"fr-fr\", expected one of: en-us, zh-cn",
    );
    let src = BASE.replace(
        "graph_id: { type: string, max_length: 8 }",
        "graph_id: { type: string, max_length: 8, example: too-long-id }",
    );
    assert_error(
        &src,
        "spec/demo.yaml:17:59: example does not match its schema: length 11 exceeds max_length 8",
    );
    let src = BASE.replace(
        "            job_id: { type: string }\n",
        "            job_id: { type: string }\n        example: { job_id: 7 }\n",
    );
    assert_error(
        &src,
        "spec/demo.yaml:28:18: endpoint `StopGraph`: example of status 200 does not match its schema: `job_id`: expected a string, got number 7",
    );
}

#[test]
fn rust_name_collision() {
    let src = BASE.replace(
        "      header:\n",
        "      query:\n        x_language: { type: string }\n      header:\n",
    );
    assert_error(
        &src,
        "spec/demo.yaml:21:9: endpoint `StopGraph`: header parameter `X-Language` and query parameter `x_language` both map to the Rust name `x_language`",
    );
}

#[test]
fn many_errors_in_one_build() {
    let src = BASE
        .replace("method: POST", "method: FETCH")
        .replace("type: ErrorBody", "type: Nope")
        .replace("      400:\n", "      999:\n");
    assert_eq!(errors_of(&src).len(), 3, "{:?}", errors_of(&src));
}

#[test]
fn int64_examples_stay_exact() {
    let src = BASE.replace(
        "            job_id: { type: string }\n",
        "            job_id: { type: int64, example: 1317151269261262848 }\n",
    );
    let file = SpecFile {
        display: "spec/demo.yaml".into(),
        include: "spec/demo.yaml".into(),
        source: src,
    };
    let resolved = crate::resolve(spec_core::ctxt::Ctxt::new(), &[file], Mode::default())
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let json = serde_json::to_string(&resolved[0].1).expect("the model serializes");
    assert!(
        json.contains(r#""example":1317151269261262848"#),
        "example must be written as an exact integer: {json}"
    );
}

/// The annotated example in `spec/README.md` is a valid spec: the documentation cannot drift from the format.
#[test]
fn readme_example_is_valid() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/README.md"),
    )
    .expect("spec/README.md");
    let start = readme.find("```yaml\n").expect("a ```yaml block") + "```yaml\n".len();
    let end = start + readme[start..].find("```").expect("closing fence");
    if let Err(e) = run(&[("spec/README.md", &readme[start..end])]) {
        panic!("{}", e.join("\n"));
    }
}

/// Each open enum gets only the conversions its uses need: `ParamValue` as a parameter, `ToJson` in a request body,
/// `Validate` for either, and `FromJson` in a response (elsewhere only inside `if_mock!`, for contract checks).
#[test]
fn enum_impls_follow_use() {
    let src = r#"service: demo
title: Demo
host_prefix: demo
types:
  Lang: { type: string, enum: [en-us, zh-cn] }
  Mode: { type: string, enum: [fast, slow] }
  State: { type: string, enum: [on, off] }
  Both: { type: string, enum: [x, y] }
endpoints:
  - operation: Put
    method: POST
    path: /v1/things
    parameters:
      header:
        X-Language: { type: Lang }
    request:
      body:
        type: object
        properties:
          mode: { type: Mode }
          both: { type: Both }
    responses:
      200:
        body:
          type: object
          properties:
            state: { type: State }
            both: { type: Both }
"#;
    let tokens = run(&[("spec/demo.yaml", src)]).expect("valid spec");
    let file: syn::File = syn::parse2(tokens).expect("parses");
    // (trait, type, emitted outside `if_mock!`)
    let mut impls = Vec::new();
    collect_impls(&file.items, false, &mut impls);
    let has = |tr: &str, ty: &str| -> Option<bool> {
        impls
            .iter()
            .find(|(t, s, _)| t == tr && s == ty)
            .map(|(_, _, mock)| !*mock)
    };
    for (ty, from_json, to_json, param, validate) in [
        ("Lang", Some(false), None, Some(true), Some(true)),
        ("Mode", Some(false), Some(true), None, Some(true)),
        ("State", Some(true), None, None, None),
        ("Both", Some(true), Some(true), None, Some(true)),
    ] {
        assert_eq!(
            (
                has("FromJson", ty),
                has("ToJson", ty),
                has("ParamValue", ty),
                has("Validate", ty)
            ),
            (from_json, to_json, param, validate),
            "{ty}: (FromJson, ToJson, ParamValue, Validate) as Some(always) / Some(false) = mock only / None"
        );
    }
}

/// `(last segment of the trait path, self type, inside if_mock!)` of every trait impl, looking into `if_mock!`.
fn collect_impls(items: &[syn::Item], in_mock: bool, out: &mut Vec<(String, String, bool)>) {
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_impls(items, in_mock, out);
                }
            }
            syn::Item::Impl(i) => {
                if let (Some((tr, _)), syn::Type::Path(ty)) = (&i.trait_, &*i.self_ty)
                    && let (Some(tr), Some(ty)) = (tr.segments.last(), ty.path.segments.last())
                {
                    out.push((tr.ident.to_string(), ty.ident.to_string(), in_mock));
                }
            }
            syn::Item::Macro(m)
                if m.mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "if_mock") =>
            {
                if let Ok(file) = syn::parse2::<syn::File>(m.mac.tokens.clone()) {
                    collect_impls(&file.items, true, out);
                }
            }
            _ => {}
        }
    }
}

fn listed(names: &[&str]) -> Vec<spec_core::load::Listed> {
    names
        .iter()
        .map(|n| spec_core::load::Listed {
            literal: format!("../spec/{n}"),
            display: format!("spec/{n}"),
            stem: n.trim_end_matches(".yaml").to_owned(),
        })
        .collect()
}

fn feature_index(
    names: &[&str],
    declared: &[&str],
    mode: Mode,
) -> Result<proc_macro2::TokenStream, Vec<String>> {
    let declared = declared.iter().map(|d| (*d).to_owned()).collect();
    let path = syn::LitStr::new("../spec", proc_macro2::Span::call_site());
    crate::feature_index(
        spec_core::ctxt::Ctxt::new(),
        &listed(names),
        Some(declared),
        mode,
        &path,
    )
}

#[test]
fn service_needs_its_cargo_feature() {
    let features = Mode {
        features: true,
        ..Mode::default()
    };
    let errors = feature_index(
        &["demo.yaml", "ges.yaml", "Bad-Name.yaml"],
        &["ges"],
        features,
    )
    .err()
    .unwrap_or_default();
    assert_eq!(
        errors,
        [
            "spec/Bad-Name.yaml:1:1: with `features`, a spec file is named after its service (the name is its cargo \
             feature and module), so `Bad-Name` must be a snake_case identifier",
            "spec/demo.yaml:1:1: service `demo` has no cargo feature: add `demo = []` under [features] in the crate's \
             Cargo.toml and list it in `default`"
        ]
    );
}

/// With `features` the macro reads no file: each one is a `generate!` of its own behind its feature, which rustc
/// strips unexpanded when the feature is off.
#[test]
fn feature_index_gates_one_call_per_file() {
    let mode = Mode {
        features: true,
        standalone: true,
        ..Mode::default()
    };
    let tokens = feature_index(&["alpha.yaml", "beta.yaml"], &["alpha", "beta"], mode)
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let text = tokens.to_string();
    for stem in ["alpha", "beta"] {
        let call = format!(
            "# [cfg (feature = \"{stem}\")] :: generated_client :: __private :: generate ! (\"../spec/{stem}.yaml\" , __feature_file , standalone) ;"
        );
        assert!(text.contains(&call), "{call}\nnot in\n{text}");
        let meta = format!("# [cfg (feature = \"{stem}\")] & {stem} :: SERVICE");
        assert!(text.contains(&meta), "{meta}\nnot in\n{text}");
    }
}

#[test]
fn feature_file_is_named_after_its_service() {
    let errors = run_mode(&[("spec/other.yaml", BASE)], FEATURE_FILE)
        .err()
        .unwrap_or_default();
    assert_eq!(
        errors,
        [
            "spec/other.yaml:1:10: service `demo` is in `other.yaml`: with `features`, a spec file is named after its \
             service (the name is its cargo feature); rename the file to `demo.yaml` or the service to `other`"
        ]
    );
    let tokens = run_mode(&[("spec/demo.yaml", BASE)], FEATURE_FILE)
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    // The index of services belongs to the folder's expansion, not to each file's.
    assert!(!tokens.to_string().contains("__SERVICES"));
}

/// Benchmark helper for `bench/compile.sh`, not a speed assertion: runs the pipeline (parse, check, model,
/// expand) on every `*.yaml` in `$SPECGEN_DIR` and prints the median time of 5 runs after a warm-up, per
/// endpoint, and the line count of the prettyplease-formatted expansion (written to `$SPECGEN_OUT` if set).
#[test]
#[ignore = "benchmark helper: SPECGEN_DIR=<folder> cargo test -p codegen-macros bench_pipeline -- --ignored --nocapture"]
fn bench_pipeline() {
    let Some(dir) = std::env::var_os("SPECGEN_DIR") else {
        panic!("set SPECGEN_DIR to a folder of *.yaml specs");
    };
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("spec folder")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let source = std::fs::read_to_string(p).expect("spec file");
            (p.display().to_string(), source)
        })
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let endpoints: usize = files
        .iter()
        .map(|(_, s)| {
            s.lines()
                .filter(|l| l.starts_with("  - operation:"))
                .count()
        })
        .sum();
    let mut times = Vec::new();
    let mut tokens = None;
    for _ in 0..6 {
        let start = std::time::Instant::now();
        let out = run(&refs).unwrap_or_else(|e| panic!("{}", e.join("\n")));
        times.push(start.elapsed().as_secs_f64() * 1e3);
        tokens = Some(out);
    }
    let mut measured = times[1..].to_vec();
    measured.sort_by(f64::total_cmp);
    let median = measured[measured.len() / 2];
    let file: syn::File = syn::parse2(tokens.expect("ran")).expect("expansion parses");
    let text = prettyplease::unparse(&file);
    if let Some(out) = std::env::var_os("SPECGEN_OUT") {
        std::fs::write(out, &text).expect("write expansion");
    }
    println!(
        "bench_pipeline files={} endpoints={endpoints} pipeline_ms={median:.1} ms_per_endpoint={:.3} lines={} lines_per_endpoint={:.1}",
        files.len(),
        median / endpoints.max(1) as f64,
        text.lines().count(),
        text.lines().count() as f64 / endpoints.max(1) as f64
    );
}

// The macro refuses at compile time the header parameters the runtime would refuse at run time; the two lists live in
// two crates (the macro cannot depend on the runtime), so this test reads the runtime's list from its source.
#[test]
fn reserved_headers_match_the_runtime() {
    let client = include_str!("../../generated-client/src/http/config.rs");
    let start = "const RESERVED_HEADERS: &[&str] = &[";
    let Some(list) = client
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once("];"))
        .map(|(list, _)| list)
    else {
        panic!("generated-client/src/http/config.rs has no `{start}` list");
    };
    let runtime: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    assert_eq!(spec_core::check::RUNTIME_HEADERS, runtime.as_slice());
}
