//! The mock's connections, served one by one with hyper's HTTP/1 server rather than `axum::serve`, for what a gateway
//! does and `axum::serve` does not:
//!
//! - a cap on connections served at once: one over the cap is answered 503 and closed at once, so the server keeps
//!   accepting (and its file descriptors never run out) however many sockets clients leave open;
//! - a header-read timeout (hyper's): from when a connection opens, or its previous answer was sent, until the next
//!   request head is complete, so idle kept-alive connections and slowly sent headers (slowloris) are closed;
//! - an idle timeout on the socket: no byte read or written for that long (a client that stops reading its answer,
//!   or stops mid-body) closes the connection;
//! - a look at every request head as it arrives ([`HeadSniffer`]), for what hyper accepts after repairing it: a
//!   request carrying both `Content-Length` and `Transfer-Encoding` (hyper drops the length), which the handler
//!   then refuses as a gateway does.
//!
//! The body-read timeout is the handler's (`State::serve`), which answers 408.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot, watch};
use tokio::time::{Instant, Sleep};

use super::State;

/// How long to wait before accepting again after `accept` failed (out of file descriptors, say).
const ACCEPT_BACKOFF: Duration = Duration::from_millis(20);
/// Longest request head the sniffer follows; hyper refuses far smaller heads (and closes the connection).
const MAX_HEAD: usize = 256 << 10;
/// What a connection over the cap gets before it is closed.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
    content-length: 70\r\nconnection: close\r\n\r\n\
    {\"error_code\":\"MOCK.0503\",\"error_msg\":\"too many connections; try again\"}";

/// The limits a running mock applies to its connections.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub(super) header_read: Duration,
    pub(super) idle: Duration,
    pub(super) max_connections: usize,
}

/// What the sniffer saw in one request head, for the handler of that request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct HeadFacts {
    /// The head carries both `Content-Length` and `Transfer-Encoding`.
    pub(super) length_and_chunked: bool,
}

/// The heads of one connection, in order: the sniffer pushes each as it is read, the handler takes the oldest when
/// hyper hands it that request (hyper reads a head before calling the handler for it, and handles one at a time).
type Heads = Arc<Mutex<VecDeque<HeadFacts>>>;

/// Accepts connections until `stopped` fires (or its sender is dropped), then lets those open finish (hyper's
/// graceful shutdown: requests in flight complete, idle connections close) and returns when all have ended.
pub(super) async fn serve(
    listener: TcpListener,
    state: Arc<State>,
    limits: Limits,
    mut stopped: oneshot::Receiver<()>,
) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let (shutdown, shutting_down) = watch::channel(false);
    loop {
        let accepted = tokio::select! {
            biased;
            _ = &mut stopped => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                tracing::warn!(error = %e, "mock server: accepting a connection failed");
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        match Arc::clone(&permits).try_acquire_owned() {
            Ok(permit) => {
                tokio::spawn(connection(
                    stream,
                    Arc::clone(&state),
                    limits,
                    shutting_down.clone(),
                    permit,
                ));
            }
            Err(_) => refuse(stream),
        }
    }
    drop(listener);
    let _ = shutdown.send(true);
    // Each connection holds a permit until it ends; `max_connections` fits in `u32` (see `MockConfig`).
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    let _ = permits.acquire_many(all).await;
}

/// Over the cap: a 503 if the socket takes it right away (never waiting on the client), then closed.
fn refuse(stream: TcpStream) {
    tracing::warn!("mock server: connection refused, too many open");
    let _ = stream.try_write(BUSY);
}

async fn connection(
    stream: TcpStream,
    state: Arc<State>,
    limits: Limits,
    mut shutting_down: watch::Receiver<bool>,
    _permit: OwnedSemaphorePermit,
) {
    let heads: Heads = Arc::default();
    let io = MockIo::new(stream, limits.idle, Arc::clone(&heads));
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let state = Arc::clone(&state);
        let facts = heads
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
            .unwrap_or_default();
        async move {
            let req = req.map(axum::body::Body::new);
            Ok::<_, Infallible>(state.serve(req, facts).await)
        }
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    let conn = builder.serve_connection(TokioIo::new(io), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        // The guard `wait_for` returns is dropped in here, not held while the connection finishes.
        () = async {
            let _ = shutting_down.wait_for(|down| *down).await;
        } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

/// A connection's socket with an idle timeout and a [`HeadSniffer`] on what is read.
struct MockIo {
    inner: TcpStream,
    idle: Duration,
    // Reset on every byte read or written; when it fires while the connection waits, the I/O fails and hyper closes.
    deadline: Pin<Box<Sleep>>,
    sniffer: HeadSniffer,
}

impl MockIo {
    fn new(inner: TcpStream, idle: Duration, heads: Heads) -> Self {
        MockIo {
            inner,
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
            sniffer: HeadSniffer::new(heads),
        }
    }

    fn touch(&mut self) {
        let next = Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }

    /// `Pending`, or the idle timeout's error once it has fired.
    fn poll_idle<T>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        match self.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "no data sent or received within the idle timeout",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncRead for MockIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let read = &buf.filled()[before..];
                if !read.is_empty() {
                    this.sniffer.feed(read);
                    this.touch();
                }
                Poll::Ready(Ok(()))
            }
            Poll::Pending => this.poll_idle(cx),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
        }
    }
}

