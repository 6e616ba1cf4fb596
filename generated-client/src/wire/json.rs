//! JSON for generated types without a serde derive per type.
//!
//! serde_derive emits a field enum, a visitor and several `visit_*` methods for every type, and rustc type-checks
//! all of it: in a crate of hundreds of endpoints that was the largest single cost of the build (BENCHMARKS.md).
//! Generated structs instead implement [`FromJson`] (one [`Fields::read`] of all their fields into a tuple, then a
//! struct literal) and [`ToJson`] (one `field(..)` call per field); everything else lives here, written once. Leaves
//! (strings, numbers, booleans, [`DateTime`], free-form JSON) still go through serde, so they accept and reject
//! exactly what a derive would. Generated types keep their serde impls as two-line shims over these traits
//! ([`deserialize`], [`serialize`]), so users can still (de)serialize them with any serde format.
//!
//! Decoding reads the body into a [`JsonValue`] first (a compact tree: an object is a vector of its fields, not a
//! map; response bodies are parsed by `json_subset`, which falls back to serde_json) and moves each field out of it;
//! error messages say where the problem is (`jobs[2].status: invalid type: …`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde_core::de::{
    self, Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, Error as _, MapAccess,
    SeqAccess, Visitor,
};
use serde_core::ser::{Error as _, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::wire::datetime::{DateTime, Layout};

/// A value that does not have the shape its type expects, and where it is (`jobs[2].status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    path: String,
    message: String,
}

impl JsonError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        JsonError {
            path: String::new(),
            message: message.into(),
        }
    }

    /// `found` where `expected` was needed, worded as serde words it.
    fn invalid(found: &JsonValue<'_>, expected: &str) -> Self {
        JsonError::new(format!(
            "invalid type: {}, expected {expected}",
            found.unexpected()
        ))
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

/// What [`FromJson`] reads: a parsed JSON document as a compact tree. Objects are their fields in document order
/// (duplicates included; [`Fields`] reads the last one, as a map insert keeps it), so parsing allocates one vector
/// per object rather than a map node per field. Keys and strings without escapes borrow from the body (a key is
/// only compared, and a known enum value never needs a copy); escaped ones are unescaped into an owned `String`.
/// Generated code names it only as `JsonValue<'_>`, so the runtime may change the representation without a change
/// to the macro.
///
/// It deserializes from any serde `Deserializer` with the same visitor calls as [`serde_json::Value`], so parsing
/// keeps serde_json's syntax errors and recursion limit; leaves are read by converting back to a `Value`.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum JsonValue<'a> {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json keeps it (`u64`, `i64` or `f64`).
    Number(serde_json::Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<JsonValue<'a>>),
    /// An object's fields in document order, duplicates included.
    Object(Vec<(Cow<'a, str>, JsonValue<'a>)>),
}

impl JsonValue<'_> {
    /// The same value as a [`serde_json::Value`]: objects become maps, the last of duplicate fields winning.
    pub fn into_serde(self) -> Value {
        match self {
            JsonValue::Null => Value::Null,
            JsonValue::Bool(b) => Value::Bool(b),
            JsonValue::Number(n) => Value::Number(n),
            JsonValue::String(s) => Value::String(s.into_owned()),
            JsonValue::Array(items) => {
                Value::Array(items.into_iter().map(Self::into_serde).collect())
            }
            JsonValue::Object(fields) => Value::Object(object_into_serde(fields)),
        }
    }

    /// What an error says was found (`integer `7``, `map`), worded as serde words it.
    fn unexpected(&self) -> String {
        match self {
            JsonValue::Null => "null".to_owned(),
            JsonValue::Bool(b) => format!("boolean `{b}`"),
            JsonValue::Number(n) if n.is_f64() => format!("floating point `{n}`"),
            JsonValue::Number(n) => format!("integer `{n}`"),
            JsonValue::String(s) => format!("string {s:?}"),
            JsonValue::Array(_) => "sequence".to_owned(),
            JsonValue::Object(_) => "map".to_owned(),
        }
    }
}

fn object_into_serde(fields: Vec<(Cow<'_, str>, JsonValue<'_>)>) -> Map<String, Value> {
    let mut map = Map::new();
    for (k, v) in fields {
        map.insert(k.into_owned(), v.into_serde());
    }
    map
}

impl From<Value> for JsonValue<'static> {
    fn from(v: Value) -> Self {
        match v {
            Value::Null => JsonValue::Null,
            Value::Bool(b) => JsonValue::Bool(b),
            Value::Number(n) => JsonValue::Number(n),
            Value::String(s) => JsonValue::String(Cow::Owned(s)),
            Value::Array(items) => JsonValue::Array(items.into_iter().map(Self::from).collect()),
            Value::Object(map) => JsonValue::Object(
                map.into_iter()
                    .map(|(k, v)| (Cow::Owned(k), Self::from(v)))
                    .collect(),
            ),
        }
    }
}

impl<'de> Deserialize<'de> for JsonValue<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

/// The one visitor that builds a [`JsonValue`]: the calls and results of serde_json's own `Value` visitor, except
/// that strings the input lends (`visit_borrowed_str`) are kept as borrowed.
struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = JsonValue<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    #[inline]
    fn visit_bool<E>(self, v: bool) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::Bool(v))
    }

    #[inline]
    fn visit_i64<E>(self, v: i64) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::Number(v.into()))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<JsonValue<'de>, E> {
        serde_json::Number::deserialize(de::value::I128Deserializer::new(v)).map(JsonValue::Number)
    }

    #[inline]
    fn visit_u64<E>(self, v: u64) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::Number(v.into()))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<JsonValue<'de>, E> {
        serde_json::Number::deserialize(de::value::U128Deserializer::new(v)).map(JsonValue::Number)
    }

    #[inline]
    fn visit_f64<E>(self, v: f64) -> Result<JsonValue<'de>, E> {
        Ok(serde_json::Number::from_f64(v).map_or(JsonValue::Null, JsonValue::Number))
    }

    #[inline]
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::String(Cow::Borrowed(v)))
    }

    #[inline]
    fn visit_str<E>(self, v: &str) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::String(Cow::Owned(v.to_owned())))
    }

    #[inline]
    fn visit_string<E>(self, v: String) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::String(Cow::Owned(v)))
    }

    #[inline]
    fn visit_none<E>(self) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::Null)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<JsonValue<'de>, D::Error> {
        JsonValue::deserialize(d)
    }

    #[inline]
    fn visit_unit<E>(self) -> Result<JsonValue<'de>, E> {
        Ok(JsonValue::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonValue<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(JsonValue::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonValue<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            fields.push((key, map.next_value()?));
        }
        Ok(JsonValue::Object(fields))
    }
}

