//! Rules that span more than one node of a spec. Each `check_<rule>` records what it finds and returns nothing, so
//! one build reports every problem.

use crate::build::{self, named_in};
use crate::ctxt::{Ctxt, FileId};
use crate::load::Listed;
use crate::model::{Service, Ty, TypeDef, TypeId};
use crate::names;
use crate::plans::PlanError;
use crate::raw::{RawEndpoint, RawSchema, RawSpec, StatusKey};
use std::collections::{BTreeMap, BTreeSet};

const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];
/// Methods every generated service handle has besides one per operation.
const HANDLE_METHODS: &[&str] = &["new", "with_options"];
/// Names generated-client already uses at its root, where each service adds a module and a `Client` method: its
/// modules, its `extern crate self` name, and `Client`'s own methods.
pub const RESERVED_SERVICES: &[&str] = &[
    "__private",
    "auth",
    "call",
    "client",
    "contract",
    "datetime",
    "error",
    "generated_client",
    "http",
    "layer_tests",
    "mock",
    "openapi",
    "operation",
    "paginate",
    "response",
    "runtime_tests",
    "service_meta",
    "wait",
    "wire",
    "builder",
    "region",
];
/// Headers the runtime sets itself and refuses from callers: generated-client's `RESERVED_HEADERS`, kept equal by
/// `tests::reserved_headers_match_the_runtime`.
pub const RUNTIME_HEADERS: &[&str] = &[
    "host",
    "authorization",
    "x-sdk-date",
    "x-sdk-content-sha256",
    "x-auth-token",
    "x-security-token",
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
];

/// Rules checked on the YAML as written, before the model is built.
pub fn check_raw(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    check_service_names(cx, f, raw);
    check_service_reserved(cx, f, raw);
    check_type_names(cx, f, raw);
    check_unique_operations(cx, f, raw);
    check_handle_methods(cx, f, raw);
    let types = type_table(raw);
    for e in &raw.endpoints.value {
        check_method_known(cx, f, e);
        check_path_params(cx, f, e);
        check_status_codes(cx, f, e);
        check_param_rust_names(cx, f, e);
        check_header_names(cx, f, e);
        check_response_headers(cx, f, e);
        for_each_schema_of(e, &mut |s| check_type_refs(cx, f, s, &types));
    }
    if let Some(t) = &raw.types {
        for (_, s) in t.iter() {
            walk(s, &mut |s| check_type_refs(cx, f, s, &types));
        }
    }
    walk_all_objects(raw, &mut |s| check_property_rust_names(cx, f, s));
}

// With `features`, a spec file's name is its service's cargo feature and module (the macro gates each file's call on
// it without reading the file), so it must be a snake_case identifier the crate's manifest declares.
/// Whether the file can stand for a service this way.
pub fn check_feature_file(cx: &Ctxt, f: &Listed, declared: Option<&BTreeSet<String>>) -> bool {
    let at = FileId(&f.display).start();
    if !names::is_snake_ident(&f.stem) {
        cx.error_at(
            at,
            format!(
                "with `features`, a spec file is named after its service (the name is its cargo feature and module), \
                 so `{}` must be a snake_case identifier",
                f.stem
            ),
        );
    } else if declared.is_some_and(|d| !d.contains(&f.stem)) {
        cx.error_at(
            at,
            format!(
                "service `{0}` has no cargo feature: add `{0} = []` under [features] in the crate's Cargo.toml and list \
                 it in `default`",
                f.stem
            ),
        );
    } else {
        return true;
    }
    false
}

// With `features`, the file name stands for the service before anything is parsed (see `check_feature_file`), so the
// `service:` inside must say the same.
pub fn check_service_file_name(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    let file = f.0.rsplit('/').next().unwrap_or(f.0);
    let stem = file.strip_suffix(".yaml").unwrap_or(file);
    if raw.service.value != stem {
        cx.error_at(
            f.at(&raw.service.referenced),
            format!(
                "service `{}` is in `{file}`: with `features`, a spec file is named after its service (the name is its \
                 cargo feature); rename the file to `{}.yaml` or the service to `{stem}`",
                raw.service.value, raw.service.value
            ),
        );
    }
}

