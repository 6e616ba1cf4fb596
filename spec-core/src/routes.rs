//! Path templates and the route table: what a template may contain, which endpoints a request path selects, and
//! which endpoints could never be told apart.
//!
//! The checker refuses a template that can never be sent ([`Template::parse`]) and two endpoints of one build that
//! take the same requests ([`conflicts`]); the mock server routes with [`Routes::find`]; the OpenAPI export groups
//! endpoints under one path key by [`Template::shape`].

use crate::model::Service;
use std::collections::BTreeMap;
use std::fmt;

/// A parsed path template such as `/v2/{project_id}/graphs/{graph_id}/stop`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    segments: Vec<Segment>,
}

/// One `/`-separated segment of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// Matches exactly this text.
    Literal(String),
    /// Text and parameters in one segment, such as `{id}` or `{name}.json`: alternating literal pieces and parameter
    /// names, starting with a literal piece (possibly empty).
    Parts(Vec<Part>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Param(String),
}

impl Template {
    /// Parses a template, refusing what cannot be sent as written: a template that does not start with `/`, a `?`
    /// or `#`, unbalanced or empty braces, two parameters with nothing between them (their values could not be told
    /// apart), and literal text a client would have to change on the wire (a space, `%`, a backslash, control or
    /// non-ASCII characters, `.` and `..` segments, an empty segment before the last one).
    pub fn parse(path: &str) -> Result<Template, String> {
        let Some(rest) = path.strip_prefix('/') else {
            return Err("must start with `/`".to_owned());
        };
        if path.contains(['?', '#']) {
            return Err("must not contain `?` or `#`; declare query parameters instead".to_owned());
        }
        let raw: Vec<&str> = rest.split('/').collect();
        let mut segments = Vec::with_capacity(raw.len());
        for (i, seg) in raw.iter().enumerate() {
            // `/a/` ends in an empty segment, which is sent as written; `/a//b` would be merged by many servers.
            if seg.is_empty() && i + 1 < raw.len() {
                return Err("has an empty segment (`//`)".to_owned());
            }
            segments.push(parse_segment(seg)?);
        }
        Ok(Template { segments })
    }

