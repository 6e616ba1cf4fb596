//! The YAML front end: a spec file's text → one tree of located nodes ([`Spanned`]`<`[`Node`]`>`), built from
//! granit-parser's event stream.
//!
//! What a file means as YAML is fixed here, once: the resolution of plain scalars (YAML 1.2 core schema with the
//! six boolean spellings only, integers in decimal, `0x`, `0o` and `0b` with `_` between digits, `.inf` and `.nan`
//! kept), tags, anchors and aliases, merge keys (`<<`), duplicate keys (an error), one document per file, and the
//! limits a file must stay within ([`Breach`]). These are the rules of serde-saphyr 2.2 reading an untyped value
//! with `load.rs`'s options (strict booleans, non-finite floats kept, the budget); `spec-core/tests/yaml_parity.rs`
//! runs both on the same inputs and compares every node, location and error. Each part below names the serde-saphyr
//! source it follows.
//!
//! Shape: a `Live` source pulls parser events, enforces the budget and replays anchored nodes at their aliases;
//! `node` reads one node from a source; a mapping's keys (and the values a merge key brings in) are first captured
//! as events (`capture`) and read back from a `Replay` source, so duplicate keys are found by comparing captured
//! keys (`Fp`).

use granit_parser::{Event, ScalarStyle, ScanError, Span, StrInput, Tag};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

// ---------------------------------------------------------------------------------------------------- locations

/// Where a node (or an error) is: line and column (1-based, the column counted in characters, as editors and
/// rustc do) and, for a node, the bytes it spans in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    line: u32,
    column: u32,
    /// Byte offset and byte length; absent for an error's location.
    bytes: Option<(u32, u32)>,
}

impl Location {
    /// No place in the file (line 0).
    pub const UNKNOWN: Location = Location {
        line: 0,
        column: 0,
        bytes: None,
    };

    pub fn line(&self) -> u64 {
        u64::from(self.line)
    }

    pub fn column(&self) -> u64 {
        u64::from(self.column)
    }

    /// The bytes of the file the node spans (for a mapping or a list: from where it starts to where its last entry
    /// ends, as the parser reports it).
    pub fn byte_range(&self) -> Option<std::ops::Range<usize>> {
        let (start, len) = self.bytes?;
        let start = usize::try_from(start).ok()?;
        Some(start..start.checked_add(usize::try_from(len).ok()?)?)
    }

    fn new(line: usize, column: usize) -> Location {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Location {
            line: clamp(line),
            column: clamp(column),
            bytes: None,
        }
    }

    /// A parser span's start, with its byte range (serde-saphyr `location.rs`, `location_from_span`).
    fn of_span(span: &Span) -> Location {
        let mut at = Location::new(span.start.line(), span.start.col() + 1);
        if let (Some(start), Some(end)) = (span.start.byte_offset(), span.end.byte_offset()) {
            let len = end.saturating_sub(start);
            if let (Ok(start), Ok(len)) = (u32::try_from(start), u32::try_from(len)) {
                at.bytes = Some((start, len));
            }
        }
        at
    }
}

/// A value with where it is used (`referenced`: the alias `*name` when it came through one, else the node itself)
/// and where it is written (`defined`).
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    pub value: T,
    pub referenced: Location,
    pub defined: Location,
}

impl<T> Spanned<T> {
    pub const fn new(value: T, referenced: Location, defined: Location) -> Self {
        Spanned {
            value,
            referenced,
            defined,
        }
    }
}

/// A YAML node as parsed, before it is read as any part of a spec. An integer is `Int` when it fits `i64`, else
/// `Uint`; a mapping keeps its entries in file order (those a merge key brings in after the rest).
#[derive(Clone, Debug)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Node>, Spanned<Node>)>),
}

// ------------------------------------------------------------------------------------------------------- errors

/// A limit of [`Budget`] that a file went past, with the count that went past it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Breach {
    Events { events: usize },
    Aliases { aliases: usize },
    Anchors { anchors: usize },
    Depth { depth: usize },
    Documents { documents: usize },
    Nodes { nodes: usize },
    ScalarBytes { total_scalar_bytes: usize },
    MergeKeys { merge_keys: usize },
    AliasAnchorRatio { aliases: usize, anchors: usize },
    SequenceUnbalanced,
    RecordedAnchorEvents { recorded_anchor_events: usize },
    RecordedAnchorBytes { recorded_anchor_bytes: usize },
}

/// Why a file does not read as YAML: a syntax error, a limit, or a value its tag does not allow. `Display` gives the
/// message and where (`… at line 3, column 7`), worded as serde-saphyr words it (`de/message_formatters.rs`,
/// `de/error.rs`).
pub struct Error(Box<ErrorKind>);

enum ErrorKind {
    Message {
        text: String,
        at: Location,
    },
    Budget {
        breach: Breach,
        at: Location,
    },
    /// An error inside a node that an alias replays: where the alias is, and where the node is written.
    Alias {
        inner: Error,
        reference: Location,
        defined: Location,
    },
}

impl Error {
    fn msg(text: impl Into<String>, at: Location) -> Error {
        Error(Box::new(ErrorKind::Message {
            text: text.into(),
            at,
        }))
    }

    fn budget(breach: Breach, at: Location) -> Error {
        Error(Box::new(ErrorKind::Budget { breach, at }))
    }

    /// Where the error is: for one inside an aliased node, the alias.
    pub fn location(&self) -> Option<Location> {
        let at = match &*self.0 {
            ErrorKind::Message { at, .. } | ErrorKind::Budget { at, .. } => *at,
            ErrorKind::Alias {
                reference, defined, ..
            } => {
                if *reference != Location::UNKNOWN {
                    *reference
                } else {
                    *defined
                }
            }
        };
        (at != Location::UNKNOWN).then_some(at)
    }

    /// The limit the file went past, when that is the error (also when an alias's expansion went past it).
    pub fn breach(&self) -> Option<&Breach> {
        match &*self.0 {
            ErrorKind::Budget { breach, .. } => Some(breach),
            ErrorKind::Alias { inner, .. } => inner.breach(),
            ErrorKind::Message { .. } => None,
        }
    }

    fn with_location(mut self, location: Location) -> Error {
        match &mut *self.0 {
            ErrorKind::Message { at, .. } | ErrorKind::Budget { at, .. } => *at = location,
            ErrorKind::Alias { .. } => {}
        }
        self
    }

    /// The error without its alias wrappers.
    fn original(&self) -> &Error {
        match &*self.0 {
            ErrorKind::Alias { inner, .. } => inner.original(),
            _ => self,
        }
    }

    fn text(&self) -> String {
        match &*self.original().0 {
            ErrorKind::Message { text, .. } => sanitize(text),
            ErrorKind::Budget { breach, .. } => format!("budget breached: {breach:?}"),
            ErrorKind::Alias { .. } => String::new(),
        }
    }
}

