// Expansion of spec/drs.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Data Replication Service (DRS)
///
/// Data Replication Service (DRS) v5 APIs.
pub mod drs {
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
    /// Request language type.
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum BatchStopJobsActionXLanguage {
        /// `en-us`
        EnUs,
        /// `zh-cn`
        ZhCn,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl BatchStopJobsActionXLanguage {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["en-us", "zh-cn"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::EnUs => "en-us",
                Self::ZhCn => "zh-cn",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "en-us" => Self::EnUs,
                "zh-cn" => Self::ZhCn,
                _ => Self::Unknown(s.to_owned()),
            }
        }
    }
    /// Values are equal when their wire values are.
    impl ::core::cmp::PartialEq for BatchStopJobsActionXLanguage {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for BatchStopJobsActionXLanguage {}
    impl ::core::hash::Hash for BatchStopJobsActionXLanguage {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for BatchStopJobsActionXLanguage {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for BatchStopJobsActionXLanguage {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for
        BatchStopJobsActionXLanguage { fn serialize < S :
        ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStopJobsActionXLanguage { fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for BatchStopJobsActionXLanguage {
        #[inline] fn from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::ParamValue for BatchStopJobsActionXLanguage {
        #[inline]
        fn push_values(&self, out: &mut ::std::vec::Vec<::std::string::String>) {
            out.push(self.as_str().to_owned());
        }
    }
    impl ::generated_client::__private::Validate for BatchStopJobsActionXLanguage {
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
    /// `BatchStopJobActionReq`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopJobActionReq {
        /// Request body for stopping tasks in batches.
        pub jobs: ::std::vec::Vec<StopJobActionInfo>,
    }
    impl ::generated_client::__private::ToJson for BatchStopJobActionReq {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("jobs", &self.jobs);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for BatchStopJobActionReq {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for BatchStopJobActionReq {
        #[inline] fn from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (jobs,) = o.read(["jobs"])
        ?; ::core::result::Result::Ok(Self { jobs }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStopJobActionReq { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl BatchStopJobActionReq {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(jobs: ::std::vec::Vec<StopJobActionInfo>) -> Self {
            Self { jobs }
        }
    }
    impl ::generated_client::__private::Validate for BatchStopJobActionReq {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.field("jobs", &self.jobs, &::generated_client::__private::Rules::NONE);
        }
    }
    /// Data structure description of field jobs.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopJobActionInfo {
        /// Task ID.
        pub job_id: ::std::string::String,
        /// Set this parameter to true when a task is forcibly stopped. The default value is false.
        pub is_force_stop: ::core::option::Option<bool>,
    }
    impl ::generated_client::__private::ToJson for StopJobActionInfo {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("job_id", &self.job_id);
            o.opt("is_force_stop", &self.is_force_stop);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for StopJobActionInfo {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for StopJobActionInfo { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (job_id, is_force_stop,) = o
        .read(["job_id", "is_force_stop"]) ?; ::core::result::Result::Ok(Self { job_id,
        is_force_stop }) } } ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for StopJobActionInfo {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl StopJobActionInfo {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(job_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                job_id: job_id.into(),
                is_force_stop: ::core::option::Option::Some(false),
            }
        }
        /// Sets `is_force_stop`: Set this parameter to true when a task is forcibly stopped. The default value is false.
        #[inline]
        pub fn is_force_stop(mut self, value: bool) -> Self {
            self.is_force_stop = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for StopJobActionInfo {}
    /// `BatchStopJobsActionResponse`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopJobsActionResponse {
        /// Response body for performing operations on tasks in batches.
        pub jobs: ::core::option::Option<::std::vec::Vec<ActionBaseResp>>,
    }
    impl ::generated_client::__private::FromJson for BatchStopJobsActionResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (jobs,) = o.read(["jobs"])?;
            ::core::result::Result::Ok(Self { jobs })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        BatchStopJobsActionResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// Data structure description of field jobs.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ActionBaseResp {
        /// Error code.
        pub error_code: ::core::option::Option<::std::string::String>,
        /// Error message.
        pub error_msg: ::core::option::Option<::std::string::String>,
        /// Task ID.
        pub id: ::core::option::Option<::std::string::String>,
        /// Task name.
        pub name: ::core::option::Option<::std::string::String>,
        /// Operation result.
        pub status: ::core::option::Option<ActionBaseRespStatus>,
    }
    impl ::generated_client::__private::FromJson for ActionBaseResp {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_code, error_msg, id, name, status) = o
                .read(["error_code", "error_msg", "id", "name", "status"])?;
            ::core::result::Result::Ok(Self {
                error_code,
                error_msg,
                id,
                name,
                status,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ActionBaseResp { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    /// Operation result.
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ActionBaseRespStatus {
        /// `Success`
        Success,
        /// `Failed`
        Failed,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ActionBaseRespStatus {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["Success", "Failed"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Success => "Success",
                Self::Failed => "Failed",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Success" => Self::Success,
                "Failed" => Self::Failed,
                _ => Self::Unknown(s.to_owned()),
            }
        }
    }
    /// Values are equal when their wire values are.
    impl ::core::cmp::PartialEq for ActionBaseRespStatus {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ActionBaseRespStatus {}
    impl ::core::hash::Hash for ActionBaseRespStatus {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ActionBaseRespStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ActionBaseRespStatus {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ActionBaseRespStatus {
        fn serialize < S : ::generated_client::__private::serde::Serializer > (& self, s
        : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        ActionBaseRespStatus { fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for ActionBaseRespStatus {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    /// Request of [`Drs::batch_stop_jobs_action`]: Batch Stopping Tasks.
    ///
    /// `POST /v5/{project_id}/jobs/batch-stop`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct BatchStopJobsActionRequest {
        /// Project ID of a tenant in a region.
        /// For details, see Obtaining a Project ID.
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Request language type.
        ///
        /// Header parameter `X-Language`. Default: `"en-us"`.
        pub x_language: ::core::option::Option<BatchStopJobsActionXLanguage>,
        /// Request body for stopping tasks in batches.
        pub body: BatchStopJobActionReq,
    }
    impl BatchStopJobsActionRequest {
        /// Creates a value from its required fields; optional fields start unset or at their spec default.
        #[inline]
        pub fn new(body: BatchStopJobActionReq) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                x_language: ::core::option::Option::Some(
                    BatchStopJobsActionXLanguage::from_wire("en-us"),
                ),
                body,
            }
        }
        /// Sets `project_id`: Project ID of a tenant in a region.
        /// For details, see Obtaining a Project ID.
        #[inline]
        pub fn project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.project_id = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `X-Language`: Request language type.
        #[inline]
        pub fn x_language(mut self, value: BatchStopJobsActionXLanguage) -> Self {
            self.x_language = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for BatchStopJobsActionRequest {
        type Output = BatchStopJobsActionResponse;
        type Error = BatchStopJobsActionError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "drs",
            host_prefix: "drs",
            name: "BatchStopJobsAction",
            method: "POST",
            path: "/v5/{project_id}/jobs/batch-stop",
            content_type: ::core::option::Option::Some("application/json"),
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field(
                "X-Language",
                &self.x_language,
                &::generated_client::__private::Rules::NONE,
            );
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.header("X-Language", &self.x_language);
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
                                    BatchStopJobsActionError::BadRequest,
                                    BatchStopJobsActionError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            BatchStopJobsActionError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for BatchStopJobsActionRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        x_language : example.param("X-Language") ?, body : example.body() ?, }) } }
    }
    /// Error statuses of [`Drs::batch_stop_jobs_action`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum BatchStopJobsActionError {
        /// 400 BadRequest: Bad Request
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for BatchStopJobsActionError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for BatchStopJobsActionError {}
    impl ::generated_client::__private::OperationError for BatchStopJobsActionError {
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
    /// Calls of the Data Replication Service (DRS) service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Drs(::generated_client::__private::Handle);
    impl Drs {
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
        /// Batch Stopping Tasks
        ///
        /// This API is used to batch stop tasks with a specified ID.
        ///
        /// `POST /v5/{project_id}/jobs/batch-stop`
        ///
        /// Resolves to `Result<Response<BatchStopJobsActionResponse>, Error<BatchStopJobsActionError>>`.
        #[inline]
        pub fn batch_stop_jobs_action(
            &self,
            request: BatchStopJobsActionRequest,
        ) -> ::generated_client::__private::Call<BatchStopJobsActionRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < BatchStopJobsActionRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// Static description of this service (routes, schemas, examples).
    #[doc(hidden)]
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "drs",
        host_prefix: "drs",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("spec/drs.yaml")
        ),
        operations: &[
            <BatchStopJobsActionRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
impl ::generated_client::__private::Client {
    /// Calls of the Data Replication Service (DRS) service ([`drs`]).
    #[inline]
    pub fn drs(&self) -> drs::Drs {
        drs::Drs::new(self)
    }
}
const _: &str = ::core::include_str!("spec/drs.yaml");