/// An object key, read as serde_json's `Value` reads one (`deserialize_str`), borrowed when the input lends it.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    #[inline]
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(s))
    }

    #[inline]
    fn visit_str<E>(self, s: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s.to_owned()))
    }

    #[inline]
    fn visit_string<E>(self, s: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s))
    }
}

/// A type read from a JSON value (generated response types, and everything they contain).
pub trait FromJson: Sized {
    /// Takes the value apart; `v` is consumed so owned strings and nested values move rather than copy.
    fn from_json(v: JsonValue<'_>) -> JsonResult<Self>;

    /// The value of an object field that is absent: an error naming it, except for `Option` (`None`), so a
    /// field's Rust type alone says whether it is required.
    #[inline]
    fn missing(name: &str) -> JsonResult<Self> {
        Err(JsonError::new(format!("missing field `{name}`")))
    }

    /// What `null` reads as inside an `Option<Self>`: `None` makes that `Option` itself `None`. `Option<T>` returns
    /// `Some(None)`, so an `Option<Option<T>>` (an optional nullable field) tells `null` (`Some(None)`) apart from
    /// absent (`None`).
    #[inline]
    fn from_null() -> Option<Self> {
        None
    }
}

/// What [`FromJson::from_json`] returns (short, for the generated signatures).
pub type JsonResult<T> = Result<T, JsonError>;

/// A type written as JSON text (generated request types, and everything they contain).
pub trait ToJson {
    /// Appends the JSON text of `self` to `out`.
    fn to_json(&self, out: &mut Vec<u8>);
}

/// A leaf read by serde from the equivalent `serde_json::Value`: the same accepted inputs, the same error messages
/// as a derive. Scalars convert without copying (a string moves).
#[inline]
fn via_serde<T: DeserializeOwned>(v: JsonValue<'_>) -> Result<T, JsonError> {
    serde_json::from_value(v.into_serde()).map_err(JsonError::from_serde)
}

/// Leaves go through serde: the same accepted inputs, the same error messages as a derive.
macro_rules! via_serde {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            #[inline]
            fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
                via_serde(v)
            }
        }
    )*};
}

via_serde!(i32, i64, f64, bool);

impl<L: Layout> FromJson for DateTime<L> {
    #[inline]
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        via_serde(v)
    }
}

impl<L: Layout> ToJson for DateTime<L> {
    #[inline]
    fn to_json(&self, out: &mut Vec<u8>) {
        write_serde(self, out);
    }
}

macro_rules! to_json_via_serde {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            #[inline]
            fn to_json(&self, out: &mut Vec<u8>) {
                write_serde(self, out);
            }
        }
    )*};
}

to_json_via_serde!(String, i32, i64, bool, Value, Map<String, Value>);

thread_local! {
    // Set by `f64::to_json` when it writes a number JSON cannot represent; cleared and read by `to_vec_checked`.
    static NON_FINITE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl ToJson for f64 {
    /// A finite number as serde_json writes it. NaN and the infinities have no JSON form (serde_json would write
    /// `null`, silently changing the request): they are written as JavaScript spells them, which is not JSON, and
    /// flagged, so that [`to_vec_checked`] reports where they are and the request is refused before it is sent.
    #[inline]
    fn to_json(&self, out: &mut Vec<u8>) {
        if self.is_finite() {
            write_serde(self, out);
            return;
        }
        out.extend_from_slice(non_finite_text(*self).as_bytes());
        NON_FINITE.with(|f| f.set(true));
    }
}

fn non_finite_text(v: f64) -> &'static str {
    if v.is_nan() {
        "NaN"
    } else if v > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}

impl FromJson for String {
    /// A string moves out as it is, or is copied out of the body (what serde does with a `Value::String` or a
    /// borrowed `&str`); anything else is serde's error.
    #[inline]
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        match v {
            JsonValue::String(s) => Ok(s.into_owned()),
            other => via_serde(other),
        }
    }
}

impl FromJson for Value {
    /// Free-form JSON: the tree as a `serde_json::Value` (which reads any value as itself).
    #[inline]
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        Ok(v.into_serde())
    }
}

impl FromJson for Map<String, Value> {
    /// A free-form object; anything else is serde's error.
    #[inline]
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        match v {
            JsonValue::Object(fields) => Ok(object_into_serde(fields)),
            other => via_serde(other),
        }
    }
}

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
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        match v {
            JsonValue::Null => Ok(T::from_null()),
            v => T::from_json(v).map(Some),
        }
    }

    #[inline]
    fn missing(_: &str) -> JsonResult<Self> {
        Ok(None)
    }

    #[inline]
    fn from_null() -> Option<Self> {
        Some(None)
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
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        match v {
            JsonValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, v) in items.into_iter().enumerate() {
                    out.push(T::from_json(v).map_err(|e| e.at(format_args!("[{i}]")))?);
                }
                Ok(out)
            }
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
    /// Entries are read in the order of a `serde_json::Map` of the same fields (sorted, or document order with
    /// serde_json's `preserve_order`), the last of duplicates winning, so the first error reported is the one a
    /// `Map` would give: the map holds each value's index in `fields`.
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        match v {
            JsonValue::Object(mut fields) => {
                let mut order = Map::new();
                for (i, (k, _)) in fields.iter_mut().enumerate() {
                    order.insert(std::mem::take(k).into_owned(), Value::from(i));
                }
                order
                    .into_iter()
                    .map(|(k, i)| {
                        let i = i.as_u64().map_or(0, |i| i as usize);
                        match T::from_json(std::mem::take(&mut fields[i].1)) {
                            Ok(v) => Ok((k, v)),
                            Err(e) => Err(e.at(format_args!("[{k:?}]"))),
                        }
                    })
                    .collect()
            }
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
///
/// Objects are small, so a field is found by a linear scan. Of duplicate fields the last one is read (as a map
/// insert keeps it), and a field read once is gone, duplicates included, as if removed from a map: the first 64
/// fields are marked read in a bit set (a later scan for the same name stops at the same, read, entry), later
/// ones are removed.
pub struct Fields<'a> {
    fields: Vec<(Cow<'a, str>, JsonValue<'a>)>,
    read: u64,
}

