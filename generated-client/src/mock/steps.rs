//! Operations of several calls in the mock: a paginated endpoint serves its success example's items a page at a
//! time, in the style its `pagination:` declares; a job's status operation (`waiter:`) can play a job that runs for
//! a number of polls and then ends done or failed. Both read the same plans as the client (`spec_core::plans`).

use serde_json::{Map, Value};
use spec_core::model::{Endpoint, PageStyle, Service};

/// The query parameter the mock's `links.next` URLs carry the position in (link style).
pub const MOCK_OFFSET_PARAM: &str = "mock_offset";

/// How a played job ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JobEnd {
    /// In the first state the waiter lists under `done`.
    Done,
    /// In the first state the waiter lists under `failed`.
    Failed,
}

/// A job to play: running for `running` polls, then ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Play {
    pub(crate) running: u32,
    pub(crate) end: JobEnd,
}

impl Play {
    /// `X-Mock-Job`'s value: `<polls> done` or `<polls> failed`.
    pub(crate) fn parse(text: &str) -> Option<Play> {
        let mut words = text.split_whitespace();
        let running = words.next()?.parse().ok()?;
        let end = match words.next()? {
            "done" => JobEnd::Done,
            "failed" => JobEnd::Failed,
            _ => return None,
        };
        words.next().is_none().then_some(Play { running, end })
    }

    /// Why this play cannot be played on `ep`, if it cannot.
    pub(crate) fn problem(&self, svc: &Service, ep: &Endpoint) -> Option<String> {
        if svc.wait_plan(ep).is_err() {
            return Some(format!(
                "{} has no `waiter` to play a job with",
                ep.operation
            ));
        }
        let w = ep.waiter.as_ref()?;
        (self.end == JobEnd::Failed && w.failed.is_empty())
            .then(|| format!("the waiter of {} lists no `failed` state", ep.operation))
    }
}

/// Replaces the state in `body` with the one poll number `poll` (from 1) of `play` has: a running state for the
/// first `play.running` polls, then the first `done` or `failed` state.
pub(crate) fn play_job(svc: &Service, ep: &Endpoint, play: Play, poll: u32, body: &mut Value) {
    let (Ok(plan), Some(w)) = (svc.wait_plan(ep), ep.waiter.as_ref()) else {
        return;
    };
    let ended = |s: &str| w.done.iter().chain(&w.failed).any(|x| x == s);
    let state = if poll <= play.running {
        // A state the waiter does not list: the enum's first such value, else a common spelling.
        plan.values.iter().copied().find(|v| !ended(v)).or_else(|| {
            ["RUNNING", "Running", "running"]
                .into_iter()
                .find(|v| !ended(v))
        })
    } else {
        match play.end {
            JobEnd::Done => w.done.first().map(String::as_str),
            JobEnd::Failed => w.failed.first().map(String::as_str),
        }
    };
    if let Some(state) = state {
        set(body, &w.status, Some(Value::String(state.to_owned())));
    }
}

