//! The normalized spec: what a spec file means once it has been checked, as plain data.
//!
//! Every inline object and enum is hoisted into a named [`TypeDef`] (named after its place, or by its `name:`), every
//! Rust name is chosen and kept apart from its wire name, every implicit default is filled in. The `generate!` macro
//! expands these types; the mock server, the OpenAPI export and the `spec` command read them. With the `json` feature
//! they serialize with serde: `ServiceMeta::spec_json` of a generated client is `serde_json::to_string(&Service)`.
//! Without it no serde derive is compiled: the macro's own build, which a client's first build waits for, needs none.
//!
//! Questions about a model that have one answer for every consumer (what a reference finally is, whether a use site
//! accepts `null`, which constraints apply) are methods of [`Service`], so no consumer re-derives them.

#[cfg(feature = "json")]
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

pub use spec_rules::Number;

/// One service: one spec file.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Service {
    /// snake_case name: the Rust module and the client accessor (`ges`).
    pub name: String,
    /// Human-readable name.
    pub title: String,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// Endpoint host prefix: the client calls `https://<host_prefix>.<region>.<domain>`. Empty when the spec gives
    /// the whole host instead (`host`); [`Service::host_template`] is the host either way.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub host_prefix: String,
    /// The spec's `host:` template (`iam.{domain}`), when it gives one instead of `host_prefix`.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub host: Option<String>,
    /// Which id of the client's credentials the service's calls carry.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "CredentialScope::is_project")
    )]
    pub credential_scope: CredentialScope,
    /// Named types, declared under `types:` or hoisted from inline objects and enums; [`TypeId`]s index this.
    #[cfg_attr(feature = "json", serde(default))]
    pub types: Vec<TypeDef>,
    /// Endpoints in spec order.
    #[cfg_attr(feature = "json", serde(default))]
    pub endpoints: Vec<Endpoint>,
}

/// Which id of the client's credentials a service's calls carry, and in which header: a regional service is scoped
/// to a project (`X-Project-Id`), a global one (IAM, BSS) to the account, which Huawei Cloud calls a domain
/// (`X-Domain-Id`), as the official SDKs' `BasicCredentials` and `GlobalCredentials` send them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "lowercase"))]
pub enum CredentialScope {
    /// `credential_scope: project` (the default): `X-Project-Id`.
    #[default]
    Project,
    /// `credential_scope: domain`: `X-Domain-Id`.
    Domain,
}

impl CredentialScope {
    /// The scope a spec names (`project`, `domain`), if it is one.
    pub fn parse(name: &str) -> Option<CredentialScope> {
        match name {
            "project" => Some(CredentialScope::Project),
            "domain" => Some(CredentialScope::Domain),
            _ => None,
        }
    }

    /// The name a spec writes.
    pub fn name(self) -> &'static str {
        match self {
            CredentialScope::Project => "project",
            CredentialScope::Domain => "domain",
        }
    }

    #[cfg(feature = "json")]
    fn is_project(&self) -> bool {
        *self == CredentialScope::Project
    }
}

/// Index of a type in [`Service::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(transparent))]
pub struct TypeId(pub usize);

/// A named type.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct TypeDef {
    /// PascalCase Rust type name; also the OpenAPI component name.
    pub name: String,
    /// Where the type is used; the expansion emits only what those uses need.
    #[cfg_attr(feature = "json", serde(default))]
    pub uses: Uses,
    /// What the type is: [`Ty::Struct`], [`Ty::Enum`], or any other type it is an alias of, with the type's own
    /// description, nullability, example and constraints.
    pub schema: Schema,
    /// Where the type is declared (the `types:` key, or the inline schema's `type:`), when read from YAML.
    #[cfg_attr(feature = "json", serde(skip))]
    pub loc: Option<Loc>,
}

/// Where a named type is used (directly or inside another type used there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Uses {
    /// In a request body: callers build it.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub request: bool,
    /// As a path, query or header parameter.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub param: bool,
    /// In a response body: the client reads it.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub response: bool,
    /// As a response header: the client reads it from the header's text.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub header: bool,
    /// As a `multipart/form-data` request body: callers build it, and each field is a part.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub multipart: bool,
}

/// A schema node: a type with what the spec says about values of it at this place.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Schema {
    #[cfg_attr(feature = "json", serde(flatten))]
    pub ty: Ty,
    /// JSON `null` is accepted here (see [`Service::is_nullable`] for references).
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub nullable: bool,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// The `default:` of a scalar: what the server does when the value is not sent (documentation; see
    /// [`send_default`](Self::send_default)).
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub default: Option<Value>,
    /// The client sends the default when the caller leaves the value unset (`send_default: true`); otherwise an unset
    /// value is not sent, as the official SDKs do.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub send_default: bool,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub example: Option<Value>,
    #[cfg_attr(feature = "json", serde(flatten))]
    pub rules: Rules,
    /// How a `date-time` is written (see [`Service::date_format`] for references); `None` is RFC 3339.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub format: Option<DateFormat>,
    /// Values a `date-time` may take that are no time (`-`, `""`): kept as they are, never parsed.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sentinels: Vec<String>,
}

