//! Contract checks derived from the spec: for every operation, build the documented example request through the
//! typed client, send it to the mock server once per documented status, and check that the answer decodes into the
//! typed output or error variant equal to the documented example. Adding an endpoint in YAML adds its checks.
//!
//! Generated code registers one [`ContractFn`] per operation; the functions exist only with the `mock` feature.

use std::future::Future;
use std::pin::Pin;

use serde_json::{Map, Value};

use crate::client::Client;
use crate::wire::body::ByteStream;
use crate::wire::json::{FromJson, JsonValue};

/// A type-erased contract check of one operation (see [`ContractCase`]).
pub type ContractFn = for<'a> fn(
    &'a Client,
    &'a ContractCase,
) -> Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// Example values for a request: parameters by wire name, and the body.
#[derive(Debug, Clone, Default)]
pub struct Example {
    params: Map<String, Value>,
    body: Option<Value>,
}

impl Example {
    /// The example (or, failing that, the default) of a parameter, as `T`; an absent one reads as JSON `null`, so
    /// optional parameters come out unset and required ones name what is missing.
    pub fn param<T: FromJson>(&self, wire: &str) -> Result<T, String> {
        let v = self.params.get(wire).cloned().unwrap_or(Value::Null);
        T::from_json(JsonValue::from(v))
            .map_err(|e| format!("parameter `{wire}`: no usable example ({e})"))
    }

    /// The request body example as `T`.
    pub fn body<T: FromJson>(&self) -> Result<T, String> {
        let v = self.body.clone().unwrap_or(Value::Null);
        T::from_json(JsonValue::from(v))
            .map_err(|e| format!("request body: no usable example ({e})"))
    }
}

/// Builds a request value from its spec examples (generated per request type with the `mock` feature).
pub trait FromExample: Sized {
    /// The request the spec's examples describe.
    fn from_example(example: &Example) -> Result<Self, String>;
}

/// One documented status of one operation, with the examples to send and to expect.
#[derive(Debug, Clone)]
pub struct ContractCase {
    /// The operation, e.g. `StopGraph`.
    pub operation: String,
    /// The request's example values.
    pub example: Example,
    /// The documented status to ask the mock for.
    pub status: u16,
    /// The status is a success (the call must return the output).
    pub success: bool,
    /// The documented response example, when there is one.
    pub response_example: Option<Value>,
    /// The status has no body.
    pub bodyless: bool,
    /// The headers the response declares, as the mock sends them (the documented example decodes with them).
    pub response_headers: Vec<(String, String)>,
    /// The body is text or bytes: the example (a string) is its content as it is, not JSON.
    pub raw_example: bool,
}

/// Every documented status of every operation of `spec_json` (a service's model as JSON), in operation order:
/// `cases[i]` belongs to `operations[i]`.
#[cfg(feature = "mock")]
pub fn cases(spec_json: &str) -> Result<Vec<Vec<ContractCase>>, String> {
    let svc: spec_core::model::Service =
        serde_json::from_str(spec_json).map_err(|e| format!("spec JSON: {e}"))?;
    Ok(svc
        .endpoints
        .iter()
        .map(|e| {
            // Each parameter's example, or failing that its default.
            let params: Map<String, Value> = e
                .params
                .iter()
                .filter_map(|p| {
                    let v = svc
                        .example(&p.schema)
                        .or_else(|| svc.default_value(&p.schema))?;
                    Some((p.wire.clone(), v.clone()))
                })
                .collect();
            let example = Example {
                params,
                body: e.request.as_ref().and_then(|r| r.example.clone()),
            };
            // A range or `default` is checked at one status it documents.
            e.responses
                .iter()
                .filter_map(|r| {
                    Some(ContractCase {
                        operation: e.operation.clone(),
                        example: example.clone(),
                        status: e.sample_status(r)?,
                        success: r.success,
                        response_example: r.example.clone(),
                        bodyless: r.body.is_none(),
                        response_headers: crate::mock::respond::response_headers(&svc, r),
                        raw_example: matches!(
                            r.encoding,
                            spec_core::model::Encoding::Text | spec_core::model::Encoding::Binary
                        ),
                    })
                })
                .collect()
        })
        .collect())
}

#[cfg(feature = "mock")]
pub use checks::{contract, contract_download};

