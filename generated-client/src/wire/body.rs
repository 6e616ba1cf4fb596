//! Bodies that are not JSON: bytes a caller sends ([`Binary`]), as a whole body or as the file parts of a
//! `multipart/form-data` body ([`form`]), and bytes a caller receives as a stream ([`ByteStream`]).
//!
//! A body made only of bytes in memory is assembled here into one buffer (sent with its length, signed, and sent
//! again by a retry); a body with a streamed part is a [`StreamBody`], which the transport sends once.

use std::collections::VecDeque;
use std::fmt;
use std::future::poll_fn;
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use futures_core::Stream;

use crate::wire::json::{FromJson, JsonError, JsonValue};
use crate::wire::validate::ValidationIssue;

/// The error a streamed body's chunk may carry.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A caller's stream of chunks, boxed, its errors boxed.
type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;

/// The part content type a file part gets when its [`Binary`] names none, as the official SDKs send it.
pub(crate) const DEFAULT_PART_CONTENT_TYPE: &str = "application/octet-stream";

/// Bytes to send: a whole request body (`application/octet-stream` and other byte types) or a file part of a
/// `multipart/form-data` body, with an optional file name and content type.
///
/// Made from bytes in memory (`Vec<u8>`, [`Bytes`], `&'static [u8]`, `String`, `&'static str`, all through `From`),
/// or from a stream of chunks ([`from_stream`](Self::from_stream)), which is never held in memory whole:
///
/// - bytes in memory are sent with a `Content-Length` and can be sent again: a retry resends them, and a clone
///   shares them;
/// - a stream can be read only once: a call whose body holds a stream makes **one attempt, whatever its retry
///   policy** (a failure after the stream has started cannot be repeated), and is signed with
///   `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` (its bytes are not known in advance). A clone shares the one stream:
///   the first call that sends either clone uses it up, and a later call fails validation.
///
/// ```
/// use generated_client::Binary;
///
/// let file = Binary::from(std::fs::read("Cargo.toml").unwrap_or_default())
///     .with_file_name("swagger.yaml")
///     .with_content_type("application/yaml");
/// assert_eq!(file.file_name(), Some("swagger.yaml"));
/// ```
#[derive(Clone)]
pub struct Binary {
    source: Source,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    Stream {
        /// Taken by the first call that sends it.
        chunks: Arc<Mutex<Option<Chunks>>>,
        /// What the caller says the stream yields, sent as `Content-Length` when known.
        length: Option<u64>,
    },
}

impl Binary {
    /// Bytes read from a stream as the request is sent (a file, another response, a generator of chunks), of a
    /// length not known in advance: a whole body goes out with `Transfer-Encoding: chunked`. Sent at most once
    /// (see the type's docs).
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        Self::stream(stream, None)
    }

    /// As [`from_stream`](Self::from_stream), for a stream that yields exactly `length` bytes: the body is sent with
    /// `Content-Length` (some services, object stores among them, refuse a chunked upload). A stream that yields
    /// more or fewer bytes fails the call.
    pub fn from_stream_with_length<S, E>(stream: S, length: u64) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        Self::stream(stream, Some(length))
    }

    fn stream<S, E>(stream: S, length: Option<u64>) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        let chunks: Chunks = Box::pin(BoxErrors(Box::pin(stream)));
        Binary {
            source: Source::Stream {
                chunks: Arc::new(Mutex::new(Some(chunks))),
                length,
            },
            file_name: None,
            content_type: None,
        }
    }

    /// The file name a file part carries (`Content-Disposition: form-data; name="…"; filename="…"`). Without one, a
    /// file part is sent with its part name as the file name. Not sent for a whole body.
    pub fn with_file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The content type of these bytes: a file part's `Content-Type` (else `application/octet-stream`), or for a
    /// whole body the request's `Content-Type`, in place of the one the spec declares (an object store keeps it as
    /// the object's type).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name set with [`with_file_name`](Self::with_file_name).
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The content type set with [`with_content_type`](Self::with_content_type).
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The number of bytes, when known: always for bytes in memory, for a stream when it was given.
    pub fn len(&self) -> Option<u64> {
        match &self.source {
            Source::Bytes(b) => Some(b.len() as u64),
            Source::Stream { length, .. } => *length,
        }
    }

    /// Whether this is known to hold no bytes (bytes in memory that are empty, or a stream of length 0).
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// The bytes, when they are in memory (not a stream).
    pub fn as_bytes(&self) -> Option<&Bytes> {
        match &self.source {
            Source::Bytes(b) => Some(b),
            Source::Stream { .. } => None,
        }
    }

    /// Whether the bytes come from a stream (sent once, not retried).
    pub fn is_stream(&self) -> bool {
        matches!(self.source, Source::Stream { .. })
    }

    /// What is sent: the bytes, or the stream (taken out: it can be sent once).
    pub(crate) fn take(&self, name: &str) -> Result<Segment, ValidationIssue> {
        match &self.source {
            Source::Bytes(b) => Ok(Segment::Bytes(b.clone())),
            Source::Stream { chunks, length } => {
                let taken = chunks.lock().ok().and_then(|mut c| c.take());
                match taken {
                    Some(c) => Ok(Segment::Stream(c, *length)),
                    None => Err(ValidationIssue::new(
                        name,
                        "this streamed body was already sent by another call; a stream can be sent once",
                    )),
                }
            }
        }
    }
}

