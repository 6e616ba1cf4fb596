//! Error accumulator (serde_derive's `Ctxt`): every stage records problems and keeps going, so one build reports
//! every mistake in the spec.

pub use crate::model::Loc;
use crate::yaml::Location;
use std::cell::RefCell;
use std::fmt;

/// A file being checked, so call sites can turn YAML locations into `Loc`s cheaply.
#[derive(Clone, Copy)]
pub struct FileId<'a>(pub &'a str);

impl FileId<'_> {
    pub fn at(self, l: &Location) -> Loc {
        Loc {
            file: self.0.to_owned(),
            line: l.line(),
            col: l.column(),
        }
    }

    /// Start of the file: for problems of the file as a whole.
    pub fn start(self) -> Loc {
        Loc {
            file: self.0.to_owned(),
            line: 1,
            col: 1,
        }
    }
}

/// A recorded problem: where (if anywhere in a file) and what.
type Problem = (Option<Loc>, String);

#[derive(Default)]
pub struct Ctxt {
    /// `None` once `check` has run.
    errors: RefCell<Option<Vec<Problem>>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Records a problem written at `loc`.
    pub fn error_at(&self, loc: Loc, msg: impl fmt::Display) {
        self.push(Some(loc), msg.to_string());
    }

    /// Records a problem written at `loc` when it is known, else one of no place.
    pub fn error_near(&self, loc: Option<Loc>, msg: impl fmt::Display) {
        self.push(loc, msg.to_string());
    }

    /// Records a problem that has no place in a spec file (e.g. the spec folder is missing).
    pub fn error(&self, msg: impl fmt::Display) {
        self.push(None, msg.to_string());
    }

    fn push(&self, loc: Option<Loc>, msg: String) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push((loc, shorten_quotes(&msg)));
        }
    }

    /// Consumes the context: `Err` with every message, sorted by file position, rendered `file:line:col: msg`.
    pub fn check(self) -> Result<(), Vec<String>> {
        let mut errors = self.errors.borrow_mut().take().unwrap_or_default();
        if errors.is_empty() {
            return Ok(());
        }
        errors.sort_by(|a, b| a.0.cmp(&b.0));
        errors.dedup();
        Err(errors
            .into_iter()
            .map(|(loc, msg)| match loc {
                Some(loc) => format!("{loc}: {msg}"),
                None => msg,
            })
            .collect())
    }
}

/// Messages quote what the spec says between backticks; a quote longer than [`spec_rules::MAX_QUOTED_CHARS`] is cut
/// (and marked `…`), so a 10,000-character name or number cannot make a 10,000-character message.
fn shorten_quotes(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len().min(4096));
    for (i, part) in msg.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        // Odd parts are inside backticks.
        if i % 2 == 1 {
            out.push_str(&spec_rules::shorten(part));
        } else {
            out.push_str(part);
        }
    }
    out
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // Forgetting `check` would silently drop errors; this is a bug in the macro, not in a spec.
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("forgot to check for errors");
        }
    }
}
