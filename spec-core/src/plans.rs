//! What a paginator and a waiter read from a model: the `pagination:`, `waiter:` and `job:` of an endpoint resolved
//! against the service's types and parameters. Each rule about those keys lives here, once: the checker reports an
//! [`PlanError`] where its key is written (every problem of an endpoint's key, as far as the others let it be checked), the expansion generates code from a plan, the mock pages and plays jobs
//! from one.

use crate::model::{
    Encoding, Endpoint, Field, Job, PageStyle, Pagination, Param, ParamIn, Response, Schema,
    Service, Ty, Waiter,
};

/// Why a key cannot mean what it says: the key it is about (`items`, `next`, … or the mapping's own name) and the
/// problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub key: &'static str,
    pub message: String,
}

fn problem(key: &'static str, message: impl Into<String>) -> PlanError {
    PlanError {
        key,
        message: message.into(),
    }
}

/// The value of `r`, or `None` with its problem recorded.
fn keep<T>(errs: &mut Vec<PlanError>, r: Result<T, PlanError>) -> Option<T> {
    r.map_err(|e| errs.push(e)).ok()
}

/// "`a` is" or "`a`, `b` are".
fn quoted_list(values: &[&String], one: &str, many: &str) -> String {
    let list: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
    let verb = if values.len() == 1 { one } else { many };
    format!("{} {verb}", list.join(", "))
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
    /// The waiter operation's parameter the job id goes in: the one `new(..)` argument the starting operation does
    /// not have.
    pub param: &'a Param,
    /// The waiter operation's `new(..)` arguments in order: `None` for the job id, else the starting operation's
    /// parameter of the same name, whose value the request gave (`ShowLogsExportStatus`'s server `id`).
    pub args: Vec<Option<&'a Param>>,
}

