//! `generate!("path")` expands YAML service specs into typed requests, responses, errors and async calls. Users
//! reach it as `generated_client::generate!` (see that item and the README's "A spec of your own"); this crate's
//! docs are for the macro's maintainers.
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

/// Expands YAML service specs into typed requests, responses, errors and calls, where it is invoked.
///
/// ```ignore
/// generated_client::generate!("../spec", standalone);
/// ```
///
/// The path is a spec file or a folder of `*.yaml` files, resolved relative to the file that invokes the macro (as
/// `include_str!` does). Each spec file's service becomes a module of that name (`widgets`) holding its types, its
/// handle (`widgets::Widgets::new(&client)`) and its `SERVICE` description; next to the modules, `SERVICES` lists
/// every service the expansion defined, for `MockConfig::services` and `ClientBuilder::services`. A spec problem
/// fails the build with every problem at `<file>.yaml:<line>:<col>`, and nothing else: code that uses the services
/// gets no follow-on errors.
///
/// Options, after the path, separated by commas:
/// - `standalone`: required in any crate but `generated-client` itself (without it the build fails saying so). It
///   leaves out the `client.<service>()` accessors (a crate cannot add methods to another crate's type), so calls
///   go through `<Service>::new(&client)`.
/// - `crate = path`: where the runtime crate is, when it is not `::generated_client` (a renamed dependency,
///   `rt = { package = "generated-client", … }`, is `crate = ::rt`; a re-export is `crate = crate::path::to::it`).
///   Every path the generated code and its docs use starts there.
/// - `features`: each service sits behind a cargo feature of its name, which the invoking crate's `[features]` must
///   declare (`generated-client` calls `generate!("../spec", features)`). A file is named after its service
///   (`ges.yaml` holds service `ges`, feature `ges`), because the macro then only lists the folder and emits one
///   `#[cfg(feature = "ges")] generate!("…/ges.yaml", …)` per file: rustc drops a disabled service's call before
///   expanding it, so that file is never read, parsed or expanded and costs nothing to compile.
///
/// Editing a spec file the macro read rebuilds the crate. A new file in a spec folder needs a build script that
/// tracks the folder (`fn main() { println!("cargo::rerun-if-changed=spec"); }`): a macro cannot ask cargo to watch a
/// folder, so a crate without a build script gets a warning saying so.
#[proc_macro]
pub fn generate(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let args = syn::parse_macro_input!(input as Args);
    expand::with_runtime(args.runtime.as_ref(), || expand_args(&args)).into()
}