/// "at line 3, column 7" (serde-saphyr `de/localizer.rs`, `attach_location`).
fn at_line(msg: &str, at: Location) -> String {
    if at == Location::UNKNOWN {
        msg.to_owned()
    } else {
        format!("{msg} at line {}, column {}", at.line, at.column)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // serde-saphyr `de/error.rs`, `fmt_error_plain_with_formatter`.
        let msg = self.text();
        if let ErrorKind::Alias {
            reference, defined, ..
        } = &*self.0
        {
            let mut msg = match self.original().location() {
                Some(at) if at != *reference && at != *defined => at_line(&msg, at),
                _ => msg,
            };
            if *reference != Location::UNKNOWN
                && *defined != Location::UNKNOWN
                && defined != reference
            {
                msg.push_str(&format!(
                    " (defined at line {}, column {})",
                    defined.line, defined.column
                ));
            }
            if *reference != Location::UNKNOWN {
                return write!(
                    f,
                    "{msg} (used at line {}, column {})",
                    reference.line, reference.column
                );
            }
            return f.write_str(&at_line(&msg, self.location().unwrap_or(Location::UNKNOWN)));
        }
        f.write_str(&at_line(&msg, self.location().unwrap_or(Location::UNKNOWN)))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Control characters (and the Unicode line separators) in a message are escaped (serde-saphyr `de/error.rs`,
/// `sanitize_message_text`).
fn sanitize(text: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.chars().any(unsafe_char) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// A parser error (serde-saphyr `de/error.rs`, `Error::from_scan_error`).
fn scan_error(e: &ScanError) -> Error {
    use granit_parser::ErrorKind as K;
    let mark = e.marker();
    let at = Location::new(mark.line(), mark.col() + 1);
    match e.kind() {
        K::InputIo { .. } | K::InputDecoding { .. } | K::InputByteLimitExceeded { .. } => {
            Error::msg("IO error", Location::UNKNOWN)
        }
        K::MultipleDocumentsUnsupported => Error::msg(
            "multiple YAML documents detected; only one document is supported in this context",
            at,
        ),
        K::UnknownAnchor => Error::msg("alias references unknown anchor", at),
        _ => Error::msg(e.info(), at),
    }
}

/// Errors in a node reached through an alias also say where the alias is (serde-saphyr `de/events.rs`,
/// `attach_alias_locations_if_missing`).
fn attach_alias(err: Error, alias: Option<Location>, defined: Location) -> Error {
    let reference = alias.unwrap_or(defined);
    if reference != Location::UNKNOWN && defined != Location::UNKNOWN && reference != defined {
        let mut err = err;
        if let ErrorKind::Alias {
            reference: r,
            defined: d,
            ..
        } = &mut *err.0
            && *r == reference
        {
            *d = defined;
            return err;
        }
        Error(Box::new(ErrorKind::Alias {
            inner: err,
            reference,
            defined,
        }))
    } else if err.location().is_some() {
        err
    } else {
        let at = if reference == Location::UNKNOWN {
            defined
        } else {
            reference
        };
        err.with_location(at)
    }
}

fn recursive_alias(at: Location) -> Error {
    Error::msg("recursive references require weak recursion types", at)
}

fn eof(at: Location) -> Error {
    Error::msg("unexpected end of input", at)
}

// --------------------------------------------------------------------------------------------------------- tags

const YAML_NS: &str = "tag:yaml.org,2002:";

/// What a tag means to the reader (serde-saphyr `de/tags.rs`, `SfTag`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Sf {
    None,
    Int,
    Float,
    Bool,
    Null,
    Seq,
    Map,
    TimeStamp,
    Time,
    Binary,
    String,
    Merge,
    Value,
    NonSpecific,
    Include,
    Degrees,
    Radians,
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NodeKind {
    Scalar,
    Sequence,
    Mapping,
}

impl Sf {
    /// serde-saphyr `SfTag::from_optional_cow`.
    fn of(tag: Option<&Tag>) -> Sf {
        let Some(tag) = tag else {
            return Sf::None;
        };
        for prefix in [
            "!include",
            "tag:yaml.org,2002:include",
            "tag:yaml.org,2002:!include",
        ] {
            if let Some(rest) = tag.suffix_in_namespace(prefix)
                && (rest.is_empty() || rest.starts_with('#'))
            {
                return Sf::Include;
            }
        }
        if let Some(core) = tag.core_suffix().and_then(core_suffix) {
            return core;
        }
        match tag.suffix_in_namespace(YAML_NS).as_deref() {
            Some("merge") => return Sf::Merge,
            Some("value") => return Sf::Value,
            _ => {}
        }
        if let Some(suffix) = tag.suffix_in_namespace(YAML_NS) {
            return tag_name(suffix.strip_prefix('!').unwrap_or(&suffix));
        }
        let Some(suffix) = tag.suffix_in_namespace("!") else {
            return Sf::Other;
        };
        match suffix.as_ref() {
            "" | "!" => Sf::NonSpecific,
            "!timestamp" => Sf::TimeStamp,
            "!binary" => Sf::Binary,
            name => match name.strip_prefix('!') {
                Some(name) => core_suffix(name).unwrap_or(Sf::Other),
                None => tag_name(name),
            },
        }
    }

    fn requires(self) -> Option<NodeKind> {
        match self {
            Sf::Seq => Some(NodeKind::Sequence),
            Sf::Map => Some(NodeKind::Mapping),
            Sf::None | Sf::NonSpecific | Sf::Other => None,
            _ => Some(NodeKind::Scalar),
        }
    }

    fn forces_string(self) -> bool {
        matches!(self, Sf::String | Sf::NonSpecific)
    }

    fn is_core(self) -> bool {
        matches!(
            self,
            Sf::Int | Sf::Float | Sf::Bool | Sf::Null | Sf::Seq | Sf::Map | Sf::String
        )
    }

    fn is_robotics(self) -> bool {
        matches!(self, Sf::Time | Sf::Degrees | Sf::Radians)
    }

    fn can_parse_into_string(self) -> bool {
        matches!(
            self,
            Sf::None
                | Sf::String
                | Sf::Merge
                | Sf::Value
                | Sf::Other
                | Sf::Include
                | Sf::NonSpecific
        )
    }
}

fn tag_name(name: &str) -> Sf {
    match name {
        "int" => Sf::Int,
        "float" => Sf::Float,
        "bool" => Sf::Bool,
        "null" => Sf::Null,
        "seq" => Sf::Seq,
        "map" => Sf::Map,
        "str" => Sf::String,
        "timestamp" => Sf::TimeStamp,
        "time" => Sf::Time,
        "binary" => Sf::Binary,
        "include" => Sf::Include,
        "degrees" => Sf::Degrees,
        "radians" => Sf::Radians,
        _ => Sf::Other,
    }
}

fn core_suffix(suffix: &str) -> Option<Sf> {
    Some(match suffix {
        "null" => Sf::Null,
        "bool" => Sf::Bool,
        "int" => Sf::Int,
        "float" => Sf::Float,
        "map" => Sf::Map,
        "seq" => Sf::Seq,
        "str" => Sf::String,
        _ => return None,
    })
}

/// A tag that its node cannot carry (`!!str [a]`) is an error (serde-saphyr `de/live_events.rs`,
/// `ensure_supported_tag`; unknown tags are accepted).
fn check_tag(sf: Sf, tag: Option<&Tag>, kind: NodeKind, at: Location) -> Result<(), Error> {
    match sf.requires() {
        Some(required) if required != kind => {
            if sf == Sf::Include {
                Err(Error::msg(
                    "!include currently only supports the scalar form: !include <path>",
                    at,
                ))
            } else {
                let spelled = tag.map(Tag::original).unwrap_or_default();
                Err(Error::msg(format!("unsupported tag `{spelled}`"), at))
            }
        }
        _ => Ok(()),
    }
}

// ------------------------------------------------------------------------------------------------------- events

/// One event of the logical stream: parser events with stream and document markers dropped, aliases replaced by
/// what they name (serde-saphyr `de/events.rs`, `Ev`).
#[derive(Clone, Debug)]
enum Ev<'a> {
    Scalar {
        value: Cow<'a, str>,
        tag: Sf,
        /// The tag as the parser resolved it (`tag:yaml.org,2002:str`, `!x`): compared for duplicate keys.
        raw_tag: Option<Box<str>>,
        style: ScalarStyle,
        at: Location,
    },
    SeqStart {
        tag: Sf,
        raw_tag: Option<Box<str>>,
        at: Location,
    },
    SeqEnd {
        at: Location,
    },
    MapStart {
        tag: Sf,
        raw_tag: Option<Box<str>>,
        at: Location,
    },
    MapEnd {
        at: Location,
    },
    /// An alias to the node it sits in (`&a [*a]`): an error wherever it is read as a value.
    RecursiveAlias {
        at: Location,
    },
}

impl Ev<'_> {
    fn at(&self) -> Location {
        match self {
            Ev::Scalar { at, .. }
            | Ev::SeqStart { at, .. }
            | Ev::SeqEnd { at }
            | Ev::MapStart { at, .. }
            | Ev::MapEnd { at }
            | Ev::RecursiveAlias { at } => *at,
        }
    }

    /// Bytes a copy of the event allocates (serde-saphyr `Ev::owned_payload_bytes`), charged to the budget when an
    /// anchor records it.
    fn owned_bytes(&self) -> usize {
        let tag = |t: &Option<Box<str>>| t.as_ref().map_or(0, |t| t.len());
        match self {
            Ev::Scalar { value, raw_tag, .. } => {
                let value = match value {
                    Cow::Borrowed(_) => 0,
                    Cow::Owned(v) => v.len(),
                };
                value.saturating_add(tag(raw_tag))
            }
            Ev::SeqStart { raw_tag, .. } | Ev::MapStart { raw_tag, .. } => tag(raw_tag),
            _ => 0,
        }
    }

    fn check_recursive(&self) -> Result<(), Error> {
        match self {
            Ev::RecursiveAlias { at } => Err(recursive_alias(*at)),
            _ => Ok(()),
        }
    }
}

/// How a node reached where it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    Direct,
    /// Replayed by the alias at this location.
    Alias(Location),
    /// Brought in by a merge key whose value is at this location.
    Merge(Location),
}

/// A stream of [`Ev`]s with one event of lookahead (serde-saphyr `de/events.rs`, `Events`).
trait Source<'a> {
    fn peek(&mut self) -> Result<Option<&Ev<'a>>, Error>;
    fn next(&mut self) -> Result<Option<Ev<'a>>, Error>;
    /// While set, an alias to an enclosing anchor passes as [`Ev::RecursiveAlias`] instead of failing: keys and
    /// merged values are captured first and read afterwards.
    fn defer(&mut self, on: bool) -> bool;
    fn last_location(&self) -> Location;
    /// Where the next node is used (after [`Source::peek`]).
    fn reference_location(&self) -> Location;
    fn origin(&self) -> Origin;

    fn alias_reference(&self) -> Option<Location> {
        match self.origin() {
            Origin::Alias(at) => Some(at),
            Origin::Direct | Origin::Merge(_) => None,
        }
    }

    fn peek_at(&mut self) -> Result<Location, Error> {
        let at = self.peek()?.map(Ev::at);
        Ok(at.unwrap_or_else(|| self.last_location()))
    }
}

