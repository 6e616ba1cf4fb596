//! Service endpoints: a service's host template filled in for a region (`https://ges.<region>.myhuaweicloud.com`,
//! `https://iam.myhuaweicloud.com`) and user overrides.
//!
//! Overrides are validated strictly so that the URL sent is exactly the URL signed: anything an HTTP stack
//! would rewrite (dot segments, characters it percent-encodes, default ports) is either rejected or normalized
//! here once.

use std::fmt;
use std::net::Ipv6Addr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    Http,
    Https,
}

impl Scheme {
    fn as_str(self) -> &'static str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
        }
    }

    fn default_port(self) -> u16 {
        match self {
            Self::Http => 80,
            Self::Https => 443,
        }
    }
}

/// A validated service endpoint: scheme, host, optional port and optional base path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    scheme: Scheme,
    // Lowercase reg-name, IPv4 address, or bracketed IPv6 address.
    host: String,
    // `None` when absent or equal to the scheme's default port.
    port: Option<u16>,
    // Empty, or `/seg/seg` without a trailing slash.
    base_path: String,
    // `https` was chosen because the endpoint was written without a scheme (for a hint when TLS then fails).
    implicit_https: bool,
}

impl Endpoint {
    /// Whether the endpoint was written without a scheme, so that `https` is used by default.
    pub(crate) fn implicit_https(&self) -> bool {
        self.implicit_https
    }

    /// `scheme://host[:port][/base/path]`, without a trailing slash; append the operation path to it.
    pub fn base_url(&self) -> String {
        format!(
            "{}://{}{}",
            self.scheme.as_str(),
            self.host_header(),
            self.base_path
        )
    }

    /// The `Host` header value: `host`, or `host:port` when the port is not the scheme's default.
    pub fn host_header(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The base path (`/gateway`), or `""` if none. The signed path is this followed by the operation path,
    /// since the server sees (and verifies) the full path.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.base_url())
    }
}

// Regions served under the EU sovereign domain instead of `myhuaweicloud.com`.
const EU_REGIONS: &[&str] = &["eu-west-101"];

/// The endpoint of a service in a region: `https://` and its host template (`ges.{region}.{domain}`,
/// `iam.{domain}`) with `{region}` and the region's DNS domain filled in: `myhuaweicloud.com`, or `myhuaweicloud.eu`
/// for `eu-west-101`. A template without `{region}` (a global service) still takes its domain from the region. The
/// result always parses with [`parse_endpoint_override`].
pub(crate) fn region_endpoint(host: &str, region: &str) -> Result<String, EndpointError> {
    if !is_region_id(region) {
        return Err(EndpointError::Region {
            region: region.to_owned(),
        });
    }
    let domain = if EU_REGIONS.contains(&region) {
        "myhuaweicloud.eu"
    } else {
        "myhuaweicloud.com"
    };
    let filled = spec_rules::render_host(host, region, domain);
    if !is_dns_name(&filled) {
        return Err(EndpointError::HostPrefix {
            host_prefix: filled,
        });
    }
    Ok(format!("https://{filled}"))
}

// `cn-north-4`, `ap-southeast-1`: a single DNS label of lowercase letters, digits and inner hyphens.
fn is_region_id(s: &str) -> bool {
    is_label(s)
}

fn is_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

// Lowercase dot-separated labels (`ges`, `dayu-dlf`, `rtc-api`).
fn is_dns_name(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_label)
}

