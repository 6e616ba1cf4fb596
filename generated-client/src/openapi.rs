//! OpenAPI 3.1 export of the services in `spec/` (feature `openapi`).
//!
//! Each service becomes one OpenAPI 3.1.0 document, built from `ServiceMeta::spec_json` (the normalized spec the
//! `generate!` macro emits; see ARCHITECTURE.md), so the export reads exactly what the client and the mock server
//! read, with no second YAML parser. The documents feed the usual OpenAPI tools: Swagger UI or Redoc for docs,
//! `openapi-spec-validator` and `schemathesis` in CI (`.ci/openapi-check`).
//!
//! ```
//! for (service, doc) in generated_client::openapi::openapi_documents() {
//!     assert_eq!(doc["openapi"], "3.1.0");
//!     let json = serde_json::to_string_pretty(&doc).unwrap();
//!     println!("{service}: {} bytes of OpenAPI", json.len());
//! }
//! ```
//!
//! The mapping, per spec schema type: `string` → `string`; `int32`/`int64` → `integer` with `format`; `number`;
//! `boolean`; `date-time` → `string` with `format: date-time`; `any` → `{}`; `array` → `items`; `map` →
//! `additionalProperties`; `object` → `properties` + `required`; a named type → `$ref: #/components/schemas/<Name>`.
//! `nullable` becomes the 3.1 form `type: [T, "null"]` (`anyOf` with `{type: "null"}` around a `$ref`). Integers,
//! including int64 examples above 2^53, stay exact JSON integers (`serde_json` keeps them as `i64`/`u64`).

use serde_json::{Map, Value, json};

use crate::__private::ServiceMeta;

/// The OpenAPI version the documents declare.
pub const OPENAPI_VERSION: &str = "3.1.0";

/// Name of the AK/SK (`SDK-HMAC-SHA256`) security scheme in `components.securitySchemes`.
pub const AKSK_SCHEME: &str = "akskSignature";

/// Name of the token (`X-Auth-Token`) security scheme in `components.securitySchemes`.
pub const TOKEN_SCHEME: &str = "token";

/// Default value of the `region` server variable.
const DEFAULT_REGION: &str = "cn-north-4";

/// The OpenAPI 3.1.0 document of one service.
///
/// Never fails: the spec JSON comes from the macro, and should it ever be unreadable the document is still valid,
/// with no paths and the problem named in `info.description`.
pub fn openapi_document(service: &ServiceMeta) -> Value {
    document_from_spec(service.name, service.host_prefix, service.spec_json)
}

/// The document for one service's normalized spec JSON (`ServiceMeta::spec_json`).
fn document_from_spec(name: &str, host_prefix: &str, spec_json: &str) -> Value {
    match serde_json::from_str::<Value>(spec_json) {
        Ok(spec) => Export::new(&spec).document(name, host_prefix),
        Err(e) => {
            let spec = json!({
                "title": name,
                "description": format!("The normalized spec of `{name}` could not be read: {e}"),
            });
            Export::new(&spec).document(name, host_prefix)
        }
    }
}

/// `(service name, document)` for every service compiled into this crate, in `__SERVICES` order.
pub fn openapi_documents() -> Vec<(&'static str, Value)> {
    crate::__SERVICES
        .iter()
        .map(|s| (s.name, openapi_document(s)))
        .collect()
}

/// One export; `types` lists the named types so references to unknown names degrade to `{}`.
struct Export<'a> {
    spec: &'a Value,
    types: Option<&'a Map<String, Value>>,
}

impl<'a> Export<'a> {
    fn new(spec: &'a Value) -> Self {
        Export {
            spec,
            types: spec.get("types").and_then(Value::as_object),
        }
    }

