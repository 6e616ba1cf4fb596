//! The non-generic request pipeline shared by every operation: path rendering, query and header assembly,
//! endpoint, signing, timeouts, retries, the body limit and tracing.

use std::borrow::Cow;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, HeaderValue, USER_AGENT};
use tracing::Instrument;
use tracing::field::Empty;

use crate::auth::credentials::{AuthRequest, Credentials};
use crate::auth::signer::{self, SignError};
use crate::http::config::{CallOptions, ClientInner, check_not_reserved, check_user_header};
use crate::http::error::{Failure, TimeoutError, TransportError, TransportErrorKind};
use crate::http::hooks::{AfterResponse, BeforeSend};
use crate::http::retry::{self, RetryPolicy};
use crate::http::target::{base_url, host_of};
use crate::wire::body::{Body, ByteStream, StreamBody};
use crate::wire::meta::{CredentialScope, OperationMeta};
use crate::wire::params::{
    ContentType, HeaderList, PathValue, RequestParts, check_header, set_header,
};
use crate::wire::response::{REQUEST_ID, RawResponse, request_id_text};
use crate::wire::validate::{ValidationError, ValidationIssue};

/// A request ready to be signed and sent, any number of times.
#[derive(Debug)]
struct Prepared<'c> {
    method: reqwest::Method,
    url: reqwest::Url,
    // `host[:port]` as the HTTP stack will send it (derived from `url`, default port omitted); borrowed from the
    // client's parsed endpoint when there is one.
    host: Cow<'c, str>,
    // Every header but `Content-Type`, which is always sent last of these (see `content_type`).
    headers: HeaderList,
    body: Option<PreparedBody>,
    // The `Content-Type` of the body. Kept out of `headers` so that a static value is neither copied into the list
    // nor into the request: it is reserved (`check_user_header`), so no other entry can carry that name, and it
    // was always set last, so appending it after the list sends and signs the same headers in the same order.
    content_type: Option<Cow<'static, str>>,
    // `https` only because the endpoint was written without a scheme (see `tls_hint`).
    implicit_https: bool,
    // Which of the credentials' ids the call carries.
    scope: CredentialScope,
}

/// A request body ready to be sent.
#[derive(Debug)]
enum PreparedBody {
    /// Bytes in memory: sent, and sent again by a retry.
    Bytes(Bytes),
    /// A body with a streamed piece: taken by the one attempt that sends it. Boxed: rare, and the call's future
    /// holds this.
    Stream(Box<Mutex<Option<StreamBody>>>),
}

impl Prepared<'_> {
    /// The header list as it is signed: `headers` (the request's, or the copy hooks added to), then
    /// `Content-Type` when there is a body.
    fn header_pairs<'a>(
        &'a self,
        headers: &'a HeaderList,
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        headers.iter().map(|(n, v)| (n.as_ref(), v.as_str())).chain(
            self.content_type
                .as_deref()
                .map(|ct| (CONTENT_TYPE_NAME, ct)),
        )
    }

    /// The body can be sent once only: the call makes a single attempt.
    fn is_one_shot(&self) -> bool {
        matches!(self.body, Some(PreparedBody::Stream(_)))
    }

    /// What the signature covers: the body's bytes, and whether the body is streamed (its bytes unknown, so
    /// signed `UNSIGNED-PAYLOAD`).
    fn signed_body(&self) -> (&[u8], bool) {
        match &self.body {
            Some(PreparedBody::Bytes(b)) => (b, false),
            Some(PreparedBody::Stream(_)) => (&[], true),
            None => (&[], false),
        }
    }
}

/// The name `Content-Type` is sent and signed with (the spelling `set_header` gives a header it adds).
const CONTENT_TYPE_NAME: &str = "Content-Type";

/// Runs one call: everything between the generated `encode` and `decode`.
///
/// The future owns the client and the call's options (`None`: no overrides), so it borrows nothing and can be
/// boxed as `'static`; the request is prepared on its first poll, from what it borrows of them.
pub(crate) fn execute(
    client: Arc<ClientInner>,
    meta: &'static OperationMeta,
    issues: Vec<ValidationIssue>,
    parts: RequestParts,
    options: Option<Arc<CallOptions>>,
) -> impl Future<Output = Result<RawResponse, Failure>> + Send + 'static {
    // Fields are metadata only: never headers, bodies or credentials.
    let span = tracing::info_span!(
        "call",
        service = meta.service,
        operation = meta.name,
        method = meta.method,
        path = meta.path,
        status = Empty,
        attempts = Empty,
        duration_ms = Empty,
        request_id = Empty,
        error = Empty,
    );
    let started = Instant::now();
    async move {
        let client = &*client;
        let options = options.as_deref().unwrap_or(&NO_CALL_OPTIONS);
        // A provider's credentials fill the call's ids (`{project_id}`, `from_context` parameters, the scope
        // check); each attempt then asks the provider again for the credentials it is signed with. In a block of
        // its own, which ends before the call's next await: the future keeps no room for them.
        let prepared = {
            let provided = match &client.provider {
                Some(provider) => provider.provide().await.map(Some),
                None => Ok(None),
            };
            // Inside the span (an enter more or less is like one more poll, which the span already sees a varying
            // number of).
            provided.map_err(Failure::Credentials).and_then(|provided| {
                let credentials = provided.as_ref().or(client.credentials.as_ref());
                span.in_scope(|| prepare(client, credentials, meta, issues, parts, options))
            })
        };
        let mut attempts = 0u32;
        // Borrowed where it lies, not moved into a second slot of the future.
        // Failures name the operation, and the host once it is known.
        let result = match prepared {
            Ok(ref prepared) => send_with_retries(client, meta, prepared, options, &mut attempts)
                .instrument(span.clone())
                .await
                .map_err(|f| f.with_context(meta.service, meta.name, Some(&prepared.host))),
            Err(f) => Err(f.with_context(meta.service, meta.name, None)),
        };
        finish(&span, started, attempts, result)
    }
}

/// The options of a call made without any.
static NO_CALL_OPTIONS: CallOptions = CallOptions::NONE;

/// Reports the outcome of a call on its span and as one event.
fn finish(
    span: &tracing::Span,
    started: Instant,
    attempts: u32,
    result: Result<RawResponse, Failure>,
) -> Result<RawResponse, Failure> {
    let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let (status, request_id) = match &result {
        Ok(raw) => (Some(raw.status()), raw.request_id()),
        Err(f) => (f.status(), f.request_id()),
    };
    // One event per call, so a plain `fmt` subscriber shows every call with its outcome; emitted before the
    // outcome is recorded on the span, so formatters that print span fields do not show it twice. Error texts
    // hold no header value or credential (see `http/error.rs`).
    match &result {
        Ok(_) => tracing::debug!(
            parent: span,
            status,
            attempts,
            duration_ms,
            request_id,
            "call finished"
        ),
        Err(f) => tracing::debug!(
            parent: span,
            error = %f,
            cause = f.cause(),
            kind = f.kind(),
            status,
            attempts,
            duration_ms,
            request_id,
            "call failed"
        ),
    }
    // Recorded once, at the end (formatters such as `fmt` append every recording).
    if attempts > 0 {
        span.record("attempts", attempts);
    }
    span.record("duration_ms", duration_ms);
    if let Some(status) = status {
        span.record("status", status);
    }
    if let Some(id) = request_id {
        span.record("request_id", id);
    }
    if let Err(f) = &result {
        span.record("error", f.kind());
    }
    result
}

