//! The YAML as written: structs that mirror `spec/README.md` key for key, with a location on every node that a later
//! stage may need to blame.
//!
//! A file is parsed once into a tree of located [`Node`]s, then read into these structs by [`read`], which records
//! every problem it meets (an unknown key, a value of the wrong kind, a missing key) and keeps going: one build
//! reports every problem of a file, not only the first. A key whose value is unusable is left out; a missing `type`
//! reads as `any`; an endpoint or response without a usable required key is left out after its problems are reported,
//! so later stages see only what was written correctly and add no follow-on errors.
//!
//! Schemas, endpoints and responses sit in `Box`es inside lists and maps: a `RawSchema` is about 1.4 KiB, and in the
//! unoptimized build proc macros get, every move of one is a `memcpy`.

use crate::ctxt::{Ctxt, FileId};
pub use crate::yaml::Node;
use crate::yaml::{Location, Spanned};
use serde_json::Value;
use std::fmt;

/// One spec file.
pub struct RawSpec {
    pub service: Spanned<String>,
    pub title: Spanned<String>,
    /// Absent when `host` says the whole host (the checker wants one of the two).
    pub host_prefix: Option<Spanned<String>>,
    pub host: Option<Spanned<String>>,
    pub credential_scope: Option<Spanned<String>>,
    pub description: Option<String>,
    pub types: Option<OrderedMap<String, Box<RawSchema>>>,
    // Boxed on purpose, see the module docs: moving a 0.8 KiB endpoint is a memcpy in the unoptimized macro.
    #[allow(clippy::vec_box)]
    pub endpoints: Spanned<Vec<Box<RawEndpoint>>>,
}

pub struct RawEndpoint {
    pub operation: Spanned<String>,
    pub method: Spanned<String>,
    pub path: Spanned<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub parameters: Option<RawParameters>,
    pub request: Option<RawRequest>,
    pub responses: Spanned<OrderedMap<StatusKey, Box<RawResponse>>>,
    pub pagination: Option<RawPagination>,
    pub waiter: Option<RawWaiter>,
    pub job: Option<RawJob>,
}

/// `pagination:` of an endpoint; what each key means is checked against the model (`plans`).
pub struct RawPagination {
    /// Where the mapping is.
    pub at: Location,
    pub style: Spanned<String>,
    pub items: Option<Spanned<String>>,
    pub param: Option<Spanned<String>>,
    pub next: Option<Spanned<String>>,
    pub page_size: Option<Spanned<String>>,
    pub short_page_ends: Option<Spanned<bool>>,
}

/// `waiter:` of an endpoint.
pub struct RawWaiter {
    pub at: Location,
    pub status: Spanned<String>,
    pub done: Spanned<Vec<Spanned<String>>>,
    pub failed: Option<Spanned<Vec<Spanned<String>>>>,
}

/// `job:` of an endpoint.
pub struct RawJob {
    pub at: Location,
    pub waiter: Spanned<String>,
    pub id: Spanned<String>,
}

#[derive(Default)]
pub struct RawParameters {
    pub path: Option<OrderedMap<String, Box<RawSchema>>>,
    pub query: Option<OrderedMap<String, Box<RawSchema>>>,
    pub header: Option<OrderedMap<String, Box<RawSchema>>>,
}

pub struct RawRequest {
    pub content_type: Option<Spanned<String>>,
    pub encoding: Option<Spanned<String>>,
    pub description: Option<String>,
    pub required: Option<bool>,
    pub name: Option<Spanned<String>>,
    pub body: Box<RawSchema>,
    pub example: Option<Spanned<Value>>,
}

pub struct RawResponse {
    pub description: Option<String>,
    pub kind: Option<Spanned<String>>,
    pub content_type: Option<Spanned<String>>,
    pub encoding: Option<Spanned<String>>,
    pub body: Option<Box<RawSchema>>,
    pub example: Option<Spanned<Value>>,
    /// Header name → schema.
    pub headers: Option<OrderedMap<String, Box<RawSchema>>>,
}

