//! Credentials providers and request hooks through the whole pipeline, against the recording server: which keys
//! sign each attempt (every signature recomputed from what arrived), what hooks add and see.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::SystemTime;

use super::*;
use crate::{
    AfterResponse, BeforeSend, CredentialsChain, CredentialsError, CredentialsFuture,
    CredentialsProvider, Hook, RefreshingCredentials, TemporaryCredentials,
};

/// Refresh `n` (from 1) gives these keys and token.
fn keys(n: u32) -> (String, String, String) {
    (
        format!("TMP-AK-{n}"),
        format!("TMP-SK-{n}-{SK}"),
        format!("TMP-TOKEN-{n}-{SECURITY_TOKEN}"),
    )
}

/// Checks a request's signature as a server would, with the secret key of the access key it names.
fn verify_temporary(r: &Recorded) -> String {
    let auth = r.header("authorization").expect("an Authorization header");
    let query = signer::canonical_query_from_raw(r.query());
    let signable = signer::SignableRequest {
        method: &r.method,
        wire_path: r.path(),
        canonical_query: &query,
        headers: &r.headers,
        body: &r.body,
    };
    let ak = auth
        .split_once("Access=")
        .and_then(|(_, rest)| rest.split_once(','))
        .map(|(ak, _)| ak.to_owned())
        .expect("an access key");
    signer::verify(&signable, auth, |key| {
        (1..10)
            .map(keys)
            .find(|(ak, _, _)| ak == key)
            .map(|(_, sk, _)| sk)
    })
    .unwrap_or_else(|e| panic!("{e}"));
    ak
}

fn signed_headers(r: &Recorded) -> Vec<String> {
    let auth = r.header("authorization").expect("an Authorization header");
    let list = auth
        .split_once("SignedHeaders=")
        .and_then(|(_, rest)| rest.split_once(','))
        .map(|(list, _)| list)
        .expect("SignedHeaders");
    list.split(';').map(str::to_owned).collect()
}

/// A clock that only moves when told.
#[derive(Clone, Default)]
struct Clock(Arc<AtomicU64>);

impl Clock {
    fn now(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_704_067_200 + self.0.load(Ordering::SeqCst))
    }
    fn advance(&self, secs: u64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

/// Temporary credentials valid for 15 minutes by `clock`, refreshed 5 minutes early; counts refreshes.
fn refreshing(clock: &Clock) -> (Arc<AtomicU32>, RefreshingCredentials) {
    let count = Arc::new(AtomicU32::new(0));
    let (c, k) = (count.clone(), clock.clone());
    let provider = RefreshingCredentials::new(move || {
        let n = c.fetch_add(1, Ordering::SeqCst) + 1;
        let (ak, sk, token) = keys(n);
        let expires_at = k.now() + Duration::from_secs(15 * 60);
        async move { Ok::<_, std::io::Error>(TemporaryCredentials::new(ak, sk, token, expires_at)) }
    })
    .with_project_id("proj-1");
    let k = clock.clone();
    (count, provider.with_clock(move || k.now()))
}

/// The server answers 503 to the first request, and moves the clock past the keys' refresh point before it does;
/// then 200.
#[tokio::test]
async fn a_retry_after_a_refresh_is_signed_with_the_new_keys() {
    let clock = Clock::default();
    let (count, provider) = refreshing(&clock);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let log = Arc::new(Mutex::new(Vec::new()));
    let (l, k) = (log.clone(), clock.clone());
    let server = tokio::spawn(async move {
        for (n, reply) in [http(503, &[], ""), ok_json(r#"{"id":1}"#)]
            .into_iter()
            .enumerate()
        {
            let (mut sock, _) = listener.accept().await.unwrap();
            let req = read_request(&mut sock).await.unwrap();
            l.lock().unwrap().push(req);
            if n == 0 {
                k.advance(11 * 60);
            }
            let Reply::Bytes(bytes) = reply else {
                unreachable!()
            };
            sock.write_all(&bytes).await.unwrap();
            sock.shutdown().await.unwrap();
        }
    });
    let client = Client::builder()
        .credentials_provider(provider)
        .endpoint(format!("http://{addr}"))
        .no_proxy()
        .timeout(Duration::from_secs(5))
        .retry(fast_retries())
        .build()
        .unwrap();
    let out = Handle::new(&client).send(thing::<Get>("t")).await.unwrap();
    assert_eq!(out.status(), 200);
    server.await.unwrap();

    let reqs = log.lock().unwrap().clone();
    assert_eq!(reqs.len(), 2);
    // Both fill the path from the provider's project id; each is signed with the keys current when it was sent.
    for (r, n) in reqs.iter().zip(1..) {
        let (ak, _, token) = keys(n);
        assert_eq!(r.path(), "/v1/proj-1/things/t");
        assert_eq!(verify_temporary(r), ak);
        assert_eq!(r.header("x-security-token"), Some(token.as_str()));
        assert_eq!(r.header("x-project-id"), Some("proj-1"));
        assert_eq!(
            signed_headers(r),
            ["host", "x-project-id", "x-sdk-date", "x-security-token"]
        );
    }
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

/// 200 calls that all need credentials while one refresh runs: one refresh, 200 requests signed with its keys.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_calls_during_a_refresh_refresh_once() {
    let count = Arc::new(AtomicU32::new(0));
    let gate = Arc::new(tokio::sync::Semaphore::new(0));
    let (c, g) = (count.clone(), gate.clone());
    let provider = RefreshingCredentials::new(move || {
        let n = c.fetch_add(1, Ordering::SeqCst) + 1;
        let g = g.clone();
        async move {
            let _open = g.acquire().await.expect("gate");
            let (ak, sk, token) = keys(n);
            Ok::<_, std::io::Error>(TemporaryCredentials::new(
                ak,
                sk,
                token,
                SystemTime::now() + Duration::from_secs(3600),
            ))
        }
    })
    .with_project_id("proj-1");
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials_provider(provider)
        .build()
        .unwrap();
    let calls: Vec<_> = (0..200)
        .map(|i| tokio::spawn(Handle::new(&client).send(thing::<Get>(&format!("t{i}")))))
        .collect();
    while count.load(Ordering::SeqCst) == 0 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(
        server.requests().is_empty(),
        "nothing is sent before the refresh ends"
    );
    gate.add_permits(1000);
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().status(), 200);
    }
    assert_eq!(count.load(Ordering::SeqCst), 1);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 200);
    for r in &reqs {
        assert_eq!(verify_temporary(r), "TMP-AK-1");
    }
}