fn prepare<'c>(
    client: &'c ClientInner,
    credentials: Option<&Credentials>,
    meta: &OperationMeta,
    mut issues: Vec<ValidationIssue>,
    mut parts: RequestParts,
    options: &CallOptions,
) -> Result<Prepared<'c>, Failure> {
    issues.extend(std::mem::take(&mut parts.issues));
    fill_from_context(&mut parts, credentials, &mut issues);

    // A template may carry fixed query pairs (`/action?action_id=stop`).
    let (template, fixed_query) = match meta.path.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (meta.path, None),
    };
    let path = render_path(template, &parts.path, credentials, &mut issues);

    let mut pairs = parts.query;
    for pair in fixed_query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|p| !p.is_empty())
    {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        pairs.push((k.to_owned(), v.to_owned()));
    }
    let query = signer::canonical_query(&pairs);

    // Later sources override earlier ones: client defaults, call options, then the operation's parameters. With
    // no defaults and no call options (the usual case) the operation's list is the whole list, taken as it is.
    let merge = !(client.default_headers.is_empty() && options.headers.is_empty());
    let mut headers = HeaderList::new();
    if merge {
        headers.clone_from(&client.default_headers);
        for (name, value) in &options.headers {
            match check_user_header(name, value) {
                Ok(()) => set_header(&mut headers, Cow::Owned(name.clone()), value.clone()),
                Err(issue) => issues.push(issue),
            }
        }
    }
    // `RequestParts::header`, the only writer of `parts.headers`, already refused names and values that are not
    // valid on the wire (`check_header`) and replaced repeated names; only the reserved names are left to refuse
    // (any of them fails the call below, so none is ever sent).
    for (name, _) in &parts.headers {
        if let Err(issue) = check_not_reserved(name) {
            issues.push(issue);
        }
    }
    let headers = if merge {
        for (name, value) in parts.headers {
            set_header(&mut headers, name, value);
        }
        headers
    } else {
        parts.headers
    };
    // A global service's call carries the account's id: without one (and without an explicit `X-Domain-Id`) the
    // gateway refuses it, so it is refused here, before anything is sent. The official SDKs look the id up through
    // IAM (`GET /v3/auth/domains`, huaweicloud-sdk-go-v3 core/auth/global); this client does not call IAM by itself.
    // A regional call without a project id is sent without `X-Project-Id` (the SDKs look that one up too); its
    // `{project_id}` parameters say when one is needed.
    if meta.scope == CredentialScope::Domain
        && let Some((name, None)) = credentials.and_then(|c| c.scope_header(meta.scope))
        && !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name))
    {
        issues.push(ValidationIssue::new(
            name,
            format!(
                "service {} is global and its calls carry the account (domain) id, but the credentials have none: set \
                 it with GlobalCredentials::with_domain_id or BasicCredentials::with_domain_id (or \
                 HUAWEICLOUD_SDK_DOMAIN_ID); unlike the official SDKs, this client does not look it up through IAM",
                meta.service
            ),
        ));
    }
    // The operation's declared type, as the spec writes it; a multipart body adds its boundary, and bytes given
    // their own type send that one. (A hand-written operation without a declared type sends JSON.)
    let declared = meta.content_type.unwrap_or("application/json");
    let content_type = parts.body.as_ref().map(|_| match parts.content_type {
        None => Cow::Borrowed(declared),
        Some(ContentType::Given(ct)) => Cow::Owned(ct),
        Some(ContentType::Boundary(b)) => Cow::Owned(format!("{declared}; boundary={b}")),
    });
    let method = reqwest::Method::from_bytes(meta.method.as_bytes());
    if method.is_err() {
        issues.push(ValidationIssue::new(
            "method",
            format!("{:?} is not an HTTP method", meta.method),
        ));
    }
    if !issues.is_empty() {
        return Err(Failure::Validation(ValidationError::new(issues)));
    }
    let method = method.unwrap_or(reqwest::Method::GET);

    let endpoint_error = |message: String| {
        Failure::Transport(TransportError::new(TransportErrorKind::Endpoint, message))
    };
    let cached = client
        .bases
        .iter()
        .find(|b| b.service == meta.service && b.host == meta.host);
    let (url, full_path, cached_host, implicit_https) = match cached {
        // Only the path and query are parsed; the scheme, host and port were parsed when the client was built.
        Some(base) => {
            let mut url = base.url.clone();
            // Without a base path (the usual endpoint) the rendered path is the whole path: no joined copy.
            let full_path = if base.path.is_empty() {
                Cow::Borrowed(path.as_str())
            } else {
                let mut full = String::with_capacity(base.path.len() + path.len());
                full.push_str(&base.path);
                full.push_str(&path);
                Cow::Owned(full)
            };
            url.set_path(&full_path);
            url.set_query((!query.is_empty()).then_some(query.as_str()));
            (
                url,
                full_path,
                Some(base.authority.as_str()),
                base.implicit_https,
            )
        }
        None => {
            let base = base_url(
                client.target.as_ref(),
                &client.service_endpoints,
                meta.service,
                meta.host,
            )?;
            let mut text = base.url;
            text.push_str(&path);
            if !query.is_empty() {
                text.push('?');
                text.push_str(&query);
            }
            let url = reqwest::Url::parse(&text)
                .map_err(|e| endpoint_error(format!("cannot build the request URL: {e}")))?;
            let full_path = Cow::Owned(format!("{}{path}", base.path));
            (url, full_path, None, base.implicit_https)
        }
    };
    // Longer URLs cannot be sent at all; refused here, naming the value that made it long, rather than failing in the
    // HTTP stack as a send error that a retry policy would repeat.
    if url.as_str().len() > MAX_URL_LEN {
        let (name, len) =
            longest_value(&parts.path, &pairs, credentials).unwrap_or(("url", url.as_str().len()));
        let issue = ValidationIssue::new(
            name,
            format!(
                "the request URL would be {} bytes, over the HTTP limit of {MAX_URL_LEN}; this value takes {len} \
                 bytes of it once encoded",
                url.as_str().len()
            ),
        );
        return Err(Failure::Validation(ValidationError::new(vec![issue])));
    }
    // What is signed must be what is sent: refuse anything the URL parser would rewrite.
    if url.path() != full_path || url.query().unwrap_or("") != query {
        return Err(endpoint_error(format!(
            "the URL parser would rewrite the path {full_path:?}"
        )));
    }
    let host = match cached_host {
        // Setting the path and query leaves the host and port as they were parsed.
        Some(host) => Cow::Borrowed(host),
        None => Cow::Owned(
            host_of(&url).ok_or_else(|| endpoint_error("the endpoint has no host".to_owned()))?,
        ),
    };
    Ok(Prepared {
        method,
        url,
        host,
        headers,
        body: parts.body.map(|b| match b {
            Body::Bytes(b) => PreparedBody::Bytes(b),
            Body::Stream(s) => PreparedBody::Stream(Box::new(Mutex::new(Some(s)))),
        }),
        content_type,
        implicit_https,
        scope: meta.scope,
    })
}

/// Fills the query and header parameters the request left to the client's credentials (`from_context`); a required
/// one they cannot fill is an issue, an optional one is left out.
fn fill_from_context(
    parts: &mut RequestParts,
    credentials: Option<&Credentials>,
    issues: &mut Vec<ValidationIssue>,
) {
    for c in std::mem::take(&mut parts.context) {
        match credentials.and_then(|cr| cr.context_value(c.key)) {
            Some(value) if c.header => match check_header(c.name, value) {
                Ok(()) => set_header(&mut parts.headers, Cow::Borrowed(c.name), value.to_owned()),
                Err(issue) => issues.push(issue),
            },
            Some(value) => parts.query.push((c.name.to_owned(), value.to_owned())),
            None if c.required => issues.push(ValidationIssue::new(
                c.name,
                format!(
                    "required {} is missing: set it on the request or use credentials with a {}",
                    if c.header {
                        "header"
                    } else {
                        "query parameter"
                    },
                    c.key
                ),
            )),
            None => {}
        }
    }
}