/// A schema node; which keys are allowed depends on `type` and is checked in `build`.
pub struct RawSchema {
    pub ty: Spanned<String>,
    pub description: Option<String>,
    pub required: Option<Spanned<bool>>,
    pub nullable: Option<bool>,
    pub default: Option<Spanned<Value>>,
    pub send_default: Option<Spanned<bool>>,
    pub example: Option<Spanned<Value>>,
    pub enum_values: Option<Spanned<Vec<Spanned<String>>>>,
    /// `enum` of an `int32` or `int64`.
    pub int_enum: Option<Spanned<Vec<Spanned<i64>>>>,
    /// Where an `enum` is on a type that takes none (`boolean`, `array`, …).
    pub other_enum: Option<Location>,
    pub min_length: Option<Spanned<u64>>,
    pub max_length: Option<Spanned<u64>>,
    pub pattern: Option<Spanned<String>>,
    pub minimum: Option<Spanned<Value>>,
    pub maximum: Option<Spanned<Value>>,
    pub min_items: Option<Spanned<u64>>,
    pub max_items: Option<Spanned<u64>>,
    pub items: Option<Box<RawSchema>>,
    pub values: Option<Box<RawSchema>>,
    pub keys: Option<Box<RawSchema>>,
    /// The JSON document a `string` holds.
    pub content: Option<Box<RawSchema>>,
    pub properties: Option<OrderedMap<String, Box<RawSchema>>>,
    pub name: Option<Spanned<String>>,
    pub rust_name: Option<Spanned<String>>,
    pub format: Option<Spanned<String>>,
    pub sentinels: Option<Spanned<Vec<Spanned<String>>>>,
    pub from_context: Option<Spanned<String>>,
    pub collection: Option<Spanned<String>>,
}

/// A status-table key: a status code, or the text of a key that is not one (reported by the checker, quoted as
/// written: `0200`, `200.0`).
#[derive(Clone, PartialEq, Eq)]
pub enum StatusKey {
    Code(u64),
    Text(String),
}

/// A YAML mapping kept in file order, each key with its location (a `BTreeMap` would reorder fields and lose
/// where each key was written).
pub struct OrderedMap<K, V>(pub Vec<(Spanned<K>, V)>);

impl<K, V> OrderedMap<K, V> {
    pub fn iter(&self) -> impl Iterator<Item = &(Spanned<K>, V)> {
        self.0.iter()
    }
}

// ------------------------------------------------------------------------------------------------------- the tree

impl Node {
    /// How messages name the kind of value found.
    fn kind(&self) -> &'static str {
        match self {
            Node::Null => "nothing",
            Node::Bool(_) => "a boolean",
            Node::Int(_) | Node::Uint(_) => "an integer",
            Node::Float(_) => "a number",
            Node::Str(_) => "a string",
            Node::Seq(_) => "a list",
            Node::Map(_) => "a mapping",
        }
    }
}

// ---------------------------------------------------------------------------------------------------- the reader

/// Reads a parsed file as a spec, recording every problem in `cx`. `source` is the file's text, from which a key
/// that is not a status code is quoted as written.
pub fn read(cx: &Ctxt, file: FileId<'_>, source: &str, root: &Spanned<Node>) -> Option<RawSpec> {
    Reader { cx, file, source }.spec(root)
}

struct Reader<'a> {
    cx: &'a Ctxt,
    file: FileId<'a>,
    source: &'a str,
}

/// The keys of one mapping of the format, read one by one: each known key is taken at most once, and the rest are
/// reported as unknown (with the nearest known key, when one is close) once the mapping has been read.
struct Keys<'n> {
    entries: Vec<(&'n str, &'n Spanned<Node>, &'n Location, bool)>,
    at: &'n Location,
}

impl<'a> Reader<'a> {
    fn error(&self, at: &Location, msg: impl fmt::Display) {
        self.cx.error_at(self.file.at(at), msg);
    }

