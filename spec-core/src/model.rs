//! The resolved IR: every inline type hoisted and named, every Rust name chosen (and kept apart from its wire
//! name), every default filled in. Single-node rules (a key that does not fit its `type`, a bad pattern) are
//! checked while converting; cross-node rules live in `check`.

use crate::ctxt::{Ctxt, FileId, Loc};
use crate::names;
use crate::raw::{RawEndpoint, RawSchema, RawSpec, StatusKey};
use serde_json::Value;
use std::collections::BTreeMap;

pub struct Service {
    pub name: String,
    pub title: String,
    pub description: Option<String>,
    pub host_prefix: String,
    pub types: Vec<TypeDef>,
    pub endpoints: Vec<Endpoint>,
}

pub struct TypeDef {
    pub name: String,
    pub docs: Option<String>,
    pub kind: TypeKind,
    /// Used in a request body (needs `ToJson`, `Validate` and, for structs, a builder).
    pub ser: bool,
    /// Used as a path, query or header parameter (needs `ParamValue` and `Validate`; only scalars and enums can be).
    pub param: bool,
    /// Used in a response (needs `FromJson`).
    pub de: bool,
    pub loc: Loc,
}

pub enum TypeKind {
    Struct(Vec<Field>),
    Enum(Vec<Variant>),
    Alias(Ty),
}

pub struct Variant {
    pub rust: String,
    pub wire: String,
}

pub struct Field {
    pub rust: String,
    pub wire: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub default: Option<Value>,
    pub docs: Option<String>,
    pub rules: Rules,
}

