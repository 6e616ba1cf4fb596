//! Finding and reading spec files, parsing them ([`crate::yaml`]) within the format's limits, and the wording of
//! YAML errors.

use crate::ctxt::{Ctxt, FileId};
use crate::raw::RawSpec;
use crate::yaml::{self, Breach, Location, Node, Spanned};
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
    list(cx, base, literal)
        .into_iter()
        .filter_map(|name| {
            let path = dir.join(&name);
            let include = if absolute {
                path.to_string_lossy().into_owned()
            } else {
                name.clone()
            };
            read_file(cx, &path, display_name(&name), include)
        })
        .collect()
}

/// Reads the files named by `paths` as the `spec` command gets them: a file, or every `*.yaml` of a folder (sorted).
/// Messages name each file by its path as given.
pub fn read_paths(cx: &Ctxt, paths: &[&Path]) -> Vec<SpecFile> {
    let mut files = Vec::new();
    // As given, without a leading `./`: the user knows where they are.
    let shown = |p: &Path| {
        let text = p.to_string_lossy().replace('\\', "/");
        text.strip_prefix("./").unwrap_or(&text).to_owned()
    };
    for path in paths {
        let shown = shown(path);
        if path.is_dir() {
            let mut names: Vec<String> = match std::fs::read_dir(path) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
                    .collect(),
                Err(e) => {
                    cx.error(format!(
                        "cannot list spec folder `{shown}`: {}",
                        io_reason(&e)
                    ));
                    continue;
                }
            };
            names.sort();
            if names.is_empty() {
                cx.error(format!("spec folder `{shown}` holds no `*.yaml` file"));
            }
            for name in names {
                let display = format!("{}/{name}", shown.trim_end_matches('/'));
                files.extend(read_file(cx, &path.join(&name), display.clone(), display));
            }
        } else {
            files.extend(read_file(cx, path, shown.clone(), shown));
        }
    }
    files
}

/// One file; a problem reading it is recorded and yields `None`. Spec files are UTF-8: a file that is not is
/// refused at its first bad byte.
fn read_file(cx: &Ctxt, path: &Path, display: String, include: String) -> Option<SpecFile> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            cx.error(format!(
                "cannot read spec file `{display}`: {}",
                io_reason(&e)
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(source) => Some(SpecFile {
            display,
            include,
            source,
        }),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let bad = e.as_bytes().get(good.len()).copied().unwrap_or_default();
            // Valid up to here, so these are whole characters.
            let text = String::from_utf8_lossy(good);
            let line = text.matches('\n').count() + 1;
            let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            cx.error_at(
                crate::model::Loc {
                    file: display,
                    line: line as u64,
                    col: col as u64,
                },
                format!("byte 0x{bad:02X} is not UTF-8; spec files are UTF-8 text"),
            );
            None
        }
    }
}

/// A spec file found by [`list`], not read: what `generate!(dir, features)` needs to emit one call per file.
#[derive(Clone)]
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

/// A path as messages show it: `/`-separated, `.` and `x/..` resolved away, and the leading `..` and root dropped
/// (`"../../spec/ges.yaml"` → `spec/ges.yaml`, `src/../evil/x.yaml` → `evil/x.yaml`), so messages are short and
/// the same on every machine.
fn display_name(name: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in Path::new(name).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop();
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    parts.join("/")
}

/// Deepest nesting of YAML collections a spec may use, spelled out rather than left to the parser's default: the
/// spec format needs about a dozen levels, and the stack needed grows with this (see [`PARSE_STACK`]).
const MAX_NESTING: usize = 64;

/// The YAML reader ([`crate::yaml`]) recurses once per nesting level: a file nested [`MAX_NESTING`] deep needs about
/// 512 KiB of stack when everything is unoptimized (about 8 KiB a level; 128 KiB at the workspace's opt-level 1), on
/// top of whatever the caller has used already. So each file is parsed on a thread of its own with this much stack,
/// whatever stack the macro or test thread was given; what follows the parse (reading the tree, building the model)
/// recurses at most a few KiB per level.
const PARSE_STACK: usize = 8 << 20;