    /// The entries of a mapping the format defines, or `None` (reported) when the node is not a mapping.
    fn keys<'n>(&self, node: &'n Spanned<Node>, what: &str) -> Option<Keys<'n>> {
        match &node.value {
            Node::Map(entries) => {
                let mut out = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    match &k.value {
                        Node::Str(name) => out.push((name.as_str(), v, &k.referenced, false)),
                        other => self.error(
                            &k.referenced,
                            format!("expected a key name, found {}", other.kind()),
                        ),
                    }
                }
                Some(Keys {
                    entries: out,
                    at: &node.referenced,
                })
            }
            Node::Null => Some(Keys {
                entries: Vec::new(),
                at: &node.referenced,
            }),
            other => {
                self.error(
                    &node.referenced,
                    format!("{what} must be a mapping, found {}", other.kind()),
                );
                None
            }
        }
    }

    /// Reports the keys no reader took.
    fn finish(&self, keys: Keys<'_>, known: &[&str]) {
        for (name, _, at, taken) in keys.entries {
            if !taken {
                self.error(at, unknown_key(name, known));
            }
        }
    }

    fn string(&self, node: &Spanned<Node>, key: &str) -> Option<Spanned<String>> {
        match &node.value {
            Node::Str(s) => Some(respan(node, s.clone())),
            other => {
                self.error(
                    &node.referenced,
                    format!("`{key}` must be a string, found {}", other.kind()),
                );
                None
            }
        }
    }

    fn boolean(&self, node: &Spanned<Node>, key: &str) -> Option<Spanned<bool>> {
        match &node.value {
            Node::Bool(b) => Some(respan(node, *b)),
            other => {
                self.error(
                    &node.referenced,
                    format!("`{key}` must be true or false, found {}", other.kind()),
                );
                None
            }
        }
    }

    fn count(&self, node: &Spanned<Node>, key: &str) -> Option<Spanned<u64>> {
        match &node.value {
            Node::Int(i) if *i >= 0 => Some(respan(node, i.unsigned_abs())),
            Node::Uint(u) => Some(respan(node, *u)),
            other => {
                self.error(
                    &node.referenced,
                    format!(
                        "`{key}` must be a non-negative integer, found {}",
                        self.shown(node, other)
                    ),
                );
                None
            }
        }
    }

    /// A value as JSON (examples, defaults, bounds): integers stay exact; YAML's `.nan` and `.inf` have no JSON form.
    fn json(&self, node: &Spanned<Node>) -> Option<Spanned<Value>> {
        let mut ok = true;
        let value = self.to_json(node, &mut ok);
        ok.then(|| respan(node, value))
    }

    fn to_json(&self, node: &Spanned<Node>, ok: &mut bool) -> Value {
        match &node.value {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Int(i) => Value::from(*i),
            Node::Uint(u) => Value::from(*u),
            Node::Float(f) => match serde_json::Number::from_f64(*f) {
                Some(n) => Value::Number(n),
                None => {
                    self.error(
                        &node.referenced,
                        format!(
                            "`{}` is not a JSON number (it is infinite or not a number); quote it if it is text",
                            self.text(&node.referenced)
                        ),
                    );
                    *ok = false;
                    Value::Null
                }
            },
            Node::Str(s) => Value::String(s.clone()),
            Node::Seq(items) => Value::Array(items.iter().map(|i| self.to_json(i, ok)).collect()),
            Node::Map(entries) => Value::Object(
                entries
                    .iter()
                    .filter_map(|(k, v)| {
                        let key = match &k.value {
                            Node::Str(s) => s.clone(),
                            Node::Int(i) => i.to_string(),
                            Node::Uint(u) => u.to_string(),
                            Node::Bool(b) => b.to_string(),
                            other => {
                                self.error(
                                    &k.referenced,
                                    format!(
                                        "a JSON object key must be text, found {}",
                                        other.kind()
                                    ),
                                );
                                *ok = false;
                                return None;
                            }
                        };
                        Some((key, self.to_json(v, ok)))
                    })
                    .collect(),
            ),
        }
    }

    /// A scalar as written in the file (`0200`, `2e2`), cut to a readable length; `other` describes anything else.
    fn shown(&self, node: &Spanned<Node>, other: &Node) -> String {
        match other {
            Node::Seq(_) | Node::Map(_) | Node::Null => other.kind().to_owned(),
            _ => format!("`{}`", spec_rules::shorten(self.text(&node.referenced))),
        }
    }

    /// The text a location spans in the file, when the parser gave its byte range.
    fn text(&self, at: &Location) -> &str {
        at.byte_range()
            .and_then(|r| self.source.get(r))
            .unwrap_or("")
    }

    /// A mapping of names to schemas (`types`, `properties`, a parameter group).
    fn schemas(
        &self,
        node: &Spanned<Node>,
        what: &str,
    ) -> Option<OrderedMap<String, Box<RawSchema>>> {
        let keys = self.keys(node, what)?;
        Some(OrderedMap(
            keys.entries
                .into_iter()
                .map(|(name, v, at, _)| {
                    let key = Spanned::new(name.to_owned(), *at, *at);
                    (key, Box::new(self.schema(v)))
                })
                .collect(),
        ))
    }

    fn spec(&self, root: &Spanned<Node>) -> Option<RawSpec> {
        const KEYS: &[&str] = &[
            "service",
            "title",
            "host_prefix",
            "host",
            "credential_scope",
            "description",
            "types",
            "endpoints",
        ];
        let mut k = self.keys(root, "a spec file")?;
        let service = k.take("service").and_then(|v| self.string(v, "service"));
        let title = k.take("title").and_then(|v| self.string(v, "title"));
        let host_prefix = k
            .take("host_prefix")
            .and_then(|v| self.string(v, "host_prefix"));
        let host = k.take("host").and_then(|v| self.string(v, "host"));
        let credential_scope = k
            .take("credential_scope")
            .and_then(|v| self.string(v, "credential_scope"));
        // One of the two says where the service is; a usable one is enough (the checker refuses both).
        if host_prefix.is_none() && host.is_none() && !k.had("host_prefix") && !k.had("host") {
            self.error(k.at, "missing key `host_prefix` (or `host`)");
        }
        let description = k
            .take("description")
            .and_then(|v| self.string(v, "description"));
        let types = k.take("types").and_then(|v| self.schemas(v, "`types`"));
        let endpoints = k.take("endpoints").map(|v| self.endpoints(v));
        let missing = self.missing(
            &k,
            &[
                ("service", service.is_some()),
                ("title", title.is_some()),
                ("endpoints", endpoints.is_some()),
            ],
        );
        self.finish(k, KEYS);
        if missing || (host_prefix.is_none() && host.is_none()) {
            return None;
        }
        Some(RawSpec {
            service: service?,
            title: title?,
            host_prefix,
            host,
            credential_scope,
            description: description.map(|d| d.value),
            types,
            endpoints: endpoints?,
        })
    }

    /// Reports each required key that is absent (a present but unusable one has been reported already); whether
    /// any required key is unusable.
    fn missing(&self, k: &Keys<'_>, required: &[(&str, bool)]) -> bool {
        let mut any = false;
        for (key, usable) in required {
            if !usable {
                any = true;
                if !k.had(key) {
                    self.error(k.at, format!("missing key `{key}`"));
                }
            }
        }
        any
    }

    #[allow(clippy::vec_box)]
    fn endpoints(&self, node: &Spanned<Node>) -> Spanned<Vec<Box<RawEndpoint>>> {
        let list = match &node.value {
            Node::Seq(items) => items
                .iter()
                .filter_map(|e| self.endpoint(e))
                .map(Box::new)
                .collect(),
            Node::Null => Vec::new(),
            other => {
                self.error(
                    &node.referenced,
                    format!("`endpoints` must be a list, found {}", other.kind()),
                );
                Vec::new()
            }
        };
        respan(node, list)
    }

    fn endpoint(&self, node: &Spanned<Node>) -> Option<RawEndpoint> {
        const KEYS: &[&str] = &[
            "operation",
            "method",
            "path",
            "summary",
            "description",
            "parameters",
            "request",
            "responses",
            "pagination",
            "waiter",
            "job",
        ];
        let mut k = self.keys(node, "an endpoint")?;
        let operation = k
            .take("operation")
            .and_then(|v| self.string(v, "operation"));
        let method = k.take("method").and_then(|v| self.string(v, "method"));
        let path = k.take("path").and_then(|v| self.string(v, "path"));
        let summary = k.take("summary").and_then(|v| self.string(v, "summary"));
        let description = k
            .take("description")
            .and_then(|v| self.string(v, "description"));
        let parameters = k.take("parameters").and_then(|v| self.parameters(v));
        let request = k.take("request").and_then(|v| self.request(v));
        let responses = k.take("responses").and_then(|v| self.responses(v));
        let pagination = k.take("pagination").and_then(|v| self.pagination(v));
        let waiter = k.take("waiter").and_then(|v| self.waiter(v));
        let job = k.take("job").and_then(|v| self.job(v));
        let missing = self.missing(
            &k,
            &[
                ("operation", operation.is_some()),
                ("method", method.is_some()),
                ("path", path.is_some()),
                ("responses", responses.is_some()),
            ],
        );
        self.finish(k, KEYS);
        if missing {
            return None;
        }
        Some(RawEndpoint {
            operation: operation?,
            method: method?,
            path: path?,
            summary: summary.map(|s| s.value),
            description: description.map(|d| d.value),
            parameters,
            request,
            responses: responses?,
            pagination,
            waiter,
            job,
        })
    }

    fn pagination(&self, node: &Spanned<Node>) -> Option<RawPagination> {
        const KEYS: &[&str] = &[
            "style",
            "items",
            "param",
            "next",
            "page_size",
            "short_page_ends",
        ];
        let mut k = self.keys(node, "`pagination`")?;
        let style = k.take("style").and_then(|v| self.string(v, "style"));
        let items = k.take("items").and_then(|v| self.string(v, "items"));
        let param = k.take("param").and_then(|v| self.string(v, "param"));
        let next = k.take("next").and_then(|v| self.string(v, "next"));
        let page_size = k
            .take("page_size")
            .and_then(|v| self.string(v, "page_size"));
        let short_page_ends = k
            .take("short_page_ends")
            .and_then(|v| self.boolean(v, "short_page_ends"));
        let missing = self.missing(&k, &[("style", style.is_some())]);
        let at = *k.at;
        self.finish(k, KEYS);
        if missing {
            return None;
        }
        Some(RawPagination {
            at,
            style: style?,
            items,
            param,
            next,
            page_size,
            short_page_ends,
        })
    }

    fn waiter(&self, node: &Spanned<Node>) -> Option<RawWaiter> {
        const KEYS: &[&str] = &["status", "done", "failed"];
        let mut k = self.keys(node, "`waiter`")?;
        let status = k.take("status").and_then(|v| self.string(v, "status"));
        let done = k.take("done").and_then(|v| self.strings(v, "done"));
        let failed = k.take("failed").and_then(|v| self.strings(v, "failed"));
        let missing = self.missing(
            &k,
            &[("status", status.is_some()), ("done", done.is_some())],
        );
        let at = *k.at;
        self.finish(k, KEYS);
        if missing {
            return None;
        }
        Some(RawWaiter {
            at,
            status: status?,
            done: done?,
            failed,
        })
    }

    fn job(&self, node: &Spanned<Node>) -> Option<RawJob> {
        const KEYS: &[&str] = &["waiter", "id"];
        let mut k = self.keys(node, "`job`")?;
        let waiter = k.take("waiter").and_then(|v| self.string(v, "waiter"));
        let id = k.take("id").and_then(|v| self.string(v, "id"));
        let missing = self.missing(&k, &[("waiter", waiter.is_some()), ("id", id.is_some())]);
        let at = *k.at;
        self.finish(k, KEYS);
        if missing {
            return None;
        }
        Some(RawJob {
            at,
            waiter: waiter?,
            id: id?,
        })
    }

    fn parameters(&self, node: &Spanned<Node>) -> Option<RawParameters> {
        const KEYS: &[&str] = &["path", "query", "header"];
        let mut k = self.keys(node, "`parameters`")?;
        let out = RawParameters {
            path: k.take("path").and_then(|v| self.schemas(v, "`path`")),
            query: k.take("query").and_then(|v| self.schemas(v, "`query`")),
            header: k.take("header").and_then(|v| self.schemas(v, "`header`")),
        };
        self.finish(k, KEYS);
        Some(out)
    }

    fn request(&self, node: &Spanned<Node>) -> Option<RawRequest> {
        const KEYS: &[&str] = &[
            "content_type",
            "encoding",
            "description",
            "required",
            "name",
            "body",
            "example",
        ];
        let mut k = self.keys(node, "`request`")?;
        let content_type = k
            .take("content_type")
            .and_then(|v| self.string(v, "content_type"));
        let encoding = k.take("encoding").and_then(|v| self.string(v, "encoding"));
        let description = k
            .take("description")
            .and_then(|v| self.string(v, "description"));
        let required = k.take("required").and_then(|v| self.boolean(v, "required"));
        let name = k.take("name").and_then(|v| self.string(v, "name"));
        let body = k.take("body").map(|v| self.schema(v));
        let example = k.take("example").and_then(|v| self.json(v));
        let missing = self.missing(&k, &[("body", body.is_some())]);
        self.finish(k, KEYS);
        if missing {
            return None;
        }
        Some(RawRequest {
            content_type,
            encoding,
            description: description.map(|d| d.value),
            required: required.map(|r| r.value),
            name,
            body: Box::new(body?),
            example,
        })
    }

    fn responses(
        &self,
        node: &Spanned<Node>,
    ) -> Option<Spanned<OrderedMap<StatusKey, Box<RawResponse>>>> {
        let Node::Map(entries) = &node.value else {
            self.error(
                &node.referenced,
                format!(
                    "`responses` must be a mapping of status codes, found {}",
                    node.value.kind()
                ),
            );
            return None;
        };
        let map = entries
            .iter()
            .filter_map(|(k, v)| {
                let key = self.status_key(k);
                self.response(v).map(|r| (key, Box::new(r)))
            })
            .collect();
        Some(respan(node, OrderedMap(map)))
    }

    /// A status key: a number from the file (`200:` or `"200":`) is a code; anything else keeps its text as written
    /// for the checker's message (`0200`, `200.0`, `2e2`).
    fn status_key(&self, k: &Spanned<Node>) -> Spanned<StatusKey> {
        let written = self.text(&k.referenced).trim();
        let written = written
            .strip_prefix('"')
            .and_then(|w| w.strip_suffix('"'))
            .or_else(|| {
                written
                    .strip_prefix('\'')
                    .and_then(|w| w.strip_suffix('\''))
            })
            .unwrap_or(written);
        let plain = |s: &str| {
            !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && !(s.len() > 1 && s.starts_with('0'))
        };
        let key = match &k.value {
            Node::Str(s) if plain(s) => s
                .parse()
                .map_or_else(|_| StatusKey::Text(s.clone()), StatusKey::Code),
            Node::Int(i) if written.is_empty() || plain(written) => match u64::try_from(*i) {
                Ok(c) => StatusKey::Code(c),
                Err(_) => StatusKey::Text(i.to_string()),
            },
            Node::Str(s) => StatusKey::Text(s.clone()),
            _ if !written.is_empty() => StatusKey::Text(written.to_owned()),
            Node::Int(i) => StatusKey::Text(i.to_string()),
            Node::Uint(u) => StatusKey::Text(u.to_string()),
            Node::Float(f) => StatusKey::Text(f.to_string()),
            other => StatusKey::Text(other.kind().to_owned()),
        };
        respan(k, key)
    }

    fn response(&self, node: &Spanned<Node>) -> Option<RawResponse> {
        const KEYS: &[&str] = &[
            "description",
            "kind",
            "content_type",
            "encoding",
            "body",
            "example",
            "headers",
        ];
        let mut k = self.keys(node, "a response")?;
        let out = RawResponse {
            description: k
                .take("description")
                .and_then(|v| self.string(v, "description"))
                .map(|d| d.value),
            kind: k.take("kind").and_then(|v| self.string(v, "kind")),
            content_type: k
                .take("content_type")
                .and_then(|v| self.string(v, "content_type")),
            encoding: k.take("encoding").and_then(|v| self.string(v, "encoding")),
            body: k.take("body").map(|v| Box::new(self.schema(v))),
            example: k.take("example").and_then(|v| self.json(v)),
            headers: k.take("headers").and_then(|v| self.schemas(v, "`headers`")),
        };
        self.finish(k, KEYS);
        Some(out)
    }

    /// A schema node; one that is not a mapping, or has no usable `type`, reads as `any` after its problems are
    /// reported, so that the names referring to it stay defined.
    fn schema(&self, node: &Spanned<Node>) -> RawSchema {
        const KEYS: &[&str] = &[
            "type",
            "description",
            "required",
            "nullable",
            "default",
            "send_default",
            "example",
            "enum",
            "min_length",
            "max_length",
            "pattern",
            "minimum",
            "maximum",
            "min_items",
            "max_items",
            "items",
            "values",
            "keys",
            "content",
            "properties",
            "name",
            "rust_name",
            "format",
            "sentinels",
            "from_context",
            "collection",
        ];
        let any = || respan(node, "any".to_owned());
        let Some(mut k) = self.keys(node, "a schema") else {
            return RawSchema::of(any());
        };
        let ty = match k.take("type") {
            Some(v) => self.string(v, "type").unwrap_or_else(any),
            None => {
                self.error(k.at, "missing key `type`");
                any()
            }
        };
        let is_int = matches!(ty.value.as_str(), "int32" | "int64");
        // Builtin types other than these take no `enum`; a named type's use is checked in `build` as a string's.
        let no_enum = !is_int && ty.value != "string" && crate::build::is_builtin(&ty.value);
        let other_enum = if no_enum {
            k.take("enum").map(|v| v.referenced)
        } else {
            None
        };
        let out = RawSchema {
            ty,
            description: k
                .take("description")
                .and_then(|v| self.string(v, "description"))
                .map(|d| d.value),
            required: k.take("required").and_then(|v| self.boolean(v, "required")),
            nullable: k
                .take("nullable")
                .and_then(|v| self.boolean(v, "nullable"))
                .map(|n| n.value),
            default: k.take("default").and_then(|v| self.json(v)),
            send_default: k
                .take("send_default")
                .and_then(|v| self.boolean(v, "send_default")),
            example: k.take("example").and_then(|v| self.json(v)),
            other_enum,
            enum_values: if is_int || no_enum {
                None
            } else {
                k.take("enum").and_then(|v| self.strings(v, "enum"))
            },
            int_enum: if is_int {
                k.take("enum").and_then(|v| self.integers(v, "enum"))
            } else {
                None
            },
            min_length: k
                .take("min_length")
                .and_then(|v| self.count(v, "min_length")),
            max_length: k
                .take("max_length")
                .and_then(|v| self.count(v, "max_length")),
            pattern: k.take("pattern").and_then(|v| self.string(v, "pattern")),
            minimum: k.take("minimum").and_then(|v| self.json(v)),
            maximum: k.take("maximum").and_then(|v| self.json(v)),
            min_items: k.take("min_items").and_then(|v| self.count(v, "min_items")),
            max_items: k.take("max_items").and_then(|v| self.count(v, "max_items")),
            items: k.take("items").map(|v| Box::new(self.schema(v))),
            values: k.take("values").map(|v| Box::new(self.schema(v))),
            keys: k.take("keys").map(|v| Box::new(self.schema(v))),
            content: k.take("content").map(|v| Box::new(self.schema(v))),
            properties: k
                .take("properties")
                .and_then(|v| self.schemas(v, "`properties`")),
            name: k.take("name").and_then(|v| self.string(v, "name")),
            rust_name: k
                .take("rust_name")
                .and_then(|v| self.string(v, "rust_name")),
            format: k.take("format").and_then(|v| self.string(v, "format")),
            sentinels: k
                .take("sentinels")
                .and_then(|v| self.strings(v, "sentinels")),
            from_context: k
                .take("from_context")
                .and_then(|v| self.string(v, "from_context")),
            collection: k
                .take("collection")
                .and_then(|v| self.string(v, "collection")),
        };
        self.finish(k, KEYS);
        out
    }

    /// A list of strings (`enum`, `sentinels`).
    /// A list of integers (an integer `enum`).
    fn integers(&self, node: &Spanned<Node>, key: &str) -> Option<Spanned<Vec<Spanned<i64>>>> {
        let Node::Seq(items) = &node.value else {
            self.error(
                &node.referenced,
                format!(
                    "`{key}` must be a list of integers, found {}",
                    node.value.kind()
                ),
            );
            return None;
        };
        let mut values = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            match &item.value {
                Node::Int(i) => values.push(respan(item, *i)),
                other => {
                    ok = false;
                    self.error(
                        &item.referenced,
                        format!(
                            "each of `{key}` must be an integer, found {}",
                            self.shown(item, other)
                        ),
                    );
                }
            }
        }
        ok.then(|| respan(node, values))
    }

    fn strings(&self, node: &Spanned<Node>, key: &str) -> Option<Spanned<Vec<Spanned<String>>>> {
        let Node::Seq(items) = &node.value else {
            self.error(
                &node.referenced,
                format!(
                    "`{key}` must be a list of strings, found {}",
                    node.value.kind()
                ),
            );
            return None;
        };
        let mut values = Vec::with_capacity(items.len());
        let mut ok = true;
        for item in items {
            match &item.value {
                Node::Str(s) => values.push(respan(item, s.clone())),
                other => {
                    ok = false;
                    self.error(
                        &item.referenced,
                        format!(
                            "each of `{key}` must be a string, found {}; quote it (`\"{}\"`)",
                            other.kind(),
                            spec_rules::shorten(self.text(&item.referenced))
                        ),
                    );
                }
            }
        }
        ok.then(|| respan(node, values))
    }
}

