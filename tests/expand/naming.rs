// Expansion of tests/fixtures/naming.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Naming
pub mod naming {
    /// Used as: `ShowThing` response 200, field `things` of [`ListThingsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Thing {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `errorCode`
        pub camel_error_code: ::core::option::Option<::std::string::String>,
        /// `__os_version`
        pub dunder_os_version: ::core::option::Option<::std::string::String>,
        /// `os_version`
        pub os_version: ::core::option::Option<::std::string::String>,
        /// `accessIPv4`
        pub access_ipv4: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for Thing {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (
                error_code,
                camel_error_code,
                dunder_os_version,
                os_version,
                access_ipv4,
            ) = o
                .read([
                    "error_code",
                    "errorCode",
                    "__os_version",
                    "os_version",
                    "accessIPv4",
                ])?;
            ::core::result::Result::Ok(Self {
                error_code,
                camel_error_code,
                dunder_os_version,
                os_version,
                access_ipv4,
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
    ::generated_client::__private::if_test_util! {
        impl Thing { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { error_code :
        ::core::option::Option::None, camel_error_code : ::core::option::Option::None,
        dunder_os_version : ::core::option::Option::None, os_version :
        ::core::option::Option::None, access_ipv4 : ::core::option::Option::None } }
        #[doc = " Sets `error_code`."] #[inline] pub fn error_code(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.error_code =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `errorCode`."]
        #[inline] pub fn camel_error_code(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.camel_error_code =
        ::core::option::Option::Some(value.into()); self } #[doc =
        " Sets `__os_version`."] #[inline] pub fn dunder_os_version(mut self, value :
        impl ::core::convert::Into < ::std::string::String >) -> Self { self
        .dunder_os_version = ::core::option::Option::Some(value.into()); self } #[doc =
        " Sets `os_version`."] #[inline] pub fn os_version(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.os_version =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `accessIPv4`."]
        #[inline] pub fn access_ipv4(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.access_ipv4 =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `ListThings` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListThingsResponse {
        /// `things`
        pub things: ::core::option::Option<::std::vec::Vec<Thing>>,
    }
    impl ::generated_client::__private::FromJson for ListThingsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (things,) = o.read(["things"])?;
            ::core::result::Result::Ok(Self { things })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListThingsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListThingsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { things : ::core::option::Option::None } }
        #[doc = " Sets `things`."] #[inline] pub fn things(mut self, value :
        ::std::vec::Vec < Thing >) -> Self { self.things =
        ::core::option::Option::Some(value); self } }
    }
    /// Request of [`Naming::show_thing`].
    ///
    /// `GET /v1/things/{thing_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowThingRequest {
        /// `thing_id`
        ///
        /// Path parameter `thing_id`.
        ///
        /// Required. Example: `"t-1"`.
        pub thing_id: ::std::string::String,
        /// `IPv4CIDR`
        ///
        /// Query parameter `IPv4CIDR`.
        pub ipv4_cidr: ::core::option::Option<::std::string::String>,
    }
    impl ShowThingRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(thing_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                thing_id: thing_id.into(),
                ipv4_cidr: ::core::option::Option::None,
            }
        }
        /// Sets `IPv4CIDR`.
        #[inline]
        pub fn ipv4_cidr(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.ipv4_cidr = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for ShowThingRequest {
        type Output = Thing;
        type Error = ShowThingError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "naming",
            host: "naming.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowThing",
            method: "GET",
            path: "/v1/things/{thing_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("thing_id", &self.thing_id);
            r.query("IPv4CIDR", &self.ipv4_cidr);
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
                            ShowThingError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowThingRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { thing_id : example.param("thing_id") ?,
        ipv4_cidr : example.param("IPv4CIDR") ?, }) } }
    }
    /// Error statuses of [`Naming::show_thing`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowThingError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowThingError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowThingError {}
    impl ::generated_client::__private::OperationError for ShowThingError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Naming::list_things`].
    ///
    /// `GET /v1/things`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListThingsRequest {}
    impl ListThingsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {}
        }
    }
    impl ::generated_client::__private::Operation for ListThingsRequest {
        type Output = ListThingsResponse;
        type Error = ListThingsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "naming",
            host: "naming.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListThings",
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
                        ::core::result::Result::Err(
                            ListThingsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListThingsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self {}) } }
    }
    /// Error statuses of [`Naming::list_things`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListThingsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListThingsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListThingsError {}
    impl ::generated_client::__private::OperationError for ListThingsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Naming service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Naming(::generated_client::__private::Handle);
    impl Naming {
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
        /// ShowThing
        ///
        /// `GET /v1/things/{thing_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`Thing`]`>`, or [`Error`](generated_client::Error)`<`[`ShowThingError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = naming::ShowThingRequest::new("t-1");
        /// let response = naming::Naming::new(&client).show_thing(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_thing(
            &self,
            request: ShowThingRequest,
        ) -> ::generated_client::__private::Call<ShowThingRequest> {
            self.0.send(request)
        }
        /// ListThings
        ///
        /// `GET /v1/things`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListThingsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListThingsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = naming::ListThingsRequest::new();
        /// let response = naming::Naming::new(&client).list_things(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_things(
            &self,
            request: ListThingsRequest,
        ) -> ::generated_client::__private::Call<ListThingsRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ShowThingRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListThingsRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "naming",
        host: "naming.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/naming.yaml")
        ),
        operations: &[
            <ShowThingRequest as ::generated_client::__private::Operation>::META,
            <ListThingsRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&naming::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/naming.yaml");