// Two endpoints with the same method and templates that differ at most in parameter names (`/a/{x}`, `/a/{y}`) take
// the same requests: the client would send both to one place, and a server (the mock among them) can serve only
// one. Checked across every service of one build.
pub fn check_routes(cx: &Ctxt, services: &[&Service]) {
    let (_, conflicts) = crate::routes::Routes::new(services);
    for c in conflicts {
        let ep = |(s, e): (usize, usize)| services.get(s).and_then(|svc| svc.endpoints.get(e));
        let (Some(first), Some(second)) = (ep(c.first), ep(c.second)) else {
            continue;
        };
        let at = first
            .loc
            .as_ref()
            .map(|l| format!(", at {l}"))
            .unwrap_or_default();
        // Across services, say whose endpoints they are.
        let name = |(s, _): (usize, usize), ep: &crate::model::Endpoint| match services.get(s) {
            Some(svc) if c.first.0 != c.second.0 => format!("{}.{}", svc.name, ep.operation),
            _ => ep.operation.clone(),
        };
        cx.error_near(
            second.loc.clone(),
            format!(
                "endpoint `{}` (`{} {}`) takes the same requests as endpoint `{}` (`{} {}`{at}); give one of them \
                 another path or method",
                name(c.second, second),
                second.method,
                second.path,
                name(c.first, first),
                first.method,
                first.path
            ),
        );
    }
}

/// Rules that need the resolved model.
pub fn check_model(cx: &Ctxt, service: &Service) {
    check_type_cycles(cx, service);
    check_alias_chains(cx, service);
    check_plans(cx, service);
    check_handle_method_names(cx, service);
}

// `pagination:`, `waiter:` and `job:` name properties, parameters and operations: whether they can mean what they
// say is `plans`' to decide; each problem is reported where its key is written.
fn check_plans(cx: &Ctxt, service: &Service) {
    for e in &service.endpoints {
        let op = &e.operation;
        let report = |locs: &crate::model::KeyLocs, mapping: &str, errs: Vec<PlanError>| {
            for err in errs {
                cx.error_near(
                    locs.at(err.key, mapping).or_else(|| e.loc.clone()),
                    format!("endpoint `{op}`: `{mapping}`: {}", err.message),
                );
            }
        };
        if let Some(p) = &e.pagination
            && let Err(err) = service.page_plan(e)
        {
            report(&p.locs, "pagination", err);
        }
        if let Some(w) = &e.waiter
            && let Err(err) = service.wait_plan(e)
        {
            report(&w.locs, "waiter", err);
        }
        if let Some(j) = &e.job
            && let Err(err) = service.job_plan(e)
        {
            report(&j.locs, "job", err);
        }
    }
}

// A paginator (`<op>_paginator`) and a waiter (`wait_<op>`) are methods of the service handle next to one per
// operation: none may take a name another method has.
fn check_handle_method_names(cx: &Ctxt, service: &Service) {
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    for m in HANDLE_METHODS {
        taken.insert(
            (*m).to_owned(),
            "a method every service handle has".to_owned(),
        );
    }
    for e in &service.endpoints {
        taken
            .entry(e.rust_name.trim_start_matches("r#").to_owned())
            .or_insert_with(|| format!("the method of operation `{}`", e.operation));
    }
    for e in &service.endpoints {
        let extra = [
            e.pagination
                .as_ref()
                .map(|p| (e.paginator_method(), "paginator", &p.locs, "pagination")),
            e.waiter
                .as_ref()
                .map(|w| (e.wait_method(), "waiter", &w.locs, "waiter")),
            e.job
                .as_ref()
                .filter(|_| e.waiter.is_none())
                .map(|j| (e.wait_method(), "job waiter", &j.locs, "job")),
        ];
        for (method, what, locs, key) in extra.into_iter().flatten() {
            match taken.get(&method) {
                Some(other) => cx.error_near(
                    locs.at(key, key),
                    format!(
                        "endpoint `{}`: its {what} is the handle method `{method}`, which is already {other}; rename \
                         one of the operations",
                        e.operation
                    ),
                ),
                None => {
                    taken.insert(
                        method,
                        format!("the {what} of operation `{}`", e.operation),
                    );
                }
            }
        }
    }
}

