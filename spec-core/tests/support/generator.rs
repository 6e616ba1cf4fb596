//! The fuzz's inputs: a deterministic generator (xorshift64*, seeded) of hostile spec files.
//!
//! It starts from every spec in the repository ([`corpus`]: `spec/*.yaml`, the test fixtures, the trybuild specs,
//! the `spec/README.md` example and [`BASE`]) and applies structural mutations ([`mutate`]: deleted keys, swapped
//! types, duplicated endpoints, random and domain-specific scalars, renamed keys with odd names, grafted subtrees,
//! deep nesting, huge strings, many types and endpoints, type names the expansion derives) and damage to the text
//! ([`mutate_text`]: truncation, dropped, repeated or swapped lines, stray YAML syntax, anchors and aliases, nesting
//! far beyond any limit); some inputs are random YAML or random text, and some are two files at once ([`generate`]).
//! [`wire_case`] builds valid specs whose every wire name is random. Every input depends only on `(seed, case)`.
//!
//! spec-core's `tests/fuzz.rs` judges these inputs by the front end's model, and codegen-macros (which includes this
//! folder with `#[path]`) by the expansion.

use super::base::BASE;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::fmt::Write as _;

// ------------------------------------------------------------------------------------------------------ generator

/// xorshift64* (Vigna): tiny, fast, and good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        // splitmix64 of the seed, so nearby seeds give unrelated sequences; never zero.
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0..n` (`0` when `n == 0`).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True with probability `num / den`.
    fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next() % den < num
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Small numbers are much more likely than large ones: `0..max`, log-uniform.
    fn size(&mut self, max: usize) -> usize {
        let bits = usize::BITS - max.leading_zeros();
        let cap = 1usize << self.below(bits as usize + 1);
        self.below(cap.min(max).max(1))
    }
}

// ------------------------------------------------------------------------------------------------------- vocabulary

/// Wire names that have broken or could break generated identifiers.
#[rustfmt::skip]
const NASTY_NAMES: &[&str] = &[
    "type", "self", "Self", "super", "crate", "_", "__", "1st", "123", "a-b", "a.b/c", "名字", "__x__", "async",
    "await", "gen", "try", "dyn", "union", "macro_rules", "r#type", "new", "body", "request", "error", "output",
    "response", "Unknown", "unknown", "unknown_value", "UnknownValue", "", " ", "a b", "x-y", "X-Y", "x_y", "xY",
    "XY", "fooBar", "foo_bar", "FooBar", "foo-bar", "é", "🙂", "İ", "ß", "ǅ", "ﬃ", "\u{200b}", "e\u{301}", "\u{202e}x",
    "\u{feff}", "a\nb", "\"", "'", "\\", "#", "{x}", "%", "?", "&", "=", "..", ".", "-", "0", "-1", "1e3", "true",
    "null", "~", "yes", "Ok", "Err", "Some", "None", "Option", "String", "Vec", "Result", "Box", "Self_", "self_",
    "field", "Empty", "V1", "v1", "T", "::", "<>", "()", "static", "mod", "fn", "impl", "where", "validate", "encode",
    "decode", "with_options", "status", "code", "message", "META", "Output", "Error", "Request", "error_code",
    "error_msg", "x-auth-token", "Content-Type", "project_id",
];

#[rustfmt::skip]
const TYPE_NAMES: &[&str] = &[
    "string", "int32", "int64", "number", "boolean", "date-time", "any", "array", "map", "object", "String", "Int32",
    "integer", "", "Self", "Unknown", "Option", "Result", "Vec", "Box", "Client", "Handle", "Value", "A", "AB", "ABc",
    "A1B", "X", "Type", "Async", "T1", "ErrorBody", "名字", "null", "array[]", "Ges", "Demo",
];

#[rustfmt::skip]
const OPERATION_NAMES: &[&str] = &[
    "New", "WithOptions", "Type", "Self", "Async", "Crate", "Super", "Gen", "StopGraph", "stopGraph", "Stop_Graph",
    "A", "ABc", "ABC", "A1B", "A1b", "Op1", "Op", "Ok", "名字", "", "Send", "Validate", "Decode", "Drop", "Into",
    "Clone",
];

#[rustfmt::skip]
const SERVICE_NAMES: &[&str] = &[
    "ges", "client", "builder", "region", "mock", "error", "self", "type", "a", "a_b", "ab", "a1", "_x", "X", "名字",
    "generated_client", "core", "std", "serde", "r#ges", "", "openapi", "__private", "demo",
];

#[rustfmt::skip]
const METHODS: &[&str] = &[
    "GET", "get", "POST", "FETCH", "", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE", " GET", "G\u{0}T", "DELETE",
];

#[rustfmt::skip]
const PATHS: &[&str] = &[
    "/", "", "v1", "/a/{x}", "/a/{x}/{x}", "/{", "/}", "/{}", "/{a/b}", "/a?b=c", "/a#b", "/{名字}", "/{a-b}", "/{1st}",
    "//", "/a/../b", "/%zz", "/a b", "/{type}/{self}", "/{project_id}/x", "/{{x}}", "/{x}{y}", "/v2/{project_id}",
];

#[rustfmt::skip]
const STATUS_KEYS: &[&str] = &[
    "100", "199", "200", "201", "202", "204", "299", "300", "404", "499", "500", "599", "600", "0", "99", "-1",
    "2000", "2xx", "default", "200.0", "1e3", "18446744073709551616", "020", "0x1F4", "+200", "200 ",
];

#[rustfmt::skip]
const PATTERNS: &[&str] = &[
    "^[a-z]+$", "(", "[", "a{1000}{1000}", "(a*)*b", "\\", "\\p{L}", "(?i)x", "(?<n>a)", "\\1", "[[:alpha:]]",
    "a{4294967295}", "((((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))))", "", "^$", ".*", "\u{0}",
];

#[rustfmt::skip]
const KEYS: &[&str] = &[
    "type", "description", "required", "nullable", "default", "example", "enum", "min_length", "max_length",
    "pattern", "minimum", "maximum", "min_items", "max_items", "items", "values", "properties", "name",
    "from_context", "collection", "kind", "body", "content_type", "operation", "method", "path", "summary",
    "parameters", "request", "responses", "query", "header", "service", "title", "host_prefix", "types", "endpoints",
    "host", "credential_scope", "headers", "max_lenght", "<<", "?", "pagination", "style", "param", "next",
    "page_size", "short_page_ends", "waiter", "status", "done", "failed", "job", "id",
];

/// A random "interesting" scalar.
fn scalar(rng: &mut Rng) -> Value {
    match rng.below(24) {
        0 => json!(""),
        1 => json!(0),
        2 => json!(-1),
        3 => json!(1),
        4 => json!(2_147_483_648_i64),
        5 => json!(9_007_199_254_740_993_i64),
        6 => json!(i64::MAX),
        7 => json!(u64::MAX),
        8 => json!(i64::MIN),
        9 => json!(1.5),
        10 => json!(-0.0),
        11 => json!(1e308),
        12 => json!(true),
        13 => json!(false),
        14 => Value::Null,
        15 => json!("null"),
        16 => json!("~"),
        17 => json!("yes"),
        18 => json!(".inf"),
        19 => json!("a\r\nb"),
        20 => Value::String("x".repeat(rng.size(5000))),
        21 => json!(*rng.pick(NASTY_NAMES)),
        22 => json!(rng.next() as i64),
        _ => json!(random_name(rng)),
    }
}

/// A random short name from a small alphabet of troublesome characters.
fn random_name(rng: &mut Rng) -> String {
    const CHARS: &[char] = &[
        'a', 'b', 'z', 'A', 'Z', '0', '1', '9', '-', '.', '/', '_', ' ', '名', 'é', '🙂', 'İ', 'ß',
        '\u{200b}', '$', '#', ':', '{', '}', '"', '\'', '\\', '\t',
    ];
    let len = rng.size(13);
    (0..len).map(|_| *rng.pick(CHARS)).collect()
}

/// A random wire name: a known troublemaker, a random one, or a plain word.
fn wire_name(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => (*rng.pick(NASTY_NAMES)).to_owned(),
        1 => random_name(rng),
        _ => format!("f{}", rng.below(1000)),
    }
}

/// A value that a spec author might plausibly write under `key`, or junk.
fn value_for(key: &str, rng: &mut Rng, spec: &Value) -> Value {
    if rng.chance(1, 6) {
        return scalar(rng);
    }
    match key {
        "type" => {
            let mut names: Vec<String> = TYPE_NAMES.iter().map(|s| (*s).to_owned()).collect();
            names.extend(generated_names(spec));
            Value::String(rng.pick(&names).clone())
        }
        "method" => json!(*rng.pick(METHODS)),
        // An endpoint's template, or the path parameters' map.
        "path" if rng.chance(1, 2) => json!(*rng.pick(PATHS)),
        "operation" => json!(*rng.pick(OPERATION_NAMES)),
        "service" => json!(*rng.pick(SERVICE_NAMES)),
        "host_prefix" => {
            json!(*rng.pick(&["ges", "", "-a", "a.", "GES", "dayu-dlf", "a..b", "名字"]))
        }
        "host" => json!(*rng.pick(&[
            "iam.{domain}",
            "{region}.api.example.com",
            "iam.{zone}",
            "https://iam.{domain}",
            "iam.{domain",
            "a..{region}",
            "",
        ])),
        "credential_scope" => json!(*rng.pick(&["project", "domain", "global", ""])),
        "kind" => json!(*rng.pick(&["success", "error", "Success", ""])),
        "collection" => json!(*rng.pick(&["multi", "csv", "tsv", ""])),
        "from_context" => json!(*rng.pick(&["project_id", "domain_id", "ProjectId", "", "a b"])),
        "name" => {
            let mut names: Vec<String> = TYPE_NAMES.iter().map(|s| (*s).to_owned()).collect();
            names.extend(generated_names(spec));
            Value::String(rng.pick(&names).clone())
        }
        "pattern" => json!(*rng.pick(PATTERNS)),
        "content_type" => json!(*rng.pick(&[
            "application/json",
            "text/plain",
            "application/x+json; x=1",
            ""
        ])),
        "required" | "nullable" => json!(rng.chance(1, 2)),
        "min_length" | "max_length" | "min_items" | "max_items" => {
            json!(*rng.pick(&[0_i64, 1, 2, 12, 64, 4096, -1, i64::MAX]))
        }
        "minimum" | "maximum" => scalar(rng),
        "enum" => {
            let n = rng.size(6);
            Value::Array((0..n).map(|_| json!(wire_name(rng))).collect())
        }
        "style" => json!(*rng.pick(&["marker", "cursor", "offset", "page", "link", "pages", ""])),
        // A property path (`items` of a pagination, or of an array schema below).
        "items" | "next" | "status" | "id" if rng.chance(1, 2) => json!(*rng.pick(&[
            "id",
            "items",
            "meta_data.marker",
            "page.next",
            "a..b",
            ".",
            "",
            "status.phase",
        ])),
        "param" | "page_size" | "waiter" => {
            json!(*rng.pick(&[
                "marker", "limit", "offset", "page", "X-Limit", "ShowJob", ""
            ]))
        }
        "done" | "failed" => {
            let n = rng.size(3);
            Value::Array((0..n).map(|_| json!(wire_name(rng))).collect())
        }
        "short_page_ends" => json!(rng.chance(1, 2)),
        "pagination" => json!({
            "style": *rng.pick(&["marker", "cursor", "offset", "page", "link"]),
            "items": *rng.pick(&["items", "servers", "page.things", ""]),
            "param": *rng.pick(&["marker", "offset", "limit"]),
            "next": *rng.pick(&["id", "page.next", "links.next"]),
        }),
        "job" => json!({ "waiter": *rng.pick(&["ShowJob", "StopGraph", "Nope"]), "id": "job_id" }),
        "items" | "values" | "body" => random_schema(rng, spec, 0),
        "properties" | "query" | "header" | "headers" | "path" | "types" => {
            let mut m = Map::new();
            for _ in 0..rng.size(5) {
                m.insert(wire_name(rng), random_schema(rng, spec, 1));
            }
            Value::Object(m)
        }
        _ => random_value(rng, 2),
    }
}

/// Names the expansion derives, which declared or inline types could clash with.
fn generated_names(spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = spec.get("service").and_then(Value::as_str) {
        out.push(spec_core::names::type_name(&[s]));
    }
    for e in spec
        .get("endpoints")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(op) = e.get("operation").and_then(Value::as_str) {
            for suffix in [
                "Request",
                "Error",
                "Output",
                "OkOutput",
                "Response",
                "",
                "Body",
                "BadRequestBody",
            ] {
                out.push(format!("{op}{suffix}"));
            }
        }
    }
    if let Some(types) = spec.get("types").and_then(Value::as_object) {
        out.extend(types.keys().cloned());
    }
    out
}

/// A random, mostly well-formed schema.
fn random_schema(rng: &mut Rng, spec: &Value, depth: usize) -> Value {
    let mut m = Map::new();
    let ty = if depth > 3 {
        "string".to_owned()
    } else {
        let mut names: Vec<String> = TYPE_NAMES[..10].iter().map(|s| (*s).to_owned()).collect();
        names.extend(generated_names(spec));
        rng.pick(&names).clone()
    };
    m.insert("type".into(), json!(ty));
    match ty.as_str() {
        "array" => {
            m.insert("items".into(), random_schema(rng, spec, depth + 1));
        }
        "map" => {
            m.insert("values".into(), random_schema(rng, spec, depth + 1));
        }
        "object" if rng.chance(2, 3) => {
            let mut p = Map::new();
            for _ in 0..rng.size(5) {
                p.insert(wire_name(rng), random_schema(rng, spec, depth + 1));
            }
            m.insert("properties".into(), Value::Object(p));
        }
        "string" if rng.chance(1, 3) => {
            m.insert("enum".into(), value_for("enum", rng, spec));
        }
        _ => {}
    }
    for _ in 0..rng.size(3) {
        let key = *rng.pick(&KEYS[..20]);
        if !m.contains_key(key) {
            m.insert(key.into(), value_for(key, rng, spec));
        }
    }
    Value::Object(m)
}

/// Random JSON-shaped data.
fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match if depth == 0 { 0 } else { rng.below(4) } {
        0 | 1 => scalar(rng),
        2 => Value::Array(
            (0..rng.size(5))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.size(5) {
                let key = if rng.chance(1, 2) {
                    (*rng.pick(KEYS)).to_owned()
                } else {
                    wire_name(rng)
                };
                m.insert(key, random_value(rng, depth - 1));
            }
            Value::Object(m)
        }
    }
}

// --------------------------------------------------------------------------------------------------------- emitting

/// A YAML document for `v`: block style, with some containers in flow style.
pub fn emit(v: &Value, rng: &mut Rng) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => emit_map(m, 0, rng, &mut out),
        Value::Array(a) if !a.is_empty() => emit_list(a, 0, rng, &mut out),
        other => {
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
    out
}

fn emit_map(m: &Map<String, Value>, indent: usize, rng: &mut Rng, out: &mut String) {
    let pad = " ".repeat(indent);
    for (k, v) in m {
        let _ = write!(out, "{pad}{}:", key(k));
        emit_child(v, indent + 2, rng, out);
    }
}

fn emit_list(a: &[Value], indent: usize, rng: &mut Rng, out: &mut String) {
    let pad = " ".repeat(indent);
    for v in a {
        match v {
            Value::Object(m) if !m.is_empty() && !rng.chance(1, 10) => {
                // `- first: ..` then the other keys aligned under `first`.
                let mut inner = String::new();
                emit_map(m, indent + 2, rng, &mut inner);
                out.push_str(&pad);
                out.push_str("- ");
                out.push_str(&inner[indent + 2..]);
            }
            _ => {
                out.push_str(&pad);
                out.push('-');
                emit_child(v, indent + 2, rng, out);
            }
        }
    }
}

/// After `key:` or `-`: a scalar or flow container on the same line, or a block container below.
fn emit_child(v: &Value, indent: usize, rng: &mut Rng, out: &mut String) {
    let block = match v {
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => false,
    };
    if block && !rng.chance(1, 8) {
        out.push('\n');
        match v {
            Value::Object(m) => emit_map(m, indent, rng, out),
            Value::Array(a) => emit_list(a, indent, rng, out),
            _ => {}
        }
    } else {
        out.push(' ');
        out.push_str(&flow(v));
        out.push('\n');
    }
}

fn flow(v: &Value) -> String {
    match v {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quoted(s),
        Value::Array(a) => format!("[{}]", a.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", key(k), flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A mapping key: plain when it is a simple word or a number (status codes must stay integers), else quoted.
fn key(k: &str) -> String {
    let simple = !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        && !k.starts_with(['-', '.'])
        && !matches!(
            k,
            "true"
                | "false"
                | "null"
                | "yes"
                | "no"
                | "on"
                | "off"
                | "y"
                | "n"
                | "Y"
                | "N"
                | "True"
                | "False"
                | "Null"
                | "NULL"
                | "TRUE"
                | "FALSE"
        );
    if simple { k.to_owned() } else { quoted(k) }
}

/// A double-quoted YAML scalar; JSON's escapes are a subset of YAML's.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

// -------------------------------------------------------------------------------------------------------- mutations

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Every node path under `v` (the root included), at most `limit` of them.
fn paths(v: &Value, limit: usize) -> Vec<Vec<Seg>> {
    fn walk(v: &Value, here: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>, limit: usize) {
        if out.len() >= limit {
            return;
        }
        out.push(here.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    here.push(Seg::Key(k.clone()));
                    walk(child, here, out, limit);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    here.push(Seg::Index(i));
                    walk(child, here, out, limit);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out, limit);
    out
}

fn node_mut<'a>(v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    let mut cur = v;
    for seg in path {
        cur = match seg {
            Seg::Key(k) => cur.as_object_mut()?.get_mut(k)?,
            Seg::Index(i) => cur.as_array_mut()?.get_mut(*i)?,
        };
    }
    Some(cur)
}

fn node<'a>(v: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    let mut cur = v;
    for seg in path {
        cur = match seg {
            Seg::Key(k) => cur.as_object()?.get(k)?,
            Seg::Index(i) => cur.as_array()?.get(*i)?,
        };
    }
    Some(cur)
}

fn last_key(path: &[Seg]) -> Option<&str> {
    match path.last() {
        Some(Seg::Key(k)) => Some(k),
        _ => None,
    }
}

/// Paths of schema nodes (maps with a `type` key).
fn schema_paths(v: &Value) -> Vec<Vec<Seg>> {
    paths(v, 4096)
        .into_iter()
        .filter(|p| {
            node(v, p)
                .and_then(Value::as_object)
                .is_some_and(|m| m.contains_key("type"))
        })
        .collect()
}

/// Applies one random structural mutation; returns its name (for the counts).
fn mutate(v: &mut Value, rng: &mut Rng) -> &'static str {
    let all = paths(v, 4096);
    let spec = v.clone();
    // Arms by weight (percent): the expensive ones (huge strings, many types or endpoints) are rare.
    const WEIGHTS: [usize; 16] = [8, 8, 7, 8, 8, 8, 8, 8, 8, 6, 3, 7, 2, 1, 6, 4];
    let mut roll = rng.below(WEIGHTS.iter().sum());
    let arm = WEIGHTS
        .iter()
        .position(|w| {
            roll < *w || {
                roll -= w;
                false
            }
        })
        .unwrap_or(0);
    match arm {
        0 => {
            // Delete a key.
            let maps: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| {
                    node(v, p)
                        .and_then(Value::as_object)
                        .is_some_and(|m| !m.is_empty())
                })
                .collect();
            if let Some(p) = maps.get(rng.below(maps.len())).map(|p| (*p).clone())
                && let Some(Value::Object(m)) = node_mut(v, &p)
            {
                let k = m
                    .keys()
                    .nth(rng.below(m.len()))
                    .cloned()
                    .unwrap_or_default();
                m.shift_remove(&k);
            }
            "delete-key"
        }
        1 => {
            // Replace a node by one of another kind.
            let p = rng.pick(&all).clone();
            if let Some(n) = node_mut(v, &p) {
                *n = match n {
                    Value::Object(_) => scalar(rng),
                    Value::Array(_) => random_value(rng, 2),
                    Value::String(_) => {
                        if rng.chance(1, 2) {
                            json!([n.clone()])
                        } else {
                            json!({ "value": n.clone() })
                        }
                    }
                    _ => json!(random_name(rng)),
                };
            }
            "swap-type"
        }
        2 => {
            // Duplicate an endpoint, sometimes under another name.
            if let Some(Value::Array(eps)) = v.get_mut("endpoints")
                && !eps.is_empty()
            {
                let mut copy = eps[rng.below(eps.len())].clone();
                if rng.chance(1, 2)
                    && let Some(m) = copy.as_object_mut()
                {
                    m.insert("operation".into(), json!(*rng.pick(OPERATION_NAMES)));
                }
                let at = rng.below(eps.len() + 1);
                eps.insert(at, copy);
            }
            "duplicate-endpoint"
        }
        3 => {
            // Replace a scalar.
            let scalars: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| node(v, p).is_some_and(|n| !n.is_object() && !n.is_array()))
                .collect();
            if let Some(p) = scalars.get(rng.below(scalars.len())).map(|p| (*p).clone())
                && let Some(n) = node_mut(v, &p)
            {
                *n = scalar(rng);
            }
            "random-scalar"
        }
        4 | 5 => {
            // A plausible or nasty value under a known key.
            let keyed: Vec<&Vec<Seg>> = all.iter().filter(|p| last_key(p).is_some()).collect();
            if let Some(p) = keyed.get(rng.below(keyed.len())).map(|p| (*p).clone())
                && let Some(k) = last_key(&p).map(str::to_owned)
                && let Some(n) = node_mut(v, &p)
            {
                *n = value_for(&k, rng, &spec);
            }
            "domain-value"
        }
        6 => {
            // Add a key.
            let maps: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| node(v, p).is_some_and(Value::is_object))
                .collect();
            if let Some(p) = maps.get(rng.below(maps.len())).map(|p| (*p).clone()) {
                let k = *rng.pick(KEYS);
                let value = value_for(k, rng, &spec);
                if let Some(Value::Object(m)) = node_mut(v, &p) {
                    m.insert(k.to_owned(), value);
                }
            }
            "add-key"
        }
        7 | 8 => {
            // Rename a key (a wire name, type name, status code, or any key) to an odd name.
            let maps: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| {
                    node(v, p)
                        .and_then(Value::as_object)
                        .is_some_and(|m| !m.is_empty())
                })
                .collect();
            if let Some(p) = maps.get(rng.below(maps.len())).map(|p| (*p).clone()) {
                let parent = last_key(&p).unwrap_or("").to_owned();
                let new = match parent.as_str() {
                    "responses" => (*rng.pick(STATUS_KEYS)).to_owned(),
                    "types" => {
                        let mut names: Vec<String> =
                            TYPE_NAMES.iter().map(|s| (*s).to_owned()).collect();
                        names.extend(generated_names(&spec));
                        rng.pick(&names).clone()
                    }
                    _ => wire_name(rng),
                };
                if let Some(Value::Object(m)) = node_mut(v, &p) {
                    let i = rng.below(m.len());
                    *m = m
                        .iter()
                        .enumerate()
                        .map(|(j, (k, v))| {
                            (if i == j { new.clone() } else { k.clone() }, v.clone())
                        })
                        .collect();
                }
            }
            "rename-key"
        }
        9 => {
            // Deep nesting of schemas or of example values.
            // Just below and above the parser's 64 levels; deeper still is `deep-text` (a deep `Value` would
            // overflow this generator's own recursion before the pipeline's).
            let depth = if rng.chance(1, 4) {
                64 + rng.size(300)
            } else {
                rng.size(70)
            };
            let schemas = schema_paths(v);
            if rng.chance(2, 3) && !schemas.is_empty() {
                let p = rng.pick(&schemas).clone();
                if let Some(n) = node_mut(v, &p) {
                    let mut inner = n.take();
                    for _ in 0..depth {
                        inner = match rng.below(3) {
                            0 => json!({ "type": "array", "items": inner }),
                            1 => json!({ "type": "map", "values": inner }),
                            _ => json!({ "type": "object", "properties": { "x": inner } }),
                        };
                    }
                    *n = inner;
                }
            } else {
                let p = rng.pick(&all).clone();
                if let Some(n) = node_mut(v, &p) {
                    let mut inner = n.take();
                    for _ in 0..depth {
                        inner = if rng.chance(1, 2) {
                            json!([inner])
                        } else {
                            json!({ "x": inner })
                        };
                    }
                    *n = inner;
                }
            }
            "deep-nesting"
        }
        10 => {
            // A huge string.
            let strings: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| node(v, p).is_some_and(Value::is_string))
                .collect();
            if let Some(p) = strings.get(rng.below(strings.len())).map(|p| (*p).clone())
                && let Some(n) = node_mut(v, &p)
            {
                let unit = *rng.pick(&["x", "名", "🙂", "a-", "\n", "{x}", "\\"]);
                *n = Value::String(unit.repeat(1_000 + rng.size(200_000)));
            }
            "huge-string"
        }
        11 => {
            // Copy a subtree over another node.
            let from = rng.pick(&all).clone();
            let to = rng.pick(&all).clone();
            if let Some(copy) = node(v, &from).cloned()
                && let Some(n) = node_mut(v, &to)
            {
                *n = copy;
            }
            "graft"
        }
        12 => {
            // Many types, in a chain (maybe closed into a cycle) of aliases, struct fields or arrays, declared in
            // either order, and used by the first endpoint's request and responses.
            let max = if rng.chance(1, 4) { 3000 } else { 300 };
            let n = 2 + rng.size(max);
            let cycle = rng.chance(1, 3);
            let via = rng.below(3);
            let backwards = rng.chance(1, 2);
            let name = |i: usize| {
                if backwards {
                    format!("T{}", n - 1 - i)
                } else {
                    format!("T{i}")
                }
            };
            if let Some(root) = v.as_object_mut() {
                let types = root.entry("types").or_insert_with(|| json!({}));
                if !types.is_object() {
                    *types = json!({});
                }
                if let Some(types) = types.as_object_mut() {
                    for i in 0..n {
                        let next = if i + 1 < n {
                            name(i + 1)
                        } else if cycle {
                            name(0)
                        } else {
                            "string".into()
                        };
                        let schema = match via {
                            0 => json!({ "type": next }),
                            1 => {
                                json!({ "type": "object", "properties": { "next": { "type": next } } })
                            }
                            _ => json!({ "type": "array", "items": { "type": next } }),
                        };
                        types.insert(name(i), schema);
                    }
                }
                if let Some(Value::Array(eps)) = root.get_mut("endpoints")
                    && let Some(Value::Object(e)) = eps.first_mut()
                {
                    let head = json!({ "type": name(0) });
                    e.insert("request".into(), json!({ "body": head }));
                    e.insert("responses".into(), json!({ "200": { "body": head } }));
                    let defaulted = json!({ "type": name(0), "default": "x" });
                    let params = e.entry("parameters").or_insert_with(|| json!({}));
                    if let Some(params) = params.as_object_mut() {
                        params.insert("query".into(), json!({ "q": defaulted }));
                    }
                }
            }
            "many-types"
        }
        13 => {
            // Many endpoints.
            if let Some(Value::Array(eps)) = v.get_mut("endpoints")
                && let Some(first) = eps.first().cloned()
            {
                for i in 0..1 + rng.size(60) {
                    let mut e = first.clone();
                    if let Some(m) = e.as_object_mut() {
                        m.insert("operation".into(), json!(format!("Op{i}")));
                    }
                    eps.push(e);
                }
            }
            "many-endpoints"
        }
        14 => {
            // Odd Unicode or generated-looking names in operation/type/service names and wire names.
            let named: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| {
                    matches!(
                        last_key(p),
                        Some("operation" | "service" | "name" | "type" | "title")
                    )
                })
                .collect();
            if let Some(p) = named.get(rng.below(named.len())).map(|p| (*p).clone())
                && let Some(k) = last_key(&p).map(str::to_owned)
                && let Some(n) = node_mut(v, &p)
            {
                *n = if rng.chance(1, 2) {
                    value_for(&k, rng, &spec)
                } else {
                    json!(wire_name(rng))
                };
            }
            "odd-name"
        }
        15 if rng.chance(1, 2) => {
            // A new type, or an inline type's `name`, that takes a name the expansion derives for something else.
            let mut names = generated_names(&spec);
            names.push("Demo".to_owned());
            let name = rng.pick(&names).clone();
            let inline: Vec<&Vec<Seg>> = all
                .iter()
                .filter(|p| {
                    node(v, p).and_then(Value::as_object).is_some_and(|m| {
                        m.contains_key("enum")
                            || m.get("properties")
                                .is_some_and(|p| p.as_object().is_some_and(|p| !p.is_empty()))
                    })
                })
                .collect();
            if rng.chance(1, 2)
                && let Some(p) = inline.get(rng.below(inline.len())).map(|p| (*p).clone())
                && let Some(Value::Object(m)) = node_mut(v, &p)
            {
                m.insert("name".into(), json!(name));
            } else if let Some(root) = v.as_object_mut() {
                let types = root.entry("types").or_insert_with(|| json!({}));
                if let Some(types) = types.as_object_mut() {
                    types.insert(
                        name,
                        json!({ "type": "object", "properties": { "x": { "type": "string" } } }),
                    );
                }
            }
            "generated-name"
        }
        _ => {
            // A fresh random schema somewhere a schema goes.
            let schemas = schema_paths(v);
            if !schemas.is_empty() {
                let p = rng.pick(&schemas).clone();
                let s = random_schema(rng, &spec, 0);
                if let Some(n) = node_mut(v, &p) {
                    *n = s;
                }
            }
            "random-schema"
        }
    }
}

/// Damages the text itself.
fn mutate_text(text: &str, rng: &mut Rng) -> (String, &'static str) {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    let kind = match rng.below(9) {
        0 => {
            let mut cut = rng.below(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return (text[..cut].to_owned(), "truncate");
        }
        1 => {
            if !lines.is_empty() {
                lines.remove(rng.below(lines.len()));
            }
            "drop-line"
        }
        2 => {
            let i = rng.below(n);
            if let Some(l) = lines.get(i).cloned() {
                lines.insert(i, l);
            }
            "repeat-line"
        }
        3 => {
            let i = rng.below(n);
            if let Some(l) = lines.get_mut(i) {
                // More indentation, or a new (possibly smaller) one.
                let spaces = " ".repeat(rng.below(5));
                let rest = if rng.chance(1, 2) {
                    l.as_str()
                } else {
                    l.trim_start_matches(' ')
                };
                *l = format!("{spaces}{rest}");
            }
            "indent"
        }
        4 | 5 => {
            #[rustfmt::skip]
            const TOKENS: &[&str] = &[
                "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "!x ", "---\n", "...\n", "? ", "|", ">-", "\t", "#",
                ": ", "- ", "[", "]", "{", "}", "'", "\"", "%YAML 1.2\n", "\u{0}", "\u{feff}", "\r", "\\", ",",
                "&b [*b]",
            ];
            let i = rng.below(n);
            if let Some(l) = lines.get_mut(i) {
                let mut at = rng.below(l.len() + 1);
                while !l.is_char_boundary(at) {
                    at -= 1;
                }
                let token = *rng.pick(TOKENS);
                l.insert_str(at, token);
            }
            "insert-token"
        }
        7 => {
            // Nesting far beyond any limit, in flow or block style.
            let depth = 1 + rng.size(100_000);
            let i = rng.below(n);
            let deep = match rng.below(3) {
                0 => "[".repeat(depth),
                1 => "{a: ".repeat(depth),
                // Indentation grows a column a level: quadratic text, so fewer levels.
                _ => (0..depth.min(2_000))
                    .map(|d| format!("\n{}- ", " ".repeat(d)))
                    .collect(),
            };
            if let Some(l) = lines.get_mut(i) {
                l.push_str(&deep);
            }
            "deep-text"
        }
        6 => {
            let (i, j) = (rng.below(n), rng.below(n));
            if i < lines.len() && j < lines.len() {
                lines.swap(i, j);
            }
            "swap-lines"
        }
        _ => {
            // An anchor on a node and aliases to it elsewhere (billion-laughs shaped when repeated).
            let i = rng.below(n);
            if let Some(l) = lines.get_mut(i)
                && let Some(colon) = l.find(": ")
            {
                l.insert_str(colon + 2, "&anchor ");
            }
            let j = rng.below(n);
            if let Some(l) = lines.get_mut(j)
                && let Some(colon) = l.find(": ")
            {
                l.truncate(colon + 2);
                l.push_str("*anchor");
            }
            "alias"
        }
    };
    let mut out = lines.join("\n");
    if rng.chance(3, 4) {
        out.push('\n');
    }
    (out, kind)
}

/// Random text built from YAML's syntax characters and a few words.
fn random_text(rng: &mut Rng) -> String {
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "\n", "  ", ": ", "- ", "{", "}", "[", "]", ",", "'", "\"", "#", "&a", "*a", "!", "|", ">", "?", "---", "...",
        "service", "type", "endpoints", "types", "object", "properties", "x", "200", "名", "\t", "\\", "%", "@", "`",
    ];
    (0..rng.size(300)).map(|_| *rng.pick(PIECES)).collect()
}

