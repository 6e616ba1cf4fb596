//! The checker's located errors: each test breaks one thing in [`BASE`] and expects the exact message, pointing at
//! the file, line and column where the problem is written. Also: the model keeps int64 examples exact, the
//! annotated example in `spec/README.md` is a valid spec, and the file-name rules of `generate!(dir, features)`.

#[path = "support/base.rs"]
mod base;

use base::BASE;
use spec_core::ctxt::Ctxt;
use spec_core::load::{Listed, SpecFile};
use spec_core::model::Service;

/// Parse, check and model of in-memory files, as `generate!` runs them (`named_after_service` as with `features`).
fn resolve(
    files: &[(&str, &str)],
    named_after_service: bool,
) -> Result<Vec<(usize, Service)>, Vec<String>> {
    let files: Vec<SpecFile> = files
        .iter()
        .map(|(name, src)| SpecFile {
            display: (*name).to_owned(),
            include: (*name).to_owned(),
            source: (*src).to_owned(),
        })
        .collect();
    spec_core::resolve(Ctxt::new(), &files, named_after_service)
}

fn errors_of(src: &str) -> Vec<String> {
    match resolve(&[("spec/demo.yaml", src)], false) {
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
        "spec/demo.yaml:13:5: unknown key `timeout_ms`; expected one of operation, method, path, summary, description, parameters, request, responses, pagination, waiter, job",
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
        "spec/demo.yaml:29:23: unknown type `ErrBody` (did you mean `ErrorBody`?); the built-in types are string, int32, int64, number, boolean, date-time, binary, any, array, map, object, and other types are declared under `types` (declared here: ErrorBody)",
    );
}

