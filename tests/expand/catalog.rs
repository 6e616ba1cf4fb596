// Expansion of tests/fixtures/catalog.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Catalog
pub mod catalog {
    /// Used as: `ShowItem` response 404, `ShowItem` response 4XX, `ShowItem` response 5XX, `DeleteItem` response default.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Problem {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `error_msg`
        pub error_msg: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for Problem {
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
        Problem { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Problem { #[doc =
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
    /// Used as: `UpdateItem` response 401.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TwoShapes {
        /// `error_code`
        pub error_code: ::core::option::Option<::std::string::String>,
        /// `error_msg`
        pub error_msg: ::core::option::Option<::std::string::String>,
        /// `error`
        pub error: ::core::option::Option<TwoShapesError>,
    }
    impl ::generated_client::__private::FromJson for TwoShapes {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error_code, error_msg, error) = o
                .read(["error_code", "error_msg", "error"])?;
            ::core::result::Result::Ok(Self {
                error_code,
                error_msg,
                error,
            })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        TwoShapes { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl TwoShapes { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { error_code :
        ::core::option::Option::None, error_msg : ::core::option::Option::None, error :
        ::core::option::Option::None } } #[doc = " Sets `error_code`."] #[inline] pub fn
        error_code(mut self, value : impl ::core::convert::Into < ::std::string::String
        >) -> Self { self.error_code = ::core::option::Option::Some(value.into()); self }
        #[doc = " Sets `error_msg`."] #[inline] pub fn error_msg(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.error_msg =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `error`."]
        #[inline] pub fn error(mut self, value : TwoShapesError) -> Self { self.error =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: `UpdateItem` response 4XX.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NestedProblem {
        /// `error`
        pub error: ::core::option::Option<NestedProblemError>,
    }
    impl ::generated_client::__private::FromJson for NestedProblem {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error,) = o.read(["error"])?;
            ::core::result::Result::Ok(Self { error })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        NestedProblem { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl NestedProblem { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { error : ::core::option::Option::None } }
        #[doc = " Sets `error`."] #[inline] pub fn error(mut self, value :
        NestedProblemError) -> Self { self.error = ::core::option::Option::Some(value);
        self } }
    }
    /// Used as: `UpdateItem` response 5XX.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct KeystoneProblem {
        /// `error`
        ///
        /// Required.
        pub error: KeystoneProblemError,
    }
    impl ::generated_client::__private::FromJson for KeystoneProblem {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (error,) = o.read(["error"])?;
            ::core::result::Result::Ok(Self { error })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        KeystoneProblem { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl KeystoneProblem { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(error : KeystoneProblemError) -> Self { Self { error } } }
    }
    /// Used as: `ShowItem` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowItemResponse {
        /// `id`
        pub id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ShowItemResponse {
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
        ShowItemResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ShowItemResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { id : ::core::option::Option::None } }
        #[doc = " Sets `id`."] #[inline] pub fn id(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `error` of [`TwoShapes`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct TwoShapesError {
        /// `code`
        pub code: ::core::option::Option<i32>,
        /// `message`
        pub message: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for TwoShapesError {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (code, message) = o.read(["code", "message"])?;
            ::core::result::Result::Ok(Self { code, message })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        TwoShapesError { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl TwoShapesError { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { code : ::core::option::Option::None,
        message : ::core::option::Option::None } } #[doc = " Sets `code`."] #[inline] pub
        fn code(mut self, value : i32) -> Self { self.code =
        ::core::option::Option::Some(value); self } #[doc = " Sets `message`."] #[inline]
        pub fn message(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.message =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `error` of [`NestedProblem`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct NestedProblemError {
        /// `code`
        pub code: ::core::option::Option<::std::string::String>,
        /// `message`
        pub message: ::core::option::Option<::std::string::String>,
        /// `title`
        pub title: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for NestedProblemError {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (code, message, title) = o.read(["code", "message", "title"])?;
            ::core::result::Result::Ok(Self { code, message, title })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        NestedProblemError { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl NestedProblemError { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { code : ::core::option::Option::None,
        message : ::core::option::Option::None, title : ::core::option::Option::None } }
        #[doc = " Sets `code`."] #[inline] pub fn code(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.code =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `message`."]
        #[inline] pub fn message(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.message =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `title`."]
        #[inline] pub fn title(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.title =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Used as: field `error` of [`KeystoneProblem`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct KeystoneProblemError {
        /// `code`
        ///
        /// Required.
        pub code: i32,
        /// `message`
        pub message: ::core::option::Option<::std::string::String>,
        /// `title`
        pub title: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for KeystoneProblemError {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (code, message, title) = o.read(["code", "message", "title"])?;
            ::core::result::Result::Ok(Self { code, message, title })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        KeystoneProblemError { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl KeystoneProblemError { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(code : i32) -> Self { Self { code, message :
        ::core::option::Option::None, title : ::core::option::Option::None } } #[doc =
        " Sets `message`."] #[inline] pub fn message(mut self, value : impl
        ::core::convert::Into < ::std::string::String >) -> Self { self.message =
        ::core::option::Option::Some(value.into()); self } #[doc = " Sets `title`."]
        #[inline] pub fn title(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.title =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Request of [`Catalog::show_item`].
    ///
    /// `GET /v1/items/{id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ShowItemRequest {
        /// `id`
        ///
        /// Path parameter `id`.
        ///
        /// Required. At most 8 characters. Example: `"i-1"`.
        pub id: ::std::string::String,
    }
    impl ShowItemRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl ::generated_client::__private::Operation for ShowItemRequest {
        type Output = ShowItemResponse;
        type Error = ShowItemError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "catalog",
            host: "catalog.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ShowItem",
            method: "GET",
            path: "/v1/items/{id}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    max_length: ::core::option::Option::Some(8u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("id", &self.id, &RULES);
            }
        }
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
                    200u16 => ::core::result::Result::Ok(r.json()?),
                    404u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    ShowItemError::NotFound,
                                    ShowItemError::Unhandled,
                                ),
                        )
                    }
                    400u16..=499u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    ShowItemError::ClientError,
                                    ShowItemError::Unhandled,
                                ),
                        )
                    }
                    500u16..=599u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    ShowItemError::ServerError,
                                    ShowItemError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ShowItemError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ShowItemRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { id : example.param("id") ?, }) } }
    }
    /// Error statuses of [`Catalog::show_item`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ShowItemError {
        /// 404 NotFound
        NotFound(Problem),
        /// Any 4xx status (4XX); with the status received: Any other client error.
        ClientError(u16, Problem),
        /// Any 5xx status (5XX); with the status received: The service failed.
        ServerError(u16, Problem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ShowItemError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ShowItemError {}
    impl ::generated_client::__private::OperationError for ShowItemError {
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
                Self::ClientError(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::ServerError(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Catalog::delete_item`].
    ///
    /// `DELETE /v1/items/{id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteItemRequest {
        /// `id`
        ///
        /// Path parameter `id`.
        ///
        /// Required. Example: `"i-1"`.
        pub id: ::std::string::String,
    }
    impl DeleteItemRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl ::generated_client::__private::Operation for DeleteItemRequest {
        type Output = ();
        type Error = DeleteItemError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "catalog",
            host: "catalog.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "DeleteItem",
            method: "DELETE",
            path: "/v1/items/{id}",
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
                    200u16..=299u16 => ::core::result::Result::Ok(()),
                    _ => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    DeleteItemError::Default,
                                    DeleteItemError::Unhandled,
                                ),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for DeleteItemRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { id : example.param("id") ?, }) } }
    }
    /// Error statuses of [`Catalog::delete_item`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteItemError {
        /// Any status no other variant documents (`default`); with the status received: Every error, in the service's common shape.
        Default(u16, Problem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for DeleteItemError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for DeleteItemError {}
    impl ::generated_client::__private::OperationError for DeleteItemError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Default(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        b.error_code.as_deref(),
                        b.error_msg.as_deref(),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Catalog::update_item`].
    ///
    /// `PUT /v1/items/{id}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct UpdateItemRequest {
        /// `id`
        ///
        /// Path parameter `id`.
        ///
        /// Required. Example: `"i-1"`.
        pub id: ::std::string::String,
    }
    impl UpdateItemRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(id: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl ::generated_client::__private::Operation for UpdateItemRequest {
        type Output = ();
        type Error = UpdateItemError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "catalog",
            host: "catalog.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "UpdateItem",
            method: "PUT",
            path: "/v1/items/{id}",
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
                    204u16 => ::core::result::Result::Ok(()),
                    401u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    UpdateItemError::Unauthorized,
                                    UpdateItemError::Unhandled,
                                ),
                        )
                    }
                    400u16..=499u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    UpdateItemError::ClientError,
                                    UpdateItemError::Unhandled,
                                ),
                        )
                    }
                    500u16..=599u16 => {
                        ::core::result::Result::Err(
                            r
                                .status_error_body(
                                    UpdateItemError::ServerError,
                                    UpdateItemError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            UpdateItemError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for UpdateItemRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { id : example.param("id") ?, }) } }
    }
    /// Error statuses of [`Catalog::update_item`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum UpdateItemError {
        /// 401 Unauthorized
        Unauthorized(TwoShapes),
        /// Any 4xx status (4XX); with the status received
        ClientError(u16, NestedProblem),
        /// Any 5xx status (5XX); with the status received
        ServerError(u16, KeystoneProblem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for UpdateItemError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for UpdateItemError {}
    impl ::generated_client::__private::OperationError for UpdateItemError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Unauthorized(b) => {
                    let (c, m) = (b.error_code.as_deref(), b.error_msg.as_deref());
                    let (c, m) = if c.is_some() || m.is_some() {
                        (c, m)
                    } else {
                        (
                            b
                                .error
                                .as_ref()
                                .and_then(|e| {
                                    e
                                        .code
                                        .as_ref()
                                        .and_then(|c| ::generated_client::__private::int_code(
                                            ::core::convert::Into::into(*c),
                                        ))
                                }),
                            b.error.as_ref().and_then(|e| e.message.as_deref()),
                        )
                    };
                    ::generated_client::__private::ErrorParts::new(401u16, c, m)
                }
                Self::ClientError(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        b.error.as_ref().and_then(|e| e.code.as_deref()),
                        b.error.as_ref().and_then(|e| e.message.as_deref()),
                    )
                }
                Self::ServerError(status, b) => {
                    ::generated_client::__private::ErrorParts::new(
                        *status,
                        {
                            let e = &b.error;
                            ::core::option::Option::Some(&e.code)
                                .and_then(|c| ::generated_client::__private::int_code(
                                    ::core::convert::Into::into(*c),
                                ))
                        },
                        {
                            let e = &b.error;
                            e.message.as_deref()
                        },
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Catalog service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Catalog(::generated_client::__private::Handle);
    impl Catalog {
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
        /// ShowItem
        ///
        /// `GET /v1/items/{id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ShowItemResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ShowItemError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = catalog::ShowItemRequest::new("i-1");
        /// let response = catalog::Catalog::new(&client).show_item(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn show_item(
            &self,
            request: ShowItemRequest,
        ) -> ::generated_client::__private::Call<ShowItemRequest> {
            self.0.send(request)
        }
        /// DeleteItem
        ///
        /// `DELETE /v1/items/{id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`DeleteItemError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = catalog::DeleteItemRequest::new("i-1");
        /// let response = catalog::Catalog::new(&client).delete_item(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn delete_item(
            &self,
            request: DeleteItemRequest,
        ) -> ::generated_client::__private::Call<DeleteItemRequest> {
            self.0.send(request)
        }
        /// UpdateItem
        ///
        /// `PUT /v1/items/{id}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`UpdateItemError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = catalog::UpdateItemRequest::new("i-1");
        /// let response = catalog::Catalog::new(&client).update_item(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn update_item(
            &self,
            request: UpdateItemRequest,
        ) -> ::generated_client::__private::Call<UpdateItemRequest> {
            self.0.send(request)
        }
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ShowItemRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < DeleteItemRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < UpdateItemRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "catalog",
        host: "catalog.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/catalog.yaml")
        ),
        operations: &[
            <ShowItemRequest as ::generated_client::__private::Operation>::META,
            <DeleteItemRequest as ::generated_client::__private::Operation>::META,
            <UpdateItemRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&catalog::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/catalog.yaml");
