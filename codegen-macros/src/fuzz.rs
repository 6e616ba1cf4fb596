//! Hostile-input property tests of the whole pipeline (load → raw → check → model → expand), issue 6.
//!
//! A deterministic generator (xorshift64*, seeded) feeds the pipeline mutations of every real spec in the repository
//! (`spec/*.yaml`, the test fixtures, the trybuild specs, the README example): deleted keys, swapped types,
//! duplicated endpoints, random and domain-specific scalars, renamed keys with odd names, grafted subtrees, deep
//! nesting, huge strings, many types and endpoints, and text-level damage (truncation, dropped or repeated lines,
//! stray YAML syntax); plus random YAML. For every input the pipeline must not panic, must finish within
//! [`PER_CASE`], and must either expand to a Rust file that `syn` parses and that defines nothing twice, or return
//! errors that each start with `file:line:col: ` inside one of the input files.
//!
//! Why not proptest: the inputs are YAML documents with a shape of their own, so the value is in the mutators, not
//! in proptest's strategies; a 40-line generator keeps the proc-macro crate's test build free of a dozen extra
//! crates, and every case replays from `(FUZZ_SEED, case number)`. Shrinking is replaced by printing the failing
//! input, and every failure found is pinned below as a fixed regression case.
//!
//! `FUZZ_CASES=100000 cargo test -p codegen-macros --release fuzz -- --nocapture` runs the long version;
//! `FUZZ_SEED=<n>` changes the sequence. See `RELIABILITY.md`.

use crate::tests::run;
use quote::ToTokens;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Inputs per run of [`pipeline_survives_hostile_specs`] unless `FUZZ_CASES` says otherwise: a few seconds in a
/// debug build, so `cargo test --workspace` stays fast.
const DEFAULT_CASES: usize = 2_000;
/// An input that takes longer than this is a hang (debug builds; the slowest seen is far below).
const PER_CASE: Duration = Duration::from_secs(20);
/// The stack each input runs on: an eighth of the 8 MiB rustc runs macros with, so a pass here leaves a wide margin
/// in a real build. (YAML parsing runs on a thread of its own with a stack of its own: `load::PARSE_STACK`.)
const STACK: usize = 1 << 20;
/// The stack of the oracle that parses each expansion with syn, whose parser needs about 40 KiB a level of nested
/// generic types in a release build (rustc, which compiles the real expansion, grows its stack as needed).
const ORACLE_STACK: usize = 16 << 20;

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name)
        .ok()?
        .trim()
        .replace('_', "")
        .parse()
        .ok()
}

fn case_count(default: usize) -> usize {
    env_number("FUZZ_CASES").map_or(default, |n| n as usize)
}

fn base_seed() -> u64 {
    env_number("FUZZ_SEED").unwrap_or(0x5eed_0006)
}

// ------------------------------------------------------------------------------------------------------ generator

