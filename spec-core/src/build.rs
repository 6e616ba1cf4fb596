//! Raw spec → [`Service`]: every inline object and enum hoisted and named, every Rust name chosen (and kept apart
//! from its wire name), every implicit default filled in. Single-node rules (a key that does not fit its `type`, a
//! bad pattern) are checked while converting; every `example:` and `default:` is checked against its schema with the
//! one validator once the model is complete; cross-node rules live in `check`.

use crate::ctxt::{Ctxt, FileId};
use crate::model::{
    Collection, CredentialScope, DateFormat, Encoding, Endpoint, Field, Job, KeyLocs, Loc,
    PageStyle, Pagination, Param, ParamIn, Request, Response, Rules, Schema, Service, Status, Ty,
    TypeDef, TypeId, Uses, Variant, Waiter, media_type_problem, to_number,
};
use crate::names;
use crate::raw::{RawEndpoint, RawJob, RawPagination, RawSchema, RawSpec, RawWaiter, StatusKey};
use crate::yaml::{Location, Spanned};
use serde_json::Value;
use spec_rules::Number;
use std::collections::BTreeMap;

/// Deepest nesting of schemas in one type before the checker asks for a named type.
const MAX_DEPTH: usize = 32;

/// The spec format's built-in type names; anything else names an entry of `types`.
pub const BUILTIN: &[&str] = &[
    "string",
    "int32",
    "int64",
    "number",
    "boolean",
    "date-time",
    "binary",
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
    Header,
    Multipart,
}

/// An `example:` or `default:` to check once every type is known.
struct ValueCheck {
    loc: Loc,
    /// How the message starts (`example`, `endpoint `X`: request example`).
    what: String,
    schema: Schema,
    value: Value,
}

/// A body's schema against its encoding, checked once every type is known.
struct ShapeCheck {
    op: String,
    what: &'static str,
    encoding: Encoding,
    content_type: String,
    /// The body's `type:`.
    at: Loc,
    /// The body is written `type: binary`.
    binary: bool,
    /// The body is an inline `object` with properties.
    inline_object: bool,
    /// Where each property's `type:` is written, in order.
    parts: Vec<Loc>,
    schema: Schema,
}

impl ShapeCheck {
    fn new(
        file: FileId<'_>,
        op: &str,
        what: &'static str,
        encoding: Encoding,
        content_type: &str,
        raw: &RawSchema,
        schema: &Schema,
    ) -> ShapeCheck {
        ShapeCheck {
            op: op.to_owned(),
            what,
            encoding,
            content_type: content_type.to_owned(),
            at: file.at(&raw.ty.referenced),
            binary: raw.ty.value == "binary",
            inline_object: raw.ty.value == "object"
                && raw.properties.as_ref().is_some_and(|p| !p.0.is_empty()),
            parts: raw
                .properties
                .iter()
                .flat_map(|p| p.iter())
                .map(|(_, p)| file.at(&p.ty.referenced))
                .collect(),
            schema: schema.clone(),
        }
    }

