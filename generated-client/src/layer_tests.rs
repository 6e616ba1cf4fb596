//! Enforces the runtime's layers (ARCHITECTURE.md, "The runtime's layers"): every root module belongs to a layer,
//! and a module may use its own layer and the layers below it, never one above. Inside the runtime's four layers
//! the modules also use each other without cycles.
//!
//! The check reads the crate's source files, starting at `src/lib.rs` and following every `mod name;`, and collects
//! each path that reaches the crate root: `crate::a::b`, `use crate::{a, b::{c, d}}` trees over any number of lines,
//! and `super::`/`self::` paths resolved against the module they are written in. Comments (doc links included),
//! strings and character literals are skipped. Test code may use anything: a module marked exactly `#[cfg(test)]`
//! is skipped, `mod name { .. }` to its closing brace and `mod name;` (its whole file) unread. Other `#[cfg(test)]`
//! items (a helper function, a `use`) are checked like any other code.
//!
//! `lib.rs` itself is above every layer: it declares the modules and holds the generated services.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first, and the root modules (or root items) in each. A module may use its own layer and
/// those listed before it.
const LAYERS: &[(&str, &[&str])] = &[
    ("wire", &["wire"]),
    ("auth", &["auth"]),
    ("http", &["http"]),
    (
        "call",
        &[
            "call",
            "client",
            "error",
            "operation",
            "paginate",
            "response",
            "wait",
        ],
    ),
    // The spec front end and what generated code reaches; `SERVICES` is generated at the crate root.
    (
        "spec",
        &[
            "contract",
            "datetime",
            "mock",
            "openapi",
            "service_meta",
            "__private",
            "SERVICES",
        ],
    ),
];

/// The layers whose modules must also use each other without cycles.
const ACYCLIC: &[&str] = &["wire", "auth", "http", "call"];

/// Uses that break the rule on purpose: (file, root module or item used).
const EXCEPTIONS: &[(&str, &str)] = &[
    // `ClientBuilder::build` resolves the endpoint of every compiled-in service, and only the generated list at the
    // crate root knows them; its element type (`ServiceMeta`) holds each service's contract checks, which call through
    // `Client`, so the list cannot sit below the call surface.
    ("client.rs", "SERVICES"),
    // `ClientBuilder::services` takes the same list (`ServiceMeta`s) of a spec expanded in the user's crate.
    ("client.rs", "service_meta"),
];

/// The layer of a root module or item, as an index into [`LAYERS`].
fn layer_of(root: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, names)| names.contains(&root))
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Punct(char),
}