/// A YAML error: where (when the parser knows) and what.
pub type ParseError = (Option<Location>, String);

/// Parses one file and reads it as a spec, recording every problem with its location; `None` when the YAML does not
/// parse or a required part of the spec is unusable.
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
            // No thread to be had: parse on this one.
            Err(_) => parse_source(&file.source),
        }
    });
    match parsed {
        Ok(tree) => crate::raw::read(cx, FileId(&file.display), &file.source, &tree),
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

/// Most YAML nodes (mappings, lists and scalars) in one file: thousands of endpoints fit.
pub const MAX_NODES: usize = 250_000;

/// Most bytes of scalar text (names, descriptions, examples) in one file.
pub const MAX_SCALAR_BYTES: usize = 16 << 20;

/// The YAML tree of one file's text, or where and why it does not parse (worded by [`yaml_message`]).
pub fn parse_source(source: &str) -> Result<Spanned<Node>, ParseError> {
    let limits = yaml::Budget {
        max_depth: MAX_NESTING,
        max_nodes: MAX_NODES,
        max_total_scalar_bytes: MAX_SCALAR_BYTES,
        max_documents: 1,
    };
    yaml::parse(source, limits).map_err(|e| (e.location(), yaml_message(&e)))
}

/// What the parser says, in the spec author's words: the limit that was hit (and where the limits are documented),
/// or the syntax error with a hint at its usual cause. The parser stops at its first syntax error, so the message says
/// that the file's other problems show once it is fixed.
fn yaml_message(e: &yaml::Error) -> String {
    const LIMITS: &str = "see \"Limits\" in spec/README.md";
    if let Some(breach) = e.breach() {
        return match breach {
            Breach::Depth { .. } => format!(
                "nested deeper than {MAX_NESTING} levels; declare the inner parts under `types` ({LIMITS})"
            ),
            Breach::Nodes { .. } => {
                format!(
                    "more than {MAX_NODES} YAML nodes in one file; split the service ({LIMITS})"
                )
            }
            Breach::ScalarBytes { .. } => format!(
                "more than {} MiB of text in one file ({LIMITS})",
                MAX_SCALAR_BYTES >> 20
            ),
            Breach::Documents { .. } => {
                "a second YAML document (`---`) starts here; a spec file holds one document"
                    .to_owned()
            }
            Breach::Aliases { .. } | Breach::Anchors { .. } | Breach::AliasAnchorRatio { .. } => {
                format!(
                    "too many YAML anchors or aliases (`&name`, `*name`) in one file ({LIMITS})"
                )
            }
            _ => format!("the file is too large or too complex to read ({LIMITS})"),
        };
    }
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
    let hint = if first.contains("mapping values are not allowed") {
        "a value that contains `: ` must be quoted (`title: \"A: B\"`), or this line is indented differently \
         from the keys around it"
    } else if first.contains("unclosed bracket")
        || first.contains("did not find expected ',' or '}'")
    {
        "a `{ … }` or `[ … ]` is not closed; a plain value that contains `{`, `[`, `,` or `#` must be quoted"
    } else if first.contains("unclosed quote") || first.contains("found unexpected end of stream") {
        "a quoted value is not closed; end it with the same quote"
    } else if first.contains("did not find expected") || first.contains("expected <block end>") {
        "check the indentation of this line against the line above"
    } else if first.contains("duplicate") {
        "each key may appear once in a mapping"
    } else if first.contains("tab") {
        "YAML is indented with spaces, not tabs"
    } else {
        ""
    };
    let first = if first.is_empty() {
        "malformed YAML"
    } else {
        first
    };
    let hint = if hint.is_empty() {
        String::new()
    } else {
        format!(" ({hint})")
    };
    format!(
        "{first}{hint}; the YAML parser stops at its first syntax error, so the file's other problems show once \
         this one is fixed"
    )
}
