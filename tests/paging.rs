//! Paginators and waiters, end to end against the embedded mock (`fixtures/paging.yaml`): every pagination style
//! pages the mock's list, `limit` stops early, a server that repeats its marker (or its page) ends the stream with an
//! error instead of looping, an empty page ends it; a waiter reaches done, failed and its deadline, follows the job an
//! operation started, emits one event per poll and stops polling when dropped.

use std::future::Future;
use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_core::Stream;
use generated_client::mock::{JobEnd, MOCK_JOB_HEADER, MockConfig, MockServer};
use generated_client::{
    BasicCredentials, CallOptions, Client, Error, Response, WaitOutcome, WaitPolicy,
};
use serde_json::json;

codegen_macros::generate!("fixtures/paging.yaml", standalone);
use paging::{
    DeleteClusterRequest, ExportLogsRequest, JobPhase, ListPortsRequest, ListProjectsRequest,
    ListReposRequest, ListServersDetailsRequest, ListServersError, ListServersRequest, Paging,
    ShowJobRequest, ShowTaskRequest, StopServersBody, StopServersRequest,
};

async fn bounded<T>(fut: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), fut)
        .await
        .expect("the test finished within 30 s")
}

async fn serve(config: MockConfig) -> (MockServer, Paging) {
    let mock = MockServer::start(config.services(SERVICES))
        .await
        .expect("mock starts");
    let client = Client::builder()
        .endpoint(mock.url())
        .credentials(BasicCredentials::new("AK", "SK").with_project_id("p0123"))
        .no_proxy()
        .build()
        .expect("client");
    (mock, Paging::new(&client))
}

async fn mock() -> (MockServer, Paging) {
    serve(MockConfig::new()).await
}

/// Every item of a stream, as `Ok` values until the first error (kept last).
async fn drain<S, T, E>(mut stream: S) -> (Vec<T>, Option<E>)
where
    S: Stream<Item = Result<T, E>> + Unpin,
{
    let mut out = Vec::new();
    while let Some(next) = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
        match next {
            Ok(v) => out.push(v),
            Err(e) => {
                // Nothing follows an error.
                let after = std::future::poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await;
                assert!(after.is_none(), "the stream ends after its error");
                return (out, Some(e));
            }
        }
    }
    (out, None)
}

fn ids(pages: &[Response<paging::ListServersResponse>]) -> Vec<Vec<String>> {
    pages
        .iter()
        .map(|p| p.servers.iter().flatten().map(|s| s.id.clone()).collect())
        .collect()
}

// -------------------------------------------------------------------------------------------------------- paginators