impl From<Bytes> for Binary {
    fn from(b: Bytes) -> Self {
        Binary {
            source: Source::Bytes(b),
            file_name: None,
            content_type: None,
        }
    }
}

impl From<Vec<u8>> for Binary {
    fn from(v: Vec<u8>) -> Self {
        Bytes::from(v).into()
    }
}

impl From<&'static [u8]> for Binary {
    fn from(v: &'static [u8]) -> Self {
        Bytes::from_static(v).into()
    }
}

impl From<String> for Binary {
    fn from(v: String) -> Self {
        Bytes::from(v).into()
    }
}

impl From<&'static str> for Binary {
    fn from(v: &'static str) -> Self {
        Bytes::from_static(v.as_bytes()).into()
    }
}

/// Bytes compare by content, a stream by identity (a clone equals its original), file name and content type as
/// written.
impl PartialEq for Binary {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.source, &other.source) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            (Source::Stream { chunks: a, .. }, Source::Stream { chunks: b, .. }) => {
                Arc::ptr_eq(a, b)
            }
            _ => false,
        };
        same && self.file_name == other.file_name && self.content_type == other.content_type
    }
}

/// The kind and size, never the bytes.
impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Binary");
        match &self.source {
            Source::Bytes(b) => d.field("bytes", &b.len()),
            Source::Stream { length, .. } => d.field("stream", length),
        };
        d.field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// A string's UTF-8 bytes: how a spec writes the example of a `binary` body or part (contract checks build requests
/// from them).
impl FromJson for Binary {
    fn from_json(v: JsonValue<'_>) -> Result<Self, JsonError> {
        String::from_json(v).map(Binary::from)
    }
}

/// Maps a caller's stream's errors into boxed ones (the stream pinned in its own box, so no pin projection is
/// needed).
struct BoxErrors<S>(Pin<Box<S>>);

