//! Run-time benchmarks of generated-client (release build): `cargo bench -p bench-runtime --bench runtime`.
//!
//! - `sign`: AK/SK `SDK-HMAC-SHA256` signing of a typical request (date, canonical query, signature);
//! - `encode`: validate + encode a generated request (drs `BatchStopJobsAction`, three jobs) into wire parts;
//! - `decode`: decode its 200 response (three results with an open enum) and a typed 400; `ok_200_serde_derive`
//!   decodes the same 200 body with the hand-written baseline's serde derive, for reference;
//! - `roundtrip`: one call over loopback HTTP/1.1 to a minimal axum server on 127.0.0.1, through the generated
//!   client and through the same call written by hand with reqwest + serde. Both reuse one connection pool,
//!   authenticate with the same `X-Auth-Token` header and bound the call with the same 120 s timeout, so they do
//!   the same work on the wire;
//!   `roundtrip/generated_aksk` adds AK/SK signing for reference.
//!
//! `-- --interleaved [ROUNDS]` (default 600, about 7 s) runs no criterion benchmark: it alternates the two round
//! trips in blocks of 50 calls and prints the median per-call wall clock, client-thread CPU and process CPU of
//! each side, the ratio of the medians, and the median of the per-round ratios (`paired`). Criterion measures one
//! benchmark after the other, so a change in the machine's load between them moves its ratio; interleaving
//! cancels that.
//!
//! Results and targets are in BENCHMARKS.md. Nothing here is asserted: speed is never a test failure.

use std::hint::black_box;
use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use criterion::{Criterion, criterion_group};
use generated_client::__private::{
    Operation, RawResponse, RequestParts, SignableRequest, Validator, canonical_query,
    format_sdk_date, sign,
};
use generated_client::drs::{
    BatchStopJobActionReq, BatchStopJobsActionRequest, BatchStopJobsActionXLanguage,
    StopJobActionInfo,
};
use generated_client::{BasicCredentials, Client, TokenCredentials};
use serde::{Deserialize, Serialize};

const PROJECT: &str = "054ba152d480d55b2f5dc0069e7ddef0";
const TOKEN: &str = "MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXXXXX";
const OK_BODY: &str = r#"{"jobs":[{"id":"c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r","name":"DRS-1234","status":"Success"},{"id":"dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20r","name":"DRS-2345","status":"Failed","error_code":"DRS.10020102","error_msg":"Job does not exist, please check job ID"},{"id":"dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20t","name":"DRS-3456","status":"Success"}]}"#;
const ERR_BODY: &str = r#"{"error_code":"DRS.10000001","error_msg":"Failed."}"#;

fn request() -> BatchStopJobsActionRequest {
    BatchStopJobsActionRequest::new(BatchStopJobActionReq::new(vec![
        StopJobActionInfo::new("c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r"),
        StopJobActionInfo::new("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20s").is_force_stop(false),
        StopJobActionInfo::new("dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20t").is_force_stop(true),
    ]))
    .x_language(BatchStopJobsActionXLanguage::EnUs)
}

fn bench_sign(c: &mut Criterion) {
    let body = br#"{"jobs":[{"job_id":"c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r","is_force_stop":false},{"job_id":"dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20s","is_force_stop":true}]}"#;
    let now = time::OffsetDateTime::now_utc();
    let query_pairs = vec![
        ("limit".to_owned(), "10".to_owned()),
        ("offset".to_owned(), "0".to_owned()),
    ];
    c.bench_function("sign/aksk_typical_request", |b| {
        b.iter(|| {
            // What the runtime does per attempt: the date header, the canonical query, then the signature over
            // the method, path, query, every signable header and the body hash.
            let headers = vec![
                (
                    "Host".to_owned(),
                    "drs.cn-north-4.myhuaweicloud.com".to_owned(),
                ),
                ("X-Sdk-Date".to_owned(), format_sdk_date(black_box(now))),
                ("X-Project-Id".to_owned(), PROJECT.to_owned()),
                ("X-Language".to_owned(), "en-us".to_owned()),
                ("Content-Type".to_owned(), "application/json".to_owned()),
                ("User-Agent".to_owned(), "spec-client/0.1".to_owned()),
            ];
            let query = canonical_query(black_box(&query_pairs));
            sign(
                &SignableRequest {
                    method: "POST",
                    wire_path: "/v5/054ba152d480d55b2f5dc0069e7ddef0/jobs/batch-stop",
                    canonical_query: &query,
                    headers: &headers,
                    body: black_box(body),
                },
                "HPUAXXXXXXXXXXXXXXXX",
                "secret-key-secret-key-secret-key-secret-",
            )
            .expect("sign")
        })
    });
}