/// Parses a user-supplied endpoint (`ges.example.com`, `https://host:8443/gateway`, `http://127.0.0.1:9000`).
///
/// A value without a scheme gets `https://`; `http://` is only used when written out. Rejected: whitespace or
/// control characters, schemes other than http/https, user info (`user:pass@`), a query or fragment, an empty
/// or malformed host, a port that is not 1–65535, and base paths with empty, `.` or `..` segments or
/// characters outside RFC 3986 `pchar`. Hosts are lowercased, a default port is dropped, and trailing `/` are
/// removed from the base path.
pub(crate) fn parse_endpoint_override(s: &str) -> Result<Endpoint, EndpointError> {
    // Error values quote the input, so strip any password before anything else can fail.
    let shown = redact_userinfo(s);
    let fail = |rule| {
        Err(EndpointError::Override {
            endpoint: shown.clone(),
            rule,
        })
    };
    if s.is_empty() {
        return fail(EndpointRule::Empty);
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return fail(EndpointRule::Whitespace);
    }
    let (scheme, rest) = match s.split_once("://") {
        Some((scheme, rest)) => match scheme.to_ascii_lowercase().as_str() {
            "https" => (Scheme::Https, rest),
            "http" => (Scheme::Http, rest),
            _ => return fail(EndpointRule::Scheme),
        },
        None => (Scheme::Https, s),
    };
    let implicit_https = !s.contains("://");
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    if authority.contains('@') {
        return fail(EndpointRule::Credentials);
    }
    if path.contains('?') {
        return fail(EndpointRule::Query);
    }
    if path.contains('#') {
        return fail(EndpointRule::Fragment);
    }

    let (host, port) = if let Some(after_bracket) = authority.strip_prefix('[') {
        let Some((addr, after)) = after_bracket.split_once(']') else {
            return fail(EndpointRule::Host);
        };
        if addr.parse::<Ipv6Addr>().is_err() {
            return fail(EndpointRule::Host);
        }
        let port = match after {
            "" => None,
            _ => match after.strip_prefix(':') {
                Some(port) => Some(port),
                None => return fail(EndpointRule::Host),
            },
        };
        (format!("[{}]", addr.to_ascii_lowercase()), port)
    } else {
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        if host.is_empty() {
            return fail(EndpointRule::MissingHost);
        }
        if !is_reg_name(host) {
            return fail(EndpointRule::Host);
        }
        (host.to_ascii_lowercase(), port)
    };

    let port = match port {
        None => None,
        Some(p) => match parse_port(p) {
            Some(p) if p == scheme.default_port() => None,
            Some(p) => Some(p),
            None => return fail(EndpointRule::Port),
        },
    };

    let base_path = path.trim_end_matches('/');
    if !base_path.is_empty() && !is_clean_path(base_path) {
        return fail(EndpointRule::Path);
    }

    Ok(Endpoint {
        scheme,
        host,
        port,
        base_path: base_path.to_owned(),
        implicit_https,
    })
}

// DNS names, IPv4 addresses and similar: non-empty dot-separated labels of letters, digits, `-` and `_`.
// No trailing dot: it would make `Host` and TLS names differ from what users expect.
fn is_reg_name(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

fn parse_port(p: &str) -> Option<u16> {
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    p.parse::<u16>().ok().filter(|&p| p != 0)
}

// `/seg/seg` where every segment is non-empty, not `.`/`..` (HTTP stacks would normalize those away), and
// made of RFC 3986 pchars with well-formed `%XX` escapes (anything else would be re-encoded on the wire).
fn is_clean_path(path: &str) -> bool {
    let Some(path) = path.strip_prefix('/') else {
        return false;
    };
    path.split('/').all(|segment| {
        if segment.is_empty() || segment == "." || segment == ".." {
            return false;
        }
        let b = segment.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'%' => {
                    let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
                    if !(hex(i + 1) && hex(i + 2)) {
                        return false;
                    }
                    i += 3;
                }
                c if c.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&c) => i += 1,
                _ => return false,
            }
        }
        true
    })
}

// `https://user:pass@host/x` → `https://***@host/x`; anything without user info is returned unchanged.
fn redact_userinfo(s: &str) -> String {
    let (prefix, rest) = match s.find("://") {
        Some(i) => s.split_at(i + 3),
        None => ("", s),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{prefix}***{}", &rest[at..]),
        None => s.to_owned(),
    }
}

/// The rule an endpoint override broke (see [`EndpointError::Override`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointRule {
    /// The value is empty.
    Empty,
    /// The value contains whitespace or control characters.
    Whitespace,
    /// The scheme is not `http` or `https`.
    Scheme,
    /// The value embeds credentials (`user:password@host`).
    Credentials,
    /// The value has a query string.
    Query,
    /// The value has a fragment.
    Fragment,
    /// There is no host.
    MissingHost,
    /// The host is not a DNS name, IPv4 address or bracketed IPv6 address.
    Host,
    /// The port is not a number from 1 to 65535.
    Port,
    /// The base path has empty, `.` or `..` segments, or characters that are not allowed unescaped.
    Path,
}

impl fmt::Display for EndpointRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "the value is empty",
            Self::Whitespace => "whitespace and control characters are not allowed",
            Self::Scheme => "only http:// and https:// are supported",
            Self::Credentials => "credentials in the URL are not allowed (configure credentials instead)",
            Self::Query => "a query string is not allowed",
            Self::Fragment => "a fragment is not allowed",
            Self::MissingHost => "the host is missing",
            Self::Host => {
                "the host must be a DNS name, an IPv4 address or a bracketed IPv6 address"
            }
            Self::Port => "the port must be a number from 1 to 65535",
            Self::Path => {
                "the base path must not contain empty, '.' or '..' segments or characters that need escaping"
            }
        })
    }
}

