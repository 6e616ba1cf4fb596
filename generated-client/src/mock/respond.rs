//! Building answers: which documented status, its example or a body generated from its schema, and error bodies
//! in the shape the operation documents.
//!
//! Generation is deterministic (same spec, same bytes) so tests can compare bodies, and depth-bounded so a
//! recursive type (`Node { children: [Node] }`) cannot loop.

use serde_json::{Map, Value};
use spec_core::model::{Endpoint, Field, Number, Response, Rules, Schema, Service, Status, Ty};

/// Below this depth generated objects carry every property; from it on only required ones.
const FULL_DEPTH: usize = 4;
/// From this depth on containers are generated empty, which ends any recursion.
const MAX_DEPTH: usize = 10;
/// Generated arrays never get more items than this, whatever `min_items` says.
const MAX_GENERATED_ITEMS: u64 = 64;
/// Generated strings never get longer than this, whatever `min_length` says.
const MAX_GENERATED_CHARS: u64 = 4096;

/// The documented statuses (codes, ranges, `default`), in table order.
pub(crate) fn statuses(ep: &Endpoint) -> Vec<Status> {
    ep.responses.iter().map(|r| r.status).collect()
}

/// The default answer: the first success response's status (for a range, its lowest code no exact response takes).
pub(crate) fn success_status(ep: &Endpoint) -> Option<u16> {
    ep.responses
        .iter()
        .filter(|r| r.success)
        .find_map(|r| ep.sample_status(r))
}

/// The status for a validation failure: the lowest 4xx an error response documents (400 when a `4XX` range or an
/// error `default` covers it), else 400.
pub(crate) fn client_error_status(ep: &Endpoint) -> u16 {
    (400..500)
        .find(|&c| ep.response(c).is_some_and(|r| !r.success))
        .unwrap_or(400)
}

/// The body for a documented status: its example, else one generated from its schema; `None` for body-less.
pub(crate) fn success_body(svc: &Service, resp: &Response) -> Option<Value> {
    if let Some(ex) = &resp.example {
        return Some(ex.clone());
    }
    resp.body.as_ref().map(|s| generate(svc, s, 0))
}