/// Cuts the list in `body` to the page the request asks for and writes where the next page is, as `ep`'s
/// `pagination:` says. `query` is the request's (decoded); `url` is the request's URL without its query
/// (`http://127.0.0.1:1234/v1/users`), for the next page's link.
pub(crate) fn page(
    svc: &Service,
    ep: &Endpoint,
    query: &[(String, String)],
    url: &str,
    body: &mut Value,
) {
    let (Ok(plan), Some(p)) = (svc.page_plan(ep), ep.pagination.as_ref()) else {
        return;
    };
    let Some(Value::Array(all)) = get(body, &p.items).cloned() else {
        return;
    };
    let given = |wire: &str| {
        query
            .iter()
            .find(|(k, _)| k == wire)
            .map(|(_, v)| v.as_str())
    };
    let number = |wire: Option<&str>| wire.and_then(given).map(|v| v.parse::<usize>().ok());
    let len = all.len();
    let size = number(plan.page_size.map(|p| p.wire.as_str())).flatten();
    let param = plan.param.map(|p| p.wire.as_str());
    let start = match plan.style {
        PageStyle::Marker => match param.and_then(given) {
            None => 0,
            Some(marker) => all
                .iter()
                .position(|item| get(item, &p.next).and_then(Value::as_str) == Some(marker))
                .map_or(len, |i| i + 1),
        },
        PageStyle::Cursor | PageStyle::Offset => number(param).map_or(0, |n| n.unwrap_or(len)),
        PageStyle::Link => number(Some(MOCK_OFFSET_PARAM)).map_or(0, |n| n.unwrap_or(len)),
        PageStyle::Page => {
            // Page numbers start at 1; 0 is read as 1, as ECS does.
            let page = number(param).map_or(1, |n| n.unwrap_or(usize::MAX)).max(1);
            match size {
                Some(size) => (page - 1).saturating_mul(size),
                None if page == 1 => 0,
                None => len,
            }
        }
    }
    .min(len);
    let end = size.map_or(len, |n| start.saturating_add(n)).min(len);
    set(body, &p.items, Some(Value::Array(all[start..end].to_vec())));
    let more = end < len;
    let next = match plan.style {
        PageStyle::Cursor if more => Value::String(end.to_string()),
        PageStyle::Link if more => {
            let mut pairs: Vec<String> = query
                .iter()
                .filter(|(k, _)| k != MOCK_OFFSET_PARAM)
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            pairs.push(format!("{MOCK_OFFSET_PARAM}={end}"));
            Value::String(format!("{url}?{}", pairs.join("&")))
        }
        PageStyle::Cursor | PageStyle::Link => {
            // The end: `null` where the spec allows it, else left out, else empty (which ends paging too).
            let Some(last) = plan.next.last() else {
                return;
            };
            if svc.is_nullable(&last.schema) {
                Value::Null
            } else if !last.required {
                set(body, &p.next, None);
                return;
            } else {
                Value::String(String::new())
            }
        }
        PageStyle::Marker | PageStyle::Offset | PageStyle::Page => return,
    };
    set(body, &p.next, Some(next));
}

/// The value at `path` (property names) in `v`.
fn get<'a>(v: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, name| v.as_object()?.get(name))
}

/// Sets (or with `None`, removes) the value at `path` in `v`, making the objects on the way; an empty path replaces
/// `v`.
fn set(v: &mut Value, path: &[String], value: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        if let Some(value) = value {
            *v = value;
        }
        return;
    };
    let mut here = v;
    for name in parents {
        if !here.is_object() {
            *here = Value::Object(Map::new());
        }
        let Some(obj) = here.as_object_mut() else {
            return;
        };
        here = obj
            .entry(name.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if !here.is_object() {
        *here = Value::Object(Map::new());
    }
    if let Some(obj) = here.as_object_mut() {
        match value {
            Some(value) => {
                obj.insert(last.clone(), value);
            }
            None => {
                obj.remove(last);
            }
        }
    }
}

/// Percent-encodes a query key or value (everything but unreserved characters).
fn encode(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plays_parse_from_the_header() {
        assert_eq!(
            Play::parse(" 3  failed "),
            Some(Play {
                running: 3,
                end: JobEnd::Failed
            })
        );
        assert_eq!(
            Play::parse("0 done"),
            Some(Play {
                running: 0,
                end: JobEnd::Done
            })
        );
        for bad in ["", "3", "done 3", "3 finished", "-1 done", "3 done now"] {
            assert_eq!(Play::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn paths_are_set_and_removed_making_objects_on_the_way() {
        let path = |p: &str| p.split('.').map(str::to_owned).collect::<Vec<_>>();
        let mut v = json!({"a": {"b": 1}, "c": 2});
        set(&mut v, &path("a.b"), Some(json!("x")));
        set(&mut v, &path("d.e"), Some(json!(null)));
        set(&mut v, &path("c"), None);
        assert_eq!(v, json!({"a": {"b": "x"}, "d": {"e": null}}));
        assert_eq!(get(&v, &path("a.b")), Some(&json!("x")));
        assert_eq!(get(&v, &path("a.b.c")), None);
        set(&mut v, &[], Some(json!([1])));
        assert_eq!(v, json!([1]));
    }
}