/// The layout of a `date-time` on the wire: its `format:`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "kebab-case"))]
pub enum DateFormat {
    /// `2024-01-01T08:00:00Z` (the default).
    #[default]
    Rfc3339,
    /// `2024-01-01T08:00:00`: no zone.
    Naive,
    /// `20240101T080000Z`.
    Compact,
    /// Seconds since the epoch, a JSON integer.
    EpochSeconds,
    /// Milliseconds since the epoch, a JSON integer.
    EpochMillis,
    /// Seconds since the epoch, a JSON string of digits.
    EpochSecondsString,
    /// Milliseconds since the epoch, a JSON string of digits.
    EpochMillisString,
}

impl DateFormat {
    /// Every format, with the name a spec writes.
    pub const ALL: [(&'static str, DateFormat); 7] = [
        ("rfc3339", DateFormat::Rfc3339),
        ("naive", DateFormat::Naive),
        ("compact", DateFormat::Compact),
        ("epoch-seconds", DateFormat::EpochSeconds),
        ("epoch-millis", DateFormat::EpochMillis),
        ("epoch-seconds-string", DateFormat::EpochSecondsString),
        ("epoch-millis-string", DateFormat::EpochMillisString),
    ];

    /// The format a spec names, if it is one.
    pub fn parse(name: &str) -> Option<DateFormat> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    /// The name a spec writes.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("rfc3339", |(n, _)| n)
    }

    /// The text's layout, which `spec_rules::date_time` checks.
    pub fn layout(self) -> spec_rules::DateLayout {
        use spec_rules::DateLayout as L;
        match self {
            DateFormat::Rfc3339 => L::Rfc3339,
            DateFormat::Naive => L::Naive,
            DateFormat::Compact => L::Compact,
            DateFormat::EpochSeconds | DateFormat::EpochSecondsString => L::EpochSeconds,
            DateFormat::EpochMillis | DateFormat::EpochMillisString => L::EpochMillis,
        }
    }

    /// Written as a JSON number (else a JSON string).
    pub fn is_number(self) -> bool {
        matches!(self, DateFormat::EpochSeconds | DateFormat::EpochMillis)
    }
}

impl Schema {
    /// A schema of type `ty` with nothing else said.
    pub fn of(ty: Ty) -> Schema {
        Schema {
            ty,
            nullable: false,
            description: None,
            default: None,
            send_default: false,
            example: None,
            rules: Rules::default(),
            format: None,
            sentinels: Vec::new(),
        }
    }
}

/// The type of a schema node.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(tag = "type", rename_all = "kebab-case"))]
pub enum Ty {
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    DateTime,
    /// Bytes: a whole body sent or received as is, or a file part of a `multipart/form-data` body.
    Binary,
    /// Any JSON value.
    Any,
    /// `object` without properties: any JSON object.
    Object,
    Array {
        items: Box<Schema>,
    },
    /// A JSON object with string keys and values of one schema.
    Map {
        values: Box<Schema>,
        /// What the keys must be (a `string` with constraints), when the spec says.
        #[cfg_attr(
            feature = "json",
            serde(default, skip_serializing_if = "Option::is_none")
        )]
        keys: Option<Box<Schema>>,
    },
    /// A JSON document of `content`'s schema written inside a JSON string (a `string` with `content:`).
    JsonText {
        content: Box<Schema>,
    },
    /// A named type.
    Ref {
        id: TypeId,
    },
    /// An object with properties. Only the schema of a [`TypeDef`] has this type; uses refer to it by [`Ty::Ref`].
    Struct {
        fields: Vec<Field>,
    },
    /// A string with listed values. Only the schema of a [`TypeDef`] has this type; uses refer to it by [`Ty::Ref`].
    Enum {
        values: Vec<Variant>,
    },
}

impl Ty {
    /// The name the spec format gives this type (`int32`, `date-time`, `array`, …); `ref` for a reference.
    pub fn keyword(&self) -> &'static str {
        match self {
            Ty::String => "string",
            Ty::Int32 => "int32",
            Ty::Int64 => "int64",
            Ty::Number => "number",
            Ty::Boolean => "boolean",
            Ty::DateTime => "date-time",
            Ty::Binary => "binary",
            Ty::Any => "any",
            Ty::Object | Ty::Struct { .. } => "object",
            Ty::Array { .. } => "array",
            Ty::Map { .. } => "map",
            Ty::Ref { .. } => "ref",
            Ty::Enum { .. } | Ty::JsonText { .. } => "string",
        }
    }
}

/// Constraints on values; unset ones are `None`. Items of an array and values of a map carry their own in their
/// schema.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Rules {
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub min_length: Option<u64>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub max_length: Option<u64>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub pattern: Option<String>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none", with = "number")
    )]
    pub minimum: Option<Number>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none", with = "number")
    )]
    pub maximum: Option<Number>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub min_items: Option<u64>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub max_items: Option<u64>,
    /// The values an `int32` or `int64` may take (its `enum`); the Rust type stays the integer.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub int_enum: Option<Vec<i64>>,
}

impl Rules {
    pub fn is_empty(&self) -> bool {
        *self == Rules::default()
    }
}

/// A property of an object.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Field {
    /// The Rust field name (`r#type` for `type`).
    pub rust: String,
    /// The JSON key.
    pub wire: String,
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub required: bool,
    pub schema: Schema,
}

/// A value of an enum.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Variant {
    /// The Rust variant name.
    pub rust: String,
    /// The value on the wire.
    pub wire: String,
}