impl RawSchema {
    /// A schema that only says its type.
    fn of(ty: Spanned<String>) -> RawSchema {
        RawSchema {
            ty,
            description: None,
            required: None,
            nullable: None,
            default: None,
            send_default: None,
            example: None,
            enum_values: None,
            int_enum: None,
            other_enum: None,
            min_length: None,
            max_length: None,
            pattern: None,
            minimum: None,
            maximum: None,
            min_items: None,
            max_items: None,
            items: None,
            values: None,
            keys: None,
            content: None,
            properties: None,
            name: None,
            rust_name: None,
            format: None,
            sentinels: None,
            from_context: None,
            collection: None,
        }
    }
}

impl<'n> Keys<'n> {
    /// The value of `key`, marking it read.
    fn take(&mut self, key: &str) -> Option<&'n Spanned<Node>> {
        let entry = self.entries.iter_mut().find(|(name, ..)| *name == key)?;
        entry.3 = true;
        Some(entry.1)
    }

    /// Whether the mapping has `key` at all.
    fn had(&self, key: &str) -> bool {
        self.entries.iter().any(|(name, ..)| *name == key)
    }
}

/// `value` with the location of `node`.
fn respan<T>(node: &Spanned<Node>, value: T) -> Spanned<T> {
    Spanned::new(value, node.referenced, node.defined)
}

/// "unknown key `max_lenght`; did you mean `max_length`?", or the list of keys when none is close.
pub fn unknown_key(name: &str, known: &[&str]) -> String {
    let shown = spec_rules::shorten(name);
    match nearest(name, known.iter().copied()) {
        Some(near) => format!("unknown key `{shown}`; did you mean `{near}`?"),
        None => format!(
            "unknown key `{shown}`; expected one of {}",
            known.join(", ")
        ),
    }
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a slip of the fingers: at most a
/// third of the word's length, and at most 3.
pub fn nearest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| {
            (
                edit_distance(&word.to_ascii_lowercase(), &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters, with a swap of two neighbours counting as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Beyond this the words are not slips of each other; skip the quadratic table.
    if a.len().abs_diff(b.len()) > 3 || a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d.iter_mut().take(w).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = best;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_keys_are_suggested() {
        let keys = ["min_length", "max_length", "pattern", "minimum"];
        assert_eq!(nearest("max_lenght", keys), Some("max_length"));
        assert_eq!(nearest("patern", keys), Some("pattern"));
        assert_eq!(nearest("timeout_ms", keys), None);
        assert_eq!(nearest("x", keys), None);
        assert_eq!(edit_distance("abc", "acb"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