impl<S, E> Stream for BoxErrors<S>
where
    S: Stream<Item = Result<Bytes, E>>,
    E: Into<BoxError>,
{
    type Item = Result<Bytes, BoxError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut()
            .0
            .as_mut()
            .poll_next(cx)
            .map(|o| o.map(|r| r.map_err(Into::into)))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

// ------------------------------------------------------------------------------------------------ what is sent

/// One piece of a body being sent: bytes, or a caller's stream with its length when known.
pub(crate) enum Segment {
    Bytes(Bytes),
    Stream(Chunks, Option<u64>),
}

/// A request body with at least one streamed piece, sent once: its pieces in order, read as one stream of chunks.
pub(crate) struct StreamBody {
    segments: VecDeque<Segment>,
    /// Bytes still to come, when every piece's length is known (the body's `Content-Length`).
    remaining: Option<u64>,
}

impl StreamBody {
    fn new(segments: VecDeque<Segment>) -> Self {
        let remaining = segments.iter().try_fold(0u64, |n, s| match s {
            Segment::Bytes(b) => n.checked_add(b.len() as u64),
            Segment::Stream(_, len) => n.checked_add((*len)?),
        });
        StreamBody {
            segments,
            remaining,
        }
    }

    /// The body's length, when every piece's length is known.
    pub(crate) fn len(&self) -> Option<u64> {
        self.remaining
    }
}

impl Stream for StreamBody {
    type Item = Result<Bytes, BoxError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            let Some(front) = this.segments.front_mut() else {
                return Poll::Ready(None);
            };
            let next = match front {
                Segment::Bytes(b) => Some(Ok(std::mem::take(b))),
                Segment::Stream(s, _) => match s.as_mut().poll_next(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(next) => next,
                },
            };
            match next {
                None => {
                    this.segments.pop_front();
                }
                Some(Ok(chunk)) => {
                    if matches!(front, Segment::Bytes(_)) {
                        this.segments.pop_front();
                    }
                    if chunk.is_empty() {
                        continue;
                    }
                    if let Some(left) = &mut this.remaining {
                        *left = left.saturating_sub(chunk.len() as u64);
                    }
                    return Poll::Ready(Some(Ok(chunk)));
                }
                Some(Err(e)) => {
                    this.segments.clear();
                    return Poll::Ready(Some(Err(e)));
                }
            }
        }
    }
}

impl fmt::Debug for StreamBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamBody")
            .field("segments", &self.segments.len())
            .field("remaining", &self.remaining)
            .finish()
    }
}

/// A request body as [`RequestParts`](crate::wire::params::RequestParts) holds it.
#[derive(Debug)]
pub(crate) enum Body {
    /// Bytes in memory: signed by their hash (for the content types the SDKs hash), sent with their length, resent
    /// by a retry.
    Bytes(Bytes),
    /// At least one streamed piece: sent once, signed `UNSIGNED-PAYLOAD`.
    Stream(StreamBody),
}

impl Body {
    /// One buffer when every piece is in memory, else a stream of the pieces.
    pub(crate) fn of(segments: Vec<Segment>) -> Body {
        if segments.iter().all(|s| matches!(s, Segment::Bytes(_))) {
            let mut iter = segments.into_iter();
            return Body::Bytes(match (iter.next(), iter.len()) {
                (None, _) => Bytes::new(),
                (Some(Segment::Bytes(only)), 0) => only,
                (first, _) => {
                    let mut out = BytesMut::new();
                    for s in first.into_iter().chain(iter) {
                        if let Segment::Bytes(b) = s {
                            out.extend_from_slice(&b);
                        }
                    }
                    out.freeze()
                }
            });
        }
        // Neighbouring bytes travel as one chunk.
        let mut merged: VecDeque<Segment> = VecDeque::with_capacity(segments.len());
        for s in segments {
            match (merged.back_mut(), s) {
                (Some(Segment::Bytes(prev)), Segment::Bytes(b)) => {
                    let mut joined = BytesMut::with_capacity(prev.len() + b.len());
                    joined.extend_from_slice(prev);
                    joined.extend_from_slice(&b);
                    *prev = joined.freeze();
                }
                (_, s) => merged.push_back(s),
            }
        }
        Body::Stream(StreamBody::new(merged))
    }
}

// ------------------------------------------------------------------------------------------------- multipart