/// The headers a response declares, as the mock sends them: each header's example, else a value generated from its
/// type, as text (a number or boolean as written in JSON). Every declared header is sent, so a client reads each.
pub(crate) fn response_headers(svc: &Service, resp: &Response) -> Vec<(String, String)> {
    resp.headers
        .iter()
        .map(|h| {
            let text = match generate(svc, &h.schema, 0) {
                Value::String(s) => s,
                other => other.to_string(),
            };
            (h.wire.clone(), text)
        })
        .collect()
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
        match &svc.resolve(schema).ty {
            Ty::Struct { fields } if !fields.is_empty() => return fill.object(svc, fields, 0),
            Ty::String | Ty::Enum { .. } => return fit_text(svc, schema, message, '.'),
            Ty::Int32
            | Ty::Int64
            | Ty::Number
            | Ty::Boolean
            | Ty::DateTime
            | Ty::Array { .. }
            | Ty::JsonText { .. } => {
                return generate(svc, schema, 0);
            }
            // An object without properties, a map, any: the gateway shape fits all of them.
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
    fn object(&self, svc: &Service, fields: &[Field], depth: usize) -> Value {
        let mut m = Map::new();
        for f in fields {
            let r = &svc.resolve(&f.schema).ty;
            let text = matches!(r, Ty::String | Ty::Any | Ty::Enum { .. });
            let int = matches!(r, Ty::Int32 | Ty::Int64 | Ty::Number);
            let v = if is_code_name(&f.wire) && text {
                fit_text(svc, &f.schema, self.code, '0')
            } else if is_code_name(&f.wire) && int {
                Value::Number(self.status.into())
            } else if is_message_name(&f.wire) && text {
                fit_text(svc, &f.schema, self.message, '.')
            } else if let Ty::Struct { fields } = r
                && depth < MAX_DEPTH
                && has_error_fields(svc, fields, depth + 1)
            {
                // Nested error objects (`{"error": {"code", "message"}}`) are filled too.
                self.object(svc, fields, depth + 1)
            } else if f.required {
                generate(svc, &f.schema, depth + 1)
            } else {
                continue;
            };
            m.insert(f.wire.clone(), v);
        }
        Value::Object(m)
    }
}

fn has_error_fields(svc: &Service, fields: &[Field], depth: usize) -> bool {
    depth < MAX_DEPTH
        && fields.iter().any(|f| {
            is_code_name(&f.wire) || is_message_name(&f.wire) || {
                match &svc.resolve(&f.schema).ty {
                    Ty::Struct { fields } => has_error_fields(svc, fields, depth + 1),
                    _ => false,
                }
            }
        })
}

/// `text` made to fit a string field's documented constraints, so a filled-in error body still matches its schema:
/// cut to `max_length`, padded with `pad` to `min_length`, replaced by the first `enum` value when it is not one;
/// when the `pattern` still rejects it, the field's example or generated value. `any` fields take `text` as is.
fn fit_text(svc: &Service, use_site: &Schema, text: &str, pad: char) -> Value {
    match &svc.resolve(use_site).ty {
        Ty::Enum { values } => {
            return match values.iter().find(|v| v.wire == text).or(values.first()) {
                Some(v) => Value::String(v.wire.clone()),
                None => Value::String(text.to_owned()),
            };
        }
        Ty::String => {}
        _ => return Value::String(text.to_owned()),
    }
    let rules = svc.rules(use_site);
    let max = rules
        .max_length
        .map_or(usize::MAX, |m| usize::try_from(m).unwrap_or(usize::MAX));
    let mut s: String = text.chars().take(max).collect();
    let min = rules.min_length.unwrap_or(0).min(MAX_GENERATED_CHARS);
    while (s.chars().count() as u64) < min {
        s.push(pad);
    }
    if let Some(p) = &rules.pattern
        && spec_rules::pattern(&s, p).is_some()
    {
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

/// A deterministic value for a schema: its example, else its default, else one built from type and constraints.
pub(crate) fn generate(svc: &Service, use_site: &Schema, depth: usize) -> Value {
    if let Some(ex) = svc.example(use_site) {
        return ex.clone();
    }
    if let Some(d) = svc.default_value(use_site) {
        return d.clone();
    }
    let rules = svc.rules(use_site);
    match &svc.resolve(use_site).ty {
        Ty::String => {
            let min = rules.min_length.unwrap_or(0).min(MAX_GENERATED_CHARS);
            let max = rules.max_length.unwrap_or(u64::MAX).max(min);
            let mut s = String::from("string");
            while (s.chars().count() as u64) < min {
                s.push('x');
            }
            s.truncate(usize::try_from(max).unwrap_or(usize::MAX).min(s.len()));
            Value::String(s)
        }
        Ty::Enum { values } => values.first().map_or(Value::String(String::new()), |v| {
            Value::String(v.wire.clone())
        }),
        // 2024-01-01T00:00:00Z in the declared layout.
        Ty::DateTime => {
            use spec_core::model::DateFormat as F;
            match svc.date_format(use_site) {
                F::Rfc3339 => Value::String("2024-01-01T00:00:00Z".into()),
                F::Naive => Value::String("2024-01-01T00:00:00".into()),
                F::Compact => Value::String("20240101T000000Z".into()),
                F::EpochSeconds => Value::from(1_704_067_200_i64),
                F::EpochMillis => Value::from(1_704_067_200_000_i64),
                F::EpochSecondsString => Value::String("1704067200".into()),
                F::EpochMillisString => Value::String("1704067200000".into()),
            }
        }
        Ty::Int32 | Ty::Int64 => Value::Number(integer_in_bounds(&rules)),
        // The document's own example or generated value, written as a string.
        Ty::JsonText { content } => Value::String(generate(svc, content, depth + 1).to_string()),
        Ty::Number => Value::Number(number_in_bounds(&rules)),
        Ty::Boolean => Value::Bool(false),
        Ty::Array { items } => {
            if depth >= MAX_DEPTH {
                return Value::Array(Vec::new());
            }
            // One item to show the shape, or min_items of them, never more than max_items.
            let min = rules.min_items.unwrap_or(0);
            let wanted = if depth < FULL_DEPTH { min.max(1) } else { min };
            let n = wanted
                .min(rules.max_items.unwrap_or(u64::MAX))
                .min(MAX_GENERATED_ITEMS);
            let item = generate(svc, items, depth + 1);
            Value::Array((0..n).map(|_| item.clone()).collect())
        }
        Ty::Map { values, keys } => {
            let mut m = Map::new();
            if depth < FULL_DEPTH {
                // A key the keys' constraints allow: their example, when they have a pattern.
                let key = keys
                    .as_deref()
                    .and_then(|k| svc.example(k))
                    .and_then(Value::as_str)
                    .unwrap_or("key");
                m.insert(key.into(), generate(svc, values, depth + 1));
            }
            Value::Object(m)
        }
        Ty::Struct { fields } => {
            let mut m = Map::new();
            if depth < MAX_DEPTH {
                for f in fields {
                    if depth < FULL_DEPTH || f.required {
                        m.insert(f.wire.clone(), generate(svc, &f.schema, depth + 1));
                    }
                }
            }
            Value::Object(m)
        }
        // Bytes as the text of a string, sent as they are.
        Ty::Binary => Value::String("mock bytes".into()),
        Ty::Object | Ty::Any | Ty::Ref { .. } => Value::Object(Map::new()),
    }
}

/// The first listed value of an integer `enum` within the bounds; else 0 moved into `[minimum, maximum]`, kept exact
/// for int64.
fn integer_in_bounds(rules: &Rules) -> serde_json::Number {
    let within = |x: i64| spec_rules::range(Number::Int(x), rules.minimum, rules.maximum).is_none();
    if let Some(values) = &rules.int_enum
        && let Some(&x) = values.iter().find(|&&x| within(x)).or(values.first())
    {
        return x.into();
    }
    let zero = Number::Int(0);
    let below = |b: Number| spec_rules::compare(zero, b) == Some(std::cmp::Ordering::Less);
    let above = |b: Number| spec_rules::compare(zero, b) == Some(std::cmp::Ordering::Greater);
    match (rules.minimum, rules.maximum) {
        (Some(min), _) if below(min) => as_integer(min, true),
        (_, Some(max)) if above(max) => as_integer(max, false),
        _ => 0.into(),
    }
}

/// A bound as an integer, rounded towards the inside of the range when it is fractional.
fn as_integer(bound: Number, lower: bool) -> serde_json::Number {
    match bound {
        Number::Int(i) => i.into(),
        // Saturating float-to-int cast: a huge fractional bound cannot panic.
        Number::Float(f) => ((if lower { f.ceil() } else { f.floor() }) as i64).into(),
    }
}

fn number_in_bounds(rules: &Rules) -> serde_json::Number {
    let zero = Number::Float(0.0);
    let below = |b: Number| spec_rules::compare(zero, b) == Some(std::cmp::Ordering::Less);
    let above = |b: Number| spec_rules::compare(zero, b) == Some(std::cmp::Ordering::Greater);
    let pick = match (rules.minimum, rules.maximum) {
        (Some(min), _) if below(min) => min,
        (_, Some(max)) if above(max) => max,
        _ => zero,
    };
    match pick {
        Number::Int(i) => i.into(),
        Number::Float(f) => serde_json::Number::from_f64(f).unwrap_or_else(|| 0.into()),
    }
}