    fn document(&self, name: &str, host_prefix: &str) -> Value {
        let spec = self.spec;
        let service = str_at(spec, "service").unwrap_or(name);
        let host_prefix = str_at(spec, "host_prefix").unwrap_or(host_prefix);
        let title = str_at(spec, "title").unwrap_or(service);

        let mut info = Map::new();
        info.insert("title".into(), title.into());
        let mut description = str_at(spec, "description")
            .map(|d| d.trim_end().to_string())
            .unwrap_or_default();
        if !description.is_empty() {
            description.push_str("\n\n");
        }
        description.push_str(&format!(
            "Exported from `spec/{service}.yaml` by generated-client {}. Requests are authenticated either with \
             an AK/SK signature (`SDK-HMAC-SHA256`) or with an IAM token in `X-Auth-Token`.",
            env!("CARGO_PKG_VERSION")
        ));
        info.insert("description".into(), description.into());
        info.insert("version".into(), env!("CARGO_PKG_VERSION").into());

        let mut paths = Map::new();
        for ep in spec
            .get("endpoints")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (Some(method), Some(path)) = (str_at(ep, "method"), str_at(ep, "path")) else {
                continue;
            };
            let item = paths
                .entry(path.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            let method = method.to_ascii_lowercase();
            // A duplicate (path, method) cannot be expressed in OpenAPI: the first endpoint keeps it.
            if let Some(item) = item.as_object_mut()
                && !item.contains_key(&method)
            {
                item.insert(method, self.operation(ep, service));
            }
        }

        let schemas: Map<String, Value> = self
            .types
            .into_iter()
            .flatten()
            .map(|(k, s)| (k.clone(), self.schema(s)))
            .collect();

        json!({
            "openapi": OPENAPI_VERSION,
            "info": info,
            "servers": [{
                "url": format!("https://{host_prefix}.{{region}}.myhuaweicloud.com"),
                "description": format!(
                    "The public endpoint of the region. Any other endpoint serves the same API: another domain, a \
                     private or VPC endpoint, or the embedded mock server (`cargo run -p generated-client --features \
                     mock --bin mock-server -- --port 8080`, then `http://127.0.0.1:8080`). The Rust client builds \
                     `https://{host_prefix}.<region>.<domain>` or takes an explicit endpoint."
                ),
                "variables": {
                    "region": {
                        "default": DEFAULT_REGION,
                        "description": "Region ID, e.g. `cn-north-4`, `ap-southeast-1`.",
                    }
                }
            }],
            "tags": [{ "name": service, "description": title }],
            "paths": paths,
            "components": {
                "schemas": schemas,
                "securitySchemes": security_schemes(),
                "headers": {
                    "X-Request-Id": {
                        "description": "ID of the request, for support tickets and logs.",
                        "schema": { "type": "string" },
                    }
                },
            },
            "security": [{ AKSK_SCHEME: [] }, { TOKEN_SCHEME: [] }],
        })
    }