/// Encodes a `multipart/form-data` body: the text parts, then the file parts, each in the order given, as the
/// official SDKs send them ("plain fields first"). A part is `--<boundary>`, `Content-Disposition: form-data;
/// name="<name>"` (with `; filename="<file>"` and then a `Content-Type` line for a file part), a blank line, the
/// content and CRLF; the body ends with `--<boundary>--` and CRLF (RFC 7578). Names and file names are written as
/// browsers write them (WHATWG HTML's form-data encoding): UTF-8, with `"`, CR and LF as `%22`, `%0D` and `%0A`. A
/// file part without a file name takes its part name as one (servers commonly treat a part as a file only when it
/// has one), and without a content type `application/octet-stream`. The encoded body and its boundary, or what
/// prevents sending it.
pub(crate) fn form(
    texts: &[(&'static str, String)],
    files: &[(&'static str, Binary)],
) -> Result<(Body, String), Vec<ValidationIssue>> {
    let boundary = boundary();
    let mut issues = Vec::new();
    let mut segments = Vec::with_capacity(2 * files.len() + 1);
    let mut head = Vec::new();
    for (name, value) in texts {
        part_head(&mut head, &boundary, name, None);
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    for (name, file) in files {
        let content_type = file.content_type().unwrap_or(DEFAULT_PART_CONTENT_TYPE);
        if !is_header_text(content_type) {
            issues.push(ValidationIssue::new(
                *name,
                "the part's content type is not valid in a header (control characters)",
            ));
            continue;
        }
        let file_name = file.file_name().unwrap_or(name);
        part_head(&mut head, &boundary, name, Some((file_name, content_type)));
        match file.take(name) {
            Ok(content) => {
                segments.push(Segment::Bytes(Bytes::from(std::mem::take(&mut head))));
                segments.push(content);
                head.extend_from_slice(b"\r\n");
            }
            Err(issue) => issues.push(issue),
        }
    }
    head.extend_from_slice(b"--");
    head.extend_from_slice(boundary.as_bytes());
    head.extend_from_slice(b"--\r\n");
    segments.push(Segment::Bytes(Bytes::from(head)));
    if issues.is_empty() {
        Ok((Body::of(segments), boundary))
    } else {
        Err(issues)
    }
}

/// `--<boundary>` and a part's headers, up to and including the blank line.
fn part_head(out: &mut Vec<u8>, boundary: &str, name: &str, file: Option<(&str, &str)>) {
    out.extend_from_slice(b"--");
    out.extend_from_slice(boundary.as_bytes());
    out.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
    push_quoted(out, name);
    out.push(b'"');
    if let Some((file_name, content_type)) = file {
        out.extend_from_slice(b"; filename=\"");
        push_quoted(out, file_name);
        out.extend_from_slice(b"\"\r\nContent-Type: ");
        out.extend_from_slice(content_type.as_bytes());
    }
    out.extend_from_slice(b"\r\n\r\n");
}

/// A name inside `"…"` of a `Content-Disposition`, as WHATWG HTML encodes form data: `"`, CR and LF escaped as
/// `%22`, `%0D` and `%0A`, everything else (UTF-8 included) as it is.
fn push_quoted(out: &mut Vec<u8>, s: &str) {
    for b in s.bytes() {
        match b {
            b'"' => out.extend_from_slice(b"%22"),
            b'\r' => out.extend_from_slice(b"%0D"),
            b'\n' => out.extend_from_slice(b"%0A"),
            _ => out.push(b),
        }
    }
}

/// A header value's rule: tab, and every byte from space up except DEL.
pub(crate) fn is_header_text(s: &str) -> bool {
    s.bytes().all(|b| (b >= 0x20 && b != 0x7f) || b == b'\t')
}

/// A fresh boundary: 128 bits from the standard library's randomly keyed hasher (seeded from the OS once per
/// process, a new key per use), mixed with a counter and the clock, as 32 hex digits. Content that contains it
/// would end a part early; at 128 random bits no content does by chance.
fn boundary() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let word = |salt: u64| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(n);
        h.write_u128(nanos);
        h.write_u64(salt);
        h.finish()
    };
    format!("{:016x}{:016x}", word(1), word(2))
}

/// Splits a `multipart/form-data` body (for the mock server): each part's name, file name, content type and
/// content, in order; `None` when the body is not one (no closing boundary, a part without a name).
#[cfg(any(test, feature = "mock"))]
pub(crate) fn parse_multipart<'b>(body: &'b [u8], boundary: &str) -> Option<Vec<Part<'b>>> {
    let delimiter = format!("--{boundary}");
    let d = delimiter.as_bytes();
    let find = |hay: &[u8], from: usize| -> Option<usize> {
        hay.get(from..)?
            .windows(d.len())
            .position(|w| w == d)
            .map(|i| i + from)
    };
    let mut at = find(body, 0)?;
    let mut parts = Vec::new();
    loop {
        let after = at + d.len();
        let rest = body.get(after..)?;
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        let start = after + rest.strip_prefix(b"\r\n").map(|_| 2)?;
        let next = find(body, start)?;
        // The content ends before the CRLF that precedes the next delimiter.
        let part = body.get(start..next.checked_sub(2)?)?;
        let split = part.windows(4).position(|w| w == b"\r\n\r\n")?;
        let (head, content) = (&part[..split], &part[split + 4..]);
        parts.push(Part::parse(&String::from_utf8_lossy(head), content)?);
        at = next;
    }
}

/// One part of a `multipart/form-data` body, as [`parse_multipart`] reads it.
#[cfg(any(test, feature = "mock"))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part<'b> {
    pub name: String,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub content: &'b [u8],
}