/// Most values an enum has and is still generated as a Rust `enum`; a larger one is a struct with one associated
/// constant per value, since rustc checks a `match` over an enum's variants in time quadratic in their number.
pub const LARGE_ENUM: usize = 1024;

/// Whether an enum of these values is generated as a struct of constants ([`LARGE_ENUM`]).
pub fn is_large_enum(values: &[Variant]) -> bool {
    values.len() > LARGE_ENUM
}

/// One endpoint: an operation at a method and path.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Endpoint {
    /// PascalCase operation name (`StopGraph`).
    pub operation: String,
    /// The call method's name (`stop_graph`).
    pub rust_name: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template (`/v2/{project_id}/graphs/{graph_id}/stop`).
    pub path: String,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub summary: Option<String>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// Path, then query, then header parameters, each group in spec order.
    #[cfg_attr(feature = "json", serde(default))]
    pub params: Vec<Param>,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub request: Option<Request>,
    /// Documented responses: exact statuses ascending, then ranges (`4XX`) ascending, then `default`.
    #[cfg_attr(feature = "json", serde(default))]
    pub responses: Vec<Response>,
    /// How the results come in pages (`pagination:`); [`Service::page_plan`] resolves it.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub pagination: Option<Pagination>,
    /// This operation tells the state of an asynchronous job (`waiter:`); [`Service::wait_plan`] resolves it.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub waiter: Option<Waiter>,
    /// This operation starts an asynchronous job that another operation's waiter follows (`job:`);
    /// [`Service::job_plan`] resolves it.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub job: Option<Job>,
    /// Where the path template is written, when read from YAML.
    #[cfg_attr(feature = "json", serde(skip))]
    pub loc: Option<Loc>,
}

/// How a list operation's results come in pages: its `pagination:` as written (wire names), resolved against the
/// service's types by [`Service::page_plan`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Pagination {
    pub style: PageStyle,
    /// The properties leading from the success body to the array of items; empty when the body is the array.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub items: Vec<String>,
    /// The query parameter the next marker, cursor, offset or page number is sent in (every style but `link`).
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub param: Option<String>,
    /// Where the next token is: for `marker`, properties inside an item (of the last item of a page); for `cursor`
    /// and `link`, properties from the success body. Empty for `offset` and `page`.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub next: Vec<String>,
    /// The query parameter that sets how many items a page holds.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub page_size: Option<String>,
    /// A page with fewer items than the request's page size asked for is the last (`short_page_ends: true`); else
    /// only an empty page, a missing token or the same page again ends the list.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub short_page_ends: bool,
    /// Where each key is written (`pagination` for the mapping itself), when read from YAML.
    #[cfg_attr(feature = "json", serde(skip))]
    pub locs: KeyLocs,
}

/// How the request for the next page is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "lowercase"))]
pub enum PageStyle {
    /// The next request sends a property of the last item (its id) in `param`.
    Marker,
    /// The next request sends a property of the response (`meta_data.marker`) in `param`.
    Cursor,
    /// The next request sends the number of items seen so far (from the first request's offset) in `param`.
    Offset,
    /// The next request sends the next page number (the first page is 1) in `param`.
    Page,
    /// The next request is the URL a property of the response holds (`links.next`): its query replaces the request's.
    Link,
}

impl PageStyle {
    /// Every style, with the name a spec writes.
    pub const ALL: [(&'static str, PageStyle); 5] = [
        ("marker", PageStyle::Marker),
        ("cursor", PageStyle::Cursor),
        ("offset", PageStyle::Offset),
        ("page", PageStyle::Page),
        ("link", PageStyle::Link),
    ];

    /// The style a spec names, if it is one.
    pub fn parse(name: &str) -> Option<PageStyle> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
    }

    /// The name a spec writes.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("marker", |(n, _)| n)
    }

    /// The next page's position is a token the response gives (marker, cursor, link), not a number the client
    /// counts (offset, page).
    pub fn has_token(self) -> bool {
        matches!(
            self,
            PageStyle::Marker | PageStyle::Cursor | PageStyle::Link
        )
    }
}

/// An operation that tells the state of an asynchronous job (`waiter:`): which property of its success body holds
/// the state, and which values end the wait. Any other value (or none) means the job is still running.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Waiter {
    /// The properties leading from the success body to the state.
    pub status: Vec<String>,
    /// The states of a job that succeeded.
    pub done: Vec<String>,
    /// The states of a job that failed.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub failed: Vec<String>,
    /// Where each key is written (`waiter` for the mapping itself), when read from YAML.
    #[cfg_attr(feature = "json", serde(skip))]
    pub locs: KeyLocs,
}

/// An operation that starts an asynchronous job (`job:`): the operation whose waiter follows it, and where the job's
/// id is in the success body.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Job {
    /// The operation (of the same service) that has the `waiter:`.
    pub waiter: String,
    /// The properties leading from the success body to the job id.
    pub id: Vec<String>,
    /// Where each key is written (`job` for the mapping itself), when read from YAML.
    #[cfg_attr(feature = "json", serde(skip))]
    pub locs: KeyLocs,
}

/// Where the keys of one mapping of a spec are written: key name → location.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyLocs(pub Vec<(String, Loc)>);

