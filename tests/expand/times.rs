// Expansion of tests/fixtures/times.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Times
pub mod times {
    /// Milliseconds since the epoch.
    pub type Millis = ::generated_client::__private::DateTime<
        ::generated_client::__private::EpochMillis,
    >;
    /// Used as: `ListEvents` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListEventsResponse {
        /// `created`
        pub created: ::core::option::Option<::generated_client::__private::DateTime>,
        /// `launched_at`
        pub launched_at: ::core::option::Option<
            ::generated_client::__private::DateTime<::generated_client::__private::Naive>,
        >,
        /// `signed_at`
        pub signed_at: ::core::option::Option<
            ::generated_client::__private::DateTime<
                ::generated_client::__private::Compact,
            >,
        >,
        /// `seconds`
        pub seconds: ::core::option::Option<
            ::generated_client::__private::DateTime<
                ::generated_client::__private::EpochSeconds,
            >,
        >,
        /// `record_time`
        pub record_time: ::core::option::Option<Millis>,
        /// `start_time`
        pub start_time: ::core::option::Option<
            ::generated_client::__private::DateTime<
                ::generated_client::__private::EpochMillisString,
            >,
        >,
        /// `terminated_at`
        pub terminated_at: ::core::option::Option<
            ::generated_client::__private::DateTime,
        >,
    }
    impl ::generated_client::__private::FromJson for ListEventsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (
                created,
                launched_at,
                signed_at,
                seconds,
                record_time,
                start_time,
                terminated_at,
            ) = o
                .read([
                    "created",
                    "launched_at",
                    "signed_at",
                    "seconds",
                    "record_time",
                    "start_time",
                    "terminated_at",
                ])?;
            ::core::result::Result::Ok(Self {
                created,
                launched_at,
                signed_at,
                seconds,
                record_time,
                start_time,
                terminated_at,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListEventsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListEventsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { created : ::core::option::Option::None,
        launched_at : ::core::option::Option::None, signed_at :
        ::core::option::Option::None, seconds : ::core::option::Option::None, record_time
        : ::core::option::Option::None, start_time : ::core::option::Option::None,
        terminated_at : ::core::option::Option::None } } #[doc = " Sets `created`."]
        #[inline] pub fn created(mut self, value :
        ::generated_client::__private::DateTime) -> Self { self.created =
        ::core::option::Option::Some(value); self } #[doc = " Sets `launched_at`."]
        #[inline] pub fn launched_at(mut self, value :
        ::generated_client::__private::DateTime < ::generated_client::__private::Naive >)
        -> Self { self.launched_at = ::core::option::Option::Some(value); self } #[doc =
        " Sets `signed_at`."] #[inline] pub fn signed_at(mut self, value :
        ::generated_client::__private::DateTime < ::generated_client::__private::Compact
        >) -> Self { self.signed_at = ::core::option::Option::Some(value); self } #[doc =
        " Sets `seconds`."] #[inline] pub fn seconds(mut self, value :
        ::generated_client::__private::DateTime <
        ::generated_client::__private::EpochSeconds >) -> Self { self.seconds =
        ::core::option::Option::Some(value); self } #[doc = " Sets `record_time`."]
        #[inline] pub fn record_time(mut self, value : Millis) -> Self { self.record_time
        = ::core::option::Option::Some(value); self } #[doc = " Sets `start_time`."]
        #[inline] pub fn start_time(mut self, value :
        ::generated_client::__private::DateTime <
        ::generated_client::__private::EpochMillisString >) -> Self { self.start_time =
        ::core::option::Option::Some(value); self } #[doc = " Sets `terminated_at`."]
        #[inline] pub fn terminated_at(mut self, value :
        ::generated_client::__private::DateTime) -> Self { self.terminated_at =
        ::core::option::Option::Some(value); self } }
    }
    /// Request of [`Times::list_events`].
    ///
    /// `GET /v1/events`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListEventsRequest {
        /// `from`
        ///
        /// Query parameter `from`.
        ///
        /// Example: `1704067200000`.
        pub from: ::core::option::Option<
            ::generated_client::__private::DateTime<
                ::generated_client::__private::EpochMillis,
            >,
        >,
        /// `since`
        ///
        /// Query parameter `since`.
        ///
        /// Example: `"2024-01-01T00:00:00"`.
        pub since: ::core::option::Option<
            ::generated_client::__private::DateTime<::generated_client::__private::Naive>,
        >,
    }
    impl ListEventsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                from: ::core::option::Option::None,
                since: ::core::option::Option::None,
            }
        }
        /// Sets `from`.
        #[inline]
        pub fn from(
            mut self,
            value: ::generated_client::__private::DateTime<
                ::generated_client::__private::EpochMillis,
            >,
        ) -> Self {
            self.from = ::core::option::Option::Some(value);
            self
        }
        /// Sets `since`.
        #[inline]
        pub fn since(
            mut self,
            value: ::generated_client::__private::DateTime<
                ::generated_client::__private::Naive,
            >,
        ) -> Self {
            self.since = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListEventsRequest {
        type Output = ListEventsResponse;
        type Error = ListEventsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "times",
            host: "times.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListEvents",
            method: "GET",
            path: "/v1/events",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("from", &self.from);
            r.query("since", &self.since);
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
                            ListEventsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListEventsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { from : example.param("from") ?, since : example
        .param("since") ?, }) } }
    }
    /// Error statuses of [`Times::list_events`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListEventsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListEventsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListEventsError {}
    impl ::generated_client::__private::OperationError for ListEventsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Times service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Times(::generated_client::__private::Handle);
    impl Times {
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
        /// ListEvents
        ///
        /// `GET /v1/events`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListEventsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListEventsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = times::ListEventsRequest::new();
        /// let response = times::Times::new(&client).list_events(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_events(
            &self,
            request: ListEventsRequest,
        ) -> ::generated_client::__private::Call<ListEventsRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ListEventsRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "times",
        host: "times.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/times.yaml")
        ),
        operations: &[
            <ListEventsRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&times::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/times.yaml");