#[cfg(any(test, feature = "mock"))]
impl<'b> Part<'b> {
    fn parse(head: &str, content: &'b [u8]) -> Option<Part<'b>> {
        let mut name = None;
        let mut file_name = None;
        let mut content_type = None;
        for line in head.split("\r\n") {
            let (key, value) = line.split_once(':')?;
            let value = value.trim();
            if key.eq_ignore_ascii_case("content-type") {
                content_type = Some(value.to_owned());
            } else if key.eq_ignore_ascii_case("content-disposition") {
                for (k, v) in disposition_params(value)? {
                    match k.as_str() {
                        "name" => name = Some(v),
                        "filename" => file_name = Some(v),
                        _ => {}
                    }
                }
            }
        }
        Some(Part {
            name: name?,
            file_name,
            content_type,
            content,
        })
    }
}

/// The parameters of a `form-data; name="…"; filename="…"` disposition, keys lowercase. A quoted value runs to the
/// next `"` (it may hold `;`); `%22`, `%0D` and `%0A` in it are `"`, CR and LF, as browsers and `requests` write them.
/// `None` for another disposition type or a parameter without `=`.
#[cfg(any(test, feature = "mock"))]
fn disposition_params(value: &str) -> Option<Vec<(String, String)>> {
    let (kind, mut rest) = value.split_once(';').unwrap_or((value, ""));
    if !kind.trim().eq_ignore_ascii_case("form-data") {
        return None;
    }
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Some(out);
        }
        let (key, after) = rest.split_once('=')?;
        let after = after.trim_start();
        let (raw, next) = match after.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"')?;
                (&quoted[..end], &quoted[end + 1..])
            }
            None => after.split_once(';').map_or((after, ""), |(v, n)| (v, n)),
        };
        let value = raw
            .replace("%22", "\"")
            .replace("%0D", "\r")
            .replace("%0A", "\n");
        out.push((key.trim().to_ascii_lowercase(), value.trim_end().to_owned()));
        rest = next.trim_start();
        rest = rest.strip_prefix(';').unwrap_or(rest);
    }
}

/// The `boundary` parameter of a `multipart/…` content type.
#[cfg(feature = "mock")]
pub(crate) fn boundary_of(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"'))
    })
}

// ------------------------------------------------------------------------------------------------- downloads

type Chunked = Pin<Box<dyn Stream<Item = io::Result<Bytes>> + Send>>;