// The service name becomes a module and a method on `Client`; the host prefix becomes part of a host name.
fn check_service_names(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    let s = &raw.service;
    if !names::is_snake_ident(&s.value) {
        cx.error_at(
            f.at(&s.referenced),
            format!(
                "service name `{}` must be a snake_case identifier (it names a module)",
                s.value
            ),
        );
    }
    if let Some(h) = &raw.host_prefix {
        let valid = !h.value.is_empty()
            && !h.value.starts_with(['-', '.'])
            && !h.value.ends_with(['-', '.'])
            && h.value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if !valid {
            cx.error_at(
                f.at(&h.referenced),
                format!(
                    "host_prefix `{}` must be a DNS label such as `ges` or `dayu-dlf`",
                    h.value
                ),
            );
        }
    }
    // The host template is the whole host: the client fills its variables from its region.
    if let Some(h) = &raw.host {
        if raw.host_prefix.is_some() {
            cx.error_at(
                f.at(&h.referenced),
                "give `host_prefix` or `host`, not both: `host` is the whole host (`iam.{domain}`), `host_prefix` its \
                 first label in `<host_prefix>.{region}.{domain}`",
            );
        } else if let Err(why) = spec_rules::check_host_template(&h.value) {
            cx.error_at(
                f.at(&h.referenced),
                format!("host `{}` {why}", spec_rules::shorten(&h.value)),
            );
        }
    }
    if let Some(c) = &raw.credential_scope
        && crate::model::CredentialScope::parse(&c.value).is_none()
    {
        cx.error_at(
            f.at(&c.referenced),
            format!(
                "unknown `credential_scope` `{}`; expected `project` (regional services: `X-Project-Id`) or `domain` \
                 (global services: `X-Domain-Id`)",
                spec_rules::shorten(&c.value)
            ),
        );
    }
}

// Inside generated-client the service's module and `Client` accessor sit next to the crate's own modules and
// `Client`'s own methods; the same name twice would fail in rustc with no pointer to the spec.
fn check_service_reserved(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    let s = &raw.service;
    if RESERVED_SERVICES.contains(&s.value.as_str()) {
        cx.error_at(
            f.at(&s.referenced),
            format!(
                "service name `{}` is taken: generated-client has a module or `Client` method of that name",
                s.value
            ),
        );
    }
}

// Declared type names become Rust types as written, so they must already be PascalCase identifiers.
fn check_type_names(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    for (name, _) in raw.types.iter().flat_map(|t| t.iter()) {
        if build::is_builtin(&name.value) {
            cx.error_at(
                f.at(&name.referenced),
                format!("type name `{}` is a built-in type", name.value),
            );
        } else if !names::is_pascal_ident(&name.value) {
            cx.error_at(
                f.at(&name.referenced),
                format!("type name `{}` must be a PascalCase identifier", name.value),
            );
        }
    }
}

// Operation names become types (`<Op>Request`) and methods (`snake_case`): both must be unique in a service.
fn check_unique_operations(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    let mut seen: BTreeMap<String, (String, String)> = BTreeMap::new();
    for e in &raw.endpoints.value {
        let op = &e.operation;
        if !names::is_pascal_ident(&op.value) {
            cx.error_at(
                f.at(&op.referenced),
                format!(
                    "operation name `{}` must be a PascalCase identifier such as `StopGraph`",
                    op.value
                ),
            );
            continue;
        }
        let method = names::method_name(&op.value);
        let here = f.at(&op.referenced).to_string();
        match seen.get(&method) {
            Some((prev, at)) if *prev == op.value => cx.error_at(
                f.at(&op.referenced),
                format!("duplicate operation name `{}` (first at {at})", op.value),
            ),
            Some((prev, at)) => cx.error_at(
                f.at(&op.referenced),
                format!(
                    "operation `{}` and `{prev}` (at {at}) both map to the method `{method}`",
                    op.value
                ),
            ),
            None => {
                seen.insert(method, (op.value.clone(), here));
            }
        }
    }
}

