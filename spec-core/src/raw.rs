//! The YAML as written: serde structs that mirror `spec/README.md` key for key, with a location on every node that
//! a later stage may need to blame.
//!
//! Schemas, endpoints and responses sit in `Box`es inside lists and maps: a `RawSchema` is about 1.4 KiB, and in the
//! unoptimized build proc macros get, every move of one (visitor → `Result` → `Vec` growth) is a `memcpy`. Boxing
//! them took a tenth off the whole pipeline (BENCHMARKS.md).

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_saphyr::Spanned;
use std::fmt;
use std::marker::PhantomData;

/// One spec file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpec {
    pub service: Spanned<String>,
    pub title: Spanned<String>,
    pub host_prefix: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub types: Option<OrderedMap<String, Box<RawSchema>>>,
    // Boxed on purpose, see the module docs: moving a 0.8 KiB endpoint is a memcpy in the unoptimized macro.
    #[allow(clippy::vec_box)]
    pub endpoints: Spanned<Vec<Box<RawEndpoint>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEndpoint {
    pub operation: Spanned<String>,
    pub method: Spanned<String>,
    pub path: Spanned<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub parameters: Option<RawParameters>,
    #[serde(default)]
    pub request: Option<RawRequest>,
    pub responses: Spanned<OrderedMap<StatusKey, Box<RawResponse>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawParameters {
    #[serde(default)]
    pub path: Option<OrderedMap<String, Box<RawSchema>>>,
    #[serde(default)]
    pub query: Option<OrderedMap<String, Box<RawSchema>>>,
    #[serde(default)]
    pub header: Option<OrderedMap<String, Box<RawSchema>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequest {
    #[serde(default)]
    pub content_type: Option<Spanned<String>>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub required: Option<bool>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    pub body: Box<RawSchema>,
    #[serde(default)]
    pub example: Option<Spanned<Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResponse {
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub body: Option<Box<RawSchema>>,
    #[serde(default)]
    pub example: Option<Spanned<Value>>,
}

/// A schema node; which keys are allowed depends on `type` and is checked in `model`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSchema {
    #[serde(rename = "type")]
    pub ty: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub required: Option<Spanned<bool>>,
    #[serde(default)]
    pub nullable: Option<bool>,
    #[serde(default)]
    pub default: Option<Spanned<Value>>,
    #[serde(default)]
    pub example: Option<Spanned<Value>>,
    #[serde(default, rename = "enum")]
    pub enum_values: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub min_length: Option<Spanned<u64>>,
    #[serde(default)]
    pub max_length: Option<Spanned<u64>>,
    #[serde(default)]
    pub pattern: Option<Spanned<String>>,
    #[serde(default)]
    pub minimum: Option<Spanned<Value>>,
    #[serde(default)]
    pub maximum: Option<Spanned<Value>>,
    #[serde(default)]
    pub min_items: Option<Spanned<u64>>,
    #[serde(default)]
    pub max_items: Option<Spanned<u64>>,
    #[serde(default)]
    pub items: Option<Box<RawSchema>>,
    #[serde(default)]
    pub values: Option<Box<RawSchema>>,
    #[serde(default)]
    pub properties: Option<OrderedMap<String, Box<RawSchema>>>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    #[serde(default)]
    pub from_context: Option<Spanned<String>>,
    #[serde(default)]
    pub collection: Option<Spanned<String>>,
}

/// A status-table key: YAML writes `200:` (an integer) or `"200":` (a string); both are accepted here and the value
/// is range-checked later, so `2000` gets a located "invalid status code" rather than a type error.
#[derive(Clone, PartialEq, Eq)]
pub enum StatusKey {
    Code(u64),
    Text(String),
}

impl<'de> Deserialize<'de> for StatusKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StatusKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an HTTP status code")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StatusKey, E> {
                Ok(StatusKey::Code(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StatusKey, E> {
                Ok(StatusKey::Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<StatusKey, E> {
                Ok(StatusKey::Text(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StatusKey, E> {
                Ok(match v.parse::<u64>() {
                    Ok(n) => StatusKey::Code(n),
                    Err(_) => StatusKey::Text(v.to_owned()),
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// A YAML mapping kept in file order, each key with its location (a `BTreeMap` would reorder fields and lose
/// where each key was written).
pub struct OrderedMap<K, V>(pub Vec<(Spanned<K>, V)>);

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MapVisitor<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for MapVisitor<K, V> {
            type Value = OrderedMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some((k, v)) = map.next_entry()? {
                    entries.push((k, v));
                }
                Ok(OrderedMap(entries))
            }
        }
        d.deserialize_map(MapVisitor(PhantomData))
    }
}

impl<K, V> OrderedMap<K, V> {
    pub fn iter(&self) -> impl Iterator<Item = &(Spanned<K>, V)> {
        self.0.iter()
    }
}