/// The longest URL the HTTP stack sends: `http::Uri` refuses longer ones (its `MAX_LEN`, `u16::MAX - 1`), and
/// reqwest then fails the request as it starts.
const MAX_URL_LEN: usize = 65_534;

/// The path or query parameter whose value takes the most room in the URL (a query pair counts its `key=value`),
/// with that length; the first of equals.
fn longest_value<'p>(
    path: &'p [(&'static str, PathValue)],
    query: &'p [(String, String)],
    credentials: Option<&'p Credentials>,
) -> Option<(&'p str, usize)> {
    let encoded_len = |s: &str| {
        let mut out = String::new();
        signer::push_component(&mut out, s);
        out.len()
    };
    let path_lens = path.iter().map(|(name, value)| {
        let len = match value {
            PathValue::Given(values) => values.iter().map(|v| encoded_len(v) + 1).sum(),
            PathValue::Context(key) => credentials
                .and_then(|c| c.context_value(key))
                .map_or(0, encoded_len),
        };
        (*name, len)
    });
    let query_lens = query
        .iter()
        .map(|(k, v)| (k.as_str(), encoded_len(k) + 1 + encoded_len(v)));
    path_lens.chain(query_lens).fold(
        None,
        |best: Option<(&str, usize)>, (name, len)| match best {
            Some((_, b)) if b >= len => best,
            _ => Some((name, len)),
        },
    )
}

/// Substitutes each `{name}` with its percent-encoded value; missing or unusable values become issues.
fn render_path(
    template: &str,
    values: &[(&'static str, PathValue)],
    credentials: Option<&Credentials>,
    issues: &mut Vec<ValidationIssue>,
) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    if !template.starts_with('/') {
        out.push('/');
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..open + len];
        rest = &rest[open + len + 1..];
        let given = values
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v);
        match given {
            Some(PathValue::Given(v)) if v.is_empty() => {
                issues.push(ValidationIssue::new(
                    name,
                    "required path parameter is missing",
                ));
            }
            Some(PathValue::Given(v)) => {
                push_path_values(&mut out, name, v.iter().map(String::as_str), issues);
            }
            Some(PathValue::Context(key)) => match credentials.and_then(|c| c.context_value(key)) {
                Some(v) => push_path_values(&mut out, name, std::iter::once(v), issues),
                None => issues.push(ValidationIssue::new(
                    name,
                    format!(
                        "required path parameter is missing: set it on the request or use credentials with a {key}"
                    ),
                )),
            },
            None => issues.push(ValidationIssue::new(
                name,
                "required path parameter is missing",
            )),
        }
    }
    out.push_str(rest);
    out
}

// The values of one path parameter, encoded and joined by `,`; empty and dot-segment values become issues.
fn push_path_values<'v>(
    out: &mut String,
    name: &str,
    values: impl Iterator<Item = &'v str>,
    issues: &mut Vec<ValidationIssue>,
) {
    for (i, value) in values.enumerate() {
        if value.is_empty() {
            issues.push(ValidationIssue::new(name, "must not be empty"));
        } else if matches!(value, "." | "..") {
            // Dot segments would be resolved away by the URL parser (and by servers).
            issues.push(ValidationIssue::new(name, "must not be \".\" or \"..\""));
        }
        if i > 0 {
            out.push(',');
        }
        signer::push_component(out, value);
    }
}

/// How one attempt ended, as far as retrying is concerned.
enum AttemptError {
    /// The request certainly did not reach the server (connect failure): safe to retry for any method.
    NotSent(Failure),
    /// The request may have been processed: retry only if the method may be repeated.
    MaybeSent(Failure),
    /// Retrying cannot help (signing failed, body over the limit).
    Final(Failure),
}

impl AttemptError {
    fn into_failure(self, attempts: u32) -> Failure {
        let (AttemptError::NotSent(f) | AttemptError::MaybeSent(f) | AttemptError::Final(f)) = self;
        match f {
            Failure::Transport(e) => Failure::Transport(e.with_attempts(attempts)),
            Failure::Timeout(e) => Failure::Timeout(e.with_attempts(attempts)),
            other => other,
        }
    }
}