// Operations become methods of the service handle, next to its own `new` and `with_options`: an operation that maps
// to one of those would define the method twice.
fn check_handle_methods(cx: &Ctxt, f: FileId<'_>, raw: &RawSpec) {
    for e in &raw.endpoints.value {
        let op = &e.operation;
        let method = names::method_name(&op.value);
        if HANDLE_METHODS.contains(&method.as_str()) {
            cx.error_at(
                f.at(&op.referenced),
                format!(
                    "operation `{}` maps to the method `{method}`, which every service handle already has; rename \
                     the operation",
                    op.value
                ),
            );
        }
    }
}

// Only the methods an HTTP client can send; upper case as in the pages.
fn check_method_known(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let m = &e.method;
    if !METHODS.contains(&m.value.as_str()) {
        cx.error_at(
            f.at(&m.referenced),
            format!(
                "endpoint `{}`: unknown HTTP method `{}`; expected one of {}",
                e.operation.value,
                m.value,
                METHODS.join(", ")
            ),
        );
    }
}

// Every `{name}` in the path must be a declared path parameter and every path parameter must appear in the path;
// otherwise the request could not be built, or a required value would silently go nowhere.
fn check_path_params(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let op = &e.operation.value;
    let at = f.at(&e.path.referenced);
    let template = match crate::routes::Template::parse(&e.path.value) {
        Ok(t) => t,
        Err(why) => {
            cx.error_at(
                at,
                format!("endpoint `{op}`: path `{}` {why}", e.path.value),
            );
            return;
        }
    };
    let declared: Vec<_> = e
        .parameters
        .iter()
        .flat_map(|p| p.path.iter())
        .flat_map(|m| m.iter())
        .collect();
    let declared_names: BTreeSet<&str> = declared.iter().map(|(k, _)| k.value.as_str()).collect();
    let placeholders: Vec<&str> = template.params().collect();
    let mut seen = BTreeSet::new();
    for name in &placeholders {
        if !seen.insert(*name) {
            cx.error_at(
                at.clone(),
                format!("endpoint `{op}`: path parameter `{name}` appears twice in the path"),
            );
        }
        if !declared_names.contains(name) {
            cx.error_at(
                at.clone(),
                format!("endpoint `{op}`: path parameter `{name}` is not declared"),
            );
        }
    }
    for (k, _) in declared {
        if !seen.contains(k.value.as_str()) {
            cx.error_at(
                f.at(&k.referenced),
                format!(
                    "endpoint `{op}`: path parameter `{}` does not appear in the path `{}`",
                    k.value, e.path.value
                ),
            );
        }
    }
}

// Status keys are real HTTP statuses, classes (`4XX`) or `default`, each listed once, each with a known kind; an
// operation needs a success status or it has no output type.
fn check_status_codes(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let op = &e.operation.value;
    let mut seen: BTreeMap<crate::model::Status, String> = BTreeMap::new();
    let mut successes = 0;
    for (k, r) in e.responses.value.iter() {
        let at = f.at(&k.referenced);
        let Some(code) = build::status_of(&k.value) else {
            let shown = match &k.value {
                StatusKey::Code(c) => c.to_string(),
                StatusKey::Text(t) => t.clone(),
            };
            cx.error_at(at, format!("endpoint `{op}`: invalid status `{shown}`; expected a code from 100 to 599, a class from `1XX` to `5XX`, or `default`"));
            continue;
        };
        if let Some(first) = seen.get(&code) {
            cx.error_at(
                at.clone(),
                format!(
                    "endpoint `{op}`: duplicate status {} (first at {first})",
                    code.key()
                ),
            );
        }
        seen.insert(code, at.to_string());
        if let Some(kind) = &r.kind
            && !matches!(kind.value.as_str(), "success" | "error")
        {
            cx.error_at(
                f.at(&kind.referenced),
                format!(
                    "endpoint `{op}`: unknown response kind `{}`; expected `success` or `error`",
                    kind.value
                ),
            );
        }
        if build::is_success(code, r.kind.as_ref().map(|k| k.value.as_str())) {
            successes += 1;
        }
        if r.body.is_none()
            && let Some(ex) = &r.example
        {
            cx.error_at(
                f.at(&ex.referenced),
                format!(
                    "endpoint `{op}`: status {} has an example but no `body`",
                    code.key()
                ),
            );
        }
    }
    if successes == 0 && !e.responses.value.0.is_empty() {
        cx.error_at(
            f.at(&e.responses.referenced),
            format!("endpoint `{op}`: the response table has no success status"),
        );
    }
    if e.responses.value.0.is_empty() {
        cx.error_at(
            f.at(&e.responses.referenced),
            format!("endpoint `{op}`: the response table is empty"),
        );
    }
}

