// Expansion of tests/fixtures/headers.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Response headers
pub mod headers {
    /// A repository, shared by two operations.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Repo {
        /// `name`
        ///
        /// Required.
        pub name: ::std::string::String,
        /// `size`
        pub size: ::core::option::Option<i64>,
    }
    impl ::generated_client::__private::FromJson for Repo {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (name, size) = o.read(["name", "size"])?;
            ::core::result::Result::Ok(Self { name, size })
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
        -> Self { Self { name : name.into(), size : ::core::option::Option::None } }
        #[doc = " Sets `size`."] #[inline] pub fn size(mut self, value : i64) -> Self {
        self.size = ::core::option::Option::Some(value); self } }
    }
    /// Language of the answer.
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum Lang {
        /// `en-us`
        EnUs,
        /// `zh-cn`
        ZhCn,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl Lang {
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
        /// Whether the spec lists this value.
        #[inline]
        pub fn is_known(&self) -> bool {
            !::core::matches!(self, Self::Unknown(_))
        }
    }
    /// Values are equal when their wire values are.
    impl ::core::cmp::PartialEq for Lang {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for Lang {}
    impl ::core::hash::Hash for Lang {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for Lang {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for Lang {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Lang { fn serialize < S
        : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for Lang { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for Lang { #[inline] fn from_json(v
        : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > {
        ::generated_client::__private::open_enum(v, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromHeader for Lang {
        #[inline]
        fn from_header(
            text: &str,
        ) -> ::core::result::Result<Self, ::std::string::String> {
            ::core::result::Result::Ok(Self::from_wire(text))
        }
    }
    /// Used as: `CreateToken` response 400, `ListRepos` response 400, `DownloadLog` response 404.
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
    /// Used as: `CreateToken` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateTokenBody {
        /// `user`
        ///
        /// Required.
        pub user: ::std::string::String,
    }
    impl ::generated_client::__private::ToJson for CreateTokenBody {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("user", &self.user);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for CreateTokenBody {
        #[inline] fn serialize < S : ::generated_client::__private::serde::Serializer >
        (& self, s : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for CreateTokenBody { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (user,) = o.read(["user"])
        ?; ::core::result::Result::Ok(Self { user }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for CreateTokenBody {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl CreateTokenBody {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(user: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { user: user.into() }
        }
    }
    impl ::generated_client::__private::Validate for CreateTokenBody {}
    /// Used as: `CreateToken` response 201.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateTokenResponse {
        /// `expires_at`
        pub expires_at: ::core::option::Option<::generated_client::__private::DateTime>,
    }
    impl ::generated_client::__private::FromJson for CreateTokenResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (expires_at,) = o.read(["expires_at"])?;
            ::core::result::Result::Ok(Self { expires_at })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        CreateTokenResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl CreateTokenResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { expires_at : ::core::option::Option::None
        } } #[doc = " Sets `expires_at`."] #[inline] pub fn expires_at(mut self, value :
        ::generated_client::__private::DateTime) -> Self { self.expires_at =
        ::core::option::Option::Some(value); self } }
    }
    /// Request of [`Headers::create_token`].
    ///
    /// `POST /v3/auth/tokens`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateTokenRequest {
        /// Request body.
        pub body: CreateTokenBody,
    }
    impl CreateTokenRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(body: CreateTokenBody) -> Self {
            Self { body }
        }
    }
    impl ::generated_client::__private::Operation for CreateTokenRequest {
        type Output = CreateTokenOutput;
        type Error = CreateTokenError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "headers",
            host: "headers.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "CreateToken",
            method: "POST",
            path: "/v3/auth/tokens",
            content_type: ::core::option::Option::Some("application/json"),
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            v.field("body", &self.body, &::generated_client::__private::Rules::NONE);
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
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
                    201u16 => {
                        ::core::result::Result::Ok(CreateTokenOutput {
                            body: r.json()?,
                            x_subject_token: r.header_value("X-Subject-Token")?,
                            x_expires_at: r.header_value("X-Expires-At")?,
                        })
                    }
                    400u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    CreateTokenError::BadRequest,
                                    CreateTokenError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            CreateTokenError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for CreateTokenRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { body : example.body() ?, }) } }
    }
    /// Output of [`Headers::create_token`] with status 201: the body and the response headers the spec declares.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct CreateTokenOutput {
        /// The response body.
        pub body: CreateTokenResponse,
        /// The token.
        ///
        /// Response header `X-Subject-Token`.
        pub x_subject_token: ::std::string::String,
        /// Response header `X-Expires-At`.
        pub x_expires_at: ::core::option::Option<
            ::generated_client::__private::DateTime<
                ::generated_client::__private::EpochSecondsString,
            >,
        >,
    }
    /// Error statuses of [`Headers::create_token`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum CreateTokenError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for CreateTokenError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for CreateTokenError {}
    impl ::generated_client::__private::OperationError for CreateTokenError {
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
    /// Request of [`Headers::put_object`].
    ///
    /// `PUT /v1/objects/{key}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PutObjectRequest {
        /// `key`
        ///
        /// Path parameter `key`.
        ///
        /// Required. Example: `"a.txt"`.
        pub key: ::std::string::String,
    }
    impl PutObjectRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(key: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { key: key.into() }
        }
    }
    impl ::generated_client::__private::Operation for PutObjectRequest {
        type Output = PutObjectOutput;
        type Error = PutObjectError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "headers",
            host: "headers.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "PutObject",
            method: "PUT",
            path: "/v1/objects/{key}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("key", &self.key);
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
                        ::core::result::Result::Ok(
                            PutObjectOutput::Ok(PutObjectOkOutput {
                                etag: r.header_value("ETag")?,
                                x_obs_version_id: r.header_value("x-obs-version-id")?,
                                x_obs_delete_marker: r.header_value("x-obs-delete-marker")?,
                                x_obs_next_append_position: r
                                    .header_value("x-obs-next-append-position")?,
                            }),
                        )
                    }
                    303u16 => {
                        ::core::result::Result::Ok(
                            PutObjectOutput::SeeOther(PutObjectSeeOtherOutput {
                                location: r.header_value("Location")?,
                            }),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            PutObjectError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for PutObjectRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { key : example.param("key") ?, }) } }
    }
    /// Successful outcomes of [`Headers::put_object`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub enum PutObjectOutput {
        /// 200 Ok: Stored; everything of interest is in headers.
        Ok(PutObjectOkOutput),
        /// 303 SeeOther: Redirected to success-action-redirect.
        SeeOther(PutObjectSeeOtherOutput),
    }
    /// Output of [`Headers::put_object`] with status 200: the response headers the spec declares.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PutObjectOkOutput {
        /// Response header `ETag`.
        pub etag: ::std::string::String,
        /// Response header `x-obs-version-id`.
        pub x_obs_version_id: ::core::option::Option<::std::string::String>,
        /// Response header `x-obs-delete-marker`.
        pub x_obs_delete_marker: ::core::option::Option<bool>,
        /// Response header `x-obs-next-append-position`.
        pub x_obs_next_append_position: ::core::option::Option<i64>,
    }
    /// Output of [`Headers::put_object`] with status 303: the response headers the spec declares.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct PutObjectSeeOtherOutput {
        /// Response header `Location`.
        pub location: ::std::string::String,
    }
    /// Error statuses of [`Headers::put_object`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum PutObjectError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for PutObjectError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for PutObjectError {}
    impl ::generated_client::__private::OperationError for PutObjectError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Headers::list_repos`].
    ///
    /// `GET /v2/manage/repos`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListReposRequest {}
    impl ListReposRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new() -> Self {
            Self {}
        }
    }
    impl ::generated_client::__private::Operation for ListReposRequest {
        type Output = ListReposOutput;
        type Error = ListReposError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "headers",
            host: "headers.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListRepos",
            method: "GET",
            path: "/v2/manage/repos",
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
                    200u16 => {
                        ::core::result::Result::Ok(ListReposOutput {
                            body: r.json()?,
                            content_range: r.header_value("Content-Range")?,
                            x_total: r.header_value("X-Total")?,
                            x_lang: r.header_value("X-Lang")?,
                        })
                    }
                    400u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    ListReposError::BadRequest,
                                    ListReposError::Unhandled,
                                ),
                        )
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
        ::core::result::Result::Ok(Self {}) } }
    }
    /// Output of [`Headers::list_repos`] with status 200: the body and the response headers the spec declares.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListReposOutput {
        /// The response body.
        pub body: ::std::vec::Vec<Repo>,
        /// Response header `Content-Range`.
        pub content_range: ::std::string::String,
        /// Response header `X-Total`.
        pub x_total: ::core::option::Option<i32>,
        /// Response header `X-Lang`.
        pub x_lang: ::core::option::Option<Lang>,
    }
    /// Error statuses of [`Headers::list_repos`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListReposError {
        /// 400 BadRequest
        BadRequest(ErrorBody),
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
    /// Request of [`Headers::show_repo`].
    ///
    /// `GET /v2/manage/repos/{name}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowRepoRequest {
        /// `name`
        ///
        /// Path parameter `name`.
        ///
        /// Required. Example: `"a"`.
        pub name: ::std::string::String,
    }
    impl ShowRepoRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(name: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { name: name.into() }
        }
    }
    impl ::generated_client::__private::Operation for ShowRepoRequest {
        type Output = Repo;
        type Error = ShowRepoError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "headers",
            host: "headers.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowRepo",
            method: "GET",
            path: "/v2/manage/repos/{name}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("name", &self.name);
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
                            ShowRepoError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowRepoRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { name : example.param("name") ?, }) } }
    }
    /// Error statuses of [`Headers::show_repo`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowRepoError {
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowRepoError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowRepoError {}
    impl ::generated_client::__private::OperationError for ShowRepoError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Headers::download_log`].
    ///
    /// `GET /v1/logs/{name}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DownloadLogRequest {
        /// `name`
        ///
        /// Path parameter `name`.
        ///
        /// Required. Example: `"app.log"`.
        pub name: ::std::string::String,
    }
    impl DownloadLogRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(name: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { name: name.into() }
        }
    }
    impl ::generated_client::__private::Operation for DownloadLogRequest {
        type Output = DownloadLogOutput;
        type Error = DownloadLogError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "headers",
            host: "headers.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "DownloadLog",
            method: "GET",
            path: "/v1/logs/{name}",
            content_type: ::core::option::Option::None,
            streamed: &[(200u16, 200u16)],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path("name", &self.name);
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
                        ::core::result::Result::Ok(DownloadLogOutput {
                            body: r.byte_stream(),
                            content_disposition: r.header_value("Content-Disposition")?,
                            content_length: r.header_value("Content-Length")?,
                        })
                    }
                    404u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    DownloadLogError::NotFound,
                                    DownloadLogError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            DownloadLogError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for DownloadLogRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { name : example.param("name") ?, }) } }
    }
    /// Output of [`Headers::download_log`] with status 200: the body and the response headers the spec declares.
    #[derive(Debug)]
    #[non_exhaustive]
    pub struct DownloadLogOutput {
        /// The response body.
        pub body: ::generated_client::__private::ByteStream,
        /// Response header `Content-Disposition`.
        pub content_disposition: ::std::string::String,
        /// Response header `Content-Length`.
        pub content_length: ::core::option::Option<i64>,
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::DownloadOutput for DownloadLogOutput {
        #[inline] fn into_download(self) -> ::core::option::Option <
        ::generated_client::__private::ByteStream > { ::core::option::Option::Some(self
        .body) } }
    }
    /// Error statuses of [`Headers::download_log`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DownloadLogError {
        /// 404 NotFound
        NotFound(ErrorBody),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for DownloadLogError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for DownloadLogError {}
    impl ::generated_client::__private::OperationError for DownloadLogError {
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
    /// Calls of the Response headers service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Headers(::generated_client::__private::Handle);
    impl Headers {
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
        /// CreateToken
        ///
        /// `POST /v3/auth/tokens`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`CreateTokenOutput`]`>`, or [`Error`](generated_client::Error)`<`[`CreateTokenError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: headers::CreateTokenRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = headers::Headers::new(&client).create_token(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn create_token(
            &self,
            request: CreateTokenRequest,
        ) -> ::generated_client::__private::Call<CreateTokenRequest> {
            self.0.send(request)
        }
        /// PutObject
        ///
        /// `PUT /v1/objects/{key}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`PutObjectOutput`]`>`, or [`Error`](generated_client::Error)`<`[`PutObjectError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = headers::PutObjectRequest::new("a.txt");
        /// let response = headers::Headers::new(&client).put_object(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn put_object(
            &self,
            request: PutObjectRequest,
        ) -> ::generated_client::__private::Call<PutObjectRequest> {
            self.0.send(request)
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
        /// let request = headers::ListReposRequest::new();
        /// let response = headers::Headers::new(&client).list_repos(request).await?;
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
        /// ShowRepo
        ///
        /// `GET /v2/manage/repos/{name}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`Repo`]`>`, or [`Error`](generated_client::Error)`<`[`ShowRepoError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = headers::ShowRepoRequest::new("a");
        /// let response = headers::Headers::new(&client).show_repo(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_repo(
            &self,
            request: ShowRepoRequest,
        ) -> ::generated_client::__private::Call<ShowRepoRequest> {
            self.0.send(request)
        }
        /// DownloadLog
        ///
        /// `GET /v1/logs/{name}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``DownloadLogOutput``>`, or [`Error`](generated_client::Error)`<`[`DownloadLogError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = headers::DownloadLogRequest::new("app.log");
        /// let response = headers::Headers::new(&client).download_log(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn download_log(
            &self,
            request: DownloadLogRequest,
        ) -> ::generated_client::__private::Call<DownloadLogRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < CreateTokenRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < PutObjectRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ListReposRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ShowRepoRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract_download:: < DownloadLogRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "headers",
        host: "headers.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/headers.yaml")
        ),
        operations: &[
            <CreateTokenRequest as ::generated_client::__private::Operation>::META,
            <PutObjectRequest as ::generated_client::__private::Operation>::META,
            <ListReposRequest as ::generated_client::__private::Operation>::META,
            <ShowRepoRequest as ::generated_client::__private::Operation>::META,
            <DownloadLogRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&headers::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/headers.yaml");