// ------------------------------------------------------------------------------------------------------- budget

/// The limits a file must stay within: serde-saphyr's `Budget` defaults (`de/budget.rs`) with what spec files
/// set (`load.rs`).
#[derive(Clone, Copy)]
pub struct Budget {
    pub max_depth: usize,
    pub max_nodes: usize,
    pub max_total_scalar_bytes: usize,
    pub max_documents: usize,
}

const MAX_EVENTS: usize = 1_000_000;
const MAX_ALIASES: usize = 50_000;
const MAX_ANCHORS: usize = 50_000;
const MAX_RECORDED_ANCHOR_EVENTS: usize = 1_000_000;
const MAX_RECORDED_ANCHOR_BYTES: usize = 64 << 20;
const MAX_MERGE_KEYS: usize = 10_000;
/// At the end, at least this many aliases and more than ten per anchor is an alias bomb.
const ALIAS_RATIO_MIN_ALIASES: usize = 100;
const ALIAS_RATIO: usize = 10;
/// Events that alias replays may add in all (serde-saphyr `AliasLimits`).
const MAX_REPLAYED_EVENTS: usize = 1_000_000;

#[derive(Clone, Copy)]
enum Container {
    Seq {
        from_value: bool,
    },
    Map {
        expecting_key: bool,
        from_value: bool,
    },
}

/// Counts what the stream holds (serde-saphyr `de/budget.rs`, `BudgetEnforcer`, all content of the stream).
struct Counter {
    limits: Budget,
    events: usize,
    aliases: usize,
    anchors: HashSet<usize>,
    recorded_events: usize,
    recorded_bytes: usize,
    documents: usize,
    nodes: usize,
    depth: usize,
    max_depth: usize,
    scalar_bytes: usize,
    merge_keys: usize,
    containers: Vec<Container>,
}

impl Counter {
    fn new(limits: Budget) -> Counter {
        Counter {
            limits,
            events: 0,
            aliases: 0,
            anchors: HashSet::new(),
            recorded_events: 0,
            recorded_bytes: 0,
            documents: 0,
            nodes: 0,
            depth: 0,
            max_depth: 0,
            scalar_bytes: 0,
            merge_keys: 0,
            containers: Vec::new(),
        }
    }

    fn event(&mut self) -> Result<(), Breach> {
        self.events += 1;
        if self.events > MAX_EVENTS {
            return Err(Breach::Events {
                events: self.events,
            });
        }
        Ok(())
    }

    fn node(&mut self) -> Result<(), Breach> {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(Breach::Nodes { nodes: self.nodes });
        }
        Ok(())
    }

    fn bytes(&mut self, n: usize) -> Result<(), Breach> {
        self.scalar_bytes = self.scalar_bytes.saturating_add(n);
        if self.scalar_bytes > self.limits.max_total_scalar_bytes {
            return Err(Breach::ScalarBytes {
                total_scalar_bytes: self.scalar_bytes,
            });
        }
        Ok(())
    }

    fn anchor(&mut self, id: usize) -> Result<(), Breach> {
        if id != 0 && self.anchors.insert(id) && self.anchors.len() > MAX_ANCHORS {
            return Err(Breach::Anchors {
                anchors: self.anchors.len(),
            });
        }
        Ok(())
    }

    /// A scalar; `tag` is the length of its tag (handle and suffix) and whether it is `!!merge`.
    fn scalar(
        &mut self,
        value: &str,
        plain: bool,
        anchor: usize,
        tag: Option<(usize, bool)>,
    ) -> Result<(), Breach> {
        self.event()?;
        self.node()?;
        self.bytes(value.len().saturating_add(tag.map_or(0, |t| t.0)))?;
        self.anchor(anchor)?;
        if let Some(Container::Map { expecting_key, .. }) = self.containers.last_mut() {
            if *expecting_key {
                let merge_key = match tag {
                    Some((_, merge)) => merge,
                    None => plain,
                };
                if value == "<<" && merge_key {
                    self.merge_keys += 1;
                    if self.merge_keys > MAX_MERGE_KEYS {
                        return Err(Breach::MergeKeys {
                            merge_keys: self.merge_keys,
                        });
                    }
                }
                *expecting_key = false;
            } else {
                self.finish_value();
            }
        }
        Ok(())
    }

    fn start(&mut self, map: bool, anchor: usize, tag_len: usize) -> Result<(), Breach> {
        self.event()?;
        self.node()?;
        self.depth += 1;
        self.max_depth = self.max_depth.max(self.depth);
        if self.max_depth > self.limits.max_depth {
            return Err(Breach::Depth {
                depth: self.max_depth,
            });
        }
        self.bytes(tag_len)?;
        let from_value = match self.containers.last_mut() {
            Some(Container::Map { expecting_key, .. }) => !std::mem::replace(expecting_key, false),
            _ => false,
        };
        self.containers.push(if map {
            Container::Map {
                expecting_key: true,
                from_value,
            }
        } else {
            Container::Seq { from_value }
        });
        self.anchor(anchor)
    }

    fn end(&mut self, map: bool) -> Result<(), Breach> {
        self.event()?;
        self.depth = self
            .depth
            .checked_sub(1)
            .ok_or(Breach::SequenceUnbalanced)?;
        let from_value = match (map, self.containers.pop()) {
            (false, Some(Container::Seq { from_value }))
            | (true, Some(Container::Map { from_value, .. })) => from_value,
            _ => return Err(Breach::SequenceUnbalanced),
        };
        if from_value {
            self.finish_value();
        }
        Ok(())
    }

    fn finish_value(&mut self) {
        if let Some(Container::Map { expecting_key, .. }) = self.containers.last_mut() {
            *expecting_key = true;
        }
    }

    fn document(&mut self) -> Result<(), Breach> {
        self.event()?;
        self.documents += 1;
        if self.documents > self.limits.max_documents {
            return Err(Breach::Documents {
                documents: self.documents,
            });
        }
        Ok(())
    }

    /// An alias read from the file (its replayed events are counted as they come).
    fn alias(&mut self) -> Result<(), Breach> {
        self.event()?;
        self.aliases += 1;
        if self.aliases > MAX_ALIASES {
            return Err(Breach::Aliases {
                aliases: self.aliases,
            });
        }
        Ok(())
    }

    /// One event copied into an anchor's recording.
    fn recorded(&mut self, owned_bytes: usize) -> Result<(), Breach> {
        self.recorded_events += 1;
        if self.recorded_events > MAX_RECORDED_ANCHOR_EVENTS {
            return Err(Breach::RecordedAnchorEvents {
                recorded_anchor_events: self.recorded_events,
            });
        }
        self.recorded_bytes = self.recorded_bytes.saturating_add(owned_bytes);
        if self.recorded_bytes > MAX_RECORDED_ANCHOR_BYTES {
            return Err(Breach::RecordedAnchorBytes {
                recorded_anchor_bytes: self.recorded_bytes,
            });
        }
        Ok(())
    }

    /// A replayed event, counted as the parser event it copies (serde-saphyr `observe_budget_for_replay`).
    fn replayed(&mut self, ev: &Ev<'_>) -> Result<(), Breach> {
        match ev {
            Ev::Scalar {
                value, tag, style, ..
            } => {
                // A replayed scalar keeps only a `!!merge` tag, counted as `tag:yaml.org,2002:merge`.
                let tag = (*tag == Sf::Merge).then_some((YAML_NS.len() + "merge".len(), true));
                self.scalar(value, *style == ScalarStyle::Plain, 0, tag)
            }
            Ev::SeqStart { .. } => self.start(false, 0, 0),
            Ev::MapStart { .. } => self.start(true, 0, 0),
            Ev::SeqEnd { .. } => self.end(false),
            Ev::MapEnd { .. } => self.end(true),
            Ev::RecursiveAlias { .. } => self.scalar("", true, 0, None),
        }
    }

    /// The check made once the file has been read: many aliases to few anchors.
    fn finish(&self) -> Result<(), Breach> {
        let anchors = self.anchors.len();
        if self.aliases >= ALIAS_RATIO_MIN_ALIASES
            && (anchors == 0 || self.aliases > ALIAS_RATIO.saturating_mul(anchors))
        {
            return Err(Breach::AliasAnchorRatio {
                aliases: self.aliases,
                anchors,
            });
        }
        Ok(())
    }
}

