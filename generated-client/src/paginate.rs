//! Paginators: the pages of a list operation as a [`Stream`], and its items as another.
//!
//! The loop is here, once, for every paginated operation; generated code only implements [`Paginate`] for the
//! operation's request: where a page's items are, where the next token is, and how to set it on the request. A page
//! loop ends at the first of:
//! - an error (yielded, then nothing more);
//! - an empty page;
//! - a page without a next token (marker, cursor, link), or shorter than the page size the request asked for (when
//!   the spec names the page-size parameter);
//! - the limit set with [`Paginator::limit`];
//! - a next token the service already gave, or the same page twice in a row (same length, first and last items): a
//!   server that pages in a loop, or ignores the position. That ends with a [`DecodeError`](crate::DecodeError) in
//!   [`Error::Decode`], after the page.
//!
//! So a server that answers the same page whatever the request asks ends a paginator after two requests.

use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;

use crate::call::{Call, CallResult, Handle};
use crate::error::Error;
use crate::operation::Operation;
use crate::response::Response;
use crate::wire::response::DecodeError;

/// How the request for the next page is made (the spec's `pagination: style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageStyle {
    /// A property of the last item of the page (its id) is the next request's marker.
    Marker,
    /// A property of the response is the next request's cursor.
    Cursor,
    /// The next request's offset is the previous one plus the items of the page (the first is the request's, or 0).
    Offset,
    /// The next request's page number is the previous one plus 1 (the first is the request's, or 1).
    Page,
    /// A property of the response is the URL of the next page: its query replaces the request's (the client keeps its
    /// own endpoint, path and signing).
    Link,
}

/// A list operation whose results come in pages (generated for an endpoint with `pagination:`).
///
/// The request type implements it: the runtime clones the request, sets the next position on the clone and sends it.
/// Only what the style needs is implemented; the other methods keep their defaults.
pub trait Paginate: Operation + Clone {
    /// One item of a page.
    type Item: Clone + PartialEq + Send + 'static;
    /// How the next request is made.
    const STYLE: PageStyle;
    /// The items of a page, to read or take; `None` when the response leaves them out (no items).
    fn items(out: &mut Self::Output) -> Option<&mut Vec<Self::Item>>;
    /// The next marker, cursor or URL the page gives (marker, cursor and link styles).
    #[inline]
    fn next_token(out: &mut Self::Output) -> Option<&str> {
        let _ = out;
        None
    }
    /// Sets the marker or cursor of the next request.
    #[inline]
    fn set_token(&mut self, token: &str) {
        let _ = token;
    }
    /// The offset or page number the request asks for, when it sets one.
    #[inline]
    fn position(&self) -> Option<i64> {
        None
    }
    /// Sets the offset or page number; `false` when it does not fit the parameter's type.
    #[inline]
    fn set_position(&mut self, position: i64) -> bool {
        let _ = position;
        false
    }
    /// The page size the request asks for, when the spec says a shorter page is the last (`short_page_ends`) and
    /// the request sets it.
    #[inline]
    fn page_size(&self) -> Option<i64> {
        None
    }
}

impl Handle {
    /// The paginator of `request`: its pages or items as a stream, starting at the page `request` asks for.
    #[inline]
    pub fn paginate<O: Paginate>(&self, request: O) -> Paginator<O> {
        Paginator {
            handle: self.clone(),
            request,
            limit: None,
        }
    }
}

/// The pages of a list operation, not yet requested: choose [`pages`](Self::pages) or [`items`](Self::items).
///
/// Nothing is sent until the stream is polled; dropping the stream cancels the request in flight.
#[must_use = "a paginator does nothing until its pages or items are polled"]
pub struct Paginator<O: Paginate> {
    handle: Handle,
    request: O,
    limit: Option<usize>,
}