fn expand_args(args: &Args) -> TokenStream {
    let base = call_site_base();
    let cx = Ctxt::new();
    let untracked = untracked_folder(&base, &args.path);
    // Without `standalone` in another crate, the `Client` methods would be rustc's E0116 (an inherent impl outside
    // `Client`'s crate): the services are expanded as `standalone` asks, and the invocation gets the one error that
    // says to add it (where the spec has no errors of its own, which come first).
    let mut mode = args.mode;
    let missing_standalone = !mode.standalone && !mode.feature_file && outside_the_runtime();
    mode.standalone |= missing_standalone;
    let missing_standalone = missing_standalone.then(|| {
        compile_errors(
            &args.path,
            &["outside generated-client, `generate!` needs `standalone` (`generate!(\"…\", standalone)`): a crate \
               cannot add `client.<service>()` methods to another crate's `Client`, so its services are called as \
               `<Service>::new(&client)`"
                .to_owned()],
        )
    });
    if mode.features {
        let files = load::list_files(&cx, &base, &args.path.value());
        let (errors, tokens) = feature_index(cx, &files, cargo_features(), mode, &args.path);
        let errors = compile_errors(&args.path, &errors);
        return quote!(#errors #missing_standalone #tokens #untracked);
    }
    let files = load::read(&cx, &base, &args.path.value());
    let (result, files) = pipeline(cx, files, mode);
    let includes = files.iter().map(|f| {
        let path = &f.include;
        quote!(
            const _: &str = ::core::include_str!(#path);
        )
    });
    match result {
        Ok(tokens) => quote!(#missing_standalone #tokens #untracked),
        Err(errors) => {
            // Keep the include_str!s on failure too: fixing the YAML must trigger a rebuild.
            let errors = compile_errors(&args.path, &errors);
            let names = if mode.feature_file {
                // One file of a `features` folder: the folder's index names `<stem>::SERVICE`.
                vec![stem(&args.path.value())]
            } else {
                service_names(&files)
            };
            let stubs = expand::expand_error_stubs(&names, errors, !mode.feature_file);
            quote!(#stubs #(#includes)* #untracked)
        }
    }
}

/// Whether the crate being compiled is another than generated-client (as cargo says; `false` when it does not).
fn outside_the_runtime() -> bool {
    std::env::var("CARGO_PKG_NAME").is_ok_and(|name| name != "generated-client")
}

/// The modules a spec with errors would have defined, as far as its files can be read: each file's `service:`, or
/// its file name when the YAML does not parse. Only for the stubs that stand in for them.
fn service_names(files: &[SpecFile]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for file in files {
        // The file's errors are already reported: this context's copies are dropped.
        let cx = Ctxt::new();
        let name = load::parse(&cx, file)
            .map(|raw| raw.service.value)
            .filter(|n| spec_core::names::is_snake_ident(n))
            .unwrap_or_else(|| stem(&file.display));
        let _ = cx.check();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// `spec/ges.yaml` → `ges`.
fn stem(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.strip_suffix(".yaml").unwrap_or(file).to_owned()
}

/// A warning when the spec path is a folder and the crate has no build script. Editing a file the macro read
/// rebuilds the crate (`include_str!` tracks it), but a macro cannot make rustc track a folder on stable Rust
/// (`proc_macro::tracked::path` is unstable), so a new file in it would go unnoticed until a `.rs` file changes; a
/// build script saying `cargo::rerun-if-changed=<folder>` makes cargo rerun it, and rebuild the crate, when a file is
/// added. Cargo sets `OUT_DIR` for crates that have a build script; whether it names the folder cannot be seen.
/// The warning is a use of a `#[deprecated]` item: the only warning a macro can raise on stable Rust.
fn untracked_folder(base: &Base, literal: &LitStr) -> Option<TokenStream> {
    let (Base::CallerDir(dir) | Base::ManifestDir(dir)) = base;
    let folder = dir.join(literal.value());
    if !folder.is_dir() || std::env::var_os("OUT_DIR").is_some() {
        return None;
    }
    let manifest = std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    let shown = match (folder.canonicalize(), manifest.canonicalize()) {
        (Ok(f), Ok(m)) => f
            .strip_prefix(&m)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| f.to_string_lossy().into_owned()),
        _ => literal.value(),
    };
    let note = format!(
        "a new file in the spec folder `{shown}` is not seen until a `.rs` file changes: add to the crate a `build.rs` \
         with `fn main() {{ println!(\"cargo::rerun-if-changed={shown}\"); }}`"
    );
    let span = literal.span();
    Some(quote::quote_spanned! {span=>
        const _: () = {
            #[deprecated(note = #note)]
            struct SpecFolderNeedsABuildScript;
            let _ = SpecFolderNeedsABuildScript;
        };
    })
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
/// the crate's code that reads the index (`SERVICES`) gets no follow-on errors.
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
#[cfg(feature = "json")]
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
    /// `crate = path`: where the runtime is, when not at `::generated_client`.
    runtime: Option<syn::Path>,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut mode = Mode::default();
        let mut runtime = None;
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            if let Some(krate) = input.parse::<Option<Token![crate]>>()? {
                input.parse::<Token![=]>()?;
                let path = input.call(syn::Path::parse_mod_style).map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected the runtime crate's path after `crate =`, such as `::rt` or `crate::runtime`",
                    )
                })?;
                if runtime.replace(path).is_some() {
                    return Err(syn::Error::new(krate.span, "`crate` is given twice"));
                }
                continue;
            }
            let flag: syn::Ident = input.parse()?;
            match flag.to_string().as_str() {
                "standalone" => mode.standalone = true,
                "features" => mode.features = true,
                // Internal: one file of a `features` folder, as `feature_index` emits it.
                "__feature_file" => mode.feature_file = true,
                _ => {
                    return Err(syn::Error::new(
                        flag.span(),
                        "expected `standalone`, `features` or `crate = path`",
                    ));
                }
            }
        }
        Ok(Args {
            path,
            mode,
            runtime,
        })
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