async fn send_with_retries(
    client: &ClientInner,
    meta: &'static OperationMeta,
    prepared: &Prepared<'_>,
    options: &CallOptions,
    attempt: &mut u32,
) -> Result<RawResponse, Failure> {
    let policy: RetryPolicy = options.retry.unwrap_or(client.retry);
    let timeout = options.timeout.unwrap_or(client.timeout);
    let connect_timeout = options.connect_timeout.unwrap_or(client.connect_timeout);
    let http = client.http_for(options.connect_timeout).map_err(|e| {
        Failure::Transport(
            TransportError::new(TransportErrorKind::Connect, root_cause(&e)).with_source(e),
        )
    })?;
    let may_repeat = retry::is_idempotent(meta.method) || policy.retries_non_idempotent();
    // A streamed body is read as it is sent: nothing is left to send again.
    let attempts_allowed = if prepared.is_one_shot() {
        1
    } else {
        policy.attempts()
    };
    loop {
        // The outcome is decided inside this block, so it is not kept across the delay below (the future would
        // otherwise hold room for it during every attempt too).
        let delay = {
            // A provider's credentials for this attempt, boxed: the call's future keeps a pointer, not their room,
            // and `attempt_once` drops them as soon as the request is signed.
            let provided = match &client.provider {
                None => None,
                Some(provider) => Some(Box::new(ProvidedAuth::new(
                    provider.provide().await.map_err(Failure::Credentials)?,
                ))),
            };
            *attempt += 1;
            // Only the hooks read it.
            let started = (!client.hooks.is_empty()).then(Instant::now);
            let outcome = attempt_once(
                client,
                meta,
                &http,
                prepared,
                provided,
                *attempt,
                timeout,
                connect_timeout,
            )
            .await;
            if let (Some(started), Ok(raw)) = (started, &outcome) {
                let seen = AfterResponse::new(meta, *attempt, started.elapsed(), raw);
                for hook in &client.hooks {
                    hook.after_response(&seen);
                }
            }
            let (retryable, retry_after, reason) = match &outcome {
                Ok(raw) => {
                    let retryable = retry::is_retryable_status(raw.status())
                        && (may_repeat || retry::is_refusal_status(raw.status()));
                    // Only read when it can matter: a header lookup per successful call adds up.
                    let retry_after = retryable
                        .then(|| raw.header("retry-after"))
                        .flatten()
                        .and_then(|v| retry::parse_retry_after(v, time::OffsetDateTime::now_utc()));
                    (retryable, retry_after, "status")
                }
                Err(AttemptError::NotSent(_)) => (true, None, "connect"),
                Err(AttemptError::MaybeSent(Failure::Timeout(_))) => (may_repeat, None, "timeout"),
                Err(AttemptError::MaybeSent(_)) => (may_repeat, None, "transport"),
                Err(AttemptError::Final(_)) => (false, None, ""),
            };
            let delay = if retryable && *attempt < attempts_allowed {
                policy.delay(*attempt, retry_after)
            } else {
                None
            };
            let status = outcome.as_ref().map_or(0, RawResponse::status);
            let Some(delay) = delay else {
                if retryable && *attempt < attempts_allowed {
                    tracing::debug!(
                        attempt = *attempt,
                        status,
                        retry_after_s = retry_after.map_or(0, |d| d.as_secs()),
                        "not retrying: Retry-After is longer than the policy's max delay"
                    );
                }
                return outcome
                    .map(|raw| raw.with_attempts(*attempt))
                    .map_err(|e| e.into_failure(*attempt));
            };
            tracing::debug!(
                attempt = *attempt,
                reason,
                status,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
            delay
        };
        tokio::time::sleep(delay).await;
    }
}

/// Signs and sends one attempt, with the credentials a provider gave for it or else the client's.
#[allow(clippy::too_many_arguments)]
async fn attempt_once(
    client: &ClientInner,
    meta: &'static OperationMeta,
    http: &reqwest::Client,
    p: &Prepared<'_>,
    provided: Option<Box<ProvidedAuth>>,
    attempt: u32,
    timeout: Duration,
    connect_timeout: Duration,
) -> Result<RawResponse, AttemptError> {
    let auth = match &provided {
        Some(provided) => provided.auth(),
        None => AttemptAuth::of(client),
    };
    // Started here rather than inside `send_and_read`, so that future holds reqwest's small handle and not the
    // request (an async fn keeps its arguments' room in every state).
    let sending = http.execute(build_request(client, meta, p, auth, attempt)?);
    // Not kept while the request is in flight.
    drop(provided);
    // Status and request id, once the response head has arrived (kept if the body then times out).
    let mut head: Option<(u16, Option<String>)> = None;
    // A download's body is read by the caller after the call returns, under `Download`'s idle timeout instead.
    let result = tokio::time::timeout(
        timeout,
        send_and_read(client, meta, sending, timeout, connect_timeout, &mut head),
    )
    .await;
    match result {
        Ok(outcome) => outcome.map_err(|e| tls_hint(e, p)),
        Err(_) => {
            let mut e = TimeoutError::new(timeout, false);
            if let Some((status, request_id)) = head {
                e = e.with_response(status, request_id);
            }
            Err(AttemptError::MaybeSent(Failure::Timeout(e)))
        }
    }
}

/// A TLS handshake that fails against a loopback or private address written without a scheme is most likely `https`
/// spoken to a plain-HTTP server (a local gateway, the mock): the error then says so, with the URL to use. The
/// HTTP stack's own text ("received corrupt message of type InvalidContentType") does not suggest it.
fn tls_hint(e: AttemptError, p: &Prepared<'_>) -> AttemptError {
    match e {
        AttemptError::NotSent(Failure::Transport(t))
            if p.implicit_https
                && t.kind() == TransportErrorKind::Connect
                && is_local_host(&p.host)
                && is_tls_failure(&t) =>
        {
            let hint = format!(
                "the TLS handshake failed: https is used for an endpoint without a scheme; did you mean http://{}?",
                p.host
            );
            AttemptError::NotSent(Failure::Transport(t.with_hint(hint)))
        }
        other => other,
    }
}

/// Whether `host[:port]` is a loopback or private address (`localhost`, 127/8, 10/8, 172.16/12, 192.168/16, link-local,
/// `::1`, `fc00::/7`, `fe80::/10`), where a plain-HTTP server is likely.
fn is_local_host(host_port: &str) -> bool {
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host_port.rsplit_once(':').map_or(host_port, |(h, _)| h),
    };
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => v4.is_loopback() || v4.is_private() || v4.is_link_local(),
        Ok(std::net::IpAddr::V6(v6)) => {
            let first = v6.segments()[0];
            v6.is_loopback() || first & 0xfe00 == 0xfc00 || first & 0xffc0 == 0xfe80
        }
        Err(_) => false,
    }
}

/// Whether a connect failure is a TLS protocol error: the TLS stack reports those as an I/O error of kind
/// `InvalidData` (rustls' "received corrupt message …"), somewhere down the chain, possibly wrapped in another
/// I/O error. The `native-tls` backend reports them as its own error type, which this crate cannot name without
/// depending on it: there the TLS library's message is recognised instead (OpenSSL's "SSL routines: … wrong version
/// number", Secure Transport's and SChannel's handshake messages).
fn is_tls_failure(e: &TransportError) -> bool {
    let mut cur = std::error::Error::source(e);
    while let Some(err) = cur {
        #[cfg(feature = "native-tls")]
        {
            let text = err.to_string().to_ascii_lowercase();
            if text.contains("ssl routines") || text.contains("handshake") {
                return true;
            }
        }
        let mut io = err.downcast_ref::<std::io::Error>();
        while let Some(i) = io {
            if i.kind() == std::io::ErrorKind::InvalidData {
                return true;
            }
            io = i
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<std::io::Error>());
        }
        cur = err.source();
    }
    false
}

/// The credentials one attempt is signed with.
#[derive(Clone, Copy)]
struct AttemptAuth<'a> {
    credentials: Option<&'a Credentials>,
    /// For token credentials whose token is valid in a header, that header as it is sent.
    token_header: Option<&'a (HeaderName, HeaderValue)>,
}

impl<'a> AttemptAuth<'a> {
    /// The client's own credentials (without a provider), and their token header, built once.
    fn of(client: &'a ClientInner) -> Self {
        AttemptAuth {
            credentials: client.credentials.as_ref(),
            token_header: client.token_header.as_ref(),
        }
    }
}

/// The credentials a provider gave for one attempt, with their token header when they are token credentials.
struct ProvidedAuth {
    credentials: Credentials,
    token_header: Option<(HeaderName, HeaderValue)>,
}

impl ProvidedAuth {
    fn new(credentials: Credentials) -> Self {
        let token_header = token_header(&credentials);
        ProvidedAuth {
            credentials,
            token_header,
        }
    }

    fn auth(&self) -> AttemptAuth<'_> {
        AttemptAuth {
            credentials: Some(&self.credentials),
            token_header: self.token_header.as_ref(),
        }
    }
}

/// The token header of token credentials, when the token is valid in a header, the value marked sensitive; an
/// invalid one is reported by the attempt, as `Credentials::token_header` reports it.
pub(crate) fn token_header(credentials: &Credentials) -> Option<(HeaderName, HeaderValue)> {
    let (name, token) = credentials.token_header()?.ok()?;
    let name = HeaderName::from_bytes(name.as_bytes()).ok()?;
    let mut value = HeaderValue::from_str(token).ok()?;
    value.set_sensitive(true);
    Some((name, value))
}

/// Runs the hooks' `before_send` on a copy of the request's headers, and checks each header they set or changed as
/// a caller's header is checked (`CallOptions::header`); the request's own headers were checked already.
fn run_before_send(
    client: &ClientInner,
    meta: &'static OperationMeta,
    p: &Prepared<'_>,
    attempt: u32,
) -> Result<HeaderList, AttemptError> {
    let mut headers = p.headers.clone();
    for hook in &client.hooks {
        hook.before_send(&mut BeforeSend::new(
            meta,
            p.url.as_str(),
            attempt,
            &mut headers,
        ));
    }
    let issues: Vec<ValidationIssue> = headers
        .iter()
        .filter(|(n, v)| !p.headers.iter().any(|(pn, pv)| pn == n && pv == v))
        .filter_map(|(n, v)| check_user_header(n, v).err())
        .map(|issue| {
            ValidationIssue::new(issue.path(), format!("{} (set by a hook)", issue.message()))
        })
        .collect();
    if !issues.is_empty() {
        return Err(AttemptError::Final(Failure::Validation(
            ValidationError::new(issues),
        )));
    }
    Ok(headers)
}