impl AsyncWrite for MockIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_write(cx, buf) {
            Poll::Ready(Ok(n)) => {
                if n > 0 {
                    this.touch();
                }
                Poll::Ready(Ok(n))
            }
            Poll::Pending => this.poll_idle(cx),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Pending => this.poll_idle(cx),
            done => done,
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// Follows HTTP/1.1 framing over the bytes of a connection as they are read, to see each request head whole: the
/// head, then a body of `Content-Length` bytes or chunked, then the next head. It only observes; hyper parses and
/// answers. On anything hyper refuses (and then closes the connection for) it stops looking.
struct HeadSniffer {
    heads: Heads,
    phase: Phase,
    head: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Reading a head (leading empty lines skipped).
    Head,
    /// This many body bytes are left.
    Body(u64),
    /// A chunk-size line: the size so far, and whether the digits have ended (extension or CR).
    ChunkSize { size: u64, digits_done: bool },
    /// This many bytes of chunk data are left.
    ChunkData(u64),
    /// The line end after chunk data.
    ChunkDataEnd,
    /// Trailer lines; `blank` while the current line holds nothing but CR.
    Trailers { blank: bool },
    /// Not following any more.
    Lost,
}

impl HeadSniffer {
    fn new(heads: Heads) -> Self {
        HeadSniffer {
            heads,
            phase: Phase::Head,
            head: Vec::new(),
        }
    }

    fn feed(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            match self.phase {
                Phase::Lost => return,
                Phase::Head => {
                    if self.head.is_empty() {
                        let skip = bytes
                            .iter()
                            .take_while(|b| matches!(b, b'\r' | b'\n'))
                            .count();
                        bytes = &bytes[skip..];
                        if bytes.is_empty() {
                            return;
                        }
                    }
                    // The head ends at the first empty line: `\n\n` or `\n\r\n`.
                    let start = self.head.len();
                    self.head.extend_from_slice(bytes);
                    let end = (start.saturating_sub(2)..self.head.len()).find(|&i| {
                        self.head[i] == b'\n'
                            && (self.head.get(i + 1) == Some(&b'\n')
                                || self.head.get(i + 1..i + 3) == Some(&b"\r\n"[..]))
                    });
                    let Some(i) = end else {
                        if self.head.len() > MAX_HEAD {
                            self.phase = Phase::Lost;
                        }
                        return;
                    };
                    let head_len = if self.head[i + 1] == b'\n' {
                        i + 2
                    } else {
                        i + 3
                    };
                    let consumed = head_len - start;
                    let head = std::mem::take(&mut self.head);
                    self.phase = self.finish_head(&head[..head_len]);
                    bytes = &bytes[consumed..];
                }
                Phase::Body(left) => {
                    let n = left.min(bytes.len() as u64);
                    bytes = &bytes[n as usize..];
                    self.phase = if left == n {
                        Phase::Head
                    } else {
                        Phase::Body(left - n)
                    };
                }
                Phase::ChunkSize { size, digits_done } => {
                    let b = bytes[0];
                    bytes = &bytes[1..];
                    self.phase = match (b, digits_done) {
                        (b'\n', _) if size == 0 => Phase::Trailers { blank: true },
                        (b'\n', _) => Phase::ChunkData(size),
                        (_, false) if b.is_ascii_hexdigit() => {
                            let digit = u64::from(char::from(b).to_digit(16).unwrap_or(0));
                            match size.checked_mul(16).and_then(|s| s.checked_add(digit)) {
                                Some(size) => Phase::ChunkSize {
                                    size,
                                    digits_done: false,
                                },
                                None => Phase::Lost,
                            }
                        }
                        _ => Phase::ChunkSize {
                            size,
                            digits_done: true,
                        },
                    };
                }
                Phase::ChunkData(left) => {
                    let n = left.min(bytes.len() as u64);
                    bytes = &bytes[n as usize..];
                    self.phase = if left == n {
                        Phase::ChunkDataEnd
                    } else {
                        Phase::ChunkData(left - n)
                    };
                }
                Phase::ChunkDataEnd => {
                    let b = bytes[0];
                    bytes = &bytes[1..];
                    if b == b'\n' {
                        self.phase = Phase::ChunkSize {
                            size: 0,
                            digits_done: false,
                        };
                    }
                }
                Phase::Trailers { blank } => {
                    let b = bytes[0];
                    bytes = &bytes[1..];
                    self.phase = match b {
                        b'\n' if blank => Phase::Head,
                        b'\n' => Phase::Trailers { blank: true },
                        b'\r' => Phase::Trailers { blank },
                        _ => Phase::Trailers { blank: false },
                    };
                }
            }
        }
    }

