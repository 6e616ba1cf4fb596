//! JSON for generated types without a serde derive per type.
//!
//! serde_derive emits a field enum, a visitor and several `visit_*` methods for every type, and rustc type-checks
//! all of it: in a crate of hundreds of endpoints that was the largest single cost of the build (BENCHMARKS.md).
//! Generated structs instead implement [`FromJson`] (one struct literal of `fields.req(..)?`/`fields.opt(..)?`
//! calls) and [`ToJson`] (one `field(..)` call per field); everything else lives here, written once. Leaves
//! (strings, numbers, booleans, [`DateTime`], free-form JSON) still go through serde, so they accept and reject
//! exactly what a derive would. Generated types keep their serde impls as two-line shims over these traits
//! ([`deserialize`], [`serialize`]), so users can still (de)serialize them with any serde format.
//!
//! Decoding reads the body into a [`serde_json::Value`] first and moves each field out of it; error messages say
//! where the problem is (`jobs[2].status: invalid type: …`).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::datetime::DateTime;

/// A value that does not have the shape its type expects, and where it is (`jobs[2].status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    path: String,
    message: String,
}

impl JsonError {
    fn new(message: impl Into<String>) -> Self {
        JsonError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// `found` where `expected` was needed, worded as serde words it.
    fn invalid(found: &Value, expected: &str) -> Self {
        let found = match found {
            Value::Null => "null".to_owned(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
            Value::Number(n) => format!("integer `{n}`"),
            Value::String(s) => format!("string {s:?}"),
            Value::Array(_) => "sequence".to_owned(),
            Value::Object(_) => "map".to_owned(),
        };
        JsonError::new(format!("invalid type: {found}, expected {expected}"))
    }

    fn from_serde(e: serde_json::Error) -> Self {
        JsonError::new(e.to_string())
    }

    /// The same error, one object field further out.
    fn in_field(self, name: &str) -> Self {
        self.at(format_args!("{name}"))
    }

    /// The same error, one path segment (`name`, `[2]`, `["key"]`) further out.
    fn at(mut self, segment: fmt::Arguments<'_>) -> Self {
        let sep = if self.path.is_empty() || self.path.starts_with('[') {
            ""
        } else {
            "."
        };
        self.path = format!("{segment}{sep}{}", self.path);
        self
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for JsonError {}

/// What [`FromJson`] reads. Generated code names it only through this alias, so the runtime may change the parsed
/// representation without a change to the macro.
pub type JsonValue = Value;

/// A type read from a JSON value (generated response types, and everything they contain).
pub trait FromJson: Sized {
    /// Takes the value apart; `v` is consumed so strings and nested values move rather than copy.
    fn from_json(v: JsonValue) -> Result<Self, JsonError>;
}

/// A type written as JSON text (generated request types, and everything they contain).
pub trait ToJson {
    /// Appends the JSON text of `self` to `out`.
    fn to_json(&self, out: &mut Vec<u8>);
}

/// Leaves go through serde: the same accepted inputs, the same error messages as a derive.
macro_rules! via_serde {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            #[inline]
            fn from_json(v: Value) -> Result<Self, JsonError> {
                serde_json::from_value(v).map_err(JsonError::from_serde)
            }
        }
        impl ToJson for $t {
            #[inline]
            fn to_json(&self, out: &mut Vec<u8>) {
                write_serde(self, out);
            }
        }
    )*};
}

via_serde!(String, i32, i64, f64, bool, DateTime, Value, Map<String, Value>);

/// Writes a leaf with serde_json. Strings, numbers, booleans and `Value`s cannot fail to serialize (a non-finite
/// float becomes `null`), and a `Vec` never fails to grow, so there is no error to report.
fn write_serde<T: Serialize + ?Sized>(v: &T, out: &mut Vec<u8>) {
    let _infallible = serde_json::to_writer(out, v);
}

impl ToJson for str {
    #[inline]
    fn to_json(&self, out: &mut Vec<u8>) {
        write_serde(self, out);
    }
}

impl<T: FromJson> FromJson for Option<T> {
    #[inline]
    fn from_json(v: Value) -> Result<Self, JsonError> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    #[inline]
    fn to_json(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.to_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: Value) -> Result<Self, JsonError> {
        match v {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| T::from_json(v).map_err(|e| e.at(format_args!("[{i}]"))))
                .collect(),
            other => Err(JsonError::invalid(&other, "a sequence")),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.to_json(out);
        }
        out.push(b']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    #[inline]
    fn to_json(&self, out: &mut Vec<u8>) {
        self.as_slice().to_json(out);
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(v: Value) -> Result<Self, JsonError> {
        match v {
            Value::Object(map) => map
                .into_iter()
                .map(|(k, v)| match T::from_json(v) {
                    Ok(v) => Ok((k, v)),
                    Err(e) => Err(e.at(format_args!("[{k:?}]"))),
                })
                .collect(),
            other => Err(JsonError::invalid(&other, "a map")),
        }
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn to_json(&self, out: &mut Vec<u8>) {
        let mut o = JsonObject::begin(out);
        for (k, v) in self {
            o.field(k, v);
        }
        o.end();
    }
}

/// The fields of a JSON object being read into a generated struct: each is moved out by name, so the struct
/// literal reads them in field order and unknown fields are ignored (as serde does by default).
pub struct Fields(Map<String, Value>);

impl Fields {
    /// The object's fields; anything but an object is an error naming what was found.
    #[inline]
    pub fn new(v: Value) -> Result<Self, JsonError> {
        match v {
            Value::Object(map) => Ok(Fields(map)),
            other => Err(JsonError::invalid(&other, "an object")),
        }
    }

    /// A field that must be present (and, unless `T` is an `Option`, not `null`).
    pub fn req<T: FromJson>(&mut self, name: &str) -> Result<T, JsonError> {
        match self.0.remove(name) {
            Some(v) => T::from_json(v).map_err(|e| e.in_field(name)),
            None => Err(JsonError::new(format!("missing field `{name}`"))),
        }
    }

    /// A field that may be absent or `null`.
    pub fn opt<T: FromJson>(&mut self, name: &str) -> Result<Option<T>, JsonError> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => T::from_json(v).map(Some).map_err(|e| e.in_field(name)),
        }
    }
}

/// A JSON object being written: `{`, then one `"name":value` per [`field`](Self::field), then `}` on
/// [`end`](Self::end).
pub struct JsonObject<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> JsonObject<'a> {
    /// Writes `{`.
    #[inline]
    pub fn begin(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        JsonObject { out, first: true }
    }

