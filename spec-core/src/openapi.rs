//! OpenAPI 3.1 documents of services (feature `openapi`).
//!
//! Each [`Service`] becomes one OpenAPI 3.1.0 document for the usual tools: Swagger UI or Redoc for docs,
//! `openapi-spec-validator` and `schemathesis` in CI (`.ci/openapi-check`).
//!
//! The mapping, per spec type: `string` → `string`; `int32`/`int64` → `integer` with `format`; `number`;
//! `boolean`; `date-time` → `string` with `format: date-time`; `any` → `{}`; `array` → `items`; `map` →
//! `additionalProperties`; `object` with properties → `properties` + `required`; `object` without → `object`;
//! `binary` → a `string` with the `contentMediaType` of its body (a file part's is `application/octet-stream`), the
//! OpenAPI 3.1 form (3.0's `format: binary` makes schemathesis generate values its own checks cannot validate). A body sits under its own media type; a multipart body gets the `encoding` of its
//! file parts, and a required body of bytes or text `minLength: 1`. Every
//! named type (declared under `types:`, or an inline object or enum, named as the Rust client names it) is a
//! component, and uses refer to it with `$ref: #/components/schemas/<Name>`. `nullable` becomes the 3.1 form
//! `type: [T, "null"]` (`anyOf` with `{type: "null"}` around a `$ref`). Integers, including int64 examples above
//! 2^53, stay exact JSON integers. Endpoints whose templates differ only in parameter names share one path item
//! (OpenAPI calls such paths identical), under the first one's template and parameter names.

use crate::model::{
    Collection, DateFormat, Encoding, Endpoint, Number, Param, ParamIn, Request, Response, Schema,
    Service, Status, Ty,
};
use crate::routes::Template;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The OpenAPI version the documents declare.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// Name of the AK/SK (`SDK-HMAC-SHA256`) security scheme in `components.securitySchemes`.
pub const AKSK_SCHEME: &str = "akskSignature";

/// Name of the token (`X-Auth-Token`) security scheme in `components.securitySchemes`.
pub const TOKEN_SCHEME: &str = "token";

/// Default value of the `region` server variable.
const DEFAULT_REGION: &str = "cn-north-4";

/// Default value of the `domain` server variable.
const DEFAULT_DOMAIN: &str = "myhuaweicloud.com";

/// The OpenAPI 3.1.0 document of one service.
pub fn document(service: &Service) -> Value {
    let s = service;
    let mut description = s
        .description
        .as_deref()
        .map(|d| d.trim_end().to_owned())
        .unwrap_or_default();
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(&format!(
        "Exported from the spec of service `{}`. Requests are authenticated either with an AK/SK signature \
         (`SDK-HMAC-SHA256`) or with an IAM token in `X-Auth-Token`.",
        s.name
    ));

    // One path item per template shape, keyed by the first template of that shape.
    let mut keys: BTreeMap<String, Template> = BTreeMap::new();
    let mut paths = Map::new();
    for ep in &s.endpoints {
        let Ok(template) = Template::parse(&ep.path) else {
            continue; // the checker refuses such templates
        };
        let key = keys.entry(template.shape()).or_insert(template.clone());
        let renamed: BTreeMap<&str, &str> = template.params().zip(key.params()).collect();
        let item = paths
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        let method = ep.method.to_ascii_lowercase();
        if let Some(item) = item.as_object_mut()
            && !item.contains_key(&method)
        {
            item.insert(method, operation(s, ep, &renamed));
        }
    }

    let schemas: Map<String, Value> = s
        .types
        .iter()
        .map(|t| (t.name.clone(), schema(s, &t.schema)))
        .collect();

    json!({
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": s.title,
            "description": description,
            "version": env!("CARGO_PKG_VERSION"),
        },
        "servers": [server(s)],
        "tags": [{ "name": s.name, "description": s.title }],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": security_schemes(s),
            "headers": {
                "X-Request-Id": {
                    "description": "ID of the request, for support tickets and logs.",
                    "schema": { "type": "string" },
                }
            },
        },
        "security": [{ AKSK_SCHEME: [] }, { TOKEN_SCHEME: [] }],
        "x-credential-scope": s.credential_scope.name(),
    })
}