#[tokio::test]
async fn marker_pages_follow_the_last_id_and_stop_at_a_short_page() {
    bounded(async {
        let (_mock, api) = mock().await;
        let (pages, err) = drain(
            api.list_servers_paginator(ListServersRequest::new().limit(2))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        // 2 + 2 + 1: the short page is the last one requested.
        assert_eq!(
            ids(&pages),
            [vec!["s1", "s2"], vec!["s3", "s4"], vec!["s5"]]
        );
        let request_ids: Vec<&str> = pages.iter().filter_map(|p| p.request_id()).collect();
        assert_eq!(request_ids, ["mock-000001", "mock-000002", "mock-000003"]);

        // Without a page size the first page holds everything; the next one is empty and ends the list.
        let (pages, err) = drain(
            api.list_servers_paginator(ListServersRequest::new())
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        assert_eq!(
            ids(&pages),
            [vec!["s1", "s2", "s3", "s4", "s5"], Vec::<&str>::new()]
        );

        // Starting where the request says.
        let items = api
            .list_servers_paginator(ListServersRequest::new().marker("s3").limit(1))
            .items()
            .try_collect()
            .await
            .expect("items");
        let got: Vec<&str> = items.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(got, ["s4", "s5"]);
    })
    .await;
}

#[tokio::test]
async fn items_are_lazy_and_limit_stops_requesting() {
    bounded(async {
        let (_mock, api) = mock().await;
        let mut items = api
            .list_servers_paginator(ListServersRequest::new().limit(2))
            .limit(3)
            .items();
        let mut got = Vec::new();
        while let Some(item) = items.next().await {
            got.push(item.expect("item").id);
        }
        assert_eq!(got, ["s1", "s2", "s3"]);
        // The pages: two requested (the second reaches the limit), not the third.
        let (pages, _) = drain(
            api.list_servers_paginator(ListServersRequest::new().limit(2))
                .limit(3)
                .pages(),
        )
        .await;
        assert_eq!(ids(&pages), [vec!["s1", "s2"], vec!["s3", "s4"]]);
        // Nothing is sent for a limit of 0, nor before the stream is polled.
        let (pages, _) = drain(
            api.list_servers_paginator(ListServersRequest::new())
                .limit(0)
                .pages(),
        )
        .await;
        assert!(pages.is_empty());
        let _unpolled = api.list_servers_paginator(ListServersRequest::new()).items();
        let next = api
            .list_servers(ListServersRequest::new().limit(1))
            .await
            .expect("a call");
        assert_eq!(
            next.request_id(),
            Some("mock-000005"),
            "two pages for the items, two for the pages, none for the limit of 0 or the unpolled stream"
        );
    })
    .await;
}

#[tokio::test]
async fn a_cursor_in_a_nested_field_until_it_is_absent() {
    bounded(async {
        let (_mock, api) = mock().await;
        let (pages, err) = drain(
            api.list_ports_paginator(ListPortsRequest::new().limit(2))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        let got: Vec<Vec<String>> = pages.iter().map(|p| p.ports.clone()).collect();
        assert_eq!(got, [vec!["p1", "p2"], vec!["p3", "p4"], vec!["p5"]]);
        // The last page has no next marker: the field is left out (it is not nullable).
        let last = pages.last().expect("pages");
        assert_eq!(
            last.page_info.as_ref().and_then(|i| i.next_marker.as_ref()),
            None
        );
        assert_eq!(
            pages[0]
                .page_info
                .as_ref()
                .and_then(|i| i.next_marker.as_deref()),
            Some("2"),
            "the mock's cursor: where the next page starts"
        );
        // Full pages to the end: the missing marker alone ends the list.
        let (pages, err) = drain(
            api.list_ports_paginator(ListPortsRequest::new().limit(1))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        assert_eq!(pages.len(), 5);
    })
    .await;
}

#[tokio::test]
async fn offsets_over_a_bare_array_under_the_output_body() {
    bounded(async {
        let (_mock, api) = mock().await;
        let items = api
            .list_repos_paginator(ListReposRequest::new(0).limit(2))
            .items()
            .try_collect()
            .await
            .expect("items");
        let names: Vec<&str> = items.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["r1", "r2", "r3", "r4", "r5"]);
        // From an offset, with the header still read.
        let (pages, err) = drain(
            api.list_repos_paginator(ListReposRequest::new(3).limit(10))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        assert_eq!(pages.len(), 1, "a short page ends it");
        assert_eq!(pages[0].body.len(), 2);
        assert!(pages[0].content_range.is_some());
    })
    .await;
}

#[tokio::test]
async fn page_numbers_from_one() {
    bounded(async {
        let (_mock, api) = mock().await;
        let (pages, err) = drain(
            api.list_servers_details_paginator(ListServersDetailsRequest::new().limit(2))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        let got: Vec<usize> = pages
            .iter()
            .map(|p| p.result.clone().flatten().map_or(0, |r| r.servers.len()))
            .collect();
        // No `short_page_ends`: the short page is not taken as the last, the empty one after it is.
        assert_eq!(got, [2, 2, 1, 0]);
        // Page 2 of 2-item pages onwards.
        let items = api
            .list_servers_details_paginator(ListServersDetailsRequest::new().offset(2).limit(2))
            .items()
            .try_collect()
            .await
            .expect("items");
        let got: Vec<&str> = items.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(got, ["d3", "d4", "d5"]);
    })
    .await;
}

#[tokio::test]
async fn links_are_followed_with_their_query_until_null() {
    bounded(async {
        let (mock, api) = mock().await;
        let (pages, err) = drain(
            api.list_projects_paginator(ListProjectsRequest::new().per_page(2))
                .pages(),
        )
        .await;
        assert!(err.is_none(), "{err:?}");
        let got: Vec<Vec<&str>> = pages
            .iter()
            .map(|p| p.projects.iter().flatten().map(|x| x.id.as_str()).collect())
            .collect();
        assert_eq!(got, [vec!["k1", "k2"], vec!["k3", "k4"], vec!["k5"]]);
        let next = pages[0].links.next.clone().flatten().expect("a next link");
        assert_eq!(
            next,
            format!("{}/v3/projects?per_page=2&mock_offset=2", mock.url())
        );
        assert_eq!(pages[2].links.next, Some(None), "null on the last page");
    })
    .await;
}

#[tokio::test]
async fn a_server_repeating_its_marker_ends_with_an_error_not_a_loop() {
    bounded(async {
        // The marker style: every page is the same one item, so the last id repeats.
        let (_mock, api) = serve(MockConfig::new().respond(
            "ListServers",
            200,
            json!({"servers": [{"id": "s1"}]}),
        ))
        .await;
        let (pages, err) = drain(
            api.list_servers_paginator(ListServersRequest::new())
                .pages(),
        )
        .await;
        assert_eq!(
            pages.len(),
            2,
            "the page that repeats the marker is still yielded"
        );
        let err = err.expect("an error ends the stream");
        assert!(matches!(err, Error::Decode(_)), "{err:?}");
        assert!(err.to_string().contains("`s1` a second time"), "{err}");
        assert_eq!(err.status(), Some(200));
        assert_eq!(err.request_id(), Some("mock-000002"));

        // The cursor style: the same next marker on every page.
        let (_mock, api) = serve(MockConfig::new().respond(
            "ListPorts",
            200,
            json!({"ports": ["p1"], "page_info": {"next_marker": "same"}}),
        ))
        .await;
        let (pages, err) = drain(api.list_ports_paginator(ListPortsRequest::new()).pages()).await;
        assert_eq!(pages.len(), 2);
        assert!(matches!(err, Some(Error::Decode(_))), "{err:?}");

        // The offset style: the server ignores the offset and answers the same full page.
        let (_mock, api) = serve(MockConfig::new().respond(
            "ListRepos",
            200,
            json!([{"name": "r1"}, {"name": "r2"}]),
        ))
        .await;
        let (items, err) = drain(
            api.list_repos_paginator(ListReposRequest::new(0).limit(2))
                .items(),
        )
        .await;
        assert_eq!(items.len(), 4, "two pages' items, then the error");
        let err = err.expect("an error");
        assert!(err.to_string().contains("same page twice"), "{err}");
    })
    .await;
}

#[tokio::test]
async fn an_empty_page_or_a_missing_token_ends_the_list() {
    bounded(async {
        let (_mock, api) = serve(
            MockConfig::new()
                .respond("ListServers", 200, json!({"servers": []}))
                .respond("ListPorts", 200, json!({"ports": ["p1"]}))
                .respond(
                    "ListProjects",
                    200,
                    json!({"projects": [{"id": "k1"}], "links": {"next": ""}}),
                ),
        )
        .await;
        let (pages, err) = drain(
            api.list_servers_paginator(ListServersRequest::new())
                .pages(),
        )
        .await;
        assert!(err.is_none());
        assert_eq!(pages.len(), 1);
        assert_eq!(
            api.list_servers_paginator(ListServersRequest::new())
                .items()
                .try_collect()
                .await
                .expect("no items")
                .len(),
            0
        );
        let (pages, err) = drain(api.list_ports_paginator(ListPortsRequest::new()).pages()).await;
        assert!(err.is_none());
        assert_eq!(pages.len(), 1, "no next marker: the last page");
        let (pages, err) = drain(
            api.list_projects_paginator(ListProjectsRequest::new())
                .pages(),
        )
        .await;
        assert!(err.is_none());
        assert_eq!(pages.len(), 1, "an empty link: the last page");
    })
    .await;
}

#[tokio::test]
async fn an_error_page_is_yielded_typed_and_ends_the_stream() {
    bounded(async {
        let (_mock, api) = mock().await;
        let api = api.with_options(CallOptions::new().header("X-Mock-Status", "400"));
        let (items, err) = drain(api.list_servers_paginator(ListServersRequest::new()).items()).await;
        assert!(items.is_empty());
        let err = err.expect("the error");
        assert!(
            matches!(
                err.as_service_error(),
                Some(ListServersError::BadRequest(b)) if b.error_code.as_deref() == Some("PAGING.0400")
            ),
            "{err:?}"
        );
        // A request the client refuses is the stream's only item too.
        let (pages, err) = drain(
            api.list_servers_paginator(ListServersRequest::new().limit(-1))
                .pages(),
        )
        .await;
        assert!(pages.is_empty());
        assert!(matches!(err, Some(Error::Validation(_))), "{err:?}");
    })
    .await;
}

#[test]
fn paginators_and_waiters_are_send_and_static() {
    fn send_static<T: Send + 'static>(_: &T) {}
    let client = Client::builder()
        .anonymous()
        .endpoint("http://127.0.0.1:9")
        .build()
        .expect("client");
    let api = Paging::new(&client);
    let paginator = api.list_servers_paginator(ListServersRequest::new());
    send_static(&paginator);
    send_static(
        &api.list_servers_paginator(ListServersRequest::new())
            .pages(),
    );
    send_static(
        &api.list_servers_paginator(ListServersRequest::new())
            .items(),
    );
    send_static(&api.wait_show_job(ShowJobRequest::new("j1")));
    send_static(&std::future::IntoFuture::into_future(
        api.wait_show_job(ShowJobRequest::new("j1")),
    ));
    let debug = format!("{paginator:?}");
    assert!(debug.contains("ListServers"), "{debug}");
}

// ----------------------------------------------------------------------------------------------------------- waiters

/// Fast polls, a deadline far enough for the tests that end.
fn fast() -> WaitPolicy {
    WaitPolicy::new()
        .initial_delay(Duration::from_millis(2))
        .factor(2.0)
        .max_delay(Duration::from_millis(10))
        .deadline(Duration::from_secs(10))
}

#[tokio::test]
async fn a_job_runs_for_some_polls_then_is_done() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowJob", 2, JobEnd::Done)).await;
        let outcome = api
            .wait_show_job(ShowJobRequest::new("j1"))
            .policy(fast())
            .await
            .expect("polls answer");
        let WaitOutcome::Done(job) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(
            job.status.as_ref().and_then(|s| s.phase.clone()),
            Some(JobPhase::Succeeded)
        );
        assert_eq!(
            job.request_id(),
            Some("mock-000003"),
            "two running answers, then done"
        );
        // Another job id is another job: it runs its own two polls.
        let outcome = api
            .wait_show_job(ShowJobRequest::new("j2"))
            .policy(fast())
            .await
            .expect("polls answer");
        assert!(outcome.is_done());
        assert_eq!(
            outcome.last().and_then(|r| r.request_id()),
            Some("mock-000006")
        );
    })
    .await;
}

#[tokio::test]
async fn a_failed_job_is_a_failed_outcome_with_its_body() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("paging.ShowJob", 1, JobEnd::Failed)).await;
        let outcome = api
            .wait_show_job(ShowJobRequest::new("j1"))
            .policy(fast())
            .await
            .expect("polls answer");
        let WaitOutcome::Failed(job) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(
            job.status.as_ref().and_then(|s| s.phase.clone()),
            Some(JobPhase::Failed),
            "the first state listed under `failed`"
        );
        // The same through the request header, on a mock without the switch.
        let (_mock, api) = mock().await;
        let outcome = api
            .clone()
            .with_options(CallOptions::new().header(MOCK_JOB_HEADER, "0 failed"))
            .wait_show_job(ShowJobRequest::new("j9"))
            .policy(fast())
            .await
            .expect("polls answer");
        assert!(matches!(outcome, WaitOutcome::Failed(_)), "{outcome:?}");
        // A bad header is refused by the mock with the documented error.
        let err = api
            .with_options(CallOptions::new().header(MOCK_JOB_HEADER, "soon"))
            .wait_show_job(ShowJobRequest::new("j9"))
            .policy(fast())
            .await
            .expect_err("refused");
        assert_eq!(err.status(), Some(400));
    })
    .await;
}