    /// Writes `"name":value`.
    pub fn field<T: ToJson + ?Sized>(&mut self, name: &str, v: &T) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        write_serde(name, self.out);
        self.out.push(b':');
        v.to_json(self.out);
    }

    /// Writes `"name":value` when there is a value; an unset optional field is left out rather than sent as `null`.
    #[inline]
    pub fn opt<T: ToJson>(&mut self, name: &str, v: &Option<T>) {
        if let Some(v) = v {
            self.field(name, v);
        }
    }

    /// Writes `}`.
    #[inline]
    pub fn end(self) {
        self.out.push(b'}');
    }
}

/// The JSON text of `v`.
pub fn to_vec<T: ToJson + ?Sized>(v: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(128);
    v.to_json(&mut out);
    out
}

/// `Deserialize` for a generated type, through its [`FromJson`] impl.
pub fn deserialize<'de, D: Deserializer<'de>, T: FromJson>(d: D) -> Result<T, D::Error> {
    let v = Value::deserialize(d)?;
    T::from_json(v).map_err(D::Error::custom)
}

/// `Serialize` for a generated type, through its [`ToJson`] impl: the JSON text is read back as a `Value`,
/// which any serializer accepts.
pub fn serialize<S: Serializer, T: ToJson + ?Sized>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    let value: Value = serde_json::from_slice(&to_vec(v)).map_err(S::Error::custom)?;
    value.serialize(s)
}

