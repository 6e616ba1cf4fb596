//! The response as received ([`RawResponse`]), which generated `decode` reads, and what is read from it: a JSON
//! body or a [`DecodeError`], and for error statuses the generic error envelope: [`Unhandled`] for statuses the
//! spec does not document, [`ErrorParts`] for every error.

use std::fmt;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue};

use crate::wire::body::ByteStream;
use crate::wire::datetime::DateTime;
use crate::wire::json::{FromJson, JsonValue};

/// At most this much of a raw body is kept in errors.
pub(crate) const MAX_KEPT_BODY: usize = 4 * 1024;
/// At most this much of a non-JSON body becomes an error message.
pub(crate) const MAX_MESSAGE_BODY: usize = 1024;

/// A response as received: status, headers and the whole body (already size-limited), or for a download the body
/// still to be read.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) request_id: Option<String>,
    // How many attempts the call took to get this response (1 without retries).
    pub(crate) attempts: u32,
    // A download's body, unread (then `body` is empty); taken once by `byte_stream`.
    pub(crate) stream: StreamSlot,
}

/// A download's body inside a [`RawResponse`], which `decode` (holding `&RawResponse`) takes out once. A clone of
/// the response does not carry it. Boxed: one pointer in every response, which the call's future holds.
#[derive(Default)]
pub(crate) struct StreamSlot(Option<Box<std::sync::Mutex<Option<ByteStream>>>>);

impl StreamSlot {
    fn take(&self) -> Option<ByteStream> {
        self.0.as_ref()?.lock().ok()?.take()
    }
}

impl Clone for StreamSlot {
    fn clone(&self) -> Self {
        StreamSlot::default()
    }
}

impl fmt::Debug for StreamSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = self
            .0
            .as_ref()
            .and_then(|s| s.lock().ok().map(|s| s.is_some()))
            .unwrap_or(false);
        f.write_str(if held { "Some(ByteStream)" } else { "None" })
    }
}

impl RawResponse {
    /// Assembles a raw response; the request id is taken from the `X-Request-Id` header (any case).
    pub fn new(status: u16, headers: HeaderMap, body: Bytes) -> Self {
        let request_id = request_id_of(&headers);
        Self::with_request_id(status, headers, body, request_id)
    }

    /// Assembles a raw response whose request id was already read from `headers` (by [`request_id_of`] or
    /// [`request_id_text`]), so the headers are not searched twice.
    pub(crate) fn with_request_id(
        status: u16,
        headers: HeaderMap,
        body: Bytes,
        request_id: Option<String>,
    ) -> Self {
        RawResponse {
            status,
            headers,
            body,
            request_id,
            attempts: 1,
            stream: StreamSlot::default(),
        }
    }

    /// A response whose body is a download, not read yet: `decode` takes it with
    /// [`byte_stream`](Self::byte_stream).
    pub(crate) fn streamed(
        status: u16,
        headers: HeaderMap,
        request_id: Option<String>,
        stream: ByteStream,
    ) -> Self {
        let mut raw = Self::with_request_id(status, headers, Bytes::new(), request_id);
        raw.stream = StreamSlot(Some(Box::new(std::sync::Mutex::new(Some(stream)))));
        raw
    }

    /// Records how many attempts the call took to get this response.
    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The first value of header `name` (case-insensitive), if present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `X-Request-Id` response header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// A header the spec declares for this response, as `T`: its text (several lines of it joined with `,`, as HTTP
    /// joins them) parsed by [`FromHeader`]. An absent header is `None` for an optional field and a [`DecodeError`]
    /// naming it for a required one; so is text that is not UTF-8 or not of the type.
    pub fn header_value<T: FromHeader>(&self, name: &str) -> Result<T, DecodeError> {
        let mut values = self.headers.get_all(name).iter();
        let Some(first) = values.next() else {
            return T::absent()
                .ok_or_else(|| self.decode_error(format!("missing response header `{name}`")));
        };
        let not_text = || self.decode_error(format!("response header `{name}` is not UTF-8 text"));
        fn text(v: &HeaderValue) -> Option<&str> {
            std::str::from_utf8(v.as_bytes()).ok()
        }
        let mut joined = std::borrow::Cow::Borrowed(text(first).ok_or_else(not_text)?);
        for v in values {
            let more = text(v).ok_or_else(not_text)?;
            let all = joined.to_mut();
            all.push(',');
            all.push_str(more);
        }
        T::from_header(&joined)
            .map_err(|why| self.decode_error(format!("response header `{name}`: {why}")))
    }