#[tokio::test]
async fn a_job_that_never_ends_times_out_with_the_last_answer() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowJob", u32::MAX, JobEnd::Done)).await;
        let started = tokio::time::Instant::now();
        let outcome = api
            .wait_show_job(ShowJobRequest::new("j1"))
            .policy(fast().deadline(Duration::from_millis(100)))
            .await
            .expect("polls answer");
        let WaitOutcome::TimedOut(Some(last)) = &outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(
            last.status.as_ref().and_then(|s| s.phase.clone()),
            Some(JobPhase::Pending),
            "a state the waiter does not list"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
        // A plain string state that is never `done` (the example's `running`) times out too.
        let outcome = api
            .wait_show_task(ShowTaskRequest::new("t1"))
            .policy(fast().deadline(Duration::from_millis(30)))
            .await
            .expect("no error");
        let WaitOutcome::TimedOut(Some(last)) = &outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(last.state, "running");
    })
    .await;
}

#[tokio::test]
async fn a_poll_that_never_answers_times_out_without_an_answer() {
    bounded(async {
        // A server that accepts connections and never answers.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let held = tokio::spawn(async move {
            let mut open = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                open.push(socket);
            }
        });
        let client = Client::builder()
            .anonymous()
            .endpoint(format!("http://{addr}"))
            .no_proxy()
            .build()
            .expect("client");
        let started = tokio::time::Instant::now();
        let outcome = Paging::new(&client)
            .wait_show_task(ShowTaskRequest::new("t1"))
            .deadline(Duration::from_millis(100))
            .await
            .expect("the deadline, not an error");
        assert!(
            matches!(outcome, WaitOutcome::TimedOut(None)),
            "{outcome:?}"
        );
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the deadline bounds the poll in flight"
        );
        held.abort();
    })
    .await;
}

