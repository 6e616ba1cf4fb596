//! Everything generated code names, as `::generated_client::__private::<item>`. Not a public API: it may change
//! in any release together with the `generate!` macro.

pub use serde_core as serde;
pub use serde_json;

#[cfg(any(feature = "mock", feature = "openapi"))]
pub use codegen_macros::__spec_json;
pub use codegen_macros::generate;

pub use crate::call::{Call, Handle};
pub use crate::client::Client;
pub use crate::error::Error;
pub use crate::http::config::CallOptions;
pub use crate::operation::{Operation, OperationError};
pub use crate::paginate::{PageStyle, Paginate, Paginator};
pub use crate::response::Response;
pub use crate::service_meta::{ServiceMeta, Services};
pub use crate::wait::{Wait, Waiter};
pub use crate::wire::body::{Binary, ByteStream};
pub use crate::wire::datetime::{
    Compact, DateTime, EpochMillis, EpochMillisString, EpochSeconds, EpochSecondsString, Naive,
};
pub use crate::wire::json::{
    Fields, FromJson, JsonError, JsonObject, JsonResult, JsonValue, ToJson,
    deserialize as deserialize_json, open_enum, serialize as serialize_json,
};
pub use crate::wire::json_text::JsonText;
pub use crate::wire::meta::{CredentialScope, OperationMeta};
pub use crate::wire::open_enum::{LargeEnum, deserialize_open_enum, serialize_str};
pub use crate::wire::params::{Multipart, ParamValue, RequestParts, ToMultipart};
pub use crate::wire::response::{
    DecodeError, ErrorParts, FromHeader, RawResponse, Unhandled, int_code,
};
pub use crate::wire::validate::{Number, Rules, Validate, Validator};

pub use crate::contract::{ContractCase, ContractFn, DownloadOutput, Example, FromExample};
#[cfg(feature = "mock")]
pub use crate::contract::{cases as contract_cases, contract, contract_download};
pub use crate::{
    __if_mock as if_mock, __if_serde as if_serde, __if_spec_json as spec_json,
    __if_test_util as if_test_util, __unless_mock as unless_mock,
};

/// The `SDK-HMAC-SHA256` signer, for the runtime benchmarks (`bench/runtime/benches/runtime.rs`).
pub use crate::auth::signer::{SignableRequest, canonical_query, format_sdk_date, sign};
