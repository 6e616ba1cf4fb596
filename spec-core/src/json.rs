//! The normalized spec as JSON text (`ServiceMeta::spec_json`), so the mock server and the OpenAPI export read the
//! same data as the macro without a second YAML parser. Shape: `ARCHITECTURE.md`.

use crate::model::{self, ParamIn, Service};
use crate::raw::{OrderedMap, RawSchema, RawSpec};
use serde_json::{Map, Value, json};

pub fn spec_json(raw: &RawSpec, service: &Service) -> String {
    let types: Map<String, Value> = raw
        .types
        .iter()
        .flat_map(|t| t.iter())
        .map(|(k, s)| (k.value.clone(), schema(s, false)))
        .collect();
    let endpoints: Vec<Value> = raw
        .endpoints
        .value
        .iter()
        .zip(&service.endpoints)
        .map(|(e, m)| {
            let group =
                |g: Option<&OrderedMap<String, Box<RawSchema>>>, location: ParamIn| -> Value {
                    Value::Object(
                        g.iter()
                            .flat_map(|m| m.iter())
                            .map(|(k, s)| (k.value.clone(), schema(s, location == ParamIn::Path)))
                            .collect(),
                    )
                };
            let p = e.parameters.as_ref();
            let request = match (&e.request, &m.body) {
                (Some(r), Some(b)) => json!({
                    "content_type": b.content_type,
                    "required": b.required,
                    "description": r.description,
                    "body": schema(&r.body, false),
                    "example": r.example.as_ref().map(|x| &x.value),
                }),
                _ => Value::Null,
            };
            let responses: Map<String, Value> = e
                .responses
                .value
                .iter()
                .filter_map(|(k, r)| {
                    let status = model::status_of(&k.value)?;
                    let kind =
                        if model::is_success(status, r.kind.as_ref().map(|k| k.value.as_str())) {
                            "success"
                        } else {
                            "error"
                        };
                    Some((
                        status.to_string(),
                        json!({
                            "kind": kind,
                            "description": r.description,
                            "body": r.body.as_ref().map(|b| schema(b, false)),
                            "example": r.example.as_ref().map(|x| &x.value),
                        }),
                    ))
                })
                .collect();
            json!({
                "operation": m.operation,
                "rust_name": m.method_fn,
                "method": m.http_method,
                "path": m.path,
                "summary": m.summary,
                "description": m.description,
                "parameters": {
                    "path": group(p.and_then(|p| p.path.as_ref()), ParamIn::Path),
                    "query": group(p.and_then(|p| p.query.as_ref()), ParamIn::Query),
                    "header": group(p.and_then(|p| p.header.as_ref()), ParamIn::Header),
                },
                "request": request,
                "responses": responses,
            })
        })
        .collect();
    let doc = json!({
        "service": service.name,
        "title": service.title,
        "host_prefix": service.host_prefix,
        "description": service.description,
        "types": types,
        "endpoints": endpoints,
    });
    doc.to_string()
}

fn schema(s: &RawSchema, always_required: bool) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), Value::String(s.ty.value.clone()));
    m.insert(
        "required".into(),
        Value::Bool(always_required || s.required.as_ref().is_some_and(|r| r.value)),
    );
    m.insert("nullable".into(), Value::Bool(s.nullable.unwrap_or(false)));
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            m.insert(k.into(), v);
        }
    };
    put("description", s.description.clone().map(Value::String));
    put("default", s.default.as_ref().map(|v| v.value.clone()));
    put("example", s.example.as_ref().map(|v| v.value.clone()));
    put(
        "enum",
        s.enum_values.as_ref().map(|e| {
            e.value
                .iter()
                .map(|v| Value::String(v.value.clone()))
                .collect()
        }),
    );
    put("min_length", s.min_length.as_ref().map(|v| v.value.into()));
    put("max_length", s.max_length.as_ref().map(|v| v.value.into()));
    put(
        "pattern",
        s.pattern.as_ref().map(|v| Value::String(v.value.clone())),
    );
    put("minimum", s.minimum.as_ref().map(|v| v.value.clone()));
    put("maximum", s.maximum.as_ref().map(|v| v.value.clone()));
    put("min_items", s.min_items.as_ref().map(|v| v.value.into()));
    put("max_items", s.max_items.as_ref().map(|v| v.value.into()));
    put("items", s.items.as_ref().map(|i| schema(i, false)));
    put("values", s.values.as_ref().map(|i| schema(i, false)));
    put(
        "properties",
        s.properties.as_ref().map(|p| {
            Value::Object(
                p.iter()
                    .map(|(k, v)| (k.value.clone(), schema(v, false)))
                    .collect(),
            )
        }),
    );
    put(
        "name",
        s.name.as_ref().map(|v| Value::String(v.value.clone())),
    );
    put(
        "from_context",
        s.from_context
            .as_ref()
            .map(|v| Value::String(v.value.clone())),
    );
    put(
        "collection",
        s.collection
            .as_ref()
            .map(|v| Value::String(v.value.clone())),
    );
    Value::Object(m)
}