fn tag_len(tag: Option<&Tag>) -> usize {
    tag.map_or(0, |t| {
        let (handle, suffix) = t.parts();
        handle.len().saturating_add(suffix.len())
    })
}

// --------------------------------------------------------------------------------------------------- live source

/// An alias being replayed: which anchor, how far, and where the alias is.
struct Replaying {
    anchor: usize,
    idx: usize,
    reference: Location,
}

/// An anchored collection being recorded until its end.
struct Recording<'a> {
    anchor: usize,
    depth: usize,
    events: Vec<Ev<'a>>,
}

/// Events pulled from the parser (serde-saphyr `de/live_events.rs`, `LiveEvents`).
struct Live<'a> {
    parser: granit_parser::Parser<'a, StrInput<'a>>,
    look: Option<Ev<'a>>,
    defer: bool,
    /// Alias replays under way; a finished one stays until the next event is pulled, so the node it produced
    /// still reports the alias as where it is used.
    inject: Vec<Replaying>,
    /// Recorded nodes by anchor id (the parser numbers anchors from 1).
    anchors: Vec<Option<Box<[Ev<'a>]>>>,
    recording: Vec<Recording<'a>>,
    counter: Counter,
    last_location: Location,
    produced_any: bool,
    replayed: usize,
}

impl<'a> Live<'a> {
    fn new(source: &'a str, limits: Budget) -> Live<'a> {
        // The parser's own limits as serde-saphyr sets them (`Budget::parser_options`); comments are not kept.
        let mut options = granit_parser::Options::default();
        options.emit_comments = false;
        options.strict_indentation = false;
        options.bom_inside_document_as_content = false;
        options.simple_key_max_lookahead = 1024;
        options.flow_nesting_limit = 255;
        options.block_nesting_limit = options.block_nesting_limit.max(limits.max_depth + 1);
        Live {
            parser: granit_parser::Parser::with_options(StrInput::new(source), options),
            look: None,
            defer: false,
            inject: Vec::new(),
            anchors: Vec::new(),
            recording: Vec::new(),
            counter: Counter::new(limits),
            last_location: Location::UNKNOWN,
            produced_any: false,
            replayed: 0,
        }
    }

    /// A budget breach while an alias replays is blamed on the alias too.
    fn breach_at(&self, breach: Breach, defined: Location) -> Error {
        let reference = self.inject.last().map(|r| r.reference);
        attach_alias(Error::budget(breach, defined), reference, defined)
    }

    /// Copies `ev` into every open recording (all but the newest when `seeded`: it starts with `ev`).
    fn record(&mut self, ev: &Ev<'a>, seeded: bool) -> Result<(), Error> {
        let n = self.recording.len() - usize::from(seeded && !self.recording.is_empty());
        for i in 0..n {
            self.counter
                .recorded(ev.owned_bytes())
                .map_err(|b| self.breach_at(b, ev.at()))?;
            self.recording[i].events.push(ev.clone());
        }
        Ok(())
    }

    fn end_recordings(&mut self) {
        for r in &mut self.recording {
            r.depth = r.depth.saturating_sub(1);
        }
        while self.recording.last().is_some_and(|r| r.depth == 0) {
            if let Some(done) = self.recording.pop() {
                self.store(done.anchor, done.events.into_boxed_slice());
            }
        }
    }

    fn store(&mut self, anchor: usize, events: Box<[Ev<'a>]>) {
        if anchor >= self.anchors.len() {
            self.anchors.resize_with(anchor + 8, || None);
        }
        self.anchors[anchor] = Some(events);
    }

    /// Per document: anchors and replays do not cross a document boundary.
    fn reset_document(&mut self) {
        self.inject.clear();
        self.recording.clear();
        self.anchors.iter_mut().for_each(|a| *a = None);
        self.replayed = 0;
    }

    /// The next logical event (serde-saphyr `LiveEvents::next_impl`).
    fn pump(&mut self) -> Result<Option<Ev<'a>>, Error> {
        // An alias being replayed comes first.
        while let Some((anchor, idx)) = self.inject.last().map(|r| (r.anchor, r.idx)) {
            let Some(buf) = self.anchors.get(anchor).and_then(Option::as_ref) else {
                return Err(Error::msg(
                    "alias references unknown anchor",
                    self.last_location,
                ));
            };
            let Some(ev) = buf.get(idx).cloned() else {
                self.inject.pop();
                continue;
            };
            if let Some(r) = self.inject.last_mut() {
                r.idx += 1;
            }
            self.replayed += 1;
            if self.replayed > MAX_REPLAYED_EVENTS {
                return Err(Error::msg(
                    format!(
                        "alias replay limit exceeded: total_replayed_events={} > {MAX_REPLAYED_EVENTS}",
                        self.replayed
                    ),
                    ev.at(),
                ));
            }
            self.counter
                .replayed(&ev)
                .map_err(|b| self.breach_at(b, ev.at()))?;
            self.record(&ev, false)?;
            self.last_location = ev.at();
            self.produced_any = true;
            return Ok(Some(ev));
        }

        while let Some(item) = self.parser.next() {
            let (event, span) = item.map_err(|e| scan_error(&e))?;
            let at = Location::of_span(&span);
            match event {
                Event::Scalar(value, style, anchor, tag) => {
                    let tag = tag.as_deref();
                    let sf = Sf::of(tag);
                    self.counter
                        .scalar(
                            &value,
                            style == ScalarStyle::Plain,
                            anchor,
                            tag.map(|t| (tag_len(Some(t)), sf == Sf::Merge)),
                        )
                        .map_err(|b| Error::budget(b, at))?;
                    check_tag(sf, tag, NodeKind::Scalar, at)?;
                    let ev = Ev::Scalar {
                        value,
                        tag: sf,
                        raw_tag: tag.map(|t| t.to_string().into_boxed_str()),
                        style,
                        at,
                    };
                    self.record(&ev, false)?;
                    if anchor != 0 {
                        self.counter
                            .recorded(ev.owned_bytes())
                            .map_err(|b| self.breach_at(b, at))?;
                        self.store(anchor, Box::new([ev.clone()]));
                    }
                    return Ok(Some(self.produced(ev)));
                }
                Event::SequenceStart(_, anchor, tag) => {
                    return self.start(false, anchor, tag.as_deref(), at).map(Some);
                }
                Event::MappingStart(_, anchor, tag) => {
                    return self.start(true, anchor, tag.as_deref(), at).map(Some);
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let map = matches!(event, Event::MappingEnd);
                    self.counter.end(map).map_err(|b| Error::budget(b, at))?;
                    let ev = if map {
                        Ev::MapEnd { at }
                    } else {
                        Ev::SeqEnd { at }
                    };
                    self.record(&ev, false)?;
                    self.end_recordings();
                    return Ok(Some(self.produced(ev)));
                }
                Event::Alias(anchor) => {
                    self.counter.alias().map_err(|b| Error::budget(b, at))?;
                    if self.recording.iter().any(|r| r.anchor == anchor) {
                        let ev = Ev::RecursiveAlias { at };
                        self.record(&ev, false)?;
                        return Ok(Some(self.produced(ev)));
                    }
                    if !self.anchors.get(anchor).is_some_and(Option::is_some) {
                        return Err(Error::msg("alias references unknown anchor", at));
                    }
                    self.inject.push(Replaying {
                        anchor,
                        idx: 0,
                        reference: at,
                    });
                    return self.pump();
                }
                Event::DocumentStart(..) | Event::DocumentEnd => {
                    if matches!(event, Event::DocumentStart(..)) {
                        self.counter.document()
                    } else {
                        self.counter.event()
                    }
                    .map_err(|b| Error::budget(b, at))?;
                    self.reset_document();
                    self.last_location = at;
                }
                Event::StreamStart | Event::StreamEnd => {
                    self.counter.event().map_err(|b| Error::budget(b, at))?;
                    self.last_location = at;
                }
                _ => {
                    self.counter.event().map_err(|b| Error::budget(b, at))?;
                    return Err(Error::msg("unsupported event from granit-parser", at));
                }
            }
        }
        // A stream without a document reads as one empty value, where the stream ends.
        if !self.produced_any {
            let ev = Ev::Scalar {
                value: Cow::Borrowed(""),
                tag: Sf::Null,
                raw_tag: None,
                style: ScalarStyle::Plain,
                at: self.last_location,
            };
            return Ok(Some(self.produced(ev)));
        }
        Ok(None)
    }

    fn produced(&mut self, ev: Ev<'a>) -> Ev<'a> {
        self.last_location = ev.at();
        self.produced_any = true;
        ev
    }

    fn start(
        &mut self,
        map: bool,
        anchor: usize,
        tag: Option<&Tag>,
        at: Location,
    ) -> Result<Ev<'a>, Error> {
        self.counter
            .start(map, anchor, tag_len(tag))
            .map_err(|b| Error::budget(b, at))?;
        let sf = Sf::of(tag);
        let kind = if map {
            NodeKind::Mapping
        } else {
            NodeKind::Sequence
        };
        check_tag(sf, tag, kind, at)?;
        let raw_tag = tag.map(|t| t.to_string().into_boxed_str());
        let ev = if map {
            Ev::MapStart {
                tag: sf,
                raw_tag,
                at,
            }
        } else {
            Ev::SeqStart {
                tag: sf,
                raw_tag,
                at,
            }
        };
        for r in &mut self.recording {
            r.depth += 1;
        }
        if anchor != 0 {
            self.counter
                .recorded(ev.owned_bytes())
                .map_err(|b| self.breach_at(b, at))?;
            self.recording.push(Recording {
                anchor,
                depth: 1,
                events: vec![ev.clone()],
            });
        }
        self.record(&ev, anchor != 0)?;
        Ok(self.produced(ev))
    }

    /// After the document: anything more is a second one; then the check of the whole stream.
    fn finish(&mut self) -> Result<(), Error> {
        if self.peek()?.is_some() {
            return Err(Error::msg(
                "multiple YAML documents detected; use from_str_multiple or from_str_multiple_with_options",
                self.last_location,
            ));
        }
        self.counter
            .finish()
            .map_err(|b| Error::budget(b, self.last_location))
    }
}

impl<'a> Source<'a> for Live<'a> {
    fn peek(&mut self) -> Result<Option<&Ev<'a>>, Error> {
        if self.look.is_none() {
            self.look = self.pump()?;
        }
        if let Some(ev) = &self.look {
            if !self.defer {
                ev.check_recursive()?;
            }
            self.last_location = ev.at();
        }
        Ok(self.look.as_ref())
    }

    fn next(&mut self) -> Result<Option<Ev<'a>>, Error> {
        let ev = match self.look.take() {
            Some(ev) => {
                self.last_location = ev.at();
                Some(ev)
            }
            None => self.pump()?,
        };
        if let Some(ev) = &ev
            && !self.defer
        {
            ev.check_recursive()?;
        }
        Ok(ev)
    }

    fn defer(&mut self, on: bool) -> bool {
        std::mem::replace(&mut self.defer, on)
    }

    fn last_location(&self) -> Location {
        self.last_location
    }

    fn reference_location(&self) -> Location {
        match self.inject.last() {
            Some(r) => r.reference,
            None => self.look.as_ref().map_or(self.last_location, Ev::at),
        }
    }

    fn origin(&self) -> Origin {
        self.inject
            .last()
            .map_or(Origin::Direct, |r| Origin::Alias(r.reference))
    }
}

