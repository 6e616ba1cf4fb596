//! The mock's private mirror of `ServiceMeta::spec_json` (see ARCHITECTURE.md, "the normalized spec").
//!
//! Unknown keys are ignored so the macro can grow the JSON without breaking the mock; anything the mock needs but
//! cannot find falls back to a permissive default instead of failing a request.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Number, Value};

/// How many `types` aliases (`A: {type: B}`) are followed before giving up; guards against cycles.
const MAX_ALIAS_HOPS: usize = 32;

/// One service file.
#[derive(Debug, Deserialize)]
pub(crate) struct Service {
    /// The `service` key; falls back to the `ServiceMeta` name when absent.
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub types: BTreeMap<String, Schema>,
    #[serde(default)]
    pub endpoints: Vec<Endpoint>,
}

/// One endpoint.
#[derive(Debug, Deserialize)]
pub(crate) struct Endpoint {
    pub operation: String,
    pub method: String,
    pub path: String,
    #[serde(default)]
    pub parameters: Parameters,
    #[serde(default)]
    pub request: Option<RequestBody>,
    #[serde(default)]
    pub responses: BTreeMap<String, Response>,
}

/// Path, query and header parameters, each in spec order.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Parameters {
    #[serde(default)]
    pub path: Props,
    #[serde(default)]
    pub query: Props,
    #[serde(default)]
    pub header: Props,
}

/// The request body.
#[derive(Debug, Deserialize)]
pub(crate) struct RequestBody {
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub body: Option<Schema>,
}

fn yes() -> bool {
    true
}

/// One documented response.
#[derive(Debug, Deserialize)]
pub(crate) struct Response {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub body: Option<Schema>,
    #[serde(default)]
    pub example: Option<Value>,
}

/// A schema node; `ty` is a builtin type or the name of an entry of `types`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Schema {
    #[serde(rename = "type", default)]
    pub ty: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub nullable: bool,
    #[serde(default)]
    pub default: Option<Value>,
    #[serde(default)]
    pub example: Option<Value>,
    // Values are compared as strings; `Value` keeps a non-string entry from failing the whole spec.
    #[serde(rename = "enum", default)]
    pub enum_values: Option<Vec<Value>>,
    #[serde(default)]
    pub min_length: Option<u64>,
    #[serde(default)]
    pub max_length: Option<u64>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default, deserialize_with = "lenient_number")]
    pub minimum: Option<Number>,
    #[serde(default, deserialize_with = "lenient_number")]
    pub maximum: Option<Number>,
    #[serde(default)]
    pub min_items: Option<u64>,
    #[serde(default)]
    pub max_items: Option<u64>,
    #[serde(default)]
    pub items: Option<Box<Schema>>,
    #[serde(default)]
    pub values: Option<Box<Schema>>,
    #[serde(default)]
    pub properties: Option<Props>,
    #[serde(default)]
    pub collection: Option<String>,
    /// `pattern`, compiled once when the server starts.
    #[serde(skip)]
    pub regex: Option<regex_lite::Regex>,
}

/// A map of wire name → schema that keeps spec order (serde_json's `Map` may sort).
#[derive(Debug, Default)]
pub(crate) struct Props(pub Vec<(String, Schema)>);

impl<'de> Deserialize<'de> for Props {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PropsVisitor;
        impl<'de> Visitor<'de> for PropsVisitor {
            type Value = Props;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of name to schema")
            }
            fn visit_unit<E>(self) -> Result<Props, E> {
                Ok(Props::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Props, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Schema>()? {
                    out.push((k, v));
                }
                Ok(Props(out))
            }
        }
        d.deserialize_any(PropsVisitor)
    }
}

/// The builtin type names; anything else names an entry of `types`.
const BUILTINS: &[&str] = &[
    "string",
    "int32",
    "int64",
    "number",
    "boolean",
    "date-time",
    "any",
    "array",
    "map",
    "object",
];

impl Service {
    /// Parses one service's spec JSON and compiles its patterns.
    pub(crate) fn parse(name: &str, json: &str) -> Result<Service, String> {
        let mut svc: Service = serde_json::from_str(json)
            .map_err(|e| format!("service `{name}`: spec_json is not the expected JSON: {e}"))?;
        if svc.service.is_empty() {
            svc.service = name.to_string();
        }
        let mut err = None;
        for (tname, schema) in &mut svc.types {
            compile(schema, &mut err, &format!("types.{tname}"));
        }
        for ep in &mut svc.endpoints {
            ep.method = ep.method.to_ascii_uppercase();
            let at = format!("{} {}", ep.method, ep.path);
            for (_, s) in ep
                .parameters
                .path
                .0
                .iter_mut()
                .chain(ep.parameters.query.0.iter_mut())
                .chain(ep.parameters.header.0.iter_mut())
            {
                compile(s, &mut err, &at);
            }
            if let Some(body) = ep.request.as_mut().and_then(|r| r.body.as_mut()) {
                compile(body, &mut err, &at);
            }
            for r in ep.responses.values_mut() {
                if let Some(body) = r.body.as_mut() {
                    compile(body, &mut err, &at);
                }
            }
        }
        match err {
            Some(e) => Err(format!("service `{name}`: {e}")),
            None => Ok(svc),
        }
    }

    /// Follows `types` references to the schema that carries the constraints. Unknown names and alias cycles end at
    /// the last schema seen, whose unknown `ty` the validators treat as `any`.
    pub(crate) fn resolve<'a>(&'a self, mut s: &'a Schema) -> &'a Schema {
        for _ in 0..MAX_ALIAS_HOPS {
            if BUILTINS.contains(&s.ty.as_str()) {
                return s;
            }
            match self.types.get(&s.ty) {
                Some(next) => s = next,
                None => return s,
            }
        }
        s
    }

    /// Whether `use_site` accepts JSON null: nullable at the use site or on the named type.
    pub(crate) fn nullable(&self, use_site: &Schema) -> bool {
        use_site.nullable || self.resolve(use_site).nullable
    }

    /// The example for a use site: its own, else the named type's.
    pub(crate) fn example<'a>(&'a self, use_site: &'a Schema) -> Option<&'a Value> {
        use_site
            .example
            .as_ref()
            .or_else(|| self.resolve(use_site).example.as_ref())
    }
}

fn compile(s: &mut Schema, err: &mut Option<String>, at: &str) {
    if let Some(p) = &s.pattern {
        match regex_lite::Regex::new(p) {
            Ok(re) => s.regex = Some(re),
            Err(e) if err.is_none() => *err = Some(format!("{at}: bad pattern `{p}`: {e}")),
            Err(_) => {}
        }
    }
    for child in [s.items.as_deref_mut(), s.values.as_deref_mut()]
        .into_iter()
        .flatten()
    {
        compile(child, err, at);
    }
    if let Some(props) = s.properties.as_mut() {
        for (_, p) in &mut props.0 {
            compile(p, err, at);
        }
    }
}

/// A bound given as a JSON number or as numeric text; anything else is no bound rather than an unusable spec.
fn lenient_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Number>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Number(n) => Some(n),
        Value::String(s) => serde_json::from_str::<Number>(s.trim()).ok(),
        _ => None,
    })
}

/// Renders an enum entry for comparison with wire text.
pub(crate) fn enum_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