#[tokio::test]
async fn the_job_an_operation_started_is_followed_from_its_output() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowJob", 1, JobEnd::Done)).await;
        let started = api
            .stop_servers(StopServersRequest::new(StopServersBody::new(vec![
                "s1".into(),
            ])))
            .await
            .expect("started");
        let outcome = api
            .wait_stop_servers(&started)
            .policy(fast())
            .await
            .expect("polls answer");
        assert!(outcome.is_done(), "{outcome:?}");
        // A nested, nullable job id.
        let started = api
            .delete_cluster(DeleteClusterRequest::new("c1"))
            .await
            .expect("started");
        let outcome = api
            .wait_delete_cluster(&started)
            .policy(fast())
            .await
            .expect("polls answer");
        assert!(outcome.is_done(), "{outcome:?}");
        // No job id in the output: a validation error, nothing sent.
        let (_mock, api) = serve(MockConfig::new().respond(
            "DeleteCluster",
            200,
            json!({"status": {"job": null}}),
        ))
        .await;
        let started = api
            .delete_cluster(DeleteClusterRequest::new("c1"))
            .await
            .expect("started");
        let err = api
            .wait_delete_cluster(&started)
            .await
            .expect_err("no job id");
        let Error::Validation(v) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(v.issues()[0].path(), "status.job.id");
        let next = api
            .delete_cluster(DeleteClusterRequest::new("c1"))
            .await
            .expect("a call");
        assert_eq!(
            next.request_id(),
            Some("mock-000002"),
            "the waiter sent nothing"
        );
    })
    .await;
}

