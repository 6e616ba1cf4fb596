//! Finding and reading spec files, and the one place that knows the YAML parser (serde-saphyr).

use crate::ctxt::{Ctxt, FileId};
use crate::raw::RawSpec;
use std::path::{Component, Path, PathBuf};

/// A spec file as read from disk.
pub struct SpecFile {
    /// How errors name the file: the macro's literal joined with the file name, without leading `../`
    /// (`"../../spec"` + `ges.yaml` → `spec/ges.yaml`), so messages are short and stable across machines.
    pub display: String,
    /// What `include_str!` gets so that editing the file rebuilds the crate.
    pub include: String,
    pub source: String,
}

/// Where the literal is resolved from: the invoking file's folder (as `include_str!` does), or the crate root when
/// the compiler cannot say (rust-analyzer), in which case paths handed to `include_str!` must be absolute.
pub enum Base {
    CallerDir(PathBuf),
    ManifestDir(PathBuf),
}

/// Reads the spec file named by `literal`, or every `*.yaml` in it (sorted) when it is a folder.
pub fn read(cx: &Ctxt, base: &Base, literal: &str) -> Vec<SpecFile> {
    let dir = match base {
        Base::CallerDir(d) | Base::ManifestDir(d) => d,
    };
    let absolute = matches!(base, Base::ManifestDir(_));
    let mut files = Vec::new();
    for name in list(cx, base, literal) {
        let path = dir.join(&name);
        match std::fs::read_to_string(&path) {
            Ok(source) => files.push(SpecFile {
                display: display_name(&name),
                include: if absolute {
                    path.to_string_lossy().into_owned()
                } else {
                    name.clone()
                },
                source,
            }),
            Err(e) => cx.error(format!(
                "cannot read spec file `{}`: {}",
                path.display(),
                io_reason(&e)
            )),
        }
    }
    files
}

/// A spec file found by [`list`], not read: what `generate!(dir, features)` needs to emit one call per file.
pub struct Listed {
    /// The literal joined with the file name, resolved from the same base as the folder's literal.
    pub literal: String,
    /// As [`SpecFile::display`].
    pub display: String,
    /// The file name without `.yaml`.
    pub stem: String,
}

/// The files [`read`] would read, without reading them.
pub fn list_files(cx: &Ctxt, base: &Base, literal: &str) -> Vec<Listed> {
    list(cx, base, literal)
        .into_iter()
        .map(|name| {
            let file = name.rsplit('/').next().unwrap_or(&name);
            Listed {
                stem: file.strip_suffix(".yaml").unwrap_or(file).to_owned(),
                display: display_name(&name),
                literal: name,
            }
        })
        .collect()
}

/// `literal` itself when it names a file, else `<literal>/<name>` for each `*.yaml` in the folder, sorted.
fn list(cx: &Ctxt, base: &Base, literal: &str) -> Vec<String> {
    let (dir, absolute) = match base {
        Base::CallerDir(d) => (d, false),
        Base::ManifestDir(d) => (d, true),
    };
    let resolved = dir.join(literal);
    let meta = match std::fs::metadata(&resolved) {
        Ok(m) => m,
        Err(e) => {
            cx.error(format!(
                "cannot read spec path `{}` (resolved to `{}`, relative to {}): {}",
                literal,
                resolved.display(),
                if absolute {
                    "CARGO_MANIFEST_DIR"
                } else {
                    "the file that invokes the macro"
                },
                io_reason(&e)
            ));
            return Vec::new();
        }
    };
    let mut names: Vec<String> = if meta.is_dir() {
        match std::fs::read_dir(&resolved) {
            Ok(entries) => entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
                .map(|n| format!("{}/{}", literal.trim_end_matches('/'), n))
                .collect(),
            Err(e) => {
                cx.error(format!(
                    "cannot list spec folder `{}`: {}",
                    resolved.display(),
                    io_reason(&e)
                ));
                return Vec::new();
            }
        }
    } else {
        vec![literal.to_owned()]
    };
    names.sort();
    if names.is_empty() {
        cx.error(format!(
            "spec folder `{}` holds no `*.yaml` file",
            resolved.display()
        ));
    }
    names
}

/// OS error text varies by platform; keep messages (and trybuild `.stderr` files) stable.
fn io_reason(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::InvalidData => "the file is not valid UTF-8",
        _ => "I/O error",
    }
}

fn display_name(name: &str) -> String {
    let parts: Vec<String> = Path::new(name)
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

/// Deepest nesting of YAML collections a spec may use, spelled out rather than left to the parser's default: the
/// spec format needs about a dozen levels, and the stack needed grows with this (see [`PARSE_STACK`]).
const MAX_NESTING: usize = 64;

/// The YAML parser and serde's derived visitors recurse once per nesting level, with frames of about 45 KiB a level
/// in the unoptimized build proc macros get: a file nested [`MAX_NESTING`] deep needs about 3 MiB of stack, more than
/// a test thread has and more than rustc is sure to leave a macro. So each file is parsed on a thread of its own with
/// this much stack; what follows the parse recurses at most a few KiB per level.
const PARSE_STACK: usize = 8 << 20;

/// A YAML or shape error: where (when the parser knows) and what.
type ParseError = (Option<serde_saphyr::Location>, String);

/// Parses one file; a YAML or shape error is recorded with its location and yields `None`.
pub fn parse(cx: &Ctxt, file: &SpecFile) -> Option<RawSpec> {
    let parsed = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("spec-parser".into())
            .stack_size(PARSE_STACK)
            .spawn_scoped(s, || parse_source(&file.source));
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err((None, "the YAML parser failed on this file".to_owned()))),
            // No thread to be had: parse here, as before.
            Err(_) => parse_source(&file.source),
        }
    });
    match parsed {
        Ok(spec) => Some(spec),
        Err((location, message)) => {
            let fid = FileId(&file.display);
            let loc = match location {
                Some(l) if l.line() > 0 => fid.at(&l),
                _ => fid.start(),
            };
            cx.error_at(loc, message);
            None
        }
    }
}

fn parse_source(source: &str) -> Result<RawSpec, ParseError> {
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
        budget: serde_saphyr::budget! { max_depth: MAX_NESTING },
    };
    serde_saphyr::from_str_with_options::<RawSpec>(source, options)
        .map_err(|e| (e.location(), yaml_message(&e)))
}

/// serde-saphyr's text without the ` at line N, column M` it appends: we print our own `file:line:col: ` prefix.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let first = match first.rfind(" at line ") {
        Some(i) => &first[..i],
        None => first,
    };
    // Tuning advice for the parser's own options means nothing to a spec author.
    let first = first
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(first);
    if first.starts_with("budget breached: Depth") {
        return format!(
            "nested deeper than {MAX_NESTING} levels; declare the inner parts under `types`"
        );
    }
    // A few of the parser's messages name Rust types; say what the spec author has to write instead.
    match first {
        "" => "malformed YAML".to_owned(),
        "invalid u64" => "expected a non-negative integer".to_owned(),
        "expected string scalar" => "expected a string".to_owned(),
        "expected mapping start" => "expected a mapping".to_owned(),
        "expected sequence start" => "expected a list".to_owned(),
        other => other.to_owned(),
    }
}
