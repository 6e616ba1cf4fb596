//! Request validation against the spec: parameters (text on the wire) and the JSON body (a `Value` tree).
//!
//! Every check reports into [`Violations`] with a field path (`jobs[1].job_id: required property is missing`) instead
//! of stopping, so one answer can name several problems; the list is capped to keep answers small.

use std::cmp::Ordering;

use percent_encoding::percent_decode_str;
use serde_json::{Number, Value};

use super::spec::{Endpoint, Schema, Service, enum_text};

/// At most this many violations are reported in one answer.
const MAX_VIOLATIONS: usize = 10;

/// Collected validation failures, each `"<field>: <problem>"`.
#[derive(Debug, Default)]
pub(crate) struct Violations(pub Vec<String>);

impl Violations {
    fn push(&mut self, field: &str, problem: impl std::fmt::Display) {
        if self.0.len() < MAX_VIOLATIONS {
            self.0.push(format!("{field}: {problem}"));
        }
    }

    /// True when nothing was reported.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All messages joined for an error body.
    pub(crate) fn message(&self) -> String {
        self.0.join("; ")
    }
}

/// What the validators need from the request.
pub(crate) struct Incoming<'a> {
    /// Path parameters, already percent-decoded by the router.
    pub path_params: &'a [(String, String)],
    /// The raw query string (without `?`).
    pub query: Option<&'a str>,
    /// Header names as received (lowercase from hyper) and values.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

/// Checks parameters and body of one request against its endpoint.
pub(crate) fn check_request(svc: &Service, ep: &Endpoint, req: &Incoming<'_>) -> Violations {
    let mut out = Violations::default();

    for (name, schema) in &ep.parameters.path.0 {
        let label = format!("path parameter {name}");
        match req.path_params.iter().find(|(n, _)| n == name) {
            Some((_, v)) => check_text_param(svc, schema, &label, &[v.as_str()], false, &mut out),
            None => out.push(&label, "required parameter is missing"),
        }
    }

    let query = parse_query(req.query.unwrap_or(""));
    for (name, schema) in &ep.parameters.query.0 {
        let label = format!("query parameter {name}");
        let values: Vec<&str> = query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        if values.is_empty() {
            if schema.required {
                out.push(&label, "required parameter is missing");
            }
            continue;
        }
        // Only `collection: csv` arrays are comma-joined; the default (`multi`) repeats the key.
        let csv = schema.collection.as_deref() == Some("csv");
        check_text_param(svc, schema, &label, &values, csv, &mut out);
    }

    for (name, schema) in &ep.parameters.header.0 {
        let label = format!("header {name}");
        let values: Vec<&str> = req
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect();
        if values.is_empty() {
            if schema.required {
                out.push(&label, "required header is missing");
            }
            continue;
        }
        // Repeated header lines are one comma-joined list in HTTP.
        check_text_param(svc, schema, &label, &values, true, &mut out);
    }

    if let Some(rb) = &ep.request {
        let is_json = rb
            .content_type
            .as_deref()
            .is_none_or(|ct| ct.to_ascii_lowercase().contains("json"));
        // The request's Content-Type is deliberately not checked: `curl -d` sends a form type with JSON text.
        if req.body.iter().all(u8::is_ascii_whitespace) {
            if rb.required {
                out.push("body", "request body is required");
            }
        } else if is_json {
            match serde_json::from_slice::<Value>(req.body) {
                Ok(v) => {
                    if let Some(schema) = &rb.body {
                        check_json(svc, schema, "", &v, &mut out);
                    }
                }
                Err(e) => out.push("body", format_args!("not valid JSON: {e}")),
            }
        }
    }
    out
}