// Parameters and the body become fields of one request struct: two wire names that map to the same Rust name (say
// header `X-Language` and query `x_language`) would not compile, and `new` is the constructor.
fn check_param_rust_names(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let op = &e.operation.value;
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let groups = e.parameters.iter().flat_map(|p| {
        [
            ("path", &p.path),
            ("query", &p.query),
            ("header", &p.header),
        ]
    });
    for (location, map) in groups {
        for (wire, schema) in map.iter().flat_map(|m| m.iter()) {
            let rust = build::field_name(&wire.value, schema);
            let at = f.at(&wire.referenced);
            let this = format!("{location} parameter `{}`", wire.value);
            if rust == "new" {
                cx.error_at(at.clone(), format!("endpoint `{op}`: {this} maps to the Rust name `new`, which is the request constructor"));
            }
            match seen.get(&rust) {
                Some(prev) => cx.error_at(
                    at,
                    format!(
                        "endpoint `{op}`: {this} and {prev} both map to the Rust name `{rust}`"
                    ),
                ),
                None => {
                    seen.insert(rust, this);
                }
            }
        }
    }
    if let Some(r) = &e.request {
        let rust = r
            .name
            .as_ref()
            .map(|n| names::field_name(&n.value))
            .unwrap_or_else(|| "body".to_owned());
        let has_field = !(r.body.ty.value == "object"
            && r.body.properties.as_ref().is_none_or(|p| p.0.is_empty()));
        let at = r
            .name
            .as_ref()
            .map(|n| f.at(&n.referenced))
            .unwrap_or_else(|| f.at(&r.body.ty.referenced));
        // An optional body gets a setter named after it, next to the constructor `new`.
        if has_field && rust == "new" && r.required == Some(false) {
            cx.error_at(at.clone(), format!("endpoint `{op}`: the optional request body maps to the Rust name `new`, which is the request constructor; set another `request.name`"));
        }
        if has_field && let Some(prev) = seen.get(&rust) {
            cx.error_at(at, format!("endpoint `{op}`: the request body and {prev} both map to the Rust name `{rust}`; set `request.name`"));
        }
    }
}

// Header parameters go on the wire under their wire name: a name that is not an HTTP token can never be sent, and a
// header the runtime sets itself (authentication, signing, framing) is refused at run time; either way every call
// that sets the parameter would fail.
fn check_header_names(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let op = &e.operation.value;
    let headers = e
        .parameters
        .iter()
        .flat_map(|p| p.header.iter())
        .flat_map(|m| m.iter());
    for (wire, _) in headers {
        let name = &wire.value;
        let token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !token {
            cx.error_at(
                f.at(&wire.referenced),
                format!(
                    "endpoint `{op}`: header parameter `{name}` is not a valid HTTP header name (letters, digits and \
                     !#$%&'*+-.^_`|~ only)"
                ),
            );
        } else if RUNTIME_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)) {
            cx.error_at(
                f.at(&wire.referenced),
                format!("endpoint `{op}`: header `{name}` is set by the client itself; do not declare it"),
            );
        }
    }
}

