//! Waiters: polling an asynchronous job's status operation until the job is done, has failed, or the deadline
//! passes.
//!
//! The loop is here, once; generated code only implements [`Wait`] for the status operation's request (where the
//! state is, and which values end the wait). Each poll is a normal call (validation, signing, the client's retries
//! and timeouts) and emits one `tracing` event (`waiter poll`, at debug level, with the operation, the poll's number,
//! the state read and what it means). Dropping the waiter's future cancels it, with the poll in flight.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use tokio::time::Instant;

use crate::call::Handle;
use crate::error::Error;
use crate::operation::Operation;
use crate::response::Response;
use crate::wire::validate::{ValidationError, ValidationIssue};

/// The status operation of an asynchronous job (generated for an endpoint with `waiter:`).
pub trait Wait: Operation + Clone {
    /// The states of a job that succeeded.
    const DONE: &'static [&'static str];
    /// The states of a job that failed.
    const FAILED: &'static [&'static str];
    /// The job's state in a response, when it has one.
    fn status(out: &Self::Output) -> Option<&str>;
}

/// How often a waiter polls and for how long: the first poll at once, then after `initial_delay`, each delay
/// `factor` times the previous one up to `max_delay`, and no poll that would start after `deadline` (counted from the
/// first poll).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WaitPolicy {
    initial_delay: Duration,
    factor: f64,
    max_delay: Duration,
    deadline: Duration,
}

impl WaitPolicy {
    /// 2 s, then twice as long each time up to 30 s, for at most 10 minutes.
    pub const DEFAULT: WaitPolicy = WaitPolicy {
        initial_delay: Duration::from_secs(2),
        factor: 2.0,
        max_delay: Duration::from_secs(30),
        deadline: Duration::from_secs(600),
    };

    /// The default policy ([`WaitPolicy::DEFAULT`]).
    pub fn new() -> Self {
        Self::DEFAULT
    }

    /// The delay before the second poll.
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// How much longer each delay is than the one before (at least 1: a smaller or non-finite factor is 1).
    pub fn factor(mut self, factor: f64) -> Self {
        self.factor = if factor.is_finite() && factor >= 1.0 {
            factor
        } else {
            1.0
        };
        self
    }

    /// The longest delay between two polls.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How long the wait may take in all, from the first poll; then the outcome is [`WaitOutcome::TimedOut`].
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// The delay after `delay`.
    fn next_delay(&self, delay: Duration) -> Duration {
        let longer = Duration::try_from_secs_f64(delay.as_secs_f64() * self.factor)
            .unwrap_or(self.max_delay);
        longer.min(self.max_delay)
    }
}

impl Default for WaitPolicy {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// How a wait ended. `T` is the status operation's response.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum WaitOutcome<T> {
    /// The job reached a `done` state: the response that said so.
    Done(T),
    /// The job reached a `failed` state: the response that said so (it usually tells why).
    Failed(T),
    /// The deadline passed first: the last response, if a poll answered.
    TimedOut(Option<T>),
}

impl<T> WaitOutcome<T> {
    /// Whether the job is done.
    pub fn is_done(&self) -> bool {
        matches!(self, WaitOutcome::Done(_))
    }

    /// The last response, whatever the outcome.
    pub fn last(&self) -> Option<&T> {
        match self {
            WaitOutcome::Done(t) | WaitOutcome::Failed(t) => Some(t),
            WaitOutcome::TimedOut(t) => t.as_ref(),
        }
    }
}

/// What a waiter of operation `O` resolves to: the outcome with the last response, or the error of a poll.
pub type WaitResult<O> =
    Result<WaitOutcome<Response<<O as Operation>::Output>>, Error<<O as Operation>::Error>>;

/// The future a [`Waiter`] becomes when awaited.
pub type WaitFuture<O> = Pin<Box<dyn Future<Output = WaitResult<O>> + Send + 'static>>;

impl Handle {
    /// A waiter polling `request`.
    #[inline]
    pub fn wait<O: Wait>(&self, request: O) -> Waiter<O> {
        Waiter {
            handle: self.clone(),
            request: Ok(request),
            policy: WaitPolicy::DEFAULT,
        }
    }