impl<O: Paginate> Paginator<O> {
    /// At most `n` items: [`items`](Self::items) yields no more, and no page is requested after the one that reaches
    /// `n` (so [`pages`](Self::pages) may hold a few more in its last page).
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }

    /// Each page as the call returns it: `Ok(Response<Output>)`, or the error that ends the stream.
    pub fn pages(self) -> Pages<O> {
        Pages {
            handle: self.handle,
            next: (self.limit != Some(0)).then_some(self.request),
            link: None,
            call: None,
            seen: HashSet::new(),
            previous: None,
            remaining: self.limit,
            failure: None,
        }
    }

    /// Each item of each page, requesting a page only when the items before it have been taken.
    pub fn items(self) -> Items<O> {
        let remaining = self.limit;
        Items {
            pages: self.pages(),
            buffer: Vec::new().into_iter(),
            remaining,
        }
    }
}

impl<O: Paginate> fmt::Debug for Paginator<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("operation", &O::META.name)
            .field("limit", &self.limit)
            .finish_non_exhaustive()
    }
}

/// The pages of a list operation: a [`Stream`] of [`CallResult`]s, ending after the last page or the first error.
pub struct Pages<O: Paginate> {
    handle: Handle,
    /// The request for the next page; `None` once paging has ended.
    next: Option<O>,
    /// The query of the next page's URL (link style).
    link: Option<Vec<(String, String)>>,
    /// The page in flight, with the request that asked for it.
    call: Option<(O, Call<O>)>,
    /// Every token the service gave (marker, cursor, link).
    seen: HashSet<String>,
    /// The previous page's ends.
    previous: Option<Ends<O::Item>>,
    /// Items until the limit.
    remaining: Option<usize>,
    /// Why paging stopped after the page just yielded.
    failure: Option<Error<O::Error>>,
}

/// A page's first and last items and its length: the same again means the server ignores the position.
type Ends<T> = (Option<T>, Option<T>, usize);

// Nothing is pinned in place: the request and items are only moved, and the call in flight is `Unpin`.
impl<O: Paginate> Unpin for Pages<O> {}

impl<O: Paginate> Pages<O> {
    /// The next page, or `None` after the last: `while let Some(page) = pages.next().await`. The same as
    /// `StreamExt::next` of the `futures` crate, without depending on it.
    #[allow(clippy::should_implement_trait)] // an async `next`, as streams have it; not `Iterator::next`
    pub fn next(&mut self) -> impl Future<Output = Option<CallResult<O>>> + '_ {
        std::future::poll_fn(move |cx| Pin::new(&mut *self).poll_next(cx))
    }

    /// What to request after `page`, which answered `sent`: sets `next` (and `link`), or leaves it `None` when the
    /// list has ended, or sets `failure` when the service pages in a loop.
    fn advance(&mut self, sent: O, page: &mut Response<O::Output>) {
        let (status, request_id) = (page.status(), page.request_id().map(str::to_owned));
        let out = page.body_mut();
        let Some(items) = O::items(out).filter(|items| !items.is_empty()) else {
            return;
        };
        let count = items.len();
        let ends = (items.first().cloned(), items.last().cloned(), count);
        if let Some(left) = &mut self.remaining {
            *left = left.saturating_sub(count);
            if *left == 0 {
                return;
            }
        }
        if sent
            .page_size()
            .is_some_and(|size| i64::try_from(count).is_ok_and(|n| n < size))
        {
            return;
        }
        let mut request = sent;
        match O::STYLE {
            PageStyle::Marker | PageStyle::Cursor | PageStyle::Link => {
                let Some(token) = O::next_token(out).filter(|t| !t.is_empty()) else {
                    return;
                };
                if !self.seen.insert(token.to_owned()) {
                    self.failure = Some(looping(
                        status,
                        request_id,
                        format!(
                            "the service gave the next-page token `{}` a second time; paging stopped instead of \
                             looping",
                            spec_rules::shorten(token)
                        ),
                    ));
                    return;
                }
                if O::STYLE == PageStyle::Link {
                    self.link = Some(query_of(token));
                } else {
                    request.set_token(token);
                }
            }
            PageStyle::Offset | PageStyle::Page => {
                let next = match O::STYLE {
                    PageStyle::Offset => i64::try_from(count)
                        .ok()
                        .and_then(|n| request.position().unwrap_or(0).checked_add(n)),
                    _ => request.position().unwrap_or(1).checked_add(1),
                };
                if !next.is_some_and(|n| request.set_position(n)) {
                    return;
                }
            }
        }
        if self.previous.as_ref() == Some(&ends) {
            self.failure = Some(looping(
                status,
                request_id,
                "the service answered the same page twice in a row; paging stopped instead of looping".to_owned(),
            ));
            return;
        }
        self.previous = Some(ends);
        self.next = Some(request);
    }
}