#[tokio::test]
async fn a_status_query_takes_the_other_values_from_the_starting_request() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowExport", 1, JobEnd::Done)).await;
        let request = ExportLogsRequest::new("s7");
        let started = api.export_logs(request.clone()).await.expect("started");
        let outcome = api
            .wait_export_logs(&request, &started)
            .policy(fast())
            .await
            .expect("polls answer");
        let WaitOutcome::Done(export) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(
            export.request_id(),
            Some("mock-000003"),
            "one running answer, then done"
        );
    })
    .await;
}

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn each_poll_is_a_tracing_event() {
    use tracing_subscriber::util::SubscriberInitExt;
    let buffer = Buffer::default();
    let writer = buffer.clone();
    // The process's subscriber: a thread's own (`set_default`) misses events whose callsite another test's thread
    // registered first. The lines of this test are those of its thread (a current-thread runtime runs the waiter
    // here).
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::DEBUG)
        .with_ansi(false)
        .with_thread_ids(true)
        .with_writer(move || writer.clone())
        .finish()
        .try_init()
        .expect("the only subscriber of this test binary");
    let thread = format!("{:?}", std::thread::current().id());
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowJob", 2, JobEnd::Done)).await;
        let outcome = api
            .wait_show_job(ShowJobRequest::new("j1"))
            .policy(fast())
            .await
            .expect("polls answer");
        assert!(outcome.is_done());
    })
    .await;
    let logs = String::from_utf8(buffer.0.lock().expect("lock").clone()).expect("UTF-8");
    let polls: Vec<&str> = logs
        .lines()
        .filter(|l| l.contains("waiter poll") && l.contains(&thread))
        .collect();
    assert_eq!(polls.len(), 3, "{logs}");
    for (i, line) in polls.iter().enumerate() {
        assert!(line.contains(&format!("poll={}", i + 1)), "{line}");
        assert!(line.contains("operation=\"ShowJob\""), "{line}");
    }
    assert!(polls[0].contains("status=\"Pending\"") && polls[0].contains("state=\"running\""));
    assert!(polls[2].contains("status=\"Succeeded\"") && polls[2].contains("state=\"done\""));
}

#[tokio::test]
async fn dropping_the_waiter_stops_the_polls() {
    bounded(async {
        let (_mock, api) = serve(MockConfig::new().job("ShowJob", u32::MAX, JobEnd::Done)).await;
        let waiting = api.wait_show_job(ShowJobRequest::new("j1")).policy(
            fast()
                .initial_delay(Duration::from_millis(20))
                .max_delay(Duration::from_millis(20)),
        );
        // Cancelled by the timeout after a few polls.
        let cut = tokio::time::timeout(Duration::from_millis(200), waiting).await;
        assert!(cut.is_err(), "still waiting when dropped");
        tokio::time::sleep(Duration::from_millis(100)).await;
        let next = api
            .show_task(ShowTaskRequest::new("t1"))
            .await
            .expect("a call");
        let n: u32 = next
            .request_id()
            .and_then(|id| id.strip_prefix("mock-"))
            .and_then(|n| n.parse().ok())
            .expect("a mock request id");
        assert!(n >= 2, "at least one poll before the drop: {n}");
        tokio::time::sleep(Duration::from_millis(100)).await;
        let after = api
            .show_task(ShowTaskRequest::new("t1"))
            .await
            .expect("a call");
        assert_eq!(
            after.request_id(),
            Some(format!("mock-{:06}", n + 1).as_str()),
            "no poll between the two calls"
        );
    })
    .await;
}

#[tokio::test]
async fn the_contracts_of_the_fixture_hold() {
    // Every documented status: a forced status is answered with the example as written, unpaged.
    let (operations, statuses) = bounded(tests::check(SERVICES)).await.expect("contracts");
    assert_eq!(operations, 11);
    assert!(statuses >= 11, "{statuses}");
}

// ---------------------------------------------------------------------------------------------------------------
// The real endpoints of spec/: VPC ListVpcs (marker), CTS ListTraces (cursor in `meta_data.marker`), ECS
// BatchStopServers → ShowJob and CCE ShowJob (waiters), against a server answering from a queue (to check the
// requests on the wire) and against the mock.
// ---------------------------------------------------------------------------------------------------------------

mod real {
    use super::*;
    use axum::body::{Body, Bytes};
    use axum::extract::{Request, State};
    use generated_client::cce::{JobPhase as CcePhase, ShowJobRequest as CceShowJob};
    use generated_client::cts::{ListTracesRequest, TraceType};
    use generated_client::ecs::{
        BatchStopServersOption, BatchStopServersRequest, BatchStopServersRequestBody, JobStatus,
        ServerId,
    };
    use generated_client::vpc::ListVpcsRequest;
    use serde_json::Value;

    const PROJECT: &str = "0123456789abcdef0123456789abcdef";

    type Queue = Arc<Mutex<(Vec<(String, Option<String>)>, Vec<(u16, Value)>)>>;

    /// A server answering 200 with the queued bodies in order, recording each request's path and query.
    async fn queue(bodies: Vec<Value>) -> (Client, Queue, tokio::task::JoinHandle<()>) {
        queue_statuses(bodies.into_iter().map(|b| (200, b)).collect()).await
    }

