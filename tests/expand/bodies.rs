// Expansion of tests/fixtures/bodies.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Bodies
///
/// Request and response bodies that are not plain JSON.
pub mod bodies {
    /// Used as: `ImportDefinitions` response 400, `PutObject` response 400, `GetObject` response 404, `ExportReport` response 4XX, `UpdateImage` response 400, `BatchStopServers` response 400.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ErrorBody {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `error_msg`
        pub error_msg: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ErrorBody {
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
        ErrorBody { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ErrorBody { #[doc =
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
    /// Used as: `ImportDefinitions` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ImportForm {
        /// Whether to create a new API group.
        pub is_create_group: ::core::option::Option<bool>,
        /// API group ID.
        ///
        /// At most 64 characters.
        pub group_id: ::core::option::Option<::std::string::String>,
        /// `extend_mode`
        pub extend_mode: ::core::option::Option<ExtendMode>,
        /// `retries`
        ///
        /// 0 to 5.
        pub retries: ::core::option::Option<i32>,
        /// The Swagger file (JSON or YAML).
        ///
        /// Required.
        pub file_name: ::generated_client::__private::Binary,
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for ImportForm { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (is_create_group, group_id,
        extend_mode, retries, file_name,) = o.read(["is_create_group", "group_id",
        "extend_mode", "retries", "file_name"]) ?; ::core::result::Result::Ok(Self {
        is_create_group, group_id, extend_mode, retries, file_name }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ImportForm {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl ImportForm {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            file_name: impl ::core::convert::Into<::generated_client::__private::Binary>,
        ) -> Self {
            Self {
                is_create_group: ::core::option::Option::None,
                group_id: ::core::option::Option::None,
                extend_mode: ::core::option::Option::None,
                retries: ::core::option::Option::None,
                file_name: file_name.into(),
            }
        }
        /// Sets `is_create_group`: Whether to create a new API group.
        #[inline]
        pub fn is_create_group(mut self, value: bool) -> Self {
            self.is_create_group = ::core::option::Option::Some(value);
            self
        }
        /// Sets `group_id`: API group ID.
        #[inline]
        pub fn group_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.group_id = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `extend_mode`.
        #[inline]
        pub fn extend_mode(mut self, value: ExtendMode) -> Self {
            self.extend_mode = ::core::option::Option::Some(value);
            self
        }
        /// Sets `retries`.
        #[inline]
        pub fn retries(mut self, value: i32) -> Self {
            self.retries = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for ImportForm {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    max_length: ::core::option::Option::Some(64u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("group_id", &self.group_id, &RULES);
            }
            v.field(
                "extend_mode",
                &self.extend_mode,
                &::generated_client::__private::Rules::NONE,
            );
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    minimum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(0i64),
                    ),
                    maximum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(5i64),
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("retries", &self.retries, &RULES);
            }
        }
    }
    impl ::generated_client::__private::ToMultipart for ImportForm {
        #[inline]
        fn to_multipart(&self, m: &mut ::generated_client::__private::Multipart) {
            m.text("is_create_group", &self.is_create_group);
            m.text("group_id", &self.group_id);
            m.text("extend_mode", &self.extend_mode);
            m.text("retries", &self.retries);
            m.file("file_name", ::core::option::Option::Some(&self.file_name));
        }
    }
    /// Used as: field `extend_mode` of [`ImportForm`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ExtendMode {
        /// `merge`
        Merge,
        /// `override`
        Override,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ExtendMode {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["merge", "override"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Merge => "merge",
                Self::Override => "override",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "merge" => Self::Merge,
                "override" => Self::Override,
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
    impl ::core::cmp::PartialEq for ExtendMode {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ExtendMode {}
    impl ::core::hash::Hash for ExtendMode {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ExtendMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ExtendMode {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ExtendMode { fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ExtendMode { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for ExtendMode { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ParamValue for ExtendMode {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for ExtendMode {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: `UpdateImage` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PatchOperation {
        /// `op`
        ///
        /// Required.
        pub op: PatchOp,
        /// `path`
        ///
        /// Required. Matches `^/`.
        pub path: ::std::string::String,
        /// `value`
        pub value: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::ToJson for PatchOperation {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("op", &self.op);
            o.field("path", &self.path);
            o.opt("value", &self.value);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for PatchOperation {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for PatchOperation { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (op, path, value,) = o
        .read(["op", "path", "value"]) ?; ::core::result::Result::Ok(Self { op, path,
        value }) } } ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for PatchOperation {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl PatchOperation {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            op: PatchOp,
            path: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                op,
                path: path.into(),
                value: ::core::option::Option::None,
            }
        }
        /// Sets `value`.
        #[inline]
        pub fn value(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.value = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Validate for PatchOperation {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.field("op", &self.op, &::generated_client::__private::Rules::NONE);
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    pattern: ::core::option::Option::Some("^/"),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("path", &self.path, &RULES);
            }
        }
    }
    /// Used as: field `op` of [`PatchOperation`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum PatchOp {
        /// `replace`
        Replace,
        /// `add`
        Add,
        /// `remove`
        Remove,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl PatchOp {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["replace", "add", "remove"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Replace => "replace",
                Self::Add => "add",
                Self::Remove => "remove",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "replace" => Self::Replace,
                "add" => Self::Add,
                "remove" => Self::Remove,
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
    impl ::core::cmp::PartialEq for PatchOp {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for PatchOp {}
    impl ::core::hash::Hash for PatchOp {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for PatchOp {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for PatchOp {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for PatchOp { fn serialize <
        S : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for PatchOp { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for PatchOp { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ToJson for PatchOp {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            ::generated_client::__private::ToJson::to_json(self.as_str(), out)
        }
    }
    impl ::generated_client::__private::Validate for PatchOp {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: `ImportDefinitions` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ImportDefinitionsResponse {
        /// `imported`
        pub imported: ::core::option::Option<i32>,
        /// `group_id`
        pub group_id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ImportDefinitionsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (imported, group_id) = o.read(["imported", "group_id"])?;
            ::core::result::Result::Ok(Self { imported, group_id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ImportDefinitionsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ImportDefinitionsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { imported : ::core::option::Option::None,
        group_id : ::core::option::Option::None } } #[doc = " Sets `imported`."]
        #[inline] pub fn imported(mut self, value : i32) -> Self { self.imported =
        ::core::option::Option::Some(value); self } #[doc = " Sets `group_id`."]
        #[inline] pub fn group_id(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.group_id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `UpdateImage` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateImageResponse {
        /// `id`
        pub id: ::core::option::Option<::std::string::String>,
        /// `name`
        pub name: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for UpdateImageResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (id, name) = o.read(["id", "name"])?;
            ::core::result::Result::Ok(Self { id, name })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        UpdateImageResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl UpdateImageResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { id : ::core::option::Option::None, name :
        ::core::option::Option::None } } #[doc = " Sets `id`."] #[inline] pub fn id(mut
        self, value : impl ::core::convert::Into < ::std::string::String >) -> Self {
        self.id = ::core::option::Option::Some(value.into()); self } #[doc =
        " Sets `name`."] #[inline] pub fn name(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.name =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `BatchStopServers` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopServersBody {
        /// `servers`
        ///
        /// Required.
        pub servers: ::std::vec::Vec<::std::string::String>,
    }
    impl ::generated_client::__private::ToJson for BatchStopServersBody {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("servers", &self.servers);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for BatchStopServersBody {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for BatchStopServersBody { #[inline]
        fn from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (servers,) = o
        .read(["servers"]) ?; ::core::result::Result::Ok(Self { servers }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStopServersBody { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl BatchStopServersBody {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(servers: ::std::vec::Vec<::std::string::String>) -> Self {
            Self { servers }
        }
    }
    impl ::generated_client::__private::Validate for BatchStopServersBody {}
    /// Used as: `BatchStopServers` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopServersResponse {
        /// `job_id`
        pub job_id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for BatchStopServersResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (job_id,) = o.read(["job_id"])?;
            ::core::result::Result::Ok(Self { job_id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStopServersResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl BatchStopServersResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { job_id : ::core::option::Option::None } }
        #[doc = " Sets `job_id`."] #[inline] pub fn job_id(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.job_id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Request of [`Bodies::import_definitions`]: Import API definitions from a file.
    ///
    /// `POST /bodies/v2/{project_id}/instances/{instance_id}/import`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ImportDefinitionsRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"06e3a5f0c5f4d3a3f0e5c0b6a1b2c3d4"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `instance_id`
        ///
        /// Path parameter `instance_id`.
        ///
        /// Required. Example: `"eddc4d25480b4cd6b512f270a1b8b341"`.
        pub instance_id: ::std::string::String,
        /// The definitions file and how to import it.
        pub body: ImportForm,
    }
    impl ImportDefinitionsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            instance_id: impl ::core::convert::Into<::std::string::String>,
            body: ImportForm,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                instance_id: instance_id.into(),
                body,
            }
        }
        /// Sets `project_id`.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for ImportDefinitionsRequest {
        type Output = ImportDefinitionsResponse;
        type Error = ImportDefinitionsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ImportDefinitions",
            method: "POST",
            path: "/bodies/v2/{project_id}/instances/{instance_id}/import",
            content_type: ::core::option::Option::Some("multipart/form-data"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("instance_id", &self.instance_id);
            r.multipart(&self.body);
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
                            r
                                .error_body(
                                    ImportDefinitionsError::BadRequest,
                                    ImportDefinitionsError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ImportDefinitionsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ImportDefinitionsRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        instance_id : example.param("instance_id") ?, body : example.body() ?, }) } }
    }
    /// Error statuses of [`Bodies::import_definitions`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ImportDefinitionsError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ImportDefinitionsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ImportDefinitionsError {}
    impl ::generated_client::__private::OperationError for ImportDefinitionsError {
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
    /// Request of [`Bodies::put_object`]: Upload an object.
    ///
    /// `PUT /bodies/objects/{object_key}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PutObjectRequest {
        /// `object_key`
        ///
        /// Path parameter `object_key`.
        ///
        /// Required. Example: `"notes.txt"`.
        pub object_key: ::std::string::String,
        /// Request body.
        pub body: ::generated_client::__private::Binary,
    }
    impl PutObjectRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            object_key: impl ::core::convert::Into<::std::string::String>,
            body: impl ::core::convert::Into<::generated_client::__private::Binary>,
        ) -> Self {
            Self {
                object_key: object_key.into(),
                body: body.into(),
            }
        }
    }
    impl ::generated_client::__private::Operation for PutObjectRequest {
        type Output = ();
        type Error = PutObjectError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "PutObject",
            method: "PUT",
            path: "/bodies/objects/{object_key}",
            content_type: ::core::option::Option::Some("application/octet-stream"),
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("object_key", &self.object_key);
            r.binary(&self.body);
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
                    200u16 => ::core::result::Result::Ok(()),
                    400u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    PutObjectError::BadRequest,
                                    PutObjectError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            PutObjectError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for PutObjectRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { object_key : example.param("object_key") ?,
        body : example.body() ?, }) } }
    }
    /// Error statuses of [`Bodies::put_object`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PutObjectError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for PutObjectError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for PutObjectError {}
    impl ::generated_client::__private::OperationError for PutObjectError {
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
    /// Request of [`Bodies::get_object`]: Download an object.
    ///
    /// `GET /bodies/objects/{object_key}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct GetObjectRequest {
        /// `object_key`
        ///
        /// Path parameter `object_key`.
        ///
        /// Required. Example: `"notes.txt"`.
        pub object_key: ::std::string::String,
        /// `Range`
        ///
        /// Header parameter `Range`.
        ///
        /// Matches `^bytes=`. Example: `"bytes=0-4"`.
        pub range: ::core::option::Option<::std::string::String>,
    }
    impl GetObjectRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            object_key: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                object_key: object_key.into(),
                range: ::core::option::Option::None,
            }
        }
        /// Sets `Range`.
        #[inline]
        pub fn range(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.range = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for GetObjectRequest {
        type Output = GetObjectOutput;
        type Error = GetObjectError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "GetObject",
            method: "GET",
            path: "/bodies/objects/{object_key}",
            content_type: ::core::option::Option::None,
            streamed: &[(200u16, 200u16), (206u16, 206u16)],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    pattern: ::core::option::Option::Some("^bytes="),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("Range", &self.range, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("object_key", &self.object_key);
            r.header("Range", &self.range);
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
                    200u16 => {
                        ::core::result::Result::Ok(GetObjectOutput::Ok(r.byte_stream()))
                    }
                    206u16 => {
                        ::core::result::Result::Ok(
                            GetObjectOutput::PartialContent(r.byte_stream()),
                        )
                    }
                    404u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    GetObjectError::NotFound,
                                    GetObjectError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            GetObjectError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for GetObjectRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { object_key : example.param("object_key") ?,
        range : example.param("Range") ?, }) } }
    }
    /// Successful outcomes of [`Bodies::get_object`].
    #[derive(Debug)]
    #[non_exhaustive]
    pub enum GetObjectOutput {
        /// 200 Ok: The whole object.
        Ok(::generated_client::__private::ByteStream),
        /// 206 PartialContent: The requested range.
        PartialContent(::generated_client::__private::ByteStream),
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::DownloadOutput for GetObjectOutput {
        #[inline] fn into_download(self) -> ::core::option::Option <
        ::generated_client::__private::ByteStream > { match self { Self::Ok(b) =>
        ::generated_client::__private::DownloadOutput::into_download(b),
        Self::PartialContent(b) =>
        ::generated_client::__private::DownloadOutput::into_download(b), } } }
    }
    /// Error statuses of [`Bodies::get_object`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum GetObjectError {
        /// 404 NotFound
        NotFound(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for GetObjectError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for GetObjectError {}
    impl ::generated_client::__private::OperationError for GetObjectError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::NotFound(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        404u16,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Bodies::export_report`]: Download a report as a PDF.
    ///
    /// `GET /bodies/reports/{report_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ExportReportRequest {
        /// `report_id`
        ///
        /// Path parameter `report_id`.
        ///
        /// Required. Example: `"r-1"`.
        pub report_id: ::std::string::String,
    }
    impl ExportReportRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            report_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                report_id: report_id.into(),
            }
        }
    }
    impl ::generated_client::__private::Operation for ExportReportRequest {
        type Output = ::generated_client::__private::ByteStream;
        type Error = ExportReportError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ExportReport",
            method: "GET",
            path: "/bodies/reports/{report_id}",
            content_type: ::core::option::Option::None,
            streamed: &[(200u16, 200u16)],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("report_id", &self.report_id);
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
                    200u16 => ::core::result::Result::Ok(r.byte_stream()),
                    400u16..=499u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    ExportReportError::ClientError,
                                    ExportReportError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ExportReportError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ExportReportRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { report_id : example.param("report_id") ?, }) }
        }
    }
    /// Error statuses of [`Bodies::export_report`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ExportReportError {
        /// Any 4xx status (4XX); with the status received
        ClientError(u16, ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ExportReportError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ExportReportError {}
    impl ::generated_client::__private::OperationError for ExportReportError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::ClientError(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Bodies::update_image`]: Update an image (JSON patch).
    ///
    /// `PATCH /bodies/v2/images/{image_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateImageRequest {
        /// `image_id`
        ///
        /// Path parameter `image_id`.
        ///
        /// Required. Example: `"33ad552d-1149-471c-8afd-a7fc8e8c8d2a"`.
        pub image_id: ::std::string::String,
        /// Request body.
        pub operations: ::std::vec::Vec<PatchOperation>,
    }
    impl UpdateImageRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            image_id: impl ::core::convert::Into<::std::string::String>,
            operations: ::std::vec::Vec<PatchOperation>,
        ) -> Self {
            Self {
                image_id: image_id.into(),
                operations,
            }
        }
    }
    impl ::generated_client::__private::Operation for UpdateImageRequest {
        type Output = UpdateImageResponse;
        type Error = UpdateImageError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "UpdateImage",
            method: "PATCH",
            path: "/bodies/v2/images/{image_id}",
            content_type: ::core::option::Option::Some(
                "application/openstack-images-v2.1-json-patch",
            ),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_items: ::core::option::Option::Some(1u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("operations", &self.operations, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("image_id", &self.image_id);
            r.json(&self.operations);
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
                            r
                                .error_body(
                                    UpdateImageError::BadRequest,
                                    UpdateImageError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            UpdateImageError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for UpdateImageRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { image_id : example.param("image_id") ?,
        operations : example.body() ?, }) } }
    }
    /// Error statuses of [`Bodies::update_image`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateImageError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for UpdateImageError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for UpdateImageError {}
    impl ::generated_client::__private::OperationError for UpdateImageError {
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
    /// Request of [`Bodies::batch_stop_servers`]: Stop servers (JSON with a charset).
    ///
    /// `POST /bodies/v1/{project_id}/cloudservers/action`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopServersRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"06e3a5f0c5f4d3a3f0e5c0b6a1b2c3d4"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Request body.
        pub body: BatchStopServersBody,
    }
    impl BatchStopServersRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(body: BatchStopServersBody) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                body,
            }
        }
        /// Sets `project_id`.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for BatchStopServersRequest {
        type Output = BatchStopServersResponse;
        type Error = BatchStopServersError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "BatchStopServers",
            method: "POST",
            path: "/bodies/v1/{project_id}/cloudservers/action",
            content_type: ::core::option::Option::Some("application/json;charset=UTF-8"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
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
                            r
                                .error_body(
                                    BatchStopServersError::BadRequest,
                                    BatchStopServersError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            BatchStopServersError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for BatchStopServersRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        body : example.body() ?, }) } }
    }
    /// Error statuses of [`Bodies::batch_stop_servers`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum BatchStopServersError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for BatchStopServersError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for BatchStopServersError {}
    impl ::generated_client::__private::OperationError for BatchStopServersError {
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
    /// Request of [`Bodies::show_version`]: The service's version, as text.
    ///
    /// `GET /bodies/version`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowVersionRequest {
        /// Whether to add build details.
        ///
        /// Query parameter `detail`.
        ///
        /// Example: `false`.
        pub detail: ::core::option::Option<bool>,
    }
    impl ShowVersionRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                detail: ::core::option::Option::None,
            }
        }
        /// Sets `detail`: Whether to add build details.
        #[inline]
        pub fn detail(mut self, value: bool) -> Self {
            self.detail = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ShowVersionRequest {
        type Output = ::std::string::String;
        type Error = ShowVersionError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowVersion",
            method: "GET",
            path: "/bodies/version",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("detail", &self.detail);
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
                    200u16 => ::core::result::Result::Ok(r.text()?),
                    400u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_text(
                                    ShowVersionError::BadRequest,
                                    ShowVersionError::Unhandled,
                                ),
                        )
                    }
                    500u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_text(
                                    ShowVersionError::InternalServerError,
                                    ShowVersionError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ShowVersionError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowVersionRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { detail : example.param("detail") ?, }) } }
    }
    /// Error statuses of [`Bodies::show_version`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowVersionError {
        /// 400 BadRequest
        BadRequest(::std::string::String),
        /// 500 InternalServerError
        InternalServerError(::std::string::String),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowVersionError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowVersionError {}
    impl ::generated_client::__private::OperationError for ShowVersionError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::BadRequest(_) => {
                    ::generated_client::__private::ErrorParts::status(400u16)
                }
                Self::InternalServerError(_) => {
                    ::generated_client::__private::ErrorParts::status(500u16)
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Bodies::echo`]: Echo a text body.
    ///
    /// `POST /bodies/echo`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct EchoRequest {
        /// Request body.
        pub body: ::std::string::String,
    }
    impl EchoRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(body: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { body: body.into() }
        }
    }
    impl ::generated_client::__private::Operation for EchoRequest {
        type Output = ::std::string::String;
        type Error = EchoError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "bodies",
            host: "bodies.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "Echo",
            method: "POST",
            path: "/bodies/echo",
            content_type: ::core::option::Option::Some("text/plain; charset=utf-8"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_length: ::core::option::Option::Some(1u64),
                    max_length: ::core::option::Option::Some(100u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("body", &self.body, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.text(&self.body);
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
                    200u16 => ::core::result::Result::Ok(r.text()?),
                    400u16..=499u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_text(
                                    EchoError::ClientError,
                                    EchoError::Unhandled,
                                ),
                        )
                    }
                    _ => ::core::result::Result::Err(EchoError::Unhandled(r.unhandled())),
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for EchoRequest { #[inline] fn
        from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { body : example.body() ?, }) } }
    }
    /// Error statuses of [`Bodies::echo`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum EchoError {
        /// Any 4xx status (4XX); with the status received
        ClientError(u16, ::std::string::String),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for EchoError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for EchoError {}
    impl ::generated_client::__private::OperationError for EchoError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::ClientError(status, _) => {
                    ::generated_client::__private::ErrorParts::status(*status)
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Bodies service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Bodies(::generated_client::__private::Handle);
    impl Bodies {
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
        /// Import API definitions from a file
        ///
        /// `POST /bodies/v2/{project_id}/instances/{instance_id}/import`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ImportDefinitionsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ImportDefinitionsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: bodies::ImportDefinitionsRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = bodies::Bodies::new(&client).import_definitions(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn import_definitions(
            &self,
            request: ImportDefinitionsRequest,
        ) -> ::generated_client::__private::Call<ImportDefinitionsRequest> {
            self.0.send(request)
        }
        /// Upload an object
        ///
        /// `PUT /bodies/objects/{object_key}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`PutObjectError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: bodies::PutObjectRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = bodies::Bodies::new(&client).put_object(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn put_object(
            &self,
            request: PutObjectRequest,
        ) -> ::generated_client::__private::Call<PutObjectRequest> {
            self.0.send(request)
        }
        /// Download an object
        ///
        /// `GET /bodies/objects/{object_key}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`GetObjectOutput`]`>`, or [`Error`](generated_client::Error)`<`[`GetObjectError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = bodies::GetObjectRequest::new("notes.txt");
        /// let response = bodies::Bodies::new(&client).get_object(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn get_object(
            &self,
            request: GetObjectRequest,
        ) -> ::generated_client::__private::Call<GetObjectRequest> {
            self.0.send(request)
        }
        /// Download a report as a PDF
        ///
        /// `GET /bodies/reports/{report_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``ByteStream``>`, or [`Error`](generated_client::Error)`<`[`ExportReportError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = bodies::ExportReportRequest::new("r-1");
        /// let response = bodies::Bodies::new(&client).export_report(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn export_report(
            &self,
            request: ExportReportRequest,
        ) -> ::generated_client::__private::Call<ExportReportRequest> {
            self.0.send(request)
        }
        /// Update an image (JSON patch)
        ///
        /// `PATCH /bodies/v2/images/{image_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`UpdateImageResponse`]`>`, or [`Error`](generated_client::Error)`<`[`UpdateImageError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: bodies::UpdateImageRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = bodies::Bodies::new(&client).update_image(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn update_image(
            &self,
            request: UpdateImageRequest,
        ) -> ::generated_client::__private::Call<UpdateImageRequest> {
            self.0.send(request)
        }
        /// Stop servers (JSON with a charset)
        ///
        /// `POST /bodies/v1/{project_id}/cloudservers/action`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`BatchStopServersResponse`]`>`, or [`Error`](generated_client::Error)`<`[`BatchStopServersError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: bodies::BatchStopServersRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = bodies::Bodies::new(&client).batch_stop_servers(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn batch_stop_servers(
            &self,
            request: BatchStopServersRequest,
        ) -> ::generated_client::__private::Call<BatchStopServersRequest> {
            self.0.send(request)
        }
        /// The service's version, as text
        ///
        /// `GET /bodies/version`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``String``>`, or [`Error`](generated_client::Error)`<`[`ShowVersionError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = bodies::ShowVersionRequest::new();
        /// let response = bodies::Bodies::new(&client).show_version(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_version(
            &self,
            request: ShowVersionRequest,
        ) -> ::generated_client::__private::Call<ShowVersionRequest> {
            self.0.send(request)
        }
        /// Echo a text body
        ///
        /// `POST /bodies/echo`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``String``>`, or [`Error`](generated_client::Error)`<`[`EchoError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = bodies::EchoRequest::new("…");
        /// let response = bodies::Bodies::new(&client).echo(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn echo(
            &self,
            request: EchoRequest,
        ) -> ::generated_client::__private::Call<EchoRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ImportDefinitionsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < PutObjectRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract_download:: < GetObjectRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract_download:: < ExportReportRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < UpdateImageRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < BatchStopServersRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowVersionRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < EchoRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "bodies",
        host: "bodies.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/bodies.yaml")
        ),
        operations: &[
            <ImportDefinitionsRequest as ::generated_client::__private::Operation>::META,
            <PutObjectRequest as ::generated_client::__private::Operation>::META,
            <GetObjectRequest as ::generated_client::__private::Operation>::META,
            <ExportReportRequest as ::generated_client::__private::Operation>::META,
            <UpdateImageRequest as ::generated_client::__private::Operation>::META,
            <BatchStopServersRequest as ::generated_client::__private::Operation>::META,
            <ShowVersionRequest as ::generated_client::__private::Operation>::META,
            <EchoRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&bodies::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/bodies.yaml");