    /// A waiter polling the status request built from a job id that `operation`'s response holds at `field`; when
    /// the response has none, the waiter fails with a validation error naming it, and sends nothing.
    #[inline]
    pub fn wait_job<O: Wait>(
        &self,
        request: Option<O>,
        operation: &'static str,
        field: &'static str,
    ) -> Waiter<O> {
        Waiter {
            handle: self.clone(),
            request: request.ok_or_else(|| {
                ValidationError::new(vec![ValidationIssue::new(
                    field,
                    format!("the response of {operation} has no job id to wait for"),
                )])
            }),
            policy: WaitPolicy::DEFAULT,
        }
    }
}

/// A wait on an asynchronous job, not yet started: set a [`WaitPolicy`] if the default does not fit, then `.await`
/// it for its [`WaitResult`].
#[must_use = "a waiter does nothing unless it is `.await`ed"]
pub struct Waiter<O: Wait> {
    handle: Handle,
    request: Result<O, ValidationError>,
    policy: WaitPolicy,
}

impl<O: Wait> Waiter<O> {
    /// Polls with this policy.
    pub fn policy(mut self, policy: WaitPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Polls with the current policy and this deadline.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.policy = self.policy.deadline(deadline);
        self
    }
}

impl<O: Wait> fmt::Debug for Waiter<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("operation", &O::META.name)
            .field("policy", &self.policy)
            .finish_non_exhaustive()
    }
}

impl<O: Wait> IntoFuture for Waiter<O> {
    type Output = WaitResult<O>;
    type IntoFuture = WaitFuture<O>;

    fn into_future(self) -> WaitFuture<O> {
        Box::pin(run(self.handle, self.request, self.policy))
    }
}

/// What a state means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Done,
    Failed,
    Running,
}

impl State {
    fn of<O: Wait>(status: Option<&str>) -> State {
        match status {
            Some(s) if O::DONE.contains(&s) => State::Done,
            Some(s) if O::FAILED.contains(&s) => State::Failed,
            _ => State::Running,
        }
    }

    fn name(self) -> &'static str {
        match self {
            State::Done => "done",
            State::Failed => "failed",
            State::Running => "running",
        }
    }
}

/// A deadline no wait reaches (about 30 years).
const FOREVER: Duration = Duration::from_secs(30 * 365 * 24 * 3600);

async fn run<O: Wait>(
    handle: Handle,
    request: Result<O, ValidationError>,
    policy: WaitPolicy,
) -> WaitResult<O> {
    let request = request.map_err(Error::Validation)?;
    let started = Instant::now();
    // A deadline too far to represent is as good as none.
    let deadline = started
        .checked_add(policy.deadline)
        .unwrap_or_else(|| started + FOREVER);
    let mut delay = policy.initial_delay;
    let mut last = None;
    let mut poll: u32 = 0;
    loop {
        poll = poll.saturating_add(1);
        let answer = match tokio::time::timeout_at(deadline, handle.send(request.clone())).await {
            Ok(answer) => answer?,
            Err(_) => return Ok(WaitOutcome::TimedOut(last)),
        };
        let status = O::status(&answer);
        let state = State::of::<O>(status);
        tracing::debug!(
            service = O::META.service,
            operation = O::META.name,
            poll,
            status,
            state = state.name(),
            "waiter poll"
        );
        match state {
            State::Done => return Ok(WaitOutcome::Done(answer)),
            State::Failed => return Ok(WaitOutcome::Failed(answer)),
            State::Running => last = Some(answer),
        }
        if Instant::now()
            .checked_add(delay)
            .is_none_or(|t| t > deadline)
        {
            return Ok(WaitOutcome::TimedOut(last));
        }
        tokio::time::sleep(delay).await;
        delay = policy.next_delay(delay);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_by_the_factor_up_to_the_cap() {
        let p = WaitPolicy::new()
            .initial_delay(Duration::from_millis(100))
            .factor(3.0)
            .max_delay(Duration::from_secs(1));
        let mut d = Duration::from_millis(100);
        let mut seen = Vec::new();
        for _ in 0..4 {
            d = p.next_delay(d);
            seen.push(d.as_millis());
        }
        assert_eq!(seen, [300, 900, 1000, 1000]);
        assert_eq!(p.factor(0.5).factor, 1.0);
        assert_eq!(p.factor(f64::NAN).factor, 1.0);
        assert_eq!(p.factor(f64::INFINITY).factor, 1.0);
        assert_eq!(
            WaitPolicy::new()
                .factor(2.0)
                .max_delay(Duration::MAX)
                .next_delay(Duration::MAX),
            Duration::MAX,
            "an overflowing delay is the cap"
        );
    }
}