fn bench_encode_decode(c: &mut Criterion) {
    let req = request();
    c.bench_function("encode/validate_and_encode", |b| {
        b.iter(|| {
            let req = black_box(&req);
            let mut v = Validator::new();
            req.validate(&mut v);
            let mut parts = RequestParts::new();
            req.encode(&mut parts);
            (v, parts)
        })
    });
    let ok = RawResponse::new(
        200,
        Default::default(),
        Bytes::from_static(OK_BODY.as_bytes()),
    );
    c.bench_function("decode/ok_200", |b| {
        b.iter(|| BatchStopJobsActionRequest::decode(black_box(&ok)).expect("decodes"))
    });
    // The reference: what the hand-written baseline's serde derive does with the same body.
    c.bench_function("decode/ok_200_serde_derive", |b| {
        b.iter(|| serde_json::from_slice::<HandResponse>(black_box(ok.body())).expect("decodes"))
    });
    let err = RawResponse::new(
        400,
        Default::default(),
        Bytes::from_static(ERR_BODY.as_bytes()),
    );
    c.bench_function("decode/error_400", |b| {
        b.iter(|| BatchStopJobsActionRequest::decode(black_box(&err)).expect("decodes"))
    });
}

// The hand-written baseline: the same call with reqwest + serde, as a user without the generator would write it.
#[derive(Serialize)]
struct HandJob<'a> {
    job_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    is_force_stop: Option<bool>,
}

#[derive(Serialize)]
struct HandBody<'a> {
    jobs: Vec<HandJob<'a>>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // read by the benchmark only through black_box
struct HandResult {
    error_code: Option<String>,
    error_msg: Option<String>,
    id: Option<String>,
    name: Option<String>,
    status: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // read by the benchmark only through black_box
struct HandResponse {
    jobs: Option<Vec<HandResult>>,
}

async fn hand_written(http: &reqwest::Client, base: &str) -> HandResponse {
    let body = HandBody {
        jobs: vec![
            HandJob {
                job_id: "c7debc9c-8e09-4a5d-8dd6-cc44f78jb20r",
                is_force_stop: Some(false),
            },
            HandJob {
                job_id: "dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20s",
                is_force_stop: Some(false),
            },
            HandJob {
                job_id: "dc6016cf-f3b6-4c2d-b4d7-5084b0fjb20t",
                is_force_stop: Some(true),
            },
        ],
    };
    let resp = http
        .post(format!("{base}/v5/{PROJECT}/jobs/batch-stop"))
        .header("X-Auth-Token", TOKEN)
        .header("X-Language", "en-us")
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(&body).expect("serialize"))
        .send()
        .await
        .expect("send");
    assert_eq!(resp.status(), 200);
    let bytes = resp.bytes().await.expect("body");
    serde_json::from_slice(&bytes).expect("decode")
}

/// A minimal server: answers the batch-stop route with a fixed JSON body.
fn start_server(rt: &tokio::runtime::Runtime) -> SocketAddr {
    use axum::routing::post;
    let app = axum::Router::new().route(
        "/v5/{project_id}/jobs/batch-stop",
        post(|| async { ([("content-type", "application/json")], OK_BODY) }),
    );
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    rt.spawn(async move { axum::serve(listener, app).await.expect("serve") });
    addr
}

/// The two clients and the runtimes they run on, shared by the criterion group and the interleaved mode.
struct Roundtrip {
    // Kept alive: the server runs on it.
    _server_rt: tokio::runtime::Runtime,
    rt: tokio::runtime::Runtime,
    base: String,
    generated: Client,
    aksk: Client,
    http: reqwest::Client,
}

impl Roundtrip {
    fn new() -> Self {
        let server_rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("server runtime");
        let addr = start_server(&server_rt);
        let base = format!("http://{addr}");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("client runtime");

        let generated = Client::builder()
            .endpoint(&base)
            .credentials(TokenCredentials::new(TOKEN).with_project_id(PROJECT))
            .no_proxy()
            .build()
            .expect("client");
        let aksk = Client::builder()
            .endpoint(&base)
            .credentials(
                BasicCredentials::new("HPUAXXXXXXXXXXXXXXXX", "secret-key-secret-key")
                    .with_project_id(PROJECT),
            )
            .no_proxy()
            .build()
            .expect("client");
        // A real client bounds every call: reqwest has no default timeout, so the baseline sets the same 120 s the
        // generated client uses by default (`reqwest` then arms a timer per request, as the generated client does).
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(generated_client::DEFAULT_TIMEOUT)
            .build()
            .expect("reqwest client");

        Self {
            _server_rt: server_rt,
            rt,
            base,
            generated,
            aksk,
            http,
        }
    }