/// Rust tokens, enough to find paths: identifiers and single punctuation characters, each with its line. Comments,
/// string, byte-string, raw-string and character literals, lifetimes and numbers are dropped.
fn tokens(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let word_end = |mut i: usize| {
        while at(i).is_alphanumeric() || at(i) == '_' {
            i += 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        // Where the skipped or read piece ends.
        let end = if ch.is_whitespace() {
            i + 1
        } else if ch == '/' && at(i + 1) == '/' {
            (i..c.len()).find(|&j| c[j] == '\n').unwrap_or(c.len())
        } else if ch == '/' && at(i + 1) == '*' {
            let (mut j, mut depth) = (i, 0);
            while j < c.len() {
                if at(j) == '/' && at(j + 1) == '*' {
                    depth += 1;
                    j += 2;
                } else if at(j) == '*' && at(j + 1) == '/' {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            j
        } else if ch == '"' {
            string_end(&c, i)
        } else if ch == '\'' {
            char_end(&c, i)
        } else if ch.is_alphabetic() || ch == '_' {
            let end = word_end(i);
            let word: String = c[i..end].iter().collect();
            let next = at(end);
            let hashes = (end..c.len()).take_while(|&j| c[j] == '#').count();
            if matches!(word.as_str(), "r" | "br" | "cr") && at(end + hashes) == '"' {
                // A raw string: to the quote followed by as many `#`.
                let mut j = end + hashes + 1;
                while j < c.len() && !(c[j] == '"' && (1..=hashes).all(|h| at(j + h) == '#')) {
                    j += 1;
                }
                j + 1 + hashes
            } else if word == "r" && hashes == 1 {
                // A raw identifier, `r#name`.
                let end = word_end(end + 1);
                out.push((Tok::Ident(c[i + 2..end].iter().collect()), line));
                end
            } else if matches!(word.as_str(), "b" | "c") && next == '"' {
                string_end(&c, end)
            } else if word == "b" && next == '\'' {
                char_end(&c, end)
            } else {
                out.push((Tok::Ident(word), line));
                end
            }
        } else if ch.is_ascii_digit() {
            word_end(i)
        } else {
            out.push((Tok::Punct(ch), line));
            i + 1
        };
        let end = end.min(c.len());
        line += c[i..end].iter().filter(|&&ch| ch == '\n').count();
        i = end;
    }
    out
}

/// The index after the string literal whose opening quote is at `i`.
fn string_end(c: &[char], i: usize) -> usize {
    let mut j = i + 1;
    while j < c.len() && c[j] != '"' {
        j += if c[j] == '\\' { 2 } else { 1 };
    }
    j + 1
}

/// The index after the character literal at `i`, or `i + 1` for a lifetime or label (`'a`).
fn char_end(c: &[char], i: usize) -> usize {
    let at = |j: usize| c.get(j).copied().unwrap_or('\0');
    if at(i + 1) == '\\' {
        // `'\n'`, `'\''`, `'\u{7f}'`: past the escaped character, then to the closing quote.
        let mut j = i + 3;
        while j < c.len() && c[j] != '\'' {
            j += 1;
        }
        j + 1
    } else if at(i + 2) == '\'' {
        i + 3
    } else {
        i + 1
    }
}

/// One path that reaches the crate root, resolved to its segments from the root.
#[derive(Debug, Clone, PartialEq)]
struct Use {
    line: usize,
    path: Vec<String>,
}

/// What one file contains: its paths into the crate, and its `mod name;` declarations (name, test only).
#[derive(Debug, Default)]
struct Scan {
    uses: Vec<Use>,
    children: Vec<(String, bool)>,
}

/// Scans the source of the module at `module` (its path from the crate root).
fn scan(src: &str, module: &[String]) -> Scan {
    let toks = tokens(src);
    let ident = |k: usize| match toks.get(k) {
        Some((Tok::Ident(s), _)) => Some(s.as_str()),
        _ => None,
    };
    let punct = |k: usize, p: char| matches!(toks.get(k), Some((Tok::Punct(q), _)) if *q == p);
    let path_sep = |k: usize| punct(k, ':') && punct(k + 1, ':');
    let mut out = Scan::default();
    // Inline modules open at the current point: (name, brace depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut k = 0;
    while k < toks.len() {
        // `#[cfg(test)]`, then any more attributes and a visibility, then `mod name { .. }` or `mod name;`.
        if punct(k, '#') && punct(k + 1, '[') {
            let end = matching(&toks, k + 1, '[', ']');
            let is_cfg_test = end == k + 6
                && ident(k + 2) == Some("cfg")
                && punct(k + 3, '(')
                && ident(k + 4) == Some("test")
                && punct(k + 5, ')');
            if is_cfg_test {
                let mut j = end + 1;
                while punct(j, '#') && punct(j + 1, '[') {
                    j = matching(&toks, j + 1, '[', ']') + 1;
                }
                if ident(j) == Some("pub") {
                    j += 1;
                    if punct(j, '(') {
                        j = matching(&toks, j, '(', ')') + 1;
                    }
                }
                if let (Some("mod"), Some(name)) = (ident(j), ident(j + 1)) {
                    if punct(j + 2, '{') {
                        k = matching(&toks, j + 2, '{', '}') + 1;
                        continue;
                    }
                    if punct(j + 2, ';') && depth == 0 {
                        out.children.push((name.to_owned(), true));
                        k = j + 3;
                        continue;
                    }
                }
            }
            k = end + 1;
            continue;
        }
        match &toks[k].0 {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, d)| *d > depth) {
                    inline.pop();
                }
            }
            Tok::Ident(word) if word == "mod" => {
                if let Some(name) = ident(k + 1) {
                    if punct(k + 2, ';') && depth == 0 {
                        out.children.push((name.to_owned(), false));
                    } else if punct(k + 2, '{') {
                        inline.push((name.to_owned(), depth + 1));
                    }
                }
            }
            Tok::Ident(word)
                if matches!(word.as_str(), "crate" | "super" | "self")
                    && path_sep(k + 1)
                    && !(k >= 1 && punct(k - 1, ':')) =>
            {
                let line = toks[k].1;
                let mut base: Vec<String> = module.to_vec();
                base.extend(inline.iter().map(|(name, _)| name.clone()));
                let mut j = k;
                match word.as_str() {
                    "crate" => {
                        base.clear();
                        j += 3;
                    }
                    "self" => j += 3,
                    _ => {
                        while ident(j) == Some("super") && path_sep(j + 1) {
                            base.pop();
                            j += 3;
                        }
                    }
                }
                let mut paths = Vec::new();
                j = use_tree(&toks, j, base, &mut paths);
                out.uses
                    .extend(paths.into_iter().map(|path| Use { line, path }));
                k = j;
                continue;
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// The index of the bracket closing the one at `open`.
fn matching(toks: &[(Tok, usize)], open: usize, left: char, right: char) -> usize {
    let mut depth = 0;
    for (k, (t, _)) in toks.iter().enumerate().skip(open) {
        if *t == Tok::Punct(left) {
            depth += 1;
        } else if *t == Tok::Punct(right) {
            depth -= 1;
            if depth == 0 {
                return k;
            }
        }
    }
    toks.len()
}

/// Reads the rest of a path or `use` tree starting at `k` (after `crate::`), pushing every full path onto `out`;
/// returns the index after it.
fn use_tree(
    toks: &[(Tok, usize)],
    mut k: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    loop {
        match toks.get(k).map(|(t, _)| t) {
            Some(Tok::Ident(seg)) => {
                if seg != "self" {
                    prefix.push(seg.clone());
                }
                k += 1;
                if toks.get(k).map(|(t, _)| t) == Some(&Tok::Punct(':'))
                    && toks.get(k + 1).map(|(t, _)| t) == Some(&Tok::Punct(':'))
                {
                    k += 2;
                    continue;
                }
                out.push(prefix);
                return k;
            }
            Some(Tok::Punct('{')) => {
                k += 1;
                loop {
                    match toks.get(k).map(|(t, _)| t) {
                        None => return k,
                        Some(Tok::Punct('}')) => return k + 1,
                        Some(Tok::Punct(',')) => k += 1,
                        _ => {
                            k = use_tree(toks, k, prefix.clone(), out);
                            // `name as alias`: up to the next `,` or the closing brace.
                            while !matches!(
                                toks.get(k).map(|(t, _)| t),
                                None | Some(Tok::Punct(',' | '}'))
                            ) {
                                k += 1;
                            }
                        }
                    }
                }
            }
            // `*`, or the end of a path in an expression (`::<T>`, `(`, `;`).
            _ => {
                out.push(prefix);
                return k;
            }
        }
    }
}

/// One source file of the crate: its path under `src/`, its module path, and what it uses.
#[derive(Debug)]
struct File {
    path: String,
    module: Vec<String>,
    scan: Scan,
}

/// Reads every file of the crate's module tree (test-only files excepted), from `src/lib.rs`.
fn read_crate(src: &Path) -> Vec<File> {
    let mut files = Vec::new();
    let mut todo = vec![(PathBuf::from("lib.rs"), Vec::<String>::new())];
    while let Some((rel, module)) = todo.pop() {
        let text = std::fs::read_to_string(src.join(&rel))
            .unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        let scan = scan(&text, &module);
        // Children of `lib.rs` and `mod.rs` sit beside them; those of `name.rs` in `name/`.
        let dir = match rel.file_name().and_then(|n| n.to_str()) {
            Some("lib.rs" | "mod.rs") => rel.parent().map(Path::to_path_buf).unwrap_or_default(),
            _ => rel.with_extension(""),
        };
        for (child, test_only) in &scan.children {
            if *test_only {
                continue;
            }
            let as_file = dir.join(format!("{child}.rs"));
            let as_dir = dir.join(child).join("mod.rs");
            let found = if src.join(&as_file).is_file() {
                as_file
            } else {
                as_dir
            };
            let mut child_module = module.clone();
            child_module.push(child.clone());
            todo.push((found, child_module));
        }
        let path = rel.to_string_lossy().replace('\\', "/");
        files.push(File { path, module, scan });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Everything that breaks the layering, one line each; and the exceptions that were used.
fn violations(files: &[File]) -> (Vec<String>, BTreeSet<(String, String)>) {
    let mut errors = Vec::new();
    let mut excepted = BTreeSet::new();
    // Modules directly under a layer directory are units of their own (`wire::json`), root files are one each.
    let dirs: BTreeSet<&str> = files
        .iter()
        .filter(|f| f.module.len() == 1 && f.path.ends_with("/mod.rs"))
        .map(|f| f.module[0].as_str())
        .collect();
    let unit = |path: &[String]| -> String {
        let n = if path.first().is_some_and(|r| dirs.contains(r.as_str())) {
            2
        } else {
            1
        };
        path[..path.len().min(n)].join("::")
    };
    let mut edges: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for f in files {
        // The crate root declares everything and holds the generated code: it is above every layer.
        let Some(root) = f.module.first() else {
            continue;
        };
        let Some(from) = layer_of(root) else {
            errors.push(format!(
                "{}: module `{root}` has no layer: add it to LAYERS",
                f.path
            ));
            continue;
        };
        for u in &f.scan.uses {
            let text = format!("crate::{}", u.path.join("::"));
            let Some(target) = u.path.first() else {
                continue;
            };
            let Some(to) = layer_of(target) else {
                // Root re-exports (`crate::Client`) hide where an item lives: below the top, name its module.
                if from + 1 < LAYERS.len() {
                    errors.push(format!(
                        "{}:{}: `{text}`: `{target}` is no module with a layer (use the module that defines it)",
                        f.path, u.line
                    ));
                }
                continue;
            };
            if to > from {
                let key = (f.path.clone(), target.clone());
                if EXCEPTIONS.iter().any(|(p, t)| *p == key.0 && *t == key.1) {
                    excepted.insert(key);
                } else {
                    errors.push(format!(
                        "{}:{}: `{text}`: layer `{}` uses layer `{}` above it",
                        f.path, u.line, LAYERS[from].0, LAYERS[to].0
                    ));
                }
            }
            if ACYCLIC.contains(&LAYERS[from].0) && ACYCLIC.contains(&LAYERS[to].0) {
                let (a, b) = (unit(&f.module), unit(&u.path));
                if a != b {
                    edges
                        .entry(a)
                        .or_default()
                        .entry(b)
                        .or_insert_with(|| format!("{}:{}: `{text}`", f.path, u.line));
                }
            }
        }
    }
    errors.extend(cycles(&edges));
    (errors, excepted)
}

/// One message per cycle found among the units (depth-first search), naming each use on it.
fn cycles(edges: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<String> {
    fn visit<'a>(
        node: &'a str,
        edges: &'a BTreeMap<String, BTreeMap<String, String>>,
        stack: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        out: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|n| *n == node) {
            let mut ring: Vec<&str> = stack[at..].to_vec();
            ring.push(node);
            let uses: Vec<&str> = ring
                .windows(2)
                .map(|w| edges[w[0]][w[1]].as_str())
                .collect();
            out.push(format!("cycle {}: {}", ring.join(" -> "), uses.join("; ")));
            return;
        }
        stack.push(node);
        for next in edges.get(node).into_iter().flat_map(|m| m.keys()) {
            visit(next, edges, stack, done, out);
        }
        stack.pop();
        done.insert(node);
    }
    let mut out = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, edges, &mut Vec::new(), &mut done, &mut out);
    }
    out
}

#[test]
fn the_runtime_keeps_its_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = read_crate(&src);
    // The walk reached every layer.
    for (layer, names) in LAYERS {
        assert!(
            files.iter().any(|f| f
                .module
                .first()
                .is_some_and(|r| names.contains(&r.as_str()))),
            "no file of layer `{layer}` found"
        );
    }
    assert!(
        files.iter().all(|f| !f.path.ends_with("_tests.rs")),
        "test-only files are skipped"
    );
    let (errors, excepted) = violations(&files);
    assert!(
        errors.is_empty(),
        "the runtime's layers are broken:\n{}",
        errors.join("\n")
    );
    for (path, target) in EXCEPTIONS {
        assert!(
            excepted.contains(&(path.to_string(), target.to_string())),
            "the exception for {path} using `{target}` is no longer needed: remove it from EXCEPTIONS"
        );
    }
}

fn roots(src: &str, module: &[&str]) -> Vec<String> {
    let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
    scan(src, &module)
        .uses
        .into_iter()
        .map(|u| u.path.join("::"))
        .collect()
}

#[test]
fn the_scanner_finds_every_path_into_the_crate() {
    let src = r##"
//! [`crate::doc_link`]
use std::fmt;
use crate::{a, b::{c, d as e}, f::*};
use crate::g
    ::h;
pub(crate) fn x<'a>(s: &'a str) -> char {
    let _ = ("crate::in_a_string", r#"crate::raw " "#, b"crate::bytes", 'c', '\'', '{', b'}');
    crate::i::j::<u8>();
    super::k::l();
    self::m::n(super::super::o::p)
}
/* crate::in_a_comment /* nested */ crate::still_a_comment */
#[cfg(test)]
mod tests {
    use crate::forbidden;
    fn f() -> char { '}' }
}
#[cfg(test)] // a comment between
#[allow(dead_code)]
pub(crate) mod more_tests { use crate::forbidden_too; }
#[cfg(test)]
mod tests_in_a_file;
mod child;
mod inline { use super::q; fn r() { super::super::s(); } }
#[cfg(test)] // not a module: scanned
fn helper() { crate::t::u(); }
"##;
    assert_eq!(
        roots(src, &["top", "here"]),
        [
            "a",
            "b::c",
            "b::d",
            "f",
            "g::h",
            "i::j",
            "top::k::l",
            "top::here::m::n",
            "o::p",
            "top::here::q",
            "top::s",
            "t::u",
        ]
    );
    let module = ["top".to_owned(), "here".to_owned()];
    assert_eq!(
        scan(src, &module).children,
        [
            ("tests_in_a_file".to_owned(), true),
            ("child".to_owned(), false)
        ]
    );
}

#[test]
fn a_lower_layer_using_a_higher_one_fails() {
    let file = |path: &str, src: &str| {
        let module: Vec<String> = path
            .trim_end_matches(".rs")
            .trim_end_matches("/mod")
            .split('/')
            .map(str::to_owned)
            .collect();
        let scan = scan(src, &module);
        File {
            path: path.to_owned(),
            module,
            scan,
        }
    };
    let files = [
        file(
            "wire/json.rs",
            "use crate::wire::datetime::DateTime;\nuse crate::{\n    client::Client,\n};",
        ),
        file(
            "wire/datetime.rs",
            "fn f() { crate::http::transport::execute() }",
        ),
        file(
            "wire/mod.rs",
            "pub(crate) mod datetime;\npub(crate) mod json;",
        ),
        file(
            "http/transport.rs",
            "use crate::Client;\nuse super::config::CallOptions;",
        ),
        file("http/config.rs", "use super::transport::Base;"),
        file("http/mod.rs", ""),
        file(
            "call.rs",
            "use crate::wire::json;\nuse crate::client::Client;",
        ),
        file("client.rs", "fn f() { crate::SERVICES.iter(); }"),
        file("nowhere.rs", ""),
    ];
    let (errors, excepted) = violations(&files);
    assert_eq!(
        errors,
        [
            "wire/json.rs:2: `crate::client::Client`: layer `wire` uses layer `call` above it",
            "wire/datetime.rs:1: `crate::http::transport::execute`: layer `wire` uses layer `http` above it",
            "http/transport.rs:1: `crate::Client`: `Client` is no module with a layer (use the module that \
             defines it)",
            "nowhere.rs: module `nowhere` has no layer: add it to LAYERS",
            "cycle http::transport -> http::config -> http::transport: http/transport.rs:2: \
             `crate::http::config::CallOptions`; http/config.rs:1: `crate::http::transport::Base`",
        ]
    );
    assert_eq!(
        excepted,
        BTreeSet::from([("client.rs".to_owned(), "SERVICES".to_owned())])
    );
}

/// Each service becomes a module at the crate root: the checker refuses the names of the root modules
/// (`spec_core::check::RESERVED_SERVICES`, a list kept by hand because the macro's crates cannot read this one).
#[test]
fn root_modules_are_reserved_service_names() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("src/lib.rs");
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            l.strip_prefix("pub mod ")
                .or_else(|| l.strip_prefix("mod "))?
                .strip_suffix(';')
        })
        .collect();
    assert!(modules.contains(&"wire"), "{modules:?}");
    for m in modules {
        assert!(
            spec_core::check::RESERVED_SERVICES.contains(&m),
            "root module `{m}` is missing from spec_core::check::RESERVED_SERVICES"
        );
    }
}
