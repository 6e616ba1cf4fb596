//! A JSON document carried inside a JSON string (a spec's `string` with `content:`): CTS trace `request` and
//! `response`, AOM query `result`. Kept as the text that came (so it is sent back unchanged) and decoded on demand.

use std::fmt;
use std::marker::PhantomData;

use crate::wire::json::{FromJson, JsonError, JsonResult, JsonValue, ToJson};
use crate::wire::validate::{Rules, Validate, Validator};

/// A JSON document of type `T` written as a string: `"{\"code\":200}"` on the wire.
///
/// The text is kept as it came; [`decode`](Self::decode) parses it when asked, and [`encode`](Self::encode) writes a
/// value for a request. Equality, hashing and `Display` go by the text.
pub struct JsonText<T> {
    text: String,
    of: PhantomData<fn() -> T>,
}

impl<T> JsonText<T> {
    /// The text as it is, unchecked: the server receives it as written.
    pub fn from_text(text: impl Into<String>) -> Self {
        JsonText {
            text: text.into(),
            of: PhantomData,
        }
    }

    /// The JSON text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The JSON text, owned.
    pub fn into_string(self) -> String {
        self.text
    }
}

impl<T: FromJson> JsonText<T> {
    /// Parses the text as a `T`; the error says where the text does not fit (`code: invalid type: …`).
    pub fn decode(&self) -> Result<T, JsonError> {
        T::from_json(crate::wire::json_subset::parse_document(
            self.text.as_bytes(),
        )?)
    }
}

impl<T: ToJson> JsonText<T> {
    /// The JSON text of `value`.
    pub fn encode(value: &T) -> Self {
        let text = crate::wire::json::to_vec(value);
        // `to_json` writes UTF-8 JSON; a lossy conversion only guards the type's invariant.
        Self::from_text(
            String::from_utf8(text)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        )
    }
}

impl<T> Clone for JsonText<T> {
    fn clone(&self) -> Self {
        Self::from_text(self.text.clone())
    }
}

impl<T> PartialEq for JsonText<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> Eq for JsonText<T> {}

impl<T> std::hash::Hash for JsonText<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl<T> fmt::Debug for JsonText<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("JsonText").field(&self.text).finish()
    }
}

impl<T> fmt::Display for JsonText<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<T> From<String> for JsonText<T> {
    fn from(text: String) -> Self {
        Self::from_text(text)
    }
}

impl<T> From<&str> for JsonText<T> {
    fn from(text: &str) -> Self {
        Self::from_text(text)
    }
}

impl<T> FromJson for JsonText<T> {
    fn from_json(v: JsonValue<'_>) -> JsonResult<Self> {
        String::from_json(v).map(Self::from_text)
    }
}

impl<T> ToJson for JsonText<T> {
    fn to_json(&self, out: &mut Vec<u8>) {
        self.text.as_str().to_json(out);
    }
}

impl<T> crate::wire::params::ParamValue for JsonText<T> {
    fn push_values(&self, out: &mut Vec<String>) {
        out.push(self.text.clone());
    }
}

/// The string's own rules (`max_length`, `pattern`); the document inside is the server's to check.
impl<T> Validate for JsonText<T> {
    fn validate(&self, v: &mut Validator, rules: &Rules) {
        self.text.as_str().validate(v, rules);
    }
}

#[cfg(feature = "serde")]
impl<T> serde_core::Serialize for JsonText<T> {
    fn serialize<S: serde_core::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

#[cfg(feature = "serde")]
impl<'de, T> serde_core::Deserialize<'de> for JsonText<T> {
    fn deserialize<D: serde_core::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::from_text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_on_demand_and_keeps_the_text() {
        let t: JsonText<Vec<i64>> =
            FromJson::from_json(JsonValue::from(serde_json::json!("[1, 2]"))).unwrap();
        assert_eq!(t.as_str(), "[1, 2]");
        assert_eq!(t.decode().unwrap(), [1, 2]);
        assert_eq!(crate::wire::json::to_vec(&t), br#""[1, 2]""#);

        let bad: JsonText<Vec<i64>> = JsonText::from_text("[1, \"x\"]");
        assert_eq!(
            bad.decode().unwrap_err().to_string(),
            "[1]: invalid type: string \"x\", expected i64"
        );
        let broken: JsonText<Vec<i64>> = JsonText::from_text("[1,");
        assert!(broken.decode().is_err());

        let e: JsonText<Vec<i64>> = JsonText::encode(&vec![3, 4]);
        assert_eq!(e.as_str(), "[3,4]");
        // Not a string on the wire: refused like any other type mismatch.
        assert!(
            <JsonText<Vec<i64>> as FromJson>::from_json(JsonValue::from(serde_json::json!([1])))
                .is_err()
        );
    }
}
