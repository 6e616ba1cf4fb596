//! Everything that knows what a spec means, for the `generate!` macro, the mock server, the OpenAPI export and the
//! `spec` command line.
//!
//! Stages: `load` (read, parse with `yaml`) → `raw` (the YAML as written) → `check` + `model` (rules, resolved IR, errors
//! accumulated in `ctxt`).

#[cfg(feature = "yaml")]
pub mod build;
#[cfg(feature = "yaml")]
pub mod check;
#[cfg(feature = "yaml")]
pub mod ctxt;
#[cfg(feature = "yaml")]
pub mod load;
pub mod model;
#[cfg(feature = "yaml")]
pub mod names;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod plans;
#[cfg(feature = "yaml")]
pub mod raw;
pub mod routes;
pub mod validate;
#[cfg(feature = "yaml")]
pub mod yaml;

#[cfg(feature = "yaml")]
use ctxt::{Ctxt, FileId};
#[cfg(feature = "yaml")]
use load::SpecFile;

/// Parse, check and model: each file's index and its model; or every problem.
///
/// `named_after_service`: each file must be named after its service (`ges.yaml` holds `service: ges`), as when the
/// file name stands for a cargo feature.
#[cfg(feature = "yaml")]
pub fn resolve(
    cx: Ctxt,
    files: &[SpecFile],
    named_after_service: bool,
) -> Result<Vec<(usize, model::Service)>, Vec<String>> {
    let parsed: Vec<(usize, raw::RawSpec)> = files
        .iter()
        .enumerate()
        .filter_map(|(i, f)| load::parse(&cx, f).map(|r| (i, r)))
        .collect();
    let mut seen = std::collections::BTreeMap::new();
    for (i, raw) in &parsed {
        let f = FileId(&files[*i].display);
        check::check_raw(&cx, f, raw);
        if named_after_service {
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
            let service = build::service(&cx, FileId(&files[i].display), &raw);
            check::check_model(&cx, &service);
            (i, service)
        })
        .collect();
    let services: Vec<&model::Service> = resolved.iter().map(|(_, s)| s).collect();
    check::check_routes(&cx, &services);
    cx.check()?;
    Ok(resolved)
}

/// Reads the spec files named by `paths` (a file, or every `*.yaml` of a folder), checks them together (two files
/// may not define one service, nor two endpoints take the same requests) and returns their models in path order;
/// or every problem, in every file, each as `file:line:col: message`.
#[cfg(feature = "yaml")]
pub fn load_paths<P: AsRef<std::path::Path>>(
    paths: &[P],
) -> Result<Vec<model::Service>, Vec<String>> {
    let cx = Ctxt::new();
    let paths: Vec<&std::path::Path> = paths.iter().map(AsRef::as_ref).collect();
    let files = load::read_paths(&cx, &paths);
    Ok(resolve(cx, &files, false)?
        .into_iter()
        .map(|(_, s)| s)
        .collect())
}

/// Checks one spec given as text and returns its model, or every problem (`display` names the file in messages).
#[cfg(feature = "yaml")]
pub fn load_str(display: &str, source: &str) -> Result<model::Service, Vec<String>> {
    let file = SpecFile {
        display: display.to_owned(),
        include: display.to_owned(),
        source: source.to_owned(),
    };
    match resolve(Ctxt::new(), &[file], false)?.pop() {
        Some((_, service)) => Ok(service),
        None => Err(vec![format!("{display}: the file holds no service")]),
    }
}