    /// A server answering the queued statuses and bodies in order, recording each request's path and query.
    async fn queue_statuses(
        answers: Vec<(u16, Value)>,
    ) -> (Client, Queue, tokio::task::JoinHandle<()>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let shared: Queue = Arc::new(Mutex::new((Vec::new(), answers)));
        async fn answer(State(q): State<Queue>, req: Request) -> axum::response::Response {
            let mut q = q.lock().expect("lock");
            q.0.push((
                req.uri().path().to_owned(),
                req.uri().query().map(str::to_owned),
            ));
            let (status, body) = if q.1.is_empty() {
                (599, json!({"error": "nothing queued"}))
            } else {
                q.1.remove(0)
            };
            let mut r = axum::response::Response::new(Body::from(Bytes::from(body.to_string())));
            *r.status_mut() = axum::http::StatusCode::from_u16(status).expect("a status");
            r.headers_mut()
                .insert("content-type", "application/json".parse().expect("value"));
            r
        }
        let app = axum::Router::new()
            .fallback(answer)
            .with_state(shared.clone());
        let task = tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        let client = Client::builder()
            .endpoint(url)
            .credentials(
                BasicCredentials::new("AK", "SK")
                    .with_project_id(PROJECT)
                    .with_domain_id("d1"),
            )
            .no_proxy()
            .build()
            .expect("client");
        (client, shared, task)
    }

    fn sent(q: &Queue) -> Vec<(String, Option<String>)> {
        q.lock().expect("lock").0.clone()
    }

    async fn mock_client(config: MockConfig) -> (MockServer, Client) {
        let mock = MockServer::start(config.services(generated_client::SERVICES))
            .await
            .expect("mock starts");
        let client = Client::builder()
            .endpoint(mock.url())
            .credentials(BasicCredentials::new("AK", "SK").with_project_id(PROJECT))
            .no_proxy()
            .build()
            .expect("client");
        (mock, client)
    }

    fn vpc(id: &str) -> Value {
        json!({"id": id, "name": "", "cidr": "", "description": "", "routes": [], "status": "OK"})
    }

    #[tokio::test]
    async fn vpcs_page_by_the_last_id_and_a_short_page_is_the_last() {
        bounded(async {
            let (client, q, _task) = queue(vec![
                json!({"vpcs": [vpc("a"), vpc("b")]}),
                json!({"vpcs": [vpc("c")]}),
            ])
            .await;
            let vpcs = client
                .vpc()
                .list_vpcs_paginator(ListVpcsRequest::new().limit(2))
                .items()
                .try_collect()
                .await
                .expect("items");
            let ids: Vec<&str> = vpcs.iter().map(|v| v.id.as_str()).collect();
            assert_eq!(ids, ["a", "b", "c"]);
            let path = format!("/v1/{PROJECT}/vpcs");
            assert_eq!(
                sent(&q),
                [
                    (path.clone(), Some("limit=2".to_owned())),
                    (path, Some("limit=2&marker=b".to_owned())),
                ],
                "no request after the short page"
            );

            // The mock pages the spec's example (two VPCs) one at a time.
            let (_mock, client) = mock_client(MockConfig::new()).await;
            let (pages, err) = drain(
                client
                    .vpc()
                    .list_vpcs_paginator(ListVpcsRequest::new().limit(1))
                    .pages(),
            )
            .await;
            assert!(err.is_none(), "{err:?}");
            let sizes: Vec<usize> = pages
                .iter()
                .map(|p| p.vpcs.iter().flatten().count())
                .collect();
            assert_eq!(
                sizes,
                [1, 1, 0],
                "full pages, then the empty one that ends the list"
            );
        })
        .await;
    }

    #[tokio::test]
    async fn a_server_ignoring_the_cursor_ends_after_two_pages() {
        bounded(async {
            // A fresh marker on every page, but always the same traces: the position is ignored.
            let page = |marker: &str| {
                json!({"traces": [{"trace_id": "t1"}, {"trace_id": "t2"}], "meta_data": {"marker": marker}})
            };
            let (client, q, _task) = queue(vec![page("m1"), page("m2"), page("m3")]).await;
            let (pages, err) = drain(
                client
                    .cts()
                    .list_traces_paginator(ListTracesRequest::new(TraceType::System))
                    .pages(),
            )
            .await;
            assert_eq!(pages.len(), 2);
            let err = err.expect("an error ends it");
            assert!(err.to_string().contains("same page twice"), "{err}");
            assert_eq!(sent(&q).len(), 2, "no third request");
        })
        .await;
    }