/// The error that ends a loop the service pages in, with the status and request id of the page that showed it.
fn looping<E>(status: u16, request_id: Option<String>, message: String) -> Error<E> {
    Error::Decode(DecodeError::new(status, request_id, message, Bytes::new()))
}

/// The query of a URL (absolute, or a path with a query), as decoded pairs; `+` stays a plus.
fn query_of(url: &str) -> Vec<(String, String)> {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

impl<O: Paginate> Stream for Pages<O> {
    type Item = CallResult<O>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<CallResult<O>>> {
        let this = &mut *self;
        if let Some(failure) = this.failure.take() {
            return Poll::Ready(Some(Err(failure)));
        }
        if this.call.is_none() {
            let Some(request) = this.next.take() else {
                return Poll::Ready(None);
            };
            let call = match this.link.take() {
                Some(query) => this.handle.send_with_query(request.clone(), query),
                None => this.handle.send(request.clone()),
            };
            this.call = Some((request, call));
        }
        let Some((_, call)) = &mut this.call else {
            return Poll::Ready(None);
        };
        let result = match Pin::new(call).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        let Some((sent, _)) = this.call.take() else {
            return Poll::Ready(None);
        };
        let mut result = result;
        if let Ok(page) = &mut result {
            this.advance(sent, page);
        }
        Poll::Ready(Some(result))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let more = self.failure.is_some() || self.call.is_some() || self.next.is_some();
        (usize::from(self.failure.is_some()), (!more).then_some(0))
    }
}

impl<O: Paginate> fmt::Debug for Pages<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &O::META.name)
            .field("in_flight", &self.call.is_some())
            .field("ended", &(self.next.is_none() && self.call.is_none()))
            .finish_non_exhaustive()
    }
}

/// The items of a list operation: a [`Stream`] of each item of each page, ending after the last item or the first
/// error.
pub struct Items<O: Paginate> {
    pages: Pages<O>,
    buffer: std::vec::IntoIter<O::Item>,
    remaining: Option<usize>,
}

impl<O: Paginate> Unpin for Items<O> {}

impl<O: Paginate> Items<O> {
    /// The next item, or `None` after the last: `while let Some(item) = items.next().await`. The same as
    /// `StreamExt::next` of the `futures` crate, without depending on it.
    #[allow(clippy::should_implement_trait)] // an async `next`, as streams have it; not `Iterator::next`
    pub fn next(&mut self) -> impl Future<Output = Option<Result<O::Item, Error<O::Error>>>> + '_ {
        std::future::poll_fn(move |cx| Pin::new(&mut *self).poll_next(cx))
    }

    /// Every item, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<O::Item>, Error<O::Error>> {
        let mut out = Vec::new();
        while let Some(item) = self.next().await {
            out.push(item?);
        }
        Ok(out)
    }
}

impl<O: Paginate> Stream for Items<O> {
    type Item = Result<O::Item, Error<O::Error>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.remaining == Some(0) {
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffer.next() {
                if let Some(left) = &mut this.remaining {
                    *left -= 1;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            match Pin::new(&mut this.pages).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => {
                    let mut out = page.into_inner();
                    this.buffer = O::items(&mut out)
                        .map(std::mem::take)
                        .unwrap_or_default()
                        .into_iter();
                }
            }
        }
    }
}

impl<O: Paginate> fmt::Debug for Items<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .field("remaining", &self.remaining)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::query_of;

    #[test]
    fn a_link_gives_its_query_decoded() {
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect()
        };
        assert_eq!(
            query_of("https://iam.example.com/v3/projects?page=2&per_page=10&name=a%20b+c#frag"),
            pairs(&[("page", "2"), ("per_page", "10"), ("name", "a b+c")])
        );
        assert_eq!(
            query_of("/v3/projects?flag&x="),
            pairs(&[("flag", ""), ("x", "")])
        );
        assert_eq!(query_of("https://iam.example.com/v3/projects"), pairs(&[]));
    }
}