impl KeyLocs {
    /// Where `key` is written, else where the mapping is.
    pub fn at(&self, key: &str, mapping: &str) -> Option<Loc> {
        let find = |k: &str| self.0.iter().find(|(n, _)| n == k).map(|(_, l)| l.clone());
        find(key).or_else(|| find(mapping))
    }
}

impl Endpoint {
    /// The method of the service handle that pages through this operation (`list_vpcs_paginator`).
    pub fn paginator_method(&self) -> String {
        format!("{}_paginator", self.rust_name.trim_start_matches("r#"))
    }

    /// The method of the service handle that waits on a job: for an operation with a `waiter:`, polling it
    /// (`wait_show_job`); for one with a `job:`, following the job it started (`wait_batch_stop_servers`).
    pub fn wait_method(&self) -> String {
        format!("wait_{}", self.rust_name.trim_start_matches("r#"))
    }

    /// The request struct (`StopGraphRequest`).
    pub fn request_type(&self) -> String {
        format!("{}Request", self.operation)
    }

    /// The error enum (`StopGraphError`).
    pub fn error_type(&self) -> String {
        format!("{}Error", self.operation)
    }

    /// The output enum (`StopGraphOutput`), for operations with more than one success status.
    pub fn output_enum(&self) -> Option<String> {
        (self.responses.iter().filter(|r| r.success).count() > 1)
            .then(|| format!("{}Output", self.operation))
    }

    /// The struct that holds a success response's body and its declared headers: `<Op>Output` when it is the only
    /// success status, else `<Op><Variant>Output` (carried by that variant of the output enum); `None` for a
    /// response without headers, whose output is its body as it is.
    pub fn output_struct(&self, r: &Response) -> Option<String> {
        if !r.success || r.headers.is_empty() {
            return None;
        }
        let single = self.responses.iter().filter(|x| x.success).count() == 1;
        Some(output_struct_name(&self.operation, &r.variant, single))
    }

    /// The response that documents a status: the exact one, else the range that holds it, else `default`.
    pub fn response(&self, status: u16) -> Option<&Response> {
        self.responses
            .iter()
            .find(|r| r.status == Status::Code(status))
            .or_else(|| {
                self.responses
                    .iter()
                    .find(|r| matches!(r.status, Status::Range(_)) && r.status.covers(status))
            })
            .or_else(|| self.responses.iter().find(|r| r.status == Status::Default))
    }

    /// A status `r` answers with: its code, or for a range or `default` the lowest code it documents that no more
    /// specific response takes (`None` when every code it could take is taken). For a success `default`, a 2xx code.
    pub fn sample_status(&self, r: &Response) -> Option<u16> {
        let candidates: Box<dyn Iterator<Item = u16>> = match r.status {
            Status::Code(c) => return Some(c),
            Status::Range(class) => {
                let base = u16::from(class) * 100;
                Box::new(base..base + 100)
            }
            Status::Default if r.success => Box::new(200..300),
            Status::Default => Box::new((400..600).chain(300..400)),
        };
        candidates
            .into_iter()
            .find(|&c| self.response(c).is_some_and(|x| std::ptr::eq(x, r)))
    }

    /// The statuses whose body is a download (a success response with a `binary` body), as inclusive ranges in
    /// ascending order: the client streams those bodies to the caller instead of reading them whole.
    pub fn streamed_statuses(&self) -> Vec<(u16, u16)> {
        let mut out: Vec<(u16, u16)> = Vec::new();
        for code in 100..600 {
            let streamed = self
                .response(code)
                .is_some_and(|r| r.success && r.encoding == Encoding::Binary);
            if !streamed {
                continue;
            }
            match out.last_mut() {
                Some((_, hi)) if *hi + 1 == code => *hi = code,
                _ => out.push((code, code)),
            }
        }
        out
    }

    /// The parameters in one location.
    pub fn params_in(&self, location: ParamIn) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(move |p| p.location == location)
    }
}

/// The struct of a success response with headers: `<Op>Output` for an operation's only success status, else
/// `<Op><Variant>Output` (see [`Endpoint::output_struct`]).
pub fn output_struct_name(operation: &str, variant: &str, single: bool) -> String {
    if single {
        format!("{operation}Output")
    } else {
        format!("{operation}{variant}Output")
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "lowercase"))]
pub enum ParamIn {
    Path,
    Query,
    Header,
}

impl ParamIn {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
        }
    }
}

/// How a query array goes on the wire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "lowercase"))]
pub enum Collection {
    /// One `key=value` pair per item.
    #[default]
    Multi,
    /// One pair, the items joined by `,`.
    Csv,
}

/// A path, query or header parameter.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Param {
    /// The Rust field name on the request.
    pub rust: String,
    /// The name on the wire.
    pub wire: String,
    #[cfg_attr(feature = "json", serde(rename = "in"))]
    pub location: ParamIn,
    /// Path parameters always are.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_false"))]
    pub required: bool,
    /// The client context key (`project_id`, `domain_id`) that fills the value when the request leaves it unset.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub from_context: Option<String>,
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_multi"))]
    pub collection: Collection,
    pub schema: Schema,
}

impl Param {
    /// Must be passed to the request's `new(..)`: required and not filled from the client's context.
    pub fn in_constructor(&self) -> bool {
        self.required && self.from_context.is_none()
    }
}