/// [`FromJson`] of an open enum: as its serde `Deserialize` (strings, and booleans or numbers as their text).
#[inline]
pub fn open_enum<T>(v: Value, from_wire: fn(&str) -> T) -> Result<T, JsonError> {
    crate::operation::deserialize_open_enum(v, from_wire).map_err(JsonError::from_serde)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What `generate!` writes for `{ id: int64 (required), name: string, tags: [string] }`.
    #[derive(Debug, PartialEq)]
    struct Item {
        id: i64,
        name: Option<String>,
        tags: Option<Vec<Tag>>,
    }

    #[derive(Debug, PartialEq)]
    struct Tag {
        key: String,
    }

    impl FromJson for Item {
        fn from_json(v: Value) -> Result<Self, JsonError> {
            let mut o = Fields::new(v)?;
            Ok(Item {
                id: o.req("id")?,
                name: o.opt("name")?,
                tags: o.opt("tags")?,
            })
        }
    }

    impl FromJson for Tag {
        fn from_json(v: Value) -> Result<Self, JsonError> {
            let mut o = Fields::new(v)?;
            Ok(Tag { key: o.req("key")? })
        }
    }

    impl ToJson for Item {
        fn to_json(&self, out: &mut Vec<u8>) {
            let mut o = JsonObject::begin(out);
            o.field("id", &self.id);
            o.opt("name", &self.name);
            o.opt("tags", &self.tags);
            o.end();
        }
    }

    impl ToJson for Tag {
        fn to_json(&self, out: &mut Vec<u8>) {
            let mut o = JsonObject::begin(out);
            o.field("key", &self.key);
            o.end();
        }
    }

    fn decode<T: FromJson>(v: Value) -> Result<T, String> {
        T::from_json(v).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_fields_by_name_ignoring_unknown_ones() {
        let item: Item =
            decode(json!({"extra": [1], "name": null, "id": 9_007_199_254_740_993_i64})).unwrap();
        assert_eq!(
            item,
            Item {
                id: 9_007_199_254_740_993,
                name: None,
                tags: None
            }
        );
    }

    #[test]
    fn errors_name_the_path_and_the_problem() {
        let cases = [
            (json!({}), "missing field `id`"),
            (json!({"id": null}), "id: invalid type: null, expected i64"),
            (
                json!({"id": 2.5}),
                "id: invalid type: floating point `2.5`, expected i64",
            ),
            (
                json!({"id": 1, "tags": {}}),
                "tags: invalid type: map, expected a sequence",
            ),
            (
                json!({"id": 1, "tags": [{"key": "a"}, {"key": 7}]}),
                "tags[1].key: invalid type: integer `7`, expected a string",
            ),
            (json!([1]), "invalid type: sequence, expected an object"),
            (json!("x"), "invalid type: string \"x\", expected an object"),
        ];
        for (input, want) in cases {
            assert_eq!(decode::<Item>(input).unwrap_err(), want);
        }
        let map = decode::<BTreeMap<String, Vec<i32>>>(json!({"a": [1, 3_000_000_000_i64]}));
        assert_eq!(
            map.unwrap_err(),
            "[\"a\"][1]: invalid value: integer `3000000000`, expected i32"
        );
    }

    #[test]
    fn writes_compact_json_leaving_out_unset_optionals() {
        let item = Item {
            id: -1,
            name: None,
            tags: Some(vec![Tag {
                key: "q\"\n\u{1}é".into(),
            }]),
        };
        let text = String::from_utf8(to_vec(&item)).unwrap();
        assert_eq!(text, r#"{"id":-1,"tags":[{"key":"q\"\n\u0001é"}]}"#);
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["tags"][0]["key"], "q\"\n\u{1}é");
        // A required nullable field (`Option` written with `field`) is sent as `null`.
        let mut out = Vec::new();
        let mut o = JsonObject::begin(&mut out);
        o.field("a", &None::<i64>);
        o.field("b", &f64::NAN);
        o.end();
        assert_eq!(out, br#"{"a":null,"b":null}"#);
        let map: BTreeMap<String, Vec<bool>> = [("k".to_owned(), vec![true])].into();
        assert_eq!(to_vec(&map), br#"{"k":[true]}"#);
    }

    #[test]
    fn serde_shims_agree_with_the_json_traits() {
        struct Shim(Item);
        impl Serialize for Shim {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize(&self.0, s)
            }
        }
        let item = Item {
            id: 3,
            name: Some("n".into()),
            tags: Some(vec![]),
        };
        assert_eq!(
            serde_json::to_value(Shim(item)).unwrap(),
            json!({"id": 3, "name": "n", "tags": []})
        );
        let mut de = serde_json::Deserializer::from_str(r#"{"id": 4, "tags": [{"key": "k"}]}"#);
        let item: Item = deserialize(&mut de).unwrap();
        assert_eq!(item.tags, Some(vec![Tag { key: "k".into() }]));
        let mut de = serde_json::Deserializer::from_str(r#"{"id": "4"}"#);
        let err = deserialize::<_, Item>(&mut de).unwrap_err();
        assert!(
            err.to_string().starts_with("id: invalid type: string"),
            "{err}"
        );
    }

    #[test]
    fn open_enums_read_strings_and_scalars_as_text() {
        let read = |v| open_enum(v, |s: &str| s.to_owned());
        assert_eq!(read(json!("en-us")).unwrap(), "en-us");
        assert_eq!(read(json!(true)).unwrap(), "true");
        assert_eq!(read(json!(7)).unwrap(), "7");
        assert!(read(json!(null)).is_err());
        assert!(read(json!([])).is_err());
    }
}