// ------------------------------------------------------------------------------------------------- replay source

/// Captured events read back, each with how it reached where it was captured (serde-saphyr `ReplayEvents`).
struct Replay<'a> {
    events: Vec<(Ev<'a>, Origin)>,
    idx: usize,
    defer: bool,
    /// For the values a merge key brings in: where the merge is, as where each is used.
    merged_at: Option<Location>,
}

impl<'a> Replay<'a> {
    fn new(events: Vec<(Ev<'a>, Origin)>, merged_at: Option<Location>) -> Replay<'a> {
        Replay {
            events,
            idx: 0,
            defer: false,
            merged_at,
        }
    }
}

impl<'a> Source<'a> for Replay<'a> {
    fn peek(&mut self) -> Result<Option<&Ev<'a>>, Error> {
        if let Some((ev, _)) = self.events.get(self.idx) {
            if !self.defer {
                ev.check_recursive()?;
            }
            return Ok(Some(ev));
        }
        Ok(None)
    }

    fn next(&mut self) -> Result<Option<Ev<'a>>, Error> {
        let Some((ev, _)) = self.events.get(self.idx) else {
            return Ok(None);
        };
        if !self.defer {
            ev.check_recursive()?;
        }
        // Each event is read once; a cheap stand-in keeps the index stable.
        let at = ev.at();
        let ev = std::mem::replace(&mut self.events[self.idx].0, Ev::SeqEnd { at });
        self.idx += 1;
        Ok(Some(ev))
    }

    fn defer(&mut self, on: bool) -> bool {
        std::mem::replace(&mut self.defer, on)
    }

    fn last_location(&self) -> Location {
        self.idx
            .checked_sub(1)
            .and_then(|i| self.events.get(i))
            .map_or(Location::UNKNOWN, |(ev, _)| ev.at())
    }

    fn reference_location(&self) -> Location {
        match self.origin() {
            Origin::Alias(at) | Origin::Merge(at) => at,
            Origin::Direct => self
                .events
                .get(self.idx)
                .map_or_else(|| self.last_location(), |(ev, _)| ev.at()),
        }
    }

    fn origin(&self) -> Origin {
        let origin = self.events.get(self.idx).map_or(Origin::Direct, |e| e.1);
        match (origin, self.merged_at) {
            (Origin::Alias(_), _) => origin,
            (_, Some(at)) => Origin::Merge(at),
            (_, None) => origin,
        }
    }
}

