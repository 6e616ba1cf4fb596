//! Model → tokens for operations of several calls: a paginated endpoint's `Paginate` impl and `<op>_paginator`
//! method, a status operation's `Wait` impl and `wait_<op>` method, and a job-starting operation's `wait_<op>`
//! method. Each is a few one-line functions; the loops are the runtime's (`paginate.rs`, `wait.rs`). What the keys
//! mean comes from spec-core's plans, which the checker has already run: an endpoint whose plan fails expands to
//! nothing here.

use proc_macro2::TokenStream;
use quote::quote;
use spec_core::model::{Endpoint, Field, PageStyle, Param, Service};
use spec_core::plans::{JobPlan, PagePlan};

use crate::expand::{
    doc_attr, ident, is_plain, is_tri_state, output_ty, private, runtime_doc_path, rust_ty,
};

/// How many `Option`s wrap a field's Rust type: none (required), one (optional, or required and nullable), two
/// (optional and nullable: `Option<Option<T>>`).
fn option_layers(s: &Service, f: &Field) -> usize {
    usize::from(!is_plain(s, f)) + usize::from(is_tri_state(s, f))
}

/// The value `fields` lead to from `start` (an expression of `&T`, or `&mut T` when `mutable`), inside a function
/// that returns an `Option`: each optional layer is unwrapped with `.as_ref()?` (`.as_mut()?`), so no closure is
/// generated. The result is a place of the value (call a method on it), or a reference to it when the last field
/// was optional; the second value says which.
fn path(s: &Service, start: TokenStream, fields: &[&Field], mutable: bool) -> (TokenStream, bool) {
    let mut e = start;
    let mut reference = false;
    for f in fields {
        let name = ident(&f.rust);
        e = quote!(#e.#name);
        reference = false;
        for _ in 0..option_layers(s, f) {
            e = if mutable {
                quote!(#e.as_mut()?)
            } else {
                quote!(#e.as_ref()?)
            };
            reference = true;
        }
    }
    (e, reference)
}

/// `Some(&str)` of a text value (`String` or an enum) that `path` reached.
fn as_text((e, _): (TokenStream, bool)) -> TokenStream {
    quote!(::core::option::Option::Some(#e.as_str()))
}

/// Where a success body starts in the operation's output: the output itself, or its `body` when the response
/// declares headers.
fn body_of(e: &Endpoint, r: &spec_core::model::Response, out: TokenStream) -> TokenStream {
    if e.output_struct(r).is_some() {
        quote!(#out.body)
    } else {
        out
    }
}

/// `impl Paginate` for a paginated endpoint's request.
pub fn expand_paginate(s: &Service, e: &Endpoint) -> Option<TokenStream> {
    let plan = s.page_plan(e).ok()?;
    let p = private();
    let req = ident(&e.request_type());
    let item = rust_ty(s, plan.item);
    let style = ident(match plan.style {
        PageStyle::Marker => "Marker",
        PageStyle::Cursor => "Cursor",
        PageStyle::Offset => "Offset",
        PageStyle::Page => "Page",
        PageStyle::Link => "Link",
    });
    let body = body_of(e, plan.response, quote!(out));
    // `Some(x.as_mut()?)` is `x.as_mut()`: the last optional layer stays the result's `Option`.
    let items = match plan.items.split_last() {
        Some((last, before)) if option_layers(s, last) > 0 => {
            let (outer, _) = path(s, body.clone(), before, true);
            let name = ident(&last.rust);
            let inner = (1..option_layers(s, last)).map(|_| quote!(?.as_mut()));
            quote!(#outer.#name.as_mut() #(#inner)*)
        }
        _ => {
            let (e, reference) = path(s, body.clone(), &plan.items, true);
            let e = if reference { e } else { quote!(&mut #e) };
            quote!(::core::option::Option::Some(#e))
        }
    };
    let next_token = match plan.style {
        PageStyle::Marker => Some(as_text(path(
            s,
            quote!(<Self as #p::Paginate>::items(out)?.last()?),
            &plan.next,
            false,
        ))),
        PageStyle::Cursor | PageStyle::Link => Some(as_text(path(s, body, &plan.next, false))),
        PageStyle::Offset | PageStyle::Page => None,
    }
    .map(|get| {
        quote! {
            #[inline]
            fn next_token(out: &mut Self::Output) -> ::core::option::Option<&str> {
                #get
            }
        }
    });
    let position = plan.param.filter(|_| !plan.style.has_token());
    let set_token = plan.param.filter(|_| plan.style.has_token()).map(|prm| {
        let value = wrap(prm, quote!(::std::string::String::from(token)));
        let name = ident(&prm.rust);
        quote! {
            #[inline]
            fn set_token(&mut self, token: &str) {
                self.#name = #value;
            }
        }
    });
    let get_position = position.map(|prm| {
        let get = int_of(s, prm);
        quote! {
            #[inline]
            fn position(&self) -> ::core::option::Option<i64> {
                #get
            }
        }
    });
    let set_position = position.map(|prm| {
        let name = ident(&prm.rust);
        if is_text(s, prm) {
            let value = wrap(prm, quote!(::std::string::ToString::to_string(&position)));
            return quote! {
                #[inline]
                fn set_position(&mut self, position: i64) -> bool {
                    self.#name = #value;
                    true
                }
            };
        }
        let value = wrap(prm, quote!(v));
        quote! {
            #[inline]
            fn set_position(&mut self, position: i64) -> bool {
                match ::core::convert::TryFrom::try_from(position) {
                    ::core::result::Result::Ok(v) => {
                        self.#name = #value;
                        true
                    }
                    ::core::result::Result::Err(_) => false,
                }
            }
        }
    });
    let page_size = plan.page_size.filter(|_| plan.short_page_ends).map(|prm| {
        let get = int_of(s, prm);
        quote! {
            #[inline]
            fn page_size(&self) -> ::core::option::Option<i64> {
                #get
            }
        }
    });
    Some(quote! {
        impl #p::Paginate for #req {
            type Item = #item;
            const STYLE: #p::PageStyle = #p::PageStyle::#style;
            #[inline]
            fn items(out: &mut Self::Output) -> ::core::option::Option<&mut ::std::vec::Vec<Self::Item>> {
                #items
            }
            #next_token
            #set_token
            #get_position
            #set_position
            #page_size
        }
    })
}

/// A parameter's value as it is assigned: `Some(v)` unless the field is plain (a required parameter).
fn wrap(prm: &Param, v: TokenStream) -> TokenStream {
    if prm.in_constructor() {
        v
    } else {
        quote!(::core::option::Option::Some(#v))
    }
}

/// A number parameter's value as `Option<i64>`: an integer, or the digits of a `string` (`None` when they are not).
fn int_of(s: &Service, prm: &Param) -> TokenStream {
    let name = ident(&prm.rust);
    match (is_text(s, prm), prm.in_constructor()) {
        (true, true) => quote!(self.#name.parse().ok()),
        (true, false) => quote!(self.#name.as_deref()?.parse().ok()),
        (false, true) => quote!(::core::option::Option::Some(i64::from(self.#name))),
        (false, false) => quote!(self.#name.map(i64::from)),
    }
}

/// A parameter sent as text (a number the spec types as a `string`).
fn is_text(s: &Service, prm: &Param) -> bool {
    s.resolve(&prm.schema).ty == spec_core::model::Ty::String
}

/// `impl Wait` for a status operation's request.
pub fn expand_wait(s: &Service, e: &Endpoint) -> Option<TokenStream> {
    let plan = s.wait_plan(e).ok()?;
    let w = e.waiter.as_ref()?;
    let p = private();
    let req = ident(&e.request_type());
    let status = as_text(path(
        s,
        body_of(e, plan.response, quote!(out)),
        &plan.status,
        false,
    ));
    let (done, failed) = (&w.done, &w.failed);
    Some(quote! {
        impl #p::Wait for #req {
            const DONE: &'static [&'static str] = &[#(#done),*];
            const FAILED: &'static [&'static str] = &[#(#failed),*];
            #[inline]
            fn status(out: &Self::Output) -> ::core::option::Option<&str> {
                #status
            }
        }
    })
}

/// The handle's methods of several calls for `e`: its paginator, its waiter, or the waiter of the job it starts.
pub fn handle_methods(s: &Service, e: &Endpoint) -> TokenStream {
    let p = private();
    let req = ident(&e.request_type());
    let call = e.rust_name.trim_start_matches("r#");
    let paginator = s.page_plan(e).ok().map(|plan| {
        let f = ident(&e.paginator_method());
        let doc = doc_attr(&paginator_doc(e, &plan));
        quote! {
            #doc
            #[inline]
            pub fn #f(&self, request: #req) -> #p::Paginator<#req> {
                self.0.paginate(request)
            }
        }
    });
    let rt = runtime_doc_path();
    let waiter = s.wait_plan(e).ok().zip(e.waiter.as_ref()).map(|(_, w)| {
        let f = ident(&e.wait_method());
        let list = |v: &[String]| {
            v.iter()
                .map(|x| format!("`{x}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let failed = if w.failed.is_empty() {
            String::new()
        } else {
            format!(", [`Failed`]({rt}::WaitOutcome::Failed) at {}", list(&w.failed))
        };
        let doc = doc_attr(&format!(
            "Polls [`{call}`](Self::{call}) until the job's `{}` is done or failed, or the policy's deadline passes: \
             [`Done`]({rt}::WaitOutcome::Done) at {}{failed}; any other state is still running.\n\n\
             `.await` it for a [`WaitResult`]({rt}::WaitResult); set the backoff and deadline with \
             [`policy`]({rt}::Waiter::policy).",
            w.status.join("."),
            list(&w.done),
        ));
        quote! {
            #doc
            #[inline]
            pub fn #f(&self, request: #req) -> #p::Waiter<#req> {
                self.0.wait(request)
            }
        }
    });
    let job = s.job_plan(e).ok().map(|plan| job_method(s, e, &plan));
    quote!(#paginator #waiter #job)
}

/// `wait_<op>([&request,] &started)`: the waiter of the job an operation started, built from the job id in its
/// output (and, when the status operation needs more, the starting request's parameters of the same names).
fn job_method(s: &Service, e: &Endpoint, plan: &JobPlan<'_>) -> TokenStream {
    let p = private();
    let f = ident(&e.wait_method());
    let output = output_ty(s, e);
    let req = ident(&e.request_type());
    let waiter_req = ident(&plan.waiter.request_type());
    let Some(response) = e.responses.iter().find(|r| r.success) else {
        return TokenStream::new();
    };
    let (id, _) = path(s, body_of(e, response, quote!(started)), &plan.id, false);
    let args = plan.args.iter().map(|a| match a {
        None => quote!(#id.as_str()),
        Some(prm) => {
            let name = ident(&prm.rust);
            quote!(::core::clone::Clone::clone(&request.#name))
        }
    });
    let new = quote!(::core::option::Option::Some(#waiter_req::new(#(#args),*)));
    // Unwrapping optional fields on the way to the id takes `?`, so a closure that returns the `Option`.
    let build = if plan.id.iter().any(|f| option_layers(s, f) > 0) {
        quote!(let job = || #new; let job = job();)
    } else {
        quote!(let job = #new;)
    };
    let with_request = plan.args.iter().any(Option::is_some);
    let request_arg = with_request.then(|| quote!(request: &#req,));
    let operation = &e.operation;
    let field = e.job.as_ref().map(|j| j.id.join(".")).unwrap_or_default();
    let call = e.rust_name.trim_start_matches("r#");
    let status_call = plan.waiter.rust_name.trim_start_matches("r#");
    let shared = plan
        .args
        .iter()
        .flatten()
        .map(|p| format!("`{}`", p.wire))
        .collect::<Vec<_>>()
        .join(", ");
    let from_request = if with_request {
        format!(" and the {shared} of the `request` it was started with")
    } else {
        String::new()
    };
    let doc = doc_attr(&format!(
        "Waits for the job [`{call}`](Self::{call}) started: polls [`{status_call}`](Self::{status_call}) with the \
         job id `{field}` of its output{from_request}, as [`{wait}`](Self::{wait}) does.\n\n\
         When the output has no job id, the waiter resolves to a validation error and sends nothing.",
        wait = plan.waiter.wait_method(),
    ));
    quote! {
        #doc
        #[inline]
        pub fn #f(&self, #request_arg started: &#output) -> #p::Waiter<#waiter_req> {
            #build
            self.0.wait_job(job, #operation, #field)
        }
    }
}

fn paginator_doc(e: &Endpoint, plan: &PagePlan<'_>) -> String {
    let rt = runtime_doc_path();
    let call = e.rust_name.trim_start_matches("r#");
    let p = e.pagination.as_ref();
    let param = plan.param.map(|p| p.wire.as_str()).unwrap_or_default();
    let next = p.map(|p| p.next.join(".")).unwrap_or_default();
    let how = match plan.style {
        PageStyle::Marker => {
            format!("the `{next}` of a page's last item is the next request's `{param}`")
        }
        PageStyle::Cursor => format!("the response's `{next}` is the next request's `{param}`"),
        PageStyle::Offset => {
            format!("the next request's `{param}` is the offset of the first item not yet read")
        }
        PageStyle::Page => format!("the next request's `{param}` is the next page number"),
        PageStyle::Link => {
            format!("the next request has the query of the URL in the response's `{next}`")
        }
    };
    let items = p
        .map(|p| p.items.join("."))
        .filter(|i| !i.is_empty())
        .map_or_else(|| "the body".to_owned(), |i| format!("`{i}`"));
    let token = if plan.style.has_token() {
        ", a page without a next token"
    } else {
        ""
    };
    let short = plan
        .page_size
        .filter(|_| plan.short_page_ends)
        .map(|ps| format!(", a page shorter than the request's `{}`", ps.wire))
        .unwrap_or_default();
    format!(
        "Every page of [`{call}`](Self::{call}), from the one `request` asks for: {how}. The items are {items}.\n\n\
         [`pages`]({rt}::Paginator::pages) is a `Stream` of each page's result, \
         [`items`]({rt}::Paginator::items) one of each item, [`limit`]({rt}::Paginator::limit) \
         caps the items. Paging ends at an empty page{short}{token}, or an error; a token the service repeats, or the \
         same page twice, ends it with an error instead of looping."
    )
}
