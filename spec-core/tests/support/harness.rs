//! Running the fuzz's inputs against a stage of the pipeline: each input on a thread of its own with a small stack,
//! under a time limit, with panics caught; the stage either accepts the input (and an [`Oracle`] judges what it
//! made) or rejects it with errors that must each be [`located`] inside an input file.
//!
//! `FUZZ_CASES` sets the number of inputs, `FUZZ_SEED` the sequence, and `FUZZ_ONLY=<case>` replays one input and
//! prints it.

use super::generator::Input;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// An input that takes longer than this is a hang (debug builds; the slowest seen is far below).
pub const PER_CASE: Duration = Duration::from_secs(20);
/// The stack each input runs on: an eighth of the 8 MiB rustc runs macros with, so a pass here leaves a wide margin
/// in a real build. (YAML parsing runs on a thread of its own with a stack of its own: `load::PARSE_STACK`.)
pub const STACK: usize = 1 << 20;
/// The stack of the oracle that judges what an accepted input made (syn's parser, in codegen-macros, needs about
/// 40 KiB a level of nested generic types in a release build; rustc, which compiles the real expansion, grows its
/// stack as needed).
pub const ORACLE_STACK: usize = 16 << 20;

pub use super::env::env_number;

/// `FUZZ_CASES`, else `default`.
pub fn case_count(default: usize) -> usize {
    env_number("FUZZ_CASES").map_or(default, |n| n as usize)
}

/// `FUZZ_SEED`, else the default sequence.
pub fn base_seed() -> u64 {
    env_number("FUZZ_SEED").unwrap_or(0x5eed_0006)
}

/// `FUZZ_ONLY`: the one case to replay.
pub fn only_case() -> Option<usize> {
    env_number("FUZZ_ONLY").map(|n| n as usize)
}

/// A stage of the pipeline run on `(name, text)` files: what it made of them, or its rendered errors.
pub type Stage<T> = fn(&[(&str, &str)]) -> Result<T, Vec<String>>;

/// The stage under test and what it must guarantee about what it makes of an input it accepts.
pub struct Oracle<T> {
    /// Runs the stage; it runs on a [`STACK`]-sized thread, so what it returns must be `Send` (a token stream is
    /// not: return its text).
    pub run: Stage<T>,
    /// Judges what the stage made of an accepted input with these `literals` (see [`Input::literals`]): `Err(why)`.
    pub accepted: fn(T, &[String]) -> Result<(), String>,
}

impl<T> Clone for Oracle<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Oracle<T> {}

/// What an input did, when it did nothing wrong.
pub enum Verdict {
    Accepted,
    Rejected(usize),
}

/// Runs the stage on its own thread: no panic, bounded time, and either an accepted input that the oracle passes or
/// errors that each point inside an input file.
///
/// The stage runs on a thread with a [`STACK`]-sized stack; the oracle on an outer one with [`ORACLE_STACK`]. Both
/// are named after the case, so a stack overflow (which aborts the process) names the input to replay with
/// `FUZZ_ONLY=<case>`.
pub fn judge<T: Send + 'static>(
    case: usize,
    files: &[(String, String)],
    literals: &[String],
    oracle: Oracle<T>,
) -> Result<(Verdict, Duration), String> {
    quiet_fuzz_panics();
    let owned: Vec<(String, String)> = files.to_vec();
    let literals = literals.to_vec();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(format!("fuzz-case-{case}-oracle"))
        .stack_size(ORACLE_STACK)
        .spawn(move || {
            let start = Instant::now();
            let outcome = std::thread::scope(|s| {
                std::thread::Builder::new()
                    .name(format!("fuzz-case-{case}"))
                    .stack_size(STACK)
                    .spawn_scoped(s, || {
                        let borrowed: Vec<(&str, &str)> = owned
                            .iter()
                            .map(|(n, s)| (n.as_str(), s.as_str()))
                            .collect();
                        std::panic::catch_unwind(|| (oracle.run)(&borrowed))
                            .map_err(|p| format!("panic: {}", panic_text(p)))
                    })
                    .map_err(|e| format!("cannot spawn a thread: {e}"))?
                    .join()
                    .map_err(|p| format!("panic: {}", panic_text(p)))?
            });
            let took = start.elapsed();
            let verdict = outcome.and_then(|outcome| match outcome {
                Ok(made) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    (oracle.accepted)(made, &literals)
                }))
                .unwrap_or_else(|p| Err(format!("the oracle panicked: {}", panic_text(p))))
                .map(|()| Verdict::Accepted),
                Err(errors) => rejected(&owned, &errors),
            });
            let _ = tx.send(verdict.map(|v| (v, took)));
        });
    if let Err(e) = spawned {
        return Err(format!("cannot spawn a thread: {e}"));
    }
    match rx.recv_timeout(PER_CASE) {
        Ok(r) => r,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("hang: no result within {PER_CASE:?}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the pipeline thread died".to_owned()),
    }
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "non-string panic".to_owned())
}

/// A rejection is good when it says something and every error is located.
fn rejected(files: &[(String, String)], errors: &[String]) -> Result<Verdict, String> {
    if errors.is_empty() {
        return Err("rejected with no error message".to_owned());
    }
    for e in errors {
        located(e, files)?;
    }
    Ok(Verdict::Rejected(errors.len()))
}