/// xorshift64* (Vigna): tiny, fast, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
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
    fn below(&mut self, n: usize) -> usize {
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

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
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
    "max_lenght", "<<", "?",
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
        "items" | "values" | "body" => random_schema(rng, spec, 0),
        "properties" | "query" | "header" | "path" | "types" => {
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
fn emit(v: &Value, rng: &mut Rng) -> String {
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

/// Every spec in the repository, as (name, text).
fn corpus() -> Vec<(String, String)> {
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
    out.push((
        "tests.rs BASE".to_owned(),
        crate::support::base::BASE.to_owned(),
    ));
    assert!(
        out.len() >= 10,
        "corpus: {:?}",
        out.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    out
}

/// A corpus file as data, when it parses.
fn as_value(text: &str) -> Option<Value> {
    // As `load` reads specs: `n`, `yes` and friends are strings.
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<Value>(text, options).ok()
}

// ---------------------------------------------------------------------------------------------------------- oracle

/// What an input did, when it did nothing wrong.
enum Verdict {
    Expanded,
    Rejected(usize),
}

/// Runs the pipeline on its own thread: no panic, bounded time, and a result that is either Rust that parses and
/// defines nothing twice, or errors that each point inside an input file.
///
/// The pipeline runs on a thread with a [`STACK`]-sized stack; the oracle (syn's parser, which recurses deeply on
/// nested generic types) on an outer one with [`ORACLE_STACK`]. Both are named after the case, so a stack overflow
/// (which aborts the process) names the input to replay with `FUZZ_ONLY=<case>`.
///
/// `literals`: strings an expansion must carry as string literals (the wire names it was built with).
fn judge(
    case: usize,
    files: &[(String, String)],
    literals: &[String],
) -> Result<(Verdict, Duration), String> {
    quiet_fuzz_panics();
    let owned: Vec<(String, String)> = files.to_vec();
    let literals = literals.to_vec();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(format!("fuzz-case-{case}-oracle"))
        .stack_size(ORACLE_STACK)
        .spawn(move || {
            let start = Instant::now();
            let expanded = std::thread::scope(|s| {
                std::thread::Builder::new()
                    .name(format!("fuzz-case-{case}"))
                    .stack_size(STACK)
                    .spawn_scoped(s, || {
                        let borrowed: Vec<(&str, &str)> = owned
                            .iter()
                            .map(|(n, s)| (n.as_str(), s.as_str()))
                            .collect();
                        // A token stream cannot leave its thread; its text can.
                        std::panic::catch_unwind(|| run(&borrowed).map(|t| t.to_string()))
                            .map_err(|p| format!("panic: {}", panic_text(p)))
                    })
                    .map_err(|e| format!("cannot spawn a thread: {e}"))?
                    .join()
                    .map_err(|p| format!("panic: {}", panic_text(p)))?
            });
            let took = start.elapsed();
            let verdict = expanded.and_then(|expanded| {
                std::panic::catch_unwind(|| verdict(&owned, &literals, expanded))
                    .unwrap_or_else(|p| Err(format!("the oracle panicked: {}", panic_text(p))))
            });
            let _ = tx.send(verdict.map(|v| (v, took)));
        });
    if let Err(e) = spawned {
        return Err(format!("cannot spawn a thread: {e}"));
    }
    match rx.recv_timeout(PER_CASE) {
        Ok(r) => r,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("hang: no result within {PER_CASE:?}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the pipeline thread died".to_owned()),
    }
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "non-string panic".to_owned())
}

/// Judges what the pipeline returned: the expansion's text, or the rendered errors.
fn verdict(
    files: &[(String, String)],
    literals: &[String],
    expanded: Result<String, Vec<String>>,
) -> Result<Verdict, String> {
    match expanded {
        Ok(text) => {
            let tokens: proc_macro2::TokenStream = text
                .parse()
                .map_err(|e| format!("expansion does not lex: {e}"))?;
            if !literals.is_empty() {
                let carried = carried(tokens.clone());
                for w in literals {
                    if !carried.contains(w) {
                        return Err(format!("wire name {w:?} is not in the expansion"));
                    }
                }
            }
            let file: syn::File =
                syn::parse2(tokens).map_err(|e| format!("expansion does not parse: {e}"))?;
            let defined_twice = defined_twice(&file.items);
            if !defined_twice.is_empty() {
                return Err(format!("expansion defines names twice: {defined_twice:?}"));
            }
            Ok(Verdict::Expanded)
        }
        Err(errors) => {
            if errors.is_empty() {
                return Err("rejected with no error message".to_owned());
            }
            for e in &errors {
                located(e, files)?;
            }
            Ok(Verdict::Rejected(errors.len()))
        }
    }
}

/// Every string literal's value and every identifier (without `r#`) in `tokens`: where a wire name must show up, as
/// a serde `rename`, a parameter's name, an enum value, or a field that needs no rename.
fn carried(tokens: proc_macro2::TokenStream) -> BTreeSet<String> {
    use syn::ext::IdentExt;
    let mut out = BTreeSet::new();
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Group(g) => out.extend(carried(g.stream())),
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.unraw().to_string());
            }
            proc_macro2::TokenTree::Literal(l) => {
                if let Ok(s) = syn::parse2::<syn::LitStr>(l.into_token_stream()) {
                    out.insert(s.value());
                }
            }
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
    out
}

/// `file:line:col: message` with `file` an input, `1 <= line <= lines + 1` and `col >= 1`.
fn located(error: &str, files: &[(String, String)]) -> Result<(), String> {
    for (name, source) in files {
        let Some(rest) = error
            .strip_prefix(name.as_str())
            .and_then(|r| r.strip_prefix(':'))
        else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let line = parts.next().and_then(|l| l.parse::<usize>().ok());
        let col = parts.next().and_then(|c| c.parse::<usize>().ok());
        let message = parts.next().and_then(|m| m.strip_prefix(' ')).unwrap_or("");
        let lines = source.lines().count();
        return match (line, col) {
            (Some(l), Some(c))
                if (1..=lines + 1).contains(&l) && c >= 1 && !message.trim().is_empty() =>
            {
                Ok(())
            }
            _ => Err(format!("error outside the input ({lines} lines): {error}")),
        };
    }
    Err(format!("error without a location: {error}"))
}

/// Names defined twice in one scope: items of a module, fields of a struct, variants of an enum, associated items
/// of a type's inherent impls. rustc would reject each, with no pointer to the spec.
fn defined_twice(items: &[syn::Item]) -> Vec<String> {
    use syn::ext::IdentExt;
    let mut out = Vec::new();
    let mut types = BTreeSet::new();
    let mut values = BTreeSet::new();
    let mut assoc: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let twice =
        |set: &mut BTreeSet<String>, what: &str, ident: &syn::Ident, out: &mut Vec<String>| {
            if !set.insert(ident.unraw().to_string()) {
                out.push(format!("{what} `{}`", ident.unraw()));
            }
        };
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                twice(&mut types, "module", &m.ident, &mut out);
                if let Some((_, inner)) = &m.content {
                    out.extend(
                        defined_twice(inner)
                            .into_iter()
                            .map(|e| format!("{}::{e}", m.ident)),
                    );
                }
            }
            syn::Item::Struct(s) => {
                twice(&mut types, "type", &s.ident, &mut out);
                let mut fields = BTreeSet::new();
                for f in s.fields.iter().filter_map(|f| f.ident.as_ref()) {
                    twice(&mut fields, &format!("field of {}", s.ident), f, &mut out);
                }
            }
            syn::Item::Enum(e) => {
                twice(&mut types, "type", &e.ident, &mut out);
                let mut variants = BTreeSet::new();
                for v in &e.variants {
                    twice(
                        &mut variants,
                        &format!("variant of {}", e.ident),
                        &v.ident,
                        &mut out,
                    );
                }
            }
            syn::Item::Type(t) => twice(&mut types, "type", &t.ident, &mut out),
            syn::Item::Fn(f) => twice(&mut values, "fn", &f.sig.ident, &mut out),
            syn::Item::Static(s) => twice(&mut values, "static", &s.ident, &mut out),
            syn::Item::Const(c) if c.ident != "_" => {
                twice(&mut values, "const", &c.ident, &mut out)
            }
            syn::Item::Impl(i) if i.trait_.is_none() => {
                let self_ty = &i.self_ty;
                let self_ty = quote::quote!(#self_ty).to_string();
                let set = assoc.entry(self_ty.clone()).or_default();
                for it in &i.items {
                    let ident = match it {
                        syn::ImplItem::Fn(f) => &f.sig.ident,
                        syn::ImplItem::Const(c) => &c.ident,
                        _ => continue,
                    };
                    twice(
                        set,
                        &format!("associated item of {self_ty}"),
                        ident,
                        &mut out,
                    );
                }
            }
            _ => {}
        }
    }
    out
}