impl<'a> Fields<'a> {
    /// The object's fields; anything but an object is an error naming what was found.
    #[inline]
    pub fn new(v: JsonValue<'a>) -> Result<Self, JsonError> {
        match v {
            JsonValue::Object(fields) => Ok(Fields { fields, read: 0 }),
            other => Err(JsonError::invalid(&other, "an object")),
        }
    }

    /// Moves the field `name` out: its last occurrence, with every other occurrence dropped.
    #[inline]
    fn take(&mut self, name: &str) -> Option<JsonValue<'a>> {
        let i = self.fields.iter().rposition(|(k, _)| k == name)?;
        if i < 64 {
            let bit = 1 << i;
            if self.read & bit != 0 {
                return None;
            }
            self.read |= bit;
            return Some(std::mem::take(&mut self.fields[i].1));
        }
        let (_, v) = self.fields.remove(i);
        for (j, (k, _)) in self.fields.iter().enumerate().take(64) {
            if k == name {
                self.read |= 1 << j;
            }
        }
        let mut j = 0;
        self.fields.retain(|(k, _)| {
            j += 1;
            j <= 64 || k != name
        });
        Some(v)
    }

    /// Fields in order, one per name, each as the type its tuple slot asks for: `Option<T>` for one that may be
    /// absent or `null`, `T` for a required one. Generated structs read all their fields with one call (in chunks
    /// of 12), which keeps each `from_json` to a few statements; the first field that fails is the error.
    #[inline]
    pub fn read<T: ReadFields<N>, const N: usize>(&mut self, names: [&str; N]) -> JsonResult<T> {
        T::read(self, names)
    }

    /// One field as `T`: see [`read`](Self::read).
    #[inline]
    pub fn field<T: FromJson>(&mut self, name: &str) -> JsonResult<T> {
        match self.take(name) {
            Some(v) => T::from_json(v).map_err(|e| e.in_field(name)),
            None => T::missing(name),
        }
    }
}