    /// The body's schema fits its encoding: bytes are `binary`, text is a `string`, a multipart body is an inline
    /// object whose properties are scalars (text parts) or `binary` (file parts). JSON takes any schema (`binary` is
    /// refused where it is written).
    fn check(&self, cx: &Ctxt, service: &Service) {
        let (op, what, ct) = (&self.op, self.what, spec_rules::shorten(&self.content_type));
        match self.encoding {
            Encoding::Json => {}
            Encoding::Binary if !self.binary => cx.error_at(
                self.at.clone(),
                format!("endpoint `{op}`: a {what} sent as bytes (`{ct}`) is `type: binary`"),
            ),
            Encoding::Binary => {}
            Encoding::Text => {
                if service.resolve(&self.schema).ty != Ty::String {
                    cx.error_at(
                        self.at.clone(),
                        format!(
                            "endpoint `{op}`: a text {what} (`{ct}`) is a `string` (without `enum`)"
                        ),
                    );
                }
            }
            Encoding::Multipart => {
                let fields = service.fields(&self.schema).filter(|_| self.inline_object);
                let Some(fields) = fields else {
                    cx.error_at(
                        self.at.clone(),
                        format!(
                            "endpoint `{op}`: a `multipart/form-data` {what} is an inline `object` whose properties \
                             are its parts"
                        ),
                    );
                    return;
                };
                for (f, at) in fields.iter().zip(&self.parts) {
                    let ty = &service.resolve(&f.schema).ty;
                    let part = matches!(
                        ty,
                        Ty::Binary
                            | Ty::String
                            | Ty::Int32
                            | Ty::Int64
                            | Ty::Number
                            | Ty::Boolean
                            | Ty::DateTime
                            | Ty::Enum { .. }
                    );
                    if !part {
                        cx.error_at(
                            at.clone(),
                            format!(
                                "endpoint `{op}`: multipart part `{}` is `{}`; a part is a scalar (a text part) or \
                                 `binary` (a file part)",
                                f.wire,
                                ty.keyword()
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// A multipart body's type (an inline object) has no JSON form: no schema may name it (by its `name:`).
fn check_multipart_refs(
    cx: &Ctxt,
    service: &Service,
    multipart: &[(TypeId, String)],
    refs: &[(TypeId, Loc)],
) {
    for (id, op) in multipart {
        let Some(t) = service.type_def(*id) else {
            continue;
        };
        for (_, at) in refs.iter().filter(|(r, _)| r == id) {
            cx.error_at(
                at.clone(),
                format!(
                    "type `{}` is the `multipart/form-data` body of `{op}`: its parts have no JSON form, so no other \
                     schema may refer to it",
                    t.name
                ),
            );
        }
    }
}

struct Builder<'a> {
    cx: &'a Ctxt,
    file: FileId<'a>,
    types: Vec<TypeDef>,
    names: BTreeMap<String, usize>,
    /// Type names the expansion gives other items of the module: what each is, and where it comes from.
    reserved: BTreeMap<String, (String, Loc)>,
    values: Vec<ValueCheck>,
    shape_checks: Vec<ShapeCheck>,
    /// Inline objects and enums named with `name:`, registered before anything refers to them.
    inline: std::collections::HashMap<*const RawSchema, TypeId>,
    /// The `binary` nodes that are where bytes may be: a whole body encoded as bytes, a file part of a multipart
    /// body. Any other `type: binary` is reported where it is written.
    binary_ok: std::collections::HashSet<*const RawSchema>,
    /// The named types that are multipart bodies, with their operation: they have no JSON form, so nothing else may
    /// refer to them.
    multipart_types: Vec<(TypeId, String)>,
    /// Every `type: <Name>`: the type named, and where.
    refs: Vec<(TypeId, Loc)>,
}

/// Builds the model of one parsed file, recording what does not fit in `cx`.
pub fn service(cx: &Ctxt, file: FileId<'_>, raw: &RawSpec) -> Service {
    let mut b = Builder {
        cx,
        file,
        types: Vec::new(),
        names: BTreeMap::new(),
        reserved: reserved_names(file, raw),
        values: Vec::new(),
        shape_checks: Vec::new(),
        inline: std::collections::HashMap::new(),
        binary_ok: std::collections::HashSet::new(),
        multipart_types: Vec::new(),
        refs: Vec::new(),
    };
    // Register every named type first so that references may point forward: those under `types:`, then inline
    // objects and enums with a `name:`, which other schemas may refer to by it.
    let named = raw.types.as_ref().map(|t| &t.0[..]).unwrap_or(&[]);
    for (name, _) in named {
        b.register(&name.value, Schema::of(Ty::Any), file.at(&name.referenced));
    }
    for s in named_inline(raw) {
        if let Some(n) = &s.name {
            let id = b.register(&n.value, Schema::of(Ty::Any), file.at(&s.ty.referenced));
            b.inline.insert(s as *const RawSchema, id);
        }
    }
    for (i, (name, schema)) in named.iter().enumerate() {
        let root = b.named_root(&name.value, schema);
        if let Some(t) = b.types.get_mut(i) {
            t.schema = root;
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
    b.propagate_uses();
    let multipart_types = std::mem::take(&mut b.multipart_types);
    let service = Service {
        name: raw.service.value.clone(),
        title: raw.title.value.clone(),
        description: raw.description.clone(),
        host_prefix: raw
            .host_prefix
            .as_ref()
            .map(|h| h.value.clone())
            .unwrap_or_default(),
        host: raw.host.as_ref().map(|h| h.value.clone()),
        // An unknown scope is reported by `check_service_names`.
        credential_scope: raw
            .credential_scope
            .as_ref()
            .and_then(|c| CredentialScope::parse(&c.value))
            .unwrap_or_default(),
        types: b.types,
        endpoints,
    };
    check_multipart_refs(cx, &service, &multipart_types, &b.refs);
    for check in &b.shape_checks {
        check.check(cx, &service);
    }
    for check in &b.values {
        let issues = crate::validate::check_value(&service, &check.schema, &check.value);
        if !issues.is_empty() {
            let why: Vec<String> = issues
                .iter()
                .map(|i| {
                    if i.path.is_empty() {
                        i.message.clone()
                    } else {
                        format!("`{}`: {}", i.path, i.message)
                    }
                })
                .collect();
            cx.error_at(
                check.loc.clone(),
                format!(
                    "{} does not match its schema: {}",
                    check.what,
                    why.join("; ")
                ),
            );
        }
    }
    service
}

impl Builder<'_> {
    fn register(&mut self, name: &str, schema: Schema, loc: Loc) -> TypeId {
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
                .and_then(|t| t.loc.as_ref())
                .map(ToString::to_string)
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
            uses: Uses::default(),
            schema,
            loc: Some(loc),
        });
        TypeId(idx)
    }

    /// `rust_name` names a field of a Rust struct: only a property or a parameter has one, and it must be a snake_case
    /// identifier (a keyword becomes a raw identifier, as derived names do).
    fn check_rust_name(&self, s: &RawSchema, field: bool) {
        let Some(r) = &s.rust_name else { return };
        let at = self.file.at(&r.referenced);
        if !field {
            self.cx
                .error_at(at, "`rust_name` only applies to a property or a parameter");
            return;
        }
        let derived = names::field_name(&r.value);
        if derived != r.value && derived != format!("r#{}", r.value) {
            self.cx.error_at(
                at,
                format!(
                    "`rust_name` `{}` must be a snake_case identifier, such as `{derived}`",
                    r.value
                ),
            );
        }
    }

    /// Keys that only a parameter takes, on any other schema node (a property, a body, a type, a response header).
    fn check_not_param(&self, s: &RawSchema) {
        if let Some(fc) = &s.from_context {
            self.cx.error_at(
                self.file.at(&fc.referenced),
                "`from_context` only applies to a path, query or header parameter",
            );
        }
    }

    /// The schema of a type declared under `types:`: a struct, an enum, or what it is an alias of.
    fn named_root(&mut self, name: &str, s: &RawSchema) -> Schema {
        self.check_common(s);
        self.check_rust_name(s, false);
        self.check_not_param(s);
        let ty = match s.ty.value.as_str() {
            "object" if s.properties.is_some() => Ty::Struct {
                fields: self.fields(name, s, 0),
            },
            "string" if s.enum_values.is_some() => Ty::Enum {
                values: self.variants(s),
            },
            _ => return self.schema(s, &[name], 0),
        };
        let root = Schema {
            ty,
            nullable: s.nullable.unwrap_or(false),
            description: s.description.clone(),
            default: s.default.as_ref().map(|d| d.value.clone()),
            send_default: s.send_default.as_ref().is_some_and(|b| b.value),
            example: s.example.as_ref().map(|d| d.value.clone()),
            rules: self.rules(s),
            format: date_format(s),
            sentinels: sentinels(s),
        };
        self.values_of(s, &root);
        root
    }

    fn fields(&mut self, parent: &str, s: &RawSchema, depth: usize) -> Vec<Field> {
        let Some(props) = &s.properties else {
            return Vec::new();
        };
        props
            .iter()
            .map(|(wire, p)| {
                self.check_common(p);
                self.check_rust_name(p, true);
                self.check_not_param(p);
                Field {
                    rust: field_name(&wire.value, p),
                    wire: wire.value.clone(),
                    required: p.required.as_ref().is_some_and(|r| r.value),
                    schema: self.schema(p, &[parent, &wire.value], depth + 1),
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

    /// The model of a schema node at a use site; inline objects and enums become named types called
    /// `name_parts…` (or by their `name:`), which the node then refers to.
    fn schema(&mut self, s: &RawSchema, name_parts: &[&str], depth: usize) -> Schema {
        let ty = self.ty(s, name_parts, depth);
        let schema = Schema {
            ty,
            nullable: s.nullable.unwrap_or(false),
            description: s.description.clone(),
            default: s.default.as_ref().map(|d| d.value.clone()),
            send_default: s.send_default.as_ref().is_some_and(|b| b.value),
            example: s.example.as_ref().map(|d| d.value.clone()),
            rules: self.rules(s),
            format: date_format(s),
            sentinels: sentinels(s),
        };
        self.values_of(s, &schema);
        schema
    }

    fn ty(&mut self, s: &RawSchema, name_parts: &[&str], depth: usize) -> Ty {
        if depth > MAX_DEPTH {
            self.cx.error_at(
                self.file.at(&s.ty.referenced),
                format!("schema is nested deeper than {MAX_DEPTH} levels; declare the inner part under `types`"),
            );
            return Ty::Any;
        }
        let inline_name = || match &s.name {
            Some(n) => n.value.clone(),
            None => names::type_name(name_parts),
        };
        let preregistered = self.inline.get(&(s as *const RawSchema)).copied();
        match s.ty.value.as_str() {
            "string" if s.enum_values.is_some() => {
                let values = self.variants(s);
                let mut root = Schema::of(Ty::Enum { values });
                root.description.clone_from(&s.description);
                let id = match preregistered {
                    Some(id) => {
                        if let Some(t) = self.types.get_mut(id.0) {
                            t.schema = root;
                        }
                        id
                    }
                    None => {
                        let loc = self.file.at(&s.ty.referenced);
                        self.register(&inline_name(), root, loc)
                    }
                };
                Ty::Ref { id }
            }
            "string" if s.content.is_some() => {
                let content = match &s.content {
                    Some(c) => {
                        self.check_common(c);
                        self.check_rust_name(c, false);
                        let mut parts = name_parts.to_vec();
                        parts.push("content");
                        self.schema(c, &parts, depth + 1)
                    }
                    None => Schema::of(Ty::Any),
                };
                Ty::JsonText {
                    content: Box::new(content),
                }
            }
            "string" => Ty::String,
            "int32" => Ty::Int32,
            "int64" => Ty::Int64,
            "number" => Ty::Number,
            "boolean" => Ty::Boolean,
            "date-time" => Ty::DateTime,
            "binary" => {
                if !self.binary_ok.contains(&(s as *const RawSchema)) {
                    self.cx.error_at(
                        self.file.at(&s.ty.referenced),
                        "`binary` is only the whole body of a request or success response sent as bytes \
                         (`application/octet-stream`, or `encoding: binary`) or a file part of a \
                         `multipart/form-data` request body",
                    );
                }
                Ty::Binary
            }
            "any" => Ty::Any,
            "object" if s.properties.as_ref().is_some_and(|p| !p.0.is_empty()) => {
                let name = inline_name();
                let id = match preregistered {
                    Some(id) => id,
                    None => {
                        let loc = self.file.at(&s.ty.referenced);
                        self.register(&name, Schema::of(Ty::Any), loc)
                    }
                };
                let fields = self.fields(&name, s, depth);
                if let Some(t) = self.types.get_mut(id.0) {
                    t.schema.ty = Ty::Struct { fields };
                    t.schema.description.clone_from(&s.description);
                }
                Ty::Ref { id }
            }
            "object" => Ty::Object,
            "array" => {
                let items = match &s.items {
                    Some(items) => {
                        self.check_common(items);
                        self.check_rust_name(items, false);
                        self.check_not_param(items);
                        let mut parts = name_parts.to_vec();
                        parts.push("item");
                        self.schema(items, &parts, depth + 1)
                    }
                    None => Schema::of(Ty::Any), // reported by check_common
                };
                Ty::Array {
                    items: Box::new(items),
                }
            }
            "map" => {
                let values = match &s.values {
                    Some(values) => {
                        self.check_common(values);
                        self.check_rust_name(values, false);
                        self.check_not_param(values);
                        let mut parts = name_parts.to_vec();
                        parts.push("value");
                        self.schema(values, &parts, depth + 1)
                    }
                    None => Schema::of(Ty::Any),
                };
                // The keys' constraints: a `string` with lengths or a pattern.
                let keys = s.keys.as_ref().map(|k| {
                    self.check_common(k);
                    self.check_rust_name(k, false);
                    self.check_not_param(k);
                    if k.ty.value != "string" || k.enum_values.is_some() {
                        self.cx.error_at(
                            self.file.at(&k.ty.referenced),
                            "map `keys` must be a `string`, with `min_length`, `max_length` or `pattern`",
                        );
                    }
                    Box::new(self.schema(k, &[], depth + 1))
                });
                Ty::Map {
                    values: Box::new(values),
                    keys,
                }
            }
            other => match self.names.get(other) {
                Some(&i) => {
                    self.refs.push((TypeId(i), self.file.at(&s.ty.referenced)));
                    Ty::Ref { id: TypeId(i) }
                }
                None => Ty::Any, // reported by check_type_refs
            },
        }
    }

    fn rules(&self, s: &RawSchema) -> Rules {
        let num = |v: &Option<Spanned<Value>>| v.as_ref().and_then(|v| num(&v.value));
        Rules {
            min_length: s.min_length.as_ref().map(|v| v.value),
            max_length: s.max_length.as_ref().map(|v| v.value),
            pattern: s.pattern.as_ref().map(|v| v.value.clone()),
            minimum: num(&s.minimum),
            maximum: num(&s.maximum),
            min_items: s.min_items.as_ref().map(|v| v.value),
            max_items: s.max_items.as_ref().map(|v| v.value),
            int_enum: s
                .int_enum
                .as_ref()
                .map(|e| e.value.iter().map(|v| v.value).collect()),
        }
    }

    /// Records the node's `default:` and `example:` for checking against its model, `schema`.
    fn values_of(&mut self, s: &RawSchema, schema: &Schema) {
        for (what, v) in [("default", &s.default), ("example", &s.example)] {
            if let Some(v) = v {
                self.values.push(ValueCheck {
                    loc: self.file.at(&v.referenced),
                    what: what.to_owned(),
                    schema: schema.clone(),
                    value: v.value.clone(),
                });
            }
        }
    }

    /// Whether a type name means something: built in, or declared. An unknown one is reported once, by
    /// `check_type_refs`; nothing else is said about a schema of that type.
    fn is_known(&self, t: &str) -> bool {
        is_builtin(t) || self.names.contains_key(t)
    }

    /// Keys that only make sense on some types, and constraint values that cannot hold.
    fn check_common(&self, s: &RawSchema) {
        let cx = self.cx;
        let at = |l: &Location| self.file.at(l);
        let t = s.ty.value.as_str();
        if !self.is_known(t) {
            return;
        }
        let is_str = t == "string";
        let is_num = matches!(t, "int32" | "int64" | "number");
        let misplaced = |key: &str, l: &Location, allowed: &str| {
            cx.error_at(
                at(l),
                format!("`{key}` does not apply to type `{t}` (only to {allowed})"),
            );
        };
        if let Some(e) = &s.enum_values {
            if !is_str {
                misplaced("enum", &e.referenced, "`string`, `int32` and `int64`");
            } else if e.value.is_empty() {
                cx.error_at(at(&e.referenced), "enum has no values");
            }
        }
        if let Some(l) = &s.other_enum {
            misplaced("enum", l, "`string`, `int32` and `int64`");
        }
        if let Some(e) = &s.int_enum {
            if e.value.is_empty() {
                cx.error_at(at(&e.referenced), "enum has no values");
            }
            let mut seen = std::collections::HashSet::new();
            for v in &e.value {
                if t == "int32" && i32::try_from(v.value).is_err() {
                    cx.error_at(
                        at(&v.referenced),
                        format!("enum value {} is out of the int32 range", v.value),
                    );
                } else if !seen.insert(v.value) {
                    cx.error_at(
                        at(&v.referenced),
                        format!("enum value {} is listed twice", v.value),
                    );
                }
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
            } else if let Err(e) = spec_rules::check_pattern(&p.value) {
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
                    match num(&v.value) {
                        None => cx.error_at(at(&v.referenced), format!("`{key}` must be a number")),
                        Some(Number::Float(_)) if t != "number" => cx.error_at(
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
            && let (Some(a), Some(b)) = (num(&lo.value), num(&hi.value))
            && spec_rules::compare(a, b) == Some(std::cmp::Ordering::Greater)
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
        if let Some(k) = &s.keys
            && t != "map"
        {
            misplaced("keys", &k.ty.referenced, "`map`");
        }
        if let Some(c) = &s.content {
            if !is_str {
                misplaced("content", &c.ty.referenced, "`string`");
            } else if s.enum_values.is_some() {
                cx.error_at(
                    at(&c.ty.referenced),
                    "`content` and `enum` do not go together: a string holding JSON is not one of listed values",
                );
            }
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
        if let Some(f) = &s.format {
            if t != "date-time" {
                misplaced("format", &f.referenced, "`date-time`");
            } else if DateFormat::parse(&f.value).is_none() {
                let names: Vec<&str> = DateFormat::ALL.iter().map(|(n, _)| *n).collect();
                let near = crate::raw::nearest(&f.value, names.iter().copied())
                    .map(|n| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default();
                cx.error_at(
                    at(&f.referenced),
                    format!(
                        "unknown date-time `format` `{}`{near}; expected one of {}",
                        f.value,
                        names.join(", ")
                    ),
                );
            }
        }
        if let Some(v) = &s.sentinels
            && t != "date-time"
        {
            misplaced("sentinels", &v.referenced, "`date-time`");
        }
        if let Some(sd) = &s.send_default
            && s.default.is_none()
        {
            cx.error_at(
                at(&sd.referenced),
                "`send_default` needs a `default` to send",
            );
        }
        if t == "binary" && s.nullable == Some(true) {
            cx.error_at(
                at(&s.ty.referenced),
                "`nullable` does not apply to type `binary` (bytes have no `null`)",
            );
        }
        if let Some(d) = &s.default
            && matches!(t, "array" | "map" | "object" | "any" | "binary")
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
        let request = e.request.as_ref().map(|r| {
            self.check_common(&r.body);
            self.check_rust_name(&r.body, false);
            self.check_not_param(&r.body);
            if let Some(req) = &r.body.required {
                self.cx.error_at(
                    self.file.at(&req.referenced),
                    "write `required` on `request`, not on its `body`",
                );
            }
            let (content_type, encoding) = self.body_format(
                &op,
                "request body",
                r.content_type.as_ref(),
                r.encoding.as_ref(),
                &r.body,
                false,
            );
            let body = self.schema(&r.body, &[&op, "body"], 1);
            self.shape_checks.push(ShapeCheck::new(
                self.file,
                &op,
                "request body",
                encoding,
                &content_type,
                &r.body,
                &body,
            ));
            let inline_object = r.body.ty.value == "object"
                && r.body.properties.as_ref().is_some_and(|p| !p.0.is_empty());
            if encoding == Encoding::Multipart && inline_object {
                self.mark_multipart(&op, &body);
            } else {
                self.mark(&body, Side::Request);
            }
            if let Some(x) = &r.example {
                self.values.push(ValueCheck {
                    loc: self.file.at(&x.referenced),
                    what: format!("endpoint `{op}`: request example"),
                    schema: body.clone(),
                    value: x.value.clone(),
                });
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
            Request {
                rust,
                content_type,
                encoding,
                required: r.required.unwrap_or(true),
                description: r.description.clone(),
                body,
                example: r.example.as_ref().map(|x| x.value.clone()),
            }
        });
        let success_count = success_count(e);
        let mut responses = Vec::new();
        for (key, r) in e.responses.value.iter() {
            let Some(status) = status_of(&key.value) else {
                continue; // reported by check_status_codes
            };
            let success = is_success(status, r.kind.as_ref().map(|k| k.value.as_str()));
            let variant = names::response_variant(status);
            let format = r.body.as_ref().map(|s| {
                let what = if success {
                    "success body"
                } else {
                    "error body"
                };
                self.body_format(
                    &op,
                    what,
                    r.content_type.as_ref(),
                    r.encoding.as_ref(),
                    s,
                    true,
                )
            });
            if r.body.is_none() {
                for key in [&r.content_type, &r.encoding].into_iter().flatten() {
                    self.cx.error_at(
                        self.file.at(&key.referenced),
                        format!("endpoint `{op}`: status {} has no `body` to give a content type or encoding", status.key()),
                    );
                }
            }
            let encoding = format.as_ref().map_or(Encoding::Json, |f| f.1);
            if encoding == Encoding::Binary
                && !success
                && let Some(b) = &r.body
            {
                self.cx.error_at(
                    self.file.at(&b.ty.referenced),
                    format!(
                        "endpoint `{op}`: status {} is an error; an error body is read whole (JSON or text), not as \
                         bytes",
                        status.key()
                    ),
                );
            }
            let body = r.body.as_ref().map(|s| {
                self.check_common(s);
                self.check_rust_name(s, false);
                self.check_not_param(s);
                let hint = match (success, success_count) {
                    (true, 1) => vec![op.clone(), "response".to_owned()],
                    (true, _) => vec![op.clone(), "response".to_owned(), status.key()],
                    (false, _) => vec![op.clone(), variant.clone(), "body".to_owned()],
                };
                let hint: Vec<&str> = hint.iter().map(String::as_str).collect();
                let body = self.schema(s, &hint, 1);
                self.mark(&body, Side::Response);
                if let Some((ct, enc)) = &format {
                    let what = if success {
                        "success body"
                    } else {
                        "error body"
                    };
                    self.shape_checks
                        .push(ShapeCheck::new(self.file, &op, what, *enc, ct, s, &body));
                }
                body
            });
            if let (Some(x), Some(body)) = (&r.example, &body) {
                self.values.push(ValueCheck {
                    loc: self.file.at(&x.referenced),
                    what: format!("endpoint `{op}`: example of status {}", status.key()),
                    schema: body.clone(),
                    value: x.value.clone(),
                });
            }
            let headers = r
                .headers
                .iter()
                .flat_map(|h| h.iter())
                .map(|(wire, h)| self.response_header(&op, &variant, &wire.value, h))
                .collect();
            responses.push(Response {
                status,
                success,
                variant,
                description: r.description.clone(),
                body,
                content_type: format.map(|f| f.0),
                encoding,
                example: r.example.as_ref().map(|x| x.value.clone()),
                headers,
            });
        }
        responses.sort_by_key(|r| r.status);
        let pagination = e.pagination.as_ref().and_then(|p| self.pagination(p));
        let waiter = e.waiter.as_ref().map(|w| self.waiter(w));
        let job = e.job.as_ref().map(|j| self.job(j));
        Endpoint {
            rust_name: names::method_name(&op),
            operation: op,
            method: e.method.value.clone(),
            path: e.path.value.clone(),
            summary: e.summary.clone(),
            description: e.description.clone(),
            params,
            request,
            responses,
            pagination,
            waiter,
            job,
            loc: Some(self.file.at(&e.path.referenced)),
        }
    }

    // What the keys of `pagination:`, `waiter:` and `job:` mean is checked against the model by `check::check_plans`
    // (the rules are `plans`'); here only the style's name.

    fn pagination(&self, p: &RawPagination) -> Option<Pagination> {
        let at = |l: &Location| self.file.at(l);
        let mut locs = KeyLocs(vec![("pagination".to_owned(), at(&p.at))]);
        let Some(style) = PageStyle::parse(&p.style.value) else {
            let names: Vec<&str> = PageStyle::ALL.iter().map(|(n, _)| *n).collect();
            self.cx.error_at(
                at(&p.style.referenced),
                format!(
                    "unknown pagination `style` `{}`; expected one of {}",
                    p.style.value,
                    names.join(", ")
                ),
            );
            return None;
        };
        for (key, v) in [
            ("items", &p.items),
            ("param", &p.param),
            ("next", &p.next),
            ("page_size", &p.page_size),
        ] {
            if let Some(v) = v {
                locs.0.push((key.to_owned(), at(&v.referenced)));
            }
        }
        if let Some(v) = &p.short_page_ends {
            locs.0
                .push(("short_page_ends".to_owned(), at(&v.referenced)));
        }
        Some(Pagination {
            style,
            items: p.items.as_ref().map(path).unwrap_or_default(),
            param: p.param.as_ref().map(|v| v.value.clone()),
            next: p.next.as_ref().map(path).unwrap_or_default(),
            page_size: p.page_size.as_ref().map(|v| v.value.clone()),
            short_page_ends: p.short_page_ends.as_ref().is_some_and(|v| v.value),
            locs,
        })
    }

    fn waiter(&self, w: &RawWaiter) -> Waiter {
        let at = |l: &Location| self.file.at(l);
        let mut locs = KeyLocs(vec![
            ("waiter".to_owned(), at(&w.at)),
            ("status".to_owned(), at(&w.status.referenced)),
            ("done".to_owned(), at(&w.done.referenced)),
        ]);
        if let Some(f) = &w.failed {
            locs.0.push(("failed".to_owned(), at(&f.referenced)));
        }
        let values = |v: &Spanned<Vec<Spanned<String>>>| -> Vec<String> {
            v.value.iter().map(|x| x.value.clone()).collect()
        };
        Waiter {
            status: path(&w.status),
            done: values(&w.done),
            failed: w.failed.as_ref().map(values).unwrap_or_default(),
            locs,
        }
    }

    fn job(&self, j: &RawJob) -> Job {
        let at = |l: &Location| self.file.at(l);
        let locs = KeyLocs(vec![
            ("job".to_owned(), at(&j.at)),
            ("waiter".to_owned(), at(&j.waiter.referenced)),
            ("id".to_owned(), at(&j.id.referenced)),
        ]);
        Job {
            waiter: j.waiter.value.clone(),
            id: path(&j.id),
            locs,
        }
    }

    fn param(&mut self, op: &str, location: ParamIn, wire: &str, s: &RawSchema) -> Param {
        self.check_common(s);
        self.check_rust_name(s, true);
        let file = self.file;
        let at = |l: &Location| file.at(l);
        let schema = self.schema(s, &[op, wire], 1);
        self.mark(&schema, Side::Param);
        // A parameter holding a JSON document is written with `JsonText::encode`, which needs the document's writer.
        if let Ty::JsonText { content } = &schema.ty {
            self.mark(content, Side::Request);
        }
        let types = &self.types;
        let scalar = |t: &Ty| match t {
            Ty::Array { .. } | Ty::Map { .. } | Ty::Any | Ty::Object => false,
            Ty::Ref { id } => !matches!(
                types.get(id.0).map(|d| &d.schema.ty),
                Some(Ty::Struct { .. })
            ),
            _ => true,
        };
        let ok = match (&schema.ty, location) {
            (Ty::Array { items }, ParamIn::Query | ParamIn::Header) => scalar(&items.ty),
            (t, _) => scalar(t),
        };
        if !ok && self.is_known(&s.ty.value) {
            self.cx.error_at(
                at(&s.ty.referenced),
                format!(
                    "parameter `{wire}` has type `{}`, which cannot be sent in a {}",
                    s.ty.value,
                    location.as_str()
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
        let collection = match &s.collection {
            None => Collection::Multi,
            Some(c) if location == ParamIn::Query && matches!(schema.ty, Ty::Array { .. }) => {
                match c.value.as_str() {
                    "multi" => Collection::Multi,
                    "csv" => Collection::Csv,
                    other => {
                        self.cx.error_at(
                            at(&c.referenced),
                            format!("unknown `collection` `{other}`; expected `multi` or `csv`"),
                        );
                        Collection::Multi
                    }
                }
            }
            Some(c) => {
                self.cx.error_at(
                    at(&c.referenced),
                    "`collection` only applies to query arrays",
                );
                Collection::Multi
            }
        };
        if let Some(fc) = &s.from_context {
            if matches!(schema.ty, Ty::Array { .. }) {
                // The client's context holds one value; a list of them has no meaning.
                self.cx.error_at(
                    at(&fc.referenced),
                    "`from_context` fills one value: it does not apply to an `array`",
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
            rust: field_name(wire, s),
            wire: wire.to_owned(),
            location,
            required: location == ParamIn::Path || s.required.as_ref().is_some_and(|r| r.value),
            from_context: s.from_context.as_ref().map(|f| f.value.clone()),
            collection,
            schema,
        }
    }

    /// A declared response header: a field of the operation's output, read from the header's text, so only a scalar
    /// (a string, number, boolean, enum or date-time) that cannot be `null`.
    fn response_header(&mut self, op: &str, variant: &str, wire: &str, s: &RawSchema) -> Field {
        self.check_common(s);
        self.check_rust_name(s, true);
        self.check_not_param(s);
        let at = self.file.at(&s.ty.referenced);
        let schema = self.schema(s, &[op, variant, wire], 1);
        self.mark(&schema, Side::Header);
        let types = &self.types;
        let scalar = match &schema.ty {
            Ty::Array { .. } | Ty::Map { .. } | Ty::Any | Ty::Object => false,
            Ty::Ref { id } => !matches!(
                types.get(id.0).map(|d| &d.schema.ty),
                Some(Ty::Struct { .. })
            ),
            _ => true,
        };
        if !scalar && self.is_known(&s.ty.value) {
            self.cx.error_at(
                at.clone(),
                format!(
                    "endpoint `{op}`: response header `{wire}` has type `{}`, which a header cannot carry; use a \
                     `string`, `int32`, `int64`, `number`, `boolean`, `date-time` or a string `enum`",
                    s.ty.value
                ),
            );
        }
        if s.nullable == Some(true) {
            self.cx.error_at(
                at,
                format!(
                    "endpoint `{op}`: response header `{wire}` cannot be `nullable`: a header is present or absent \
                     (`required: false`)"
                ),
            );
        }
        for (key, v) in [
            ("collection", s.collection.as_ref().map(|c| &c.referenced)),
            (
                "send_default",
                s.send_default.as_ref().map(|c| &c.referenced),
            ),
        ] {
            if let Some(l) = v {
                self.cx.error_at(
                    self.file.at(l),
                    format!("`{key}` does not apply to a response header"),
                );
            }
        }
        Field {
            rust: field_name(wire, s),
            wire: wire.to_owned(),
            required: s.required.as_ref().is_some_and(|r| r.value),
            schema,
        }
    }

    /// The media type and encoding of a body, one rule for requests and responses: its `content_type` (when the spec
    /// gives none, `application/octet-stream` for a `binary` body, else `application/json`), encoded as that media
    /// type says ([`Encoding::of`]) or, for one that does not say, as its `encoding:`. A response cannot be
    /// multipart. Also marks where the body may hold `binary`, before the body is built.
    fn body_format(
        &mut self,
        op: &str,
        what: &str,
        content_type: Option<&Spanned<String>>,
        encoding: Option<&Spanned<String>>,
        body: &RawSchema,
        response: bool,
    ) -> (String, Encoding) {
        let binary = body.ty.value == "binary";
        let ct = content_type.map_or_else(
            || Encoding::default_content_type(binary).to_owned(),
            |c| c.value.clone(),
        );
        let malformed = content_type.and_then(|c| media_type_problem(&c.value).map(|why| (c, why)));
        if let Some((c, why)) = &malformed {
            self.cx.error_at(
                self.file.at(&c.referenced),
                format!(
                    "endpoint `{op}`: {what} content type `{}` {why}",
                    spec_rules::shorten(&c.value)
                ),
            );
        }
        let declared = encoding.and_then(|e| match Encoding::parse(&e.value) {
            Some(x) => Some((x, e)),
            None => {
                let names: Vec<&str> = Encoding::ALL.iter().map(|(n, _)| *n).collect();
                self.cx.error_at(
                    self.file.at(&e.referenced),
                    format!(
                        "unknown `encoding` `{}`; expected one of {}",
                        spec_rules::shorten(&e.value),
                        names.join(", ")
                    ),
                );
                None
            }
        });
        let at = |l: Option<&Spanned<String>>| {
            l.map_or_else(
                || self.file.at(&body.ty.referenced),
                |x| self.file.at(&x.referenced),
            )
        };
        let implied = Encoding::of(&ct);
        // A contradicted `encoding` or a body of the other kind is one mistake: the body's `binary` is not reported
        // again.
        let mut contradicted = false;
        let enc = match (implied, declared) {
            (Some(i), Some((d, e))) if i != d => {
                contradicted = true;
                self.cx.error_at(
                    self.file.at(&e.referenced),
                    format!(
                        "endpoint `{op}`: content type `{}` is {}, so `encoding: {}` contradicts it; `encoding` is for \
                         media types that do not say",
                        spec_rules::shorten(&ct),
                        i.name(),
                        d.name()
                    ),
                );
                i
            }
            (Some(i), _) => i,
            (None, Some((d, _))) => d,
            // Reported above: a malformed type, or an `encoding` that names none.
            (None, None) if malformed.is_some() || encoding.is_some() => {
                if binary {
                    Encoding::Binary
                } else {
                    Encoding::Json
                }
            }
            (None, None) => {
                self.cx.error_at(
                    at(content_type),
                    format!(
                        "endpoint `{op}`: content type `{}` does not say how the {what} is encoded; add `encoding:` \
                         (json, multipart, binary or text)",
                        spec_rules::shorten(&ct)
                    ),
                );
                if binary {
                    Encoding::Binary
                } else {
                    Encoding::Json
                }
            }
        };
        if response && enc == Encoding::Multipart {
            self.cx.error_at(
                at(encoding.or(content_type)),
                format!(
                    "endpoint `{op}`: a {what} cannot be `multipart/form-data`; only requests are"
                ),
            );
        }
        match enc {
            _ if contradicted => {
                self.binary_ok.insert(body as *const RawSchema);
            }
            Encoding::Binary => {
                self.binary_ok.insert(body as *const RawSchema);
            }
            Encoding::Multipart if !response => {
                for (_, p) in body.properties.iter().flat_map(|p| p.iter()) {
                    self.binary_ok.insert(&**p as *const RawSchema);
                }
            }
            _ => {}
        }
        (ct, enc)
    }

    /// A multipart body (an inline object; anything else is reported by the shape check): the struct is built by
    /// callers and written as parts, each field's named type (an enum) as the text of a part, as parameters are.
    fn mark_multipart(&mut self, op: &str, body: &Schema) {
        let Ty::Ref { id } = body.ty else {
            return;
        };
        self.mark(body, Side::Multipart);
        self.multipart_types.push((id, op.to_owned()));
        let inner: Vec<Schema> = match self.types.get(id.0).map(|t| &t.schema.ty) {
            Some(Ty::Struct { fields }) => fields.iter().map(|f| f.schema.clone()).collect(),
            _ => Vec::new(),
        };
        for f in &inner {
            self.mark(f, Side::Param);
        }
    }

    fn mark(&mut self, schema: &Schema, side: Side) {
        if let Some(id) = named_in(schema)
            && let Some(t) = self.types.get_mut(id.0)
        {
            match side {
                Side::Request => t.uses.request = true,
                Side::Param => t.uses.param = true,
                Side::Response => t.uses.response = true,
                Side::Header => t.uses.header = true,
                Side::Multipart => t.uses.multipart = true,
            }
        }
    }

    /// A type used in a request makes every type it contains serializable (and likewise for parameters and
    /// responses).
    ///
    /// A worklist, not passes until nothing changes: each type is revisited only when it gains a use (at most three
    /// times), so thousands of types chained in any order cost linear time.
    fn propagate_uses(&mut self) {
        let mut work: Vec<usize> = (0..self.types.len())
            .filter(|&i| self.types[i].uses != Uses::default())
            .collect();
        while let Some(i) = work.pop() {
            let Some(t) = self.types.get(i) else { continue };
            let uses = t.uses;
            let inner: Vec<TypeId> = match &t.schema.ty {
                Ty::Struct { fields } => {
                    fields.iter().filter_map(|f| named_in(&f.schema)).collect()
                }
                Ty::Enum { .. } => Vec::new(),
                _ => named_in(&t.schema).into_iter().collect(),
            };
            for j in inner {
                if let Some(t) = self.types.get_mut(j.0) {
                    let joined = Uses {
                        request: t.uses.request || uses.request,
                        param: t.uses.param || uses.param,
                        response: t.uses.response || uses.response,
                        header: t.uses.header || uses.header,
                        multipart: t.uses.multipart,
                    };
                    if joined != t.uses {
                        t.uses = joined;
                        work.push(j.0);
                    }
                }
            }
        }
    }
}

/// Inline objects (with properties) and enums that have a `name:`, in file order: they are named types that any schema
/// of the file may refer to by that name, like those under `types:`.
pub fn named_inline(raw: &RawSpec) -> Vec<&RawSchema> {
    fn walk<'a>(s: &'a RawSchema, depth: usize, out: &mut Vec<&'a RawSchema>) {
        // The builder stops at its own depth limit (and reports it); nothing deeper becomes a type.
        if depth > MAX_DEPTH + 1 {
            return;
        }
        let inline_type = s.name.is_some()
            && (s.ty.value == "object" && s.properties.as_ref().is_some_and(|p| !p.0.is_empty())
                || s.ty.value == "string" && s.enum_values.is_some());
        if inline_type && depth > 0 {
            out.push(s);
        }
        for child in s.items.iter().chain(s.values.iter()) {
            walk(child, depth + 1, out);
        }
        for (_, p) in s.properties.iter().flat_map(|p| p.iter()) {
            walk(p, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    for (_, s) in raw.types.iter().flat_map(|t| t.iter()) {
        walk(s, 0, &mut out);
    }
    for e in &raw.endpoints.value {
        let params = e
            .parameters
            .iter()
            .flat_map(|p| [&p.path, &p.query, &p.header]);
        for (_, s) in params.flat_map(|m| m.iter()).flat_map(|m| m.iter()) {
            walk(s, 1, &mut out);
        }
        if let Some(r) = &e.request {
            walk(&r.body, 1, &mut out);
        }
        for (_, r) in e.responses.value.iter() {
            if let Some(b) = &r.body {
                walk(b, 1, &mut out);
            }
            for (_, h) in r.headers.iter().flat_map(|h| h.iter()) {
                walk(h, 1, &mut out);
            }
        }
    }
    out
}

/// The Rust field name of a property or parameter: its `rust_name`, else one derived from the wire name.
pub fn field_name(wire: &str, s: &RawSchema) -> String {
    match &s.rust_name {
        Some(r) => names::field_name(&r.value),
        None => names::field_name(wire),
    }
}

/// The named type a schema refers to, directly or as the items of arrays and values of maps.
pub fn named_in(s: &Schema) -> Option<TypeId> {
    match &s.ty {
        Ty::Ref { id } => Some(*id),
        Ty::Array { items: inner }
        | Ty::Map { values: inner, .. }
        | Ty::JsonText { content: inner } => named_in(inner),
        _ => None,
    }
}

// Every type the expansion declares shares the service module's namespace with the spec's types: the handle
// (`Ges`), and per operation `<Op>Request`, `<Op>Error` and, with several success statuses, `<Op>Output`. A spec
// type of the same name would be a second definition that rustc reports with no pointer to the spec.
fn reserved_names(file: FileId<'_>, raw: &RawSpec) -> BTreeMap<String, (String, Loc)> {
    let mut out = BTreeMap::new();
    let service = &raw.service;
    out.insert(
        names::handle_name(&service.value),
        (
            "the service's handle".to_owned(),
            file.at(&service.referenced),
        ),
    );
    for e in &raw.endpoints.value {
        let op = &e.operation;
        let successes = success_count(e);
        let mut kinds = vec![
            ("Request".to_owned(), "request struct".to_owned()),
            ("Error".to_owned(), "error enum".to_owned()),
        ];
        if successes > 1 {
            kinds.push(("Output".to_owned(), "output enum".to_owned()));
        }
        // A success status with headers has an output struct of its own (`Endpoint::output_struct`).
        for (key, r) in e.responses.value.iter() {
            let Some(status) = status_of(&key.value) else {
                continue;
            };
            let with_headers = r.headers.as_ref().is_some_and(|h| !h.0.is_empty());
            if with_headers && is_success(status, r.kind.as_ref().map(|k| k.value.as_str())) {
                let name = crate::model::output_struct_name(
                    "",
                    &names::response_variant(status),
                    successes == 1,
                );
                kinds.push((name, format!("output struct of status {}", status.key())));
            }
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

/// A dotted path of property names (`meta_data.marker`) as written; what it names (and an empty name) is for
/// `Service::field_path` to say.
fn path(v: &Spanned<String>) -> Vec<String> {
    v.value.split('.').map(str::to_owned).collect()
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

/// What a status table key documents, when it is a valid key.
pub fn status_of(k: &StatusKey) -> Option<Status> {
    match k {
        StatusKey::Code(c @ 100..=599) => u16::try_from(*c).ok().map(Status::Code),
        StatusKey::Code(_) => None,
        StatusKey::Text(t) => Status::parse(t),
    }
}

/// Whether a status is a success: as its `kind:` says, else when it is 2xx or `2XX`.
pub fn is_success(status: Status, kind: Option<&str>) -> bool {
    match kind {
        Some("success") => true,
        Some("error") => false,
        _ => status.is_success_class(),
    }
}

/// A schema's `format:`, when it names one (an unknown one is reported by `check_common`).
fn date_format(s: &RawSchema) -> Option<DateFormat> {
    s.format.as_ref().and_then(|f| DateFormat::parse(&f.value))
}

fn sentinels(s: &RawSchema) -> Vec<String> {
    s.sentinels
        .iter()
        .flat_map(|v| v.value.iter().map(|x| x.value.clone()))
        .collect()
}

/// A YAML number as a bound.
fn num(v: &Value) -> Option<Number> {
    match v {
        Value::Number(n) => Some(to_number(n)),
        _ => None,
    }
}
