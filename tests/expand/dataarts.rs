// Expansion of spec/dataarts.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// DataArts Studio
///
/// DataArts Studio Data Quality Control (DQC) APIs.
/// DQC answers every documented status (200, 400, 406 and 500) with the same envelope
/// `{error_code, error_msg, data}`.
pub mod dataarts {
    /// Response envelope shared by every DQC status code.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DqcEnvelope {
        /// Error code, for example, DQC.0000 which indicates that the request was successfully processed
        pub error_code: ::core::option::Option<::std::string::String>,
        /// Error message
        pub error_msg: ::core::option::Option<::std::string::String>,
        /// Returned data
        pub data: ::core::option::Option<
            ::generated_client::__private::serde_json::Value,
        >,
    }
    impl ::generated_client::__private::FromJson for DqcEnvelope {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_code, error_msg, data) = o
                .read(["error_code", "error_msg", "data"])?;
            ::core::result::Result::Ok(Self {
                error_code,
                error_msg,
                data,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        DqcEnvelope { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// Request of [`Dataarts::batch_stop_quality_instances`]: Stopping Instances.
    ///
    /// `POST /v2/{project_id}/quality/instances/batch-stop`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopQualityInstancesRequest {
        /// Project ID. For details about how to obtain it, see Project ID and Account ID.
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// DataArts Studio workspace ID. For details about how to obtain it, see Instance ID and Workspace ID.
        ///
        /// Header parameter `workspace`.
        pub workspace: ::std::string::String,
        /// IDs of the instances to be stopped
        pub instance_ids: ::std::vec::Vec<i64>,
    }
    impl BatchStopQualityInstancesRequest {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(
            workspace: impl ::core::convert::Into<::std::string::String>,
            instance_ids: ::std::vec::Vec<i64>,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                workspace: workspace.into(),
                instance_ids,
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
    }
    impl ::generated_client::__private::Operation for BatchStopQualityInstancesRequest {
        type Output = DqcEnvelope;
        type Error = BatchStopQualityInstancesError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "dataarts",
            host_prefix: "dayu",
            name: "BatchStopQualityInstances",
            method: "POST",
            path: "/v2/{project_id}/quality/instances/batch-stop",
            content_type: ::core::option::Option::Some("application/json"),
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.header("workspace", &self.workspace);
            r.json(&self.instance_ids);
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
                                    BatchStopQualityInstancesError::BadRequest,
                                    BatchStopQualityInstancesError::Unhandled,
                                ),
                        )
                    }
                    406u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    BatchStopQualityInstancesError::NotAcceptable,
                                    BatchStopQualityInstancesError::Unhandled,
                                ),
                        )
                    }
                    500u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    BatchStopQualityInstancesError::InternalServerError,
                                    BatchStopQualityInstancesError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            BatchStopQualityInstancesError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for
        BatchStopQualityInstancesRequest { #[inline] fn from_example(example : &
        ::generated_client::__private::Example) -> ::core::result::Result < Self,
        ::std::string::String > { ::core::result::Result::Ok(Self { project_id : example
        .param("project_id") ?, workspace : example.param("workspace") ?, instance_ids :
        example.body() ?, }) } }
    }
    /// Error statuses of [`Dataarts::batch_stop_quality_instances`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum BatchStopQualityInstancesError {
        /// 400 BadRequest: BadRequest
        BadRequest(DqcEnvelope),
        /// 406 NotAcceptable: NOT ACCEPTABLE
        NotAcceptable(DqcEnvelope),
        /// 500 InternalServerError: INTERNAL SERVER ERROR
        InternalServerError(DqcEnvelope),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for BatchStopQualityInstancesError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for BatchStopQualityInstancesError {}
    impl ::generated_client::__private::OperationError
    for BatchStopQualityInstancesError {
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
                Self::NotAcceptable(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        406u16,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::InternalServerError(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        500u16,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the DataArts Studio service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Dataarts(::generated_client::__private::Handle);
    impl Dataarts {
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
        /// Stopping Instances
        ///
        /// This API is used to stop instances.
        ///
        /// `POST /v2/{project_id}/quality/instances/batch-stop`
        ///
        /// Resolves to `Result<Response<DqcEnvelope>, Error<BatchStopQualityInstancesError>>`.
        #[inline]
        pub fn batch_stop_quality_instances(
            &self,
            request: BatchStopQualityInstancesRequest,
        ) -> ::generated_client::__private::Call<BatchStopQualityInstancesRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < BatchStopQualityInstancesRequest >
        as ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// Static description of this service (routes, schemas, examples).
    #[doc(hidden)]
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "dataarts",
        host_prefix: "dayu",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("spec/dataarts.yaml")
        ),
        operations: &[
            <BatchStopQualityInstancesRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
impl ::generated_client::__private::Client {
    /// Calls of the DataArts Studio service ([`dataarts`]).
    #[inline]
    pub fn dataarts(&self) -> dataarts::Dataarts {
        dataarts::Dataarts::new(self)
    }
}
const _: &str = ::core::include_str!("spec/dataarts.yaml");