// Response headers become fields of the operation's output struct, next to its `body`: each must be a name that can
// arrive on the wire, listed once (header names ignore case), with its own Rust name; and only a success response has
// such a struct.
fn check_response_headers(cx: &Ctxt, f: FileId<'_>, e: &RawEndpoint) {
    let op = &e.operation.value;
    for (key, r) in e.responses.value.iter() {
        let Some(headers) = &r.headers else { continue };
        let Some(status) = build::status_of(&key.value) else {
            continue;
        };
        let success = build::is_success(status, r.kind.as_ref().map(|k| k.value.as_str()));
        let status = status.key();
        if let Some((first, _)) = headers.0.first()
            && !success
        {
            cx.error_at(
                f.at(&first.referenced),
                format!(
                    "endpoint `{op}`: status {status} is an error: `headers` are read on success responses only \
                     (the error's body and `Error::request_id()` reach the caller); describe its headers in \
                     `description`"
                ),
            );
            continue;
        }
        let mut names: BTreeMap<String, &str> = BTreeMap::new();
        let mut rust: BTreeMap<String, String> = BTreeMap::new();
        if r.body.is_some() {
            rust.insert("body".to_owned(), "the response body".to_owned());
        }
        for (wire, schema) in headers.iter() {
            let name = &wire.value;
            let at = f.at(&wire.referenced);
            let token = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            if !token {
                cx.error_at(
                    at.clone(),
                    format!(
                        "endpoint `{op}`: response header `{name}` is not a valid HTTP header name (letters, digits \
                         and !#$%&'*+-.^_`|~ only)"
                    ),
                );
            }
            match names.get(&name.to_ascii_lowercase()) {
                Some(prev) if *prev == name => cx.error_at(
                    at.clone(),
                    format!("endpoint `{op}`: status {status} lists response header `{name}` twice"),
                ),
                Some(prev) => cx.error_at(
                    at.clone(),
                    format!(
                        "endpoint `{op}`: status {status} lists response headers `{prev}` and `{name}`, which are \
                         the same header (header names ignore case)"
                    ),
                ),
                None => {
                    names.insert(name.to_ascii_lowercase(), name);
                }
            }
            let field = build::field_name(name, schema);
            let this = format!("response header `{name}`");
            match rust.get(&field) {
                Some(prev) => cx.error_at(
                    at,
                    format!(
                        "endpoint `{op}`: status {status}: {this} and {prev} both map to the output field `{field}`; \
                         set `rust_name`"
                    ),
                ),
                None => {
                    rust.insert(field, this);
                }
            }
        }
    }
}

// Properties of one object become fields of one struct.
fn check_property_rust_names(cx: &Ctxt, f: FileId<'_>, s: &RawSchema) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (wire, p) in s.properties.iter().flat_map(|p| p.iter()) {
        let rust = build::field_name(&wire.value, p);
        if rust == "new" {
            cx.error_at(
                f.at(&wire.referenced),
                format!(
                    "property `{}` maps to the Rust name `new`, which is the constructor",
                    wire.value
                ),
            );
        }
        match seen.get(&rust) {
            Some(prev) => cx.error_at(
                f.at(&wire.referenced),
                format!(
                    "properties `{prev}` and `{}` both map to the Rust field `{rust}`",
                    wire.value
                ),
            ),
            None => {
                seen.insert(rust, &wire.value);
            }
        }
    }
}

