//! The one check of a value against a spec: a JSON value (a body, an example, a default) or a parameter's text on
//! the wire, against a [`Schema`] of a [`Service`].
//!
//! The `generate!` macro checks every `example:` and `default:` with it, and the mock server checks every request;
//! the single rules (lengths, patterns, bounds, item counts, enum values) are `spec_rules`' functions, which the
//! generated client's typed validation calls too. Every problem is reported with the path of the value
//! (`jobs[0].job_id`, `tags["env"]`), up to [`MAX_ISSUES`] of them.

use crate::model::{Field, Param, ParamIn, Schema, Service, Ty, to_number};
use serde_json::Value;
use spec_rules::Number;
use std::fmt;
use std::fmt::Write as _;

/// Most problems reported for one value: enough to fix a request, bounded for a hostile one.
pub const MAX_ISSUES: usize = 20;

/// Deepest nesting of a value that is checked: a recursive type's deeper values have been checked at the first
/// levels, and a hostile value must not exhaust the stack.
const MAX_DEPTH: usize = 64;

/// One broken rule: where in the value, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The value's path (`jobs[0].job_id`, `tags["env"]`); empty for the value itself. For a parameter, the
    /// parameter (`query parameter limit`).
    pub path: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Checks a JSON value against the schema at `use_site`.
pub fn check_value(service: &Service, use_site: &Schema, value: &Value) -> Vec<Issue> {
    let mut c = Checker {
        service,
        path: String::new(),
        issues: Vec::new(),
    };
    c.json(use_site, value, 0);
    c.issues
}

/// Checks a parameter as it arrived on the wire: `values` holds each occurrence (repeated query keys, repeated
/// header lines). An array parameter is one value per occurrence, or comma-separated where the wire format joins
/// them (a `csv` query parameter, any header); a scalar is exactly one value.
pub fn check_param(service: &Service, param: &Param, values: &[&str]) -> Vec<Issue> {
    let label = match param.location {
        ParamIn::Path => format!("path parameter {}", param.wire),
        ParamIn::Query => format!("query parameter {}", param.wire),
        ParamIn::Header => format!("header {}", param.wire),
    };
    let mut c = Checker {
        service,
        path: label,
        issues: Vec::new(),
    };
    if values.is_empty() {
        if param.required {
            c.report(match param.location {
                ParamIn::Header => "required header is missing",
                _ => "required parameter is missing",
            });
        }
        return c.issues;
    }
    let joined = match param.location {
        ParamIn::Query => param.collection == crate::model::Collection::Csv,
        ParamIn::Header => true,
        ParamIn::Path => false,
    };
    let schema = &param.schema;
    if let Ty::Array { items } = &service.resolve(schema).ty {
        let items_text: Vec<&str> = if joined {
            values.iter().flat_map(|v| v.split(',')).collect()
        } else {
            values.to_vec()
        };
        let rules = service.rules(schema);
        c.report_opt(spec_rules::count(
            items_text.len(),
            rules.min_items,
            rules.max_items,
        ));
        for (i, text) in items_text.iter().enumerate() {
            let len = c.path.len();
            let _ = write!(c.path, "[{i}]");
            c.text(items, text);
            c.path.truncate(len);
        }
    } else if values.len() > 1 && !joined {
        c.report(format!("expected one value, got {}", values.len()));
    } else {
        c.text(schema, &values.join(","));
    }
    c.issues
}

/// Checks the parts of a `multipart/form-data` body named after `field` as they arrived: `texts` holds the content
/// of each such part. A text part is checked as a parameter's text is; a file part (`binary`) only for being there
/// (its content is not looked at).
pub fn check_part(service: &Service, field: &Field, texts: &[&str]) -> Vec<Issue> {
    let mut c = Checker {
        service,
        path: format!("part {}", field.wire),
        issues: Vec::new(),
    };
    match texts {
        [] if field.required => c.report("required part is missing"),
        [] => {}
        [text] => c.text(&field.schema, text),
        more => c.report(format!("expected one part, got {}", more.len())),
    }
    c.issues
}

struct Checker<'a> {
    service: &'a Service,
    path: String,
    issues: Vec<Issue>,
}

