//! Routing by (method, path template) across all services.
//!
//! On loopback every service shares one host, so the host prefix cannot tell services apart: all endpoints go into
//! one table and an ambiguous path goes to the endpoint with more literal segments (`/v1/jobs/count` beats
//! `/v1/jobs/{id}`); a full tie goes to the endpoint listed first.

use percent_encoding::percent_decode_str;

/// One segment of a path template.
#[derive(Debug)]
enum Seg {
    /// Matches exactly this text.
    Literal(String),
    /// `{name}`: one non-empty segment.
    Param(String),
    /// Text and parameters mixed in one segment (`{name}.json`).
    Mixed {
        regex: regex_lite::Regex,
        names: Vec<String>,
    },
}

/// A routable endpoint.
#[derive(Debug)]
pub(crate) struct Route {
    pub service: usize,
    pub endpoint: usize,
    pub method: String,
    segments: Vec<Seg>,
    /// Two points per literal segment, one per mixed segment.
    score: usize,
}

/// The outcome of a lookup.
pub(crate) enum Match<'a> {
    Found {
        route: &'a Route,
        /// Path parameters, percent-decoded.
        params: Vec<(String, String)>,
    },
    /// The path exists under these other methods.
    MethodNotAllowed(Vec<String>),
    NotFound,
}

/// All routes of all services.
#[derive(Debug, Default)]
pub(crate) struct Router {
    routes: Vec<Route>,
}

impl Router {
    /// Adds an endpoint; a template that cannot be compiled is an error at start-up, not at request time.
    pub(crate) fn add(
        &mut self,
        service: usize,
        endpoint: usize,
        method: &str,
        template: &str,
    ) -> Result<(), String> {
        let Some(rest) = template.strip_prefix('/') else {
            return Err(format!("path `{template}` does not start with `/`"));
        };
        let mut segments = Vec::new();
        let mut score = 0;
        for seg in rest.split('/') {
            segments.push(parse_segment(seg).map_err(|e| format!("path `{template}`: {e}"))?);
            score += match segments.last() {
                Some(Seg::Literal(_)) => 2,
                Some(Seg::Mixed { .. }) => 1,
                _ => 0,
            };
        }
        self.routes.push(Route {
            service,
            endpoint,
            method: method.to_ascii_uppercase(),
            segments,
            score,
        });
        Ok(())
    }

    /// Finds the endpoint for a request. `path` is the raw (still percent-encoded) request path.
    pub(crate) fn find(&self, method: &str, path: &str) -> Match<'_> {
        let Some(rest) = path.strip_prefix('/') else {
            return Match::NotFound;
        };
        let segs: Vec<&str> = rest.split('/').collect();
        let mut best: Option<(&Route, Vec<(String, String)>)> = None;
        let mut other_methods: Vec<String> = Vec::new();
        for route in &self.routes {
            let Some(params) = route.matches(&segs) else {
                continue;
            };
            if route.method != method {
                if !other_methods.contains(&route.method) {
                    other_methods.push(route.method.clone());
                }
                continue;
            }
            // Strictly greater: on a tie the first listed endpoint wins, so routing is deterministic.
            if best.as_ref().is_none_or(|(b, _)| route.score > b.score) {
                best = Some((route, params));
            }
        }
        match best {
            Some((route, params)) => Match::Found { route, params },
            None if other_methods.is_empty() => Match::NotFound,
            None => Match::MethodNotAllowed(other_methods),
        }
    }
}

impl Route {
    fn matches(&self, segs: &[&str]) -> Option<Vec<(String, String)>> {
        if segs.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (seg, raw) in self.segments.iter().zip(segs) {
            match seg {
                Seg::Literal(lit) => {
                    if lit != raw && *lit != decode(raw) {
                        return None;
                    }
                }
                Seg::Param(name) => {
                    if raw.is_empty() {
                        return None;
                    }
                    params.push((name.clone(), decode(raw)));
                }
                Seg::Mixed { regex, names } => {
                    let text = decode(raw);
                    let caps = regex.captures(&text)?;
                    for (i, name) in names.iter().enumerate() {
                        let v = caps.get(i + 1)?.as_str();
                        params.push((name.clone(), v.to_string()));
                    }
                }
            }
        }
        Some(params)
    }
}

fn decode(raw: &str) -> String {
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

fn parse_segment(seg: &str) -> Result<Seg, String> {
    if !seg.contains('{') {
        return Ok(Seg::Literal(seg.to_string()));
    }
    if let Some(name) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}'))
        && !name.contains(['{', '}'])
    {
        return Ok(Seg::Param(name.to_string()));
    }
    // Mixed segment: literal pieces escaped, each `{name}` a lazy non-empty group.
    let mut pattern = String::from("^");
    let mut names = Vec::new();
    let mut rest = seg;
    while let Some(open) = rest.find('{') {
        pattern.push_str(&regex_lite::escape(&rest[..open]));
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("unclosed `{{` in segment `{seg}`"))?;
        names.push(after[..close].to_string());
        pattern.push_str("(.+?)");
        rest = &after[close + 1..];
    }
    pattern.push_str(&regex_lite::escape(rest));
    pattern.push('$');
    let regex = regex_lite::Regex::new(&pattern).map_err(|e| e.to_string())?;
    Ok(Seg::Mixed { regex, names })
}