// A reference must name a built-in type or a type under `types:`.
fn check_type_refs(cx: &Ctxt, f: FileId<'_>, s: &RawSchema, types: &BTreeMap<&str, &RawSchema>) {
    let t = s.ty.value.as_str();
    if build::is_builtin(t) || types.contains_key(t) {
        return;
    }
    // A name other formats use for a built-in type, else the nearest built-in or declared name.
    let near = match t.to_ascii_lowercase().as_str() {
        "integer" | "int" => Some("int32` or `int64"),
        "long" => Some("int64"),
        "float" | "double" | "decimal" => Some("number"),
        "bool" => Some("boolean"),
        "str" | "text" => Some("string"),
        "datetime" | "timestamp" | "date" => Some("date-time"),
        "list" => Some("array"),
        "dict" | "hash" | "hashmap" => Some("map"),
        _ => crate::raw::nearest(
            t,
            build::BUILTIN.iter().copied().chain(types.keys().copied()),
        ),
    };
    let hint = near
        .map(|n| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    // The declared names are listed too: a handful, so thousands of types do not make each message huge.
    const SHOWN: usize = 12;
    let mut declared: Vec<&str> = types.keys().copied().take(SHOWN).collect();
    let more = format!("and {} more", types.len().saturating_sub(SHOWN));
    if types.len() > SHOWN {
        declared.push(&more);
    }
    let declared = if declared.is_empty() {
        String::new()
    } else {
        format!(" (declared here: {})", declared.join(", "))
    };
    cx.error_at(
        f.at(&s.ty.referenced),
        format!(
            "unknown type `{}`{hint}; the built-in types are {}, and other types are declared under `types`{declared}",
            spec_rules::shorten(t),
            build::BUILTIN.join(", ")
        ),
    );
}

// A struct that contains itself without an array or map in between has infinite size, and aliases that refer to
// each other never resolve; both would fail deep inside rustc with no pointer to the spec. One depth-first pass, with
// an explicit stack: a spec with thousands of chained types must cost neither quadratic time nor deep recursion.
fn check_type_cycles(cx: &Ctxt, service: &Service) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        /// On the current path, at this position.
        OnPath(usize),
        Done,
    }
    fn direct(ty: &Ty) -> Option<usize> {
        match ty {
            Ty::Ref { id } => Some(id.0),
            _ => None,
        }
    }
    let types = &service.types;
    // A struct contains the types of its fields; an alias is its target, even inside arrays and maps (Rust type
    // aliases cannot refer to themselves at all).
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| match &t.schema.ty {
            Ty::Struct { fields } => fields.iter().filter_map(|f| direct(&f.schema.ty)).collect(),
            Ty::Enum { .. } => Vec::new(),
            _ => named_in(&t.schema).map(|TypeId(i)| i).into_iter().collect(),
        })
        .collect();
    let mut mark = vec![Mark::New; types.len()];
    for root in 0..types.len() {
        if mark[root] != Mark::New {
            continue;
        }
        // (type, index of its next edge to follow)
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        mark[root] = Mark::OnPath(0);
        while let Some((node, next_edge)) = path.last_mut() {
            let node = *node;
            let Some(&next) = edges.get(node).and_then(|e| e.get(*next_edge)) else {
                mark[node] = Mark::Done;
                path.pop();
                continue;
            };
            *next_edge += 1;
            match mark.get(next).copied() {
                Some(Mark::New) => {
                    mark[next] = Mark::OnPath(path.len());
                    path.push((next, 0));
                }
                // A way back to a type on the path: the path from there is a cycle.
                Some(Mark::OnPath(at)) => {
                    let cycle: Vec<usize> =
                        path[at..].iter().map(|(t, _)| *t).chain([next]).collect();
                    report_cycle(cx, types, &cycle);
                }
                Some(Mark::Done) | None => {}
            }
        }
    }
}

/// Most links in a chain of types that each just name the next (`A: { type: B }`, `B: { type: C }`, …).
const MAX_ALIAS_CHAIN: usize = 32;

