//! `generate!("path")` expands YAML service specs into typed requests, responses, errors and async calls.
//!
//! The path is a spec file or a folder of `*.yaml` files, resolved relative to the file that invokes the macro (as
//! `include_str!` does). Flags may follow the path:
//! - `features`: each service sits behind a cargo feature of its name, which the invoking crate's `[features]` must
//!   declare (`generated-client` calls `generate!("../../spec", features)`). A file is named after its service
//!   (`ges.yaml` holds service `ges`, feature `ges`), because the macro then only lists the folder and emits one
//!   `#[cfg(feature = "ges")] generate!("…/ges.yaml", …)` per file: rustc drops a disabled service's call before
//!   expanding it, so that file is never read, parsed or expanded and costs nothing to compile;
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
    if args.mode.features {
        let files = load::list_files(&cx, &base, &args.path.value());
        return match feature_index(cx, &files, load::cargo_features(), args.mode, &args.path) {
            Ok(tokens) => tokens.into(),
            Err(errors) => compile_errors(&args.path, &errors).into(),
        };
    }
    let files = load::read(&cx, &base, &args.path.value());
    let (result, files) = pipeline(cx, files, args.mode);
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
            let errors = compile_errors(&args.path, &errors);
            quote!(#errors #(#includes)*).into()
        }
    }
}

/// Every problem as a `compile_error!` on the path literal.
fn compile_errors(path: &LitStr, errors: &[String]) -> TokenStream {
    errors
        .iter()
        .map(|e| syn::Error::new(path.span(), e).to_compile_error())
        .collect()
}

/// `generate!(dir, features)`: checks the file names against the manifest's features (`declared`, when the manifest
/// could be read) and emits one cfg-gated `generate!` per file plus the index of enabled services. No file is read.
fn feature_index(
    cx: Ctxt,
    files: &[load::Listed],
    declared: Option<BTreeSet<String>>,
    mode: Mode,
    path: &LitStr,
) -> Result<TokenStream, Vec<String>> {
    for f in files {
        check::check_feature_file(&cx, f, declared.as_ref());
    }
    cx.check()?;
    Ok(expand::expand_feature_index(files, mode, path.span()))
}

/// The normalized JSON of one spec file (`ServiceMeta::spec_json`), for the mock server and the OpenAPI export.
///
/// Generated code calls it as `__private::spec_json!(__private::__spec_json!("<file>"))`; the runtime's
/// `spec_json!` drops the call unexpanded unless one of the features that read the JSON is on, so a build without
/// them never builds or embeds the string. Not an API: `generate!` has already reported any problem in the file,
/// so this expands to `""` rather than reporting it twice.
#[doc(hidden)]
#[proc_macro]
pub fn __spec_json(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let path = syn::parse_macro_input!(input as LitStr);
    let cx = Ctxt::new();
    let files = load::read(&cx, &call_site_base(), &path.value());
    let json = match resolve(cx, &files, Mode::default()) {
        Ok(resolved) => resolved
            .first()
            .map(|(_, raw, service)| json::spec_json(raw, service))
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    quote!(#json).into()
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
                // Internal: one file of a `features` folder, as `feature_index` emits it.
                "__feature_file" => mode.feature_file = true,
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
) -> (Result<TokenStream, Vec<String>>, Vec<SpecFile>) {
    let result = resolve(cx, &files, mode).map(|resolved| {
        let outs: Vec<ServiceOut<'_>> = resolved
            .iter()
            .map(|(i, _, service)| ServiceOut {
                service,
                include: files[*i].include.clone(),
            })
            .collect();
        expand::expand(&outs, mode)
    });
    (result, files)
}

/// Parse, check and model: each file's index, its YAML as written and its resolved model; or every problem.
fn resolve(
    cx: Ctxt,
    files: &[SpecFile],
    mode: Mode,
) -> Result<Vec<(usize, raw::RawSpec, model::Service)>, Vec<String>> {
    let parsed: Vec<(usize, raw::RawSpec)> = files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| load::parse(&cx, f).map(|r| (i, r)))
        .collect();
    let mut seen = std::collections::BTreeMap::new();
    for (i, raw) in &parsed {
        let f = FileId(&files[*i].display);
        check::check_raw(&cx, f, raw);
        if mode.feature_file {
            check::check_service_file_name(&cx, f, raw);
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
    let resolved: Vec<_> = parsed
        .into_iter()
        .map(|(i, raw)| {
            let service = model::Service::from_raw(&cx, FileId(&files[i].display), &raw);
            check::check_model(&cx, &service);
            (i, raw, service)
        })
        .collect();
    cx.check()?;
    Ok(resolved)
}
