//! Response headers, end to end: the mock sends the headers a response declares, the client reads each into a typed
//! field of the operation's output next to the body; a missing required header or text of the wrong type is a
//! decode error naming the header; an output without declared headers keeps its plain body type.

use std::time::Duration;

use generated_client::datetime::DateTime;
use generated_client::mock::MockServer;
use generated_client::{CallOptions, Client, Error, Response};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

codegen_macros::generate!("fixtures/headers.yaml", standalone);
use headers::{
    CreateTokenBody, CreateTokenRequest, DownloadLogRequest, Headers, Lang, ListReposRequest,
    PutObjectOutput, PutObjectRequest, Repo, ShowRepoRequest,
};

async fn mock() -> (MockServer, Client) {
    tests::mock_and_client(SERVICES).await
}

#[tokio::test]
async fn declared_headers_arrive_as_typed_fields() {
    let (_mock, client) = mock().await;
    let api = Headers::new(&client);

    // A body and headers: the body under `body`, each header a field; `request_id()` reads `X-Request-Id` as for any call.
    let out = api
        .create_token(CreateTokenRequest::new(CreateTokenBody::new("alice")))
        .await
        .expect("201");
    assert_eq!(out.status(), 201);
    assert_eq!(out.x_subject_token, "tok-1");
    let expires = out.x_expires_at.as_ref().expect("sent");
    assert_eq!(expires.as_str(), "1704067200");
    assert_eq!(
        expires.parse(),
        time::OffsetDateTime::from_unix_timestamp(1_704_067_200).ok()
    );
    assert_eq!(
        out.body.expires_at.as_ref().map(DateTime::as_str),
        Some("2024-01-01T00:00:00Z")
    );
    assert!(out.request_id().is_some_and(|id| id.starts_with("mock-")));

    // No body: the output is the headers; two success statuses: one output struct per status.
    let out = api
        .put_object(PutObjectRequest::new("a.txt"))
        .await
        .expect("200")
        .into_inner();
    let PutObjectOutput::Ok(ok) = out else {
        panic!("expected 200, got {out:?}")
    };
    assert_eq!(ok.etag, "\"3858f62230ac3c915f300c664312c63f\"");
    assert_eq!(ok.x_obs_delete_marker, Some(false));
    assert_eq!(ok.x_obs_next_append_position, Some(1024));
    // Declared without an example: the mock sends a value of its type all the same.
    assert_eq!(ok.x_obs_version_id.as_deref(), Some("string"));
    let out = api
        .clone()
        .with_options(CallOptions::new().header("X-Mock-Status", "303"))
        .put_object(PutObjectRequest::new("a.txt"))
        .await
        .expect("303 is a success here")
        .into_inner();
    let PutObjectOutput::SeeOther(moved) = out else {
        panic!("expected 303, got {out:?}")
    };
    assert_eq!(moved.location, "https://example.com/done");

    // A body of a shared type (a bare array of it) next to a pagination header, an integer and an enum header.
    let out = api.list_repos(ListReposRequest::new()).await.expect("200");
    assert_eq!(out.content_range, "0-1/2");
    assert_eq!(out.x_total, Some(2));
    assert_eq!(out.x_lang, Some(Lang::EnUs));
    let names: Vec<&str> = out.body.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["a", "b"]);

    // No declared headers: the output is the shared type itself.
    let repo: Response<Repo> = api.show_repo(ShowRepoRequest::new("a")).await.expect("200");
    assert_eq!(repo.size, Some(1));
}

/// Every status of the fixture honours its contract: the documented examples (with the headers the mock sends)
/// decode to what the client returns.
/// A download with declared headers: the headers are typed fields, and the body is still a stream read by the
/// caller (not buffered by the client).
#[tokio::test]
async fn a_download_carries_its_headers() {
    let (_mock, client) = mock().await;
    let out = Headers::new(&client)
        .download_log(DownloadLogRequest::new("app.log"))
        .await
        .expect("200")
        .into_inner();
    assert_eq!(out.content_disposition, "attachment; filename=\"app.log\"");
    assert_eq!(out.content_length, Some(12));
    let bytes = out.body.bytes(1 << 20).await.expect("the download");
    assert_eq!(&bytes[..], b"line1\nline2\n");
}

#[tokio::test]
async fn contract_checks_include_the_headers() {
    let (operations, statuses) = tests::check(SERVICES)
        .await
        .unwrap_or_else(|f| panic!("{}", f.join("\n")));
    assert_eq!((operations, statuses), (5, 9));
}

/// A server that answers every request with `head` (status line and headers, without the final blank line) and
/// `body`.
async fn answering(head: &'static str, body: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let _ = sock.read(&mut buf).await;
                let reply = format!(
                    "{head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = sock.write_all(reply.as_bytes()).await;
            });
        }
    });
    format!("http://{addr}")
}

async fn list_with(head: &'static str) -> Result<Response<headers::ListReposOutput>, String> {
    let url = answering(head, "[]").await;
    let client = Client::builder()
        .anonymous()
        .endpoint(url)
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    Headers::new(&client)
        .list_repos(ListReposRequest::new())
        .await
        .map_err(|e| match e {
            Error::Decode(d) => d.message().to_owned(),
            other => format!("not a decode error: {other}"),
        })
}

#[tokio::test]
async fn header_problems_are_decode_errors_naming_the_header() {
    let out = list_with("HTTP/1.1 200 OK\r\ncontent-range: 0-0/0\r\nx-lang: fr-fr")
        .await
        .expect("the required header, any case; optional ones absent");
    assert_eq!(out.content_range, "0-0/0");
    assert_eq!(out.x_total, None);
    // An enum is open: an unlisted value is kept.
    assert_eq!(out.x_lang, Some(Lang::Unknown("fr-fr".into())));
    assert_eq!(
        list_with("HTTP/1.1 200 OK\r\nX-Total: 2").await.err(),
        Some("missing response header `Content-Range`".to_owned())
    );
    assert_eq!(
        list_with("HTTP/1.1 200 OK\r\nContent-Range: 0-1/2\r\nX-Total: two")
            .await
            .err(),
        Some("response header `X-Total`: expected an int32, got \"two\"".to_owned())
    );
}