/// The service's public endpoint: its host template as the server URL, each variable it names (`{region}`,
/// `{domain}`) a server variable, as OpenAPI writes them the same way.
fn server(s: &Service) -> Value {
    let host = s.host_template();
    let mut variables = Map::new();
    if host.contains("{region}") {
        variables.insert(
            "region".into(),
            json!({
                "default": DEFAULT_REGION,
                "description": "Region ID, e.g. `cn-north-4`, `ap-southeast-1`.",
            }),
        );
    }
    if host.contains("{domain}") {
        variables.insert(
            "domain".into(),
            json!({
                "default": DEFAULT_DOMAIN,
                "description": "The cloud's DNS domain: `myhuaweicloud.com`, or `myhuaweicloud.eu` in `eu-west-101`.",
            }),
        );
    }
    let mut out = Map::new();
    out.insert("url".into(), format!("https://{host}").into());
    out.insert(
        "description".into(),
        format!(
            "The public endpoint{}. Any other endpoint serves the same API: another domain, a private or VPC \
             endpoint, or the mock server (`cargo run -p spec-cli -- mock <spec folder> --port 8080`, then \
             `http://127.0.0.1:8080`). The Rust client builds `https://{host}` from its region or takes an explicit \
             endpoint.",
            if host.contains("{region}") {
                " of the region"
            } else {
                " (a global service: the same host in every region)"
            }
        )
        .into(),
    );
    if !variables.is_empty() {
        out.insert("variables".into(), Value::Object(variables));
    }
    Value::Object(out)
}

/// `renamed`: the endpoint's path parameter names → the names in the path key it is filed under.
fn operation(s: &Service, ep: &Endpoint, renamed: &BTreeMap<&str, &str>) -> Value {
    let mut op = Map::new();
    op.insert("tags".into(), json!([s.name]));
    op.insert("operationId".into(), ep.operation.clone().into());
    if let Some(x) = &ep.summary {
        op.insert("summary".into(), x.trim().into());
    }
    if let Some(d) = &ep.description {
        op.insert("description".into(), d.trim_end().into());
    }
    op.insert("x-rust-method".into(), ep.rust_name.clone().into());
    steps(ep, &mut op);

    let params: Vec<Value> = ep
        .params
        .iter()
        .map(|p| {
            let name = match p.location {
                ParamIn::Path => renamed.get(p.wire.as_str()).copied().unwrap_or(&p.wire),
                _ => &p.wire,
            };
            parameter(s, p, name)
        })
        .collect();
    if !params.is_empty() {
        op.insert("parameters".into(), Value::Array(params));
    }
    if let Some(req) = &ep.request {
        op.insert("requestBody".into(), request_body(s, req));
    }
    let mut responses = Map::new();
    for r in &ep.responses {
        responses.insert(r.status.key(), response(s, r));
    }
    if responses.is_empty() {
        // OpenAPI requires at least one response.
        responses.insert(
            "default".into(),
            json!({ "description": "No response is documented." }),
        );
    }
    op.insert("responses".into(), Value::Object(responses));
    Value::Object(op)
}

