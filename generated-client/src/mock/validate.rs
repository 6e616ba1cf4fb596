//! A request against its endpoint: the parameters as they arrived (text on the wire) and the body (JSON, the parts
//! of a multipart form, text or bytes), each checked with `spec_core::validate`, the same validator that checks the
//! spec's examples when it is compiled.
//!
//! Every problem is reported into [`Violations`] with where it is (`jobs[1].job_id: required property is missing`)
//! instead of stopping, so one answer can name several problems; the list is capped to keep answers small.

use percent_encoding::percent_decode_str;
use serde_json::Value;
use spec_core::model::{Encoding, Endpoint, ParamIn, Request, Service, Ty};
use spec_core::validate::{Issue, check_param, check_part, check_value};

use crate::wire::body::{boundary_of, parse_multipart};

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

    fn extend(&mut self, issues: Vec<Issue>, root: &str) {
        for i in issues {
            let field = if i.path.is_empty() { root } else { &i.path };
            self.push(field, &i.message);
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

impl Incoming<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Checks parameters and body of one request against its endpoint.
pub(crate) fn check_request(svc: &Service, ep: &Endpoint, req: &Incoming<'_>) -> Violations {
    let mut out = Violations::default();
    let query = parse_query(req.query.unwrap_or(""));
    for param in &ep.params {
        let values: Vec<&str> = match param.location {
            ParamIn::Path => req
                .path_params
                .iter()
                .filter(|(n, _)| *n == param.wire)
                .map(|(_, v)| v.as_str())
                .collect(),
            ParamIn::Query => query
                .iter()
                .filter(|(k, _)| *k == param.wire)
                .map(|(_, v)| v.as_str())
                .collect(),
            ParamIn::Header => req
                .headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case(&param.wire))
                .map(|(_, v)| v.as_str())
                .collect(),
        };
        out.extend(check_param(svc, param, &values), &param.wire);
    }

    if let Some(rb) = &ep.request {
        // An empty body is a missing one (HTTP cannot tell them apart), and for JSON so is one of only whitespace.
        let missing = match rb.encoding {
            Encoding::Json => req.body.iter().all(u8::is_ascii_whitespace),
            _ => req.body.is_empty(),
        };
        if missing {
            if rb.required {
                out.push("body", "request body is required");
            }
        } else {
            check_body(svc, rb, req, &mut out);
        }
    }
    out
}

/// A body that is there, as its encoding reads it. The request's Content-Type is deliberately not checked (`curl -d`
/// sends a form type with JSON text), except for the `boundary` a multipart body cannot be read without.
fn check_body(svc: &Service, rb: &Request, req: &Incoming<'_>, out: &mut Violations) {
    match rb.encoding {
        Encoding::Json => match serde_json::from_slice::<Value>(req.body) {
            Ok(v) => out.extend(check_value(svc, &rb.body, &v), "body"),
            Err(e) => out.push("body", format_args!("not valid JSON: {e}")),
        },
        Encoding::Text => match std::str::from_utf8(req.body) {
            Ok(text) => out.extend(
                check_value(svc, &rb.body, &Value::String(text.to_owned())),
                "body",
            ),
            Err(e) => out.push("body", format_args!("the text is not UTF-8: {e}")),
        },
        // Bytes are whatever they are.
        Encoding::Binary => {}
        Encoding::Multipart => {
            let content_type = req.header("content-type").unwrap_or("");
            let Some(boundary) = boundary_of(content_type) else {
                out.push(
                    "body",
                    "a multipart/form-data body needs a Content-Type with its boundary",
                );
                return;
            };
            let Some(parts) = parse_multipart(req.body, boundary) else {
                out.push("body", "not a multipart/form-data body with that boundary");
                return;
            };
            for field in svc.fields(&rb.body).unwrap_or_default() {
                let file = svc.resolve(&field.schema).ty == Ty::Binary;
                // A file part's content is not looked at; a text part's must be text.
                let texts: Result<Vec<&str>, _> = parts
                    .iter()
                    .filter(|p| p.name == field.wire)
                    .map(|p| {
                        if file {
                            Ok("")
                        } else {
                            std::str::from_utf8(p.content)
                        }
                    })
                    .collect();
                match texts {
                    Ok(texts) => out.extend(check_part(svc, field, &texts), "body"),
                    Err(_) => out.push(&format!("part {}", field.wire), "the text is not UTF-8"),
                }
            }
        }
    }
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
