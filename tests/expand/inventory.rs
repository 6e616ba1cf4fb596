// Expansion of tests/fixtures/inventory.yaml; regenerate with UPDATE_SNAPSHOTS=1.
/// Inventory Service
///
/// Warehouse stock, used to show that a new spec gets contract checks with no Rust edit.
pub mod inventory {
    /// Error envelope.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Problem {
        /// `code`
        ///
        /// Required.
        pub code: ::std::string::String,
        /// `message`
        ///
        /// Required.
        pub message: ::std::string::String,
    }
    impl ::generated_client::__private::FromJson for Problem {
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
        Problem { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl Problem { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new(code : impl ::core::convert::Into < ::std::string::String >,
        message : impl ::core::convert::Into < ::std::string::String >) -> Self { Self {
        code : code.into(), message : message.into() } } }
    }
    /// Used as: field `items` of [`Reservation`], field `items` of [`ListItemsResponse`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Item {
        /// `sku`
        ///
        /// Required. 3 to 16 characters.
        pub sku: ::std::string::String,
        /// `quantity`
        ///
        /// Required. At least 0.
        pub quantity: i64,
        /// `state`
        pub state: ::core::option::Option<ItemState>,
        /// `tags`
        pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl ::generated_client::__private::ToJson for Item {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("sku", &self.sku);
            o.field("quantity", &self.quantity);
            o.opt("state", &self.state);
            o.opt("tags", &self.tags);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Item { #[inline] fn
        serialize < S : ::generated_client::__private::serde::Serializer > (& self, s :
        S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    impl ::generated_client::__private::FromJson for Item {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (sku, quantity, state, tags) = o
                .read(["sku", "quantity", "state", "tags"])?;
            ::core::result::Result::Ok(Self { sku, quantity, state, tags })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for Item {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    impl Item {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            sku: impl ::core::convert::Into<::std::string::String>,
            quantity: i64,
        ) -> Self {
            Self {
                sku: sku.into(),
                quantity,
                state: ::core::option::Option::None,
                tags: ::core::option::Option::None,
            }
        }
        /// Sets `state`.
        #[inline]
        pub fn state(mut self, value: ItemState) -> Self {
            self.state = ::core::option::Option::Some(value);
            self
        }
        /// Sets `tags`.
        #[inline]
        pub fn tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
            self.tags = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Validate for Item {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_length: ::core::option::Option::Some(3u64),
                    max_length: ::core::option::Option::Some(16u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("sku", &self.sku, &RULES);
            }
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    minimum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(0i64),
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("quantity", &self.quantity, &RULES);
            }
            v.field("state", &self.state, &::generated_client::__private::Rules::NONE);
        }
    }
    /// Used as: `ReserveItems` request body.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct Reservation {
        /// `items`
        ///
        /// Required. At least 1 items.
        pub items: ::std::vec::Vec<Item>,
        /// `note`
        ///
        /// `None`: absent (not sent); `Some(None)`: `null` (sent, to clear the value).
        pub note: ::core::option::Option<::core::option::Option<::std::string::String>>,
    }
    impl ::generated_client::__private::ToJson for Reservation {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            let mut o = ::generated_client::__private::JsonObject::begin(out);
            o.field("items", &self.items);
            o.opt("note", &self.note);
            o.end();
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for Reservation { #[inline]
        fn serialize < S : ::generated_client::__private::serde::Serializer > (& self, s
        : S) -> ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_json(self, s) } }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromJson for Reservation { #[inline] fn
        from_json(v : ::generated_client::__private::JsonValue < '_ >) ->
        ::generated_client::__private::JsonResult < Self > { let mut o =
        ::generated_client::__private::Fields::new(v) ?; let (items, note,) = o
        .read(["items", "note"]) ?; ::core::result::Result::Ok(Self { items, note }) } }
        ::generated_client::__private::if_serde! { impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for Reservation {
        #[inline] fn deserialize < D : ::generated_client::__private::serde::Deserializer
        < 'de >> (d : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } } }
    }
    impl Reservation {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(items: ::std::vec::Vec<Item>) -> Self {
            Self {
                items,
                note: ::core::option::Option::None,
            }
        }
        /// Sets `note`.
        #[inline]
        pub fn note(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.note = ::core::option::Option::Some(
                ::core::option::Option::Some(value.into()),
            );
            self
        }
    }
    impl ::generated_client::__private::Validate for Reservation {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    min_items: ::core::option::Option::Some(1u64),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("items", &self.items, &RULES);
            }
        }
    }
    /// Used as: field `state` of [`Item`].
    #[derive(Debug, Clone)]
    #[non_exhaustive]
    pub enum ItemState {
        /// `in-stock`
        InStock,
        /// `reserved`
        Reserved,
        /// `sold-out`
        SoldOut,
        /// A value this version of the spec does not list; kept as received.
        Unknown(::std::string::String),
    }
    impl ItemState {
        /// Every value the spec lists.
        pub const VALUES: &'static [&'static str] = &[
            "in-stock",
            "reserved",
            "sold-out",
        ];
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::InStock => "in-stock",
                Self::Reserved => "reserved",
                Self::SoldOut => "sold-out",
                Self::Unknown(s) => s,
            }
        }
        /// Parses a wire value; a value the spec does not list becomes `Unknown`.
        #[inline]
        pub fn from_wire(s: &str) -> Self {
            match s {
                "in-stock" => Self::InStock,
                "reserved" => Self::Reserved,
                "sold-out" => Self::SoldOut,
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
    impl ::core::cmp::PartialEq for ItemState {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            self.as_str() == other.as_str()
        }
    }
    impl ::core::cmp::Eq for ItemState {}
    impl ::core::hash::Hash for ItemState {
        #[inline]
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::core::hash::Hash::hash(self.as_str(), state)
        }
    }
    impl ::core::fmt::Display for ItemState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::convert::From<&str> for ItemState {
        #[inline]
        fn from(s: &str) -> Self {
            Self::from_wire(s)
        }
    }
    ::generated_client::__private::if_serde! {
        impl ::generated_client::__private::serde::Serialize for ItemState { fn serialize
        < S : ::generated_client::__private::serde::Serializer > (& self, s : S) ->
        ::core::result::Result < S::Ok, S::Error > {
        ::generated_client::__private::serialize_str(self.as_str(), s) } } impl < 'de >
        ::generated_client::__private::serde::Deserialize < 'de > for ItemState { fn
        deserialize < D : ::generated_client::__private::serde::Deserializer < 'de >> (d
        : D) -> ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_open_enum(d, Self::from_wire) } }
    }
    impl ::generated_client::__private::FromJson for ItemState {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            ::generated_client::__private::open_enum(v, Self::from_wire)
        }
    }
    impl ::generated_client::__private::ToJson for ItemState {
        #[inline]
        fn to_json(&self, out: &mut ::std::vec::Vec<u8>) {
            ::generated_client::__private::ToJson::to_json(self.as_str(), out)
        }
    }
    impl ::generated_client::__private::Validate for ItemState {
        #[inline]
        fn validate(
            &self,
            v: &mut ::generated_client::__private::Validator,
            _: &::generated_client::__private::Rules,
        ) {
            v.enum_value(self.as_str(), self.is_known(), Self::VALUES);
        }
    }
    /// Used as: `ListItems` response 200.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListItemsResponse {
        /// `items`
        pub items: ::core::option::Option<::std::vec::Vec<Item>>,
        /// `total`
        pub total: ::core::option::Option<i64>,
    }
    impl ::generated_client::__private::FromJson for ListItemsResponse {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (items, total) = o.read(["items", "total"])?;
            ::core::result::Result::Ok(Self { items, total })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ListItemsResponse { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ListItemsResponse { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { items : ::core::option::Option::None,
        total : ::core::option::Option::None } } #[doc = " Sets `items`."] #[inline] pub
        fn items(mut self, value : ::std::vec::Vec < Item >) -> Self { self.items =
        ::core::option::Option::Some(value); self } #[doc = " Sets `total`."] #[inline]
        pub fn total(mut self, value : i64) -> Self { self.total =
        ::core::option::Option::Some(value); self } }
    }
    /// Used as: `ReserveItems` response 201.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ReserveItemsResponse201 {
        /// `reservation_id`
        pub reservation_id: ::core::option::Option<::std::string::String>,
    }
    impl ::generated_client::__private::FromJson for ReserveItemsResponse201 {
        #[inline]
        fn from_json(
            v: ::generated_client::__private::JsonValue<'_>,
        ) -> ::generated_client::__private::JsonResult<Self> {
            let mut o = ::generated_client::__private::Fields::new(v)?;
            let (reservation_id,) = o.read(["reservation_id"])?;
            ::core::result::Result::Ok(Self { reservation_id })
        }
    }
    ::generated_client::__private::if_serde! {
        impl < 'de > ::generated_client::__private::serde::Deserialize < 'de > for
        ReserveItemsResponse201 { #[inline] fn deserialize < D :
        ::generated_client::__private::serde::Deserializer < 'de >> (d : D) ->
        ::core::result::Result < Self, D::Error > {
        ::generated_client::__private::deserialize_json(d) } }
    }
    ::generated_client::__private::if_test_util! {
        impl ReserveItemsResponse201 { #[doc =
        r" Creates a value from its required fields; optional fields start unset, or at a default the spec sends."]
        #[inline] pub fn new() -> Self { Self { reservation_id :
        ::core::option::Option::None } } #[doc = " Sets `reservation_id`."] #[inline] pub
        fn reservation_id(mut self, value : impl ::core::convert::Into <
        ::std::string::String >) -> Self { self.reservation_id =
        ::core::option::Option::Some(value.into()); self } }
    }
    /// Request of [`Inventory::list_items`]: List items.
    ///
    /// `GET /v1/{project_id}/warehouses/{warehouse}/items`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ListItemsRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `warehouse`
        ///
        /// Path parameter `warehouse`.
        ///
        /// Required. Example: `"north-1"`.
        pub warehouse: ::std::string::String,
        /// `limit`
        ///
        /// Query parameter `limit`.
        ///
        /// 1 to 500. When unset, nothing is sent and the server uses `100`.
        pub limit: ::core::option::Option<i32>,
        /// `sku`
        ///
        /// Query parameter `sku`.
        ///
        /// Example: `["ABC-1","ABC-2"]`.
        pub sku: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    }
    impl ListItemsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            warehouse: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                warehouse: warehouse.into(),
                limit: ::core::option::Option::None,
                sku: ::core::option::Option::None,
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
        /// Sets `limit`.
        #[inline]
        pub fn limit(mut self, value: i32) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
        /// Sets `sku`.
        #[inline]
        pub fn sku(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
            self.sku = ::core::option::Option::Some(value);
            self
        }
    }
    impl ::generated_client::__private::Operation for ListItemsRequest {
        type Output = ListItemsResponse;
        type Error = ListItemsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "inventory",
            host: "inventory.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ListItems",
            method: "GET",
            path: "/v1/{project_id}/warehouses/{warehouse}/items",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn validate(&self, v: &mut ::generated_client::__private::Validator) {
            {
                const RULES: ::generated_client::__private::Rules = ::generated_client::__private::Rules {
                    minimum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(1i64),
                    ),
                    maximum: ::core::option::Option::Some(
                        ::generated_client::__private::Number::Int(500i64),
                    ),
                    ..::generated_client::__private::Rules::NONE
                };
                v.field("limit", &self.limit, &RULES);
            }
        }
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("warehouse", &self.warehouse);
            r.query("limit", &self.limit);
            r.query("sku", &self.sku);
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
                                    ListItemsError::NotFound,
                                    ListItemsError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ListItemsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ListItemsRequest { #[inline]
        fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        warehouse : example.param("warehouse") ?, limit : example.param("limit") ?, sku :
        example.param("sku") ?, }) } }
    }
    /// Error statuses of [`Inventory::list_items`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ListItemsError {
        /// 404 NotFound: No such warehouse.
        NotFound(Problem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ListItemsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ListItemsError {}
    impl ::generated_client::__private::OperationError for ListItemsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::NotFound(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        404u16,
                        ::core::option::Option::Some(b.code.as_str()),
                        ::core::option::Option::Some(b.message.as_str()),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Inventory::reserve_items`].
    ///
    /// `POST /v1/{project_id}/warehouses/{warehouse}/reservations`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ReserveItemsRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `warehouse`
        ///
        /// Path parameter `warehouse`.
        ///
        /// Required. Example: `"north-1"`.
        pub warehouse: ::std::string::String,
        /// `Idempotency-Key`
        ///
        /// Header parameter `Idempotency-Key`.
        ///
        /// Required. Example: `"k-1"`.
        pub idempotency_key: ::std::string::String,
        /// Request body.
        pub body: Reservation,
    }
    impl ReserveItemsRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(
            warehouse: impl ::core::convert::Into<::std::string::String>,
            idempotency_key: impl ::core::convert::Into<::std::string::String>,
            body: Reservation,
        ) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                warehouse: warehouse.into(),
                idempotency_key: idempotency_key.into(),
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
    impl ::generated_client::__private::Operation for ReserveItemsRequest {
        type Output = ReserveItemsOutput;
        type Error = ReserveItemsError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "inventory",
            host: "inventory.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "ReserveItems",
            method: "POST",
            path: "/v1/{project_id}/warehouses/{warehouse}/reservations",
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
            r.path("warehouse", &self.warehouse);
            r.header("Idempotency-Key", &self.idempotency_key);
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
                        ::core::result::Result::Ok(
                            ReserveItemsOutput::Created(r.json()?),
                        )
                    }
                    202u16 => ::core::result::Result::Ok(ReserveItemsOutput::Accepted),
                    409u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    ReserveItemsError::Conflict,
                                    ReserveItemsError::Unhandled,
                                ),
                        )
                    }
                    422u16 => {
                        ::core::result::Result::Err(
                            r
                                .error_body(
                                    ReserveItemsError::UnprocessableEntity,
                                    ReserveItemsError::Unhandled,
                                ),
                        )
                    }
                    _ => {
                        ::core::result::Result::Err(
                            ReserveItemsError::Unhandled(r.unhandled()),
                        )
                    }
                },
            )
        }
    }
    ::generated_client::__private::if_mock! {
        impl ::generated_client::__private::FromExample for ReserveItemsRequest {
        #[inline] fn from_example(example : & ::generated_client::__private::Example) ->
        ::core::result::Result < Self, ::std::string::String > {
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?,
        warehouse : example.param("warehouse") ?, idempotency_key : example
        .param("Idempotency-Key") ?, body : example.body() ?, }) } }
    }
    /// Successful outcomes of [`Inventory::reserve_items`].
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub enum ReserveItemsOutput {
        /// 201 Created: Reserved.
        Created(ReserveItemsResponse201),
        /// 202 Accepted: Queued; no body. A second success status makes the output an enum.
        Accepted,
    }
    /// Error statuses of [`Inventory::reserve_items`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum ReserveItemsError {
        /// 409 Conflict: Not enough stock.
        Conflict(Problem),
        /// 422 UnprocessableEntity: Invalid reservation.
        UnprocessableEntity(Problem),
        /// A status the spec does not document for this operation.
        Unhandled(::generated_client::__private::Unhandled),
    }
    impl ::core::fmt::Display for ReserveItemsError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Display::fmt(
                &::generated_client::__private::OperationError::parts(self),
                f,
            )
        }
    }
    impl ::std::error::Error for ReserveItemsError {}
    impl ::generated_client::__private::OperationError for ReserveItemsError {
        #[inline]
        fn parts(&self) -> ::generated_client::__private::ErrorParts<'_> {
            match self {
                Self::Conflict(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        409u16,
                        ::core::option::Option::Some(b.code.as_str()),
                        ::core::option::Option::Some(b.message.as_str()),
                    )
                }
                Self::UnprocessableEntity(b) => {
                    ::generated_client::__private::ErrorParts::new(
                        422u16,
                        ::core::option::Option::Some(b.code.as_str()),
                        ::core::option::Option::Some(b.message.as_str()),
                    )
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Request of [`Inventory::delete_item`].
    ///
    /// `DELETE /v1/{project_id}/items/{sku}`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteItemRequest {
        /// `project_id`
        ///
        /// Path parameter `project_id`. When unset, the client's `project_id` is used.
        ///
        /// Required. Example: `"p0123"`.
        pub project_id: ::core::option::Option<::std::string::String>,
        /// `sku`
        ///
        /// Path parameter `sku`.
        ///
        /// Required. Example: `"ABC-1"`.
        pub sku: ::std::string::String,
    }
    impl DeleteItemRequest {
        /// Creates a value from its required fields; optional fields start unset, or at a default the spec sends.
        #[inline]
        pub fn new(sku: impl ::core::convert::Into<::std::string::String>) -> Self {
            Self {
                project_id: ::core::option::Option::None,
                sku: sku.into(),
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
    impl ::generated_client::__private::Operation for DeleteItemRequest {
        type Output = ();
        type Error = DeleteItemError;
        const META: &'static ::generated_client::__private::OperationMeta = &::generated_client::__private::OperationMeta {
            service: "inventory",
            host: "inventory.{region}.{domain}",
            scope: ::generated_client::__private::CredentialScope::Project,
            name: "DeleteItem",
            method: "DELETE",
            path: "/v1/{project_id}/items/{sku}",
            content_type: ::core::option::Option::None,
            streamed: &[],
        };
        #[inline]
        fn encode(&self, r: &mut ::generated_client::__private::RequestParts) {
            r.path_or_context("project_id", self.project_id.as_ref(), "project_id");
            r.path("sku", &self.sku);
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
                    404u16 => ::core::result::Result::Err(DeleteItemError::NotFound),
                    _ => {
                        ::core::result::Result::Err(
                            DeleteItemError::Unhandled(r.unhandled()),
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
        ::core::result::Result::Ok(Self { project_id : example.param("project_id") ?, sku
        : example.param("sku") ?, }) } }
    }
    /// Error statuses of [`Inventory::delete_item`], each with its documented body.
    #[derive(Debug, PartialEq)]
    #[non_exhaustive]
    pub enum DeleteItemError {
        /// 404 NotFound: Unknown item.
        NotFound,
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
                Self::NotFound => {
                    ::generated_client::__private::ErrorParts::status(404u16)
                }
                Self::Unhandled(u) => u.parts(),
            }
        }
    }
    /// Calls of the Inventory Service through a `Client` (a clone of it, so the handle can be stored or moved into a task).
    #[derive(Debug, Clone)]
    pub struct Inventory(::generated_client::__private::Handle);
    impl Inventory {
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
        /// List items
        ///
        /// `GET /v1/{project_id}/warehouses/{warehouse}/items`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ListItemsResponse`]`>`, or [`Error`](generated_client::Error)`<`[`ListItemsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = inventory::ListItemsRequest::new("north-1");
        /// let response = inventory::Inventory::new(&client).list_items(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn list_items(
            &self,
            request: ListItemsRequest,
        ) -> ::generated_client::__private::Call<ListItemsRequest> {
            self.0.send(request)
        }
        /// ReserveItems
        ///
        /// `POST /v1/{project_id}/warehouses/{warehouse}/reservations`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<`[`ReserveItemsOutput`]`>`, or [`Error`](generated_client::Error)`<`[`ReserveItemsError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client, request: inventory::ReserveItemsRequest) -> Result<(), Box<dyn std::error::Error>> {
        /// let response = inventory::Inventory::new(&client).reserve_items(request).await?;
        /// println!("{:?}", response.into_inner());
        /// # Ok(())
        /// # }
        /// ```
        #[inline]
        pub fn reserve_items(
            &self,
            request: ReserveItemsRequest,
        ) -> ::generated_client::__private::Call<ReserveItemsRequest> {
            self.0.send(request)
        }
        /// DeleteItem
        ///
        /// `DELETE /v1/{project_id}/items/{sku}`
        ///
        /// Resolves to [`Response`](generated_client::Response)`<``()``>`, or [`Error`](generated_client::Error)`<`[`DeleteItemError`]`>`.
        ///
        /// # Example
        ///
        /// ```ignore
        /// # async fn example(client: generated_client::Client) -> Result<(), Box<dyn std::error::Error>> {
        /// let request = inventory::DeleteItemRequest::new("ABC-1");
        /// let response = inventory::Inventory::new(&client).delete_item(request).await?;
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
    }
    ::generated_client::__private::if_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = &
        [::generated_client::__private::contract:: < ListItemsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < ReserveItemsRequest > as
        ::generated_client::__private::ContractFn,
        ::generated_client::__private::contract:: < DeleteItemRequest > as
        ::generated_client::__private::ContractFn];
    }
    ::generated_client::__private::unless_mock! {
        const CONTRACTS : & [::generated_client::__private::ContractFn] = & [];
    }
    /// This service's description (routes, schemas, examples): for `MockConfig::services`, the OpenAPI export
    /// and `ClientBuilder::services`.
    pub static SERVICE: ::generated_client::__private::ServiceMeta = ::generated_client::__private::ServiceMeta {
        name: "inventory",
        host: "inventory.{region}.{domain}",
        spec_json: ::generated_client::__private::spec_json!(
            ::generated_client::__private::__spec_json!("fixtures/inventory.yaml")
        ),
        operations: &[
            <ListItemsRequest as ::generated_client::__private::Operation>::META,
            <ReserveItemsRequest as ::generated_client::__private::Operation>::META,
            <DeleteItemRequest as ::generated_client::__private::Operation>::META,
        ],
        contracts: CONTRACTS,
    };
}
/// Every service this `generate!` defined (that is enabled): for `MockConfig::services`, the OpenAPI export
/// and `ClientBuilder::services`.
pub static SERVICES: ::generated_client::__private::Services = ::generated_client::__private::Services::new(
    &[&inventory::SERVICE],
);
const _: &str = ::core::include_str!("fixtures/inventory.yaml");