impl Field {
    /// Required and not nullable: the Rust type is `T`, not `Option<T>`.
    pub fn is_plain(&self) -> bool {
        self.required && !self.nullable
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    String,
    I32,
    I64,
    F64,
    Bool,
    DateTime,
    Any,
    /// `type: object` without `properties`: a free-form JSON object.
    Object,
    Vec(Box<Ty>),
    Map(Box<Ty>),
    /// Index into `Service::types`.
    Named(usize),
}

#[derive(Clone, Default, PartialEq)]
pub struct Rules {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub minimum: Option<Num>,
    pub maximum: Option<Num>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub items: Option<Box<Rules>>,
}

impl Rules {
    pub fn is_empty(&self) -> bool {
        *self == Rules::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

pub struct Endpoint {
    pub operation: String,
    pub method_fn: String,
    pub request_type: String,
    pub error_type: String,
    pub http_method: String,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// Set when several success statuses need an output enum.
    pub output_enum: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamIn {
    Path,
    Query,
    Header,
}

pub struct Param {
    pub rust: String,
    pub wire: String,
    pub location: ParamIn,
    pub ty: Ty,
    pub required: bool,
    pub default: Option<Value>,
    pub from_context: Option<String>,
    pub csv: bool,
    pub docs: Option<String>,
    pub rules: Rules,
}

impl Param {
    /// Must be passed to `new(..)`: required and not filled from the client's context.
    pub fn in_constructor(&self) -> bool {
        self.required && self.from_context.is_none()
    }
}

pub struct Body {
    pub rust: String,
    /// `None` for the empty object `{}`, which is sent as is and is not a field of the request.
    pub ty: Option<Ty>,
    pub required: bool,
    pub content_type: String,
    pub docs: Option<String>,
}

pub struct Response {
    pub status: u16,
    pub success: bool,
    pub variant: String,
    pub body: Option<Ty>,
    pub description: Option<String>,
}

/// Wire names read as an error code and message (the SDKs' order); used for the error enum's accessors.
pub const CODE_KEYS: &[&str] = &["error_code", "code", "errorCode"];
pub const MESSAGE_KEYS: &[&str] = &["error_msg", "message", "errorMsg", "errorMessage"];

const MAX_DEPTH: usize = 32;

const BUILTIN: &[&str] = &[
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

pub fn is_builtin(ty: &str) -> bool {
    BUILTIN.contains(&ty)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Param,
    Response,
}

struct Builder<'a> {
    cx: &'a Ctxt,
    file: FileId<'a>,
    types: Vec<TypeDef>,
    names: BTreeMap<String, usize>,
    /// Type names the expansion gives other items of the module: what each is, and where it comes from.
    reserved: BTreeMap<String, (String, Loc)>,
}

impl Service {
    pub fn from_raw(cx: &Ctxt, file: FileId<'_>, raw: &RawSpec) -> Service {
        let mut b = Builder {
            cx,
            file,
            types: Vec::new(),
            names: BTreeMap::new(),
            reserved: reserved_names(file, raw),
        };
        // Register every named type first so that references may point forward.
        let named = raw.types.as_ref().map(|t| &t.0[..]).unwrap_or(&[]);
        for (name, schema) in named {
            let kind = TypeKind::Alias(Ty::Any);
            b.register(
                &name.value,
                schema.description.clone(),
                kind,
                file.at(&name.referenced),
            );
        }
        for (i, (name, schema)) in named.iter().enumerate() {
            let kind = b.named_kind(&name.value, schema);
            if let Some(t) = b.types.get_mut(i) {
                t.kind = kind;
            }
        }
        // A repeated operation is reported by `check`; modelling it again would only add cascading name clashes.
        let mut seen = std::collections::BTreeSet::new();
        let endpoints: Vec<Endpoint> = raw
            .endpoints
            .value
            .iter()
            .filter(|e| seen.insert(names::method_name(&e.operation.value)))
            .map(|e| b.endpoint(e))
            .collect();
        b.propagate_sides();
        Service {
            name: raw.service.value.clone(),
            title: raw.title.value.clone(),
            description: raw.description.clone(),
            host_prefix: raw.host_prefix.value.clone(),
            types: b.types,
            endpoints,
        }
    }
}

impl Builder<'_> {
    fn register(&mut self, name: &str, docs: Option<String>, kind: TypeKind, loc: Loc) -> usize {
        if let Some((what, at)) = self.reserved.get(name) {
            self.cx.error_at(
                loc.clone(),
                format!(
                    "type name `{name}` is already used by {what} (at {at}); give this type a different name (an \
                     inline type takes `name: …`)"
                ),
            );
        } else if let Some(&prev) = self.names.get(name) {
            let first = self
                .types
                .get(prev)
                .map(|t| t.loc.to_string())
                .unwrap_or_default();
            self.cx.error_at(
                loc.clone(),
                format!("type name `{name}` is already used (first at {first}); give this one a different `name`"),
            );
        }
        let idx = self.types.len();
        self.names.insert(name.to_owned(), idx);
        self.types.push(TypeDef {
            name: name.to_owned(),
            docs,
            kind,
            ser: false,
            param: false,
            de: false,
            loc,
        });
        idx
    }

    /// The body of a type declared under `types:`.
    fn named_kind(&mut self, name: &str, s: &RawSchema) -> TypeKind {
        self.check_common(s, None);
        match s.ty.value.as_str() {
            "object" if s.properties.is_some() => TypeKind::Struct(self.fields(name, s, 0)),
            "string" if s.enum_values.is_some() => TypeKind::Enum(self.variants(s)),
            _ => TypeKind::Alias(self.ty(s, &[name], 0)),
        }
    }

    fn fields(&mut self, parent: &str, s: &RawSchema, depth: usize) -> Vec<Field> {
        let Some(props) = &s.properties else {
            return Vec::new();
        };
        props
            .iter()
            .map(|(wire, p)| {
                self.check_common(p, Some(&wire.value));
                let ty = self.ty(p, &[parent, &wire.value], depth + 1);
                Field {
                    rust: names::field_name(&wire.value),
                    wire: wire.value.clone(),
                    required: p.required.as_ref().is_some_and(|r| r.value),
                    nullable: p.nullable.unwrap_or(false),
                    default: p.default.as_ref().map(|d| d.value.clone()),
                    docs: p.description.clone(),
                    rules: self.rules(p, &ty),
                    ty,
                }
            })
            .collect()
    }

    fn variants(&mut self, s: &RawSchema) -> Vec<Variant> {
        let Some(values) = &s.enum_values else {
            return Vec::new();
        };
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        let mut out = Vec::new();
        for v in &values.value {
            let mut rust = names::variant_name(&v.value);
            // `Unknown` is the catch-all variant of every open enum.
            if rust == "Unknown" {
                rust = "UnknownValue".to_owned();
            }
            if let Some(prev) = seen.get(&rust) {
                self.cx.error_at(
                    self.file.at(&v.referenced),
                    if *prev == v.value {
                        format!("enum value `{}` is listed twice", v.value)
                    } else {
                        format!(
                            "enum values `{prev}` and `{}` both map to the Rust variant `{rust}`",
                            v.value
                        )
                    },
                );
                continue;
            }
            seen.insert(rust.clone(), &v.value);
            out.push(Variant {
                rust,
                wire: v.value.clone(),
            });
        }
        out
    }

    /// The Rust-side type of a schema; inline objects and enums become new named types called `name_parts…`.
    fn ty(&mut self, s: &RawSchema, name_parts: &[&str], depth: usize) -> Ty {
        if depth > MAX_DEPTH {
            self.cx.error_at(
                self.file.at(&s.ty.referenced),
                format!("schema is nested deeper than {MAX_DEPTH} levels; declare the inner part under `types`"),
            );
            return Ty::Any;
        }
        let t = s.ty.value.as_str();
        let inline_name = || match &s.name {
            Some(n) => n.value.clone(),
            None => names::type_name(name_parts),
        };
        match t {
            "string" if s.enum_values.is_some() => {
                let name = inline_name();
                let loc = self.file.at(&s.ty.referenced);
                let variants = self.variants(s);
                Ty::Named(self.register(
                    &name,
                    s.description.clone(),
                    TypeKind::Enum(variants),
                    loc,
                ))
            }
            "string" => Ty::String,
            "int32" => Ty::I32,
            "int64" => Ty::I64,
            "number" => Ty::F64,
            "boolean" => Ty::Bool,
            "date-time" => Ty::DateTime,
            "any" => Ty::Any,
            "object" if s.properties.as_ref().is_some_and(|p| !p.0.is_empty()) => {
                let name = inline_name();
                let loc = self.file.at(&s.ty.referenced);
                let idx =
                    self.register(&name, s.description.clone(), TypeKind::Alias(Ty::Any), loc);
                let fields = self.fields(&name, s, depth);
                if let Some(t) = self.types.get_mut(idx) {
                    t.kind = TypeKind::Struct(fields);
                }
                Ty::Named(idx)
            }
            "object" => Ty::Object,
            "array" => match &s.items {
                Some(items) => {
                    self.check_common(items, None);
                    let mut parts = name_parts.to_vec();
                    parts.push("item");
                    Ty::Vec(Box::new(self.ty(items, &parts, depth + 1)))
                }
                None => Ty::Vec(Box::new(Ty::Any)), // reported by check_schema_keys
            },
            "map" => match &s.values {
                Some(values) => {
                    self.check_common(values, None);
                    let mut parts = name_parts.to_vec();
                    parts.push("value");
                    Ty::Map(Box::new(self.ty(values, &parts, depth + 1)))
                }
                None => Ty::Map(Box::new(Ty::Any)),
            },
            other => match self.names.get(other) {
                Some(&i) => Ty::Named(i),
                None => Ty::Any, // reported by check_type_refs
            },
        }
    }

    fn rules(&self, s: &RawSchema, ty: &Ty) -> Rules {
        let items = match (ty, &s.items) {
            (Ty::Vec(inner), Some(items)) => {
                Some(Box::new(self.rules(items, inner))).filter(|r| !r.is_empty())
            }
            _ => None,
        };
        let num =
            |v: &Option<serde_saphyr::Spanned<Value>>| v.as_ref().and_then(|v| to_num(&v.value));
        Rules {
            min_length: s.min_length.as_ref().map(|v| v.value),
            max_length: s.max_length.as_ref().map(|v| v.value),
            pattern: s.pattern.as_ref().map(|v| v.value.clone()),
            minimum: num(&s.minimum),
            maximum: num(&s.maximum),
            min_items: s.min_items.as_ref().map(|v| v.value),
            max_items: s.max_items.as_ref().map(|v| v.value),
            items,
        }
    }

    /// Keys that only make sense on some types, and constraint values that cannot hold.
    fn check_common(&self, s: &RawSchema, _wire: Option<&str>) {
        let cx = self.cx;
        let at = |l: &serde_saphyr::Location| self.file.at(l);
        let t = s.ty.value.as_str();
        let is_str = t == "string";
        let is_num = matches!(t, "int32" | "int64" | "number");
        let misplaced = |key: &str, l: &serde_saphyr::Location, allowed: &str| {
            cx.error_at(
                at(l),
                format!("`{key}` does not apply to type `{t}` (only to {allowed})"),
            );
        };
        if let Some(e) = &s.enum_values {
            if !is_str {
                misplaced("enum", &e.referenced, "`string`");
            } else if e.value.is_empty() {
                cx.error_at(at(&e.referenced), "enum has no values");
            }
        }
        for (key, v) in [("min_length", &s.min_length), ("max_length", &s.max_length)] {
            if let Some(v) = v
                && !is_str
            {
                misplaced(key, &v.referenced, "`string`");
            }
        }
        if let Some(p) = &s.pattern {
            if !is_str {
                misplaced("pattern", &p.referenced, "`string`");
            } else if let Err(e) = regex_lite::Regex::new(&p.value) {
                cx.error_at(
                    at(&p.referenced),
                    format!("pattern `{}` is not a valid regex: {e}", p.value),
                );
            }
        }
        for (key, v) in [("minimum", &s.minimum), ("maximum", &s.maximum)] {
            if let Some(v) = v {
                if !is_num {
                    misplaced(key, &v.referenced, "`int32`, `int64` and `number`");
                } else {
                    match to_num(&v.value) {
                        None => cx.error_at(at(&v.referenced), format!("`{key}` must be a number")),
                        Some(Num::Float(_)) if t != "number" => cx.error_at(
                            at(&v.referenced),
                            format!("`{key}` of an `{t}` must be an integer"),
                        ),
                        Some(_) => {}
                    }
                }
            }
        }
        for (key, v) in [("min_items", &s.min_items), ("max_items", &s.max_items)] {
            if let Some(v) = v
                && t != "array"
            {
                misplaced(key, &v.referenced, "`array`");
            }
        }
        let bounds = [
            (
                "min_length",
                "max_length",
                s.min_length.as_ref(),
                s.max_length.as_ref(),
            ),
            (
                "min_items",
                "max_items",
                s.min_items.as_ref(),
                s.max_items.as_ref(),
            ),
        ];
        for (lo_k, hi_k, lo, hi) in bounds {
            if let (Some(lo), Some(hi)) = (lo, hi)
                && lo.value > hi.value
            {
                cx.error_at(
                    at(&lo.referenced),
                    format!(
                        "`{lo_k}` ({}) is greater than `{hi_k}` ({})",
                        lo.value, hi.value
                    ),
                );
            }
        }
        if let (Some(lo), Some(hi)) = (&s.minimum, &s.maximum)
            && let (Some(a), Some(b)) = (to_num(&lo.value), to_num(&hi.value))
            && num_gt(a, b)
        {
            cx.error_at(at(&lo.referenced), "`minimum` is greater than `maximum`");
        }
        if let Some(i) = &s.items
            && t != "array"
        {
            misplaced("items", &i.ty.referenced, "`array`");
        }
        if t == "array" && s.items.is_none() {
            cx.error_at(at(&s.ty.referenced), "an `array` needs `items`");
        }
        if let Some(v) = &s.values
            && t != "map"
        {
            misplaced("values", &v.ty.referenced, "`map`");
        }
        if t == "map" && s.values.is_none() {
            cx.error_at(at(&s.ty.referenced), "a `map` needs `values`");
        }
        if let Some(p) = &s.properties
            && t != "object"
        {
            let l =
                p.0.first()
                    .map(|(k, _)| &k.referenced)
                    .unwrap_or(&s.ty.referenced);
            misplaced("properties", l, "`object`");
        }
        if let Some(n) = &s.name {
            let inline_type = t == "object"
                && s.properties.as_ref().is_some_and(|p| !p.0.is_empty())
                || (is_str && s.enum_values.is_some());
            if !inline_type {
                cx.error_at(
                    at(&n.referenced),
                    "`name` only applies to an inline `object` with properties or a `string` enum",
                );
            } else if !names::is_pascal_ident(&n.value) {
                cx.error_at(
                    at(&n.referenced),
                    format!("type name `{}` must be a PascalCase identifier", n.value),
                );
            }
        }
        if let Some(d) = &s.default
            && matches!(t, "array" | "map" | "object" | "any")
        {
            cx.error_at(
                at(&d.referenced),
                format!("`default` is only supported on scalar types, not `{t}`"),
            );
        }
    }

    fn endpoint(&mut self, e: &RawEndpoint) -> Endpoint {
        let op = e.operation.value.clone();
        let mut params = Vec::new();
        if let Some(p) = &e.parameters {
            for (location, map) in [
                (ParamIn::Path, &p.path),
                (ParamIn::Query, &p.query),
                (ParamIn::Header, &p.header),
            ] {
                if let Some(map) = map {
                    for (wire, s) in map.iter() {
                        params.push(self.param(&op, location, &wire.value, s));
                    }
                }
            }
        }
        let body = e.request.as_ref().map(|r| {
            self.check_common(&r.body, None);
            if let Some(req) = &r.body.required {
                self.cx.error_at(
                    self.file.at(&req.referenced),
                    "write `required` on `request`, not on its `body`",
                );
            }
            let empty = r.body.ty.value == "object"
                && r.body.properties.as_ref().is_none_or(|p| p.0.is_empty());
            let ty = (!empty).then(|| self.ty(&r.body, &[&op, "body"], 1));
            if let Some(t) = &ty {
                self.mark(t, Side::Request);
            }
            let rust = match &r.name {
                Some(n) => {
                    let s = names::field_name(&n.value);
                    if s != n.value {
                        self.cx.error_at(
                            self.file.at(&n.referenced),
                            format!("request `name` must be a snake_case identifier like `{s}`"),
                        );
                    }
                    s
                }
                None => "body".to_owned(),
            };
            Body {
                rust,
                ty,
                required: r.required.unwrap_or(true),
                content_type: r
                    .content_type
                    .as_ref()
                    .map(|c| c.value.clone())
                    .unwrap_or_else(|| "application/json".to_owned()),
                docs: r.description.clone(),
            }
        });
        let success_count = success_count(e);
        let mut responses = Vec::new();
        for (key, r) in e.responses.value.iter() {
            let Some(status) = status_of(&key.value) else {
                continue; // reported by check_status_codes
            };
            let success = is_success(status, r.kind.as_ref().map(|k| k.value.as_str()));
            let variant = names::status_variant(status);
            let body = r.body.as_ref().map(|s| {
                self.check_common(s, None);
                let hint = match (success, success_count) {
                    (true, 1) => vec![op.clone(), "response".to_owned()],
                    (true, _) => vec![op.clone(), "response".to_owned(), status.to_string()],
                    (false, _) => vec![op.clone(), variant.clone(), "body".to_owned()],
                };
                let hint: Vec<&str> = hint.iter().map(String::as_str).collect();
                let ty = self.ty(s, &hint, 1);
                self.mark(&ty, Side::Response);
                ty
            });
            responses.push(Response {
                status,
                success,
                variant,
                body,
                description: r.description.clone(),
            });
        }
        responses.sort_by_key(|r| r.status);
        Endpoint {
            method_fn: names::method_name(&op),
            request_type: format!("{op}Request"),
            error_type: format!("{op}Error"),
            output_enum: (success_count > 1).then(|| format!("{op}Output")),
            operation: op,
            http_method: e.method.value.clone(),
            path: e.path.value.clone(),
            summary: e.summary.clone(),
            description: e.description.clone(),
            params,
            body,
            responses,
        }
    }

    fn param(&mut self, op: &str, location: ParamIn, wire: &str, s: &RawSchema) -> Param {
        self.check_common(s, Some(wire));
        let file = self.file;
        let at = |l: &serde_saphyr::Location| file.at(l);
        let ty = self.ty(s, &[op, wire], 1);
        self.mark(&ty, Side::Param);
        let scalar = |t: &Ty| {
            !matches!(t, Ty::Vec(_) | Ty::Map(_) | Ty::Any | Ty::Object)
                && !matches!(t, Ty::Named(i) if matches!(self.types.get(*i).map(|d| &d.kind), Some(TypeKind::Struct(_))))
        };
        let ok = match (&ty, location) {
            (Ty::Vec(inner), ParamIn::Query | ParamIn::Header) => scalar(inner),
            (t, _) => scalar(t),
        };
        if !ok {
            self.cx.error_at(
                at(&s.ty.referenced),
                format!(
                    "parameter `{wire}` has type `{}`, which cannot be sent in a {}",
                    s.ty.value,
                    location_name(location)
                ),
            );
        }
        if let Some(r) = &s.required
            && location == ParamIn::Path
            && !r.value
        {
            self.cx.error_at(
                at(&r.referenced),
                format!("path parameter `{wire}` cannot be optional"),
            );
        }
        let csv = match &s.collection {
            None => false,
            Some(c) if location == ParamIn::Query && matches!(ty, Ty::Vec(_)) => {
                match c.value.as_str() {
                    "multi" => false,
                    "csv" => true,
                    other => {
                        self.cx.error_at(
                            at(&c.referenced),
                            format!("unknown `collection` `{other}`; expected `multi` or `csv`"),
                        );
                        false
                    }
                }
            }
            Some(c) => {
                self.cx.error_at(
                    at(&c.referenced),
                    "`collection` only applies to query arrays",
                );
                false
            }
        };
        if let Some(fc) = &s.from_context {
            if location != ParamIn::Path {
                // Only path templates have a slot the runtime fills from the client; elsewhere it would be ignored.
                self.cx.error_at(
                    at(&fc.referenced),
                    "`from_context` only applies to path parameters",
                );
            } else if !names::is_snake_ident(&fc.value) {
                self.cx.error_at(
                    at(&fc.referenced),
                    format!(
                        "`from_context` key `{}` must be a snake_case name",
                        fc.value
                    ),
                );
            }
        }
        Param {
            rust: names::field_name(wire),
            wire: wire.to_owned(),
            location,
            required: location == ParamIn::Path || s.required.as_ref().is_some_and(|r| r.value),
            default: s.default.as_ref().map(|d| d.value.clone()),
            from_context: s.from_context.as_ref().map(|f| f.value.clone()),
            csv,
            docs: s.description.clone(),
            rules: self.rules(s, &ty),
            ty,
        }
    }

    fn mark(&mut self, ty: &Ty, side: Side) {
        if let Some(i) = named_in(ty)
            && let Some(t) = self.types.get_mut(i)
        {
            match side {
                Side::Request => t.ser = true,
                Side::Param => t.param = true,
                Side::Response => t.de = true,
            }
        }
    }

    /// A type used in a request makes every type it contains serializable (and likewise for parameters and
    /// responses).
    ///
    /// A worklist, not passes until nothing changes: each type is revisited only when it gains a side (at most
    /// three times), so thousands of types chained in any order cost linear time.
    fn propagate_sides(&mut self) {
        let mut work: Vec<usize> = (0..self.types.len())
            .filter(|&i| self.types[i].ser || self.types[i].param || self.types[i].de)
            .collect();
        while let Some(i) = work.pop() {
            let Some(t) = self.types.get(i) else { continue };
            let (ser, param, de) = (t.ser, t.param, t.de);
            let inner: Vec<usize> = match &t.kind {
                TypeKind::Struct(fields) => fields.iter().filter_map(|f| named_in(&f.ty)).collect(),
                TypeKind::Alias(t) => named_in(t).into_iter().collect(),
                TypeKind::Enum(_) => Vec::new(),
            };
            for j in inner {
                if let Some(t) = self.types.get_mut(j)
                    && ((ser && !t.ser) || (param && !t.param) || (de && !t.de))
                {
                    t.ser |= ser;
                    t.param |= param;
                    t.de |= de;
                    work.push(j);
                }
            }
        }
    }
}

// Every type the expansion declares shares the service module's namespace with the spec's types: the handle
// (`Ges`), and per operation `<Op>Request`, `<Op>Error` and, with several success statuses, `<Op>Output`. A spec
// type of the same name would be a second definition that rustc reports with no pointer to the spec.
fn reserved_names(file: FileId<'_>, raw: &RawSpec) -> BTreeMap<String, (String, Loc)> {
    let mut out = BTreeMap::new();
    let service = &raw.service;
    out.insert(
        names::type_name(&[&service.value]),
        (
            "the service's handle".to_owned(),
            file.at(&service.referenced),
        ),
    );
    for e in &raw.endpoints.value {
        let op = &e.operation;
        let mut kinds = vec![("Request", "request struct"), ("Error", "error enum")];
        if success_count(e) > 1 {
            kinds.push(("Output", "output enum"));
        }
        for (suffix, what) in kinds {
            out.entry(format!("{}{suffix}", op.value))
                .or_insert_with(|| {
                    (
                        format!("the {what} of operation `{}`", op.value),
                        file.at(&op.referenced),
                    )
                });
        }
    }
    out
}

/// Statuses of an endpoint that count as success.
fn success_count(e: &RawEndpoint) -> usize {
    e.responses
        .value
        .iter()
        .filter(|(k, r)| {
            status_of(&k.value)
                .is_some_and(|s| is_success(s, r.kind.as_ref().map(|k| k.value.as_str())))
        })
        .count()
}

pub fn named_in(ty: &Ty) -> Option<usize> {
    match ty {
        Ty::Named(i) => Some(*i),
        Ty::Vec(t) | Ty::Map(t) => named_in(t),
        _ => None,
    }
}

fn location_name(l: ParamIn) -> &'static str {
    match l {
        ParamIn::Path => "path",
        ParamIn::Query => "query",
        ParamIn::Header => "header",
    }
}

pub fn status_of(k: &StatusKey) -> Option<u16> {
    match k {
        StatusKey::Code(c @ 100..=599) => u16::try_from(*c).ok(),
        _ => None,
    }
}

pub fn is_success(status: u16, kind: Option<&str>) -> bool {
    match kind {
        Some("success") => true,
        Some("error") => false,
        _ => (200..300).contains(&status),
    }
}

pub fn to_num(v: &Value) -> Option<Num> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .map(Num::Int)
            .or_else(|| n.as_f64().map(Num::Float)),
        _ => None,
    }
}

fn num_gt(a: Num, b: Num) -> bool {
    match (a, b) {
        (Num::Int(a), Num::Int(b)) => a > b,
        (a, b) => as_f64(a) > as_f64(b),
    }
}

pub fn as_f64(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    }
}