    /// The parameter names, in order.
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.segments
            .iter()
            .flat_map(|s| match s {
                Segment::Literal(_) => [].iter(),
                Segment::Parts(parts) => parts.iter(),
            })
            .filter_map(|p| match p {
                Part::Param(name) => Some(name.as_str()),
                Part::Text(_) => None,
            })
    }

    /// The template with every parameter written `{}`: two templates of the same shape take the same requests.
    pub fn shape(&self) -> String {
        let mut out = String::new();
        for s in &self.segments {
            out.push('/');
            match s {
                Segment::Literal(t) => out.push_str(t),
                Segment::Parts(parts) => {
                    for p in parts {
                        match p {
                            Part::Text(t) => out.push_str(t),
                            Part::Param(_) => out.push_str("{}"),
                        }
                    }
                }
            }
        }
        out
    }

    /// How specific the template is, for choosing between templates that match one path: two points per literal
    /// segment, one per segment that mixes text and parameters (`/jobs/count` beats `/jobs/{id}`).
    fn score(&self) -> usize {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Literal(_) => 2,
                Segment::Parts(parts)
                    if parts
                        .iter()
                        .any(|p| matches!(p, Part::Text(t) if !t.is_empty())) =>
                {
                    1
                }
                Segment::Parts(_) => 0,
            })
            .sum()
    }

    /// The parameter values if `path` (as received: still percent-encoded) matches, each percent-decoded. A
    /// parameter takes at least one character and never a `.` or `..` segment, which no client sends as a value.
    pub fn matches(&self, path: &str) -> Option<Vec<(String, String)>> {
        let rest = path.strip_prefix('/')?;
        let segs: Vec<&str> = rest.split('/').collect();
        if segs.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (seg, raw) in self.segments.iter().zip(&segs) {
            let text = decode(raw);
            match seg {
                Segment::Literal(lit) => {
                    if *lit != text {
                        return None;
                    }
                }
                Segment::Parts(parts) => {
                    if matches!(text.as_str(), "." | "..") {
                        return None;
                    }
                    match_parts(parts, &text, &mut params)?;
                }
            }
        }
        Some(params)
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.segments {
            f.write_str("/")?;
            match s {
                Segment::Literal(t) => f.write_str(t)?,
                Segment::Parts(parts) => {
                    for p in parts {
                        match p {
                            Part::Text(t) => f.write_str(t)?,
                            Part::Param(n) => write!(f, "{{{n}}}")?,
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn parse_segment(seg: &str) -> Result<Segment, String> {
    if !seg.contains(['{', '}']) {
        check_literal(seg)?;
        if matches!(seg, "." | "..") {
            return Err(format!("has a `{seg}` segment, which URLs resolve away"));
        }
        return Ok(Segment::Literal(seg.to_owned()));
    }
    let mut parts = Vec::new();
    let mut rest = seg;
    loop {
        let open = rest.find(['{', '}']);
        let Some(open) = open else {
            check_literal(rest)?;
            parts.push(Part::Text(rest.to_owned()));
            break;
        };
        if rest[open..].starts_with('}') {
            return Err("has a `}` without `{`".to_owned());
        }
        let text = &rest[..open];
        check_literal(text)?;
        if text.is_empty() && matches!(parts.last(), Some(Part::Param(_))) {
            return Err(
                "has two parameters with nothing between them; their values could not be told apart".to_owned(),
            );
        }
        parts.push(Part::Text(text.to_owned()));
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("has a `{` without `}`")?;
        let name = &after[..close];
        if name.is_empty() || name.contains(['{', '/']) {
            return Err(format!("has a malformed placeholder `{{{name}}}`"));
        }
        parts.push(Part::Param(name.to_owned()));
        rest = &after[close + 1..];
    }
    Ok(Segment::Parts(parts))
}

/// Literal text of a template is sent as written, so it may only hold what a URL path carries unencoded (RFC 3986
/// `pchar` without percent-encoding).
fn check_literal(text: &str) -> Result<(), String> {
    match text
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@".contains(c)))
    {
        None => Ok(()),
        Some(c) => Err(format!(
            "has {}, which cannot be sent as written; only letters, digits and -._~!$&'()*+,;=:@ can",
            describe(c)
        )),
    }
}

fn describe(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        '%' => "a `%` (write the character itself, not its percent-encoding)".to_owned(),
        '\\' => "a backslash".to_owned(),
        '\t' => "a tab".to_owned(),
        '\r' | '\n' => "a line break".to_owned(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c if !c.is_ascii() => format!("the non-ASCII character `{c}`"),
        c => format!("`{c}`"),
    }
}

/// Matches `text` against literal pieces and parameters. A parameter takes the shortest non-empty text up to the
/// next literal piece (the last one takes the rest): one pass, so a long hostile segment costs linear time.
fn match_parts(parts: &[Part], mut text: &str, out: &mut Vec<(String, String)>) -> Option<()> {
    let mut i = 0;
    while let Some(part) = parts.get(i) {
        match part {
            Part::Text(t) => text = text.strip_prefix(t.as_str())?,
            Part::Param(name) => {
                let next = match parts.get(i + 1) {
                    Some(Part::Text(t)) if !t.is_empty() => Some(t.as_str()),
                    _ => None,
                };
                let first = text.chars().next()?.len_utf8();
                let end = match next {
                    Some(t) => first + text[first..].find(t)?,
                    None => text.len(),
                };
                out.push((name.clone(), text[..end].to_owned()));
                text = &text[end..];
            }
        }
        i += 1;
    }
    text.is_empty().then_some(())
}

fn decode(raw: &str) -> String {
    percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .into_owned()
}

/// One endpoint in the table: which service and endpoint (indexes into what the table was built from).
#[derive(Debug, Clone)]
pub struct Route {
    pub service: usize,
    pub endpoint: usize,
    pub method: String,
    pub template: Template,
}

/// Two endpoints that take the same requests: the same method and templates of the same shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// `(service, endpoint)` of the first, in the order the table was built.
    pub first: (usize, usize),
    pub second: (usize, usize),
}

/// The routes of several services.
#[derive(Debug, Default, Clone)]
pub struct Routes {
    routes: Vec<Route>,
}

/// What a request selects.
pub enum Match<'a> {
    Found {
        route: &'a Route,
        /// Path parameters, percent-decoded.
        params: Vec<(String, String)>,
    },
    /// The path exists under these other methods.
    MethodNotAllowed(Vec<String>),
    NotFound,
}

impl Routes {
    /// The table of every endpoint of `services`, and the endpoints that conflict. An endpoint whose template does
    /// not parse is left out (the checker reports it).
    pub fn new(services: &[&Service]) -> (Routes, Vec<Conflict>) {
        let mut routes = Vec::new();
        let mut conflicts = Vec::new();
        let mut seen: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        for (si, svc) in services.iter().enumerate() {
            for (ei, ep) in svc.endpoints.iter().enumerate() {
                let Ok(template) = Template::parse(&ep.path) else {
                    continue;
                };
                let method = ep.method.to_ascii_uppercase();
                match seen.entry((method.clone(), template.shape())) {
                    std::collections::btree_map::Entry::Occupied(first) => {
                        conflicts.push(Conflict {
                            first: *first.get(),
                            second: (si, ei),
                        })
                    }
                    std::collections::btree_map::Entry::Vacant(slot) => {
                        slot.insert((si, ei));
                    }
                }
                routes.push(Route {
                    service: si,
                    endpoint: ei,
                    method,
                    template,
                });
            }
        }
        (Routes { routes }, conflicts)
    }

    /// Every route, in the order the table was built.
    pub fn iter(&self) -> impl Iterator<Item = &Route> {
        self.routes.iter()
    }

    /// The endpoint for a request; `path` is the raw (still percent-encoded) request path. Of the templates that
    /// match, the most specific wins; among equally specific ones (conflicts, which the checker refuses), the first.
    pub fn find(&self, method: &str, path: &str) -> Match<'_> {
        // (route, its parameters, its score)
        type Best<'r> = (&'r Route, Vec<(String, String)>, usize);
        let mut best: Option<Best<'_>> = None;
        let mut other_methods: Vec<String> = Vec::new();
        for route in &self.routes {
            let Some(params) = route.template.matches(path) else {
                continue;
            };
            if route.method != method {
                if !other_methods.contains(&route.method) {
                    other_methods.push(route.method.clone());
                }
                continue;
            }
            let score = route.template.score();
            if best.as_ref().is_none_or(|(_, _, s)| score > *s) {
                best = Some((route, params, score));
            }
        }
        match best {
            Some((route, params, _)) => Match::Found { route, params },
            None if other_methods.is_empty() => Match::NotFound,
            None => Match::MethodNotAllowed(other_methods),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(path: &str) -> String {
        Template::parse(path).err().unwrap_or_default()
    }

    #[test]
    fn templates_that_cannot_be_sent_are_refused() {
        assert!(Template::parse("/v2/{project_id}/graphs/{graph_id}/stop").is_ok());
        assert!(Template::parse("/v1/files/{name}.json").is_ok());
        assert!(Template::parse("/v1/a:b@c/~x/").is_ok());
        assert_eq!(err("v1/jobs"), "must start with `/`");
        assert!(err("/v1/my jobs").contains("a space"));
        assert!(err("/v1/%2e%2e/jobs").contains("`%`"));
        assert!(err("/v1/../jobs").contains("`..` segment"));
        assert!(err("/v1/./jobs").contains("`.` segment"));
        assert!(err("/v1/a\\b").contains("backslash"));
        assert!(err("/v1/a\r\nb").contains("line break"));
        assert!(err("/v1/a\tb").contains("tab"));
        assert!(err("/v1/jöbs").contains("non-ASCII"));
        assert!(err("/v1//jobs").contains("empty segment"));
        assert!(err("/v1/{a}{b}").contains("nothing between them"));
        assert!(err("/v1/{a}").is_empty());
        assert!(err("/v1/{}").contains("malformed"));
        assert!(err("/v1/{a").contains("without `}`"));
        assert!(err("/v1/a}").contains("without `{`"));
        assert!(err("/v1/jobs?x=1").contains("`?`"));
    }

    #[test]
    fn shapes_ignore_parameter_names() {
        let a = Template::parse("/a/{x}/b/{y}.json").unwrap();
        let b = Template::parse("/a/{id}/b/{name}.json").unwrap();
        assert_eq!(a.shape(), b.shape());
        assert_eq!(a.shape(), "/a/{}/b/{}.json");
        assert_eq!(a.to_string(), "/a/{x}/b/{y}.json");
        assert_eq!(a.params().collect::<Vec<_>>(), ["x", "y"]);
    }

    #[test]
    fn matching_decodes_and_refuses_dot_segments() {
        let t = Template::parse("/graphs/{id}/stop").unwrap();
        assert_eq!(
            t.matches("/graphs/a%2Fb/stop"),
            Some(vec![("id".to_owned(), "a/b".to_owned())])
        );
        assert_eq!(t.matches("/graphs/../stop"), None);
        assert_eq!(t.matches("/graphs/%2e%2e/stop"), None);
        assert_eq!(t.matches("/graphs//stop"), None);
        let m = Template::parse("/files/{name}.{ext}").unwrap();
        assert_eq!(
            m.matches("/files/a.b.tar"),
            Some(vec![
                ("name".to_owned(), "a".to_owned()),
                ("ext".to_owned(), "b.tar".to_owned())
            ])
        );
    }
}