    fn operation(&self, ep: &Value, service: &str) -> Value {
        let mut op = Map::new();
        op.insert("tags".into(), json!([service]));
        if let Some(id) = str_at(ep, "operation") {
            op.insert("operationId".into(), id.into());
        }
        if let Some(s) = str_at(ep, "summary") {
            op.insert("summary".into(), s.trim().into());
        }
        if let Some(d) = str_at(ep, "description") {
            op.insert("description".into(), d.trim_end().into());
        }
        if let Some(r) = str_at(ep, "rust_name") {
            op.insert("x-rust-method".into(), r.into());
        }

        let mut params = Vec::new();
        for location in ["path", "query", "header"] {
            let group = ep
                .get("parameters")
                .and_then(|p| p.get(location))
                .and_then(Value::as_object);
            for (name, s) in group.into_iter().flatten() {
                params.push(self.parameter(name, location, s));
            }
        }
        if !params.is_empty() {
            op.insert("parameters".into(), Value::Array(params));
        }

        if let Some(req) = ep.get("request").filter(|r| r.is_object()) {
            op.insert("requestBody".into(), self.request_body(req));
        }

        let mut responses = Map::new();
        for (status, r) in ep
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            responses.insert(status.clone(), self.response(status, r));
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

    fn parameter(&self, name: &str, location: &str, s: &Value) -> Value {
        let mut p = Map::new();
        p.insert("name".into(), name.into());
        p.insert("in".into(), location.into());
        let required = location == "path" || bool_at(s, "required");
        let mut schema = self.schema(s);
        // Description and example belong to the parameter; the schema keeps type, constraints and default.
        let mut description = str_at(s, "description")
            .map(|d| d.trim_end().to_string())
            .unwrap_or_default();
        if let Some(key) = str_at(s, "from_context") {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(&format!(
                "The Rust client fills this from its configured `{key}` when the request leaves it unset."
            ));
            p.insert("x-from-context".into(), key.into());
        }
        if let Some(obj) = schema.as_object_mut() {
            obj.remove("description");
            obj.remove("examples");
        }
        if !description.is_empty() {
            p.insert("description".into(), description.into());
        }
        p.insert("required".into(), required.into());
        if location == "query" && self.resolved_type(s) == Some("array") {
            let explode = str_at(s, "collection") != Some("csv");
            p.insert("style".into(), "form".into());
            p.insert("explode".into(), explode.into());
        }
        p.insert("schema".into(), schema);
        if let Some(ex) = s.get("example") {
            p.insert("example".into(), ex.clone());
        }
        Value::Object(p)
    }

    fn request_body(&self, req: &Value) -> Value {
        let content_type = str_at(req, "content_type").unwrap_or("application/json");
        let mut media = Map::new();
        media.insert(
            "schema".into(),
            req.get("body").map_or(json!({}), |b| self.schema(b)),
        );
        if let Some(ex) = req.get("example").filter(|e| !e.is_null()) {
            media.insert("example".into(), ex.clone());
        }
        let mut body = Map::new();
        if let Some(d) = str_at(req, "description") {
            body.insert("description".into(), d.trim_end().into());
        }
        body.insert(
            "required".into(),
            req.get("required")
                .and_then(Value::as_bool)
                .unwrap_or(true)
                .into(),
        );
        body.insert(
            "content".into(),
            json!({ content_type: Value::Object(media) }),
        );
        Value::Object(body)
    }

    fn response(&self, status: &str, r: &Value) -> Value {
        let mut out = Map::new();
        let description = str_at(r, "description")
            .map(|d| d.trim_end().to_string())
            .unwrap_or_else(|| reason_phrase(status).to_string());
        out.insert("description".into(), description.into());
        out.insert(
            "headers".into(),
            json!({ "X-Request-Id": { "$ref": "#/components/headers/X-Request-Id" } }),
        );
        if let Some(body) = r.get("body").filter(|b| b.is_object()) {
            let mut media = Map::new();
            media.insert("schema".into(), self.schema(body));
            if let Some(ex) = r.get("example").filter(|e| !e.is_null()) {
                media.insert("example".into(), ex.clone());
            }
            out.insert(
                "content".into(),
                json!({ "application/json": Value::Object(media) }),
            );
        }
        if let Some(kind) = str_at(r, "kind") {
            out.insert("x-kind".into(), kind.into());
        }
        Value::Object(out)
    }

    /// The builtin type a schema ends at, following named types (bounded, so an alias cycle cannot loop).
    fn resolved_type(&self, mut s: &'a Value) -> Option<&'a str> {
        for _ in 0..32 {
            let ty = str_at(s, "type")?;
            if is_builtin(ty) {
                return Some(ty);
            }
            s = self.types?.get(ty)?;
        }
        None
    }

    /// One spec schema as a JSON Schema (2020-12, the OpenAPI 3.1 dialect).
    fn schema(&self, s: &Value) -> Value {
        let ty = str_at(s, "type").unwrap_or("any");
        let nullable = bool_at(s, "nullable");
        let mut out = Map::new();
        let mut is_ref = false;
        match ty {
            "string" => {
                out.insert("type".into(), "string".into());
            }
            "int32" | "int64" => {
                out.insert("type".into(), "integer".into());
                out.insert("format".into(), ty.into());
            }
            "number" | "boolean" => {
                out.insert("type".into(), ty.into());
            }
            "date-time" => {
                out.insert("type".into(), "string".into());
                out.insert("format".into(), "date-time".into());
            }
            "any" => {}
            "array" => {
                out.insert("type".into(), "array".into());
                out.insert(
                    "items".into(),
                    s.get("items").map_or(json!({}), |i| self.schema(i)),
                );
            }
            "map" => {
                out.insert("type".into(), "object".into());
                out.insert(
                    "additionalProperties".into(),
                    s.get("values").map_or(json!({}), |v| self.schema(v)),
                );
            }
            "object" => {
                out.insert("type".into(), "object".into());
                if let Some(props) = s.get("properties").and_then(Value::as_object)
                    && !props.is_empty()
                {
                    let mut properties = Map::new();
                    let mut required = Vec::new();
                    for (name, p) in props {
                        properties.insert(name.clone(), self.schema(p));
                        if bool_at(p, "required") {
                            required.push(Value::String(name.clone()));
                        }
                    }
                    out.insert("properties".into(), Value::Object(properties));
                    if !required.is_empty() {
                        out.insert("required".into(), Value::Array(required));
                    }
                }
            }
            name if self.types.is_some_and(|t| t.contains_key(name)) => {
                out.insert(
                    "$ref".into(),
                    format!("#/components/schemas/{}", pointer_escape(name)).into(),
                );
                is_ref = true;
            }
            // An unknown type name (the macro rejects them): accept anything rather than emit a dangling `$ref`.
            _ => {}
        }

        for (from, to) in [
            ("min_length", "minLength"),
            ("max_length", "maxLength"),
            ("pattern", "pattern"),
            ("minimum", "minimum"),
            ("maximum", "maximum"),
            ("min_items", "minItems"),
            ("max_items", "maxItems"),
        ] {
            if let Some(v) = s.get(from).filter(|v| !v.is_null()) {
                out.insert(to.into(), v.clone());
            }
        }
        if let Some(values) = s.get("enum").and_then(Value::as_array) {
            let mut values = values.clone();
            if nullable && !values.contains(&Value::Null) {
                // `enum` constrains every value, null included.
                values.push(Value::Null);
            }
            out.insert("enum".into(), Value::Array(values));
        }

        let mut description = str_at(s, "description")
            .map(|d| d.trim_end().to_string())
            .unwrap_or_default();
        if ty == "date-time" {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(
                "RFC 3339 date-time. The Rust client is lenient: it keeps the raw text and parses it on demand, \
                 also accepting no zone (read as UTC), a space instead of `T`, offsets without a colon, a bare \
                 date and the compact `20200617T081608Z`, since services do not always send RFC 3339.",
            );
        }
        if !description.is_empty() {
            out.insert("description".into(), description.into());
        }
        if let Some(d) = s.get("default").filter(|v| !v.is_null()) {
            out.insert("default".into(), d.clone());
        }
        if let Some(ex) = s.get("example").filter(|v| !v.is_null()) {
            out.insert("examples".into(), Value::Array(vec![ex.clone()]));
        }

        if nullable && ty != "any" {
            if is_ref {
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
}

fn security_schemes() -> Value {
    json!({
        AKSK_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "AK/SK signature, as the Huawei Cloud SDKs send it: `Authorization: SDK-HMAC-SHA256 \
                Access=<AK>, SignedHeaders=<lowercase names joined by ;>, Signature=<hex HMAC-SHA256>`, where the \
                signature is the HMAC-SHA256, keyed with the SK, of `SDK-HMAC-SHA256\\n<X-Sdk-Date>\\n<hex \
                SHA-256 of the canonical request>` (method, path with a trailing `/`, sorted query, signed headers, \
                hex SHA-256 of the body). The request also carries `X-Sdk-Date: YYYYMMDDTHHMMSSZ` (UTC, within 15 \
                minutes of the server's clock) and `X-Project-Id` when a project is configured. Tools that cannot \
                compute it per request should use the token scheme or the unsigned mock server.",
        },
        TOKEN_SCHEME: {
            "type": "apiKey",
            "in": "header",
            "name": "X-Auth-Token",
            "description": "An IAM user token (from `POST /v3/auth/tokens`, returned in `X-Subject-Token`).",
        },
    })
}

fn str_at<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn bool_at(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn is_builtin(ty: &str) -> bool {
    matches!(
        ty,
        "string"
            | "int32"
            | "int64"
            | "number"
            | "boolean"
            | "date-time"
            | "any"
            | "array"
            | "map"
            | "object"
    )
}

/// A type name as a JSON Pointer token (RFC 6901); spec type names are PascalCase, so this rarely changes anything.
fn pointer_escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Response descriptions are required in OpenAPI; a status documented without one gets its reason phrase.
fn reason_phrase(status: &str) -> &'static str {
    match status {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "No Content",
        "301" => "Moved Permanently",
        "302" => "Found",
        "304" => "Not Modified",
        "400" => "Bad Request",
        "401" => "Unauthorized",
        "403" => "Forbidden",
        "404" => "Not Found",
        "405" => "Method Not Allowed",
        "406" => "Not Acceptable",
        "409" => "Conflict",
        "412" => "Precondition Failed",
        "413" => "Content Too Large",
        "415" => "Unsupported Media Type",
        "429" => "Too Many Requests",
        "500" => "Internal Server Error",
        "502" => "Bad Gateway",
        "503" => "Service Unavailable",
        "504" => "Gateway Timeout",
        _ => "Response",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(ty: &str) -> Value {
        json!({ "type": ty, "required": false, "nullable": false })
    }

    fn with(mut base: Value, extra: Value) -> Value {
        if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                b.insert(k.clone(), v.clone());
            }
        }
        base
    }

    /// A hand-written normalized spec (independent of spec/ and the macro) touching every mapping rule.
    fn demo_json() -> String {
        json!({
            "service": "demo", "title": "Demo Service", "host_prefix": "demo", "description": "A demo.\n",
            "types": {
                "ErrorBody": with(s("object"), json!({ "description": "Error body.", "properties": {
                    "error_code": s("string"),
                    "error_msg": s("string"),
                }})),
                "Tag": with(s("object"), json!({ "properties": {
                    "key": with(s("string"), json!({ "required": true, "min_length": 1, "max_length": 128 })),
                    "value": with(s("string"), json!({ "nullable": true, "max_length": 255 })),
                    "kind": with(s("string"), json!({ "nullable": true, "enum": ["a", "b"] })),
                }})),
            },
            "endpoints": [{
                "operation": "UpdateServer", "rust_name": "update_server", "method": "PUT",
                "path": "/v1/{project_id}/servers/{server_id}", "summary": "Updating a Server",
                "description": "Updates a server.\n",
                "parameters": {
                    "path": {
                        "project_id": with(s("string"), json!({ "required": true, "from_context": "project_id",
                            "description": "Project ID.", "example": "054ba152d480d55b2f5dc0069e7ddef0" })),
                        "server_id": with(s("int64"), json!({ "required": true, "minimum": 1,
                            "example": 9_007_199_254_740_993_u64 })),
                    },
                    "query": {
                        "dry_run": with(s("boolean"), json!({ "default": false })),
                        "ids": with(s("array"), json!({ "items": s("int32"), "max_items": 10 })),
                        "fields": with(s("array"), json!({ "items": s("string"), "collection": "csv",
                            "example": ["name", "status"] })),
                        "limit": with(s("int32"), json!({ "minimum": 1, "maximum": 1000 })),
                    },
                    "header": {
                        "X-Language": with(s("string"), json!({ "enum": ["en-us", "zh-cn"], "default": "en-us" })),
                        "workspace": with(s("string"), json!({ "required": true, "pattern": "^[0-9a-f]+$" })),
                    }
                },
                "request": {
                    "content_type": "application/json", "required": true, "description": "New settings.",
                    "body": with(s("object"), json!({ "properties": {
                        "name": with(s("string"), json!({ "required": true })),
                        "ratio": s("number"),
                        "tags": with(s("array"), json!({ "min_items": 1, "items": s("Tag") })),
                        "metadata": with(s("map"), json!({ "values": s("string") })),
                        "expires_at": with(s("date-time"), json!({ "nullable": true })),
                        "owner": with(s("Tag"), json!({ "nullable": true })),
                        "extra": s("any"),
                        "ids": with(s("array"), json!({ "items": s("int64") })),
                    }})),
                    "example": { "name": "web-01", "ids": [1_317_151_269_261_262_848_u64, 9_007_199_254_740_993_u64] },
                },
                "responses": {
                    "200": { "kind": "success", "description": "OK", "body": with(s("object"), json!({
                        "properties": { "job_id": s("string") } })), "example": { "job_id": "j1" } },
                    "204": { "kind": "success", "description": null, "body": null, "example": null },
                    "400": { "kind": "error", "description": "Bad Request", "body": s("ErrorBody"),
                             "example": { "error_code": "DEMO.0001", "error_msg": "Invalid." } },
                    "404": { "kind": "error", "description": "Not Found", "body": null, "example": null },
                }
            }, {
                "operation": "GetServer", "rust_name": "get_server", "method": "GET",
                "path": "/v1/{project_id}/servers/{server_id}", "summary": null, "description": null,
                "parameters": { "path": {
                    "project_id": with(s("string"), json!({ "required": true })),
                    "server_id": with(s("int64"), json!({ "required": true })),
                }, "query": {}, "header": {} },
                "request": null,
                "responses": { "200": { "kind": "success", "description": null, "body": s("Tag"), "example": null } }
            }]
        })
        .to_string()
    }

    fn demo() -> Value {
        document_from_spec("demo", "demo", &demo_json())
    }

    fn param<'a>(op: &'a Value, name: &str) -> &'a Value {
        op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("no parameter {name}"))
    }