    /// The body bytes.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Decodes the body as JSON. An empty body decodes as `null`, so `Option<T>` accepts it.
    pub fn json<T: FromJson>(&self) -> Result<T, DecodeError> {
        let empty = self.body.iter().all(u8::is_ascii_whitespace);
        let value = if empty {
            JsonValue::Null
        } else {
            crate::wire::json_subset::parse_document(&self.body)
                .map_err(|e| self.decode_error(e.to_string()))?
        };
        T::from_json(value).map_err(|e| {
            self.decode_error(if empty {
                format!("empty body: {e}")
            } else {
                e.to_string()
            })
        })
    }

    /// The body as a download: the stream the transport left unread, or (for a response read whole, as in tests
    /// and contract checks) the bytes as one chunk. Taken once: a second call gets an empty stream.
    pub fn byte_stream(&self) -> ByteStream {
        self.stream
            .take()
            .unwrap_or_else(|| ByteStream::from_bytes(self.body.clone()))
    }

    /// Decodes the body as text (a `text/…` body): it must be UTF-8.
    pub fn text(&self) -> Result<String, DecodeError> {
        match std::str::from_utf8(&self.body) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => Err(self.decode_error(format!("the text body is not UTF-8: {e}"))),
        }
    }

    /// As [`error_body`](Self::error_body), for a documented error status whose body is text.
    pub fn error_text<E>(&self, typed: fn(String) -> E, fallback: fn(Unhandled) -> E) -> E {
        match self.text() {
            Ok(body) => typed(body),
            Err(_) => fallback(self.unhandled()),
        }
    }

    /// As [`status_error_body`](Self::status_error_body), for a range or `default` whose body is text.
    pub fn status_error_text<E>(
        &self,
        typed: fn(u16, String) -> E,
        fallback: fn(Unhandled) -> E,
    ) -> E {
        match self.text() {
            Ok(body) => typed(self.status, body),
            Err(_) => fallback(self.unhandled()),
        }
    }

    /// A [`DecodeError`] for this response with the given message (for checks beyond JSON decoding).
    /// The message is bounded like the kept body: serde quotes the offending value, which a hostile server can make
    /// megabytes long.
    pub fn decode_error(&self, message: impl Into<String>) -> DecodeError {
        let mut message = message.into();
        if message.len() > MAX_MESSAGE_BODY {
            let mut end = MAX_MESSAGE_BODY;
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            message.truncate(end);
            message.push('…');
        }
        DecodeError::new(
            self.status,
            self.request_id.clone(),
            message,
            kept_body(&self.body),
        )
    }

    /// The typed body of a documented error status, or `fallback(self.unhandled())` when the body does not decode
    /// (a gateway's HTML page under a documented 500): an error status stays a service error either way.
    pub fn error_body<T: FromJson, E>(&self, typed: fn(T) -> E, fallback: fn(Unhandled) -> E) -> E {
        match self.json() {
            Ok(body) => typed(body),
            Err(_) => fallback(self.unhandled()),
        }
    }

    /// As [`error_body`](Self::error_body), for a response that documents a range of statuses (`4XX`) or `default`:
    /// the variant keeps the status too.
    pub fn status_error_body<T: FromJson, E>(
        &self,
        typed: fn(u16, T) -> E,
        fallback: fn(Unhandled) -> E,
    ) -> E {
        match self.json() {
            Ok(body) => typed(self.status, body),
            Err(_) => fallback(self.unhandled()),
        }
    }

    /// Everything known about a response the spec does not describe: status, request id, a generic
    /// code and message parsed from the body, and a bounded copy of the body.
    pub fn unhandled(&self) -> Unhandled {
        let (code, message) = parse_error_body(&self.body);
        Unhandled {
            status: self.status,
            code,
            message,
            request_id: self.request_id.clone(),
            body: kept_body(&self.body),
        }
    }
}