// Code that needs what a type finally is (spec defaults in the expansion, the mock, the OpenAPI export) follows such
// a chain a link at a time, recursively; thousands of links would overflow its stack, and no spec means them.
// Reported once per chain, at its head (a type no other alias names).
fn check_alias_chains(cx: &Ctxt, service: &Service) {
    let types = &service.types;
    let next = |i: usize| match types.get(i).map(|t| &t.schema.ty) {
        Some(Ty::Ref { id }) => Some(id.0),
        _ => None,
    };
    let named: BTreeSet<usize> = (0..types.len()).filter_map(next).collect();
    for (head, t) in types.iter().enumerate().filter(|(i, _)| !named.contains(i)) {
        let mut chain = vec![head];
        while let Some(j) = chain.last().and_then(|&at| next(at)) {
            if chain.contains(&j) {
                break; // into a cycle: reported by check_type_cycles
            }
            chain.push(j);
            if chain.len() > MAX_ALIAS_CHAIN + 1 {
                cx.error_near(
                    t.loc.clone(),
                    format!(
                        "type `{}` starts a chain of more than {MAX_ALIAS_CHAIN} types that each only name the next; \
                         refer to the final type instead",
                        t.name
                    ),
                );
                break;
            }
        }
    }
}

/// `cycle` starts and ends with the same type; a long one is shown by its ends.
fn report_cycle(cx: &Ctxt, types: &[TypeDef], cycle: &[usize]) {
    let name = |i: &usize| types.get(*i).map_or("?", |t| t.name.as_str());
    let shown = if cycle.len() > 12 {
        let head: Vec<&str> = cycle[..6].iter().map(name).collect();
        let tail: Vec<&str> = cycle[cycle.len() - 5..].iter().map(name).collect();
        format!("{} → … → {}", head.join(" → "), tail.join(" → "))
    } else {
        cycle.iter().map(name).collect::<Vec<_>>().join(" → ")
    };
    if let Some(t) = cycle.first().and_then(|i| types.get(*i)) {
        cx.error_near(
            t.loc.clone(),
            format!(
                "type `{}` contains itself ({shown}); put the recursion inside an `array` or `map`",
                t.name
            ),
        );
    }
}

/// The names a schema may refer to: the types under `types:` and the inline objects and enums named with `name:`.
fn type_table(raw: &RawSpec) -> BTreeMap<&str, &RawSchema> {
    let declared = raw
        .types
        .iter()
        .flat_map(|t| t.iter())
        .map(|(k, v)| (k.value.as_str(), &**v));
    let inline = build::named_inline(raw)
        .into_iter()
        .filter_map(|s| Some((s.name.as_ref()?.value.as_str(), s)));
    declared.chain(inline).collect()
}

/// Calls `visit` on every schema node below `s`, `s` included.
fn walk<'a>(s: &'a RawSchema, visit: &mut dyn FnMut(&'a RawSchema)) {
    walk_depth(s, visit, 0);
}

fn walk_depth<'a>(s: &'a RawSchema, visit: &mut dyn FnMut(&'a RawSchema), depth: usize) {
    // The model reports over-deep nesting; this only has to stay off the end of the stack.
    if depth > 64 {
        return;
    }
    visit(s);
    for child in s.items.iter().chain(s.values.iter()).chain(s.keys.iter()) {
        walk_depth(child, visit, depth + 1);
    }
    for (_, p) in s.properties.iter().flat_map(|p| p.iter()) {
        walk_depth(p, visit, depth + 1);
    }
}

fn for_each_schema_of<'a>(e: &'a RawEndpoint, visit: &mut dyn FnMut(&'a RawSchema)) {
    let params = e
        .parameters
        .iter()
        .flat_map(|p| [&p.path, &p.query, &p.header]);
    for (_, s) in params.flat_map(|m| m.iter()).flat_map(|m| m.iter()) {
        walk(s, visit);
    }
    if let Some(r) = &e.request {
        walk(&r.body, visit);
    }
    for (_, r) in e.responses.value.iter() {
        if let Some(b) = &r.body {
            walk(b, visit);
        }
        for (_, h) in r.headers.iter().flat_map(|h| h.iter()) {
            walk(h, visit);
        }
    }
}

fn walk_all_objects<'a>(raw: &'a RawSpec, visit: &mut dyn FnMut(&'a RawSchema)) {
    for (_, s) in raw.types.iter().flat_map(|t| t.iter()) {
        walk(s, visit);
    }
    for e in &raw.endpoints.value {
        for_each_schema_of(e, visit);
    }
}