/// Panics inside fuzz cases are failures reported with their input; the default hook would also print each one.
fn quiet_fuzz_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("fuzz-case"))
            {
                previous(info);
            }
        }));
    });
}

// ----------------------------------------------------------------------------------------------------------- runs

#[derive(Default)]
struct Tally {
    cases: usize,
    expanded: usize,
    rejected: usize,
    errors: usize,
    /// Inputs and pipeline time per mutation kind.
    by_kind: BTreeMap<&'static str, (usize, Duration)>,
    slowest: (Duration, String),
    /// One report per distinct failure (its first line without digits), from the lowest case number.
    failures: BTreeMap<String, (usize, String)>,
}

impl Tally {
    fn record(
        &mut self,
        case: usize,
        kinds: &[&'static str],
        files: &[(String, String)],
        outcome: Result<(Verdict, Duration), String>,
    ) {
        self.cases += 1;
        let took = outcome.as_ref().map_or(Duration::ZERO, |(_, t)| *t);
        for k in kinds {
            let e = self.by_kind.entry(k).or_default();
            e.0 += 1;
            e.1 += took;
        }
        match outcome {
            Ok((verdict, took)) => {
                match verdict {
                    Verdict::Expanded => self.expanded += 1,
                    Verdict::Rejected(n) => {
                        self.rejected += 1;
                        self.errors += n;
                    }
                }
                if took > self.slowest.0 {
                    self.slowest = (took, format!("case {case} ({})", kinds.join("+")));
                }
            }
            Err(why) => {
                let class: String = why
                    .lines()
                    .next()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .take(160)
                    .collect();
                if self
                    .failures
                    .get(&class)
                    .is_none_or(|(first, _)| case < *first)
                {
                    let mut report = format!("case {case} ({}): {why}", kinds.join("+"));
                    for (name, text) in files {
                        let text: String = text.chars().take(3000).collect();
                        let _ = write!(report, "\n--- {name}\n{text}");
                    }
                    self.failures.insert(class, (case, report));
                }
            }
        }
    }

    fn failed(&self) -> usize {
        self.cases - self.expanded - self.rejected
    }
}

/// Runs `cases` inputs on a few worker threads (each input still on its own thread, see [`judge`]); the inputs
/// depend only on `(seed, case)`, not on scheduling.
fn run_cases(
    cases: std::ops::Range<usize>,
    generate: &(dyn Fn(usize) -> Input + Sync),
    show: bool,
) -> Tally {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(cases.start);
    let (tx, rx) = mpsc::channel();
    let mut tally = Tally::default();
    std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            let end = cases.end;
            s.spawn(move || {
                loop {
                    let case = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if case >= end {
                        break;
                    }
                    let Input {
                        files,
                        kinds,
                        literals,
                    } = generate(case);
                    if show {
                        for (name, text) in &files {
                            println!("--- {name} ({kinds:?})\n{text}");
                        }
                    }
                    let outcome = judge(case, &files, &literals);
                    if tx.send((case, kinds, files, outcome)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (case, kinds, files, outcome) in rx {
            tally.record(case, &kinds, &files, outcome);
        }
    });
    tally
}

/// One generated input.
struct Input {
    /// (name, text) of each spec file.
    files: Vec<(String, String)>,
    /// The mutations that made it.
    kinds: Vec<&'static str>,
    /// Strings an expansion must carry (see [`judge`]).
    literals: Vec<String>,
}

/// A mutated spec (or two), or random YAML.
fn generate(case: usize, seed: u64, corpus: &[(String, String, Option<Value>)]) -> Input {
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

/// The main property: thousands of hostile specs, none of which may panic, hang, expand to broken Rust, or get an
/// error without a location.
#[test]
fn pipeline_survives_hostile_specs() {
    let corpus: Vec<(String, String, Option<Value>)> = corpus()
        .into_iter()
        .map(|(n, t)| {
            let v = as_value(&t);
            (n, t, v)
        })
        .collect();
    let cases = case_count(DEFAULT_CASES);
    let seed = base_seed();
    let only = env_number("FUZZ_ONLY").map(|n| n as usize);
    let start = Instant::now();
    let tally = run_cases(
        only.map_or(0..cases, |n| n..n + 1),
        &|case| generate(case, seed, &corpus),
        only.is_some(),
    );
    let elapsed = start.elapsed();
    println!(
        "fuzz: {} inputs (seed {seed:#x}) in {elapsed:.1?}: {} expanded to valid Rust, {} rejected with {} located \
         errors, {} failed ({} distinct failures); slowest {:.1?} ({})",
        tally.cases,
        tally.expanded,
        tally.rejected,
        tally.errors,
        tally.failed(),
        tally.failures.len(),
        tally.slowest.0,
        tally.slowest.1,
    );
    let kinds: Vec<String> = tally
        .by_kind
        .iter()
        .map(|(k, (n, t))| format!("{k} {n} ({:.1?})", *t))
        .collect();
    println!(
        "fuzz: inputs (pipeline time) per mutation: {}",
        kinds.join(", ")
    );
    let reports: Vec<&str> = tally.failures.values().map(|(_, r)| r.as_str()).collect();
    assert!(
        reports.is_empty(),
        "{} distinct failures:\n\n{}",
        reports.len(),
        reports.join("\n\n==========\n\n")
    );
    // A generator whose every input is rejected would prove little.
    assert!(
        only.is_some() || tally.expanded * 10 >= tally.cases,
        "only {} of {} inputs expanded",
        tally.expanded,
        tally.cases
    );
}

/// The emitter is faithful: every valid spec of the corpus, re-emitted, is the same data and still valid, so
/// mutations start from valid specs.
#[test]
fn emitter_round_trips_the_corpus() {
    let mut rng = Rng::new(1);
    let mut valid = 0;
    for (name, text) in corpus() {
        let Some(v) = as_value(&text) else { continue };
        // Only valid specs: as data, an invalid one may have lost what made it invalid (a repeated key).
        if run(&[("spec/x.yaml", &text)]).is_err() {
            continue;
        }
        valid += 1;
        for _ in 0..4 {
            let emitted = emit(&v, &mut rng);
            assert_eq!(as_value(&emitted).as_ref(), Some(&v), "{name}:\n{emitted}");
            if let Err(e) = run(&[("spec/x.yaml", &emitted)]) {
                panic!("{name}: {e:?}\n{emitted}");
            }
        }
    }
    assert!(valid >= 7, "{valid} valid specs in the corpus");
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
/// Returns the spec and the wire names the expansion must carry.
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

/// Any wire name (keywords, leading digits, `-`, `.`, `/`, non-ASCII, names that collide once converted) yields Rust
/// that parses, defines nothing twice and keeps every wire name as written, or located errors.
#[test]
fn random_wire_names_expand_or_are_located() {
    let seed = base_seed() ^ 0x3173;
    let cases = case_count(DEFAULT_CASES) / 4;
    let tally = run_cases(
        0..cases,
        &|case| {
            let mut rng = Rng::new(seed ^ (case as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let (spec, literals) = wire_spec(&mut rng);
            Input {
                files: vec![("spec/wires.yaml".to_owned(), emit(&spec, &mut rng))],
                kinds: vec!["wire-names"],
                literals,
            }
        },
        false,
    );
    println!(
        "wire names: {} specs: {} expanded to valid Rust, {} rejected with {} located errors, {} failed",
        tally.cases,
        tally.expanded,
        tally.rejected,
        tally.errors,
        tally.failed()
    );
    let reports: Vec<&str> = tally.failures.values().map(|(_, r)| r.as_str()).collect();
    assert!(reports.is_empty(), "{}", reports.join("\n\n==========\n\n"));
    assert!(
        tally.expanded * 4 >= tally.cases,
        "only {} of {} expanded",
        tally.expanded,
        tally.cases
    );
}

// ------------------------------------------------------------------------------------------------------ regressions
// Every distinct failure the generator (or a review of what its oracle cannot see) found, pinned as a fixed case.

fn errors(src: &str) -> Vec<String> {
    run(&[("spec/demo.yaml", src)]).err().unwrap_or_default()
}

#[track_caller]
fn assert_errors(src: &str, expected: &[&str]) {
    assert_eq!(errors(src), expected, "{src}");
}

/// The pipeline on a thread with a small stack: YAML parsing must not use the caller's stack for its per-level
/// recursion, and nothing else may recurse once per link of something a spec can make long. A stack overflow aborts
/// the test binary.
fn errors_on_stack(stack: usize, src: String) -> Vec<String> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || errors(&src))
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// 256 KiB, a thirty-second of what rustc gives a macro: enough for specs that fail before expansion.
fn errors_on_small_stack(src: String) -> Vec<String> {
    errors_on_stack(256 << 10, src)
}

/// Found as case 6 of the first run (`deep-nesting` + `truncate`): 45 levels of flow mappings overflowed a 2 MiB
/// thread inside serde-saphyr (about 45 KiB of stack a level in an unoptimized build). Now files are parsed on a
/// thread with a stack of their own and the depth budget is explicit; too deep is a located error.
#[test]
fn deep_nesting_is_a_located_error_not_a_stack_overflow() {
    let schema = |levels: usize| {
        let mut s = "{type: string}".to_owned();
        for _ in 0..levels {
            s = format!("{{type: array, items: {s}}}");
        }
        s
    };
    let at_param = |schema: &str| {
        crate::support::base::BASE.replace("{ type: string, max_length: 8 }", schema)
    };
    let at_property = |schema: &str| {
        crate::support::base::BASE.replace("job_id: { type: string }", &format!("job_id: {schema}"))
    };
    // Just inside the parser's budget: parsed, then refused by the model's own limit.
    assert_eq!(
        errors_on_small_stack(at_property(&schema(55))),
        [
            "spec/demo.yaml:27:679: schema is nested deeper than 32 levels; declare the inner part under `types`"
        ]
    );
    // The same, cut short: a YAML error.
    let text = at_property(&schema(55));
    let cut = text.find("{type: string}").unwrap_or(0) + 6;
    assert_eq!(
        errors_on_small_stack(text[..cut].to_owned()),
        ["spec/demo.yaml:27:1176: unclosed bracket '{'"]
    );
    // Beyond the budget, in every shape.
    let too_deep = "nested deeper than 64 levels; declare the inner parts under `types`";
    let example = format!(
        "{{ type: any, example: {}1{} }}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert_eq!(
        errors_on_small_stack(at_param(&example)),
        [format!("spec/demo.yaml:17:99: {too_deep}")]
    );
    assert_eq!(
        errors_on_small_stack(at_param(&schema(200))),
        [format!("spec/demo.yaml:17:1258: {too_deep}")]
    );
    let block: String = (0..3000)
        .map(|d| format!("\n{}- ", " ".repeat(d)))
        .collect();
    for src in [
        format!("{}{}", crate::support::base::BASE, "[".repeat(100_000)),
        format!(
            "{}x: {}",
            crate::support::base::BASE,
            "{a: ".repeat(100_000)
        ),
        format!("{}x:{block}", crate::support::base::BASE),
    ] {
        let errors = errors_on_small_stack(src.clone());
        let lines = src.lines().count();
        assert!(
            errors.len() == 1
                && errors
                    .iter()
                    .all(|e| located(e, &[("spec/demo.yaml".to_owned(), src.clone())]).is_ok()),
            "{errors:?} ({lines} lines)"
        );
    }
}

/// A chain of `n` types (`T0` → `T1` → …, declared last-to-first when `backwards`), closed into a cycle or ending in
/// a string, used by the endpoint.
fn chain(n: usize, backwards: bool, cycle: bool) -> String {
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
    crate::support::base::BASE
        .replace("types:\n", &format!("types:\n{types}"))
        .replace(
            "body: { type: object }",
            &format!("body: {{ type: {} }}", name(0)),
        )
}

/// Found by `many-types`: the cycle check cloned the path at every step from every type (cubic: 3,000 chained types
/// took 20 s, 10,000 would take ten minutes), and marking the types a request or response uses ran passes until
/// nothing changed (quadratic when the chain is declared last-to-first: 10,000 types took 16 s). Both are linear
/// now: eight times the types may take at most sixteen times as long (linear: eight; quadratic: sixty-four).
#[test]
fn thousands_of_types_cost_linear_time() {
    let time = |n: usize, backwards: bool, cycle: bool| {
        let src = chain(n, backwards, cycle);
        (0..2)
            .map(|_| {
                let start = Instant::now();
                let errors = errors(&src);
                assert_eq!(errors.len(), usize::from(cycle), "{errors:?}");
                start.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    for (backwards, cycle) in [(false, true), (true, false)] {
        let (small, large) = (time(400, backwards, cycle), time(3200, backwards, cycle));
        assert!(
            large < small * 16 + Duration::from_millis(200),
            "backwards {backwards}, cycle {cycle}: 400 types {small:?}, 3200 types {large:?}"
        );
    }
    // The one cycle is reported once, shortened, at the type where the search entered it.
    let errors = errors(&chain(3000, false, true));
    assert_eq!(
        errors,
        [
            "spec/demo.yaml:5:3: type `T0` contains itself (T0 → T1 → T2 → T3 → T4 → T5 → … → T2996 → T2997 → T2998 → \
          T2999 → T0); put the recursion inside an `array` or `map`"
        ]
    );
}

/// The cycle check still finds every kind of cycle (a rewrite of the one above).
#[test]
fn type_cycles_are_found() {
    let with_types =
        |types: &str| crate::support::base::BASE.replace("types:\n", &format!("types:\n{types}"));
    assert_errors(
        &with_types("  A: { type: object, properties: { a: { type: A } } }\n"),
        &[
            "spec/demo.yaml:5:3: type `A` contains itself (A → A); put the recursion inside an `array` or `map`",
        ],
    );
    assert_errors(
        &with_types("  A: { type: B }\n  B: { type: array, items: { type: A } }\n"),
        &[
            "spec/demo.yaml:5:3: type `A` contains itself (A → B → A); put the recursion inside an `array` or `map`",
        ],
    );
    // Entered from outside: reported where the search entered it; through an array field of a struct: no cycle.
    assert_errors(
        &with_types(
            "  A: { type: C }\n  B: { type: object, properties: { c: { type: C } } }\n  C: { type: B }\n",
        ),
        &[
            "spec/demo.yaml:7:3: type `C` contains itself (C → B → C); put the recursion inside an `array` or `map`",
        ],
    );
    assert_errors(
        &with_types(
            "  A: { type: object, properties: { a: { type: array, items: { type: A } } } }\n",
        ),
        &[],
    );
}

/// Found as case 1071 (`generated-name`): a type named `Vias` in service `vias` was a second definition of the
/// service handle. Likewise `<Op>Request`, `<Op>Error` and `<Op>Output`, declared or derived for an inline type.
#[test]
fn generated_type_names_are_reserved() {
    let base = crate::support::base::BASE;
    let declared = |name: &str| {
        base.replace(
            "  ErrorBody:\n",
            &format!("  {name}:\n    type: string\n  ErrorBody:\n"),
        )
    };
    let taken = "give this type a different name (an inline type takes `name: …`)";
    assert_errors(
        &declared("Demo"),
        &[&format!(
            "spec/demo.yaml:5:3: type name `Demo` is already used by the service's handle (at spec/demo.yaml:1:10); {taken}"
        )],
    );
    assert_errors(
        &declared("StopGraphError"),
        &[&format!(
            "spec/demo.yaml:5:3: type name `StopGraphError` is already used by the error enum of operation `StopGraph` \
             (at spec/demo.yaml:13:16); {taken}"
        )],
    );
    // An inline enum of header `request` would be called `StopGraphRequest`; `name` resolves it.
    assert_errors(
        &base.replace("X-Language:", "request:"),
        &[&format!(
            "spec/demo.yaml:19:26: type name `StopGraphRequest` is already used by the request struct of operation \
             `StopGraph` (at spec/demo.yaml:11:16); {taken}"
        )],
    );
    assert_errors(
        &base.replace(
            "X-Language: { type: string,",
            "request: { type: string, name: Lang,",
        ),
        &[],
    );
    // `<Op>Output` exists only with several success statuses.
    assert_errors(&declared("StopGraphOutput"), &[]);
    let two = declared("StopGraphOutput").replace(
        "      400:\n",
        "      201:\n        description: queued\n      400:\n",
    );
    assert_eq!(errors(&two).len(), 1, "{:?}", errors(&two));
}

/// Found as cases 3892, 5624, 5672, 7445, 17627 (`duplicate-endpoint` renaming operations): operation `New` or
/// `WithOptions` defined a second `new` or `with_options` on the service handle.
#[test]
fn operations_cannot_shadow_handle_methods() {
    for (op, method) in [("New", "new"), ("WithOptions", "with_options")] {
        assert_errors(
            &crate::support::base::BASE
                .replace("operation: StopGraph", &format!("operation: {op}")),
            &[&format!(
                "spec/demo.yaml:11:16: operation `{op}` maps to the method `{method}`, which every service handle \
                 already has; rename the operation"
            )],
        );
    }
}

/// Found reviewing what the oracle cannot see (the expansion compiles, every call fails at run time): a header
/// parameter whose name is no HTTP token, or one the runtime sets itself, could never be sent.
#[test]
fn header_parameters_must_be_sendable() {
    let base = crate::support::base::BASE;
    assert_errors(
        &base.replace("X-Language:", "\"X Language\":"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header parameter `X Language` is not a valid HTTP header name \
           (letters, digits and !#$%&'*+-.^_`|~ only)",
        ],
    );
    assert_errors(
        &base.replace("X-Language:", "名字:"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header parameter `名字` is not a valid HTTP header name \
           (letters, digits and !#$%&'*+-.^_`|~ only)",
        ],
    );
    assert_errors(
        &base.replace("X-Language:", "content-type:"),
        &[
            "spec/demo.yaml:19:9: endpoint `StopGraph`: header `content-type` is set by the client itself; do not \
           declare it",
        ],
    );
    assert_errors(&base.replace("X-Language:", "X_Odd.Name~1:"), &[]);
}

/// Found reviewing the same: a service named like one of generated-client's modules (`mock`, `client`) or `Client`'s
/// own methods (`builder`) would define it twice.
#[test]
fn service_names_taken_by_generated_client() {
    for name in ["mock", "client", "builder", "generated_client"] {
        assert_errors(
            &crate::support::base::BASE.replace("service: demo", &format!("service: {name}")),
            &[&format!(
                "spec/demo.yaml:1:10: service name `{name}` is taken: generated-client has a module or `Client` \
                 method of that name"
            )],
        );
    }
}

/// Found reviewing every recursion left after the long run's stack overflow (which was in the oracle's syn parse, and
/// is fixed there): the expansion follows a chain of types that each only name the next (`A0: { type: A1 }`, …)
/// recursively to build a parameter's default, so 1,000 links overflowed a 1 MiB stack (8,000 would overflow rustc's).
/// `many-types` now puts a defaulted parameter on the chain's head. Chains longer than 32 links are refused, once, at
/// their head; one running into a cycle is left to the cycle check.
#[test]
fn long_alias_chains_are_refused() {
    let spec = |n: usize, last: &str| {
        let mut types = String::new();
        for i in 0..n {
            let next = if i + 1 < n {
                format!("A{}", i + 1)
            } else {
                last.to_owned()
            };
            let _ = writeln!(types, "  A{i}: {{ type: {next} }}");
        }
        crate::support::base::BASE
            .replace("types:\n", &format!("types:\n{types}"))
            .replace(
                "graph_id: { type: string, max_length: 8 }",
                "graph_id: { type: string }\n      query:\n        q: { type: A0, default: x }",
            )
    };
    let refused = [
        "spec/demo.yaml:5:3: type `A0` starts a chain of more than 32 types that each only name the next; \
                    refer to the final type instead",
    ];
    assert_eq!(errors_on_stack(STACK, spec(5000, "string")), refused);
    assert_eq!(errors_on_stack(STACK, spec(34, "string")), refused);
    assert_eq!(
        errors_on_stack(STACK, spec(33, "string")),
        Vec::<String>::new()
    );
    assert_eq!(
        errors_on_stack(STACK, spec(10, "A8")),
        [
            "spec/demo.yaml:13:3: type `A8` contains itself (A8 → A9 → A8); put the recursion inside an `array` or `map`"
        ]
    );
}