// ------------------------------------------------------------------------------------------------------- reading

/// One node with its locations (serde-saphyr `de/spanned_deser.rs`): where it is written, and where it is used.
fn node<'a>(src: &mut dyn Source<'a>) -> Result<Spanned<Node>, Error> {
    let defined = src.peek_at()?;
    let referenced = src.reference_location();
    let value = any(src)?;
    Ok(Spanned::new(value, referenced, defined))
}

/// One node's value (serde-saphyr `YamlDeserializer::deserialize_any`).
fn any<'a>(src: &mut dyn Source<'a>) -> Result<Node, Error> {
    match src.peek()? {
        Some(Ev::Scalar { .. }) => match src.next()? {
            Some(Ev::Scalar {
                value,
                tag,
                style,
                at,
                ..
            }) => scalar(value, tag, style, at),
            _ => Err(eof(src.last_location())),
        },
        Some(Ev::SeqStart { .. }) => seq(src),
        Some(Ev::MapStart { .. }) => map(src),
        Some(Ev::RecursiveAlias { at }) => Err(recursive_alias(*at)),
        Some(Ev::SeqEnd { at }) => Err(Error::msg("unexpected sequence end", *at)),
        Some(Ev::MapEnd { at }) => Err(Error::msg("unexpected mapping end", *at)),
        None => Ok(Node::Null),
    }
}

fn seq<'a>(src: &mut dyn Source<'a>) -> Result<Node, Error> {
    src.next()?;
    let mut items = Vec::new();
    loop {
        let defined = match src.peek()? {
            Some(Ev::SeqEnd { .. }) => break,
            Some(ev) => ev.at(),
            None => return Err(eof(src.last_location())),
        };
        let alias = src.alias_reference();
        items.push(node(src).map_err(|e| attach_alias(e, alias, defined))?);
    }
    src.next()?;
    Ok(Node::Seq(items))
}

/// A mapping (serde-saphyr `YamlDeserializer::deserialize_map`): each key is captured, checked against the keys
/// before it, then read; the values of merge keys (`<<`) are added after the mapping's own entries, each unless
/// its key is already there.
fn map<'a>(src: &mut dyn Source<'a>) -> Result<Node, Error> {
    src.next()?;
    let mut entries = Vec::new();
    let mut seen: HashSet<Fp> = HashSet::new();
    let mut merges: Vec<Vec<Pending<'a>>> = Vec::new();
    loop {
        match src.peek()? {
            Some(Ev::MapEnd { .. }) => {
                src.next()?;
                break;
            }
            Some(_) => {}
            None => return Err(eof(src.last_location())),
        }
        let key = capture(src)?;
        if key.is_merge_key() {
            src.peek()?;
            let merge_at = src.reference_location();
            let merged = merged_entries_live(src, merge_at)?;
            if !merged.is_empty() {
                merges.push(merged);
            }
            continue;
        }
        if seen.contains(&key.fp) {
            return Err(duplicate_key(&key));
        }
        let key_node = replay_key(&key)?;
        seen.insert(key.fp);
        let defined = src.peek_at()?;
        let alias = src.alias_reference();
        let value = node(src).map_err(|e| attach_alias(e, alias, defined))?;
        entries.push((key_node, value));
    }
    for entry in merges.into_iter().flatten() {
        if seen.contains(&entry.key.fp) {
            continue;
        }
        let key_node = replay_key(&entry.key)?;
        seen.insert(entry.key.fp);
        let mut replay = Replay::new(entry.value.events, None);
        let defined = replay.peek_at()?;
        let alias = replay.alias_reference();
        let value = node(&mut replay).map_err(|e| attach_alias(e, alias, defined))?;
        entries.push((key_node, value));
    }
    Ok(Node::Map(entries))
}

fn replay_key<'a>(key: &Captured<'a>) -> Result<Spanned<Node>, Error> {
    let mut replay = Replay::new(key.events.clone(), None);
    let at = replay.reference_location();
    node(&mut replay).map_err(|e| {
        if e.location().is_some() {
            e
        } else {
            e.with_location(at)
        }
    })
}

fn duplicate_key(key: &Captured<'_>) -> Error {
    let text = match key.stringy() {
        Some(k) => {
            format!("duplicate mapping key: {k}, set DuplicateKeyPolicy in Options if acceptable")
        }
        None => "duplicate mapping key, set DuplicateKeyPolicy in Options if acceptable".to_owned(),
    };
    Error::msg(text, key.at)
}

// ------------------------------------------------------------------------------------------------ captured nodes

/// A key's identity for finding duplicates (serde-saphyr `de/key_nodes.rs`, `KeyFingerprint`): integers by
/// value (`1` and `0x1` are the same key), other scalars by text and tag (`a` and `"a"` are the same key), and
/// collections by content (a mapping's entries in any order).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Fp {
    RecursiveAlias,
    Integer { negative: bool, magnitude: u128 },
    Scalar { value: String, tag: FpTag },
    Seq { tag: FpTag, items: Vec<Fp> },
    Map { tag: FpTag, entries: Vec<(Fp, Fp)> },
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum FpTag {
    Semantic(Sf),
    Custom(Box<str>),
}

/// serde-saphyr `canonical_node_key_tag`.
fn fp_tag(tag: Sf, raw: Option<&str>, implicit: Sf) -> FpTag {
    if (tag == Sf::Other || (implicit == Sf::Map && tag == Sf::Map && raw == Some("!map")))
        && let Some(raw) = raw
    {
        return FpTag::Custom(raw.into());
    }
    FpTag::Semantic(if matches!(tag, Sf::None | Sf::NonSpecific) {
        implicit
    } else if implicit == Sf::String && tag.can_parse_into_string() {
        Sf::String
    } else {
        tag
    })
}

/// A node's events, captured to be read later.
#[derive(Clone)]
struct Captured<'a> {
    events: Vec<(Ev<'a>, Origin)>,
    fp: Fp,
    at: Location,
}

impl Captured<'_> {
    /// `<<` (plain, or tagged `!!merge`).
    fn is_merge_key(&self) -> bool {
        match self.events.as_slice() {
            [
                (
                    Ev::Scalar {
                        value, tag, style, ..
                    },
                    _,
                ),
            ] => {
                value == "<<"
                    && (*tag == Sf::Merge || *tag == Sf::None && *style == ScalarStyle::Plain)
            }
            _ => false,
        }
    }

    /// The key's text for a message, when it is a scalar that reads as text.
    fn stringy(&self) -> Option<&str> {
        match self.events.as_slice() {
            [(Ev::Scalar { value, tag, .. }, _)] if tag.can_parse_into_string() => Some(value),
            _ => None,
        }
    }
}

/// Captures the next node whole (serde-saphyr `capture_node`), aliases to an enclosing anchor included.
fn capture<'a>(src: &mut dyn Source<'a>) -> Result<Captured<'a>, Error> {
    let was = src.defer(true);
    let captured = capture_inner(src);
    src.defer(was);
    captured
}