/// An invalid region, service host prefix, or endpoint override.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointError {
    /// The region id is not a lowercase DNS label such as `cn-north-4`.
    Region {
        /// The offending region id.
        region: String,
    },
    /// The service's host (its spec's `host_prefix`, or `host` template filled in) is not a lowercase DNS name.
    HostPrefix {
        /// The offending host.
        host_prefix: String,
    },
    /// An endpoint override broke a rule.
    Override {
        /// The offending value, with any embedded password replaced by `***`.
        endpoint: String,
        /// The rule it broke.
        rule: EndpointRule,
    },
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Region { region } => write!(
                f,
                "invalid region {region:?}: expected lowercase letters, digits and inner '-' (e.g. cn-north-4)"
            ),
            Self::HostPrefix { host_prefix } => write!(
                f,
                "invalid service host {host_prefix:?}: expected lowercase dot-separated DNS labels"
            ),
            Self::Override { endpoint, rule } => {
                write!(f, "invalid endpoint {endpoint:?}: {rule}")
            }
        }
    }
}

impl std::error::Error for EndpointError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Endpoint {
        match parse_endpoint_override(s) {
            Ok(e) => e,
            Err(e) => panic!("{s:?}: {e}"),
        }
    }

    fn rule(s: &str) -> Option<EndpointRule> {
        match parse_endpoint_override(s) {
            Err(EndpointError::Override { rule, .. }) => Some(rule),
            _ => None,
        }
    }

    #[test]
    fn region_endpoints() {
        assert_eq!(
            region_endpoint("ges.{region}.{domain}", "cn-north-4").as_deref(),
            Ok("https://ges.cn-north-4.myhuaweicloud.com")
        );
        assert_eq!(
            region_endpoint("dayu-dlf.{region}.{domain}", "ap-southeast-1").as_deref(),
            Ok("https://dayu-dlf.ap-southeast-1.myhuaweicloud.com")
        );
        assert_eq!(
            region_endpoint("vpc.{region}.{domain}", "eu-west-101").as_deref(),
            Ok("https://vpc.eu-west-101.myhuaweicloud.eu")
        );
        assert_eq!(
            region_endpoint("vpc.{region}.{domain}", "eu-west-0").as_deref(),
            Ok("https://vpc.eu-west-0.myhuaweicloud.com")
        );
        for region in [
            "",
            "CN-NORTH-4",
            "cn_north_4",
            "cn-north-4.evil.com",
            "-cn",
            "cn-",
            "cn north",
            "cn/x",
        ] {
            assert_eq!(
                region_endpoint("ges.{region}.{domain}", region),
                Err(EndpointError::Region {
                    region: region.into()
                }),
                "{region:?}"
            );
        }
        for prefix in ["", "GES", "a..b", "a/b", "-a"] {
            assert!(
                matches!(
                    region_endpoint(&format!("{prefix}.{{region}}.{{domain}}"), "cn-north-4"),
                    Err(EndpointError::HostPrefix { .. })
                ),
                "{prefix:?}"
            );
        }
        // What region_endpoint builds is a valid override.
        let e = ok(&region_endpoint("ges.{region}.{domain}", "cn-north-4").unwrap_or_default());
        assert_eq!(e.host_header(), "ges.cn-north-4.myhuaweicloud.com");
        // A global service: the region picks only the domain; a fixed host ignores it.
        assert_eq!(
            region_endpoint("iam.{domain}", "cn-north-4").as_deref(),
            Ok("https://iam.myhuaweicloud.com")
        );
        assert_eq!(
            region_endpoint("iam.{domain}", "eu-west-101").as_deref(),
            Ok("https://iam.myhuaweicloud.eu")
        );
        assert_eq!(
            region_endpoint("api.example.com", "cn-north-4").as_deref(),
            Ok("https://api.example.com")
        );
        assert_eq!(
            region_endpoint("{region}.api.example.com", "ap-southeast-1").as_deref(),
            Ok("https://ap-southeast-1.api.example.com")
        );
        // The region is checked even where the template does not use it.
        assert!(matches!(
            region_endpoint("iam.{domain}", "cn north"),
            Err(EndpointError::Region { .. })
        ));
    }

    #[test]
    fn scheme_defaults_and_explicit_http() {
        let e = ok("ges.example.com");
        assert_eq!(e.base_url(), "https://ges.example.com");
        assert_eq!(e.host_header(), "ges.example.com");
        assert_eq!(e.base_path(), "");
        assert_eq!(
            ok("HTTPS://Ges.Example.COM").base_url(),
            "https://ges.example.com"
        );
        assert_eq!(
            ok("http://127.0.0.1:9000").base_url(),
            "http://127.0.0.1:9000"
        );
        assert_eq!(ok("localhost:8080").base_url(), "https://localhost:8080");
        assert_eq!(ok("http://localhost").to_string(), "http://localhost");
        for bad in ["ftp://h", "ws://h", "://h", "file:///etc/passwd"] {
            assert_eq!(rule(bad), Some(EndpointRule::Scheme), "{bad}");
        }
    }

    #[test]
    fn ports() {
        assert_eq!(ok("https://h:443").host_header(), "h");
        assert_eq!(ok("http://h:80").base_url(), "http://h");
        assert_eq!(ok("http://h:443").host_header(), "h:443");
        assert_eq!(ok("h:8443/").base_url(), "https://h:8443");
        assert_eq!(ok("h:65535").host_header(), "h:65535");
        for bad in ["h:", "h:0", "h:65536", "h:+80", "h:8a", "h:1:2"] {
            assert_eq!(rule(bad), Some(EndpointRule::Port), "{bad}");
        }
    }

    #[test]
    fn hosts() {
        let v6 = ok("http://[::1]:8080/x");
        assert_eq!(v6.host_header(), "[::1]:8080");
        assert_eq!(v6.base_url(), "http://[::1]:8080/x");
        assert_eq!(ok("[FE80::1]").host_header(), "[fe80::1]");
        assert_eq!(ok("my_host.internal").host_header(), "my_host.internal");
        for bad in ["https://", "https:///path", ":443", "/path"] {
            assert_eq!(rule(bad), Some(EndpointRule::MissingHost), "{bad}");
        }
        for bad in [
            "a..b", ".a", "a.", "[::1", "[zz]", "[::1]x", "hé.com", "h%41", "a!b",
        ] {
            assert_eq!(rule(bad), Some(EndpointRule::Host), "{bad}");
        }
    }

    #[test]
    fn base_paths() {
        let e = ok("https://gw.example.com/prefix/v1///");
        assert_eq!(e.base_path(), "/prefix/v1");
        assert_eq!(e.base_url(), "https://gw.example.com/prefix/v1");
        assert_eq!(ok("h/a%20b/~x").base_path(), "/a%20b/~x");
        assert_eq!(ok("h/").base_path(), "");
        for bad in [
            "h/a//b", "h/./a", "h/a/..", "h/a%2", "h/a%zz", "h/a\"b", "h/a{b}", "h/é",
        ] {
            assert_eq!(rule(bad), Some(EndpointRule::Path), "{bad}");
        }
    }

    #[test]
    fn rejected_parts() {
        assert_eq!(rule(""), Some(EndpointRule::Empty));
        for bad in [" h", "h ", "h\n", "h/a b", "h\t", "h\u{7f}"] {
            assert_eq!(rule(bad), Some(EndpointRule::Whitespace), "{bad:?}");
        }
        assert_eq!(rule("h?x=1"), Some(EndpointRule::Query));
        assert_eq!(rule("h/p?"), Some(EndpointRule::Query));
        assert_eq!(rule("h#f"), Some(EndpointRule::Fragment));
        assert_eq!(rule("h/p#"), Some(EndpointRule::Fragment));
        assert_eq!(rule("https://u:p@h"), Some(EndpointRule::Credentials));
        assert_eq!(rule("u@h/x"), Some(EndpointRule::Credentials));
    }

    #[test]
    fn errors_name_value_and_rule_without_secrets() {
        let err = parse_endpoint_override("https://user:hunter2@h.com/x").err();
        let msg = err.map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            msg,
            "invalid endpoint \"https://***@h.com/x\": credentials in the URL are not allowed (configure credentials instead)"
        );
        // Redaction happens even when another rule fires first.
        let msg = parse_endpoint_override("https://user:hunter2@h.com/a b")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            !msg.contains("hunter2") && msg.contains("whitespace"),
            "{msg}"
        );
        let msg = EndpointError::Region { region: "X".into() }.to_string();
        assert!(msg.contains("\"X\"") && msg.contains("cn-north-4"));
        let all = [
            parse_endpoint_override("h:0").err(),
            region_endpoint("ges.{region}.{domain}", "").err(),
            region_endpoint(".{region}.{domain}", "cn-north-4").err(),
        ];
        for e in all.into_iter().flatten() {
            let msg = e.to_string();
            assert!(
                msg.starts_with(char::is_lowercase) && !msg.ends_with('.'),
                "{msg}"
            );
            let _: &dyn std::error::Error = &e;
        }
    }
}