    fn generated(&self, client: &Client) {
        self.rt.block_on(async {
            let out = client
                .drs()
                .batch_stop_jobs_action(request())
                .await
                .expect("call");
            black_box(out);
        })
    }

    fn hand_written(&self) {
        self.rt
            .block_on(async { black_box(hand_written(&self.http, &self.base).await) });
    }
}

fn bench_roundtrip(c: &mut Criterion) {
    let r = Roundtrip::new();
    let mut group = c.benchmark_group("roundtrip");
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("generated", |b| b.iter(|| r.generated(&r.generated)));
    group.bench_function("hand_written", |b| b.iter(|| r.hand_written()));
    group.bench_function("generated_aksk", |b| b.iter(|| r.generated(&r.aksk)));
    group.finish();
}

/// `--interleaved [ROUNDS]`: the round trip's ratio measured with the two clients alternating in small blocks in one
/// process, so a change in the machine's load moves both sides alike (criterion runs one benchmark after the
/// other, and on a shared machine the load can change between them). Prints the median per-call time of each side
/// and the ratio of the medians; not a criterion benchmark, and nothing is asserted.
fn interleaved(rounds: usize) {
    const BLOCK: usize = 50;
    let r = Roundtrip::new();
    // Per call: wall clock, then CPU time of this (the client) thread and of the whole process (client and server),
    // from the scheduler's nanosecond counters.
    let time_block = |f: &dyn Fn()| {
        let (cpu0, all0) = (cpu_ns("thread-self"), process_cpu_ns());
        let start = std::time::Instant::now();
        for _ in 0..BLOCK {
            f();
        }
        let wall = start.elapsed().as_secs_f64() * 1e6;
        let (cpu1, all1) = (cpu_ns("thread-self"), process_cpu_ns());
        let per_call = |d: f64| d / BLOCK as f64;
        [
            per_call(wall),
            per_call(cpu1.saturating_sub(cpu0) as f64 / 1e3),
            per_call(all1.saturating_sub(all0) as f64 / 1e3),
        ]
    };
    let gen_block = || time_block(&|| r.generated(&r.generated));
    let hand_block = || time_block(&|| r.hand_written());
    // Warm-up: connections, allocator, caches.
    for _ in 0..20 {
        gen_block();
        hand_block();
    }
    let (mut generated, mut hand) = (Vec::with_capacity(rounds), Vec::with_capacity(rounds));
    for i in 0..rounds {
        // Alternate which side goes first, so neither always follows the other.
        if i % 2 == 0 {
            generated.push(gen_block());
            hand.push(hand_block());
        } else {
            hand.push(hand_block());
            generated.push(gen_block());
        }
    }
    let median = |mut x: Vec<f64>| {
        x.sort_by(f64::total_cmp);
        x[x.len() / 2]
    };
    let side = |v: &[[f64; 3]], k: usize| median(v.iter().map(|m| m[k]).collect());
    // The ratio is also taken per round (each generated block against the hand-written block next to it in
    // time), and its median reported: that cancels load changes slower than one round.
    let paired = |k: usize| {
        median(
            generated
                .iter()
                .zip(&hand)
                .map(|(g, h)| g[k] / h[k])
                .collect(),
        )
    };
    println!("roundtrip interleaved: {rounds} rounds of {BLOCK} calls each, median per call");
    for (k, what) in ["wall clock", "client thread CPU", "process CPU"]
        .iter()
        .enumerate()
    {
        let (g, h) = (side(&generated, k), side(&hand, k));
        println!(
            "  {what:<17}  generated {g:7.2} µs  hand_written {h:7.2} µs  ratio {:.3}  paired {:.3}",
            g / h,
            paired(k)
        );
    }
}

/// CPU time of one task (`thread-self`, or `self/task/<tid>`) in nanoseconds: the first field of its `schedstat`.
fn cpu_ns(task: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{task}/schedstat"))
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// CPU time of every thread of this process, in nanoseconds.
fn process_cpu_ns() -> u64 {
    std::fs::read_dir("/proc/self/task")
        .map(|tasks| {
            tasks
                .filter_map(Result::ok)
                .map(|t| cpu_ns(&format!("self/task/{}", t.file_name().to_string_lossy())))
                .sum()
        })
        .unwrap_or(0)
}

criterion_group!(benches, bench_sign, bench_encode_decode, bench_roundtrip);

fn main() {
    let mut args = std::env::args().skip_while(|a| a != "--interleaved");
    if args.next().is_some() {
        let rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(600);
        let rounds = rounds.max(1);
        interleaved(rounds);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
