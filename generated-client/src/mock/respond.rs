//! Building answers: which documented status, its example or a body generated from its schema, and error bodies
//! in the shape the operation documents.
//!
//! Generation is deterministic (same spec, same bytes) so tests can compare bodies, and depth-bounded so a
//! recursive type (`Node { children: [Node] }`) cannot loop.

use serde_json::{Map, Number, Value};

use super::spec::{Endpoint, Response, Schema, Service, enum_text};
use super::validate::cmp_numbers;

/// Below this depth generated objects carry every property; from it on only required ones.
const FULL_DEPTH: usize = 4;
/// From this depth on containers are generated empty, which ends any recursion.
const MAX_DEPTH: usize = 10;
/// Generated arrays never get more items than this, whatever `min_items` says.
const MAX_GENERATED_ITEMS: u64 = 64;
/// Generated strings never get longer than this, whatever `min_length` says.
const MAX_GENERATED_CHARS: u64 = 4096;

/// The documented statuses, ascending.
pub(crate) fn statuses(ep: &Endpoint) -> Vec<u16> {
    let mut v: Vec<u16> = ep.responses.keys().filter_map(|k| k.parse().ok()).collect();
    v.sort_unstable();
    v
}

/// The response documented for `status`.
pub(crate) fn response(ep: &Endpoint, status: u16) -> Option<&Response> {
    ep.responses
        .iter()
        .find(|(k, _)| k.parse::<u16>().ok() == Some(status))
        .map(|(_, r)| r)
}

/// The default answer: the lowest status of kind `success`, else the lowest 2xx, else none documented.
pub(crate) fn success_status(ep: &Endpoint) -> Option<u16> {
    let all = statuses(ep);
    all.iter()
        .copied()
        .find(|s| response(ep, *s).and_then(|r| r.kind.as_deref()) == Some("success"))
        .or_else(|| all.iter().copied().find(|s| (200..300).contains(s)))
}

/// The status for a validation failure: 400 if documented, else the lowest documented 4xx, else 400.
pub(crate) fn client_error_status(ep: &Endpoint) -> u16 {
    let all = statuses(ep);
    if all.contains(&400) {
        return 400;
    }
    all.into_iter()
        .find(|s| (400..500).contains(s))
        .unwrap_or(400)
}

/// The body for a documented status: its example, else one generated from its schema; `None` for body-less.
pub(crate) fn success_body(svc: &Service, resp: &Response) -> Option<Value> {
    if let Some(ex) = &resp.example {
        return Some(ex.clone());
    }
    resp.body.as_ref().map(|s| generate(svc, s, 0))
}

/// An error body in the shape of `resp`'s schema (or `{error_code, error_msg}` when it has none): code-like string
/// fields get `code`, message-like fields get `message`, other required fields are generated.
pub(crate) fn error_body(
    svc: &Service,
    resp: Option<&Response>,
    status: u16,
    code: &str,
    message: &str,
) -> Value {
    let fill = Fill {
        status,
        code,
        message,
    };
    if let Some(schema) = resp.and_then(|r| r.body.as_ref()) {
        let resolved = svc.resolve(schema);
        match resolved.ty.as_str() {
            "object"
                if resolved
                    .properties
                    .as_ref()
                    .is_some_and(|p| !p.0.is_empty()) =>
            {
                return fill.object(svc, resolved, 0);
            }
            "string" => return fit_text(svc, schema, message, '.'),
            "int32" | "int64" | "number" | "boolean" | "date-time" | "array" => {
                return generate(svc, schema, 0);
            }
            // A property-less object, map, any or unknown type: the gateway shape fits all of them.
            _ => {}
        }
    }
    generic_error(code, message)
}

/// `{"error_code": code, "error_msg": message}`: the API gateway's own error shape.
pub(crate) fn generic_error(code: &str, message: &str) -> Value {
    let mut m = Map::new();
    m.insert("error_code".into(), Value::String(code.into()));
    m.insert("error_msg".into(), Value::String(message.into()));
    Value::Object(m)
}

struct Fill<'a> {
    status: u16,
    code: &'a str,
    message: &'a str,
}

impl Fill<'_> {
    fn object(&self, svc: &Service, schema: &Schema, depth: usize) -> Value {
        let mut m = Map::new();
        for (name, prop) in schema.properties.iter().flat_map(|p| &p.0) {
            let r = svc.resolve(prop);
            let text = matches!(r.ty.as_str(), "string" | "any");
            let int = matches!(r.ty.as_str(), "int32" | "int64" | "number");
            let v = if is_code_name(name) && text {
                fit_text(svc, prop, self.code, '0')
            } else if is_code_name(name) && int {
                Value::Number(self.status.into())
            } else if is_message_name(name) && text {
                fit_text(svc, prop, self.message, '.')
            } else if r.ty == "object" && depth < MAX_DEPTH && has_error_fields(svc, r, depth + 1) {
                // Nested error objects (`{"error": {"code", "message"}}`) are filled too.
                self.object(svc, r, depth + 1)
            } else if prop.required {
                generate(svc, prop, depth + 1)
            } else {
                continue;
            };
            m.insert(name.clone(), v);
        }
        Value::Object(m)
    }
}

fn has_error_fields(svc: &Service, schema: &Schema, depth: usize) -> bool {
    depth < MAX_DEPTH
        && schema
            .properties
            .iter()
            .flat_map(|p| &p.0)
            .any(|(name, prop)| {
                is_code_name(name) || is_message_name(name) || {
                    let r = svc.resolve(prop);
                    r.ty == "object" && has_error_fields(svc, r, depth + 1)
                }
            })
}