#[cfg(feature = "mock")]
mod checks {
    use std::fmt::Debug;

    use super::{ContractCase, FromExample};
    use super::{DownloadOutput, Value};
    use crate::call::CallResult;
    use crate::call::Handle;
    use crate::client::Client;
    use crate::error::Error;
    use crate::http::config::CallOptions;
    use crate::operation::{Operation, OperationError};
    use crate::wire::response::RawResponse;

    /// The contract check of operation `O` (registered by generated code as a [`super::ContractFn`]).
    pub fn contract<'a, O>(
        client: &'a Client,
        case: &'a ContractCase,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + 'a>>
    where
        O: Operation + FromExample,
        O::Output: PartialEq + Debug,
        O::Error: PartialEq + Debug,
    {
        Box::pin(async move {
            let got = send::<O>(client, case).await?;
            let expected = expected::<O>(case)?;
            match (got, case.success) {
                (Ok(resp), true) => {
                    if resp.status() != case.status {
                        return Err(format!(
                            "expected status {}, got {}",
                            case.status,
                            resp.status()
                        ));
                    }
                    match expected {
                        Some(Ok(want)) if *resp != want => Err(format!(
                            "output {:?} differs from the example {want:?}",
                            *resp
                        )),
                        Some(Err(e)) => {
                            Err(format!("the success example decodes to an error: {e:?}"))
                        }
                        _ => Ok(()),
                    }
                }
                (got, _) => not_success::<O>(got, case, expected),
            }
        })
    }

    /// The contract check of an operation whose success may be a download (a `ByteStream`, which has no equality):
    /// a download must hold the documented example's bytes; everything else is checked as [`contract`] checks it.
    pub fn contract_download<'a, O>(
        client: &'a Client,
        case: &'a ContractCase,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + 'a>>
    where
        O: Operation + FromExample,
        O::Output: DownloadOutput + Debug,
        O::Error: PartialEq + Debug,
    {
        Box::pin(async move {
            let got = send::<O>(client, case).await?;
            match (got, case.success) {
                (Ok(resp), true) => {
                    if resp.status() != case.status {
                        return Err(format!(
                            "expected status {}, got {}",
                            case.status,
                            resp.status()
                        ));
                    }
                    let Some(download) = resp.into_inner().into_download() else {
                        return Ok(());
                    };
                    let bytes = download
                        .bytes(MAX_DOWNLOAD)
                        .await
                        .map_err(|e| format!("the download failed: {e}"))?;
                    match case.response_example.as_ref().and_then(Value::as_str) {
                        Some(want) if bytes != want.as_bytes() => Err(format!(
                            "the download {:?} differs from the example {want:?}",
                            String::from_utf8_lossy(&bytes)
                        )),
                        _ => Ok(()),
                    }
                }
                (got, _) => not_success::<O>(got, case, expected::<O>(case)?),
            }
        })
    }

    /// Most bytes a contract check reads of a download.
    const MAX_DOWNLOAD: usize = 16 << 20;

    /// Sends the operation's example request, asking the mock for the case's status.
    async fn send<O: Operation + FromExample>(
        client: &Client,
        case: &ContractCase,
    ) -> Result<CallResult<O>, String> {
        let request = O::from_example(&case.example)?;
        let options =
            CallOptions::new().header(crate::mock::MOCK_STATUS_HEADER, case.status.to_string());
        Ok(Handle::new(client)
            .with_options(options)
            .send(request)
            .await)
    }

    /// What a documented example decodes to: the operation's output or its typed error.
    type Decoded<O> = Result<<O as Operation>::Output, <O as Operation>::Error>;

    /// What the documented example decodes to, with the headers the mock sends; a body-less status decodes from
    /// nothing. A text or bytes example is its string's content, anything else JSON.
    fn expected<O: Operation>(case: &ContractCase) -> Result<Option<Decoded<O>>, String> {
        let body = match (&case.response_example, case.bodyless) {
            (Some(Value::String(text)), _) if case.raw_example => Some(text.clone().into_bytes()),
            (Some(v), _) => Some(v.to_string().into_bytes()),
            (None, true) => Some(Vec::new()),
            (None, false) => None,
        };
        body.map(|body| {
            let mut headers = reqwest::header::HeaderMap::new();
            for (name, value) in &case.response_headers {
                if let (Ok(n), Ok(v)) = (
                    reqwest::header::HeaderName::from_bytes(name.as_bytes()),
                    reqwest::header::HeaderValue::from_str(value),
                ) {
                    headers.insert(n, v);
                }
            }
            O::decode(&RawResponse::new(case.status, headers, body.into()))
        })
        .transpose()
        .map_err(|e| format!("the documented example does not decode: {e}"))
    }

