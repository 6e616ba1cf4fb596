//! What a paginator and a waiter read from a model: the `pagination:`, `waiter:` and `job:` of an endpoint resolved
//! against the service's types and parameters. Each rule about those keys lives here, once: the checker reports an
//! [`PlanError`] where its key is written, the expansion generates code from a plan, the mock pages and plays jobs
//! from one.

use crate::model::{
    Encoding, Endpoint, Field, PageStyle, Param, ParamIn, Response, Schema, Service, Ty,
};

/// Why a key cannot mean what it says: the key it is about (`items`, `next`, … or the mapping's own name) and the
/// problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub key: &'static str,
    pub message: String,
}

fn fail<T>(key: &'static str, message: impl Into<String>) -> Result<T, PlanError> {
    Err(PlanError {
        key,
        message: message.into(),
    })
}

/// An endpoint's `pagination:`, resolved.
#[derive(Debug, Clone)]
pub struct PagePlan<'a> {
    pub style: PageStyle,
    /// The success response whose body holds the items.
    pub response: &'a Response,
    /// The properties from the success body to the array of items (empty: the body is the array).
    pub items: Vec<&'a Field>,
    /// The schema of one item.
    pub item: &'a Schema,
    /// The parameter the next position is sent in (every style but `link`).
    pub param: Option<&'a Param>,
    /// Where the next token is: inside an item (`marker`), or from the body (`cursor`, `link`).
    pub next: Vec<&'a Field>,
    /// The page-size parameter, when declared.
    pub page_size: Option<&'a Param>,
    /// A page shorter than the request's page size is the last.
    pub short_page_ends: bool,
}

/// An endpoint's `waiter:`, resolved.
#[derive(Debug, Clone)]
pub struct WaitPlan<'a> {
    /// The success response whose body holds the state.
    pub response: &'a Response,
    /// The properties from the success body to the state.
    pub status: Vec<&'a Field>,
    /// The state values an enum state may take (empty for a plain `string`).
    pub values: Vec<&'a str>,
}

/// An endpoint's `job:`, resolved.
#[derive(Debug, Clone)]
pub struct JobPlan<'a> {
    /// The operation whose waiter follows the job.
    pub waiter: &'a Endpoint,
    /// The properties from this operation's success body to the job id.
    pub id: Vec<&'a Field>,
    /// The waiter operation's parameter the job id goes in: its only `new(..)` argument.
    pub param: &'a Param,
}