fn capture_inner<'a>(src: &mut dyn Source<'a>) -> Result<Captured<'a>, Error> {
    src.peek()?;
    let origin = src.origin();
    let Some(ev) = src.next()? else {
        return Err(eof(src.last_location()));
    };
    let at = ev.at();
    let (map, tag) = match &ev {
        Ev::RecursiveAlias { .. } => {
            return Ok(Captured {
                events: vec![(ev, origin)],
                fp: Fp::RecursiveAlias,
                at,
            });
        }
        Ev::Scalar {
            value,
            tag,
            raw_tag,
            style,
            ..
        } => {
            let fp = integer_fp(value, *tag, *style).unwrap_or_else(|| {
                let tag = if *tag == Sf::None && scalar_is_null(*tag, value, *style) {
                    Sf::Null
                } else {
                    *tag
                };
                Fp::Scalar {
                    value: value.to_string(),
                    tag: fp_tag(tag, raw_tag.as_deref(), Sf::String),
                }
            });
            return Ok(Captured {
                events: vec![(ev, origin)],
                fp,
                at,
            });
        }
        Ev::SeqStart { tag, raw_tag, .. } => (false, fp_tag(*tag, raw_tag.as_deref(), Sf::Seq)),
        Ev::MapStart { tag, raw_tag, .. } => (true, fp_tag(*tag, raw_tag.as_deref(), Sf::Map)),
        Ev::SeqEnd { .. } | Ev::MapEnd { .. } => {
            return Err(Error::msg("unexpected container end while reading key", at));
        }
    };
    let mut events = vec![(ev, origin)];
    let mut items = Vec::new();
    let mut entries = Vec::new();
    loop {
        match src.peek()? {
            Some(Ev::SeqEnd { .. } | Ev::MapEnd { .. }) => {
                let origin = src.origin();
                if let Some(end) = src.next()? {
                    events.push((end, origin));
                }
                break;
            }
            Some(_) => {
                let first = capture_inner(src)?;
                events.extend(first.events);
                if map {
                    let second = capture_inner(src)?;
                    events.extend(second.events);
                    entries.push((first.fp, second.fp));
                } else {
                    items.push(first.fp);
                }
            }
            None => return Err(eof(src.last_location())),
        }
    }
    let fp = if map {
        entries.sort();
        Fp::Map { tag, entries }
    } else {
        Fp::Seq { tag, items }
    };
    Ok(Captured { events, fp, at })
}

/// serde-saphyr `integer_key_fingerprint`.
fn integer_fp(value: &str, tag: Sf, style: ScalarStyle) -> Option<Fp> {
    if tag != Sf::Int && !(tag == Sf::None && style == ScalarStyle::Plain) {
        return None;
    }
    let t = yaml_trim(value);
    let (negative, magnitude) = if t.starts_with('-') {
        let v = parse_signed(t)?;
        (v < 0, v.unsigned_abs())
    } else {
        (false, parse_unsigned(t)?)
    };
    Some(Fp::Integer {
        negative,
        magnitude,
    })
}

// -------------------------------------------------------------------------------------------------- merge keys

/// An entry a merge key brings in.
struct Pending<'a> {
    key: Captured<'a>,
    value: Captured<'a>,
}

/// The entries of a merge key's value read from the stream: a mapping, a list of mappings, or nothing
/// (serde-saphyr `pending_entries_from_live_events`).
fn merged_entries_live<'a>(
    src: &mut dyn Source<'a>,
    merge_at: Location,
) -> Result<Vec<Pending<'a>>, Error> {
    match src.peek()? {
        Some(Ev::Scalar {
            value, tag, style, ..
        }) if scalar_is_null(*tag, value, *style) => {
            src.next()?;
            Ok(Vec::new())
        }
        Some(Ev::Scalar { at, .. }) => Err(not_mergeable(*at)),
        Some(Ev::MapStart { .. }) => {
            let node = capture(src)?;
            merged_entries(node.events, node.at, merge_at)
        }
        Some(Ev::SeqStart { .. }) => {
            src.next()?;
            let mut merged = Vec::new();
            loop {
                match src.peek()? {
                    Some(Ev::SeqEnd { .. }) => {
                        src.next()?;
                        break;
                    }
                    Some(_) => {
                        let element_at = src.reference_location();
                        let element = capture(src)?;
                        merged.extend(merged_entries(element.events, element.at, element_at)?);
                    }
                    None => return Err(eof(src.last_location())),
                }
            }
            Ok(merged)
        }
        Some(ev) => Err(not_mergeable(ev.at())),
        None => Err(eof(src.last_location())),
    }
}

/// The entries of a captured merge value (serde-saphyr `pending_entries_from_events`).
fn merged_entries<'a>(
    events: Vec<(Ev<'a>, Origin)>,
    at: Location,
    merge_at: Location,
) -> Result<Vec<Pending<'a>>, Error> {
    let mut replay = Replay::new(events, Some(merge_at));
    match replay.peek()? {
        Some(Ev::Scalar {
            value, tag, style, ..
        }) if scalar_is_null(*tag, value, *style) => Ok(Vec::new()),
        Some(Ev::Scalar { at, .. }) => Err(not_mergeable(*at)),
        Some(Ev::MapStart { .. }) => merged_map(&mut replay),
        Some(Ev::SeqStart { .. }) => {
            replay.next()?;
            let mut merged = Vec::new();
            loop {
                match replay.peek()? {
                    Some(Ev::SeqEnd { .. }) => {
                        replay.next()?;
                        break;
                    }
                    Some(_) => {
                        let element_at = replay.reference_location();
                        let element = capture(&mut replay)?;
                        merged.extend(merged_entries(element.events, element.at, element_at)?);
                    }
                    None => return Err(eof(replay.last_location())),
                }
            }
            Ok(merged)
        }
        Some(ev) => Err(not_mergeable(ev.at())),
        None => Err(eof(at)),
    }
}

/// The entries of a merged mapping, its own merge keys' entries after its own (serde-saphyr
/// `collect_entries_from_map`).
fn merged_map<'a>(src: &mut Replay<'a>) -> Result<Vec<Pending<'a>>, Error> {
    src.next()?;
    let mut fields = Vec::new();
    let mut nested = Vec::new();
    loop {
        match src.peek()? {
            Some(Ev::MapEnd { .. }) => {
                src.next()?;
                break;
            }
            Some(_) => {}
            None => return Err(eof(src.last_location())),
        }
        let key = capture(src)?;
        if key.is_merge_key() {
            src.peek()?;
            let merge_at = src.reference_location();
            nested.push(merged_entries_live(src, merge_at)?);
            continue;
        }
        let value = capture(src)?;
        fields.push(Pending { key, value });
    }
    let mut seen = HashSet::new();
    for field in &fields {
        if !seen.insert(&field.key.fp) {
            return Err(duplicate_key(&field.key));
        }
    }
    fields.extend(nested.into_iter().flatten());
    Ok(fields)
}

fn not_mergeable(at: Location) -> Error {
    Error::msg(
        "YAML merge value must be mapping or sequence of mappings",
        at,
    )
}

// ----------------------------------------------------------------------------------------------------- scalars

fn yaml_trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\r', '\n'])
}

/// serde-saphyr `parse_scalars.rs`, `scalar_is_null`: `~`, `null`, `Null`, `NULL` and nothing, when plain and not
/// tagged as another type.
fn scalar_is_null(tag: Sf, value: &str, style: ScalarStyle) -> bool {
    tag == Sf::Null
        || (!tag.is_core()
            && !tag.forces_string()
            && !matches!(tag, Sf::Binary | Sf::TimeStamp)
            && !tag.is_robotics()
            && style == ScalarStyle::Plain
            && matches!(value, "" | "~" | "null" | "Null" | "NULL"))
}

fn parse_bool(s: &str) -> Option<bool> {
    match yaml_trim(s) {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Digits in `radix`, `_` allowed between two digits (serde-saphyr `parse_digits_u128`).
fn digits(s: &str, radix: u32) -> Option<u128> {
    let bytes = s.as_bytes();
    let mut value: u128 = 0;
    let mut any = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            if i == 0 || bytes[i - 1] == b'_' || i + 1 >= bytes.len() || bytes[i + 1] == b'_' {
                return None;
            }
            continue;
        }
        let d = char::from(b).to_digit(radix)?;
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(d))?;
        any = true;
    }
    any.then_some(value)
}

