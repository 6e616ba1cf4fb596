//! `generate!("path")` expands YAML service specs into typed requests, responses, errors and async calls.
//!
//! The path is a spec file or a folder of `*.yaml` files, resolved relative to the file that invokes the macro (as
//! `include_str!` does). Flags may follow the path:
//! - `features`: each service sits behind a cargo feature of its name, which the invoking crate's `[features]` must
//!   declare (`generated-client` calls `generate!("../../spec", features)`);
//! - `standalone`: for a crate other than `generated-client` that expands a spec of its own against its runtime; it
//!   leaves out the `Client::<service>()` accessors (a foreign crate cannot add inherent methods), so calls go through
//!   `<Service>::new(&client)`.
//!
//! Stages: `load` (read, parse) → `raw` (the YAML as written) → `check` + `model` (rules, resolved IR, errors
//! accumulated in `ctxt`) → `expand` (tokens, infallible).

mod check;
mod ctxt;
mod expand;
mod json;
mod load;
mod model;
mod names;
mod raw;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;

use ctxt::{Ctxt, FileId};
use expand::{Mode, ServiceOut};
use load::{Base, SpecFile};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

/// Expands the spec file or folder named by the string literal; see the crate docs.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    let base = call_site_base();
    let cx = Ctxt::new();
    let files = load::read(&cx, &base, &args.path.value());
    // With `features`, each service must have a cargo feature in the invoking crate's manifest.
    let features = args.mode.features.then(load::cargo_features).flatten();
    let (result, files) = pipeline(cx, files, args.mode, features);
    let includes = files.iter().map(|f| {
        let path = &f.include;
        quote!(
            const _: &str = ::core::include_str!(#path);
        )
    });
    match result {
        Ok(tokens) => tokens.into(),
        Err(errors) => {
            // Keep the include_str!s on failure too: fixing the YAML must trigger a rebuild.
            let errors = errors
                .iter()
                .map(|e| syn::Error::new(args.path.span(), e).to_compile_error());
            quote!(#(#errors)* #(#includes)*).into()
        }
    }
}

struct Args {
    path: LitStr,
    mode: Mode,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut mode = Mode::default();
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let flag: syn::Ident = input.parse()?;
            match flag.to_string().as_str() {
                "standalone" => mode.standalone = true,
                "features" => mode.features = true,
                _ => {
                    return Err(syn::Error::new(
                        flag.span(),
                        "expected `standalone` or `features`",
                    ));
                }
            }
        }
        Ok(Args { path, mode })
    }
}

/// The invoking file's folder, or `CARGO_MANIFEST_DIR` when the compiler cannot tell (rust-analyzer's stub).
fn call_site_base() -> Base {
    let local = proc_macro::Span::call_site().local_file();
    match local.as_deref().and_then(std::path::Path::parent) {
        Some(dir) => Base::CallerDir(dir.to_path_buf()),
        None => Base::ManifestDir(
            std::env::var_os("CARGO_MANIFEST_DIR")
                .map(Into::into)
                .unwrap_or_default(),
        ),
    }
}

/// Everything after reading: parse, check, model, expand. Errors come back rendered, one string each.
fn pipeline(
    cx: Ctxt,
    files: Vec<SpecFile>,
    mode: Mode,
    features: Option<BTreeSet<String>>,
) -> (Result<TokenStream, Vec<String>>, Vec<SpecFile>) {
    let parsed: Vec<(usize, raw::RawSpec)> = files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| load::parse(&cx, f).map(|r| (i, r)))
        .collect();
    let mut seen = std::collections::BTreeMap::new();
    for (i, raw) in &parsed {
        let f = FileId(&files[*i].display);
        check::check_raw(&cx, f, raw);
        if let Some(features) = &features {
            check::check_service_feature(&cx, f, raw, features);
        }
        // Two files with one service name would define one module twice.
        if let Some(first) = seen.insert(raw.service.value.clone(), f.at(&raw.service.referenced)) {
            cx.error_at(
                f.at(&raw.service.referenced),
                format!(
                    "service `{}` is already defined at {first}",
                    raw.service.value
                ),
            );
        }
    }
    let services: Vec<model::Service> = parsed
        .iter()
        .map(|(i, raw)| model::Service::from_raw(&cx, FileId(&files[*i].display), raw))
        .collect();
    for s in &services {
        check::check_model(&cx, s);
    }
    if let Err(errors) = cx.check() {
        return (Err(errors), files);
    }
    let outs: Vec<ServiceOut<'_>> = parsed
        .iter()
        .zip(&services)
        .map(|((i, raw), service)| ServiceOut {
            service,
            spec_json: json::spec_json(raw, service),
            include: files[*i].include.clone(),
        })
        .collect();
    let tokens = expand::expand(&outs, mode);
    (Ok(tokens), files)
}
