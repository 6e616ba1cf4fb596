// Expansion of tests/fixtures/nasty-names.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Nasty Names
pub mod nasty {
    /// Used as: `Type` response 400.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Problem {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `error_msg`
        pub error_msg: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for Problem {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_code, error_msg) = o.read(["error_code", "error_msg"])?;
            ::core::result::Result::Ok(Self { error_code, error_msg })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        Problem { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Problem { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { error_code :
        ::core::option::Option::None, error_msg : ::core::option::Option::None } } #[doc
        = " Sets `error_code`."] #[inline] pub fn error_code(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.error_code =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `error_msg`."]
        #[inline] pub fn error_msg(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.error_msg =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `none` of [`Thing`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Nothing {}
    impl ::generated_client::__private::ToJson for Nothing {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Nothing { #[inline] fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    impl ::generated_client::__private::FromJson for Nothing {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            ::core::result::Result::Ok(Self {})
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        Nothing { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    impl Nothing {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {}
        }
    }
    impl ::generated_client::__private::Validate for Nothing {}
    /// Used as: `Type` request body, `Type` response 200, `Async` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Thing {
        /// `type`
        ///
        /// Required.
        pub r#type: ::std::string::String,
        /// `o`
        pub o: ::core::option::Option<::std::string::String>,
        /// `v`
        pub v: ::core::option::Option<i32>,
        /// `none`
        pub none: ::core::option::Option<Nothing>,
        /// `self`
        pub self_: ::core::option::Option<::std::string::String>,
        /// `1st`
        pub _1st: ::core::option::Option<i64>,
        /// `a-b`
        pub a_b: ::core::option::Option<::std::string::String>,
        /// `a.b/c`
        pub a_b_c: ::core::option::Option<::std::string::String>,
        /// `名字`
        pub u540d_u5b57: ::core::option::Option<::std::string::String>,
        /// `__x__`
        pub x: ::core::option::Option<bool>,
        /// `async`
        pub r#async: ::core::option::Option<::std::string::String>,
        /// `crate`
        pub crate_: ::core::option::Option<::std::string::String>,
        /// `super`
        pub super_: ::core::option::Option<::std::string::String>,
        /// `gen`
        pub r#gen: ::core::option::Option<::std::string::String>,
        /// `r#type`
        pub r_type: ::core::option::Option<::std::string::String>,
        /// ``
        pub field: ::core::option::Option<::std::string::String>,
        /// `Unknown`
        pub unknown: ::core::option::Option<::std::string::String>,
        /// `body`
        pub body: ::core::option::Option<::std::string::String>,
        /// `kind`
        pub kind: ::core::option::Option<ThingKind>,
        /// `nested`
        pub nested: ::core::option::Option<ThingNested>,
    }
    impl ::generated_client::__private::ToJson for Thing {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("type", &self.r#type);
            o.opt("o", &self.o);
            o.opt("v", &self.v);
            o.opt("none", &self.none);
            o.opt("self", &self.self_);
            o.opt("1st", &self._1st);
            o.opt("a-b", &self.a_b);
            o.opt("a.b/c", &self.a_b_c);
            o.opt("名字", &self.u540d_u5b57);
            o.opt("__x__", &self.x);
            o.opt("async", &self.r#async);
            o.opt("crate", &self.crate_);
            o.opt("super", &self.super_);
            o.opt("gen", &self.r#gen);
            o.opt("r#type", &self.r_type);
            o.opt("", &self.field);
            o.opt("Unknown", &self.unknown);
            o.opt("body", &self.body);
            o.opt("kind", &self.kind);
            o.opt("nested", &self.nested);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Thing { #[inline] fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    impl ::generated_client::__private::FromJson for Thing {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (
                r#type,
                o,
                v,
                none,
                self_,
                _1st,
                a_b,
                a_b_c,
                u540d_u5b57,
                x,
                r#async,
                crate_,
            ) = o
                .read([
                    "type",
                    "o",
                    "v",
                    "none",
                    "self",
                    "1st",
                    "a-b",
                    "a.b/c",
                    "名字",
                    "__x__",
                    "async",
                    "crate",
                ])?;
            let (super_, r#gen, r_type, field, unknown, body, kind, nested) = o
                .read([
                    "super",
                    "gen",
                    "r#type",
                    "",
                    "Unknown",
                    "body",
                    "kind",
                    "nested",
                ])?;
            ::core::result::Result::Ok(Self {
                r#type,
                o,
                v,
                none,
                self_,
                _1st,
                a_b,
                a_b_c,
                u540d_u5b57,
                x,
                r#async,
                crate_,
                super_,
                r#gen,
                r_type,
                field,
                unknown,
                body,
                kind,
                nested,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Thing
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    impl Thing {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(r#type: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                r#type: r#type.into(),
                o: ::core::option::Option::None,
                v: ::core::option::Option::None,
                none: ::core::option::Option::None,
                self_: ::core::option::Option::None,
                _1st: ::core::option::Option::None,
                a_b: ::core::option::Option::None,
                a_b_c: ::core::option::Option::None,
                u540d_u5b57: ::core::option::Option::None,
                x: ::core::option::Option::None,
                r#async: ::core::option::Option::None,
                crate_: ::core::option::Option::None,
                super_: ::core::option::Option::None,
                r#gen: ::core::option::Option::None,
                r_type: ::core::option::Option::None,
                field: ::core::option::Option::None,
                unknown: ::core::option::Option::None,
                body: ::core::option::Option::None,
                kind: ::core::option::Option::None,
                nested: ::core::option::Option::None,
            }
        }
        /// Sets `o`.
        #[inline]
        pub fn o(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.o = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `v`.
        #[inline]
        pub fn v(mut self, value: i32) -> Self {
            self.v = ::core::option::Option::Some(value);
            self
        }
        /// Sets `none`.
        #[inline]
        pub fn none(mut self, value: Nothing) -> Self {
            self.none = ::core::option::Option::Some(value);
            self
        }
        /// Sets `self`.
        #[inline]
        pub fn self_(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.self_ = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `1st`.
        #[inline]
        pub fn _1st(mut self, value: i64) -> Self {
            self._1st = ::core::option::Option::Some(value);
            self
        }
        /// Sets `a-b`.
        #[inline]
        pub fn a_b(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.a_b = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `a.b/c`.
        #[inline]
        pub fn a_b_c(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.a_b_c = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `名字`.
        #[inline]
        pub fn u540d_u5b57(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.u540d_u5b57 = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `__x__`.
        #[inline]
        pub fn x(mut self, value: bool) -> Self {
            self.x = ::core::option::Option::Some(value);
            self
        }
        /// Sets `async`.
        #[inline]
        pub fn r#async(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.r#async = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `crate`.
        #[inline]
        pub fn crate_(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.crate_ = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `super`.
        #[inline]
        pub fn super_(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.super_ = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `gen`.
        #[inline]
        pub fn r#gen(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.r#gen = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `r#type`.
        #[inline]
        pub fn r_type(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.r_type = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets ``.
        #[inline]
        pub fn field(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.field = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `Unknown`.
        #[inline]
        pub fn unknown(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.unknown = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `body`.
        #[inline]
        pub fn body(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.body = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `kind`.
        #[inline]
        pub fn kind(mut self, value: ThingKind) -> Self {
            self.kind = ::core::option::Option::Some(value);
            self
        }
        /// Sets `nested`.
        #[inline]
        pub fn nested(mut self, value: ThingNested) -> Self {
            self.nested = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for Thing {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.field("none", &self.none, &::generated_client::__private::Rules::NONE);
            v.field("kind", &self.kind, &::generated_client::__private::Rules::NONE);
            v.field("nested", &self.nested, &::generated_client::__private::Rules::NONE);
        }
    }
    /// Used as: field `kind` of [`Thing`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ThingKind {
        /// `1`
        V1,
        /// `-`
        Empty,
        /// `Unknown`
        UnknownValue,
        /// `Self`
        Self_,
        /// `a-b`
        AB,
        /// `名字`
        U540dU5b57,
        /// `type`
        Type,
        /// `2nd`
        V2nd,
        /// `é`
        Ue9,
        /// `🙂`
        U1f642,
        /// `crate`
        Crate,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ThingKind {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &[
            "1",
            "-",
            "Unknown",
            "Self",
            "a-b",
            "名字",
            "type",
            "2nd",
            "é",
            "🙂",
            "crate",
        ];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::V1 => "1",
                Self::Empty => "-",
                Self::UnknownValue => "Unknown",
                Self::Self_ => "Self",
                Self::AB => "a-b",
                Self::U540dU5b57 => "名字",
                Self::Type => "type",
                Self::V2nd => "2nd",
                Self::Ue9 => "é",
                Self::U1f642 => "🙂",
                Self::Crate => "crate",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "1" => Self::V1,
                "-" => Self::Empty,
                "Unknown" => Self::UnknownValue,
                "Self" => Self::Self_,
                "a-b" => Self::AB,
                "名字" => Self::U540dU5b57,
                "type" => Self::Type,
                "2nd" => Self::V2nd,
                "é" => Self::Ue9,
                "🙂" => Self::U1f642,
                "crate" => Self::Crate,
                _ => Self::Unknown(s.to_owned()),
            }
        }
        /// Whether the spec lists this value.
        #[inline]
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, Self::Unknown(_))
        }
    }
    /// Values are equal when their wire values are.
    impl ::core::cmp::PartialEq for ThingKind {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ThingKind {}
    impl ::core::hash::Hash for ThingKind {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ThingKind {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ThingKind {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ThingKind { fn serialize
        < S : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ThingKind { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for ThingKind {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    impl ::generated_client::__private::ToJson for ThingKind {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            ::generated_client::__private::ToJson::to_json(self.as_str(), out)
        }
    }
    impl ::generated_client::__private::Validate for ThingKind {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: field `nested` of [`Thing`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ThingNested {
        /// `Self`
        pub self_: ::core::option::Option<::std::string::String>,
        /// `ß`
        pub udf: ::core::option::Option<i32>,
        /// `x y`
        pub x_y: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl ::generated_client::__private::ToJson for ThingNested {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.opt("Self", &self.self_);
            o.opt("ß", &self.udf);
            o.opt("x y", &self.x_y);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ThingNested { #[inline]
        fn serialize < S : ::generated_client::__private::serde::Serializer > (& self, s
        : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    impl ::generated_client::__private::FromJson for ThingNested {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (self_, udf, x_y) = o.read(["Self", "ß", "x y"])?;
            ::core::result::Result::Ok(Self { self_, udf, x_y })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ThingNested { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    impl ThingNested {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                self_: ::core::option::Option::None,
                udf: ::core::option::Option::None,
                x_y: ::core::option::Option::None,
            }
        }
        /// Sets `Self`.
        #[inline]
        pub fn self_(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.self_ = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `ß`.
        #[inline]
        pub fn udf(mut self, value: i32) -> Self {
            self.udf = ::core::option::Option::Some(value);
            self
        }
        /// Sets `x y`.
        #[inline]
        pub fn x_y(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
            self.x_y = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for ThingNested {}
    /// Request of [`Nasty::type`].
    ///
    /// `PUT /v1/{type}/{名字}/{x.y}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TypeRequest {
        /// `type`
        ///
        /// Path parameter `type`.
        ///
        /// Required. Example: `"t"`.
        pub r#type: ::std::string::String,
        /// `名字`
        ///
        /// Path parameter `名字`.
        ///
        /// Required. Example: `"n"`.
        pub u540d_u5b57: ::std::string::String,
        /// `x.y`
        ///
        /// Path parameter `x.y`.
        ///
        /// Required. Example: `"xy"`.
        pub x_y: ::std::string::String,
        /// `1st`
        ///
        /// Query parameter `1st`.
        pub _1st: ::core::option::Option<::std::string::String>,
        /// `a-b`
        ///
        /// Query parameter `a-b`.
        pub a_b: ::core::option::Option<::std::string::String>,
        /// `a.b/c`
        ///
        /// Query parameter `a.b/c`.
        pub a_b_c: ::core::option::Option<::std::string::String>,
        /// `async`
        ///
        /// Query parameter `async`.
        pub r#async: ::core::option::Option<::std::string::String>,
        /// `crate`
        ///
        /// Query parameter `crate`.
        pub crate_: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /// `self`
        ///
        /// Query parameter `self`.
        pub self_: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /// `X-Odd.Name~1`
        ///
        /// Header parameter `X-Odd.Name~1`.
        pub x_odd_name_1: ::core::option::Option<::std::string::String>,
        /// `__x__`
        ///
        /// Header parameter `__x__`.
        pub x: ::core::option::Option<::std::string::String>,
        /// Request body.
        pub body: Thing,
    }
    impl TypeRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            r#type: impl ::core::convert::Into<::std::string::String>,
            u540d_u5b57: impl ::core::convert::Into<::std::string::String>,
            x_y: impl ::core::convert::Into<::std::string::String>,
            body: Thing,
        ) -> Self {
            Self {
                r#type: r#type.into(),
                u540d_u5b57: u540d_u5b57.into(),
                x_y: x_y.into(),
                _1st: ::core::option::Option::None,
                a_b: ::core::option::Option::None,
                a_b_c: ::core::option::Option::None,
                r#async: ::core::option::Option::None,
                crate_: ::core::option::Option::None,
                self_: ::core::option::Option::None,
                x_odd_name_1: ::core::option::Option::None,
                x: ::core::option::Option::None,
                body,
            }
        }
        /// Sets `1st`.
        #[inline]
        pub fn _1st(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self._1st = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `a-b`.
        #[inline]
        pub fn a_b(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.a_b = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `a.b/c`.
        #[inline]
        pub fn a_b_c(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.a_b_c = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `async`.
        #[inline]
        pub fn r#async(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.r#async = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `crate`.
        #[inline]
        pub fn crate_(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
            self.crate_ = ::core::option::Option::Some(value);
            self
        }
        /// Sets `self`.
        #[inline]
        pub fn self_(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
            self.self_ = ::core::option::Option::Some(value);
            self
        }
        /// Sets `X-Odd.Name~1`.
        #[inline]
        pub fn x_odd_name_1(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.x_odd_name_1 = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `__x__`.
        #[inline]
        pub fn x(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.x = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for TypeRequest {
        type Output = Thing;
        type Error = TypeError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "nasty",
            host: "nasty.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "Type",
            method: "PUT",
            path: "/v1/{type}/{名字}/{x.y}",
            content_type: ::core::option::Option::Some("application/json"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("type", &self.r#type);
            r.path("名字", &self.u540d_u5b57);
            r.path("x.y", &self.x_y);
            r.query("1st", &self._1st);
            r.query("a-b", &self.a_b);
            r.query("a.b/c", &self.a_b_c);
            r.query("async", &self.r#async);
            r.query_csv("crate", &self.crate_);
            r.query("self", &self.self_);
            r.header("X-Odd.Name~1", &self.x_odd_name_1);
            r.header("__x__", &self.x);
            r.json(&self.body);
        }
        #[inline]
        fn decode(
            r: &::generated_client::__private::RawResponse,
        ) -> ::core::result::Result<
            ::core::result::Result<Self::Output, Self::Error>,
            ::generated_client::__private::DecodeError,
        > {
            ::core::result::Result::Ok(
                match r.status() {
                    200u16 => ::core::result::Result::Ok(r.json()?),
                    400u16 => {
                        ::core::result::Result::Err(
                            r.error_body(TypeError::BadRequest, TypeError::Unhandled),
                        )
                    }
                    _ => ::core::result::Result::Err(TypeError::Unhandled(r.unhandled())),
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for TypeRequest { #[inline] fn
        from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { r#type : example.param("type") ?, u540d_u5b57 :
        example.param("名字") ?, x_y : example.param("x.y") ?, _1st : example
        .param("1st") ?, a_b : example.param("a-b") ?, a_b_c : example.param("a.b/c") ?,
        r#async : example.param("async") ?, crate_ : example.param("crate") ?, self_ :
        example.param("self") ?, x_odd_name_1 : example.param("X-Odd.Name~1") ?, x :
        example.param("__x__") ?, body : example.body() ?, }) } }
    }
    /// Error statuses of [`Nasty::type`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum TypeError {
        /// 400 BadRequest: Bad request.
        BadRequest(Problem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for TypeError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for TypeError {}
    impl ::generated_client::__private::OperationError for TypeError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::BadRequest(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        400u16,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Nasty::async`].
    ///
    /// `GET /v1/things`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct AsyncRequest {}
    impl AsyncRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {}
        }
    }
    impl ::generated_client::__private::Operation for AsyncRequest {
        type Output = ::std::vec::Vec<Thing>;
        type Error = AsyncError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "nasty",
            host: "nasty.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "Async",
            method: "GET",
            path: "/v1/things",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {}
        #[inline]
        fn decode(
            r: &::generated_client::__private::RawResponse,
        ) -> ::core::result::Result<
            ::core::result::Result<Self::Output, Self::Error>,
            ::generated_client::__private::DecodeError,
        > {
            ::core::result::Result::Ok(
                match r.status() {
                    200u16 => ::core::result::Result::Ok(r.json()?),
                    _ => {
                        ::core::result::Result::Err(AsyncError::Unhandled(r.unhandled()))
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for AsyncRequest { #[inline] fn
        from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self {}) } }
    }
    /// Error statuses of [`Nasty::async`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum AsyncError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for AsyncError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for AsyncError {}
    impl ::generated_client::__private::OperationError for AsyncError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Nasty::crate_`].
    ///
    /// `DELETE /v1/things/{self}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CrateRequest {
        /// `self`
        ///
        /// Path parameter `self`.
        ///
        /// Required. Example: `"s"`.
        pub self_: ::std::string::String,
    }
    impl CrateRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(self_: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { self_: self_.into() }
        }
    }
    impl ::generated_client::__private::Operation for CrateRequest {
        type Output = ();
        type Error = CrateError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "nasty",
            host: "nasty.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "Crate",
            method: "DELETE",
            path: "/v1/things/{self}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("self", &self.self_);
        }
        #[inline]
        fn decode(
            r: &::generated_client::__private::RawResponse,
        ) -> ::core::result::Result<
            ::core::result::Result<Self::Output, Self::Error>,
            ::generated_client::__private::DecodeError,
        > {
            ::core::result::Result::Ok(
                match r.status() {
                    204u16 => ::core::result::Result::Ok(()),
                    _ => {
                        ::core::result::Result::Err(CrateError::Unhandled(r.unhandled()))
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for CrateRequest { #[inline] fn
        from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { self_ : example.param("self") ?, }) } }
    }
    /// Error statuses of [`Nasty::crate_`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CrateError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for CrateError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for CrateError {}
    impl ::generated_client::__private::OperationError for CrateError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Nasty Names service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Nasty(::generated_client::__private::Handle);
    impl Nasty {
        /// Calls of this service through `client` (a clone of it: the handle and its calls borrow nothing).
        #[inline]
        pub fn new(client: &::generated_client::__private::Client) -> Self {
            Self(::generated_client::__private::Handle::new(client))
        }
        /// Applies per-call options (timeout, retries, extra headers) to the calls made through this handle.
        #[inline]
        pub fn with_options(
            self,
            options: ::generated_client::__private::CallOptions,
        ) -> Self {
            Self(self.0.with_options(options))
        }
        /// Type
        ///
        /// `PUT /v1/{type}/{名字}/{x.y}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`Thing`]`>`, or [`Error`](generated_client::Error)`<`[`TypeError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: nasty::TypeRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = nasty::Nasty::new(&client).type(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn r#type(
            &self,
            request: TypeRequest,
        ) -> ::generated_client::__private::Call<TypeRequest> {
            self.0.send(request)
        }
        /// Async
        ///
        /// `GET /v1/things`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``Vec<Thing>``>`, or [`Error`](generated_client::Error)`<`[`AsyncError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = nasty::AsyncRequest::new();
        /// let response = nasty::Nasty::new(&client).async(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn r#async(
            &self,
            request: AsyncRequest,
        ) -> ::generated_client::__private::Call<AsyncRequest> {
            self.0.send(request)
        }
        /// Crate
        ///
        /// `DELETE /v1/things/{self}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`CrateError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = nasty::CrateRequest::new("s");
        /// let response = nasty::Nasty::new(&client).crate_(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn crate_(
            &self,
            request: CrateRequest,
        ) -> ::generated_client::__private::Call<CrateRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < TypeRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < AsyncRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < CrateRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "nasty",
        host: "nasty.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/nasty-names.yaml")
        ),
        operations: &[
            <TypeRequest as ::generated_client::__private::Operation>::META,
            <AsyncRequest as ::generated_client::__private::Operation>::META,
            <CrateRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&nasty::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/nasty-names.yaml");