/// The radix of an integer's text without its sign: `0x`, `0o`, `0b`, else decimal, where a leading zero is not
/// allowed (serde-saphyr `radix_and_digits`).
fn magnitude(rest: &str) -> Option<u128> {
    for (prefixes, radix) in [(["0x", "0X"], 16), (["0o", "0O"], 8), (["0b", "0B"], 2)] {
        for p in prefixes {
            if let Some(d) = rest.strip_prefix(p) {
                return digits(d, radix);
            }
        }
    }
    if rest.starts_with('0') && rest != "0" {
        return None;
    }
    digits(rest, 10)
}

/// serde-saphyr `parse_int_signed::<i128>`.
fn parse_signed(s: &str) -> Option<i128> {
    let t = yaml_trim(s);
    let (negative, rest) = match t.strip_prefix('+') {
        Some(r) => (false, r),
        None => match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t),
        },
    };
    let m = magnitude(rest)?;
    if negative {
        if m == i128::MAX as u128 + 1 {
            return Some(i128::MIN);
        }
        i128::try_from(m).ok()?.checked_neg()
    } else {
        i128::try_from(m).ok()
    }
}

/// serde-saphyr `parse_int_unsigned::<u128>`.
fn parse_unsigned(s: &str) -> Option<u128> {
    let t = yaml_trim(s);
    if t.starts_with('-') {
        return None;
    }
    magnitude(t.strip_prefix('+').unwrap_or(t))
}

/// A float (serde-saphyr `try_parse_float_incl_overflow`): `.inf`, `-.inf`, `.nan` (and their capitalized forms),
/// what Rust parses as a finite `f64`, and a number too large for one (infinite).
fn parse_float(s: &str, tag: Sf) -> Option<f64> {
    let t = yaml_trim(s);
    let (negative, unsigned) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if tag == Sf::Float && t.len() > unsigned.len() && matches!(unsigned, ".nan" | ".NaN" | ".NAN")
    {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    match unsigned {
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        ".inf" | ".Inf" | ".INF" if negative => return Some(f64::NEG_INFINITY),
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        _ => {}
    }
    if let Ok(v) = t.parse::<f64>() {
        if v.is_finite() {
            return Some(v);
        }
        let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
        if v.is_infinite() && unsigned.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return Some(v);
        }
    }
    None
}

fn is_signed_nan(t: &str) -> bool {
    t.strip_prefix(['+', '-'])
        .is_some_and(|u| matches!(u, ".nan" | ".NaN" | ".NAN"))
}

fn leading_zero_decimal(t: &str) -> bool {
    let s = yaml_trim(t);
    let d = s.strip_prefix(['+', '-']).unwrap_or(s);
    d.len() > 1 && d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit())
}

fn int_node(v: u128, negative: bool) -> Option<Node> {
    if negative {
        // Only reached with `v` as the magnitude of an i64.
        return i64::try_from(v)
            .ok()
            .and_then(i64::checked_neg)
            .or_else(|| (v == 1 << 63).then_some(i64::MIN))
            .map(Node::Int);
    }
    let u = u64::try_from(v).ok()?;
    Some(match i64::try_from(u) {
        Ok(i) => Node::Int(i),
        Err(_) => Node::Uint(u),
    })
}

/// A scalar's value (serde-saphyr `deserialize_any`): a tag of a core type decides; else a plain scalar is null,
/// a boolean, an integer, a float or a string, in that order of trial; a quoted or block scalar is a string.
fn scalar(value: Cow<'_, str>, tag: Sf, style: ScalarStyle, at: Location) -> Result<Node, Error> {
    let invalid = |ty: &str| Error::msg(format!("invalid {ty}"), at);
    match tag {
        Sf::Null => return Ok(Node::Null),
        Sf::Bool => {
            return parse_bool(&value)
                .map(Node::Bool)
                .ok_or_else(|| Error::msg("invalid boolean (strict mode expects true/false)", at));
        }
        Sf::Int if yaml_trim(&value).starts_with('-') => {
            return parse_signed(&value)
                .and_then(|v| i64::try_from(v).ok())
                .map(Node::Int)
                .ok_or_else(|| invalid("i64"));
        }
        Sf::Int => {
            return parse_unsigned(&value)
                .and_then(|v| u64::try_from(v).ok())
                .and_then(|v| int_node(u128::from(v), false))
                .ok_or_else(|| invalid("u64"));
        }
        Sf::Float | Sf::Time | Sf::Degrees | Sf::Radians => {
            if tag != Sf::Float {
                return Err(invalid("floating point"));
            }
            return parse_float(&value, tag)
                .map(Node::Float)
                .ok_or_else(|| invalid("floating point"));
        }
        _ => {}
    }
    if scalar_is_null(tag, &value, style) {
        return Ok(Node::Null);
    }
    if style != ScalarStyle::Plain || !tag.can_parse_into_string() || tag.forces_string() {
        if tag == Sf::Binary {
            let bytes = base64(&value).ok_or_else(|| Error::msg("invalid !!binary base64", at))?;
            return String::from_utf8(bytes).map(Node::Str).map_err(|_| {
                Error::msg(
                    "!!binary scalar is not valid UTF-8 so cannot be stored into string. If you just use !!binary \
                     for documentation/annotation, set ignore_binary_tag_for_string in Options",
                    at,
                )
            });
        }
        if !tag.can_parse_into_string() {
            return Err(Error::msg(
                "cannot deserialize tagged scalar into string",
                at,
            ));
        }
        return Ok(Node::Str(value.into_owned()));
    }
    if let Some(b) = parse_bool(&value) {
        return Ok(Node::Bool(b));
    }
    let t = yaml_trim(&value);
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if matches!(unsigned.as_bytes(), [b'0', b'X' | b'O' | b'B', ..]) || is_signed_nan(t) {
        return Ok(Node::Str(value.into_owned()));
    }
    if t.starts_with('-') {
        if !leading_zero_decimal(t)
            && let Some(v) = parse_signed(t).and_then(|v| i64::try_from(v).ok())
        {
            return Ok(Node::Int(v));
        }
    } else if let Some(node) = parse_unsigned(t)
        .and_then(|v| u64::try_from(v).ok())
        .and_then(|v| int_node(u128::from(v), false))
    {
        return Ok(node);
    }
    if let Some(f) = parse_float(&value, tag) {
        return Ok(Node::Float(f));
    }
    Ok(Node::Str(value.into_owned()))
}

/// `!!binary` text (serde-saphyr `de/base64.rs`): standard alphabet, `=` padding, whitespace ignored.
fn base64(s: &str) -> Option<Vec<u8>> {
    let clean: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !clean.len().is_multiple_of(4) {
        return None;
    }
    let val = |b: u8| -> Option<u32> {
        Some(u32::from(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    };
    let chunks = clean.len() / 4;
    let mut out = Vec::with_capacity(chunks * 3);
    for (i, c) in clean.chunks_exact(4).enumerate() {
        let pad = c.iter().rev().take_while(|&&b| b == b'=').count();
        if pad > 0 && i + 1 != chunks {
            return None;
        }
        let (a, b) = (val(c[0])?, val(c[1])?);
        let c2 = match c[2] {
            b'=' if pad < 2 => return None,
            b'=' => 0,
            x => val(x)?,
        };
        let d = match c[3] {
            b'=' if pad == 0 => return None,
            b'=' => 0,
            x => val(x)?,
        };
        if (pad == 2 && b & 0x0F != 0) || (pad == 1 && c2 & 0x03 != 0) {
            return None;
        }
        let triple = (a << 18) | (b << 12) | (c2 << 6) | d;
        out.push((triple >> 16) as u8);
        if pad < 2 {
            out.push((triple >> 8) as u8);
        }
        if pad == 0 {
            out.push(triple as u8);
        }
        if pad > 2 {
            return None;
        }
    }
    Some(out)
}

// ------------------------------------------------------------------------------------------------------- parse

/// Reads a whole file as one YAML document within `limits`: its root node, or the first error.
pub fn parse(source: &str, limits: Budget) -> Result<Spanned<Node>, Error> {
    let mut live = Live::new(source, limits);
    let root = node(&mut live)?;
    live.finish()?;
    Ok(root)
}