#[test]
fn invalid_and_duplicate_status() {
    let src = BASE.replace("      400:\n", "      4000:\n");
    assert_error(
        &src,
        "spec/demo.yaml:28:7: endpoint `StopGraph`: invalid status `4000`; expected a code from 100 to 599, a class from `1XX` to `5XX`, or `default`",
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
    let resolved =
        resolve(&[("spec/demo.yaml", &src)], false).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let json = serde_json::to_string(&resolved[0].1).expect("the model serializes");
    assert!(
        json.contains(r#""example":1317151269261262848"#),
        "example must be written as an exact integer: {json}"
    );
}

/// Each body's media type and encoding land in the model, derived by one rule: the fixture of every kind.
#[test]
fn bodies_get_their_content_type_and_encoding() {
    use spec_core::model::{Encoding, Ty};
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/bodies.yaml"),
    )
    .expect("fixture");
    let svc = spec_core::load_str("tests/fixtures/bodies.yaml", &src)
        .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let ep = |op: &str| {
        svc.endpoints
            .iter()
            .find(|e| e.operation == op)
            .unwrap_or_else(|| panic!("{op}"))
    };
    let request = |op: &str| {
        let r = ep(op).request.as_ref().expect("a body");
        (r.content_type.as_str(), r.encoding)
    };
    assert_eq!(
        request("ImportDefinitions"),
        ("multipart/form-data", Encoding::Multipart)
    );
    assert_eq!(
        request("PutObject"),
        ("application/octet-stream", Encoding::Binary)
    );
    assert_eq!(
        request("UpdateImage"),
        (
            "application/openstack-images-v2.1-json-patch",
            Encoding::Json
        )
    );
    assert_eq!(
        request("BatchStopServers"),
        ("application/json;charset=UTF-8", Encoding::Json)
    );
    assert_eq!(
        request("Echo"),
        ("text/plain; charset=utf-8", Encoding::Text)
    );
    let response = |op: &str, i: usize| {
        let r = &ep(op).responses[i];
        (r.status.key(), r.content_type.as_deref(), r.encoding)
    };
    assert_eq!(
        response("GetObject", 0),
        (
            "200".into(),
            Some("application/octet-stream"),
            Encoding::Binary
        )
    );
    assert_eq!(
        response("GetObject", 2),
        ("404".into(), Some("application/json"), Encoding::Json)
    );
    assert_eq!(
        response("ExportReport", 0),
        ("200".into(), Some("application/pdf"), Encoding::Binary)
    );
    assert_eq!(
        response("ShowVersion", 2),
        (
            "500".into(),
            Some("text/plain; charset=utf-8"),
            Encoding::Text
        )
    );
    assert_eq!(
        response("PutObject", 0),
        ("200".into(), None, Encoding::Json)
    );
    assert_eq!(
        ep("GetObject").streamed_statuses(),
        [(200, 200), (206, 206)]
    );
    assert_eq!(ep("ExportReport").streamed_statuses(), [(200, 200)]);
    assert!(ep("ShowVersion").streamed_statuses().is_empty());
    // The multipart body is a type callers build as parts; its enum is written as a part's text.
    let ty = |name: &str| svc.types.iter().find(|t| t.name == name).expect(name);
    let form = ty("ImportForm");
    assert!(form.uses.multipart && !form.uses.request && !form.uses.response);
    assert!(ty("ExtendMode").uses.param);
    let file = &svc.fields(&form.schema).expect("fields")[4];
    assert_eq!(
        (file.wire.as_str(), &file.schema.ty),
        ("file_name", &Ty::Binary)
    );
    // The model's JSON (what the mock and the export read) keeps all of it.
    let json = serde_json::to_string(&svc).expect("json");
    let back: spec_core::model::Service = serde_json::from_str(&json).expect("model");
    assert_eq!(serde_json::to_string(&back).expect("json"), json);
    assert_eq!(back.endpoints[0].request, svc.endpoints[0].request);
}

#[test]
fn body_encodings_are_checked_where_they_are_written() {
    let with_request =
        |request: &str| BASE.replace("    request:\n      body: { type: object }\n", request);
    assert_error(
        &with_request(
            "    request:\n      content_type: application/xml\n      body: { type: string }\n",
        ),
        "spec/demo.yaml:21:21: endpoint `StopGraph`: content type `application/xml` does not say how the request body is encoded; add `encoding:` (json, multipart, binary or text)",
    );
    assert_eq!(
        errors_of(&with_request(
            "    request:\n      content_type: application/xml\n      encoding: text\n      body: { type: string }\n"
        )),
        Vec::<String>::new()
    );
    assert_error(
        &with_request(
            "    request:\n      content_type: text/plain\n      encoding: json\n      body: { type: string }\n",
        ),
        "spec/demo.yaml:22:17: endpoint `StopGraph`: content type `text/plain` is text, so `encoding: json` contradicts it; `encoding` is for media types that do not say",
    );
    assert_error(
        &with_request(
            "    request:\n      body: { type: object, properties: { f: { type: binary } } }\n",
        ),
        "spec/demo.yaml:21:54: `binary` is only the whole body of a request or success response sent as bytes (`application/octet-stream`, or `encoding: binary`) or a file part of a `multipart/form-data` request body",
    );
    assert_error(
        &with_request(
            "    request:\n      content_type: multipart/form-data\n      body: { type: object, properties: { f: { type: array, items: { type: string } } } }\n",
        ),
        "spec/demo.yaml:22:54: endpoint `StopGraph`: multipart part `f` is `array`; a part is a scalar (a text part) or `binary` (a file part)",
    );
    assert_error(
        &BASE.replace(
            "        body: { type: ErrorBody }",
            "        body: { type: binary }",
        ),
        "spec/demo.yaml:29:23: endpoint `StopGraph`: status 400 is an error; an error body is read whole (JSON or text), not as bytes",
    );
    // A `binary` body alone is bytes: `application/octet-stream` unless the spec says another type.
    let svc = spec_core::load_str(
        "spec/demo.yaml",
        &with_request("    request:\n      body: { type: binary }\n"),
    )
    .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let r = svc.endpoints[0].request.as_ref().expect("body");
    assert_eq!(
        (r.content_type.as_str(), r.encoding),
        (
            "application/octet-stream",
            spec_core::model::Encoding::Binary
        )
    );
}

/// The annotated example in `spec/README.md` is a valid spec: the documentation cannot drift from the format.
#[test]
fn readme_example_is_valid() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/README.md"),
    )
    .expect("spec/README.md");
    // Every block that is a whole spec file (the annotated example, the global service of "Hosts and credential
    // scope"); the others are excerpts of one.
    let mut whole = 0;
    for block in readme.split("```yaml\n").skip(1) {
        let text = &block[..block.find("```").expect("closing fence")];
        if !text.lines().any(|l| l.starts_with("service:")) {
            continue;
        }
        whole += 1;
        if let Err(e) = resolve(&[("spec/README.md", text)], false) {
            panic!("{}", e.join("\n"));
        }
    }
    assert!(whole >= 2, "{whole} whole specs in spec/README.md");
}