/// A response body streamed to the caller: a download (`binary` body), which is not read into memory first and so
/// is not bounded by the client's response size limit.
///
/// Read it chunk by chunk ([`chunk`](Self::chunk), or as a [`Stream`](futures_core::Stream) of
/// `io::Result<Bytes>`), write it to a file or socket ([`write_to`](Self::write_to)), or collect it with a limit of
/// your own ([`bytes`](Self::bytes)). The call has already returned when its status and headers arrived; from then
/// on each chunk must arrive within the call's timeout of the one before, else reading fails with
/// [`io::ErrorKind::TimedOut`] (a slow download that keeps moving is never cut). A broken connection fails reading
/// with the transport's error inside the `io::Error`. Dropping the stream closes the connection.
pub struct ByteStream {
    // A `Mutex` only for `Sync`: polling takes `&mut self`, which needs no lock.
    inner: Mutex<Inner>,
    content_length: Option<u64>,
}

enum Inner {
    /// A body that was read whole already (a response built in memory).
    Buffered(Option<Bytes>),
    Live(Chunked),
}

impl ByteStream {
    /// A body already in memory, as one chunk.
    pub(crate) fn from_bytes(bytes: Bytes) -> Self {
        ByteStream {
            content_length: Some(bytes.len() as u64),
            inner: Mutex::new(Inner::Buffered((!bytes.is_empty()).then_some(bytes))),
        }
    }

    /// A body arriving as `chunks`, of the announced length when the response said.
    pub(crate) fn from_chunks(
        chunks: impl Stream<Item = io::Result<Bytes>> + Send + 'static,
        content_length: Option<u64>,
    ) -> Self {
        ByteStream {
            inner: Mutex::new(Inner::Live(Box::pin(chunks))),
            content_length,
        }
    }

    /// The length the response announced (`Content-Length`), if it did.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }

    /// The next chunk, or `None` at the end of the body.
    pub async fn chunk(&mut self) -> io::Result<Option<Bytes>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx))
            .await
            .transpose()
    }

    /// The whole body in memory, failing with [`io::ErrorKind::InvalidData`] as soon as it is longer than `limit`
    /// bytes.
    pub async fn bytes(mut self, limit: usize) -> io::Result<Bytes> {
        let too_long = || {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("the body is longer than the limit of {limit} bytes"),
            )
        };
        if self.content_length.is_some_and(|n| n > limit as u64) {
            return Err(too_long());
        }
        let mut first: Option<Bytes> = None;
        let mut out = BytesMut::new();
        while let Some(chunk) = self.chunk().await? {
            if first.as_ref().map_or(0, Bytes::len) + out.len() + chunk.len() > limit {
                return Err(too_long());
            }
            match first.take() {
                None if out.is_empty() => first = Some(chunk),
                f => {
                    if let Some(f) = f {
                        out.extend_from_slice(&f);
                    }
                    out.extend_from_slice(&chunk);
                }
            }
        }
        Ok(first.unwrap_or_else(|| out.freeze()))
    }

    /// Writes the whole body to `out` (a file, a socket, a buffer) and flushes it; the number of bytes written.
    pub async fn write_to<W>(mut self, out: &mut W) -> io::Result<u64>
    where
        W: tokio::io::AsyncWrite + Unpin + ?Sized,
    {
        let mut written = 0u64;
        while let Some(mut chunk) = self.chunk().await? {
            while !chunk.is_empty() {
                let n = poll_fn(|cx| Pin::new(&mut *out).poll_write(cx, &chunk)).await?;
                if n == 0 {
                    return Err(io::Error::from(io::ErrorKind::WriteZero));
                }
                written += n as u64;
                let _ = chunk.split_to(n);
            }
        }
        poll_fn(|cx| Pin::new(&mut *out).poll_flush(cx)).await?;
        Ok(written)
    }

    /// The body as a [`Stream`](futures_core::Stream) of chunks (which `ByteStream` itself is), for stream
    /// combinators and adapters such as `tokio_util::io::StreamReader`.
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = io::Result<Bytes>> + Send + Sync + Unpin + 'static {
        self
    }
}