    /// The outcome of a case that did not get the success it expected: an error status must decode to its
    /// documented variant, equal to the example's.
    fn not_success<O>(
        got: CallResult<O>,
        case: &ContractCase,
        expected: Option<Result<O::Output, O::Error>>,
    ) -> Result<(), String>
    where
        O: Operation,
        O::Output: Debug,
        O::Error: PartialEq + Debug,
    {
        match (got, case.success) {
            (Err(Error::Service(e)), false) => {
                let err = e.err();
                if err.status() != case.status || !err.is_documented() {
                    return Err(format!(
                        "status {} decoded to {err:?}, not its documented variant",
                        case.status
                    ));
                }
                match expected {
                    Some(Err(want)) if *err != want => {
                        Err(format!("error {err:?} differs from the example {want:?}"))
                    }
                    Some(Ok(o)) => Err(format!("the error example decodes to an output: {o:?}")),
                    _ => Ok(()),
                }
            }
            (Ok(resp), false) => Err(format!(
                "expected error status {}, got output {:?}",
                case.status, *resp
            )),
            (Ok(_), true) => Ok(()),
            (Err(e), _) => Err(format!("call failed: {e}")),
        }
    }
}

/// The download a successful output holds, if any: what [`contract_download`] reads (implemented by `ByteStream`,
/// and generated for an operation's outcome enum that has a download).
pub trait DownloadOutput {
    /// The download, when this outcome is one.
    fn into_download(self) -> Option<ByteStream>;
}

impl DownloadOutput for ByteStream {
    fn into_download(self) -> Option<ByteStream> {
        Some(self)
    }
}

/// Emits its items only when the runtime has the `mock` feature (used by generated code, whose own crate may not
/// have such a feature).
#[cfg(feature = "mock")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_mock {
    ($($item:tt)*) => { $($item)* };
}

/// Emits nothing: the runtime was built without the `mock` feature.
#[cfg(not(feature = "mock"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_mock {
    ($($item:tt)*) => {};
}

/// Emits its items only when the runtime has the `test-util` feature (constructors of response-only types).
#[cfg(feature = "test-util")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_test_util {
    ($($item:tt)*) => { $($item)* };
}

/// Emits nothing: the runtime was built without the `test-util` feature.
#[cfg(not(feature = "test-util"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_test_util {
    ($($item:tt)*) => {};
}

/// Emits its items only when the runtime lacks the `mock` feature.
#[cfg(feature = "mock")]
#[doc(hidden)]
#[macro_export]
macro_rules! __unless_mock {
    ($($item:tt)*) => {};
}

/// Emits its items: the runtime was built without the `mock` feature.
#[cfg(not(feature = "mock"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __unless_mock {
    ($($item:tt)*) => { $($item)* };
}

/// `ServiceMeta::spec_json` of a generated service: the `__spec_json!` call it wraps is expanded (the spec read and
/// turned into JSON a second time) only when a feature that reads the JSON is on; otherwise the field is `""` and
/// the build neither does that work nor embeds the string.
#[cfg(any(feature = "mock", feature = "openapi"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_spec_json {
    ($json:expr) => {
        $json
    };
}

/// `""`: the runtime was built without `mock` and `openapi`, the only readers of `ServiceMeta::spec_json`.
#[cfg(not(any(feature = "mock", feature = "openapi")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_spec_json {
    ($json:expr) => {
        ""
    };
}

/// Serde impls of generated types: kept only with the `serde` feature (they are shims over the JSON traits, but
/// one impl per type still costs compile time in every client crate).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_serde {
    ($($item:tt)*) => { $($item)* };
}

/// Emits nothing: the runtime was built without the `serde` feature.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_serde {
    ($($item:tt)*) => {};
}
