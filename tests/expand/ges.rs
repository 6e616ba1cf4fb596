// Expansion of spec/ges.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Graph Engine Service (GES)
///
/// Graph Engine Service (GES) v2 graph management APIs.
pub mod ges {
    /// Error response body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ErrorBody {
        /// System prompt.
        pub error_msg: ::core::option::Option<::std::string::String>,
        /// System prompt.
        pub error_code: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ErrorBody {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_msg, error_code) = o.read(["error_msg", "error_code"])?;
            ::core::result::Result::Ok(Self { error_msg, error_code })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ErrorBody { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// `StopGraphResponse`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopGraphResponse {
        /// ID of the graph stopping job. This parameter is left blank when the request fails.
        pub job_id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for StopGraphResponse {
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
        StopGraphResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// Request of [`Ges::stop_graph`]: Stopping a Graph (1.0.0).
    ///
    /// `POST /v2/{project_id}/graphs/{graph_id}/stop`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopGraphRequest {
        /// Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
        /// The value can contain up to 64 characters. Only letters and digits are allowed.
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Graph ID
        ///
        /// Path parameter `graph_id`.
        pub graph_id: ::std::string::String,
    }
    impl StopGraphRequest {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(graph_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                graph_id: graph_id.into(),
            }
        }
        /// Sets `project_id`: Project ID. For details about how to obtain a project ID, see Obtaining a Project ID.
        /// The value can contain up to 64 characters. Only letters and digits are allowed.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for StopGraphRequest {
        type Output = StopGraphResponse;
        type Error = StopGraphError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "ges",
            host_prefix: "ges",
            name: "StopGraph",
            method: "POST",
            path: "/v2/{project_id}/graphs/{graph_id}/stop",
            content_type: ::core::option::Option::Some("application/json"),
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    max_length: ::core::option::Option::Some(64u64),
                    pattern: ::core::option::Option::Some("^[A-Za-z0-9]+$"),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("project_id", &self.project_id, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("graph_id", &self.graph_id);
            r.empty_json_object();
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
                                    StopGraphError::BadRequest,
                                    StopGraphError::Unhandled,
                                ),
                        )
                    }
                    401u16 => ::core::result::Result::Err(StopGraphError::Unauthorized),
                    403u16 => ::core::result::Result::Err(StopGraphError::Forbidden),
                    404u16 => ::core::result::Result::Err(StopGraphError::NotFound),
                    500u16 => {
                        ::core::result::Result::Err(StopGraphError::InternalServerError)
                    }
                    503u16 => {
                        ::core::result::Result::Err(StopGraphError::ServiceUnavailable)
                    }
                    _ => {
                        ::core::result::Result::Err(
                            StopGraphError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for StopGraphRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        graph_id : example.param("graph_id") ?, }) } }
    }
    /// Error statuses of [`Ges::stop_graph`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum StopGraphError {
        /// 400 BadRequest: Request error.
        BadRequest(ErrorBody),
        /// 401 Unauthorized: Authorization failed.
        Unauthorized,
        /// 403 Forbidden: No operation permissions.
        Forbidden,
        /// 404 NotFound: No resources found.
        NotFound,
        /// 500 InternalServerError: Internal server error.
        InternalServerError,
        /// 503 ServiceUnavailable: Service unavailable.
        ServiceUnavailable,
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for StopGraphError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for StopGraphError {}
    impl ::generated_client::__private::OperationError for StopGraphError {
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
                Self::Unauthorized => {
                    ::generated_client::__private::ErrorParts::status(401u16)
                }
                Self::Forbidden => {
                    ::generated_client::__private::ErrorParts::status(403u16)
                }
                Self::NotFound => {
                    ::generated_client::__private::ErrorParts::status(404u16)
                }
                Self::InternalServerError => {
                    ::generated_client::__private::ErrorParts::status(500u16)
                }
                Self::ServiceUnavailable => {
                    ::generated_client::__private::ErrorParts::status(503u16)
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Graph Engine Service (GES) service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Ges(::generated_client::__private::Handle);
    impl Ges {
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
        /// Stopping a Graph (1.0.0)
        ///
        /// This API is used to stop a graph. After a graph is created, you can stop it if it is temporarily not in use.
        /// - Graphs of the database edition cannot be stopped by calling this API.
        /// - Instances of stopped graphs are not charged.
        /// - You can stop a graph instance for a maximum of seven days. If you do not restart the instance manually within
        /// that time frame, it will automatically restart.
        ///
        /// `POST /v2/{project_id}/graphs/{graph_id}/stop`
        ///
        /// Resolves to `Result<Response<StopGraphResponse>, Error<StopGraphError>>`.
        #[inline]
        pub fn stop_graph(
            &self,
            request: StopGraphRequest,
        ) -> ::generated_client::__private::Call<StopGraphRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < StopGraphRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// Static description of this service (routes, schemas, examples).
    #[doc(hidden)]
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "ges",
        host_prefix: "ges",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("spec/ges.yaml")
        ),
        operations: &[
            <StopGraphRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
impl ::generated_client::__private::Client {
    /// Calls of the Graph Engine Service (GES) service ([`ges`]).
    #[inline]
    pub fn ges(&self) -> ges::Ges {
        ges::Ges::new(self)
    }
}
const _: &str = ::core::include_str!("spec/ges.yaml");
