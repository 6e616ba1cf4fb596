//! Serde support for open enums (string enums that keep unknown values): generated `Serialize` and `Deserialize`
//! impls and [`open_enum`](crate::wire::json::open_enum) read and write them through these.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

/// Serializes an open enum by its wire string.
pub fn serialize_str<S: Serializer>(s: &str, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s)
}

/// Deserializes an open enum: any string maps through `from_wire` (unknown values become `Unknown(..)`).
///
/// Booleans and numbers are accepted as their text too, since several services send `true` or `1` where the
/// docs promise a string enum.
pub fn deserialize_open_enum<'de, D: Deserializer<'de>, T>(
    d: D,
    from_wire: fn(&str) -> T,
) -> Result<T, D::Error> {
    struct Open<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for Open<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
            Ok((self.0)(if v { "true" } else { "false" }))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
            Ok((self.0)(&v.to_string()))
        }
    }
    d.deserialize_any(Open(from_wire))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Lang {
        EnUs,
        Unknown(String),
    }
    impl Lang {
        fn from_wire(s: &str) -> Self {
            if s == "en-us" {
                Lang::EnUs
            } else {
                Lang::Unknown(s.to_owned())
            }
        }
    }
    impl<'de> serde::Deserialize<'de> for Lang {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_open_enum(d, Lang::from_wire)
        }
    }

    #[test]
    fn open_enums_accept_unknown_and_non_string_values() {
        let got: Vec<Lang> = serde_json::from_str(r#"["en-us","fr-fr",true,7]"#).unwrap();
        assert_eq!(
            got,
            [
                Lang::EnUs,
                Lang::Unknown("fr-fr".into()),
                Lang::Unknown("true".into()),
                Lang::Unknown("7".into())
            ]
        );
        assert!(serde_json::from_str::<Lang>("null").is_err());
        let mut out = Vec::new();
        serialize_str("zh-cn", &mut serde_json::Serializer::new(&mut out)).unwrap();
        assert_eq!(out, b"\"zh-cn\"");
    }
}