/// `text` made to fit a string field's documented constraints, so a filled-in error body still matches its schema:
/// cut to `max_length`, padded with `pad` to `min_length`, replaced by the first `enum` value when it is not one;
/// when the `pattern` still rejects it, the field's example or generated value. `any` fields take `text` as is.
fn fit_text(svc: &Service, use_site: &Schema, text: &str, pad: char) -> Value {
    let schema = svc.resolve(use_site);
    if schema.ty != "string" {
        return Value::String(text.to_string());
    }
    if let Some(allowed) = &schema.enum_values
        && let Some(first) = allowed.first()
        && !allowed.iter().any(|a| enum_text(a) == text)
    {
        return Value::String(enum_text(first));
    }
    let max = schema
        .max_length
        .map_or(usize::MAX, |m| usize::try_from(m).unwrap_or(usize::MAX));
    let mut s: String = text.chars().take(max).collect();
    let min = schema.min_length.unwrap_or(0).min(MAX_GENERATED_CHARS);
    while (s.chars().count() as u64) < min {
        s.push(pad);
    }
    if schema.regex.as_ref().is_some_and(|re| !re.is_match(&s)) {
        return generate(svc, use_site, 0);
    }
    Value::String(s)
}

/// `error_code`, `errorCode`, `code`, `ErrorCode`…
fn is_code_name(name: &str) -> bool {
    name.to_ascii_lowercase().contains("code")
}

/// `error_msg`, `message`, `errorMessage`, `detail`…
fn is_message_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("msg") || n.contains("message") || n.contains("detail")
}

/// A deterministic value for a schema: its example, else one built from type and constraints.
pub(crate) fn generate(svc: &Service, use_site: &Schema, depth: usize) -> Value {
    if let Some(ex) = svc.example(use_site) {
        return ex.clone();
    }
    let schema = svc.resolve(use_site);
    if let Some(d) = use_site.default.as_ref().or(schema.default.as_ref()) {
        return d.clone();
    }
    match schema.ty.as_str() {
        "string" => {
            if let Some(first) = schema.enum_values.as_ref().and_then(|e| e.first()) {
                return Value::String(enum_text(first));
            }
            let min = schema.min_length.unwrap_or(0).min(MAX_GENERATED_CHARS);
            let max = schema.max_length.unwrap_or(u64::MAX).max(min);
            let mut s = String::from("string");
            while (s.chars().count() as u64) < min {
                s.push('x');
            }
            s.truncate(usize::try_from(max).unwrap_or(usize::MAX).min(s.len()));
            Value::String(s)
        }
        "date-time" => Value::String("2024-01-01T00:00:00Z".into()),
        "int32" | "int64" => Value::Number(integer_in_bounds(schema)),
        "number" => Value::Number(number_in_bounds(schema)),
        "boolean" => Value::Bool(false),
        "array" => {
            if depth >= MAX_DEPTH {
                return Value::Array(Vec::new());
            }
            // One item to show the shape, or min_items of them, never more than max_items.
            let min = schema.min_items.unwrap_or(0);
            let wanted = if depth < FULL_DEPTH { min.max(1) } else { min };
            let n = wanted
                .min(schema.max_items.unwrap_or(u64::MAX))
                .min(MAX_GENERATED_ITEMS);
            let item = match &schema.items {
                Some(item) => generate(svc, item, depth + 1),
                None => Value::Object(Map::new()),
            };
            Value::Array((0..n).map(|_| item.clone()).collect())
        }
        "map" => {
            let mut m = Map::new();
            if depth < FULL_DEPTH
                && let Some(values) = &schema.values
            {
                m.insert("key".into(), generate(svc, values, depth + 1));
            }
            Value::Object(m)
        }
        "object" => {
            let mut m = Map::new();
            if depth < MAX_DEPTH {
                for (name, prop) in schema.properties.iter().flat_map(|p| &p.0) {
                    if depth < FULL_DEPTH || prop.required {
                        m.insert(name.clone(), generate(svc, prop, depth + 1));
                    }
                }
            }
            Value::Object(m)
        }
        _ => Value::Object(Map::new()),
    }
}

/// 0 moved into `[minimum, maximum]`, kept exact for int64.
fn integer_in_bounds(schema: &Schema) -> Number {
    let zero = Number::from(0);
    if let Some(min) = &schema.minimum
        && cmp_numbers(&zero, min) == Some(std::cmp::Ordering::Less)
    {
        return as_integer(min, true);
    }
    if let Some(max) = &schema.maximum
        && cmp_numbers(&zero, max) == Some(std::cmp::Ordering::Greater)
    {
        return as_integer(max, false);
    }
    zero
}

/// A bound as an integer, rounded towards the inside of the range when it is fractional.
fn as_integer(bound: &Number, lower: bool) -> Number {
    if bound.is_i64() || bound.is_u64() {
        return bound.clone();
    }
    let f = bound.as_f64().unwrap_or(0.0);
    let r = if lower { f.ceil() } else { f.floor() };
    // Saturating float-to-int cast: a huge fractional bound cannot panic.
    Number::from(r as i64)
}

fn number_in_bounds(schema: &Schema) -> Number {
    let zero = Number::from_f64(0.0).unwrap_or_else(|| Number::from(0));
    if let Some(min) = &schema.minimum
        && cmp_numbers(&zero, min) == Some(std::cmp::Ordering::Less)
    {
        return min.clone();
    }
    if let Some(max) = &schema.maximum
        && cmp_numbers(&zero, max) == Some(std::cmp::Ordering::Greater)
    {
        return max.clone();
    }
    zero
}