fn listed(names: &[&str]) -> Vec<Listed> {
    names
        .iter()
        .map(|n| Listed {
            literal: format!("../spec/{n}"),
            display: format!("spec/{n}"),
            stem: n.trim_end_matches(".yaml").to_owned(),
        })
        .collect()
}

/// `generate!(dir, features)` checks each listed file's name against the crate's declared features.
#[test]
fn service_needs_its_cargo_feature() {
    let declared = ["ges".to_owned()].into();
    let cx = Ctxt::new();
    for f in &listed(&["demo.yaml", "ges.yaml", "Bad-Name.yaml"]) {
        spec_core::check::check_feature_file(&cx, f, Some(&declared));
    }
    let errors = cx.check().err().unwrap_or_default();
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

/// One file of a `features` folder: its service must be named after the file.
#[test]
fn feature_file_is_named_after_its_service() {
    let errors = resolve(&[("spec/other.yaml", BASE)], true)
        .err()
        .unwrap_or_default();
    assert_eq!(
        errors,
        [
            "spec/other.yaml:1:10: service `demo` is in `other.yaml`: with `features`, a spec file is named after its \
             service (the name is its cargo feature); rename the file to `demo.yaml` or the service to `other`"
        ]
    );
    if let Err(e) = resolve(&[("spec/demo.yaml", BASE)], true) {
        panic!("{}", e.join("\n"));
    }
}

/// The model of `src` (which must be valid).
fn model_of(src: &str) -> Service {
    let mut resolved =
        resolve(&[("spec/demo.yaml", src)], false).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    resolved.remove(0).1
}

/// `host_prefix` keeps its meaning; `host` is the whole host, with `{region}` and `{domain}`; never both.
#[test]
fn host_templates() {
    let regional = model_of(BASE);
    assert_eq!(regional.host_template(), "demo.{region}.{domain}");
    assert_eq!(
        regional.credential_scope,
        spec_core::model::CredentialScope::Project
    );
    let global = model_of(&BASE.replace(
        "host_prefix: demo\n",
        "host: iam.{domain}\ncredential_scope: domain\n",
    ));
    assert_eq!(global.host_template(), "iam.{domain}");
    assert_eq!(global.host_prefix, "");
    assert_eq!(
        global.credential_scope,
        spec_core::model::CredentialScope::Domain
    );
    // The model JSON keeps both keys, and an existing spec's JSON does not change shape.
    let json = serde_json::to_value(&global).unwrap();
    assert_eq!(json["host"], "iam.{domain}");
    assert_eq!(json["credential_scope"], "domain");
    assert!(json.get("host_prefix").is_none());
    let json = serde_json::to_value(&regional).unwrap();
    assert_eq!(json["host_prefix"], "demo");
    assert!(json.get("host").is_none() && json.get("credential_scope").is_none());

    assert_error(
        &BASE.replace("host_prefix: demo\n", "host: iam.{zone}.{domain}\n"),
        "spec/demo.yaml:3:7: host `iam.{zone}.{domain}` names the unknown variable `{zone}`; expected `{region}` or \
         `{domain}`",
    );
    assert_error(
        &BASE.replace(
            "host_prefix: demo\n",
            "host_prefix: demo\nhost: iam.{domain}\n",
        ),
        "spec/demo.yaml:4:7: give `host_prefix` or `host`, not both: `host` is the whole host (`iam.{domain}`), \
         `host_prefix` its first label in `<host_prefix>.{region}.{domain}`",
    );
    assert_error(
        &BASE.replace("host_prefix: demo\n", "host: https://iam.example.com\n"),
        "spec/demo.yaml:3:7: host `https://iam.example.com` is a host name: leave out the scheme (the client always \
         uses https)",
    );
    assert_error(
        &BASE.replace(
            "host_prefix: demo\n",
            "host_prefix: demo\ncredential_scope: global\n",
        ),
        "spec/demo.yaml:4:19: unknown `credential_scope` `global`; expected `project` (regional services: \
         `X-Project-Id`) or `domain` (global services: `X-Domain-Id`)",
    );
    assert_error(
        &BASE.replace("host_prefix: demo\n", ""),
        "spec/demo.yaml:1:1: missing key `host_prefix` (or `host`)",
    );
}

/// `from_context` fills path, query and header parameters; nothing else has a value the client could fill.
#[test]
fn from_context_places() {
    let src = BASE.replace(
        "      header:\n",
        "      query:\n        domain_id: { type: string, from_context: domain_id, required: true }\n      header:\n        \
         X-Project-Id: { type: string, from_context: project_id }\n",
    );
    let model = model_of(&src);
    let ep = &model.endpoints[0];
    let ctx: Vec<(&str, Option<&str>, bool)> = ep
        .params
        .iter()
        .map(|p| {
            (
                p.wire.as_str(),
                p.from_context.as_deref(),
                p.in_constructor(),
            )
        })
        .collect();
    assert_eq!(
        ctx,
        [
            ("project_id", Some("project_id"), false),
            ("graph_id", None, true),
            ("domain_id", Some("domain_id"), false),
            ("X-Project-Id", Some("project_id"), false),
            ("X-Language", None, false),
        ]
    );
    assert_error(
        &BASE.replace(
            "            job_id: { type: string }\n",
            "            job_id: { type: string, from_context: project_id }\n",
        ),
        "spec/demo.yaml:27:51: `from_context` only applies to a path, query or header parameter",
    );
    assert_error(
        &BASE.replace(
            "      header:\n",
            "      query:\n        ids: { type: array, items: { type: string }, from_context: project_id }\n      \
             header:\n",
        ),
        "spec/demo.yaml:19:68: `from_context` fills one value: it does not apply to an `array`",
    );
}

/// Response headers: scalars on success responses, each name once (ignoring case), each with its own field next to
/// `body`; each a field of the model's response, and the response gets an output struct.
#[test]
fn response_headers() {
    let with = |headers: &str| {
        BASE.replace(
            "            job_id: { type: string }\n",
            &format!("            job_id: {{ type: string }}\n        headers:\n{headers}"),
        )
    };
    let model = model_of(&with(
        "          X-Subject-Token: { type: string, required: true, example: tok }\n          \
         ETag: { type: string, rust_name: etag }\n          X-Total: { type: int64 }\n          \
         X-Lang: { type: string, enum: [en, zh] }\n",
    ));
    let ep = &model.endpoints[0];
    let ok = &ep.responses[0];
    let fields: Vec<(&str, &str, bool)> = ok
        .headers
        .iter()
        .map(|h| (h.wire.as_str(), h.rust.as_str(), h.required))
        .collect();
    assert_eq!(
        fields,
        [
            ("X-Subject-Token", "x_subject_token", true),
            ("ETag", "etag", false),
            ("X-Total", "x_total", false),
            ("X-Lang", "x_lang", false),
        ]
    );
    assert_eq!(ep.output_struct(ok).as_deref(), Some("StopGraphOutput"));
    assert_eq!(ep.output_struct(&ep.responses[1]), None);
    // The header's enum is read from header text only.
    let lang = model
        .types
        .iter()
        .find(|t| t.name == "StopGraphOkXLang")
        .expect("hoisted enum");
    assert!(lang.uses.header && !lang.uses.response);

    let errors = errors_of(&with(
        "          X-Obj: { type: object, properties: { a: { type: string } } }\n          \
         X-List: { type: array, items: { type: string } }\n          etag: { type: string }\n          \
         ETag: { type: string }\n          Body: { type: string }\n          X-Null: { type: string, nullable: true }\n\
         \x20         X-Bad Name: { type: string }\n          X-Ex: { type: int32, example: abc }\n",
    ));
    let expected = [
        "spec/demo.yaml:29:26: endpoint `StopGraph`: response header `X-Obj` has type `object`, which a header cannot \
         carry; use a `string`, `int32`, `int64`, `number`, `boolean`, `date-time` or a string `enum`",
        "spec/demo.yaml:30:27: endpoint `StopGraph`: response header `X-List` has type `array`, which a header \
         cannot carry; use a `string`, `int32`, `int64`, `number`, `boolean`, `date-time` or a string `enum`",
        "spec/demo.yaml:32:11: endpoint `StopGraph`: status 200 lists response headers `etag` and `ETag`, which are \
         the same header (header names ignore case)",
        "spec/demo.yaml:33:11: endpoint `StopGraph`: status 200: response header `Body` and the response body both \
         map to the output field `body`; set `rust_name`",
        "spec/demo.yaml:34:27: endpoint `StopGraph`: response header `X-Null` cannot be `nullable`: a header is \
         present or absent (`required: false`)",
        "spec/demo.yaml:35:11: endpoint `StopGraph`: response header `X-Bad Name` is not a valid HTTP header name \
         (letters, digits and !#$%&'*+-.^_`|~ only)",
        "spec/demo.yaml:36:41: example does not match its schema: expected an int32, got string \"abc\"",
    ];
    for e in expected {
        assert!(
            errors.iter().any(|x| x == e),
            "expected `{e}` among:\n{}",
            errors.join("\n")
        );
    }
    assert_eq!(errors.len(), expected.len(), "{}", errors.join("\n"));

    // Only success responses have an output to carry headers.
    assert_error(
        &BASE.replace(
            "        body: { type: ErrorBody }\n",
            "        body: { type: ErrorBody }\n        headers:\n          Retry-After: { type: int32 }\n",
        ),
        "spec/demo.yaml:31:11: endpoint `StopGraph`: status 400 is an error: `headers` are read on success responses \
         only (the error's body and `Error::request_id()` reach the caller); describe its headers in `description`",
    );
    // The output struct's name is taken from the spec's types.
    assert_error(
        &with("          ETag: { type: string }\n")
            .replace("types:\n", "types:\n  StopGraphOutput: { type: string }\n"),
        "spec/demo.yaml:5:3: type name `StopGraphOutput` is already used by the output struct of status 200 of \
         operation `StopGraph` (at spec/demo.yaml:12:16); give this type a different name (an inline type takes \
         `name: …`)",
    );
}

const PAGES_AND_JOBS: &str = r#"service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ListThings
    method: GET
    path: /v1/things
    parameters:
      query:
        marker: { type: string }
        limit: { type: int32 }
    pagination:
      style: cursor
      items: page.things
      param: marker
      next: page.next
      page_size: limit
      short_page_ends: true
    responses:
      200:
        body:
          type: object
          properties:
            page:
              type: object
              name: Page
              required: true
              properties:
                things: { type: array, items: { type: string } }
                next: { type: string, nullable: true }
  - operation: StartThing
    method: POST
    path: /v1/things
    job: { waiter: ShowJob, id: job.id }
    responses:
      202:
        body:
          type: object
          properties:
            job: { type: object, properties: { id: { type: string } } }
  - operation: ShowJob
    method: GET
    path: /v1/{project_id}/jobs/{job_id}
    parameters:
      path:
        project_id: { type: string, from_context: project_id }
        job_id: { type: string }
    waiter:
      status: state
      done: [SUCCESS]
      failed: [FAIL]
    responses:
      200:
        body:
          type: object
          properties:
            state: { type: string, enum: [INIT, RUNNING, SUCCESS, FAIL] }
"#;

/// `pagination:`, `waiter:` and `job:` as the model keeps them (paths split, keys located), and as `plans` resolves
/// them against the types and parameters.
#[test]
fn pagination_waiters_and_jobs_resolve() {
    use spec_core::model::PageStyle;
    let svc = model_of(PAGES_AND_JOBS);
    let list = &svc.endpoints[0];
    let p = list.pagination.as_ref().expect("pagination");
    assert_eq!(p.style, PageStyle::Cursor);
    assert_eq!(p.items, ["page", "things"]);
    assert_eq!(p.next, ["page", "next"]);
    assert_eq!(
        p.locs.at("next", "pagination").map(|l| l.to_string()),
        Some("spec/demo.yaml:16:13".to_owned())
    );
    let plan = svc.page_plan(list).expect("a plan");
    let path = |fields: &[&spec_core::model::Field]| -> Vec<String> {
        fields.iter().map(|f| f.wire.clone()).collect()
    };
    assert_eq!(path(&plan.items), ["page", "things"]);
    assert_eq!(plan.item.ty, spec_core::model::Ty::String);
    assert_eq!(plan.param.map(|p| p.rust.as_str()), Some("marker"));
    assert_eq!(plan.page_size.map(|p| p.wire.as_str()), Some("limit"));
    assert!(plan.short_page_ends);
    assert_eq!(list.paginator_method(), "list_things_paginator");

    let show = &svc.endpoints[2];
    let wait = svc.wait_plan(show).expect("a waiter");
    assert_eq!(path(&wait.status), ["state"]);
    assert_eq!(wait.values, ["INIT", "RUNNING", "SUCCESS", "FAIL"]);
    assert_eq!(show.wait_method(), "wait_show_job");

    let start = &svc.endpoints[1];
    let job = svc.job_plan(start).expect("a job");
    assert_eq!(job.waiter.operation, "ShowJob");
    assert_eq!(job.param.wire, "job_id");
    assert_eq!(path(&job.id), ["job", "id"]);
    assert_eq!(start.wait_method(), "wait_start_thing");

    // The model's JSON (what the mock and the export read) keeps every key.
    let json = serde_json::to_value(&svc).expect("JSON");
    assert_eq!(
        json["endpoints"][0]["pagination"],
        serde_json::json!({"style": "cursor", "items": ["page", "things"], "param": "marker",
                           "next": ["page", "next"], "page_size": "limit", "short_page_ends": true})
    );
    assert_eq!(
        json["endpoints"][1]["job"],
        serde_json::json!({"waiter": "ShowJob", "id": ["job", "id"]})
    );
    let back: Service = serde_json::from_value(json).expect("read back");
    assert!(back.page_plan(&back.endpoints[0]).is_ok());
    assert!(back.wait_plan(&back.endpoints[2]).is_ok());
}

/// Each misuse is reported where its key is written; one endpoint's keys are all checked in one build.
#[test]
fn pagination_waiters_and_jobs_are_checked_where_written() {
    let cases = [
        (
            "      style: cursor\n",
            "      style: pages\n",
            "spec/demo.yaml:13:14: unknown pagination `style` `pages`; expected one of marker, cursor, offset, page, link",
        ),
        (
            "      items: page.things\n",
            "      items: page.thing\n",
            "spec/demo.yaml:14:14: endpoint `ListThings`: `pagination`: `page.thing`: there is no property `thing`; \
             the object has `things`, `next`",
        ),
        (
            "      param: marker\n",
            "      param: limit\n",
            "spec/demo.yaml:15:14: endpoint `ListThings`: `pagination`: parameter `limit` carries the next cursor of \
             style `cursor`, so it is a `string`, not `int32`",
        ),
        (
            "      next: page.next\n",
            "      next: page\n",
            "spec/demo.yaml:16:13: endpoint `ListThings`: `pagination`: `page` is `object`; the next token is a `string`",
        ),
        (
            "        limit: { type: int32 }\n",
            "        limit: { type: boolean }\n",
            "spec/demo.yaml:17:18: endpoint `ListThings`: `pagination`: parameter `limit` is `boolean`; a page size is \
             an `int32`, an `int64` or a `string` of digits",
        ),
        (
            "      page_size: limit\n",
            "      page_size: marker\n",
            "spec/demo.yaml:17:18: endpoint `ListThings`: `pagination`: parameter `marker` cannot be both the position \
             and the page size",
        ),
        (
            "    job: { waiter: ShowJob, id: job.id }\n",
            "    job: { waiter: ShowJob, id: job }\n",
            "spec/demo.yaml:34:33: endpoint `StartThing`: `job`: `job` is `object`; a job id is a `string`",
        ),
        (
            "      done: [SUCCESS]\n",
            "      done: [SUCCESS, DONE]\n",
            "spec/demo.yaml:50:13: endpoint `ShowJob`: `waiter`: `DONE` is not a value of `state`, which is one of \
             `INIT`, `RUNNING`, `SUCCESS`, `FAIL`",
        ),
        (
            "      status: state\n",
            "      status: state.phase\n",
            "spec/demo.yaml:49:15: endpoint `ShowJob`: `waiter`: `state.phase`: `state` is `string`, not an object \
             with properties",
        ),
    ];
    assert_eq!(errors_of(PAGES_AND_JOBS), Vec::<String>::new());
    for (from, to, expected) in cases {
        assert!(PAGES_AND_JOBS.contains(from), "{from}");
        assert_error(&PAGES_AND_JOBS.replace(from, to), expected);
    }
    // Two problems of one `pagination:` in one build.
    let both = PAGES_AND_JOBS
        .replace("      param: marker\n", "      param: cursor\n")
        .replace("      next: page.next\n", "      next: page.after\n");
    let errors = errors_of(&both);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with("spec/demo.yaml:15:14: "),
        "{errors:#?}"
    );
    assert!(
        errors[1].starts_with("spec/demo.yaml:16:13: "),
        "{errors:#?}"
    );
    // A waiter needs a status operation that the job id and the starting request build.
    let two_args = PAGES_AND_JOBS.replace(
        "        project_id: { type: string, from_context: project_id }\n        job_id",
        "        project_id: { type: string }\n        job_id",
    );
    assert_error(
        &two_args,
        "spec/demo.yaml:34:20: endpoint `StartThing`: `job`: `ShowJob` cannot poll the job of `StartThing`: it \
         requires `project_id` and `job_id`, which `StartThing` does not have: only the job id may be missing (a \
         waiter takes the job id from the answer, and each other required parameter of the status query from the \
         starting request's required `string` parameter of the same name)",
    );
}

