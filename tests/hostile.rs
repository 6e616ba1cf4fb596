//! Hostile responses and hostile values (issue 6). A client that panics on a broken proxy's HTML page takes down the
//! service that embeds it; none of this may panic, hang or lose track of which answer belongs to which call.
//!
//! - Response path: the generated `Operation::decode` of every seed operation (and of the nasty-names fixture's), with
//!   the runtime's generic error-body parsing behind `Unhandled`, fed random statuses, headers and bodies (random
//!   bytes, truncated and deeply nested JSON, HTML, numbers beyond int64, huge strings) and, systematically, every
//!   field of every documented response replaced by a value of each other JSON type. The result is always the typed
//!   output (for a documented success status), the typed error (with the status it came with), or a decode error
//!   that keeps the status and at most 4 KiB of the body. Then the same through the whole client, from a TCP server
//!   that answers with broken HTTP.
//! - Values in paths, queries and headers (`/`, `..`, `?`, `#`, `%`, `&`, `=`, spaces, non-ASCII, empty, control
//!   characters) arrive exactly as given, at a capture server and at the mock server (whose signature check recomputes
//!   what it received), or are refused before anything is sent.
//! - One client shared by 200 concurrent calls of mixed operations: every call gets its own answer.
//!
//! The random parts replay from `FUZZ_SEED`; `FUZZ_CASES=<n>` runs `n` decode cases (default 3,000, well under a
//! second) and `n / 20` raw-HTTP cases.