#[tokio::test]
async fn a_failed_refresh_is_a_typed_error_and_the_next_call_refreshes_again() {
    let count = Arc::new(AtomicU32::new(0));
    let c = count.clone();
    let provider = RefreshingCredentials::new(move || {
        let n = c.fetch_add(1, Ordering::SeqCst) + 1;
        async move {
            if n == 1 {
                return Err(std::io::Error::other("IAM answered 503"));
            }
            let (ak, sk, token) = keys(n);
            Ok(TemporaryCredentials::new(
                ak,
                sk,
                token,
                SystemTime::now() + Duration::from_secs(3600),
            ))
        }
    })
    .with_project_id("proj-1");
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let client = builder(&server)
        .credentials_provider(provider)
        .build()
        .unwrap();
    let err = Handle::new(&client)
        .send(thing::<Get>("t"))
        .await
        .unwrap_err();
    let Error::Credentials(CredentialsError::Provider(cause)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(cause.to_string(), "IAM answered 503");
    assert_eq!(
        chain(&err),
        ["the credentials provider failed", "IAM answered 503"]
    );
    assert_eq!(
        (err.status(), err.request_id(), err.message()),
        (None, None, Some("no credentials"))
    );
    assert!(server.requests().is_empty());

    let out = Handle::new(&client).send(thing::<Get>("t")).await.unwrap();
    assert_eq!(out.status(), 200);
    assert_eq!(verify_temporary(&server.requests()[0]), "TMP-AK-2");
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

/// Fails from its `fail_from`-th call on: the attempts after the first get no credentials.
struct FailsLater {
    calls: AtomicU32,
    fail_from: u32,
}

impl CredentialsProvider for FailsLater {
    fn provide(&self) -> CredentialsFuture<'_> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        CredentialsFuture::ready(if n >= self.fail_from {
            Err(CredentialsError::provider("revoked"))
        } else {
            Ok(basic())
        })
    }
}

/// A provider is asked before every attempt (and once before the first, for the ids): when it fails between two
/// attempts, the call ends with its error and no further attempt is sent.
#[tokio::test]
async fn the_provider_is_asked_before_every_attempt() {
    let server = Server::start(vec![http(503, &[], "")]).await;
    let provider = Arc::new(FailsLater {
        calls: AtomicU32::new(0),
        fail_from: 3,
    });
    let client = builder(&server)
        .credentials_provider(provider.clone())
        .retry(fast_retries())
        .build()
        .unwrap();
    let err = Handle::new(&client)
        .send(thing::<Get>("t"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Credentials(CredentialsError::Provider(_))),
        "{err:?}"
    );
    assert_eq!(provider.calls.load(Ordering::SeqCst), 3);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    reqs[0].verify_signature("AK-TEST");
}