/// How a body is written on the wire: what its media type says ([`Encoding::of`]), or for a media type that does not
/// say, the spec's `encoding:`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "json", serde(rename_all = "lowercase"))]
pub enum Encoding {
    /// JSON text of the body's schema.
    #[default]
    Json,
    /// `multipart/form-data`: the body is an object, each property a part (a `binary` one a file part, a scalar a
    /// text part).
    Multipart,
    /// The bytes as they are: the body is `binary`.
    Binary,
    /// Text: the body is a `string`, sent and read as its UTF-8 bytes.
    Text,
}

impl Encoding {
    /// Every encoding, with the name a spec writes.
    pub const ALL: [(&'static str, Encoding); 4] = [
        ("json", Encoding::Json),
        ("multipart", Encoding::Multipart),
        ("binary", Encoding::Binary),
        ("text", Encoding::Text),
    ];

    /// The encoding a spec names, if it is one.
    pub fn parse(name: &str) -> Option<Encoding> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, e)| *e)
    }

    /// The name a spec writes.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, e)| *e == self)
            .map_or("json", |(n, _)| n)
    }

    /// How a body of this media type is encoded, when the media type says: `application/json` and any `…+json` are
    /// JSON, `multipart/form-data` is multipart, `application/octet-stream` is bytes, `text/…` is text; parameters
    /// (`;charset=UTF-8`) and case do not matter. `None` for any other type (`application/xml`,
    /// `application/openstack-images-v2.1-json-patch`): the spec then says `encoding:`.
    pub fn of(content_type: &str) -> Option<Encoding> {
        let essence = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let (ty, sub) = essence.split_once('/')?;
        Some(match (ty, sub) {
            (_, s) if s.ends_with("+json") => Encoding::Json,
            ("application", "json") => Encoding::Json,
            ("multipart", "form-data") => Encoding::Multipart,
            ("application", "octet-stream") => Encoding::Binary,
            ("text", _) => Encoding::Text,
            _ => return None,
        })
    }

    /// The media type of a body whose spec names none: `application/octet-stream` for a `binary` body, else
    /// `application/json`.
    pub fn default_content_type(binary: bool) -> &'static str {
        if binary {
            "application/octet-stream"
        } else {
            "application/json"
        }
    }
}

/// Why `content_type` cannot be a body's media type, if it cannot: it must be `type/subtype` with optional
/// `; name=value` parameters (RFC 9110 tokens, values a token or a quoted string), and a `multipart/…` type must leave
/// out `boundary`, which the client chooses per request.
pub fn media_type_problem(content_type: &str) -> Option<String> {
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    };
    let mut pieces = content_type.split(';');
    let essence = pieces.next().unwrap_or("").trim();
    let well_formed = essence
        .split_once('/')
        .is_some_and(|(t, s)| token(t) && token(s));
    if !well_formed {
        return Some("is not a media type (`type/subtype`, such as `application/json`)".to_owned());
    }
    for param in pieces {
        let param = param.trim();
        let Some((name, value)) = param.split_once('=') else {
            return Some(format!("has a parameter `{param}` without `=value`"));
        };
        let quoted = value.len() >= 2
            && value.starts_with('"')
            && value.ends_with('"')
            && value[1..value.len() - 1]
                .bytes()
                .all(|b| b == b'\t' || (b' '..=b'~').contains(&b) && b != b'"');
        if !token(name) || !(token(value) || quoted) {
            return Some(format!(
                "has a parameter `{param}` that is not `name=value`"
            ));
        }
        if name.eq_ignore_ascii_case("boundary") {
            return Some("sets `boundary`, which the client chooses for each request".to_owned());
        }
    }
    None
}

/// The request body.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Request {
    /// The Rust field holding the body on the request (`body` unless `name:` says otherwise).
    pub rust: String,
    /// The `Content-Type` it is sent with, as the spec writes it.
    pub content_type: String,
    /// How the body is written (derived from `content_type`, or the spec's `encoding:`).
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_json"))]
    pub encoding: Encoding,
    pub required: bool,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    pub body: Schema,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub example: Option<Value>,
}

impl Request {
    /// An `object` without properties: the body is `{}`, sent as is, and not a field of the request.
    pub fn is_empty_object(&self) -> bool {
        self.body.ty == Ty::Object
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Response {
    /// The status code, range or `default` this response documents.
    pub status: Status,
    /// The call succeeds with this status (its body is the output); otherwise it is an error variant.
    pub success: bool,
    /// The variant name in the output or error enum (`BadRequest`, `Status599`).
    pub variant: String,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub description: Option<String>,
    /// `None`: the status has no body.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub body: Option<Schema>,
    /// The body's `Content-Type` (`None` without a body).
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub content_type: Option<String>,
    /// How the body is written: JSON, bytes (a download, streamed to the caller) or text.
    #[cfg_attr(feature = "json", serde(default, skip_serializing_if = "is_json"))]
    pub encoding: Encoding,
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub example: Option<Value>,
    /// Declared response headers (success responses only), each a field of the output: `wire` is the header name,
    /// `rust` the field, `required` whether a response without it fails to decode.
    #[cfg_attr(
        feature = "json",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub headers: Vec<Field>,
}

/// What a response of the status table documents: one status, a class of them (`4XX`: 400 to 499), or every status
/// nothing else documents (`default`). On the wire and in JSON: `"404"`, `"4XX"`, `"default"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Code(u16),
    /// The class: the first digit, 1 to 5.
    Range(u8),
    Default,
}

impl Status {
    /// Whether a status code is one this documents (a `default` documents every code).
    pub fn covers(self, code: u16) -> bool {
        match self {
            Status::Code(c) => c == code,
            Status::Range(class) => code / 100 == u16::from(class),
            Status::Default => (100..600).contains(&code),
        }
    }

