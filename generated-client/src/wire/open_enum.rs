//! Open enums (string enums that keep unknown values): the value of a large one ([`LargeEnum`]), and serde support:
//! generated `Serialize` and `Deserialize` impls and [`open_enum`](crate::wire::json::open_enum) read and write them
//! through these.

use std::fmt;

use serde_core::de::{self, Deserializer, Visitor};
use serde_core::ser::Serializer;

/// The value of an enum with many values (generated as a struct of constants, not a Rust enum): the index of a
/// listed value, or an unlisted value's text. Only [`LargeEnum::from_wire`] makes one from text, so a listed value is
/// always `Known` and the derived equality is equality of wire values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LargeEnum {
    /// The index of a value in the type's `VALUES`.
    Known(u32),
    /// A value the spec does not list.
    Unknown(Box<str>),
}

impl LargeEnum {
    /// The value for `s`, looked up in `sorted` (the listed values and their indexes, ordered by value).
    pub fn from_wire(s: &str, sorted: &[(&str, u32)]) -> Self {
        match sorted.binary_search_by(|(v, _)| (*v).cmp(s)) {
            Ok(i) => LargeEnum::Known(sorted[i].1),
            Err(_) => LargeEnum::Unknown(s.into()),
        }
    }

    /// The wire text, given the type's values in index order.
    pub fn as_str<'a>(&'a self, values: &'static [&'static str]) -> &'a str {
        match self {
            LargeEnum::Known(i) => values.get(*i as usize).copied().unwrap_or(""),
            LargeEnum::Unknown(s) => s,
        }
    }

    /// Whether the spec lists the value.
    pub fn is_known(&self) -> bool {
        matches!(self, LargeEnum::Known(_))
    }

    /// `Debug` as the enum's would be: the variant name, or `Unknown("text")`.
    pub fn debug(&self, names: &[&str], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LargeEnum::Known(i) => f.write_str(names.get(*i as usize).copied().unwrap_or("?")),
            LargeEnum::Unknown(s) => f.debug_tuple("Unknown").field(s).finish(),
        }
    }
}

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
    impl<'de> serde_core::Deserialize<'de> for Lang {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize_open_enum(d, Lang::from_wire)
        }
    }

    #[test]
    fn large_enums_look_values_up_and_keep_unknown_ones() {
        const VALUES: &[&str] = &["b", "a", "c"];
        const NAMES: &[&str] = &["B", "A", "C"];
        const SORTED: &[(&str, u32)] = &[("a", 1), ("b", 0), ("c", 2)];
        for (i, v) in VALUES.iter().enumerate() {
            let e = LargeEnum::from_wire(v, SORTED);
            assert_eq!(e, LargeEnum::Known(i as u32));
            assert_eq!(e.as_str(VALUES), *v);
            assert!(e.is_known());
        }
        let u = LargeEnum::from_wire("z", SORTED);
        assert_eq!(u, LargeEnum::Unknown("z".into()));
        assert_eq!(u.as_str(VALUES), "z");
        assert!(!u.is_known());
        struct D<'a>(&'a LargeEnum);
        impl fmt::Debug for D<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.debug(NAMES, f)
            }
        }
        assert_eq!(format!("{:?}", D(&LargeEnum::Known(1))), "A");
        assert_eq!(format!("{:?}", D(&u)), "Unknown(\"z\")");
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