/// Splits a raw query into percent-decoded pairs. `+` stays a literal plus: clients of this SDK percent-encode
/// spaces as `%20`, and a `+` in a date-time offset must survive.
pub(crate) fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Checks a parameter given as wire text. `values` holds every occurrence; `split_csv` splits each on commas when
/// the schema is an array.
fn check_text_param(
    svc: &Service,
    use_site: &Schema,
    label: &str,
    values: &[&str],
    split_csv: bool,
    out: &mut Violations,
) {
    let schema = svc.resolve(use_site);
    if schema.ty == "array" {
        let items: Vec<&str> = if split_csv {
            values.iter().flat_map(|v| v.split(',')).collect()
        } else {
            values.to_vec()
        };
        check_count(schema, label, items.len(), out);
        if let Some(item) = &schema.items {
            for (i, v) in items.iter().enumerate() {
                check_text(svc, item, &format!("{label}[{i}]"), v, out);
            }
        }
        return;
    }
    if values.len() > 1 && !split_csv {
        out.push(
            label,
            format_args!("expected one value, got {}", values.len()),
        );
        return;
    }
    let joined = values.join(",");
    check_text(svc, use_site, label, &joined, out);
}

/// Checks one scalar given as text.
fn check_text(svc: &Service, use_site: &Schema, label: &str, text: &str, out: &mut Violations) {
    let schema = svc.resolve(use_site);
    match schema.ty.as_str() {
        "string" | "date-time" => check_string(schema, label, text, out),
        "int32" => match text.parse::<i32>() {
            Ok(n) => check_bounds(schema, label, &Number::from(n), out),
            Err(_) => out.push(
                label,
                format_args!("expected an int32, got {}", quote(text)),
            ),
        },
        "int64" => match text.parse::<i64>() {
            Ok(n) => check_bounds(schema, label, &Number::from(n), out),
            Err(_) => out.push(
                label,
                format_args!("expected an int64, got {}", quote(text)),
            ),
        },
        "number" => match text.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) => check_bounds(schema, label, &n, out),
            None => out.push(
                label,
                format_args!("expected a number, got {}", quote(text)),
            ),
        },
        "boolean" if text != "true" && text != "false" => {
            out.push(
                label,
                format_args!("expected true or false, got {}", quote(text)),
            );
        }
        // Valid booleans, any, map, object, unknown names: nothing (more) to check on plain text.
        _ => {}
    }
}

