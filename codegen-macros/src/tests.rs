//! Tests of the expansion that need no compiler: snapshots of `spec/*.yaml`, the trait impls an enum gets, the
//! `features` index, the benchmark helper of `bench/compile.sh`, and the runtime's reserved headers. The checker's
//! located errors are spec-core's integration tests (`spec-core/tests/check.rs`).

use crate::expand::Mode;
use crate::support::base::BASE;
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

/// How `generated-client` expands each file of `spec/`: `generate!("../spec", features)` emits one call per file.
const FEATURE_FILE: Mode = Mode {
    standalone: false,
    features: false,
    feature_file: true,
};

/// The `*.yaml` files of a folder of the workspace, sorted: (name, text).
fn yaml_files(folder: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).expect("spec file");
            (n, text)
        })
        .collect()
}

/// The expansion of one file as a formatted Rust file.
fn formatted(display: &str, source: &str, mode: Mode) -> String {
    let tokens =
        run_mode(&[(display, source)], mode).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let file: syn::File = syn::parse2(tokens).expect("expansion parses as a Rust file");
    prettyplease::unparse(&file)
}

/// Each spec the tests write for a shape of the format (`tests/fixtures/*.yaml`, standalone) expanded on its own,
/// formatted, and compared with `tests/expand/<name>.rs`. Set `UPDATE_SNAPSHOTS=1` to rewrite them, then review the
/// diff. The services of `spec/` are not snapshotted, so a new service needs no snapshot: they must expand (below).
#[test]
fn expansion_snapshots() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let fixtures = yaml_files("tests/fixtures");
    assert!(
        fixtures.len() >= 4,
        "{:?}",
        fixtures.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let standalone = Mode {
        standalone: true,
        ..Mode::default()
    };
    let mut stale = Vec::new();
    for (name, source) in &fixtures {
        let text = format!(
            "// Expansion of tests/fixtures/{name}; regenerate with UPDATE_SNAPSHOTS=1.\n{}",
            formatted(&format!("fixtures/{name}"), source, standalone)
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

/// Every service of `spec/` expands, as `generate!("../spec", features)` expands each file, to a Rust file.
#[test]
fn every_service_of_spec_expands() {
    let services = yaml_files("spec");
    assert!(!services.is_empty());
    for (name, source) in &services {
        formatted(&format!("spec/{name}"), source, FEATURE_FILE);
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
    let (errors, tokens) = crate::feature_index(
        spec_core::ctxt::Ctxt::new(),
        &listed(names),
        Some(declared),
        mode,
        &path,
    );
    if errors.is_empty() {
        Ok(tokens)
    } else {
        Err(errors)
    }
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

/// One file of a `features` folder expands to its module alone: the index of services belongs to the folder's
/// expansion, not to each file's. (That the file must be named after its service is spec-core's `tests/check.rs`.)
#[test]
fn feature_file_expands_without_the_service_index() {
    let tokens = run_mode(&[("spec/demo.yaml", BASE)], FEATURE_FILE)
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(!tokens.to_string().contains("SERVICES"));
}

/// `crate = path`: every path into the runtime goes through the given path, none through `::generated_client`
/// (the expansion of every fixture and service, the `features` index, which passes it on to each file's call,
/// and the stubs of a spec with errors).
#[test]
fn crate_path_replaces_every_runtime_path() {
    let runtime: syn::Path = syn::parse_quote!(::rt::inner);
    let standalone = Mode {
        standalone: true,
        ..Mode::default()
    };
    let mut expansions = Vec::new();
    for (folder, mode) in [("tests/fixtures", standalone), ("spec", FEATURE_FILE)] {
        for (name, source) in yaml_files(folder) {
            let tokens = crate::expand::with_runtime(Some(&runtime), || {
                run_mode(&[(&format!("{folder}/{name}"), &source)], mode)
            })
            .unwrap_or_else(|e| panic!("{}", e.join("\n")));
            expansions.push((name, tokens));
        }
    }
    // A default the request sends, of each kind of value.
    let defaults = BASE.replace(
        "      header:\n",
        "      query:\n        since: { type: date-time, default: \"2024-01-01T00:00:00Z\", send_default: true }\n        \
         at: { type: date-time, format: epoch-seconds, default: 1700000000, send_default: true }\n      header:\n",
    );
    let tokens = crate::expand::with_runtime(Some(&runtime), || {
        run_mode(&[("spec/demo.yaml", &defaults)], standalone)
    })
    .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(tokens.to_string().contains("DateTime :: from"), "{tokens}");
    expansions.push(("defaults".into(), tokens));
    let features = Mode {
        features: true,
        ..Mode::default()
    };
    let index = crate::expand::with_runtime(Some(&runtime), || {
        feature_index(&["alpha.yaml"], &["alpha"], features)
    })
    .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(
        index
            .to_string()
            .contains(":: rt :: inner :: __private :: generate ! (\"../spec/alpha.yaml\" , __feature_file , crate = :: rt :: inner) ;"),
        "{index}"
    );
    expansions.push(("index".into(), index));
    let stubs = crate::expand::with_runtime(Some(&runtime), || {
        crate::expand::expand_error_stubs(&["alpha".into()], quote::quote!(), true)
    });
    expansions.push(("stubs".into(), stubs));
    for (name, tokens) in &expansions {
        let idents = idents(tokens.clone());
        assert!(
            !idents.iter().any(|i| i == "generated_client"),
            "{name}: a path through `generated_client`:\n{tokens}"
        );
        // Nor in the docs: their links and examples name the runtime by the same path.
        let text = tokens.to_string();
        assert!(
            !text.contains("generated_client"),
            "{name}: docs naming `generated_client`:\n{text}"
        );
        assert!(text.contains(":: rt :: inner :: __private ::"), "{name}");
    }
    let calls = expansions
        .iter()
        .filter(|(name, _)| name.ends_with(".yaml"))
        .map(|(_, tokens)| tokens.to_string())
        .collect::<String>();
    assert!(
        calls.contains("[`Response`](rt::inner::Response)"),
        "the call docs link the runtime's items through the path"
    );
    assert!(calls.contains("[`Error`](rt::inner::Error)"));
    // The default is back once the expansion is done.
    let tokens = run_mode(&[("spec/demo.yaml", BASE)], standalone).expect("expands");
    assert!(
        idents(tokens.clone())
            .iter()
            .any(|i| i == "generated_client")
    );
    assert!(
        tokens
            .to_string()
            .contains("[`Response`](generated_client::Response)")
    );
}

/// Every identifier of a token stream (doc texts and other literals left out).
fn idents(tokens: proc_macro2::TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(i) => out.push(i.to_string()),
            proc_macro2::TokenTree::Group(g) => out.extend(idents(g.stream())),
            _ => {}
        }
    }
    out
}

/// A spec with errors leaves, in place of its services, a module of the first one's name that holds the errors
/// (rustc then reports no failed lookup into it), the others as its aliases, and an empty `SERVICES`.
#[test]
fn error_stubs_hold_the_errors_in_the_service_modules() {
    let errors = quote::quote!(::core::compile_error! { "spec/a.yaml:1:1: bad" });
    let text = crate::expand::expand_error_stubs(
        &["alpha".into(), "not a name".into(), "beta".into()],
        errors.clone(),
        true,
    )
    .to_string();
    assert!(
        text.starts_with(&format!(
            "# [doc (hidden)] pub mod alpha {{ {errors} pub static SERVICE"
        )),
        "{text}"
    );
    assert!(text.contains("pub use self :: alpha as beta ;"), "{text}");
    assert!(!text.contains("not a name"), "{text}");
    assert!(
        text.contains("pub static SERVICES : :: generated_client :: __private :: Services = :: generated_client :: __private :: Services :: new (& [])"),
        "{text}"
    );
    // One file of a `features` folder: no index (the folder's has it). No name: the errors alone.
    let file = crate::expand::expand_error_stubs(&["alpha".into()], errors.clone(), false);
    assert!(!file.to_string().contains("SERVICES"));
    let alone = crate::expand::expand_error_stubs(&[], errors.clone(), false);
    assert_eq!(alone.to_string(), errors.to_string());
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

/// What rustdoc shows: constraints, required-ness and examples on fields and parameters, where an undescribed type
/// is used, links to the output and error types, a `no_run` example inside generated-client, and the service's
/// title said once.
#[test]
fn docs_say_what_the_spec_says() {
    let spec = r#"
service: widgets
title: Widget Service
host_prefix: widgets
endpoints:
  - operation: ShowWidget
    method: GET
    path: /v1/widgets/{widget_id}
    parameters:
      path:
        widget_id: { type: string, min_length: 1, max_length: 64, pattern: '^[a-z]+$', example: abc }
      query:
        limit: { type: int32, minimum: 1, maximum: 100, default: 10 }
    responses:
      200:
        body:
          type: object
          properties:
            id: { type: string, required: true }
            tags: { type: array, items: { type: string }, max_items: 5 }
"#;
    let text = formatted("widgets.yaml", spec, FEATURE_FILE);
    for expected in [
        "/// Required. 1 to 64 characters. Matches `^[a-z]+$`. Example: `\"abc\"`.",
        "/// 1 to 100. When unset",
        "/// At most 5 items.",
        "/// Used as: `ShowWidget` response 200.",
        "/// Resolves to [`Response`](generated_client::Response)`<`[`ShowWidgetResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowWidgetError`]`>`.",
        "/// ```no_run",
        "/// let request = generated_client::widgets::ShowWidgetRequest::new(\"abc\");",
        "/// let response = client.widgets().show_widget(request).await?;",
        "/// Calls of the Widget Service through a `Client`",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(!text.contains("Widget Service service"), "{text}");
}