    #[tokio::test]
    async fn traces_follow_meta_data_marker_as_next_until_null() {
        bounded(async {
            let (client, q, _task) = queue(vec![
                json!({"traces": [{"trace_id": "t1"}], "meta_data": {"count": 1, "marker": "t1"}}),
                json!({"traces": [{"trace_id": "t2"}], "meta_data": {"count": 1, "marker": null}}),
            ])
            .await;
            let traces = client
                .cts()
                .list_traces_paginator(ListTracesRequest::new(TraceType::System).limit(1))
                .items()
                .try_collect()
                .await
                .expect("items");
            let ids: Vec<&str> = traces
                .iter()
                .filter_map(|t| t.trace_id.as_deref())
                .collect();
            assert_eq!(ids, ["t1", "t2"]);
            let queries: Vec<Option<String>> = sent(&q).into_iter().map(|(_, q)| q).collect();
            assert_eq!(
                queries,
                [
                    Some("limit=1&trace_type=system".to_owned()),
                    Some("limit=1&next=t1&trace_type=system".to_owned()),
                ]
            );

            let (_mock, client) = mock_client(MockConfig::new()).await;
            let traces = client
                .cts()
                .list_traces_paginator(ListTracesRequest::new(TraceType::System).limit(1))
                .items()
                .try_collect()
                .await
                .expect("items");
            assert_eq!(traces.len(), 2, "the example's two traces, a page each");
        })
        .await;
    }

    /// The first item of the success example of `operation` (at `items`, or the body itself), renamed by `rename`
    /// into one item per name.
    fn example_items(
        spec_json: &str,
        operation: &str,
        items: Option<&str>,
        field: &str,
        names: &[&str],
    ) -> Vec<Value> {
        let svc: spec_core::model::Service = serde_json::from_str(spec_json).expect("model");
        let ep = svc
            .endpoints
            .iter()
            .find(|e| e.operation == operation)
            .expect("operation");
        let example = ep.responses[0].example.clone().expect("an example");
        let list = match items {
            Some(key) => example[key].clone(),
            None => example,
        };
        names
            .iter()
            .map(|n| {
                let mut item = list[0].clone();
                item[field] = json!(n);
                item
            })
            .collect()
    }