/// `file:line:col: message` with `file` an input, `1 <= line <= lines + 1` and `col >= 1`.
pub fn located(error: &str, files: &[(String, String)]) -> Result<(), String> {
    for (name, source) in files {
        let Some(rest) = error
            .strip_prefix(name.as_str())
            .and_then(|r| r.strip_prefix(':'))
        else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let line = parts.next().and_then(|l| l.parse::<usize>().ok());
        let col = parts.next().and_then(|c| c.parse::<usize>().ok());
        let message = parts.next().and_then(|m| m.strip_prefix(' ')).unwrap_or("");
        let lines = source.lines().count();
        return match (line, col) {
            (Some(l), Some(c))
                if (1..=lines + 1).contains(&l) && c >= 1 && !message.trim().is_empty() =>
            {
                Ok(())
            }
            _ => Err(format!("error outside the input ({lines} lines): {error}")),
        };
    }
    Err(format!("error without a location: {error}"))
}

/// Panics inside fuzz cases are failures reported with their input; the default hook would also print each one.
fn quiet_fuzz_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("fuzz-case"))
            {
                previous(info);
            }
        }));
    });
}

// ----------------------------------------------------------------------------------------------------------- runs

#[derive(Default)]
pub struct Tally {
    pub cases: usize,
    pub accepted: usize,
    pub rejected: usize,
    pub errors: usize,
    /// Inputs and stage time per mutation kind.
    by_kind: BTreeMap<&'static str, (usize, Duration)>,
    slowest: (Duration, String),
    /// One report per distinct failure (its first line without digits), from the lowest case number.
    failures: BTreeMap<String, (usize, String)>,
}

impl Tally {
    fn record(
        &mut self,
        case: usize,
        kinds: &[&'static str],
        files: &[(String, String)],
        outcome: Result<(Verdict, Duration), String>,
    ) {
        self.cases += 1;
        let took = outcome.as_ref().map_or(Duration::ZERO, |(_, t)| *t);
        for k in kinds {
            let e = self.by_kind.entry(k).or_default();
            e.0 += 1;
            e.1 += took;
        }
        match outcome {
            Ok((verdict, took)) => {
                match verdict {
                    Verdict::Accepted => self.accepted += 1,
                    Verdict::Rejected(n) => {
                        self.rejected += 1;
                        self.errors += n;
                    }
                }
                if took > self.slowest.0 {
                    self.slowest = (took, format!("case {case} ({})", kinds.join("+")));
                }
            }
            Err(why) => {
                let class: String = why
                    .lines()
                    .next()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| !c.is_ascii_digit())
                    .take(160)
                    .collect();
                if self
                    .failures
                    .get(&class)
                    .is_none_or(|(first, _)| case < *first)
                {
                    let mut report = format!("case {case} ({}): {why}", kinds.join("+"));
                    for (name, text) in files {
                        let text: String = text.chars().take(3000).collect();
                        let _ = write!(report, "\n--- {name}\n{text}");
                    }
                    self.failures.insert(class, (case, report));
                }
            }
        }
    }

    pub fn failed(&self) -> usize {
        self.cases - self.accepted - self.rejected
    }

    /// `<n> inputs: <accepted> <accepted_as>, <rejected> rejected with <errors> located errors, <failed> failed
    /// (<distinct> distinct failures); slowest <time> (<case>)`.
    pub fn summary(&self, accepted_as: &str) -> String {
        format!(
            "{} inputs: {} {accepted_as}, {} rejected with {} located errors, {} failed ({} distinct failures); \
             slowest {:.1?} ({})",
            self.cases,
            self.accepted,
            self.rejected,
            self.errors,
            self.failed(),
            self.failures.len(),
            self.slowest.0,
            self.slowest.1,
        )
    }

    /// Inputs and stage time per mutation kind.
    pub fn per_kind(&self) -> String {
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, (n, t))| format!("{k} {n} ({:.1?})", *t))
            .collect();
        kinds.join(", ")
    }

    /// Fails with every distinct failure, each with its case number and input.
    #[track_caller]
    pub fn assert_no_failures(&self) {
        let reports: Vec<&str> = self.failures.values().map(|(_, r)| r.as_str()).collect();
        assert!(
            reports.is_empty(),
            "{} distinct failures:\n\n{}",
            reports.len(),
            reports.join("\n\n==========\n\n")
        );
    }
}

/// Runs `cases` inputs on a few worker threads (each input still on its own thread, see [`judge`]); the inputs
/// depend only on their case number, not on scheduling. `show` prints each input.
pub fn run_cases<T: Send + 'static>(
    cases: std::ops::Range<usize>,
    generate: &(dyn Fn(usize) -> Input + Sync),
    show: bool,
    oracle: Oracle<T>,
) -> Tally {
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(cases.start);
    let (tx, rx) = mpsc::channel();
    let mut tally = Tally::default();
    std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            let end = cases.end;
            s.spawn(move || {
                loop {
                    let case = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if case >= end {
                        break;
                    }
                    let Input {
                        files,
                        kinds,
                        literals,
                    } = generate(case);
                    if show {
                        for (name, text) in &files {
                            println!("--- {name} ({kinds:?})\n{text}");
                        }
                    }
                    let outcome = judge(case, &files, &literals, oracle);
                    if tx.send((case, kinds, files, outcome)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (case, kinds, files, outcome) in rx {
            tally.record(case, &kinds, &files, outcome);
        }
    });
    tally
}