impl Checker<'_> {
    fn report(&mut self, message: impl Into<String>) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(Issue {
                path: self.path.clone(),
                message: message.into(),
            });
        }
    }

    fn report_opt(&mut self, message: Option<String>) {
        if let Some(m) = message {
            self.report(m);
        }
    }

    fn full(&self) -> bool {
        self.issues.len() >= MAX_ISSUES
    }

    fn json(&mut self, use_site: &Schema, v: &Value, depth: usize) {
        if depth > MAX_DEPTH || self.full() {
            return;
        }
        let svc = self.service;
        let resolved = svc.resolve(use_site);
        if v.is_null() {
            if !svc.is_nullable(use_site) && resolved.ty != Ty::Any {
                self.report("must not be null");
            }
            return;
        }
        let rules = svc.rules(use_site);
        match &resolved.ty {
            Ty::String => match v.as_str() {
                Some(s) => self.string(&rules, s),
                None => self.mismatch(&resolved.ty, v),
            },
            // A string holding a JSON document: the string's rules, then the document against `content`.
            Ty::JsonText { content } => match v.as_str() {
                Some(s) => self.json_text(&rules, content, s, depth + 1),
                None => self.mismatch(&resolved.ty, v),
            },
            Ty::DateTime => self.date_time_json(use_site, v),
            Ty::Enum { values } => match v.as_str() {
                Some(s) => {
                    self.string(&rules, s);
                    self.report_opt(spec_rules::one_of(
                        s,
                        values.iter().map(|x| x.wire.as_str()),
                    ));
                }
                None => self.mismatch(&resolved.ty, v),
            },
            Ty::Int32 | Ty::Int64 => match v {
                Value::Number(n) => match integer(n, resolved.ty == Ty::Int32) {
                    Ok(x) => self.integer_rules(&rules, x),
                    Err(Integer::Fractional) => self.mismatch(&resolved.ty, v),
                    Err(Integer::OutOfRange) => {
                        self.report(format!("{n} is out of the {} range", resolved.ty.keyword()))
                    }
                },
                _ => self.mismatch(&resolved.ty, v),
            },
            Ty::Number => match v {
                Value::Number(n) => self.report_opt(spec_rules::range(
                    to_number(n),
                    rules.minimum,
                    rules.maximum,
                )),
                _ => self.mismatch(&resolved.ty, v),
            },
            Ty::Boolean => {
                if !v.is_boolean() {
                    self.mismatch(&resolved.ty, v);
                }
            }
            // Bytes written in a spec (an example) or a mock's text: a string.
            Ty::Binary => {
                if !v.is_string() {
                    self.mismatch(&resolved.ty, v);
                }
            }
            Ty::Any => {}
            Ty::Object => {
                if !v.is_object() {
                    self.mismatch(&resolved.ty, v);
                }
            }
            Ty::Array { items } => match v.as_array() {
                Some(list) => {
                    self.report_opt(spec_rules::count(
                        list.len(),
                        rules.min_items,
                        rules.max_items,
                    ));
                    for (i, x) in list.iter().enumerate() {
                        let len = self.path.len();
                        let _ = write!(self.path, "[{i}]");
                        self.json(items, x, depth + 1);
                        self.path.truncate(len);
                    }
                }
                None => self.mismatch(&resolved.ty, v),
            },
            Ty::Map { values, keys } => match v.as_object() {
                Some(map) => {
                    let key_rules = keys.as_deref().map(|k| svc.rules(k));
                    for (k, x) in map {
                        let len = self.path.len();
                        let _ = write!(self.path, "[{:?}]", spec_rules::shorten(k));
                        if let Some(rules) = &key_rules {
                            self.string(rules, k);
                        }
                        self.json(values, x, depth + 1);
                        self.path.truncate(len);
                    }
                }
                None => self.mismatch(&resolved.ty, v),
            },
            Ty::Struct { fields } => match v.as_object() {
                // Properties the spec does not list are allowed: the spec may lag behind the service.
                Some(map) => {
                    for f in fields {
                        let len = self.path.len();
                        if !self.path.is_empty() {
                            self.path.push('.');
                        }
                        self.path.push_str(&f.wire);
                        match map.get(&f.wire) {
                            Some(x) => self.json(&f.schema, x, depth + 1),
                            None if f.required => self.report("required property is missing"),
                            None => {}
                        }
                        self.path.truncate(len);
                    }
                }
                None => self.mismatch(&resolved.ty, v),
            },
            // A reference to a type that does not exist (the checker reports it): nothing to check against.
            Ty::Ref { .. } => {}
        }
    }

    /// A scalar given as text on the wire.
    fn text(&mut self, use_site: &Schema, text: &str) {
        let svc = self.service;
        let resolved = svc.resolve(use_site);
        let rules = svc.rules(use_site);
        let quoted = || format!("{:?}", spec_rules::shorten(text));
        match &resolved.ty {
            Ty::String => self.string(&rules, text),
            Ty::JsonText { content } => self.json_text(&rules, content, text, 1),
            Ty::DateTime if !svc.sentinels(use_site).any(|x| x == text) => {
                let format = svc.date_format(use_site);
                self.report_opt(spec_rules::date_time(text, format.layout()));
            }
            Ty::Enum { values } => {
                self.string(&rules, text);
                self.report_opt(spec_rules::one_of(
                    text,
                    values.iter().map(|x| x.wire.as_str()),
                ));
            }
            Ty::Int32 => match text.parse::<i32>() {
                Ok(n) => self.integer_rules(&rules, Number::Int(n.into())),
                Err(_) => self.report(format!("expected an int32, got {}", quoted())),
            },
            Ty::Int64 => match text.parse::<i64>() {
                Ok(n) => self.integer_rules(&rules, Number::Int(n)),
                Err(_) => self.report(format!("expected an int64, got {}", quoted())),
            },
            Ty::Number => match text.parse::<f64>().ok().filter(|f| f.is_finite()) {
                Some(f) => self.report_opt(spec_rules::range(
                    Number::Float(f),
                    rules.minimum,
                    rules.maximum,
                )),
                None => self.report(format!("expected a number, got {}", quoted())),
            },
            Ty::Boolean if text != "true" && text != "false" => {
                self.report(format!("expected true or false, got {}", quoted()));
            }
            // Valid booleans, and types that have no text form: nothing more to check.
            _ => {}
        }
    }

    /// A `date-time` in JSON: one of its sentinels, or its format's text (a string, or for an epoch a JSON integer).
    fn date_time_json(&mut self, use_site: &Schema, v: &Value) {
        let svc = self.service;
        let format = svc.date_format(use_site);
        match v {
            Value::String(s) if svc.sentinels(use_site).any(|x| x == s) => {}
            Value::String(s) if !format.is_number() => {
                self.report_opt(spec_rules::date_time(s, format.layout()))
            }
            Value::Number(n) if format.is_number() => {
                self.report_opt(spec_rules::date_time(&n.to_string(), format.layout()))
            }
            _ => {
                let expected = if format.is_number() {
                    "an integer"
                } else {
                    "a string"
                };
                self.report(format!(
                    "expected {expected} ({} date-time), got {}",
                    format.name(),
                    describe(v)
                ));
            }
        }
    }

    fn string(&mut self, rules: &crate::model::Rules, s: &str) {
        self.report_opt(spec_rules::length(s, rules.min_length, rules.max_length));
        if let Some(p) = &rules.pattern {
            self.report_opt(spec_rules::pattern(s, p));
        }
    }

    /// A string holding a JSON document: the string's rules, then the document against `content`.
    fn json_text(
        &mut self,
        rules: &crate::model::Rules,
        content: &Schema,
        text: &str,
        depth: usize,
    ) {
        self.string(rules, text);
        match serde_json::from_str::<Value>(text) {
            Ok(doc) => self.json(content, &doc, depth),
            Err(e) => self.report(format!("the string does not hold JSON: {e}")),
        }
    }

    /// The bounds and the `enum` of an integer.
    fn integer_rules(&mut self, rules: &crate::model::Rules, x: Number) {
        self.report_opt(spec_rules::range(x, rules.minimum, rules.maximum));
        if let Some(values) = &rules.int_enum {
            self.report_opt(spec_rules::int_one_of(x, values));
        }
    }

    fn mismatch(&mut self, expected: &Ty, got: &Value) {
        let expected = match expected {
            Ty::String | Ty::Enum { .. } => "a string",
            Ty::JsonText { .. } => "a string holding JSON",
            Ty::DateTime => "a date-time string",
            Ty::Int32 => "an int32",
            Ty::Int64 => "an int64",
            Ty::Number => "a number",
            Ty::Boolean => "a boolean",
            Ty::Binary => "a string (the bytes as text)",
            Ty::Array { .. } => "an array",
            Ty::Object | Ty::Map { .. } | Ty::Struct { .. } => "an object",
            Ty::Any | Ty::Ref { .. } => "a value",
        };
        self.report(format!("expected {expected}, got {}", describe(got)));
    }
}