impl Service {
    /// The properties a dotted path names, starting at a value of `root`: each a property of the object the previous
    /// one is (through named types). A path does not go through arrays or maps.
    pub fn field_path<'a>(
        &'a self,
        root: &'a Schema,
        path: &[String],
    ) -> Result<Vec<&'a Field>, String> {
        let mut out: Vec<&'a Field> = Vec::with_capacity(path.len());
        let mut here = root;
        for (i, name) in path.iter().enumerate() {
            let shown = path[..=i].join(".");
            let Some(fields) = self.fields(here) else {
                let what = match i {
                    0 => "the body".to_owned(),
                    _ => format!("`{}`", path[..i].join(".")),
                };
                return Err(format!(
                    "`{shown}`: {what} is `{}`, not an object with properties",
                    self.resolve(here).ty.keyword()
                ));
            };
            let Some(f) = fields.iter().find(|f| f.wire == *name) else {
                let known: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).take(20).collect();
                return Err(format!(
                    "`{shown}`: there is no property `{name}`; the object has {}",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ));
            };
            out.push(f);
            here = &f.schema;
        }
        Ok(out)
    }

    /// `pagination:` of `e`, resolved: the items array, the item type, the parameters and where the next token is.
    pub fn page_plan<'a>(&'a self, e: &'a Endpoint) -> Result<PagePlan<'a>, PlanError> {
        let Some(p) = &e.pagination else {
            return fail("pagination", "the endpoint has no `pagination`");
        };
        let response = single_json_success(e).map_err(|m| PlanError {
            key: "pagination",
            message: format!("a paginated endpoint {m}"),
        })?;
        let body = response.body.as_ref().ok_or_else(|| PlanError {
            key: "pagination",
            message: "a paginated endpoint has a success body".to_owned(),
        })?;
        let items = self.field_path(body, &p.items).map_err(|m| PlanError {
            key: "items",
            message: m,
        })?;
        let list = items.last().map_or(body, |f| &f.schema);
        let Ty::Array { items: item } = &self.resolve(list).ty else {
            let what = if p.items.is_empty() {
                "the success body is".to_owned()
            } else {
                format!("`{}` is", p.items.join("."))
            };
            let key = if p.items.is_empty() {
                "pagination"
            } else {
                "items"
            };
            return fail(
                key,
                format!(
                    "{what} `{}`, not an `array` of items{}",
                    self.resolve(list).ty.keyword(),
                    if p.items.is_empty() {
                        "; say which property holds them with `items`"
                    } else {
                        ""
                    }
                ),
            );
        };
        let item: &Schema = item;
        let style = p.style;
        let param = match (&p.param, style) {
            (Some(_), PageStyle::Link) => {
                return fail(
                    "param",
                    "style `link` follows the URL the response gives, whose query carries the position: it takes no \
                     `param`",
                );
            }
            (None, PageStyle::Link) => None,
            (None, _) => {
                return fail(
                    "pagination",
                    format!(
                        "style `{}` needs `param`: the query parameter the next {} is sent in",
                        style.name(),
                        position_name(style)
                    ),
                );
            }
            (Some(name), _) => {
                let prm = self.query_param(e, name, "param")?;
                let ty = &self.resolve(&prm.schema).ty;
                let fits = match style {
                    PageStyle::Marker | PageStyle::Cursor => *ty == Ty::String,
                    _ => matches!(ty, Ty::Int32 | Ty::Int64),
                };
                if !fits {
                    let want = match style {
                        PageStyle::Marker | PageStyle::Cursor => "a `string`",
                        _ => "an `int32` or `int64`",
                    };
                    return fail(
                        "param",
                        format!(
                            "parameter `{name}` carries the next {} of style `{}`, so it is {want}, not `{}`",
                            position_name(style),
                            style.name(),
                            ty.keyword()
                        ),
                    );
                }
                Some(prm)
            }
        };
        let next = match (style, p.next.is_empty()) {
            (PageStyle::Offset | PageStyle::Page, false) => {
                return fail(
                    "next",
                    format!(
                        "style `{}` counts the next {} itself: it takes no `next`",
                        style.name(),
                        position_name(style)
                    ),
                );
            }
            (PageStyle::Offset | PageStyle::Page, true) => Vec::new(),
            (_, true) => {
                let what = match style {
                    PageStyle::Marker => {
                        "the property of an item whose value (in the last item) is the next marker"
                    }
                    PageStyle::Cursor => "the property of the response that holds the next cursor",
                    _ => "the property of the response that holds the next page's URL",
                };
                return fail(
                    "pagination",
                    format!("style `{}` needs `next`: {what}", style.name()),
                );
            }
            (_, false) => {
                let root = if style == PageStyle::Marker {
                    item
                } else {
                    body
                };
                let next = self.field_path(root, &p.next).map_err(|m| PlanError {
                    key: "next",
                    message: m,
                })?;
                let last = next.last().map_or(root, |f| &f.schema);
                if !self.is_text(last) {
                    return fail(
                        "next",
                        format!(
                            "`{}` is `{}`; the next token is a `string`",
                            p.next.join("."),
                            self.resolve(last).ty.keyword()
                        ),
                    );
                }
                next
            }
        };
        let page_size = match &p.page_size {
            None => None,
            Some(name) => {
                let prm = self.query_param(e, name, "page_size")?;
                if !matches!(self.resolve(&prm.schema).ty, Ty::Int32 | Ty::Int64) {
                    return fail(
                        "page_size",
                        format!(
                            "parameter `{name}` is `{}`; a page size is an `int32` or `int64`",
                            self.resolve(&prm.schema).ty.keyword()
                        ),
                    );
                }
                if p.param.as_deref() == Some(name.as_str()) {
                    return fail(
                        "page_size",
                        format!("parameter `{name}` cannot be both the position and the page size"),
                    );
                }
                Some(prm)
            }
        };
        if p.short_page_ends && page_size.is_none() {
            return fail(
                "short_page_ends",
                "`short_page_ends` compares a page with the page size the request asked for: name its parameter \
                 with `page_size`",
            );
        }
        Ok(PagePlan {
            style,
            response,
            items,
            item,
            param,
            next,
            page_size,
            short_page_ends: p.short_page_ends,
        })
    }

    /// `waiter:` of `e`, resolved: where the state is, and the values it may take.
    pub fn wait_plan<'a>(&'a self, e: &'a Endpoint) -> Result<WaitPlan<'a>, PlanError> {
        let Some(w) = &e.waiter else {
            return fail("waiter", "the endpoint has no `waiter`");
        };
        let response = single_json_success(e).map_err(|m| PlanError {
            key: "waiter",
            message: format!("an endpoint with a waiter {m}"),
        })?;
        let body = response.body.as_ref().ok_or_else(|| PlanError {
            key: "waiter",
            message: "an endpoint with a waiter has a success body".to_owned(),
        })?;
        let status = self.field_path(body, &w.status).map_err(|m| PlanError {
            key: "status",
            message: m,
        })?;
        let last = status.last().map_or(body, |f| &f.schema);
        if !self.is_text(last) {
            return fail(
                "status",
                format!(
                    "`{}` is `{}`; a job's state is a `string` or a string `enum`",
                    w.status.join("."),
                    self.resolve(last).ty.keyword()
                ),
            );
        }
        if w.done.is_empty() {
            return fail("done", "`done` lists at least one state");
        }
        let values: Vec<&str> = self
            .variants(last)
            .map(|v| v.iter().map(|v| v.wire.as_str()).collect())
            .unwrap_or_default();
        for (key, list) in [("done", &w.done), ("failed", &w.failed)] {
            for v in list {
                if !values.is_empty() && !values.contains(&v.as_str()) {
                    return fail(
                        key,
                        format!(
                            "`{v}` is not a value of `{}`, which is one of {}",
                            w.status.join("."),
                            values
                                .iter()
                                .map(|v| format!("`{v}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    );
                }
            }
        }
        if let Some(both) = w.done.iter().find(|d| w.failed.contains(d)) {
            return fail(
                "failed",
                format!("`{both}` is listed in both `done` and `failed`"),
            );
        }
        Ok(WaitPlan {
            response,
            status,
            values,
        })
    }

    /// `job:` of `e`, resolved: the waiter operation, where the job id is, and the waiter's parameter it goes in.
    pub fn job_plan<'a>(&'a self, e: &'a Endpoint) -> Result<JobPlan<'a>, PlanError> {
        let Some(j) = &e.job else {
            return fail("job", "the endpoint has no `job`");
        };
        if e.waiter.is_some() {
            return fail(
                "job",
                "an operation with a `waiter` cannot also have a `job`: both give the handle its `wait_` method",
            );
        }
        let Some(waiter) = self.endpoints.iter().find(|w| w.operation == j.waiter) else {
            return fail(
                "waiter",
                format!(
                    "there is no operation `{}` in this service{}",
                    j.waiter,
                    self.endpoints
                        .iter()
                        .find(|w| w.waiter.is_some())
                        .map(|w| format!("; `{}` has a waiter", w.operation))
                        .unwrap_or_default()
                ),
            );
        };
        if waiter.waiter.is_none() {
            return fail(
                "waiter",
                format!(
                    "operation `{}` has no `waiter`: say there which property tells the job's state",
                    j.waiter
                ),
            );
        }
        let response = single_json_success(e).map_err(|m| PlanError {
            key: "job",
            message: format!("an operation that starts a job {m}"),
        })?;
        let body = response.body.as_ref().ok_or_else(|| PlanError {
            key: "job",
            message: "an operation that starts a job has a success body".to_owned(),
        })?;
        let id = self.field_path(body, &j.id).map_err(|m| PlanError {
            key: "id",
            message: m,
        })?;
        let last = id.last().map_or(body, |f| &f.schema);
        if self.resolve(last).ty != Ty::String {
            return fail(
                "id",
                format!(
                    "`{}` is `{}`; a job id is a `string`",
                    j.id.join("."),
                    self.resolve(last).ty.keyword()
                ),
            );
        }
        let args: Vec<&Param> = waiter
            .params
            .iter()
            .filter(|p| p.in_constructor())
            .collect();
        let body_arg = waiter
            .request
            .as_ref()
            .is_some_and(|r| r.required && !r.is_empty_object());
        let param = match (&args[..], body_arg) {
            ([one], false)
                if self.resolve(&one.schema).ty == Ty::String && one.from_context.is_none() =>
            {
                *one
            }
            _ => {
                let mut names: Vec<String> = args.iter().map(|p| format!("`{}`", p.wire)).collect();
                if body_arg {
                    names.push("its body".to_owned());
                }
                return fail(
                    "waiter",
                    format!(
                        "`{}` cannot be built from a job id alone: it needs {} (a waiter built from a job id takes \
                         exactly one required `string` parameter, the id; the others are optional or `from_context`)",
                        j.waiter,
                        if names.is_empty() {
                            "no value at all".to_owned()
                        } else {
                            names.join(", ")
                        }
                    ),
                );
            }
        };
        Ok(JobPlan { waiter, id, param })
    }

    /// A query parameter of `e` by wire name, which a paginator sets itself: not filled from the context.
    fn query_param<'a>(
        &'a self,
        e: &'a Endpoint,
        name: &str,
        key: &'static str,
    ) -> Result<&'a Param, PlanError> {
        let Some(p) = e.params.iter().find(|p| p.wire == name) else {
            let known: Vec<String> = e
                .params_in(ParamIn::Query)
                .map(|p| format!("`{}`", p.wire))
                .collect();
            return fail(
                key,
                format!(
                    "there is no query parameter `{name}`; the endpoint has {}",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ),
            );
        };
        if p.location != ParamIn::Query {
            return fail(
                key,
                format!(
                    "`{name}` is a {} parameter; a paginator sets a query parameter",
                    p.location.as_str()
                ),
            );
        }
        if p.from_context.is_some() {
            return fail(
                key,
                format!("parameter `{name}` is filled `from_context`; a paginator sets it itself"),
            );
        }
        Ok(p)
    }

    /// A value at `use_site` reads as text: a `string` or a string `enum`.
    fn is_text(&self, use_site: &Schema) -> bool {
        matches!(self.resolve(use_site).ty, Ty::String | Ty::Enum { .. })
    }
}

/// What the next position is called in messages.
fn position_name(style: PageStyle) -> &'static str {
    match style {
        PageStyle::Marker => "marker",
        PageStyle::Cursor => "cursor",
        PageStyle::Offset => "offset",
        PageStyle::Page => "page number",
        PageStyle::Link => "URL",
    }
}

/// The only success response, which has a JSON body; else why not, to end "an endpoint …".
fn single_json_success(e: &Endpoint) -> Result<&Response, String> {
    let mut successes = e.responses.iter().filter(|r| r.success);
    match (successes.next(), successes.next()) {
        (Some(r), None) if r.body.is_some() && r.encoding == Encoding::Json => Ok(r),
        (Some(_), None) => Err("has a JSON success body".to_owned()),
        _ => Err("has exactly one success status".to_owned()),
    }
}