/// Runs the hooks, then signs (with a fresh `X-Sdk-Date`) and assembles the request for one attempt.
fn build_request(
    client: &ClientInner,
    meta: &'static OperationMeta,
    p: &Prepared<'_>,
    auth: AttemptAuth<'_>,
    attempt: u32,
) -> Result<reqwest::Request, AttemptError> {
    let auth_error = |e: SignError| {
        AttemptError::Final(Failure::Transport(
            TransportError::new(TransportErrorKind::Auth, e.to_string()).with_source(e),
        ))
    };
    // Hooks run before signing, on a copy of the list made only when there are any: what they add is signed, and
    // they never see the authentication headers, which do not exist yet.
    let hooked;
    let headers = if client.hooks.is_empty() {
        &p.headers
    } else {
        hooked = run_before_send(client, meta, p, attempt)?;
        &hooked
    };
    let mut request = reqwest::Request::new(p.method.clone(), p.url.clone());
    let map = request.headers_mut();
    // Token credentials: the header was built and checked once (with the client, or for this attempt).
    if let Some((token_name, token)) = auth.token_header {
        let pairs = headers
            .iter()
            .filter(|(n, _)| !n.eq_ignore_ascii_case(token_name.as_str()))
            .map(|(n, v)| (n.as_ref(), v.as_str()));
        append_headers(map, pairs, headers.len() + 4)?;
        append_content_type(map, p.content_type.as_ref())?;
        // Last, replacing any header of that name, as `authorize` sets it.
        map.insert(token_name.clone(), token.clone());
        return finish_request(client, p, request);
    }
    match auth.credentials.map(|c| (c, c.token_header())) {
        // Token credentials whose header could not be built: the token is not valid in a header (a valid one
        // was sent above), which `token_header` reports.
        Some((_, Some(token))) => {
            let (name, _) = token.map_err(auth_error)?;
            return Err(auth_error(SignError::InvalidHeaderValue { header: name }));
        }
        // AK/SK signing adds and replaces headers, so each attempt signs its own copy of the list.
        Some((credentials, None)) => {
            let mut signed = Vec::with_capacity(headers.len() + 4);
            signed.extend(
                p.header_pairs(headers)
                    .map(|(n, v)| (n.to_owned(), v.to_owned())),
            );
            let mut auth = AuthRequest {
                method: p.method.as_str(),
                host: &p.host,
                wire_path: p.url.path(),
                canonical_query: p.url.query().unwrap_or(""),
                headers: &mut signed,
                body: p.signed_body().0,
                streamed: p.signed_body().1,
                content_type: p.content_type.as_deref(),
                scope: p.scope,
            };
            credentials
                .authorize(&mut auth, time::OffsetDateTime::now_utc())
                .map_err(auth_error)?;
            let pairs = signed.iter().map(|(n, v)| (n.as_str(), v.as_str()));
            append_headers(map, pairs, signed.len() + 2)?;
        }
        None => {
            let pairs = headers.iter().map(|(n, v)| (n.as_ref(), v.as_str()));
            append_headers(map, pairs, headers.len() + 3)?;
            append_content_type(map, p.content_type.as_ref())?;
        }
    }
    finish_request(client, p, request)
}

/// The headers every request carries, and the body.
fn finish_request(
    client: &ClientInner,
    p: &Prepared<'_>,
    mut request: reqwest::Request,
) -> Result<reqwest::Request, AttemptError> {
    let map = request.headers_mut();
    map.insert(ACCEPT, HeaderValue::from_static("application/json"));
    if let Some(ua) = &client.user_agent_header {
        map.insert(USER_AGENT, ua.clone());
    }
    match &p.body {
        Some(PreparedBody::Bytes(body)) => {
            *request.body_mut() = Some(reqwest::Body::from(body.clone()));
        }
        // Sent with `Content-Length` when every piece's length is known, else chunked.
        Some(PreparedBody::Stream(slot)) => {
            let Some(stream) = slot.lock().ok().and_then(|mut s| s.take()) else {
                let issue = ValidationIssue::new("body", "a streamed body can be sent once");
                return Err(AttemptError::Final(Failure::Validation(
                    ValidationError::new(vec![issue]),
                )));
            };
            *request.body_mut() = Some(reqwest::Body::wrap(SendBody(Mutex::new(stream))));
        }
        // The HTTP stack sends no length for a request without a body, and proxies and gateways may answer 411 to
        // these methods without one; the official SDKs send `Content-Length: 0` (Go's net/http does for `POST`, `PUT`
        // and `PATCH`). Not signed, as in the SDKs: it is set after signing, like the stack's own framing headers.
        None if matches!(
            p.method,
            reqwest::Method::POST | reqwest::Method::PUT | reqwest::Method::PATCH
        ) =>
        {
            map.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        None => {}
    }
    Ok(request)
}

/// A streamed request body as the HTTP stack reads it. The `Mutex` only makes it `Sync`, as reqwest asks: polling
/// holds `&mut self`, which needs no lock.
struct SendBody(Mutex<StreamBody>);

impl http_body::Body for SendBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        let body = match self.get_mut().0.get_mut() {
            Ok(body) => body,
            Err(poisoned) => poisoned.into_inner(),
        };
        futures_core::Stream::poll_next(Pin::new(body), cx)
            .map(|chunk| chunk.map(|c| c.map(http_body::Frame::data)))
    }

    fn size_hint(&self) -> http_body::SizeHint {
        let len = self.0.lock().ok().and_then(|b| b.len());
        match len {
            Some(n) => http_body::SizeHint::with_exact(n),
            None => http_body::SizeHint::default(),
        }
    }
}

/// Appends the body's `Content-Type`, a static one without copying it.
fn append_content_type(
    map: &mut reqwest::header::HeaderMap,
    content_type: Option<&Cow<'static, str>>,
) -> Result<(), AttemptError> {
    let Some(ct) = content_type else {
        return Ok(());
    };
    let value = match ct {
        Cow::Borrowed(ct) => HeaderValue::from_maybe_shared(Bytes::from_static(ct.as_bytes())),
        Cow::Owned(ct) => HeaderValue::from_str(ct),
    };
    let Ok(value) = value else {
        let issue = ValidationIssue::new(CONTENT_TYPE_NAME, "header is not valid on the wire");
        return Err(AttemptError::Final(Failure::Validation(
            ValidationError::new(vec![issue]),
        )));
    };
    map.append(CONTENT_TYPE, value);
    Ok(())
}