impl Stream for ByteStream {
    type Item = io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let inner = match self.get_mut().inner.get_mut() {
            Ok(inner) => inner,
            Err(poisoned) => poisoned.into_inner(),
        };
        match inner {
            Inner::Buffered(b) => Poll::Ready(b.take().map(Ok)),
            Inner::Live(s) => s.as_mut().poll_next(cx),
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("content_length", &self.content_length)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_bytes(b: Body) -> Bytes {
        match b {
            Body::Bytes(b) => b,
            Body::Stream(_) => panic!("expected bytes"),
        }
    }

    /// Chunks of a stream, for tests.
    struct Iter(VecDeque<Result<Bytes, io::Error>>);
    impl Stream for Iter {
        type Item = Result<Bytes, io::Error>;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(self.get_mut().0.pop_front())
        }
    }

    fn stream_of(chunks: &[&'static str]) -> Iter {
        Iter(
            chunks
                .iter()
                .map(|c| Ok(Bytes::from_static(c.as_bytes())))
                .collect(),
        )
    }

    async fn collect(mut s: impl Stream<Item = Result<Bytes, BoxError>> + Unpin) -> Vec<u8> {
        let mut out = Vec::new();
        while let Some(c) = poll_fn(|cx| Pin::new(&mut s).poll_next(cx)).await {
            out.extend_from_slice(&c.expect("chunk"));
        }
        out
    }

    #[test]
    fn a_form_in_memory_is_one_buffer_text_parts_first() {
        let texts = [("mode", "merge".to_owned()), ("flag", "true".to_owned())];
        let files = [("file", Binary::from("a,b\n").with_file_name("x\"y\r\n.csv"))];
        let (body, boundary) = form(&texts, &files).expect("encodes");
        assert_eq!(boundary.len(), 32);
        let body = body_bytes(body);
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nmerge\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"flag\"\r\n\r\ntrue\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x%22y%0D%0A.csv\"\r\n\
             Content-Type: application/octet-stream\r\n\r\na,b\n\r\n--{b}--\r\n",
            b = boundary
        );
        assert_eq!(std::str::from_utf8(&body).expect("utf8"), expected);
        // The mock's parser reads back what was written.
        let parts = parse_multipart(&body, &boundary).expect("parses");
        let names: Vec<_> = parts
            .iter()
            .map(|p| (p.name.as_str(), p.file_name.as_deref(), p.content))
            .collect();
        assert_eq!(
            names,
            [
                ("mode", None, &b"merge"[..]),
                ("flag", None, b"true"),
                ("file", Some("x\"y\r\n.csv"), b"a,b\n"),
            ]
        );
        // A file without a name takes the part's; a form without parts is its closing line.
        let (body, b) = form(&[], &[("f", Binary::from("x"))]).expect("encodes");
        let body = body_bytes(body);
        assert!(
            std::str::from_utf8(&body)
                .expect("utf8")
                .contains("name=\"f\"; filename=\"f\"\r\n")
        );
        let (body, b2) = form(&[], &[]).expect("encodes");
        assert_eq!(body_bytes(body), format!("--{b2}--\r\n").as_bytes());
        assert_ne!(b, b2);
    }