codegen_macros::generate!("fixtures/nasty-names.yaml", standalone);

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use generated_client::__private::{Operation, OperationError, RawResponse, ServiceMeta};
use generated_client::mock::{MockConfig, MockServer};
use generated_client::{BasicCredentials, CallOptions, Client, Error};
use nasty::{Nasty, Thing, TypeError, TypeRequest};
use serde_json::{Value, json};
use spec_core::model::{Schema, Ty};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The most of a body an error keeps (the runtime's limit).
const KEPT_BODY: usize = 4 * 1024;
/// The most of a code or message parsed from an unknown body: 1 KiB of it, where each invalid byte may become a
/// three-byte U+FFFD.
const KEPT_TEXT: usize = 3 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------------

/// xorshift64* seeded through splitmix64, as in `codegen-macros/src/fuzz.rs` (a proc-macro crate cannot export it).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
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

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next() % den < num
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `0..max`, log-uniform: small sizes are much more likely.
    fn size(&mut self, max: usize) -> usize {
        let bits = usize::BITS - max.leading_zeros();
        let cap = 1usize << self.below(bits as usize + 1);
        self.below(cap.min(max).max(1))
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

#[path = "../spec-core/tests/support/env.rs"]
mod env;
use env::env_number;

fn seed() -> u64 {
    env_number("FUZZ_SEED").unwrap_or(0x5eed_0006)
}

fn decode_cases() -> usize {
    env_number("FUZZ_CASES").map_or(3_000, |n| n as usize)
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "non-string panic".to_owned())
}

// ---------------------------------------------------------------------------------------------------------------
// What the spec says about an operation's responses
// ---------------------------------------------------------------------------------------------------------------

/// One documented status of an operation: its kind and its body's schema and example.
struct Documented {
    status: u16,
    success: bool,
    body: Option<Schema>,
    example: Option<Value>,
}

/// The responses an operation documents, read from its service's model.
struct Responses {
    service: spec_core::model::Service,
    statuses: Vec<Documented>,
}

impl Responses {
    fn of(service: &ServiceMeta, operation: &str) -> Responses {
        let service: spec_core::model::Service =
            serde_json::from_str(service.spec_json).expect("the model's JSON");
        let endpoint = service
            .endpoints
            .iter()
            .find(|e| e.operation == operation)
            .unwrap_or_else(|| panic!("{operation} is in {}", service.name));
        // Each response at one status it documents (a range or `default` at its lowest free one).
        let statuses = endpoint
            .responses
            .iter()
            .filter_map(|r| {
                Some(Documented {
                    status: endpoint.sample_status(r)?,
                    success: r.success,
                    body: r.body.clone(),
                    example: r.example.clone(),
                })
            })
            .collect();
        Responses { service, statuses }
    }

    fn get(&self, status: u16) -> Option<&Documented> {
        self.statuses.iter().find(|d| d.status == status)
    }

    /// A value of `schema` with every property present (named types followed, a few levels deep).
    fn full(&self, schema: &Schema, depth: usize) -> Value {
        match &self.service.resolve(schema).ty {
            Ty::String => json!("text"),
            Ty::Enum { values } => values.first().map_or(json!("text"), |v| json!(v.wire)),
            Ty::Int32 => json!(7),
            Ty::Int64 => json!(9_007_199_254_740_993_i64),
            Ty::Number => json!(1.5),
            Ty::Boolean => json!(true),
            Ty::DateTime => json!("2024-01-01T00:00:00Z"),
            Ty::Binary => json!("bytes"),
            Ty::Any => json!({ "any": [1, "two"] }),
            _ if depth > 6 => Value::Null,
            Ty::Array { items } => json!([self.full(items, depth + 1)]),
            Ty::JsonText { content } => json!(self.full(content, depth + 1).to_string()),
            Ty::Map { values, .. } => json!({ "key": self.full(values, depth + 1) }),
            Ty::Struct { fields } => Value::Object(
                fields
                    .iter()
                    .map(|f| (f.wire.clone(), self.full(&f.schema, depth + 1)))
                    .collect(),
            ),
            Ty::Object => json!({}),
            Ty::Ref { .. } => Value::Null,
        }
    }

    /// The bodies a documented status is expected to come with: its example and a value with every field.
    fn bodies(&self, d: &Documented) -> Vec<Value> {
        d.example
            .iter()
            .cloned()
            .chain(d.body.as_ref().map(|b| self.full(b, 0)))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Oracle
// ---------------------------------------------------------------------------------------------------------------

/// The longest `DecodeError::message` seen, reported at the end; every one is checked against `MAX_DECODE_MESSAGE`.
static LONGEST_DECODE_MESSAGE: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(0);
/// The runtime cuts a decode error's message (serde quotes the offending value, which a hostile server can make
/// megabytes long) to 1 KiB at a character boundary, plus `…`.
const MAX_DECODE_MESSAGE: usize = 1024 + '…'.len_utf8();

/// How a response was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Output,
    DocumentedError,
    Unhandled,
    DecodeError,
}

/// Decodes one response as operation `O` and checks the result; also checks the runtime's generic parsing of the
/// same response (`RawResponse::unhandled`).
fn judge<O: Operation>(
    responses: &Responses,
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Outcome, String> {
    let raw = RawResponse::new(status, headers.clone(), Bytes::copy_from_slice(body));
    let kept = &body[..body.len().min(KEPT_BODY)];
    let request_id_ok = |id: Option<&str>| id.is_none_or(|id| id.len() <= 256);

    let unhandled = catch_unwind(AssertUnwindSafe(|| {
        let u = raw.unhandled();
        let shown = u.to_string();
        (u, shown)
    }))
    .map_err(|p| format!("unhandled() panicked: {}", panic_text(p)))?;
    let (u, _) = &unhandled;
    if u.status() != status || u.raw_body() != kept || !request_id_ok(u.request_id()) {
        return Err(format!(
            "generic parsing lost the status, body or request id: {u:?}"
        ));
    }
    if u.code().is_some_and(|c| c.len() > KEPT_TEXT)
        || u.message().is_some_and(|m| m.len() > KEPT_TEXT)
    {
        return Err("generic parsing kept more than 1 KiB of code or message".to_owned());
    }

    let decoded = catch_unwind(AssertUnwindSafe(|| O::decode(&raw)))
        .map_err(|p| format!("decode panicked: {}", panic_text(p)))?;
    let documented = responses.get(status);
    match decoded {
        Ok(Ok(_)) => match documented {
            Some(d) if d.success => Ok(Outcome::Output),
            _ => Err(format!(
                "an output for status {status}, which is no documented success"
            )),
        },
        Ok(Err(e)) => {
            let shown = catch_unwind(AssertUnwindSafe(|| e.to_string()))
                .map_err(|p| format!("Display of the error panicked: {}", panic_text(p)))?;
            if e.status() != status || !shown.contains(&status.to_string()) {
                return Err(format!(
                    "typed error with status {} for {status}: {shown}",
                    e.status()
                ));
            }
            // A documented error status is its typed variant, or `Unhandled` when its documented body does not
            // decode (a gateway's page under a documented 500); an undocumented status is always `Unhandled`.
            match (e.is_documented(), documented) {
                (true, Some(d)) if !d.success => Ok(Outcome::DocumentedError),
                (false, None) => check_unhandled(&e, u),
                (false, Some(d)) if !d.success && d.body.is_some() => check_unhandled(&e, u),
                (documented_variant, _) => Err(format!(
                    "status {status} became a {} error",
                    if documented_variant {
                        "documented"
                    } else {
                        "undocumented"
                    }
                )),
            }
        }
        Err(d) => {
            LONGEST_DECODE_MESSAGE
                .fetch_max(d.message().len(), std::sync::atomic::Ordering::Relaxed);
            if d.message().len() > MAX_DECODE_MESSAGE {
                return Err(format!(
                    "decode error message of {} bytes, over the bound",
                    d.message().len()
                ));
            }
            let _ = catch_unwind(AssertUnwindSafe(|| d.to_string()))
                .map_err(|p| format!("Display of the decode error panicked: {}", panic_text(p)))?;
            if d.status() != status || d.raw_body() != kept || !request_id_ok(d.request_id()) {
                return Err(format!(
                    "decode error lost the status, body or request id: status {}, {} body bytes",
                    d.status(),
                    d.raw_body().len()
                ));
            }
            if documented.is_none_or(|d| d.body.is_none()) {
                // Body-less and undocumented statuses never read the body.
                return Err(format!(
                    "status {status} has no documented body, yet decoding failed: {d}"
                ));
            }
            Ok(Outcome::DecodeError)
        }
    }
}

/// `Unhandled` carries what the generic parsing found.
fn check_unhandled<E: OperationError>(
    e: &E,
    u: &generated_client::Unhandled,
) -> Result<Outcome, String> {
    if e.code() != u.code() || e.message() != u.message() {
        return Err("Unhandled differs from the generic parsing".to_owned());
    }
    Ok(Outcome::Unhandled)
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile bodies
// ---------------------------------------------------------------------------------------------------------------

/// Values that do not belong where they are put, as JSON text (some, like `1e400`, no `Value` can hold).
const WRONG: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1.5",
    "\"text\"",
    "\"\"",
    "[]",
    "{}",
    "[1,\"a\",null]",
    "{\"a\":{\"b\":[]}}",
    "1e400",
    "-1e400",
    "99999999999999999999999999",
    "-9223372036854775809",
    "18446744073709551616",
    "\"\\ud800\"",
    "\"\\u0000\"",
];

/// Every path to a node of `v` (JSON pointer tokens).
fn pointers(v: &Value) -> Vec<Vec<String>> {
    fn walk(v: &Value, here: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(here.clone());
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    here.push(k.clone());
                    walk(child, here, out);
                    here.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    here.push(i.to_string());
                    walk(child, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

/// `v` as JSON text with the node at `path` replaced by the text `with`.
fn replaced(v: &Value, path: &[String], with: &str) -> Vec<u8> {
    const MARK: &str = "\u{1}REPLACED\u{1}";
    let mut v = v.clone();
    let mut node = &mut v;
    for token in path {
        node = match node {
            Value::Object(m) => m.get_mut(token).expect("path exists"),
            Value::Array(a) => &mut a[token.parse::<usize>().expect("index")],
            _ => unreachable!("paths come from `pointers`"),
        };
    }
    *node = Value::String(MARK.to_owned());
    let text = serde_json::to_string(&v).expect("serializes");
    let mark = serde_json::to_string(MARK).expect("serializes");
    text.replacen(&mark, with, 1).into_bytes()
}

/// A random body: noise, broken or deep JSON, HTML, or a documented body with one field made wrong.
fn hostile_body(rng: &mut Rng, responses: &Responses, status: u16) -> Vec<u8> {
    let documented: Vec<Value> = responses
        .get(status)
        .map(|d| responses.bodies(d))
        .unwrap_or_default();
    let valid = documented
        .get(rng.below(documented.len().max(1)))
        .cloned()
        .unwrap_or_else(|| json!({ "error_code": "E.1", "error_msg": "m" }));
    let text = serde_json::to_vec(&valid).expect("serializes");
    match rng.below(14) {
        0 => {
            let n = rng.size(5000);
            rng.bytes(n)
        }
        1 => text[..rng.below(text.len() + 1)].to_vec(),
        2 => {
            let depth = 1 + rng.size(200_000);
            let open = *rng.pick(&["[", "{\"a\":", "{\"error\":", "{\"error_code\":"]);
            let mut out = open.repeat(depth).into_bytes();
            if rng.chance(1, 2) {
                out.extend(b"1");
                let close = if open == "[" { "]" } else { "}" };
                out.extend(close.repeat(depth).into_bytes());
            }
            out
        }
        3 => format!(
            "<html><head><title>{status} Bad Gateway</title></head><body>{}</body></html>",
            "x".repeat(rng.size(20_000))
        )
        .into_bytes(),
        4..=6 => {
            let paths = pointers(&valid);
            let path = rng.pick(&paths).clone();
            let with = if rng.chance(1, 8) {
                format!(
                    "\"{}\"",
                    rng.pick(&["x", "名", "\\n"]).repeat(1 + rng.size(1 << 20))
                )
            } else {
                (*rng.pick(WRONG)).to_owned()
            };
            replaced(&valid, &path, &with)
        }
        7 => {
            // The generic error shapes, with values of every type.
            let key = *rng.pick(&[
                "error_code",
                "error_msg",
                "code",
                "message",
                "errorCode",
                "errorMsg",
                "errorMessage",
                "error",
            ]);
            let inner = *rng.pick(WRONG);
            let body = if rng.chance(1, 2) {
                format!("{{\"{key}\":{inner}}}")
            } else {
                format!("{{\"error\":{{\"{key}\":{inner}}}}}")
            };
            body.into_bytes()
        }
        8 => {
            let huge = "é".repeat(1 + rng.size(1 << 20));
            format!("{{\"error_code\":\"{huge}\",\"error_msg\":\"{huge}\"}}").into_bytes()
        }
        9 => {
            // Invalid UTF-8 inside JSON strings, a byte-order mark, a second document.
            let mut out = Vec::new();
            match rng.below(3) {
                0 => out.extend(b"{\"error_msg\":\"\xff\xfe\xc3\"}"),
                1 => {
                    out.extend("\u{feff}".as_bytes());
                    out.extend(&text);
                }
                _ => {
                    out.extend(&text);
                    out.extend(&text);
                }
            }
            out
        }
        10 => (*rng.pick(&["", " ", "\n\t ", "null", "0", "\"\"", "[]"]))
            .as_bytes()
            .to_vec(),
        _ => text,
    }
}

/// Random response headers: request ids of every shape, odd content types, repeated names.
fn hostile_headers(rng: &mut Rng) -> HeaderMap {
    let mut h = HeaderMap::new();
    for _ in 0..rng.size(6) {
        let name = *rng.pick(&[
            "x-request-id",
            "X-Request-Id",
            "content-type",
            "content-length",
            "x-other",
            "retry-after",
        ]);
        let value: Vec<u8> = match rng.below(4) {
            0 => {
                let n = rng.size(20_000);
                rng.bytes(n)
            }
            1 => b"application/json; charset=latin1".to_vec(),
            2 => "  req-\u{e9}-1  ".as_bytes().to_vec(),
            _ => format!("r-{}", rng.next()).into_bytes(),
        };
        // Only what `http` would have let through from a real response.
        if let Ok(v) = HeaderValue::from_bytes(&value) {
            h.append(
                HeaderName::from_bytes(name.as_bytes()).expect("header name"),
                v,
            );
        }
    }
    h
}

fn hostile_status(rng: &mut Rng, responses: &Responses) -> u16 {
    match rng.below(10) {
        0..=4 => rng.pick(&responses.statuses).status,
        5..=7 => 100 + rng.below(500) as u16,
        _ => *rng.pick(&[0, 1, 99, 103, 204, 304, 600, 999, u16::MAX]),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Response-path properties
// ---------------------------------------------------------------------------------------------------------------

#[derive(Default)]
struct Tally {
    cases: usize,
    outcomes: BTreeMap<Outcome, usize>,
    failures: BTreeMap<String, String>,
}

impl Tally {
    fn record(&mut self, what: impl FnOnce() -> String, result: Result<Outcome, String>) {
        self.cases += 1;
        match result {
            Ok(o) => *self.outcomes.entry(o).or_default() += 1,
            Err(why) => {
                let class: String = why
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .take(120)
                    .collect();
                self.failures
                    .entry(class)
                    .or_insert_with(|| format!("{}: {why}", what()));
            }
        }
    }
}

/// Every field of every documented body replaced by a value of each other type, then random responses.
fn decode_properties<O: Operation>(service: &ServiceMeta, seed: u64, cases: usize) -> Tally {
    let responses = Responses::of(service, O::META.name);
    let mut tally = Tally::default();
    let no_headers = HeaderMap::new();
    for d in &responses.statuses {
        for valid in responses.bodies(d) {
            let text = serde_json::to_vec(&valid).expect("serializes");
            tally.record(
                || format!("{} {} documented body", O::META.name, d.status),
                judge::<O>(&responses, d.status, &no_headers, &text),
            );
            for path in pointers(&valid) {
                for wrong in WRONG {
                    let body = replaced(&valid, &path, wrong);
                    tally.record(
                        || {
                            format!(
                                "{} {} with /{} = {wrong}",
                                O::META.name,
                                d.status,
                                path.join("/")
                            )
                        },
                        judge::<O>(&responses, d.status, &no_headers, &body),
                    );
                }
            }
        }
    }
    let mut rng = Rng::new(seed ^ 0xdec0de);
    for case in 0..cases {
        let status = hostile_status(&mut rng, &responses);
        let headers = hostile_headers(&mut rng);
        let body = hostile_body(&mut rng, &responses, status);
        tally.record(
            || {
                let shown = String::from_utf8_lossy(&body[..body.len().min(300)]).into_owned();
                format!(
                    "{} random case {case}: status {status}, {} body bytes {shown:?}",
                    O::META.name,
                    body.len()
                )
            },
            judge::<O>(&responses, status, &headers, &body),
        );
    }
    tally
}

#[test]
fn responses_decode_into_output_typed_error_or_bounded_decode_error() {
    let cases = decode_cases();
    let start = Instant::now();
    let per_op = cases / 8 + 1;
    let seed = seed();
    let runs = [
        (
            "ges.StopGraph",
            decode_properties::<generated_client::ges::StopGraphRequest>(
                &generated_client::ges::SERVICE,
                seed,
                per_op,
            ),
        ),
        (
            "dataarts.BatchStopQualityInstances",
            decode_properties::<generated_client::dataarts::BatchStopQualityInstancesRequest>(
                &generated_client::dataarts::SERVICE,
                seed,
                per_op,
            ),
        ),
        (
            "drs.BatchStopJobsAction",
            decode_properties::<generated_client::drs::BatchStopJobsActionRequest>(
                &generated_client::drs::SERVICE,
                seed,
                per_op,
            ),
        ),
        (
            "dlf.StopJobInstance",
            decode_properties::<generated_client::dlf::StopJobInstanceRequest>(
                &generated_client::dlf::SERVICE,
                seed,
                per_op,
            ),
        ),
        (
            "vias.BatchStartStopTask",
            decode_properties::<generated_client::vias::BatchStartStopTaskRequest>(
                &generated_client::vias::SERVICE,
                seed,
                per_op,
            ),
        ),
        (
            "nasty.Type",
            decode_properties::<nasty::TypeRequest>(&nasty::SERVICE, seed, per_op),
        ),
        (
            "nasty.Async",
            decode_properties::<nasty::AsyncRequest>(&nasty::SERVICE, seed, per_op),
        ),
        (
            "nasty.Crate",
            decode_properties::<nasty::CrateRequest>(&nasty::SERVICE, seed, per_op),
        ),
    ];
    let mut failures = Vec::new();
    let mut total = 0;
    for (op, tally) in &runs {
        total += tally.cases;
        println!(
            "decode {op}: {} responses: {:?}",
            tally.cases, tally.outcomes
        );
        failures.extend(tally.failures.values().cloned());
    }
    println!(
        "decode: {total} responses in {:.1?}; longest decode-error message {} bytes",
        start.elapsed(),
        LONGEST_DECODE_MESSAGE.load(std::sync::atomic::Ordering::Relaxed)
    );
    assert!(
        failures.is_empty(),
        "{} distinct failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------------------------
// The whole client against broken HTTP
// ---------------------------------------------------------------------------------------------------------------

/// A raw HTTP/1.1 answer: status line, headers and body exactly as given, possibly malformed.
fn raw_answer(rng: &mut Rng, responses: &Responses) -> Vec<u8> {
    let status = *rng.pick(&[
        "200", "204", "400", "404", "418", "500", "503", "999", "20", "abc", "100",
    ]);
    let reason = *rng.pick(&["OK", "", "Bad Gateway", "\u{e9}"]);
    let body = hostile_body(rng, responses, status.parse::<u16>().unwrap_or(200));
    let mut head = format!("HTTP/1.1 {status} {reason}\r\n");
    match rng.below(6) {
        0 => head.push_str(&format!(
            "Content-Length: {}\r\n",
            body.len() + 1 + rng.below(100)
        )),
        1 => head.push_str(&format!(
            "Content-Length: {}\r\n",
            body.len().saturating_sub(1 + rng.below(10))
        )),
        2 => head.push_str("Transfer-Encoding: chunked\r\n"),
        3 => head.push_str(&format!(
            "Content-Length: {0}\r\nContent-Length: {0}0\r\n",
            body.len()
        )),
        _ => head.push_str(&format!("Content-Length: {}\r\n", body.len())),
    }
    if rng.chance(1, 2) {
        head.push_str("Content-Type: application/json\r\n");
    }
    if rng.chance(1, 3) {
        head.push_str(&format!(
            "X-Request-Id: {}\r\n",
            "r".repeat(rng.size(10_000))
        ));
    }
    if rng.chance(1, 6) {
        head.push_str("X-Broken header line\r\n");
    }
    head.push_str("Connection: close\r\n\r\n");
    let mut out = head.into_bytes();
    if rng.chance(1, 8) {
        // Chunked framing that lies.
        out.extend(format!("{:x}\r\n", body.len() + 7).into_bytes());
    }
    out.extend(body);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_survives_broken_http() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let cases = (decode_cases() / 20).max(50);
    let answers: Vec<Vec<u8>> = {
        let mut rng = Rng::new(seed() ^ 0x7c9);
        let responses = Responses::of(&generated_client::ges::SERVICE, "StopGraph");
        (0..cases)
            .map(|_| raw_answer(&mut rng, &responses))
            .collect()
    };
    let served = answers.clone();
    let server = tokio::spawn(async move {
        for answer in served {
            let Ok((mut conn, _)) = listener.accept().await else {
                return;
            };
            // Read the request head (and whatever body arrived with it), then answer and close.
            let mut buf = vec![0u8; 64 * 1024];
            let _ = tokio::time::timeout(Duration::from_millis(500), conn.read(&mut buf)).await;
            let _ = conn.write_all(&answer).await;
            let _ = conn.shutdown().await;
        }
    });
    let client = Client::builder()
        .endpoint(format!("http://{addr}"))
        .credentials(BasicCredentials::new("AK", "SK").with_project_id("p1"))
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .connect_timeout(Duration::from_secs(2))
        .build()
        .expect("client");
    let start = Instant::now();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let ges = client.ges();
    for (i, answer) in answers.iter().enumerate() {
        let call = ges.stop_graph(generated_client::ges::StopGraphRequest::new(format!(
            "g{i}"
        )));
        let Ok(result) = tokio::time::timeout(Duration::from_secs(10), call).await else {
            panic!(
                "case {i}: no result within 10 s for {:?}",
                String::from_utf8_lossy(&answer[..answer.len().min(200)])
            )
        };
        let kind = match &result {
            Ok(_) => "output",
            Err(Error::Service(e)) => {
                assert!(e.raw_body().len() <= KEPT_BODY, "case {i}");
                "service error"
            }
            Err(Error::Decode(e)) => {
                assert!(e.raw_body().len() <= KEPT_BODY, "case {i}");
                "decode error"
            }
            Err(Error::Transport(_)) => "transport error",
            Err(Error::Timeout(_)) => "timeout",
            Err(Error::Validation(e)) => panic!("case {i}: valid request refused: {e}"),
            Err(_) => "other error",
        };
        if let Err(e) = &result {
            let _ = e.to_string();
        }
        *kinds.entry(kind).or_default() += 1;
    }
    server.abort();
    println!(
        "broken HTTP: {cases} answers in {:.1?}: {kinds:?}",
        start.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Values on the wire
// ---------------------------------------------------------------------------------------------------------------

/// One request as a capture server received it.
#[derive(Debug, Clone)]
struct Captured {
    path: String,
    query: Option<String>,
    headers: HeaderMap,
}

#[derive(Clone, Default)]
struct Shared {
    requests: Arc<Mutex<Vec<Captured>>>,
}

/// Records each request exactly as it arrived and answers with the fixture's example `Thing`.
async fn capture(State(shared): State<Shared>, req: Request) -> axum::response::Response {
    let (parts, _) = req.into_parts();
    shared.requests.lock().expect("lock").push(Captured {
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
    });
    let mut response = axum::response::Response::new(Body::from(r#"{"type":"thing"}"#));
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_static("application/json"));
    response
}

async fn start_capture() -> (String, Shared, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let shared = Shared::default();
    let app = axum::Router::new()
        .fallback(capture)
        .with_state(shared.clone());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), shared, task)
}

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let escape = match b.get(i..i + 3) {
            Some([b'%', h, l]) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                std::str::from_utf8(&[*h, *l])
                    .ok()
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            }
            _ => None,
        };
        if let Some(byte) = escape {
            out.push(byte);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn decoded(s: &str) -> String {
    String::from_utf8(percent_decode(s)).expect("UTF-8 after decoding")
}

/// What travels in paths, queries and headers, and what each may meet on the way.
const TRICKY: &[&str] = &[
    "/",
    "..",
    ".",
    "?",
    "#",
    "%",
    "&",
    "=",
    " ",
    "a b",
    "名字",
    "",
    "%2F",
    "%zz",
    "a/../b",
    "?x=1&y=2#f",
    "+",
    ";",
    ",",
    "~",
    "*",
    "'",
    "\"",
    "\\",
    "<>",
    "@:",
    "🙂",
    "\u{0}",
    "\t",
    "\r\n",
    "é",
    "\u{7f}",
    "a=b&c=d",
    "[]{}|^`",
    "  lead",
    "trail  ",
    "..%2F..",
    "%00",
    "x\u{202e}y",
];

/// Must a value be refused as a path segment (it would vanish or be resolved away)?
fn refused_in_path(v: &str) -> bool {
    matches!(v, "" | "." | "..")
}

/// Must a value be refused as a header value? CR, LF, NUL, DEL and the other controls (but tab) could split or cut
/// the header; non-ASCII goes as its UTF-8 bytes (`obs-text`).
fn refused_in_header(v: &str) -> bool {
    v.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f)
}

/// `value` as it can go into the comma-separated `crate` query parameter: a `,` inside a value is refused (see
/// `csv_values_with_a_comma_are_refused`), so it is replaced here.
fn csv_safe(value: &str) -> String {
    value.replace(',', ";")
}

/// A request that puts `value` in every path, query and header parameter of the fixture's `Type` operation.
fn request_with(value: &str, path_value: &str) -> TypeRequest {
    let mut req = TypeRequest::new(
        path_value,
        format!("{path_value}-2"),
        format!("x{path_value}"),
        Thing::new("t"),
    )
    ._1st(value)
    .a_b(format!("{value}{value}"))
    .a_b_c(value)
    .r#async(format!("<{value}>"))
    .self_(vec![value.to_owned(), format!("2{value}")])
    .crate_(vec![csv_safe(value), "c".to_owned()]);
    req.x_odd_name_1 = Some(value.to_owned());
    req.x = Some(format!("h{value}"));
    req
}

/// A client for `start_capture`'s server: no credentials, no proxy.
fn capture_client(url: String) -> Client {
    Client::builder()
        .anonymous()
        .endpoint(url)
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// A comma inside a value of a comma-separated query parameter would reach the server as two values: the call is
/// refused before anything is sent.
#[tokio::test]
async fn csv_values_with_a_comma_are_refused() {
    let (url, shared, task) = start_capture().await;
    let client = capture_client(url);
    let req = request_with("v", "p").crate_(vec!["a,b".to_owned(), "c".to_owned()]);
    match Nasty::new(&client).r#type(req).await {
        Err(Error::Validation(v)) => {
            let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
            assert_eq!(
                issues,
                [
                    "crate: a value contains `,`, which a comma-separated query parameter cannot carry"
                ]
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(shared.requests.lock().expect("lock").is_empty());
    task.abort();
}

#[tokio::test]
async fn path_query_and_header_values_arrive_exactly_or_are_refused() {
    let (url, shared, task) = start_capture().await;
    let client = capture_client(url);
    let api = Nasty::new(&client);
    let mut sent = 0;
    for value in TRICKY {
        // Path values other than the refused ones go in every path parameter; the refused ones are tried alone below.
        let path_value = if refused_in_path(value) { "p" } else { value };
        let result = api.r#type(request_with(value, path_value)).await;
        let received = std::mem::take(&mut *shared.requests.lock().expect("lock"));
        if refused_in_header(value) {
            match &result {
                Err(Error::Validation(v)) => {
                    let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
                    assert!(
                        issues
                            .iter()
                            .any(|i| i.starts_with("X-Odd.Name~1: header value contains")),
                        "{value:?}: {issues:?}"
                    );
                    assert!(
                        !issues.concat().contains(value.trim()) || value.trim().is_empty(),
                        "value echoed: {issues:?}"
                    );
                }
                other => panic!("{value:?}: expected a refusal, got {other:?}"),
            }
            assert!(received.is_empty(), "{value:?} was sent: {received:?}");
            continue;
        }
        let out = result.unwrap_or_else(|e| panic!("{value:?}: {e:?}"));
        assert_eq!(out.r#type, "thing");
        assert_eq!(received.len(), 1, "{value:?}");
        let c = &received[0];
        sent += 1;

        // Path: exactly five segments, each one parameter, each decoding back exactly.
        let segments: Vec<&str> = c.path.split('/').collect();
        assert_eq!(segments.len(), 5, "{value:?}: {}", c.path);
        assert_eq!(segments[1], "v1");
        let expected = [
            path_value.to_owned(),
            format!("{path_value}-2"),
            format!("x{path_value}"),
        ];
        for (segment, want) in segments[2..].iter().zip(&expected) {
            assert!(
                segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)),
                "{value:?}: segment {segment:?} is not fully encoded"
            );
            assert_eq!(&decoded(segment), want, "{value:?}: path {}", c.path);
        }

        // Query: only unreserved characters and escapes, so no server can read `+` as a space or split a value.
        let query = c.query.as_deref().expect("a query");
        assert!(
            query
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=".contains(&b)),
            "{value:?}: query {query:?} is not fully encoded"
        );
        let mut pairs: Vec<(String, String)> = query
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').expect("k=v");
                (decoded(k), decoded(v))
            })
            .collect();
        pairs.sort();
        let mut want: Vec<(String, String)> = vec![
            ("1st".into(), (*value).into()),
            ("a-b".into(), format!("{value}{value}")),
            ("a.b/c".into(), (*value).into()),
            ("async".into(), format!("<{value}>")),
            ("crate".into(), format!("{},c", csv_safe(value))),
            ("self".into(), (*value).into()),
            ("self".into(), format!("2{value}")),
        ];
        want.sort();
        assert_eq!(pairs, want, "{value:?}: query {query:?}");

        // Headers: byte for byte (non-ASCII as UTF-8). HTTP drops spaces and tabs around a field value, so those
        // cannot survive (the signature covers the trimmed value too).
        let header = |name: &str| c.headers.get(name).map(|v| v.as_bytes().to_vec());
        let trimmed = value.trim_matches([' ', '\t']);
        assert_eq!(
            header("x-odd.name~1"),
            Some(trimmed.as_bytes().to_vec()),
            "{value:?}"
        );
        let prefixed = format!("h{value}");
        assert_eq!(
            header("__x__"),
            Some(prefixed.trim_end_matches([' ', '\t']).as_bytes().to_vec()),
            "{value:?}"
        );
    }
    // Path values that would vanish (`""`) or be resolved away (`.`, `..`) are refused before sending.
    for value in TRICKY.iter().filter(|v| refused_in_path(v)) {
        let err = api
            .r#type(request_with("q", value))
            .await
            .expect_err("refused");
        let Error::Validation(v) = &err else {
            panic!("{value:?}: {err:?}")
        };
        let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
        assert!(
            issues.iter().any(|i| i.starts_with("type: must not be")),
            "{value:?}: {issues:?}"
        );
        assert!(
            shared.requests.lock().expect("lock").is_empty(),
            "{value:?} was sent"
        );
    }
    assert!(sent >= 20, "only {sent} values were sendable");
    task.abort();
}

#[tokio::test]
async fn the_mock_server_receives_the_same_values() {
    // With AK/SK required, the mock recomputes the signature from the raw path, query and headers it received: a
    // value that changed on the way would fail the check with 401.
    let mock = MockServer::start(
        MockConfig::new()
            .services([&nasty::SERVICE])
            .credentials("AK", "SK"),
    )
    .await
    .expect("mock starts");
    let client = Client::builder()
        .endpoint(mock.url())
        .credentials(BasicCredentials::new("AK", "SK"))
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let api = Nasty::new(&client);
    let mut request_ids = BTreeSet::new();
    for value in TRICKY.iter().filter(|v| !refused_in_header(v)) {
        let path_value = if refused_in_path(value) { "p" } else { value };
        let out = api
            .r#type(request_with(value, path_value))
            .await
            .unwrap_or_else(|e| panic!("{value:?}: {e}"));
        assert_eq!(out.r#type, "thing", "{value:?}");
        assert!(request_ids.insert(out.request_id().expect("request id").to_owned()));
    }
    mock.shutdown().await;
}

// ---------------------------------------------------------------------------------------------------------------
// Concurrency
// ---------------------------------------------------------------------------------------------------------------

/// Answers `PUT /v1/{type}/..` with a `Thing` echoing the request's own values after a random delay, and with a
/// `Problem` when asked to fail, so any answer given to the wrong call shows.
async fn echo(req: Request) -> axum::response::Response {
    let (parts, _) = req.into_parts();
    let segments: Vec<String> = parts.uri.path().split('/').map(decoded).collect();
    let query: BTreeMap<String, String> = parts
        .uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decoded(k), decoded(v)))
        .collect();
    let header = parts
        .headers
        .get("x-odd.name~1")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let delay = header.bytes().map(u64::from).sum::<u64>() % 25;
    tokio::time::sleep(Duration::from_millis(delay)).await;
    // `PUT /v1/{type}/..` and `DELETE /v1/things/{self}`: the call's own key.
    let key = if parts.method == "DELETE" {
        segments.get(3)
    } else {
        segments.get(2)
    };
    let id = format!("echo-{}", key.cloned().unwrap_or_default());
    let (status, body) = match (parts.method.as_str(), query.get("a-b").map(String::as_str)) {
        ("PUT", Some("fail")) => (
            400,
            json!({ "error_code": header, "error_msg": segments.get(2) }),
        ),
        ("PUT", _) => (
            200,
            json!({ "type": segments.get(2), "名字": segments.get(3), "a-b": query.get("a-b"), "async": header }),
        ),
        ("DELETE", _) => (204, Value::Null),
        _ => (200, json!([{ "type": id }])),
    };
    let mut response = axum::response::Response::new(if body.is_null() {
        Body::empty()
    } else {
        Body::from(body.to_string())
    });
    *response.status_mut() = StatusCode::from_u16(status).expect("status");
    response
        .headers_mut()
        .insert("x-request-id", HeaderValue::from_str(&id).expect("id"));
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_static("application/json"));
    response
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_concurrent_calls_each_get_their_own_answer() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, axum::Router::new().fallback(echo)).await;
    });
    let client = Client::builder()
        .anonymous()
        .endpoint(format!("http://{addr}"))
        .no_proxy()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200_usize {
        let client = client.clone();
        tasks.spawn(async move {
            let api = Nasty::new(&client);
            let key = format!("call {i} / é");
            match i % 4 {
                0 | 1 => {
                    let mut req = TypeRequest::new(&key, format!("n{i}"), "xy", Thing::new("t"))
                        .a_b(format!("q{i}"));
                    req.x_odd_name_1 = Some(format!("h{i}"));
                    let out = api
                        .r#type(req)
                        .await
                        .map_err(|e| format!("call {i}: {e}"))?;
                    let want = (
                        key.as_str(),
                        format!("n{i}"),
                        format!("q{i}"),
                        format!("h{i}"),
                    );
                    let got = (
                        out.r#type.as_str(),
                        out.u540d_u5b57.clone().unwrap_or_default(),
                        out.a_b.clone().unwrap_or_default(),
                        out.r#async.clone().unwrap_or_default(),
                    );
                    if got != (want.0, want.1, want.2, want.3) {
                        return Err(format!("call {i} got another call's answer: {got:?}"));
                    }
                    Ok((i, out.request_id().map(str::to_owned)))
                }
                2 => {
                    let mut req = TypeRequest::new(&key, "n", "xy", Thing::new("t")).a_b("fail");
                    req.x_odd_name_1 = Some(format!("code-{i}"));
                    match api.r#type(req).await {
                        Err(Error::Service(e)) => match e.err() {
                            TypeError::BadRequest(p)
                                if p.error_code.as_deref() == Some(&format!("code-{i}"))
                                    && p.error_msg.as_deref() == Some(&key) =>
                            {
                                Ok((i, e.request_id().map(str::to_owned)))
                            }
                            other => Err(format!("call {i} got another call's error: {other:?}")),
                        },
                        other => Err(format!("call {i}: expected its 400, got {other:?}")),
                    }
                }
                _ => {
                    let out = api
                        .crate_(nasty::CrateRequest::new(&key))
                        .await
                        .map_err(|e| format!("call {i}: {e}"))?;
                    Ok((i, out.request_id().map(str::to_owned)))
                }
            }
        });
    }
    let results = tokio::time::timeout(Duration::from_secs(60), async {
        let mut out = Vec::new();
        while let Some(r) = tasks.join_next().await {
            out.push(r.expect("task did not panic"));
        }
        out
    })
    .await
    .expect("200 calls finish within 60 s");
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(failures.is_empty(), "{failures:#?}");
    let ids: BTreeMap<String, usize> = results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|(i, id)| {
            (
                id.clone()
                    .unwrap_or_else(|| panic!("call {i}: no request id")),
                *i,
            )
        })
        .collect();
    assert_eq!(ids.len(), 200, "every call has its own request id");
    for (id, i) in &ids {
        assert_eq!(
            *id,
            format!("echo-call {i} / é"),
            "call {i} got request id {id}"
        );
    }
    server.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_concurrent_calls_to_the_mock() {
    // Mixed seed operations and documented statuses (chosen per call with `X-Mock-Status`), signed and checked by
    // the mock: every call gets the outcome its own status documents, and a request id no other call got.
    let mock = MockServer::start(MockConfig::new().credentials("AK", "SK"))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .endpoint(mock.url())
        .credentials(
            BasicCredentials::new("AK", "SK").with_project_id("0549a7a7f1003ac32f4bc0061a4d6f5e"),
        )
        .no_proxy()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200_usize {
        let client = client.clone();
        tasks.spawn(async move {
            let pick = |statuses: &[u16]| statuses[i / 5 % statuses.len()];
            let with = |status: u16| CallOptions::new().header("X-Mock-Status", status.to_string());
            let (status, got): (u16, Result<Option<String>, Option<u16>>) = match i % 5 {
                0 => {
                    let status = pick(&[200, 400, 401, 404, 500]);
                    let r = generated_client::ges::Ges::new(&client)
                        .with_options(with(status))
                        .stop_graph(generated_client::ges::StopGraphRequest::new(format!(
                            "graph-{i}"
                        )))
                        .await;
                    (
                        status,
                        r.map(|o| o.request_id().map(str::to_owned))
                            .map_err(|e| e.status()),
                    )
                }
                1 => {
                    let status = pick(&[200, 400, 406]);
                    let r = generated_client::dataarts::Dataarts::new(&client)
                        .with_options(with(status))
                        .batch_stop_quality_instances(
                            generated_client::dataarts::BatchStopQualityInstancesRequest::new(
                                format!("ws{i}"),
                                vec![i as i64],
                            ),
                        )
                        .await;
                    (
                        status,
                        r.map(|o| o.request_id().map(str::to_owned))
                            .map_err(|e| e.status()),
                    )
                }
                2 => {
                    let status = pick(&[200, 400]);
                    let body = generated_client::drs::BatchStopJobActionReq::new(vec![
                        generated_client::drs::StopJobActionInfo::new(format!("job-{i}")),
                    ]);
                    let r = generated_client::drs::Drs::new(&client)
                        .with_options(with(status))
                        .batch_stop_jobs_action(
                            generated_client::drs::BatchStopJobsActionRequest::new(body),
                        )
                        .await;
                    (
                        status,
                        r.map(|o| o.request_id().map(str::to_owned))
                            .map_err(|e| e.status()),
                    )
                }
                3 => {
                    let status = pick(&[204, 400]);
                    let r = generated_client::dlf::Dlf::new(&client)
                        .with_options(with(status))
                        .stop_job_instance(generated_client::dlf::StopJobInstanceRequest::new(
                            format!("job{i}"),
                            i as i64,
                        ))
                        .await;
                    (
                        status,
                        r.map(|o| o.request_id().map(str::to_owned))
                            .map_err(|e| e.status()),
                    )
                }
                _ => {
                    let status = pick(&[200, 400, 500]);
                    let r = generated_client::vias::Vias::new(&client)
                        .with_options(with(status))
                        .batch_start_stop_task(
                            generated_client::vias::BatchStartStopTaskRequest::new(
                                format!("task{i}"),
                                generated_client::vias::BatchStartStopTaskCommand::Start,
                            ),
                        )
                        .await;
                    (
                        status,
                        r.map(|o| o.request_id().map(str::to_owned))
                            .map_err(|e| e.status()),
                    )
                }
            };
            (i, status, got)
        });
    }
    let results = tokio::time::timeout(Duration::from_secs(60), async {
        let mut out = Vec::new();
        while let Some(r) = tasks.join_next().await {
            out.push(r.expect("task did not panic"));
        }
        out
    })
    .await
    .expect("200 calls finish within 60 s");
    assert_eq!(results.len(), 200);
    let mut ids = BTreeSet::new();
    for (i, status, got) in &results {
        match got {
            Ok(id) if (200..300).contains(status) => {
                assert!(
                    ids.insert(
                        id.clone()
                            .unwrap_or_else(|| panic!("call {i}: no request id"))
                    ),
                    "call {i}: id reused"
                );
            }
            Err(Some(s)) if s == status && *status >= 400 => {}
            other => panic!("call {i} asked for {status}, got {other:?}"),
        }
    }
    mock.shutdown().await;
}
