//! What generated code implements per endpoint: [`Operation`], and [`OperationError`] for its typed error.

use crate::wire::meta::OperationMeta;
use crate::wire::params::RequestParts;
use crate::wire::response::{DecodeError, ErrorParts, RawResponse};
use crate::wire::validate::Validator;

/// One endpoint: a request type that knows how to validate, encode itself and decode its responses.
///
/// Generated per endpoint; everything else (endpoint, signing, timeouts, retries, body limit, tracing) is
/// the shared, non-generic runtime.
pub trait Operation: Send + Sized + 'static {
    /// The success body (`()` when the success status has no body).
    type Output: Send + 'static;
    /// The operation's typed error: one variant per documented error status, plus `Unhandled`.
    type Error: OperationError;
    /// The endpoint's static description.
    const META: &'static OperationMeta;
    /// Reports every broken constraint of the spec. The default reports nothing: for operations whose parameters
    /// and body carry no constraint.
    #[inline]
    fn validate(&self, v: &mut Validator) {
        let _ = v;
    }
    /// Fills in path values, query pairs, headers and the body.
    fn encode(&self, r: &mut RequestParts);
    /// Maps a response to the output, the typed error, or a decode failure.
    fn decode(r: &RawResponse) -> Result<Result<Self::Output, Self::Error>, DecodeError>;
}

/// What every generated `<Op>Error` enum offers, for code that handles errors of any operation.
///
/// Generated code implements only [`parts`](Self::parts): one `match` per enum instead of one per accessor keeps
/// the generated crate smaller (see BENCHMARKS.md); the accessors read from it.
pub trait OperationError: std::error::Error + Send + Sync + 'static {
    /// Status, code, message and whether the status is documented, read in one `match`.
    fn parts(&self) -> ErrorParts<'_>;
    /// The HTTP status.
    #[inline]
    fn status(&self) -> u16 {
        self.parts().status
    }
    /// The service's error code, when the body has one.
    #[inline]
    fn code(&self) -> Option<&str> {
        self.parts().code
    }
    /// The service's error message, when the body has one.
    #[inline]
    fn message(&self) -> Option<&str> {
        self.parts().message
    }
    /// `false` for `Unhandled`: a status the spec does not document for this operation.
    #[inline]
    fn is_documented(&self) -> bool {
        self.parts().documented
    }
}