    #[test]
    fn dispositions_are_read_as_browsers_and_requests_write_them() {
        let parse = |v: &str| disposition_params(v);
        assert_eq!(
            parse(r#"form-data; name="a;b"; filename="x%22y.txt""#),
            Some(vec![
                ("name".to_owned(), "a;b".to_owned()),
                ("filename".to_owned(), "x\"y.txt".to_owned())
            ])
        );
        assert_eq!(
            parse("form-data;name=plain"),
            Some(vec![("name".to_owned(), "plain".to_owned())])
        );
        assert_eq!(parse(r#"attachment; name="a""#), None);
        assert_eq!(parse(r#"form-data; name="unclosed"#), None);
        assert_eq!(parse("form-data; name"), None);
    }

    #[test]
    fn boundaries_differ_per_body() {
        let a = boundary();
        let b = boundary();
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }

    #[tokio::test]
    async fn a_form_with_a_stream_is_streamed_once_with_its_length_when_known() {
        let file = Binary::from_stream_with_length(stream_of(&["ab", "", "cd"]), 4)
            .with_file_name("f.bin")
            .with_content_type("image/png");
        let again = file.clone();
        let (body, boundary) = form(&[("n", "7".to_owned())], &[("f", file)]).expect("encodes");
        let Body::Stream(s) = body else {
            panic!("a stream part streams the body")
        };
        let head = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\n7\r\n--{boundary}\r\n\
             Content-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\nContent-Type: image/png\r\n\r\n"
        );
        let tail = format!("\r\n--{boundary}--\r\n");
        assert_eq!(s.len(), Some((head.len() + 4 + tail.len()) as u64));
        assert_eq!(collect(s).await, format!("{head}abcd{tail}").into_bytes());
        // The clone shared the stream, which is gone now.
        let issues = form(&[], &[("f", again)]).expect_err("already sent");
        assert!(issues[0].to_string().contains("already sent"), "{issues:?}");
    }

    #[tokio::test]
    async fn a_stream_of_unknown_length_has_none_and_errors_pass_through() {
        let Ok((Body::Stream(s), _)) = form(&[], &[("f", Binary::from_stream(stream_of(&["x"])))])
        else {
            panic!("streamed")
        };
        assert_eq!(s.len(), None);
        let failing = Iter(VecDeque::from([
            Ok(Bytes::from_static(b"a")),
            Err(io::Error::other("disk gone")),
        ]));
        let Body::Stream(mut s) = Body::of(vec![
            Segment::Bytes(Bytes::from_static(b"<")),
            Binary::from_stream(failing).take("f").expect("stream"),
        ]) else {
            panic!("streamed")
        };
        let mut got = Vec::new();
        while let Some(c) = poll_fn(|cx| Pin::new(&mut s).poll_next(cx)).await {
            got.push(c.map_err(|e| e.to_string()));
        }
        assert_eq!(
            got,
            [
                Ok(Bytes::from_static(b"<")),
                Ok(Bytes::from_static(b"a")),
                Err("disk gone".to_owned())
            ]
        );
    }

    #[test]
    fn binaries_compare_by_bytes_or_by_stream_identity() {
        assert_eq!(Binary::from("x"), Binary::from(b"x".to_vec()));
        assert_ne!(Binary::from("x"), Binary::from("x").with_file_name("a"));
        let s = Binary::from_stream(stream_of(&["x"]));
        assert_eq!(s, s.clone());
        assert_ne!(s, Binary::from_stream(stream_of(&["x"])));
        assert_eq!(
            format!("{:?}", Binary::from("secret").with_file_name("f")),
            "Binary { bytes: 6, file_name: Some(\"f\"), content_type: None }"
        );
    }

    #[test]
    fn a_bad_part_content_type_is_an_issue() {
        let bad = Binary::from("x").with_content_type("a\r\nb");
        let issues = form(&[], &[("f", bad)]).expect_err("refused");
        assert_eq!(
            issues[0].to_string(),
            "f: the part's content type is not valid in a header (control characters)"
        );
    }

    #[tokio::test]
    async fn a_byte_stream_collects_with_a_limit_and_writes_out() {
        let s = ByteStream::from_chunks(
            Iter(VecDeque::from([
                Ok(Bytes::from_static(b"ab")),
                Ok(Bytes::from_static(b"cd")),
            ])),
            None,
        );
        assert_eq!(s.bytes(4).await.expect("fits"), Bytes::from_static(b"abcd"));
        let s = ByteStream::from_chunks(stream_of(&["ab", "cd"]), None);
        let err = s.bytes(3).await.expect_err("over");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let s = ByteStream::from_bytes(Bytes::from_static(b"whole"));
        assert_eq!(s.content_length(), Some(5));
        let mut out = Vec::new();
        assert_eq!(s.write_to(&mut out).await.expect("written"), 5);
        assert_eq!(out, b"whole");
        let mut empty = ByteStream::from_bytes(Bytes::new());
        assert_eq!(empty.chunk().await.expect("end"), None);
    }
}