/// Converts the header list into the request's header map, in order; credential values are marked sensitive.
fn append_headers<'h>(
    map: &mut reqwest::header::HeaderMap,
    headers: impl Iterator<Item = (&'h str, &'h str)>,
    capacity: usize,
) -> Result<(), AttemptError> {
    map.reserve(capacity);
    for (name, value) in headers {
        // The HTTP stack derives Host from the URL, with the same `host[:port]` that was signed.
        if name.eq_ignore_ascii_case("host") {
            continue;
        }
        let (Ok(name), Ok(mut value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) else {
            let issue = ValidationIssue::new(name, "header is not valid on the wire");
            return Err(AttemptError::Final(Failure::Validation(
                ValidationError::new(vec![issue]),
            )));
        };
        if matches!(
            name.as_str(),
            "authorization" | "x-auth-token" | "x-security-token"
        ) {
            value.set_sensitive(true);
        }
        map.append(name, value);
    }
    Ok(())
}

async fn send_and_read(
    client: &ClientInner,
    meta: &OperationMeta,
    sending: impl Future<Output = reqwest::Result<reqwest::Response>>,
    timeout: Duration,
    connect_timeout: Duration,
    head: &mut Option<(u16, Option<String>)>,
) -> Result<RawResponse, AttemptError> {
    let mut response = sending.await.map_err(|e| send_error(e, connect_timeout))?;
    let status = response.status().as_u16();
    let request_id = inspect_headers(response.headers_mut());
    *head = Some((status, request_id.clone()));

    // A download goes to the caller unread: not under the size limit, nor under the attempt's timeout.
    if meta.streams(status) {
        let headers = std::mem::take(response.headers_mut());
        let length = response.content_length();
        let download = Download {
            body: reqwest::Body::from(response),
            idle: timeout,
            sleep: None,
            done: false,
            status,
            request_id: request_id.clone(),
        };
        let stream = ByteStream::from_chunks(download, length);
        return Ok(RawResponse::streamed(status, headers, request_id, stream));
    }

    let limit = client.max_response_body;
    let too_large = || {
        AttemptError::Final(Failure::Transport(
            TransportError::new(
                TransportErrorKind::BodyTooLarge,
                format!("the limit is {limit} bytes"),
            )
            .with_response(status, request_id.clone()),
        ))
    };
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    // A body that arrives in one chunk (the usual case) is kept as it is; only a body in several chunks is copied
    // into one buffer, sized from the announced length, which is never trusted beyond a modest size.
    let mut first: Option<Bytes> = None;
    let mut joined: Vec<u8> = Vec::new();
    let mut len = 0usize;
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                len = len.saturating_add(chunk.len());
                if len > limit {
                    return Err(too_large());
                }
                if first.is_none() && joined.is_empty() {
                    first = Some(chunk);
                    continue;
                }
                if let Some(first) = first.take() {
                    let capacity = announced.map_or(0, |n| n as usize).min(limit).min(1 << 20);
                    joined.reserve(capacity.max(len));
                    joined.extend_from_slice(&first);
                }
                joined.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => {
                let message = root_cause(&e);
                return Err(AttemptError::MaybeSent(Failure::Transport(
                    TransportError::new(TransportErrorKind::Body, message)
                        .with_response(status, request_id)
                        .with_source(e),
                )));
            }
        }
    }
    let body = first.unwrap_or_else(|| Bytes::from(joined));
    // Taken only now: the future then holds no header map of its own while the body is read.
    let headers = std::mem::take(response.headers_mut());
    Ok(RawResponse::with_request_id(
        status, headers, body, request_id,
    ))
}

/// A download's body, read as the caller asks for it: each chunk must arrive within `idle` of the previous one (or of
/// the response head), so a stalled connection fails while a long download that keeps moving never does.
struct Download {
    body: reqwest::Body,
    idle: Duration,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    done: bool,
    status: u16,
    request_id: Option<String>,
}

impl futures_core::Stream for Download {
    type Item = io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<io::Result<Bytes>>> {
        let this = self.get_mut();
        while !this.done {
            match http_body::Body::poll_frame(Pin::new(&mut this.body), cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    this.sleep = None;
                    match frame.into_data() {
                        Ok(data) if !data.is_empty() => return Poll::Ready(Some(Ok(data))),
                        _ => continue, // empty data or trailers
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    let error = TransportError::new(TransportErrorKind::Body, root_cause(&e))
                        .with_response(this.status, this.request_id.clone())
                        .with_source(e);
                    return Poll::Ready(Some(Err(io::Error::other(error))));
                }
                Poll::Ready(None) => this.done = true,
                Poll::Pending => {
                    let idle = this.idle;
                    let sleep = this
                        .sleep
                        .get_or_insert_with(|| Box::pin(tokio::time::sleep(idle)));
                    if sleep.as_mut().poll(cx).is_pending() {
                        return Poll::Pending;
                    }
                    this.done = true;
                    let error = TimeoutError::new(idle, false)
                        .with_response(this.status, this.request_id.clone());
                    return Poll::Ready(Some(Err(io::Error::new(io::ErrorKind::TimedOut, error))));
                }
            }
        }
        Poll::Ready(None)
    }
}

/// Response headers that can carry credentials (IAM returns its token in `X-Subject-Token`): their values are
/// marked sensitive, so `Debug` of a response or its headers prints `Sensitive` instead.
const SENSITIVE_RESPONSE_HEADERS: &[&str] = &[
    "x-subject-token",
    "x-auth-token",
    "x-security-token",
    "authorization",
    "proxy-authorization",
    "set-cookie",
];

// One pass over the (few) response headers (an `entry` or `get` lookup per name parses and hashes the name):
// marks credential-bearing values sensitive and returns the request id, read from the first `X-Request-Id` value
// as `request_id_of` reads it.
fn inspect_headers(headers: &mut reqwest::header::HeaderMap) -> Option<String> {
    let mut request_id = None;
    let mut seen_request_id = false;
    for (name, value) in headers.iter_mut() {
        let name = name.as_str();
        if SENSITIVE_RESPONSE_HEADERS.contains(&name) {
            value.set_sensitive(true);
        } else if name == REQUEST_ID && !seen_request_id {
            seen_request_id = true;
            request_id = request_id_text(value);
        }
    }
    request_id
}

fn send_error(e: reqwest::Error, connect_timeout: Duration) -> AttemptError {
    if e.is_connect() {
        if e.is_timeout() {
            return AttemptError::NotSent(Failure::Timeout(TimeoutError::new(
                connect_timeout,
                true,
            )));
        }
        let message = root_cause(&e);
        return AttemptError::NotSent(Failure::Transport(
            TransportError::new(TransportErrorKind::Connect, message).with_source(e),
        ));
    }
    let message = root_cause(&e);
    AttemptError::MaybeSent(Failure::Transport(
        TransportError::new(TransportErrorKind::Send, message).with_source(e),
    ))
}

