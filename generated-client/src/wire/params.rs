//! Turning a typed request into wire parts: path values, query pairs, headers and the body.

use std::borrow::Cow;

use bytes::Bytes;

use crate::wire::body::{Binary, Body, form, is_header_text};
use crate::wire::datetime::DateTime;
use crate::wire::validate::ValidationIssue;

/// A value that can be sent as a path, query or header parameter.
///
/// Scalars push one string, `Option` zero or one, `Vec` one per item.
pub trait ParamValue {
    /// Appends this value's wire text(s) to `out`.
    fn push_values(&self, out: &mut Vec<String>);
}

impl<T: ParamValue + ?Sized> ParamValue for &T {
    fn push_values(&self, out: &mut Vec<String>) {
        (**self).push_values(out);
    }
}

impl ParamValue for str {
    fn push_values(&self, out: &mut Vec<String>) {
        out.push(self.to_owned());
    }
}

impl ParamValue for String {
    fn push_values(&self, out: &mut Vec<String>) {
        out.push(self.clone());
    }
}

macro_rules! display_param {
    ($($t:ty),*) => {$(
        impl ParamValue for $t {
            fn push_values(&self, out: &mut Vec<String>) {
                out.push(self.to_string());
            }
        }
    )*};
}
// bool is written `true`/`false`, as the SDKs do.
display_param!(i32, i64, f64, bool);

impl<L> ParamValue for DateTime<L> {
    fn push_values(&self, out: &mut Vec<String>) {
        out.push(self.as_str().to_owned());
    }
}

impl<T: ParamValue> ParamValue for Option<T> {
    fn push_values(&self, out: &mut Vec<String>) {
        if let Some(v) = self {
            v.push_values(out);
        }
    }
}

impl<T: ParamValue> ParamValue for Vec<T> {
    fn push_values(&self, out: &mut Vec<String>) {
        for v in self {
            v.push_values(out);
        }
    }
}

impl<T: ParamValue> ParamValue for [T] {
    fn push_values(&self, out: &mut Vec<String>) {
        for v in self {
            v.push_values(out);
        }
    }
}