/// Checks a JSON value; `path` is the field path so far (empty at the body root).
fn check_json(svc: &Service, use_site: &Schema, path: &str, v: &Value, out: &mut Violations) {
    let label = if path.is_empty() { "body" } else { path };
    if v.is_null() {
        if !svc.nullable(use_site) && svc.resolve(use_site).ty != "any" {
            out.push(label, "must not be null");
        }
        return;
    }
    let schema = svc.resolve(use_site);
    match schema.ty.as_str() {
        "string" | "date-time" => match v.as_str() {
            Some(s) => check_string(schema, label, s, out),
            None => mismatch(label, "a string", v, out),
        },
        // Integers are read straight from the JSON number: `as_i64` never goes through f64.
        "int32" | "int64" => match v {
            Value::Number(n) if n.is_i64() || n.is_u64() => {
                let fits = match (n.as_i64(), schema.ty.as_str()) {
                    (Some(x), "int32") => i32::try_from(x).is_ok(),
                    (Some(_), _) => true,
                    (None, _) => false,
                };
                if fits {
                    check_bounds(schema, label, n, out);
                } else {
                    out.push(label, format_args!("{n} is out of the {} range", schema.ty));
                }
            }
            // JSON Schema's (and so the OpenAPI export's) integer is any number without a fractional part: `3.0`
            // is an integer too, as for Java services. Range-checked in f64, exact at the i32/i64 limits.
            Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => {
                let f = n.as_f64().unwrap_or_default();
                let fits = if schema.ty == "int32" {
                    (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&f)
                } else {
                    // Strictly inside ±2^63: an integer literal below i64::MIN (`-9223372036854775809`) is read as
                    // the f64 -2^63 (i64::MIN itself is read as an i64 above).
                    let limit = -(i64::MIN as f64);
                    f > -limit && f < limit
                };
                if fits {
                    check_bounds(schema, label, n, out);
                } else {
                    out.push(label, format_args!("{n} is out of the {} range", schema.ty));
                }
            }
            _ => mismatch(label, &format!("an {}", schema.ty), v, out),
        },
        "number" => match v {
            Value::Number(n) => check_bounds(schema, label, n, out),
            _ => mismatch(label, "a number", v, out),
        },
        "boolean" if !v.is_boolean() => mismatch(label, "a boolean", v, out),
        "array" => match v.as_array() {
            Some(items) => {
                check_count(schema, label, items.len(), out);
                if let Some(item) = &schema.items {
                    for (i, x) in items.iter().enumerate() {
                        check_json(svc, item, &format!("{path}[{i}]"), x, out);
                    }
                }
            }
            None => mismatch(label, "an array", v, out),
        },
        "map" => match v.as_object() {
            Some(m) => {
                if let Some(values) = &schema.values {
                    for (k, x) in m {
                        check_json(svc, values, &join(path, k), x, out);
                    }
                }
            }
            None => mismatch(label, "an object", v, out),
        },
        "object" => match v.as_object() {
            Some(m) => {
                // Unknown properties are allowed: the spec may lag behind the service.
                for (name, prop) in schema.properties.iter().flat_map(|p| &p.0) {
                    let field = join(path, name);
                    match m.get(name) {
                        Some(x) => check_json(svc, prop, &field, x, out),
                        None if prop.required => out.push(&field, "required property is missing"),
                        None => {}
                    }
                }
            }
            None => mismatch(label, "an object", v, out),
        },
        // Valid booleans, any, and unknown type names: accept anything.
        _ => {}
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn check_string(schema: &Schema, label: &str, s: &str, out: &mut Violations) {
    let chars = s.chars().count() as u64;
    if let Some(min) = schema.min_length
        && chars < min
    {
        out.push(
            label,
            format_args!("length {chars} is below min_length {min}"),
        );
    }
    if let Some(max) = schema.max_length
        && chars > max
    {
        out.push(
            label,
            format_args!("length {chars} is above max_length {max}"),
        );
    }
    if let Some(re) = &schema.regex
        && !re.is_match(s)
    {
        let p = schema.pattern.as_deref().unwrap_or_default();
        out.push(
            label,
            format_args!("{} does not match pattern `{p}`", quote(s)),
        );
    }
    if let Some(allowed) = &schema.enum_values
        && !allowed.iter().any(|a| enum_text(a) == s)
    {
        let list: Vec<String> = allowed.iter().map(enum_text).collect();
        out.push(
            label,
            format_args!("{} is not one of: {}", quote(s), list.join(", ")),
        );
    }
}

fn check_bounds(schema: &Schema, label: &str, n: &Number, out: &mut Violations) {
    if let Some(min) = &schema.minimum
        && cmp_numbers(n, min) == Some(Ordering::Less)
    {
        out.push(label, format_args!("{n} is below minimum {min}"));
    }
    if let Some(max) = &schema.maximum
        && cmp_numbers(n, max) == Some(Ordering::Greater)
    {
        out.push(label, format_args!("{n} is above maximum {max}"));
    }
}

fn check_count(schema: &Schema, label: &str, len: usize, out: &mut Violations) {
    let len = len as u64;
    if let Some(min) = schema.min_items
        && len < min
    {
        out.push(label, format_args!("{len} items, min_items is {min}"));
    }
    if let Some(max) = schema.max_items
        && len > max
    {
        out.push(label, format_args!("{len} items, max_items is {max}"));
    }
}

/// Compares two JSON numbers exactly when both are integers (i128 covers i64 and u64), else as f64.
pub(crate) fn cmp_numbers(a: &Number, b: &Number) -> Option<Ordering> {
    fn int(n: &Number) -> Option<i128> {
        n.as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
    }
    match (int(a), int(b)) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => a.as_f64()?.partial_cmp(&b.as_f64()?),
    }
}

fn mismatch(label: &str, expected: &str, got: &Value, out: &mut Violations) {
    let kind = match got {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {}", quote(s)),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    };
    out.push(label, format_args!("expected {expected}, got {kind}"));
}

/// Quotes a value for a message, shortened so a huge input cannot make a huge answer.
fn quote(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        format!("{s:?}")
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head:?}…")
    }
}
