// Expansion of tests/fixtures/paging.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Paginators and waiters
pub mod paging {
    /// Used as: field `servers` of [`ServerList`], field `servers` of [`ListServersResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Server {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
        /// `name`
        pub name: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for Server {
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
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Server
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Server { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(id : impl ::core::convert::Into < ::std::string::String >)
        -> Self { Self { id : id.into(), name : ::core::option::Option::None } } #[doc =
        " Sets `name`."] #[inline] pub fn name(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.name =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `ListRepos` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Repo {
        /// `name`
        ///
        /// Required.
        pub name: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for Repo {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (name,) = o.read(["name"])?;
            ::core::result::Result::Ok(Self { name })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Repo {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Repo { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(name : impl ::core::convert::Into < ::std::string::String >)
        -> Self { Self { name : name.into() } } }
    }
    /// Used as: `ListServers` response 400, `ShowJob` response 404.
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
    /// Used as: field `page_info` of [`ListPortsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PageInfo {
        /// `previous_marker`
        pub previous_marker: ::core::option::Option<::std::string::String>,
        /// `current_count`
        pub current_count: ::core::option::Option<i32>,
        /// `next_marker`
        pub next_marker: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for PageInfo {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (previous_marker, current_count, next_marker) = o
                .read(["previous_marker", "current_count", "next_marker"])?;
            ::core::result::Result::Ok(Self {
                previous_marker,
                current_count,
                next_marker,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        PageInfo { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl PageInfo { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { previous_marker :
        ::core::option::Option::None, current_count : ::core::option::Option::None,
        next_marker : ::core::option::Option::None } } #[doc =
        " Sets `previous_marker`."] #[inline] pub fn previous_marker(mut self, value :
        impl ::core::convert::Into < ::std::string::String >) -> Self { self
        .previous_marker = ::core::option::Option::Some(value.into()); self } #[doc =
        " Sets `current_count`."] #[inline] pub fn current_count(mut self, value : i32)
        -> Self { self.current_count = ::core::option::Option::Some(value); self } #[doc
        = " Sets `next_marker`."] #[inline] pub fn next_marker(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.next_marker =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `result` of [`ListServersDetailsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ServerList {
        /// `servers`
        ///
        /// Required.
        pub servers: ::std::vec::Vec<Server>,
    }
    impl ::generated_client::__private::FromJson for ServerList {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (servers,) = o.read(["servers"])?;
            ::core::result::Result::Ok(Self { servers })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ServerList { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ServerList { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(servers : ::std::vec::Vec < Server >) -> Self { Self {
        servers } } }
    }
    /// Used as: field `projects` of [`ListProjectsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Project {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for Project {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (id,) = o.read(["id"])?;
            ::core::result::Result::Ok(Self { id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        Project { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Project { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(id : impl ::core::convert::Into < ::std::string::String >)
        -> Self { Self { id : id.into() } } }
    }
    /// Used as: field `links` of [`ListProjectsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Links {
        /// `self`
        pub self_: ::core::option::Option<::std::string::String>,
        /// `next`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub next: ::core::option::Option<::core::option::Option<::std::string::String>>,
    }
    impl ::generated_client::__private::FromJson for Links {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (self_, next) = o.read(["self", "next"])?;
            ::core::result::Result::Ok(Self { self_, next })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Links
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Links { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { self_ : ::core::option::Option::None,
        next : ::core::option::Option::None } } #[doc = " Sets `self`."] #[inline] pub fn
        self_(mut self, value : impl ::core::convert::Into < ::std::string::String >) ->
        Self { self.self_ = ::core::option::Option::Some(value.into()); self } #[doc =
        " Sets `next`."] #[inline] pub fn next(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.next =
        ::core::option::Option::Some(::core::option::Option::Some(value.into())); self }
        }
    }
    /// Used as: field `status` of [`DeleteClusterResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ClusterStatus {
        /// `job`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub job: ::core::option::Option<::core::option::Option<JobRef>>,
    }
    impl ::generated_client::__private::FromJson for ClusterStatus {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (job,) = o.read(["job"])?;
            ::core::result::Result::Ok(Self { job })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ClusterStatus { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ClusterStatus { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { job : ::core::option::Option::None } }
        #[doc = " Sets `job`."] #[inline] pub fn job(mut self, value : JobRef) -> Self {
        self.job = ::core::option::Option::Some(::core::option::Option::Some(value));
        self } }
    }
    /// Used as: field `job` of [`ClusterStatus`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JobRef {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for JobRef {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (id,) = o.read(["id"])?;
            ::core::result::Result::Ok(Self { id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for JobRef
        { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl JobRef { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(id : impl ::core::convert::Into < ::std::string::String >)
        -> Self { Self { id : id.into() } } }
    }
    /// Used as: field `status` of [`ShowJobResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JobStatus {
        /// `phase`
        pub phase: ::core::option::Option<JobPhase>,
        /// `reason`
        pub reason: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for JobStatus {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (phase, reason) = o.read(["phase", "reason"])?;
            ::core::result::Result::Ok(Self { phase, reason })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        JobStatus { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl JobStatus { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { phase : ::core::option::Option::None,
        reason : ::core::option::Option::None } } #[doc = " Sets `phase`."] #[inline] pub
        fn phase(mut self, value : JobPhase) -> Self { self.phase =
        ::core::option::Option::Some(value); self } #[doc = " Sets `reason`."] #[inline]
        pub fn reason(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.reason =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `phase` of [`JobStatus`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum JobPhase {
        /// `Succeeded`
        Succeeded,
        /// `Pending`
        Pending,
        /// `Running`
        Running,
        /// `Failed`
        Failed,
        /// `Aborted`
        Aborted,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl JobPhase {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &[
            "Succeeded",
            "Pending",
            "Running",
            "Failed",
            "Aborted",
        ];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Succeeded => "Succeeded",
                Self::Pending => "Pending",
                Self::Running => "Running",
                Self::Failed => "Failed",
                Self::Aborted => "Aborted",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "Succeeded" => Self::Succeeded,
                "Pending" => Self::Pending,
                "Running" => Self::Running,
                "Failed" => Self::Failed,
                "Aborted" => Self::Aborted,
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
    impl ::core::cmp::PartialEq for JobPhase {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for JobPhase {}
    impl ::core::hash::Hash for JobPhase {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for JobPhase {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for JobPhase {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for JobPhase { fn serialize
        < S : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for JobPhase { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for JobPhase {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    /// Used as: `ListServers` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListServersResponse {
        /// `servers`
        pub servers: ::core::option::Option<::std::vec::Vec<Server>>,
    }
    impl ::generated_client::__private::FromJson for ListServersResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (servers,) = o.read(["servers"])?;
            ::core::result::Result::Ok(Self { servers })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListServersResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListServersResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { servers : ::core::option::Option::None }
        } #[doc = " Sets `servers`."] #[inline] pub fn servers(mut self, value :
        ::std::vec::Vec < Server >) -> Self { self.servers =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ListPorts` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListPortsResponse {
        /// `ports`
        ///
        /// Required.
        pub ports: ::std::vec::Vec<::std::string::String>,
        /// `page_info`
        pub page_info: ::core::option::Option<PageInfo>,
    }
    impl ::generated_client::__private::FromJson for ListPortsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (ports, page_info) = o.read(["ports", "page_info"])?;
            ::core::result::Result::Ok(Self { ports, page_info })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListPortsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListPortsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(ports : ::std::vec::Vec < ::std::string::String >) -> Self {
        Self { ports, page_info : ::core::option::Option::None } } #[doc =
        " Sets `page_info`."] #[inline] pub fn page_info(mut self, value : PageInfo) ->
        Self { self.page_info = ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ListServersDetails` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListServersDetailsResponse {
        /// `count`
        pub count: ::core::option::Option<i32>,
        /// `result`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub result: ::core::option::Option<::core::option::Option<ServerList>>,
    }
    impl ::generated_client::__private::FromJson for ListServersDetailsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (count, result) = o.read(["count", "result"])?;
            ::core::result::Result::Ok(Self { count, result })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListServersDetailsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListServersDetailsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { count : ::core::option::Option::None,
        result : ::core::option::Option::None } } #[doc = " Sets `count`."] #[inline] pub
        fn count(mut self, value : i32) -> Self { self.count =
        ::core::option::Option::Some(value); self } #[doc = " Sets `result`."] #[inline]
        pub fn result(mut self, value : ServerList) -> Self { self.result =
        ::core::option::Option::Some(::core::option::Option::Some(value)); self } }
    }
    /// Used as: `ListProjects` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectsResponse {
        /// `projects`
        pub projects: ::core::option::Option<::std::vec::Vec<Project>>,
        /// `links`
        ///
        /// Required.
        pub links: Links,
    }
    impl ::generated_client::__private::FromJson for ListProjectsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (projects, links) = o.read(["projects", "links"])?;
            ::core::result::Result::Ok(Self { projects, links })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListProjectsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListProjectsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(links : Links) -> Self { Self { projects :
        ::core::option::Option::None, links } } #[doc = " Sets `projects`."] #[inline]
        pub fn projects(mut self, value : ::std::vec::Vec < Project >) -> Self { self
        .projects = ::core::option::Option::Some(value); self } }
    }
    /// Used as: `StopServers` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopServersBody {
        /// `ids`
        ///
        /// Required.
        pub ids: ::std::vec::Vec<::std::string::String>,
    }
    impl ::generated_client::__private::ToJson for StopServersBody {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("ids", &self.ids);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for StopServersBody {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for StopServersBody { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (ids,) = o.read(["ids"]) ?;
        ::core::result::Result::Ok(Self { ids }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for StopServersBody {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl StopServersBody {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(ids: ::std::vec::Vec<::std::string::String>) -> Self {
            Self { ids }
        }
    }
    impl ::generated_client::__private::Validate for StopServersBody {}
    /// Used as: `StopServers` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopServersResponse {
        /// `job_id`
        pub job_id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for StopServersResponse {
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
        StopServersResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl StopServersResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { job_id : ::core::option::Option::None } }
        #[doc = " Sets `job_id`."] #[inline] pub fn job_id(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.job_id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `DeleteCluster` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteClusterResponse {
        /// `status`
        pub status: ::core::option::Option<ClusterStatus>,
    }
    impl ::generated_client::__private::FromJson for DeleteClusterResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (status,) = o.read(["status"])?;
            ::core::result::Result::Ok(Self { status })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        DeleteClusterResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl DeleteClusterResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { status : ::core::option::Option::None } }
        #[doc = " Sets `status`."] #[inline] pub fn status(mut self, value :
        ClusterStatus) -> Self { self.status = ::core::option::Option::Some(value); self
        } }
    }
    /// Used as: `ShowJob` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowJobResponse {
        /// `status`
        pub status: ::core::option::Option<JobStatus>,
    }
    impl ::generated_client::__private::FromJson for ShowJobResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (status,) = o.read(["status"])?;
            ::core::result::Result::Ok(Self { status })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ShowJobResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowJobResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { status : ::core::option::Option::None } }
        #[doc = " Sets `status`."] #[inline] pub fn status(mut self, value : JobStatus)
        -> Self { self.status = ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ShowTask` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowTaskResponse {
        /// `state`
        ///
        /// Required.
        pub state: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for ShowTaskResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (state,) = o.read(["state"])?;
            ::core::result::Result::Ok(Self { state })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ShowTaskResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowTaskResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(state : impl ::core::convert::Into < ::std::string::String
        >) -> Self { Self { state : state.into() } } }
    }
    /// Used as: `ExportLogs` response 202.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ExportLogsResponse {
        /// `export_id`
        ///
        /// Required.
        pub export_id: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for ExportLogsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (export_id,) = o.read(["export_id"])?;
            ::core::result::Result::Ok(Self { export_id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ExportLogsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ExportLogsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(export_id : impl ::core::convert::Into <
        ::std::string::String >) -> Self { Self { export_id : export_id.into() } } }
    }
    /// Used as: `ShowExport` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowExportResponse {
        /// `status`
        pub status: ::core::option::Option<ShowExportResponseStatus>,
    }
    impl ::generated_client::__private::FromJson for ShowExportResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (status,) = o.read(["status"])?;
            ::core::result::Result::Ok(Self { status })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ShowExportResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowExportResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { status : ::core::option::Option::None } }
        #[doc = " Sets `status`."] #[inline] pub fn status(mut self, value :
        ShowExportResponseStatus) -> Self { self.status =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: field `status` of [`ShowExportResponse`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ShowExportResponseStatus {
        /// `processing`
        Processing,
        /// `completed`
        Completed,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ShowExportResponseStatus {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &["processing", "completed"];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Processing => "processing",
                Self::Completed => "completed",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "processing" => Self::Processing,
                "completed" => Self::Completed,
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
    impl ::core::cmp::PartialEq for ShowExportResponseStatus {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ShowExportResponseStatus {}
    impl ::core::hash::Hash for ShowExportResponseStatus {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ShowExportResponseStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ShowExportResponseStatus {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ShowExportResponseStatus
        { fn serialize < S : ::generated_client::__private::serde::Serializer > (& self,
        s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for
        ShowExportResponseStatus { fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for ShowExportResponseStatus {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    /// Request of [`Paging::list_servers`].
    ///
    /// `GET /v1/servers`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListServersRequest {
        /// `marker`
        ///
        /// Query parameter `marker`.
        pub marker: ::core::option::Option<::std::string::String>,
        /// `limit`
        ///
        /// Query parameter `limit`.
        ///
        /// At least 0.
        pub limit: ::core::option::Option<i32>,
    }
    impl ListServersRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                marker: ::core::option::Option::None,
                limit: ::core::option::Option::None,
            }
        }
        /// Sets `marker`.
        #[inline]
        pub fn marker(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.marker = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `limit`.
        #[inline]
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListServersRequest {
        type Output = ListServersResponse;
        type Error = ListServersError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListServers",
            method: "GET",
            path: "/v1/servers",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    minimum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(0i64),
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("limit", &self.limit, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("marker", &self.marker);
            r.query("limit", &self.limit);
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
                                    ListServersError::BadRequest,
                                    ListServersError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ListServersError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListServersRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { marker : example.param("marker") ?, limit :
        example.param("limit") ?, }) } }
    }
    impl ::generated_client::__private::Paginate for ListServersRequest {
        type Item = Server;
        const STYLE: ::generated_client::__private::PageStyle = ::generated_client::__private::PageStyle::Marker;
        #[inline]
        fn items(
            out: &mut Self::Output,
        ) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
            out.servers.as_mut()
        }
        #[inline]
        fn next_token(out: &mut Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(
                <Self as ::generated_client::__private::Paginate>::items(out)?
                    .last()?
                    .id
                    .as_str(),
            )
        }
        #[inline]
        fn set_token(&mut self, token: &str) {
            self.marker = ::core::option::Option::Some(
                ::std::string::String::from(token),
            );
        }
        #[inline]
        fn page_size(&self) -> ::core::option::Option<i64> {
            self.limit.map(i64::from)
        }
    }
    /// Error statuses of [`Paging::list_servers`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListServersError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListServersError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListServersError {}
    impl ::generated_client::__private::OperationError for ListServersError {
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
    /// Request of [`Paging::list_ports`].
    ///
    /// `GET /v3/ports`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListPortsRequest {
        /// `marker`
        ///
        /// Query parameter `marker`.
        pub marker: ::core::option::Option<::std::string::String>,
        /// `limit`
        ///
        /// Query parameter `limit`.
        pub limit: ::core::option::Option<i64>,
    }
    impl ListPortsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                marker: ::core::option::Option::None,
                limit: ::core::option::Option::None,
            }
        }
        /// Sets `marker`.
        #[inline]
        pub fn marker(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.marker = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `limit`.
        #[inline]
        pub fn limit(mut self, value: i64) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListPortsRequest {
        type Output = ListPortsResponse;
        type Error = ListPortsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListPorts",
            method: "GET",
            path: "/v3/ports",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("marker", &self.marker);
            r.query("limit", &self.limit);
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
                            ListPortsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListPortsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { marker : example.param("marker") ?, limit :
        example.param("limit") ?, }) } }
    }
    impl ::generated_client::__private::Paginate for ListPortsRequest {
        type Item = ::std::string::String;
        const STYLE: ::generated_client::__private::PageStyle = ::generated_client::__private::PageStyle::Cursor;
        #[inline]
        fn items(
            out: &mut Self::Output,
        ) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
            ::core::option::Option::Some(&mut out.ports)
        }
        #[inline]
        fn next_token(out: &mut Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(
                out.page_info.as_ref()?.next_marker.as_ref()?.as_str(),
            )
        }
        #[inline]
        fn set_token(&mut self, token: &str) {
            self.marker = ::core::option::Option::Some(
                ::std::string::String::from(token),
            );
        }
    }
    /// Error statuses of [`Paging::list_ports`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListPortsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListPortsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListPortsError {}
    impl ::generated_client::__private::OperationError for ListPortsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::list_repos`].
    ///
    /// `GET /v2/manage/repos`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListReposRequest {
        /// `offset`
        ///
        /// Query parameter `offset`.
        ///
        /// Required. Example: `0`.
        pub offset: i32,
        /// `limit`
        ///
        /// Query parameter `limit`.
        pub limit: ::core::option::Option<i32>,
    }
    impl ListReposRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(offset: i32) -> Self {
            Self {
                offset,
                limit: ::core::option::Option::None,
            }
        }
        /// Sets `limit`.
        #[inline]
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListReposRequest {
        type Output = ListReposOutput;
        type Error = ListReposError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListRepos",
            method: "GET",
            path: "/v2/manage/repos",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("offset", &self.offset);
            r.query("limit", &self.limit);
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
                        ::core::result::Result::Ok(ListReposOutput {
                            body: r.json()?,
                            content_range: r.header_value("Content-Range")?,
                        })
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ListReposError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListReposRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { offset : example.param("offset") ?, limit :
        example.param("limit") ?, }) } }
    }
    impl ::generated_client::__private::Paginate for ListReposRequest {
        type Item = Repo;
        const STYLE: ::generated_client::__private::PageStyle = ::generated_client::__private::PageStyle::Offset;
        #[inline]
        fn items(
            out: &mut Self::Output,
        ) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
            ::core::option::Option::Some(&mut out.body)
        }
        #[inline]
        fn position(&self) -> ::core::option::Option<i64> {
            ::core::option::Option::Some(i64::from(self.offset))
        }
        #[inline]
        fn set_position(&mut self, position: i64) -> bool {
            match ::core::convert::TryFrom::try_from(position) {
                ::core::result::Result::Ok(v) => {
                    self.offset = v;
                    true
                }
                ::core::result::Result::Err(_) => false,
            }
        }
        #[inline]
        fn page_size(&self) -> ::core::option::Option<i64> {
            self.limit.map(i64::from)
        }
    }
    /// Output of [`Paging::list_repos`] with status 200: the body and the response headers the spec declares.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListReposOutput {
        /// The response body.
        pub body: ::std::vec::Vec<Repo>,
        /// Response header `Content-Range`.
        pub content_range: ::core::option::Option<::std::string::String>,
    }
    /// Error statuses of [`Paging::list_repos`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListReposError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListReposError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListReposError {}
    impl ::generated_client::__private::OperationError for ListReposError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::list_servers_details`].
    ///
    /// `GET /v1/servers/detail`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListServersDetailsRequest {
        /// The page number, from 1.
        ///
        /// Query parameter `offset`.
        pub offset: ::core::option::Option<i64>,
        /// `limit`
        ///
        /// Query parameter `limit`.
        pub limit: ::core::option::Option<i32>,
    }
    impl ListServersDetailsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                offset: ::core::option::Option::None,
                limit: ::core::option::Option::None,
            }
        }
        /// Sets `offset`: The page number, from 1.
        #[inline]
        pub fn offset(mut self, value: i64) -> Self {
            self.offset = ::core::option::Option::Some(value);
            self
        }
        /// Sets `limit`.
        #[inline]
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListServersDetailsRequest {
        type Output = ListServersDetailsResponse;
        type Error = ListServersDetailsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListServersDetails",
            method: "GET",
            path: "/v1/servers/detail",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("offset", &self.offset);
            r.query("limit", &self.limit);
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
                            ListServersDetailsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListServersDetailsRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { offset : example.param("offset") ?, limit :
        example.param("limit") ?, }) } }
    }
    impl ::generated_client::__private::Paginate for ListServersDetailsRequest {
        type Item = Server;
        const STYLE: ::generated_client::__private::PageStyle = ::generated_client::__private::PageStyle::Page;
        #[inline]
        fn items(
            out: &mut Self::Output,
        ) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
            ::core::option::Option::Some(&mut out.result.as_mut()?.as_mut()?.servers)
        }
        #[inline]
        fn position(&self) -> ::core::option::Option<i64> {
            self.offset.map(i64::from)
        }
        #[inline]
        fn set_position(&mut self, position: i64) -> bool {
            match ::core::convert::TryFrom::try_from(position) {
                ::core::result::Result::Ok(v) => {
                    self.offset = ::core::option::Option::Some(v);
                    true
                }
                ::core::result::Result::Err(_) => false,
            }
        }
    }
    /// Error statuses of [`Paging::list_servers_details`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListServersDetailsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListServersDetailsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListServersDetailsError {}
    impl ::generated_client::__private::OperationError for ListServersDetailsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::list_projects`].
    ///
    /// `GET /v3/projects`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectsRequest {
        /// `per_page`
        ///
        /// Query parameter `per_page`.
        pub per_page: ::core::option::Option<i32>,
    }
    impl ListProjectsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                per_page: ::core::option::Option::None,
            }
        }
        /// Sets `per_page`.
        #[inline]
        pub fn per_page(mut self, value: i32) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListProjectsRequest {
        type Output = ListProjectsResponse;
        type Error = ListProjectsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListProjects",
            method: "GET",
            path: "/v3/projects",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query("per_page", &self.per_page);
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
                            ListProjectsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListProjectsRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { per_page : example.param("per_page") ?, }) } }
    }
    impl ::generated_client::__private::Paginate for ListProjectsRequest {
        type Item = Project;
        const STYLE: ::generated_client::__private::PageStyle = ::generated_client::__private::PageStyle::Link;
        #[inline]
        fn items(
            out: &mut Self::Output,
        ) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
            out.projects.as_mut()
        }
        #[inline]
        fn next_token(out: &mut Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(out.links.next.as_ref()?.as_ref()?.as_str())
        }
    }
    /// Error statuses of [`Paging::list_projects`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListProjectsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListProjectsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListProjectsError {}
    impl ::generated_client::__private::OperationError for ListProjectsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::stop_servers`].
    ///
    /// `POST /v1/{project_id}/servers/action`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct StopServersRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Request body.
        pub body: StopServersBody,
    }
    impl StopServersRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(body: StopServersBody) -> Self {
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
    impl ::generated_client::__private::Operation for StopServersRequest {
        type Output = StopServersResponse;
        type Error = StopServersError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "StopServers",
            method: "POST",
            path: "/v1/{project_id}/servers/action",
            content_type: ::core::option::Option::Some("application/json"),
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
                    _ => {
                        ::core::result::Result::Err(
                            StopServersError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for StopServersRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        body : example.body() ?, }) } }
    }
    /// Error statuses of [`Paging::stop_servers`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum StopServersError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for StopServersError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for StopServersError {}
    impl ::generated_client::__private::OperationError for StopServersError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::delete_cluster`].
    ///
    /// `DELETE /v1/{project_id}/clusters/{cluster_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteClusterRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `cluster_id`
        ///
        /// Path parameter `cluster_id`.
        ///
        /// Required. Example: `"c1"`.
        pub cluster_id: ::std::string::String,
    }
    impl DeleteClusterRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            cluster_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                cluster_id: cluster_id.into(),
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
    impl ::generated_client::__private::Operation for DeleteClusterRequest {
        type Output = DeleteClusterResponse;
        type Error = DeleteClusterError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "DeleteCluster",
            method: "DELETE",
            path: "/v1/{project_id}/clusters/{cluster_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("cluster_id", &self.cluster_id);
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
                            DeleteClusterError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for DeleteClusterRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        cluster_id : example.param("cluster_id") ?, }) } }
    }
    /// Error statuses of [`Paging::delete_cluster`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteClusterError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for DeleteClusterError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for DeleteClusterError {}
    impl ::generated_client::__private::OperationError for DeleteClusterError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::show_job`].
    ///
    /// `GET /v1/{project_id}/jobs/{job_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowJobRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `job_id`
        ///
        /// Path parameter `job_id`.
        ///
        /// Required. Example: `"j1"`.
        pub job_id: ::std::string::String,
    }
    impl ShowJobRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(job_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                job_id: job_id.into(),
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
    impl ::generated_client::__private::Operation for ShowJobRequest {
        type Output = ShowJobResponse;
        type Error = ShowJobError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowJob",
            method: "GET",
            path: "/v1/{project_id}/jobs/{job_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("job_id", &self.job_id);
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
                    404u16 => {
                        ::core::result::Result::Err(
                            r.error_body(ShowJobError::NotFound, ShowJobError::Unhandled),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ShowJobError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowJobRequest { #[inline] fn
        from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        job_id : example.param("job_id") ?, }) } }
    }
    impl ::generated_client::__private::Wait for ShowJobRequest {
        const DONE: &'static [&'static str] = &["Succeeded"];
        const FAILED: &'static [&'static str] = &["Failed", "Aborted"];
        #[inline]
        fn status(out: &Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(out.status.as_ref()?.phase.as_ref()?.as_str())
        }
    }
    /// Error statuses of [`Paging::show_job`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowJobError {
        /// 404 NotFound
        NotFound(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowJobError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowJobError {}
    impl ::generated_client::__private::OperationError for ShowJobError {
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
    /// Request of [`Paging::show_task`].
    ///
    /// `GET /v1/tasks/{task_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowTaskRequest {
        /// `task_id`
        ///
        /// Path parameter `task_id`.
        ///
        /// Required. Example: `"t1"`.
        pub task_id: ::std::string::String,
    }
    impl ShowTaskRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(task_id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { task_id: task_id.into() }
        }
    }
    impl ::generated_client::__private::Operation for ShowTaskRequest {
        type Output = ShowTaskResponse;
        type Error = ShowTaskError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowTask",
            method: "GET",
            path: "/v1/tasks/{task_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("task_id", &self.task_id);
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
                            ShowTaskError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowTaskRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { task_id : example.param("task_id") ?, }) } }
    }
    impl ::generated_client::__private::Wait for ShowTaskRequest {
        const DONE: &'static [&'static str] = &["done"];
        const FAILED: &'static [&'static str] = &[];
        #[inline]
        fn status(out: &Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(out.state.as_str())
        }
    }
    /// Error statuses of [`Paging::show_task`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowTaskError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowTaskError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowTaskError {}
    impl ::generated_client::__private::OperationError for ShowTaskError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::export_logs`].
    ///
    /// `POST /v1/servers/{id}/exports`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ExportLogsRequest {
        /// `id`
        ///
        /// Path parameter `id`.
        ///
        /// Required. Example: `"s1"`.
        pub id: ::std::string::String,
    }
    impl ExportLogsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl ::generated_client::__private::Operation for ExportLogsRequest {
        type Output = ExportLogsResponse;
        type Error = ExportLogsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ExportLogs",
            method: "POST",
            path: "/v1/servers/{id}/exports",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("id", &self.id);
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
                    202u16 => ::core::result::Result::Ok(r.json()?),
                    _ => {
                        ::core::result::Result::Err(
                            ExportLogsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ExportLogsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { id : example.param("id") ?, }) } }
    }
    /// Error statuses of [`Paging::export_logs`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ExportLogsError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ExportLogsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ExportLogsError {}
    impl ::generated_client::__private::OperationError for ExportLogsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Paging::show_export`].
    ///
    /// `GET /v1/servers/{id}/exports/{export_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowExportRequest {
        /// `id`
        ///
        /// Path parameter `id`.
        ///
        /// Required. Example: `"s1"`.
        pub id: ::std::string::String,
        /// `export_id`
        ///
        /// Path parameter `export_id`.
        ///
        /// Required. Example: `"e1"`.
        pub export_id: ::std::string::String,
    }
    impl ShowExportRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            id: impl ::core::convert::Into<::std::string::String>,
            export_id: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                id: id.into(),
                export_id: export_id.into(),
            }
        }
    }
    impl ::generated_client::__private::Operation for ShowExportRequest {
        type Output = ShowExportResponse;
        type Error = ShowExportError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "paging",
            host: "paging.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowExport",
            method: "GET",
            path: "/v1/servers/{id}/exports/{export_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("id", &self.id);
            r.path("export_id", &self.export_id);
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
                            ShowExportError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowExportRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { id : example.param("id") ?, export_id : example
        .param("export_id") ?, }) } }
    }
    impl ::generated_client::__private::Wait for ShowExportRequest {
        const DONE: &'static [&'static str] = &["completed"];
        const FAILED: &'static [&'static str] = &[];
        #[inline]
        fn status(out: &Self::Output) -> ::core::option::Option<&str> {
            ::core::option::Option::Some(out.status.as_ref()?.as_str())
        }
    }
    /// Error statuses of [`Paging::show_export`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowExportError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowExportError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowExportError {}
    impl ::generated_client::__private::OperationError for ShowExportError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Paginators and waiters service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Paging(::generated_client::__private::Handle);
    impl Paging {
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
        /// ListServers
        ///
        /// `GET /v1/servers`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListServersResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListServersError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ListServersRequest::new();
        /// let response = paging::Paging::new(&client).list_servers(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_servers(
            &self,
            request: ListServersRequest,
        ) -> ::generated_client::__private::Call<ListServersRequest> {
            self.0.send(request)
        }
        /// Every page of [`list_servers`](Self::list_servers), from the one `request` asks for: the `id` of a page's last item is the next request's `marker`. The items are `servers`.
        ///
        /// [`pages`](generated_client::Paginator::pages) is a `Stream` of each page's result, [`items`](generated_client::Paginator::items) one of each item, [`limit`](generated_client::Paginator::limit) caps the items. Paging ends at an empty page, a page shorter than the request's `limit`, a page without a next token, or an error; a token the service repeats, or the same page twice, ends it with an error instead of looping.
        #[inline]
        pub fn list_servers_paginator(
            &self,
            request: ListServersRequest,
        ) -> ::generated_client::__private::Paginator<ListServersRequest> {
            self.0.paginate(request)
        }
        /// ListPorts
        ///
        /// `GET /v3/ports`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListPortsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListPortsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ListPortsRequest::new();
        /// let response = paging::Paging::new(&client).list_ports(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_ports(
            &self,
            request: ListPortsRequest,
        ) -> ::generated_client::__private::Call<ListPortsRequest> {
            self.0.send(request)
        }
        /// Every page of [`list_ports`](Self::list_ports), from the one `request` asks for: the response's `page_info.next_marker` is the next request's `marker`. The items are `ports`.
        ///
        /// [`pages`](generated_client::Paginator::pages) is a `Stream` of each page's result, [`items`](generated_client::Paginator::items) one of each item, [`limit`](generated_client::Paginator::limit) caps the items. Paging ends at an empty page, a page without a next token, or an error; a token the service repeats, or the same page twice, ends it with an error instead of looping.
        #[inline]
        pub fn list_ports_paginator(
            &self,
            request: ListPortsRequest,
        ) -> ::generated_client::__private::Paginator<ListPortsRequest> {
            self.0.paginate(request)
        }
        /// ListRepos
        ///
        /// `GET /v2/manage/repos`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``ListReposOutput``>`, or [`Error`](generated_client::Error)`<`[`ListReposError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ListReposRequest::new(0);
        /// let response = paging::Paging::new(&client).list_repos(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_repos(
            &self,
            request: ListReposRequest,
        ) -> ::generated_client::__private::Call<ListReposRequest> {
            self.0.send(request)
        }
        /// Every page of [`list_repos`](Self::list_repos), from the one `request` asks for: the next request's `offset` is the offset of the first item not yet read. The items are the body.
        ///
        /// [`pages`](generated_client::Paginator::pages) is a `Stream` of each page's result, [`items`](generated_client::Paginator::items) one of each item, [`limit`](generated_client::Paginator::limit) caps the items. Paging ends at an empty page, a page shorter than the request's `limit`, or an error; a token the service repeats, or the same page twice, ends it with an error instead of looping.
        #[inline]
        pub fn list_repos_paginator(
            &self,
            request: ListReposRequest,
        ) -> ::generated_client::__private::Paginator<ListReposRequest> {
            self.0.paginate(request)
        }
        /// ListServersDetails
        ///
        /// `GET /v1/servers/detail`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListServersDetailsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListServersDetailsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ListServersDetailsRequest::new();
        /// let response = paging::Paging::new(&client).list_servers_details(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_servers_details(
            &self,
            request: ListServersDetailsRequest,
        ) -> ::generated_client::__private::Call<ListServersDetailsRequest> {
            self.0.send(request)
        }
        /// Every page of [`list_servers_details`](Self::list_servers_details), from the one `request` asks for: the next request's `offset` is the next page number. The items are `result.servers`.
        ///
        /// [`pages`](generated_client::Paginator::pages) is a `Stream` of each page's result, [`items`](generated_client::Paginator::items) one of each item, [`limit`](generated_client::Paginator::limit) caps the items. Paging ends at an empty page, or an error; a token the service repeats, or the same page twice, ends it with an error instead of looping.
        #[inline]
        pub fn list_servers_details_paginator(
            &self,
            request: ListServersDetailsRequest,
        ) -> ::generated_client::__private::Paginator<ListServersDetailsRequest> {
            self.0.paginate(request)
        }
        /// ListProjects
        ///
        /// `GET /v3/projects`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListProjectsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListProjectsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ListProjectsRequest::new();
        /// let response = paging::Paging::new(&client).list_projects(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_projects(
            &self,
            request: ListProjectsRequest,
        ) -> ::generated_client::__private::Call<ListProjectsRequest> {
            self.0.send(request)
        }
        /// Every page of [`list_projects`](Self::list_projects), from the one `request` asks for: the next request has the query of the URL in the response's `links.next`. The items are `projects`.
        ///
        /// [`pages`](generated_client::Paginator::pages) is a `Stream` of each page's result, [`items`](generated_client::Paginator::items) one of each item, [`limit`](generated_client::Paginator::limit) caps the items. Paging ends at an empty page, a page without a next token, or an error; a token the service repeats, or the same page twice, ends it with an error instead of looping.
        #[inline]
        pub fn list_projects_paginator(
            &self,
            request: ListProjectsRequest,
        ) -> ::generated_client::__private::Paginator<ListProjectsRequest> {
            self.0.paginate(request)
        }
        /// StopServers
        ///
        /// `POST /v1/{project_id}/servers/action`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`StopServersResponse`]`>`, or [`Error`](generated_client::Error)`<`[`StopServersError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: paging::StopServersRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = paging::Paging::new(&client).stop_servers(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn stop_servers(
            &self,
            request: StopServersRequest,
        ) -> ::generated_client::__private::Call<StopServersRequest> {
            self.0.send(request)
        }
        /// Waits for the job [`stop_servers`](Self::stop_servers) started: polls [`show_job`](Self::show_job) with the job id `job_id` of its output, as [`wait_show_job`](Self::wait_show_job) does.
        ///
        /// When the output has no job id, the waiter resolves to a validation error and sends nothing.
        #[inline]
        pub fn wait_stop_servers(
            &self,
            started: &StopServersResponse,
        ) -> ::generated_client::__private::Waiter<ShowJobRequest> {
            let job = || ::core::option::Option::Some(
                ShowJobRequest::new(started.job_id.as_ref()?.as_str()),
            );
            let job = job();
            self.0.wait_job(job, "StopServers", "job_id")
        }
        /// DeleteCluster
        ///
        /// `DELETE /v1/{project_id}/clusters/{cluster_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`DeleteClusterResponse`]`>`, or [`Error`](generated_client::Error)`<`[`DeleteClusterError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::DeleteClusterRequest::new("c1");
        /// let response = paging::Paging::new(&client).delete_cluster(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn delete_cluster(
            &self,
            request: DeleteClusterRequest,
        ) -> ::generated_client::__private::Call<DeleteClusterRequest> {
            self.0.send(request)
        }
        /// Waits for the job [`delete_cluster`](Self::delete_cluster) started: polls [`show_job`](Self::show_job) with the job id `status.job.id` of its output, as [`wait_show_job`](Self::wait_show_job) does.
        ///
        /// When the output has no job id, the waiter resolves to a validation error and sends nothing.
        #[inline]
        pub fn wait_delete_cluster(
            &self,
            started: &DeleteClusterResponse,
        ) -> ::generated_client::__private::Waiter<ShowJobRequest> {
            let job = || ::core::option::Option::Some(
                ShowJobRequest::new(
                    started.status.as_ref()?.job.as_ref()?.as_ref()?.id.as_str(),
                ),
            );
            let job = job();
            self.0.wait_job(job, "DeleteCluster", "status.job.id")
        }
        /// ShowJob
        ///
        /// `GET /v1/{project_id}/jobs/{job_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowJobResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowJobError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ShowJobRequest::new("j1");
        /// let response = paging::Paging::new(&client).show_job(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_job(
            &self,
            request: ShowJobRequest,
        ) -> ::generated_client::__private::Call<ShowJobRequest> {
            self.0.send(request)
        }
        /// Polls [`show_job`](Self::show_job) until the job's `status.phase` is done or failed, or the policy's deadline passes: [`Done`](generated_client::WaitOutcome::Done) at `Succeeded`, [`Failed`](generated_client::WaitOutcome::Failed) at `Failed`, `Aborted`; any other state is still running.
        ///
        /// `.await` it for a [`WaitResult`](generated_client::WaitResult); set the backoff and deadline with [`policy`](generated_client::Waiter::policy).
        #[inline]
        pub fn wait_show_job(
            &self,
            request: ShowJobRequest,
        ) -> ::generated_client::__private::Waiter<ShowJobRequest> {
            self.0.wait(request)
        }
        /// ShowTask
        ///
        /// `GET /v1/tasks/{task_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowTaskResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowTaskError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ShowTaskRequest::new("t1");
        /// let response = paging::Paging::new(&client).show_task(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_task(
            &self,
            request: ShowTaskRequest,
        ) -> ::generated_client::__private::Call<ShowTaskRequest> {
            self.0.send(request)
        }
        /// Polls [`show_task`](Self::show_task) until the job's `state` is done or failed, or the policy's deadline passes: [`Done`](generated_client::WaitOutcome::Done) at `done`; any other state is still running.
        ///
        /// `.await` it for a [`WaitResult`](generated_client::WaitResult); set the backoff and deadline with [`policy`](generated_client::Waiter::policy).
        #[inline]
        pub fn wait_show_task(
            &self,
            request: ShowTaskRequest,
        ) -> ::generated_client::__private::Waiter<ShowTaskRequest> {
            self.0.wait(request)
        }
        /// ExportLogs
        ///
        /// `POST /v1/servers/{id}/exports`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ExportLogsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ExportLogsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ExportLogsRequest::new("s1");
        /// let response = paging::Paging::new(&client).export_logs(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn export_logs(
            &self,
            request: ExportLogsRequest,
        ) -> ::generated_client::__private::Call<ExportLogsRequest> {
            self.0.send(request)
        }
        /// Waits for the job [`export_logs`](Self::export_logs) started: polls [`show_export`](Self::show_export) with the job id `export_id` of its output and the `id` of the `request` it was started with, as [`wait_show_export`](Self::wait_show_export) does.
        ///
        /// When the output has no job id, the waiter resolves to a validation error and sends nothing.
        #[inline]
        pub fn wait_export_logs(
            &self,
            request: &ExportLogsRequest,
            started: &ExportLogsResponse,
        ) -> ::generated_client::__private::Waiter<ShowExportRequest> {
            let job = ::core::option::Option::Some(
                ShowExportRequest::new(
                    ::core::clone::Clone::clone(&request.id),
                    started.export_id.as_str(),
                ),
            );
            self.0.wait_job(job, "ExportLogs", "export_id")
        }
        /// ShowExport
        ///
        /// `GET /v1/servers/{id}/exports/{export_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowExportResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowExportError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = paging::ShowExportRequest::new("s1", "e1");
        /// let response = paging::Paging::new(&client).show_export(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_export(
            &self,
            request: ShowExportRequest,
        ) -> ::generated_client::__private::Call<ShowExportRequest> {
            self.0.send(request)
        }
        /// Polls [`show_export`](Self::show_export) until the job's `status` is done or failed, or the policy's deadline passes: [`Done`](generated_client::WaitOutcome::Done) at `completed`; any other state is still running.
        ///
        /// `.await` it for a [`WaitResult`](generated_client::WaitResult); set the backoff and deadline with [`policy`](generated_client::Waiter::policy).
        #[inline]
        pub fn wait_show_export(
            &self,
            request: ShowExportRequest,
        ) -> ::generated_client::__private::Waiter<ShowExportRequest> {
            self.0.wait(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ListServersRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListPortsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListReposRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListServersDetailsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListProjectsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < StopServersRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < DeleteClusterRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowJobRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowTaskRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ExportLogsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowExportRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "paging",
        host: "paging.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/paging.yaml")
        ),
        operations: &[
            <ListServersRequest as ::generated_client::__private::Operation>::META,
            <ListPortsRequest as ::generated_client::__private::Operation>::META,
            <ListReposRequest as ::generated_client::__private::Operation>::META,
            <ListServersDetailsRequest as ::generated_client::__private::Operation>::META,
            <ListProjectsRequest as ::generated_client::__private::Operation>::META,
            <StopServersRequest as ::generated_client::__private::Operation>::META,
            <DeleteClusterRequest as ::generated_client::__private::Operation>::META,
            <ShowJobRequest as ::generated_client::__private::Operation>::META,
            <ShowTaskRequest as ::generated_client::__private::Operation>::META,
            <ExportLogsRequest as ::generated_client::__private::Operation>::META,
            <ShowExportRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&paging::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/paging.yaml");