/// The innermost error's text: the useful part ("Connection refused", "connection closed before message
/// completed") without the URL-bearing wrapper text.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::credentials::TokenCredentials;
    use crate::client::Client;
    use crate::wire::response::request_id_of;

    fn render(template: &str, values: Vec<(&'static str, PathValue)>) -> (String, Vec<String>) {
        let mut issues = Vec::new();
        let out = render_path(template, &values, None, &mut issues);
        (out, issues.iter().map(ToString::to_string).collect())
    }

    fn given(v: &str) -> PathValue {
        PathValue::Given(vec![v.to_owned()])
    }

    #[test]
    fn credential_response_headers_are_marked_sensitive() {
        use reqwest::header::HeaderMap;
        let mut headers = HeaderMap::new();
        for (name, value) in [
            ("set-cookie", "a=1"),
            ("set-cookie", "b=2"),
            ("x-subject-token", "t"),
            ("content-type", "application/json"),
            ("x-request-id", "r"),
            ("x-request-id", "second"),
        ] {
            headers.append(name, HeaderValue::from_static(value));
        }
        let by_lookup = request_id_of(&headers);
        assert_eq!(inspect_headers(&mut headers), by_lookup);
        assert_eq!(by_lookup.as_deref(), Some("r"));
        let sensitive: Vec<(&str, bool)> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.is_sensitive()))
            .collect();
        assert_eq!(
            sensitive,
            [
                ("set-cookie", true),
                ("set-cookie", true),
                ("x-subject-token", true),
                ("content-type", false),
                ("x-request-id", false),
                ("x-request-id", false),
            ]
        );
    }

    /// Serves one chunked reply whose body is `chunks` (each written and flushed on its own), then closes.
    async fn serve_chunks(chunks: Vec<Vec<u8>>) -> std::net::SocketAddr {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match sock.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let head =
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
            if sock.write_all(head).await.is_err() {
                return;
            }
            let mut out = Vec::new();
            for chunk in chunks {
                out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                out.extend_from_slice(&chunk);
                out.extend_from_slice(b"\r\n");
                if sock.write_all(&out).await.is_err() || sock.flush().await.is_err() {
                    return;
                }
                out.clear();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            let _ = sock.write_all(b"0\r\n\r\n").await;
        });
        addr
    }

    /// A body gathered from one chunk or several is the same bytes, and the limit counts every chunk: a body
    /// exactly at the limit is read, one byte over is refused. (Keeping a lone chunk instead of copying it was
    /// tried and measured slower: the kept chunk pins hyper's read buffer, so every call allocates a new one.)
    #[tokio::test]
    async fn bodies_are_whole_in_one_chunk_or_many() {
        const META: OperationMeta = OperationMeta {
            service: "test",
            host: "test.{region}.{domain}",
            scope: CredentialScope::Project,
            name: "Get",
            method: "GET",
            path: "/x",
            content_type: None,
            streamed: &[],
        };
        let shapes: [&[usize]; 5] = [&[], &[1], &[700], &[3, 1], &[500, 1, 999, 300]];
        for sizes in shapes {
            let mut next = 0u8;
            let chunks: Vec<Vec<u8>> = sizes
                .iter()
                .map(|&n| {
                    (0..n)
                        .map(|_| {
                            next = next.wrapping_add(7);
                            next
                        })
                        .collect()
                })
                .collect();
            let whole = chunks.concat();
            for (limit, fits) in [(whole.len(), true), (whole.len().wrapping_sub(1), false)] {
                if whole.is_empty() && !fits {
                    continue;
                }
                let addr = serve_chunks(chunks.clone()).await;
                let client = Client::builder()
                    .anonymous()
                    .endpoint(format!("http://{addr}"))
                    .no_proxy()
                    .max_response_body(limit)
                    .timeout(Duration::from_secs(10))
                    .build()
                    .expect("client");
                let got = execute(
                    client.inner.clone(),
                    &META,
                    Vec::new(),
                    RequestParts::new(),
                    None,
                )
                .await;
                match got {
                    Ok(raw) => {
                        assert!(fits, "{sizes:?}: read over the limit");
                        assert_eq!(raw.body(), &whole[..], "{sizes:?}");
                    }
                    Err(e) => {
                        assert!(!fits, "{sizes:?}: {e}");
                        assert!(
                            e.to_string().starts_with("response body too large"),
                            "{sizes:?}: {e}"
                        );
                    }
                }
            }
        }
    }

    /// A built request's headers (name, value, sensitive?) in order, or the error as text.
    fn sent_headers(
        r: Result<reqwest::Request, AttemptError>,
    ) -> Result<Vec<(String, Vec<u8>, bool)>, String> {
        match r {
            Ok(req) => Ok(req
                .headers()
                .iter()
                .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec(), v.is_sensitive()))
                .collect()),
            Err(e) => Err(e.into_failure(1).to_string()),
        }
    }

    /// The request as it was built before token credentials got their own path: a copy of the list, authorized,
    /// then converted header by header.
    fn reference_request(
        client: &ClientInner,
        p: &Prepared<'_>,
    ) -> Result<reqwest::Request, AttemptError> {
        // The reference puts `Content-Type` in the list itself, last, as `set_header` does on a list without one.
        let mut headers: Vec<(String, String)> = p
            .headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.clone()))
            .collect();
        if let Some(ct) = &p.content_type {
            headers.push(("Content-Type".to_owned(), ct.to_string()));
        }
        if let Some(credentials) = &client.credentials {
            let mut auth = AuthRequest {
                method: p.method.as_str(),
                host: &p.host,
                wire_path: p.url.path(),
                canonical_query: p.url.query().unwrap_or(""),
                headers: &mut headers,
                body: p.signed_body().0,
                streamed: p.signed_body().1,
                content_type: p.content_type.as_deref(),
                scope: p.scope,
            };
            credentials
                .authorize(&mut auth, time::OffsetDateTime::now_utc())
                .map_err(|e| {
                    AttemptError::Final(Failure::Transport(
                        TransportError::new(TransportErrorKind::Auth, e.to_string()).with_source(e),
                    ))
                })?;
        }
        let mut request = reqwest::Request::new(p.method.clone(), p.url.clone());
        let map = request.headers_mut();
        for (name, value) in headers {
            if name.eq_ignore_ascii_case("host") {
                continue;
            }
            let (Ok(name), Ok(mut value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_maybe_shared(Bytes::from(value)),
            ) else {
                let issue = ValidationIssue::new(name.as_str(), "header is not valid on the wire");
                return Err(AttemptError::Final(Failure::Validation(
                    ValidationError::new(vec![issue]),
                )));
            };
            if matches!(
                name.as_str(),
                "authorization" | "x-auth-token" | "x-security-token"
            ) {
                value.set_sensitive(true);
            }
            map.append(name, value);
        }
        map.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if let Some(ua) = &client.user_agent_header {
            map.insert(USER_AGENT, ua.clone());
        }
        if p.body.is_none() && p.method == reqwest::Method::POST {
            map.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        Ok(request)
    }

    static TEST_META: OperationMeta = OperationMeta {
        service: "test",
        host: "test.{region}.{domain}",
        scope: CredentialScope::Project,
        name: "Post",
        method: "POST",
        path: "/v1/x",
        content_type: None,
        streamed: &[],
    };

    /// Token credentials skip the per-attempt copy of the header list; what is sent (names, values, order,
    /// sensitivity) and every refusal stay as `authorize` made them.
    #[test]
    fn token_requests_carry_what_authorize_sets() {
        let lists: [&[(&str, &str)]; 4] = [
            &[],
            &[
                ("X-Language", "en-us"),
                ("Content-Type", "application/json"),
            ],
            // Not reachable through `prepare` (reserved), but `authorize` replaces it, so the fast path must too.
            &[
                ("x-auth-token", "stale"),
                ("X-Other", "1"),
                ("X-AUTH-TOKEN", "stale"),
            ],
            &[("Host", "h:1"), ("X-Bad", "a\u{7f}b")],
        ];
        let tokens = [
            "MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEw",
            "",
            "a\tb",
            "a\rb",
            "del\u{7f}",
            "c1\u{85}",
            "é-token",
        ];
        for token in tokens {
            for creds in [
                Some(Credentials::from(TokenCredentials::new(token))),
                Some(Credentials::from(
                    crate::auth::credentials::BasicCredentials::new("AK", "SK")
                        .with_project_id(token),
                )),
                None,
            ] {
                let builder = Client::builder().endpoint("http://127.0.0.1:9");
                let builder = match creds {
                    Some(creds) => builder.credentials(creds),
                    None => builder.anonymous(),
                };
                let client = builder.build().expect("client");
                let content_types = [
                    None,
                    Some("application/json"),
                    Some("application/json;charset=UTF-8"),
                    Some("bad\u{7f}"),
                ];
                for (list, content_type) in lists.iter().flat_map(|l| content_types.map(|c| (l, c)))
                {
                    // `Content-Type` is reserved, so `prepare` never leaves one in the list next to a body's.
                    if content_type.is_some()
                        && list
                            .iter()
                            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
                    {
                        continue;
                    }
                    let prepared = Prepared {
                        method: reqwest::Method::POST,
                        url: "http://127.0.0.1:9/v1/x?a=b".parse().expect("url"),
                        host: "127.0.0.1:9".into(),
                        headers: list
                            .iter()
                            .map(|(n, v)| (Cow::Borrowed(*n), (*v).to_owned()))
                            .collect(),
                        body: None,
                        content_type: content_type.map(Cow::Borrowed),
                        implicit_https: false,
                        scope: CredentialScope::Project,
                    };
                    let mut got = sent_headers(build_request(
                        &client.inner,
                        &TEST_META,
                        &prepared,
                        AttemptAuth::of(&client.inner),
                        1,
                    ));
                    let mut want = sent_headers(reference_request(&client.inner, &prepared));
                    // AK/SK signatures carry the current second; compare them only by presence.
                    for headers in [&mut got, &mut want].into_iter().flatten() {
                        for (name, value, _) in headers.iter_mut() {
                            if name == "x-sdk-date" || name == "authorization" {
                                value.clear();
                            }
                        }
                    }
                    assert_eq!(got, want, "{token:?} {list:?}");
                }
            }
        }
    }

    #[test]
    fn local_hosts_are_loopback_and_private_addresses() {
        for host in [
            "127.0.0.1:18090",
            "127.1.2.3",
            "10.0.0.1:80",
            "172.16.5.4:443",
            "172.31.255.255",
            "192.168.1.10:8080",
            "169.254.0.1",
            "localhost:8080",
            "api.localhost",
            "[::1]:8443",
            "[fd00::1]",
            "[fe80::1]:80",
        ] {
            assert!(is_local_host(host), "{host}");
        }
        for host in [
            "ges.cn-north-4.myhuaweicloud.com",
            "8.8.8.8:443",
            "172.32.0.1",
            "192.169.0.1",
            "[2001:db8::1]:443",
            "localhost.example.com",
        ] {
            assert!(!is_local_host(host), "{host}");
        }
    }

    /// `Prepared::content_type` is sent after the whole list because no caller-set header can be `Content-Type`.
    #[test]
    fn content_type_cannot_be_set_as_a_header() {
        let client = Client::builder()
            .anonymous()
            .endpoint("http://127.0.0.1:9")
            .build()
            .expect("client");
        let meta = OperationMeta {
            service: "test",
            host: "test.{region}.{domain}",
            scope: CredentialScope::Project,
            name: "Put",
            method: "PUT",
            path: "/x",
            content_type: Some("application/json;charset=UTF-8"),
            streamed: &[],
        };
        for name in ["Content-Type", "content-type", "CONTENT-TYPE"] {
            let mut parts = RequestParts::new();
            parts.header(name, "text/plain");
            parts.empty_json_object();
            let options = CallOptions::new().header(name, "text/plain");
            for (parts, options) in [
                (parts, CallOptions::default()),
                (RequestParts::new(), options),
            ] {
                let got = super::prepare(
                    &client.inner,
                    client.inner.credentials.as_ref(),
                    &meta,
                    Vec::new(),
                    parts,
                    &options,
                );
                assert!(
                    matches!(got, Err(Failure::Validation(_))),
                    "{name}: {got:?}"
                );
            }
        }
        assert!(
            Client::builder()
                .anonymous()
                .endpoint("http://127.0.0.1:9")
                .default_header("content-type", "x")
                .build()
                .is_err()
        );
    }

    // These need a service compiled in.
    #[cfg(any_service)]
    mod with_a_service {
        use super::*;

        // A `prepare` outcome, as text: the URL and host, or the error.
        fn prepared(client: &Client, meta: &OperationMeta, parts: RequestParts) -> String {
            match super::prepare(
                &client.inner,
                client.inner.credentials.as_ref(),
                meta,
                Vec::new(),
                parts,
                &CallOptions::default(),
            ) {
                Ok(p) => format!("{} {}", p.url, p.host),
                Err(e) => format!("error: {e}"),
            }
        }

        #[test]
        fn cached_endpoints_build_the_same_url_as_a_full_parse() {
            let svc = crate::SERVICES.first().expect("a compiled-in service");
            for endpoint in [
                "http://127.0.0.1:8080",
                "https://gw.example.com:443/base/v1",
                "https://ges.cn-north-4.myhuaweicloud.com",
            ] {
                let client = Client::builder()
                    .anonymous()
                    .endpoint(endpoint)
                    .build()
                    .expect("client");
                assert!(client.inner.bases.iter().any(|b| b.service == svc.name));
                for path in [
                    "/v1/{id}/x",
                    "/v1/{id}?action=stop",
                    "/a/../{id}",
                    "/a/./b",
                    "/a\\b/{id}",
                    "/a b/{id}",
                    "/a#b",
                    "//x/{id}",
                    "no-slash/{id}",
                    "/é/{id}",
                ] {
                    for value in ["x", "a b", "%2e%2e", "x?y#z", "é"] {
                        let meta = |service| OperationMeta {
                            service,
                            host: svc.host,
                            scope: CredentialScope::Project,
                            name: "Op",
                            method: "POST",
                            path,
                            content_type: None,
                            streamed: &[],
                        };
                        let parts = || {
                            let mut parts = RequestParts::new();
                            parts.path("id", value);
                            parts.query("q", "a b");
                            parts
                        };
                        // A service name without a cached base takes the full-parse path.
                        let cached = prepared(&client, &meta(svc.name), parts());
                        let parsed = prepared(&client, &meta("not-compiled-in"), parts());
                        assert_eq!(cached, parsed, "{endpoint} {path} {value}");
                    }
                }
            }
        }
    }

    #[test]
    fn path_values_are_encoded_per_segment() {
        let (path, issues) = render(
            "/v2/{project_id}/graphs/{graph_id}",
            vec![
                ("project_id", given("p1")),
                ("graph_id", given("a/b?c#d%e f一")),
            ],
        );
        assert!(issues.is_empty());
        assert_eq!(path, "/v2/p1/graphs/a%2Fb%3Fc%23d%25e%20f%E4%B8%80");
    }

    #[test]
    fn path_problems_are_issues() {
        let (_, issues) = render(
            "/{a}/{b}/{c}/{d}/{e}",
            vec![
                ("a", PathValue::Given(vec![])),
                ("b", given("")),
                ("c", given("..")),
                ("d", PathValue::Context("project_id")),
            ],
        );
        assert_eq!(
            issues,
            [
                "a: required path parameter is missing",
                "b: must not be empty",
                "c: must not be \".\" or \"..\"",
                "d: required path parameter is missing: set it on the request or use credentials with a project_id",
                "e: required path parameter is missing",
            ]
        );
    }

    #[test]
    fn context_values_come_from_credentials() {
        let creds = Credentials::from(
            crate::auth::credentials::BasicCredentials::new("ak", "sk").with_project_id("proj"),
        );
        let mut issues = Vec::new();
        let path = render_path(
            "/v1/{project_id}/x",
            &[("project_id", PathValue::Context("project_id"))],
            Some(&creds),
            &mut issues,
        );
        assert!(issues.is_empty());
        assert_eq!(path, "/v1/proj/x");
        let (path, _) = render(
            "/{ids}",
            vec![("ids", PathValue::Given(vec!["a".into(), "b c".into()]))],
        );
        assert_eq!(path, "/a,b%20c");
        let (path, _) = render("no-slash/{x", vec![]);
        assert_eq!(path, "/no-slash/{x");
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use crate::client::Client;

    /// The URL a call would go to.
    pub(crate) fn prepare(
        client: &Client,
        meta: &OperationMeta,
        parts: RequestParts,
    ) -> Result<String, Failure> {
        super::prepare(
            &client.inner,
            client.inner.credentials.as_ref(),
            meta,
            Vec::new(),
            parts,
            &CallOptions::default(),
        )
        .map(|p| p.url.to_string())
    }
}