/// `x-pagination`, `x-waiter` and `x-job`: how the client pages and waits, as the spec says it (paths dotted, as
/// written), with the method each gives the service handle. Tools that do not know them ignore them.
fn steps(ep: &Endpoint, op: &mut Map<String, Value>) {
    if let Some(p) = &ep.pagination {
        let mut x = Map::new();
        x.insert("style".into(), p.style.name().into());
        if !p.items.is_empty() {
            x.insert("items".into(), p.items.join(".").into());
        }
        if let Some(param) = &p.param {
            x.insert("param".into(), param.clone().into());
        }
        if !p.next.is_empty() {
            x.insert("next".into(), p.next.join(".").into());
        }
        if let Some(size) = &p.page_size {
            x.insert("page_size".into(), size.clone().into());
        }
        if p.short_page_ends {
            x.insert("short_page_ends".into(), true.into());
        }
        x.insert("x-rust-method".into(), ep.paginator_method().into());
        op.insert("x-pagination".into(), Value::Object(x));
    }
    if let Some(w) = &ep.waiter {
        op.insert(
            "x-waiter".into(),
            json!({
                "status": w.status.join("."),
                "done": w.done,
                "failed": w.failed,
                "x-rust-method": ep.wait_method(),
            }),
        );
    }
    if let Some(j) = &ep.job {
        op.insert(
            "x-job".into(),
            json!({
                "waiter": j.waiter,
                "id": j.id.join("."),
                "x-rust-method": ep.wait_method(),
            }),
        );
    }
}

fn parameter(s: &Service, p: &Param, name: &str) -> Value {
    let mut out = Map::new();
    out.insert("name".into(), name.into());
    out.insert("in".into(), p.location.as_str().into());
    let mut schema = schema(s, &p.schema);
    // Description and example belong to the parameter; the schema keeps type, constraints and default.
    let mut description = p
        .schema
        .description
        .as_deref()
        .map(|d| d.trim_end().to_owned())
        .unwrap_or_default();
    if let Some(key) = &p.from_context {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&format!(
            "The Rust client fills this from its configured `{key}` when the request leaves it unset."
        ));
        out.insert("x-from-context".into(), key.clone().into());
    }
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("description");
        obj.remove("examples");
    }
    if !description.is_empty() {
        out.insert("description".into(), description.into());
    }
    out.insert("required".into(), p.required.into());
    if p.location == ParamIn::Query && matches!(s.resolve(&p.schema).ty, Ty::Array { .. }) {
        out.insert("style".into(), "form".into());
        out.insert("explode".into(), (p.collection == Collection::Multi).into());
    }
    out.insert("schema".into(), schema);
    if let Some(ex) = s.example(&p.schema) {
        out.insert("example".into(), ex.clone());
    }
    Value::Object(out)
}

fn request_body(s: &Service, req: &Request) -> Value {
    let mut schema = body_schema(s, &req.body, req.encoding, &req.content_type);
    // HTTP cannot tell an empty body from none, so the client and the mock take an empty required body of bytes or
    // text as missing: at least one byte.
    let raw = matches!(req.encoding, Encoding::Binary | Encoding::Text);
    if raw
        && req.required
        && s.rules(&req.body).min_length.unwrap_or(0) == 0
        && let Some(m) = schema.as_object_mut()
    {
        m.insert("minLength".into(), 1.into());
    }
    let mut media = Map::new();
    media.insert("schema".into(), schema);
    if let Some(ex) = &req.example {
        media.insert("example".into(), ex.clone());
    }
    mark_encoding(&mut media, &req.content_type, req.encoding);
    if req.encoding == Encoding::Multipart {
        media.insert("encoding".into(), multipart_encoding(s, &req.body));
    }
    let mut body = Map::new();
    if let Some(d) = &req.description {
        body.insert("description".into(), d.trim_end().into());
    }
    body.insert("required".into(), req.required.into());
    body.insert(
        "content".into(),
        json!({ req.content_type.clone(): Value::Object(media) }),
    );
    Value::Object(body)
}

