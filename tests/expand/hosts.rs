// Expansion of tests/fixtures/hosts.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Hosts and credential scope
pub mod hosts {
    /// Used as: field `projects` of [`ListProjectsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Project {
        /// `id`
        ///
        /// Required.
        pub id: ::std::string::String,
        /// `name`
        pub name: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for Project {
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
        -> Self { Self { id : id.into(), name : ::core::option::Option::None } } #[doc =
        " Sets `name`."] #[inline] pub fn name(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.name =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: `ListProjects` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectsResponse {
        /// `projects`
        pub projects: ::core::option::Option<::std::vec::Vec<Project>>,
    }
    impl ::generated_client::__private::FromJson for ListProjectsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (projects,) = o.read(["projects"])?;
            ::core::result::Result::Ok(Self { projects })
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
        #[inline] pub fn new() -> Self { Self { projects : ::core::option::Option::None }
        } #[doc = " Sets `projects`."] #[inline] pub fn projects(mut self, value :
        ::std::vec::Vec < Project >) -> Self { self.projects =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ListProjects` response 400.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectsBadRequestBody {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `error_msg`
        pub error_msg: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ListProjectsBadRequestBody {
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
        ListProjectsBadRequestBody { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListProjectsBadRequestBody { #[doc =
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
    /// Used as: `ShowDomain` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowDomainResponse {
        /// `id`
        pub id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ShowDomainResponse {
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
        ShowDomainResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowDomainResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { id : ::core::option::Option::None } }
        #[doc = " Sets `id`."] #[inline] pub fn id(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Request of [`Hosts::list_projects`].
    ///
    /// `GET /v3/projects`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListProjectsRequest {
        /// `domain_id`
        ///
        /// Query parameter `domain_id`. When unset, the client's `domain_id` is used.
        ///
        /// Required. Example: `"d78cbac186b744899480f25bd022f468"`.
        pub domain_id: ::core::option::Option<::std::string::String>,
        /// `name`
        ///
        /// Query parameter `name`.
        ///
        /// Example: `"cn-north-4"`.
        pub name: ::core::option::Option<::std::string::String>,
        /// The project to list in.
        ///
        /// Header parameter `X-Project-Id`. When unset, the client's `project_id` is used.
        pub x_project_id: ::core::option::Option<::std::string::String>,
    }
    impl ListProjectsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                domain_id: ::core::option::Option::None,
                name: ::core::option::Option::None,
                x_project_id: ::core::option::Option::None,
            }
        }
        /// Sets `domain_id`.
        #[inline]
        pub fn domain_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.domain_id = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `name`.
        #[inline]
        pub fn name(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.name = ::core::option::Option::Some(value.into());
            self
        }
        /// Sets `X-Project-Id`: The project to list in.
        #[inline]
        pub fn x_project_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.x_project_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for ListProjectsRequest {
        type Output = ListProjectsResponse;
        type Error = ListProjectsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "hosts",
            host: "iam.{domain}",
            scope: ::generated_client::__private::CredentialScope::Domain,
            name: "ListProjects",
            method: "GET",
            path: "/v3/projects",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.query_or_context("domain_id", self.domain_id.as_ref(), "domain_id", true);
            r.query("name", &self.name);
            r.header_or_context(
                "X-Project-Id",
                self.x_project_id.as_ref(),
                "project_id",
                false,
            );
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
                                    ListProjectsError::BadRequest,
                                    ListProjectsError::Unhandled,
                                ),
                        )
                    }
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
        ::core::result::Result::Ok(Self { domain_id : example.param("domain_id") ?, name
        : example.param("name") ?, x_project_id : example.param("X-Project-Id") ?, }) } }
    }
    /// Error statuses of [`Hosts::list_projects`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListProjectsError {
        /// 400 BadRequest: Invalid parameters.
        BadRequest(ListProjectsBadRequestBody),
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
    /// Request of [`Hosts::show_domain`].
    ///
    /// `GET /v3/domains/{domain_id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowDomainRequest {
        /// `domain_id`
        ///
        /// Path parameter `domain_id`. When unset, the client's `domain_id` is used.
        ///
        /// Required.
        pub domain_id: ::core::option::Option<::std::string::String>,
    }
    impl ShowDomainRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {
                domain_id: ::core::option::Option::None,
            }
        }
        /// Sets `domain_id`.
        #[inline]
        pub fn domain_id(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.domain_id = ::core::option::Option::Some(value.into());
            self
        }
    }
    impl ::generated_client::__private::Operation for ShowDomainRequest {
        type Output = ShowDomainResponse;
        type Error = ShowDomainError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "hosts",
            host: "iam.{domain}",
            scope: ::generated_client::__private::CredentialScope::Domain,
            name: "ShowDomain",
            method: "GET",
            path: "/v3/domains/{domain_id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("domain_id", self.domain_id.as_ref(), "domain_id");
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
                            ShowDomainError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowDomainRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { domain_id : example.param("domain_id") ?, }) }
        }
    }
    /// Error statuses of [`Hosts::show_domain`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowDomainError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowDomainError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowDomainError {}
    impl ::generated_client::__private::OperationError for ShowDomainError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Hosts and credential scope service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Hosts(::generated_client::__private::Handle);
    impl Hosts {
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
        /// let request = hosts::ListProjectsRequest::new();
        /// let response = hosts::Hosts::new(&client).list_projects(request).await?;
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
        /// ShowDomain
        ///
        /// `GET /v3/domains/{domain_id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowDomainResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowDomainError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = hosts::ShowDomainRequest::new();
        /// let response = hosts::Hosts::new(&client).show_domain(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_domain(
            &self,
            request: ShowDomainRequest,
        ) -> ::generated_client::__private::Call<ShowDomainRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ListProjectsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowDomainRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "hosts",
        host: "iam.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/hosts.yaml")
        ),
        operations: &[
            <ListProjectsRequest as ::generated_client::__private::Operation>::META,
            <ShowDomainRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&hosts::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/hosts.yaml");