// ---------------------------------------------------------------------------------------------------------- corpus

/// Every spec in the repository, as (name, text). Paths are from the including crate's manifest folder, which is
/// one level below the workspace root in both crates that use this.
pub fn corpus() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in ["spec", "tests/fixtures", "tests/ui/spec"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut names: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        names.sort();
        for path in names {
            if path.extension().is_some_and(|e| e == "yaml")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                out.push((
                    format!(
                        "{dir}/{}",
                        path.file_name().unwrap_or_default().to_string_lossy()
                    ),
                    text,
                ));
            }
        }
    }
    if let Ok(readme) = std::fs::read_to_string(root.join("spec/README.md"))
        && let Some(start) = readme.find("```yaml\n").map(|i| i + "```yaml\n".len())
        && let Some(len) = readme[start..].find("```")
    {
        out.push((
            "spec/README.md".to_owned(),
            readme[start..start + len].to_owned(),
        ));
    }
    out.push(("support/base.rs BASE".to_owned(), BASE.to_owned()));
    assert!(
        out.len() >= 10,
        "corpus: {:?}",
        out.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    out
}

/// A corpus file as data, when it parses.
pub fn as_value(text: &str) -> Option<Value> {
    // As `load` reads specs: `n`, `yes` and friends are strings.
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<Value>(text, options).ok()
}