/// A value of a declared response header, read from the header's text as a parameter of its type is written:
/// decimal integers, `true`/`false`, a finite number, text as it is (a date-time keeps its raw text, parsed on
/// demand). Generated open enums implement it with `from_wire` when a response header has their type.
pub trait FromHeader: Sized {
    /// The value of the header's text, or why the text is not one (the header's name is added by the caller).
    fn from_header(text: &str) -> Result<Self, String>;

    /// The value of an absent header: `None` (an error) unless the field is optional.
    #[inline]
    fn absent() -> Option<Self> {
        None
    }
}

impl FromHeader for String {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}

impl<L> FromHeader for DateTime<L> {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        Ok(DateTime::new(text))
    }
}

/// What a header's text is not, as the spec's validator words it for parameters.
fn not_a(what: &str, text: &str) -> String {
    format!("expected {what}, got {:?}", spec_rules::shorten(text))
}

impl FromHeader for i32 {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        text.parse().map_err(|_| not_a("an int32", text))
    }
}

impl FromHeader for i64 {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        text.parse().map_err(|_| not_a("an int64", text))
    }
}

impl FromHeader for f64 {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        text.parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .ok_or_else(|| not_a("a number", text))
    }
}

impl FromHeader for bool {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        match text {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(not_a("true or false", text)),
        }
    }
}

impl<T: FromHeader> FromHeader for Option<T> {
    #[inline]
    fn from_header(text: &str) -> Result<Self, String> {
        T::from_header(text).map(Some)
    }

    #[inline]
    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// The response body did not match the spec. Keeps the status, request id, the decoder's message and
/// the first 4 KiB of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    status: u16,
    request_id: Option<String>,
    message: String,
    body: Bytes,
}