/// A JSON value as messages describe what was found.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {}", spec_rules::shorten(&n.to_string())),
        Value::String(s) => format!("string {:?}", spec_rules::shorten(s)),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// Why a JSON number is not an integer of the asked width.
enum Integer {
    Fractional,
    OutOfRange,
}

/// A JSON number as an integer of the given width. JSON Schema's (and so the OpenAPI export's) integer is any
/// number without a fractional part, so `3.0` is one too, as Java services write them; its range is checked in f64,
/// exactly at the i32/i64 limits.
fn integer(n: &serde_json::Number, int32: bool) -> Result<Number, Integer> {
    if let Some(i) = n.as_i64() {
        return if !int32 || i32::try_from(i).is_ok() {
            Ok(Number::Int(i))
        } else {
            Err(Integer::OutOfRange)
        };
    }
    if n.is_u64() {
        return Err(Integer::OutOfRange); // above i64::MAX
    }
    let f = n.as_f64().unwrap_or(f64::NAN);
    if f.fract() != 0.0 || !f.is_finite() {
        return Err(Integer::Fractional);
    }
    let fits = if int32 {
        (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&f)
    } else {
        // Strictly inside ±2^63: a literal below i64::MIN (`-9223372036854775809`) reads as the f64 -2^63, and
        // i64::MIN itself reads as an i64 above.
        let limit = -(i64::MIN as f64);
        f > -limit && f < limit
    };
    if fits {
        Ok(Number::Float(f))
    } else {
        Err(Integer::OutOfRange)
    }
}