/// Every spec of the [`corpus`] with its data when it parses: what [`generate`] mutates.
pub fn parsed_corpus() -> Vec<(String, String, Option<Value>)> {
    corpus()
        .into_iter()
        .map(|(n, t)| {
            let v = as_value(&t);
            (n, t, v)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------- inputs

/// One generated input.
pub struct Input {
    /// (name, text) of each spec file.
    pub files: Vec<(String, String)>,
    /// The mutations that made it.
    pub kinds: Vec<&'static str>,
    /// The wire names it was built with, which an accepted input must keep as written (only [`wire_case`] sets them).
    pub literals: Vec<String>,
}

/// Input number `case` of the sequence `seed`: a mutated spec (or two), or random YAML or text.
pub fn generate(case: usize, seed: u64, corpus: &[(String, String, Option<Value>)]) -> Input {
    let mut rng = Rng::new(seed ^ (case as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut kinds = Vec::new();
    let file_name = |i: usize| format!("spec/fuzz{i}.yaml");
    let one = |rng: &mut Rng, kinds: &mut Vec<&'static str>| -> String {
        match rng.below(20) {
            0 => {
                kinds.push("random-yaml");
                emit(&random_value(rng, 4), rng)
            }
            1 => {
                kinds.push("random-text");
                random_text(rng)
            }
            _ => {
                // Mostly the valid specs: the trybuild specs are each broken already.
                let valid: Vec<&(String, String, Option<Value>)> = corpus
                    .iter()
                    .filter(|(n, _, _)| !n.starts_with("tests/ui/"))
                    .collect();
                let (_, text, value) = if rng.chance(3, 4) {
                    *rng.pick(&valid)
                } else {
                    rng.pick(corpus)
                };
                let mut text = match value {
                    Some(v) if rng.chance(9, 10) => {
                        let mut v = v.clone();
                        // Mostly one mutation, so that many inputs stay close to valid and reach the later stages.
                        let n = if rng.chance(3, 5) { 1 } else { 2 + rng.size(4) };
                        for _ in 0..n {
                            kinds.push(mutate(&mut v, rng));
                        }
                        emit(&v, rng)
                    }
                    _ => text.clone(),
                };
                if value.is_none() || rng.chance(1, 5) {
                    for _ in 0..1 + rng.size(3) {
                        let (t, kind) = mutate_text(&text, rng);
                        text = t;
                        kinds.push(kind);
                    }
                }
                text
            }
        }
    };
    let files = if rng.chance(1, 12) {
        kinds.push("two-files");
        vec![
            (file_name(0), one(&mut rng, &mut kinds)),
            (file_name(1), one(&mut rng, &mut kinds)),
        ]
    } else {
        vec![(file_name(0), one(&mut rng, &mut kinds))]
    };
    Input {
        files,
        kinds,
        literals: Vec::new(),
    }
}

// ------------------------------------------------------------------------------------------------------ wire names

/// A wire name and, sometimes, another that differs only in case or separators (they collide as Rust names).
fn wire_names(rng: &mut Rng, count: std::ops::Range<usize>, token_only: bool) -> Vec<String> {
    let n = count.start + rng.below(count.len());
    let mut out: Vec<String> = Vec::new();
    while out.len() < n {
        let name = if token_only && rng.chance(2, 3) {
            let words = ["x", "Auth", "trace", "id", "a1", "Req", "b"];
            let seps = ["-", "_", ".", "", "~", "!"];
            (0..1 + rng.below(3))
                .map(|_| format!("{}{}", rng.pick(&seps), rng.pick(&words)))
                .collect()
        } else {
            wire_name(rng)
        };
        if rng.chance(1, 10) {
            out.push(name.to_uppercase());
            out.push(name.replace('-', "_"));
        }
        out.push(name);
    }
    out.truncate(n);
    // Same key twice in one YAML mapping is a different (and already located) error; keep them distinct.
    let mut seen = BTreeSet::new();
    out.retain(|w| seen.insert(w.clone()));
    out
}

/// A valid spec whose every name on the wire is random: properties, enum values, path, query and header parameters.
/// Returns the spec and its wire names.
fn wire_spec(rng: &mut Rng) -> (Value, Vec<String>) {
    let mut literals = Vec::new();
    let mut props = Map::new();
    for w in wire_names(rng, 1..5, false) {
        let schema = match rng.below(4) {
            0 => json!({ "type": "string", "required": rng.chance(1, 2) }),
            1 => json!({ "type": "int64" }),
            2 => {
                let values = wire_names(rng, 1..6, false);
                literals.extend(values.iter().cloned());
                json!({ "type": "string", "enum": values })
            }
            _ => {
                let mut inner = Map::new();
                for w in wire_names(rng, 1..4, false) {
                    inner.insert(w.clone(), json!({ "type": "boolean" }));
                    literals.push(w);
                }
                json!({ "type": "object", "properties": inner })
            }
        };
        props.insert(w.clone(), schema);
        literals.push(w);
    }
    // `{`, `}` and `/` cannot be in a placeholder (the path's own syntax).
    let mut path_params = Map::new();
    let mut path = String::from("/v1");
    for w in wire_names(rng, 0..3, false) {
        if w.is_empty() || w.contains(['{', '}', '/']) {
            continue;
        }
        path.push_str(&format!("/{{{w}}}"));
        path_params.insert(w.clone(), json!({ "type": "string" }));
        literals.push(w);
    }
    let mut query = Map::new();
    for w in wire_names(rng, 0..4, false) {
        let schema = if rng.chance(1, 3) {
            json!({ "type": "array", "items": { "type": "string" }, "collection": "csv" })
        } else {
            json!({ "type": "string" })
        };
        query.insert(w.clone(), schema);
        literals.push(w);
    }
    let mut header = Map::new();
    for w in wire_names(rng, 0..4, true) {
        let schema = if rng.chance(1, 3) {
            let values = wire_names(rng, 1..4, false);
            literals.extend(values.iter().cloned());
            json!({ "type": "string", "enum": values })
        } else {
            json!({ "type": "string" })
        };
        header.insert(w.clone(), schema);
        literals.push(w);
    }
    let operation = *rng.pick(&["PutThing", "Type", "Async", "Crate", "A1b", "Do", "Get"]);
    let spec = json!({
        "service": "wires",
        "title": "Wires",
        "host_prefix": "wires",
        "types": { "Thing": { "type": "object", "properties": props } },
        "endpoints": [{
            "operation": operation,
            "method": "PUT",
            "path": path,
            "parameters": { "path": path_params, "query": query, "header": header },
            "request": { "body": { "type": "Thing" } },
            "responses": {
                "200": { "body": { "type": "Thing" } },
                "400": { "body": { "type": "object", "properties": { "error_code": { "type": "string" } } } },
            },
        }],
    });
    (spec, literals)
}

/// Input number `case` of the wire-name sequence `seed`: one [`wire_spec`] as `spec/wires.yaml`, with its wire names
/// as the input's `literals`.
pub fn wire_case(case: usize, seed: u64) -> Input {
    let mut rng = Rng::new(seed ^ (case as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let (spec, literals) = wire_spec(&mut rng);
    Input {
        files: vec![("spec/wires.yaml".to_owned(), emit(&spec, &mut rng))],
        kinds: vec!["wire-names"],
        literals,
    }
}

// ------------------------------------------------------------------------------------------------------ large specs

/// A chain of `n` types (`T0` → `T1` → …, declared last-to-first when `backwards`), closed into a cycle or ending in
/// a string, used by the endpoint.
pub fn chain(n: usize, backwards: bool, cycle: bool) -> String {
    let name = |i: usize| {
        if backwards {
            format!("T{}", n - 1 - i)
        } else {
            format!("T{i}")
        }
    };
    let mut types = String::new();
    for i in 0..n {
        let next = match (i + 1 < n, cycle) {
            (true, _) => name(i + 1),
            (false, true) => name(0),
            (false, false) => "string".to_owned(),
        };
        let _ = writeln!(
            types,
            "  {}: {{ type: object, properties: {{ next: {{ type: {next} }} }} }}",
            name(i)
        );
    }
    BASE.replace("types:\n", &format!("types:\n{types}"))
        .replace(
            "body: { type: object }",
            &format!("body: {{ type: {} }}", name(0)),
        )
}

/// A chain of `n` types that each only name the next (`A0: { type: A1 }`, …, the last naming `last`), with a
/// defaulted query parameter of type `A0`: the expansion follows such a chain to build the default.
pub fn alias_chain(n: usize, last: &str) -> String {
    let mut types = String::new();
    for i in 0..n {
        let next = if i + 1 < n {
            format!("A{}", i + 1)
        } else {
            last.to_owned()
        };
        let _ = writeln!(types, "  A{i}: {{ type: {next} }}");
    }
    BASE.replace("types:\n", &format!("types:\n{types}"))
        .replace(
            "graph_id: { type: string, max_length: 8 }",
            "graph_id: { type: string }\n      query:\n        q: { type: A0, default: x }",
        )
}