    /// The key as the status table writes it.
    pub fn key(self) -> String {
        match self {
            Status::Code(c) => c.to_string(),
            Status::Range(class) => format!("{class}XX"),
            Status::Default => "default".to_owned(),
        }
    }

    /// Parses a status table key: a code from 100 to 599, a class `1XX` to `5XX` (`x` in either case), or `default`.
    pub fn parse(key: &str) -> Option<Status> {
        if key == "default" {
            return Some(Status::Default);
        }
        if let Some(class) = key.strip_suffix("XX").or_else(|| key.strip_suffix("xx")) {
            return match class.as_bytes() {
                [d @ b'1'..=b'5'] => Some(Status::Range(d - b'0')),
                _ => None,
            };
        }
        let plain =
            !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) && !key.starts_with('0');
        match key.parse::<u16>() {
            Ok(c @ 100..=599) if plain => Some(Status::Code(c)),
            _ => None,
        }
    }

    /// Whether a response of this status is a success unless its `kind` says otherwise: a 2xx code or `2XX`.
    pub fn is_success_class(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(class) => class == 2,
            Status::Default => false,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

#[cfg(feature = "json")]
impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

#[cfg(feature = "json")]
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        Status::parse(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("`{key}` is not a status key")))
    }
}

/// Where in which spec file something was written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub file: String,
    pub line: u64,
    pub col: u64,
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// Most references followed from one use site to the type they finally name; the checker refuses longer chains
/// (`check_alias_chains`), so this only stops a model read from elsewhere from looping.
pub const MAX_ALIAS_HOPS: usize = 64;

impl Service {
    /// The host the client calls in a region, as a template of [`spec_rules::HOST_VARIABLES`]: the spec's `host`, else
    /// `<host_prefix>.{region}.{domain}`.
    pub fn host_template(&self) -> String {
        match &self.host {
            Some(h) => h.clone(),
            None => format!("{}.{{region}}.{{domain}}", self.host_prefix),
        }
    }

    /// Calls `visit` on every schema node of the service: named types, parameters, bodies and their items, values
    /// and fields.
    pub fn for_each_schema(&self, visit: &mut dyn FnMut(&Schema)) {
        fn walk(s: &Schema, visit: &mut dyn FnMut(&Schema)) {
            visit(s);
            match &s.ty {
                Ty::Array { items } | Ty::JsonText { content: items } => walk(items, visit),
                Ty::Map { values, keys } => {
                    walk(values, visit);
                    keys.iter().for_each(|k| walk(k, visit));
                }
                Ty::Struct { fields } => fields.iter().for_each(|f| walk(&f.schema, visit)),
                _ => {}
            }
        }
        for t in &self.types {
            walk(&t.schema, visit);
        }
        for e in &self.endpoints {
            for p in &e.params {
                walk(&p.schema, visit);
            }
            if let Some(r) = &e.request {
                walk(&r.body, visit);
            }
            for r in &e.responses {
                if let Some(b) = &r.body {
                    walk(b, visit);
                }
                for h in &r.headers {
                    walk(&h.schema, visit);
                }
            }
        }
    }

    /// The named type `id`.
    pub fn type_def(&self, id: TypeId) -> Option<&TypeDef> {
        self.types.get(id.0)
    }