    /// Records what the head says and returns how its body is framed.
    fn finish_head(&mut self, head: &[u8]) -> Phase {
        let mut lengths: Vec<&[u8]> = Vec::new();
        let mut codings: Vec<&[u8]> = Vec::new();
        // The request line first, then `name: value` lines (line ends `\r\n` or `\n`).
        for line in head.split(|&b| b == b'\n').skip(1) {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let (name, value) = (&line[..colon], line[colon + 1..].trim_ascii());
            if name.eq_ignore_ascii_case(b"content-length") {
                lengths.push(value);
            } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
                codings.extend(value.split(|&b| b == b',').map(<[u8]>::trim_ascii));
            }
        }
        let facts = HeadFacts {
            length_and_chunked: !lengths.is_empty() && !codings.is_empty(),
        };
        self.heads
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back(facts);
        // As hyper frames the body: a final `chunked` coding wins over any length; any other coding is refused.
        if let Some(last) = codings.last() {
            return if last.eq_ignore_ascii_case(b"chunked") {
                Phase::ChunkSize {
                    size: 0,
                    digits_done: false,
                }
            } else {
                Phase::Lost
            };
        }
        let mut parsed = lengths
            .iter()
            .flat_map(|v| v.split(|&b| b == b','))
            .map(|v| {
                std::str::from_utf8(v.trim_ascii())
                    .ok()
                    .and_then(|v| v.parse::<u64>().ok())
            });
        match parsed.next() {
            None => Phase::Head,
            Some(Some(n)) if parsed.all(|m| m == Some(n)) => {
                if n == 0 {
                    Phase::Head
                } else {
                    Phase::Body(n)
                }
            }
            // Invalid or disagreeing lengths: hyper answers 400 and closes.
            Some(_) => Phase::Lost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniff(chunks: &[&[u8]]) -> (Vec<HeadFacts>, Phase) {
        let heads: Heads = Arc::default();
        let mut s = HeadSniffer::new(Arc::clone(&heads));
        for c in chunks {
            s.feed(c);
        }
        let found = heads.lock().unwrap().iter().copied().collect();
        (found, s.phase)
    }

    const PLAIN: HeadFacts = HeadFacts {
        length_and_chunked: false,
    };
    const BOTH: HeadFacts = HeadFacts {
        length_and_chunked: true,
    };

    #[test]
    fn follows_lengths_chunks_and_pipelined_heads() {
        let stream: &[u8] = b"\r\nPOST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello\
            POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\nX-T: 1\r\n\r\n\
            GET /c HTTP/1.1\nContent-Length: 0\n\n\
            POST /d HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n\
            GET /e HTTP/1.1\r\n\r\n";
        let expected = vec![PLAIN, PLAIN, PLAIN, BOTH, PLAIN];
        // Whole, and byte by byte: the same heads, whatever the reads.
        assert_eq!(sniff(&[stream]), (expected.clone(), Phase::Head));
        let bytes: Vec<&[u8]> = stream.chunks(1).collect();
        assert_eq!(sniff(&bytes), (expected, Phase::Head));
        // A body that looks like a head is a body.
        let tricky: &[u8] = b"POST / HTTP/1.1\r\nContent-Length: 42\r\n\r\n\
            GET / HTTP/1.1\r\nContent-Length: 1\r\n\r\nGET / HTTP/1.1\r\n\r\n";
        assert_eq!(sniff(&[tricky]), (vec![PLAIN, PLAIN], Phase::Head));
    }

    #[test]
    fn length_and_chunked_in_either_order() {
        for head in [
            &b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\ncontent-length: 3\r\n\r\n"[..],
            &b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTRANSFER-ENCODING: gzip, chunked\r\n\r\n"[..],
        ] {
            let (found, phase) = sniff(&[head]);
            assert_eq!(found, [BOTH]);
            assert_eq!(
                phase,
                Phase::ChunkSize {
                    size: 0,
                    digits_done: false
                }
            );
        }
    }

    #[test]
    fn stops_following_what_hyper_refuses() {
        for head in [
            &b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"[..],
            &b"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n"[..],
            &b"POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"[..],
        ] {
            assert_eq!(sniff(&[head]).1, Phase::Lost);
        }
        let huge = vec![b'a'; MAX_HEAD + 1];
        assert_eq!(sniff(&[&huge]).1, Phase::Lost);
    }
}
