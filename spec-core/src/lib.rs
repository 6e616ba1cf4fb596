//! Everything that knows what a spec means, for the `generate!` macro, the mock server, the OpenAPI export and the
//! `spec` command line.
//!
//! Stages: `load` (read, parse) → `raw` (the YAML as written) → `check` + `model` (rules, resolved IR, errors
//! accumulated in `ctxt`).

pub mod check;
pub mod ctxt;
pub mod json;
pub mod load;
pub mod model;
pub mod names;
pub mod raw;

use ctxt::{Ctxt, FileId};
use load::SpecFile;

/// Parse, check and model: each file's index, its YAML as written and its resolved model; or every problem.
///
/// `named_after_service`: each file must be named after its service (`ges.yaml` holds `service: ges`), as when the
/// file name stands for a cargo feature.
pub fn resolve(
    cx: Ctxt,
    files: &[SpecFile],
    named_after_service: bool,
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
            let service = model::Service::from_raw(&cx, FileId(&files[i].display), &raw);
            check::check_model(&cx, &service);
            (i, raw, service)
        })
        .collect();
    cx.check()?;
    Ok(resolved)
}
