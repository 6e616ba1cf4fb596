// Expansion of spec/vias.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Video Intelligent Analysis Service (VIAS)
///
/// Video Intelligent Analysis Service (VIAS) v2 APIs.
pub mod vias {
    /// Error response body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ViasError {
        /// Error code
        pub error_code: ::core::option::Option<::std::string::String>,
        /// Error description
        pub error_msg: ::core::option::Option<::std::string::String>,
        /// Error details
        pub detail: ::core::option::Option<::std::string::String>,
        /// Error parameters
        pub params: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
        /// Error cause
        pub reason: ::core::option::Option<::std::string::String>,
        /// Suggestion
        pub advice: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ViasError {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_code, error_msg, detail, params, reason, advice) = o
                .read([
                    "error_code",
                    "error_msg",
                    "detail",
                    "params",
                    "reason",
                    "advice",
                ])?;
            ::core::result::Result::Ok(Self {
                error_code,
                error_msg,
                detail,
                params,
                reason,
                advice,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ViasError { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// API's action for a batch task. The value can be start or stop.
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum BatchStartStopTaskCommand {
        /// `start`
        Start,
        /// `stop`
        Stop,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl BatchStartStopTaskCommand {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["start", "stop"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Start => "start",
                Self::Stop => "stop",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "start" => Self::Start,
                "stop" => Self::Stop,
                _ => Self::Unknown(s.to_owned()),
            }
        }
    }
    /// Values are equal when their wire values are.
    impl ::core::cmp::PartialEq for BatchStartStopTaskCommand {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for BatchStartStopTaskCommand {}
    impl ::core::hash::Hash for BatchStartStopTaskCommand {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for BatchStartStopTaskCommand {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for BatchStartStopTaskCommand {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for
        BatchStartStopTaskCommand { fn serialize < S :
        ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStartStopTaskCommand { fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for BatchStartStopTaskCommand {
        #[inline] fn from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ParamValue for BatchStartStopTaskCommand {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for BatchStartStopTaskCommand {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(
                self.as_str(),
                !::core::matches!(self, Self::Unknown(_)),
                Self::VALUES,
            );
        }
    }
    /// `BatchStartStopTaskResponse`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStartStopTaskResponse {
        /// Total number of tasks
        pub total_count: ::core::option::Option<i32>,
        /// Number of failed tasks
        pub failed_count: ::core::option::Option<i32>,
        /// Number of successfully executed tasks
        pub succeed_count: ::core::option::Option<i32>,
        /// Batch task ID
        pub id: ::core::option::Option<::std::string::String>,
        /// Error information list
        pub error_list: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl ::generated_client::__private::FromJson for BatchStartStopTaskResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (total_count, failed_count, succeed_count, id, error_list) = o
                .read([
                    "total_count",
                    "failed_count",
                    "succeed_count",
                    "id",
                    "error_list",
                ])?;
            ::core::result::Result::Ok(Self {
                total_count,
                failed_count,
                succeed_count,
                id,
                error_list,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStartStopTaskResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// Request of [`Vias::batch_start_stop_task`]: Starting or Stopping a Batch Task.
    ///
    /// `PUT /v2/{project_id}/batch-tasks/{id}/action/{command}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStartStopTaskRequest {
        /// Project ID. For details, see Obtaining a Project ID and Name.
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Batch task ID
        ///
        /// Path parameter `id`.
        pub id: ::std::string::String,
        /// API's action for a batch task. The value can be start or stop.
        ///
        /// Path parameter `command`.
        pub command: BatchStartStopTaskCommand,
    }
    impl BatchStartStopTaskRequest {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(
            id: impl ::core::convert::Into<::std::string::String>,
            command: BatchStartStopTaskCommand,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                id: id.into(),
                command,
            }
        }
        /// Sets `project_id`: Project ID. For details, see Obtaining a Project ID and Name.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for BatchStartStopTaskRequest {
        type Output = BatchStartStopTaskResponse;
        type Error = BatchStartStopTaskError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "vias",
            host_prefix: "vias",
            name: "BatchStartStopTask",
            method: "PUT",
            path: "/v2/{project_id}/batch-tasks/{id}/action/{command}",
            content_type: ::core::option::Option::None,
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field(
                "command",
                &self.command,
                &::generated_client::__private::Rules::NONE,
            );
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("id", &self.id);
            r.path("command", &self.command);
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
                                    BatchStartStopTaskError::BadRequest,
                                    BatchStartStopTaskError::Unhandled,
                                ),
                        )
                    }
                    500u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    BatchStartStopTaskError::InternalServerError,
                                    BatchStartStopTaskError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            BatchStartStopTaskError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for BatchStartStopTaskRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?, id
        : example.param("id") ?, command : example.param("command") ?, }) } }
    }
    /// Error statuses of [`Vias::batch_start_stop_task`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum BatchStartStopTaskError {
        /// 400 BadRequest: Request error
        BadRequest(ViasError),
        /// 500 InternalServerError: Internal error
        InternalServerError(ViasError),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for BatchStartStopTaskError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for BatchStartStopTaskError {}
    impl ::generated_client::__private::OperationError for BatchStartStopTaskError {
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
    /// Calls of the Video Intelligent Analysis Service (VIAS) service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Vias(::generated_client::__private::Handle);
    impl Vias {
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
        /// Starting or Stopping a Batch Task
        ///
        /// This API is used to start or stop a batch task.
        ///
        /// `PUT /v2/{project_id}/batch-tasks/{id}/action/{command}`
        ///
        /// Resolves to `Result<Response<BatchStartStopTaskResponse>, Error<BatchStartStopTaskError>>`.
        #[inline]
        pub fn batch_start_stop_task(
            &self,
            request: BatchStartStopTaskRequest,
        ) -> ::generated_client::__private::Call<BatchStartStopTaskRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < BatchStartStopTaskRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// Static description of this service (routes, schemas, examples).
    #[doc(hidden)]
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "vias",
        host_prefix: "vias",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("spec/vias.yaml")
        ),
        operations: &[
            <BatchStartStopTaskRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
impl ::generated_client::__private::Client {
    /// Calls of the Video Intelligent Analysis Service (VIAS) service ([`vias`]).
    #[inline]
    pub fn vias(&self) -> vias::Vias {
        vias::Vias::new(self)
    }
}
const _: &str = ::core::include_str!("spec/vias.yaml");
