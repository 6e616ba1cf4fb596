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

mod expand;
mod steps;

#[cfg(test)]
mod fuzz;
/// spec-core's integration-test support (the spec its error tests break, the fuzz's generator and harness), shared
/// so that it exists once.
#[cfg(test)]
#[path = "../../spec-core/tests/support/mod.rs"]
mod support;
#[cfg(test)]
mod tests;

use expand::{Mode, ServiceOut};
use proc_macro2::TokenStream;
use quote::quote;
use spec_core::check;
use spec_core::ctxt::Ctxt;
use spec_core::load::{self, Base, SpecFile};
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
        let (errors, tokens) = feature_index(cx, &files, cargo_features(), args.mode, &args.path);
        let errors = compile_errors(&args.path, &errors);
        return quote!(#errors #tokens).into();
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
            // One file of a `features` folder: the folder's index names `<stem>::SERVICE`, which must exist so that
            // the spec's own errors are the only ones.
            let stub = args
                .mode
                .feature_file
                .then(|| expand::expand_stub_service(&args.path.value()));
            quote!(#errors #(#includes)* #stub).into()
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
/// A file that cannot stand for a service is reported and left out; the others are still expanded and indexed, so
/// the crate's code that reads the index (`__SERVICES`) gets no follow-on errors.
fn feature_index(
    cx: Ctxt,
    files: &[load::Listed],
    declared: Option<BTreeSet<String>>,
    mode: Mode,
    path: &LitStr,
) -> (Vec<String>, TokenStream) {
    let usable: Vec<load::Listed> = files
        .iter()
        .filter(|f| check::check_feature_file(&cx, f, declared.as_ref()))
        .cloned()
        .collect();
    let expanded = expand::expand_feature_index(&usable, mode, path.span());
    (cx.check().err().unwrap_or_default(), expanded)
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
            .and_then(|(_, service)| serde_json::to_string(service).ok())
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
            .map(|(i, service)| ServiceOut {
                service,
                include: files[*i].include.clone(),
            })
            .collect();
        expand::expand(&outs, mode)
    });
    (result, files)
}

/// Parse, check and model (see `spec_core::resolve`).
fn resolve(
    cx: Ctxt,
    files: &[SpecFile],
    mode: Mode,
) -> Result<Vec<(usize, spec_core::model::Service)>, Vec<String>> {
    spec_core::resolve(cx, files, mode.feature_file)
}

/// Feature names declared in the `[features]` table of the crate being compiled, or `None` when its manifest cannot
/// be read. A plain line scan: the table's keys are all this needs, and a TOML parser would cost every build.
fn cargo_features() -> Option<BTreeSet<String>> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let manifest = std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml")).ok()?;
    let mut in_features = false;
    let mut names = BTreeSet::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_features = line == "[features]";
        } else if in_features && let Some((key, _)) = line.split_once('=') {
            let key = key.trim().trim_matches('"');
            if !key.is_empty() && !key.starts_with('#') {
                names.insert(key.to_owned());
            }
        }
    }
    Some(names)
}