fn response(s: &Service, r: &Response) -> Value {
    let mut out = Map::new();
    let description = r
        .description
        .as_deref()
        .map(|d| d.trim_end().to_owned())
        .unwrap_or_else(|| reason_phrase(r.status));
    out.insert("description".into(), description.into());
    let mut headers = Map::new();
    headers.insert(
        "X-Request-Id".into(),
        json!({ "$ref": "#/components/headers/X-Request-Id" }),
    );
    for h in &r.headers {
        headers.insert(h.wire.clone(), header(s, h));
    }
    out.insert("headers".into(), Value::Object(headers));
    if let Some(body) = &r.body {
        let content_type = r.content_type.as_deref().unwrap_or("application/json");
        let mut media = Map::new();
        media.insert(
            "schema".into(),
            body_schema(s, body, r.encoding, content_type),
        );
        if let Some(ex) = &r.example {
            media.insert("example".into(), ex.clone());
        }
        mark_encoding(&mut media, content_type, r.encoding);
        out.insert(
            "content".into(),
            json!({ content_type: Value::Object(media) }),
        );
    }
    out.insert(
        "x-kind".into(),
        if r.success { "success" } else { "error" }.into(),
    );
    Value::Object(out)
}

/// A declared response header: like a parameter, its description and example belong to the header object.
fn header(s: &Service, h: &crate::model::Field) -> Value {
    let mut out = Map::new();
    let mut schema = schema(s, &h.schema);
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("description");
        obj.remove("examples");
    }
    if let Some(d) = &h.schema.description {
        out.insert("description".into(), d.trim_end().into());
    }
    out.insert("required".into(), h.required.into());
    out.insert("schema".into(), schema);
    if let Some(ex) = s.example(&h.schema) {
        out.insert("example".into(), ex.clone());
    }
    out.insert("x-rust-field".into(), h.rust.clone().into());
    Value::Object(out)
}

/// A body's schema: bytes are a binary string of the body's media type (`contentMediaType`), anything else its
/// schema.
fn body_schema(s: &Service, body: &Schema, encoding: Encoding, content_type: &str) -> Value {
    let mut out = schema(s, body);
    if encoding == Encoding::Binary
        && let Some(m) = out.as_object_mut()
    {
        m.insert("contentMediaType".into(), content_type.into());
    }
    out
}

/// `x-encoding` on a media type that does not say how its body is encoded (Glance's
/// `application/openstack-images-v2.1-json-patch` is JSON): what the spec's `encoding:` says, for tools that pick
/// a serializer by media type (`.ci/openapi-check` registers schemathesis's from it).
fn mark_encoding(media: &mut Map<String, Value>, content_type: &str, encoding: Encoding) {
    if Encoding::of(content_type) != Some(encoding) {
        media.insert("x-encoding".into(), encoding.name().into());
    }
}

/// The multipart `encoding` map: a file part's `Content-Type`, `application/octet-stream` (the client's default when
/// the caller gives none). A text part is left at OpenAPI's default, `text/plain`, which the client does not write
/// either: a part without a type is plain text to servers (and to schemathesis, which then reads `null` or `1` as the
/// text they are).
fn multipart_encoding(s: &Service, body: &Schema) -> Value {
    let parts: Map<String, Value> = s
        .fields(body)
        .unwrap_or_default()
        .iter()
        .filter(|f| s.resolve(&f.schema).ty == Ty::Binary)
        .map(|f| {
            let ct = "application/octet-stream";
            (f.wire.clone(), json!({ "contentType": ct }))
        })
        .collect();
    Value::Object(parts)
}