/// Where a typed error reads its code and message: every documented pair, top level first in the SDKs' order, then
/// the pairs nested under `error`; the client takes the first the received body has.
#[test]
fn error_fields_list_every_documented_pair_in_reading_order() {
    let svc = spec_core::load_str(
        "spec/demo.yaml",
        r#"
service: demo
title: Demo
host_prefix: demo
types:
  Both:
    type: object
    properties:
      error:
        type: object
        properties:
          title: { type: string }
          code: { type: int32 }
          message: { type: string }
      message: { type: string }
      error_code: { type: string }
      error_msg: { type: string }
  Nested:
    type: object
    properties:
      error: { type: object, properties: { code: { type: string } } }
  NoPair:
    type: object
    properties:
      status: { type: string }
      error: { type: string }
endpoints:
  - operation: Show
    method: GET
    path: /v1/show
    responses:
      200: {}
      400: { body: { type: Both } }
      401: { body: { type: Nested } }
      402: { body: { type: NoPair } }
      403: { body: { type: string } }
"#,
    )
    .unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let paths = |status: u16| -> Vec<(Vec<String>, Vec<String>)> {
        let body = svc.endpoints[0]
            .response(status)
            .and_then(|r| r.body.as_ref())
            .expect("a body");
        let wires = |p: Vec<&spec_core::model::Field>| p.iter().map(|f| f.wire.clone()).collect();
        svc.error_fields(body)
            .into_iter()
            .map(|(code, message)| (wires(code), wires(message)))
            .collect()
    };
    let v = |p: &[&str]| p.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        paths(400),
        [
            (v(&["error_code"]), v(&["error_msg"])),
            (v(&[]), v(&["message"])),
            (v(&["error", "code"]), v(&["error", "message"])),
        ]
    );
    assert_eq!(paths(401), [(v(&["error", "code"]), v(&[]))]);
    assert!(paths(402).is_empty());
    assert!(paths(403).is_empty());
}