    #[tokio::test]
    async fn iam_projects_follow_links_next_with_its_query() {
        bounded(async {
            use generated_client::iam::{KeystoneListProjectsRequest, SERVICE};
            let projects = example_items(
                SERVICE.spec_json,
                "KeystoneListProjects",
                Some("projects"),
                "id",
                &["k1", "k2", "k3"],
            );
            let next = "https://iam.example.com/v3/projects?domain_id=d1&page=2&per_page=2";
            let (client, q, _task) = queue(vec![
                json!({"projects": projects[..2], "links": {"self": "x", "next": next}}),
                json!({"projects": projects[2..], "links": {"self": next, "next": null}}),
            ])
            .await;
            let got = client
                .iam()
                .keystone_list_projects_paginator(
                    KeystoneListProjectsRequest::new().page(1).per_page(2),
                )
                .items()
                .try_collect()
                .await
                .expect("items");
            let ids: Vec<&str> = got.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, ["k1", "k2", "k3"]);
            assert_eq!(
                sent(&q),
                [
                    (
                        "/v3/projects".to_owned(),
                        Some("domain_id=d1&page=1&per_page=2".to_owned())
                    ),
                    // The link's query, not the request's; the client's own endpoint, not the link's host.
                    (
                        "/v3/projects".to_owned(),
                        Some("domain_id=d1&page=2&per_page=2".to_owned())
                    ),
                ]
            );
        })
        .await;
    }

    #[tokio::test]
    async fn swr_repositories_page_by_a_string_offset() {
        bounded(async {
            use generated_client::swr::{ListReposDetailsRequest, SERVICE};
            let repos = example_items(
                SERVICE.spec_json,
                "ListReposDetails",
                None,
                "name",
                &["r1", "r2", "r3"],
            );
            let (client, q, _task) =
                queue(vec![json!(repos[..2]), json!(repos[2..]), json!([])]).await;
            let got = client
                .swr()
                .list_repos_details_paginator(ListReposDetailsRequest::new().limit("2"))
                .items()
                .try_collect()
                .await
                .expect("items");
            let names: Vec<&str> = got.iter().map(|r| r.name.as_str()).collect();
            assert_eq!(names, ["r1", "r2", "r3"]);
            let queries: Vec<Option<String>> = sent(&q).into_iter().map(|(_, q)| q).collect();
            assert_eq!(
                queries,
                [
                    Some("limit=2".to_owned()),
                    Some("limit=2&offset=2".to_owned()),
                    Some("limit=2&offset=3".to_owned()),
                ],
                "the offset counts the items read; the empty page ends the list"
            );
        })
        .await;
    }

    fn stop() -> BatchStopServersRequest {
        BatchStopServersRequest::new(BatchStopServersRequestBody::new(
            BatchStopServersOption::new(vec![ServerId::new("616fb98f")]),
        ))
    }

    #[tokio::test]
    async fn an_ecs_stop_is_waited_on_through_show_job() {
        bounded(async {
            let (client, q, _task) = queue(vec![
                json!({"job_id": "j1"}),
                json!({"status": "INIT"}),
                json!({"status": "RUNNING"}),
                json!({"status": "SUCCESS", "job_id": "j1"}),
                json!({"job_id": "j2"}),
                json!({"status": "FAIL", "fail_reason": "Ecs.0001"}),
            ])
            .await;
            let started = client
                .ecs()
                .batch_stop_servers(stop())
                .await
                .expect("started");
            let outcome = client
                .ecs()
                .wait_batch_stop_servers(&started)
                .policy(fast())
                .await
                .expect("polls answer");
            let WaitOutcome::Done(job) = outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(job.status, Some(JobStatus::Success));
            let polls: Vec<String> = sent(&q).into_iter().skip(1).map(|(p, _)| p).collect();
            assert_eq!(polls, vec![format!("/v1/{PROJECT}/jobs/j1"); 3]);

            let started = client
                .ecs()
                .batch_stop_servers(stop())
                .await
                .expect("started");
            let outcome = client
                .ecs()
                .wait_batch_stop_servers(&started)
                .policy(fast())
                .await
                .expect("polls answer");
            let WaitOutcome::Failed(job) = outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(job.fail_reason, Some(Some("Ecs.0001".to_owned())));

            // The mock plays the job.
            let (_mock, client) =
                mock_client(MockConfig::new().job("ecs.ShowJob", 2, JobEnd::Failed)).await;
            let started = client
                .ecs()
                .batch_stop_servers(stop())
                .await
                .expect("started");
            let outcome = client
                .ecs()
                .wait_batch_stop_servers(&started)
                .policy(fast())
                .await
                .expect("polls answer");
            let WaitOutcome::Failed(job) = outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(job.status, Some(JobStatus::Fail));
        })
        .await;
    }

    #[tokio::test]
    async fn a_clouddc_log_export_is_waited_on_until_completed() {
        bounded(async {
            use generated_client::clouddc::{
                ExportServerLogsRequest, LogsExportStatus, ShowLogsExportStatusRequest,
            };
            let (_mock, client) =
                mock_client(MockConfig::new().job("clouddc.ShowLogsExportStatus", 2, JobEnd::Done))
                    .await;
            let outcome = client
                .clouddc()
                .wait_show_logs_export_status(ShowLogsExportStatusRequest::new("server-1", "1"))
                .policy(fast())
                .await
                .expect("polls answer");
            let WaitOutcome::Done(export) = outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(export.status, Some(LogsExportStatus::Completed));
            assert_eq!(export.request_id(), Some("mock-000003"));

            // From the export's answer: the status query takes the export id from it and the server id from the
            // export's request.
            let (client, q, _task) = queue_statuses(vec![
                (202, json!({"export_id": "e7", "status": "processing"})),
                (
                    200,
                    json!({"export_id": "e7", "status": "processing", "percentage": "50%"}),
                ),
                (
                    200,
                    json!({"export_id": "e7", "status": "completed", "percentage": "100%"}),
                ),
            ])
            .await;
            let request = ExportServerLogsRequest::new("server-9");
            let started = client
                .clouddc()
                .export_server_logs(request.clone())
                .await
                .expect("started");
            let outcome = client
                .clouddc()
                .wait_export_server_logs(&request, &started)
                .policy(fast())
                .await
                .expect("polls answer");
            assert!(outcome.is_done(), "{outcome:?}");
            let paths: Vec<String> = sent(&q).into_iter().map(|(p, _)| p).collect();
            let poll = format!("/v1/{PROJECT}/physicalservers/server-9/logs/exports/e7");
            assert_eq!(
                paths,
                [
                    format!("/v1/{PROJECT}/physicalservers/server-9/logs/exports"),
                    poll.clone(),
                    poll,
                ]
            );
            // No failed state to play.
            let err = MockServer::start(MockConfig::new().job(
                "clouddc.ShowLogsExportStatus",
                1,
                JobEnd::Failed,
            ))
            .await
            .expect_err("nothing to fail with");
            assert!(err.to_string().contains("lists no `failed` state"), "{err}");
        })
        .await;
    }

    #[tokio::test]
    async fn a_cce_job_is_waited_on_its_phase() {
        bounded(async {
            // The example's phase is Running: without a played job the wait runs out.
            let (_mock, client) = mock_client(MockConfig::new()).await;
            let outcome = client
                .cce()
                .wait_show_job(CceShowJob::new("5b2f4a9c"))
                .policy(fast().deadline(Duration::from_millis(50)))
                .await
                .expect("polls answer");
            let WaitOutcome::TimedOut(Some(last)) = &outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(
                last.status.as_ref().and_then(|s| s.phase.clone()),
                Some(CcePhase::Running)
            );
            let (_mock, client) =
                mock_client(MockConfig::new().job("cce.ShowJob", 1, JobEnd::Done)).await;
            let outcome = client
                .cce()
                .wait_show_job(CceShowJob::new("5b2f4a9c"))
                .policy(fast())
                .await
                .expect("polls answer");
            let WaitOutcome::Done(job) = outcome else {
                panic!("{outcome:?}")
            };
            assert_eq!(
                job.status.as_ref().and_then(|s| s.phase.clone()),
                Some(CcePhase::Success)
            );
            assert_eq!(job.request_id(), Some("mock-000002"));
        })
        .await;
    }
}