/// One schema node as a JSON Schema (2020-12, the OpenAPI 3.1 dialect).
pub fn schema(s: &Service, node: &Schema) -> Value {
    let mut out = Map::new();
    let mut is_ref = false;
    match &node.ty {
        Ty::String => {
            out.insert("type".into(), "string".into());
        }
        Ty::Int32 | Ty::Int64 => {
            out.insert("type".into(), "integer".into());
            out.insert("format".into(), node.ty.keyword().into());
        }
        Ty::Number | Ty::Boolean => {
            out.insert("type".into(), node.ty.keyword().into());
        }
        Ty::DateTime => {
            // `format: date-time` only for RFC 3339, and only when every value is one (no sentinels).
            let format = s.date_format(node);
            let written = match format {
                DateFormat::Rfc3339 => json!({ "type": "string", "format": "date-time" }),
                DateFormat::Naive => {
                    json!({ "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$" })
                }
                DateFormat::Compact => {
                    json!({ "type": "string", "pattern": "^\\d{8}T\\d{6}Z$" })
                }
                DateFormat::EpochSeconds | DateFormat::EpochMillis => {
                    json!({ "type": "integer", "format": "int64" })
                }
                DateFormat::EpochSecondsString | DateFormat::EpochMillisString => {
                    json!({ "type": "string", "pattern": "^-?\\d+$" })
                }
            };
            let sentinels: Vec<&str> = s.sentinels(node).collect();
            if sentinels.is_empty() {
                if let Value::Object(m) = written {
                    out.extend(m);
                }
            } else {
                out.insert(
                    "anyOf".into(),
                    json!([written, { "type": "string", "enum": sentinels }]),
                );
            }
            out.insert("x-date-format".into(), format.name().into());
        }
        Ty::JsonText { content } => {
            out.insert("type".into(), "string".into());
            out.insert("contentMediaType".into(), "application/json".into());
            out.insert("contentSchema".into(), schema(s, content));
        }
        // Bytes: a body's own media type replaces this `contentMediaType` where the body is written.
        Ty::Binary => {
            out.insert("type".into(), "string".into());
            out.insert("contentMediaType".into(), "application/octet-stream".into());
        }
        Ty::Any => {}
        Ty::Array { items } => {
            out.insert("type".into(), "array".into());
            out.insert("items".into(), schema(s, items));
        }
        Ty::Map { values, keys } => {
            out.insert("type".into(), "object".into());
            out.insert("additionalProperties".into(), schema(s, values));
            if let Some(k) = keys {
                out.insert("propertyNames".into(), schema(s, k));
            }
        }
        Ty::Object => {
            out.insert("type".into(), "object".into());
        }
        Ty::Struct { fields } => {
            out.insert("type".into(), "object".into());
            let mut properties = Map::new();
            let mut required = Vec::new();
            for f in fields {
                properties.insert(f.wire.clone(), schema(s, &f.schema));
                if f.required {
                    required.push(Value::String(f.wire.clone()));
                }
            }
            out.insert("properties".into(), Value::Object(properties));
            if !required.is_empty() {
                out.insert("required".into(), Value::Array(required));
            }
        }
        Ty::Enum { values } => {
            out.insert("type".into(), "string".into());
            let mut list: Vec<Value> = values.iter().map(|v| v.wire.clone().into()).collect();
            if node.nullable {
                // `enum` constrains every value, null included.
                list.push(Value::Null);
            }
            out.insert("enum".into(), Value::Array(list));
        }
        // A reference to a type that does not exist (the checker refuses it): anything, not a dangling `$ref`.
        Ty::Ref { id } => {
            if let Some(t) = s.type_def(*id) {
                out.insert(
                    "$ref".into(),
                    format!("#/components/schemas/{}", pointer_escape(&t.name)).into(),
                );
                is_ref = true;
            }
        }
    }

    let r = &node.rules;
    let number = |n: Number| match n {
        Number::Int(i) => Value::from(i),
        Number::Float(f) => Value::from(f),
    };
    for (key, v) in [
        ("minLength", r.min_length.map(Value::from)),
        ("maxLength", r.max_length.map(Value::from)),
        ("pattern", r.pattern.clone().map(Value::from)),
        ("minimum", r.minimum.map(number)),
        ("maximum", r.maximum.map(number)),
        ("minItems", r.min_items.map(Value::from)),
        ("maxItems", r.max_items.map(Value::from)),
        ("enum", r.int_enum.clone().map(Value::from)),
    ] {
        if let Some(v) = v {
            out.insert(key.into(), v);
        }
    }

    let mut description = node
        .description
        .as_deref()
        .map(|d| d.trim_end().to_owned())
        .unwrap_or_default();
    if node.ty == Ty::DateTime {
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        let layout = match s.date_format(node) {
            DateFormat::Rfc3339 => "An RFC 3339 date-time",
            DateFormat::Naive => "A date-time without a zone (`2024-01-01T08:00:00`)",
            DateFormat::Compact => "A compact date-time (`20240101T080000Z`)",
            DateFormat::EpochSeconds => "Seconds since 1970-01-01T00:00:00Z",
            DateFormat::EpochMillis => "Milliseconds since 1970-01-01T00:00:00Z",
            DateFormat::EpochSecondsString => "Seconds since 1970-01-01T00:00:00Z, as a string",
            DateFormat::EpochMillisString => "Milliseconds since 1970-01-01T00:00:00Z, as a string",
        };
        description.push_str(&format!(
            "{layout}. The Rust client keeps the raw text and parses it on demand; the text layouts also accept no \
             zone (read as UTC), a space instead of `T`, offsets without a colon, a bare date and the compact \
             `20200617T081608Z`, since services do not always send what they document."
        ));
        let sentinels: Vec<&str> = s.sentinels(node).collect();
        if !sentinels.is_empty() {
            description.push_str(&format!(
                " Also one of {}, meaning no time.",
                sentinels
                    .iter()
                    .map(|x| format!("`{x:?}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if !description.is_empty() {
        out.insert("description".into(), description.into());
    }
    if let Some(d) = &node.default {
        out.insert("default".into(), d.clone());
    }
    if let Some(ex) = &node.example {
        out.insert("examples".into(), Value::Array(vec![ex.clone()]));
    }

    if node.nullable && node.ty != Ty::Any {
        if let Some(Value::Array(options)) = out.get_mut("anyOf") {
            options.push(json!({ "type": "null" }));
        } else if is_ref {
            // `type` cannot widen a `$ref`; the 3.1 way is a union with null.
            let reference = out.remove("$ref").unwrap_or(Value::Null);
            out.insert(
                "anyOf".into(),
                json!([{ "$ref": reference }, { "type": "null" }]),
            );
        } else if let Some(t) = out.remove("type") {
            out.insert("type".into(), json!([t, "null"]));
        }
    }
    Value::Object(out)
}

fn security_schemes(s: &Service) -> Value {
    let scope = match s.credential_scope {
        crate::model::CredentialScope::Project => "`X-Project-Id` when a project is configured",
        crate::model::CredentialScope::Domain => {
            "`X-Domain-Id`, the account (domain) id, as this is a global service"
        }
    };
    json!({
        AKSK_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": format!("AK/SK signature, as the Huawei Cloud SDKs send it: `Authorization: SDK-HMAC-SHA256 \
                Access=<AK>, SignedHeaders=<lowercase names joined by ;>, Signature=<hex HMAC-SHA256>`, where the \
                signature is the HMAC-SHA256, keyed with the SK, of `SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex \
                SHA-256 of the canonical request>` (method, path with a trailing `/`, sorted query, signed headers, \
                hex SHA-256 of the body). The request also carries `X-Sdk-Date: YYYYMMDDTHHMMSSZ` (UTC, within 15 \
                minutes of the server's clock) and {scope}. Tools that cannot compute it per request should use \
                the token scheme or the unsigned mock server."),
        },
        TOKEN_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "X-Auth-Token",
            "description": "An IAM user token (from `POST /v3/auth/tokens`, returned in `X-Subject-Token`).",
        },
    })
}

/// A type name as a JSON Pointer token (RFC 6901); spec type names are PascalCase, so this rarely changes anything.
fn pointer_escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Response descriptions are required in OpenAPI; a status documented without one gets its reason phrase.
fn reason_phrase(status: Status) -> String {
    let code = match status {
        Status::Code(c) => c,
        Status::Range(class) => return format!("Any {class}xx status"),
        Status::Default => return "Any other status".to_owned(),
    };
    let phrase = match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Response",
    };
    phrase.to_owned()
}