/// Token credentials from a provider are sent as a caller's fixed ones are; one that is no header value fails the
/// attempt as it does for fixed ones.
#[tokio::test]
async fn token_credentials_from_a_provider() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let chain = CredentialsChain::first_try(crate::EnvCredentials::with_source(|_| None))
        .or_else(TokenCredentials::new(AUTH_TOKEN).with_project_id("p-tok"));
    let client = builder(&server)
        .credentials_provider(chain)
        .build()
        .unwrap();
    assert!(format!("{client:?}").contains(r#"credentials: "provider""#));
    Handle::new(&client).send(thing::<Get>("t")).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.path(), "/v1/p-tok/things/t");
    assert_eq!(r.header("x-auth-token"), Some(AUTH_TOKEN));
    assert_eq!(r.header("authorization"), None);

    let client = builder(&server)
        .credentials_provider(TokenCredentials::new("a\nb").with_project_id("p"))
        .build()
        .unwrap();
    let err = Handle::new(&client)
        .send(thing::<Get>("t"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind() == TransportErrorKind::Auth),
        "{err:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

/// What one hook saw, as text.
#[derive(Default)]
struct Seen(Mutex<Vec<String>>);

impl Seen {
    fn push(&self, s: String) {
        self.0.lock().unwrap().push(s);
    }
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// Adds a trace header and writes down everything it can reach.
struct Tracer(Arc<Seen>);

impl Hook for Tracer {
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        let headers: Vec<String> = request.headers().map(|(n, v)| format!("{n}={v}")).collect();
        self.0.push(format!(
            "before {} {}.{} {} attempt {} [{}] {request:?}",
            request.method(),
            request.service(),
            request.operation(),
            request.url(),
            request.attempt(),
            headers.join(", ")
        ));
        request.set_header("X-Trace-Id", format!("trace-{}", request.attempt()));
    }

    fn after_response(&self, response: &AfterResponse<'_>) {
        assert!(response.elapsed() < Duration::from_secs(5));
        self.0.push(format!(
            "after {}.{} attempt {} status {} request id {:?} content-type {:?} {} headers {response:?}",
            response.service(),
            response.operation(),
            response.attempt(),
            response.status(),
            response.request_id(),
            response.header("content-type"),
            response.headers().len(),
        ));
    }
}

/// Runs after `Tracer`: sees its header, and adds one of its own.
struct Second(Arc<Seen>);

impl Hook for Second {
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        self.0
            .push(format!("second sees {:?}", request.header("x-trace-id")));
        request.set_header("X-Hook-Order", "second");
    }
}

#[tokio::test]
async fn hooks_add_signed_headers_and_see_each_response() {
    let server = Server::start(vec![
        http(503, &[("X-Request-Id", "req-0")], ""),
        ok_json(r#"{"id":1}"#),
    ])
    .await;
    let seen = Arc::new(Seen::default());
    let client = builder(&server)
        .credentials(basic())
        .default_header("X-Default", "d")
        .hook(Tracer(seen.clone()))
        .hook(Second(seen.clone()))
        .retry(fast_retries())
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.lang = Some("en-us".into());
    let out = Handle::new(&client).send(req).await.unwrap();
    assert_eq!(out.status(), 200);

    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    for (r, n) in reqs.iter().zip(1..) {
        assert_eq!(r.header("x-trace-id"), Some(format!("trace-{n}").as_str()));
        assert_eq!(r.header("x-hook-order"), Some("second"));
        // Signed with the rest: the server's recomputation covers them.
        assert_eq!(
            signed_headers(r),
            [
                "host",
                "x-default",
                "x-hook-order",
                "x-language",
                "x-project-id",
                "x-sdk-date",
                "x-security-token",
                "x-trace-id"
            ]
        );
        r.verify_signature("AK-TEST");
    }
    let url = format!("{}/v1/proj-1/things/t", server.url());
    let seen = seen.take();
    let want = [
        format!("before GET fake.PutThing {url} attempt 1 [X-Default=d, X-Language=en-us] BeforeSend {{ "),
        "second sees Some(\"trace-1\")".to_owned(),
        r#"after fake.PutThing attempt 1 status 503 request id Some("req-0") content-type None 3 headers AfterResponse { service: "fake", operation: "PutThing", attempt: 1, status: 503, request_id: Some("req-0"), elapsed: "#.to_owned(),
        format!("before GET fake.PutThing {url} attempt 2 [X-Default=d, X-Language=en-us] BeforeSend {{ "),
        "second sees Some(\"trace-2\")".to_owned(),
        r#"after fake.PutThing attempt 2 status 200 request id Some("req-1") content-type Some("application/json") 4 headers AfterResponse { service: "fake", operation: "PutThing", attempt: 2, status: 200, request_id: Some("req-1"), elapsed: "#.to_owned(),
    ];
    assert_eq!(seen.len(), want.len(), "{seen:#?}");
    for (got, want) in seen.iter().zip(&want) {
        assert!(
            got.starts_with(want.as_str()),
            "{got}\n  does not start with\n{want}"
        );
    }
    // Nothing a hook can reach holds a credential: no authentication header exists before signing, and neither
    // `BeforeSend` nor `AfterResponse` reaches the client's credentials.
    for s in &seen {
        assert_no_secrets(s);
        for name in [
            "authorization",
            "x-sdk-date",
            "x-security-token",
            "x-project-id",
        ] {
            assert!(!s.to_ascii_lowercase().contains(name), "{s}");
        }
    }
}

/// Hooks run for token and anonymous clients too, and for providers' credentials; what they add is sent.
#[tokio::test]
async fn hooks_run_whatever_the_credentials() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    let seen = Arc::new(Seen::default());
    let clients = [
        builder(&server).credentials(TokenCredentials::new(AUTH_TOKEN).with_project_id("p")),
        builder(&server),
        builder(&server).credentials_provider(basic()),
    ];
    for b in clients {
        let client = b.hook(Tracer(seen.clone())).build().unwrap();
        let mut req = thing::<Get>("t");
        req.project_id = Some("p".into());
        Handle::new(&client).send(req).await.unwrap();
    }
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    for r in &reqs {
        assert_eq!(r.header("x-trace-id"), Some("trace-1"));
    }
    assert_eq!(reqs[0].header("x-auth-token"), Some(AUTH_TOKEN));
    assert_eq!(reqs[1].header("authorization"), None);
    reqs[2].verify_signature("AK-TEST");
    assert!(signed_headers(&reqs[2]).contains(&"x-trace-id".to_owned()));
    assert_eq!(seen.take().len(), 6);
}

/// Sets one header, of a name and value given.
struct Sets(&'static str, &'static str);

impl Hook for Sets {
    fn before_send(&self, request: &mut BeforeSend<'_>) {
        request.set_header(self.0, self.1);
    }
}

/// A hook can neither take over an authentication header nor send an invalid one: the call fails before anything
/// is sent, naming the header and the hook.
#[tokio::test]
async fn a_hook_cannot_set_what_the_runtime_owns() {
    let server = Server::start(vec![ok_json(r#"{"id":1}"#)]).await;
    for (name, value, message) in [
        (
            "Authorization",
            "SDK-HMAC-SHA256 forged",
            "Authorization: header is set by the client and cannot be overridden (set by a hook)",
        ),
        (
            "x-security-token",
            "other",
            "x-security-token: header is set by the client and cannot be overridden (set by a hook)",
        ),
        (
            "X-Sdk-Date",
            "20240101T000000Z",
            "X-Sdk-Date: header is set by the client and cannot be overridden (set by a hook)",
        ),
        (
            "Content-Type",
            "text/plain",
            "Content-Type: header is set by the client and cannot be overridden (set by a hook)",
        ),
        (
            "X-Bad",
            "a\nb",
            "X-Bad: header value contains characters not allowed in HTTP headers (CR, LF or other control characters) \
             (set by a hook)",
        ),
    ] {
        let client = builder(&server)
            .credentials(basic())
            .hook(Sets(name, value))
            .build()
            .unwrap();
        let err = Handle::new(&client)
            .send(thing::<Get>("t"))
            .await
            .unwrap_err();
        let Error::Validation(v) = &err else {
            panic!("{err:?}")
        };
        let issues: Vec<String> = v.issues().iter().map(ToString::to_string).collect();
        assert_eq!(issues, [message], "{name}");
    }
    assert!(server.requests().is_empty());
    // Replacing a header of the request's own with a valid value is allowed, and signed.
    let client = builder(&server)
        .credentials(basic())
        .hook(Sets("x-language", "zh-cn"))
        .build()
        .unwrap();
    let mut req = thing::<Get>("t");
    req.lang = Some("en-us".into());
    Handle::new(&client).send(req).await.unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("x-language"), Some("zh-cn"));
    r.verify_signature("AK-TEST");
}