    /// Every `$ref` in `v`, as written.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("$ref", Value::String(r)) => out.push(r.clone()),
                        _ => refs(x, out),
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }

    /// Resolves a local `$ref` (`#/a/b`) in `doc`.
    fn resolve<'a>(doc: &'a Value, r: &str) -> Option<&'a Value> {
        doc.pointer(r.strip_prefix('#')?)
    }

    #[test]
    fn document_skeleton() {
        let d = demo();
        assert_eq!(d["openapi"], "3.1.0");
        assert_eq!(d["info"]["title"], "Demo Service");
        assert!(
            d["info"]["description"]
                .as_str()
                .unwrap()
                .starts_with("A demo.\n\n")
        );
        assert_eq!(d["info"]["version"], env!("CARGO_PKG_VERSION"));
        let server = &d["servers"][0];
        assert_eq!(server["url"], "https://demo.{region}.myhuaweicloud.com");
        assert_eq!(server["variables"]["region"]["default"], "cn-north-4");
        assert!(
            server["description"]
                .as_str()
                .unwrap()
                .contains("Any other endpoint")
        );
        let path = &d["paths"]["/v1/{project_id}/servers/{server_id}"];
        let op = &path["put"];
        assert_eq!(op["operationId"], "UpdateServer");
        assert_eq!(op["summary"], "Updating a Server");
        assert_eq!(op["description"], "Updates a server.");
        assert_eq!(op["tags"], json!(["demo"]));
        // Two methods on one path share the path item.
        assert_eq!(path["get"]["operationId"], "GetServer");
        assert!(path["get"].get("summary").is_none());
        assert!(path["get"].get("requestBody").is_none());
    }

    #[test]
    fn named_types_are_components_and_refs() {
        let d = demo();
        let schemas = &d["components"]["schemas"];
        assert_eq!(schemas["ErrorBody"]["type"], "object");
        assert_eq!(schemas["ErrorBody"]["description"], "Error body.");
        let op = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"];
        assert_eq!(
            op["responses"]["400"]["content"]["application/json"]["schema"],
            json!({ "$ref": "#/components/schemas/ErrorBody" })
        );
        let body = &op["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(
            body["properties"]["tags"]["items"],
            json!({ "$ref": "#/components/schemas/Tag" })
        );
        // Every reference resolves.
        let mut all = Vec::new();
        refs(&d, &mut all);
        assert!(all.len() >= 5, "{all:?}");
        for r in &all {
            assert!(resolve(&d, r).is_some(), "dangling {r}");
        }
    }

    #[test]
    fn nullable_is_the_3_1_type_union() {
        let d = demo();
        let tag = &d["components"]["schemas"]["Tag"];
        assert_eq!(
            tag["properties"]["value"]["type"],
            json!(["string", "null"])
        );
        assert_eq!(tag["properties"]["value"]["maxLength"], 255);
        // A nullable enum lists null, or null would fail `enum`.
        assert_eq!(tag["properties"]["kind"]["enum"], json!(["a", "b", null]));
        assert_eq!(tag["properties"]["key"]["type"], "string");
        let body = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"]["requestBody"]["content"]
            ["application/json"]["schema"];
        assert_eq!(
            body["properties"]["expires_at"]["type"],
            json!(["string", "null"])
        );
        assert_eq!(body["properties"]["expires_at"]["format"], "date-time");
        assert_eq!(
            body["properties"]["owner"]["anyOf"],
            json!([{ "$ref": "#/components/schemas/Tag" }, { "type": "null" }])
        );
        assert!(body["properties"]["owner"].get("$ref").is_none());
        // Nothing is nullable unless the spec says so.
        assert_eq!(body["properties"]["name"]["type"], "string");
    }

    #[test]
    fn scalar_types_and_formats() {
        let d = demo();
        let op = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"];
        let body = &op["requestBody"]["content"]["application/json"]["schema"]["properties"];
        assert_eq!(body["ratio"], json!({ "type": "number" }));
        assert_eq!(body["extra"], json!({}));
        assert_eq!(
            body["ids"]["items"],
            json!({ "type": "integer", "format": "int64" })
        );
        let dt = body["expires_at"]["description"].as_str().unwrap();
        assert!(dt.contains("lenient"), "{dt}");
        assert_eq!(
            param(op, "limit")["schema"],
            json!({ "type": "integer", "format": "int32", "minimum": 1, "maximum": 1000 })
        );
        assert_eq!(
            param(op, "server_id")["schema"],
            json!({ "type": "integer", "format": "int64", "minimum": 1 })
        );
    }

    #[test]
    fn int64_examples_stay_exact() {
        let d = demo();
        let op = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"];
        assert_eq!(
            param(op, "server_id")["example"].as_u64(),
            Some(9_007_199_254_740_993)
        );
        let text = serde_json::to_string_pretty(&d).unwrap();
        assert!(
            text.contains("9007199254740993"),
            "2^53 + 1 lost its last digit"
        );
        assert!(text.contains("1317151269261262848"));
        assert!(!text.contains("9007199254740992"));
        assert!(!text.contains("e+"), "no integer may become a float");
    }

    #[test]
    fn objects_list_required_properties() {
        let d = demo();
        let tag = &d["components"]["schemas"]["Tag"];
        assert_eq!(tag["required"], json!(["key"]));
        let body = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"]["requestBody"];
        assert_eq!(body["required"], true);
        assert_eq!(body["description"], "New settings.");
        assert_eq!(
            body["content"]["application/json"]["schema"]["required"],
            json!(["name"])
        );
        assert_eq!(
            body["content"]["application/json"]["example"]["name"],
            "web-01"
        );
        // No required properties: no `required` key (an empty list is not allowed everywhere).
        assert!(
            d["components"]["schemas"]["ErrorBody"]
                .get("required")
                .is_none()
        );
    }

    #[test]
    fn arrays_and_maps() {
        let d = demo();
        let op = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"];
        let body = &op["requestBody"]["content"]["application/json"]["schema"]["properties"];
        assert_eq!(body["tags"]["type"], "array");
        assert_eq!(body["tags"]["minItems"], 1);
        assert_eq!(
            body["metadata"],
            json!({ "type": "object", "additionalProperties": { "type": "string" } })
        );
        let ids = param(op, "ids");
        assert_eq!(ids["style"], "form");
        assert_eq!(ids["explode"], true);
        assert_eq!(ids["schema"]["maxItems"], 10);
        assert_eq!(
            ids["schema"]["items"],
            json!({ "type": "integer", "format": "int32" })
        );
        let fields = param(op, "fields");
        assert_eq!(fields["style"], "form");
        assert_eq!(fields["explode"], false);
        assert_eq!(fields["example"], json!(["name", "status"]));
        // Scalars get no style.
        assert!(param(op, "limit").get("style").is_none());
    }

    #[test]
    fn parameters_carry_location_constraints_and_examples() {
        let d = demo();
        let op = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"];
        let names: Vec<(&str, &str)> = op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["name"].as_str().unwrap(), p["in"].as_str().unwrap()))
            .collect();
        assert_eq!(names.len(), 8);
        assert!(names.contains(&("project_id", "path")));
        assert!(names.contains(&("dry_run", "query")));
        assert!(names.contains(&("X-Language", "header")));
        let project = param(op, "project_id");
        assert_eq!(project["required"], true);
        assert_eq!(project["x-from-context"], "project_id");
        assert!(
            project["description"]
                .as_str()
                .unwrap()
                .starts_with("Project ID.")
        );
        assert_eq!(project["example"], "054ba152d480d55b2f5dc0069e7ddef0");
        // Description and example live on the parameter, not inside its schema.
        assert_eq!(project["schema"], json!({ "type": "string" }));
        assert_eq!(param(op, "dry_run")["required"], false);
        assert_eq!(
            param(op, "dry_run")["schema"],
            json!({ "type": "boolean", "default": false })
        );
        let lang = param(op, "X-Language");
        assert_eq!(lang["schema"]["enum"], json!(["en-us", "zh-cn"]));
        assert_eq!(lang["schema"]["default"], "en-us");
        let ws = param(op, "workspace");
        assert_eq!(ws["required"], true);
        assert_eq!(ws["schema"]["pattern"], "^[0-9a-f]+$");
    }

    #[test]
    fn every_status_with_description_content_and_example() {
        let d = demo();
        let responses = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["put"]["responses"];
        let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
        assert_eq!(statuses.len(), 4, "{statuses:?}");
        assert_eq!(responses["200"]["description"], "OK");
        assert_eq!(
            responses["200"]["content"]["application/json"]["example"],
            json!({ "job_id": "j1" })
        );
        assert_eq!(
            responses["400"]["content"]["application/json"]["example"]["error_code"],
            "DEMO.0001"
        );
        // Body-less statuses have no content; a missing description becomes the reason phrase.
        assert!(responses["204"].get("content").is_none());
        assert_eq!(responses["204"]["description"], "No Content");
        assert!(responses["404"].get("content").is_none());
        assert_eq!(
            responses["404"]["headers"]["X-Request-Id"]["$ref"],
            "#/components/headers/X-Request-Id"
        );
        // A success without an example has content without one.
        let get = &d["paths"]["/v1/{project_id}/servers/{server_id}"]["get"]["responses"]["200"];
        assert_eq!(get["description"], "OK");
        assert!(get["content"]["application/json"].get("example").is_none());
    }

    #[test]
    fn security_schemes_and_global_requirement() {
        let d = demo();
        let schemes = &d["components"]["securitySchemes"];
        let aksk = &schemes[AKSK_SCHEME];
        assert_eq!(aksk["type"], "apiKey");
        assert_eq!(aksk["in"], "header");
        assert_eq!(aksk["name"], "Authorization");
        assert!(
            aksk["description"]
                .as_str()
                .unwrap()
                .contains("SDK-HMAC-SHA256")
        );
        let token = &schemes[TOKEN_SCHEME];
        assert_eq!(token["type"], "apiKey");
        assert_eq!(token["in"], "header");
        assert_eq!(token["name"], "X-Auth-Token");
        // Either one suffices: two alternatives, not one requirement with both.
        assert_eq!(
            d["security"],
            json!([{ "akskSignature": [] }, { "token": [] }])
        );
    }

    #[test]
    fn unreadable_spec_still_gives_a_valid_skeleton() {
        let d = document_from_spec("broken", "brk", "{ not json");
        assert_eq!(d["openapi"], "3.1.0");
        assert_eq!(d["info"]["title"], "broken");
        assert!(
            d["info"]["description"]
                .as_str()
                .unwrap()
                .contains("could not be read")
        );
        assert_eq!(d["paths"], json!({}));
        assert_eq!(
            d["servers"][0]["url"],
            "https://brk.{region}.myhuaweicloud.com"
        );
    }

    #[test]
    fn unknown_type_name_is_any_not_a_dangling_ref() {
        let e = Export::new(&Value::Null);
        assert_eq!(e.schema(&s("Missing")), json!({}));
        // An alias cycle cannot loop.
        let spec = json!({ "types": { "A": s("B"), "B": s("A") } });
        assert_eq!(Export::new(&spec).resolved_type(&s("A")), None);
    }

    /// The real services: every endpoint, every documented status and every named type is in the export.
    #[test]
    fn every_service_endpoint_and_status_is_exported() {
        let docs = openapi_documents();
        assert_eq!(docs.len(), crate::__SERVICES.len());
        for ((name, doc), meta) in docs.iter().zip(crate::__SERVICES) {
            assert_eq!(*name, meta.name);
            let spec: Value = serde_json::from_str(meta.spec_json).unwrap();
            assert_eq!(doc["info"]["title"], spec["title"]);
            let endpoints = spec["endpoints"].as_array().unwrap();
            assert_eq!(endpoints.len(), meta.operations.len());
            for ep in endpoints {
                let path = ep["path"].as_str().unwrap();
                let method = ep["method"].as_str().unwrap().to_ascii_lowercase();
                let op = &doc["paths"][path][&method];
                assert_eq!(op["operationId"], ep["operation"], "{name} {method} {path}");
                for (status, r) in ep["responses"].as_object().unwrap() {
                    let out = &op["responses"][status];
                    assert!(out["description"].is_string(), "{name} {path} {status}");
                    let content = &out["content"]["application/json"];
                    if r["body"].is_object() {
                        assert!(content["schema"].is_object(), "{name} {path} {status}");
                        assert_eq!(
                            content.get("example"),
                            r.get("example").filter(|e| !e.is_null())
                        );
                    } else {
                        assert!(out.get("content").is_none(), "{name} {path} {status}");
                    }
                }
                assert_eq!(
                    op["responses"].as_object().unwrap().len(),
                    ep["responses"].as_object().unwrap().len()
                );
            }
            for ty in spec["types"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, _)| k)
            {
                assert!(doc["components"]["schemas"][ty].is_object(), "{name}: {ty}");
            }
            let mut all = Vec::new();
            refs(doc, &mut all);
            for r in &all {
                assert!(resolve(doc, r).is_some(), "{name}: dangling {r}");
            }
        }
    }

    #[test]
    fn real_int64_examples_stay_exact() {
        // dataarts documents a body of int64 IDs above 2^53 (skipped if that service is not compiled in).
        for (name, doc) in openapi_documents().iter().filter(|(n, _)| *n == "dataarts") {
            let text = serde_json::to_string_pretty(doc).unwrap();
            assert!(text.contains("1317151269261262848"), "{name}");
            assert!(text.contains("1317151258234322945"), "{name}");
        }
    }
}