    /// The chain of schemas that describe a value at `use_site`: the use site itself, then the schema of each named
    /// type it refers to through aliases, ending at a schema that is not a reference (or at a reference to a type that
    /// does not exist).
    pub fn chain<'a>(&'a self, use_site: &'a Schema) -> impl Iterator<Item = &'a Schema> + 'a {
        let mut next = Some(use_site);
        let mut hops = 0;
        std::iter::from_fn(move || {
            let here = next?;
            next = match &here.ty {
                Ty::Ref { id } if hops < MAX_ALIAS_HOPS => {
                    hops += 1;
                    self.type_def(*id).map(|t| &t.schema)
                }
                _ => None,
            };
            Some(here)
        })
    }

    /// The schema that says what a value at `use_site` finally is: the end of its [`chain`](Self::chain).
    pub fn resolve<'a>(&'a self, use_site: &'a Schema) -> &'a Schema {
        self.chain(use_site).last().unwrap_or(use_site)
    }

    /// Whether a value at `use_site` may be `null`: the use site or any type it names says `nullable`.
    pub fn is_nullable(&self, use_site: &Schema) -> bool {
        self.chain(use_site).any(|s| s.nullable)
    }

    /// The constraints on a value at `use_site`: those written there, and those of each type it names through
    /// aliases. The tighter of two bounds applies; a `pattern` at the use site replaces one of the type it names.
    pub fn rules(&self, use_site: &Schema) -> Rules {
        let mut out = Rules::default();
        for s in self.chain(use_site) {
            let r = &s.rules;
            out.min_length = tighter(out.min_length, r.min_length, u64::max);
            out.max_length = tighter(out.max_length, r.max_length, u64::min);
            out.min_items = tighter(out.min_items, r.min_items, u64::max);
            out.max_items = tighter(out.max_items, r.max_items, u64::min);
            out.minimum = tighter(out.minimum, r.minimum, |a, b| {
                match spec_rules::compare(a, b) {
                    Some(std::cmp::Ordering::Less) => b,
                    _ => a,
                }
            });
            out.maximum = tighter(out.maximum, r.maximum, |a, b| {
                match spec_rules::compare(a, b) {
                    Some(std::cmp::Ordering::Greater) => b,
                    _ => a,
                }
            });
            if out.pattern.is_none() {
                out.pattern.clone_from(&r.pattern);
            }
            if out.int_enum.is_none() {
                out.int_enum.clone_from(&r.int_enum);
            }
        }
        out
    }

    /// The example for a value at `use_site`: its own, else that of the first type it names that has one.
    pub fn example<'a>(&'a self, use_site: &'a Schema) -> Option<&'a Value> {
        self.chain(use_site).find_map(|s| s.example.as_ref())
    }

    /// The default for a value at `use_site`: its own, else that of the first type it names that has one.
    pub fn default_value<'a>(&'a self, use_site: &'a Schema) -> Option<&'a Value> {
        self.chain(use_site).find_map(|s| s.default.as_ref())
    }

    /// The value the client sends for `use_site` when the caller leaves it unset: the default of the first schema of
    /// the chain that says `send_default: true`; `None` (nothing is sent) otherwise.
    pub fn sent_default<'a>(&'a self, use_site: &'a Schema) -> Option<&'a Value> {
        self.chain(use_site)
            .find(|s| s.send_default)
            .and_then(|s| s.default.as_ref())
    }

    /// The layout of a `date-time` at `use_site`: the first `format:` of its chain, else RFC 3339.
    pub fn date_format(&self, use_site: &Schema) -> DateFormat {
        self.chain(use_site)
            .find_map(|s| s.format)
            .unwrap_or_default()
    }

    /// The sentinels a `date-time` at `use_site` may take: those of every schema of its chain.
    pub fn sentinels<'a>(&'a self, use_site: &'a Schema) -> impl Iterator<Item = &'a str> + 'a {
        self.chain(use_site)
            .flat_map(|s| s.sentinels.iter().map(String::as_str))
    }

    /// The fields of the object a value at `use_site` is, if it is one.
    pub fn fields<'a>(&'a self, use_site: &'a Schema) -> Option<&'a [Field]> {
        match &self.resolve(use_site).ty {
            Ty::Struct { fields } => Some(fields),
            _ => None,
        }
    }

    /// The listed values of the enum a value at `use_site` is, if it is one.
    pub fn variants<'a>(&'a self, use_site: &'a Schema) -> Option<&'a [Variant]> {
        match &self.resolve(use_site).ty {
            Ty::Enum { values } => Some(values),
            _ => None,
        }
    }

    /// Where an error body may keep its code and its message, in the order the client looks at run time: each pair
    /// of [`spec_rules::ERROR_FIELDS`] the body declares (either of the two; a message is a string, a code a string
    /// or an integer, as Keystone's `{"error": {"code": 401}}`), then each such pair inside the object under
    /// [`spec_rules::ERROR_NESTED`]. Each is the path of fields to it from the body (one field, or the nesting field
    /// and one of its own). The body's code and message are those of the first pair of which the body received has
    /// the code or the message, the rule of untyped bodies (the official SDKs' order), so a body that documents two
    /// shapes (IAM's `error_code`/`error_msg` and Keystone's `error`) reads whichever arrived. Empty when the body
    /// declares no pair, or is not an object.
    pub fn error_fields<'a>(&'a self, body: &'a Schema) -> Vec<(Vec<&'a Field>, Vec<&'a Field>)> {
        let pairs = |fields: &'a [Field]| {
            let of = |wire: &str, ok: &dyn Fn(&Ty) -> bool| {
                fields
                    .iter()
                    .find(|f| f.wire == wire && ok(&self.resolve(&f.schema).ty))
            };
            let text = |wire: &str| of(wire, &|t| *t == Ty::String);
            spec_rules::ERROR_FIELDS
                .iter()
                .filter_map(move |(code, messages)| {
                    let code = of(code, &|t| matches!(t, Ty::String | Ty::Int32 | Ty::Int64));
                    let message = messages.iter().find_map(|m| text(m));
                    (code.is_some() || message.is_some()).then_some((code, message))
                })
                .collect::<Vec<_>>()
        };
        let Some(fields) = self.fields(body) else {
            return Vec::new();
        };
        let mut found: Vec<(Vec<&'a Field>, Vec<&'a Field>)> = pairs(fields)
            .into_iter()
            .map(|(code, message)| (code.into_iter().collect(), message.into_iter().collect()))
            .collect();
        if let Some(outer) = fields.iter().find(|f| f.wire == spec_rules::ERROR_NESTED)
            && let Some(inner) = self.fields(&outer.schema)
        {
            let path = |f: Option<&'a Field>| f.map_or_else(Vec::new, |f| vec![outer, f]);
            found.extend(
                pairs(inner)
                    .into_iter()
                    .map(|(code, message)| (path(code), path(message))),
            );
        }
        found
    }
}

