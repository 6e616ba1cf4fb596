// Expansion of tests/fixtures/values.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Values
pub mod values {
    /// Power state of a server.
    pub type PowerState = i32;
    /// Used as: `UpdateServer` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ServerUpdate {
        /// `name`
        ///
        /// Required.
        pub name: ::std::string::String,
        /// `description`
        ///
        /// At most 16 characters.
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub description: ::core::option::Option<
            ::core::option::Option<::std::string::String>,
        >,
        /// `ipv6_subnet_id`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub ipv6_subnet_id: ::core::option::Option<
            ::core::option::Option<::std::string::String>,
        >,
        /// `owner`
        ///
        /// Required.
        pub owner: ::core::option::Option<::std::string::String>,
        /// `power_state`
        ///
        /// One of: `0`, `1`, `3`, `4`, `6`, `7`.
        pub power_state: ::core::option::Option<PowerState>,
    }
    impl ::generated_client::__private::ToJson for ServerUpdate {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("name", &self.name);
            o.opt("description", &self.description);
            o.opt("ipv6_subnet_id", &self.ipv6_subnet_id);
            o.field("owner", &self.owner);
            o.opt("power_state", &self.power_state);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ServerUpdate { #[inline]
        fn serialize < S : ::generated_client::__private::serde::Serializer > (& self, s
        : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for ServerUpdate { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (name, description,
        ipv6_subnet_id, owner, power_state,) = o.read(["name", "description",
        "ipv6_subnet_id", "owner", "power_state"]) ?; ::core::result::Result::Ok(Self {
        name, description, ipv6_subnet_id, owner, power_state }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ServerUpdate {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl ServerUpdate {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            name: impl ::core::convert::Into<::std::string::String>,
            owner: ::core::option::Option<::std::string::String>,
        ) -> Self {
            Self {
                name: name.into(),
                description: ::core::option::Option::None,
                ipv6_subnet_id: ::core::option::Option::None,
                owner,
                power_state: ::core::option::Option::None,
            }
        }
        /// Sets `description`.
        #[inline]
        pub fn description(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.description = ::core::option::Option::Some(
                ::core::option::Option::Some(value.into()),
            );
            self
        }
        /// Sets `ipv6_subnet_id`.
        #[inline]
        pub fn ipv6_subnet_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.ipv6_subnet_id = ::core::option::Option::Some(
                ::core::option::Option::Some(value.into()),
            );
            self
        }
        /// Sets `power_state`.
        #[inline]
        pub fn power_state(mut self, value: PowerState) -> Self {
            self.power_state = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for ServerUpdate {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    max_length: ::core::option::Option::Some(16u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("description", &self.description, &RULES);
            }
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    int_enum: ::core::option::Option::Some(
                        &[0i64, 1i64, 3i64, 4i64, 6i64, 7i64],
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("power_state", &self.power_state, &RULES);
            }
        }
    }
    /// Used as: `UpdateServer` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Server {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
        /// `power_state`
        ///
        /// Required. One of: `0`, `1`, `3`, `4`, `6`, `7`.
        pub power_state: PowerState,
        /// `description`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub description: ::core::option::Option<
            ::core::option::Option<::std::string::String>,
        >,
        /// `ipv6_subnet_id`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub ipv6_subnet_id: ::core::option::Option<
            ::core::option::Option<::std::string::String>,
        >,
    }
    impl ::generated_client::__private::FromJson for Server {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (id, power_state, description, ipv6_subnet_id) = o
                .read(["id", "power_state", "description", "ipv6_subnet_id"])?;
            ::core::result::Result::Ok(Self {
                id,
                power_state,
                description,
                ipv6_subnet_id,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Server
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Server { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(id : impl ::core::convert::Into < ::std::string::String >,
        power_state : PowerState) -> Self { Self { id : id.into(), power_state,
        description : ::core::option::Option::None, ipv6_subnet_id :
        ::core::option::Option::None } } #[doc = " Sets `description`."] #[inline] pub fn
        description(mut self, value : impl ::core::convert::Into < ::std::string::String
        >) -> Self { self.description =
        ::core::option::Option::Some(::core::option::Option::Some(value.into())); self }
        #[doc = " Sets `ipv6_subnet_id`."] #[inline] pub fn ipv6_subnet_id(mut self,
        value : impl ::core::convert::Into < ::std::string::String >) -> Self { self
        .ipv6_subnet_id = ::core::option::Option::Some(::core::option::Option::Some(value
        .into())); self } }
    }
    /// Used as: field `traces` of [`ListTracesResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Trace {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
        /// The traced request, as JSON text.
        pub request: ::core::option::Option<
            ::generated_client::__private::JsonText<TraceRequest>,
        >,
        /// `result`
        pub result: ::core::option::Option<
            ::generated_client::__private::JsonText<::std::vec::Vec<i64>>,
        >,
    }
    impl ::generated_client::__private::FromJson for Trace {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (id, request, result) = o.read(["id", "request", "result"])?;
            ::core::result::Result::Ok(Self { id, request, result })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Trace
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Trace { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(id : impl ::core::convert::Into < ::std::string::String >)
        -> Self { Self { id : id.into(), request : ::core::option::Option::None, result :
        ::core::option::Option::None } } #[doc =
        " Sets `request`: The traced request, as JSON text."] #[inline] pub fn
        request(mut self, value : ::generated_client::__private::JsonText < TraceRequest
        >) -> Self { self.request = ::core::option::Option::Some(value); self } #[doc =
        " Sets `result`."] #[inline] pub fn result(mut self, value :
        ::generated_client::__private::JsonText < ::std::vec::Vec < i64 > >) -> Self {
        self.result = ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ListTraces` parameter `filter`.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TraceFilter {
        /// `user`
        pub user: ::core::option::Option<::std::string::String>,
        /// `level`
        pub level: ::core::option::Option<TraceFilterLevel>,
    }
    impl ::generated_client::__private::ToJson for TraceFilter {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.opt("user", &self.user);
            o.opt("level", &self.level);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for TraceFilter { #[inline]
        fn serialize < S : ::generated_client::__private::serde::Serializer > (& self, s
        : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for TraceFilter { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (user, level,) = o
        .read(["user", "level"]) ?; ::core::result::Result::Ok(Self { user, level }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for TraceFilter {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl TraceFilter {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                user: ::core::option::Option::None,
                level: ::core::option::Option::None,
            }
        }
        /// Sets `user`.
        #[inline]
        pub fn user(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.user = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `level`.
        #[inline]
        pub fn level(mut self, value: TraceFilterLevel) -> Self {
            self.level = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for TraceFilter {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.field("level", &self.level, &::generated_client::__private::Rules::NONE);
        }
    }
    /// Used as: field `level` of [`TraceFilter`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum TraceFilterLevel {
        /// `normal`
        Normal,
        /// `warning`
        Warning,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl TraceFilterLevel {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["normal", "warning"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Normal => "normal",
                Self::Warning => "warning",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "normal" => Self::Normal,
                "warning" => Self::Warning,
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
    impl ::core::cmp::PartialEq for TraceFilterLevel {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for TraceFilterLevel {}
    impl ::core::hash::Hash for TraceFilterLevel {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for TraceFilterLevel {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for TraceFilterLevel {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for TraceFilterLevel { fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for TraceFilterLevel {
        fn deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >>
        (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for TraceFilterLevel { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ToJson for TraceFilterLevel {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            ::generated_client::__private::ToJson::to_json(self.as_str(), out)
        }
    }
    impl ::generated_client::__private::ParamValue for TraceFilterLevel {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for TraceFilterLevel {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: `ListTraces` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListTracesResponse {
        /// `traces`
        pub traces: ::core::option::Option<::std::vec::Vec<Trace>>,
    }
    impl ::generated_client::__private::FromJson for ListTracesResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (traces,) = o.read(["traces"])?;
            ::core::result::Result::Ok(Self { traces })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListTracesResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListTracesResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { traces : ::core::option::Option::None } }
        #[doc = " Sets `traces`."] #[inline] pub fn traces(mut self, value :
        ::std::vec::Vec < Trace >) -> Self { self.traces =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: field `request` of [`Trace`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TraceRequest {
        /// `action`
        ///
        /// Required.
        pub action: ::std::string::String,
        /// `count`
        pub count: ::core::option::Option<i32>,
    }
    impl ::generated_client::__private::FromJson for TraceRequest {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (action, count) = o.read(["action", "count"])?;
            ::core::result::Result::Ok(Self { action, count })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        TraceRequest { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl TraceRequest { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(action : impl ::core::convert::Into < ::std::string::String
        >) -> Self { Self { action : action.into(), count : ::core::option::Option::None
        } } #[doc = " Sets `count`."] #[inline] pub fn count(mut self, value : i32) ->
        Self { self.count = ::core::option::Option::Some(value); self } }
    }
    /// Request of [`Values::update_server`].
    ///
    /// `PUT /v1/servers/{server_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateServerRequest {
        /// `server_id`
        ///
        /// Path parameter `server_id`.
        ///
        /// Required. Example: `"s-1"`.
        pub server_id: ::std::string::String,
        /// Whether to hide system logs.
        ///
        /// Query parameter `hide_syslog`.
        ///
        /// One of: `0`, `1`.
        pub hide_syslog: ::core::option::Option<i32>,
        /// Request body.
        pub body: ServerUpdate,
    }
    impl UpdateServerRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            server_id: impl ::core::convert::Into<::std::string::String>,
            body: ServerUpdate,
        ) -> Self {
            Self {
                server_id: server_id.into(),
                hide_syslog: ::core::option::Option::None,
                body,
            }
        }
        /// Sets `hide_syslog`: Whether to hide system logs.
        #[inline]
        pub fn hide_syslog(mut self, value: i32) -> Self {
            self.hide_syslog = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for UpdateServerRequest {
        type Output = Server;
        type Error = UpdateServerError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "values",
            host: "values.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "UpdateServer",
            method: "PUT",
            path: "/v1/servers/{server_id}",
            content_type: ::core::option::Option::Some("application/json"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    int_enum: ::core::option::Option::Some(&[0i64, 1i64]),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("hide_syslog", &self.hide_syslog, &RULES);
            }
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("server_id", &self.server_id);
            r.query("hide_syslog", &self.hide_syslog);
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
                    _ => {
                        ::core::result::Result::Err(
                            UpdateServerError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for UpdateServerRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { server_id : example.param("server_id") ?,
        hide_syslog : example.param("hide_syslog") ?, body : example.body() ?, }) } }
    }
    /// Error statuses of [`Values::update_server`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateServerError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for UpdateServerError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for UpdateServerError {}
    impl ::generated_client::__private::OperationError for UpdateServerError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Values::list_traces`].
    ///
    /// `GET /v1/traces`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListTracesRequest {
        /// A JSON filter, as CTS and LTS take them.
        ///
        /// Query parameter `filter`.
        pub filter: ::core::option::Option<
            ::generated_client::__private::JsonText<TraceFilter>,
        >,
    }
    impl ListTracesRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                filter: ::core::option::Option::None,
            }
        }
        /// Sets `filter`: A JSON filter, as CTS and LTS take them.
        #[inline]
        pub fn filter(
            mut self,
            value: ::generated_client::__private::JsonText<TraceFilter>,
        ) -> Self {
            self.filter = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListTracesRequest {
        type Output = ListTracesResponse;
        type Error = ListTracesError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "values",
            host: "values.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListTraces",
            method: "GET",
            path: "/v1/traces",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("filter", &self.filter, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("filter", &self.filter);
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
                    _ => {
                        ::core::result::Result::Err(
                            ListTracesError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListTracesRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { filter : example.param("filter") ?, }) } }
    }
    /// Error statuses of [`Values::list_traces`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListTracesError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListTracesError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListTracesError {}
    impl ::generated_client::__private::OperationError for ListTracesError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Values service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Values(::generated_client::__private::Handle);
    impl Values {
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
        /// UpdateServer
        ///
        /// `PUT /v1/servers/{server_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`Server`]`>`, or [`Error`](generated_client::Error)`<`[`UpdateServerError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: values::UpdateServerRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = values::Values::new(&client).update_server(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn update_server(
            &self,
            request: UpdateServerRequest,
        ) -> ::generated_client::__private::Call<UpdateServerRequest> {
            self.0.send(request)
        }
        /// ListTraces
        ///
        /// `GET /v1/traces`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListTracesResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListTracesError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = values::ListTracesRequest::new();
        /// let response = values::Values::new(&client).list_traces(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_traces(
            &self,
            request: ListTracesRequest,
        ) -> ::generated_client::__private::Call<ListTracesRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < UpdateServerRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListTracesRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "values",
        host: "values.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/values.yaml")
        ),
        operations: &[
            <UpdateServerRequest as ::generated_client::__private::Operation>::META,
            <ListTracesRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&values::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/values.yaml");