/// A `multipart/form-data` body being written by a generated [`ToMultipart`], one call per field: text parts (a
/// scalar, written as a parameter's text) and file parts ([`Binary`]). Encoded by the wire's `form`, text parts
/// first.
#[derive(Debug, Default)]
pub struct Multipart {
    texts: Vec<(&'static str, String)>,
    files: Vec<(&'static str, Binary)>,
}

impl Multipart {
    /// Adds a text part per value of `v` (`None` adds none), with a parameter's text.
    pub fn text<T: ParamValue + ?Sized>(&mut self, name: &'static str, v: &T) {
        let mut values = Vec::new();
        v.push_values(&mut values);
        self.texts
            .extend(values.into_iter().map(|value| (name, value)));
    }

    /// Adds a file part (`None` adds none).
    pub fn file(&mut self, name: &'static str, v: Option<&Binary>) {
        if let Some(b) = v {
            self.files.push((name, b.clone()));
        }
    }
}

/// The encoding of a `multipart/form-data` body's fields into parts (generated per multipart body type).
pub trait ToMultipart {
    /// Writes each field that is set as a part.
    fn to_multipart(&self, m: &mut Multipart);
}

/// Where a path parameter's value comes from.
#[derive(Debug, Clone)]
pub(crate) enum PathValue {
    /// Given on the request (possibly zero values: a missing optional).
    Given(Vec<String>),
    /// Not given; look up this key in the client's credentials (`project_id`, `domain_id`).
    Context(&'static str),
}

/// A query or header parameter the request left unset, which the client's credentials fill (`from_context`).
#[derive(Debug, Clone)]
pub(crate) struct ContextParam {
    pub(crate) name: &'static str,
    /// `project_id` or `domain_id`.
    pub(crate) key: &'static str,
    /// A header (else a query parameter).
    pub(crate) header: bool,
    /// Without a value from the credentials the request cannot be sent.
    pub(crate) required: bool,
}

/// The wire parts of one request, filled by the generated `Operation::encode`.
///
/// Nothing is rejected here: problems (bad header values, a body that cannot be serialized) are collected and
/// reported together with the validation issues before anything is sent.
#[derive(Debug, Default)]
pub struct RequestParts {
    pub(crate) path: Vec<(&'static str, PathValue)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderList,
    pub(crate) body: Option<Body>,
    /// The body's `Content-Type` when it is not the one the operation declares as it is.
    pub(crate) content_type: Option<ContentType>,
    pub(crate) issues: Vec<ValidationIssue>,
    pub(crate) context: Vec<ContextParam>,
}

/// How a body's `Content-Type` differs from the declared one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ContentType {
    /// A multipart body: the declared type with this `boundary` parameter appended.
    Boundary(String),
    /// Bytes whose caller gave their own type ([`Binary::with_content_type`]).
    Given(String),
}

impl RequestParts {
    /// Empty parts.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the `{name}` path parameter. Several values are joined with `,`.
    pub fn path<T: ParamValue + ?Sized>(&mut self, name: &'static str, v: &T) {
        let mut values = Vec::new();
        v.push_values(&mut values);
        self.path.push((name, PathValue::Given(values)));
    }

    /// Sets the `{name}` path parameter from `v`, or, when `v` is `None`, from the client's credentials
    /// (`context_key` is `project_id` or `domain_id`), as the official SDKs do.
    pub fn path_or_context<T: ParamValue>(
        &mut self,
        name: &'static str,
        v: Option<&T>,
        context_key: &'static str,
    ) {
        match v {
            Some(v) => self.path(name, v),
            None => self.path.push((name, PathValue::Context(context_key))),
        }
    }

    /// Adds query parameter `name` from `v`, or, when `v` is `None`, from the client's credentials (`context_key` is
    /// `project_id` or `domain_id`); a `required` one the credentials cannot fill is a validation error.
    pub fn query_or_context<T: ParamValue>(
        &mut self,
        name: &'static str,
        v: Option<&T>,
        context_key: &'static str,
        required: bool,
    ) {
        match v {
            Some(v) => self.query(name, v),
            None => self.context.push(ContextParam {
                name,
                key: context_key,
                header: false,
                required,
            }),
        }
    }

    /// Sets header `name` from `v`, or, when `v` is `None`, from the client's credentials, as
    /// [`query_or_context`](Self::query_or_context) does.
    pub fn header_or_context<T: ParamValue>(
        &mut self,
        name: &'static str,
        v: Option<&T>,
        context_key: &'static str,
        required: bool,
    ) {
        match v {
            Some(v) => self.header(name, v),
            None => self.context.push(ContextParam {
                name,
                key: context_key,
                header: true,
                required,
            }),
        }
    }

    /// Replaces the query with `pairs` (decoded), including the parameters the client's context would have added.
    pub(crate) fn replace_query(&mut self, pairs: Vec<(String, String)>) {
        self.query = pairs;
        self.context.retain(|c| c.header);
    }

    /// Adds query parameter `name`; each value of a `Vec` becomes a repeated key. `None` adds nothing.
    pub fn query<T: ParamValue + ?Sized>(&mut self, name: &'static str, v: &T) {
        let mut values = Vec::new();
        v.push_values(&mut values);
        self.query
            .extend(values.into_iter().map(|value| (name.to_owned(), value)));
    }

    /// Adds query parameter `name` once, with the values joined by `,` (`a,b,c`). No values add nothing. A value
    /// that itself contains `,` is a validation error: the server would split it into two, and the format has no
    /// escape for it.
    pub fn query_csv<T: ParamValue + ?Sized>(&mut self, name: &'static str, v: &T) {
        let mut values = Vec::new();
        v.push_values(&mut values);
        if values.iter().any(|v| v.contains(',')) {
            self.issues.push(ValidationIssue::new(
                name,
                "a value contains `,`, which a comma-separated query parameter cannot carry",
            ));
        } else if !values.is_empty() {
            self.query.push((name.to_owned(), values.join(",")));
        }
    }

    /// Sets header `name`; several values are joined with `,`. `None` adds nothing. A value that is not valid
    /// in an HTTP header (CR, LF, other control characters) is reported as a validation error naming the header.
    pub fn header<T: ParamValue + ?Sized>(&mut self, name: &'static str, v: &T) {
        let mut values = Vec::new();
        v.push_values(&mut values);
        if values.is_empty() {
            return;
        }
        // One value (the usual case) is sent as it is, without a joined copy.
        let value = match values.pop() {
            Some(only) if values.is_empty() => only,
            last => {
                values.extend(last);
                values.join(",")
            }
        };
        match check_header(name, &value) {
            Ok(()) => set_header(&mut self.headers, Cow::Borrowed(name), value),
            Err(issue) => self.issues.push(issue),
        }
    }

    /// Sets the JSON body. It is serialized once, here; the same bytes are signed and sent.
    pub fn json<T: crate::wire::json::ToJson + ?Sized>(&mut self, body: &T) {
        match crate::wire::json::to_vec_checked(body) {
            Ok(text) => self.body = Some(Body::Bytes(text.into())),
            // NaN and the infinities have no JSON form: each is an issue naming its field, and nothing is sent.
            Err(found) => self.issues.extend(found.into_iter().map(|f| {
                ValidationIssue::new(f.path, format!("{} is not a JSON number", f.value))
            })),
        }
    }

    /// Sets the body to `{}` (operations whose pages require an empty JSON object).
    pub fn empty_json_object(&mut self) {
        self.body = Some(Body::Bytes(Bytes::from_static(b"{}")));
    }

    /// Sets the body to bytes sent as they are (a `binary` body). The bytes' own content type, when they have one
    /// ([`Binary::with_content_type`]), replaces the declared `Content-Type`.
    pub fn binary(&mut self, body: &Binary) {
        if let Some(ct) = body.content_type() {
            if ct.is_empty() || !is_header_text(ct) {
                self.issues.push(ValidationIssue::new(
                    "body",
                    "the content type is not valid in a header (empty, or control characters)",
                ));
                return;
            }
            self.content_type = Some(ContentType::Given(ct.to_owned()));
        }
        match body.take("body") {
            Ok(segment) => self.body = Some(Body::of(vec![segment])),
            Err(issue) => self.issues.push(issue),
        }
    }

    /// Sets the body to a `multipart/form-data` form of `body`'s fields; the declared `Content-Type` gets the
    /// form's `boundary`.
    pub fn multipart<T: ToMultipart + ?Sized>(&mut self, body: &T) {
        let mut parts = Multipart::default();
        body.to_multipart(&mut parts);
        match form(&parts.texts, &parts.files) {
            Ok((body, boundary)) => {
                self.body = Some(body);
                self.content_type = Some(ContentType::Boundary(boundary));
            }
            Err(issues) => self.issues.extend(issues),
        }
    }

    /// Sets the body to text, sent as its UTF-8 bytes.
    pub fn text(&mut self, body: &str) {
        self.body = Some(Body::Bytes(Bytes::copy_from_slice(body.as_bytes())));
    }
}

/// Checks that `name: value` can go on the wire unchanged; the value is never echoed (it may be secret).
///
/// The same rules as `http`'s `HeaderName::from_bytes` and `HeaderValue::from_str`, without building either (the
/// header is converted once, when it is sent).
pub(crate) fn check_header(name: &str, value: &str) -> Result<(), ValidationIssue> {
    if !is_header_name(name.as_bytes()) {
        return Err(ValidationIssue::new(
            name,
            "is not a valid HTTP header name",
        ));
    }
    // http's rule: visible ASCII, space, tab and obs-text bytes; CR, LF, NUL, DEL and other controls are refused.
    if !is_header_value(value.as_bytes()) {
        return Err(ValidationIssue::new(
            name,
            "header value contains characters not allowed in HTTP headers (CR, LF or other control characters)",
        ));
    }
    Ok(())
}

/// The longest header name `http` accepts.
const MAX_HEADER_NAME_LEN: usize = (1 << 16) - 1;

/// `http`'s header name rule: 1 to 65535 RFC 9110 `tchar`s (letters of either case, digits, ``!#$%&'*+-.^_`|~``).
fn is_header_name(name: &[u8]) -> bool {
    !name.is_empty()
        && name.len() <= MAX_HEADER_NAME_LEN
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// `http`'s header value rule: tab, and every byte from space up except DEL.
fn is_header_value(value: &[u8]) -> bool {
    value
        .iter()
        .all(|&b| (b >= 0x20 && b != 0x7f) || b == b'\t')
}

/// Header names and values in order. Names from the spec are static and stay borrowed (no copy per call);
/// names given at run time are owned.
pub(crate) type HeaderList = Vec<(Cow<'static, str>, String)>;

/// Sets a header, replacing any earlier one with the same (case-insensitive) name.
pub(crate) fn set_header(headers: &mut HeaderList, name: Cow<'static, str>, value: String) {
    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
    headers.push((name, value));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_bytes(r: &RequestParts) -> Option<&[u8]> {
        match &r.body {
            Some(Body::Bytes(b)) => Some(b),
            _ => None,
        }
    }

    #[test]
    fn values_expand_by_shape() {
        let mut r = RequestParts::new();
        r.query("limit", &10_i32);
        r.query("offset", &None::<i64>);
        r.query("ids", &vec![1_i64, 2]);
        r.query_csv("tags", &vec!["a".to_string(), "b".into()]);
        r.query_csv("empty", &Vec::<String>::new());
        r.query("flag", &Some(true));
        r.query("ratio", &0.5_f64);
        let q: Vec<_> = r.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            q,
            [
                "limit=10",
                "ids=1",
                "ids=2",
                "tags=a,b",
                "flag=true",
                "ratio=0.5"
            ]
        );
    }

    #[test]
    fn a_body_with_nan_or_infinity_is_an_issue_not_a_null() {
        let mut r = RequestParts::new();
        r.json(&vec![0.5, f64::NAN, f64::NEG_INFINITY]);
        let issues: Vec<_> = r.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "[1]: NaN is not a JSON number",
                "[2]: -Infinity is not a JSON number"
            ]
        );
        assert!(r.body.is_none());
        let mut r = RequestParts::new();
        r.json(&vec![0.5, 1e300]);
        assert!(r.issues.is_empty());
        assert_eq!(body_bytes(&r), Some(&b"[0.5,1e+300]"[..]));
    }

    #[test]
    fn csv_values_cannot_contain_the_separator() {
        let mut r = RequestParts::new();
        r.query_csv("tags", &vec!["a".to_string(), "b,c".into()]);
        r.query_csv("one", &vec!["x,y".to_string()]);
        r.query_csv("ok", &vec!["a b".to_string(), "c".into()]);
        let q: Vec<_> = r.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(q, ["ok=a b,c"]);
        let issues: Vec<_> = r.issues.iter().map(ToString::to_string).collect();
        assert_eq!(
            issues,
            [
                "tags: a value contains `,`, which a comma-separated query parameter cannot carry",
                "one: a value contains `,`, which a comma-separated query parameter cannot carry",
            ]
        );
    }

    #[test]
    fn headers_refuse_control_characters_without_echoing() {
        let mut r = RequestParts::new();
        r.header("X-Language", "en-us");
        r.header("X-Evil", "a\r\nInjected: secret-ish");
        r.header("X-Nul", "a\0b");
        r.header("X-Multi", &vec!["a".to_string(), "b".into()]);
        r.header("X-Absent", &None::<String>);
        r.header("X-Language", "zh-cn");
        r.header("X Bad Name", "v");
        // `prepare` relies on this: whatever `header` keeps is valid on the wire. Spec names stay borrowed.
        assert!(r.headers.iter().all(|(n, v)| check_header(n, v).is_ok()));
        assert!(r.headers.iter().all(|(n, _)| matches!(n, Cow::Borrowed(_))));
        assert_eq!(
            r.headers,
            [
                (Cow::Borrowed("X-Multi"), "a,b".to_string()),
                ("X-Language".into(), "zh-cn".into())
            ]
        );
        let issues: Vec<_> = r.issues.iter().map(ToString::to_string).collect();
        assert_eq!(issues.len(), 3);
        assert!(
            issues[0].starts_with("X-Evil: header value contains"),
            "{issues:?}"
        );
        assert!(!issues.concat().contains("secret-ish"));
    }

    #[test]
    fn a_form_writes_text_parts_as_parameters_and_files_as_given() {
        struct Form;
        impl ToMultipart for Form {
            fn to_multipart(&self, m: &mut Multipart) {
                m.file("file", Some(&Binary::from("x")));
                m.text("flag", &Some(false));
                m.text("absent", &None::<i32>);
                m.file("none", None);
                m.text(
                    "at",
                    &DateTime::<crate::wire::datetime::Naive>::new("2024-01-01T00:00:00"),
                );
            }
        }
        let mut r = RequestParts::new();
        r.multipart(&Form);
        let Some(ContentType::Boundary(b)) = &r.content_type else {
            panic!("{:?}", r.content_type)
        };
        let body = std::str::from_utf8(body_bytes(&r).expect("bytes")).expect("utf8");
        let parts: Vec<&str> = body
            .split(&format!("--{b}"))
            .filter_map(|p| p.split("\r\n\r\n").nth(1))
            .collect();
        assert_eq!(parts, ["false\r\n", "2024-01-01T00:00:00\r\n", "x\r\n"]);
    }

    #[test]
    fn bytes_with_their_own_type_replace_the_declared_one() {
        let mut r = RequestParts::new();
        r.binary(&Binary::from("png").with_content_type("image/png"));
        assert_eq!(r.content_type, Some(ContentType::Given("image/png".into())));
        assert_eq!(body_bytes(&r), Some(&b"png"[..]));
        let mut r = RequestParts::new();
        r.binary(&Binary::from("x").with_content_type("a\nb"));
        assert!(r.body.is_none());
        assert_eq!(
            r.issues[0].to_string(),
            "body: the content type is not valid in a header (empty, or control characters)"
        );
        let mut r = RequestParts::new();
        r.text("héllo");
        assert_eq!(body_bytes(&r), Some("héllo".as_bytes()));
        assert_eq!(r.content_type, None);
    }

    #[test]
    fn body_is_serialized_once() {
        let mut r = RequestParts::new();
        r.json(&serde_json::json!({"id": 9_007_199_254_740_993_i64}));
        assert_eq!(body_bytes(&r), Some(&b"{\"id\":9007199254740993}"[..]));
        r.empty_json_object();
        assert_eq!(body_bytes(&r), Some(&b"{}"[..]));
        assert!(r.issues.is_empty());
    }

    /// The allocation-free check accepts exactly what `http` accepts: every byte in every position, and the
    /// length limits.
    #[test]
    fn header_checks_agree_with_http() {
        use reqwest::header::{HeaderName, HeaderValue};
        let name_ok = |n: &[u8]| HeaderName::from_bytes(n).is_ok();
        let value_ok = |v: &[u8]| HeaderValue::from_bytes(v).is_ok();
        for b in 0..=255u8 {
            for bytes in [
                vec![b],
                vec![b'x', b],
                vec![b, b'-', b'y'],
                [b"X-A-Long-Custom-Header-Name-".as_slice(), &[b; 70]].concat(),
            ] {
                assert_eq!(is_header_name(&bytes), name_ok(&bytes), "name {bytes:?}");
                assert_eq!(is_header_value(&bytes), value_ok(&bytes), "value {bytes:?}");
            }
        }
        for len in [
            0,
            1,
            63,
            64,
            65,
            MAX_HEADER_NAME_LEN,
            MAX_HEADER_NAME_LEN + 1,
        ] {
            let name = vec![b'a'; len];
            assert_eq!(is_header_name(&name), name_ok(&name), "name of {len} bytes");
            let upper = vec![b'Z'; len];
            assert_eq!(
                is_header_name(&upper),
                name_ok(&upper),
                "name of {len} bytes"
            );
        }
        assert!(is_header_value(b""));
        assert_eq!(is_header_value(b""), value_ok(b""));
        // Standard names in any case, and the UTF-8 of non-ASCII text (obs-text in a value, never in a name).
        for text in [
            "Content-Type",
            "x-request-id",
            "ACCEPT",
            "X-Sdk-Date",
            "é",
            "名前",
        ] {
            let bytes = text.as_bytes();
            assert_eq!(is_header_name(bytes), name_ok(bytes), "{text}");
            assert_eq!(is_header_value(bytes), value_ok(bytes), "{text}");
        }
        assert!(check_header("X Bad", "v").is_err());
        assert_eq!(
            check_header("X Bad", "v").unwrap_err().to_string(),
            "X Bad: is not a valid HTTP header name"
        );
    }
}
