// Expansion of tests/fixtures/limits.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Limits
pub mod limits {
    /// Used as: `PutLabels` parameter `sku`, field `alias` of [`Labels`].
    pub type Sku = ::std::string::String;
    /// Used as: field `note` of [`Labels`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Note {
        /// `text`
        ///
        /// At most 5 characters.
        pub text: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::ToJson for Note {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.opt("text", &self.text);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Note { #[inline] fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for Note { #[inline] fn from_json(v
        : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (text,) = o.read(["text"])
        ?; ::core::result::Result::Ok(Self { text }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for Note { #[inline] fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl Note {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                text: ::core::option::Option::None,
            }
        }
        /// Sets `text`.
        #[inline]
        pub fn text(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Validate for Note {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    max_length: ::core::option::Option::Some(5u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("text", &self.text, &RULES);
            }
        }
    }
    /// Used as: `PutLabels` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Labels {
        /// `labels`
        ///
        /// Required.
        pub labels: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        /// `alias`
        ///
        /// 3 to 8 characters. Matches `^[A-Z0-9-]+$`.
        pub alias: ::core::option::Option<Sku>,
        /// `note`
        ///
        /// Required.
        pub note: ::core::option::Option<Note>,
    }
    impl ::generated_client::__private::ToJson for Labels {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("labels", &self.labels);
            o.opt("alias", &self.alias);
            o.field("note", &self.note);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Labels { #[inline] fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for Labels { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (labels, alias, note,) = o
        .read(["labels", "alias", "note"]) ?; ::core::result::Result::Ok(Self { labels,
        alias, note }) } } ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for Labels { #[inline]
        fn deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >>
        (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl Labels {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            labels: ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::string::String,
            >,
            note: ::core::option::Option<Note>,
        ) -> Self {
            Self {
                labels,
                alias: ::core::option::Option::None,
                note,
            }
        }
        /// Sets `alias`.
        #[inline]
        pub fn alias(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.alias = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Validate for Labels {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    items: ::core::option::Option::Some(
                        &::generated_client::__private::Rules {
                            max_length: ::core::option::Option::Some(4u64),
                            ..::generated_client::__private::Rules::NONE
                        },
                    ),
                    keys: ::core::option::Option::Some(
                        &::generated_client::__private::Rules {
                            max_length: ::core::option::Option::Some(16u64),
                            pattern: ::core::option::Option::Some("^[a-z][a-z0-9-]*$"),
                            ..::generated_client::__private::Rules::NONE
                        },
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("labels", &self.labels, &RULES);
            }
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_length: ::core::option::Option::Some(3u64),
                    max_length: ::core::option::Option::Some(8u64),
                    pattern: ::core::option::Option::Some("^[A-Z0-9-]+$"),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("alias", &self.alias, &RULES);
            }
            v.field("note", &self.note, &::generated_client::__private::Rules::NONE);
        }
    }
    /// Used as: `ListLabels` parameter `X-Mode`.
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ListLabelsXMode {
        /// `fast`
        Fast,
        /// `safe`
        Safe,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ListLabelsXMode {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["fast", "safe"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Fast => "fast",
                Self::Safe => "safe",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "fast" => Self::Fast,
                "safe" => Self::Safe,
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
    impl ::core::cmp::PartialEq for ListLabelsXMode {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ListLabelsXMode {}
    impl ::core::hash::Hash for ListLabelsXMode {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ListLabelsXMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ListLabelsXMode {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ListLabelsXMode { fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ListLabelsXMode {
        fn deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >>
        (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for ListLabelsXMode { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ParamValue for ListLabelsXMode {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for ListLabelsXMode {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Request of [`Limits::put_labels`].
    ///
    /// `PUT /v1/labels/{sku}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PutLabelsRequest {
        /// `sku`
        ///
        /// Path parameter `sku`.
        ///
        /// Required. 3 to 8 characters. Matches `^[A-Z0-9-]+$`. Example: `"ABC-1"`.
        pub sku: Sku,
        /// Request body.
        pub body: Labels,
    }
    impl PutLabelsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            sku: impl ::core::convert::Into<::std::string::String>,
            body: Labels,
        ) -> Self {
            Self { sku: sku.into(), body }
        }
    }
    impl ::generated_client::__private::Operation for PutLabelsRequest {
        type Output = ();
        type Error = PutLabelsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "limits",
            host: "limits.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "PutLabels",
            method: "PUT",
            path: "/v1/labels/{sku}",
            content_type: ::core::option::Option::Some("application/json"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_length: ::core::option::Option::Some(3u64),
                    max_length: ::core::option::Option::Some(8u64),
                    pattern: ::core::option::Option::Some("^[A-Z0-9-]+$"),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("sku", &self.sku, &RULES);
            }
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("sku", &self.sku);
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
                    204u16 => ::core::result::Result::Ok(()),
                    _ => {
                        ::core::result::Result::Err(
                            PutLabelsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for PutLabelsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { sku : example.param("sku") ?, body : example
        .body() ?, }) } }
    }
    /// Error statuses of [`Limits::put_labels`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PutLabelsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for PutLabelsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for PutLabelsError {}
    impl ::generated_client::__private::OperationError for PutLabelsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Limits::list_labels`].
    ///
    /// `GET /v1/labels`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListLabelsRequest {
        /// `verbose`
        ///
        /// Query parameter `verbose`. When unset, nothing is sent and the server uses `false`.
        pub verbose: ::core::option::Option<bool>,
        /// `X-Mode`
        ///
        /// Header parameter `X-Mode`. Default: `"fast"`, sent when unset.
        pub x_mode: ::core::option::Option<ListLabelsXMode>,
    }
    impl ListLabelsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                verbose: ::core::option::Option::None,
                x_mode: ::core::option::Option::Some(ListLabelsXMode::from_wire("fast")),
            }
        }
        /// Sets `verbose`.
        #[inline]
        pub fn verbose(mut self, value: bool) -> Self {
            self.verbose = ::core::option::Option::Some(value);
            self
        }
        /// Sets `X-Mode`.
        #[inline]
        pub fn x_mode(mut self, value: ListLabelsXMode) -> Self {
            self.x_mode = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListLabelsRequest {
        type Output = ::generated_client::__private::serde_json::Map<
            ::std::string::String,
            ::generated_client::__private::serde_json::Value,
        >;
        type Error = ListLabelsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "limits",
            host: "limits.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListLabels",
            method: "GET",
            path: "/v1/labels",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("X-Mode", &self.x_mode, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("verbose", &self.verbose);
            r.header("X-Mode", &self.x_mode);
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
                            ListLabelsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListLabelsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { verbose : example.param("verbose") ?, x_mode :
        example.param("X-Mode") ?, }) } }
    }
    /// Error statuses of [`Limits::list_labels`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListLabelsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListLabelsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListLabelsError {}
    impl ::generated_client::__private::OperationError for ListLabelsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Limits service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Limits(::generated_client::__private::Handle);
    impl Limits {
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
        /// PutLabels
        ///
        /// `PUT /v1/labels/{sku}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`PutLabelsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: limits::PutLabelsRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = limits::Limits::new(&client).put_labels(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn put_labels(
            &self,
            request: PutLabelsRequest,
        ) -> ::generated_client::__private::Call<PutLabelsRequest> {
            self.0.send(request)
        }
        /// ListLabels
        ///
        /// `GET /v1/labels`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``serde_json::Map<String, serde_json::Value>``>`, or [`Error`](generated_client::Error)`<`[`ListLabelsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = limits::ListLabelsRequest::new();
        /// let response = limits::Limits::new(&client).list_labels(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_labels(
            &self,
            request: ListLabelsRequest,
        ) -> ::generated_client::__private::Call<ListLabelsRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < PutLabelsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListLabelsRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "limits",
        host: "limits.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/limits.yaml")
        ),
        operations: &[
            <PutLabelsRequest as ::generated_client::__private::Operation>::META,
            <ListLabelsRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&limits::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/limits.yaml");
