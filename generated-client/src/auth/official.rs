//! Test-only re-implementations of the official SDKs' `SDK-HMAC-SHA256` signers, written from their sources and
//! sharing no code with `signer.rs` (its own percent-encoding, hex and canonical strings), so that a test can
//! build a request exactly as an official client would send it and check the runtime and the mock against it.
//!
//! - [`Sdk::Python`]: huaweicloud-sdk-python-v3, huaweicloud-sdk-core/huaweicloudsdkcore/signer/signer.py
//!   (`Signer.sign` and the `_process_*` steps) and client.py (`Client._parse_path_params`,
//!   `Client._parse_body`: no body is `""`).
//! - [`Sdk::Go`]: huaweicloud-sdk-go-v3, core/auth/signer/signer.go (`Signer.Sign`, `processContentHeader`,
//!   `getContentHash`, `canonicalURI`, `extractSignedHeaders`) and escape.go, with path values substituted
//!   unencoded by core/request/default_http_request.go (`fillParamsInPath`).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Which official signer to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sdk {
    Python,
    Go,
}

/// A request as an official SDK holds it just before signing.
#[derive(Debug, Clone)]
pub(crate) struct SdkRequest<'a> {
    pub method: &'a str,
    /// The path template with `{name}` placeholders, e.g. `/v1/{project_id}/jobs/{job_name}`.
    pub template: &'a str,
    /// Path parameter values, unencoded.
    pub path_params: &'a [(&'a str, &'a str)],
    /// Query parameters, unencoded.
    pub query: &'a [(&'a str, &'a str)],
    /// Header parameters as the SDK sets them (`Content-Type`, `X-Project-Id`, …), names as written.
    pub headers: &'a [(&'a str, &'a str)],
    /// The `host[:port]` of the endpoint.
    pub host: &'a str,
    /// `YYYYMMDDTHHMMSSZ`.
    pub date: &'a str,
    pub body: &'a [u8],
}

/// What the SDK sends: path and query as on the wire, and every header it adds to the ones given.
#[derive(Debug, Clone)]
pub(crate) struct Signed {
    pub wire_path: String,
    pub wire_query: String,
    pub headers: Vec<(String, String)>,
    /// The payload hash line of the canonical request.
    pub payload_hash: String,
    pub authorization: String,
}

// Python's `quote(s, safe=…)` (3.7+) and Go's `escape`: every byte but `A-Za-z0-9_.-~` and the `safe` bytes
// becomes `%XX`, uppercase hex.
fn quote(s: &str, safe: &[u8]) -> String {
    let mut out = String::new();
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || b"_.-~".contains(&b) || safe.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// Python's `unquote`: `%XX` decoded, invalid UTF-8 replaced by U+FFFD, anything else kept.
fn unquote(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| char::from(c).to_digit(16);
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).copied().and_then(hex),
                b.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(h * 16 + l).unwrap_or(0));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The hash of an empty body, as the SDKs spell it out (Python `Signer._EMPTY_HASH`).
pub(crate) const EMPTY_HASH: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Whether `sdk` adds `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` for this `Content-Type` header: Python for a
/// non-empty one that does not start with `application/json`, Go for one that does not contain it.
pub(crate) fn unsigned(sdk: Sdk, content_type: Option<&str>) -> bool {
    match (sdk, content_type) {
        (Sdk::Python, Some(ct)) => !ct.is_empty() && !ct.starts_with("application/json"),
        (Sdk::Go, Some(ct)) => !ct.contains("application/json"),
        (_, None) => false,
    }
}