fn tighter<T: Copy>(a: Option<T>, b: Option<T>, pick: impl Fn(T, T) -> T) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(pick(a, b)),
        (a, b) => a.or(b),
    }
}

#[cfg(feature = "json")]
fn is_false(b: &bool) -> bool {
    !*b
}

#[cfg(feature = "json")]
fn is_json(e: &Encoding) -> bool {
    *e == Encoding::Json
}

#[cfg(feature = "json")]
fn is_multi(c: &Collection) -> bool {
    *c == Collection::Multi
}

/// Bounds as JSON numbers: integers stay exact.
#[cfg(feature = "json")]
mod number {
    use super::Number;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(n: &Option<Number>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(Number::Int(i)) => s.serialize_i64(*i),
            Some(Number::Float(f)) => s.serialize_f64(*f),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Number>, D::Error> {
        Ok(Option::<serde_json::Number>::deserialize(d)?.map(|n| super::to_number(&n)))
    }
}

/// A JSON number as a [`Number`]: integers that fit `i64` stay exact, anything else is a float.
pub fn to_number(n: &serde_json::Number) -> Number {
    match n.as_i64() {
        Some(i) => Number::Int(i),
        None => Number::Float(n.as_f64().unwrap_or(f64::NAN)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_say_how_a_body_is_encoded() {
        for (ct, enc) in [
            ("application/json", Some(Encoding::Json)),
            ("application/json;charset=UTF-8", Some(Encoding::Json)),
            ("Application/JSON; charset=utf-8", Some(Encoding::Json)),
            ("application/merge-patch+json", Some(Encoding::Json)),
            ("application/problem+json; q=1", Some(Encoding::Json)),
            ("multipart/form-data", Some(Encoding::Multipart)),
            (
                "Multipart/Form-Data; charset=UTF-8",
                Some(Encoding::Multipart),
            ),
            ("application/octet-stream", Some(Encoding::Binary)),
            ("text/plain", Some(Encoding::Text)),
            ("text/csv; charset=utf-8", Some(Encoding::Text)),
            // The types that do not say: the spec's `encoding:` does.
            ("application/openstack-images-v2.1-json-patch", None),
            ("application/json-seq", None),
            ("application/xml", None),
            ("application/pdf", None),
            ("image/png", None),
            ("multipart/mixed", None),
            ("application/x-www-form-urlencoded", None),
            ("json", None),
            ("", None),
        ] {
            assert_eq!(Encoding::of(ct), enc, "{ct}");
        }
        for (name, e) in Encoding::ALL {
            assert_eq!(Encoding::parse(name), Some(e));
            assert_eq!(e.name(), name);
        }
        assert_eq!(Encoding::parse("xml"), None);
        assert_eq!(
            Encoding::default_content_type(true),
            "application/octet-stream"
        );
        assert_eq!(Encoding::default_content_type(false), "application/json");
    }

    #[test]
    fn a_media_type_is_type_slash_subtype_with_parameters() {
        for ok in [
            "application/json",
            "application/json;charset=UTF-8",
            "text/plain; charset=\"utf-8\"",
            "application/openstack-images-v2.1-json-patch",
            "multipart/form-data",
        ] {
            assert_eq!(media_type_problem(ok), None, "{ok}");
        }
        for (bad, why) in [
            ("json", "is not a media type"),
            ("application/", "is not a media type"),
            ("application json/x", "is not a media type"),
            ("text/plain; charset", "without `=value`"),
            ("text/plain; charset=a b", "that is not `name=value`"),
            ("text/plain\r\nX: y", "is not a media type"),
            ("multipart/form-data; boundary=x", "sets `boundary`"),
        ] {
            let got = media_type_problem(bad).unwrap_or_default();
            assert!(got.contains(why), "{bad}: {got}");
        }
    }

    fn response(status: Status, success: bool, encoding: Encoding) -> Response {
        Response {
            status,
            success,
            variant: String::new(),
            description: None,
            body: Some(Schema::of(Ty::Binary)),
            content_type: Some("application/octet-stream".into()),
            encoding,
            example: None,
            headers: Vec::new(),
        }
    }

    /// Which statuses a download streams follows the responses' precedence: an exact code over its class, a class
    /// over `default`; errors never stream.
    #[test]
    fn streamed_statuses_follow_the_status_table() {
        let mut ep = Endpoint {
            operation: "Get".into(),
            rust_name: "get".into(),
            method: "GET".into(),
            path: "/x".into(),
            summary: None,
            description: None,
            params: Vec::new(),
            request: None,
            pagination: None,
            waiter: None,
            job: None,
            responses: vec![
                response(Status::Code(200), true, Encoding::Binary),
                response(Status::Code(204), true, Encoding::Json),
                response(Status::Code(206), true, Encoding::Binary),
                response(Status::Range(2), true, Encoding::Binary),
                response(Status::Code(404), false, Encoding::Json),
            ],
            loc: None,
        };
        assert_eq!(
            ep.streamed_statuses(),
            [(200, 203), (205, 299)],
            "204 is JSON, the rest of 2XX streams"
        );
        ep.responses.retain(|r| r.status != Status::Range(2));
        assert_eq!(ep.streamed_statuses(), [(200, 200), (206, 206)]);
        ep.responses
            .iter_mut()
            .for_each(|r| r.encoding = Encoding::Json);
        assert_eq!(ep.streamed_statuses(), []);
    }
}