/// A tuple of field types [`Fields::read`] fills, `N` names for `N` slots.
pub trait ReadFields<const N: usize>: Sized {
    /// Reads `names[i]` into slot `i`, in order.
    fn read(o: &mut Fields<'_>, names: [&str; N]) -> JsonResult<Self>;
}

macro_rules! read_fields {
    ($n:literal: $($t:ident $i:tt),+) => {
        impl<$($t: FromJson),+> ReadFields<$n> for ($($t,)+) {
            #[inline]
            fn read(o: &mut Fields<'_>, names: [&str; $n]) -> JsonResult<Self> {
                Ok(($(o.field::<$t>(names[$i])?,)+))
            }
        }
    };
}

read_fields!(1: A 0);
read_fields!(2: A 0, B 1);
read_fields!(3: A 0, B 1, C 2);
read_fields!(4: A 0, B 1, C 2, D 3);
read_fields!(5: A 0, B 1, C 2, D 3, E 4);
read_fields!(6: A 0, B 1, C 2, D 3, E 4, F 5);
read_fields!(7: A 0, B 1, C 2, D 3, E 4, F 5, G 6);
read_fields!(8: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
read_fields!(9: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
read_fields!(10: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
read_fields!(11: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
read_fields!(12: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

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

/// A number in a body that JSON cannot represent: where it is, in wire names (`ratio`, `items[2].weight`,
/// `weights["a b"]`; `body` for the body itself), and which (`NaN`, `Infinity`, `-Infinity`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NonFinite {
    pub(crate) path: String,
    pub(crate) value: &'static str,
}

impl fmt::Display for NonFinite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} is not a JSON number", self.path, self.value)
    }
}

/// The JSON text of `v`, or every place where it holds NaN or an infinity, which JSON cannot represent.
pub(crate) fn to_vec_checked<T: ToJson + ?Sized>(v: &T) -> Result<Vec<u8>, Vec<NonFinite>> {
    NON_FINITE.with(|f| f.set(false));
    let out = to_vec(v);
    if NON_FINITE.with(|f| f.replace(false)) {
        Err(non_finite_paths(&out))
    } else {
        Ok(out)
    }
}

/// Finds the tokens `f64::to_json` writes for non-finite numbers in text `to_vec` produced (JSON apart from those
/// tokens), with their paths. Runs only when one was written, so the usual request pays nothing for it.
fn non_finite_paths(text: &[u8]) -> Vec<NonFinite> {
    enum Seg {
        Key(String),
        Index(usize),
    }
    fn render(path: &[Seg]) -> String {
        let mut out = String::new();
        for seg in path {
            match seg {
                Seg::Key(k)
                    if !k.is_empty()
                        && k.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
                {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Key(k) => out.push_str(&format!("[{k:?}]")),
                Seg::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        if out.is_empty() {
            out.push_str("body");
        }
        out
    }
    // The end of the string starting at `text[start] == b'"'` (the index after its closing quote).
    fn string_end(text: &[u8], start: usize) -> usize {
        let mut i = start + 1;
        while i < text.len() {
            match text[i] {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        text.len()
    }
    let mut found = Vec::new();
    let mut path: Vec<Seg> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'{' | b'[' => {
                // A placeholder until the first key or index; an empty container leaves it unused.
                path.push(if text[i] == b'[' {
                    Seg::Index(0)
                } else {
                    Seg::Key(String::new())
                });
                i += 1;
            }
            b'}' | b']' => {
                path.pop();
                i += 1;
            }
            b' ' | b'\n' | b'\r' | b'\t' => i += 1,
            b',' => {
                if let Some(Seg::Index(n)) = path.last_mut() {
                    *n += 1;
                }
                i += 1;
            }
            b'"' => {
                let end = string_end(text, i);
                // A string followed by `:` is a key.
                if text.get(end) == Some(&b':') {
                    let key = serde_json::from_slice::<String>(&text[i..end]).unwrap_or_default();
                    if let Some(seg) = path.last_mut() {
                        *seg = Seg::Key(key);
                    }
                    i = end + 1;
                } else {
                    i = end;
                }
            }
            _ => {
                let end = text[i..]
                    .iter()
                    .position(|b| matches!(b, b',' | b']' | b'}'))
                    .map_or(text.len(), |n| i + n);
                let value = match &text[i..end] {
                    b"NaN" => Some("NaN"),
                    b"Infinity" => Some("Infinity"),
                    b"-Infinity" => Some("-Infinity"),
                    _ => None,
                };
                if let Some(value) = value {
                    found.push(NonFinite {
                        path: render(&path),
                        value,
                    });
                }
                i = end.max(i + 1);
            }
        }
    }
    found
}

/// `Deserialize` for a generated type, through its [`FromJson`] impl.
pub fn deserialize<'de, D: Deserializer<'de>, T: FromJson>(d: D) -> Result<T, D::Error> {
    let v = JsonValue::deserialize(d)?;
    T::from_json(v).map_err(D::Error::custom)
}

/// `Serialize` for a generated type, through its [`ToJson`] impl: the JSON text is read back as a `Value`,
/// which any serializer accepts.
pub fn serialize<S: Serializer, T: ToJson + ?Sized>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    let text = to_vec_checked(v).map_err(|found| {
        let list: Vec<String> = found.iter().map(ToString::to_string).collect();
        S::Error::custom(list.join("; "))
    })?;
    let value: Value = serde_json::from_slice(&text).map_err(S::Error::custom)?;
    value.serialize(s)
}

/// [`FromJson`] of an open enum: as its serde `Deserialize` (strings, and booleans or numbers as their text).
/// A string is read in place (what the `Deserialize` does with it); anything else goes through that `Deserialize`.
#[inline]
pub fn open_enum<T>(v: JsonValue<'_>, from_wire: fn(&str) -> T) -> Result<T, JsonError> {
    match v {
        JsonValue::String(s) => Ok(from_wire(&s)),
        other => crate::wire::open_enum::deserialize_open_enum(other.into_serde(), from_wire)
            .map_err(JsonError::from_serde),
    }
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
        fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
            let mut o = Fields::new(v)?;
            Ok(Item {
                id: o.field("id")?,
                name: o.field("name")?,
                tags: o.field("tags")?,
            })
        }
    }

    impl FromJson for Tag {
        fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
            let mut o = Fields::new(v)?;
            Ok(Tag {
                key: o.field("key")?,
            })
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
        T::from_json(JsonValue::from(v)).map_err(|e| e.to_string())
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
        o.field("b", &0.5f64);
        o.end();
        assert_eq!(out, br#"{"a":null,"b":0.5}"#);
        let map: BTreeMap<String, Vec<bool>> = [("k".to_owned(), vec![true])].into();
        assert_eq!(to_vec(&map), br#"{"k":[true]}"#);
    }

    /// A body with numbers in several places, as generated request types write it.
    struct Measures {
        ratio: f64,
        label: String,
        items: Vec<Weighted>,
        weights: BTreeMap<String, f64>,
        limit: Option<f64>,
    }

    struct Weighted {
        name: String,
        weight: f64,
    }

    impl ToJson for Measures {
        fn to_json(&self, out: &mut Vec<u8>) {
            let mut o = JsonObject::begin(out);
            o.field("ratio", &self.ratio);
            o.field("label", &self.label);
            o.field("items", &self.items);
            o.field("weights", &self.weights);
            o.opt("limit", &self.limit);
            o.end();
        }
    }

    impl ToJson for Weighted {
        fn to_json(&self, out: &mut Vec<u8>) {
            let mut o = JsonObject::begin(out);
            o.field("name", &self.name);
            o.field("weight", &self.weight);
            o.end();
        }
    }

    fn measures() -> Measures {
        Measures {
            ratio: 0.25,
            // Strings and keys that look like the tokens or like JSON structure must not confuse the search.
            label: r#"NaN", "x": [Infinity, {"#.into(),
            items: ["a", "b", "c"]
                .iter()
                .map(|n| Weighted {
                    name: (*n).into(),
                    weight: 1.5,
                })
                .collect(),
            weights: [("a b".to_owned(), 2.0), ("k\",:[".to_owned(), 3.0)].into(),
            limit: Some(1e300),
        }
    }

    #[test]
    fn finite_numbers_are_written_as_serde_json_writes_them() {
        for v in [
            0.0,
            -0.0,
            0.1,
            1e300,
            -1e-300,
            f64::MAX,
            f64::MIN_POSITIVE,
            2.5e15,
        ] {
            assert_eq!(to_vec(&v), serde_json::to_vec(&v).unwrap(), "{v}");
        }
        let text = to_vec_checked(&measures()).expect("all finite");
        let back: Value = serde_json::from_slice(&text).unwrap();
        assert_eq!(back["items"][2]["weight"], 1.5);
        assert_eq!(back["weights"]["k\",:["], 3.0);
    }

    #[test]
    fn nan_and_infinities_are_found_with_their_field_paths() {
        let mut m = measures();
        m.ratio = f64::NAN;
        m.items[2].weight = f64::INFINITY;
        m.weights.insert("a b".into(), f64::NEG_INFINITY);
        m.limit = Some(f64::NAN);
        let found = to_vec_checked(&m).expect_err("non-finite numbers");
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "ratio: NaN is not a JSON number",
                "items[2].weight: Infinity is not a JSON number",
                r#"weights["a b"]: -Infinity is not a JSON number"#,
                "limit: NaN is not a JSON number",
            ]
        );
        // A bare number or array body.
        let found = to_vec_checked(&f64::NAN).expect_err("NaN");
        assert_eq!(found[0].path, "body");
        let found = to_vec_checked(&vec![1.0, f64::INFINITY]).expect_err("infinity");
        assert_eq!(found[0].path, "[1]");
        // The check resets: a later finite body passes.
        assert!(to_vec_checked(&measures()).is_ok());
        // Going through the serde shim, the same problems are an error rather than a `null`.
        struct Shim(Measures);
        impl Serialize for Shim {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize(&self.0, s)
            }
        }
        let mut m = measures();
        m.ratio = f64::NAN;
        let err = serde_json::to_value(Shim(m)).expect_err("NaN");
        assert!(
            err.to_string().contains("ratio: NaN is not a JSON number"),
            "{err}"
        );
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

    /// An optional nullable field: absent, `null` and a value are three different things, both ways.
    #[test]
    fn optional_nullable_fields_tell_null_from_absent() {
        let read = |text: &str| -> (Option<Option<String>>, Option<String>) {
            let v: Value = serde_json::from_str(text).unwrap();
            let mut o = Fields::new(JsonValue::from(v)).unwrap();
            o.read(["name", "plain"]).unwrap()
        };
        assert_eq!(read(r#"{}"#), (None, None));
        assert_eq!(read(r#"{"name":null,"plain":null}"#), (Some(None), None));
        assert_eq!(
            read(r#"{"name":"n","plain":"p"}"#),
            (Some(Some("n".into())), Some("p".into()))
        );
        let write = |v: &Option<Option<String>>| {
            let mut out = Vec::new();
            let mut o = JsonObject::begin(&mut out);
            o.opt("name", v);
            o.end();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(write(&None), "{}");
        assert_eq!(write(&Some(None)), r#"{"name":null}"#);
        assert_eq!(write(&Some(Some("n".into()))), r#"{"name":"n"}"#);
        // Items of a nullable array read `null` as `None` (an item is never absent, so no `Option<Option<_>>`).
        let items: Vec<Option<i64>> =
            FromJson::from_json(JsonValue::from(serde_json::json!([1, null]))).unwrap();
        assert_eq!(items, [Some(1), None]);
    }

    #[test]
    fn open_enums_read_strings_and_scalars_as_text() {
        let read = |v: Value| open_enum(JsonValue::from(v), |s: &str| s.to_owned());
        assert_eq!(read(json!("en-us")).unwrap(), "en-us");
        assert_eq!(read(json!(true)).unwrap(), "true");
        assert_eq!(read(json!(7)).unwrap(), "7");
        assert!(read(json!(null)).is_err());
        assert!(read(json!([])).is_err());
    }
}

/// The tree against the runtime it replaced: for many hostile inputs, decoding through [`JsonValue`] gives exactly
/// the value or the error message that `serde_json::Value` and the previous `Fields` gave.
#[cfg(test)]
mod differential {
    use super::*;
    use std::fmt::Debug;

    /// The previous decoding, kept verbatim (over `serde_json::Value`) as the reference.
    trait Old: Sized {
        fn old(v: Value) -> Result<Self, JsonError>;
    }

    fn old_invalid(found: &Value, expected: &str) -> JsonError {
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

    macro_rules! old_via_serde {
        ($($t:ty),*) => {$(
            impl Old for $t {
                fn old(v: Value) -> Result<Self, JsonError> {
                    serde_json::from_value(v).map_err(JsonError::from_serde)
                }
            }
        )*};
    }

    old_via_serde!(String, i32, i64, f64, bool, DateTime, Value, Map<String, Value>);

    impl<T: Old> Old for Option<T> {
        fn old(v: Value) -> Result<Self, JsonError> {
            match v {
                Value::Null => Ok(None),
                v => T::old(v).map(Some),
            }
        }
    }

    impl<T: Old> Old for Vec<T> {
        fn old(v: Value) -> Result<Self, JsonError> {
            match v {
                Value::Array(items) => items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| T::old(v).map_err(|e| e.at(format_args!("[{i}]"))))
                    .collect(),
                other => Err(old_invalid(&other, "a sequence")),
            }
        }
    }

    impl<T: Old> Old for BTreeMap<String, T> {
        fn old(v: Value) -> Result<Self, JsonError> {
            match v {
                Value::Object(map) => map
                    .into_iter()
                    .map(|(k, v)| match T::old(v) {
                        Ok(v) => Ok((k, v)),
                        Err(e) => Err(e.at(format_args!("[{k:?}]"))),
                    })
                    .collect(),
                other => Err(old_invalid(&other, "a map")),
            }
        }
    }

    struct OldFields(Map<String, Value>);

    impl OldFields {
        fn new(v: Value) -> Result<Self, JsonError> {
            match v {
                Value::Object(map) => Ok(OldFields(map)),
                other => Err(old_invalid(&other, "an object")),
            }
        }

        fn req<T: Old>(&mut self, name: &str) -> Result<T, JsonError> {
            match self.0.remove(name) {
                Some(v) => T::old(v).map_err(|e| e.in_field(name)),
                None => Err(JsonError::new(format!("missing field `{name}`"))),
            }
        }

        fn opt<T: Old>(&mut self, name: &str) -> Result<Option<T>, JsonError> {
            match self.0.remove(name) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => T::old(v).map(Some).map_err(|e| e.in_field(name)),
            }
        }
    }

    fn old_open_enum<T>(v: Value, from_wire: fn(&str) -> T) -> Result<T, JsonError> {
        crate::wire::open_enum::deserialize_open_enum(v, from_wire).map_err(JsonError::from_serde)
    }

    /// A struct as `generate!` writes it, read both ways.
    macro_rules! record {
        ($name:ident { $($field:ident: $ty:ty = $how:ident($wire:literal)),* $(,)? }) => {
            #[derive(Debug, PartialEq)]
            struct $name {
                $($field: $ty),*
            }
            // As generated code reads a struct: one `read`, each slot typed by its field.
            impl FromJson for $name {
                fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
                    let mut o = Fields::new(v)?;
                    let ($($field,)*) = o.read([$($wire),*])?;
                    Ok($name { $($field),* })
                }
            }
            impl Old for $name {
                fn old(v: Value) -> Result<Self, JsonError> {
                    let mut o = OldFields::new(v)?;
                    Ok($name { $($field: o.$how($wire)?),* })
                }
            }
        };
    }

    #[derive(Debug, PartialEq)]
    enum Lang {
        EnUs,
        Other(String),
    }

    impl Lang {
        fn from_wire(s: &str) -> Self {
            if s == "en-us" {
                Lang::EnUs
            } else {
                Lang::Other(s.to_owned())
            }
        }
    }

    impl FromJson for Lang {
        fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
            open_enum(v, Lang::from_wire)
        }
    }

    impl Old for Lang {
        fn old(v: Value) -> Result<Self, JsonError> {
            old_open_enum(v, Lang::from_wire)
        }
    }

    record!(Leaves {
        s: Option<String> = opt("s"),
        i: Option<i32> = opt("i"),
        l: Option<i64> = opt("l"),
        f: Option<f64> = opt("f"),
        b: Option<bool> = opt("b"),
        d: Option<DateTime> = opt("d"),
        any: Option<Value> = opt("any"),
        m: Option<Map<String, Value>> = opt("m"),
        lang: Option<Lang> = opt("lang"),
    });

    record!(Required {
        id: i64 = req("id"),
        // Required but nullable is `Option<T>` in generated code, read like an optional field.
        nullable: Option<String> = opt("nullable"),
        any: Value = req("any"),
        lang: Lang = req("lang"),
    });

    record!(Top {
        items: Option<Vec<Leaves>> = opt("items"),
        by_name: Option<BTreeMap<String, Vec<i64>>> = opt("by_name"),
        inner: Option<Required> = opt("inner"),
        s: Option<String> = opt("s"),
        lang: Option<Vec<Lang>> = opt("lang"),
        maps: Option<BTreeMap<String, Leaves>> = opt("maps"),
    });

    // The same wire name read twice: the second read finds nothing, as after a map removal.
    record!(Twice {
        first: Option<i64> = opt("k"),
        second: Option<i64> = opt("k"),
        third: Option<String> = opt("s"),
        again: Option<String> = opt("s"),
    });

    /// A struct of more than 12 fields, read as `generate!` reads one: a `read` per 12 fields.
    #[derive(Debug, PartialEq)]
    struct Wide {
        f: [Option<i64>; 12],
        s: Option<String>,
        id: i64,
    }

    const WIDE: [&str; 14] = [
        "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "s", "id",
    ];

    impl FromJson for Wide {
        fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
            let mut o = Fields::new(v)?;
            let (f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11) = o.read([
                WIDE[0], WIDE[1], WIDE[2], WIDE[3], WIDE[4], WIDE[5], WIDE[6], WIDE[7], WIDE[8],
                WIDE[9], WIDE[10], WIDE[11],
            ])?;
            let (s, id) = o.read([WIDE[12], WIDE[13]])?;
            Ok(Wide {
                f: [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11],
                s,
                id,
            })
        }
    }

    impl Old for Wide {
        fn old(v: Value) -> Result<Self, JsonError> {
            let mut o = OldFields::new(v)?;
            let mut f = [None; 12];
            for (slot, name) in f.iter_mut().zip(WIDE) {
                *slot = o.opt(name)?;
            }
            Ok(Wide {
                f,
                s: o.opt(WIDE[12])?,
                id: o.req(WIDE[13])?,
            })
        }
    }

    const LEAVES: &[&str] = &[
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1",
        "-1",
        "2.0",
        "2.5",
        "-0.0",
        "1e3",
        "1E-7",
        "0.1",
        "1.7976931348623157e308",
        "1e400",
        "-1e400",
        "9007199254740993",
        "-9007199254740993",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "2147483647",
        "2147483648",
        "-2147483649",
        "1592381768000",
        "\"\"",
        "\"x\"",
        "\"en-us\"",
        "\"\\u00e9\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"a\\nb\\\"\\\\\"",
        "\"2020-06-17 08:16:08\"",
        "\"true\"",
        "\"7\"",
        "\"\u{1F600}\"",
        "[]",
        "[1,\"a\",null]",
        "[[]]",
        "{}",
        "{\"a\":1,\"a\":2}",
        "{\"k\":null}",
        "{\"\":0}",
        "01",
        "1.",
        "nul",
        "\"\\x\"",
        "[1,]",
        "{\"a\" 1}",
    ];

    const KEYS: &[&str] = &[
        "s",
        "i",
        "l",
        "f",
        "b",
        "d",
        "any",
        "m",
        "lang",
        "id",
        "nullable",
        "items",
        "by_name",
        "inner",
        "maps",
        "k",
        "x",
        "",
        "\\u0069d",
        "\\u0073",
        "a_key_longer_than_twenty_two_bytes",
        "é",
        "f0",
        "f11",
        "\\u0066\\u0031\\u0031",
    ];

    /// A small deterministic generator (xorshift).
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn gen_value(r: &mut Rng, depth: usize, out: &mut String) {
        match if depth == 0 { 0 } else { r.below(4) } {
            0 | 1 => out.push_str(LEAVES[r.below(LEAVES.len())]),
            2 => {
                out.push('[');
                for i in 0..r.below(4) {
                    if i > 0 {
                        out.push(',');
                    }
                    gen_value(r, depth - 1, out);
                }
                out.push(']');
            }
            _ => gen_object(r, depth - 1, out),
        }
    }

    fn gen_object(r: &mut Rng, depth: usize, out: &mut String) {
        out.push('{');
        for i in 0..r.below(7) {
            if i > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(KEYS[r.below(KEYS.len())]);
            out.push_str("\":");
            gen_value(r, depth, out);
        }
        out.push('}');
    }

    /// Every input, decoded as `T` through the tree and through the old path: from text (keys and strings
    /// borrowed where they can be), from a reader (every string owned), as a response body (the fast path first)
    /// and through the serde shim.
    fn same<T: FromJson + Old + PartialEq + Debug>(text: &str) {
        let new = serde_json::from_str::<JsonValue>(text)
            .map_err(|e| e.to_string())
            .and_then(|v| T::from_json(v).map_err(|e| e.to_string()));
        let old = serde_json::from_str::<Value>(text)
            .map_err(|e| e.to_string())
            .and_then(|v| T::old(v).map_err(|e| e.to_string()));
        assert_eq!(new, old, "{text}");
        // serde_json's reader reports some syntax errors a column further on, so only decoding is compared.
        let mut reader = serde_json::Deserializer::from_reader(text.as_bytes());
        match JsonValue::deserialize(&mut reader).and_then(|v| reader.end().map(|()| v)) {
            Ok(v) => assert_eq!(
                T::from_json(v).map_err(|e| e.to_string()),
                old,
                "reader: {text}"
            ),
            Err(_) => assert!(
                serde_json::from_str::<Value>(text).is_err(),
                "reader: {text}"
            ),
        }
        if !text.bytes().all(|b| b.is_ascii_whitespace()) {
            let raw = crate::wire::response::RawResponse::new(
                200,
                Default::default(),
                bytes::Bytes::copy_from_slice(text.as_bytes()),
            );
            let body = raw.json::<T>().map_err(|e| e.message().to_owned());
            assert_eq!(body, old, "body: {text}");
        }
        let new = deserialize::<_, T>(&mut serde_json::Deserializer::from_str(text))
            .map_err(|e| e.to_string());
        let old = Value::deserialize(&mut serde_json::Deserializer::from_str(text))
            .and_then(|v| T::old(v).map_err(<serde_json::Error as de::Error>::custom))
            .map_err(|e| e.to_string());
        assert_eq!(new, old, "shim: {text}");
    }

    fn all(text: &str) {
        same::<Leaves>(text);
        same::<Required>(text);
        same::<Top>(text);
        same::<Twice>(text);
        same::<Wide>(text);
        same::<Value>(text);
        same::<Map<String, Value>>(text);
        same::<Vec<Option<Lang>>>(text);
        same::<BTreeMap<String, Option<i32>>>(text);
        same::<Option<String>>(text);
        same::<DateTime>(text);
        same::<f64>(text);
        same::<i64>(text);
        same::<bool>(text);
        // The tree converts back to the same `Value`.
        if let Ok(v) = serde_json::from_str::<Value>(text) {
            let tree: JsonValue = serde_json::from_str(text).unwrap();
            assert_eq!(tree.clone().into_serde(), v, "{text}");
            assert_eq!(JsonValue::from(v.clone()).into_serde(), v, "{text}");
        }
        fast_path_agrees(text);
    }

    /// The fast path gives serde_json's tree, strings borrowed exactly when serde_json lends them; it declines only
    /// what serde_json rejects and documents nested too deeply.
    fn fast_path_agrees(text: &str) {
        let fast = crate::wire::json_subset::parse(text.as_bytes());
        match serde_json::from_slice::<JsonValue>(text.as_bytes()) {
            Ok(tree) => match fast {
                Some(fast) => {
                    assert_eq!(fast, tree, "{text}");
                    assert_eq!(borrows(&fast), borrows(&tree), "{text}");
                }
                None => assert!(depth(&tree) > 90, "declined: {text}"),
            },
            Err(_) => assert_eq!(fast, None, "{text}"),
        }
    }

    /// Which strings (keys and values, in document order) are borrowed.
    fn borrows(v: &JsonValue<'_>) -> Vec<bool> {
        fn walk(v: &JsonValue<'_>, out: &mut Vec<bool>) {
            match v {
                JsonValue::String(s) => out.push(matches!(s, Cow::Borrowed(_))),
                JsonValue::Array(items) => items.iter().for_each(|v| walk(v, out)),
                JsonValue::Object(fields) => {
                    for (k, v) in fields {
                        out.push(matches!(k, Cow::Borrowed(_)));
                        walk(v, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(v, &mut out);
        out
    }

    fn depth(v: &JsonValue<'_>) -> usize {
        match v {
            JsonValue::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            JsonValue::Object(fields) => {
                1 + fields.iter().map(|(_, v)| depth(v)).max().unwrap_or(0)
            }
            _ => 0,
        }
    }

    #[test]
    fn every_leaf_in_every_field() {
        let wires = KEYS.iter().filter(|k| !k.contains('\\'));
        for leaf in LEAVES {
            all(leaf);
            for wire in wires.clone() {
                all(&format!("{{\"{wire}\":{leaf}}}"));
                all(&format!("{{\"{wire}\":[{leaf}]}}"));
                all(&format!("{{\"{wire}\":{{\"{wire}\":{leaf}}}}}"));
                all(&format!("{{\"{wire}\":{leaf},\"{wire}\":1}}"));
                all(&format!("{{\"{wire}\":\"v\",\"{wire}\":{leaf}}}"));
                all(&format!("{{\"items\":[{{\"{wire}\":{leaf}}}]}}"));
                all(&format!(
                    "{{\"maps\":{{\"b\":{{\"{wire}\":{leaf}}},\"a\":{{}}}}}}"
                ));
            }
            all(&format!(
                "{{\"id\":1,\"nullable\":null,\"any\":{leaf},\"lang\":{leaf},\"x\":{leaf}}}"
            ));
            all(&format!(
                "{{\"inner\":{{\"id\":{leaf},\"nullable\":{leaf},\"any\":[],\"lang\":\"en-us\"}}}}"
            ));
            all(&format!(
                "{{\"by_name\":{{\"z\":[1],\"a\":[{leaf}],\"m\":{leaf},\"a\":[2]}}}}"
            ));
            // Both chunks of `Wide`, with the leaf in each, and a duplicate on either side of the chunk boundary.
            all(&format!(
                "{{\"f0\":7,\"s\":{leaf},\"f11\":{leaf},\"id\":1,\"f5\":-3,\"x\":{leaf}}}"
            ));
            all(&format!(
                "{{\"id\":{leaf},\"f11\":1,\"s\":\"a\",\"\\u0066\\u0031\\u0031\":{leaf},\"f0\":2}}"
            ));
            all(&format!(
                "{{\"s\":\"a\",\"id\":2,\"f3\":{leaf},\"s\":{leaf},\"id\":3}}"
            ));
        }
    }

    #[test]
    fn generated_documents() {
        let mut r = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..4000 {
            let mut text = String::new();
            gen_object(&mut r, 3, &mut text);
            all(&text);
            let nested =
                format!("{{\"items\":[{text}],\"maps\":{{\"q\":{text}}},\"inner\":{text}}}");
            all(&nested);
        }
    }

    /// Generated documents changed at one random place (a character dropped, doubled, replaced by or inserted from
    /// those JSON cares about, whitespace inserted, or the text cut short): the fast path must give serde_json's tree or decline
    /// exactly where serde_json fails, and decoding must end with serde_json's value or error either way.
    #[test]
    fn mutated_documents() {
        const SIGNIFICANT: &[char] = &[
            '{', '}', '[', ']', '"', ':', ',', '\\', '-', '+', '.', 'e', '0', '9', 't', 'n', ' ',
            '\u{1}', 'u',
        ];
        const WHITESPACE: &[char] = &[' ', '\n', '\t', '\r'];
        let mut r = Rng(0xD1B5_4A32_D192_ED03);
        let mut declined = 0;
        let runs = 20_000;
        for _ in 0..runs {
            let mut text = String::new();
            gen_object(&mut r, 2, &mut text);
            let mut chars: Vec<char> = text.chars().collect();
            let at = r.below(chars.len()); // never empty: at least `{}`
            match r.below(6) {
                0 => {
                    chars.remove(at);
                }
                1 => chars.insert(at, chars[at]),
                2 => chars[at] = SIGNIFICANT[r.below(SIGNIFICANT.len())],
                3 => chars.insert(at, WHITESPACE[r.below(WHITESPACE.len())]),
                4 => chars.insert(at, SIGNIFICANT[r.below(SIGNIFICANT.len())]),
                _ => chars.truncate(at.max(1)),
            }
            let text: String = chars.into_iter().collect();
            declined += usize::from(crate::wire::json_subset::parse(text.as_bytes()).is_none());
            fast_path_agrees(&text);
            same::<Top>(&text);
            same::<Value>(&text);
        }
        // Both outcomes are well represented, or the mutations would test only one side.
        assert!(
            (runs / 10..runs * 9 / 10).contains(&declined),
            "{declined} of {runs} declined"
        );
    }

    #[test]
    fn deep_nesting_up_to_the_recursion_limit() {
        for depth in [1, 2, 100, 126, 127, 128, 129, 130, 500] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let objects = format!("{}null{}", "{\"any\":".repeat(depth), "}".repeat(depth));
            for deep in [&arrays, &objects] {
                all(deep);
                all(&format!("{{\"any\":{deep}}}"));
                all(&format!("{{\"s\":{deep}}}"));
                all(&format!("{{\"items\":[{{\"m\":{deep}}}]}}"));
                all(&format!("{{\"by_name\":{{\"k\":{deep}}}}}"));
            }
        }
    }

    #[test]
    fn duplicates_beyond_the_read_bit_set() {
        for n in [0, 1, 62, 63, 64, 65, 66, 100] {
            let junk: String = (0..n).map(|i| format!("\"j{i}\":{i},")).collect();
            for doc in [
                format!("{{\"k\":1,{junk}\"k\":2,\"s\":\"a\"}}"),
                format!("{{\"k\":1,\"s\":\"a\",{junk}\"k\":2}}"),
                format!("{{\"k\":\"x\",{junk}\"k\":2}}"),
                format!("{{\"k\":1,{junk}\"k\":\"y\"}}"),
                format!("{{{junk}\"k\":1,\"s\":\"a\",{junk}\"k\":3,\"s\":null}}"),
                format!("{{\"s\":\"a\",{junk}\"k\":null,\"k\":[],{junk}\"s\":\"b\",\"k\":7}}"),
                format!("{{\"id\":1,{junk}\"id\":2,\"nullable\":\"n\",\"any\":{{}},\"lang\":7}}"),
            ] {
                all(&doc);
            }
        }
    }

    /// Where the fast path could part from serde_json: literals, numbers and strings cut short or running on,
    /// every kind of whitespace, separators out of place, escapes.
    #[test]
    fn fast_path_edges() {
        for text in [
            " \t\r\n{ \"s\" :\t\"a\" ,\n\"i\"\r: [ 1 , -2 ] , \"b\" : true } \n",
            "truex",
            "nulll",
            "[tru]",
            "[nul]",
            "fals",
            "[true false]",
            "-",
            "--1",
            "-a",
            "+1",
            "[-]",
            "1.5.2",
            "1e",
            "1e+",
            "1e+5",
            "[1E-2,2e3]",
            "[0.0]",
            "00",
            "-01",
            "-0",
            "[-0,0]",
            "1 2",
            "0x1",
            "[1,2",
            "\"abc",
            "\"a\\\"",
            "\"\\",
            "[\"\\u00\"]",
            "\"\\q\"",
            "\"\\/\\b\\f\\n\\r\\t\"",
            "\"\\\\\"",
            "\"\\\\\\\"\"",
            "{\"a\":1 \"b\":2}",
            "{,}",
            "[,1]",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "{\"a\"::1}",
            "{\"s\":\"\u{7f}\"}",
            "{\"s\\u0000\":\"\\u0000\"}",
            "{\"\u{e9}\\n\":\"\u{1F600}\\\"\"}",
            "[18446744073709551615,-9223372036854775808]",
            "[18446744073709551616,-9223372036854775809]",
            "{\"f\":1.7976931348623157e309}",
        ] {
            all(text);
        }
        // Not UTF-8: serde_json's error, through the fast path's refusal.
        for body in [&b"{\"s\":\"\xff\"}"[..], b"\xff", b"{\"\xc3\":1}"] {
            let raw = crate::wire::response::RawResponse::new(
                200,
                Default::default(),
                bytes::Bytes::copy_from_slice(body),
            );
            let want = serde_json::from_slice::<Value>(body)
                .unwrap_err()
                .to_string();
            assert_eq!(raw.json::<Value>().unwrap_err().message(), want);
            assert_eq!(crate::wire::json_subset::parse(body), None);
        }
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        let text = r#"{"k":"v","\u0069":"a\nb"}"#;
        for tree in [
            crate::wire::json_subset::parse(text.as_bytes()).unwrap(),
            serde_json::from_str(text).unwrap(),
        ] {
            let JsonValue::Object(fields) = tree else {
                panic!("not an object")
            };
            assert!(matches!(
                &fields[0],
                (Cow::Borrowed("k"), JsonValue::String(Cow::Borrowed("v")))
            ));
            assert!(
                matches!(&fields[1], (Cow::Owned(k), JsonValue::String(Cow::Owned(v))) if k == "i" && v == "a\nb")
            );
        }
    }

    #[test]
    fn syntax_errors_are_serde_jsons() {
        for text in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "{} x",
            "[1] [2]",
            "\"\\ud83d\"",
            "{\"a\":\"\u{0}\"}",
            "{1:2}",
            "[\"a\",\"\\u12\"]",
            "\u{feff}{}",
            "{\"s\":\"ok\"}garbage",
        ] {
            all(text);
        }
    }
}