/// Signs `req` as `sdk` does, with `ak`/`sk`.
pub(crate) fn sign(sdk: Sdk, req: &SdkRequest<'_>, ak: &str, sk: &str) -> Signed {
    let mut headers: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect();
    // Path: Python quotes each value with `safe=''`; Go substitutes it unencoded.
    let mut path = req.template.to_owned();
    for (name, value) in req.path_params {
        let value = match sdk {
            Sdk::Python => quote(value, b""),
            Sdk::Go => (*value).to_owned(),
        };
        path = path.replace(&format!("{{{name}}}"), &value);
    }
    // UNSIGNED-PAYLOAD: Python for a Content-Type that does not start with `application/json`, Go for one that does
    // not contain it; both look the header up by its exact name.
    let content_type = req
        .headers
        .iter()
        .find(|(n, _)| *n == "Content-Type")
        .map(|(_, v)| *v);
    if unsigned(sdk, content_type) {
        headers.push((
            "X-Sdk-Content-Sha256".to_owned(),
            "UNSIGNED-PAYLOAD".to_owned(),
        ));
    }
    headers.push(("X-Sdk-Date".to_owned(), req.date.to_owned()));
    if sdk == Sdk::Python && !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        headers.push(("Host".to_owned(), req.host.to_owned()));
    }
    // Signed headers: every name lowercased and sorted; Go leaves out `content-type*`.
    let mut signed: Vec<String> = headers
        .iter()
        .map(|(n, _)| n.to_ascii_lowercase())
        .filter(|n| sdk == Sdk::Python || !n.starts_with("content-type"))
        .collect();
    signed.sort();
    let value_of = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or("", |(_, v)| v.trim())
    };
    let canonical_headers: String = signed
        .iter()
        .map(|n| format!("{n}:{}\n", value_of(n)))
        .collect();
    // Payload hash: Python hashes an empty body whatever the header says; Go uses the header when present.
    let content_header = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("x-sdk-content-sha256"))
        .map(|(_, v)| v.clone());
    let payload_hash = match (sdk, content_header) {
        (Sdk::Python, _) if req.body.is_empty() => EMPTY_HASH.to_owned(),
        (_, Some(h)) => h,
        (_, None) => sha256_hex(req.body),
    };
    // Canonical URI: Python unquotes the whole path, then splits; Go splits the path with raw values.
    let pieces: Vec<String> = match sdk {
        Sdk::Python => unquote(&path).split('/').map(|s| quote(s, b"")).collect(),
        Sdk::Go => path.split('/').map(|s| quote(s, b"")).collect(),
    };
    let mut canonical_uri = pieces.join("/");
    if !canonical_uri.ends_with('/') {
        canonical_uri.push('/');
    }
    // Canonical query: sorted by key, then value; both encoded.
    let mut query: Vec<(&str, &str)> = req.query.to_vec();
    query.sort();
    let canonical_query = query
        .iter()
        .map(|(k, v)| format!("{}={}", quote(k, b""), quote(v, b"")))
        .collect::<Vec<_>>()
        .join("&");
    let canonical_request = format!(
        "{}\n{canonical_uri}\n{canonical_query}\n{canonical_headers}\n{}\n{payload_hash}",
        req.method,
        signed.join(";")
    );
    let string_to_sign = format!(
        "SDK-HMAC-SHA256\n{}\n{}",
        req.date,
        sha256_hex(canonical_request.as_bytes())
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(sk.as_bytes()).expect("any key length");
    mac.update(string_to_sign.as_bytes());
    let signature: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let authorization = format!(
        "SDK-HMAC-SHA256 Access={ak}, SignedHeaders={}, Signature={signature}",
        signed.join(";")
    );
    headers.push(("Authorization".to_owned(), authorization.clone()));
    // On the wire: Python sends its quoted path; Go's net/http escapes the raw path, keeping `/`.
    let wire_path = match sdk {
        Sdk::Python => path,
        Sdk::Go => path
            .split('/')
            .map(|s| quote(s, b"$&+,:;=@"))
            .collect::<Vec<_>>()
            .join("/"),
    };
    Signed {
        wire_path,
        wire_query: canonical_query,
        headers,
        payload_hash,
        authorization,
    }
}