impl Service {
    /// The properties a dotted path names, starting at a value of `root`: each a property of the object the previous
    /// one is (through named types), none empty. A path does not go through arrays or maps.
    pub fn field_path<'a>(
        &'a self,
        root: &'a Schema,
        path: &[String],
    ) -> Result<Vec<&'a Field>, String> {
        if path.iter().any(String::is_empty) {
            return Err(format!(
                "`{}` is not a path of property names separated by `.` (such as `meta_data.marker`)",
                path.join(".")
            ));
        }
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

    /// `pagination:` of `e`, resolved: the items array, the item type, the parameters and where the next token is;
    /// or every problem (each key is checked as far as the others let it be).
    pub fn page_plan<'a>(&'a self, e: &'a Endpoint) -> Result<PagePlan<'a>, Vec<PlanError>> {
        let Some(p) = &e.pagination else {
            return Err(vec![problem(
                "pagination",
                "the endpoint has no `pagination`",
            )]);
        };
        let mut errs = Vec::new();
        let response = keep(
            &mut errs,
            success_body(e, "pagination", "a paginated endpoint"),
        );
        let body = response.and_then(|r| r.body.as_ref());
        let items = body.and_then(|body| keep(&mut errs, self.page_items(p, body)));
        let param = keep(&mut errs, self.page_param(e, p));
        let root = match p.style {
            PageStyle::Marker => items.as_ref().map(|(_, item)| *item),
            _ => body,
        };
        let next = keep(&mut errs, self.page_next(p, root));
        let page_size = keep(&mut errs, self.page_size_param(e, p));
        if p.short_page_ends && p.page_size.is_none() {
            errs.push(problem(
                "short_page_ends",
                "`short_page_ends` compares a page with the page size the request asked for: name its parameter \
                 with `page_size`",
            ));
        }
        match (response, items, param, next, page_size) {
            (Some(response), Some((items, item)), Some(param), Some(next), Some(page_size))
                if errs.is_empty() =>
            {
                Ok(PagePlan {
                    style: p.style,
                    response,
                    items,
                    item,
                    param,
                    next,
                    page_size,
                    short_page_ends: p.short_page_ends,
                })
            }
            _ => Err(errs),
        }
    }

    /// The path to the items and the items' schema.
    fn page_items<'a>(
        &'a self,
        p: &Pagination,
        body: &'a Schema,
    ) -> Result<(Vec<&'a Field>, &'a Schema), PlanError> {
        let items = self
            .field_path(body, &p.items)
            .map_err(|m| problem("items", m))?;
        let list = items.last().map_or(body, |f| &f.schema);
        match &self.resolve(list).ty {
            Ty::Array { items: item } => Ok((items, item)),
            other if p.items.is_empty() => Err(problem(
                "pagination",
                format!(
                    "the success body is `{}`, not an `array` of items; say which property holds them with `items`",
                    other.keyword()
                ),
            )),
            other => Err(problem(
                "items",
                format!(
                    "`{}` is `{}`, not an `array` of items",
                    p.items.join("."),
                    other.keyword()
                ),
            )),
        }
    }

    /// The parameter the next position is sent in (none for `link`).
    fn page_param<'a>(
        &'a self,
        e: &'a Endpoint,
        p: &Pagination,
    ) -> Result<Option<&'a Param>, PlanError> {
        let style = p.style;
        let name = match (&p.param, style) {
            (Some(_), PageStyle::Link) => {
                return Err(problem(
                    "param",
                    "style `link` follows the URL the response gives, whose query carries the position: it takes \
                     no `param`",
                ));
            }
            (None, PageStyle::Link) => return Ok(None),
            (None, _) => {
                return Err(problem(
                    "pagination",
                    format!(
                        "style `{}` needs `param`: the query parameter the next {} is sent in",
                        style.name(),
                        position_name(style)
                    ),
                ));
            }
            (Some(name), _) => name,
        };
        let prm = self.query_param(e, name, "param")?;
        let ty = &self.resolve(&prm.schema).ty;
        let (fits, want) = match style {
            PageStyle::Marker | PageStyle::Cursor => (*ty == Ty::String, "a `string`"),
            _ => (
                is_count(ty),
                "an `int32`, an `int64` or a `string` of digits",
            ),
        };
        if !fits {
            return Err(problem(
                "param",
                format!(
                    "parameter `{name}` carries the next {} of style `{}`, so it is {want}, not `{}`",
                    position_name(style),
                    style.name(),
                    ty.keyword()
                ),
            ));
        }
        Ok(Some(prm))
    }

    /// Where the next token is, from `root` (an item for `marker`, the body for `cursor` and `link`; `None` when that
    /// is unknown because of another problem, reported already).
    fn page_next<'a>(
        &'a self,
        p: &Pagination,
        root: Option<&'a Schema>,
    ) -> Result<Vec<&'a Field>, PlanError> {
        let style = p.style;
        match (style, p.next.is_empty()) {
            (PageStyle::Offset | PageStyle::Page, false) => Err(problem(
                "next",
                format!(
                    "style `{}` counts the next {} itself: it takes no `next`",
                    style.name(),
                    position_name(style)
                ),
            )),
            (PageStyle::Offset | PageStyle::Page, true) => Ok(Vec::new()),
            (_, true) => {
                let what = match style {
                    PageStyle::Marker => {
                        "the property of an item whose value (in the last item) is the next marker"
                    }
                    PageStyle::Cursor => "the property of the response that holds the next cursor",
                    _ => "the property of the response that holds the next page's URL",
                };
                Err(problem(
                    "pagination",
                    format!("style `{}` needs `next`: {what}", style.name()),
                ))
            }
            (_, false) => {
                let Some(root) = root else {
                    // Nothing to resolve it against: the reason is reported at its own key.
                    return Ok(Vec::new());
                };
                let next = self
                    .field_path(root, &p.next)
                    .map_err(|m| problem("next", m))?;
                let last = next.last().map_or(root, |f| &f.schema);
                if !self.is_text(last) {
                    return Err(problem(
                        "next",
                        format!(
                            "`{}` is `{}`; the next token is a `string`",
                            p.next.join("."),
                            self.resolve(last).ty.keyword()
                        ),
                    ));
                }
                Ok(next)
            }
        }
    }

    /// The page-size parameter, when declared.
    fn page_size_param<'a>(
        &'a self,
        e: &'a Endpoint,
        p: &Pagination,
    ) -> Result<Option<&'a Param>, PlanError> {
        let Some(name) = &p.page_size else {
            return Ok(None);
        };
        let prm = self.query_param(e, name, "page_size")?;
        if !is_count(&self.resolve(&prm.schema).ty) {
            return Err(problem(
                "page_size",
                format!(
                    "parameter `{name}` is `{}`; a page size is an `int32`, an `int64` or a `string` of digits",
                    self.resolve(&prm.schema).ty.keyword()
                ),
            ));
        }
        if p.param.as_deref() == Some(name.as_str()) {
            return Err(problem(
                "page_size",
                format!("parameter `{name}` cannot be both the position and the page size"),
            ));
        }
        Ok(Some(prm))
    }

    /// `waiter:` of `e`, resolved: where the state is, and the values it may take; or every problem.
    pub fn wait_plan<'a>(&'a self, e: &'a Endpoint) -> Result<WaitPlan<'a>, Vec<PlanError>> {
        let Some(w) = &e.waiter else {
            return Err(vec![problem("waiter", "the endpoint has no `waiter`")]);
        };
        let mut errs = Vec::new();
        let response = keep(
            &mut errs,
            success_body(e, "waiter", "an endpoint with a waiter"),
        );
        let body = response.and_then(|r| r.body.as_ref());
        let status = body.and_then(|body| keep(&mut errs, self.wait_status(w, body)));
        if w.done.is_empty() {
            errs.push(problem("done", "`done` lists at least one state"));
        }
        let values: Vec<&str> = status
            .as_ref()
            .and_then(|(_, last)| self.variants(last))
            .map(|v| v.iter().map(|v| v.wire.as_str()).collect())
            .unwrap_or_default();
        for (key, list) in [("done", &w.done), ("failed", &w.failed)] {
            let unknown: Vec<&String> = list
                .iter()
                .filter(|v| !values.is_empty() && !values.contains(&v.as_str()))
                .collect();
            if !unknown.is_empty() {
                errs.push(problem(
                    key,
                    format!(
                        "{} not a value of `{}`, which is one of {}",
                        quoted_list(&unknown, "is", "are"),
                        w.status.join("."),
                        values
                            .iter()
                            .map(|v| format!("`{v}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
        let both: Vec<&String> = w.done.iter().filter(|d| w.failed.contains(d)).collect();
        if !both.is_empty() {
            errs.push(problem(
                "failed",
                format!(
                    "{} listed in both `done` and `failed`",
                    quoted_list(&both, "is", "are")
                ),
            ));
        }
        match (response, status) {
            (Some(response), Some((status, _))) if errs.is_empty() => Ok(WaitPlan {
                response,
                status,
                values,
            }),
            _ => Err(errs),
        }
    }

    /// The path to a job's state, and the state's schema.
    fn wait_status<'a>(
        &'a self,
        w: &Waiter,
        body: &'a Schema,
    ) -> Result<(Vec<&'a Field>, &'a Schema), PlanError> {
        let status = self
            .field_path(body, &w.status)
            .map_err(|m| problem("status", m))?;
        let last = status.last().map_or(body, |f| &f.schema);
        if !self.is_text(last) {
            return Err(problem(
                "status",
                format!(
                    "`{}` is `{}`; a job's state is a `string` or a string `enum`",
                    w.status.join("."),
                    self.resolve(last).ty.keyword()
                ),
            ));
        }
        Ok((status, last))
    }

    /// `job:` of `e`, resolved: the waiter operation, where the job id is, and the waiter's parameter it goes in; or
    /// every problem.
    pub fn job_plan<'a>(&'a self, e: &'a Endpoint) -> Result<JobPlan<'a>, Vec<PlanError>> {
        let Some(j) = &e.job else {
            return Err(vec![problem("job", "the endpoint has no `job`")]);
        };
        let mut errs = Vec::new();
        if e.waiter.is_some() {
            errs.push(problem(
                "job",
                "an operation with a `waiter` cannot also have a `job`: both give the handle its `wait_` method",
            ));
        }
        let waiter = keep(&mut errs, self.job_waiter(j));
        let args = waiter.and_then(|w| keep(&mut errs, self.job_args(e, j, w)));
        let response = keep(
            &mut errs,
            success_body(e, "job", "an operation that starts a job"),
        );
        let body = response.and_then(|r| r.body.as_ref());
        let id = body.and_then(|body| keep(&mut errs, self.job_id(j, body)));
        match (waiter, id, args) {
            (Some(waiter), Some(id), Some((param, args))) if errs.is_empty() => Ok(JobPlan {
                waiter,
                id,
                param,
                args,
            }),
            _ => Err(errs),
        }
    }

    /// The operation a `job:` names, which has a waiter.
    fn job_waiter<'a>(&'a self, j: &Job) -> Result<&'a Endpoint, PlanError> {
        let Some(waiter) = self.endpoints.iter().find(|w| w.operation == j.waiter) else {
            return Err(problem(
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
            ));
        };
        if waiter.waiter.is_none() {
            return Err(problem(
                "waiter",
                format!(
                    "operation `{}` has no `waiter`: say there which property tells the job's state",
                    j.waiter
                ),
            ));
        }
        Ok(waiter)
    }

    /// How the waiter operation's request is built: its `new(..)` arguments are the job id (the one argument the
    /// starting operation `e` has no parameter for) and values of `e`'s own required parameters of the same names.
    /// Each is a `string`; the waiter's body, if it needs one, cannot be built.
    #[allow(clippy::type_complexity)]
    fn job_args<'a>(
        &'a self,
        e: &'a Endpoint,
        j: &Job,
        waiter: &'a Endpoint,
    ) -> Result<(&'a Param, Vec<Option<&'a Param>>), PlanError> {
        let text = |p: &Param| self.resolve(&p.schema).ty == Ty::String;
        let shared = |w: &Param| {
            e.params
                .iter()
                .find(|p| p.wire == w.wire && p.location == w.location)
        };
        let args: Vec<&Param> = waiter
            .params
            .iter()
            .filter(|p| p.in_constructor())
            .collect();
        let unshared: Vec<&Param> = args
            .iter()
            .copied()
            .filter(|w| shared(w).is_none())
            .collect();
        let body_arg = waiter
            .request
            .as_ref()
            .is_some_and(|r| r.required && !r.is_empty_object());
        let why = if body_arg {
            Some("it needs a request body".to_owned())
        } else if unshared.len() != 1 {
            let names: Vec<String> = unshared.iter().map(|p| format!("`{}`", p.wire)).collect();
            Some(match names.len() {
                0 => format!(
                    "every parameter it requires is one of `{}`: none is left for the job id",
                    e.operation
                ),
                _ => format!(
                    "it requires {}, which `{}` does not have: only the job id may be missing",
                    names.join(" and "),
                    e.operation
                ),
            })
        } else {
            args.iter()
                .find(|w| !text(w) || shared(w).is_some_and(|p| !p.in_constructor() || !text(p)))
                .map(|bad| {
                    format!(
                        "its parameter `{}` is not a `string` that `{}` requires too",
                        bad.wire, e.operation
                    )
                })
        };
        if let Some(why) = why {
            return Err(problem(
                "waiter",
                format!(
                    "`{}` cannot poll the job of `{}`: {why} (a waiter takes the job id from the answer, and each other \
                     required parameter of the status query from the starting request's required `string` parameter \
                     of the same name)",
                    j.waiter, e.operation
                ),
            ));
        }
        let Some(param) = unshared.first().copied() else {
            return Err(problem("waiter", "no job id parameter"));
        };
        Ok((param, args.iter().map(|w| shared(w)).collect()))
    }

    /// The path to the job id in the starting operation's success body.
    fn job_id<'a>(&'a self, j: &Job, body: &'a Schema) -> Result<Vec<&'a Field>, PlanError> {
        let id = self.field_path(body, &j.id).map_err(|m| problem("id", m))?;
        let last = id.last().map_or(body, |f| &f.schema);
        if self.resolve(last).ty != Ty::String {
            return Err(problem(
                "id",
                format!(
                    "`{}` is `{}`; a job id is a `string`",
                    j.id.join("."),
                    self.resolve(last).ty.keyword()
                ),
            ));
        }
        Ok(id)
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
            return Err(problem(
                key,
                format!(
                    "there is no query parameter `{name}`; the endpoint has {}",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ),
            ));
        };
        if p.location != ParamIn::Query {
            return Err(problem(
                key,
                format!(
                    "`{name}` is a {} parameter; a paginator sets a query parameter",
                    p.location.as_str()
                ),
            ));
        }
        if p.from_context.is_some() {
            return Err(problem(
                key,
                format!("parameter `{name}` is filled `from_context`; a paginator sets it itself"),
            ));
        }
        Ok(p)
    }

    /// A value at `use_site` reads as text: a `string` or a string `enum`.
    fn is_text(&self, use_site: &Schema) -> bool {
        matches!(self.resolve(use_site).ty, Ty::String | Ty::Enum { .. })
    }
}

/// A type a number of items or pages can be sent as: an integer, or (as SWR sends `offset` and `limit`) a `string`
/// of its decimal digits.
fn is_count(ty: &Ty) -> bool {
    matches!(ty, Ty::Int32 | Ty::Int64 | Ty::String)
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

/// The only success response, which has a JSON body; else the problem, at `key`, of `what` ("a paginated
/// endpoint").
fn success_body<'a>(
    e: &'a Endpoint,
    key: &'static str,
    what: &str,
) -> Result<&'a Response, PlanError> {
    let mut successes = e.responses.iter().filter(|r| r.success);
    match (successes.next(), successes.next()) {
        (Some(r), None) if r.body.is_some() && r.encoding == Encoding::Json => Ok(r),
        (Some(_), None) => Err(problem(key, format!("{what} has a JSON success body"))),
        _ => Err(problem(
            key,
            format!("{what} has exactly one success status"),
        )),
    }
}