/// A status query that needs more than the job id takes the rest from the starting request, by name.
#[test]
fn a_job_waiter_takes_the_other_values_from_the_starting_request() {
    let src = r#"service: demo
title: Demo
host_prefix: demo
endpoints:
  - operation: ExportLogs
    method: POST
    path: /v1/{project_id}/servers/{id}/exports
    parameters:
      path:
        project_id: { type: string, from_context: project_id }
        id: { type: string }
    job: { waiter: ShowExport, id: export_id }
    responses:
      202: { body: { type: object, properties: { export_id: { type: string } } } }
  - operation: ShowExport
    method: GET
    path: /v1/{project_id}/servers/{id}/exports/{export_id}
    parameters:
      path:
        project_id: { type: string, from_context: project_id }
        id: { type: string }
        export_id: { type: string }
    waiter: { status: status, done: [completed] }
    responses:
      200: { body: { type: object, properties: { status: { type: string } } } }
"#;
    let svc = model_of(src);
    let plan = svc.job_plan(&svc.endpoints[0]).expect("a job");
    assert_eq!(plan.param.wire, "export_id");
    let args: Vec<Option<&str>> = plan
        .args
        .iter()
        .map(|a| a.map(|p| p.wire.as_str()))
        .collect();
    assert_eq!(args, [Some("id"), None], "ShowExport::new(id, export_id)");
    // The starting request's `id` must be a required `string` too.
    assert_error(
        &src.replace(
            "        id: { type: string }\n    job:",
            "        id: { type: int32 }\n    job:",
        ),
        "spec/demo.yaml:12:20: endpoint `ExportLogs`: `job`: `ShowExport` cannot poll the job of `ExportLogs`: its \
         parameter `id` is not a `string` that `ExportLogs` requires too (a waiter takes the job id from the answer, \
         and each other required parameter of the status query from the starting request's required `string` \
         parameter of the same name)",
    );
}
