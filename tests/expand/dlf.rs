// Expansion of spec/dlf.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// DataArts Studio DataArts Factory (DLF)
///
/// DataArts Studio DataArts Factory (DLF) v1 job development APIs.
pub mod dlf {
    /// Error response body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ErrorBody {
        /// Error code.
        pub error_code: ::core::option::Option<::std::string::String>,
        /// Error message.
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
    /// Request of [`Dlf::stop_job_instance`]: Stopping a Job Instance.
    ///
    /// `POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopJobInstanceRequest {
        /// Project ID. For details about how to obtain it, see Project ID and Account ID.
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Job name.
        ///
        /// Path parameter `job_name`.
        pub job_name: ::std::string::String,
        /// Job instance ID. For details about how to obtain it, see Querying a Job Instance List.
        ///
        /// Path parameter `instance_id`.
        pub instance_id: i64,
        /// Workspace ID.
        /// - If this parameter is not set, data in the default workspace is queried by default.
        /// - To query data in other workspaces, this header must be carried.
        ///
        /// Header parameter `workspace`.
        pub workspace: ::core::option::Option<::std::string::String>,
    }
    impl StopJobInstanceRequest {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(
            job_name: impl ::core::convert::Into<::std::string::String>,
            instance_id: i64,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                job_name: job_name.into(),
                instance_id,
                workspace: ::core::option::Option::None,
            }
        }
        /// Sets `project_id`: Project ID. For details about how to obtain it, see Project ID and Account ID.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `workspace`: Workspace ID.
        /// - If this parameter is not set, data in the default workspace is queried by default.
        /// - To query data in other workspaces, this header must be carried.
        #[inline]
        pub fn workspace(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.workspace = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for StopJobInstanceRequest {
        type Output = ();
        type Error = StopJobInstanceError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "dlf",
            host_prefix: "dayu-dlf",
            name: "StopJobInstance",
            method: "POST",
            path: "/v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop",
            content_type: ::core::option::Option::None,
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("job_name", &self.job_name);
            r.path("instance_id", &self.instance_id);
            r.header("workspace", &self.workspace);
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
                    400u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    StopJobInstanceError::BadRequest,
                                    StopJobInstanceError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            StopJobInstanceError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for StopJobInstanceRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        job_name : example.param("job_name") ?, instance_id : example
        .param("instance_id") ?, workspace : example.param("workspace") ?, }) } }
    }
    /// Error statuses of [`Dlf::stop_job_instance`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum StopJobInstanceError {
        /// 400 BadRequest: Failure response.
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for StopJobInstanceError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for StopJobInstanceError {}
    impl ::generated_client::__private::OperationError for StopJobInstanceError {
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
    /// Calls of the DataArts Studio DataArts Factory (DLF) service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Dlf(::generated_client::__private::Handle);
    impl Dlf {
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
        /// Stopping a Job Instance
        ///
        /// This API is used to stop a specified job instance. A job instance can be stopped only when its status is running.
        ///
        /// `POST /v1/{project_id}/jobs/{job_name}/instances/{instance_id}/stop`
        ///
        /// Resolves to `Result<Response<()>, Error<StopJobInstanceError>>`.
        #[inline]
        pub fn stop_job_instance(
            &self,
            request: StopJobInstanceRequest,
        ) -> ::generated_client::__private::Call<StopJobInstanceRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < StopJobInstanceRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// Static description of this service (routes, schemas, examples).
    #[doc(hidden)]
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "dlf",
        host_prefix: "dayu-dlf",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("spec/dlf.yaml")
        ),
        operations: &[
            <StopJobInstanceRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
impl ::generated_client::__private::Client {
    /// Calls of the DataArts Studio DataArts Factory (DLF) service ([`dlf`]).
    #[inline]
    pub fn dlf(&self) -> dlf::Dlf {
        dlf::Dlf::new(self)
    }
}
const _: &str = ::core::include_str!("spec/dlf.yaml");