impl DecodeError {
    pub(crate) fn new(
        status: u16,
        request_id: Option<String>,
        message: String,
        body: Bytes,
    ) -> Self {
        DecodeError {
            status,
            request_id,
            message,
            body,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `X-Request-Id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The decoder's message (e.g. `missing field `id` at line 1 column 2`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The first bytes of the body (at most 4 KiB).
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot decode response (status {}): {}",
            self.status, self.message
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// A response with a status the operation's spec does not document (for example an HTML 502 page from a
/// proxy). Code and message are parsed generically from the body when it looks like a Huawei Cloud error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unhandled {
    pub(crate) status: u16,
    pub(crate) code: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) body: Bytes,
}

impl Unhandled {
    /// The HTTP status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The error code from the body (`error_code`, `code`, `errorCode` or `error.code`), if any.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The error message from the body, or the start of the body itself when it is not a known error shape.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The `X-Request-Id` response header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The first bytes of the body (at most 4 KiB).
    pub fn raw_body(&self) -> &[u8] {
        &self.body
    }

    /// Status, code and message, marked undocumented: what a generated error's `Unhandled` variant reports.
    #[inline]
    pub fn parts(&self) -> ErrorParts<'_> {
        ErrorParts {
            status: self.status,
            code: self.code(),
            message: self.message(),
            documented: false,
        }
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.parts(), f)
    }
}

impl std::error::Error for Unhandled {}

/// What [`OperationError::parts`](crate::OperationError::parts) returns: the metadata of one error, borrowed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorParts<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The service's error code, when the body has one.
    pub code: Option<&'a str>,
    /// The service's error message, when the body has one.
    pub message: Option<&'a str>,
    /// `false` for a status the spec does not document for the operation.
    pub documented: bool,
}

impl<'a> ErrorParts<'a> {
    /// A documented status whose body has (or may have) a code and a message.
    #[inline]
    pub fn new(status: u16, code: Option<&'a str>, message: Option<&'a str>) -> Self {
        ErrorParts {
            status,
            code,
            message,
            documented: true,
        }
    }

    /// A documented status with no code or message (no body, or a body without those fields).
    #[inline]
    pub fn status(status: u16) -> Self {
        Self::new(status, None, None)
    }
}

/// The decimal text of an integer error code, for [`ErrorParts::code`], which borrows text: an error body whose code
/// is an integer (Keystone's `{"error": {"code": 401, …}}`, Kubernetes' `Status`) has no text to borrow, so codes
/// 0 to 999 (the HTTP-status-like codes such bodies carry) come from a static table, and others read as `None`
/// there while the body's field keeps the integer.
pub fn int_code(code: i64) -> Option<&'static str> {
    const fn table() -> [[u8; 3]; 1000] {
        let mut t = [[0u8; 3]; 1000];
        let mut i = 0;
        while i < 1000 {
            t[i] = [
                b'0' + (i / 100) as u8,
                b'0' + (i / 10 % 10) as u8,
                b'0' + (i % 10) as u8,
            ];
            i += 1;
        }
        t
    }
    static DIGITS: [[u8; 3]; 1000] = table();
    let n = usize::try_from(code).ok().filter(|n| *n < 1000)?;
    let skip = match n {
        100.. => 0,
        10.. => 1,
        _ => 2,
    };
    std::str::from_utf8(&DIGITS[n][skip..]).ok()
}

impl fmt::Display for ErrorParts<'_> {
    /// `status 400, code XXX.0001: message`, the same for every error.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_service_error(f, self.status, self.code, self.message)
    }
}

/// Formats a service error the same way everywhere: `status 400, code XXX.0001: message`.
///
/// Generated operation errors implement `Display` with it, through [`ErrorParts`](crate::ErrorParts).
pub(crate) fn fmt_service_error(
    f: &mut fmt::Formatter<'_>,
    status: u16,
    code: Option<&str>,
    message: Option<&str>,
) -> fmt::Result {
    write!(f, "status {status}")?;
    if let Some(code) = code {
        write!(f, ", code {code}")?;
    }
    if let Some(message) = message {
        write!(f, ": {message}")?;
    }
    Ok(())
}

/// The first `X-Request-Id` value (names are stored lowercase), found in one pass over the few response headers:
/// `HeaderMap::get` would parse and hash the name for each lookup.
pub(crate) fn request_id_of(headers: &HeaderMap) -> Option<String> {
    let (_, value) = headers
        .iter()
        .find(|(name, _)| name.as_str() == REQUEST_ID)?;
    request_id_text(value)
}

/// The lowercase name of the request id header.
pub(crate) const REQUEST_ID: &str = "x-request-id";

/// A request id header value as kept: lossy UTF-8, trimmed, at most 256 bytes; `None` if blank.
pub(crate) fn request_id_text(value: &HeaderValue) -> Option<String> {
    let text = String::from_utf8_lossy(value.as_bytes());
    let text = text.trim();
    // A request id is short; do not let a hostile header grow every error.
    (!text.is_empty()).then(|| truncate_chars(text, 256).to_owned())
}

pub(crate) fn kept_body(body: &Bytes) -> Bytes {
    body.slice(..body.len().min(MAX_KEPT_BODY))
}

fn truncate_chars(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes {
        return s;
    }
    let mut end = max_bytes;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The start of a body as text: at most 1 KiB, lossy UTF-8, trimmed; `None` if blank.
pub(crate) fn body_text(body: &[u8]) -> Option<String> {
    let mut head = &body[..body.len().min(MAX_MESSAGE_BODY)];
    // Do not end in a replacement character just because the cut split a multi-byte sequence.
    if let Err(e) = std::str::from_utf8(head)
        && e.error_len().is_none()
    {
        head = &head[..e.valid_up_to()];
    }
    let text = String::from_utf8_lossy(head);
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Generic error-body parsing, for bodies the spec does not type.
///
/// Looks for, in order, `error_code`/`error_msg`, `code`/`message`, `errorCode`/`errorMsg` (or
/// `errorMessage`), then the same pairs inside a nested `"error"` object; the first pair with either member
/// present wins. Codes may be strings or numbers. When nothing matches, the message is the start of the body.
pub(crate) fn parse_error_body(body: &[u8]) -> (Option<String>, Option<String>) {
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body) {
        if let Some(found) = find_pair(&map) {
            return found;
        }
        if let Some(serde_json::Value::Object(inner)) = map.get(spec_rules::ERROR_NESTED)
            && let Some(found) = find_pair(inner)
        {
            return found;
        }
    }
    (None, body_text(body))
}

type Pair = (Option<String>, Option<String>);

fn find_pair(map: &serde_json::Map<String, serde_json::Value>) -> Option<Pair> {
    spec_rules::ERROR_FIELDS
        .iter()
        .find_map(|(code_key, message_keys)| {
            let code = map.get(*code_key).and_then(scalar_text);
            let message = message_keys
                .iter()
                .find_map(|k| map.get(*k).and_then(scalar_text));
            (code.is_some() || message.is_some()).then_some((code, message))
        })
}

fn scalar_text(v: &serde_json::Value) -> Option<String> {
    let text = match v {
        serde_json::Value::String(s) => s.trim().to_owned(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!text.is_empty()).then(|| truncate_chars(&text, MAX_MESSAGE_BODY).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Declared response headers: absent, present, repeated, of the wrong type; each problem names the header.
    #[test]
    fn header_values_parse_by_type() {
        let mut headers = HeaderMap::new();
        for (n, v) in [
            ("x-subject-token", "tok"),
            ("x-total", "42"),
            ("x-big", "9007199254740993"),
            ("x-ok", "true"),
            ("x-ratio", "0.5"),
            ("x-bad", "4x"),
            ("x-tag", "a"),
            ("x-tag", "b"),
            ("expires", "1704067200"),
            ("x-no", "yes"),
            ("x-inf", "inf"),
        ] {
            headers.append(n, HeaderValue::from_static(v));
        }
        headers.append("x-bytes", HeaderValue::from_bytes(b"\xff").unwrap());
        let r = RawResponse::new(200, headers, Bytes::new());
        assert_eq!(
            r.header_value::<String>("X-Subject-Token"),
            Ok("tok".into())
        );
        assert_eq!(r.header_value::<i32>("X-Total"), Ok(42));
        assert_eq!(r.header_value::<i64>("x-big"), Ok(9_007_199_254_740_993));
        assert_eq!(r.header_value::<bool>("X-Ok"), Ok(true));
        assert_eq!(r.header_value::<f64>("X-Ratio"), Ok(0.5));
        assert_eq!(r.header_value::<Option<i32>>("X-Absent"), Ok(None));
        assert_eq!(r.header_value::<Option<i32>>("X-Total"), Ok(Some(42)));
        assert_eq!(r.header_value::<String>("X-Tag"), Ok("a,b".into()));
        let t: DateTime<crate::wire::datetime::EpochSeconds> = r.header_value("Expires").unwrap();
        assert_eq!(t.as_str(), "1704067200");
        assert!(t.parse().is_some());
        let message = |e: Result<i32, DecodeError>| e.map_err(|e| e.message().to_owned());
        assert_eq!(
            message(r.header_value("X-Absent")),
            Err("missing response header `X-Absent`".into())
        );
        assert_eq!(
            message(r.header_value("X-Bad")),
            Err("response header `X-Bad`: expected an int32, got \"4x\"".into())
        );
        assert_eq!(
            message(r.header_value::<Option<i32>>("X-Bad").map(|_| 0)),
            Err("response header `X-Bad`: expected an int32, got \"4x\"".into())
        );
        assert_eq!(
            r.header_value::<bool>("X-No")
                .map_err(|e| e.message().to_owned()),
            Err("response header `X-No`: expected true or false, got \"yes\"".into())
        );
        assert!(r.header_value::<f64>("X-Inf").is_err());
        assert_eq!(
            r.header_value::<String>("X-Bytes")
                .map_err(|e| e.message().to_owned()),
            Err("response header `X-Bytes` is not UTF-8 text".into())
        );
        let e = r.header_value::<i32>("X-Bad").unwrap_err();
        assert_eq!(e.status(), 200);
    }

    fn parse(body: &str) -> (Option<String>, Option<String>) {
        parse_error_body(body.as_bytes())
    }

    fn pair(code: &str, message: &str) -> (Option<String>, Option<String>) {
        (Some(code.to_owned()), Some(message.to_owned()))
    }

    // The shared vectors from the official SDKs' tests (huawei-sdk.md §5) plus the real-world variants.
    #[test]
    fn sdk_vectors() {
        assert_eq!(
            parse(
                r#"{"error_code":"XXX.0001","error_msg":"Some errors occurred.","encoded_authorization_message":"Egp=="}"#
            ),
            pair("XXX.0001", "Some errors occurred.")
        );
        assert_eq!(
            parse(
                r#"{"error":{"code":"XXX.0001","message":"Some errors occurred.","title":"Bad Request"}}"#
            ),
            pair("XXX.0001", "Some errors occurred.")
        );
        assert_eq!(
            parse(
                r#"{"error":{"code":"NESTED","message":"nested"},"error_code":"TOP","error_msg":"top"}"#
            ),
            pair("TOP", "top")
        );
        let raw = r#"{"invalid_key":"invalid_value"}"#;
        assert_eq!(parse(raw), (None, Some(raw.to_owned())));
        assert_eq!(
            parse("invalid json data"),
            (None, Some("invalid json data".to_owned()))
        );
        assert_eq!(
            parse(
                r#"{"error_code":"XXX.0001","error_msg":"m","encoded_authorization_message":null}"#
            ),
            pair("XXX.0001", "m")
        );
        assert_eq!(
            parse(
                r#"{"code":"C.XXXX","message":"C failed","details":[{"code":"D","message":"d"}]}"#
            ),
            pair("C.XXXX", "C failed")
        );
    }

    #[test]
    fn camel_case_and_partial_pairs() {
        assert_eq!(
            parse(r#"{"errorCode":"GES.8000","errorMessage":"graph busy"}"#),
            pair("GES.8000", "graph busy")
        );
        assert_eq!(
            parse(r#"{"errorCode":"GES.8000","errorMsg":"graph busy"}"#),
            pair("GES.8000", "graph busy")
        );
        assert_eq!(parse(r#"{"code":400,"message":"bad"}"#), pair("400", "bad"));
        assert_eq!(
            parse(r#"{"error_code":"ONLY"}"#),
            (Some("ONLY".to_owned()), None)
        );
        // Empty strings do not count as present: falls through to the next pair.
        assert_eq!(
            parse(r#"{"error_code":"","error_msg":"","code":"C","message":"M"}"#),
            pair("C", "M")
        );
        assert_eq!(parse(""), (None, None));
        assert_eq!(parse("   "), (None, None));
        assert_eq!(parse("[1,2]"), (None, Some("[1,2]".to_owned())));
    }

    #[test]
    fn raw_text_is_bounded_and_lossy() {
        let html = format!("<html><body>{}</body></html>", "x".repeat(5000));
        let (code, message) = parse(&html);
        assert_eq!(code, None);
        assert_eq!(message.unwrap().len(), MAX_MESSAGE_BODY);
        // 一 is 3 bytes: 1023 bytes would split the 342nd character.
        let cjk = "一".repeat(400);
        let message = parse(&cjk).1.unwrap();
        assert_eq!(message, "一".repeat(341));
        assert_eq!(
            parse_error_body(&[0xff, b'a']).1.as_deref(),
            Some("\u{fffd}a")
        );
    }

    #[test]
    fn raw_response_accessors() {
        let mut headers = HeaderMap::new();
        headers.insert("X-REQUEST-ID", "97e2***11df".parse().unwrap());
        let body = Bytes::from(vec![b'a'; 10_000]);
        let raw = RawResponse::new(502, headers, body);
        assert_eq!(raw.request_id(), Some("97e2***11df"));
        let u = raw.unhandled();
        assert_eq!(u.status(), 502);
        assert_eq!(u.raw_body().len(), MAX_KEPT_BODY);
        assert_eq!(u.request_id(), Some("97e2***11df"));
        assert!(u.to_string().starts_with("status 502: aaaa"));
        let e = raw.json::<serde_json::Value>().unwrap_err();
        assert_eq!(e.status(), 502);
        assert_eq!(e.raw_body().len(), MAX_KEPT_BODY);
    }

    /// The one-pass lookup finds what `HeaderMap::get` finds: the first value, in any case, among other headers.
    #[test]
    fn request_id_is_the_first_value_in_any_case() {
        let cases: &[&[(&str, &[u8])]] = &[
            &[],
            &[("content-type", b"application/json")],
            &[("X-Request-Id", b" abc ")],
            &[
                ("date", b"x"),
                ("x-request-id", b"first"),
                ("X-REQUEST-ID", b"second"),
            ],
            &[("x-request-id", b"   ")],
            &[("x-request-id", b"\xffid")],
            &[("x-request-idx", b"no"), ("x-request", b"no")],
            &[("x-request-id", &[b'a'; 300])],
        ];
        for headers in cases {
            let mut map = HeaderMap::new();
            for (name, value) in *headers {
                map.append(
                    reqwest::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    HeaderValue::from_bytes(value).unwrap(),
                );
            }
            let by_get = map.get("x-request-id").and_then(request_id_text);
            assert_eq!(request_id_of(&map), by_get, "{headers:?}");
            assert_eq!(
                RawResponse::new(200, map, Bytes::new()).request_id(),
                by_get.as_deref()
            );
        }
        let mut map = HeaderMap::new();
        map.append("x-request-id", HeaderValue::from_static(" r1 "));
        map.append("x-request-id", HeaderValue::from_static("r2"));
        assert_eq!(request_id_of(&map).as_deref(), Some("r1"));
    }

    #[test]
    fn empty_body_decodes_as_null() {
        let raw = RawResponse::new(204, HeaderMap::new(), Bytes::new());
        assert_eq!(raw.json::<Option<i64>>().unwrap(), None);
        let e = raw.json::<Vec<i64>>().unwrap_err();
        assert!(e.to_string().contains("empty body"), "{e}");
    }
}

#[cfg(test)]
mod bounded_message_tests {
    use super::*;

    #[test]
    fn decode_error_message_is_bounded() {
        let huge = format!("{{\"job_id\": 7, \"x\": \"{}\"}}", "é".repeat(1 << 20));
        let raw = RawResponse::new(200, Default::default(), Bytes::from(huge));
        #[derive(Debug)]
        #[allow(dead_code)]
        struct Out {
            x: i32,
        }
        impl FromJson for Out {
            fn from_json(v: JsonValue<'_>) -> Result<Self, crate::wire::json::JsonError> {
                let mut o = crate::wire::json::Fields::new(v)?;
                Ok(Out { x: o.field("x")? })
            }
        }
        let err = raw.json::<Out>().unwrap_err();
        assert!(
            err.message().len() <= MAX_MESSAGE_BODY + '…'.len_utf8(),
            "{}",
            err.message().len()
        );
        assert!(err.raw_body().len() <= MAX_KEPT_BODY);
    }
}
